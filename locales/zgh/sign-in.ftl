# Tamazight (zgh): Standard Moroccan Tamazight in Tifinagh, IRCAM conventions.
# THIS TRANSLATION NEEDS REVIEW BY A NATIVE SPEAKER before release: it was written from the
# French reference without one. The polite plural (ⴽⵯⵏⵉ, -ⵏⵏⵓⵏ, imperatives in -ⴰⵜ or -ⵎ) addresses
# the user, as the Arabic does. Plurals: one = exactly 1, other = 0 and from 2 on (src/i18n).
sign-in-title = ⴽⵛⵎ
sign-in-identifier = ⴰⵎⴰⵜⴰⵔ
    .hint = 9 ⵉⵎⴹⴰⵏⵏ ⵏⵏⴰ ⵜⵓⵎⵥⵎ ⵙ SMS : ⵓⵟⵟⵓⵏ ⵏⵏⵓⵏ ⵏ ⵓⵣⵎⵎⴻⵎ ⵎⴽ ⵜⴳⴰⵎ ⴰⵎⵙⵓⴷⵙ.
sign-in-password = ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ
sign-in-show-password = ⵙⵎⴰⵍ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ
sign-in-hide-password = ⴼⴼⵔ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ
sign-in-submit = ⴽⵛⵎ
sign-in-forgot = ⵜⵜⵓⵖ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ
sign-in-session-expired = ⵜⵉⵣⵉ ⵏⵏⵓⵏ ⵏ ⵓⴽⵛⴰⵎ ⵜⵣⵔⵉ. ⴰⵍⵙⴰⵜ ⴰⴽⵛⴰⵎ.
sign-in-wait = ⵜⵣⵎⵔⵎ ⴰⴷ ⵜⵍⵙⵎ ⴰⵔⵎ ⴷⴼⴼⵉⵔ { $seconds } s.
change-password-title = ⵙⵜⵉⵎ ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ
change-password-intro = ⵜⴽⵛⵎⵎ ⵙ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⴽⵓⴷⴰⵏⵜ ⵏⵏⴰ ⵜⵓⵎⵥⵎ ⵙ SMS. ⵙⵜⵉⵎ ⴷⵖⵉ ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ.
change-password-new = ⵜⴰⴳⵓⵔⵉ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵏ ⵓⵣⵔⴰⵢ
    .hint = 8 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵎⴰⵏⵉⵙ ⴷⵔⵓⵙⵏ. ⵢⴰⵜ ⵜⴼⵔⴰⵢⵜ ⵉⵙⵀⵍⵏ ⴰⴷ ⵜⵜⵓⵙⵎⵎⵜⵜⵍ ⵜⵖⵓⴷ. ⴰⴳⵓⵢⴰⵜ ⵜⵉⴳⵓⵔⵉⵡⵉⵏ ⵏ ⵓⵣⵔⴰⵢ ⵜⵉⵎⴰⵜⴰⵢⵉⵏ.
change-password-submit = ⵙⵙⵏⵜⵎ
space-title = ⴰⵙⵏⵓⵏ ⵉⵏⵓ
space-greeting = ⴰⵣⵓⵍ { $name }
space-profile-heading = ⵉⵙⴼⴽⴰ ⵉⵏⵓ
space-identifier-label = ⴰⵎⴰⵜⴰⵔ
space-kind-label = ⴰⵏⴰⵡ ⵏ ⵓⵎⵉⴹⴰⵏ
space-kind-insured = ⴰⵎⵙⵓⴷⵙ
space-kind-dependant = ⴰⵎⵥⵍⴰⵢ ⵏ ⵓⵣⵔⴼ
space-insured-label = ⵓⵟⵟⵓⵏ ⵏ ⵓⵎⵙⵓⴷⵙ
space-fetched-at = ⵉⵜⵜⵓⵙⵎⴰⵢⵏⵓ ⴳ { $time }
space-refresh = ⵙⵎⴰⵢⵏⵓ
space-sign-out = ⴼⴼⵖ
terms-title = ⵜⵉⵡⵜⵉⵍⵉⵏ ⵜⵉⵎⴰⵜⴰⵢⵉⵏ ⵏ ⵓⵙⵎⵔⵙ
terms-version = ⵜⴰⵙⵓⵍⵉⵏⵜ { $version }
update-title = ⵙⵎⴰⵢⵏⵓⵜ ⴰⵙⵏⵙ
update-body = ⵜⴰⵙⵓⵍⵉⵏⵜ ⴰⴷ ⵏ { -brand } ⵓⵔ ⵜⵜⵓⵙⵎⵔⴰⵙ ⵙ ⵓⵎⵓⵔⵙ. ⵙⵔⵙⴰⵜ ⵜⴰⵙⵓⵍⵉⵏⵜ ⵜⴰⵎⴳⴳⴰⵔⵓⵜ ⵙⴳ Google Play ⵏⵖ App Store.
sign-in-pin-locked-out = ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵓⵙⵏⵙ ⵜⵣⴳⵍ 5 ⵏ ⵜⵉⴽⴽⴰⵍ. ⴽⵛⵎⴰⵜ ⵙ ⵜⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ ; ⴷⴼⴼⵉⵔ ⵙ ⵜⵣⵎⵔⵎ ⴰⴷ ⵜⵙⵜⵉⵎ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ.
sign-in-lost-phone = ⵓⵔ ⵙⵓⵍ ⵖⵓⵔⵉ ⴰⴽⵛⴰⵎ ⵖⵔ ⵓⵟⵟⵓⵏ ⵉⵏⵓ
