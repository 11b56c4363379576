# inbox — zgh: «Mes messages», what CNSS tells the person about their records and account.
# THIS TRANSLATION NEEDS REVIEW BY A NATIVE SPEAKER before release: written from the French
# reference without one (see space.ftl for the conventions).
inbox-title = ⵜⵉⵣⵏⴰⵇⵉⵏ ⵉⵏⵓ
inbox-intro = ⵎⴰⵢⵏ ⴰⵡⵏ ⵜⵙⵙⵏⵜⵎ CNSS ⵅⴼ ⵉⵙⴷⵍⵉⵙⵏ ⵏⵏⵓⵏ ⴷ ⵓⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ. ⵙⵙⵏⵜⵎⴰⵜ ⵜⴰⵣⵏⵇⵉⵜ ⵉ ⵓⵔⵥⵥⵎ ⵏ ⵜⴰⵙⵏⴰ ⵏⵏⴰ ⵜⵔⵥⵥⵓ.
inbox-unread-count = { $count ->
    [0] ⵓⵍⴰ ⵜⴰⵣⵏⵇⵉⵜ ⵓⵔ ⵉⵜⵜⵓⵖⵔⴰⵏ
    [one] 1 ⵜⵣⵏⵇⵉⵜ ⵓⵔ ⵉⵜⵜⵓⵖⵔⴰⵏ
   *[other] { $count } ⵜⵉⵣⵏⴰⵇⵉⵏ ⵓⵔ ⵉⵜⵜⵓⵖⵔⴰⵏ
}
inbox-read-all = ⵙⵎⵎⴰⴷ ⴰⴽⴽⵯ ⵎⴰⵏⵉ ⵜⵜⵓⵖⵔⴰⵏⵜ
inbox-empty = ⵓⵍⴰ ⵜⴰⵣⵏⵇⵉⵜ ⴰⵔ ⴷⵖⵉ. ⴰⴷ ⵜⵜⵓⵙⵙⵏⵜⵎⵎ ⴷⴰ ⵎⵍⵎⵉ ⵉⵣⵔⵉ ⵓⵙⴷⵍⵉⵙ, ⵎⵍⵎⵉ ⴰⵡⵏ ⵜⵅⵍⵍⵚ CNSS ⵏⵖ ⵎⵍⵎⵉ ⵉⵜⵜⵓⵙⵏⴼⵍ ⵓⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ.
inbox-more = ⵙⴽⵏ ⵜⵉⵣⵏⴰⵇⵉⵏ ⵜⵉⵇⴱⵓⵔⵉⵏ
inbox-unread = ⵓⵔ ⵉⵜⵜⵓⵖⵔⴰ
inbox-received = { $date } ⴳ { $time }
inbox-list-label = ⵜⵉⵣⵏⴰⵇⵉⵏ, ⵜⵉⵏ ⵓⵔ ⵉⵜⵜⵓⵖⵔⴰⵏ ⵣⵡⴰⵔⵏⵜ

## One line per kind of message
inbox-claim-changed = ⴰⵙⴷⵍⵉⵙ ⵏ ⵓⵙⵙⵓⵖⵍ : { $state }
inbox-payment-made = ⴰⵅⵍⵍⵚ ⵏ CNSS : { $kind }
inbox-certificate-required = TAWIDATY : ⵜⵜⵓⵜⵜⵔ ⵢⴰⵏ ⵓⵙⵏⵜⵎ ⵏ ⵜⵖⵔⵉ ⴷⴰⵜ { $date }
inbox-certificate-due-soon = TAWIDATY : ⴰⵙⵎⴽⵜⵉ, ⴰⵙⵏⵜⵎ ⵏ ⵜⵖⵔⵉ ⵉⵜⵜⵓⵔⴰⵔⴰ ⴷⴰⵜ { $date }
inbox-certificate-accepted = TAWIDATY : ⴰⵙⵏⵜⵎ ⵏ ⵜⵖⵔⵉ ⵏⵏⴰ ⵜⵣⵏⵎ ⵉⵜⵜⵓⵇⴱⵍ
inbox-certificate-refused = TAWIDATY : ⴰⵙⵏⵜⵎ ⵏⵏⴰ ⵜⵣⵏⵎ ⵉⵜⵜⵓⴳⴷⵍ, { $reason }. ⴰⵣⵏⴰⵜ ⵢⴰⵏ ⵢⴰⴹⵏ ⴷⴰⵜ { $date }
inbox-certificate-refused-undated = TAWIDATY : ⴰⵙⵏⵜⵎ ⵏⵏⴰ ⵜⵣⵏⵎ ⵉⵜⵜⵓⴳⴷⵍ, { $reason }
inbox-allowance-suspended = ⵜⵉⵡⵉⵙⵉⵡⵉⵏ ⵏ ⵜⵡⵊⵊⴰ ⵜⵜⵓⵃⴱⵙⵏⵜ ⵉ ⵢⴰⵏ ⵓⵔⴱⴰ : ⴰⵙⵏⵜⵎ ⵏ ⵜⵖⵔⵉ ⵓⵔ ⴷ ⵢⵓⵛⴽⵉ ⴳ ⵓⵣⵎⵣ
inbox-attestation-revoked = { $kind } ⵉⵜⵜⵓⵙⵙⵔⵜⵓ : ⵜⴰⵏⴳⴰⵍⵜ ⵏⵏⵙ ⵓⵔ ⵜⵜⵓⵙⵏⵇⵙⴰⵔ ⵖⴼ ⵓⵣⵟⵟⴰ
inbox-new-sign-in = ⴰⴽⵛⵛⵓⵎ ⴰⵎⴰⵢⵏⵓ ⵖⵔ ⵓⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ ⵙⴳ ⵢⴰⵜ ⵜⵍⵍⵉⵍⵜ ⵢⴰⴹⵏ. ⵎⴰ ⵓⵔ ⵜⴳⵉⵎ ⴽⵯⵏⵉ, ⵙⵙⵓⴼⵖⴰⵜ ⵜ ⵜⵙⵏⴼⵍⵎ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ.
inbox-password-changed = ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ ⵜⵜⵓⵙⵏⴼⵍ
inbox-password-reset = ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ ⵜⵜⵓⵙⵏⴼⵍ ⵙ «ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⵜⵓ»
inbox-bank-changed = ⴰⵎⵉⴹⴰⵏ ⵏ ⵓⴱⴰⵏⴽ (RIB) ⵏ ⵉⵅⵍⵍⵚⵏ ⵏⵏⵓⵏ ⵉⵜⵜⵓⵙⵏⴼⵍ. ⵎⴰ ⵓⵔ ⵜⴳⵉⵎ ⴽⵯⵏⵉ, ⵖⵔⴰⵜ ⵉ CNSS.

