//! «Ma carrière» (`GET /v1/career`): what the declarations open first (each benefit the server
//! computed, each condition worded from its numbers), the totals, the months without any
//! declaration (each can be reported), then the declarations month by month, grouped by
//! year. And «Signaler une déclaration manquante»: the form (an employer of the career, a
//! month: one of the gaps or another), its confirmation with the reference, and the reports
//! sent with where each stands. A dependant has no career: the screens say whose it is.

use super::space::{ContactLine, Freshness, SelectField, Skeleton, fetched_time};
use super::{field_error, summary};
use crate::app::{I18n, dispatch, use_i18n, use_model};
use crate::components::{ErrorSummary, FailureBox, Screen, SubmitButton, TextField};
use crate::flows::model::Msg;
use crate::flows::private::{Event, Section};
use crate::flows::remote::Remote;
use crate::flows::report::{self, Field};
use crate::views::Route;
use dioxus::prelude::*;
use macnss_api::benefits::{Benefit, Condition, Eligibility, Rule};
use macnss_api::records::{
    Career, Centimes, Declaration, Report, ReportState, Reports, Totals, YearMonth,
};

#[component]
pub fn CareerPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let nav = use_navigator();
    use_hook(|| spawn(async { dispatch(Msg::Private(Event::Opened(Section::Career))) }));
    let Some(space) = model.read().private.clone() else {
        return rsx! {};
    };
    let back = move |_| {
        nav.push(Route::Space {});
    };
    if space.is_dependant() {
        return rsx! {
            Screen { title: i18n.t("career-title"), onback: back,
                p { {i18n.t("career-dependant")} }
                ContactLine {}
            }
        };
    }
    let career = space.career;
    rsx! {
        Screen { title: i18n.t("career-title"), onback: back,
            Freshness {
                i18n,
                loading: career.is_loading(),
                fetched: fetched_time(&career),
                error: career.error().cloned(),
                section: Section::Career,
            }
            match &career {
                Remote::Empty { .. } => rsx! {
                    p { {i18n.t("career-empty")} }
                    ReportLink { month: None }
                },
                _ => match career.value() {
                    Some(c) => rsx! { CareerRecord { career: c.clone() } },
                    None if career.error().is_none() => rsx! { Skeleton { lines: 6 } },
                    None => rsx! {},
                },
            }
            ContactLine {}
        }
    }
}

