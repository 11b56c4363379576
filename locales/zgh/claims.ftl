# Tamazight (zgh): Standard Moroccan Tamazight in Tifinagh, IRCAM conventions.
# THIS TRANSLATION NEEDS REVIEW BY A NATIVE SPEAKER before release: it was written from the
# French reference without one. The polite plural (ⴽⵯⵏⵉ, -ⵏⵏⵓⵏ, imperatives in -ⴰⵜ or -ⵎ) addresses
# the user, as the Arabic does. Plurals: one = exactly 1, other = 0 and from 2 on (src/i18n).
# «Mes remboursements» (AMO claims) and what every record screen of the space shares.
claims-title = ⵉⵙⵙⵓⵖⵍⵏ ⵉⵏⵓ
claims-back-space = ⴰⵖⵓⵍ ⵖⵔ ⵓⵙⵏⵓⵏ ⵉⵏⵓ
claims-footer-label = ⵜⵉⵙⵏⴰ ⵏⵏⵉⴹⵏⵉⵏ
claims-contact = ⵏⵎⵢⴰⵡⴰⴹ ⴷ CNSS
claims-filters-heading = ⵙⵜⵉ ⵉⵙⴷⵍⵉⵙⵏ
claims-filter-state = ⴰⴷⴷⴰⴷ ⵏ ⵓⵙⴷⵍⵉⵙ
claims-filter-all-states = ⴰⴽⴽⵯ
claims-filter-beneficiary = ⴰⵎⵏⴰⴼⴰⵄ
claims-filter-all-beneficiaries = ⴰⴽⴽⵯ
claims-beneficiary-you = ⴽⵯⵏⵉ
claims-count = { $count ->
        [0] ⵓⵍⴰ ⴰⵙⴷⵍⵉⵙ ⵉⴱⴰⵢⵏ
        [one] { $count } ⵓⵙⴷⵍⵉⵙ ⵉⴱⴰⵢⵏ
       *[other] { $count } ⵉⵙⴷⵍⵉⵙⵏ ⴱⴰⵢⵏⵉⵏ
    }
