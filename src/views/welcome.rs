//! The welcome screen: «Créer mon compte», «Me connecter», and the language choice.

use super::Route;
use crate::app::{use_flows, use_i18n};
use crate::components::Screen;
use crate::flows::sign_in::SignIn;
use crate::flows::sign_up::SignUp;
use dioxus::prelude::*;

#[component]
pub fn Welcome() -> Element {
    let i18n = use_i18n();
    let mut flows = use_flows();
    // A code step that survived the app being killed: go straight back to it.
    use_hook(move || {
        use crate::flows::{recovery, sign_up};
        if flows.sign_up.peek().step == sign_up::Step::Code {
            navigator().replace(Route::SignUpPage {});
        } else if flows.recovery.peek().step == recovery::Step::Code {
            navigator().replace(Route::RecoveryPage {});
        }
    });
    bench_mark();
    #[cfg(target_arch = "wasm32")]
    super::warm_up::use_warm_up(*i18n.lang.peek(), i18n.translations());
    rsx! {
        Screen { title: i18n.t("welcome-title"), class: "welcome",
            p { class: "lead", {i18n.t("welcome-intro")} }
            div { class: "actions",
                button {
                    class: "button primary",
                    r#type: "button",
                    onclick: move |_| {
                        flows.sign_up.set(SignUp::new());
                        navigator().push(Route::SignUpPage {});
                    },
                    {i18n.t("welcome-create-account")}
                }
                button {
                    class: "button secondary",
                    r#type: "button",
                    onclick: move |_| {
                        if flows.sign_in.read().pending {
                            return;
                        }
                        flows.sign_in.set(SignIn::new(None));
                        navigator().push(Route::SignInPage {});
                    },
                    {i18n.t("welcome-sign-in")}
                }
            }
        }
    }
}

/// Benchmark hook of `scripts/bench` (native start time), inert unless the process runs with
/// `MACNSS_BENCH_MARK` set: once the welcome screen is mounted, it waits for the webview to
/// paint a frame and answer (so the screen is rendered and events flow), then prints one
/// marker line on stderr, which the bench timestamps against the process start. No effect
/// otherwise, and compiled out of the web build.
#[cfg(not(target_arch = "wasm32"))]
fn bench_mark() {
    use_effect(|| {
        if std::env::var_os("MACNSS_BENCH_MARK").is_some() {
            spawn(async {
                let mut eval = document::eval(
                    "requestAnimationFrame(() => setTimeout(() => dioxus.send(true)));",
                );
                let _ = eval.recv::<bool>().await;
                eprintln!("MACNSS_BENCH_MARK first-screen-interactive");
            });
        }
    });
}

#[cfg(target_arch = "wasm32")]
fn bench_mark() {}
