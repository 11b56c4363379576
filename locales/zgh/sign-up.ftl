# Tamazight (zgh): Standard Moroccan Tamazight in Tifinagh, IRCAM conventions.
# THIS TRANSLATION NEEDS REVIEW BY A NATIVE SPEAKER before release: it was written from the
# French reference without one. The polite plural (ⴽⵯⵏⵉ, -ⵏⵏⵓⵏ, imperatives in -ⴰⵜ or -ⵎ) addresses
# the user, as the Arabic does. Plurals: one = exactly 1, other = 0 and from 2 on (src/i18n).
sign-up-kind-title = ⴽⵯⵏⵉ ⴷ
sign-up-kind-insured = ⴰⵎⵙⵓⴷⵙ
sign-up-kind-insured-hint = ⴰⵏⴰⴳⵔⴰⵡ ⴰⵎⴰⵜⴰⵢ, ⴰⵎⵙⵡⵓⵔⵉ ⵓⵔ ⵉⵜⵜⵓⵅⵍⵍⵚⵏ ⵏⵖ AMO TADAMON
sign-up-kind-dependant = ⴰⵎⵥⵍⴰⵢ ⵏ ⵓⵣⵔⴼ
sign-up-kind-dependant-hint = ⴰⵎⵢⴰⵡⴰⵍ ⵏⵖ ⴰⵔⴱⴰ ⵏ ⵢⴰⵏ ⵓⵎⵙⵓⴷⵙ
sign-up-identity-title = ⵜⴰⵎⴰⴳⵉⵜ ⵏⵏⵓⵏ
sign-up-insured-id = ⵓⵟⵟⵓⵏ ⵏ ⵓⵣⵎⵎⴻⵎ ⵏ ⵓⵎⵙⵓⴷⵙ
    .hint = 9 ⵉⵎⴹⴰⵏⵏ, ⴳ ⵜⴽⴰⵔⴹⴰ CNSS ⵏ ⵓⵎⵙⵓⴷⵙ.
sign-up-document-kind = ⵜⴰⴽⴰⵔⴹⴰ ⵏⵏⵓⵏ ⵏ ⵜⵎⴰⴳⵉⵜ
sign-up-document-cnie = CNIE
sign-up-document-passport = ⴰⴱⴰⵙⴱⵓⵔ
sign-up-document-residence-card = ⵜⴰⴽⴰⵔⴹⴰ ⵏ ⵜⵣⴷⵖⵉⵜ
sign-up-document-number = ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⴰⵔⴹⴰ ⵏ ⵜⵎⴰⴳⵉⵜ
    .hint = ⵙ ⵓⵎⴷⵢⴰ AB123456 ⵉ CNIE.
sign-up-expiry = ⴰⵙⴰⴽⵓⴷ ⵏ ⵜⵉⴳⴳⵔⴰ ⵏ ⵜⴽⴰⵔⴹⴰ
    .hint = ⵙ ⵓⵎⴷⵢⴰ 27 3 2031
sign-up-birth = ⴰⵙⴰⴽⵓⴷ ⵏ ⵜⵍⴰⵍⵉⵜ
    .hint = ⵙ ⵓⵎⴷⵢⴰ 17 5 1980
date-day = ⴰⵙⵙ
date-month = ⴰⵢⵢⵓⵔ
date-year = ⴰⵙⴳⴳⵯⴰⵙ
sign-up-next = ⵖⵔ ⴷⴰⵜ
sign-up-contact-title = ⵉⵙⵏⵎⵢⴰⵡⴰⴹⵏ ⵏⵏⵓⵏ
sign-up-phone = ⵓⵟⵟⵓⵏ ⵏ ⵜⵉⵍⵉⴼⵓⵏ ⴰⵏⵎⵓⵙⵙⵓ
    .hint = ⵖⵉⵏ ⴰⵔ ⴰⵡⵏ ⵏⵣⵣⵏ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵏ ⵓⵙⵏⵜⵎ, ⴷⴼⴼⵉⵔ ⵙ ⵉⵎⴰⵜⴰⵔⵏ ⵏⵏⵓⵏ.
