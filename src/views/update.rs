//! Shown when the server says this version of the app is too old.

use crate::app::use_i18n;
use crate::components::Screen;
use dioxus::prelude::*;

#[component]
pub fn UpdateRequired() -> Element {
    let i18n = use_i18n();
    rsx! {
        Screen { title: i18n.t("update-title"),
            p { {i18n.t("update-body")} }
        }
    }
}
