//! The screens rendered without a browser (VirtualDom + dioxus-ssr): each route in French and
//! Arabic carries the seed's wording, the right `lang`/`dir` (on the app's own root element,
//! `app::Frame`), labelled inputs with the right input modes, and the error messages of a
//! refused form.

use dioxus::history::{History, MemoryHistory};
use dioxus::prelude::*;
use dioxus::router::components::HistoryProvider;
use macnss::app::{Frame, use_app_contexts, use_model};
use macnss::flows::sign_in::SignIn;
use macnss::flows::sign_up::{self, SignUp};
use macnss::i18n::{Lang, Translations};
use macnss::services::Services;
use macnss::services::api::HttpApi;
use macnss::services::preferences::{LANGUAGE_KEY, MemoryPreferences, Preferences};
use macnss::services::session_store::MemoryStore;
use macnss::views::Route;
use macnss_api::types::AccountKind;
use std::rc::Rc;
use std::sync::Arc;

#[derive(Props, Clone, PartialEq)]
struct RootProps {
    path: String,
    lang: &'static str,
    /// Prepares the sign-up flow's state before rendering.
    sign_up: Option<SignUp>,
    /// Prepares the sign-in flow's state before rendering.
    sign_in: Option<SignIn>,
    /// Messages the root model takes before rendering (what happened before this screen).
    messages: Vec<macnss::flows::model::Msg>,
}

#[allow(non_snake_case)]
fn Root(props: RootProps) -> Element {
    use_app_contexts();
    let mut model = use_model();
    use_hook(|| {
        if let Some(f) = props.sign_up.clone() {
            model.write().sign_up = f;
        }
        if let Some(f) = props.sign_in.clone() {
            model.write().sign_in = f;
        }
        for msg in props.messages.clone() {
            model.write().update(msg, chrono::Utc::now());
        }
    });
    let path = props.path.clone();
    rsx! {
        Frame {
            HistoryProvider {
                history: move |_| Rc::new(MemoryHistory::with_initial_path(path.clone())) as Rc<dyn History>,
                Router::<Route> {}
            }
        }
    }
}

fn render(path: &str, lang: Lang, sign_up: Option<SignUp>) -> String {
    render_with(path, lang, sign_up, None)
}

fn render_with(path: &str, lang: Lang, sign_up: Option<SignUp>, sign_in: Option<SignIn>) -> String {
    let preferences = Arc::new(MemoryPreferences::default());
    preferences.set(LANGUAGE_KEY, lang.tag());
    render_in(path, preferences, sign_up, sign_in)
}

/// Renders `path` over `preferences` (what the app finds in its storage at start).
fn render_in(
    path: &str,
    preferences: Arc<MemoryPreferences>,
    sign_up: Option<SignUp>,
    sign_in: Option<SignIn>,
) -> String {
    render_after(path, preferences, sign_up, sign_in, Vec::new())
}

