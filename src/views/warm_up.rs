//! Warming up the screens a first tap leads to, on the web.
//!
//! V8 compiles each wasm function on its first call with its baseline compiler, and optimises
//! it only once it is hot: the first tap into the sign-up or the sign-in screen took about
//! three times as long to handle as the same tap on a later visit (34 ms against 10 ms at 4×
//! CPU throttling, BENCHMARKS.md). So while the welcome screen is idle, those two screens are
//! rendered once into a VirtualDom that is never mounted, then dropped: its own services in
//! memory (its tasks are never polled, so no request is made and nothing is stored), its own
//! model, a memory history, a document that does nothing, and the app's already parsed
//! messages in the user's language. Nothing of it reaches the page, its title, the history or
//! the storage.

use super::Route;
use crate::app::use_app_contexts;
use crate::i18n::{Lang, Translations};
use crate::services::Services;
use crate::services::api::HttpApi;
use crate::services::preferences::{LANGUAGE_KEY, MemoryPreferences, Preferences};
use crate::services::session_store::MemoryStore;
use dioxus::history::{History, MemoryHistory};
use dioxus::prelude::*;
use dioxus::router::components::HistoryProvider;
use std::rc::Rc;
use std::sync::Arc;

/// The screens the welcome screen's two buttons open.
pub const WARMED_PATHS: [&str; 2] = ["/inscription", "/connexion"];

#[derive(Props, Clone, PartialEq)]
struct OffPageProps {
    path: &'static str,
}

#[allow(non_snake_case)]
fn OffPage(props: OffPageProps) -> Element {
    use_app_contexts();
    rsx! {
        HistoryProvider {
            history: move |_| Rc::new(MemoryHistory::with_initial_path(props.path)) as Rc<dyn History>,
            Router::<Route> {}
        }
    }
}

/// The screen at `path`, rendered once into a VirtualDom of its own (never mounted).
pub fn render_off_page(path: &'static str, lang: Lang, translations: Translations) -> VirtualDom {
    let preferences = MemoryPreferences::default();
    preferences.set(LANGUAGE_KEY, lang.tag());
    // Never called: the VirtualDom's tasks are never polled.
    // A base the client accepts; never called.
    #[allow(clippy::expect_used, reason = "a constant, allowed base")]
    let api = HttpApi::new("http://127.0.0.1".to_owned()).expect("a loopback base");
    let services = Services::new(
        Arc::new(api),
        Arc::new(MemoryStore::default()),
        Arc::new(preferences),
    );
    let mut dom = VirtualDom::new_with_props(OffPage, OffPageProps { path })
        .with_root_context(services)
        .with_root_context(translations)
        // A document that does nothing: the page's title and head stay the welcome screen's.
        .with_root_context(Rc::new(document::NoOpDocument) as Rc<dyn document::Document>);
    dom.rebuild_in_place();
    dom
}

/// The first time the welcome screen is shown in this page, renders each of [`WARMED_PATHS`]
/// off the page, one per idle period of the browser (a tap is never kept waiting by more than
/// one screen's render). Coming back to the welcome screen does not warm them again.
#[cfg(target_arch = "wasm32")]
pub fn use_warm_up(lang: Lang, translations: Translations) {
    thread_local! {
        static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    use_hook(move || {
        if !STARTED.replace(true) {
            warm_next(0, lang, translations);
        }
    });
}

#[cfg(target_arch = "wasm32")]
fn warm_next(index: usize, lang: Lang, translations: Translations) {
    let Some(&path) = WARMED_PATHS.get(index) else {
        return;
    };
    when_idle(move || {
        drop(render_off_page(path, lang, translations.clone()));
        // A User Timing mark per screen warmed: the browser test waits for them (and a
        // profile shows them), so a warm-up that never runs cannot pass unnoticed.
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark(&format!("macnss:warmed {path}"));
        }
        warm_next(index + 1, lang, translations);
    });
}

/// Runs `job` when the browser is idle (`requestIdleCallback`), or after 200 ms where the
/// browser does not have it.
#[cfg(target_arch = "wasm32")]
fn when_idle(job: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(job);
    let function: &js_sys::Function = callback.unchecked_ref();
    if window.request_idle_callback(function).is_err() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(function, 200);
    }
}
