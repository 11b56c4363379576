//! The welcome screen: «Créer mon compte», «Me connecter», and the language choice.

use crate::app::{dispatch, use_i18n};
use crate::components::Screen;
use crate::flows::Destination;
use crate::flows::model::Msg;
use dioxus::prelude::*;

#[component]
pub fn Welcome() -> Element {
    let i18n = use_i18n();
    bench_mark();
    #[cfg(target_arch = "wasm32")]
    super::warm_up::use_warm_up(*i18n.lang.peek(), i18n.translations());
    rsx! {
        Screen { title: i18n.t("welcome-title"), class: "welcome",
            p { class: "lead", {i18n.t("welcome-intro")} }
            p { class: "purpose", {i18n.t("welcome-purpose")} }
            div { class: "actions",
                button {
                    class: "button primary",
                    r#type: "button",
                    onclick: move |_| dispatch(Msg::Open(Destination::SignUp)),
                    {i18n.t("welcome-create-account")}
                }
                button {
                    class: "button secondary",
                    r#type: "button",
                    onclick: move |_| dispatch(Msg::Open(Destination::SignIn { identifier: None })),
                    {i18n.t("welcome-sign-in")}
                }
            }
            // Anyone handed an attestation checks it here, with or without an account.
            p { class: "welcome-verify",
                Link { to: crate::views::Route::VerifyPage {}, {i18n.t("welcome-verify")} }
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
