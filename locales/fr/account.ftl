# «Mon compte»: the online account itself (contact details, password, devices, lock,
# deletion), the lock screen, the lost phone and the deleted account.
account-title = Mon compte
account-back = Retour à « Mon compte »
account-back-space = Retour à « Mon espace »
account-continue = Continuer
account-date-time = le { $date } à { $time }
account-contact-heading = Mes coordonnées
account-phone = Téléphone mobile
account-email = Adresse e-mail
account-contact-change = Modifier mes coordonnées
account-password-title = Mot de passe
account-password-line = Changer mon mot de passe
account-devices-title = Mes appareils
account-devices-line = { $count ->
    [0] Connecté sur cet appareil uniquement
    [one] Connecté aussi sur 1 autre appareil
   *[other] Connecté aussi sur { $count } autres appareils
}
account-lock-title = Verrouillage de l'application
account-lock-on = Code de l'application activé
account-lock-off = Protégez l'application par un code
account-delete-title = Supprimer mon compte
account-delete-line = Supprimer mon compte en ligne
account-platform-android = Android
account-platform-ios = iPhone ou iPad
account-platform-web = Navigateur web
account-platform-desktop = Ordinateur
account-platform-unknown = Appareil inconnu
account-step-up-intro = Pour protéger votre compte, confirmez d'abord votre mot de passe.
account-step-up-password = Votre mot de passe actuel
account-contact-title = Modifier mes coordonnées
account-contact-done-title = Coordonnées modifiées
account-contact-which = Que voulez-vous modifier ?
account-contact-which-phone = Mon numéro de téléphone mobile
account-contact-which-email = Mon adresse e-mail
account-contact-current = Actuellement : { $value }
account-contact-new-phone = Nouveau numéro de mobile
    .hint = Un numéro marocain, par exemple 06 12 34 56 78. Le code y sera envoyé par SMS.
account-contact-new-email = Nouvelle adresse e-mail
account-contact-send-code = Recevoir le code
account-contact-code-sent = Nous avons envoyé un code à 6 chiffres à { $destination }. Rien n'est modifié avant que vous l'ayez saisi.
account-contact-code = Code reçu
account-contact-confirm = Confirmer
account-contact-resend = Recevoir un nouveau code
account-contact-resend-in = Vous pourrez demander un nouveau code dans { $seconds } s.
account-contact-fix = Corriger le numéro ou l'adresse
account-contact-done-phone = Votre numéro de mobile est modifié. Les prochains codes y seront envoyés. Votre ancien numéro a reçu un message d'information.
account-contact-done-email = Votre adresse e-mail est modifiée. Votre ancienne adresse a reçu un message d'information.
account-password-done-title = Mot de passe modifié
account-password-intro = Tous vos autres appareils seront déconnectés. Vous restez connecté sur celui-ci.
account-password-current = Mot de passe actuel
account-password-new = Nouveau mot de passe
    .hint = Au moins 8 caractères. Une phrase facile à retenir est idéale. Évitez les mots de passe courants et votre identifiant.
account-password-submit = Changer mon mot de passe
account-password-done = Votre mot de passe est modifié. Vos autres appareils sont déconnectés, et un message vous a été envoyé.
account-devices-intro = Votre compte est ouvert sur ces appareils. Si vous n'en reconnaissez pas un, déconnectez-le puis changez votre mot de passe.
account-devices-unnamed = Appareil sans nom
account-devices-this-one = Cet appareil
account-devices-version = version { $version }
account-devices-signed-in = Connecté { $when }
account-devices-last-used = Dernière utilisation { $when }
account-devices-revoke = Déconnecter cet appareil
account-devices-revoke-others = Déconnecter tous les autres appareils
account-devices-unknown = Les heures sont approximatives. Nous n'enregistrons ni votre adresse ni votre position.
account-delete-what = Supprimer votre compte en ligne ne supprime pas votre dossier CNSS.
account-delete-gone = Votre identifiant, votre mot de passe, vos coordonnées et vos appareils connectés seront effacés.
account-delete-kept = Vos droits, vos déclarations, vos dossiers et les documents envoyés restent à la CNSS.
account-delete-again = Vous pourrez créer un nouveau compte plus tard.
account-delete-confirm = Je comprends que mon compte en ligne sera supprimé définitivement.
account-delete-submit = Supprimer mon compte
account-deleted-title = Compte supprimé
account-deleted = Votre compte en ligne est supprimé. Un message de confirmation vous a été envoyé. Votre dossier CNSS n'est pas modifié.
account-deleted-home = Retour à l'accueil
lock-intro = Choisissez un code à 6 chiffres pour ouvrir l'application sans votre mot de passe. L'application se verrouille quand elle reste en arrière-plan.
lock-is-on = Le code de l'application est activé.
lock-pin = Code à 6 chiffres
    .hint = Évitez 123456, 000000 et votre date de naissance.
