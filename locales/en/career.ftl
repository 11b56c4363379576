# career — en: "My career" and "Report a missing declaration".
career-title = My career
career-dependant = The career is that of the insured person you depend on: only they can see it, in their own space.
career-empty = No salary declaration has been received for you. If you worked, report the missing declaration or contact CNSS.
career-rights-heading = Your entitlements
career-rights-as-of = Worked out on { $date } from your declarations.
career-benefit-daily-sickness = Daily sickness allowance
career-benefit-family-allowances = Family allowances
career-benefit-job-loss = Job-loss allowance
career-benefit-old-age-pension = Old-age pension
career-eligible = You are entitled to it
career-days-missing = { $days ->
    [one] You are 1 day short
   *[other] You are { $days } days short
}
career-not-eligible = You are not entitled to it yet
career-condition-met = Condition met:
career-condition-unmet = Condition not met:
career-rule-days-within = { $required } days declared in the last { $months } months (you have { $actual })
career-rule-days-total = { $required } days declared over your whole career (you have { $actual })
career-rule-age = Be { $required } years old (you are { $actual })
career-rule-applied-in-time = Apply within { $required } days of the job loss (it was { $actual } days ago)
career-rule-salary = An average salary of at least { $required } a month over the last { $months } months, that is { $percent }% of the SMIG (yours: { $actual })
career-report-missing = Report a missing declaration
career-totals-heading = Your totals
career-total-all = Since the start
career-total-last = Last { $months } months
career-total-value = { $days ->
    [one] { $days } day declared
   *[other] { $days } days declared
} · { $salary }
career-gaps-heading = Months without a declaration
career-gaps-none = No month is missing between your first and your latest declaration.
career-gap = No declaration in { $month }
career-gap-report = Report
career-declarations-heading = My declarations, month by month
career-year = { $year } ({ $count ->
    [one] 1 declaration
   *[other] { $count } declarations
})
career-declaration-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
career-reports-title = Report a missing declaration
career-reports-intro = Is a month missing from your career? Give the employer and the month: CNSS asks the employer to declare it.
career-report-no-employer = No employer has declared you yet, so CNSS cannot know whom to ask. Contact CNSS with your payslips.
career-report-employer = Employer
career-report-employer-choose = Choose an employer
career-report-month = Missing month
career-report-month-choose = Choose a month
career-report-month-other = Another month
career-report-month-input = Other month
    .hint = The year then the month, for example 2026-03 for March 2026.
career-report-submit = Send the report
career-report-sent-heading = Report sent
career-report-reference = Reference
career-report-sent-body = CNSS asks your employer to declare this month. Follow its progress below, with this reference.
career-report-another = Report another month
career-reports-heading = My reports
career-reports-empty = You have not sent any report.
career-report-item = { $month } – { $employer }
career-report-state-submitted = Sent
career-report-state-in-review = Under review
career-report-state-resolved = Resolved: the month now appears in your career
career-report-state-rejected = Rejected
career-report-rejected-hint = The employer says you did not work for them that month. If you have payslips, contact CNSS.
career-report-submitted-on = Sent on
career-report-updated-on = Last updated
