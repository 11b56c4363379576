//! The layout around every screen. At launch it restores the session from the keychain: a
//! live session opens the private space, an ended one returns to sign-in with the identifier
//! kept, and an unreachable server changes nothing (the tokens stay for the next try).

use super::Route;
use crate::app::{use_flows, use_services};
use crate::flows::session;
use crate::flows::sign_in::SignIn;
use crate::services::runner::Restored;
use dioxus::prelude::*;

#[component]
pub fn Shell() -> Element {
    let services = use_services();
    let mut flows = use_flows();
    use_hook(move || {
        spawn(async move {
            match services.restore_session().await {
                Restored::SignedIn(s) => {
                    flows.session.write().update(session::Event::SignedIn(s));
                    navigator().replace(Route::Space {});
                }
                Restored::Expired { account_id } => {
                    flows.sign_in.set(SignIn::after_session_expired(account_id));
                    navigator().replace(Route::SignInPage {});
                }
                Restored::Unreachable { .. } | Restored::SignedOut => {}
            }
        });
    });
    rsx! {
        // Only the Android activity sends native events: elsewhere the bridge would only
        // re-render on every screen change, for nothing.
        if crate::platform::ACTIVE {
            crate::platform::NativeBridge {}
        }
        Outlet::<Route> {}
    }
}
