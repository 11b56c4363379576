# Tamazight (zgh): Standard Moroccan Tamazight in Tifinagh, IRCAM conventions.
# THIS TRANSLATION NEEDS REVIEW BY A NATIVE SPEAKER before release: it was written from the
# French reference without one. The polite plural (ⴽⵯⵏⵉ, -ⵏⵏⵓⵏ, imperatives in -ⴰⵜ or -ⵎ) addresses
# the user, as the Arabic does. Plurals: one = exactly 1, other = 0 and from 2 on (src/i18n).
# «Ma carrière» and «Signaler une déclaration manquante».
career-title = ⴰⴱⵔⵉⴷ ⵉⵏⵓ ⵏ ⵜⵡⵓⵔⵉ
career-dependant = ⴰⴱⵔⵉⴷ ⵏ ⵜⵡⵓⵔⵉ ⵉⴳⴰ ⵡⵉⵏ ⵓⵎⵙⵓⴷⵙ ⵏⵏⴰ ⵖⵓⵔ ⵜⴳⴰⵎ ⴰⵎⵥⵍⴰⵢ ⵏ ⵓⵣⵔⴼ : ⵏⵜⵜⴰ ⵖⴰⵙ ⴰⵢ ⵉⵣⵎⵔⵏ ⴰⴷ ⵜ ⵉⵥⵕ, ⴳ ⵓⵙⵏⵓⵏ ⵏⵏⵙ.
career-empty = ⵓⵔ ⴷ ⵢⵓⵛⴽⵉ ⵃⵜⵜⴰ ⵢⴰⵏ ⵓⵙⵍⵖⵓ ⵏ ⵓⵖⵔⴼ ⵅⴼ ⵉⵙⵎ ⵏⵏⵓⵏ. ⵎⴽ ⵜⵅⴷⵎⵎ, ⵏⵏⴰⵜ ⴰⵙⵍⵖⵓ ⵉⵅⵚⵚⴰⵏ ⵏⵖ ⵏⵎⵢⴰⵡⴰⴹⴰⵜ ⴷ CNSS.
career-rights-heading = ⵉⵣⵔⴼⴰⵏ ⵏⵏⵓⵏ
career-rights-as-of = ⵜⵜⵓⵙⵉⴹⵏ ⴳ { $date } ⵙⴳ ⵉⵙⵍⵖⵓⵜⵏ ⵏⵏⵓⵏ.
career-benefit-daily-sickness = ⵜⵉⵡⵉⵙⵉⵡⵉⵏ ⵏ ⵡⴰⵙⵙ ⵏ ⵓⵖⵓⵏ
career-benefit-family-allowances = ⵜⵉⵡⵉⵙⵉⵡⵉⵏ ⵏ ⵜⵡⵊⵊⴰ
career-benefit-job-loss = ⵜⵉⵡⵉⵙⵉ ⵏ ⵓⵙⵙⵓⵔⵔⴳ ⵏ ⵜⵡⵓⵔⵉ
career-benefit-old-age-pension = ⵜⴰⵏⴰⴳⵎⵓⵜ ⵏ ⵜⵡⵙⵙⵓⵔⵜ
career-eligible = ⵖⵓⵔⵓⵏ ⴰⵣⵔⴼ ⴳⵉⵙ
career-days-missing = { $days ->
    [one] ⵉⵅⵚⵚⴰ ⴰⵡⵏ 1 ⵡⴰⵙⵙ
   *[other] ⵅⵚⵚⴰⵏ ⴰⵡⵏ { $days } ⵡⵓⵙⵙⴰⵏ
}
career-not-eligible = ⵓⵔ ⵖⵓⵔⵓⵏ ⴰⵣⵔⴼ ⴳⵉⵙ ⴰⵔ ⴷⵖⵉ
career-condition-met = ⵜⴰⵡⵜⵉⵍⵜ ⵉⵜⵜⵓⵙⵎⴷⵏ :
career-condition-unmet = ⵜⴰⵡⵜⵉⵍⵜ ⵓⵔ ⵉⵜⵜⵓⵙⵎⴷⵏ :
career-rule-days-within = { $required } ⵡⵓⵙⵙⴰⵏ ⵉⵜⵜⵓⵙⵍⵖⵏ ⴳ { $months } ⵉⵢⵢⵉⵔⵏ ⵉⵎⴳⴳⴰⵔⵓⵜⵏ (ⵖⵓⵔⵓⵏ { $actual })
career-rule-days-total = { $required } ⵡⵓⵙⵙⴰⵏ ⵉⵜⵜⵓⵙⵍⵖⵏ ⴳ ⵓⴱⵔⵉⴷ ⵏⵏⵓⵏ ⴰⴽⴽⵯ ⵏ ⵜⵡⵓⵔⵉ (ⵖⵓⵔⵓⵏ { $actual })
career-rule-age = ⴰⴷ ⵜⵍⴽⵎⵎ { $required } ⵏ ⵉⵙⴳⴳⵯⵓⵙⴰ (ⵖⵓⵔⵓⵏ { $actual } ⵏ ⵉⵙⴳⴳⵯⵓⵙⴰ)
career-rule-applied-in-time = ⵙⵙⵓⵜⵔ ⴳ { $required } ⵏ ⵡⵓⵙⵙⴰⵏ ⴷⴼⴼⵉⵔ ⵓⵙⵙⵓⴼⵖ ⵙⴳ ⵜⵡⵓⵔⵉ (ⵉⵣⵔⵉ { $actual } ⵏ ⵡⵓⵙⵙⴰⵏ)
career-rule-salary = ⵢⴰⵏ ⵓⵖⵔⴼ ⴰⵎⴰⵏⴰⵎⵎⴰⵙ ⵏ { $required } ⵎⴰⵏⵉⵙ ⴷⵔⵓⵙⵏ ⴳ ⵡⴰⵢⵢⵓⵔ ⴳ { $months } ⵉⵢⵢⵉⵔⵏ ⵉⵎⴳⴳⴰⵔⵓⵜⵏ, ⵏⵏⴰ ⵉⴳⴰⵏ { $percent } % ⵏ SMIG (ⵡⵉⵏⵓⵏ : { $actual })
career-report-missing = ⵏⵏ ⵉⵙ ⵉⵅⵚⵚⴰ ⵢⴰⵏ ⵓⵙⵍⵖⵓ
career-totals-heading = ⵉⵎⴹⴰⵏ ⵏⵏⵓⵏ
career-total-all = ⵙⴳ ⵜⵉⵣⵡⵉⵔⵉ
career-total-last = { $months } ⵉⵢⵢⵉⵔⵏ ⵉⵎⴳⴳⴰⵔⵓⵜⵏ
career-total-value = { $days ->
    [one] { $days } ⵡⴰⵙⵙ ⵉⵜⵜⵓⵙⵍⵖⵏ
   *[other] { $days } ⵡⵓⵙⵙⴰⵏ ⵉⵜⵜⵓⵙⵍⵖⵏ
} · { $salary }
career-gaps-heading = ⵉⵢⵢⵉⵔⵏ ⴱⵍⴰ ⴰⵙⵍⵖⵓ
career-gaps-none = ⵓⵔ ⵉⵅⵚⵚⴰ ⵃⵜⵜⴰ ⵢⴰⵏ ⵡⴰⵢⵢⵓⵔ ⴳⵔ ⵓⵙⵍⵖⵓ ⵏⵏⵓⵏ ⴰⵎⵣⵡⴰⵔⵓ ⴷ ⵓⵎⴳⴳⴰⵔⵓ.
career-gap = ⵓⵍⴰ ⴰⵙⵍⵖⵓ ⴳ { $month }
career-gap-report = ⵏⵏ ⵜ
career-declarations-heading = ⵉⵙⵍⵖⵓⵜⵏ ⵉⵏⵓ, ⴰⵢⵢⵓⵔ ⵙ ⵡⴰⵢⵢⵓⵔ
career-year = { $year } ({ $count ->
    [one] 1 ⵓⵙⵍⵖⵓ
   *[other] { $count } ⵉⵙⵍⵖⵓⵜⵏ
})
career-declaration-days = { $days ->
    [one] { $days } ⵡⴰⵙⵙ
   *[other] { $days } ⵡⵓⵙⵙⴰⵏ
}
career-reports-title = ⵏⵏ ⵉⵙ ⵉⵅⵚⵚⴰ ⵢⴰⵏ ⵓⵙⵍⵖⵓ
career-reports-intro = ⵉⵅⵚⵚⴰ ⵢⴰⵏ ⵡⴰⵢⵢⵓⵔ ⴳ ⵓⴱⵔⵉⴷ ⵏⵏⵓⵏ ⵏ ⵜⵡⵓⵔⵉ ? ⵙⵎⴰⵍⴰⵜ ⴰⵎⵙⵡⵓⵔⵉ ⴷ ⵡⴰⵢⵢⵓⵔ : CNSS ⴰⴷ ⵜⵜⵔ ⵙⴳ ⵓⵎⵙⵡⵓⵔⵉ ⴰⴷ ⵜ ⵉⵙⵍⵖ.
career-report-no-employer = ⵓⵔ ⴽⵏ ⵉⵙⵍⵖ ⵃⵜⵜⴰ ⵢⴰⵏ ⵓⵎⵙⵡⵓⵔⵉ ⴰⵔ ⴷⵖⵉ : CNSS ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵙⵙⵏ ⵎⴰⴷ ⵉ ⵔⴰⴷ ⵜⵎⵍ. ⵏⵎⵢⴰⵡⴰⴹⴰⵜ ⴷⵉⴷⵙ ⵙ ⵜⵡⵔⵇⵉⵏ ⵏⵏⵓⵏ ⵏ ⵓⵖⵔⴼ.
career-report-employer = ⴰⵎⵙⵡⵓⵔⵉ
career-report-employer-choose = ⵙⵜⵉⵎ ⵢⴰⵏ ⵓⵎⵙⵡⵓⵔⵉ
career-report-month = ⴰⵢⵢⵓⵔ ⵉⵅⵚⵚⴰⵏ
career-report-month-choose = ⵙⵜⵉⵎ ⵢⴰⵏ ⵡⴰⵢⵢⵓⵔ
career-report-month-other = ⵢⴰⵏ ⵡⴰⵢⵢⵓⵔ ⵏⵏⵉⴹⵏ
career-report-month-input = ⴰⵢⵢⵓⵔ ⵏⵏⵉⴹⵏ
    .hint = ⴰⵙⴳⴳⵯⴰⵙ ⴷ ⵡⴰⵢⵢⵓⵔ, ⵙ ⵓⵎⴷⵢⴰ 2026-03 ⵉ ⵎⴰⵕⵚ 2026.
