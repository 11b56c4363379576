# contact — fr: «Contacter la CNSS», and the line that leads there from every record screen.
contact-link = Une question ? Contacter la CNSS
contact-title = Contacter la CNSS
contact-intro = Appelez une agence ou rendez-vous sur place. Gardez votre numéro d'immatriculation à portée de main.
contact-agencies-heading = Les agences de la CNSS
contact-city = Ville
contact-city-all = Toutes les villes
contact-phone = Téléphone :
contact-empty = Aucune agence n'est listée pour l'instant. Réessayez plus tard.
