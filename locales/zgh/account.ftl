# Tamazight (zgh): Standard Moroccan Tamazight in Tifinagh, IRCAM conventions.
# THIS TRANSLATION NEEDS REVIEW BY A NATIVE SPEAKER before release: it was written from the
# French reference without one. The polite plural (ⴽⵯⵏⵉ, -ⵏⵏⵓⵏ, imperatives in -ⴰⵜ or -ⵎ) addresses
# the user, as the Arabic does. Plurals: one = exactly 1, other = 0 and from 2 on (src/i18n).
# «Mon compte»: the online account itself (contact details, password, devices, lock, deletion),
# the lock screen, the lost phone and the deleted account. New terms to review: ⵜⴰⵍⵍⴰⵍⵜ /
# ⵜⵉⵍⵍⴰⵍ (device), ⴰⵇⵇⵏ / ⵕⵥⵎ (lock / unlock), ⴱⵕⵕⴰ ⵏ ⵓⴳⴷⵉⵍ (in the background), ⴰⵙⵍⴽⵉⵎ
# (computer), ⴰⵎⵙⵉⴳⵍ (browser), ⵜⴰⵎⴰⵜⵔⵜ ⵏ ⵓⴹⴰⴹ (fingerprint), ⵓⴷⵎ (face), ⵖⴼ ⵓⵥⵟⵟⴰ (online).
account-title = ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
account-back = ⴰⵖⵓⵍ ⵖⵔ ⵓⵎⵉⴹⴰⵏ ⵉⵏⵓ
account-back-space = ⴰⵖⵓⵍ ⵖⵔ ⵓⵙⵏⵓⵏ ⵉⵏⵓ
account-continue = ⴽⵎⵎⵍ
account-date-time = ⴳ { $date }, ⴳ { $time }
account-contact-heading = ⵉⵙⵏⵎⵢⴰⵡⴰⴹⵏ ⵉⵏⵓ
account-phone = ⵜⵉⵍⵉⴼⵓⵏ ⴰⵏⵎⵓⵙⵙⵓ
account-email = ⵜⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ
account-contact-change = ⵙⵏⴼⵍ ⵉⵙⵏⵎⵢⴰⵡⴰⴹⵏ ⵉⵏⵓ
account-password-title = ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ
account-password-line = ⵙⵏⴼⵍ ⵜⴰⴳⵓⵔⵉ ⵉⵏⵓ ⵏ ⵓⵣⵔⴰⵢ
account-devices-title = ⵜⵉⵍⵍⴰⵍ ⵉⵏⵓ
account-devices-line = { $count ->
    [0] ⵜⴽⵛⵎⵎ ⴳ ⵜⵍⵍⴰⵍⵜ ⴰⴷ ⵖⴰⵙ
    [one] ⵜⴽⵛⵎⵎ ⴰⵡⴷ ⴳ 1 ⵜⵍⵍⴰⵍⵜ ⵏⵏⵉⴹⵏ
   *[other] ⵜⴽⵛⵎⵎ ⴰⵡⴷ ⴳ { $count } ⵜⵉⵍⵍⴰⵍ ⵏⵏⵉⴹⵏ
}
account-lock-title = ⴰⵇⵇⵏ ⵏ ⵓⵙⵏⵙ
account-lock-on = ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵓⵙⵏⵙ ⵜⵜⵓⵙⵎⵔⴰⵙ
account-lock-off = ⵃⴹⵓⴹⴰⵜ ⴰⵙⵏⵙ ⵙ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ
account-delete-title = ⴽⴽⵙ ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
account-delete-line = ⴽⴽⵙ ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ ⵖⴼ ⵓⵥⵟⵟⴰ
account-platform-android = Android
account-platform-ios = iPhone ⵏⵖ iPad
account-platform-web = ⴰⵎⵙⵉⴳⵍ Web
account-platform-desktop = ⴰⵙⵍⴽⵉⵎ
account-platform-unknown = ⵜⴰⵍⵍⴰⵍⵜ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏⵏ
account-step-up-intro = ⴰⴷ ⵜⵃⴹⵓⵎ ⴰⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ, ⵙⵙⵏⵜⵎⴰⵜ ⵇⴱⵍ ⴽⵓⵍⵍⵓ ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ.
account-step-up-password = ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ ⵏ ⴷⵖⵉ
account-contact-title = ⵙⵏⴼⵍ ⵉⵙⵏⵎⵢⴰⵡⴰⴹⵏ ⵉⵏⵓ
account-contact-done-title = ⵉⵙⵏⵎⵢⴰⵡⴰⴹⵏ ⵜⵜⵓⵙⵏⴼⵍⵏ
account-contact-which = ⵎⴰⴷ ⵜⵔⴰⵎ ⴰⴷ ⵜⵙⵏⴼⵍⵎ ?
account-contact-which-phone = ⵓⵟⵟⵓⵏ ⵉⵏⵓ ⵏ ⵜⵉⵍⵉⴼⵓⵏ ⴰⵏⵎⵓⵙⵙⵓ
account-contact-which-email = ⵜⴰⵏⵙⴰ ⵉⵏⵓ ⵏ ⵉⵎⴰⵢⵍ
account-contact-current = ⴷⵖⵉ : { $value }
account-contact-new-phone = ⵓⵟⵟⵓⵏ ⴰⵎⴰⵢⵏⵓ ⵏ ⵜⵉⵍⵉⴼⵓⵏ ⴰⵏⵎⵓⵙⵙⵓ
    .hint = ⵢⴰⵏ ⵓⵟⵟⵓⵏ ⴰⵎⵖⵔⵉⴱⵉ, ⵙ ⵓⵎⴷⵢⴰ 06 12 34 56 78. ⵜⴰⵏⴳⴰⵍⵜ ⴰⴷ ⵖⵔⵙ ⵜⵜⵓⵣⵏ ⵙ SMS.
