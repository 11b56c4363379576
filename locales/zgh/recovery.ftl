# Tamazight (zgh): Standard Moroccan Tamazight in Tifinagh, IRCAM conventions.
# THIS TRANSLATION NEEDS REVIEW BY A NATIVE SPEAKER before release: it was written from the
# French reference without one. The polite plural (ⴽⵯⵏⵉ, -ⵏⵏⵓⵏ, imperatives in -ⴰⵜ or -ⵎ) addresses
# the user, as the Arabic does. Plurals: one = exactly 1, other = 0 and from 2 on (src/i18n).
recovery-title = ⵜⵜⵓⵖ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ
recovery-identifier = ⵓⵟⵟⵓⵏ ⵏ ⵓⵣⵎⵎⴻⵎ ⵏⵖ ⵓⵟⵟⵓⵏ ⵏ CNIE
    .hint = ⴰⵎⴰⵜⴰⵔ ⵏⵏⵓⵏ ⵏ 9 ⵉⵎⴹⴰⵏⵏ, ⵏⵖ ⵓⵟⵟⵓⵏ ⵏ CNIE ⵏⵏⵓⵏ (ⵙ ⵓⵎⴷⵢⴰ AB123456).
recovery-continue = ⴽⵎⵎⵍ
recovery-channel-title = ⵎⴰⵏⵉ ⴳ ⵔⴰⴷ ⵜⴰⵎⵥⵎ ⵜⴰⵏⴳⴰⵍⵜ ?
recovery-channel-sms = ⵙ SMS ⵖⵔ { $destination }
recovery-channel-email = ⵙ ⵉⵎⴰⵢⵍ ⵖⵔ { $destination }
recovery-code-title = ⵙⴽⵛⵎⴰⵜ ⵜⴰⵏⴳⴰⵍⵜ ⵏⵏⴰ ⵜⵓⵎⵥⵎ
recovery-code-sent = ⵏⵓⵣⵏ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵏ 6 ⵉⵎⴹⴰⵏⵏ ⵖⵔ { $destination }.
recovery-code = ⵜⴰⵏⴳⴰⵍⵜ ⵏ 6 ⵉⵎⴹⴰⵏⵏ
recovery-validate = ⵙⵙⵏⵜⵎ
recovery-resend = ⴰⵍⵙ ⴰⵣⴰⵏ ⵏ ⵜⵏⴳⴰⵍⵜ
recovery-change-channel = ⴰⵎⵥ ⵜⴰⵏⴳⴰⵍⵜ ⵙ ⵢⴰⵜ ⵜⵖⴰⵔⴰⵙⵜ ⵏⵏⵉⴹⵏ
recovery-new-password-title = ⵙⴽⵛⵎⴰⵜ ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵏ ⵓⵣⵔⴰⵢ
recovery-new-password = ⵜⴰⴳⵓⵔⵉ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵏ ⵓⵣⵔⴰⵢ
    .hint = 8 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵎⴰⵏⵉⵙ ⴷⵔⵓⵙⵏ. ⵢⴰⵜ ⵜⴼⵔⴰⵢⵜ ⵉⵙⵀⵍⵏ ⴰⴷ ⵜⵜⵓⵙⵎⵎⵜⵜⵍ ⵜⵖⵓⴷ. ⴰⴳⵓⵢⴰⵜ ⵜⵉⴳⵓⵔⵉⵡⵉⵏ ⵏ ⵓⵣⵔⴰⵢ ⵜⵉⵎⴰⵜⴰⵢⵉⵏ.
recovery-done-title = ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ ⵜⵜⵓⵙⵏⴼⵍ
recovery-done-body = ⵜⵣⵎⵔⵎ ⴷⵖⵉ ⴰⴷ ⵜⴽⵛⵎⵎ ⵙ ⵜⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵏ ⵓⵣⵔⴰⵢ.
recovery-go-sign-in = ⴽⵛⵎ
