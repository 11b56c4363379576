# space — fr: «Mon espace», its service cards and the freshness of every record screen.
space-services-heading = Mes services
space-career-title = Ma carrière
space-career-last = Déclarations : dernière en { $month }
space-career-none = Aucune déclaration reçue pour l'instant
space-claims-title = Mes remboursements
space-claims-open = { $count ->
    [0] Aucun dossier en cours
    [one] 1 dossier en cours
   *[other] { $count } dossiers en cours
}
space-claims-incomplete = { $count ->
    [one] 1 dossier incomplet
   *[other] { $count } dossiers incomplets
}
space-amo-open-until = Droits AMO ouverts jusqu'au { $date }
space-amo-open = Droits AMO ouverts
space-amo-closed = Droits AMO fermés
space-family-title = Allocations familiales et TAWIDATY
space-family-certificates = { $count ->
    [one] TAWIDATY : 1 certificat à envoyer avant le { $date }
   *[other] TAWIDATY : { $count } certificats à envoyer avant le { $date }
}
space-family-certificates-undated = { $count ->
    [one] TAWIDATY : 1 certificat à envoyer
   *[other] TAWIDATY : { $count } certificats à envoyer
}
space-family-children = { $count ->
    [0] Aucun enfant déclaré
    [one] 1 enfant
   *[other] { $count } enfants
}
space-payments-title = Mes paiements
space-payments-last = Dernier paiement le { $date }
space-payments-none = Aucun paiement pour l'instant
space-account-link = Mon compte : coordonnées, mot de passe, appareils
space-attestations-title = Mes attestations
space-attestations-line = Immatriculation, salaires, droits AMO, allocations, pension
space-attestations-dependant = Vos droits AMO
space-inbox-title = Mes messages
space-inbox-unread = { $count ->
    [0] Aucun message non lu
    [one] 1 message non lu
   *[other] { $count } messages non lus
}
