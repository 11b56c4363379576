//! The private space's records end to end: the app's model and effect loop, the real HTTP
//! client, the reference server with its demo people. The demo insured reads every list; a
//! claim opened by its id (a deep link) and another person's id; a school certificate made
//! from a real photo, prepared on the device and sent once despite a retry; the bank account
//! changed with the password and the SMS code; a missing month reported once; a dependant's
//! narrower space.

use super::signing_in::{EXISTING_ID, EXISTING_PASSWORD};
use super::*;
use macnss::flows::private::{Event as Private, Section};
use macnss::flows::remote::Remote;
use macnss::flows::{bank, certificate, report};
use macnss_api::ErrorCode;
use macnss_api::records::*;

/// Nadia Tazi, a dependant of the demo insured (crates/server/demo/registry.json).
const NADIA: Person = Person {
    account_id: "789012345",
    kind: AccountKind::Dependant,
    insured_id: "678901234",
    document_kind: IdDocumentKind::Passport,
    document_number: "XY7654321",
    expiry: ("31", "12", "2031"),
    birth: ("04", "04", "2004"),
};

async fn signed_in_as_the_demo_insured() -> TestApp {
    let app = spawn_app().await;
    let (f, shown) = app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    assert_eq!(shown, Some(Screen::Space), "{:?}", f.errors);
    app
}

async fn open(app: &TestApp, section: Section) {
    app.send(Msg::Private(Private::Opened(section))).await;
}

fn space(app: &TestApp) -> macnss::flows::private::PrivateSpace {
    app.model().private.clone().expect("signed in")
}

fn loaded<T: Clone + std::fmt::Debug>(remote: &Remote<T>) -> T {
    match remote {
        Remote::Loaded(f) => f.value.clone(),
        other => panic!("not loaded: {other:?}"),
    }
}

#[tokio::test]
async fn the_demo_insured_finds_records_in_every_list() {
    let app = signed_in_as_the_demo_insured().await;
    for section in [
        Section::Home,
        Section::Career,
        Section::Claims,
        Section::Family,
        Section::Payments,
        Section::Reports,
    ] {
        open(&app, section).await;
    }
    let s = space(&app);
    let summary = loaded(&s.summary);
    assert!(summary.has_career && summary.claims_open > 0 && summary.children > 0);
    assert!(summary.amo.open);

    let career = loaded(&s.career);
    assert!(!career.declarations.is_empty());
    assert!(!career.gaps.is_empty(), "the demo career has a gap");
    assert!(career.employers.len() >= 2);
    assert_eq!(
        career
            .eligibility
            .iter()
            .map(|e| e.benefit)
            .collect::<Vec<_>>(),
        [
            macnss_api::benefits::Benefit::DailySickness,
            macnss_api::benefits::Benefit::FamilyAllowances,
            macnss_api::benefits::Benefit::JobLoss,
            macnss_api::benefits::Benefit::OldAgePension,
        ]
    );
    assert_eq!(
        summary.last_declared_month,
        career.declarations.first().map(|d| d.month)
    );

    let claims = loaded(&s.claims);
    for state in ClaimState::ALL {
        assert!(
            claims.claims.iter().any(|c| c.state == state),
            "a claim {state:?} in the demo"
        );
    }
    assert!(
        claims.beneficiaries.len() >= 2,
        "the insured and dependants"
    );

    let family = loaded(&s.family);
    assert!(family.children.iter().any(|c| {
        c.schooling
            .as_ref()
            .is_some_and(|k| k.state == SchoolingState::CertificateRequired)
    }));
    let payments = loaded(&s.payments);
    assert!(!payments.payments.is_empty());
    assert!(payments.bank_account.is_some());
    assert!(!loaded(&s.reports).reports.is_empty());
}

#[tokio::test]
async fn a_claim_opens_by_its_id_and_another_persons_id_is_not_found() {
    let app = signed_in_as_the_demo_insured().await;
    open(&app, Section::Claims).await;
    let first = loaded(&space(&app).claims).claims[0].clone();
    // A deep link on a fresh launch: the list is not loaded, the claim is asked for alone.
    let mut app = app;
    app.relaunch().await;
    app.send(Msg::Private(Private::OpenClaim(first.id.clone())))
        .await;
    assert_eq!(space(&app).open_claim(), Some(&first));
    // An id that exists nowhere, or is someone else's: the same 404.
    app.send(Msg::Private(Private::OpenClaim("A".repeat(43))))
        .await;
    let s = space(&app);
    let error = s.claim.as_ref().and_then(|(_, r)| r.error().cloned());
    assert_eq!(error.and_then(|e| e.code()), Some(ErrorCode::NotFound));
}

