# SMS and e-mails sent by the MaCNSS server, in French (the reference locale).
# Every SMS must fit ONE segment with its worst-case arguments, leaving room for Android's
# app-hash line: 148 GSM-7 characters (160 - 12), or 58 UCS-2 characters (70 - 12) if a
# single character is outside GSM-7 (avoid ê, â, î, ô, û, ç, « »). Codes in ASCII digits,
# next to the word "code".

sms-signup-code = Votre code MaCNSS : { $code }. Valable { $minutes } min. Ne le donnez à personne, ni à un agent CNSS.
sms-credentials = MaCNSS : compte créé. Identifiant : { $account_id }. Mot de passe provisoire : { $password } (valable { $hours } h, à changer à la 1re connexion).
sms-declared-phone = MaCNSS : un compte a été créé avec votre identité et un autre numéro. Si ce n'est pas vous, contactez la CNSS.
sms-recovery-code = Votre code MaCNSS pour changer de mot de passe : { $code }. Valable { $minutes } min. Ne le donnez à personne.
sms-password-reset = MaCNSS : le mot de passe de votre compte a été changé. Si ce n'est pas vous, faites "Mot de passe oublié" et contactez la CNSS.
sms-bank-code = Votre code MaCNSS pour changer de compte bancaire : { $code }. Valable { $minutes } min. Ne le donnez à personne, ni à un agent CNSS.
sms-bank-changed = MaCNSS : les coordonnées bancaires de vos paiements CNSS ont été changées. Si ce n'est pas vous, appelez la CNSS au { $phone }.

email-recovery-code-subject = Votre code MaCNSS
email-recovery-code-body =
    Bonjour,

    Votre code MaCNSS pour choisir un nouveau mot de passe : { $code }
    Il est valable { $minutes } minutes. Ne le communiquez à personne, pas même à un agent de la CNSS.

    Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.
email-password-reset-subject = Votre mot de passe MaCNSS a été changé
email-password-reset-body =
    Bonjour,

    Le mot de passe de votre compte MaCNSS vient d'être changé.
    Si ce n'est pas vous, choisissez « Mot de passe oublié » dans l'application et contactez la CNSS.
email-bank-changed-subject = Vos coordonnées bancaires MaCNSS ont été changées
email-bank-changed-body =
    Bonjour,

    Les coordonnées bancaires où la CNSS verse vos paiements viennent d'être changées depuis l'application MaCNSS.
    Si ce n'est pas vous, appelez la CNSS au { $phone } sans attendre et changez votre mot de passe.

# «Mon compte»: a new phone or e-mail (its code goes to the new destination; the old one is
# told once it is changed), the account deleted, a sign-in from a device not seen before.
sms-contact-code = Votre code MaCNSS pour changer de numéro : { $code }. Valable { $minutes } min. Ne le donnez à personne, ni à un agent CNSS.
sms-phone-changed = MaCNSS : le numéro de téléphone de votre compte a été changé. Si ce n'est pas vous, appelez la CNSS au { $phone }.
sms-account-deleted = MaCNSS : votre compte en ligne a été supprimé (votre dossier CNSS reste). Si ce n'est pas vous, appelez la CNSS au { $phone }.
email-contact-code-subject = Votre code MaCNSS
email-contact-code-body =
    Bonjour,

    Votre code MaCNSS pour confirmer cette adresse e-mail : { $code }
    Il est valable { $minutes } minutes. Ne le communiquez à personne, pas même à un agent de la CNSS.

    Si vous n'avez rien demandé, ignorez ce message : rien ne change.
email-phone-changed-subject = Le numéro de votre compte MaCNSS a été changé
email-phone-changed-body =
    Bonjour,

    Le numéro de téléphone de votre compte MaCNSS vient d'être changé depuis l'application.
    Si ce n'est pas vous, appelez la CNSS au { $phone } sans attendre et changez votre mot de passe.
email-email-changed-subject = L'adresse e-mail de votre compte MaCNSS a été changée
email-email-changed-body =
    Bonjour,

    Votre compte MaCNSS n'utilise plus cette adresse e-mail : une autre vient d'être choisie depuis l'application.
    Si ce n'est pas vous, appelez la CNSS au { $phone } sans attendre et changez votre mot de passe.
email-account-deleted-subject = Votre compte MaCNSS a été supprimé
email-account-deleted-body =
    Bonjour,

    Votre compte en ligne MaCNSS vient d'être supprimé depuis l'application. Votre dossier à la CNSS (carrière, remboursements, allocations) n'est pas touché, et vous pourrez créer un nouveau compte quand vous le voudrez.
    Si ce n'est pas vous, appelez la CNSS au { $phone } sans attendre.
email-new-device-subject = Nouvelle connexion à votre compte MaCNSS
email-new-device-body =
    Bonjour,

    Votre compte MaCNSS vient d'être ouvert sur un appareil qu'il n'avait pas encore utilisé :
    « { $device } » ({ $platform ->
        [android] Android
        [ios] iPhone ou iPad
        [web] navigateur web
        [unknown] appareil non précisé
       *[desktop] ordinateur
    }), le { $date } vers { $hour } h (heure du Maroc). Ce nom est celui que l'appareil donne de lui-même.

    Si c'est vous, il n'y a rien à faire.
    Sinon, déconnectez cet appareil dans l'application, Mon compte > Mes appareils ({ $url }), puis changez votre mot de passe.
