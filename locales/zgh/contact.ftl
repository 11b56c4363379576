# Tamazight (zgh): Standard Moroccan Tamazight in Tifinagh, IRCAM conventions.
# THIS TRANSLATION NEEDS REVIEW BY A NATIVE SPEAKER before release: it was written from the
# French reference without one. The polite plural (ⴽⵯⵏⵉ, -ⵏⵏⵓⵏ, imperatives in -ⴰⵜ or -ⵎ) addresses
# the user, as the Arabic does. Plurals: one = exactly 1, other = 0 and from 2 on (src/i18n).
contact-link = ⵉⵍⵍⴰ ⵢⴰⵏ ⵓⵙⵇⵙⵉ ? ⵏⵎⵢⴰⵡⴰⴹ ⴷ CNSS
contact-title = ⵏⵎⵢⴰⵡⴰⴹ ⴷ CNSS
contact-intro = ⵙⵉⵡⵍⴰⵜ ⵉ ⵢⴰⵜ ⵜⵙⵏⵓⵏⵜ ⵏⵖ ⴷⴷⵓⵜ ⵖⵔ ⵖⵉⵏ. ⵃⴹⵓⴹⴰⵜ ⵓⵟⵟⵓⵏ ⵏⵏⵓⵏ ⵏ ⵓⵣⵎⵎⴻⵎ ⴳ ⵓⴼⵓⵙ.
contact-agencies-heading = ⵜⵉⵙⵏⵓⵏⵉⵏ ⵏ CNSS
contact-city = ⵜⴰⵎⴷⵉⵏⵜ
contact-city-all = ⵜⵉⵎⴷⵉⵏⵉⵏ ⴰⴽⴽⵯ
contact-phone = ⵜⵉⵍⵉⴼⵓⵏ :
contact-empty = ⵓⵍⴰ ⵜⴰⵙⵏⵓⵏⵜ ⴳ ⵜⵍⴳⴰⵎⵜ ⴰⵔ ⴷⵖⵉ. ⴰⵍⵙⴰⵜ ⴰⵔⵎ ⴷⴼⴼⵉⵔ.