claims-list-heading = ⵉⵙⴷⵍⵉⵙⵏ ⵏⵏⵓⵏ
claims-no-match = ⵓⵔ ⵉⵎⵙⴰⵙⴰ ⵃⵜⵜⴰ ⵢⴰⵏ ⵓⵙⴷⵍⵉⵙ ⴷ ⵜⵉⵙⵜⵉⵡⵉⵏ ⴰⴷ.
claims-clear-filters = ⴽⴽⵙ ⵜⵉⵙⵜⵉⵡⵉⵏ
claims-empty = ⵓⵔ ⵖⵓⵔⵓⵏ ⵃⵜⵜⴰ ⵢⴰⵏ ⵓⵙⴷⵍⵉⵙ ⵏ ⵓⵙⵙⵓⵖⵍ
claims-empty-how = ⴰⴷ ⵜⵜⵓⵙⵙⵓⵖⵍⵎ, ⵙⵙⴽⵛⵎⴰⵜ ⵜⴰⵡⵔⵇⵜ ⵏ ⵓⵙⵏⵓⴼⴰ ⵖⵔ ⵓⵏⵙⵙⵏⴰⴼ ⵏⵏⵓⵏ ⴰⴷ ⵜⵜ ⵉⵙⵎⵔ ⵉⵙⵙⴽⵔ ⵜⵜ, ⵜⴰⵔⵎ ⵜⵜ ⴳ ⵜⵙⵏⵓⵏⵜ ⵏⵏⵓⵏ CNSS ⴷ ⵜⵓⵔⵔⴰ ⴷ ⵜⴼⴰⴽⵜⵓⵔⵉⵏ.
claims-empty-later = ⴰⵙⴷⵍⵉⵙ ⴰⴷ ⴷ ⵉⴱⴰⵢⵏ ⵖⵉⴷ ⵖⴰⵙ ⵜⴰⵎⵥ ⵜ CNSS.
claims-state-received = ⵉⵜⵜⵓⵎⵥ
claims-state-processing = ⴰⵔ ⵉⵜⵜⵓⵙⵎⵔⴰⵙ
claims-state-incomplete = ⵓⵔ ⵉⴽⵎⵎⵍ
claims-state-reimbursed = ⵉⵜⵜⵓⵙⵙⵓⵖⵍ
claims-state-refused = ⵉⵜⵜⵓⴳⴷⵉ
claims-care-consultation = ⴰⵙⵇⵙⵉ ⵖⵓⵔ ⵓⵏⵙⵙⵏⴰⴼ
claims-care-pharmacy = ⵜⴰⴼⴰⵔⵎⴰⵙⵉⵜ
claims-care-laboratory = ⵜⵉⵙⵍⴹⵉⵡⵉⵏ ⵏ ⵜⵏⵣⵔⴼⵜ
claims-care-imaging = ⵜⴰⵔⴰⴷⵢⵓⵍⵓⵊⵉⵜ ⴷ ⵓⵙⵓⵍⵓ
claims-care-dental = ⴰⵙⵏⵓⴼⴰ ⵏ ⵉⵅⵙⴰⵏ
claims-care-optical = ⵜⴰⵎⵥⵍⵜ ⵏ ⵜⵉⵟⵟⵓⵏ
claims-card-title = { $care } – { $beneficiary }
claims-number-label = ⴰⵙⴷⵍⵉⵙ ⵡⵜⵜ
claims-care-date = ⴰⵙⵏⵓⴼⴰ ⵏ { $date }
claims-claimed = ⴰⵙⵎⵓⵏ ⵉⵜⵜⵓⵜⵜⵔⵏ : { $amount }
claims-reimbursed = ⴰⵙⵎⵓⵏ ⵉⵜⵜⵓⵙⵙⵓⵖⵍⵏ : { $amount }
claims-missing = ⴰⴷⵍⵉⵙ ⵉⵅⵚⵚⴰⵏ : { $document }
claims-missing-prescription = ⵜⵓⵔⵔⴰ ⵏ ⵓⵏⵙⵙⵏⴰⴼ
claims-missing-invoice = ⵜⴰⴼⴰⴽⵜⵓⵔⵜ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ
claims-missing-doctor-signature = ⴰⵟⴰⴱⵄ ⴷ ⵓⵙⴽⴰⵔ ⵏ ⵓⵏⵙⵙⵏⴰⴼ ⴳ ⵜⵡⵔⵇⵜ ⵏ ⵓⵙⵏⵓⴼⴰ
claims-missing-results = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⵏ ⵜⵙⵍⴹⵉⵡⵉⵏ ⵏⵖ ⵏ ⵓⵙⵓⵍⵓ
claims-refusal = ⵜⴰⵎⵏⵜⵉⵍⵜ : { $reason }
claims-refusal-late-submission = ⵜⴰⵡⵔⵇⵜ ⵏ ⵓⵙⵏⵓⴼⴰ ⵜⵜⵓⵔⵎⵙ ⴷⴼⴼⵉⵔ ⵜⵉⵣⵉ
claims-refusal-not-covered = ⴰⵙⵏⵓⴼⴰ ⵏⵖ ⴰⵙⴼⵔ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⵖⵍ ⵙ AMO
claims-refusal-rights-closed = ⵉⵣⵔⴼⴰⵏ AMO ⵇⵇⵏⵏ ⴳ ⵓⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵏⵓⴼⴰ
claims-refusal-duplicate = ⴰⵙⵏⵓⴼⴰ ⵉⵜⵜⵓⵙⵍⵖ ⵢⴰⴷ ⴳ ⵢⴰⵏ ⵓⵙⴷⵍⵉⵙ ⵏⵏⵉⴹⵏ
claims-detail-title = ⴰⵙⴷⵍⵉⵙ ⵏ ⵓⵙⵙⵓⵖⵍ
claims-detail-facts-heading = ⴰⵙⴷⵍⵉⵙ
claims-detail-number = ⵓⵟⵟⵓⵏ ⵏ ⵓⵙⴷⵍⵉⵙ
claims-detail-state = ⴰⴷⴷⴰⴷ
claims-detail-care = ⴰⵙⵏⵓⴼⴰ
claims-detail-beneficiary = ⴰⵎⵏⴰⴼⴰⵄ
claims-detail-care-date = ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵏⵓⴼⴰ
claims-detail-received-on = ⵉⵜⵜⵓⵎⵥ ⴳ
claims-detail-claimed = ⴰⵙⵎⵓⵏ ⵉⵜⵜⵓⵜⵜⵔⵏ
claims-detail-reimbursed = ⴰⵙⵎⵓⵏ ⵉⵜⵜⵓⵙⵙⵓⵖⵍⵏ
claims-detail-missing = ⴰⴷⵍⵉⵙ ⵉⵅⵚⵚⴰⵏ
claims-detail-refusal = ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏ ⵓⴳⴷⴰⵍ
claims-detail-timeline-heading = ⴰⴹⴼⴰⵕ ⵏ ⵓⵙⴷⵍⵉⵙ
claims-detail-on = ⴳ { $date }
claims-detail-current = (ⵜⴰⵙⵓⵔⵉⴼⵜ ⵏ ⴷⵖⵉ)
claims-detail-next-heading = ⵎⴰⴷ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⴳⵎ ⴷⵖⵉ ?
claims-next-incomplete = ⴰⵣⵏⴰⵜ { $document } ⵖⵔ ⵜⵙⵏⵓⵏⵜ ⵏⵏⵓⵏ CNSS.
claims-next-incomplete-unknown = ⵉⵅⵚⵚⴰ ⵢⴰⵏ ⵓⴷⵍⵉⵙ ⴳ ⵓⵙⴷⵍⵉⵙ ⴰⴷ : ⵎⵍⴰⵜ ⵜⴰⵙⵏⵓⵏⵜ ⵏⵏⵓⵏ CNSS ⴰⴷ ⵜⵙⵙⵏⵎ ⵎⴰⵏ ⴰⵢ.
claims-next-incomplete-number = ⵙⵎⴰⵍⴰⵜ ⵓⵟⵟⵓⵏ ⵏ ⵓⵙⴷⵍⵉⵙ ⵏⵏⴰ ⵉⵍⵍⴰⵏ ⴷⴰⴼⴰⵍ : ⴰⵙⵎⵔⵙ ⴰⴷ ⵉⵍⵙ ⵖⴰⵙ ⵉⵜⵜⵓⵎⵥ ⵓⴷⵍⵉⵙ.
claims-next-refused = ⵎⴽ ⵜⵏⵏⴰⵎ ⵉⵙ ⴰⴳⴷⴰⵍ ⴰⴷ ⵉⴳⴰ ⵜⴰⵣⴳⵍⵜ, ⵎⵍⴰⵜ ⵜⴰⵙⵏⵓⵏⵜ ⵏⵏⵓⵏ CNSS ⵙ ⵓⵟⵟⵓⵏ ⵏ ⵓⵙⴷⵍⵉⵙ.
claims-next-reimbursed = ⴰⵙⵙⵓⵖⵍ ⵉⵜⵜⵓⵙⵙⴽⵛⵎ ⴳ ⵓⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ ⵏ ⵓⴱⴰⵏⴽ.
claims-see-payments = ⵥⵕ ⵉⵅⵍⵍⵚⵏ ⵉⵏⵓ
claims-next-open = ⵓⵔ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⴳⵎ ⴽⵔⴰ : ⴰⵙⴷⵍⵉⵙ ⴰⵔ ⵉⵜⵜⵎⵓⵏⵓ ⴷ ⵜⴰⵙⵏⴰ ⴰⴷ ⴰⵔ ⵜⴹⴼⵕ ⴽⵓ ⵜⴰⵙⵓⵔⵉⴼⵜ.
claims-not-found = ⴰⵙⴷⵍⵉⵙ ⴰⴷ ⵓⵔ ⵉⵍⵍⵉ ⴳ ⵓⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ. ⵥⵕⴰⵜ ⴰⵣⴷⴰⵢ, ⵏⵖ ⴰⴼⴰⵜ ⵉⵙⴷⵍⵉⵙⵏ ⵏⵏⵓⵏ ⴳ ⵜⵍⴳⴰⵎⵜ.
claims-back-list = ⴰⵖⵓⵍ ⵖⵔ ⵉⵙⵙⵓⵖⵍⵏ ⵉⵏⵓ