device-unnamed = appareil sans nom

## Attestations (the PDF's French side) and the public verification page.
attestation-country = ROYAUME DU MAROC
attestation-issuer = Caisse Nationale de Sécurité Sociale
attestation-intro = La Caisse Nationale de Sécurité Sociale atteste que :
attestation-title-immatriculation = Attestation d'immatriculation
attestation-title-salary-declaration = Attestation de déclaration de salaire
attestation-title-amo-rights = Attestation de droits AMO
attestation-title-family-allowances = Attestation de bénéfice des allocations familiales
attestation-title-family-allowances-none = Attestation de non-bénéfice des allocations familiales
attestation-title-pension = Attestation de perception de pension
attestation-title-non-immatriculation = Attestation de non-immatriculation
attestation-holder = Nom et prénom
attestation-immatriculation = N° d'immatriculation
attestation-id-number = N° de pièce d'identité (masqué)
attestation-since = Depuis le
attestation-period = Période
attestation-period-value = de { $from } à { $to }
attestation-months = Mois déclarés
attestation-days = Jours déclarés
attestation-salary = Salaire déclaré (total)
attestation-beneficiary = Bénéficiaire
attestation-rights = Droits AMO
attestation-rights-open-until = ouverts jusqu'au { $date }
attestation-rights-open = ouverts
attestation-rights-closed = fermés à ce jour
attestation-children = Enfants bénéficiaires
attestation-monthly = Montant mensuel
attestation-issued-on = Délivrée le
attestation-reference = Référence
attestation-relation-insured = assuré
attestation-relation-spouse = conjoint
attestation-relation-child = enfant
attestation-says-immatriculation = { $holder } est immatriculé(e) à la Caisse Nationale de Sécurité Sociale.
attestation-says-salary-declaration = Les salaires ci-dessus ont été déclarés pour { $holder } sur la période indiquée.
attestation-says-amo-rights-open = Le bénéficiaire indiqué a des droits ouverts à l'Assurance Maladie Obligatoire.
attestation-says-amo-rights-closed = Le bénéficiaire indiqué n'a pas de droits ouverts à l'Assurance Maladie Obligatoire à ce jour.
attestation-says-family-allowances = { $holder } bénéficie des allocations familiales ce mois-ci.
attestation-says-family-allowances-none = { $holder } ne bénéficie pas des allocations familiales ce mois-ci.
attestation-says-pension = { $holder } perçoit une pension de la Caisse Nationale de Sécurité Sociale.
attestation-verify = Vérifiez ce document : scannez le code avec l'application MaCNSS ou un téléphone, ou ouvrez l'adresse ci-dessous.
attestation-signed = Document signé électroniquement (Ed25519, clé { $kid }). Sa signature se vérifie sans réseau.
attestation-date = { $day } { $month } { $year }
attestation-amount = { $amount } DH
attestation-month-1 = janvier
attestation-month-2 = février
attestation-month-3 = mars
attestation-month-4 = avril
attestation-month-5 = mai
attestation-month-6 = juin
attestation-month-7 = juillet
attestation-month-8 = août
attestation-month-9 = septembre
attestation-month-10 = octobre
attestation-month-11 = novembre
attestation-month-12 = décembre
verify-page-title = Vérifier une attestation de la CNSS
verify-page-languages = Langues
verify-page-language-name = Français
verify-page-document = Document
verify-page-valid = Attestation valide : elle a été délivrée par la CNSS et n'a pas été annulée.
verify-page-compare = Comparez ces informations avec le document qu'on vous présente : elles doivent être identiques.
verify-page-revoked = Attestation annulée le { $date } : elle n'est plus valable.
verify-page-unknown = Aucune attestation ne correspond à cette adresse. Vérifiez l'adresse, ou collez le code du document ci-dessous.
verify-page-signature-valid = Signature valide : ce code a été signé par la CNSS et le document n'a pas été annulé.
verify-page-signature-revoked = La signature est valide, mais ce document a été annulé : il n'est plus valable.
verify-page-error-malformed = Ce texte n'est pas un code d'attestation complet. Copiez tout le code, ou scannez à nouveau le QR code.
verify-page-error-unknown-key = Ce code n'a pas été signé par une clé de la CNSS : le document n'est pas authentique.
verify-page-error-bad-signature = La signature ne correspond pas : le document a été modifié ou falsifié.
verify-page-error-other-document = Ce code appartient à un autre document que celui de cette adresse.
verify-page-check = Vérifier un code
verify-page-check-help = Collez le code imprimé sous forme de QR code (il commence par MC1.) ou l'adresse complète lue dans le QR code.
verify-page-code = Code ou adresse de l'attestation
verify-page-submit = Vérifier

## Push notifications: a generic title and one sentence per topic, nothing personal (the
## app shows the message itself once signed in).
push-title = CNSS
push-body-claims = Un de vos dossiers AMO a avancé. Ouvrez l'application pour le voir.
push-body-payments = Un paiement a été effectué. Ouvrez l'application pour le voir.
push-body-family = Du nouveau pour vos allocations familiales. Ouvrez l'application pour le voir.
push-body-attestations = Du nouveau pour vos attestations. Ouvrez l'application pour le voir.
push-body-security = Une opération a eu lieu sur votre compte. Ouvrez l'application pour la voir.
