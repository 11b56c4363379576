# Tamazight (zgh): Standard Moroccan Tamazight in Tifinagh, IRCAM conventions.
# THIS TRANSLATION NEEDS REVIEW BY A NATIVE SPEAKER before release: it was written from the
# French reference without one. The polite plural (ⴽⵯⵏⵉ, -ⵏⵏⵓⵏ, imperatives in -ⴰⵜ or -ⵎ) addresses
# the user, as the Arabic does. Plurals: one = exactly 1, other = 0 and from 2 on (src/i18n).
welcome-title = ⴰⵏⵙⵓⴼ ⵙ { -brand }
welcome-intro = ⴰⵙⵏⵓⵏ ⵏⵏⵓⵏ ⵓⵙⵍⵉⴳ ⴳ CNSS, ⵉ ⵉⵎⵙⵓⴷⵙⵏ ⴷ ⵉⵎⵥⵍⴰⵢ ⵏ ⵓⵣⵔⴼ.
welcome-create-account = ⵙⵏⵓⵍⴼⵓ ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
welcome-sign-in = ⴽⵛⵎ
welcome-purpose = ⵉⵙⵙⵓⵖⵍⵏ ⵏⵏⵓⵏ, ⵜⵉⵡⵉⵙⵉⵡⵉⵏ ⵏ ⵜⵡⵊⵊⴰ, ⴰⴱⵔⵉⴷ ⵏ ⵜⵡⵓⵔⵉ ⴷ ⵉⵅⵍⵍⵚⵏ, ⴳ ⵢⴰⵏ ⵓⴷⵖⴰⵔ.
welcome-verify = ⵙⵏⵇⴷ ⴰⵙⵍⴽⵉⵏ