/// A real photo as a phone takes it: 3000 × 2250 pixels of noise (so it does not compress to
/// nothing), JPEG at quality 95.
fn phone_photo() -> Vec<u8> {
    let mut seed = 0x2545_f491_u32;
    let img = image::RgbImage::from_fn(3000, 2250, |_, _| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let [r, g, b, _] = seed.to_le_bytes();
        image::Rgb([r, g, b])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 95)
        .encode_image(&img)
        .expect("encode");
    out
}

#[tokio::test]
async fn a_certificate_photo_is_reduced_on_the_device_and_received_once() {
    let app = signed_in_as_the_demo_insured().await;
    open(&app, Section::Family).await;
    let child = loaded(&space(&app).family)
        .children
        .into_iter()
        .find(|c| {
            c.schooling
                .as_ref()
                .is_some_and(|k| k.state == SchoolingState::CertificateRequired)
        })
        .expect("a child whose certificate is due");
    app.send(Msg::Private(Private::OpenCertificate(child.id.clone())))
        .await;
    let photo = phone_photo();
    assert!(
        photo.len() > MAX_UPLOAD_BYTES,
        "a photo too large to send as it is"
    );
    app.send(Msg::Private(Private::Certificate(
        certificate::Event::Picked(photo.clone().into()),
    )))
    .await;
    let step = space(&app).certificate.expect("the upload").step;
    let certificate::Step::Ready(file) = step else {
        panic!("prepared: {step:?}");
    };
    assert!(file.reduced && file.bytes.len() < photo.len() / 4);
    let decoded = image::load_from_memory(&file.bytes).expect("a JPEG");
    assert_eq!((decoded.width(), decoded.height()), (2000, 1500));

    app.send(Msg::Private(Private::Certificate(certificate::Event::Send)))
        .await;
    let s = space(&app);
    let certificate::Step::Sent(receipt) = s.certificate.expect("the upload").step else {
        panic!("sent");
    };
    assert_eq!(receipt.bytes, file.bytes.len() as u64);
    assert_eq!(receipt.media_type, UploadType::Jpeg);
    let now_checked = loaded(&s.family)
        .children
        .into_iter()
        .find(|c| c.id == child.id)
        .and_then(|c| c.schooling)
        .map(|k| k.state);
    assert_eq!(now_checked, Some(SchoolingState::Received));
}

#[tokio::test]
async fn a_file_that_is_not_a_certificate_never_leaves_the_phone() {
    let app = signed_in_as_the_demo_insured().await;
    open(&app, Section::Family).await;
    let child = loaded(&space(&app).family).children[0].id.clone();
    app.send(Msg::Private(Private::OpenCertificate(child)))
        .await;
    // A Windows program renamed `certificat.jpg`: its content says what it is.
    app.send(Msg::Private(Private::Certificate(
        certificate::Event::Picked((&b"MZ\x90\x00\x03\x00\x00\x00"[..]).into()),
    )))
    .await;
    assert_eq!(
        space(&app).certificate.map(|c| c.step),
        Some(certificate::Step::Refused(
            certificate::FileProblem::NotAccepted
        ))
    );
}

/// A RIB whose key matches (bank 007).
fn new_rib() -> String {
    let body = "0077800009876543210123";
    format!(
        "{body}{}",
        macnss_api::validate::rib_key(body).expect("a key")
    )
}

#[tokio::test]
async fn the_bank_account_changes_with_the_password_again_and_the_sms_code() {
    let app = signed_in_as_the_demo_insured().await;
    app.send(Msg::Private(Private::StartBankChange)).await;
    let edit =
        |field, value: &str| Msg::Private(Private::Bank(bank::Event::Edit(field, value.into())));
    // A wrong password: refused, nothing sent.
    app.send(edit(bank::Field::Password, "not my password"))
        .await;
    app.send(Msg::Private(Private::Bank(bank::Event::Submit)))
        .await;
    let b = space(&app).bank.expect("the change");
    assert_eq!(b.step, bank::Step::Password);
    assert_eq!(
        b.errors.failure.and_then(|e| e.code()),
        Some(ErrorCode::InvalidCredentials)
    );

    app.send(edit(bank::Field::Password, EXISTING_PASSWORD))
        .await;
    app.send(Msg::Private(Private::Bank(bank::Event::Submit)))
        .await;
    assert_eq!(space(&app).bank.expect("the change").step, bank::Step::Code);
    let phone = "+212661234567";
    let code = app.last_code(phone).await;
    // A wrong code: refused; the RIB typed stays.
    let wrong = if code == "000000" { "111111" } else { "000000" };
    app.send(edit(bank::Field::Code, wrong)).await;
    app.send(edit(bank::Field::Rib, &new_rib())).await;
    app.send(Msg::Private(Private::Bank(bank::Event::Submit)))
        .await;
    let b = space(&app).bank.expect("the change");
    assert_eq!(
        b.errors.failure.and_then(|e| e.code()),
        Some(ErrorCode::CodeInvalid)
    );
    assert_eq!(b.rib, new_rib());

    app.send(edit(bank::Field::Code, &code)).await;
    app.send(Msg::Private(Private::Bank(bank::Event::Submit)))
        .await;
    let s = space(&app);
    let bank::Step::Done(account) = s.bank.expect("the change").step else {
        panic!("changed");
    };
    assert_eq!(account.last_digits, &new_rib()[18..22]);
    assert_eq!(
        s.payments.value().and_then(|p| p.bank_account.clone()),
        Some(account)
    );
    // The holder is told, with no bank details in the message.
    let messages = app.outbox(phone).await;
    let notice = messages.last().expect("a notice");
    assert!(!notice.body.contains(&new_rib()[18..22]), "{}", notice.body);
    assert!(
        six_digits(&notice.body).is_none(),
        "not a code: {}",
        notice.body
    );
}

