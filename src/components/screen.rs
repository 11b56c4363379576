//! The frame of every screen: the app's header (its icon, its name, the language picker and,
//! in the private space, whose account it is), the page title, the heading that takes focus
//! when the screen appears (so screen readers announce it), and the step indicator.

use crate::app::{use_i18n, use_model};
use crate::components::LanguagePicker;
use dioxus::prelude::*;

/// A screen: the back link and the step indicator come before the heading, as users expect.
#[component]
pub fn Screen(
    title: String,
    children: Element,
    #[props(default)] class: String,
    /// The back link's action, when the screen has one.
    #[props(default)]
    onback: Option<EventHandler<()>>,
    /// (current, total) for the step indicator.
    #[props(default)]
    step: Option<(u8, u8)>,
) -> Element {
    let i18n = use_i18n();
    // A window title is plain text read whole: without Fluent's bidi isolation marks.
    let page_title = i18n
        .t_args("page-title", &[("screen", title.clone().into())])
        .replace(['\u{2068}', '\u{2069}'], "");
    rsx! {
        document::Title { {page_title} }
        AppHeader {}
        main { class: "screen {class}",
            if let Some(onback) = onback {
                crate::components::BackLink { onclick: move |_| onback.call(()) }
            }
            if let Some((current, total)) = step {
                StepIndicator { current, total }
            }
            h1 {
                id: "screen-title",
                tabindex: "-1",
                onmounted: move |e: MountedEvent| async move {
                    let _ = e.set_focus(true).await;
                },
                {title.clone()}
            }
            {children}
        }
    }
}

#[component]
pub fn StepIndicator(current: u8, total: u8) -> Element {
    let i18n = use_i18n();
    rsx! {
        p { class: "step", {i18n.t_args("common-step", &[("current", current.into()), ("total", total.into())])} }
    }
}

/// The app icon (`assets/icon/icon.svg`), inline: drawn with the page, no request.
const ICON: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024" width="40" height="40" focusable="false"><rect width="1024" height="1024" rx="200" fill="#0B5CAD"/><rect x="262" y="322" width="500" height="380" rx="44" fill="#FFF"/><circle cx="392" cy="462" r="62" fill="#0B5CAD"/><path d="M300 650C300 570 340 540 392 540S484 570 484 650Z" fill="#0B5CAD"/><rect x="528" y="420" width="180" height="36" rx="18" fill="#0B5CAD"/><rect x="528" y="494" width="140" height="36" rx="18" fill="#0B5CAD"/><rect x="528" y="568" width="180" height="36" rx="18" fill="#1E9E5A"/></svg>"##;

/// The header of every screen: who the app is (recognisable at once), the languages, and in
/// the private space the name of the person signed in.
#[component]
fn AppHeader() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let name = model
        .read()
        .private
        .as_ref()
        .map(|p| format!("{} {}", p.profile.first_name, p.profile.last_name));
    rsx! {
        header { class: "app-header",
            div { class: "brand",
                span { class: "brand-icon", aria_hidden: "true", dangerous_inner_html: ICON }
                span { class: "brand-text",
                    span { class: "brand-name", {i18n.t("common-brand")} }
                    span { class: "brand-tagline", {i18n.t("common-brand-tagline")} }
                }
            }
            LanguagePicker {}
            if let Some(name) = name {
                p { class: "header-person", {i18n.t_args("common-account", &[("name", name.into())])} }
            }
        }
    }
}