sign-up-email = ⵜⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ
    .hint = ⴰⴷ ⵜⴰⵎⵥⵎ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵎⴽ ⵜⵜⵓⵎ ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ.
sign-up-terms = ⵖⵔⵉⵖ ⵜⵉⵡⵜⵉⵍⵉⵏ ⵜⵉⵎⴰⵜⴰⵢⵉⵏ ⵏ ⵓⵙⵎⵔⵙ, ⵇⴱⵍⵖ ⵜⵏⵜ
sign-up-terms-read = ⵖⵔ ⵜⵉⵡⵜⵉⵍⵉⵏ ⵜⵉⵎⴰⵜⴰⵢⵉⵏ ⵏ ⵓⵙⵎⵔⵙ
sign-up-cndp = ⵙ ⵓⵏⵎⵙⴰⵙⴰ ⴷ ⵓⵙⵏⴼⵍⵓⵍ 09-08, CNSS ⴷⴰ ⵜⵙⵎⵔⴰⵙ ⵉⵙⴼⴽⴰ ⴰⴷ ⴰⴷ ⵜⵙⵏⵓⵍⴼⵓ ⴰⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ ⵜⵎⵢⴰⵡⴰⴹ ⴷⵉⴷⵓⵏ. ⵖⵓⵔⵓⵏ ⴰⵣⵔⴼ ⵏ ⵓⴽⵛⴰⵎ, ⵏ ⵓⵙⵖⵓⴷⵓ ⴷ ⵓⴳⵓⵢ ⵖⵓⵔ CNSS.
sign-up-validate = ⵙⵙⵏⵜⵎ
sign-up-code-title = ⵙⴽⵛⵎⴰⵜ ⵜⴰⵏⴳⴰⵍⵜ ⵏⵏⴰ ⵜⵓⵎⵥⵎ ⵙ SMS
sign-up-code-sent = ⵏⵓⵣⵏ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵏ 6 ⵉⵎⴹⴰⵏⵏ ⵖⵔ { $destination }.
sign-up-code = ⵜⴰⵏⴳⴰⵍⵜ ⵏ 6 ⵉⵎⴹⴰⵏⵏ
sign-up-resend = ⴰⵍⵙ ⴰⵣⴰⵏ ⵏ ⵜⵏⴳⴰⵍⵜ
sign-up-resend-wait = ⵜⵣⵎⵔⵎ ⴰⴷ ⵜⵜⵔⵎ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ ⴷⴼⴼⵉⵔ { $seconds } s.
sign-up-change-number = ⵙⵏⴼⵍ ⵓⵟⵟⵓⵏ
sign-up-done-title = ⴰⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ ⵉⵜⵜⵓⵙⵏⵓⵍⴼⴰ
sign-up-done-body = ⴰⴷ ⵜⴰⵎⵥⵎ ⵙ SMS ⴳ { $destination } ⵉⵎⴰⵜⴰⵔⵏ ⵏⵏⵓⵏ ⵏ ⵓⴽⵛⴰⵎ : ⴰⵎⴰⵜⴰⵔ ⵏⵏⵓⵏ ⴷ ⵢⴰⵜ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⴽⵓⴷⴰⵏⵜ, ⵉⵍⴰⵏ ⴰⵣⴰⵍ { $hours } ⵏ ⵜⵙⵔⴰⴳⵉⵏ, ⵏⵏⴰ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵜⵓⵙⵏⴼⵍ ⴳ ⵓⴽⵛⴰⵎ ⴰⵎⵣⵡⴰⵔⵓ.
sign-up-start = ⵏⴱⴷⵓ
sign-up-no-sms = ⵓⵔ ⵓⵎⵥⵖ SMS
sign-up-account-exists-sign-in = ⴽⵛⵎ
sign-up-account-exists-recover = ⵜⵜⵓⵖ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ
