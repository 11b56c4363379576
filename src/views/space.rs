//! The private space: who is signed in, and sign-out.

use super::Route;
use crate::app::{route_for, use_flows, use_i18n, use_services};
use crate::components::Screen;
use crate::flows::session::Event;
use crate::services::runner::Outcome;
use dioxus::prelude::*;

#[component]
pub fn Space() -> Element {
    let i18n = use_i18n();
    let flows = use_flows();
    let services = use_services();
    // Opened while signed out (a reload, a typed URL): go to sign-in. Checked once, on
    // arrival; signing out from here navigates by itself.
    use_hook(move || {
        if flows.session.peek().profile.is_none() {
            spawn(async move {
                navigator().replace(Route::SignInPage {});
            });
        }
    });
    let profile = flows.session.read().profile.clone();
    let Some(profile) = profile else {
        return rsx! {};
    };
    let name = format!("{} {}", profile.first_name, profile.last_name);
    rsx! {
        Screen { title: i18n.t("space-title"),
            p { class: "lead", {i18n.t_args("space-greeting", &[("name", name.into())])} }
            // Fluent isolates the number (FSI…PDI), so it stays left-to-right in Arabic.
            p { {i18n.t_args("space-identifier", &[("id", profile.account_id.clone().into())])} }
            div { class: "actions",
                button {
                    class: "button secondary",
                    r#type: "button",
                    onclick: move |_| {
                        let mut session = flows.session;
                        let effects = session.write().update(Event::SignOut);
                        let services = services.clone();
                        spawn(async move {
                            for effect in effects {
                                if let Outcome::Navigate(d) = services.run(effect).await {
                                    navigator().push(route_for(&d, flows));
                                }
                            }
                        });
                    },
                    {i18n.t("space-sign-out")}
                }
            }
        }
    }
}