account-contact-new-email = ⵜⴰⵏⵙⴰ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵏ ⵉⵎⴰⵢⵍ
account-contact-send-code = ⴰⵎⵥ ⵜⴰⵏⴳⴰⵍⵜ
account-contact-code-sent = ⵏⵓⵣⵏ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵏ 6 ⵉⵎⴹⴰⵏⵏ ⵖⵔ { $destination }. ⵓⵔ ⵔⴰⴷ ⵉⵜⵜⵓⵙⵏⴼⵍ ⴽⵔⴰ ⴰⵔ ⴷ ⵜⵜ ⵜⵙⴽⵛⵎⵎ.
account-contact-code = ⵜⴰⵏⴳⴰⵍⵜ ⵏⵏⴰ ⵜⵓⵎⵥⵎ
account-contact-confirm = ⵙⵙⵏⵜⵎ
account-contact-resend = ⴰⵎⵥ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ
account-contact-resend-in = ⵜⵣⵎⵔⵎ ⴰⴷ ⵜⵜⵔⵎ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ ⴷⴼⴼⵉⵔ { $seconds } s.
account-contact-fix = ⵙⵖⵓⴷ ⵓⵟⵟⵓⵏ ⵏⵖ ⵜⴰⵏⵙⴰ
account-contact-done-phone = ⵓⵟⵟⵓⵏ ⵏⵏⵓⵏ ⵏ ⵜⵉⵍⵉⴼⵓⵏ ⴰⵏⵎⵓⵙⵙⵓ ⵉⵜⵜⵓⵙⵏⴼⵍ. ⵜⵉⵏⴳⴰⵍⵉⵏ ⵏ ⴷⴼⴼⵉⵔ ⴰⴷ ⵖⵔⵙ ⵜⵜⵓⵣⵏⵏⵜ. ⵓⵟⵟⵓⵏ ⵏⵏⵓⵏ ⴰⵇⴱⵓⵔ ⵢⵓⵎⵥ ⵢⴰⵜ ⵜⵓⵣⵉⵏⵜ ⵏ ⵓⵙⵏⵖⵎⵙ.
account-contact-done-email = ⵜⴰⵏⵙⴰ ⵏⵏⵓⵏ ⵏ ⵉⵎⴰⵢⵍ ⵜⵜⵓⵙⵏⴼⵍ. ⵜⴰⵏⵙⴰ ⵏⵏⵓⵏ ⵜⴰⵇⴱⵓⵔⵜ ⵜⵓⵎⵥ ⵢⴰⵜ ⵜⵓⵣⵉⵏⵜ ⵏ ⵓⵙⵏⵖⵎⵙ.
account-password-done-title = ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⵜⵓⵙⵏⴼⵍ
account-password-intro = ⴰⴷ ⵜⴼⴼⵖⵎ ⵙⴳ ⵜⵉⵍⵍⴰⵍ ⵏⵏⵓⵏ ⵢⴰⴹⵏ ⴰⴽⴽⵯ. ⴰⴷ ⵜⵇⵇⵉⵎⵎ ⵜⴽⵛⵎⵎ ⴳ ⵜⵍⵍⴰⵍⵜ ⴰⴷ.
account-password-current = ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵏ ⴷⵖⵉ
account-password-new = ⵜⴰⴳⵓⵔⵉ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵏ ⵓⵣⵔⴰⵢ
    .hint = 8 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵎⴰⵏⵉⵙ ⴷⵔⵓⵙⵏ. ⵢⴰⵜ ⵜⴼⵔⴰⵢⵜ ⵉⵙⵀⵍⵏ ⴰⴷ ⵜⵜⵓⵙⵎⵎⵜⵜⵍ ⵜⵖⵓⴷ. ⴰⴳⵓⵢⴰⵜ ⵜⵉⴳⵓⵔⵉⵡⵉⵏ ⵏ ⵓⵣⵔⴰⵢ ⵜⵉⵎⴰⵜⴰⵢⵉⵏ ⴷ ⵓⵎⴰⵜⴰⵔ ⵏⵏⵓⵏ.
