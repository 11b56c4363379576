# Tamazight (zgh): Standard Moroccan Tamazight in Tifinagh, IRCAM conventions.
# THIS TRANSLATION NEEDS REVIEW BY A NATIVE SPEAKER before release: it was written from the
# French reference without one. The polite plural (ⴽⵯⵏⵉ, -ⵏⵏⵓⵏ, imperatives in -ⴰⵜ or -ⵎ) addresses
# the user, as the Arabic does. Plurals: one = exactly 1, other = 0 and from 2 on (src/i18n).
# One message per API error code (error-<code>) and per field error (field-error-<code>).
error-validation-failed = ⵍⵍⴰⵏⵜ ⴽⵔⴰ ⵏ ⵜⵉⵏⵖⵎⵉⵙⵉⵏ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵜⵓⵙⵖⵓⴷⵏⵜ.
error-malformed-request = ⴰⵙⵏⵙ ⵢⵓⵣⵏ ⵢⴰⵜ ⵜⵓⵜⵔⵜ ⵓⵔ ⵉⴽⵎⵎⵍⵏ. ⵙⵎⴰⵢⵏⵓⵜ ⴰⵙⵏⵙ, ⵜⵍⵙⵎ ⴰⵔⵎ.
error-payload-too-large = ⵜⵉⵏⵖⵎⵉⵙⵉⵏ ⵉⵜⵜⵓⵣⵏⵏ ⵖⵣⵉⵏⵜ ⴱⵣⵣⴰⴼ. ⵥⵕⴰⵜ ⵉⵙⴳⴰⵏ, ⵜⵍⵙⵎ ⴰⵔⵎ.
error-identity-not-found = ⵓⵔ ⵏⵓⴼⵉ ⵃⵜⵜⴰ ⵢⴰⵏ ⵙ ⵜⵉⵏⵖⵎⵉⵙⵉⵏ ⴰⴷ. ⵥⵕⴰⵜ ⵓⵟⵟⵓⵏ ⴷ ⵉⵙⴰⴽⵓⴷⵏ ⵏ ⵜⴽⴰⵔⴹⴰ ⵏⵏⵓⵏ ⵏ ⵜⵎⴰⴳⵉⵜ.
error-id-document-expired = ⵜⴰⴽⴰⵔⴹⴰ ⵏⵏⵓⵏ ⵏ ⵜⵎⴰⴳⵉⵜ ⵉⵣⵔⵉ ⵡⴰⴽⵓⴷ ⵏⵏⵙ. ⵙⵎⴰⵢⵏⵓⵜ ⵜⵜ, ⵏⵖ ⵙⵎⵔⵙⵜ ⵢⴰⵜ ⵜⴰⵢⵢⴰⴹ ⵉⵍⴰⵏ ⴰⵣⴰⵍ.
error-account-exists = ⵖⵓⵔⵓⵏ ⵢⴰⴷ ⴰⵎⵉⴹⴰⵏ. ⴽⵛⵎⴰⵜ, ⵏⵖ ⵙⵜⵉⵎ « ⵜⵜⵓⵖ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ».
error-transaction-expired = ⵜⵓⵜⵔⵜ ⵏⵏⵓⵏ ⵉⵣⵔⵉ ⵡⴰⴽⵓⴷ ⵏⵏⵙ. ⵙⵏⵜⵎ ⵙⴳ ⵜⵉⵣⵡⵉⵔⵉ.
error-code-invalid = { $remaining ->
    [one] ⵜⴰⵏⴳⴰⵍⵜ ⵜⵣⴳⵍ. ⵉⵇⵇⵉⵎ ⴰⵡⵏ ⵢⴰⵜ ⵜⵉⵔⵎⵉⵜ.
   *[other] ⵜⴰⵏⴳⴰⵍⵜ ⵜⵣⴳⵍ. ⵇⵇⵉⵎⵏⵜ ⴰⵡⵏ { $remaining } ⵜⵉⵔⵎⵉⵜⵉⵏ.
}
error-code-expired = ⵜⴰⵏⴳⴰⵍⵜ ⵉⵣⵔⵉ ⵡⴰⴽⵓⴷ ⵏⵏⵙ. ⵜⵜⵔⴰⵜ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ.
error-too-many-attempts = ⵜⵉⵔⵎⵉⵜⵉⵏ ⴰⵟⵟⴰⵚ. ⴰⵍⵙⴰⵜ ⴰⵔⵎ ⴷⴼⴼⵉⵔ { $minutes } min.
error-resend-too-soon = ⵜⵣⵎⵔⵎ ⴰⴷ ⵜⵜⵔⵎ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ ⴷⴼⴼⵉⵔ { $seconds } s.
error-rate-limited = ⵜⵓⵜⵔⵉⵏ ⴰⵟⵟⴰⵚ. ⴰⵍⵙⴰⵜ ⴰⵔⵎ ⴷⴼⴼⵉⵔ { $minutes } min.
error-invalid-credentials = ⴰⵎⴰⵜⴰⵔ ⵏⵖ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵓⵔ ⵉⵖⵓⴷ.
error-slow-down = ⵜⵉⵔⵎⵉⵜⵉⵏ ⵏ ⵓⴽⵛⴰⵎ ⴰⵟⵟⴰⵚ. ⴰⵍⵙⴰⵜ ⴰⵔⵎ ⴷⴼⴼⵉⵔ { $seconds } s, ⵏⵖ ⵙⵜⵉⵎ « ⵜⵜⵓⵖ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ».
error-password-too-weak = ⵜⴰⴳⵓⵔⵉ ⴰⴷ ⵏ ⵓⵣⵔⴰⵢ ⵓⵔ ⵜⵖⵓⴷ. ⵙⵜⵉⵎ ⵢⴰⵜ ⵏⵏⵉⴹⵏ.
error-password-change-required = ⵙⵜⵉⵎ ⵇⴱⵍ ⴽⵓⵍⵍⵓ ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵏ ⵓⵣⵔⴰⵢ.
error-temporary-password-expired = ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⴽⵓⴷⴰⵏⵜ ⵉⵣⵔⵉ ⵡⴰⴽⵓⴷ ⵏⵏⵙ. ⵙⵜⵉⵎ « ⵜⵜⵓⵖ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ » ⴰⴷ ⵜⵙⵏⵓⵍⴼⵓⵎ ⵢⴰⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ.
error-session-expired = ⵜⵉⵣⵉ ⵏⵏⵓⵏ ⵏ ⵓⴽⵛⴰⵎ ⵜⵣⵔⵉ. ⴰⵍⵙⴰⵜ ⴰⴽⵛⴰⵎ.
error-app-version-unsupported = ⵜⴰⵙⵓⵍⵉⵏⵜ ⴰⴷ ⵏ ⵓⵙⵏⵙ ⵓⵔ ⵜⵜⵓⵙⵎⵔⴰⵙ ⵙ ⵓⵎⵓⵔⵙ. ⵙⵎⴰⵢⵏⵓⵜ ⵜⵜ.
error-not-found = ⵜⴰⵙⵏⴰ ⴰⴷ ⵓⵔ ⵜⵍⵍⵉ.
error-internal = ⵜⴰⵏⴰⴼⵓⵜ ⴷⴰ ⵜⵜⵎⵢⴰⵡⴰⴹ ⴷ ⵢⴰⵏ ⵓⵎⵓⴽⵔⵉⵙ. ⴰⵍⵙⴰⵜ ⴰⵔⵎ ⴷⴼⴼⵉⵔ ⴽⵔⴰ ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ.
error-offline = ⵓⵍⴰ ⴰⵣⴷⴰⵢ ⵙ ⵓⵏⵜⵔⵏⵉⵜ. ⵥⵕⴰⵜ ⴰⵣⴷⴰⵢ ⵏⵏⵓⵏ, ⵜⵍⵙⵎ ⴰⵔⵎ.
error-timeout = ⵜⴰⵏⴰⴼⵓⵜ ⵜⵙⵜⵖⵣⴰⴼ ⴰⴽⵓⴷ ⴰⵟⵟⴰⵚ ⴰⴷ ⵜⵔⴰⵔ. ⴰⵍⵙⴰⵜ ⴰⵔⵎ.
error-server-unavailable = ⵜⴰⵏⴰⴼⵓⵜ ⵓⵔ ⵜⵍⵍⵉ ⴷⵖⵉ. ⴰⵍⵙⴰⵜ ⴰⵔⵎ ⴷⴼⴼⵉⵔ ⴽⵔⴰ ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ.
field-error-required = ⴰⵙⴳⴰ ⴰⴷ ⵉⵇⵇⴰⵏ.
field-error-cnie-format = ⵙⴽⵛⵎⴰⵜ ⵓⵟⵟⵓⵏ ⵏ CNIE : 1 ⵏⵖ 2 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⴷ ⵉⵎⴹⴰⵏⵏ, ⵙ ⵓⵎⴷⵢⴰ AB123456.
field-error-passport-format = ⵙⴽⵛⵎⴰⵜ ⵓⵟⵟⵓⵏ ⵏ ⵓⴱⴰⵙⴱⵓⵔ : 6 ⴰⵔ 12 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⴷ ⵉⵎⴹⴰⵏⵏ.
field-error-residence-card-format = ⵙⴽⵛⵎⴰⵜ ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⴰⵔⴹⴰ ⵏ ⵜⵣⴷⵖⵉⵜ : 1 ⵏⵖ 2 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⴷ 4 ⴰⵔ 10 ⵏ ⵉⵎⴹⴰⵏⵏ.
field-error-account-id-format = ⵙⴽⵛⵎⴰⵜ ⵢⴰⵏ ⵓⵟⵟⵓⵏ ⵏ 9 ⵉⵎⴹⴰⵏⵏ.
field-error-phone-format = ⵙⴽⵛⵎⴰⵜ ⵢⴰⵏ ⵓⵟⵟⵓⵏ ⵏ ⵜⵉⵍⵉⴼⵓⵏ ⴰⵏⵎⵓⵙⵙⵓ ⴰⵎⵖⵔⵉⴱⵉ, ⵙ ⵓⵎⴷⵢⴰ 06 12 34 56 78.
field-error-email-format = ⵙⴽⵛⵎⴰⵜ ⵢⴰⵜ ⵜⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ, ⵙ ⵓⵎⴷⵢⴰ nom@exemple.ma.
field-error-date-invalid = ⵙⴽⵛⵎⴰⵜ ⵢⴰⵏ ⵓⵙⴰⴽⵓⴷ ⵉⵍⴰⵏ, ⵙ ⵓⵎⴷⵢⴰ 17 05 1980.
field-error-date-in-future = ⵉⵇⵇⴰⵏ ⴰⵙⴰⴽⵓⴷ ⴰⴷ ⵉⵍⵉ ⴳ ⵓⵣⵎⵣ ⵉⵣⵔⵉⵏ.
field-error-date-too-old = ⵥⵕⴰⵜ ⴰⵙⴳⴳⵯⴰⵙ.
field-error-date-too-far = ⵥⵕⴰⵜ ⴰⵙⴳⴳⵯⴰⵙ ⵏ ⵓⵙⴰⴽⵓⴷ ⵏ ⵜⵉⴳⴳⵔⴰ.
field-error-document-expired = ⵜⴰⴽⴰⵔⴹⴰ ⵏⵏⵓⵏ ⵏ ⵜⵎⴰⴳⵉⵜ ⵉⵣⵔⵉ ⵡⴰⴽⵓⴷ ⵏⵏⵙ. ⵙⵎⵔⵙⵜ ⵢⴰⵜ ⵉⵍⴰⵏ ⴰⵣⴰⵍ.
field-error-code-format = ⵙⴽⵛⵎⴰⵜ ⵜⴰⵏⴳⴰⵍⵜ ⵏ 6 ⵉⵎⴹⴰⵏⵏ.
field-error-password-too-short = ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵍⵍⵉ ⴳ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ 8 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵎⴰⵏⵉⵙ ⴷⵔⵓⵙⵏ.
field-error-password-too-long = ⵓⵔ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵣⵔⵉ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ 128 ⵏ ⵉⵙⴽⴽⵉⵍⵏ.
field-error-password-common = ⵜⴰⴳⵓⵔⵉ ⴰⴷ ⵏ ⵓⵣⵔⴰⵢ ⵜⴳⴰ ⵜⴰⵎⴰⵜⴰⵢⵜ ⴱⵣⵣⴰⴼ, ⵉⵙⵀⵍ ⴰⴷ ⵜⵜⵓⴼⴰⵍ. ⵙⵜⵉⵎ ⵢⴰⵜ ⵏⵏⵉⴹⵏ.
field-error-password-contains-identifier = ⵓⵔ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵍⵉ ⵓⵎⴰⵜⴰⵔ ⵏⵏⵓⵏ ⴳ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ.
field-error-terms-not-accepted = ⵔⵛⵎⴰⵜ ⵜⴰⵙⵏⴷⵓⵇⵜ ⴰⴷ ⵜⵇⴱⵍⵎ ⵜⵉⵡⵜⵉⵍⵉⵏ ⵜⵉⵎⴰⵜⴰⵢⵉⵏ ⵏ ⵓⵙⵎⵔⵙ.
field-error-required-insured-id = ⵙⴽⵛⵎⴰⵜ ⵓⵟⵟⵓⵏ ⵏ ⵓⵣⵎⵎⴻⵎ ⵏ ⵓⵎⵙⵓⴷⵙ.
field-error-required-document-number = ⵙⴽⵛⵎⴰⵜ ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⴰⵔⴹⴰ ⵏⵏⵓⵏ ⵏ ⵜⵎⴰⴳⵉⵜ.
field-error-required-document-expiry = ⵙⴽⵛⵎⴰⵜ ⴰⵙⴰⴽⵓⴷ ⵏ ⵜⵉⴳⴳⵔⴰ ⵏ ⵜⴽⴰⵔⴹⴰ ⵏⵏⵓⵏ ⵏ ⵜⵎⴰⴳⵉⵜ.
field-error-required-birth-date = ⵙⴽⵛⵎⴰⵜ ⴰⵙⴰⴽⵓⴷ ⵏⵏⵓⵏ ⵏ ⵜⵍⴰⵍⵉⵜ.
field-error-required-phone = ⵙⴽⵛⵎⴰⵜ ⵓⵟⵟⵓⵏ ⵏⵏⵓⵏ ⵏ ⵜⵉⵍⵉⴼⵓⵏ ⴰⵏⵎⵓⵙⵙⵓ.
field-error-required-email = ⵙⴽⵛⵎⴰⵜ ⵜⴰⵏⵙⴰ ⵏⵏⵓⵏ ⵏ ⵉⵎⴰⵢⵍ.
field-error-required-code = ⵙⴽⵛⵎⴰⵜ ⵜⴰⵏⴳⴰⵍⵜ ⵏ 6 ⵉⵎⴹⴰⵏⵏ ⵏⵏⴰ ⵜⵓⵎⵥⵎ.
field-error-required-identifier = ⵙⴽⵛⵎⴰⵜ ⴰⵎⴰⵜⴰⵔ ⵏⵏⵓⵏ.
field-error-required-password = ⵙⴽⵛⵎⴰⵜ ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ.
field-error-required-new-password = ⵙⴽⵛⵎⴰⵜ ⵢⴰⵜ ⵜⴳⵓⵔⵉ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵏ ⵓⵣⵔⴰⵢ.
field-error-required-channel = ⵙⵜⵉⵎ ⴰⵏⵙⴰ ⴳ ⴰⵔ ⵜⵜⴰⵎⵥⵎ ⵜⴰⵏⴳⴰⵍⵜ.
error-idempotency-key-reused = ⵜⵓⵜⵔⵜ ⵏⵏⵓⵏ ⵜⵏⴼⵍ ⵙⴳ ⵓⵣⴰⵏ ⵏⵏⵙ ⴰⵎⵣⵡⴰⵔⵓ. ⵓⵖⵓⵍⴰⵜ ⵖⵔ ⵜⵙⵓⵔⵉⴼⵜ ⵉⵣⵔⵉⵏ, ⵜⵍⵙⵎ ⴰⵔⵎ.
error-request-in-progress = ⵜⵓⵜⵔⵜ ⵏⵏⵓⵏ ⵉⵣⵔⵉⵏ ⴰⵔ ⵜⵜⵓⵙⵎⵔⴰⵙ ⴰⵔ ⴷⵖⵉ. ⵇⵇⵍⴰⵜ ⴽⵔⴰ ⵏ ⵜⵙⵉⵏⵉⵏ, ⵜⵍⵙⵎ ⴰⵔⵎ.
error-service-unavailable = ⵜⴰⵏⴰⴼⵓⵜ ⵓⵔ ⵜⵍⵍⵉ ⴷⵖⵉ. ⴰⵍⵙⴰⵜ ⴰⵔⵎ ⴷⴼⴼⵉⵔ ⴽⵔⴰ ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ.
field-error-rib-format = ⵙⴽⵛⵎⴰⵜ 24 ⵏ ⵉⵎⴹⴰⵏⵏ ⵏ RIB ⵏⵏⵓⵏ, ⵎⴰⵏⵎⴽ ⵍⵍⴰⵏ ⴳ ⵜⵡⵔⵇⵜ ⵏ ⵓⴱⴰⵏⴽ.
field-error-rib-key = RIB ⴰⴷ ⵓⵔ ⵉⵖⵓⴷ : ⵥⵕⴰⵜ 24 ⵏ ⵉⵎⴹⴰⵏⵏ, ⵍⴰ ⵙⵉⵏ ⵉⵎⴳⴳⵓⵔⴰ (ⵜⴰⵙⴰⵔⵓⵜ).
field-error-month-out-of-range = ⵙⵜⵉⵎ ⵢⴰⵏ ⵡⴰⵢⵢⵓⵔ ⵉⵎⵎⵓⵜⵜⵢⵏ, ⵙⴳ ⵜⵉⵣⵡⵉⵔⵉ ⵏ ⵓⴱⵔⵉⴷ ⵏⵏⵓⵏ ⵏ ⵜⵡⵓⵔⵉ.
field-error-month-declared = ⵉⵎⵙⵡⵓⵔⵉ ⴰⴷ ⵉⵙⵙⵓⵜⵔ ⴰⵢⵢⵓⵔ ⴰⴷ: ⵙⵙⵉⴳⵍ ⴰⵢⵢⵓⵔ, ⵏⵖ ⵎⵎⴰⵙⴰⵍ ⴷ ⵜⵙⵏⵓⴱⴳⵉⵜ ⵏⵏⵓⵏ ⵎⴰ ⵉⵍⵍⴰ ⵡⵓⵙⵙⴰⵏ ⵓⵔ ⵉⵙⵖⴰⵍⵏ.
field-error-employer-unknown = ⵙⵜⵉⵎ ⵢⴰⵏ ⵙⴳ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵏⵏⵓⵏ ⴳ ⵜⵍⴳⴰⵎⵜ.
error-not-available = ⵜⴰⵏⴰⴼⵓⵜ ⴰⴷ ⵉ ⵓⵎⵙⵓⴷⵙ ⵖⴰⵙ. ⴽⵛⵎⴰⵜ ⵙ ⵓⵎⵉⴹⴰⵏ ⵏⵏⵙ, ⵏⵖ ⵏⵎⵢⴰⵡⴰⴹⴰⵜ ⴷ CNSS.
error-file-type-refused = ⴰⴼⴰⵢⵍⵓ ⴰⴷ ⵓⵔ ⵉⵜⵜⵓⵇⴱⴰⵍ. ⴰⵣⵏⴰⵜ ⵢⴰⵜ ⵜⵡⵍⴰⴼⵜ (JPEG ⵏⵖ PNG) ⵏⵖ ⵢⴰⵏ PDF.
error-certificate-not-expected = ⵓⵔ ⵉⵜⵜⵓⵔⴰⵔⵓ ⴽⵔⴰ ⵏ ⵓⵙⵏⵜⵎ ⵉ ⵓⵔⴱⴰ ⴰⴷ ⴷⵖⵉ. ⵙⵎⴰⵢⵏⵓⵜ ⵜⴰⵙⵏⴰ ⴰⴷ ⵜⵥⵕⵎ ⵜⴰⵡⴰⵍⵜ ⵏⵏⵙ.
error-report-exists = ⵜⵏⵏⴰⵎ ⵢⴰⴷ ⴰⵢⵢⵓⵔ ⴰⴷ ⵉ ⵓⵎⵙⵡⵓⵔⵉ ⴰⴷ, ⴷ ⵜⴰⵙⵓⵜⵔⴰ ⴰⴷ ⴰⵔ ⵜⵜⵓⵙⵎⵔⴰⵙ. ⴹⴼⵕⴰⵜ ⵜⵜ ⴳ « ⵜⵉⵙⵓⵜⵔⴰ ⵉⵏⵓ ».
error-current-session = ⵜⴰⵍⵍⴰⵍⵜ ⴰⴷ ⴰⵢ ⵜⵙⵎⵔⴰⵙⵎ ⴷⵖⵉ. ⴰⴷ ⵙⴳⵙ ⵜⴼⴼⵖⵎ, ⵙⵜⵉⵎ « ⴼⴼⵖ ».
field-error-confirmation-missing = ⵔⵛⵎⴰⵜ ⵜⴰⵙⵏⴷⵓⵇⵜ ⴰⴷ ⵜⵙⵙⵏⵜⵎⵎ.
field-error-unchanged = ⵡⴰⴷ ⵢⴰⴷ ⴰⵢ ⵉⵍⵍⴰⵏ ⴳ ⵓⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ. ⵙⴽⵛⵎⴰⵜ ⵢⴰⵏ ⴰⵎⴰⵢⵏⵓ.
field-error-device-invalid = ⴰⵙⵏⵙ ⵢⵓⵣⵏ ⴰⴳⵍⴰⵎ ⵏ ⵜⵍⵍⴰⵍⵜ ⵓⵔ ⵉⵖⵓⴷⵏ. ⵙⵎⴰⵢⵏⵓⵜ ⴰⵙⵏⵙ.
field-error-not-applicable = ⴰⵢⴰ ⵓⵔ ⵢⵓⵡⵙ ⵙ ⵜⴰⵏⵙⵉⵡⵜ ⴰ.
field-error-period-reversed = ⵜⴰⵣⵣⵉⵜ ⵜⴼⵓⴽ ⵇⴱⵍ ⴰⴷ ⵜⴱⴷⵓ.
field-error-period-too-long = ⵜⴰⵣⵣⵉⵜ ⵜⵣⵔⵉ 10 ⵉⵙⴳⴳⵯⴰⵙⵏ.
field-error-required-current-password = ⵙⴽⵛⵎⴰⵜ ⵜⴰⴳⵓⵔⵉ ⵏⵏⵓⵏ ⵏ ⵓⵣⵔⴰⵢ ⵏ ⴷⵖⵉ.
field-error-required-destination = ⵙⴽⵛⵎⴰⵜ ⵓⵟⵟⵓⵏ ⴰⵎⴰⵢⵏⵓ ⵏⵖ ⵜⴰⵏⵙⴰ ⵜⴰⵎⴰⵢⵏⵓⵜ.
