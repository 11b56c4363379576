# Tamazight (zgh): Standard Moroccan Tamazight in Tifinagh, IRCAM conventions.
# THIS TRANSLATION NEEDS REVIEW BY A NATIVE SPEAKER before release: it was written from the
# French reference without one. The polite plural addresses the user, as the Arabic does.
# Plurals: one = exactly 1, other = 0 and from 2 on (src/i18n).
# «Mes attestations» (private space) and «Vérifier une attestation» (public).

## The attestations (form 310-1-34)
attestations-kind-immatriculation = ⴰⵙⵍⴽⵉⵏ ⵏ ⵓⵣⵎⵎⴻⵎ
attestations-kind-salary-declaration = ⴰⵙⵍⴽⵉⵏ ⵏ ⵓⵙⵍⵖⵓ ⵏ ⵜⵖⵔⵉⴷⵉⵏ
attestations-kind-amo-rights = ⴰⵙⵍⴽⵉⵏ ⵏ ⵉⵣⵔⴼⴰⵏ AMO
attestations-kind-family-allowances = ⴰⵙⵍⴽⵉⵏ ⵏ ⵓⵏⴼⴰⵄ ⵏⵖ ⵓⵔ ⴰⵏⴼⴰⵄ ⵙ ⵜⵡⵉⵙⵉⵡⵉⵏ ⵏ ⵜⵡⵊⵊⴰ
attestations-kind-pension = ⴰⵙⵍⴽⵉⵏ ⵏ ⵓⵎⵓⵙⵙⵓ ⵏ ⵜⵏⴰⴳⵎⵓⵜ
attestations-kind-non-immatriculation = ⴰⵙⵍⴽⵉⵏ ⵏ ⵡⴰⵔ ⴰⵣⵎⵎⴻⵎ
attestations-title-family-allowances-receiving = ⴰⵙⵍⴽⵉⵏ ⵏ ⵓⵏⴼⴰⵄ ⵙ ⵜⵡⵉⵙⵉⵡⵉⵏ ⵏ ⵜⵡⵊⵊⴰ
attestations-title-family-allowances-not-receiving = ⴰⵙⵍⴽⵉⵏ ⵏ ⵡⴰⵔ ⴰⵏⴼⴰⵄ ⵙ ⵜⵡⵉⵙⵉⵡⵉⵏ ⵏ ⵜⵡⵊⵊⴰ
attestations-purpose-immatriculation = ⵉⵙⵍⴽⵏ ⵉⵙ ⵜⵣⵎⵎⴻⵎⵎ ⴳ CNSS, ⵙ ⵓⵟⵟⵓⵏ ⵏⵏⵓⵏ.
attestations-purpose-salary-declaration = ⵉⵙⵍⴽⵏ ⵜⵉⵖⵔⵉⴷⵉⵏ ⴷ ⵡⵓⵙⵙⴰⵏ ⵉⵜⵜⵓⵙⵍⵖⵏ ⵙ ⵢⵉⵙⵎ ⵏⵏⵓⵏ ⴳ ⵜⵣⵉ ⵏⵏⴰ ⵜⵙⵜⴰⵢⵎ.
attestations-purpose-amo-rights = ⵉⵙⵍⴽⵏ ⵉⵣⵔⴼⴰⵏ ⵏ AMO ⵏ ⵓⵎⵙⵓⴷⵙ ⵏⵖ ⵏ ⵢⴰⵏ ⵓⵎⵥⵍⴰⵢ ⵏ ⵓⵣⵔⴼ.
attestations-purpose-family-allowances = ⵉⵙⵍⴽⵏ ⵎⴰ ⵜⵜⴰⵎⵥⵎ ⵜⵉⵡⵉⵙⵉⵡⵉⵏ ⵏ ⵜⵡⵊⵊⴰ ⴳ ⵡⴰⵢⵢⵓⵔ ⴰⴷ ⵏⵖ ⵓⵔ ⵜⵜⴰⵎⵥⵎ.
attestations-purpose-pension = ⵉⵙⵍⴽⵏ ⵜⴰⵏⴰⴳⵎⵓⵜ ⵏⵏⴰ ⴰⵡⵏ ⵜⵜⴰⴽⴰ CNSS.
attestations-purpose-non-immatriculation = ⵉⵙⵍⴽⵏ ⵉⵙ ⵓⵔ ⵖⵓⵔ ⵢⴰⵏ ⵓⴼⵔⴷ ⴰⵟⵟⵓⵏ ⵏ ⵓⵣⵎⵎⴻⵎ ⴳ CNSS.
attestations-unavailable-insured-only = ⵉ ⵓⵎⵙⵓⴷⵙ ⵖⴰⵙ : ⵉⵜⵜⵓⵙⵓⵜⵔ ⵙⴳ ⵓⵎⵉⴹⴰⵏ ⵏⵏⵙ.
attestations-unavailable-no-pension = ⵓⵔ ⵜⵜⴰⵎⵥⵎ ⵜⴰⵏⴰⴳⵎⵓⵜ ⵙⴳ CNSS.
attestations-unavailable-no-declarations = ⵓⵔ ⵢⴰⴷ ⵜⵜⵓⵙⵍⵖⴰ ⵃⵜⵜⴰ ⵢⴰⵜ ⵜⵖⵔⵉⴷⵜ ⵙ ⵢⵉⵙⵎ ⵏⵏⵓⵏ : ⵓⵔ ⵜⵍⵍⵉ ⵜⵣⵉ ⴰⴷ ⵜⵜⵓⵙⵍⴽⵏ.
attestations-unavailable-public-only = ⵉⵜⵜⵓⴼⴽⴰ ⴳ ⵜⵙⵏⵉⵎⴰⵍ ⵏ CNSS : ⵉⵅⵚⵚⴰ ⵢⴰⵏ ⵓⴼⵔⴷ ⵓⵔ ⵖⵓⵔⵙ ⴰⵟⵟⵓⵏ ⵏ ⵓⵣⵎⵎⴻⵎ, ⵓⵔ ⵖⵓⵔⵙ ⴰⵎⵉⴹⴰⵏ.
attestations-find-agency = ⴰⴼ ⵜⴰⵙⵏⵉⵎⴰⵍⵜ ⵏ CNSS
attestations-relation-insured = ⴰⵎⵙⵓⴷⵙ
attestations-relation-spouse = ⴰⵎⴰⴷⴷⵓⴷ
attestations-relation-child = ⴰⵔⴱⴰ