account-password-submit = ⵙⵏⴼⵍ ⵜⴰⴳⵓⵔⵉ ⵉⵏⵓ ⵏ ⵓⵣⵔⴰⵢ
account-password-done = ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ ⵜⵜⵓⵙⵏⴼⵍ. ⵜⴼⴼⵖⵎ ⵙⴳ ⵜⵉⵍⵍⴰⵍ ⵏⵏⵓⵏ ⵢⴰⴹⵏ, ⵢⴰⵜ ⵜⵓⵣⵉⵏⵜ ⵜⵜⵓⵣⵏ ⴰⵡⵏ.
account-devices-intro = ⴰⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ ⵉⵕⵥⵎ ⴳ ⵜⵉⵍⵍⴰⵍ ⴰⴷ. ⵎⴽ ⵓⵔ ⵜⵙⵙⵏⵎ ⵢⴰⵜ ⴳⵉⵙⵏⵜ, ⵙⵙⵓⴼⵖⴰⵜ ⵜⵜ, ⴷⴼⴼⵉⵔ ⵙ ⵙⵏⴼⵍⴰⵜ ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ.
account-devices-unnamed = ⵜⴰⵍⵍⴰⵍⵜ ⵡⴰⵔ ⵉⵙⵎ
account-devices-this-one = ⵜⴰⵍⵍⴰⵍⵜ ⴰⴷ
account-devices-version = ⵜⴰⵙⵓⵍⵉⵏⵜ { $version }
account-devices-signed-in = ⴰⴽⵛⴰⵎ { $when }
account-devices-last-used = ⴰⵙⵎⵔⵙ ⴰⵎⴳⴳⴰⵔⵓ { $when }
account-devices-revoke = ⵙⵙⵓⴼⵖ ⵜⴰⵍⵍⴰⵍⵜ ⴰⴷ
account-devices-revoke-others = ⵙⵙⵓⴼⵖ ⵜⵉⵍⵍⴰⵍ ⵢⴰⴹⵏ ⴰⴽⴽⵯ
account-devices-unknown = ⵜⵉⵙⵔⴰⴳⵉⵏ ⵓⵔ ⵖⵓⴷⵏⵜ ⵙ ⵜⵉⴷⵜ. ⵓⵔ ⵏⵣⵎⵎⴻⵎ ⵜⴰⵏⵙⴰ ⵏⵏⵓⵏ ⵓⵍⴰ ⴰⴷⵖⴰⵔ ⵏⵏⵓⵏ.
account-delete-what = ⴰⴽⴽⵓⵙ ⵏ ⵓⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ ⵖⴼ ⵓⵥⵟⵟⴰ ⵓⵔ ⵉⴽⴽⵙ ⴰⵙⴷⵍⵉⵙ ⵏⵏⵓⵏ ⴳ CNSS.
account-delete-gone = ⴰⴷ ⵜⵜⵓⴽⴽⵙⵏ ⵓⵎⴰⵜⴰⵔ ⵏⵏⵓⵏ, ⵜⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ, ⵉⵙⵏⵎⵢⴰⵡⴰⴹⵏ ⵏⵏⵓⵏ ⴷ ⵜⵉⵍⵍⴰⵍ ⵏⵏⵓⵏ ⴳ ⵜⴽⵛⵎⵎ.
account-delete-kept = ⵉⵣⵔⴼⴰⵏ ⵏⵏⵓⵏ, ⵉⵙⵍⵖⵓⵜⵏ ⵏⵏⵓⵏ, ⵉⵙⴷⵍⵉⵙⵏ ⵏⵏⵓⵏ ⴷ ⵉⴷⵍⵉⵙⵏ ⵏⵏⴰ ⵜⵓⵣⵏⵎ ⵇⵇⵉⵎⵏ ⵖⵓⵔ CNSS.
account-delete-again = ⵜⵣⵎⵔⵎ ⴰⴷ ⵜⵙⵏⵓⵍⴼⵓⵎ ⵢⴰⵏ ⵓⵎⵉⴹⴰⵏ ⴰⵎⴰⵢⵏⵓ ⴷⴼⴼⵉⵔ.
account-delete-confirm = ⵙⵙⵏⵖ ⵉⵙ ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ ⵖⴼ ⵓⵥⵟⵟⴰ ⴰⴷ ⵉⵜⵜⵓⴽⴽⵙ, ⵓⵔ ⵔⴰⴷ ⴷ ⵢⵓⵖⵓⵍ.
account-delete-submit = ⴽⴽⵙ ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
account-deleted-title = ⴰⵎⵉⴹⴰⵏ ⵉⵜⵜⵓⴽⴽⵙ
account-deleted = ⴰⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ ⵖⴼ ⵓⵥⵟⵟⴰ ⵉⵜⵜⵓⴽⴽⵙ. ⵢⴰⵜ ⵜⵓⵣⵉⵏⵜ ⵏ ⵓⵙⵏⵜⵎ ⵜⵜⵓⵣⵏ ⴰⵡⵏ. ⴰⵙⴷⵍⵉⵙ ⵏⵏⵓⵏ ⴳ CNSS ⵓⵔ ⵉⵜⵜⵓⵙⵏⴼⵍ.
account-deleted-home = ⴰⵖⵓⵍ ⵖⵔ ⵜⵙⵏⴰ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ
lock-intro = ⵙⵜⵉⵎ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵏ 6 ⵉⵎⴹⴰⵏⵏ ⴰⴷ ⵜⵕⵥⵎⵎ ⴰⵙⵏⵙ ⵡⴰⵔ ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ. ⴰⵙⵏⵙ ⴷⴰ ⵉⵜⵜⵓⵇⵇⴰⵏ ⵎⴽ ⵉⵇⵇⵉⵎ ⴱⵕⵕⴰ ⵏ ⵓⴳⴷⵉⵍ.
lock-is-on = ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵓⵙⵏⵙ ⵜⵜⵓⵙⵎⵔⴰⵙ.
lock-pin = ⵜⴰⵏⴳⴰⵍⵜ ⵏ 6 ⵉⵎⴹⴰⵏⵏ
    .hint = ⴰⴳⵓⵢⴰⵜ 123456, 000000 ⴷ ⵓⵙⴰⴽⵓⴷ ⵏⵏⵓⵏ ⵏ ⵜⵍⴰⵍⵉⵜ.
