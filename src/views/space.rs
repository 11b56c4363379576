//! «Mon espace»: who is signed in (at once, from the session), one card per service with a
//! one-line live status from the server's summary (`GET /v1/space`: loading, loaded with the
//! time it was fetched, failed with a retry, refresh), the profile as the server has it now,
//! and sign-out. A dependant sees only their claims and AMO rights. Rendered inside
//! `PrivateLayout`, so only with a full session.
//!
//! Also the pieces every record screen of the space shares: the freshness bar (when the data
//! was fetched, «Actualiser», the failure with «Réessayer»), the loading skeleton, and the
//! line that leads to «Contacter la CNSS».

use crate::app::{I18n, dispatch, use_i18n, use_model};
use crate::components::{FailureBox, Screen};
use crate::flows::ApiError;
use crate::flows::model::Msg;
use crate::flows::private::{Event, Section};
use crate::flows::remote::{Content, Remote};
use crate::views::Route;
use dioxus::prelude::*;
use macnss_api::records::SpaceSummary;
use macnss_api::types::{AccountKind, Profile};

#[component]
pub fn Space() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    use_hook(|| spawn(async { dispatch(Msg::Private(Event::Opened(Section::Home))) }));
    let Some(space) = model.read().private.clone() else {
        return rsx! {};
    };
    let profile = &space.profile;
    let dependant = space.is_dependant();
    let summary = space.summary.clone();
    let loading = summary.is_loading() || space.me.is_loading();
    let fetched = fetched_time(&summary).or_else(|| fetched_time(&space.me));
    let error = summary.error().or(space.me.error()).cloned();
    let status = summary.value().cloned();
    let lines = |pick: fn(&I18n, &SpaceSummary) -> Vec<String>| {
        status.as_ref().map(|s| pick(&i18n, s)).unwrap_or_default()
    };
    let skeleton = status.is_none() && (loading || matches!(summary, Remote::Idle));
    rsx! {
        Screen { title: i18n.t("space-title"),
            p { class: "lead", {i18n.t_args("space-greeting", &[
                // The whole name as one placeable: a Latin name keeps its order in Arabic.
                ("name", format!("{} {}", profile.first_name, profile.last_name).into()),
            ])} }
            // Keyboard order: «Actualiser», then «Me déconnecter», right after the heading
            // (the desktop test tabs through them).
            div { class: "space-bar",
                Freshness { i18n, loading, fetched, error, section: Section::Home }
                button {
                    class: "button secondary",
                    r#type: "button",
                    onclick: move |_| dispatch(Msg::SignOut),
                    {i18n.t("space-sign-out")}
                }
            }
            section { aria_labelledby: "space-services-heading",
                h2 { id: "space-services-heading", {i18n.t("space-services-heading")} }
                ul { class: "services", aria_busy: if skeleton { "true" } else { "false" },
                    if !dependant {
                        ServiceCard { to: Route::CareerPage {}, title: i18n.t("space-career-title"), lines: lines(career_lines), skeleton }
                    }
                    ServiceCard { to: Route::ClaimsPage {}, title: i18n.t("space-claims-title"), lines: lines(claims_lines), skeleton }
                    if !dependant {
                        ServiceCard { to: Route::FamilyPage {}, title: i18n.t("space-family-title"), lines: lines(family_lines), skeleton }
                        ServiceCard { to: Route::PaymentsPage {}, title: i18n.t("space-payments-title"), lines: lines(payments_lines), skeleton }
                    }
                    // The unread count: the summary's, followed live once the inbox is open.
                    ServiceCard { to: Route::InboxPage {}, title: i18n.t("space-inbox-title"), lines: lines(inbox_lines), skeleton }
                    // No live line: what may be asked for is the list's to say (a dependant's
                    // card names their own AMO rights).
                    ServiceCard { to: Route::AttestationsPage {}, title: i18n.t("space-attestations-title"),
                        lines: vec![i18n.t(match dependant {
                            true => "space-attestations-dependant",
                            false => "space-attestations-line",
                        })],
                        skeleton: false }
                }
            }
            section { aria_labelledby: "space-profile-heading",
                h2 { id: "space-profile-heading", {i18n.t("space-profile-heading")} }
                ProfileFacts { i18n, shown: space.me.value().cloned().unwrap_or(profile.clone()) }
                p { Link { to: Route::AccountPage {}, {i18n.t("space-account-link")} } }
            }
            ContactLine {}
        }
    }
}

