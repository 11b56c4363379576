//! The root component and the glue between Dioxus and the core: the root model in a signal
//! (the one state of the app), the language (with `lang` and `dir` on the root element), and
//! [`dispatch`], which sends a message through the one effect loop (`Services::run`, the
//! same the tests drive) with the router as its host.

use crate::flows::Effect;
use crate::flows::model::{Model, Msg, Screen, Start};
use crate::i18n::{Arg, Lang, Translations, failure_message};
use crate::services::Services;
use crate::services::preferences::LANGUAGE_KEY;
use crate::services::runner::Host;
use crate::views::Route;
use dioxus::prelude::*;

// `static_head`: dx writes a parser-inserted <link rel="stylesheet"> into the web build's
// index.html, so the first screen is painted already styled (no unstyled frame, no layout
// shift when the sheet arrives: BENCHMARKS.md). Native builds load it through
// `document::Stylesheet` below (on the web, the same sheet again, from the memory cache).
const STYLE: Asset = asset!(
    "/assets/main.css",
    AssetOptions::css().with_static_head(true)
);

/// The active language (the model's, as a memo: a render reading it re-runs only when the
/// language changes) and the translations, shared through context.
#[derive(Clone, Copy, PartialEq)]
pub struct I18n {
    pub lang: Memo<Lang>,
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

    /// An amount with its currency, as the language writes it («1 234,50 DH»).
    pub fn amount(&self, value: macnss_api::records::Centimes) -> String {
        crate::i18n::format::amount(&self.translations.read(), *self.lang.read(), value)
    }

    /// A date, as the language writes it («15 décembre 2026»).
    pub fn date(&self, d: chrono::NaiveDate) -> String {
        crate::i18n::format::date(&self.translations.read(), *self.lang.read(), d)
    }

