//! The root component and the glue between Dioxus and the pure flows: the active language
//! (with `lang` and `dir` on the root element), the flows' state in context so that leaving a
//! screen (to read the CGU, say) loses nothing, and [`dispatch`], which runs a flow's effects
//! as tasks and feeds the answers back.

use crate::flows::recovery::Recovery;
use crate::flows::session::Session;
use crate::flows::sign_in::SignIn;
use crate::flows::sign_up::SignUp;
use crate::flows::{Destination, Flow};
use crate::i18n::{Arg, Lang, Translations, failure_message};
use crate::services::Services;
use crate::services::preferences::LANGUAGE_KEY;
use crate::services::runner::Outcome;
use crate::views::Route;
use dioxus::prelude::*;
use std::collections::VecDeque;

// `static_head`: dx writes a parser-inserted <link rel="stylesheet"> into the web build's
// index.html, so the first screen is painted already styled (no unstyled frame, no layout
// shift when the sheet arrives: BENCHMARKS.md). Native builds load it through
// `document::Stylesheet` below (on the web, the same sheet again, from the memory cache).
const STYLE: Asset = asset!(
    "/assets/main.css",
    AssetOptions::css().with_static_head(true)
);

/// The active language and the translations, shared through context.
#[derive(Clone, Copy, PartialEq)]
pub struct I18n {
    pub lang: Signal<Lang>,
    translations: Signal<Translations>,
}

impl I18n {
    /// The parsed messages of every language, without subscribing the caller (for renders off
    /// the page, `views::warm_up`).
    pub fn translations(&self) -> Translations {
        self.translations.peek().clone()
    }

    /// The message `id` in the active language.
    pub fn t(&self, id: &str) -> String {
        self.translations.read().tr(*self.lang.read(), id, &[])
    }

    /// The message `id`, or `None` when no locale defines it.
    pub fn try_t(&self, id: &str) -> Option<String> {
        self.translations.read().format(*self.lang.read(), id, &[])
    }

    /// The message `id` with arguments.
    pub fn t_args(&self, id: &str, args: &[Arg<'_>]) -> String {
        self.translations.read().tr(*self.lang.read(), id, args)
    }

    /// The message for a failed request.
    pub fn failure(&self, error: &crate::flows::ApiError) -> String {
        failure_message(&self.translations.read(), *self.lang.read(), error)
    }

    /// The message for a refused field.
    pub fn field_error(&self, code: macnss_api::ValidationError) -> String {
        self.t(&crate::i18n::field_error_message_id(code))
    }
}

/// The translations and the active language of the running app.
pub fn use_i18n() -> I18n {
    use_context::<I18n>()
}

/// Every flow's state, kept at the root for the app's life.
#[derive(Clone, Copy)]
pub struct Flows {
    pub sign_up: Signal<SignUp>,
    pub sign_in: Signal<SignIn>,
    pub recovery: Signal<Recovery>,
    pub session: Signal<Session>,
}

pub fn use_flows() -> Flows {
    use_context::<Flows>()
}

pub fn use_services() -> Services {
    use_context::<Services>()
}

/// Where a flow's navigation effect leads.
pub fn route_for(destination: &Destination, flows: Flows) -> Route {
    let mut flows = flows;
    match destination {
        Destination::Welcome => Route::Welcome {},
        Destination::SignIn { identifier } => {
            if identifier.is_some() {
                flows.sign_in.set(SignIn::new(identifier.clone()));
            }
            Route::SignInPage {}
        }
        Destination::Recovery { identifier } => {
            flows.recovery.set(Recovery::new(identifier.clone()));
            Route::RecoveryPage {}
        }
        Destination::PrivateSpace => Route::Space {},
    }
}

/// Sends `event` to the flow in `state` and runs its effects in a task, feeding each answer
/// back, until the flow is idle. The flow's own state is the pending flag.
pub fn dispatch<F: Flow + 'static>(mut state: Signal<F>, event: F::Event) {
    let effects: VecDeque<_> = state.write().update(event, chrono::Utc::now()).into();
    if effects.is_empty() {
        return;
    }
    // Called from event handlers, where hooks are not allowed: read the context directly.
    let services = consume_context::<Services>();
    let flows = consume_context::<Flows>();
    spawn(async move {
        let mut queue = effects;
        while let Some(effect) = queue.pop_front() {
            if let crate::flows::Effect::StoreSession(s) = &effect {
                let mut session = flows.session;
                session
                    .write()
                    .update(crate::flows::session::Event::SignedIn(s.clone()));
            }
            match services.run(effect).await {
                Outcome::Response(r) => {
                    if let Err(e) = &r
                        && e.code() == Some(macnss_api::ErrorCode::AppVersionUnsupported)
                    {
                        navigator().replace(Route::UpdateRequired {});
                    }
                    queue.extend(state.write().update(F::response(r), chrono::Utc::now()));
                }
                Outcome::Navigate(d) => {
                    navigator().push(route_for(&d, flows));
                }
                Outcome::None => {}
            }
        }
    });
}

