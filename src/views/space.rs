//! «Mon espace»: who is signed in (at once, from the session), their profile as the server has
//! it now (read-only data: loading, loaded with the time it was fetched, failed with a retry,
//! refresh), and sign-out. Rendered inside `PrivateLayout`, so only with a full session.

use crate::app::{I18n, dispatch, use_i18n, use_model};
use crate::components::{FailureBox, Screen};
use crate::flows::model::Msg;
use crate::flows::private::{Event, Section};
use crate::flows::remote::Remote;
use dioxus::prelude::*;
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
    rsx! {
        Screen { title: i18n.t("space-title"),
            p { class: "lead", {i18n.t_args("space-greeting", &[
                ("first_name", profile.first_name.clone().into()),
                ("last_name", profile.last_name.clone().into()),
            ])} }
            section { aria_labelledby: "space-profile-heading",
                h2 { id: "space-profile-heading", {i18n.t("space-profile-heading")} }
                ProfileCard { i18n, me: space.me.clone(), session_profile: profile.clone() }
            }
            div { class: "actions",
                button {
                    class: "button secondary",
                    r#type: "button",
                    onclick: move |_| dispatch(Msg::SignOut),
                    {i18n.t("space-sign-out")}
                }
            }
        }
    }
}

/// The profile as last fetched, with when, a refresh, and the failure's way forward.
#[component]
fn ProfileCard(i18n: I18n, me: Remote<Profile>, session_profile: Profile) -> Element {
    let shown = me.value().cloned().unwrap_or(session_profile);
    let kind = match shown.kind {
        AccountKind::Insured => i18n.t("space-kind-insured"),
        AccountKind::Dependant => i18n.t("space-kind-dependant"),
    };
    let fetched = me.current().map(|f| {
        f.fetched_at
            .with_timezone(&chrono_tz::Africa::Casablanca)
            .format("%H:%M")
            .to_string()
    });
    let loading = me.is_loading();
    rsx! {
        dl { class: "facts",
            dt { {i18n.t("space-identifier-label")} }
            // Fluent isolates placeables; the value itself stays left-to-right in Arabic.
            dd { class: "ltr-value", dir: "ltr", {shown.account_id.clone()} }
            dt { {i18n.t("space-kind-label")} }
            dd { {kind} }
            if let Some(insured) = shown.insured_id.clone() {
                dt { {i18n.t("space-insured-label")} }
                dd { class: "ltr-value", dir: "ltr", {insured} }
            }
        }
        if let Some(error) = me.error() {
            FailureBox { message: i18n.failure(error),
                button { class: "button secondary", r#type: "button",
                    onclick: move |_| dispatch(Msg::Private(Event::Refresh(Section::Home))),
                    {i18n.t("common-retry")}
                }
            }
        }
        div { class: "secondary-actions",
            p { class: "hint", role: "status",
                if loading {
                    {i18n.t("common-loading")}
                } else if let Some(time) = fetched {
                    {i18n.t_args("space-fetched-at", &[("time", time.into())])}
                }
            }
            if !loading {
                button { class: "link-button", r#type: "button",
                    onclick: move |_| dispatch(Msg::Private(Event::Refresh(Section::Home))),
                    {i18n.t("space-refresh")}
                }
            }
        }
    }
}
