//! The reference app of `scripts/bench`: one counter, nothing else. Its primary button carries
//! the same class as the MaCNSS welcome screen's (`button primary`) so the same probe measures
//! both; on native builds, `MACNSS_BENCH_MARK=1` prints the same marker line as the app once the
//! first screen is painted and the webview answers.

use dioxus::prelude::*;

fn main() {
    dioxus::launch(App);
}

#[component]
fn App() -> Element {
    let mut count = use_signal(|| 0);
    bench_mark();
    rsx! {
        main {
            h1 { "Counter" }
            p { "{count}" }
            button { class: "button primary", r#type: "button", onclick: move |_| count += 1, "+1" }
        }
    }
}

/// The start marker, as in the app's welcome screen (native only, opt-in).
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
