//! The CGU (terms of use), served by the API in the active language.

use crate::app::{use_i18n, use_services};
use crate::components::{FailureBox, Screen};
use dioxus::prelude::*;

#[component]
pub fn Terms() -> Element {
    let i18n = use_i18n();
    let services = use_services();
    let mut terms = use_resource(move || {
        let api = services.api.clone();
        let _lang = *i18n.lang.read(); // refetch in the new language
        async move { api.terms().await }
    });
    rsx! {
        Screen { title: i18n.t("terms-title"), onback: move |_| navigator().go_back(),
            match &*terms.read() {
                None => rsx! { p { role: "status", {i18n.t("common-loading")} } },
                Some(Ok(t)) => rsx! {
                    p { class: "hint", {i18n.t_args("terms-version", &[("version", t.version.clone().into())])} }
                    div { class: "terms-text", lang: "{t.language}",
                        for paragraph in t.text.lines().filter(|l| !l.trim().is_empty()) {
                            p { {paragraph.to_owned()} }
                        }
                    }
                },
                Some(Err(e)) => rsx! {
                    FailureBox { message: i18n.failure(e),
                        button { class: "button secondary", r#type: "button", onclick: move |_| terms.restart(), {i18n.t("common-retry")} }
                    }
                },
            }
        }
    }
}