/// The inbox card: the messages not read yet.
fn inbox_lines(i18n: &I18n, s: &SpaceSummary) -> Vec<String> {
    vec![i18n.t_args("space-inbox-unread", &[("count", s.unread_messages.into())])]
}

/// The career card: the last month declared.
fn career_lines(i18n: &I18n, s: &SpaceSummary) -> Vec<String> {
    vec![match s.last_declared_month {
        Some(m) => i18n.t_args("space-career-last", &[("month", i18n.month(m).into())]),
        None => i18n.t("space-career-none"),
    }]
}

/// The claims card: the claims open, those waiting for a document, the AMO rights.
fn claims_lines(i18n: &I18n, s: &SpaceSummary) -> Vec<String> {
    let mut lines = vec![i18n.t_args("space-claims-open", &[("count", s.claims_open.into())])];
    if s.claims_incomplete > 0 {
        lines.push(i18n.t_args(
            "space-claims-incomplete",
            &[("count", s.claims_incomplete.into())],
        ));
    }
    lines.push(match (s.amo.open, s.amo.until) {
        (true, Some(until)) => {
            i18n.t_args("space-amo-open-until", &[("date", i18n.date(until).into())])
        }
        (true, None) => i18n.t("space-amo-open"),
        (false, _) => i18n.t("space-amo-closed"),
    });
    lines
}

/// The family card: the TAWIDATY certificates to send first, else the children.
fn family_lines(i18n: &I18n, s: &SpaceSummary) -> Vec<String> {
    let count = ("count", s.certificates_due.into());
    vec![match (s.certificates_due, s.next_certificate_due) {
        (0, _) => i18n.t_args("space-family-children", &[("count", s.children.into())]),
        (_, Some(due)) => i18n.t_args(
            "space-family-certificates",
            &[count, ("date", i18n.date(due).into())],
        ),
        (_, None) => i18n.t_args("space-family-certificates-undated", &[count]),
    }]
}

/// The payments card: the latest payment.
fn payments_lines(i18n: &I18n, s: &SpaceSummary) -> Vec<String> {
    vec![match s.last_payment {
        Some(d) => i18n.t_args("space-payments-last", &[("date", i18n.date(d).into())]),
        None => i18n.t("space-payments-none"),
    }]
}

/// One service: the whole card is the link, its status lines part of its name.
#[component]
fn ServiceCard(to: Route, title: String, lines: Vec<String>, skeleton: bool) -> Element {
    rsx! {
        li {
            Link { to, class: "service-card",
                span { class: "service-title", {title} }
                for line in lines {
                    span { class: "service-status", {line} }
                }
                if skeleton {
                    span { class: "space-skeleton-line", aria_hidden: "true" }
                }
            }
        }
    }
}

/// The profile as last fetched (the session's until then).
#[component]
fn ProfileFacts(i18n: I18n, shown: Profile) -> Element {
    let kind = match shown.kind {
        AccountKind::Insured => i18n.t("space-kind-insured"),
        AccountKind::Dependant => i18n.t("space-kind-dependant"),
    };
    rsx! {
        dl { class: "facts",
            dt { {i18n.t("space-identifier-label")} }
            // Fluent isolates placeables; the value itself stays left-to-right in Arabic.
            dd { span { class: "ltr-value", dir: "ltr", {shown.account_id.clone()} } }
            dt { {i18n.t("space-kind-label")} }
            dd { {kind} }
            if let Some(insured) = shown.insured_id.clone() {
                dt { {i18n.t("space-insured-label")} }
                dd { span { class: "ltr-value", dir: "ltr", {insured} } }
            }
        }
    }
}