## What a document states
attestations-holder = ⴰⵏⵎⵍⴽ
attestations-immatriculation = ⴰⵟⵟⵓⵏ ⵏ ⵓⵣⵎⵎⴻⵎ
attestations-masked-id = ⵜⴰⴼⵍⵜ ⵏ ⵜⵎⴰⴳⵉⵜ (ⵉⵜⵜⵓⴼⴼⵔⵏ)
attestations-attests = ⵎⴰⴷ ⵉⵙⵍⴽⵏ
attestations-issued-on = ⵉⵜⵜⵓⴼⴽⴰ ⴳ
attestations-reference = ⴰⵙⵏⵓⵎⵍ
attestations-facts-immatriculation = ⵉⵣⵎⵎⴻⵎ ⴳ CNSS.
attestations-facts-immatriculation-since = ⵉⵣⵎⵎⴻⵎ ⴳ CNSS ⵙⴳ { $date }.
attestations-facts-salary-declaration = ⵙⴳ { $from } ⴰⵔ { $to } : { $months ->
    [one] 1 ⵡⴰⵢⵢⵓⵔ ⵉⵜⵜⵓⵙⵍⵖⵏ
   *[other] { $months } ⵉⵢⵢⵉⵔⵏ ⵉⵜⵜⵓⵙⵍⵖⵏ
}, { $days ->
    [one] 1 ⵡⴰⵙⵙ
   *[other] { $days } ⵡⵓⵙⵙⴰⵏ
}, { $salary } ⵏ ⵜⵖⵔⵉⴷⵜ ⵉⵜⵜⵓⵙⵍⵖⵏ.
attestations-facts-amo-open-until = ⵉⵣⵔⴼⴰⵏ AMO ⵏ { $name } ({ $relation }) : ⵕⵥⵎⵏ ⴰⵔ { $date }.
attestations-facts-amo-open = ⵉⵣⵔⴼⴰⵏ AMO ⵏ { $name } ({ $relation }) : ⵕⵥⵎⵏ.
attestations-facts-amo-closed = ⵉⵣⵔⴼⴰⵏ AMO ⵏ { $name } ({ $relation }) : ⵇⵇⵏⵏ.
attestations-facts-family-receiving = ⵉⵜⵜⴰⵎⵥ ⵜⵉⵡⵉⵙⵉⵡⵉⵏ ⵏ ⵜⵡⵊⵊⴰ ⵅⴼ { $count ->
    [one] 1 ⵓⵔⴱⴰ
   *[other] { $count } ⵉⵔⴱⴰⵜⵏ
} : { $amount } ⴳ ⵡⴰⵢⵢⵓⵔ.
attestations-facts-family-not-receiving = ⵓⵔ ⵉⵜⵜⴰⵎⵥ ⵜⵉⵡⵉⵙⵉⵡⵉⵏ ⵏ ⵜⵡⵊⵊⴰ ⴳ ⵡⴰⵢⵢⵓⵔ ⴰⴷ.
attestations-facts-pension = ⵉⵜⵜⴰⵎⵥ ⵜⴰⵏⴰⴳⵎⵓⵜ ⵏ { $amount } ⴳ ⵡⴰⵢⵢⵓⵔ ⵙⴳ { $date }.