career-report-submit = ⴰⵣⵏ ⵜⴰⵙⵓⵜⵔⴰ
career-report-sent-heading = ⵜⴰⵙⵓⵜⵔⴰ ⵜⵜⵓⵣⵏ
career-report-reference = ⴰⵙⵏⵓⵎⵍ
career-report-sent-body = CNSS ⴷⴰ ⵜⵜⵜⵔ ⵙⴳ ⵓⵎⵙⵡⵓⵔⵉ ⵏⵏⵓⵏ ⴰⴷ ⵉⵙⵍⵖ ⴰⵢⵢⵓⵔ ⴰⴷ. ⴹⴼⵕⴰⵜ ⴰⵙⵏⵏⵓⵍⴼⵓ ⴷⴷⴰⵡ, ⵙ ⵓⵙⵏⵓⵎⵍ ⴰⴷ.
career-report-another = ⵏⵏ ⵉⵙ ⵉⵅⵚⵚⴰ ⵢⴰⵏ ⵡⴰⵢⵢⵓⵔ ⵏⵏⵉⴹⵏ
career-reports-heading = ⵜⵉⵙⵓⵜⵔⴰ ⵉⵏⵓ
career-reports-empty = ⵓⵔ ⵜⵓⵣⵏⵎ ⵃⵜⵜⴰ ⵢⴰⵜ ⵜⵙⵓⵜⵔⴰ.
career-report-item = { $month } – { $employer }
career-report-state-submitted = ⵜⵜⵓⵣⵏ
career-report-state-in-review = ⴰⵔ ⵜⵜⵓⵙⵙⵉⴷⵜⵏ
career-report-state-resolved = ⵜⵜⵓⴼⵙⵔ : ⴰⵢⵢⵓⵔ ⵉⴱⴰⵢⵏ ⴳ ⵓⴱⵔⵉⴷ ⵏⵏⵓⵏ ⵏ ⵜⵡⵓⵔⵉ
career-report-state-rejected = ⵜⵜⵓⴳⴷⵉ
career-report-rejected-hint = ⴰⵎⵙⵡⵓⵔⵉ ⵉⵏⵏⴰ ⵉⵙ ⵓⵔ ⵜⵅⴷⵎⵎ ⴷⵉⴷⵙ ⴳ ⵡⴰⵢⵢⵓⵔ ⴰⵏⵏ. ⵎⴽ ⵖⵓⵔⵓⵏ ⵜⵉⵡⵔⵇⵉⵏ ⵏ ⵓⵖⵔⴼ, ⵏⵎⵢⴰⵡⴰⴹⴰⵜ ⴷ CNSS.
career-report-submitted-on = ⵜⵜⵓⵣⵏ ⴳ
career-report-updated-on = ⴰⵙⵎⴰⵢⵏⵓ ⴰⵎⴳⴳⴰⵔⵓ
