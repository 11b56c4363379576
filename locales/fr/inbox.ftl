# inbox — fr: «Mes messages», what CNSS tells the person about their records and account.
# French is the reference wording. A message names no dossier number, amount or person: it
# says what happened and leads to the page that shows the details.
inbox-title = Mes messages
inbox-intro = Ce que la CNSS vous signale sur vos dossiers et votre compte. Touchez un message pour ouvrir la page qu'il concerne.
inbox-unread-count = { $count ->
    [0] Aucun message non lu
    [one] 1 message non lu
   *[other] { $count } messages non lus
}
inbox-read-all = Tout marquer comme lu
inbox-empty = Aucun message pour l'instant. Vous serez prévenu ici quand un dossier avance, quand la CNSS vous paie ou quand votre compte change.
inbox-more = Afficher les messages plus anciens
inbox-unread = Non lu
inbox-received = Le { $date } à { $time }
inbox-list-label = Messages, les non lus d'abord

## One line per kind of message
inbox-claim-changed = Dossier de remboursement : { $state }
inbox-payment-made = Paiement de la CNSS : { $kind }
inbox-certificate-required = TAWIDATY : un certificat de scolarité est demandé avant le { $date }
inbox-certificate-due-soon = TAWIDATY : rappel, le certificat de scolarité est attendu avant le { $date }
inbox-certificate-accepted = TAWIDATY : le certificat de scolarité envoyé est accepté
inbox-certificate-refused = TAWIDATY : le certificat envoyé est refusé, { $reason }. Envoyez-en un autre avant le { $date }
inbox-certificate-refused-undated = TAWIDATY : le certificat envoyé est refusé, { $reason }
inbox-allowance-suspended = Allocations familiales suspendues pour un enfant : le certificat de scolarité n'est pas arrivé à temps
inbox-attestation-revoked = { $kind } annulée : son code ne se vérifie plus en ligne
inbox-new-sign-in = Nouvelle connexion à votre compte depuis un autre appareil. Si ce n'est pas vous, déconnectez-le et changez votre mot de passe.
inbox-password-changed = Votre mot de passe a été modifié
inbox-password-reset = Votre mot de passe a été réinitialisé avec «Mot de passe oublié»
inbox-bank-changed = Le compte bancaire (RIB) de vos paiements a été modifié. Si ce n'est pas vous, appelez la CNSS.

# The message a notification named, while it opens.
inbox-open-title = Message
inbox-opening = Ouverture du message…
inbox-open-all = Voir tous mes messages

# Push notifications: offered here, in context, once a message worth it has come.
inbox-push-offer-heading = Être prévenu sur cet appareil
inbox-push-offer-text = Une notification vous dira qu'un message est arrivé, sans rien de personnel : ni nom, ni montant, ni numéro. Vous le lirez ici.
inbox-push-offer-enable = Activer les notifications
inbox-push-offer-asking = Activation…
inbox-push-offer-not-now = Pas maintenant
inbox-push-on = Les notifications sont activées sur cet appareil.
inbox-push-denied = Les notifications sont refusées sur cet appareil. Vous pouvez changer cela dans ses réglages ; vos messages restent ici.
inbox-push-unsupported = Cet appareil ne peut pas recevoir de notifications. Vos messages restent ici, dans « Mes messages ».
inbox-push-topics-heading = Notifications
inbox-push-topics-legend = Me prévenir pour :
inbox-push-topic-claims = Mes remboursements AMO
inbox-push-topic-payments = Mes paiements
inbox-push-topic-family = Allocations familiales et TAWIDATY
inbox-push-topic-attestations = Mes attestations
inbox-push-topic-security = La sécurité de mon compte
inbox-push-topics-hint = Ce choix vaut pour tous vos appareils. Tous vos messages restent dans « Mes messages ».