## «Mes attestations»
attestations-title = ⵉⵙⵍⴽⵉⵏⵏ ⵉⵏⵓ
attestations-intro = ⵙⴽⵔⴰⵜ ⴰⵙⵍⴽⵉⵏ ⵉⵜⵜⵓⵙⵎⴰⵜⵏ ⵙⴳ CNSS, ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ ⴷ ⵜⵄⵔⴰⴱⵜ. ⴽⵓ ⵢⴰⵏ ⵉⵣⵎⵔ ⴰⴷ ⵉⵙⵏⵇⴷ ⵜⵉⴷⵜ ⵏⵏⵙ, ⵖⴰⵙ ⴱⵍⴰ ⴰⵥⵟⵟⴰ.
attestations-offers-heading = ⵙⵓⵜⵔ ⴰⵙⵍⴽⵉⵏ
attestations-ask = ⵙⵓⵜⵔ
attestations-issued-heading = ⵉⵙⵍⴽⵉⵏⵏ ⵉⵜⵜⵓⴼⴽⴰⵏ
attestations-issued-none = ⵓⵔ ⵢⴰⴷ ⵉⵜⵜⵓⴼⴽⴰ ⵃⵜⵜⴰ ⵢⴰⵏ ⵓⵙⵍⴽⵉⵏ.
attestations-issued-line = ⵉⵜⵜⵓⴼⴽⴰ ⴳ { $date } · ⴰⵙⵏⵓⵎⵍ { $reference }
attestations-verify-link = ⵙⵏⵇⴷ ⴰⵙⵍⴽⵉⵏ
attestations-back-list = ⴰⵖⵓⵍ ⵖⵔ ⵉⵙⵍⴽⵉⵏⵏ ⵉⵏⵓ
attestations-choose-first = ⵙⵜⴰⵢⴰⵜ ⵜⵉⵣⵡⴰⵔ ⴰⵙⵍⴽⵉⵏ ⴳ ⵜⵍⴳⴰⵎⵜ.

## The form
attestations-period = ⵜⴰⵣⵉ
attestations-period-hint = ⵉⵢⵢⵉⵔⵏ ⵉⵜⵜⵓⵙⵍⵖⵏ ⵙ ⵢⵉⵙⵎ ⵏⵏⵓⵏ ⵙⴳ { $from } ⴰⵔ { $to }. 10 ⵉⵙⴳⴳⵯⴰⵙⵏ ⵖⴰⵙ.
attestations-period-from = ⴰⵢⵢⵓⵔ ⴰⵎⵣⵡⴰⵔⵓ
attestations-period-to = ⴰⵢⵢⵓⵔ ⴰⵎⴳⴳⴰⵔⵓ
attestations-month-format = ⵜⴰⵍⵖⴰ : AAAA-MM, ⵙ ⵓⵎⴷⵢⴰ 2026-01
attestations-period-outside = ⵙⵜⴰⵢⴰⵜ ⵉⵢⵢⵉⵔⵏ ⴳⵔ { $from } ⴷ { $to } : ⴰⴷ ⴰⵢ ⴷ ⵉⵢⵢⵉⵔⵏ ⵉⵜⵜⵓⵙⵍⵖⵏ ⵙ ⵢⵉⵙⵎ ⵏⵏⵓⵏ.
attestations-beneficiary = ⵉ ⵎⴰⵏⵉ ?
attestations-beneficiary-choose = ⵙⵜⴰⵢⴰⵜ ⵢⴰⵏ ⵓⴼⵔⴷ
attestations-beneficiary-option = { $name } ({ $relation })
attestations-generate = ⵙⴽⵔ
attestations-generating = ⴰⵙⴽⴰⵔ ⵏ ⵓⵙⵍⴽⵉⵏ ⵏⵏⵓⵏ…
attestations-generated = ⴰⵙⵍⴽⵉⵏ ⵏⵏⵓⵏ ⵉⵡⵊⴷ.

