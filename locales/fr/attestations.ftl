# «Mes attestations» (private space) and «Vérifier une attestation» (public). French is the
# reference wording.

## The attestations (form 310-1-34)
attestations-kind-immatriculation = Attestation d'immatriculation
attestations-kind-salary-declaration = Attestation de déclaration de salaire
attestations-kind-amo-rights = Attestation de droits AMO
attestations-kind-family-allowances = Attestation de bénéfice ou de non-bénéfice des allocations familiales
attestations-kind-pension = Attestation de perception de pension
attestations-kind-non-immatriculation = Attestation de non-immatriculation
attestations-title-family-allowances-receiving = Attestation de bénéfice des allocations familiales
attestations-title-family-allowances-not-receiving = Attestation de non-bénéfice des allocations familiales
attestations-purpose-immatriculation = Atteste que vous êtes immatriculé à la CNSS, avec votre numéro.
attestations-purpose-salary-declaration = Atteste les salaires et les jours déclarés à votre nom sur la période choisie.
attestations-purpose-amo-rights = Atteste les droits à l'Assurance maladie obligatoire de l'assuré ou d'un ayant droit.
attestations-purpose-family-allowances = Atteste que vous percevez ou non des allocations familiales ce mois-ci.
attestations-purpose-pension = Atteste la pension que vous verse la CNSS.
attestations-purpose-non-immatriculation = Atteste qu'une personne n'a pas de numéro d'immatriculation à la CNSS.
attestations-unavailable-insured-only = Réservée à l'assuré : elle se demande depuis son compte à lui.
attestations-unavailable-no-pension = Vous ne percevez pas de pension de la CNSS.
attestations-unavailable-no-declarations = Aucun salaire n'a encore été déclaré à votre nom : il n'y a pas de période à attester.
attestations-unavailable-public-only = Délivrée en agence CNSS : elle concerne une personne sans numéro d'immatriculation, donc sans compte.
attestations-find-agency = Trouver une agence CNSS
attestations-relation-insured = assuré
attestations-relation-spouse = conjoint
attestations-relation-child = enfant

## What a document states
attestations-holder = Titulaire
attestations-immatriculation = Numéro d'immatriculation
attestations-masked-id = Pièce d'identité (masquée)
attestations-attests = Ce qu'elle atteste
attestations-issued-on = Délivrée le
attestations-reference = Référence
attestations-facts-immatriculation = Immatriculé à la CNSS.
attestations-facts-immatriculation-since = Immatriculé à la CNSS depuis le { $date }.
attestations-facts-salary-declaration = De { $from } à { $to } : { $months ->
    [one] 1 mois déclaré
   *[other] { $months } mois déclarés
}, { $days ->
    [one] 1 jour
   *[other] { $days } jours
}, { $salary } de salaire déclaré.
attestations-facts-amo-open-until = Droits AMO de { $name } ({ $relation }) : ouverts jusqu'au { $date }.
attestations-facts-amo-open = Droits AMO de { $name } ({ $relation }) : ouverts.
attestations-facts-amo-closed = Droits AMO de { $name } ({ $relation }) : fermés.
attestations-facts-family-receiving = Bénéficie des allocations familiales pour { $count ->
    [one] 1 enfant
   *[other] { $count } enfants
} : { $amount } par mois.
attestations-facts-family-not-receiving = Ne bénéficie pas des allocations familiales ce mois-ci.
attestations-facts-pension = Perçoit une pension de { $amount } par mois depuis le { $date }.

## «Mes attestations»
attestations-title = Mes attestations
attestations-intro = Générez une attestation signée par la CNSS, en français et en arabe. Toute personne peut en vérifier l'authenticité, même sans réseau.
attestations-offers-heading = Demander une attestation
attestations-ask = Demander
attestations-issued-heading = Attestations délivrées
attestations-issued-none = Aucune attestation délivrée pour l'instant.
attestations-issued-line = Délivrée le { $date } · Référence { $reference }
attestations-verify-link = Vérifier une attestation
attestations-back-list = Retour à mes attestations
attestations-choose-first = Choisissez d'abord l'attestation à générer dans la liste.

## The form
attestations-period = Période
attestations-period-hint = Les mois déclarés à votre nom vont de { $from } à { $to }. Dix ans au plus.
attestations-period-from = Premier mois
attestations-period-to = Dernier mois
attestations-month-format = Format : AAAA-MM, par exemple 2026-01
attestations-period-outside = Choisissez des mois entre { $from } et { $to } : ce sont les mois déclarés à votre nom.
attestations-beneficiary = Pour qui ?
attestations-beneficiary-choose = Choisissez une personne
attestations-beneficiary-option = { $name } ({ $relation })
attestations-generate = Générer
attestations-generating = Génération de votre attestation en cours…
attestations-generated = Votre attestation est prête.

## The document
attestations-document-title = Attestation
attestations-not-found = Cette attestation ne figure pas parmi celles qui vous ont été délivrées.
attestations-download-pdf = Télécharger le PDF
attestations-share-pdf = Partager le PDF
attestations-pdf-size = PDF, { $size } Ko
attestations-saving = Préparation du PDF…
attestations-saved-in = PDF enregistré dans :
attestations-downloaded = PDF téléchargé : { $name }
attestations-shared = Le PDF a été transmis au partage de votre téléphone.
attestations-not-saved = Le PDF n'a pas pu être enregistré sur cet appareil. Réessayez ; si cela continue, libérez de l'espace.
attestations-code-heading = Vérification
attestations-code-intro = Le code QR du PDF contient ce lien. Toute personne peut l'ouvrir, ou le coller dans « Vérifier une attestation » de l'application, pour en contrôler l'authenticité.

## «Vérifier une attestation»
verify-title = Vérifier une attestation
verify-intro = Collez le lien lu dans le code QR de l'attestation, ou son code (il commence par MC1.). La vérification se fait sur cet appareil, même sans réseau.
verify-code-label = Lien ou code de l'attestation
verify-code-hint = Par exemple : https://…/v/…#MC1.…
verify-required = Collez le lien ou le code de l'attestation.
verify-submit = Vérifier
verify-valid = Attestation authentique : elle a été signée par la CNSS.
verify-revocation = Une attestation peut avoir été révoquée depuis sa délivrance : seule la page de vérification en ligne de la CNSS le dit.
verify-online-link = Vérifier la révocation en ligne
verify-invalid = Cette attestation n'est pas authentique
verify-malformed = Ce n'est pas un code d'attestation, ou il est incomplet. Copiez le lien ou le code en entier.
verify-unknown-key = Elle n'a pas été signée par une clé de la CNSS. Ne vous y fiez pas.
verify-bad-signature = Sa signature ne correspond pas à son contenu : elle a été modifiée ou falsifiée. Ne vous y fiez pas.
verify-other-document = Ce code appartient à une autre attestation que celle du lien.
verify-no-keys = Pour vérifier sans réseau, l'application doit d'abord recevoir une fois les clés publiques de la CNSS.
verify-offline-note = Les clés publiques de la CNSS sont gardées sur cet appareil après la première vérification.
