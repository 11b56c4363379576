//! «Mes attestations» and «Vérifier une attestation» rendered without a browser (VirtualDom +
//! dioxus-ssr, as tests/views.rs does): the list with each refusal in words, the document's
//! statement in the reader's language (Arabic right to left, the numbers left to right), and
//! the public verification screen with its verdicts.

use dioxus::history::{History, MemoryHistory};
use dioxus::prelude::*;
use dioxus::router::components::HistoryProvider;
use macnss::app::{Frame, use_app_contexts, use_model};
use macnss::flows::attestations::{self as flow, VerifyEvent};
use macnss::flows::model::{Msg, Restored};
use macnss::flows::private::{Event, Part, Section};
use macnss::flows::{Response, Target};
use macnss::i18n::Lang;
use macnss::services::Services;
use macnss::services::api::HttpApi;
use macnss::services::preferences::{LANGUAGE_KEY, MemoryPreferences, Preferences};
use macnss::services::session_store::MemoryStore;
use macnss::views::Route;
use macnss_api::attestation::*;
use macnss_api::records::{Relation, YearMonth};
use macnss_api::types::{AccountKind, Profile, SessionResponse, Token};
use std::rc::Rc;
use std::sync::Arc;

const SECRET: [u8; 32] = [7; 32];

#[derive(Props, Clone, PartialEq)]
struct RootProps {
    path: String,
    messages: Vec<Msg>,
}