## The document
attestations-document-title = ⴰⵙⵍⴽⵉⵏ
attestations-not-found = ⴰⵙⵍⴽⵉⵏ ⴰⴷ ⵓⵔ ⵉⵍⵍⵉ ⴳⵔ ⵡⵉⵏⵏⴰ ⴰⵡⵏ ⵉⵜⵜⵓⴼⴽⴰⵏ.
attestations-download-pdf = ⴰⴳⵎ PDF
attestations-share-pdf = ⴱⴹⵓ PDF
attestations-pdf-size = PDF, { $size } KB
attestations-saving = ⴰⵙⵡⵊⴷ ⵏ PDF…
attestations-saved-in = PDF ⵉⵜⵜⵓⵃⴹⴰ ⴳ :
attestations-downloaded = PDF ⵉⵜⵜⵓⴳⵎ : { $name }
attestations-shared = PDF ⵉⵜⵜⵓⴼⴽⴰ ⵉ ⵓⴱⴹⵓ ⵏ ⵜⵉⵍⵉⴼⵓⵏ ⵏⵏⵓⵏ.
attestations-not-saved = ⵓⵔ ⵉⵣⵎⵉⵔ PDF ⴰⴷ ⵉⵜⵜⵓⵃⴹⵓ ⴳ ⵜⵉⵍⵍⵉ ⴰⴷ. ⴰⵍⵙⴰⵜ ⴰⵔⵎ ; ⵎⴽ ⵉⵜⵜⴰⵍⵙ, ⵙⵍⵓⵍⵓⵜ ⴽⵔⴰ ⵏ ⵓⴷⵖⴰⵔ.
attestations-code-heading = ⴰⵙⵏⵇⴷ
attestations-code-intro = ⵜⴰⵏⴳⵍⴰ QR ⵏ PDF ⵜⵟⵟⴰⴼ ⴰⵙⵖⵏ ⴰⴷ. ⴽⵓ ⵢⴰⵏ ⵉⵣⵎⵔ ⴰⴷ ⵜ ⵉⵕⵥⵎ, ⵏⵖ ⴰⴷ ⵜ ⵉⵙⴽⵙⵓ ⴳ « ⵙⵏⵇⴷ ⴰⵙⵍⴽⵉⵏ » ⵏ ⵓⵙⵏⵙ, ⴰⴷ ⵉⵙⵏⵇⴷ ⵜⵉⴷⵜ ⵏⵏⵙ.

