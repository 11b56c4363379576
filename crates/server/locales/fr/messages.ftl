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
