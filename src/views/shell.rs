//! The layout around every screen. On its first render it launches the model (restore the
//! session from the keychain, reopen a code step in progress: the rules are the model's), and
//! on every route it applies the model's guard (the version gate, private screens without a
//! full session), telling the model which private screen was wanted so it is shown after
//! sign-in. It also tells the model when the webview is hidden and shown again (the app sent
//! to the background and back: the quick unlock's delay, `flows::lock`).

use crate::app::{dispatch, route_of, screen_of, use_model};
use crate::flows::model::Msg;
use crate::views::Route;
use dioxus::prelude::*;

/// Sends `true` when the page is hidden, `false` when it is shown again, and stays alive.
const VISIBILITY_SCRIPT: &str = "document.addEventListener('visibilitychange', \
    () => dioxus.send(document.visibilityState === 'hidden')); \
    await new Promise(() => {});";

#[component]
pub fn Shell() -> Element {
    let model = use_model();
    let route = use_route::<Route>();
    // After the first render, not during it (a model write while rendering).
    use_hook(|| spawn(async { dispatch(Msg::Launch) }));
    let screen = screen_of(&route);
    let mut current = use_signal(|| screen.clone());
    // The page's visibility: hidden when the app goes to the background (Android's and
    // iOS's webviews, the desktop window minimised, a browser tab), visible when it is back.
    use_hook(move || {
        spawn(async move {
            let mut events = document::eval(VISIBILITY_SCRIPT);
            while let Ok(hidden) = events.recv::<bool>().await {
                if hidden {
                    dispatch(Msg::Backgrounded);
                } else {
                    dispatch(Msg::Foregrounded(current.peek().clone()));
                }
            }
        })
    });
    if *current.peek() != screen {
        current.set(screen.clone());
    }
    let (redirect, wanted) = {
        let m = model.read();
        let wanted = (screen.is_private() && m.private.is_none()).then(|| screen.clone());
        (m.guard(&screen), wanted)
    };
    use_effect(use_reactive!(|redirect, wanted| {
        // A private screen opened signed out (a deep link, a notification): the model shows
        // it once the person is signed in, or once the launch restored the session.
        if let Some(screen) = wanted {
            dispatch(Msg::Wanted(screen));
        }
        if let Some(screen) = redirect {
            navigator().replace(route_of(screen));
        }
    }));
    rsx! {
        // Only the Android activity sends native events: elsewhere the bridge would only
        // re-render on every screen change, for nothing.
        if crate::platform::ACTIVE {
            crate::platform::NativeBridge {}
        }
        Outlet::<Route> {}
    }
}

/// The layout of every private screen: it renders them only while the model holds a full
/// session's private space, and shows progress while the launch restores one. All private
/// state lives in that space (`Model::private`), which sign-out and expiry drop whole.
#[component]
pub fn PrivateLayout() -> Element {
    let model = use_model();
    let i18n = crate::app::use_i18n();
    let (signed_in, restoring) = {
        let m = model.read();
        (m.private.is_some(), m.is_restoring())
    };
    if !signed_in {
        // The guard above redirects; while the session is restored, say so.
        return rsx! {
            div { class: "screen", role: "status", aria_busy: if restoring { "true" } else { "false" },
                p { {i18n.t("common-loading")} }
            }
        };
    }
    rsx! { Outlet::<Route> {} }
}
