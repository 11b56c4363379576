//! The private space's records and forms: what each screen loads, who takes an answer, the
//! claim filter and a claim by id, a dependant's narrower space, the certificate upload, the
//! bank change with its step-up, the report of a missing month, and deep links through
//! sign-in.

use super::*;
use crate::flows::bank::{self, BankChange};
use crate::flows::certificate::{self, FileBytes, FileProblem, PreparedFile};
use crate::flows::model::{Model, Msg, Restored, Screen, Start};
use crate::flows::private::{ClaimFilter, Event, Part, PrivateSpace, Section};
use crate::flows::remote::Remote;
use crate::flows::report;
use crate::flows::{Effect, Request, Response, Target};
use crate::i18n::Lang;
use chrono::NaiveDate;
use macnss_api::records::*;

fn space() -> PrivateSpace {
    PrivateSpace::open(&session(false), now()).expect("a full session")
}

fn dependant_space() -> PrivateSpace {
    let mut s = session(false);
    s.profile.kind = AccountKind::Dependant;
    s.profile.insured_id = Some("678901234".into());
    PrivateSpace::open(&s, now()).expect("a full session")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

fn id(c: char) -> String {
    c.to_string().repeat(43)
}

fn claim(c: char, state: ClaimState, who: &str) -> Claim {
    Claim {
        id: id(c),
        number: "2026-0000001".into(),
        beneficiary: Beneficiary {
            id: who.repeat(43),
            first_name: "Omar".into(),
            relation: Relation::Insured,
        },
        care: CareKind::Consultation,
        care_date: day(2026, 10, 1),
        received_on: day(2026, 10, 5),
        state,
        claimed: Centimes::dirhams(250),
        reimbursed: None,
        missing: None,
        refusal: None,
        timeline: vec![ClaimEvent {
            state,
            on: day(2026, 10, 5),
        }],
    }
}

fn claims() -> Claims {
    Claims {
        claims: vec![
            claim('a', ClaimState::Received, "o"),
            claim('b', ClaimState::Refused, "n"),
            claim('c', ClaimState::Received, "n"),
        ],
        beneficiaries: vec![],
    }
}

fn child(c: char, state: SchoolingState) -> Child {
    Child {
        id: id(c),
        first_name: "Salma".into(),
        birth_date: day(2012, 3, 1),
        allowance: AllowanceStatus::Paid,
        monthly: Centimes::dirhams(300),
        schooling: Some(SchoolingCheck {
            school_year: 2026,
            state,
            due: Some(day(2026, 12, 26)),
            refusal: None,
            upload: None,
        }),
    }
}

fn sends(effects: &[Effect]) -> Vec<Request> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Send(r) => Some(r.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn each_screen_loads_its_records_once_and_refresh_asks_again() {
    let mut s = space();
    let table = [
        (Section::Home, Request::Space),
        (Section::Career, Request::Career),
        (Section::Claims, Request::Claims),
        (Section::Family, Request::Family),
        (Section::Payments, Request::Payments),
        (Section::Reports, Request::Reports),
    ];
    for (section, request) in table {
        assert_eq!(
            sends(&s.update(Event::Opened(section), now())),
            std::slice::from_ref(&request)
        );
        // Loading: neither opening again nor refreshing sends a second request.
        assert!(
            s.update(Event::Opened(section), now()).is_empty(),
            "{section:?}"
        );
        assert!(
            s.update(Event::Refresh(section), now()).is_empty(),
            "{section:?}"
        );
    }
    s.update(
        Event::Response(Part::Claims, Ok(Response::Claims(claims()))),
        now(),
    );
    assert!(s.update(Event::Opened(Section::Claims), now()).is_empty());
    assert_eq!(
        sends(&s.update(Event::Refresh(Section::Claims), now())),
        [Request::Claims]
    );
    // The home's refresh asks for the profile too.
    let mut s = space();
    assert_eq!(
        sends(&s.update(Event::Refresh(Section::Home), now())),
        [Request::Me, Request::Space]
    );
}

#[test]
fn a_dependant_asks_only_for_what_a_dependant_may_see() {
    let mut s = dependant_space();
    assert!(s.is_dependant());
    for section in [
        Section::Career,
        Section::Family,
        Section::Payments,
        Section::Reports,
    ] {
        assert!(
            s.update(Event::Opened(section), now()).is_empty(),
            "{section:?}"
        );
        assert!(
            s.update(Event::Refresh(section), now()).is_empty(),
            "{section:?}"
        );
    }
    assert_eq!(
        sends(&s.update(Event::Opened(Section::Claims), now())),
        [Request::Claims]
    );
    assert_eq!(
        sends(&s.update(Event::Opened(Section::Home), now())),
        [Request::Space]
    );
    assert_eq!(s.career, Remote::Idle);
}

#[test]
fn only_the_part_that_waits_takes_an_answer() {
    let mut s = space();
    s.update(Event::Opened(Section::Claims), now());
    // An answer for the career, which nobody asked for, changes nothing.
    s.update(Event::Response(Part::Career, Err(ApiError::Offline)), now());
    assert_eq!(s.career, Remote::Idle);
    assert!(!s.waits_for(&Part::Career));
    assert!(s.waits_for(&Part::Claims));
    // An answer of the wrong kind is the server failing, never a wrong value shown.
    s.update(
        Event::Response(
            Part::Claims,
            Ok(Response::Reports(Reports { reports: vec![] })),
        ),
        now(),
    );
    assert_eq!(
        s.claims.error(),
        Some(&ApiError::Unavailable { status: 200 })
    );
    // A failed load keeps what was shown, and «Réessayer» asks again.
    s.update(Event::Refresh(Section::Claims), now());
    s.update(
        Event::Response(Part::Claims, Ok(Response::Claims(claims()))),
        now(),
    );
    s.update(Event::Refresh(Section::Claims), now());
    s.update(Event::Response(Part::Claims, Err(ApiError::Timeout)), now());
    assert_eq!(s.claims.value(), Some(&claims()));
    assert_eq!(s.claims.error(), Some(&ApiError::Timeout));
}

#[test]
fn empty_records_are_empty_not_loaded() {
    let mut s = space();
    s.update(Event::Opened(Section::Claims), now());
    s.update(
        Event::Response(
            Part::Claims,
            Ok(Response::Claims(Claims {
                claims: vec![],
                beneficiaries: vec![],
            })),
        ),
        now(),
    );
    assert!(matches!(s.claims, Remote::Empty { .. }));
}

#[test]
fn the_claim_filter_admits_by_state_and_beneficiary() {
    let list = claims();
    let count = |f: &ClaimFilter| list.claims.iter().filter(|c| f.admits(c)).count();
    assert_eq!(count(&ClaimFilter::default()), 3);
    let received = ClaimFilter {
        state: Some(ClaimState::Received),
        beneficiary: None,
    };
    assert_eq!(count(&received), 2);
    let nadia = ClaimFilter {
        state: None,
        beneficiary: Some("n".repeat(43)),
    };
    assert_eq!(count(&nadia), 2);
    let both = ClaimFilter {
        state: Some(ClaimState::Refused),
        beneficiary: Some("n".repeat(43)),
    };
    assert_eq!(count(&both), 1);
    // The filter is kept in the space, so the list comes back as it was left.
    let mut s = space();
    s.update(Event::FilterClaims(both.clone()), now());
    s.update(Event::Opened(Section::Claims), now());
    assert_eq!(s.claim_filter, both);
}

#[test]
fn a_claim_is_read_from_the_list_and_loaded_alone_only_for_a_deep_link() {
    let mut s = space();
    s.update(Event::Opened(Section::Claims), now());
    s.update(
        Event::Response(Part::Claims, Ok(Response::Claims(claims()))),
        now(),
    );
    assert!(s.update(Event::OpenClaim(id('b')), now()).is_empty());
    assert_eq!(s.open_claim().map(|c| c.state), Some(ClaimState::Refused));

    // A deep link: the list is not there, the claim is asked for by its id.
    let mut s = space();
    assert_eq!(
        sends(&s.update(Event::OpenClaim(id('z')), now())),
        [Request::Claim(id('z'))]
    );
    assert!(s.update(Event::OpenClaim(id('z')), now()).is_empty());
    s.update(
        Event::Response(
            Part::Claim(id('z')),
            Err(problem(macnss_api::ErrorCode::NotFound)),
        ),
        now(),
    );
    assert_eq!(s.open_claim(), None);
    assert_eq!(
        s.claim
            .as_ref()
            .and_then(|(_, r)| r.error())
            .and_then(|e| e.code()),
        Some(macnss_api::ErrorCode::NotFound)
    );
}

/// The scope of the space's upload in progress.
fn upload_scope(s: &PrivateSpace) -> String {
    s.certificate
        .as_ref()
        .expect("an upload")
        .scope()
        .to_owned()
}

fn jpeg() -> FileBytes {
    FileBytes::from(&b"\xFF\xD8\xFF\xE0 a photo"[..])
}

fn prepared() -> PreparedFile {
    PreparedFile {
        media_type: UploadType::Jpeg,
        bytes: FileBytes::from(&b"\xFF\xD8\xFF\xE0 smaller"[..]),
        picked_bytes: 4_000_000,
        reduced: true,
    }
}

fn receipt_check() -> SchoolingCheck {
    SchoolingCheck {
        school_year: 2026,
        state: SchoolingState::Received,
        due: Some(day(2026, 12, 26)),
        refusal: None,
        upload: Some(UploadReceipt {
            id: id('u'),
            media_type: UploadType::Jpeg,
            bytes: 16,
            sha256: "00".repeat(32),
            received_on: day(2026, 11, 26),
        }),
    }
}

#[test]
fn a_picked_file_is_refused_by_its_content_before_anything_is_sent() {
    let mut up = certificate::CertificateUpload::new(id('k'), "certificate.1".into());
    assert!(
        up.update(certificate::Event::Picked(FileBytes::from(
            &b"MZ\x90\x00exe"[..]
        )))
        .is_empty()
    );
    assert_eq!(
        up.step,
        certificate::Step::Refused(FileProblem::NotAccepted)
    );
    // A PDF cannot be reduced on the device: over 5 MB it is refused here, as the server
    // would refuse it.
    let mut big = b"%PDF-1.7\n".to_vec();
    big.resize(MAX_UPLOAD_BYTES + 1, b' ');
    up.update(certificate::Event::ChooseAgain);
    up.update(certificate::Event::Picked(FileBytes::from(big)));
    assert_eq!(
        up.step,
        certificate::Step::Refused(FileProblem::TooLarge {
            bytes: MAX_UPLOAD_BYTES as u64 + 1
        })
    );
    // Exactly 5 MB is accepted.
    let mut limit = b"%PDF-1.7\n".to_vec();
    limit.resize(MAX_UPLOAD_BYTES, b' ');
    up.update(certificate::Event::ChooseAgain);
    let effects = up.update(certificate::Event::Picked(FileBytes::from(limit)));
    assert!(matches!(
        effects.as_slice(),
        [Effect::PrepareFile {
            media_type: UploadType::Pdf,
            ..
        }]
    ));
}

#[test]
fn a_photo_is_prepared_shown_then_sent_and_a_retry_reuses_its_key() {
    let mut up = certificate::CertificateUpload::new(id('k'), "certificate.1".into());
    let effects = up.update(certificate::Event::Picked(jpeg()));
    assert_eq!(
        effects,
        [Effect::PrepareFile {
            scope: "certificate.1".into(),
            media_type: UploadType::Jpeg,
            bytes: jpeg()
        }]
    );
    assert!(up.is_sending());
    // Picking again while preparing is ignored.
    assert!(up.update(certificate::Event::Picked(jpeg())).is_empty());
    up.update(certificate::Event::Prepared(
        "certificate.1".into(),
        Ok(prepared()),
    ));
    assert_eq!(up.step, certificate::Step::Ready(prepared()));

    let first = sends(&up.update(certificate::Event::Send));
    let [
        Request::Certificate {
            key: first_key,
            bytes,
            child_id,
            ..
        },
    ] = first.as_slice()
    else {
        panic!("one certificate request: {first:?}");
    };
    assert_eq!((child_id, bytes), (&id('k'), &prepared().bytes));
    // A second «Envoyer» while sending sends nothing.
    assert!(up.update(certificate::Event::Send).is_empty());
    assert!(up.answered(Err(ApiError::Timeout)).is_none());
    let again = sends(&up.update(certificate::Event::Retry));
    let [Request::Certificate { key: retry_key, .. }] = again.as_slice() else {
        panic!("the retry: {again:?}");
    };
    assert_eq!(retry_key, first_key, "a retry is the same send");
    assert_eq!(
        up.answered(Ok(Response::Schooling(receipt_check()))),
        Some(receipt_check())
    );
    assert!(matches!(up.step, certificate::Step::Sent(_)));

    // Another file is a new send, with a new key.
    up.update(certificate::Event::ChooseAgain);
    up.update(certificate::Event::Picked(jpeg()));
    up.update(certificate::Event::Prepared(
        "certificate.1".into(),
        Ok(prepared()),
    ));
    let next = sends(&up.update(certificate::Event::Send));
    let [Request::Certificate { key: next_key, .. }] = next.as_slice() else {
        panic!("the next send: {next:?}");
    };
    assert_ne!(next_key, first_key);
}

#[test]
fn a_refusal_that_retrying_cannot_fix_offers_no_retry() {
    let mut up = certificate::CertificateUpload::new(id('k'), "certificate.1".into());
    up.update(certificate::Event::Picked(jpeg()));
    up.update(certificate::Event::Prepared(
        "certificate.1".into(),
        Ok(prepared()),
    ));
    up.update(certificate::Event::Send);
    up.answered(Err(problem(macnss_api::ErrorCode::CertificateNotExpected)));
    assert!(up.update(certificate::Event::Retry).is_empty());
    // A prepared file still too large (a huge PNG) is refused before sending.
    let mut up = certificate::CertificateUpload::new(id('k'), "certificate.1".into());
    up.update(certificate::Event::Picked(jpeg()));
    let mut huge = prepared();
    huge.bytes = FileBytes::from(vec![0xFF; MAX_UPLOAD_BYTES + 1]);
    up.update(certificate::Event::Prepared(
        "certificate.1".into(),
        Ok(huge),
    ));
    assert!(matches!(
        up.step,
        certificate::Step::Refused(FileProblem::TooLarge { .. })
    ));
    // A photo that cannot be decoded.
    let mut up = certificate::CertificateUpload::new(id('k'), "certificate.1".into());
    up.update(certificate::Event::Picked(jpeg()));
    up.update(certificate::Event::Prepared(
        "certificate.1".into(),
        Err(FileProblem::Unreadable),
    ));
    assert_eq!(up.step, certificate::Step::Refused(FileProblem::Unreadable));
}

#[test]
fn a_certificate_received_shows_at_once_in_the_family() {
    let mut s = space();
    s.update(Event::Opened(Section::Family), now());
    s.update(
        Event::Response(
            Part::Family,
            Ok(Response::Family(Family {
                children: vec![child('k', SchoolingState::CertificateRequired)],
                monthly_total: Centimes::dirhams(300),
            })),
        ),
        now(),
    );
    assert!(s.update(Event::OpenCertificate(id('k')), now()).is_empty());
    s.update(
        Event::Certificate(certificate::Event::Picked(jpeg())),
        now(),
    );
    s.update(
        Event::Certificate(certificate::Event::Prepared(
            upload_scope(&s),
            Ok(prepared()),
        )),
        now(),
    );
    s.update(Event::Certificate(certificate::Event::Send), now());
    let scope = upload_scope(&s);
    assert!(s.waits_for(&Part::Certificate(scope.clone())));
    // Another upload's answer (another child, an earlier upload) is not this one's.
    assert!(!s.waits_for(&Part::Certificate("certificate.other".into())));
    s.update(
        Event::Response(
            Part::Certificate("certificate.other".into()),
            Ok(Response::Schooling(receipt_check())),
        ),
        now(),
    );
    assert!(s.waits_for(&Part::Certificate(scope.clone())));
    s.update(
        Event::Response(
            Part::Certificate(scope),
            Ok(Response::Schooling(receipt_check())),
        ),
        now(),
    );
    let family = s.family.value().expect("the family");
    assert_eq!(
        family.children[0].schooling.as_ref().map(|c| c.state),
        Some(SchoolingState::Received)
    );
    // Coming back to the same child's page after the receipt is «Remplacer»: a new choice.
    // Another child starts afresh too; a choice in progress is kept.
    s.update(Event::OpenCertificate(id('k')), now());
    assert_eq!(
        s.certificate.as_ref().map(|c| &c.step),
        Some(&certificate::Step::Choose)
    );
    s.update(
        Event::Certificate(certificate::Event::Picked(jpeg())),
        now(),
    );
    s.update(Event::OpenCertificate(id('k')), now());
    assert_eq!(
        s.certificate.as_ref().map(|c| &c.step),
        Some(&certificate::Step::Preparing)
    );
    s.update(Event::OpenCertificate(id('j')), now());
    assert_eq!(
        s.certificate.as_ref().map(|c| &c.step),
        Some(&certificate::Step::Choose)
    );
}

fn step_up() -> StepUpResponse {
    StepUpResponse {
        step_up_id: id('s'),
        sent_to: "+212 6•• ••• •67".into(),
        expires_in: 600,
    }
}

/// A RIB whose key matches.
fn rib() -> String {
    let body = "0077800001234567890123";
    format!(
        "{body}{}",
        macnss_api::validate::rib_key(body).expect("a key")
    )
}

#[test]
fn the_bank_change_asks_the_password_then_the_code_and_the_rib() {
    let mut b = BankChange::new("bank.1".into());
    // Nothing typed: refused here.
    assert!(b.update(bank::Event::Submit, now()).is_empty());
    assert_eq!(
        b.errors.field("password"),
        Some(macnss_api::ValidationError::Required)
    );
    b.update(
        bank::Event::Edit(bank::Field::Password, "secret".into()),
        now(),
    );
    let sent = sends(&b.update(bank::Event::Submit, now()));
    assert!(matches!(sent.as_slice(), [Request::BankStepUp(r, _)] if r.password == "secret"));
    assert!(b.update(bank::Event::Submit, now()).is_empty(), "pending");
    // A wrong password: cleared, said, and still at the password.
    b.answered(
        Err(problem(macnss_api::ErrorCode::InvalidCredentials)),
        now(),
    );
    assert_eq!(b.step, bank::Step::Password);
    assert!(b.password.is_empty());
    b.update(
        bank::Event::Edit(bank::Field::Password, "right".into()),
        now(),
    );
    b.update(bank::Event::Submit, now());
    b.answered(Ok(Response::StepUp(step_up())), now());
    assert_eq!(b.step, bank::Step::Code);
    assert!(b.password.is_empty(), "the password is not kept once used");

    // A RIB with a wrong key and a short code: both said at once, nothing sent.
    b.update(bank::Event::Edit(bank::Field::Code, "12345".into()), now());
    let mut wrong = rib();
    let last = if wrong.ends_with('0') { '1' } else { '0' };
    wrong.pop();
    wrong.push(last);
    b.update(bank::Event::Edit(bank::Field::Rib, wrong), now());
    assert!(b.update(bank::Event::Submit, now()).is_empty());
    assert_eq!(
        b.errors.field("code"),
        Some(macnss_api::ValidationError::CodeFormat)
    );
    assert_eq!(
        b.errors.field("rib"),
        Some(macnss_api::ValidationError::RibKey)
    );

    b.update(bank::Event::Edit(bank::Field::Code, "123456".into()), now());
    b.update(bank::Event::Edit(bank::Field::Rib, rib()), now());
    let sent = sends(&b.update(bank::Event::Submit, now()));
    assert!(matches!(sent.as_slice(), [Request::ChangeBankAccount(c)] if c.step_up_id == id('s')));
    // A wrong code: cleared; the RIB typed stays.
    b.answered(Err(problem(macnss_api::ErrorCode::CodeInvalid)), now());
    assert!(b.code.is_empty());
    assert_eq!(b.rib, rib());
    b.update(bank::Event::Edit(bank::Field::Code, "654321".into()), now());
    b.update(bank::Event::Submit, now());
    let account = BankAccount {
        bank: "Attijariwafa bank".into(),
        last_digits: "0123".into(),
        since: day(2026, 11, 26),
    };
    assert_eq!(
        b.answered(Ok(Response::BankAccount(account.clone())), now()),
        Some(account.clone())
    );
    assert_eq!(b.step, bank::Step::Done(account));
    assert!(b.rib.is_empty() && b.code.is_empty());
}

#[test]
fn an_expired_step_up_goes_back_to_the_password_with_the_rib_kept() {
    let mut b = BankChange::new("bank.1".into());
    b.update(
        bank::Event::Edit(bank::Field::Password, "right".into()),
        now(),
    );
    b.update(bank::Event::Submit, now());
    b.answered(Ok(Response::StepUp(step_up())), now());
    b.update(bank::Event::Edit(bank::Field::Code, "123456".into()), now());
    b.update(bank::Event::Edit(bank::Field::Rib, rib()), now());
    // Past the code's lifetime: said on the device, nothing sent.
    let later = now() + chrono::Duration::seconds(600);
    assert!(b.update(bank::Event::Submit, later).is_empty());
    assert_eq!(
        b.errors.failure.as_ref().and_then(|e| e.code()),
        Some(macnss_api::ErrorCode::CodeExpired)
    );
    b.update(bank::Event::Submit, now());
    b.answered(
        Err(problem(macnss_api::ErrorCode::TransactionExpired)),
        now(),
    );
    assert_eq!(b.step, bank::Step::Password);
    assert_eq!(b.rib, rib());
    // Two step-ups are two sends: new keys.
    b.update(
        bank::Event::Edit(bank::Field::Password, "right".into()),
        now(),
    );
    let second = sends(&b.update(bank::Event::Submit, now()));
    let mut first = BankChange::new("bank.1".into());
    first.update(
        bank::Event::Edit(bank::Field::Password, "right".into()),
        now(),
    );
    let one = sends(&first.update(bank::Event::Submit, now()));
    assert_ne!(second, one);
}

#[test]
fn the_bank_change_shows_the_new_account_in_the_payments() {
    let mut s = space();
    assert_eq!(
        sends(&s.update(Event::StartBankChange, now())),
        [Request::Payments]
    );
    s.update(
        Event::Response(
            Part::Payments,
            Ok(Response::Payments(Payments {
                payments: vec![],
                pension: None,
                bank_account: Some(BankAccount {
                    bank: "BMCE".into(),
                    last_digits: "9999".into(),
                    since: day(2020, 1, 1),
                }),
            })),
        ),
        now(),
    );
    s.update(
        Event::Bank(bank::Event::Edit(bank::Field::Password, "p".into())),
        now(),
    );
    s.update(Event::Bank(bank::Event::Submit), now());
    assert!(s.waits_for(&Part::Bank));
    s.update(
        Event::Response(Part::Bank, Ok(Response::StepUp(step_up()))),
        now(),
    );
    s.update(
        Event::Bank(bank::Event::Edit(bank::Field::Code, "123456".into())),
        now(),
    );
    s.update(
        Event::Bank(bank::Event::Edit(bank::Field::Rib, rib())),
        now(),
    );
    s.update(Event::Bank(bank::Event::Submit), now());
    let account = BankAccount {
        bank: "Attijariwafa bank".into(),
        last_digits: "0123".into(),
        since: day(2026, 11, 26),
    };
    s.update(
        Event::Response(Part::Bank, Ok(Response::BankAccount(account.clone()))),
        now(),
    );
    assert_eq!(
        s.payments.value().and_then(|p| p.bank_account.clone()),
        Some(account)
    );
}

#[test]
fn a_report_checks_what_it_can_and_joins_the_list() {
    let mut s = space();
    let gap = YearMonth::new(2026, 3).expect("a month");
    assert_eq!(
        sends(&s.update(
            Event::StartReport {
                employer_id: None,
                month: Some(gap)
            },
            now()
        )),
        [Request::Career]
    );
    assert_eq!(s.report.as_ref().map(|r| r.month.as_str()), Some("2026-03"));
    assert!(
        s.update(Event::Report(report::Event::Submit), now())
            .is_empty()
    );
    assert_eq!(
        s.report
            .as_ref()
            .and_then(|r| r.errors.field("employer_id")),
        Some(macnss_api::ValidationError::Required)
    );
    s.update(
        Event::Report(report::Event::Edit(
            report::Field::Employer,
            "1234567".into(),
        )),
        now(),
    );
    s.update(
        Event::Report(report::Event::Edit(report::Field::Month, "2026-13".into())),
        now(),
    );
    assert!(
        s.update(Event::Report(report::Event::Submit), now())
            .is_empty()
    );
    assert_eq!(
        s.report.as_ref().and_then(|r| r.errors.field("month")),
        Some(macnss_api::ValidationError::DateInvalid)
    );
    s.update(
        Event::Report(report::Event::Edit(report::Field::Month, "2026-03".into())),
        now(),
    );
    let sent = sends(&s.update(Event::Report(report::Event::Submit), now()));
    assert!(matches!(sent.as_slice(), [Request::CreateReport(r, _)] if r.month == gap));
    // The server's refusal is shown beside its field; the values stay.
    s.update(
        Event::Response(
            Part::Report,
            Err(ApiError::Problem(macnss_api::Problem::validation(vec![
                macnss_api::FieldError::new("month", macnss_api::ValidationError::MonthOutOfRange),
            ]))),
        ),
        now(),
    );
    let form = s.report.as_ref().expect("the form");
    assert_eq!(
        form.errors.field("month"),
        Some(macnss_api::ValidationError::MonthOutOfRange)
    );
    assert_eq!(form.employer_id, "1234567");
    s.update(Event::Opened(Section::Reports), now());
    s.update(
        Event::Response(
            Part::Reports,
            Ok(Response::Reports(Reports { reports: vec![] })),
        ),
        now(),
    );
    s.update(Event::Report(report::Event::Submit), now());
    let report = Report {
        id: id('r'),
        reference: "R-2026-000001".into(),
        employer: Employer {
            employer_id: "1234567".into(),
            name: "Atlas".into(),
        },
        month: gap,
        state: ReportState::Submitted,
        submitted_on: day(2026, 11, 26),
        updated_on: day(2026, 11, 26),
    };
    s.update(
        Event::Response(Part::Report, Ok(Response::Report(report.clone()))),
        now(),
    );
    assert_eq!(s.report.as_ref().and_then(|r| r.sent.clone()), Some(report));
    // The empty list is asked again when next shown.
    assert_eq!(s.reports, Remote::Idle);
    assert!(
        s.update(Event::Report(report::Event::Submit), now())
            .is_empty(),
        "a report is sent once"
    );
}

fn model() -> Model {
    let mut m = Model::new(
        Start {
            chosen_language: None,
            device_language: Lang::Fr,
            resume: None,
        },
        now(),
    );
    m.update(Msg::Launch, now());
    m
}

#[test]
fn a_deep_link_opened_signed_out_is_shown_after_sign_in() {
    let mut m = model();
    m.update(Msg::Restored(Restored::SignedOut), now());
    let wanted = Screen::Claim(id('c'));
    assert_eq!(m.guard(&wanted), Some(Screen::SignIn));
    m.update(Msg::Wanted(wanted.clone()), now());
    m.update(
        Msg::SignIn(crate::flows::sign_in::Event::Edit(
            crate::flows::sign_in::Field::Identifier,
            "123456789".into(),
        )),
        now(),
    );
    m.update(
        Msg::SignIn(crate::flows::sign_in::Event::Edit(
            crate::flows::sign_in::Field::Password,
            "a long password".into(),
        )),
        now(),
    );
    m.update(Msg::SignIn(crate::flows::sign_in::Event::Submit), now());
    let effects = m.update(
        Msg::Answer(Target::SignIn, Ok(Response::Session(session(false)))),
        now(),
    );
    assert!(effects.contains(&Effect::Show(wanted)), "{effects:?}");
    assert_eq!(m.return_to, None);
}

#[test]
fn a_deep_link_waits_for_the_launch_and_a_public_screen_is_never_kept() {
    let mut m = model();
    m.update(Msg::Wanted(Screen::Contact), now());
    assert_eq!(m.return_to, None);
    let wanted = Screen::Certificate(id('k'));
    assert_eq!(m.guard(&wanted), None, "the launch is restoring");
    m.update(Msg::Wanted(wanted.clone()), now());
    let effects = m.update(Msg::Restored(Restored::SignedIn(session(false))), now());
    assert!(effects.contains(&Effect::Show(wanted)), "{effects:?}");
    // Signed in, a private screen is not "wanted" any more.
    m.update(Msg::Wanted(Screen::Payments), now());
    assert_eq!(m.return_to, None);
}

#[test]
fn a_deep_link_does_not_outlive_the_person_who_signed_out() {
    let mut m = model();
    m.update(Msg::Restored(Restored::SignedOut), now());
    m.update(Msg::Wanted(Screen::Payments), now());
    m.update(Msg::SignOut, now());
    assert_eq!(m.return_to, None);
}

#[test]
fn every_private_screen_is_guarded_and_every_public_one_is_not() {
    let mut m = model();
    m.update(Msg::Restored(Restored::SignedOut), now());
    for screen in Screen::all() {
        // The lock screen with nothing locked leads to the sign-in too (see the account tests).
        let expected = (screen.is_private() || screen == Screen::Unlock).then_some(Screen::SignIn);
        assert_eq!(m.guard(&screen), expected, "{screen:?}");
    }
    assert!(!Screen::Contact.is_private());
    assert!(Screen::BankAccount.is_private());
}

#[test]
fn private_answers_for_a_space_that_is_gone_change_nothing() {
    let mut m = model();
    m.update(Msg::Restored(Restored::SignedIn(session(false))), now());
    m.update(Msg::Private(Event::Opened(Section::Payments)), now());
    m.update(Msg::SignOut, now());
    let effects = m.update(
        Msg::Answer(
            Target::Private(Part::Payments),
            Err(problem(macnss_api::ErrorCode::SessionExpired)),
        ),
        now(),
    );
    assert!(effects.is_empty());
    assert!(m.private.is_none());
}

#[test]
fn an_expired_session_on_any_record_ends_at_sign_in() {
    for (section, part) in [
        (Section::Career, Part::Career),
        (Section::Claims, Part::Claims),
        (Section::Family, Part::Family),
        (Section::Payments, Part::Payments),
        (Section::Reports, Part::Reports),
        (Section::Home, Part::Summary),
    ] {
        let mut m = model();
        m.update(Msg::Restored(Restored::SignedIn(session(false))), now());
        m.update(Msg::Private(Event::Opened(section)), now());
        let effects = m.update(
            Msg::Answer(
                Target::Private(part.clone()),
                Err(problem(macnss_api::ErrorCode::SessionExpired)),
            ),
            now(),
        );
        assert_eq!(
            effects.first(),
            Some(&Effect::Show(Screen::SignIn)),
            "{part:?}"
        );
        assert!(m.private.is_none());
    }
}

#[test]
fn the_agencies_load_once_for_anyone() {
    let mut m = model();
    assert_eq!(
        sends(&m.update(Msg::OpenContact, now())),
        [Request::Agencies]
    );
    assert!(m.update(Msg::OpenContact, now()).is_empty());
    let agencies = vec![Agency {
        name: "Agence Casa-Anfa".into(),
        city: "Casablanca".into(),
        address: "Bd Zerktouni".into(),
        phone: "+212522000000".into(),
    }];
    m.update(
        Msg::Answer(Target::Agencies, Ok(Response::Agencies(agencies.clone()))),
        now(),
    );
    assert_eq!(m.agencies.value(), Some(&agencies));
}

#[test]
fn an_answer_whose_session_ended_changes_nothing_whatever_it_says() {
    let mut m = model();
    m.update(Msg::Restored(Restored::SignedIn(session(false))), now());
    m.update(Msg::Private(Event::Opened(Section::Career)), now());
    let before = m.clone();
    let effects = m.update(
        Msg::Answer(Target::Private(Part::Career), Err(ApiError::Superseded)),
        now(),
    );
    assert!(effects.is_empty());
    assert_eq!(m, before, "still loading, still signed in");
}

#[test]
fn a_claim_or_a_file_answer_goes_only_to_its_own_claim_or_upload() {
    let mut s = space();
    // Two claims opened by link one after the other: the first one's answer is not the second's.
    s.update(Event::OpenClaim(id('a')), now());
    s.update(Event::OpenClaim(id('b')), now());
    s.update(
        Event::Response(
            Part::Claim(id('a')),
            Ok(Response::Claim(Box::new(claim(
                'a',
                ClaimState::Received,
                "o",
            )))),
        ),
        now(),
    );
    assert!(
        s.waits_for(&Part::Claim(id('b'))),
        "still loading the claim shown"
    );
    assert_eq!(s.open_claim(), None);
    // A photo prepared for an upload that is gone is not the new upload's file.
    s.update(Event::OpenCertificate(id('x')), now());
    s.update(
        Event::Certificate(certificate::Event::Picked(jpeg())),
        now(),
    );
    let old = upload_scope(&s);
    s.update(Event::OpenCertificate(id('y')), now());
    s.update(
        Event::Certificate(certificate::Event::Picked(jpeg())),
        now(),
    );
    s.update(
        Event::Certificate(certificate::Event::Prepared(old, Ok(prepared()))),
        now(),
    );
    assert_eq!(
        s.certificate.as_ref().map(|c| &c.step),
        Some(&certificate::Step::Preparing),
        "child y's upload still waits for its own file"
    );
}

#[test]
fn debug_output_never_shows_what_was_typed_or_a_file() {
    let mut s = space();
    s.update(Event::StartBankChange, now());
    s.update(
        Event::Bank(bank::Event::Edit(
            bank::Field::Password,
            "Tajine secret 2026".into(),
        )),
        now(),
    );
    s.update(
        Event::Bank(bank::Event::Edit(bank::Field::Rib, rib())),
        now(),
    );
    s.update(Event::OpenCertificate(id('k')), now());
    s.update(
        Event::Certificate(certificate::Event::Picked(jpeg())),
        now(),
    );
    let shown = format!(
        "{s:?} {:?} {:?}",
        bank::Event::Edit(bank::Field::Code, "482913".into()),
        Request::Certificate {
            child_id: id('k'),
            media_type: UploadType::Jpeg,
            bytes: jpeg(),
            key: crate::flows::SendKey::new("s", 1, "d"),
        }
    );
    for secret in ["Tajine", &rib(), "482913", "a photo"] {
        assert!(!shown.contains(secret), "{secret} in {shown}");
    }
}

// «Mes messages» inside the space: its answers go to the inbox, and «Mon espace»'s card
// follows the unread count.

fn summary_with_unread(unread_messages: u32) -> SpaceSummary {
    SpaceSummary {
        last_declared_month: None,
        has_career: true,
        claims_open: 0,
        claims_incomplete: 0,
        children: 0,
        certificates_due: 0,
        next_certificate_due: None,
        last_payment: None,
        amo: AmoRights {
            open: true,
            until: None,
        },
        unread_messages,
    }
}

fn inbox_message(seq: i64, read: bool) -> macnss_api::inbox::InboxMessage {
    macnss_api::inbox::InboxMessage {
        id: format!("m{seq}"),
        seq,
        at: now(),
        read,
        notice: macnss_api::inbox::Notice::NewSignIn,
    }
}

#[test]
fn the_inbox_loads_on_its_screen_waits_beside_the_loop_and_the_card_follows_its_count() {
    let mut s = space();
    assert_eq!(
        s.update(Event::Opened(Section::Home), now()),
        vec![Effect::Send(Request::Space)]
    );
    s.update(
        Event::Response(Part::Summary, Ok(Response::Summary(summary_with_unread(1)))),
        now(),
    );
    assert_eq!(
        s.update(Event::Opened(Section::Inbox), now()),
        vec![
            Effect::Send(Request::Inbox(None)),
            // With the list, this device's permission and the topics pushed.
            Effect::CheckPush,
            Effect::Send(Request::PushPreferences),
        ]
    );
    let page = macnss_api::inbox::Inbox {
        messages: vec![inbox_message(2, false), inbox_message(1, true)],
        unread: 1,
        latest: 2,
        next: None,
    };
    assert_eq!(
        s.update(
            Event::Response(Part::Inbox, Ok(Response::InboxPage(Box::new(page)))),
            now()
        ),
        vec![Effect::Listen(Request::InboxWait(2))]
    );
    // A message arrives: the card's count follows.
    let changes = macnss_api::inbox::InboxChanges {
        messages: vec![inbox_message(3, false)],
        unread: 2,
        latest: 3,
    };
    assert_eq!(
        s.update(
            Event::Response(
                Part::InboxWait,
                Ok(Response::InboxChanges(Box::new(changes)))
            ),
            now()
        ),
        vec![Effect::Listen(Request::InboxWait(3))]
    );
    assert_eq!(s.summary.value().map(|v| v.unread_messages), Some(2));
    // Read here: the card follows at once.
    assert_eq!(
        s.update(
            Event::Inbox(crate::flows::inbox::Event::Read("m3".into())),
            now()
        ),
        vec![Effect::Send(Request::MarkRead("m3".into()))]
    );
    assert_eq!(s.summary.value().map(|v| v.unread_messages), Some(1));
    // The reading's answer goes nowhere; a wait's answer for a space that does not wait is
    // dropped.
    assert_eq!(Request::MarkRead("m3".into()).target(), Target::Nobody);
    assert!(s.waits_for(&Part::InboxWait));
}
