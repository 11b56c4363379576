//! «Mes attestations» and «Vérifier une attestation»: the catalog loaded (a dependant's too),
//! an attestation chosen only when it may be asked for, the period checked with the
//! contract's message and within the months declared, a beneficiary of the catalog, the
//! generation with its busy state and every failure's way forward, the PDF saved through the
//! effect loop, and the offline verification with the keys kept (fetched once, again for an
//! unknown key, never lost at sign-out).

use super::*;
use crate::flows::attestations::{
    self as flow, Attestations, Field, Keys, Saved, Verdict, Verification, VerifyEvent, file_name,
};
use crate::flows::model::{Model, Msg, Restored, Screen, Start};
use crate::flows::private::{Event, Part, PrivateSpace, Section};
use crate::flows::remote::{Fetched, Remote};
use crate::flows::{Effect, Request, Response, Target};
use crate::i18n::Lang;
use chrono::NaiveDate;
use macnss_api::attestation::*;
use macnss_api::records::{Relation, YearMonth};
use macnss_api::{FieldError, ValidationError};

const SECRET: [u8; 32] = [7; 32];
const KID: &str = "a2V5LTE";

fn month(y: i32, m: u32) -> YearMonth {
    YearMonth::new(y, m).expect("a month")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

fn offers(unavailable: &[(AttestationKind, Unavailable)]) -> Vec<Offer> {
    AttestationKind::ALL
        .iter()
        .map(|kind| Offer {
            kind: *kind,
            unavailable: unavailable
                .iter()
                .find(|(k, _)| k == kind)
                .map(|(_, why)| *why),
        })
        .collect()
}

fn catalog() -> Catalog {
    Catalog {
        offers: offers(&[
            (AttestationKind::Pension, Unavailable::NoPension),
            (AttestationKind::NonImmatriculation, Unavailable::PublicOnly),
        ]),
        covered: vec![
            Covered {
                id: "I".repeat(43),
                first_name: "Amina".into(),
                relation: Relation::Insured,
            },
            Covered {
                id: "C".repeat(43),
                first_name: "Yassine".into(),
                relation: Relation::Child,
            },
        ],
        declared: Some(Period {
            from: month(2019, 3),
            to: month(2026, 10),
        }),
        issued: vec![issued('A')],
    }
}

fn statement(id: &str) -> Statement {
    Statement {
        version: STATEMENT_VERSION,
        id: id.into(),
        reference: "AT-2026-7F3K-9QX2".into(),
        issued_on: day(2026, 11, 26),
        holder: "Amina Benali".into(),
        immatriculation: "123456789".into(),
        masked_id: mask_id("BK123456"),
        facts: Facts::Immatriculation {
            since: Some(day(2019, 3, 1)),
        },
    }
}

fn issued(c: char) -> Issued {
    let id = c.to_string().repeat(43);
    let statement = statement(&id);
    Issued {
        code: sign_statement(&statement, KID, &SECRET),
        id,
        reference: statement.reference.clone(),
        kind: AttestationKind::Immatriculation,
        issued_on: statement.issued_on,
        statement,
        pdf_bytes: 42_000,
    }
}

fn keys() -> PublishedKeys {
    PublishedKeys {
        keys: vec![PublishedKey {
            kid: KID.into(),
            alg: "EdDSA".into(),
            public_key: public_key_of(&SECRET),
            from: day(2026, 1, 1),
            retired: None,
        }],
    }
}

/// A space whose catalog is loaded.
fn loaded() -> Attestations {
    Attestations {
        catalog: Remote::Loaded(Fetched {
            value: catalog(),
            fetched_at: now(),
        }),
        ..Attestations::default()
    }
}

fn chosen(kind: AttestationKind) -> Attestations {
    let mut a = loaded();
    a.update(flow::Event::Choose(kind));
    a
}

fn period_error(a: &Attestations) -> Option<ValidationError> {
    a.form.as_ref().and_then(|f| f.errors.field("period"))
}

fn salary(from: &str, to: &str) -> Attestations {
    let mut a = chosen(AttestationKind::SalaryDeclaration);
    a.update(flow::Event::Edit(Field::From, from.into()));
    a.update(flow::Event::Edit(Field::To, to.into()));
    a
}

// --- the catalog -----------------------------------------------------------------------------

#[test]
fn opening_the_list_asks_for_the_catalog_once_and_a_dependants_space_too() {
    for mut space in [
        PrivateSpace::open(&session(false), now()).expect("space"),
        {
            let mut s = session(false);
            s.profile.kind = AccountKind::Dependant;
            PrivateSpace::open(&s, now()).expect("space")
        },
    ] {
        let effects = space.update(Event::Opened(Section::Attestations), now());
        assert_eq!(effects, vec![Effect::Send(Request::Attestations)]);
        assert!(space.waits_for(&Part::Attestations));
        assert_eq!(
            space.update(Event::Opened(Section::Attestations), now()),
            vec![]
        );
        space.update(
            Event::Response(
                Part::Attestations,
                Ok(Response::Catalog(Box::new(catalog()))),
            ),
            now(),
        );
        assert_eq!(space.attestations.catalog.value(), Some(&catalog()));
        assert_eq!(
            space.update(Event::Refresh(Section::Attestations), now()),
            vec![Effect::Send(Request::Attestations)]
        );
    }
}

#[test]
fn an_answer_of_another_kind_is_the_server_failing_and_a_late_one_changes_nothing() {
    let mut space = PrivateSpace::open(&session(false), now()).expect("space");
    space.update(Event::Opened(Section::Attestations), now());
    space.update(
        Event::Response(Part::Attestations, Ok(Response::Done)),
        now(),
    );
    assert_eq!(
        space.attestations.catalog.error(),
        Some(&ApiError::Unavailable { status: 200 })
    );
    // No generation waits: an answer for it is dropped.
    assert!(!space.waits_for(&Part::Issue));
    assert!(!space.waits_for(&Part::Pdf));
}

#[test]
fn a_form_opened_before_the_list_came_asks_for_it() {
    let mut space = PrivateSpace::open(&session(false), now()).expect("space");
    let effects = space.update(
        Event::Attestations(flow::Event::Choose(AttestationKind::Immatriculation)),
        now(),
    );
    assert_eq!(effects, vec![Effect::Send(Request::Attestations)]);
    assert!(space.attestations.form.is_none());
}

#[test]
fn only_an_attestation_that_may_be_asked_for_opens_its_form() {
    let mut a = loaded();
    for kind in [
        AttestationKind::Pension,
        AttestationKind::NonImmatriculation,
    ] {
        assert_eq!(a.update(flow::Event::Choose(kind)), vec![]);
        assert!(a.form.is_none(), "{kind:?}");
    }
    // Before the list: nothing to choose from.
    let mut empty = Attestations::default();
    empty.update(flow::Event::Choose(AttestationKind::Immatriculation));
    assert!(empty.form.is_none());
    a.update(flow::Event::Choose(AttestationKind::Immatriculation));
    assert_eq!(
        a.form.as_ref().map(|f| f.kind),
        Some(AttestationKind::Immatriculation)
    );
}

#[test]
fn the_salary_form_proposes_the_last_twelve_months_declared() {
    let a = chosen(AttestationKind::SalaryDeclaration);
    let form = a.form.expect("form");
    assert_eq!(
        (form.from.as_str(), form.to.as_str()),
        ("2025-11", "2026-10")
    );
    // A shorter career: from its first month.
    let mut short = loaded();
    if let Remote::Loaded(c) = &mut short.catalog {
        c.value.declared = Some(Period {
            from: month(2026, 6),
            to: month(2026, 10),
        });
    }
    short.update(flow::Event::Choose(AttestationKind::SalaryDeclaration));
    let form = short.form.expect("form");
    assert_eq!(
        (form.from.as_str(), form.to.as_str()),
        ("2026-06", "2026-10")
    );
}

#[test]
fn the_amo_form_proposes_the_insured_or_the_only_person_covered() {
    let a = chosen(AttestationKind::AmoRights);
    assert_eq!(a.form.expect("form").beneficiary, "I".repeat(43));
    let mut only_child = loaded();
    if let Remote::Loaded(c) = &mut only_child.catalog {
        c.value.covered.remove(0);
    }
    only_child.update(flow::Event::Choose(AttestationKind::AmoRights));
    assert_eq!(only_child.form.expect("form").beneficiary, "C".repeat(43));
}

#[test]
fn choosing_the_same_kind_again_keeps_what_was_typed_another_starts_afresh() {
    let mut a = salary("2024-01", "2024-06");
    a.update(flow::Event::Choose(AttestationKind::SalaryDeclaration));
    assert_eq!(a.form.as_ref().map(|f| f.from.as_str()), Some("2024-01"));
    a.update(flow::Event::Choose(AttestationKind::AmoRights));
    assert_eq!(
        a.form.as_ref().map(|f| f.kind),
        Some(AttestationKind::AmoRights)
    );
}

// --- the period and the beneficiary -----------------------------------------------------------

#[test]
fn each_wrong_period_is_refused_with_the_shared_message_and_nothing_is_sent() {
    for (from, to, code) in [
        ("", "2026-10", ValidationError::Required),
        ("2026-01", " ", ValidationError::Required),
        ("janvier", "2026-10", ValidationError::DateInvalid),
        ("2026-13", "2026-10", ValidationError::DateInvalid),
        ("2026-10", "2026-01", ValidationError::PeriodReversed),
        ("2019-03", "2029-03", ValidationError::PeriodTooLong),
        ("2016-01", "2016-12", ValidationError::MonthOutOfRange),
        ("2026-01", "2026-11", ValidationError::MonthOutOfRange),
    ] {
        let mut a = salary(from, to);
        assert_eq!(a.update(flow::Event::Submit), vec![], "{from}..{to}");
        assert_eq!(period_error(&a), Some(code), "{from}..{to}");
        let form = a.form.expect("form");
        assert!(!form.pending);
        // What was typed stays.
        assert_eq!((form.from.as_str(), form.to.as_str()), (from, to));
    }
}

#[test]
fn the_contracts_own_check_gives_the_period_codes() {
    // The flow's codes are `IssueRequest::validate`'s: the server would answer the same.
    let request = IssueRequest {
        kind: AttestationKind::SalaryDeclaration,
        period: Some(Period {
            from: month(2026, 10),
            to: month(2026, 1),
        }),
        beneficiary: None,
    };
    assert_eq!(request.validate(), Err(ValidationError::PeriodReversed));
}

#[test]
fn a_good_period_is_sent_once_and_the_form_is_busy_meanwhile() {
    let mut a = salary("2026-01", "2026-10");
    let effects = a.update(flow::Event::Submit);
    let request = IssueRequest {
        kind: AttestationKind::SalaryDeclaration,
        period: Some(Period {
            from: month(2026, 1),
            to: month(2026, 10),
        }),
        beneficiary: None,
    };
    assert_eq!(
        effects,
        vec![Effect::Send(Request::IssueAttestation(request))]
    );
    assert!(a.issuing());
    assert_eq!(a.update(flow::Event::Submit), vec![]);
    assert_eq!(a.update(flow::Event::Retry), vec![]);
    // Typing while it runs is kept.
    a.update(flow::Event::Edit(Field::To, "2026-09".into()));
    assert_eq!(a.form.as_ref().map(|f| f.to.as_str()), Some("2026-09"));
}

#[test]
fn an_amo_attestation_needs_a_person_of_the_catalog() {
    for typed in ["", "stranger"] {
        let mut a = chosen(AttestationKind::AmoRights);
        a.update(flow::Event::Edit(Field::Beneficiary, typed.into()));
        assert_eq!(a.update(flow::Event::Submit), vec![]);
        assert_eq!(
            a.form.as_ref().and_then(|f| f.errors.field("beneficiary")),
            Some(ValidationError::Required)
        );
    }
    let mut a = chosen(AttestationKind::AmoRights);
    a.update(flow::Event::Edit(Field::Beneficiary, "C".repeat(43)));
    assert_eq!(
        a.update(flow::Event::Submit),
        vec![Effect::Send(Request::IssueAttestation(IssueRequest {
            kind: AttestationKind::AmoRights,
            period: None,
            beneficiary: Some("C".repeat(43)),
        }))]
    );
}

#[test]
fn the_other_attestations_need_nothing_typed() {
    for kind in [
        AttestationKind::Immatriculation,
        AttestationKind::FamilyAllowances,
    ] {
        let mut a = chosen(kind);
        assert_eq!(
            a.update(flow::Event::Submit),
            vec![Effect::Send(Request::IssueAttestation(IssueRequest {
                kind,
                period: None,
                beneficiary: None,
            }))]
        );
    }
}

// --- the generation --------------------------------------------------------------------------

#[test]
fn the_document_generated_is_shown_and_put_first_in_the_list_once() {
    let mut a = chosen(AttestationKind::Immatriculation);
    a.update(flow::Event::Submit);
    let again = issued('A');
    a.issued(Ok(Response::Issued(Box::new(again.clone()))));
    let form = a.form.clone().expect("form");
    assert_eq!(form.issued, Some(again.clone()));
    assert!(!form.pending);
    let list = &a.catalog.value().expect("catalog").issued;
    assert_eq!(list.len(), 1, "the same facts give the same document");
    let fresh = issued('B');
    let mut b = chosen(AttestationKind::AmoRights);
    b.update(flow::Event::Submit);
    b.issued(Ok(Response::Issued(Box::new(fresh.clone()))));
    let list = &b.catalog.value().expect("catalog").issued;
    assert_eq!(
        list.iter().map(|d| d.id.clone()).collect::<Vec<_>>(),
        [fresh.id.clone(), again.id.clone()]
    );
    assert_eq!(b.document(&fresh.id), Some(&fresh));
    // A generated form takes no more edits or submits.
    b.update(flow::Event::Edit(Field::Beneficiary, "x".into()));
    assert_eq!(b.update(flow::Event::Submit), vec![]);
    assert_ne!(b.form.expect("form").beneficiary, "x");
}

#[test]
fn every_failure_keeps_the_form_and_only_a_retryable_one_is_retried_as_it_was() {
    for error in every_failure() {
        let mut a = salary("2026-01", "2026-10");
        let sent = a.update(flow::Event::Submit);
        a.issued(Err(error.clone()));
        let form = a.form.clone().expect("form");
        assert!(!form.pending, "{error:?}");
        assert_eq!(
            (form.from.as_str(), form.to.as_str()),
            ("2026-01", "2026-10")
        );
        assert!(!form.errors.is_empty(), "{error:?}: the failure is shown");
        let retried = a.update(flow::Event::Retry);
        if error.is_retryable() {
            assert_eq!(retried, sent, "{error:?}");
        } else {
            assert_eq!(retried, vec![], "{error:?}");
            // Corrected and sent again: always possible.
            assert_eq!(a.update(flow::Event::Submit), sent, "{error:?}");
        }
    }
}

#[test]
fn a_server_refusal_of_the_period_is_shown_by_its_field() {
    let mut a = salary("2026-01", "2026-10");
    a.update(flow::Event::Submit);
    let mut problem = macnss_api::Problem::new(ErrorCode::ValidationFailed);
    problem.errors = vec![FieldError::new("period", ValidationError::PeriodTooLong)];
    a.issued(Err(ApiError::Problem(problem)));
    assert_eq!(period_error(&a), Some(ValidationError::PeriodTooLong));
}

#[test]
fn an_answer_of_another_kind_to_the_generation_is_the_server_failing() {
    let mut a = chosen(AttestationKind::Immatriculation);
    a.update(flow::Event::Submit);
    a.issued(Ok(Response::Done));
    assert_eq!(
        a.form.expect("form").errors.failure,
        Some(ApiError::Unavailable { status: 200 })
    );
}

// --- the PDF ---------------------------------------------------------------------------------

#[test]
fn saving_asks_the_loop_for_the_pdf_once_and_tells_where_it_went() {
    let mut a = loaded();
    let id = "A".repeat(43);
    assert_eq!(
        a.update(flow::Event::Save(id.clone())),
        vec![Effect::SavePdf {
            id: id.clone(),
            file_name: "MaCNSS-attestation-AT-2026-7F3K-9QX2.pdf".into()
        }]
    );
    assert!(a.saving());
    assert_eq!(a.update(flow::Event::Save(id.clone())), vec![]);
    let saved = Saved::File {
        path: "/home/amina/Téléchargements/x.pdf".into(),
    };
    a.saved(Ok(Response::PdfSaved(saved.clone())));
    let saving = a.saving.clone().expect("saving");
    assert_eq!(saving.outcome, Some(Ok(saved)));
    assert!(!saving.pending);
    // A late second answer changes nothing.
    a.saved(Err(ApiError::Offline));
    assert_eq!(a.saving, Some(saving));
}

#[test]
fn a_failed_download_or_a_device_that_could_not_save_can_be_tried_again() {
    for result in [
        Err(ApiError::Offline),
        Ok(Response::PdfSaved(Saved::NotSaved)),
        Ok(Response::Done),
    ] {
        let mut a = loaded();
        let id = "A".repeat(43);
        let first = a.update(flow::Event::Save(id.clone()));
        a.saved(result.clone());
        assert!(a.saving.as_ref().is_some_and(|s| s.outcome.is_some()));
        assert_eq!(a.update(flow::Event::Save(id)), first, "{result:?}");
    }
}

#[test]
fn a_document_that_is_not_the_persons_is_never_asked_for() {
    let mut a = loaded();
    assert_eq!(a.update(flow::Event::Save("Z".repeat(43))), vec![]);
    assert!(a.saving.is_none());
}

#[test]
fn the_file_name_is_the_reference_in_safe_characters() {
    assert_eq!(
        file_name("AT-2026-7F3K-9QX2"),
        "MaCNSS-attestation-AT-2026-7F3K-9QX2.pdf"
    );
    assert_eq!(
        file_name("../../etc/passwd"),
        "MaCNSS-attestation-etcpasswd.pdf"
    );
    assert_eq!(file_name("«»/"), "MaCNSS-attestation.pdf");
}

// --- the verification ------------------------------------------------------------------------

fn with_keys() -> Verification {
    let mut v = Verification::default();
    v.update(VerifyEvent::Opened);
    v.update(VerifyEvent::KeysRead(Some(keys())));
    v
}

fn typed(v: &mut Verification, input: &str) -> Vec<Effect> {
    v.update(VerifyEvent::Edit(input.into()));
    v.update(VerifyEvent::Submit)
}

#[test]
fn the_kept_keys_are_read_when_the_screen_opens_and_fetched_once_when_there_are_none() {
    let mut v = Verification::default();
    assert_eq!(
        v.update(VerifyEvent::Opened),
        vec![Effect::ReadAttestationKeys]
    );
    assert_eq!(v.keys, Keys::Reading);
    assert_eq!(
        v.update(VerifyEvent::KeysRead(None)),
        vec![Effect::Send(Request::AttestationKeys)]
    );
    assert_eq!(v.update(VerifyEvent::Opened), vec![]);
    assert_eq!(
        v.update(VerifyEvent::Response(Ok(Response::AttestationKeys(keys())))),
        vec![Effect::KeepAttestationKeys(keys())]
    );
    assert_eq!(v.keys, Keys::Kept(keys()));
    // A late answer, or a second read, changes nothing.
    assert_eq!(
        v.update(VerifyEvent::Response(Ok(Response::AttestationKeys(
            PublishedKeys::default()
        )))),
        vec![]
    );
    assert_eq!(v.update(VerifyEvent::KeysRead(None)), vec![]);
    assert_eq!(v.keys, Keys::Kept(keys()));
}

#[test]
fn a_genuine_code_or_its_link_verifies_offline_with_the_kept_keys() {
    let document = issued('A');
    let link = format!("https://macnss.example/v/{}#{}", document.id, document.code);
    for input in [
        document.code.clone(),
        link,
        format!("  {}\n", document.code),
    ] {
        let mut v = with_keys();
        assert_eq!(typed(&mut v, &input), vec![], "no request: offline");
        assert_eq!(
            v.verdict,
            Some(Verdict::Valid(Box::new(document.statement.clone())))
        );
    }
}

#[test]
fn each_refusal_of_the_shared_verification_is_said_as_it_is() {
    let document = issued('A');
    // One character of the signature (the COSE's last 64 bytes) changed.
    let mut chars: Vec<char> = document.code.chars().collect();
    let at = chars.len() - 10;
    chars[at] = if chars[at] == 'A' { 'B' } else { 'A' };
    let altered: String = chars.into_iter().collect();
    let other_page = format!(
        "https://macnss.example/v/{}#{}",
        "Z".repeat(43),
        document.code
    );
    for (input, error) in [
        ("bonjour", VerifyError::Malformed),
        (&document.code[..40], VerifyError::Malformed),
        (altered.as_str(), VerifyError::BadSignature),
        (other_page.as_str(), VerifyError::OtherDocument),
    ] {
        let mut v = with_keys();
        typed(&mut v, input);
        assert_eq!(v.verdict, Some(Verdict::Invalid(error)), "{input}");
    }
}

#[test]
fn an_unknown_key_asks_the_server_once_then_says_so() {
    let forged = sign_statement(&statement(&"A".repeat(43)), "b3RoZXI", &[9; 32]);
    let mut v = with_keys();
    assert_eq!(
        typed(&mut v, &forged),
        vec![Effect::Send(Request::AttestationKeys)]
    );
    assert!(v.busy());
    assert_eq!(v.update(VerifyEvent::Submit), vec![], "busy");
    let effects = v.update(VerifyEvent::Response(Ok(Response::AttestationKeys(keys()))));
    assert_eq!(effects, vec![Effect::KeepAttestationKeys(keys())]);
    assert_eq!(v.verdict, Some(Verdict::Invalid(VerifyError::UnknownKey)));
    // Asked once per visit: a second try says it at once.
    assert_eq!(v.update(VerifyEvent::Submit), vec![]);
    assert_eq!(v.verdict, Some(Verdict::Invalid(VerifyError::UnknownKey)));
    // Offline, the kept keys still give their verdict.
    let mut offline = with_keys();
    typed(&mut offline, &forged);
    offline.update(VerifyEvent::Response(Err(ApiError::Offline)));
    assert_eq!(
        offline.verdict,
        Some(Verdict::Invalid(VerifyError::UnknownKey))
    );
}

#[test]
fn a_key_published_since_verifies_after_the_keys_are_asked_again() {
    let rotated: [u8; 32] = [5; 32];
    let code = sign_statement(&statement(&"A".repeat(43)), "a2V5LTI", &rotated);
    let mut v = with_keys();
    typed(&mut v, &code);
    let mut newer = keys();
    newer.keys.push(PublishedKey {
        kid: "a2V5LTI".into(),
        alg: "EdDSA".into(),
        public_key: public_key_of(&rotated),
        from: day(2026, 11, 1),
        retired: None,
    });
    v.update(VerifyEvent::Response(Ok(Response::AttestationKeys(newer))));
    assert!(matches!(v.verdict, Some(Verdict::Valid(_))));
}

#[test]
fn without_keys_and_without_network_nothing_is_claimed_and_a_retry_fetches_again() {
    let document = issued('A');
    let mut v = Verification::default();
    v.update(VerifyEvent::Opened);
    v.update(VerifyEvent::KeysRead(None));
    v.update(VerifyEvent::Response(Err(ApiError::Offline)));
    // Typed after the background fetch failed.
    assert_eq!(
        typed(&mut v, &document.code),
        vec![Effect::Send(Request::AttestationKeys)]
    );
    v.update(VerifyEvent::Response(Err(ApiError::Timeout)));
    assert_eq!(v.verdict, Some(Verdict::NoKeys(ApiError::Timeout)));
    assert_eq!(v.input, document.code, "what was pasted stays");
    assert_eq!(
        v.update(VerifyEvent::Retry),
        vec![Effect::Send(Request::AttestationKeys)]
    );
    v.update(VerifyEvent::Response(Ok(Response::AttestationKeys(keys()))));
    assert!(matches!(v.verdict, Some(Verdict::Valid(_))));
}

#[test]
fn a_code_pasted_while_the_keys_are_read_is_verified_once_they_are() {
    let document = issued('A');
    let mut v = Verification::default();
    v.update(VerifyEvent::Opened);
    assert_eq!(typed(&mut v, &document.code), vec![]);
    assert!(v.busy());
    v.update(VerifyEvent::KeysRead(Some(keys())));
    assert!(matches!(v.verdict, Some(Verdict::Valid(_))));
    assert!(!v.busy());
}

#[test]
fn nothing_pasted_is_said_and_editing_clears_the_last_verdict() {
    let mut v = with_keys();
    assert_eq!(typed(&mut v, "   "), vec![]);
    assert!(v.missing);
    assert_eq!(v.verdict, None);
    typed(&mut v, "bonjour");
    assert!(!v.missing);
    assert!(v.verdict.is_some());
    v.update(VerifyEvent::Edit("bonjour!".into()));
    assert_eq!(v.verdict, None);
}

// --- the root model --------------------------------------------------------------------------

fn model_signed_in() -> Model {
    let mut m = Model::new(
        Start {
            chosen_language: None,
            device_language: Lang::Fr,
            resume: None,
        },
        now(),
    );
    m.update(Msg::Launch, now());
    m.update(Msg::Restored(Restored::SignedIn(session(false))), now());
    assert!(m.private.is_some());
    m
}

#[test]
fn the_attestation_screens_are_private_and_the_verification_is_public() {
    for screen in [
        Screen::Attestations,
        Screen::AttestationRequest,
        Screen::Attestation("A".repeat(43)),
    ] {
        assert!(screen.is_private(), "{screen:?}");
    }
    assert!(!Screen::Verify.is_private());
    let mut signed_out = Model::new(
        Start {
            chosen_language: None,
            device_language: Lang::Fr,
            resume: None,
        },
        now(),
    );
    signed_out.update(Msg::Launch, now());
    signed_out.update(Msg::Restored(Restored::SignedOut), now());
    assert_eq!(signed_out.guard(&Screen::Verify), None);
    assert_eq!(
        signed_out.guard(&Screen::Attestations),
        Some(Screen::SignIn)
    );
}

#[test]
fn the_keys_answer_goes_to_the_verification_signed_in_or_not() {
    let mut m = model_signed_in();
    m.update(Msg::Verify(VerifyEvent::Opened), now());
    m.update(Msg::Verify(VerifyEvent::KeysRead(None)), now());
    let effects = m.update(
        Msg::Answer(Target::Verify, Ok(Response::AttestationKeys(keys()))),
        now(),
    );
    assert_eq!(effects, vec![Effect::KeepAttestationKeys(keys())]);
}

#[test]
fn a_pdf_refused_for_an_ended_session_ends_at_sign_in() {
    let mut m = model_signed_in();
    let space = m.private.as_mut().expect("space");
    space.attestations = loaded();
    m.update(
        Msg::Private(Event::Attestations(flow::Event::Save("A".repeat(43)))),
        now(),
    );
    let effects = m.update(
        Msg::Answer(
            Target::Private(Part::Pdf),
            Err(problem(ErrorCode::SessionExpired)),
        ),
        now(),
    );
    assert!(effects.contains(&Effect::Show(Screen::SignIn)));
    assert!(m.private.is_none());
}

#[test]
fn signing_out_forgets_what_was_pasted_but_keeps_the_public_keys() {
    let mut m = model_signed_in();
    m.update(Msg::Verify(VerifyEvent::Opened), now());
    m.update(Msg::Verify(VerifyEvent::KeysRead(Some(keys()))), now());
    m.update(Msg::Verify(VerifyEvent::Edit(issued('A').code)), now());
    m.update(Msg::Verify(VerifyEvent::Submit), now());
    assert!(m.verification.verdict.is_some());
    m.update(Msg::SignOut, now());
    assert_eq!(m.verification.input, "");
    assert_eq!(m.verification.verdict, None);
    assert_eq!(m.verification.keys, Keys::Kept(keys()));
}