    /// A month («octobre 2026»).
    pub fn month(&self, m: macnss_api::records::YearMonth) -> String {
        crate::i18n::format::month(&self.translations.read(), *self.lang.read(), m)
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

/// The root model, for the app's life.
pub fn use_model() -> Signal<Model> {
    use_context::<Signal<Model>>()
}

pub fn use_services() -> Services {
    use_context::<Services>()
}

/// The route of each screen of the core.
pub fn route_of(screen: Screen) -> Route {
    match screen {
        Screen::Welcome => Route::Welcome {},
        Screen::SignUp => Route::SignUpPage {},
        Screen::SignIn => Route::SignInPage {},
        Screen::Recovery => Route::RecoveryPage {},
        Screen::Terms => Route::Terms {},
        Screen::Space => Route::Space {},
        Screen::Career => Route::CareerPage {},
        Screen::Reports => Route::ReportsPage {},
        Screen::Claims => Route::ClaimsPage {},
        Screen::Claim(claim_id) => Route::ClaimPage { claim_id },
        Screen::Family => Route::FamilyPage {},
        Screen::Certificate(child_id) => Route::CertificatePage { child_id },
        Screen::Payments => Route::PaymentsPage {},
        Screen::BankAccount => Route::BankAccountPage {},
        Screen::Contact => Route::ContactPage {},
        Screen::UpdateRequired => Route::UpdateRequired {},
        Screen::Account => Route::AccountPage {},
        Screen::ContactDetails => Route::ContactDetailsPage {},
        Screen::Password => Route::PasswordPage {},
        Screen::Devices => Route::DevicesPage {},
        Screen::QuickUnlock => Route::QuickUnlockPage {},
        Screen::DeleteAccount => Route::DeleteAccountPage {},
        Screen::LostPhone => Route::LostPhonePage {},
        Screen::Unlock => Route::UnlockPage {},
        Screen::AccountDeleted => Route::AccountDeletedPage {},
        Screen::Attestations => Route::AttestationsPage {},
        Screen::AttestationRequest => Route::AttestationRequestPage {},
        Screen::Attestation(attestation_id) => Route::AttestationPage { attestation_id },
        Screen::Verify => Route::VerifyPage {},
        Screen::Inbox => Route::InboxPage {},
        Screen::InboxMessage(message_id) => Route::InboxMessagePage { message_id },
    }
}

/// The core's screen for a route.
pub fn screen_of(route: &Route) -> Screen {
    match route {
        Route::Welcome {} => Screen::Welcome,
        Route::SignUpPage {} => Screen::SignUp,
        Route::SignInPage {} => Screen::SignIn,
        Route::RecoveryPage {} => Screen::Recovery,
        Route::Terms {} => Screen::Terms,
        Route::Space {} => Screen::Space,
        Route::CareerPage {} => Screen::Career,
        Route::ReportsPage {} => Screen::Reports,
        Route::ClaimsPage {} => Screen::Claims,
        Route::ClaimPage { claim_id } => Screen::Claim(claim_id.clone()),
        Route::FamilyPage {} => Screen::Family,
        Route::CertificatePage { child_id } => Screen::Certificate(child_id.clone()),
        Route::PaymentsPage {} => Screen::Payments,
        Route::BankAccountPage {} => Screen::BankAccount,
        Route::ContactPage {} => Screen::Contact,
        Route::UpdateRequired {} => Screen::UpdateRequired,
        Route::AccountPage {} => Screen::Account,
        Route::ContactDetailsPage {} => Screen::ContactDetails,
        Route::PasswordPage {} => Screen::Password,
        Route::DevicesPage {} => Screen::Devices,
        Route::QuickUnlockPage {} => Screen::QuickUnlock,
        Route::DeleteAccountPage {} => Screen::DeleteAccount,
        Route::LostPhonePage {} => Screen::LostPhone,
        Route::UnlockPage {} => Screen::Unlock,
        Route::AccountDeletedPage {} => Screen::AccountDeleted,
        Route::AttestationsPage {} => Screen::Attestations,
        Route::AttestationRequestPage {} => Screen::AttestationRequest,
        Route::AttestationPage { attestation_id } => Screen::Attestation(attestation_id.clone()),
        Route::VerifyPage {} => Screen::Verify,
        Route::InboxPage {} => Screen::Inbox,
        Route::InboxMessagePage { message_id } => Screen::InboxMessage(message_id.clone()),
    }
}

/// The effect loop's host in the app: the model's signal, the router, and the services (for
/// the requests run beside the loop).
#[derive(Clone)]
struct AppHost {
    model: Signal<Model>,
    /// Taken where the message was sent (under the router): the loop runs on the root scope,
    /// above it.
    navigator: dioxus::router::Navigator,
    services: Services,
}

impl Host for AppHost {
    fn update(&self, msg: Msg) -> Vec<Effect> {
        let mut model = self.model;
        model.write().update(msg, chrono::Utc::now())
    }

    fn show(&self, screen: Screen) {
        self.navigator.push(route_of(screen));
    }

    fn replace(&self, screen: Screen) {
        self.navigator.replace(route_of(screen));
    }

    fn listen(&self, request: crate::flows::Request) {
        // A loop of its own on the root scope: the long poll never holds up the effects
        // queued in the loop that asked for it.
        let host = self.clone();
        dioxus::dioxus_core::spawn_forever(async move {
            let services = host.services.clone();
            services
                .run_effects(&host, vec![Effect::Send(request)])
                .await;
        });
    }
}

/// Sends `msg` to the model. The update runs at once (typing is never a tick late); its
/// effects, if any, run in a task of the root scope through the one effect loop.
pub fn dispatch(msg: Msg) {
    // Called from event handlers, where hooks are not allowed: read the context directly.
    let host = AppHost {
        model: consume_context::<Signal<Model>>(),
        navigator: navigator(),
        services: consume_context::<Services>(),
    };
    let mut effects = host.update(msg);
    // Screens the update asks for first are shown now, in the handler: the render that follows
    // the update already sees the new route (sign-out leaves the private space for the welcome
    // screen without the guard's detour through sign-in).
    let leading = effects
        .iter()
        .take_while(|e| matches!(e, Effect::Show(_)))
        .count();
    for effect in effects.drain(..leading) {
        if let Effect::Show(screen) = effect {
            host.show(screen);
        }
    }
    if effects.is_empty() {
        return;
    }
    let services = host.services.clone();
    // On the root scope: the loop outlives the screen that started it (sign-out leaves the
    // private space before its request ends; an answer still reaches the model).
    dioxus::dioxus_core::spawn_forever(async move { services.run_effects(&host, effects).await });
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
    use_app_contexts();
    rsx! {
        document::Stylesheet { href: STYLE }
        // The web build's index.html carries the viewport; the native webviews get it here.
        if cfg!(not(target_arch = "wasm32")) {
            document::Meta { name: "viewport", content: "width=device-width, initial-scale=1, viewport-fit=cover" }
        }
        Frame { Router::<Route> {} }
    }
}

/// Noto Sans Tifinagh, subset to the Tifinagh block (assets/fonts/README.md): bundled, but
/// declared only once Tamazight is chosen, so no other language ever downloads it (the welcome
/// screen's first download stays as it was). A system font of that name is used first.
const TIFINAGH: Asset = asset!("/assets/fonts/noto-sans-tifinagh.woff2");

/// On the web, where the page's first moments stand until a language's messages are there.
#[cfg(target_arch = "wasm32")]
#[derive(Clone, Copy)]
struct Messages {
    /// The last fetch failed (offline, a server restarted with a new build).
    failed: Signal<bool>,
    /// Bumped by «Réessayer».
    attempt: Signal<u32>,
}

/// On the web, fetches the messages of the language shown whenever they are not there yet:
/// the first one is the fetch `index.html` started with the page, for the negotiated language
/// (in parallel with the code), any other the file `scripts/build-web` wrote for it. Until the
/// first arrives the frame shows «Chargement…» (the boot messages are compiled in); a failure
/// says so with «Réessayer».
#[cfg(target_arch = "wasm32")]
fn use_fetched_messages(i18n: I18n) -> Messages {
    let mut translations = i18n.translations;
    let messages = use_hook(|| Messages {
        failed: Signal::new(false),
        attempt: Signal::new(0),
    });
    let mut failed = messages.failed;
    let attempt = messages.attempt;
    use_effect(move || {
        let lang = *i18n.lang.read();
        let _retry = attempt();
        if translations.peek().has(lang) {
            return;
        }
        failed.set(false);
        spawn(async move {
            let mut eval = document::eval(&fetch_messages_script(lang.tag()));
            match eval.recv::<Option<String>>().await {
                Ok(Some(text)) if !text.is_empty() => {
                    let next = translations.peek().with_sources(lang, vec![text]);
                    translations.set(next);
                }
                _ => failed.set(true),
            }
        });
    });
    messages
}

/// The script that answers `tag`'s messages (or `null`): the page's own fetch when it is for
/// that language (used once: a retry fetches again), else the file the build wrote for it.
#[cfg(target_arch = "wasm32")]
fn fetch_messages_script(tag: &str) -> String {
    format!(
        "const want = '{tag}';\
         const started = window.__macnssMessages;\
         const files = window.__macnssLocales || {{}};\
         let text;\
         if (started && started.lang === want) {{ window.__macnssMessages = null; text = started.text; }}\
         else if (files[want]) {{ text = fetch(files[want]).then((r) => {{ if (!r.ok) throw new Error(r.status); return r.text(); }}); }}\
         else {{ text = Promise.reject(new Error('no messages for ' + want)); }}\
         text.then((t) => dioxus.send(t), () => dioxus.send(null));"
    )
}

/// The app's root element: `lang` and `dir` of the active language on everything inside.
#[component]
pub fn Frame(children: Element) -> Element {
    let i18n = use_i18n();
    #[cfg(target_arch = "wasm32")]
    let mut messages = use_fetched_messages(i18n);
    let lang = *i18n.lang.read();
    // On the web, nothing but the boot messages until a language's have come: a status, or
    // the failure with its way forward — never a blank page or message ids.
    #[cfg(target_arch = "wasm32")]
    let failed = (messages.failed)();
    #[cfg(not(target_arch = "wasm32"))]
    let failed = false;
    let retry = move |_| {
        #[cfg(target_arch = "wasm32")]
        {
            messages.failed.set(false);
            *messages.attempt.write() += 1;
        }
    };
    let failure = rsx! {
        div { class: "failure boot-failure", role: "alert",
            p { {i18n.t("boot-failed")} }
            button { class: "button primary", r#type: "button", onclick: retry, {i18n.t("boot-retry")} }
        }
    };
    if !i18n.translations.read().has_any() {
        return rsx! {
            div { class: "app", lang: lang.tag(), dir: lang.dir(),
                main { class: "screen boot",
                    if failed {
                        {failure}
                    } else {
                        p { role: "status", aria_busy: "true", {i18n.t("boot-loading")} }
                    }
                }
            }
        };
    }
    rsx! {
        if lang == Lang::Zgh {
            document::Style {
                {format!("@font-face {{ font-family: \"MaCNSS Tifinagh\"; font-display: swap; \
                    src: local(\"Noto Sans Tifinagh\"), local(\"NotoSansTifinagh-Regular\"), url(\"{TIFINAGH}\") format(\"woff2\"); \
                    unicode-range: U+2D30-2D7F; }}")}
            }
        }
        div { class: "app", lang: lang.tag(), dir: lang.dir(),
            // Another language's messages could not be fetched: said above the screen (shown
            // meanwhile in a language that is there).
            if failed {
                {failure}
            }
            {children}
        }
    }
}

/// Provides the model and the language to everything below (the app, and the view tests),
/// given a `Services` context from the root. The language is the user's saved choice, else
/// the first system language the app speaks (followed, not saved); a code step in progress is
/// resumed.
pub fn use_app_contexts() -> I18n {
    let services = use_services();
    let model = use_context_provider(|| {
        let now = chrono::Utc::now();
        let start = Start {
            chosen_language: services
                .preferences
                .get(LANGUAGE_KEY)
                .and_then(|t| Lang::from_tag(&t)),
            device_language: Lang::negotiate(system_languages().iter().map(String::as_str)),
            resume: services.resume_point(now),
        };
        Signal::new(Model::new(start, now))
    });
    let lang = use_memo(move || model.read().lang);
    // Parsed once: a root that already has them (the off-page renders of `views::warm_up`)
    // passes them down.
    let translations = use_signal(|| try_consume_context::<Translations>().unwrap_or_default());
    let i18n = use_context_provider(|| I18n { lang, translations });
    use_effect(move || {
        let lang = lang();
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
