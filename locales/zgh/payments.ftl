# Tamazight (zgh): Standard Moroccan Tamazight in Tifinagh, IRCAM conventions.
# THIS TRANSLATION NEEDS REVIEW BY A NATIVE SPEAKER before release: it was written from the
# French reference without one. The polite plural (ⴽⵯⵏⵉ, -ⵏⵏⵓⵏ, imperatives in -ⴰⵜ or -ⵎ) addresses
# the user, as the Arabic does. Plurals: one = exactly 1, other = 0 and from 2 on (src/i18n).
# «Mes paiements», and changing the bank account.
payments-title = ⵉⵅⵍⵍⵚⵏ ⵉⵏⵓ
payments-contact = ⵏⵎⵢⴰⵡⴰⴹ ⴷ CNSS
payments-dependant = ⵉⵅⵍⵍⵚⵏ ⵏ CNSS ⵜⵜⵓⵙⵙⴽⵛⵎⵏ ⵉ ⵓⵎⵙⵓⴷⵙ : ⴱⴰⵢⵏⵉⵏ ⴳ ⵓⵙⵏⵓⵏ ⵏⵏⵙ.
payments-pension-heading = ⵜⴰⵏⴰⴳⵎⵓⵜ ⵉⵏⵓ
payments-pension-monthly = ⴰⵙⵎⵓⵏ ⵏ ⵡⴰⵢⵢⵓⵔ
payments-pension-since = ⵜⵜⵓⵅⵍⵍⵚ ⵙⴳ
payments-proof-label = ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵓⴷⵔⵜ
payments-proof-valid = ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵓⴷⵔⵜ ⵉⵍⴰ ⴰⵣⴰⵍ ⴰⵔ { $date }
payments-proof-due = ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵓⴷⵔⵜ ⴰⴷ ⵉⵜⵜⵓⵡⵛ ⵇⴱⵍ { $date }
payments-proof-overdue = ⴰⵙⵖⵉⵡⵙ ⵏ ⵜⵓⴷⵔⵜ ⵉⵜⵜⵀⵍⵍⵍ : ⵜⴰⵏⴰⴳⵎⵓⵜ ⵏⵏⵓⵏ ⵜⵜⵓⵃⴱⵙ ⴰⵔ ⴷ ⵉⵜⵜⵓⵎⵥ
payments-proof-how = ⵔⵎⵙⴰⵜ ⴰⵙⵖⵉⵡⵙ ⵏⵏⵓⵏ ⵏ ⵜⵓⴷⵔⵜ ⴳ ⵜⵙⵏⵓⵏⵜ ⵏⵏⵓⵏ CNSS. ⵎⴽ ⵓⵔ ⵜⵙⵙⵏⵎ ⵎⴰⵏ ⴰⴷⵍⵉⵙ, ⵏⵎⵢⴰⵡⴰⴹⴰⵜ ⴷ CNSS.
payments-bank-heading = ⴰⵎⵉⴹⴰⵏ ⵏ ⵓⴱⴰⵏⴽ ⵏ ⵓⵅⵍⵍⵚ
payments-bank-masked = { $bank }, ⴰⵎⵉⴹⴰⵏ ⵉⵜⵜⵎⵎⴰⴷⴰⵏ ⵙ { $last_digits }
payments-bank-since = ⵙⴳ { $date }
payments-bank-none = ⵓⵔ ⵉⵜⵜⵓⵙⵍⵖ ⵃⵜⵜⴰ ⵢⴰⵏ ⵓⵎⵉⴹⴰⵏ ⵏ ⵓⴱⴰⵏⴽ : CNSS ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⴰⵡⵏ ⵜⵙⵙⴽⵛⵎ ⵉⵅⵍⵍⵚⵏ ⵏⵏⵓⵏ ⵙ ⵓⵙⵎⵓⵜⵜⵢ.
payments-bank-change = ⵙⵏⴼⵍ ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ ⵏ ⵓⴱⴰⵏⴽ
payments-bank-add = ⵙⵍⵖ ⵢⴰⵏ ⵓⵎⵉⴹⴰⵏ ⵏ ⵓⴱⴰⵏⴽ
payments-list-heading = ⵉⵅⵍⵍⵚⵏ ⵉⵜⵜⵓⵎⵥⵏ
payments-none = ⵓⵍⴰ ⴰⵅⵍⵍⵚ ⴰⵔ ⴷⵖⵉ.
payments-kind-amo-reimbursement = ⴰⵙⵙⵓⵖⵍ AMO
payments-kind-family-allowance = ⵜⵉⵡⵉⵙⵉⵡⵉⵏ ⵏ ⵜⵡⵊⵊⴰ
payments-kind-daily-allowance = ⵜⵉⵡⵉⵙⵉⵡⵉⵏ ⵏ ⵡⴰⵙⵙ
payments-kind-pension = ⵜⴰⵏⴰⴳⵎⵓⵜ
payments-paid-on = ⵉⵜⵜⵓⵅⵍⵍⵚ ⴳ { $date }
payments-claim-label = ⴰⵙⴷⵍⵉⵙ ⵡⵜⵜ
payments-empty = ⵓⵍⴰ ⴰⵅⵍⵍⵚ ⴰⵔ ⴷⵖⵉ
payments-empty-how = ⵉⵙⵙⵓⵖⵍⵏ, ⵜⵉⵡⵉⵙⵉⵡⵉⵏ ⴷ ⵜⵏⴰⴳⵎⵓⵜⵉⵏ ⵏⵏⴰ ⵜⵙⵙⴽⵛⴰⵎ CNSS ⴰⴷ ⴷ ⴱⴰⵢⵏⵏ ⵖⵉⴷ. ⴰⴷ ⵜⵏ ⵜⴰⵎⵥⵎ ⵙ ⵓⵙⵎⵓⵜⵜⵢ, ⵙⵍⵖⴰⵜ ⴰⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ ⵏ ⵓⴱⴰⵏⴽ.
payments-bank-title = ⵙⵏⴼⵍ ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ ⵏ ⵓⴱⴰⵏⴽ
payments-bank-back = ⴰⵖⵓⵍ ⵖⵔ ⵉⵅⵍⵍⵚⵏ ⵉⵏⵓ
payments-bank-password-intro = ⵉ ⵜⵖⵓⴷⵉ ⵏⵏⵓⵏ, ⵙⵙⵏⵜⵎⴰⵜ ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ. ⴷⴼⴼⵉⵔ ⴰⴷ ⴰⵡⵏ ⵏⴰⵣⵏ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵙ SMS.
payments-bank-password = ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ
payments-bank-continue = ⴽⵎⵎⵍ
payments-bank-code-sent = ⵜⴰⵏⴳⴰⵍⵜ ⵜⵜⵓⵣⵏ ⵖⵔ { $destination }
payments-bank-code = ⵜⴰⵏⴳⴰⵍⵜ ⵏⵏⴰ ⵜⵓⵎⵥⵎ ⵙ SMS
payments-bank-rib = RIB ⴰⵎⴰⵢⵏⵓ
    .hint = 24 ⵉⵎⴹⴰⵏⵏ, ⵎⴰⵏⵎⴽ ⵍⵍⴰⵏ ⴳ RIB ⵏⵏⵓⵏ
payments-bank-submit = ⵙⵏⴼⵍ ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
payments-bank-restart = ⵙⵏⵜⵎ ⵙⴳ ⵜⵉⵣⵡⵉⵔⵉ
payments-bank-done-title = ⴰⵎⵉⴹⴰⵏ ⵏ ⵓⴱⴰⵏⴽ ⵉⵜⵜⵓⵙⵏⴼⵍ
payments-bank-done = ⴰⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ ⵏ ⵓⴱⴰⵏⴽ ⵉⵜⵜⵓⵙⵏⴼⵍ : { $account }. ⵢⴰⵜ ⵜⵓⵣⵉⵏⵜ ⵏ ⵓⵙⵏⵜⵎ ⵜⵜⵓⵣⵏ ⴰⵡⵏ.
