//! The welcome screen: «Créer mon compte», «Me connecter», and the language choice.

use crate::app::use_i18n;
use crate::components::LanguagePicker;
use dioxus::prelude::*;

#[component]
pub fn Welcome() -> Element {
    let i18n = use_i18n();
    rsx! {
        document::Title { {i18n.t("welcome-title")} }
        main { class: "screen welcome",
            LanguagePicker {}
            h1 { tabindex: "-1", {i18n.t("welcome-title")} }
            p { class: "lead", {i18n.t("welcome-intro")} }
            div { class: "actions",
                button { class: "button primary", r#type: "button", {i18n.t("welcome-create-account")} }
                button { class: "button secondary", r#type: "button", {i18n.t("welcome-sign-in")} }
            }
        }
    }
}
