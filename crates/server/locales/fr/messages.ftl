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