lock-pin-confirm = ⵙⴽⵛⵎⴰⵜ ⵜⴰⵏⴳⴰⵍⵜ ⵜⵉⴽⴽⵍⵜ ⵜⵉⵙⵙ ⵙⵏⴰⵜ
lock-pin-format = ⵙⴽⵛⵎⴰⵜ 6 ⵉⵎⴹⴰⵏⵏ.
lock-pin-too-simple = ⵜⴰⵏⴳⴰⵍⵜ ⴰⴷ ⵉⵙⵀⵍ ⴰⴷ ⵜⵜⵓⴼⴰⵍ ⴱⵣⵣⴰⴼ. ⵙⵜⵉⵎ ⵢⴰⵜ ⵏⵏⵉⴹⵏ.
lock-pin-mismatch = ⵙⵏⴰⵜ ⵜⵉⵏⴳⴰⵍⵉⵏ ⵓⵔ ⵎⵙⴰⵙⴰⵏⵜ.
lock-auto-legend = ⵇⵇⵏ ⴰⵙⵏⵙ ⴷⴼⴼⵉⵔ
lock-auto-immediately = ⵖⵉⵍⵍⵉⴳ ⵉⴼⴼⵖ ⵙⴳ ⵓⴳⴷⵉⵍ
lock-auto-1 = 1 ⵜⵓⵙⴷⵉⴷⵜ ⴱⵕⵕⴰ ⵏ ⵓⴳⴷⵉⵍ
lock-auto-5 = 5 ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ ⴱⵕⵕⴰ ⵏ ⵓⴳⴷⵉⵍ
lock-auto-15 = 15 ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ ⴱⵕⵕⴰ ⵏ ⵓⴳⴷⵉⵍ
lock-cold-start = ⵜⴰⵏⴳⴰⵍⵜ ⵜⵜⵓⵜⵜⵔ ⴰⵡⴷ ⴽⵓ ⵜⵉⴽⴽⵍⵜ ⵏⵏⴰ ⴳ ⵜⵕⵥⵎⵎ ⴰⵙⵏⵙ.
lock-biometric = ⵕⵥⵎ ⴰⵡⴷ ⵙ ⵜⵎⴰⵜⵔⵜ ⵏ ⵓⴹⴰⴹ ⵏⵖ ⵙ ⵓⴷⵎ
lock-enable = ⵙⵎⵔⵙ ⵜⴰⵏⴳⴰⵍⵜ
lock-save = ⵣⵎⵎⴻⵎ
lock-disable = ⵙⴱⴷⴷ ⵜⴰⵏⴳⴰⵍⵜ
lock-setup-failed = ⵜⴰⵏⴳⴰⵍⵜ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵜⵓⵣⵎⵎⴻⵎ ⴳ ⵜⵍⵍⴰⵍⵜ ⴰⴷ. ⴰⵍⵙⴰⵜ ⴰⵔⵎ.
unlock-title = ⵕⵥⵎ { -brand }
unlock-who = ⴰⵎⵉⴹⴰⵏ { $id }
unlock-pin = ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵓⵙⵏⵙ
unlock-tries = { $left ->
    [one] ⵜⵉⵔⵎⵉⵜ ⵜⴰⵎⴳⴳⴰⵔⵓⵜ ⵇⴱⵍ ⴰⴷ ⵜⴰⵍⵙⵎ ⴰⴽⵛⴰⵎ ⵙ ⵜⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ.
   *[other] { $left } ⵜⵉⵔⵎⵉⵜⵉⵏ ⵙⴳ { $max } ⵇⴱⵍ ⴰⴷ ⵜⴰⵍⵙⵎ ⴰⴽⵛⴰⵎ ⵙ ⵜⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ.
}
unlock-submit = ⵕⵥⵎ
unlock-wrong-pin = { $left ->
    [one] ⵜⴰⵏⴳⴰⵍⵜ ⵜⵣⴳⵍ. ⵉⵇⵇⵉⵎ ⴰⵡⵏ ⵢⴰⵜ ⵜⵉⵔⵎⵉⵜ.
   *[other] ⵜⴰⵏⴳⴰⵍⵜ ⵜⵣⴳⵍ. ⵇⵇⵉⵎⵏⵜ ⴰⵡⵏ { $left } ⵜⵉⵔⵎⵉⵜⵉⵏ.
}
unlock-biometric = ⵙⵎⵔⵙ ⵜⴰⵎⴰⵜⵔⵜ ⵏ ⵓⴹⴰⴹ ⵏⵖ ⵓⴷⵎ
unlock-biometric-refused = ⵜⴰⵎⴰⵜⵔⵜ ⵏ ⵓⴹⴰⴹ ⵏⵖ ⵓⴷⵎ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏ. ⵙⴽⵛⵎⴰⵜ ⵜⴰⵏⴳⴰⵍⵜ ⵏⵏⵓⵏ.
unlock-biometric-reason = ⵕⵥⵎ MaCNSS
unlock-unreachable = ⵜⴰⵏⴳⴰⵍⵜ ⵜⵖⵓⴷ, ⵎⴰⵛⴰ ⵜⴰⵏⴰⴼⵓⵜ ⵓⵔ ⵜⵔⴰⵔ. ⵥⵕⴰⵜ ⴰⵣⴷⴰⵢ ⵏⵏⵓⵏ, ⴷⴼⴼⵉⵔ ⵙ ⵙⵜⵉⵎ « ⵕⵥⵎ ».
unlock-forgot = ⵜⵜⵓⵎ ⵜⴰⵏⴳⴰⵍⵜ ? ⴽⵛⵎ ⵙ ⵜⴳⵓⵔⵉ ⵉⵏⵓ ⵏ ⵓⵣⵔⴰⵢ
lost-phone-title = ⵓⵔ ⵙⵓⵍ ⵖⵓⵔⵉ ⴰⴽⵛⴰⵎ ⵖⵔ ⵓⵟⵟⵓⵏ ⵉⵏⵓ
lost-phone-intro = ⵜⵉⵍⵉⴼⵓⵏ ⵏⵏⵓⵏ ⵉⵖⴱⴰ ⵏⵖ ⵓⵟⵟⵓⵏ ⵏⵏⵓⵏ ⵉⵏⴼⵍ ? ⵎⵇⵇⴰⵔ ⴰⴽⴽⵏ, ⵜⵣⵎⵔⵎ ⴰⴷ ⵜⵓⵖⵓⵍⵎ ⵖⵔ ⵓⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ.
lost-phone-email-heading = ⵙ ⵉⵎⴰⵢⵍ
lost-phone-email = ⵙⵜⵉⵎ « ⵜⵜⵓⵖ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ », ⴷⴼⴼⵉⵔ ⵙ « ⵙ ⵉⵎⴰⵢⵍ » : ⴰⴷ ⵜⵜⵓⵣⵏ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵖⵔ ⵜⵏⵙⴰ ⵏ ⵓⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ. ⵎⴽ ⵜⴽⵛⵎⵎ, ⵙⵏⴼⵍⴰⵜ ⵓⵟⵟⵓⵏ ⵏⵏⵓⵏ ⴳ « ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ ».
lost-phone-email-action = ⴰⵎⵥ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵙ ⵉⵎⴰⵢⵍ
lost-phone-agency-heading = ⴳ ⵜⵙⵏⵓⵏⵜ
lost-phone-agency = ⵎⴽ ⵓⵔ ⵙⵓⵍ ⵖⵓⵔⵓⵏ ⴰⴽⵛⴰⵎ ⵖⵔ ⵓⵟⵟⵓⵏ ⵏⵏⵓⵏ ⵓⵍⴰ ⵖⵔ ⵉⵎⴰⵢⵍ ⵏⵏⵓⵏ, ⵜⵣⵎⵔ ⵢⴰⵜ ⵜⵙⵏⵓⵏⵜ ⵏ CNSS ⴰⴷ ⵜⵙⵎⴰⵢⵏⵓ ⵉⵙⵏⵎⵢⴰⵡⴰⴹⵏ ⵏⵏⵓⵏ. ⴰⵡⵉⵎ ⴷ ⵉⴷⵉⵡⵏ :
lost-phone-bring-id = CNIE ⵏⵏⵓⵏ (ⵏⵖ ⴰⴱⴰⵙⴱⵓⵔ ⵏⵏⵓⵏ ⵏⵖ ⵜⴰⴽⴰⵔⴹⴰ ⵏⵏⵓⵏ ⵏ ⵜⵣⴷⵖⵉⵜ) ⵉⵍⴰⵏ ⴰⵣⴰⵍ ;
lost-phone-bring-number = ⵓⵟⵟⵓⵏ ⵏⵏⵓⵏ ⵏ ⵓⵣⵎⵎⴻⵎ ⴳ CNSS ⵎⴽ ⵉⵍⵍⴰ ⵖⵓⵔⵓⵏ ;
lost-phone-bring-phone = ⵓⵟⵟⵓⵏ ⴰⵎⴰⵢⵏⵓ ⵏ ⵜⵉⵍⵉⴼⵓⵏ ⴰⵏⵎⵓⵙⵙⵓ ⴰⴷ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ.
lost-phone-agencies = ⴰⴼ ⵢⴰⵜ ⵜⵙⵏⵓⵏⵜ
lost-phone-back = ⴰⵖⵓⵍ ⵖⵔ ⵓⴽⵛⴰⵎ
lock-not-offered = ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵓⵙⵏⵙ ⵍⵍⴰⵏⵜ ⴳ ⵓⵙⵏⵙ ⵏ Android, iPhone ⴷ ⵓⵙⵍⴽⵉⵎ. ⴳ ⵓⵎⵙⵉⴳⵍ, ⵜⴰⵖⵉⵎⵉⵜ ⵏⵏⵓⵏ ⴷⴰ ⵜⵜⴽⵎⵎⴰⵍ ⵎⴽ ⵜⵇⵇⵏⵎ ⵜⴰⵙⵏⵉⵍⵜ: ⴳ ⵓⵙⵍⴽⵉⵎ ⵉⵜⵜⵓⵙⵎⵔⴰⵙⵏ ⵙ ⵎⴰⵟⵟⴰⴼ, ⵙⵜⵉⵎ « ⴼⴼⵖ » ⵎⴽ ⵜⴼⴼⵖⵎ.
unlock-biometric-waiting = ⵙⵔⵙ ⴰⴹⴰⴹ ⵏⵏⴽ ⵏⵖ ⵥⵕ ⵖⵔ ⵓⴳⴷⵉⵍ, ⵏⵖ ⴰⵔⵓ ⵜⴰⵏⴳⴰⵍⵜ ⵏⵏⴽ.
