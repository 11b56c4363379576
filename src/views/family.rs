//! «Allocations familiales et TAWIDATY»: children, schooling checks, sending a certificate (views in progress).

use crate::app::use_i18n;
use crate::components::Screen;
use dioxus::prelude::*;

#[component]
pub fn FamilyPage() -> Element {
    let i18n = use_i18n();
    rsx! { Screen { title: i18n.t("space-title") } }
}

#[component]
pub fn CertificatePage(child_id: String) -> Element {
    let i18n = use_i18n();
    rsx! { Screen { title: i18n.t("space-title") } }
}
