# claims — fr
# «Mes remboursements» (AMO claims) and what every record screen of the space shares.
claims-title = Mes remboursements
claims-back-space = Retour à Mon espace
claims-footer-label = Autres pages
claims-contact = Contacter la CNSS
claims-filters-heading = Filtrer les dossiers
claims-filter-state = État du dossier
claims-filter-all-states = Tous
claims-filter-beneficiary = Bénéficiaire
claims-filter-all-beneficiaries = Tous
claims-beneficiary-you = Vous
claims-count =
    { $count ->
        [0] Aucun dossier affiché
        [one] { $count } dossier affiché
       *[other] { $count } dossiers affichés
    }
claims-list-heading = Vos dossiers
claims-no-match = Aucun dossier ne correspond à ces filtres.
claims-clear-filters = Effacer les filtres
claims-empty = Vous n'avez aucun dossier de remboursement
claims-empty-how = Pour être remboursé, faites remplir et signer la feuille de soins par votre médecin, puis déposez-la à votre agence CNSS avec l'ordonnance et les factures.
claims-empty-later = Le dossier apparaîtra ici dès que la CNSS l'aura reçu.
claims-state-received = Reçu
claims-state-processing = En cours de traitement
claims-state-incomplete = Incomplet
claims-state-reimbursed = Remboursé
claims-state-refused = Refusé
claims-care-consultation = Consultation
claims-care-pharmacy = Pharmacie
claims-care-laboratory = Analyses de laboratoire
claims-care-imaging = Radiologie et imagerie
claims-care-dental = Soins dentaires
claims-care-optical = Optique
claims-card-title = { $care } – { $beneficiary }
claims-number-label = Dossier n°
claims-care-date = Soins du { $date }
claims-claimed = Montant demandé : { $amount }
claims-reimbursed = Montant remboursé : { $amount }
claims-missing = Document manquant : { $document }
claims-missing-prescription = l'ordonnance du médecin
claims-missing-invoice = la facture détaillée
claims-missing-doctor-signature = le cachet et la signature du médecin sur la feuille de soins
claims-missing-results = les résultats d'analyses ou d'imagerie
claims-refusal = Motif : { $reason }
claims-refusal-late-submission = feuille de soins déposée après le délai
claims-refusal-not-covered = soin ou médicament non remboursé par l'AMO
claims-refusal-rights-closed = droits AMO fermés à la date des soins
claims-refusal-duplicate = soins déjà déclarés dans un autre dossier
claims-detail-title = Dossier de remboursement
claims-detail-facts-heading = Le dossier
claims-detail-number = Numéro de dossier
claims-detail-state = État
claims-detail-care = Soins
claims-detail-beneficiary = Bénéficiaire
claims-detail-care-date = Date des soins
claims-detail-received-on = Reçu le
claims-detail-claimed = Montant demandé
claims-detail-reimbursed = Montant remboursé
claims-detail-missing = Document manquant
claims-detail-refusal = Motif du refus
claims-detail-timeline-heading = Suivi du dossier
claims-detail-current = (étape actuelle)
claims-detail-next-heading = Que faire maintenant ?
claims-next-incomplete = Envoyez { $document } à votre agence CNSS.
claims-next-incomplete-unknown = Un document manque à ce dossier : adressez-vous à votre agence CNSS pour savoir lequel.
claims-next-incomplete-number = Indiquez le numéro de dossier ci-dessus : le traitement reprendra dès réception du document.
claims-next-refused = Si vous pensez que ce refus est une erreur, adressez-vous à votre agence CNSS avec le numéro de dossier.
claims-next-reimbursed = Le remboursement a été versé sur votre compte bancaire.
claims-see-payments = Voir mes paiements
claims-next-open = Vous n'avez rien à faire : le dossier avance et cette page suit chaque étape.
claims-not-found = Ce dossier n'existe pas dans votre compte. Vérifiez le lien, ou retrouvez vos dossiers dans la liste.
claims-back-list = Retour à mes remboursements
