//! The frame of every screen: page title, the heading that takes focus when the screen
//! appears (so screen readers announce it), and the step indicator.

use crate::app::use_i18n;
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
        main { class: "screen {class}",
            LanguagePicker {}
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