## «Vérifier une attestation»
verify-title = ⵙⵏⵇⴷ ⴰⵙⵍⴽⵉⵏ
verify-intro = ⵙⴽⵙⵓⵜ ⴰⵙⵖⵏ ⵉⵜⵜⵓⵖⵔⴰⵏ ⴳ ⵜⵏⴳⵍⴰ QR ⵏ ⵓⵙⵍⴽⵉⵏ, ⵏⵖ ⵜⴰⵏⴳⵍⴰ ⵏⵏⵙ (ⵜⵙⵙⵏⵜⴰ ⵙ MC1.). ⴰⵙⵏⵇⴷ ⵉⵜⵜⵉⵍⵉ ⴳ ⵜⵉⵍⵍⵉ ⴰⴷ, ⵖⴰⵙ ⴱⵍⴰ ⴰⵥⵟⵟⴰ.
verify-code-label = ⴰⵙⵖⵏ ⵏⵖ ⵜⴰⵏⴳⵍⴰ ⵏ ⵓⵙⵍⴽⵉⵏ
verify-code-hint = ⵙ ⵓⵎⴷⵢⴰ : https://…/v/…#MC1.…
verify-required = ⵙⴽⵙⵓⵜ ⴰⵙⵖⵏ ⵏⵖ ⵜⴰⵏⴳⵍⴰ ⵏ ⵓⵙⵍⴽⵉⵏ.
verify-submit = ⵙⵏⵇⴷ
verify-valid = ⴰⵙⵍⴽⵉⵏ ⵏ ⵜⵉⴷⵜ : ⵉⵜⵜⵓⵙⵎⴰⵜⵏ ⵙⴳ CNSS.
verify-revocation = ⵉⵣⵎⵔ ⵓⵙⵍⴽⵉⵏ ⴰⴷ ⵉⵜⵜⵓⴽⴽⵙ ⴷⴼⴼⵉⵔ ⵏ ⵓⴼⴽⴰ ⵏⵏⵙ : ⵖⴰⵙ ⵜⴰⵙⵏⴰ ⵏ ⵓⵙⵏⵇⴷ ⵏ CNSS ⴳ ⵓⵥⵟⵟⴰ ⴰⵢ ⵜ ⵉⵏⵏⴰⵏ.
verify-online-link = ⵙⵏⵇⴷ ⴰⴽⴽⵯⵙ ⴳ ⵓⵥⵟⵟⴰ
verify-invalid = ⴰⵙⵍⴽⵉⵏ ⴰⴷ ⵓⵔ ⵉⴳⵉ ⵏ ⵜⵉⴷⵜ
verify-malformed = ⵓⵔ ⵜⴳⵉ ⵜⴰⴷ ⵜⴰⵏⴳⵍⴰ ⵏ ⵓⵙⵍⴽⵉⵏ, ⵏⵖ ⵓⵔ ⵜⴽⵎⵎⵍ. ⵙⵏⵖⵍⴰⵜ ⴰⵙⵖⵏ ⵏⵖ ⵜⴰⵏⴳⵍⴰ ⴰⴽⴽⵯ.
verify-unknown-key = ⵓⵔ ⵉⵜⵜⵓⵙⵎⴰⵜⵏ ⵙ ⵜⵙⴰⵔⵓⵜ ⵏ CNSS. ⵓⵔ ⵜⵜⴽⵍⴰⵜ ⵅⴼⵙ.
verify-bad-signature = ⴰⵙⵎⴰⵜⵏ ⵏⵏⵙ ⵓⵔ ⵉⵎⵙⴰⵙⴰ ⴷ ⵜⵓⵎⴰⵢⵜ ⵏⵏⵙ : ⵉⵜⵜⵓⵙⵏⴼⵍ ⵏⵖ ⵉⵜⵜⵓⵙⵎⵙⵍ. ⵓⵔ ⵜⵜⴽⵍⴰⵜ ⵅⴼⵙ.
verify-other-document = ⵜⴰⵏⴳⵍⴰ ⴰⴷ ⵜⵅⵚⵚⴰ ⵢⴰⵏ ⵓⵙⵍⴽⵉⵏ ⵏⵏⵉⴹⵏ, ⵓⵔ ⴷ ⵡⵉⵏ ⵓⵙⵖⵏ.
verify-no-keys = ⵎⴰⵔ ⴰⴷ ⵜⵙⵏⵇⴷⵎ ⴱⵍⴰ ⴰⵥⵟⵟⴰ, ⵉⵇⵇⴰⵏ ⵓⵙⵏⵙ ⴰⴷ ⵉⴰⵎⵥ ⵜⵉⵣⵡⴰⵔ, ⵢⴰⵜ ⵜⵉⴽⴽⴰⵍⵜ, ⵜⵉⵙⵓⵔⴰ ⵜⵉⴳⴷⵓⴷⴰⵏⵉⵏ ⵏ CNSS.
verify-offline-note = ⵜⵉⵙⵓⵔⴰ ⵜⵉⴳⴷⵓⴷⴰⵏⵉⵏ ⵏ CNSS ⵜⵜⵓⵃⴹⴰⵏⵜ ⴳ ⵜⵉⵍⵍⵉ ⴰⴷ ⴷⴼⴼⵉⵔ ⵏ ⵓⵙⵏⵇⴷ ⴰⵎⵣⵡⴰⵔⵓ.
