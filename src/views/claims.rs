//! «Mes remboursements»: the AMO claims, filtered by state and by beneficiary (the filter
//! lives in the private space, so coming back to the list finds it as it was left), and one
//! claim with its facts, its timeline and what to do next. Also the parts every record screen
//! of the space shares: the loading skeleton, «Mis à jour à …» with «Actualiser», the failure
//! with «Réessayer» (what was shown stays shown), and the way to reach CNSS.

use crate::app::{I18n, dispatch, use_i18n, use_model};
use crate::components::{FailureBox, Screen};
use crate::flows::ApiError;
use crate::flows::model::Msg;
use crate::flows::private::{ClaimFilter, Event, Section};
use crate::flows::remote::{Content, Remote};
use crate::views::Route;
use chrono::{DateTime, Utc};
use dioxus::prelude::*;
use macnss_api::ErrorCode;
use macnss_api::records::{
    Beneficiary, CareKind, Claim, ClaimState, Claims, MissingDocument, RefusalReason, Relation,
};

// ---------------------------------------------------------------------------------------------
// What every record screen shares

/// How a record fetched from the server stands, for the line that says when it was fetched.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Freshness {
    pub loading: bool,
    pub fetched_at: Option<DateTime<Utc>>,
    pub error: Option<ApiError>,
}

impl Freshness {
    pub fn of<T: Content + Clone>(remote: &Remote<T>) -> Self {
        Self {
            loading: remote.is_loading(),
            fetched_at: match remote {
                Remote::Empty { fetched_at } => Some(*fetched_at),
                other => other.current().map(|f| f.fetched_at),
            },
            error: remote.error().cloned(),
        }
    }

    /// Nothing to show yet, and a request in flight (or about to be sent on mount).
    pub fn is_first_load<T: Content + Clone>(remote: &Remote<T>) -> bool {
        matches!(remote, Remote::Idle | Remote::Loading { stale: None })
    }
}

/// The loading skeleton of a record screen: announced as busy, with grey blocks meanwhile.
#[component]
pub(super) fn Loading() -> Element {
    let i18n = use_i18n();
    rsx! {
        div { class: "skeleton", role: "status", aria_busy: "true",
            p { {i18n.t("common-loading")} }
            div { class: "skeleton-block", aria_hidden: "true" }
            div { class: "skeleton-block", aria_hidden: "true" }
            div { class: "skeleton-block short", aria_hidden: "true" }
        }
    }
}

/// «Mis à jour à 10:05» (Casablanca time) with «Actualiser», or «Chargement…» while it
/// refreshes; a failure with «Réessayer» above it. `refresh` is what both buttons send.
#[component]
pub(super) fn RecordStatus(freshness: Freshness, refresh: Event) -> Element {
    let i18n = use_i18n();
    let time = freshness.fetched_at.map(|t| {
        t.with_timezone(&chrono_tz::Africa::Casablanca)
            .format("%H:%M")
            .to_string()
    });
    let loading = freshness.loading;
    let retry = refresh.clone();
    rsx! {
        if let Some(error) = &freshness.error {
            FailureBox { message: i18n.failure(error),
                button { class: "button secondary", r#type: "button",
                    onclick: move |_| dispatch(Msg::Private(retry.clone())),
                    {i18n.t("common-retry")}
                }
            }
        }
        if loading || time.is_some() {
            div { class: "secondary-actions record-status",
                p { class: "hint", role: "status",
                    if loading {
                        {i18n.t("common-loading")}
                    } else if let Some(time) = time {
                        {i18n.t_args("space-fetched-at", &[("time", time.into())])}
                    }
                }
                if !loading {
                    button { class: "link-button", r#type: "button",
                        onclick: move |_| dispatch(Msg::Private(refresh.clone())),
                        {i18n.t("space-refresh")}
                    }
                }
            }
        }
    }
}

