//! The private space's record screens (in progress).

use crate::app::use_i18n;
use crate::components::Screen;
use dioxus::prelude::*;

#[component]
pub fn CareerPage() -> Element {
    let i18n = use_i18n();
    rsx! { Screen { title: i18n.t("space-title") } }
}
#[component]
pub fn ReportsPage() -> Element {
    let i18n = use_i18n();
    rsx! { Screen { title: i18n.t("space-title") } }
}
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
#[component]
pub fn PaymentsPage() -> Element {
    let i18n = use_i18n();
    rsx! { Screen { title: i18n.t("space-title") } }
}
#[component]
pub fn BankAccountPage() -> Element {
    let i18n = use_i18n();
    rsx! { Screen { title: i18n.t("space-title") } }
}
#[component]
pub fn ContactPage() -> Element {
    let i18n = use_i18n();
    rsx! { Screen { title: i18n.t("space-title") } }
}
