welcome-title = Bienvenue sur { -brand }
welcome-intro = Votre espace personnel CNSS, pour les assurés et leurs ayants droit.
welcome-create-account = Créer mon compte
welcome-sign-in = Me connecter
welcome-purpose = Vos remboursements, vos allocations familiales, votre carrière et vos paiements, au même endroit.
welcome-verify = Vérifier une attestation
