# inbox — en: «Mes messages», what CNSS tells the person about their records and account.
inbox-title = My messages
inbox-intro = What CNSS tells you about your files and your account. Tap a message to open the page it is about.
inbox-unread-count = { $count ->
    [0] No unread message
    [one] 1 unread message
   *[other] { $count } unread messages
}
inbox-read-all = Mark all as read
inbox-empty = No message yet. You will be told here when a file moves, when CNSS pays you or when your account changes.
inbox-more = Show older messages
inbox-unread = Unread
inbox-received = On { $date } at { $time }
inbox-list-label = Messages, unread first

## One line per kind of message
inbox-claim-changed = Reimbursement file: { $state }
inbox-payment-made = Payment from CNSS: { $kind }
inbox-certificate-required = TAWIDATY: a school certificate is requested before { $date }
inbox-certificate-due-soon = TAWIDATY: reminder, the school certificate is expected before { $date }
inbox-certificate-accepted = TAWIDATY: the school certificate you sent is accepted
inbox-certificate-refused = TAWIDATY: the certificate you sent is refused, { $reason }. Send another one before { $date }
inbox-certificate-refused-undated = TAWIDATY: the certificate you sent is refused, { $reason }
inbox-allowance-suspended = Family allowance suspended for a child: the school certificate did not arrive in time
inbox-attestation-revoked = { $kind } cancelled: its code no longer verifies online
inbox-new-sign-in = New sign-in to your account from another device. If it was not you, sign it out and change your password.
inbox-password-changed = Your password was changed
inbox-password-reset = Your password was reset with «Forgot password»
inbox-bank-changed = The bank account (RIB) your payments go to was changed. If it was not you, call CNSS.

# The message a notification named, while it opens.
inbox-open-title = Message
inbox-opening = Opening the message…
inbox-open-all = See all my messages

# Push notifications: offered here, in context, once a message worth it has come.
inbox-push-offer-heading = Be told on this device
inbox-push-offer-text = A notification will tell you a message has arrived, with nothing personal: no name, no amount, no number. You read it here.
inbox-push-offer-enable = Turn on notifications
inbox-push-offer-asking = Turning on…
inbox-push-offer-not-now = Not now
inbox-push-on = Notifications are on for this device.
inbox-push-denied = Notifications are refused on this device. You can change this in its settings; your messages stay here.
inbox-push-unsupported = This device cannot receive notifications. Your messages stay here, in “My messages”.
inbox-push-topics-heading = Notifications
inbox-push-topics-legend = Tell me about:
inbox-push-topic-claims = My AMO claims
inbox-push-topic-payments = My payments
inbox-push-topic-family = Family allowances and TAWIDATY
inbox-push-topic-attestations = My attestations
inbox-push-topic-security = My account's security
inbox-push-topics-hint = This choice applies to all your devices. All your messages stay in “My messages”.