/// The root: on desktop and mobile, first loads the webview storage (language, resume point),
/// then renders the app. On the web, `localStorage` is read directly.
#[component]
pub fn App() -> Element {
    let ready = use_webview_storage();
    if !ready {
        return rsx! {
            div { class: "app", role: "status", aria_busy: "true" }
        };
    }
    rsx! { Main {} }
}

/// True once the preferences can be read.
#[cfg(not(target_arch = "wasm32"))]
fn use_webview_storage() -> bool {
    let webview = use_services().webview_preferences;
    let mut ready = use_signal(|| webview.as_ref().is_none_or(|w| w.is_loaded()));
    use_hook(move || {
        if let Some(w) = webview.filter(|w| !w.is_loaded()) {
            spawn(async move {
                w.load().await;
                ready.set(true);
            });
        }
    });
    ready()
}

#[cfg(target_arch = "wasm32")]
fn use_webview_storage() -> bool {
    true
}

#[component]
fn Main() -> Element {
    let i18n = use_app_contexts();
    let current = *i18n.lang.read();
    rsx! {
        document::Stylesheet { href: STYLE }
        // The web build's index.html carries the viewport; the native webviews get it here.
        if cfg!(not(target_arch = "wasm32")) {
            document::Meta { name: "viewport", content: "width=device-width, initial-scale=1, viewport-fit=cover" }
        }
        div { class: "app", lang: current.tag(), dir: current.dir(),
            Router::<Route> {}
        }
    }
}

/// Provides the language and the flows to everything below (the app, and the view tests),
/// given a `Services` context from the root. The language is the user's saved choice, else
/// the first system language the app speaks; a code step in progress is resumed.
pub fn use_app_contexts() -> I18n {
    let services = use_services();
    let lang = use_signal(|| {
        services
            .preferences
            .get(LANGUAGE_KEY)
            .and_then(|t| Lang::from_tag(&t))
            .unwrap_or_else(|| Lang::negotiate(system_languages().iter().map(String::as_str)))
    });
    // Parsed once: a root that already has them (the off-page renders of `views::warm_up`)
    // passes them down.
    let translations = use_signal(|| try_consume_context::<Translations>().unwrap_or_default());
    let i18n = use_context_provider(|| I18n { lang, translations });
    let now = chrono::Utc::now();
    let resume = use_hook(|| services.resume_point(now));
    let sign_up = use_signal(|| {
        resume
            .as_ref()
            .and_then(|p| SignUp::resumed(p, now))
            .unwrap_or_default()
    });
    let recovery = use_signal(|| {
        resume
            .as_ref()
            .and_then(|p| Recovery::resumed(p, now))
            .unwrap_or_else(|| Recovery::new(None))
    });
    let sign_in = use_signal(|| SignIn::new(None));
    let session = use_signal(Session::default);
    use_context_provider(|| Flows {
        sign_up,
        sign_in,
        recovery,
        session,
    });
    use_effect(move || {
        let lang = *i18n.lang.read();
        services.api.set_language(lang.tag());
        services.preferences.set(LANGUAGE_KEY, lang.tag());
        // The document root carries the language too, so assistive technology reads it right.
        document::eval(&format!(
            "document.documentElement.lang='{}';document.documentElement.dir='{}';",
            lang.tag(),
            lang.dir()
        ));
    });
    i18n
}

/// The system's preferred languages (the browser's on the web).
fn system_languages() -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .map(|w| {
                w.navigator()
                    .languages()
                    .iter()
                    .filter_map(|v| v.as_string())
                    .collect()
            })
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .collect()
    }
}