/// When a record was fetched, as «HH:MM» in Casablanca (what was shown before a refresh or a
/// failure keeps its time).
pub(super) fn fetched_time<T: Content + Clone>(remote: &Remote<T>) -> Option<String> {
    remote.current().map(|f| {
        f.fetched_at
            .with_timezone(&chrono_tz::Africa::Casablanca)
            .format("%H:%M")
            .to_string()
    })
}

/// The freshness of a record screen: the failure with its way forward and «Réessayer»,
/// «Chargement…» or «Mis à jour à HH:MM» (one status region), and «Actualiser». The button
/// stays while a load runs (inert then), so focus is never lost from under the finger.
#[component]
pub(super) fn Freshness(
    i18n: I18n,
    loading: bool,
    fetched: Option<String>,
    error: Option<ApiError>,
    section: Section,
) -> Element {
    let refresh = move |_| {
        if !loading {
            dispatch(Msg::Private(Event::Refresh(section)));
        }
    };
    rsx! {
        if let Some(error) = error {
            FailureBox { message: i18n.failure(&error),
                button { class: "button secondary", r#type: "button", onclick: refresh,
                    {i18n.t("common-retry")}
                }
            }
        }
        div { class: "secondary-actions freshness",
            p { class: "hint", role: "status", aria_busy: if loading { "true" } else { "false" },
                if loading {
                    {i18n.t("common-loading")}
                } else if let Some(time) = fetched {
                    {i18n.t_args("space-fetched-at", &[("time", time.into())])}
                }
            }
            button { class: "link-button", r#type: "button",
                aria_disabled: if loading { "true" } else { "false" },
                onclick: refresh,
                {i18n.t("space-refresh")}
            }
        }
    }
}

/// What a record screen shows while its first load runs: grey lines (the status region of
/// [`Freshness`] says «Chargement…»).
#[component]
pub(super) fn Skeleton(#[props(default = 3)] lines: u8) -> Element {
    rsx! {
        div { class: "space-skeleton", aria_hidden: "true",
            for i in 0..lines {
                span { key: "{i}", class: "space-skeleton-line" }
            }
        }
    }
}

/// The way forward from every "no": how to reach CNSS.
#[component]
pub(super) fn ContactLine() -> Element {
    let i18n = use_i18n();
    rsx! {
        p { class: "contact-line",
            Link { to: Route::ContactPage {}, {i18n.t("contact-link")} }
        }
    }
}

/// A labelled `select`, with its hint and error tied to it as [`crate::components::TextField`]
/// does for inputs. `options` are (value, label) pairs.
#[component]
pub(super) fn SelectField(
    id: String,
    label: String,
    #[props(default)] hint: Option<String>,
    #[props(default)] error: Option<String>,
    options: Vec<(String, String)>,
    selected: String,
    onchange: EventHandler<String>,
) -> Element {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = [
        hint.as_ref().map(|_| hint_id.clone()),
        error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let invalid = error.is_some();
    rsx! {
        div { class: if invalid { "field invalid" } else { "field" },
            label { r#for: "{id}", {label} }
            if let Some(hint) = hint {
                p { class: "hint", id: "{hint_id}", {hint} }
            }
            if let Some(error) = error {
                p { class: "error-message", id: "{error_id}", {error} }
            }
            select {
                id: "{id}",
                name: "{id}",
                aria_invalid: if invalid { "true" } else { "false" },
                aria_describedby: if described.is_empty() { None } else { Some(described.clone()) },
                onchange: move |e: FormEvent| onchange.call(e.value()),
                for (value, text) in options {
                    option { key: "{value}", value: "{value}", selected: value == selected, {text} }
                }
            }
        }
    }
}