#[allow(non_snake_case)]
fn Root(props: RootProps) -> Element {
    use_app_contexts();
    let mut model = use_model();
    use_hook(|| {
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

fn render(path: &str, lang: Lang, messages: Vec<Msg>) -> String {
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
            messages,
        },
    )
    .with_root_context(services);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let _inside = runtime.enter();
    dom.rebuild_in_place();
    dom.render_immediate(&mut dioxus::dioxus_core::NoOpMutations);
    dioxus_ssr::render(&dom)
        .replace(['\u{2068}', '\u{2069}'], "")
        .replace(['\u{a0}', '\u{202f}'], " ")
}

fn signed_in(kind: AccountKind) -> Vec<Msg> {
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
    vec![Msg::Launch, Msg::Restored(Restored::SignedIn(session))]
}

fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

fn document() -> Issued {
    let id = "A".repeat(43);
    let statement = Statement {
        version: STATEMENT_VERSION,
        id: id.clone(),
        reference: "AT-2026-7F3K-9QX2".into(),
        issued_on: day(2026, 12, 2),
        holder: "Amina Benali".into(),
        immatriculation: "123456789".into(),
        masked_id: mask_id("BK123456"),
        facts: Facts::SalaryDeclaration {
            period: Period {
                from: YearMonth::new(2026, 1).expect("month"),
                to: YearMonth::new(2026, 10).expect("month"),
            },
            months: 10,
            days: 260,
            salary: macnss_api::records::Centimes::dirhams(65_000),
        },
    };
    Issued {
        code: sign_statement(&statement, "a2V5LTE", &SECRET),
        id,
        reference: statement.reference.clone(),
        kind: AttestationKind::SalaryDeclaration,
        issued_on: statement.issued_on,
        statement,
        pdf_bytes: 75_000,
    }
}

fn catalog() -> Catalog {
    Catalog {
        offers: AttestationKind::ALL
            .iter()
            .map(|kind| Offer {
                kind: *kind,
                unavailable: match kind {
                    AttestationKind::Pension => Some(Unavailable::NoPension),
                    AttestationKind::NonImmatriculation => Some(Unavailable::PublicOnly),
                    _ => None,
                },
            })
            .collect(),
        covered: vec![Covered {
            id: "I".repeat(43),
            first_name: "Amina".into(),
            relation: Relation::Insured,
        }],
        declared: Some(Period {
            from: YearMonth::new(2019, 3).expect("month"),
            to: YearMonth::new(2026, 10).expect("month"),
        }),
        issued: vec![document()],
    }
}

fn loaded(kind: AccountKind) -> Vec<Msg> {
    let mut messages = signed_in(kind);
    messages.extend([
        Msg::Private(Event::Opened(Section::Attestations)),
        Msg::Answer(
            Target::Private(Part::Attestations),
            Ok(Response::Catalog(Box::new(catalog()))),
        ),
    ]);
    messages
}

#[test]
fn the_list_names_each_attestation_and_says_why_one_cannot_be_asked_for() {
    let html = render(
        "/espace/attestations",
        Lang::Fr,
        loaded(AccountKind::Insured),
    );
    for text in [
        "Mes attestations",
        "Attestation d&#39;immatriculation",
        "Attestation de déclaration de salaire",
        "Attestation de droits AMO",
        "Attestation de perception de pension",
        "Attestation de non-immatriculation",
        "Délivrée en agence CNSS",
        "Vous ne percevez pas de pension de la CNSS.",
        "Demander",
        "Attestations délivrées",
        "Référence AT-2026-7F3K-9QX2",
        "Vérifier une attestation",
    ] {
        assert!(html.contains(text), "{text} missing in {html}");
    }
}

#[test]
fn mon_espace_has_the_attestations_card() {
    let html = render("/espace", Lang::Fr, signed_in(AccountKind::Insured));
    assert!(html.contains("Mes attestations"), "{html}");
    assert!(html.contains("href=\"/espace/attestations\""), "{html}");
}

#[test]
fn a_document_states_its_facts_in_arabic_right_to_left_with_its_numbers_left_to_right() {
    let html = render(
        &format!("/espace/attestations/{}", "A".repeat(43)),
        Lang::Ar,
        loaded(AccountKind::Insured),
    );
    assert!(html.contains("dir=\"rtl\""), "{html}");
    for text in [
        "شهادة التصريح بالأجور",
        "صاحب الشهادة",
        "Amina Benali",
        "تنزيل ملف PDF",
        "10 أشهر مصرح بها",
    ] {
        assert!(html.contains(text), "{text} missing in {html}");
    }
    assert!(html.contains("dir=\"ltr\">123456789</span>"), "{html}");
    assert!(
        html.contains("dir=\"ltr\">AT-2026-7F3K-9QX2</span>"),
        "{html}"
    );
    assert!(html.contains("/v/AAAA"), "the verification link: {html}");
}

#[test]
fn the_salary_form_proposes_the_period_and_names_the_declared_months() {
    let mut messages = loaded(AccountKind::Insured);
    messages.push(Msg::Private(Event::Attestations(flow::Event::Choose(
        AttestationKind::SalaryDeclaration,
    ))));
    let html = render("/espace/attestations/demande", Lang::Fr, messages);
    for text in [
        "Premier mois",
        "Dernier mois",
        "value=\"2025-11\"",
        "value=\"2026-10\"",
        "Générer",
        "mars 2019",
    ] {
        assert!(html.contains(text), "{text} missing in {html}");
    }
}

#[test]
fn the_verification_is_public_and_says_valid_with_the_revocation_caveat() {
    let keys = PublishedKeys {
        keys: vec![PublishedKey {
            kid: "a2V5LTE".into(),
            alg: "EdDSA".into(),
            public_key: public_key_of(&SECRET),
            from: day(2026, 1, 1),
            retired: None,
        }],
    };
    let welcome = render("/", Lang::Fr, vec![]);
    assert!(welcome.contains("href=\"/verifier\""), "{welcome}");
    let messages = vec![
        Msg::Launch,
        Msg::Restored(Restored::SignedOut),
        Msg::Verify(VerifyEvent::Opened),
        Msg::Verify(VerifyEvent::KeysRead(Some(keys))),
        Msg::Verify(VerifyEvent::Edit(document().code)),
        Msg::Verify(VerifyEvent::Submit),
    ];
    let html = render("/verifier", Lang::Fr, messages.clone());
    for text in [
        "Vérifier une attestation",
        "Attestation authentique",
        "révoquée",
        "Vérifier la révocation en ligne",
    ] {
        assert!(html.contains(text), "{text} missing in {html}");
    }
    let mut forged = messages;
    forged.push(Msg::Verify(VerifyEvent::Edit("bonjour".into())));
    forged.push(Msg::Verify(VerifyEvent::Submit));
    let html = render("/verifier", Lang::Ar, forged);
    assert!(html.contains("هذه الشهادة غير صحيحة"), "{html}");
    assert!(html.contains("dir=\"rtl\""), "{html}");
}