# The message a notification named, while it opens.
inbox-open-title = ⵜⴰⴱⵔⴰⵜ
inbox-opening = ⴰⵔ ⵜⵜⵕⵥⵎ ⵜⴱⵔⴰⵜ…
inbox-open-all = ⵥⵕ ⴰⴽⴽ ⵜⵉⴱⵔⴰⵜⵉⵏ ⵉⵏⵓ

# Push notifications: offered here, in context, once a message worth it has come.
inbox-push-offer-heading = ⴰⴷ ⵉⵜⵜⵓⵙⵙⵏ ⵖⴼ ⵜⵍⵍⵉⵍⵜ ⴰ
inbox-push-offer-text = ⴰⵏⵖⵎⵉⵙ ⴰⴷ ⴰⵡⵏ ⵉⵙⵙⵉⵏ ⵉⵙ ⴷ ⵜⵓⵙⴰ ⵢⴰⵜ ⵜⴱⵔⴰⵜ, ⴱⵍⴰ ⴽⵔⴰ ⵏ ⵓⵙⵏⵓⵎⵍ ⵓⵙⵎⵉⴳ: ⵓⵔ ⵉⵙⵎ, ⵓⵔ ⵜⴰⵙⵉⵍⴰ, ⵓⵔ ⵓⵟⵟⵓⵏ. ⵜⵖⵔⴰⵎ ⵜⵜ ⴷⵉⴷ.
inbox-push-offer-enable = ⵙⵙⵏⵛⵔ ⵉⵏⵖⵎⵉⵙⵏ
inbox-push-offer-asking = ⴰⵔ ⵉⵜⵜⵓⵙⵏⵛⴰⵔ…
inbox-push-offer-not-now = ⵓⵔ ⴷ ⵖⵉⵍⴰ
inbox-push-on = ⵉⵏⵖⵎⵉⵙⵏ ⵙⵏⵛⴰⵔⵏ ⵖⴼ ⵜⵍⵍⵉⵍⵜ ⴰ.
inbox-push-denied = ⵉⵏⵖⵎⵉⵙⵏ ⵜⵜⵓⴳⴷⵍⵏ ⵖⴼ ⵜⵍⵍⵉⵍⵜ ⴰ. ⵜⵣⵎⵔⵎ ⴰⴷ ⵜⵙⵏⴼⵍⵎ ⴰⵢⴰ ⴳ ⵜⵙⵖⵓⵍⵜ ⵏⵏⵙ; ⵜⵉⴱⵔⴰⵜⵉⵏ ⵏⵏⵓⵏ ⵇⵇⵉⵎⵏⵜ ⴷⵉⴷ.
inbox-push-unsupported = ⵜⵍⵍⵉⵍⵜ ⴰ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⴰⵎⵥ ⵉⵏⵖⵎⵉⵙⵏ. ⵜⵉⴱⵔⴰⵜⵉⵏ ⵏⵏⵓⵏ ⵇⵇⵉⵎⵏⵜ ⴷⵉⴷ, ⴳ « ⵜⵉⴱⵔⴰⵜⵉⵏ ⵉⵏⵓ ».
inbox-push-topics-heading = ⵉⵏⵖⵎⵉⵙⵏ
inbox-push-topics-legend = ⵙⵙⵏ ⵉⵢⵉ ⵖⴼ:
inbox-push-topic-claims = ⵉⵙⵏⴰⴷⵏ ⵉⵏⵓ ⵏ AMO
inbox-push-topic-payments = ⵉⵅⵍⵍⵚⵏ ⵉⵏⵓ
inbox-push-topic-family = ⵜⵉⵡⵉⵙⵉⵏ ⵏ ⵜⴰⵡⵊⴰ ⴷ TAWIDATY
inbox-push-topic-attestations = ⵜⵉⴳⵓⴷⵉⵏ ⵉⵏⵓ
inbox-push-topic-security = ⵜⴰⵏⴼⵔⵓⵜ ⵏ ⵓⵎⵉⴹⴰⵏ ⵉⵏⵓ
inbox-push-topics-hint = ⴰⵙⵜⴰⵢ ⴰ ⵉⵜⵜⵉⴷⵉⵔ ⵉ ⴰⴽⴽ ⵜⵉⵍⵍⵉⵍⵉⵏ ⵏⵏⵓⵏ. ⴰⴽⴽ ⵜⵉⴱⵔⴰⵜⵉⵏ ⵏⵏⵓⵏ ⵇⵇⵉⵎⵏⵜ ⴳ « ⵜⵉⴱⵔⴰⵜⵉⵏ ⵉⵏⵓ ».