lock-pin-confirm = Saisissez le code une deuxième fois
lock-pin-format = Saisissez 6 chiffres.
lock-pin-too-simple = Ce code est trop facile à deviner. Choisissez-en un autre.
lock-pin-mismatch = Les deux codes ne sont pas identiques.
lock-auto-legend = Verrouiller l'application après
lock-auto-immediately = Dès qu'elle passe en arrière-plan
lock-auto-1 = 1 minute en arrière-plan
lock-auto-5 = 5 minutes en arrière-plan
lock-auto-15 = 15 minutes en arrière-plan
lock-cold-start = Le code est aussi demandé à chaque ouverture de l'application.
lock-biometric = Déverrouiller aussi avec l'empreinte ou le visage
lock-enable = Activer le code
lock-save = Enregistrer
lock-disable = Désactiver le code
lock-setup-failed = Le code n'a pas pu être enregistré sur cet appareil. Réessayez.
unlock-title = Déverrouiller { -brand }
unlock-who = Compte { $id }
unlock-pin = Code de l'application
unlock-tries = { $left ->
    [one] Dernier essai avant de devoir vous reconnecter avec votre mot de passe.
   *[other] { $left } essais sur { $max } avant de devoir vous reconnecter avec votre mot de passe.
}
unlock-submit = Déverrouiller
unlock-wrong-pin = { $left ->
    [one] Code incorrect. Il vous reste 1 essai.
   *[other] Code incorrect. Il vous reste { $left } essais.
}
unlock-biometric = Utiliser l'empreinte ou le visage
unlock-biometric-refused = L'empreinte ou le visage n'a pas été reconnu. Saisissez votre code.
unlock-biometric-reason = Déverrouiller MaCNSS
unlock-unreachable = Code correct, mais le service ne répond pas. Vérifiez votre connexion puis appuyez sur « Déverrouiller ».
unlock-forgot = Code oublié ? Me connecter avec mon mot de passe
lost-phone-title = Je n'ai plus accès à mon numéro
lost-phone-intro = Votre téléphone est perdu ou votre numéro a changé ? Vous pouvez quand même retrouver votre compte.
lost-phone-email-heading = Par e-mail
lost-phone-email = Choisissez « Mot de passe oublié » puis « Par e-mail » : un code est envoyé à l'adresse de votre compte. Une fois connecté, modifiez votre numéro dans « Mon compte ».
lost-phone-email-action = Recevoir un code par e-mail
lost-phone-agency-heading = En agence
lost-phone-agency = Si vous n'avez plus accès ni à votre numéro ni à votre e-mail, une agence CNSS peut mettre à jour vos coordonnées. Apportez :
lost-phone-bring-id = votre CNIE (ou votre passeport ou carte de séjour) en cours de validité ;
lost-phone-bring-number = votre numéro d'immatriculation CNSS si vous l'avez ;
lost-phone-bring-phone = le nouveau numéro de mobile à enregistrer.
lost-phone-agencies = Trouver une agence
lost-phone-back = Retour à la connexion
lock-not-offered = Le code de l'application existe dans l'application Android, iPhone et ordinateur. Dans un navigateur, votre session s'arrête quand vous fermez l'onglet : sur un ordinateur partagé, choisissez « Me déconnecter » en partant.
unlock-biometric-waiting = Posez votre doigt ou regardez l'écran, ou saisissez votre code.