/// Renders `path` once the root model has taken `messages`.
fn render_after(
    path: &str,
    preferences: Arc<MemoryPreferences>,
    sign_up: Option<SignUp>,
    sign_in: Option<SignIn>,
    messages: Vec<macnss::flows::model::Msg>,
) -> String {
    let lang = preferences
        .get(LANGUAGE_KEY)
        .and_then(|t| Lang::from_tag(&t))
        .unwrap_or(Lang::Fr);
    // The API is never called while rendering: port 9 (discard) would refuse anyway.
    let services = Services::new(
        Arc::new(HttpApi::new("http://127.0.0.1:9".into()).expect("a loopback base")),
        Arc::new(MemoryStore::default()),
        preferences,
    );
    let mut dom = VirtualDom::new_with_props(
        Root,
        RootProps {
            path: path.into(),
            lang: lang.tag(),
            sign_up,
            sign_in,
            messages,
        },
    )
    .with_root_context(services);
    // Inside a runtime, as the app: the tasks the first render starts (the clock, the launch)
    // are polled once, and effects run after the render is applied, as on a page.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let _inside = runtime.enter();
    dom.rebuild_in_place();
    dom.render_immediate(&mut dioxus::dioxus_core::NoOpMutations);
    // Fluent isolates placeables with FSI/PDI marks (invisible); drop them for assertions.
    dioxus_ssr::render(&dom).replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn the_welcome_screen_offers_the_seed_buttons_in_french() {
    let html = render("/", Lang::Fr, None);
    assert!(html.contains("Créer mon compte"), "{html}");
    assert!(html.contains("Me connecter"));
    assert!(html.contains(r#"lang="fr""#) && html.contains(r#"dir="ltr""#));
}

#[test]
fn the_welcome_screen_is_right_to_left_in_arabic() {
    let html = render("/", Lang::Ar, None);
    assert!(html.contains(r#"dir="rtl""#), "{html}");
    assert!(html.contains("إنشاء حسابي"));
}

#[test]
fn the_account_type_step_offers_assure_and_ayant_droits() {
    let html = render("/inscription", Lang::Fr, None);
    assert!(
        html.contains("Assuré") && html.contains("Ayant droits"),
        "{html}"
    );
    assert!(html.contains("Étape 1 sur 5"));
}

fn at_identity(kind: AccountKind) -> SignUp {
    let mut f = SignUp::new();
    f.update(sign_up::Event::ChooseKind(kind), chrono::Utc::now());
    f
}

#[test]
fn the_insured_identity_step_has_labelled_fields_and_date_triplets() {
    let html = render(
        "/inscription",
        Lang::Fr,
        Some(at_identity(AccountKind::Insured)),
    );
    assert!(html.contains("Suivant"), "{html}");
    assert!(
        html.contains("Date d&#39;expiration de la pièce")
            || html.contains("Date d'expiration de la pièce")
    );
    assert!(html.contains(r#"id="birth_date-day""#));
    assert!(html.contains(r#"autocomplete="bday-year""#));
    assert!(html.contains(r#"inputmode="numeric""#));
    assert!(
        !html.contains(r#"id="insured_id""#),
        "an Assuré is not asked for an insured's number"
    );
}

#[test]
fn the_dependant_identity_step_asks_for_the_insured_number_and_no_expiry() {
    let html = render(
        "/inscription",
        Lang::Fr,
        Some(at_identity(AccountKind::Dependant)),
    );
    assert!(html.contains(r#"id="insured_id""#), "{html}");
    assert!(!html.contains(r#"id="document_expiry-day""#));
}

#[test]
fn a_refused_form_shows_a_summary_linking_to_each_field_and_the_same_message_by_it() {
    let mut f = at_identity(AccountKind::Insured);
    f.update(
        sign_up::Event::Edit(sign_up::Field::DocumentNumber, "12".into()),
        chrono::Utc::now(),
    );
    f.update(sign_up::Event::Submit, chrono::Utc::now());
    let html = render("/inscription", Lang::Fr, Some(f));
    assert!(html.contains("Il y a un problème"), "{html}");
    assert!(html.contains(r##"href="#document_number""##));
    assert!(html.contains(r##"href="#birth_date-day""##));
    let message = "Saisissez le numéro de CNIE";
    assert_eq!(
        html.matches(message).count(),
        2,
        "in the summary and by the field"
    );
    assert!(html.contains(r#"aria-invalid="true""#));
    assert!(html.contains(r#"value="12""#), "what was typed is kept");
    let start = html.find("birth_date-error").unwrap_or(0);
    assert!(
        html.contains("Saisissez votre date de naissance."),
        "an empty field names itself: {}",
        &html[start..(start + 300).min(html.len())]
    );
}

#[test]
fn the_sign_in_screen_has_the_seed_wording_and_password_autocomplete() {
    let html = render("/connexion", Lang::Fr, None);
    assert!(
        html.contains("Me connecter") && html.contains("Mot de passe oublié"),
        "{html}"
    );
    assert!(html.contains(r#"autocomplete="current-password""#));
    assert!(html.contains(r#"type="password""#));
    assert!(html.contains("Afficher le mot de passe"));
}

#[test]
fn the_recovery_screen_continues_with_the_seed_wording() {
    let html = render("/mot-de-passe-oublie", Lang::Fr, None);
    assert!(html.contains("Continuer"), "{html}");
    let ar = render("/mot-de-passe-oublie", Lang::Ar, None);
    assert!(
        ar.contains("متابعة") && ar.contains(r#"dir="ltr""#),
        "identifiers stay left-to-right"
    );
}

#[test]
fn after_an_expired_session_sign_in_says_so_and_keeps_the_identifier() {
    let f = SignIn::after_session_expired("678901234".into());
    let html = render_with("/connexion", Lang::Fr, None, Some(f));
    assert!(
        html.contains("Votre session a expiré. Reconnectez-vous."),
        "{html}"
    );
    assert!(html.contains(r#"value="678901234""#));
}

#[test]
fn the_update_screen_tells_what_to_do_in_every_language() {
    assert!(
        render("/mise-a-jour", Lang::Fr, None).contains("Mettez l&#39;application à jour")
            || render("/mise-a-jour", Lang::Fr, None).contains("Mettez l'application à jour")
    );
    assert!(render("/mise-a-jour", Lang::Ar, None).contains("حدِّثوا التطبيق"));
    assert!(render("/mise-a-jour", Lang::En, None).contains("Update the app"));
}

#[test]
fn the_screens_warmed_off_page_are_the_ones_the_welcome_buttons_open() {
    use macnss::views::warm_up::{WARMED_PATHS, render_off_page};
    assert_eq!(
        WARMED_PATHS.map(String::from),
        [
            Route::SignUpPage {}.to_string(),
            Route::SignInPage {}.to_string()
        ]
    );
    for (path, lang, expected) in [
        ("/inscription", Lang::Fr, "Ayant droits"),
        ("/connexion", Lang::Fr, "Mot de passe oublié"),
        ("/connexion", Lang::Ar, "نسيت كلمة المرور"),
    ] {
        let dom = render_off_page(path, lang, Translations::new());
        let html = dioxus_ssr::render(&dom).replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            html.contains(expected),
            "{path} ({lang:?}) rendered: {html}"
        );
    }
}

#[test]
fn a_negotiated_language_is_not_saved_as_if_the_user_had_chosen_it() {
    // Nothing saved: the app starts in the device's language and must keep following it.
    let preferences = Arc::new(MemoryPreferences::default());
    let html = render_in("/", preferences.clone(), None, None);
    assert!(html.contains("Créer mon compte"), "{html}");
    assert_eq!(
        preferences.get(LANGUAGE_KEY),
        None,
        "the first render saved a language nobody picked"
    );
}

#[test]
fn a_restricted_session_shows_nothing_of_the_account_at_espace() {
    use macnss::flows::model::Msg;
    use macnss::flows::sign_in::{Event, Field};
    use macnss::flows::{Response, Target};
    use macnss_api::types::{Profile, SessionResponse, Token};
    let restricted = SessionResponse {
        access_token: Token::new("a"),
        refresh_token: Token::new("r"),
        access_expires_in: 900,
        password_change_required: true,
        profile: Profile {
            account_id: "123456789".into(),
            kind: AccountKind::Insured,
            first_name: "Amina".into(),
            last_name: "Benali".into(),
            regime: None,
            insured_id: None,
        },
    };
    let mut full = restricted.clone();
    full.password_change_required = false;
    let signed_in = |session: SessionResponse| {
        vec![
            Msg::Restored(macnss::flows::model::Restored::SignedOut),
            Msg::SignIn(Event::Edit(Field::Identifier, "123456789".into())),
            Msg::SignIn(Event::Edit(Field::Password, "provisoire".into())),
            Msg::SignIn(Event::Submit),
            Msg::Answer(Target::SignIn, Ok(Response::Session(session))),
        ]
    };
    let prefs = || {
        let p = Arc::new(MemoryPreferences::default());
        p.set(LANGUAGE_KEY, "fr");
        p
    };
    // The same screen with a full session shows the account: the check below can fail.
    let shown = render_after("/espace", prefs(), None, None, signed_in(full));
    assert!(
        shown.contains("Amina") && shown.contains("Me déconnecter"),
        "{shown}"
    );
    let html = render_after("/espace", prefs(), None, None, signed_in(restricted));
    assert!(
        !html.contains("Amina") && !html.contains("Benali"),
        "{html}"
    );
    assert!(!html.contains("Me déconnecter"), "{html}");
}

#[test]
fn the_lang_and_dir_come_from_the_apps_own_root_element() {
    let html = render("/", Lang::Ar, None);
    assert!(
        html.starts_with(r#"<div class="app" lang="ar" dir="rtl""#),
        "{html}"
    );
}
