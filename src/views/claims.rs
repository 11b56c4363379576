//! «Mes remboursements»: AMO claims, filter, one claim with its timeline (views in progress).

use crate::app::use_i18n;
use crate::components::Screen;
use dioxus::prelude::*;

#[component]
pub fn ClaimsPage() -> Element {
    let i18n = use_i18n();
    rsx! { Screen { title: i18n.t("space-title") } }
}

#[component]
pub fn ClaimPage(claim_id: String) -> Element {
    let i18n = use_i18n();
    rsx! { Screen { title: i18n.t("space-title") } }
}
