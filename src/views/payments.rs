//! «Mes paiements»: payments, pension, the bank account and its change (views in progress).

use crate::app::use_i18n;
use crate::components::Screen;
use dioxus::prelude::*;

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
