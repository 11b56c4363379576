# Shared across screens. French is the reference locale and holds the seed's wording.
-brand = MaCNSS
page-title = { $screen } – { -brand }
common-back = Retour
common-language = Langue
common-loading = Chargement…
common-retry = Réessayer
common-step = Étape { $current } sur { $total }
common-error-summary-title = Il y a un problème
common-sending = Envoi en cours…
common-brand = { -brand }
common-brand-tagline = Caisse nationale de sécurité sociale
common-account = Compte : { $name }
