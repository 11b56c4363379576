//! The Rust side of the native glue on phones, kept thin: what the Android back button does on
//! each screen ([`back_action`]), when the app waits for an SMS code ([`awaits_sms_code`]), and
//! [`NativeBridge`], the invisible component (mounted once in the layout, on Android only) that listens for the
//! events the native main activity sends into the webview and asks it for the SMS User
//! Consent prompt.
//!
//! The contract with `android/MainActivity.kt` is a DOM event and a JavaScript interface, both
//! named below: the activity dispatches [`BACK_EVENT`] on `window` instead of leaving the app,
//! and exposes `window.MaCNSSAndroid` with `leave()` (move the task to the background) and
//! `listenForSmsCode()` (start the SMS User Consent API; the code it reads is typed into the
//! `autocomplete="one-time-code"` input by the activity itself, so the view's own input
//! handler takes it). The bridge is active on Android only; elsewhere it renders nothing and
//! listens to nothing.

use crate::app::{dispatch, use_model};
use crate::flows::model::Msg;
use crate::flows::{recovery, sign_in, sign_up};
use crate::views::Route;
use dioxus::prelude::*;

/// The DOM event the Android activity dispatches on `window` for the system back button.
pub const BACK_EVENT: &str = "macnss:back";

/// The name of the JavaScript interface the Android activity adds to the webview.
pub const ANDROID_INTERFACE: &str = "MaCNSSAndroid";

/// What the system back button does on the current screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackAction {
    /// The sign-up flow's `Back` event.
    SignUp,
    /// The sign-in flow's `Back` event.
    SignIn,
    /// The recovery flow's `Back` event.
    Recovery,
    /// Return to the previous screen (the CGU opened from a form, a record of the space).
    History,
    /// The first screen, the private space and the update notice: the app goes to the
    /// background, as a native app does at its root (the session stays).
    Leave,
}

/// The back button's meaning on `route`: the same as the screen's own back link.
pub fn back_action(route: &Route) -> BackAction {
    match route {
        Route::SignUpPage {} => BackAction::SignUp,
        Route::SignInPage {} => BackAction::SignIn,
        Route::RecoveryPage {} => BackAction::Recovery,
        // A screen opened from another (a record of the space, the contact page): back to it.
        Route::Terms {}
        | Route::ContactPage {}
        | Route::CareerPage {}
        | Route::ReportsPage {}
        | Route::ClaimsPage {}
        | Route::ClaimPage { .. }
        | Route::FamilyPage {}
        | Route::CertificatePage { .. }
        | Route::PaymentsPage {}
        | Route::BankAccountPage {}
        | Route::AccountPage {}
        | Route::ContactDetailsPage {}
        | Route::PasswordPage {}
        | Route::DevicesPage {}
        | Route::QuickUnlockPage {}
        | Route::DeleteAccountPage {}
        | Route::AttestationsPage {}
        | Route::AttestationRequestPage {}
        | Route::AttestationPage { .. }
        | Route::InboxPage {}
        | Route::InboxMessagePage { .. }
        | Route::VerifyPage {}
        | Route::LostPhonePage {} => BackAction::History,
        // The lock screen and the notice of a deleted account are roots: nothing behind them.
        Route::UnlockPage {} | Route::AccountDeletedPage {} => BackAction::Leave,
        Route::Welcome {} | Route::Space {} | Route::UpdateRequired {} => BackAction::Leave,
    }
}

/// Whether the screen on `route` is a code step, where an SMS code is expected.
pub fn awaits_sms_code(route: &Route, sign_up: sign_up::Step, recovery: recovery::Step) -> bool {
    match route {
        Route::SignUpPage {} => sign_up == sign_up::Step::Code,
        Route::RecoveryPage {} => recovery == recovery::Step::Code,
        _ => false,
    }
}

/// Script that forwards every [`BACK_EVENT`] to Rust and stays alive (its channel with it).
fn listen_back_script() -> String {
    format!(
        "window.addEventListener('{BACK_EVENT}', () => dioxus.send(true));\
         await new Promise(() => {{}});"
    )
}

/// Script that calls `method` on the Android interface when it exists.
fn android_call_script(method: &str) -> String {
    format!(
        "if (window.{ANDROID_INTERFACE} && window.{ANDROID_INTERFACE}.{method}) \
         {{ window.{ANDROID_INTERFACE}.{method}(); }}"
    )
}

/// Whether this build talks to the Android activity.
pub const ACTIVE: bool = cfg!(target_os = "android");

/// Listens for the native events and starts the SMS prompt on code steps. Renders nothing.
/// Must sit under the router (it is mounted by the layout, `views::Shell`).
#[component]
pub fn NativeBridge() -> Element {
    let model = use_model();
    let route = use_route::<Route>();
    use_hook(move || {
        if ACTIVE {
            spawn(async move {
                let mut events = document::eval(&listen_back_script());
                while events.recv::<bool>().await.is_ok() {
                    on_back();
                }
            });
        }
    });
    let (sign_up_step, recovery_step) = {
        let m = model.read();
        (m.sign_up.step, m.recovery.step)
    };
    let waiting = awaits_sms_code(&route, sign_up_step, recovery_step);
    use_effect(use_reactive!(|waiting| {
        if ACTIVE && waiting {
            document::eval(&android_call_script("listenForSmsCode"));
        }
    }));
    rsx! {}
}

/// Routes one back press to the current screen's flow (or history, or the background).
fn on_back() {
    match back_action(&router().current::<Route>()) {
        BackAction::SignUp => dispatch(Msg::SignUp(sign_up::Event::Back)),
        BackAction::SignIn => dispatch(Msg::SignIn(sign_in::Event::Back)),
        BackAction::Recovery => dispatch(Msg::Recovery(recovery::Event::Back)),
        BackAction::History => navigator().go_back(),
        BackAction::Leave => {
            document::eval(&android_call_script("leave"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_follows_each_screens_back_link() {
        assert_eq!(back_action(&Route::SignUpPage {}), BackAction::SignUp);
        assert_eq!(back_action(&Route::SignInPage {}), BackAction::SignIn);
        assert_eq!(back_action(&Route::RecoveryPage {}), BackAction::Recovery);
        assert_eq!(back_action(&Route::Terms {}), BackAction::History);
    }

    #[test]
    fn back_leaves_the_app_at_its_roots() {
        for route in [Route::Welcome {}, Route::Space {}, Route::UpdateRequired {}] {
            assert_eq!(back_action(&route), BackAction::Leave, "{route:?}");
        }
    }

    #[test]
    fn sms_code_is_awaited_only_on_code_steps_of_the_screen_shown() {
        use recovery::Step as R;
        use sign_up::Step as S;
        assert!(awaits_sms_code(
            &Route::SignUpPage {},
            S::Code,
            R::Identifier
        ));
        assert!(awaits_sms_code(
            &Route::RecoveryPage {},
            S::AccountType,
            R::Code
        ));
        assert!(!awaits_sms_code(&Route::SignUpPage {}, S::Contact, R::Code));
        assert!(!awaits_sms_code(
            &Route::RecoveryPage {},
            S::Code,
            R::Channel
        ));
        // A code step left in the background (the user opened the CGU) is not awaited.
        assert!(!awaits_sms_code(&Route::Terms {}, S::Code, R::Code));
    }

    #[test]
    fn scripts_name_the_contract_with_the_activity() {
        assert!(listen_back_script().contains("'macnss:back'"));
        let leave = android_call_script("leave");
        assert!(leave.contains("window.MaCNSSAndroid.leave()"));
        assert!(leave.starts_with("if (window.MaCNSSAndroid"));
    }
}
