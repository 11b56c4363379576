# One message per API error code (error-<code>) and per field error (field-error-<code>).
# Each says what went wrong and what to do next.
error-validation-failed = Certaines informations sont à corriger.
error-malformed-request = L'application a envoyé une demande incomplète. Mettez l'application à jour puis réessayez.
error-payload-too-large = Les informations envoyées sont trop longues. Vérifiez les champs puis réessayez.
error-identity-not-found = Nous ne trouvons personne avec ces informations. Vérifiez le numéro et les dates de votre pièce d'identité.
error-id-document-expired = Votre pièce d'identité a expiré. Renouvelez-la, ou utilisez une autre pièce en cours de validité.
error-account-exists = Vous avez déjà un compte. Connectez-vous, ou choisissez « Mot de passe oublié ».
error-transaction-expired = Votre demande a expiré. Recommencez depuis le début.
error-code-invalid = { $remaining ->
    [one] Le code est incorrect. Il vous reste 1 essai.
   *[other] Le code est incorrect. Il vous reste { $remaining } essais.
}
error-code-expired = Le code a expiré. Demandez un nouveau code.
error-too-many-attempts = Trop d'essais. Réessayez dans { $minutes } min.
error-resend-too-soon = Vous pourrez demander un nouveau code dans { $seconds } s.
error-rate-limited = Trop de demandes. Réessayez dans { $minutes } min.
error-invalid-credentials = L'identifiant ou le mot de passe est incorrect.
error-slow-down = Trop d'essais de connexion. Réessayez dans { $seconds } s, ou choisissez « Mot de passe oublié ».
error-password-too-weak = Ce mot de passe ne convient pas. Choisissez-en un autre.
error-password-change-required = Choisissez d'abord votre nouveau mot de passe.
error-temporary-password-expired = Votre mot de passe provisoire a expiré. Choisissez « Mot de passe oublié » pour en définir un nouveau.
error-session-expired = Votre session a expiré. Reconnectez-vous.
error-app-version-unsupported = Cette version de l'application n'est plus prise en charge. Mettez-la à jour.
error-not-found = Cette page n'existe pas.
error-internal = Le service rencontre un problème. Réessayez dans quelques minutes.
error-offline = Pas de connexion Internet. Vérifiez votre connexion puis réessayez.
error-timeout = Le service met trop de temps à répondre. Réessayez.
error-server-unavailable = Le service est momentanément indisponible. Réessayez dans quelques minutes.
field-error-required = Ce champ est obligatoire.
field-error-cnie-format = Saisissez le numéro de CNIE : 1 ou 2 lettres puis des chiffres, par exemple AB123456.
field-error-passport-format = Saisissez le numéro de passeport : 6 à 12 lettres et chiffres.
field-error-residence-card-format = Saisissez le numéro de carte de séjour : 1 ou 2 lettres puis 4 à 10 chiffres.
field-error-account-id-format = Saisissez un numéro de 9 chiffres.
field-error-phone-format = Saisissez un numéro de mobile marocain, par exemple 06 12 34 56 78.
field-error-email-format = Saisissez une adresse e-mail, par exemple nom@exemple.ma.
field-error-date-invalid = Saisissez une date réelle, par exemple 17 05 1980.
field-error-date-in-future = La date doit être dans le passé.
field-error-date-too-old = Vérifiez l'année.
field-error-date-too-far = Vérifiez l'année de la date d'expiration.
field-error-document-expired = Votre pièce d'identité a expiré. Utilisez une pièce en cours de validité.
field-error-code-format = Saisissez le code à 6 chiffres.
field-error-password-too-short = Le mot de passe doit contenir au moins 8 caractères.
field-error-password-too-long = Le mot de passe doit contenir au plus 128 caractères.
field-error-password-common = Ce mot de passe est trop courant et facile à deviner. Choisissez-en un autre.
field-error-password-contains-identifier = Le mot de passe ne doit pas contenir votre identifiant.
field-error-terms-not-accepted = Cochez la case pour accepter les conditions générales d'utilisation.
field-error-required-insured-id = Saisissez le numéro d'immatriculation de l'assuré.
field-error-required-document-number = Saisissez le numéro de votre pièce d'identité.
field-error-required-document-expiry = Saisissez la date d'expiration de votre pièce d'identité.
field-error-required-birth-date = Saisissez votre date de naissance.
field-error-required-phone = Saisissez votre numéro de téléphone mobile.
field-error-required-email = Saisissez votre adresse e-mail.
field-error-required-code = Saisissez le code à 6 chiffres reçu.
field-error-required-identifier = Saisissez votre identifiant.
field-error-required-password = Saisissez votre mot de passe.
field-error-required-new-password = Saisissez un nouveau mot de passe.
field-error-required-channel = Choisissez où recevoir le code.
