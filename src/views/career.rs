//! «Ma carrière» and reports of a missing declaration (views in progress).

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