#[tokio::test]
async fn a_missing_month_is_reported_once() {
    let app = signed_in_as_the_demo_insured().await;
    open(&app, Section::Career).await;
    let career = loaded(&space(&app).career);
    let gap = career.gaps[0];
    let employer = career.employers[0].employer_id.clone();
    app.send(Msg::Private(Private::StartReport {
        employer_id: Some(employer.clone()),
        month: Some(gap),
    }))
    .await;
    app.send(Msg::Private(Private::Report(report::Event::Submit)))
        .await;
    let sent = space(&app).report.and_then(|r| r.sent).expect("sent");
    assert_eq!((sent.month, sent.state), (gap, ReportState::Submitted));
    open(&app, Section::Reports).await;
    assert!(
        loaded(&space(&app).reports)
            .reports
            .iter()
            .any(|r| r.id == sent.id)
    );

    // The same month again, while the first report is open: refused, said.
    app.send(Msg::Private(Private::StartReport {
        employer_id: Some(employer),
        month: Some(gap),
    }))
    .await;
    app.send(Msg::Private(Private::Report(report::Event::Submit)))
        .await;
    let form = space(&app).report.expect("the form");
    assert_eq!(
        form.errors.failure.and_then(|e| e.code()),
        Some(ErrorCode::ReportExists)
    );
}

#[tokio::test]
async fn a_dependant_sees_their_own_claims_and_nothing_of_the_insured() {
    let app = spawn_app().await;
    let (_, sms) = app.sign_up(&NADIA, "0700112244").await;
    let (id, temporary) = credentials(&sms);
    let (mut f, _) = app.sign_in(&id, &temporary).await;
    app.signing_in(
        &mut f,
        sign_in::Event::Edit(
            sign_in::Field::NewPassword,
            "le thé à la menthe du matin".into(),
        ),
    )
    .await;
    assert_eq!(
        app.signing_in(&mut f, sign_in::Event::Submit).await,
        Some(Screen::Space),
        "{:?}",
        f.errors
    );
    for section in [
        Section::Home,
        Section::Claims,
        Section::Career,
        Section::Family,
        Section::Payments,
    ] {
        open(&app, section).await;
    }
    let s = space(&app);
    assert!(s.is_dependant());
    let summary = loaded(&s.summary);
    assert!(!summary.has_career);
    assert_eq!(summary.last_payment, None);
    let claims = loaded(&s.claims);
    assert!(!claims.claims.is_empty());
    assert!(
        claims
            .claims
            .iter()
            .all(|c| c.beneficiary.first_name == "Nadia"),
        "only the claims where she is the beneficiary"
    );
    assert_eq!(s.career, Remote::Idle, "never asked for");
    assert_eq!(s.payments, Remote::Idle);
    // Asked anyway (an older app, a crafted request): the server refuses.
    let token = app
        .raw_post::<macnss_api::types::SessionResponse>(
            "/v1/session",
            &serde_json::json!({"identifier": id, "password": "le thé à la menthe du matin"}),
        )
        .await
        .access_token;
    let answer = reqwest::Client::new()
        .get(format!("{}/v1/career", app.server.base_url()))
        .bearer_auth(token.expose())
        .send()
        .await
        .expect("an answer");
    assert_eq!(answer.status(), 403);
}

#[tokio::test]
async fn a_pensioner_sees_the_pension_its_payments_and_the_proof_of_life_due() {
    let app = spawn_app().await;
    let (f, shown) = app.sign_in("591234567", "Menthe et chebakia 1959").await;
    assert_eq!(shown, Some(Screen::Space), "{:?}", f.errors);
    open(&app, Section::Payments).await;
    let payments = loaded(&space(&app).payments);
    let pension = payments.pension.expect("a pension");
    assert_eq!(pension.proof_of_life, ProofOfLife::Due);
    assert!(pension.monthly.0 > 0);
    assert!(
        payments
            .payments
            .iter()
            .any(|p| p.kind == PaymentKind::Pension && p.amount == pension.monthly),
        "the pension's monthly payments are listed"
    );
    assert!(
        payments
            .payments
            .windows(2)
            .all(|w| w[0].paid_on >= w[1].paid_on),
        "newest first"
    );
}