/// The foot of a record screen: back to «Mon espace» (or to `back`, with its text) and the
/// way to reach CNSS, so no screen is a dead end.
#[component]
pub(super) fn RecordFooter(
    contact: String,
    #[props(default)] back: Option<(Route, String)>,
) -> Element {
    let i18n = use_i18n();
    let (to, text) = back.unwrap_or_else(|| (Route::Space {}, i18n.t("claims-back-space")));
    rsx! {
        nav { class: "record-footer", aria_label: i18n.t("claims-footer-label"),
            ul {
                li { Link { to, {text} } }
                li { Link { to: Route::ContactPage {}, {contact} } }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Wording of the claims' closed enums

fn state_label(i18n: &I18n, state: ClaimState) -> String {
    i18n.t(match state {
        ClaimState::Received => "claims-state-received",
        ClaimState::Processing => "claims-state-processing",
        ClaimState::Incomplete => "claims-state-incomplete",
        ClaimState::Reimbursed => "claims-state-reimbursed",
        ClaimState::Refused => "claims-state-refused",
    })
}

/// The value of a state in the filter's `select`.
fn state_value(state: ClaimState) -> &'static str {
    match state {
        ClaimState::Received => "received",
        ClaimState::Processing => "processing",
        ClaimState::Incomplete => "incomplete",
        ClaimState::Reimbursed => "reimbursed",
        ClaimState::Refused => "refused",
    }
}

/// The CSS class of a state's badge (the text says the state; the colour only repeats it).
fn state_class(state: ClaimState) -> &'static str {
    match state {
        ClaimState::Received | ClaimState::Processing => "badge pending",
        ClaimState::Incomplete => "badge action",
        ClaimState::Reimbursed => "badge done",
        ClaimState::Refused => "badge refused",
    }
}

fn care_label(i18n: &I18n, care: CareKind) -> String {
    i18n.t(match care {
        CareKind::Consultation => "claims-care-consultation",
        CareKind::Pharmacy => "claims-care-pharmacy",
        CareKind::Laboratory => "claims-care-laboratory",
        CareKind::Imaging => "claims-care-imaging",
        CareKind::Dental => "claims-care-dental",
        CareKind::Optical => "claims-care-optical",
    })
}

fn missing_label(i18n: &I18n, missing: MissingDocument) -> String {
    i18n.t(match missing {
        MissingDocument::Prescription => "claims-missing-prescription",
        MissingDocument::Invoice => "claims-missing-invoice",
        MissingDocument::DoctorSignature => "claims-missing-doctor-signature",
        MissingDocument::Results => "claims-missing-results",
    })
}

fn refusal_label(i18n: &I18n, reason: RefusalReason) -> String {
    i18n.t(match reason {
        RefusalReason::LateSubmission => "claims-refusal-late-submission",
        RefusalReason::NotCovered => "claims-refusal-not-covered",
        RefusalReason::RightsClosed => "claims-refusal-rights-closed",
        RefusalReason::Duplicate => "claims-refusal-duplicate",
    })
}

/// «Vous» for the insured person, else the beneficiary's first name.
fn beneficiary_label(i18n: &I18n, beneficiary: &Beneficiary) -> String {
    match beneficiary.relation {
        Relation::Insured => i18n.t("claims-beneficiary-you"),
        Relation::Spouse | Relation::Child => beneficiary.first_name.clone(),
    }
}

// ---------------------------------------------------------------------------------------------
// «Mes remboursements»

#[component]
pub fn ClaimsPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    use_hook(|| spawn(async { dispatch(Msg::Private(Event::Opened(Section::Claims))) }));
    let Some((claims, filter)) = model
        .read()
        .private
        .as_ref()
        .map(|s| (s.claims.clone(), s.claim_filter.clone()))
    else {
        return rsx! {};
    };
    let refresh = Event::Refresh(Section::Claims);
    rsx! {
        Screen { title: i18n.t("claims-title"), class: "records",
            if Freshness::is_first_load(&claims) {
                Loading {}
            } else {
                RecordStatus { freshness: Freshness::of(&claims), refresh }
                if let Some(list) = claims.value() {
                    ClaimList { claims: list.clone(), filter }
                } else if matches!(claims, Remote::Empty { .. }) {
                    section { class: "empty", aria_labelledby: "claims-empty-heading",
                        h2 { id: "claims-empty-heading", {i18n.t("claims-empty")} }
                        p { {i18n.t("claims-empty-how")} }
                        p { {i18n.t("claims-empty-later")} }
                    }
                }
            }
            RecordFooter { contact: i18n.t("claims-contact") }
        }
    }
}

/// The filters and the claims they admit.
#[component]
fn ClaimList(claims: Claims, filter: ClaimFilter) -> Element {
    let i18n = use_i18n();
    let shown: Vec<Claim> = claims
        .claims
        .iter()
        .filter(|c| filter.admits(c))
        .cloned()
        .collect();
    let by_state = filter.clone();
    let by_beneficiary = filter.clone();
    let filtered = filter != ClaimFilter::default();
    rsx! {
        section { class: "filters", aria_labelledby: "claims-filters-heading",
            h2 { id: "claims-filters-heading", {i18n.t("claims-filters-heading")} }
            div { class: "filter-fields",
                div { class: "field",
                    label { r#for: "claims-state", {i18n.t("claims-filter-state")} }
                    select {
                        id: "claims-state",
                        name: "claims-state",
                        onchange: move |e: FormEvent| {
                            let value = e.value();
                            let state = ClaimState::ALL.into_iter().find(|s| state_value(*s) == value);
                            dispatch(Msg::Private(Event::FilterClaims(ClaimFilter { state, ..by_state.clone() })));
                        },
                        option { value: "", selected: filter.state.is_none(), {i18n.t("claims-filter-all-states")} }
                        for state in ClaimState::ALL {
                            option { value: state_value(state), selected: filter.state == Some(state),
                                {state_label(&i18n, state)}
                            }
                        }
                    }
                }
                div { class: "field",
                    label { r#for: "claims-beneficiary", {i18n.t("claims-filter-beneficiary")} }
                    select {
                        id: "claims-beneficiary",
                        name: "claims-beneficiary",
                        onchange: move |e: FormEvent| {
                            let value = e.value();
                            let beneficiary = (!value.is_empty()).then_some(value);
                            dispatch(Msg::Private(Event::FilterClaims(ClaimFilter { beneficiary, ..by_beneficiary.clone() })));
                        },
                        option { value: "", selected: filter.beneficiary.is_none(), {i18n.t("claims-filter-all-beneficiaries")} }
                        for b in claims.beneficiaries.iter() {
                            option { value: "{b.id}", selected: filter.beneficiary.as_ref() == Some(&b.id),
                                {beneficiary_label(&i18n, b)}
                            }
                        }
                    }
                }
            }
            p { class: "hint", role: "status",
                {i18n.t_args("claims-count", &[("count", (shown.len() as u64).into())])}
            }
        }
        section { aria_labelledby: "claims-list-heading",
            h2 { id: "claims-list-heading", {i18n.t("claims-list-heading")} }
            if shown.is_empty() {
                div { class: "empty",
                    p { {i18n.t("claims-no-match")} }
                    button { class: "button secondary", r#type: "button",
                        onclick: move |_| dispatch(Msg::Private(Event::FilterClaims(ClaimFilter::default()))),
                        {i18n.t("claims-clear-filters")}
                    }
                }
            } else {
                ul { class: "record-list",
                    for claim in shown {
                        li { key: "{claim.id}", ClaimCard { claim } }
                    }
                }
                if filtered {
                    button { class: "link-button", r#type: "button",
                        onclick: move |_| dispatch(Msg::Private(Event::FilterClaims(ClaimFilter::default()))),
                        {i18n.t("claims-clear-filters")}
                    }
                }
            }
        }
    }
}

/// One claim in the list: a link to its page.
#[component]
fn ClaimCard(claim: Claim) -> Element {
    let i18n = use_i18n();
    rsx! {
        Link { class: "record-card", to: Route::ClaimPage { claim_id: claim.id.clone() },
            span { class: "record-title",
                {i18n.t_args("claims-card-title", &[
                    ("care", care_label(&i18n, claim.care).into()),
                    ("beneficiary", beneficiary_label(&i18n, &claim.beneficiary).into()),
                ])}
            }
            span { class: "record-line",
                {i18n.t("claims-number-label")} " "
                span { class: "ltr-value", dir: "ltr", {claim.number.clone()} }
            }
            span { class: "record-line",
                {i18n.t_args("claims-care-date", &[("date", i18n.date(claim.care_date).into())])}
            }
            span { class: "record-line",
                span { class: state_class(claim.state), {state_label(&i18n, claim.state)} }
            }
            span { class: "record-line",
                {i18n.t_args("claims-claimed", &[("amount", i18n.amount(claim.claimed).into())])}
            }
            if let Some(reimbursed) = claim.reimbursed {
                span { class: "record-line",
                    {i18n.t_args("claims-reimbursed", &[("amount", i18n.amount(reimbursed).into())])}
                }
            }
            if claim.state == ClaimState::Incomplete && let Some(missing) = claim.missing {
                span { class: "record-line record-action",
                    {i18n.t_args("claims-missing", &[("document", missing_label(&i18n, missing).into())])}
                }
            }
            if claim.state == ClaimState::Refused && let Some(reason) = claim.refusal {
                span { class: "record-line",
                    {i18n.t_args("claims-refusal", &[("reason", refusal_label(&i18n, reason).into())])}
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// One claim

#[component]
pub fn ClaimPage(claim_id: String) -> Element {
    let i18n = use_i18n();
    let model = use_model();
    // After the render, and again if the route's id changes while the page stays mounted.
    use_effect(use_reactive!(|claim_id| {
        dispatch(Msg::Private(Event::OpenClaim(claim_id)));
    }));
    let Some((claims, alone, shown, insured)) = model.read().private.as_ref().map(|s| {
        let alone = s
            .claim
            .as_ref()
            .filter(|(id, _)| *id == claim_id)
            .map(|(_, r)| r.clone());
        let shown = s.open_claim().filter(|c| c.id == claim_id).cloned();
        (s.claims.clone(), alone, shown, !s.is_dependant())
    }) else {
        return rsx! {};
    };
    let back = (Route::ClaimsPage {}, i18n.t("claims-back-list"));
    let listed = claims
        .value()
        .is_some_and(|c| c.claims.iter().any(|c| c.id == claim_id));
    let freshness = match (&alone, listed) {
        (Some(remote), false) => {
            let mut f = Freshness::of(remote);
            f.loading |= claims.is_loading();
            f
        }
        _ => Freshness::of(&claims),
    };
    let retry = Event::OpenClaim(claim_id.clone());
    rsx! {
        Screen { title: i18n.t("claims-detail-title"), class: "records",
            if let Some(claim) = shown {
                RecordStatus { freshness, refresh: Event::Refresh(Section::Claims) }
                ClaimDetails { claim, insured }
            } else {
                match alone.as_ref().and_then(|r| r.error().cloned()) {
                    Some(ApiError::Problem(p)) if p.code == ErrorCode::NotFound => rsx! {
                        div { class: "empty",
                            p { {i18n.t("claims-not-found")} }
                        }
                    },
                    Some(error) => rsx! {
                        FailureBox { message: i18n.failure(&error),
                            button { class: "button secondary", r#type: "button",
                                onclick: move |_| dispatch(Msg::Private(retry.clone())),
                                {i18n.t("common-retry")}
                            }
                        }
                    },
                    None => rsx! { Loading {} },
                }
            }
            RecordFooter { contact: i18n.t("claims-contact"), back }
        }
    }
}

#[component]
/// `insured`: a dependant's space has no payments page to point to.
fn ClaimDetails(claim: Claim, insured: bool) -> Element {
    let i18n = use_i18n();
    let last = claim.timeline.len().saturating_sub(1);
    rsx! {
        section { aria_labelledby: "claim-facts-heading",
            h2 { id: "claim-facts-heading", {i18n.t("claims-detail-facts-heading")} }
            dl { class: "facts",
                dt { {i18n.t("claims-detail-number")} }
                dd { span { class: "ltr-value", dir: "ltr", {claim.number.clone()} } }
                dt { {i18n.t("claims-detail-state")} }
                dd { span { class: state_class(claim.state), {state_label(&i18n, claim.state)} } }
                dt { {i18n.t("claims-detail-care")} }
                dd { {care_label(&i18n, claim.care)} }
                dt { {i18n.t("claims-detail-beneficiary")} }
                dd { {beneficiary_label(&i18n, &claim.beneficiary)} }
                dt { {i18n.t("claims-detail-care-date")} }
                dd { {i18n.date(claim.care_date)} }
                dt { {i18n.t("claims-detail-received-on")} }
                dd { {i18n.date(claim.received_on)} }
                dt { {i18n.t("claims-detail-claimed")} }
                dd { {i18n.amount(claim.claimed)} }
                if let Some(reimbursed) = claim.reimbursed {
                    dt { {i18n.t("claims-detail-reimbursed")} }
                    dd { {i18n.amount(reimbursed)} }
                }
                if let Some(missing) = claim.missing {
                    dt { {i18n.t("claims-detail-missing")} }
                    dd { {missing_label(&i18n, missing)} }
                }
                if let Some(reason) = claim.refusal {
                    dt { {i18n.t("claims-detail-refusal")} }
                    dd { {refusal_label(&i18n, reason)} }
                }
            }
        }
        section { aria_labelledby: "claim-timeline-heading",
            h2 { id: "claim-timeline-heading", {i18n.t("claims-detail-timeline-heading")} }
            ol { class: "timeline",
                for (i, event) in claim.timeline.iter().enumerate() {
                    li {
                        class: if i == last { Some("current") } else { None },
                        aria_current: if i == last { Some("step") } else { None },
                        span { class: "timeline-state", {state_label(&i18n, event.state)} }
                        " "
                        span { class: "timeline-date", {i18n.t_args("claims-detail-on", &[("date", i18n.date(event.on).into())])} }
                        if i == last {
                            " "
                            span { class: "timeline-current", {i18n.t("claims-detail-current")} }
                        }
                    }
                }
            }
        }
        section { aria_labelledby: "claim-next-heading",
            h2 { id: "claim-next-heading", {i18n.t("claims-detail-next-heading")} }
            match claim.state {
                ClaimState::Incomplete => rsx! {
                    p { class: "notice",
                        {match claim.missing {
                            Some(missing) => i18n.t_args("claims-next-incomplete", &[("document", missing_label(&i18n, missing).into())]),
                            None => i18n.t("claims-next-incomplete-unknown"),
                        }}
                    }
                    p { {i18n.t("claims-next-incomplete-number")} }
                },
                ClaimState::Refused => rsx! {
                    p { {i18n.t("claims-next-refused")} }
                },
                ClaimState::Reimbursed => rsx! {
                    p { {i18n.t("claims-next-reimbursed")} }
                    if insured {
                        p { Link { to: Route::PaymentsPage {}, {i18n.t("claims-see-payments")} } }
                    }
                },
                ClaimState::Received | ClaimState::Processing => rsx! {
                    p { {i18n.t("claims-next-open")} }
                },
            }
        }
    }
}
