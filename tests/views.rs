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
fn the_welcome_screen_in_tamazight_is_left_to_right_in_tifinagh_with_its_brand() {
    let html = render("/", Lang::Zgh, None);
    assert!(
        html.contains(r#"lang="zgh""#) && html.contains(r#"dir="ltr""#),
        "{html}"
    );
    assert!(html.contains("ⵙⵏⵓⵍⴼⵓ ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ"), "{html}");
    // The header: the inline icon (no request), the name, the tagline in Tamazight.
    assert!(html.contains("<svg") && html.contains("MaCNSS"), "{html}");
    assert!(html.contains("ⵜⴰⵙⵏⴷⵓⵇⵜ"), "{html}");
    // Every language named in its own script, each button tagged with its language.
    for name in ["Français", "العربية", "English", "ⵜⴰⵎⴰⵣⵉⵖⵜ"] {
        assert!(html.contains(name), "{name} missing from the picker");
    }
    assert!(html.contains(r#"lang="zgh""#));
}

#[test]
fn the_sign_in_screen_in_tamazight_has_every_label_translated() {
    let html = render("/connexion", Lang::Zgh, None);
    assert!(html.contains("ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ"), "{html}");
    assert!(!html.contains("sign-in-"), "a message id shows: {html}");
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

// --- claims, family, payments: the record screens of the private space ---------------------
// Each screen rendered after a full sign-in, in its states: loading (what the screen's own
// mount asks for), loaded, empty, failed (answers given after the first render, as they come
// on a device), in French and in Arabic.
mod records {
    use super::*;
    use chrono::NaiveDate;
    use dioxus::dioxus_core::{NoOpMutations, ScopeId};
    use macnss::flows::certificate::{self, PreparedFile};
    use macnss::flows::model::{Model, Msg};
    use macnss::flows::private::{ClaimFilter, Event, Part};
    use macnss::flows::{ApiError, Response, Target, bank};
    use macnss_api::records::*;
    use macnss_api::types::{Profile, SessionResponse, Token};
    use macnss_api::{ErrorCode, Problem};
    use std::sync::Arc as Shared;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a date")
    }

    /// A full sign-in of an insured person (or a dependant).
    fn signed_in(kind: AccountKind) -> Vec<Msg> {
        use macnss::flows::sign_in::{Event, Field};
        let session = SessionResponse {
            access_token: Token::new("a"),
            refresh_token: Token::new("r"),
            access_expires_in: 900,
            password_change_required: false,
            profile: Profile {
                account_id: "123456789".into(),
                kind,
                first_name: "Amina".into(),
                last_name: "Benali".into(),
                regime: None,
                insured_id: None,
            },
        };
        vec![
            Msg::Restored(macnss::flows::model::Restored::SignedOut),
            Msg::SignIn(Event::Edit(Field::Identifier, "123456789".into())),
            Msg::SignIn(Event::Edit(Field::Password, "motdepasse".into())),
            Msg::SignIn(Event::Submit),
            Msg::Answer(Target::SignIn, Ok(Response::Session(session))),
        ]
    }

    fn private(event: Event) -> Msg {
        Msg::Private(event)
    }

    fn answer(part: Part, result: Result<Response, ApiError>) -> Msg {
        Msg::Answer(Target::Private(part), result)
    }

    /// Renders `path` in `lang` once the model took `before` (then the screen mounts and asks
    /// for what it shows), then `after` (the answers), as the app would show it.
    fn render_records(path: &str, lang: Lang, before: Vec<Msg>, after: Vec<Msg>) -> String {
        let preferences = Arc::new(MemoryPreferences::default());
        preferences.set(LANGUAGE_KEY, lang.tag());
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
                sign_up: None,
                sign_in: None,
                messages: before,
            },
        )
        .with_root_context(services);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let _inside = runtime.enter();
        dom.rebuild_in_place();
        // The mount's tasks and effects (what the screen asks for) run over a few passes.
        for _ in 0..3 {
            dom.render_immediate(&mut NoOpMutations);
        }
        dom.in_scope(ScopeId::APP, || {
            let mut model = consume_context::<Signal<Model>>();
            for msg in after {
                let msg = resolve(&model.peek(), msg);
                model.write().update(msg, chrono::Utc::now());
            }
        });
        dom.render_immediate(&mut NoOpMutations);
        readable(&dioxus_ssr::render(&dom))
    }

    /// Stands for the scope of the upload in progress, which the space makes when the page
    /// opens (unknown to the test before): [`resolve`] puts the real one in.
    const CURRENT: &str = "<the upload in progress>";

    /// `msg` with [`CURRENT`] replaced by the scope of the space's upload in progress.
    fn resolve(model: &Model, msg: Msg) -> Msg {
        let scope = || {
            model
                .private
                .as_ref()
                .and_then(|s| s.certificate.as_ref())
                .map(|c| c.scope().to_owned())
                .expect("an upload in progress")
        };
        match msg {
            Msg::Private(Event::Certificate(certificate::Event::Prepared(s, r)))
                if s == CURRENT =>
            {
                Msg::Private(Event::Certificate(certificate::Event::Prepared(scope(), r)))
            }
            Msg::Answer(Target::Private(Part::Certificate(s)), r) if s == CURRENT => {
                Msg::Answer(Target::Private(Part::Certificate(scope())), r)
            }
            other => other,
        }
    }

    /// The HTML with Fluent's isolation marks dropped, no-break spaces as spaces and
    /// apostrophes unescaped, for assertions on the wording.
    fn readable(html: &str) -> String {
        html.replace(['\u{2068}', '\u{2069}'], "")
            .replace(['\u{00A0}', '\u{202F}'], " ")
            .replace("&#39;", "'")
    }

    fn beneficiary(id: &str, first_name: &str, relation: Relation) -> Beneficiary {
        Beneficiary {
            id: id.into(),
            first_name: first_name.into(),
            relation,
        }
    }

    const INCOMPLETE: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1";
    const REFUSED: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2";
    const REIMBURSED: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3";

    fn claims() -> Claims {
        let you = beneficiary("b-you", "Amina", Relation::Insured);
        let child = beneficiary("b-yasmine", "Yasmine", Relation::Child);
        let claim = |id: &str, number: &str, who: &Beneficiary, state: ClaimState| Claim {
            id: id.into(),
            number: number.into(),
            beneficiary: who.clone(),
            care: CareKind::Consultation,
            care_date: day(2026, 10, 2),
            received_on: day(2026, 10, 6),
            state,
            claimed: Centimes::dirhams(250),
            reimbursed: None,
            missing: None,
            refusal: None,
            timeline: vec![
                ClaimEvent {
                    state: ClaimState::Received,
                    on: day(2026, 10, 6),
                },
                ClaimEvent {
                    state,
                    on: day(2026, 10, 20),
                },
            ],
        };
        let mut incomplete = claim(INCOMPLETE, "2026-0001234", &you, ClaimState::Incomplete);
        incomplete.missing = Some(MissingDocument::Prescription);
        let mut refused = claim(REFUSED, "2026-0001235", &child, ClaimState::Refused);
        refused.care = CareKind::Pharmacy;
        refused.refusal = Some(RefusalReason::Duplicate);
        let mut reimbursed = claim(REIMBURSED, "2026-0001236", &you, ClaimState::Reimbursed);
        reimbursed.care = CareKind::Dental;
        reimbursed.reimbursed = Some(Centimes(17_550));
        Claims {
            claims: vec![incomplete, refused, reimbursed],
            beneficiaries: vec![you, child],
        }
    }

    fn claims_loaded() -> Vec<Msg> {
        let mut m = signed_in(AccountKind::Insured);
        m.push(private(Event::Opened(
            macnss::flows::private::Section::Claims,
        )));
        m.push(answer(Part::Claims, Ok(Response::Claims(claims()))));
        m
    }

    const CLAIMS: &str = "/espace/remboursements";

    #[test]
    fn the_claims_screen_shows_a_skeleton_while_its_first_load_runs() {
        let html = render_records(CLAIMS, Lang::Fr, signed_in(AccountKind::Insured), vec![]);
        assert!(html.contains("Mes remboursements"), "{html}");
        assert!(
            html.contains(r#"role="status" aria-busy="true""#) && html.contains("Chargement…"),
            "{html}"
        );
        let ar = render_records(CLAIMS, Lang::Ar, signed_in(AccountKind::Insured), vec![]);
        assert!(
            ar.contains(r#"dir="rtl""#) && ar.contains("جارٍ التحميل…"),
            "{ar}"
        );
    }

    #[test]
    fn the_claims_list_shows_each_claim_as_a_link_with_its_state_in_words() {
        let html = render_records(CLAIMS, Lang::Fr, claims_loaded(), vec![]);
        for text in [
            "Document manquant : l'ordonnance du médecin",
            "Motif : soins déjà déclarés dans un autre dossier",
            "Montant demandé : 250,00 DH",
            "Montant remboursé : 175,50 DH",
            "Soins du 2 octobre 2026",
            "Incomplet",
            "Refusé",
            "Remboursé",
            "Consultation – Vous",
            "Pharmacie – Yasmine",
            "3 dossiers affichés",
            "Mis à jour à",
            "Actualiser",
            "Contacter la CNSS",
        ] {
            assert!(html.contains(text), "{text} missing in {html}");
        }
        assert!(html.contains(&format!(r#"href="/espace/remboursements/{INCOMPLETE}""#)));
        assert!(html.contains(r#"<span class="ltr-value" dir="ltr">2026-0001234</span>"#));
        assert!(html.contains(r#"<label for="claims-state">État du dossier</label>"#));
        assert!(html.contains(r#"<label for="claims-beneficiary">Bénéficiaire</label>"#));
        assert!(html.contains(r#"value="b-yasmine""#));
        assert!(!html.contains("Chargement…"), "loaded, not loading");
        let ar = render_records(CLAIMS, Lang::Ar, claims_loaded(), vec![]);
        assert!(ar.contains(r#"dir="rtl""#), "{ar}");
        for text in [
            "غير مكتمل",
            "مرفوض",
            "الوثيقة الناقصة: الوصفة الطبية",
            "يُعرض 3 ملفات",
        ] {
            assert!(ar.contains(text), "{text} missing in {ar}");
        }
        assert!(ar.contains(r#"<span class="ltr-value" dir="ltr">2026-0001234</span>"#));
    }

    #[test]
    fn the_claims_filter_keeps_the_admitted_claims_and_offers_to_clear_when_none_is() {
        let mut by_child = claims_loaded();
        by_child.push(private(Event::FilterClaims(ClaimFilter {
            state: None,
            beneficiary: Some("b-yasmine".into()),
        })));
        let html = render_records(CLAIMS, Lang::Fr, by_child, vec![]);
        assert!(
            html.contains("2026-0001235") && !html.contains("2026-0001234"),
            "{html}"
        );
        assert!(html.contains("1 dossier affiché"));
        assert!(html.contains(r#"value="b-yasmine" selected"#), "{html}");
        let mut none = claims_loaded();
        none.push(private(Event::FilterClaims(ClaimFilter {
            state: Some(ClaimState::Processing),
            beneficiary: Some("b-yasmine".into()),
        })));
        let html = render_records(CLAIMS, Lang::Fr, none, vec![]);
        assert!(
            html.contains("Aucun dossier ne correspond à ces filtres.")
                && html.contains("Effacer les filtres"),
            "{html}"
        );
        assert!(!html.contains("2026-0001235"));
    }

    #[test]
    fn no_claim_at_all_says_how_to_send_a_care_sheet() {
        let empty = Claims {
            claims: vec![],
            beneficiaries: vec![],
        };
        let after = || vec![answer(Part::Claims, Ok(Response::Claims(empty.clone())))];
        let html = render_records(CLAIMS, Lang::Fr, signed_in(AccountKind::Insured), after());
        assert!(
            html.contains("Vous n'avez aucun dossier de remboursement")
                && html.contains("feuille de soins"),
            "{html}"
        );
        assert!(html.contains("Mis à jour à"));
        let ar = render_records(CLAIMS, Lang::Ar, signed_in(AccountKind::Insured), after());
        assert!(
            ar.contains(r#"dir="rtl""#) && ar.contains("ورقة العلاج"),
            "{ar}"
        );
    }

    #[test]
    fn a_failed_claims_load_says_what_to_do_and_offers_to_retry() {
        let after = || vec![answer(Part::Claims, Err(ApiError::Offline))];
        let html = render_records(CLAIMS, Lang::Fr, signed_in(AccountKind::Insured), after());
        assert!(
            html.contains(r#"class="failure" role="alert""#) && html.contains("Réessayer"),
            "{html}"
        );
        assert!(!html.contains("Chargement…"));
        let ar = render_records(CLAIMS, Lang::Ar, signed_in(AccountKind::Insured), after());
        assert!(
            ar.contains(r#"dir="rtl""#) && ar.contains("إعادة المحاولة"),
            "{ar}"
        );
        // What was shown stays shown when a refresh fails.
        let mut stale = claims_loaded();
        stale.push(private(Event::Refresh(
            macnss::flows::private::Section::Claims,
        )));
        let html = render_records(CLAIMS, Lang::Fr, stale, after());
        assert!(
            html.contains("Réessayer") && html.contains("2026-0001234"),
            "{html}"
        );
    }

    #[test]
    fn a_claim_shows_its_facts_its_timeline_and_what_to_send() {
        let path = format!("{CLAIMS}/{INCOMPLETE}");
        let html = render_records(&path, Lang::Fr, claims_loaded(), vec![]);
        assert!(html.contains("Dossier de remboursement"), "{html}");
        assert!(html.contains("<dt>Numéro de dossier</dt>"));
        assert!(html.contains(r#"<ol class="timeline">"#));
        assert!(html.contains(r#"aria-current="step""#), "{html}");
        assert_eq!(html.matches(r#"aria-current="step""#).count(), 1);
        assert!(html.contains("(étape actuelle)"));
        assert!(
            html.contains("le 20 octobre 2026"),
            "each step with its date"
        );
        assert!(html.contains("Envoyez l'ordonnance du médecin à votre agence CNSS."));
        assert!(html.contains(r#"href="/contact""#));
        let received = html.find("Reçu").unwrap_or(usize::MAX);
        let current = html.find("(étape actuelle)").unwrap_or(0);
        assert!(received < current, "oldest first");
        let ar = render_records(&path, Lang::Ar, claims_loaded(), vec![]);
        assert!(
            ar.contains(r#"dir="rtl""#) && ar.contains("تتبع الملف"),
            "{ar}"
        );
    }

    #[test]
    fn a_claim_opened_by_a_link_loads_alone_and_a_strangers_id_is_not_found() {
        let path = format!("{CLAIMS}/{REFUSED}");
        let loading = render_records(&path, Lang::Fr, signed_in(AccountKind::Insured), vec![]);
        assert!(loading.contains("Chargement…"), "{loading}");
        let mut alone = claims().claims[1].clone();
        alone.id = REFUSED.into();
        let html = render_records(
            &path,
            Lang::Fr,
            signed_in(AccountKind::Insured),
            vec![answer(
                Part::Claim(REFUSED.into()),
                Ok(Response::Claim(Box::new(alone))),
            )],
        );
        assert!(
            html.contains("2026-0001235") && html.contains("Motif du refus"),
            "{html}"
        );
        let not_found = || {
            vec![answer(
                Part::Claim(REFUSED.into()),
                Err(ApiError::Problem(Problem::new(ErrorCode::NotFound))),
            )]
        };
        let html = render_records(
            &path,
            Lang::Fr,
            signed_in(AccountKind::Insured),
            not_found(),
        );
        assert!(
            html.contains("Ce dossier n'existe pas dans votre compte."),
            "{html}"
        );
        assert!(html.contains(r#"href="/espace/remboursements""#));
        assert!(html.contains("Retour à mes remboursements"));
        let ar = render_records(
            &path,
            Lang::Ar,
            signed_in(AccountKind::Insured),
            not_found(),
        );
        assert!(
            ar.contains(r#"dir="rtl""#) && ar.contains("هذا الملف غير موجود"),
            "{ar}"
        );
    }

    #[test]
    fn a_claim_that_could_not_be_loaded_offers_to_retry_in_both_languages() {
        let path = format!("{CLAIMS}/{REFUSED}");
        for (lang, retry) in [(Lang::Fr, "Réessayer"), (Lang::Ar, "إعادة المحاولة")] {
            let html = render_records(
                &path,
                lang,
                signed_in(AccountKind::Insured),
                vec![answer(Part::Claim(REFUSED.into()), Err(ApiError::Offline))],
            );
            assert!(
                html.contains(r#"class="failure" role="alert""#) && html.contains(retry),
                "{html}"
            );
            assert!(!html.contains("Ce dossier n'existe pas"), "not a 404");
        }
        let ar = render_records(&path, Lang::Ar, signed_in(AccountKind::Insured), vec![]);
        assert!(
            ar.contains(r#"dir="rtl""#) && ar.contains("جارٍ التحميل…"),
            "{ar}"
        );
    }

    #[test]
    fn every_record_screen_loads_and_empties_right_to_left_in_arabic() {
        let empty = [
            (
                CLAIMS,
                Part::Claims,
                Response::Claims(Claims {
                    claims: vec![],
                    beneficiaries: vec![],
                }),
                "ليس لديكم أي ملف لاسترجاع مصاريف العلاج",
            ),
            (
                "/espace/famille",
                Part::Family,
                Response::Family(Family {
                    children: vec![],
                    monthly_total: Centimes(0),
                }),
                "لا يوجد أي طفل مسجل في ملفكم",
            ),
            (
                "/espace/paiements",
                Part::Payments,
                Response::Payments(Payments {
                    payments: vec![],
                    pension: None,
                    bank_account: None,
                }),
                "التصريح بحساب بنكي",
            ),
        ];
        for (path, part, response, text) in empty {
            let loading = render_records(path, Lang::Ar, signed_in(AccountKind::Insured), vec![]);
            assert!(
                loading.contains(r#"dir="rtl""#)
                    && loading.contains(r#"aria-busy="true""#)
                    && loading.contains("جارٍ التحميل…"),
                "{path}: {loading}"
            );
            let html = render_records(
                path,
                Lang::Ar,
                signed_in(AccountKind::Insured),
                vec![answer(part, Ok(response))],
            );
            assert!(
                html.contains(r#"dir="rtl""#) && html.contains(text),
                "{path}: {html}"
            );
            assert!(
                html.contains("آخر تحديث على الساعة"),
                "{path}: when it was fetched"
            );
        }
    }

    // Family and TAWIDATY

    const WITH_CERTIFICATE: &str = "CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC1";

    fn family() -> Family {
        let child =
            |id: &str, name: &str, born: NaiveDate, schooling: Option<SchoolingCheck>| Child {
                id: id.into(),
                first_name: name.into(),
                birth_date: born,
                allowance: AllowanceStatus::Paid,
                monthly: Centimes::dirhams(300),
                schooling,
            };
        let check = |state, refusal| SchoolingCheck {
            school_year: 2026,
            state,
            due: Some(day(2026, 10, 15)),
            refusal,
            upload: None,
        };
        let mut suspended = child(
            "CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC3",
            "Omar",
            day(2008, 1, 9),
            Some(check(
                SchoolingState::Refused,
                Some(CertificateRefusal::MissingImmatriculation),
            )),
        );
        suspended.allowance = AllowanceStatus::Suspended;
        suspended.monthly = Centimes(0);
        Family {
            children: vec![
                child(
                    WITH_CERTIFICATE,
                    "Yasmine",
                    day(2012, 3, 4),
                    Some(check(SchoolingState::CertificateRequired, None)),
                ),
                child(
                    "CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC2",
                    "Adam",
                    day(2013, 5, 6),
                    Some(check(SchoolingState::Verified, None)),
                ),
                suspended,
                child(
                    "CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC4",
                    "Sara",
                    day(2019, 7, 8),
                    None,
                ),
            ],
            monthly_total: Centimes::dirhams(900),
        }
    }

    fn family_loaded() -> Vec<Msg> {
        let mut m = signed_in(AccountKind::Insured);
        m.push(private(Event::Opened(
            macnss::flows::private::Section::Family,
        )));
        m.push(answer(Part::Family, Ok(Response::Family(family()))));
        m
    }

    const FAMILY: &str = "/espace/famille";

    #[test]
    fn the_family_screen_shows_each_child_and_where_their_schooling_check_stands() {
        let html = render_records(FAMILY, Lang::Fr, family_loaded(), vec![]);
        for text in [
            "Allocations familiales et TAWIDATY",
            "Allocations de ce mois : 900,00 DH",
            "Versée 300,00 DH par mois",
            "Suspendue",
            "Scolarité 2026–2027",
            "Certificat de scolarité à envoyer avant le 15 octobre 2026",
            "Envoyer le certificat de Yasmine",
            "Vérifiée automatiquement par votre établissement",
            "Refusé : il ne porte pas votre numéro d'immatriculation",
            "Envoyer un autre certificat pour Omar",
            "vous avez un mois pour envoyer un certificat de scolarité",
            "Mis à jour à",
        ] {
            assert!(html.contains(text), "{text} missing in {html}");
        }
        assert!(html.contains(&format!(
            r#"href="/espace/famille/{WITH_CERTIFICATE}/certificat""#
        )));
        assert_eq!(
            html.matches("/certificat\"").count(),
            2,
            "only where one is asked"
        );
        let ar = render_records(FAMILY, Lang::Ar, family_loaded(), vec![]);
        assert!(ar.contains(r#"dir="rtl""#), "{ar}");
        for text in ["تعويضاتي", "يُصرف 300,00 درهم كل شهر", "إرسال شهادة Yasmine"]
        {
            assert!(ar.contains(text), "{text} missing in {ar}");
        }
    }

    #[test]
    fn the_family_screen_loads_fails_and_empties_with_a_way_forward() {
        let loading = render_records(FAMILY, Lang::Fr, signed_in(AccountKind::Insured), vec![]);
        assert!(loading.contains("Chargement…") && loading.contains(r#"aria-busy="true""#));
        let failed = || vec![answer(Part::Family, Err(ApiError::Timeout))];
        let html = render_records(FAMILY, Lang::Fr, signed_in(AccountKind::Insured), failed());
        assert!(
            html.contains("Réessayer") && html.contains(r#"role="alert""#),
            "{html}"
        );
        let ar = render_records(FAMILY, Lang::Ar, signed_in(AccountKind::Insured), failed());
        assert!(
            ar.contains(r#"dir="rtl""#) && ar.contains("إعادة المحاولة"),
            "{ar}"
        );
        let none = Family {
            children: vec![],
            monthly_total: Centimes(0),
        };
        let html = render_records(
            FAMILY,
            Lang::Fr,
            signed_in(AccountKind::Insured),
            vec![answer(Part::Family, Ok(Response::Family(none)))],
        );
        assert!(
            html.contains("Aucun enfant n'est enregistré dans votre dossier")
                && html.contains("acte de naissance"),
            "{html}"
        );
    }

    #[test]
    fn a_dependant_is_told_where_family_allowances_and_payments_are_followed() {
        let html = render_records(FAMILY, Lang::Fr, signed_in(AccountKind::Dependant), vec![]);
        assert!(html.contains("suivies dans l'espace de l'assuré"), "{html}");
        assert!(
            !html.contains("Chargement…"),
            "nothing is asked for a dependant"
        );
        let html = render_records(
            "/espace/paiements",
            Lang::Ar,
            signed_in(AccountKind::Dependant),
            vec![],
        );
        assert!(html.contains(r#"dir="rtl""#) && html.contains("تُصرف دفعات الصندوق للمؤمَّن له"));
    }

    fn certificate(event: certificate::Event) -> Msg {
        private(Event::Certificate(event))
    }

    fn jpeg(len: usize) -> Shared<[u8]> {
        let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0];
        bytes.resize(len, 0);
        bytes.into()
    }

    #[test]
    fn the_certificate_screen_offers_a_file_and_a_photo_with_the_rules() {
        let path = format!("{FAMILY}/{WITH_CERTIFICATE}/certificat");
        let html = render_records(&path, Lang::Fr, family_loaded(), vec![]);
        assert!(
            html.contains("Pour Yasmine, à envoyer avant le 15 octobre 2026."),
            "{html}"
        );
        assert!(html.contains(r#"type="file""#));
        assert!(html.contains(r#"accept="image/jpeg,image/png,application/pdf""#));
        assert!(html.contains(r#"capture="environment""#));
        assert!(html.contains(
            r#"<label for="certificate-file" class="button primary file-button">Choisir un fichier</label>"#
        ));
        assert!(html.contains(
            r#"<label for="certificate-photo" class="button secondary file-button">Prendre une photo</label>"#
        ));
        assert!(html.contains("de 5 Mo au plus") && html.contains("numéro d'immatriculation"));
        let ar = render_records(&path, Lang::Ar, family_loaded(), vec![]);
        assert!(
            ar.contains(r#"dir="rtl""#) && ar.contains("التقاط صورة"),
            "{ar}"
        );
    }

    #[test]
    fn a_certificate_goes_from_the_photo_to_the_receipt() {
        let path = format!("{FAMILY}/{WITH_CERTIFICATE}/certificat");
        let picked = || {
            vec![certificate(certificate::Event::Picked(
                jpeg(3 * 1024 * 1024).into(),
            ))]
        };
        let html = render_records(&path, Lang::Fr, family_loaded(), picked());
        assert!(html.contains("Préparation de la photo…"), "{html}");
        let prepared = PreparedFile {
            media_type: UploadType::Jpeg,
            bytes: jpeg(300 * 1024).into(),
            picked_bytes: 3 * 1024 * 1024,
            reduced: true,
        };
        let mut ready = picked();
        ready.push(certificate(certificate::Event::Prepared(
            CURRENT.into(),
            Ok(prepared),
        )));
        let html = render_records(&path, Lang::Fr, family_loaded(), ready.clone());
        assert!(
            html.contains(r#"src="data:image/jpeg;base64,/9j/4A"#),
            "a preview"
        );
        assert!(html.contains("Photo réduite de 3072 Ko à 300 Ko"), "{html}");
        assert!(html.contains("Envoyer") && html.contains("Choisir un autre fichier"));
        let mut sending = ready.clone();
        sending.push(certificate(certificate::Event::Send));
        let html = render_records(&path, Lang::Fr, family_loaded(), sending.clone());
        assert!(html.contains("Envoi en cours… (300 Ko)") && html.contains("<progress"));
        let mut failed = sending.clone();
        failed.push(answer(
            Part::Certificate(CURRENT.into()),
            Err(ApiError::Offline),
        ));
        let html = render_records(&path, Lang::Fr, family_loaded(), failed);
        assert!(html.contains("Réessayer") && html.contains("Choisir un autre fichier"));
        let mut sent = sending;
        sent.push(answer(
            Part::Certificate(CURRENT.into()),
            Ok(Response::Schooling(SchoolingCheck {
                school_year: 2026,
                state: SchoolingState::Received,
                due: Some(day(2026, 10, 15)),
                refusal: None,
                upload: Some(UploadReceipt {
                    id: "u".into(),
                    media_type: UploadType::Jpeg,
                    bytes: 300 * 1024,
                    sha256: "0".repeat(64),
                    received_on: day(2026, 10, 1),
                }),
            })),
        ));
        let html = render_records(&path, Lang::Fr, family_loaded(), sent.clone());
        assert!(html.contains("Certificat reçu le 1 octobre 2026"), "{html}");
        assert!(html.contains("Fichier reçu : 300 Ko") && html.contains("Nous vous informerons"));
        assert!(html.contains(r#"href="/espace/famille""#));
        let ar = render_records(&path, Lang::Ar, family_loaded(), sent.clone());
        assert!(
            ar.contains(r#"dir="rtl""#) && ar.contains("تم التوصل بالشهادة"),
            "{ar}"
        );
        // The family shows the check as it now stands, with the way to replace it.
        let mut back = vec![private(Event::OpenCertificate(WITH_CERTIFICATE.into()))];
        back.extend(sent.clone());
        let html = render_records(FAMILY, Lang::Fr, family_loaded(), back);
        assert!(
            html.contains("Reçu le 1 octobre 2026, en cours de vérification")
                && html.contains("Remplacer le certificat de Yasmine"),
            "{html}"
        );
        // «Remplacer» in the family (what its link sends) starts a new choice.
        let mut replace = sent;
        replace.push(private(Event::OpenCertificate(WITH_CERTIFICATE.into())));
        replace.push(certificate(certificate::Event::ChooseAgain));
        let html = render_records(&path, Lang::Fr, family_loaded(), replace);
        assert!(html.contains(r#"id="certificate-file""#), "{html}");
    }

    #[test]
    fn a_file_the_device_refuses_says_why_and_offers_another() {
        let path = format!("{FAMILY}/{WITH_CERTIFICATE}/certificat");
        let exe: Shared<[u8]> = Shared::from(&b"MZ\x90\x00rest"[..]);
        let html = render_records(
            &path,
            Lang::Fr,
            family_loaded(),
            vec![certificate(certificate::Event::Picked(exe.into()))],
        );
        assert!(
            html.contains("Ce fichier n'est ni une photo JPEG ou PNG, ni un PDF."),
            "{html}"
        );
        assert!(html.contains("Choisir un autre fichier"));
        let mut pdf = b"%PDF-1.7\n".to_vec();
        pdf.resize(MAX_UPLOAD_BYTES + 512 * 1024, b' ');
        let html = render_records(
            &path,
            Lang::Fr,
            family_loaded(),
            vec![certificate(certificate::Event::Picked(pdf.into()))],
        );
        assert!(
            html.contains("Le fichier fait 6 Mo : 5 Mo au plus."),
            "{html}"
        );
    }

    // Payments and the bank account

    const PAYMENTS: &str = "/espace/paiements";

    fn payments() -> Payments {
        Payments {
            payments: vec![
                Payment {
                    id: "p2".into(),
                    paid_on: day(2026, 11, 3),
                    kind: PaymentKind::AmoReimbursement,
                    amount: Centimes(17_550),
                    claim_number: Some("2026-0001236".into()),
                },
                Payment {
                    id: "p1".into(),
                    paid_on: day(2026, 10, 30),
                    kind: PaymentKind::FamilyAllowance,
                    amount: Centimes::dirhams(900),
                    claim_number: None,
                },
            ],
            pension: Some(Pension {
                monthly: Centimes(254_000),
                since: day(2020, 1, 1),
                proof_of_life: ProofOfLife::Overdue,
                proof_of_life_until: day(2026, 9, 30),
            }),
            bank_account: Some(BankAccount {
                bank: "Banque Populaire".into(),
                last_digits: "1234".into(),
                since: day(2024, 5, 2),
            }),
        }
    }

    fn payments_loaded() -> Vec<Msg> {
        let mut m = signed_in(AccountKind::Insured);
        m.push(private(Event::Opened(
            macnss::flows::private::Section::Payments,
        )));
        m.push(answer(Part::Payments, Ok(Response::Payments(payments()))));
        m
    }

    #[test]
    fn the_payments_screen_shows_the_pension_the_masked_account_and_each_payment() {
        let html = render_records(PAYMENTS, Lang::Fr, payments_loaded(), vec![]);
        for text in [
            "Mes paiements",
            "Ma pension",
            "2 540,00 DH",
            "Attestation de vie en retard : votre pension est suspendue jusqu'à réception",
            "Banque Populaire",
            "•••• 1234",
            "Modifier mon compte bancaire",
            "Remboursement AMO",
            "Allocations familiales",
            "Versé le 3 novembre 2026",
            "Mis à jour à",
        ] {
            assert!(html.contains(text), "{text} missing in {html}");
        }
        assert!(html.contains(r#"<span class="ltr-value" dir="ltr">2026-0001236</span>"#));
        assert!(html.contains(r#"href="/espace/paiements/compte""#));
        let newest = html.find("Remboursement AMO").unwrap_or(usize::MAX);
        let older = html.find("Versé le 30 octobre 2026").unwrap_or(0);
        assert!(newest < older, "newest first");
        let ar = render_records(PAYMENTS, Lang::Ar, payments_loaded(), vec![]);
        assert!(ar.contains(r#"dir="rtl""#) && ar.contains("معاشي"), "{ar}");
        assert!(ar.contains(r#"class="bank-account" dir="ltr""#));
    }

    #[test]
    fn the_payments_screen_loads_fails_and_empties_with_a_way_forward() {
        let loading = render_records(PAYMENTS, Lang::Fr, signed_in(AccountKind::Insured), vec![]);
        assert!(loading.contains("Chargement…"), "{loading}");
        let failed = || vec![answer(Part::Payments, Err(ApiError::Offline))];
        let html = render_records(
            PAYMENTS,
            Lang::Fr,
            signed_in(AccountKind::Insured),
            failed(),
        );
        assert!(html.contains("Réessayer"), "{html}");
        let ar = render_records(
            PAYMENTS,
            Lang::Ar,
            signed_in(AccountKind::Insured),
            failed(),
        );
        assert!(
            ar.contains(r#"dir="rtl""#) && ar.contains("إعادة المحاولة"),
            "{ar}"
        );
        let none = Payments {
            payments: vec![],
            pension: None,
            bank_account: None,
        };
        let html = render_records(
            PAYMENTS,
            Lang::Fr,
            signed_in(AccountKind::Insured),
            vec![answer(Part::Payments, Ok(Response::Payments(none)))],
        );
        assert!(
            html.contains("Aucun paiement pour l'instant")
                && html.contains("Déclarer un compte bancaire"),
            "{html}"
        );
    }

    fn bank(event: bank::Event) -> Msg {
        private(Event::Bank(event))
    }

    fn at_code_step() -> Vec<Msg> {
        vec![
            bank(bank::Event::Edit(
                bank::Field::Password,
                "motdepasse".into(),
            )),
            bank(bank::Event::Submit),
            answer(
                Part::Bank,
                Ok(Response::StepUp(StepUpResponse {
                    step_up_id: "s".repeat(43),
                    sent_to: "+212 6•• ••• •78".into(),
                    expires_in: 600,
                })),
            ),
        ]
    }

    #[test]
    fn a_bank_refusal_that_says_when_to_try_offers_no_retry_but_a_lost_answer_does() {
        const BANK: &str = "/espace/paiements/compte";
        let refused = |error: ApiError| {
            vec![
                bank(bank::Event::Edit(
                    bank::Field::Password,
                    "motdepasse".into(),
                )),
                bank(bank::Event::Submit),
                answer(Part::Bank, Err(error)),
            ]
        };
        let mut too_soon = Problem::new(ErrorCode::ResendTooSoon);
        too_soon.retry_after = Some(30);
        let html = render_records(
            BANK,
            Lang::Fr,
            signed_in(AccountKind::Insured),
            refused(ApiError::Problem(too_soon)),
        );
        assert!(html.contains(r#"class="failure" role="alert""#), "{html}");
        assert!(!html.contains("Réessayer"), "{html}");
        let html = render_records(
            BANK,
            Lang::Ar,
            signed_in(AccountKind::Insured),
            refused(ApiError::Timeout),
        );
        assert!(
            html.contains(r#"dir="rtl""#) && html.contains("إعادة المحاولة"),
            "{html}"
        );
    }

    #[test]
    fn the_bank_change_asks_for_the_password_then_the_code_and_the_rib() {
        const BANK: &str = "/espace/paiements/compte";
        let html = render_records(BANK, Lang::Fr, signed_in(AccountKind::Insured), vec![]);
        assert!(
            html.contains("Pour votre sécurité, confirmez votre mot de passe.")
                && html.contains(r#"type="password""#),
            "{html}"
        );
        let html = render_records(
            BANK,
            Lang::Fr,
            signed_in(AccountKind::Insured),
            at_code_step(),
        );
        assert!(html.contains("Code envoyé au +212 6•• ••• •78"), "{html}");
        assert!(html.contains(r#"autocomplete="one-time-code""#));
        assert!(html.contains(r#"id="rib""#) && html.contains("24 chiffres, tel qu'imprimé"));
        assert!(html.contains("Recommencer"));
        let mut refused = at_code_step();
        refused.push(bank(bank::Event::Edit(bank::Field::Code, "123456".into())));
        refused.push(bank(bank::Event::Edit(bank::Field::Rib, "1234".into())));
        refused.push(bank(bank::Event::Submit));
        let html = render_records(BANK, Lang::Fr, signed_in(AccountKind::Insured), refused);
        assert!(html.contains("Il y a un problème") && html.contains(r##"href="#rib""##));
        assert!(html.contains(r#"aria-invalid="true""#) && html.contains(r#"value="1234""#));
        let mut wrong_code = at_code_step();
        wrong_code.push(bank(bank::Event::Edit(bank::Field::Code, "123456".into())));
        let rib = format!(
            "{}{}",
            "0117800000012345678901"[..22].to_owned(),
            macnss_api::validate::rib_key("0117800000012345678901").unwrap_or_default()
        );
        wrong_code.push(bank(bank::Event::Edit(bank::Field::Rib, rib)));
        wrong_code.push(bank(bank::Event::Submit));
        let mut done = wrong_code.clone();
        let mut problem = Problem::new(ErrorCode::CodeInvalid);
        problem.attempts_remaining = Some(2);
        wrong_code.push(answer(Part::Bank, Err(ApiError::Problem(problem))));
        let html = render_records(BANK, Lang::Fr, signed_in(AccountKind::Insured), wrong_code);
        assert!(html.contains(r#"class="failure" role="alert""#), "{html}");
        done.push(answer(
            Part::Bank,
            Ok(Response::BankAccount(BankAccount {
                bank: "Banque Populaire".into(),
                last_digits: "8901".into(),
                since: day(2026, 12, 2),
            })),
        ));
        let html = render_records(
            BANK,
            Lang::Fr,
            signed_in(AccountKind::Insured),
            done.clone(),
        );
        assert!(
            html.contains(
                "Votre compte bancaire a été modifié : Banque Populaire •••• 8901. Un message de confirmation vous a été envoyé."
            ),
            "{html}"
        );
        assert!(html.contains(r#"href="/espace/paiements""#));
        let ar = render_records(BANK, Lang::Ar, signed_in(AccountKind::Insured), done);
        assert!(
            ar.contains(r#"dir="rtl""#) && ar.contains("تم تغيير حسابكم البنكي"),
            "{ar}"
        );
    }
    // -----------------------------------------------------------------------------------------
    // «Mon compte»

    fn overview() -> macnss_api::account::AccountOverview {
        use macnss_api::account::{AccountOverview, Platform, SessionInfo};
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-02T09:00:00Z")
            .expect("instant")
            .with_timezone(&chrono::Utc);
        AccountOverview {
            phone: "06 •• •• •• 67".into(),
            email: "o•••@example.ma".into(),
            sessions: vec![
                SessionInfo {
                    id: "A".repeat(43),
                    device_name: Some("Chrome · Android".into()),
                    platform: Some(Platform::Web),
                    app_version: Some("0.1.0".into()),
                    signed_in_at: at,
                    last_used_at: at,
                    current: true,
                },
                SessionInfo {
                    id: "B".repeat(43),
                    device_name: None,
                    platform: None,
                    app_version: None,
                    signed_in_at: at,
                    last_used_at: at,
                    current: false,
                },
            ],
        }
    }

    #[test]
    fn my_account_shows_the_masked_contacts_and_its_services_in_french_and_arabic() {
        let loaded = vec![answer(Part::Account, Ok(Response::Account(overview())))];
        let fr = render_records(
            "/espace/compte",
            Lang::Fr,
            signed_in(AccountKind::Insured),
            loaded.clone(),
        );
        for text in [
            "Mon compte",
            "06 •• •• •• 67",
            "o•••@example.ma",
            "Modifier mes coordonnées",
            "Mot de passe",
            "Mes appareils",
            "Connecté aussi sur 1 autre appareil",
            "Supprimer mon compte",
        ] {
            assert!(fr.contains(text), "{text}: {fr}");
        }
        // The host build offers the quick unlock (a keychain is there); the web does not.
        assert!(fr.contains("Verrouillage de l'application"), "{fr}");
        let ar = render_records(
            "/espace/compte",
            Lang::Ar,
            signed_in(AccountKind::Insured),
            loaded,
        );
        assert!(ar.contains(r#"dir="rtl""#) && ar.contains("حسابي"), "{ar}");
        assert!(
            ar.contains(r#"dir="ltr">06 •• •• •• 67"#),
            "the number stays left to right: {ar}"
        );
    }

    #[test]
    fn my_devices_marks_this_one_and_offers_to_sign_out_only_the_others() {
        let html = render_records(
            "/espace/compte/appareils",
            Lang::Fr,
            signed_in(AccountKind::Insured),
            vec![answer(Part::Account, Ok(Response::Account(overview())))],
        );
        assert!(
            html.contains("Chrome · Android") && html.contains("Cet appareil"),
            "{html}"
        );
        assert!(
            html.contains("Appareil sans nom") && html.contains("Appareil inconnu"),
            "{html}"
        );
        assert_eq!(
            html.matches("Déconnecter cet appareil").count(),
            1,
            "{html}"
        );
        assert!(
            html.contains("Déconnecter tous les autres appareils"),
            "{html}"
        );
        // 09:00 UTC is 10:00 in Casablanca: the sign-in to the hour, the last use to the minute.
        assert!(
            html.contains("Connecté le 2 décembre 2026 à 10:00"),
            "{html}"
        );
    }

    #[test]
    fn the_contact_change_starts_with_the_password_again() {
        let html = render_records(
            "/espace/compte/coordonnees",
            Lang::Fr,
            signed_in(AccountKind::Insured),
            vec![],
        );
        assert!(
            html.contains("confirmez d'abord votre mot de passe"),
            "{html}"
        );
        assert!(
            html.contains(r#"autocomplete="current-password""#),
            "{html}"
        );
    }

    #[test]
    fn the_password_screen_states_the_policy_and_that_the_others_are_signed_out() {
        let html = render_records(
            "/espace/compte/mot-de-passe",
            Lang::Fr,
            signed_in(AccountKind::Insured),
            vec![],
        );
        assert!(
            html.contains("Au moins 8 caractères")
                && html.contains("autres appareils seront déconnectés"),
            "{html}"
        );
        assert!(html.contains(r#"autocomplete="new-password""#), "{html}");
    }

    #[test]
    fn deleting_says_what_goes_and_what_stays() {
        let html = render_records(
            "/espace/compte/supprimer",
            Lang::Fr,
            signed_in(AccountKind::Insured),
            vec![],
        );
        assert!(
            html.contains("ne supprime pas votre dossier CNSS")
                && html.contains("restent à la CNSS"),
            "{html}"
        );
    }

    #[test]
    fn the_lost_phone_screen_gives_two_ways_forward_in_every_language() {
        let fr = render("/connexion/numero-perdu", Lang::Fr, None);
        assert!(
            fr.contains("Par e-mail")
                && fr.contains("En agence")
                && fr.contains("Trouver une agence"),
            "{fr}"
        );
        assert!(
            fr.contains(r#"href="/mot-de-passe-oublie""#) && fr.contains(r#"href="/contact""#),
            "{fr}"
        );
        let signin = render("/connexion", Lang::Fr, None);
        assert!(
            signin.contains(r#"href="/connexion/numero-perdu""#),
            "{signin}"
        );
        for lang in [Lang::Ar, Lang::En, Lang::Zgh] {
            let html = render("/connexion/numero-perdu", lang, None);
            assert!(
                !html.contains("Par e-mail"),
                "{lang:?} untranslated: {html}"
            );
        }
    }

    #[test]
    fn the_lock_screen_says_whose_account_and_how_many_tries_are_left() {
        use macnss::flows::lock::{AutoLock, LockSettings};
        let locked = vec![Msg::Restored(macnss::flows::model::Restored::Locked {
            account_id: "678901234".into(),
            settings: LockSettings {
                auto_lock: AutoLock::OneMinute,
                biometric: false,
            },
            failures: 3,
        })];
        let html = render_records("/deverrouiller", Lang::Fr, vec![], locked);
        assert!(
            html.contains("Déverrouiller MaCNSS")
                && html.contains("••••••234")
                && !html.contains("678901234"),
            "{html}"
        );
        assert!(html.contains("2 essais sur 5"), "{html}");
        assert!(
            html.contains("Code oublié ? Me connecter avec mon mot de passe"),
            "{html}"
        );
        assert!(
            !html.contains("empreinte"),
            "no biometrics offered without them: {html}"
        );
    }
}

// --- «Mon espace», «Ma carrière», reports, contact ---------------------------------------------
// Each screen is rendered after a full sign-in and the answers its records got (or none yet):
// loading, loaded, empty and failed, in French and Arabic.

mod space_screens {
    use super::*;
    use macnss::flows::model::{Msg, Restored};
    use macnss::flows::private::{Event, Part, Section};
    use macnss::flows::{ApiError, Response, Target, report};
    use macnss_api::benefits::{Benefit, Condition, Eligibility, Rule};
    use macnss_api::records::{
        Agency, AmoRights, Career, Centimes, ClaimState, Declaration, Employer, Report,
        ReportState, Reports, SpaceSummary, Totals, YearMonth,
    };
    use macnss_api::types::{Profile, SessionResponse, Token};
    use macnss_api::{ErrorCode, Problem};

    fn signed_in(kind: AccountKind) -> Vec<Msg> {
        use macnss::flows::sign_in::{Event, Field};
        let session = SessionResponse {
            access_token: Token::new("a"),
            refresh_token: Token::new("r"),
            access_expires_in: 900,
            password_change_required: false,
            profile: Profile {
                account_id: "123456789".into(),
                kind,
                first_name: "Amina".into(),
                last_name: "Benali".into(),
                regime: None,
                insured_id: (kind == AccountKind::Dependant).then(|| "987654321".into()),
            },
        };
        vec![
            Msg::Restored(Restored::SignedOut),
            Msg::SignIn(Event::Edit(Field::Identifier, "123456789".into())),
            Msg::SignIn(Event::Edit(Field::Password, "Tajine aux pruneaux".into())),
            Msg::SignIn(Event::Submit),
            Msg::Answer(Target::SignIn, Ok(Response::Session(session))),
        ]
    }

    fn answer(part: Part, response: Response) -> Msg {
        Msg::Answer(Target::Private(part), Ok(response))
    }

    fn failed(part: Part) -> Msg {
        Msg::Answer(Target::Private(part), Err(ApiError::Offline))
    }

    fn opened(section: Section) -> Msg {
        Msg::Private(Event::Opened(section))
    }

    /// `path` in `lang`, signed in as `kind`, after `then`; no-break spaces read as spaces.
    fn screen(path: &str, lang: Lang, kind: AccountKind, then: Vec<Msg>) -> String {
        let preferences = Arc::new(MemoryPreferences::default());
        preferences.set(LANGUAGE_KEY, lang.tag());
        let mut messages = signed_in(kind);
        messages.extend(then);
        render_after(path, preferences, None, None, messages).replace(['\u{a0}', '\u{202f}'], " ")
    }

    #[derive(Props, Clone, PartialEq)]
    struct LaterProps {
        path: String,
        before: Vec<Msg>,
        later: Vec<Msg>,
    }

    /// The root of [`screen_then`]: `before` applied before the first render, `later` once
    /// the screen is mounted and has sent what it sends on mount.
    #[allow(non_snake_case)]
    fn LaterRoot(props: LaterProps) -> Element {
        use_app_contexts();
        let mut model = use_model();
        use_hook(|| {
            for msg in props.before.clone() {
                model.write().update(msg, chrono::Utc::now());
            }
        });
        let later = props.later.clone();
        // Effects run after the tasks the first render started (the screen's own `Opened`).
        use_effect(move || {
            for msg in later.clone() {
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

    /// `path` in `lang`, signed in as `kind`, after `before`, then `later` once it is shown
    /// (an answer that arrives while the screen is open).
    fn screen_then(
        path: &str,
        lang: Lang,
        kind: AccountKind,
        before: Vec<Msg>,
        later: Vec<Msg>,
    ) -> String {
        let preferences = Arc::new(MemoryPreferences::default());
        preferences.set(LANGUAGE_KEY, lang.tag());
        let services = Services::new(
            Arc::new(HttpApi::new("http://127.0.0.1:9".into()).expect("a loopback base")),
            Arc::new(MemoryStore::default()),
            preferences,
        );
        let mut messages = if path == "/contact" {
            vec![]
        } else {
            signed_in(kind)
        };
        messages.extend(before);
        let mut dom = VirtualDom::new_with_props(
            LaterRoot,
            LaterProps {
                path: path.into(),
                before: messages,
                later,
            },
        )
        .with_root_context(services);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let _inside = runtime.enter();
        dom.rebuild_in_place();
        for _ in 0..3 {
            dom.render_immediate(&mut dioxus::dioxus_core::NoOpMutations);
        }
        dioxus_ssr::render(&dom)
            .replace(['\u{2068}', '\u{2069}'], "")
            .replace(['\u{a0}', '\u{202f}'], " ")
    }

    fn month(y: i32, m: u32) -> YearMonth {
        YearMonth::new(y, m).expect("a month")
    }

    fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a day")
    }

    fn summary() -> SpaceSummary {
        SpaceSummary {
            last_declared_month: Some(month(2026, 10)),
            has_career: true,
            claims_open: 2,
            claims_incomplete: 1,
            children: 3,
            certificates_due: 1,
            next_certificate_due: Some(day(2026, 12, 15)),
            last_payment: Some(day(2026, 11, 5)),
            amo: AmoRights {
                open: true,
                until: Some(day(2027, 3, 31)),
            },
            unread_messages: 2,
        }
    }

    fn loaded_summary() -> Vec<Msg> {
        vec![
            opened(Section::Home),
            answer(Part::Summary, Response::Summary(summary())),
        ]
    }

    #[test]
    fn mon_espace_shows_each_service_with_its_live_status() {
        let html = screen("/espace", Lang::Fr, AccountKind::Insured, loaded_summary());
        for text in [
            "Bonjour Amina Benali",
            "Déclarations : dernière en octobre 2026",
            "2 dossiers en cours",
            "1 dossier incomplet",
            "Droits AMO ouverts jusqu&#39;au 31 mars 2027",
            "TAWIDATY : 1 certificat à envoyer avant le 15 décembre 2026",
            "Dernier paiement le 5 novembre 2026",
            "Mis à jour à",
        ] {
            assert!(
                html.contains(text) || html.contains(&text.replace("&#39;", "'")),
                "{text} in {html}"
            );
        }
        for href in [
            "/espace/carriere",
            "/espace/remboursements",
            "/espace/famille",
            "/espace/paiements",
            "/contact",
        ] {
            assert!(html.contains(&format!(r#"href="{href}""#)), "{href}");
        }
        // The keyboard order the desktop test relies on: «Actualiser», «Me déconnecter», then
        // the cards.
        let refresh = html.find("Actualiser").expect("refresh");
        let sign_out = html.find("Me déconnecter").expect("sign-out");
        let first_card = html.find(r#"href="/espace/carriere""#).expect("a card");
        assert!(refresh < sign_out && sign_out < first_card, "{html}");
    }

    #[test]
    fn mon_espace_counts_in_arabic_plurals_right_to_left() {
        let html = screen("/espace", Lang::Ar, AccountKind::Insured, loaded_summary());
        assert!(html.contains(r#"dir="rtl""#), "{html}");
        assert!(html.contains("ملفان قيد المعالجة"), "{html}");
        assert!(html.contains("ملف واحد ناقص"), "{html}");
        assert!(html.contains("أكتوبر 2026"), "{html}");
    }

    #[test]
    fn a_dependant_sees_only_their_claims_and_amo_rights() {
        let mut s = summary();
        s.last_declared_month = None;
        s.has_career = false;
        s.amo = AmoRights {
            open: false,
            until: None,
        };
        let html = screen(
            "/espace",
            Lang::Fr,
            AccountKind::Dependant,
            vec![
                opened(Section::Home),
                answer(Part::Summary, Response::Summary(s)),
            ],
        );
        assert!(
            html.contains("Mes remboursements") && html.contains("Droits AMO fermés"),
            "{html}"
        );
        for hidden in [
            "/espace/carriere",
            "/espace/famille",
            "/espace/paiements",
            "Ma carrière",
            "TAWIDATY",
        ] {
            assert!(
                !html.contains(hidden),
                "{hidden} shown to a dependant: {html}"
            );
        }
    }

    #[test]
    fn mon_espace_loading_shows_skeleton_lines_and_says_so() {
        let html = screen(
            "/espace",
            Lang::Fr,
            AccountKind::Insured,
            vec![opened(Section::Home)],
        );
        assert!(html.contains("Chargement…"), "{html}");
        assert!(html.contains(r#"aria-busy="true""#), "{html}");
        assert!(html.contains("space-skeleton-line"), "{html}");
        assert!(
            html.contains("Ma carrière"),
            "the cards are there while loading"
        );
    }

    #[test]
    fn mon_espace_failed_says_what_to_do_and_offers_a_retry() {
        let html = screen_then(
            "/espace",
            Lang::Ar,
            AccountKind::Insured,
            vec![opened(Section::Home)],
            vec![failed(Part::Summary)],
        );
        assert!(html.contains(r#"dir="rtl""#), "{html}");
        assert!(html.contains(r#"role="alert""#), "{html}");
        assert!(html.contains("لا يوجد اتصال بالإنترنت"), "{html}");
        assert!(html.contains(">إعادة المحاولة</button>"), "{html}");
    }

    fn declaration(y: i32, m: u32, days: u32) -> Declaration {
        Declaration {
            month: month(y, m),
            employer_id: "1234567".into(),
            employer_name: "Atlas Textiles SARL".into(),
            days,
            salary: Centimes::dirhams(4_500),
        }
    }

    fn career() -> Career {
        let t = |days| Totals {
            days,
            salary: Centimes::dirhams(4_500),
        };
        Career {
            as_of: day(2026, 12, 2),
            declarations: vec![
                declaration(2026, 11, 26),
                declaration(2026, 10, 4),
                declaration(2025, 12, 26),
            ],
            total: t(56),
            last_6_months: t(30),
            last_12_months: t(56),
            last_36_months: t(56),
            gaps: vec![month(2026, 3)],
            employers: vec![Employer {
                employer_id: "1234567".into(),
                name: "Atlas Textiles SARL".into(),
            }],
            eligibility: vec![
                Eligibility {
                    benefit: Benefit::DailySickness,
                    eligible: false,
                    days_missing: 24,
                    conditions: vec![Condition {
                        rule: Rule::DaysWithin { months: 6 },
                        required: 54,
                        actual: 30,
                        met: false,
                    }],
                },
                Eligibility {
                    benefit: Benefit::FamilyAllowances,
                    eligible: false,
                    days_missing: 78,
                    conditions: vec![Condition {
                        rule: Rule::SalaryShareOfSmig {
                            percent: 60,
                            months: 6,
                        },
                        required: 205_364,
                        actual: 450_000,
                        met: true,
                    }],
                },
                Eligibility {
                    benefit: Benefit::OldAgePension,
                    eligible: false,
                    days_missing: 0,
                    conditions: vec![Condition {
                        rule: Rule::Age,
                        required: 60,
                        actual: 41,
                        met: false,
                    }],
                },
            ],
        }
    }

    fn loaded_career() -> Vec<Msg> {
        vec![
            opened(Section::Career),
            answer(Part::Career, Response::Career(Box::new(career()))),
        ]
    }

    #[test]
    fn the_career_shows_rights_first_worded_from_their_numbers() {
        let html = screen(
            "/espace/carriere",
            Lang::Fr,
            AccountKind::Insured,
            loaded_career(),
        );
        for text in [
            "Indemnités journalières maladie",
            "Il vous manque 24 jours",
            "54 jours déclarés sur les 6 derniers mois (vous en avez 30)",
            "Un salaire moyen d&#39;au moins 2 053,64 DH par mois sur les 6 derniers mois, soit 60 % du SMIG (le vôtre : 4 500,00 DH)",
            "Avoir 60 ans (vous avez 41 ans)",
            "Vous n&#39;y avez pas encore droit",
            "Aucune déclaration en mars 2026",
            "novembre 2026",
            "Atlas Textiles SARL",
            "26 jours",
            "Mis à jour à",
        ] {
            assert!(
                html.contains(text) || html.contains(&text.replace("&#39;", "'")),
                "{text} in {html}"
            );
        }
        let rights = html.find("Vos droits").expect("rights");
        let declarations = html.find("Mes déclarations").expect("declarations");
        assert!(rights < declarations, "the rights come first");
        assert!(html.contains(r#"href="/espace/carriere/signaler""#));
        assert!(html.contains("Signaler une déclaration manquante"));
        // Grouped by year, the newest open.
        assert_eq!(html.matches("<details").count(), 2, "{html}");
        assert!(html.contains("2026 (2 déclarations)") && html.contains("2025 (1 déclaration)"));
        assert!(html.contains(r#"<details class="year" open"#), "{html}");
    }

    #[test]
    fn the_career_reads_right_to_left_in_arabic() {
        let html = screen(
            "/espace/carriere",
            Lang::Ar,
            AccountKind::Insured,
            loaded_career(),
        );
        assert!(html.contains(r#"dir="rtl""#), "{html}");
        assert!(html.contains("ينقصكم 24 يومًا"), "{html}");
        assert!(html.contains("التعويضات اليومية عن المرض"), "{html}");
        assert!(html.contains("خلال آخر 6 أشهر"), "{html}");
    }

    #[test]
    fn the_career_loading_empty_and_failed_each_say_so() {
        let loading = screen(
            "/espace/carriere",
            Lang::Fr,
            AccountKind::Insured,
            vec![opened(Section::Career)],
        );
        assert!(
            loading.contains("Chargement…") && loading.contains("space-skeleton"),
            "{loading}"
        );
        let mut none = career();
        none.declarations.clear();
        let empty = screen(
            "/espace/carriere",
            Lang::Fr,
            AccountKind::Insured,
            vec![
                opened(Section::Career),
                answer(Part::Career, Response::Career(Box::new(none))),
            ],
        );
        assert!(
            empty.contains("Aucune déclaration de salaire n&#39;a été reçue")
                || empty.contains("Aucune déclaration de salaire n'a été reçue"),
            "{empty}"
        );
        assert!(empty.contains(r#"href="/espace/carriere/signaler""#));
        let failed = screen_then(
            "/espace/carriere",
            Lang::Fr,
            AccountKind::Insured,
            vec![opened(Section::Career)],
            vec![failed(Part::Career)],
        );
        assert!(
            failed.contains("Pas de connexion Internet") && failed.contains("Réessayer"),
            "{failed}"
        );
        assert!(failed.contains(r#"href="/contact""#));
    }

    #[test]
    fn a_dependant_is_told_whose_career_it_is() {
        let html = screen(
            "/espace/carriere",
            Lang::Fr,
            AccountKind::Dependant,
            vec![opened(Section::Career)],
        );
        assert!(
            html.contains("La carrière est celle de l&#39;assuré")
                || html.contains("La carrière est celle de l'assuré"),
            "{html}"
        );
        assert!(
            !html.contains("Chargement…"),
            "nothing is loading for a dependant: {html}"
        );
    }

    fn report(state: ReportState) -> Report {
        Report {
            id: "r".repeat(43),
            reference: "R-2026-000042".into(),
            employer: Employer {
                employer_id: "1234567".into(),
                name: "Atlas Textiles SARL".into(),
            },
            month: month(2026, 3),
            state,
            submitted_on: day(2026, 11, 20),
            updated_on: day(2026, 11, 25),
        }
    }

    /// The report form opened from the gap of March 2026, with the career and the reports
    /// loaded.
    fn at_the_report_form(reports: Vec<Report>) -> Vec<Msg> {
        vec![
            Msg::Private(Event::StartReport {
                employer_id: None,
                month: Some(month(2026, 3)),
            }),
            answer(Part::Career, Response::Career(Box::new(career()))),
            opened(Section::Reports),
            answer(Part::Reports, Response::Reports(Reports { reports })),
        ]
    }

    #[test]
    fn the_report_form_offers_the_employers_and_the_gaps_prefilled() {
        let html = screen(
            "/espace/carriere/signaler",
            Lang::Fr,
            AccountKind::Insured,
            at_the_report_form(vec![
                report(ReportState::InReview),
                report(ReportState::Resolved),
            ]),
        );
        assert!(
            html.contains(r#"<label for="employer_id">Employeur</label>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<label for="month">Mois manquant</label>"#),
            "{html}"
        );
        assert!(html.contains(r#"value="1234567""#) && html.contains("Atlas Textiles SARL"));
        assert!(
            html.contains(r#"<option value="2026-03" selected=true>mars 2026</option>"#),
            "the gap it came from is chosen: {html}"
        );
        assert!(html.contains("Un autre mois"));
        assert!(html.contains("Envoyer la réclamation"));
        assert!(html.contains("Mes réclamations"));
        assert!(html.contains("En cours d&#39;examen") || html.contains("En cours d'examen"));
        assert!(html.contains("Résolue : le mois apparaît dans votre carrière"));
        assert!(
            html.contains(r#"<span class="ltr-value" dir="ltr">R-2026-000042</span>"#),
            "{html}"
        );
        assert!(html.contains("20 novembre 2026"));
    }

    #[test]
    fn a_refused_report_shows_the_summary_and_each_fields_message() {
        let mut then = at_the_report_form(vec![]);
        then.push(Msg::Private(Event::Report(report::Event::Edit(
            report::Field::Month,
            String::new(),
        ))));
        then.push(Msg::Private(Event::Report(report::Event::Submit)));
        let html = screen(
            "/espace/carriere/signaler",
            Lang::Fr,
            AccountKind::Insured,
            then,
        );
        assert!(html.contains("Il y a un problème"), "{html}");
        assert!(
            html.contains(r##"href="#employer_id""##) && html.contains(r##"href="#month""##),
            "{html}"
        );
        assert!(html.contains(r#"aria-invalid="true""#));
        assert!(
            html.contains("Vous n&#39;avez envoyé aucune réclamation")
                || html.contains("Vous n'avez envoyé aucune réclamation"),
            "the empty list says so: {html}"
        );
    }

    #[test]
    fn a_month_the_server_refuses_is_explained_by_its_field() {
        use macnss_api::{FieldError, ValidationError};
        let mut then = at_the_report_form(vec![]);
        then.push(Msg::Private(Event::Report(report::Event::Edit(
            report::Field::Employer,
            "1234567".into(),
        ))));
        then.push(Msg::Private(Event::Report(report::Event::Submit)));
        then.push(Msg::Answer(
            Target::Private(Part::Report),
            Err(ApiError::Problem(
                Problem::new(ErrorCode::ValidationFailed).with_errors(vec![FieldError::new(
                    "month",
                    ValidationError::MonthOutOfRange,
                )]),
            )),
        ));
        let html = screen(
            "/espace/carriere/signaler",
            Lang::Fr,
            AccountKind::Insured,
            then,
        );
        let message = "Choisissez un mois déjà terminé, depuis le début de votre carrière.";
        assert_eq!(
            html.matches(message).count(),
            2,
            "in the summary and by the month: {html}"
        );
        assert!(html.contains(r#"id="month-error""#), "{html}");
    }

    #[test]
    fn a_month_already_reported_says_where_to_follow_it_in_arabic() {
        let mut then = at_the_report_form(vec![]);
        then.push(Msg::Private(Event::Report(report::Event::Edit(
            report::Field::Employer,
            "1234567".into(),
        ))));
        then.push(Msg::Private(Event::Report(report::Event::Submit)));
        then.push(Msg::Answer(
            Target::Private(Part::Report),
            Err(ApiError::Problem(Problem::new(ErrorCode::ReportExists))),
        ));
        let html = screen(
            "/espace/carriere/signaler",
            Lang::Ar,
            AccountKind::Insured,
            then,
        );
        assert!(html.contains(r#"dir="rtl""#), "{html}");
        assert!(html.contains("شكاياتي"), "{html}");
        assert!(html.contains("سبق أن أبلغتم عن هذا الشهر"), "{html}");
    }

    #[test]
    fn a_sent_report_confirms_with_its_reference_left_to_right() {
        let mut then = at_the_report_form(vec![]);
        then.push(Msg::Private(Event::Report(report::Event::Edit(
            report::Field::Employer,
            "1234567".into(),
        ))));
        then.push(Msg::Private(Event::Report(report::Event::Submit)));
        then.push(answer(
            Part::Report,
            Response::Report(report(ReportState::Submitted)),
        ));
        let html = screen(
            "/espace/carriere/signaler",
            Lang::Fr,
            AccountKind::Insured,
            then,
        );
        assert!(html.contains("Réclamation envoyée"), "{html}");
        assert!(
            html.contains(r#"<span class="ltr-value" dir="ltr">R-2026-000042</span>"#),
            "{html}"
        );
        assert!(
            !html.contains(r#"id="employer_id""#),
            "the form gives way to the confirmation"
        );
        // The list was empty: it is asked again, so the new report will be in it.
        assert!(
            html.contains("Mes réclamations") && html.contains("Chargement…"),
            "{html}"
        );
        let ar = {
            let mut then = at_the_report_form(vec![]);
            then.push(Msg::Private(Event::Report(report::Event::Edit(
                report::Field::Employer,
                "1234567".into(),
            ))));
            then.push(Msg::Private(Event::Report(report::Event::Submit)));
            then.push(answer(
                Part::Report,
                Response::Report(report(ReportState::Submitted)),
            ));
            screen(
                "/espace/carriere/signaler",
                Lang::Ar,
                AccountKind::Insured,
                then,
            )
        };
        assert!(
            ar.contains("تم إرسال الشكاية") && ar.contains(r#"dir="ltr">R-2026-000042"#),
            "{ar}"
        );
    }

    #[test]
    fn the_reports_list_loading_and_failed_say_so() {
        let loading = screen(
            "/espace/carriere/signaler",
            Lang::Fr,
            AccountKind::Insured,
            vec![
                Msg::Private(Event::StartReport {
                    employer_id: None,
                    month: None,
                }),
                answer(Part::Career, Response::Career(Box::new(career()))),
                opened(Section::Reports),
            ],
        );
        assert!(
            loading.contains("Chargement…") && loading.contains("space-skeleton"),
            "{loading}"
        );
        let failed = screen_then(
            "/espace/carriere/signaler",
            Lang::Fr,
            AccountKind::Insured,
            vec![
                Msg::Private(Event::StartReport {
                    employer_id: None,
                    month: None,
                }),
                answer(Part::Career, Response::Career(Box::new(career()))),
                opened(Section::Reports),
            ],
            vec![failed(Part::Reports)],
        );
        assert!(
            failed.contains("Pas de connexion Internet") && failed.contains("Réessayer"),
            "{failed}"
        );
    }

    fn agencies() -> Vec<Agency> {
        vec![
            Agency {
                name: "Agence CNSS Casablanca Hay Hassani".into(),
                city: "Casablanca".into(),
                address: "Boulevard Abdelmoumen, Casablanca".into(),
                phone: "+212522470000".into(),
            },
            Agency {
                name: "Agence CNSS Rabat Agdal".into(),
                city: "Rabat".into(),
                address: "Avenue de France, Agdal, Rabat".into(),
                phone: "+212537670000".into(),
            },
        ]
    }

    fn contact(lang: Lang, then: Vec<Msg>) -> String {
        let preferences = Arc::new(MemoryPreferences::default());
        preferences.set(LANGUAGE_KEY, lang.tag());
        render_after("/contact", preferences, None, None, then).replace(['\u{a0}', '\u{202f}'], " ")
    }

    #[test]
    fn contact_lists_the_agencies_with_phones_to_call_and_a_city_filter() {
        let html = contact(
            Lang::Fr,
            vec![
                Msg::OpenContact,
                Msg::Answer(Target::Agencies, Ok(Response::Agencies(agencies()))),
            ],
        );
        assert!(html.contains("Contacter la CNSS"), "{html}");
        assert!(html.contains(r#"href="tel:+212522470000""#), "{html}");
        assert!(
            html.contains(r#"<span class="ltr-value" dir="ltr">+212 5 22 47 00 00</span>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<label for="contact-city">Ville</label>"#),
            "{html}"
        );
        assert!(html.contains("Toutes les villes") && html.contains(r#"value="Rabat""#));
        assert!(html.contains("Agence CNSS Rabat Agdal"));
        let ar = contact(
            Lang::Ar,
            vec![
                Msg::OpenContact,
                Msg::Answer(Target::Agencies, Ok(Response::Agencies(agencies()))),
            ],
        );
        assert!(
            ar.contains(r#"dir="rtl""#) && ar.contains("جميع المدن"),
            "{ar}"
        );
    }

    #[test]
    fn contact_loading_empty_and_failed_each_say_so() {
        let loading = contact(Lang::Fr, vec![Msg::OpenContact]);
        assert!(
            loading.contains("Chargement…") && loading.contains(r#"aria-busy="true""#),
            "{loading}"
        );
        let empty = contact(
            Lang::Fr,
            vec![
                Msg::OpenContact,
                Msg::Answer(Target::Agencies, Ok(Response::Agencies(vec![]))),
            ],
        );
        assert!(
            empty.contains("Aucune agence n&#39;est listée")
                || empty.contains("Aucune agence n'est listée"),
            "{empty}"
        );
        let failed = screen_then(
            "/contact",
            Lang::Ar,
            AccountKind::Insured,
            vec![Msg::OpenContact],
            vec![Msg::Answer(Target::Agencies, Err(ApiError::Offline))],
        );
        assert!(
            failed.contains(r#"role="alert""#) && failed.contains(r#"dir="rtl""#),
            "{failed}"
        );
        assert!(
            failed.contains("لا يوجد اتصال بالإنترنت") && failed.contains(">إعادة المحاولة</button>"),
            "{failed}"
        );
    }

    fn inbox_page() -> macnss_api::inbox::Inbox {
        use macnss_api::inbox::{InboxMessage, Notice};
        let at = chrono::DateTime::from_timestamp(1_796_040_000, 0).expect("a time");
        let m = |seq: i64, read: bool, notice: Notice| InboxMessage {
            id: format!("{seq:0>43}"),
            seq,
            at,
            read,
            notice,
        };
        macnss_api::inbox::Inbox {
            messages: vec![
                m(
                    3,
                    false,
                    Notice::ClaimChanged {
                        claim_id: "C".repeat(43),
                        state: ClaimState::Reimbursed,
                    },
                ),
                m(2, true, Notice::PasswordChanged),
            ],
            unread: 1,
            latest: 3,
            next: Some("r2".into()),
        }
    }

    #[test]
    fn the_inbox_lists_unread_first_each_message_a_link_to_its_page_in_french_and_arabic() {
        let then = || {
            vec![
                opened(Section::Inbox),
                answer(Part::Inbox, Response::InboxPage(Box::new(inbox_page()))),
            ]
        };
        let html = screen("/espace/messages", Lang::Fr, AccountKind::Insured, then());
        for text in [
            "Mes messages",
            "1 message non lu",
            "Tout marquer comme lu",
            "Non lu",
            "Dossier de remboursement : Remboursé",
            "Votre mot de passe a été modifié",
            "Afficher les messages plus anciens",
        ] {
            assert!(html.contains(text), "{text} in {html}");
        }
        let claim = format!("href=\"/espace/remboursements/{}\"", "C".repeat(43));
        assert!(html.contains(&claim), "{html}");
        assert!(html.contains("href=\"/espace/compte/appareils\""), "{html}");
        assert!(
            html.find("Remboursé") < html.find("mot de passe a été modifié"),
            "unread first"
        );
        let arabic = screen("/espace/messages", Lang::Ar, AccountKind::Insured, then());
        for text in [
            "رسائلي",
            "رسالة واحدة غير مقروءة",
            "تعليم الكل كمقروء",
            "تم تغيير كلمة المرور",
        ] {
            assert!(arabic.contains(text), "{text} in {arabic}");
        }
        // Empty: said so, and nothing to mark.
        let empty = macnss_api::inbox::Inbox {
            messages: vec![],
            unread: 0,
            latest: 0,
            next: None,
        };
        let html = screen(
            "/espace/messages",
            Lang::Fr,
            AccountKind::Dependant,
            vec![
                opened(Section::Inbox),
                answer(Part::Inbox, Response::InboxPage(Box::new(empty))),
            ],
        );
        assert!(
            html.contains("Aucun message pour l&#39;instant")
                || html.contains("Aucun message pour l'instant"),
            "{html}"
        );
        assert!(!html.contains("Tout marquer comme lu"));
    }

    #[test]
    fn mon_espace_has_the_messages_card_with_its_unread_count() {
        let html = screen("/espace", Lang::Fr, AccountKind::Insured, loaded_summary());
        assert!(html.contains("href=\"/espace/messages\""), "{html}");
        assert!(html.contains("2 messages non lus"), "{html}");
    }
}