/// The loaded career, section by section.
#[component]
fn CareerRecord(career: Career) -> Element {
    let i18n = use_i18n();
    let years = by_year(&career.declarations);
    let newest = years.first().map(|(y, _)| *y);
    rsx! {
        section { aria_labelledby: "career-rights-heading",
            h2 { id: "career-rights-heading", {i18n.t("career-rights-heading")} }
            p { class: "hint", {i18n.t_args("career-rights-as-of", &[("date", i18n.date(career.as_of).into())])} }
            ul { class: "benefits",
                for e in career.eligibility.clone() {
                    BenefitItem { key: "{e.benefit:?}", eligibility: e }
                }
            }
        }
        section { aria_labelledby: "career-totals-heading",
            h2 { id: "career-totals-heading", {i18n.t("career-totals-heading")} }
            dl { class: "facts",
                dt { {i18n.t("career-total-all")} }
                dd { {totals(&i18n, career.total)} }
                for (months, t) in [(6u32, career.last_6_months), (12, career.last_12_months), (36, career.last_36_months)] {
                    dt { {i18n.t_args("career-total-last", &[("months", months.into())])} }
                    dd { {totals(&i18n, t)} }
                }
            }
        }
        section { aria_labelledby: "career-gaps-heading",
            h2 { id: "career-gaps-heading", {i18n.t("career-gaps-heading")} }
            if career.gaps.is_empty() {
                p { {i18n.t("career-gaps-none")} }
            } else {
                ul { class: "gaps",
                    for gap in career.gaps.clone() {
                        li { key: "{gap}",
                            span { {i18n.t_args("career-gap", &[("month", i18n.month(gap).into())])} }
                            ReportLink { month: Some(gap) }
                        }
                    }
                }
            }
        }
        section { aria_labelledby: "career-declarations-heading",
            h2 { id: "career-declarations-heading", {i18n.t("career-declarations-heading")} }
            for (year, declarations) in years {
                details { key: "{year}", class: "year", open: Some(year) == newest,
                    summary {
                        {i18n.t_args("career-year", &[
                            ("year", year.to_string().into()),
                            ("count", declarations.len().into()),
                        ])}
                    }
                    ul { class: "declarations",
                        for d in declarations {
                            li { key: "{d.month}-{d.employer_id}",
                                p { class: "declaration-month", {i18n.month(d.month)} }
                                p { {d.employer_name.clone()} }
                                p {
                                    {i18n.t_args("career-declaration-days", &[("days", d.days.into())])}
                                    " · "
                                    span { class: "amount", {i18n.amount(d.salary)} }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The declarations (newest first) by year, newest year first.
fn by_year(declarations: &[Declaration]) -> Vec<(i32, Vec<Declaration>)> {
    let mut years: Vec<(i32, Vec<Declaration>)> = vec![];
    for d in declarations {
        match years.last_mut() {
            Some((year, list)) if *year == d.month.year() => list.push(d.clone()),
            _ => years.push((d.month.year(), vec![d.clone()])),
        }
    }
    years
}

fn totals(i18n: &I18n, t: Totals) -> String {
    i18n.t_args(
        "career-total-value",
        &[
            ("days", t.days.into()),
            ("salary", i18n.amount(t.salary).into()),
        ],
    )
}

/// One benefit: whether the career opens it, each condition in plain words, and the way to
/// report a missing month when days are missing.
#[component]
fn BenefitItem(eligibility: Eligibility) -> Element {
    let i18n = use_i18n();
    let e = eligibility;
    let verdict = if e.eligible {
        i18n.t("career-eligible")
    } else if e.days_missing > 0 {
        i18n.t_args("career-days-missing", &[("days", e.days_missing.into())])
    } else {
        i18n.t("career-not-eligible")
    };
    rsx! {
        li { class: if e.eligible { "benefit eligible" } else { "benefit" },
            h3 { {i18n.t(benefit_id(e.benefit))} }
            p { class: "verdict", {verdict} }
            ul { class: "conditions",
                for c in e.conditions.clone() {
                    li { class: if c.met { "condition met" } else { "condition unmet" },
                        span { class: "condition-state",
                            if c.met { {i18n.t("career-condition-met")} } else { {i18n.t("career-condition-unmet")} }
                        }
                        " "
                        {condition_text(&i18n, &c)}
                    }
                }
            }
            if e.days_missing > 0 {
                ReportLink { month: None }
            }
        }
    }
}

fn benefit_id(benefit: Benefit) -> &'static str {
    match benefit {
        Benefit::DailySickness => "career-benefit-daily-sickness",
        Benefit::FamilyAllowances => "career-benefit-family-allowances",
        Benefit::JobLoss => "career-benefit-job-loss",
        Benefit::OldAgePension => "career-benefit-old-age-pension",
    }
}

/// A condition worded from its own numbers (the thresholds are the server's).
fn condition_text(i18n: &I18n, c: &Condition) -> String {
    let (required, actual) = (("required", c.required.into()), ("actual", c.actual.into()));
    match c.rule {
        Rule::DaysWithin { months } => i18n.t_args(
            "career-rule-days-within",
            &[required, actual, ("months", months.into())],
        ),
        Rule::DaysTotal => i18n.t_args("career-rule-days-total", &[required, actual]),
        Rule::Age => i18n.t_args("career-rule-age", &[required, actual]),
        Rule::AppliedInTime { .. } => {
            i18n.t_args("career-rule-applied-in-time", &[required, actual])
        }
        Rule::SalaryShareOfSmig { percent, months } => i18n.t_args(
            "career-rule-salary",
            &[
                ("required", i18n.amount(Centimes(c.required)).into()),
                ("actual", i18n.amount(Centimes(c.actual)).into()),
                ("percent", percent.into()),
                ("months", months.into()),
            ],
        ),
    }
}

/// «Signaler une déclaration manquante» (or, by a gap, «Signaler» that month): a link to the
/// report form, which it opens prefilled.
#[component]
fn ReportLink(month: Option<YearMonth>) -> Element {
    let i18n = use_i18n();
    let start = move |_| {
        dispatch(Msg::Private(Event::StartReport {
            employer_id: None,
            month,
        }))
    };
    rsx! {
        Link { to: Route::ReportsPage {}, class: "report-link", onclick: start,
            match month {
                Some(m) => rsx! {
                    {i18n.t("career-gap-report")}
                    span { class: "visually-hidden", " {i18n.month(m)}" }
                },
                None => rsx! { {i18n.t("career-report-missing")} },
            }
        }
    }
}

#[component]
pub fn ReportsPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let nav = use_navigator();
    use_hook(move || {
        spawn(async move {
            dispatch(Msg::Private(Event::Opened(Section::Reports)));
            if model
                .peek()
                .private
                .as_ref()
                .is_some_and(|p| p.report.is_none())
            {
                dispatch(Msg::Private(Event::StartReport {
                    employer_id: None,
                    month: None,
                }));
            }
        })
    });
    // A report sent while the list was not shown leaves it to be asked again: ask now.
    let reports_idle = use_memo(move || {
        model
            .read()
            .private
            .as_ref()
            .is_some_and(|p| !p.is_dependant() && matches!(p.reports, Remote::Idle))
    });
    use_effect(move || {
        if reports_idle() {
            spawn(async { dispatch(Msg::Private(Event::Opened(Section::Reports))) });
        }
    });
    let Some(space) = model.read().private.clone() else {
        return rsx! {};
    };
    let back = move |_| {
        nav.push(Route::CareerPage {});
    };
    if space.is_dependant() {
        return rsx! {
            Screen { title: i18n.t("career-reports-title"), onback: back,
                p { {i18n.t("career-dependant")} }
                ContactLine {}
            }
        };
    }
    let career = space.career.clone();
    let sent = space.report.as_ref().and_then(|f| f.sent.clone());
    rsx! {
        Screen { title: i18n.t("career-reports-title"), onback: back,
            match (sent, space.report.clone(), career.value()) {
                (Some(report), _, _) => rsx! { Confirmation { report } },
                (None, Some(form), Some(c)) if !c.employers.is_empty() => rsx! {
                    p { {i18n.t("career-reports-intro")} }
                    ReportFormView { form, career: c.clone() }
                },
                (None, _, Some(c)) if c.employers.is_empty() => rsx! {
                    p { {i18n.t("career-report-no-employer")} }
                },
                _ => match &career {
                    Remote::Failed { error, .. } => rsx! {
                        FailureBox { message: i18n.failure(error),
                            button { class: "button secondary", r#type: "button",
                                onclick: move |_| dispatch(Msg::Private(Event::Refresh(Section::Career))),
                                {i18n.t("common-retry")}
                            }
                        }
                    },
                    Remote::Empty { .. } => rsx! {
                        p { {i18n.t("career-report-no-employer")} }
                    },
                    _ => rsx! {
                        p { class: "hint", role: "status", aria_busy: "true", {i18n.t("common-loading")} }
                        Skeleton {}
                    },
                },
            }
            ReportsList { reports: space.reports.clone() }
            ContactLine {}
        }
    }
}

/// The form: an employer of the career, the month (a gap, or another month typed).
#[component]
fn ReportFormView(form: report::ReportForm, career: Career) -> Element {
    let i18n = use_i18n();
    // «Un autre mois» picked: a choice of the screen, not of the core (the month itself is).
    let mut other = use_signal(|| false);
    let send = move |e: report::Event| dispatch(Msg::Private(Event::Report(e)));
    let edit = move |field: Field, v: String| send(report::Event::Edit(field, v));
    let gap_values: Vec<String> = career.gaps.iter().map(|g| g.to_string()).collect();
    let typed = other() || (!form.month.is_empty() && !gap_values.contains(&form.month));
    let employers = std::iter::once((String::new(), i18n.t("career-report-employer-choose")))
        .chain(
            career
                .employers
                .iter()
                .map(|e| (e.employer_id.clone(), e.name.clone())),
        )
        .collect::<Vec<_>>();
    let months = std::iter::once((String::new(), i18n.t("career-report-month-choose")))
        .chain(career.gaps.iter().map(|g| (g.to_string(), i18n.month(*g))))
        .chain(std::iter::once((
            OTHER.to_owned(),
            i18n.t("career-report-month-other"),
        )))
        .collect::<Vec<_>>();
    let month_error = field_error(&i18n, &form.errors, "month");
    rsx! {
        ErrorSummary { items: summary(&i18n, &form.errors) }
        if let Some(error) = form.errors.failure.clone() {
            FailureBox { message: i18n.failure(&error),
                if error.is_retryable() {
                    button { class: "button secondary", r#type: "button",
                        onclick: move |_| send(report::Event::Retry),
                        {i18n.t("common-retry")}
                    }
                }
            }
        }
        form { novalidate: true, onsubmit: move |e| { e.prevent_default(); send(report::Event::Submit) },
            SelectField {
                id: "employer_id",
                label: i18n.t("career-report-employer"),
                error: field_error(&i18n, &form.errors, "employer_id"),
                options: employers,
                selected: form.employer_id.clone(),
                onchange: move |v| edit(Field::Employer, v),
            }
            if career.gaps.is_empty() {
                TextField {
                    id: "month", label: i18n.t("career-report-month"), hint: i18n.t("career-report-month-input.hint"),
                    value: form.month.clone(), error: month_error, input_type: "month", ltr: true,
                    oninput: move |v| edit(Field::Month, v),
                }
            } else {
                SelectField {
                    id: "month",
                    label: i18n.t("career-report-month"),
                    error: if typed { None } else { month_error.clone() },
                    options: months,
                    selected: if typed { OTHER.to_owned() } else { form.month.clone() },
                    onchange: move |v: String| {
                        other.set(v == OTHER);
                        edit(Field::Month, if v == OTHER { String::new() } else { v });
                    },
                }
                if typed {
                    TextField {
                        id: "month-other", label: i18n.t("career-report-month-input"), hint: i18n.t("career-report-month-input.hint"),
                        value: form.month.clone(), error: month_error, input_type: "month", ltr: true,
                        oninput: move |v| edit(Field::Month, v),
                    }
                }
            }
            SubmitButton { label: i18n.t("career-report-submit"), pending: form.pending, onclick: move |_| send(report::Event::Submit) }
        }
    }
}

/// The value of «Un autre mois» in the month list.
const OTHER: &str = "other";

/// The report was received: its reference, what happens next, and another report.
#[component]
fn Confirmation(report: Report) -> Element {
    let i18n = use_i18n();
    rsx! {
        div { class: "confirmation", role: "status", tabindex: "-1",
            onmounted: move |e: MountedEvent| async move {
                let _ = e.set_focus(true).await;
            },
            h2 { {i18n.t("career-report-sent-heading")} }
            dl { class: "facts",
                dt { {i18n.t("career-report-reference")} }
                dd { span { class: "ltr-value", dir: "ltr", {report.reference.clone()} } }
                dt { {i18n.t("career-report-month")} }
                dd { {i18n.month(report.month)} }
                dt { {i18n.t("career-report-employer")} }
                dd { {report.employer.name.clone()} }
            }
            p { {i18n.t("career-report-sent-body")} }
        }
        div { class: "actions",
            button { class: "button secondary", r#type: "button",
                onclick: move |_| dispatch(Msg::Private(Event::StartReport { employer_id: None, month: None })),
                {i18n.t("career-report-another")}
            }
        }
    }
}

/// The reports sent, newest first, with where each stands.
#[component]
fn ReportsList(reports: Remote<Reports>) -> Element {
    let i18n = use_i18n();
    rsx! {
        section { aria_labelledby: "career-reports-heading",
            h2 { id: "career-reports-heading", {i18n.t("career-reports-heading")} }
            Freshness {
                i18n,
                loading: reports.is_loading(),
                fetched: fetched_time(&reports),
                error: reports.error().cloned(),
                section: Section::Reports,
            }
            match (&reports, reports.value()) {
                (Remote::Empty { .. }, _) => rsx! { p { {i18n.t("career-reports-empty")} } },
                (_, Some(list)) => rsx! {
                    ul { class: "reports",
                        for r in list.reports.clone() {
                            li { key: "{r.id}", class: "report",
                                h3 {
                                    {i18n.t_args("career-report-item", &[
                                        ("month", i18n.month(r.month).into()),
                                        ("employer", r.employer.name.clone().into()),
                                    ])}
                                }
                                p { class: "report-state", {i18n.t(state_id(r.state))} }
                                if r.state == ReportState::Rejected {
                                    p { class: "hint", {i18n.t("career-report-rejected-hint")} }
                                }
                                dl { class: "facts",
                                    dt { {i18n.t("career-report-reference")} }
                                    dd { span { class: "ltr-value", dir: "ltr", {r.reference.clone()} } }
                                    dt { {i18n.t("career-report-submitted-on")} }
                                    dd { {i18n.date(r.submitted_on)} }
                                    dt { {i18n.t("career-report-updated-on")} }
                                    dd { {i18n.date(r.updated_on)} }
                                }
                            }
                        }
                    }
                },
                (_, None) if reports.error().is_none() => rsx! { Skeleton {} },
                _ => rsx! {},
            }
        }
    }
}

fn state_id(state: ReportState) -> &'static str {
    match state {
        ReportState::Submitted => "career-report-state-submitted",
        ReportState::InReview => "career-report-state-in-review",
        ReportState::Resolved => "career-report-state-resolved",
        ReportState::Rejected => "career-report-state-rejected",
    }
}
