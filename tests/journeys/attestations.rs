//! «Mes attestations» end to end: the app's model and effect loop, the real HTTP client, the
//! reference server. The demo insured's catalog; a salary attestation generated (once for the
//! same facts), its PDF downloaded with the session's token and handed to the device; its link
//! verified on the phone with the keys fetched once and kept, then again with no server at
//! all; a dependant's catalog narrowed to their own AMO rights; another person's PDF refused.

use super::signing_in::{EXISTING_ID, EXISTING_PASSWORD};
use super::*;
use macnss::flows::attestations::{self as flow, Keys, Saved, Verdict, VerifyEvent};
use macnss::flows::private::{Event as Private, Section};
use macnss::flows::remote::Remote;
use macnss::services::documents::MemoryDocuments;
use macnss::services::preferences::{ATTESTATION_KEYS_KEY, Preferences as _};
use macnss_api::ErrorCode;
use macnss_api::attestation::*;

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

/// Signed in as the demo insured, the PDFs kept in memory.
async fn signed_in() -> (TestApp, Arc<MemoryDocuments>) {
    let mut app = spawn_app().await;
    let documents = Arc::new(MemoryDocuments::default());
    app.services.documents = documents.clone();
    let (f, shown) = app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    assert_eq!(shown, Some(Screen::Space), "{:?}", f.errors);
    (app, documents)
}

fn attestations(app: &TestApp) -> flow::Attestations {
    app.model()
        .private
        .as_ref()
        .expect("signed in")
        .attestations
        .clone()
}

fn catalog(app: &TestApp) -> Catalog {
    match attestations(app).catalog {
        Remote::Loaded(f) => f.value,
        other => panic!("not loaded: {other:?}"),
    }
}

async fn act(app: &TestApp, event: flow::Event) {
    app.send(Msg::Private(Private::Attestations(event))).await;
}

async fn generate_salary(app: &TestApp) -> Issued {
    act(app, flow::Event::Choose(AttestationKind::SalaryDeclaration)).await;
    act(app, flow::Event::Submit).await;
    let form = attestations(app).form.expect("form");
    assert!(!form.pending);
    form.issued
        .unwrap_or_else(|| panic!("not issued: {:?}", form.errors))
}

#[tokio::test]
async fn the_demo_insured_generates_a_salary_attestation_saves_its_pdf_and_verifies_it_offline() {
    let (app, documents) = signed_in().await;
    app.send(Msg::Private(Private::Opened(Section::Attestations)))
        .await;
    let list = catalog(&app);
    let offer = |kind| {
        list.offers
            .iter()
            .find(|o| o.kind == kind)
            .expect("every kind listed")
            .unavailable
    };
    assert_eq!(offer(AttestationKind::SalaryDeclaration), None);
    assert_eq!(offer(AttestationKind::Immatriculation), None);
    assert_eq!(
        offer(AttestationKind::NonImmatriculation),
        Some(Unavailable::PublicOnly)
    );
    let declared = list.declared.expect("the demo career has declarations");

    let document = generate_salary(&app).await;
    let Facts::SalaryDeclaration { period, months, .. } = document.statement.facts else {
        panic!("facts: {:?}", document.statement.facts)
    };
    assert_eq!(period.to, declared.to, "the last twelve months declared");
    assert!(months > 0 && months <= 12);
    assert_eq!(
        catalog(&app).issued.first().map(|d| &d.id),
        Some(&document.id)
    );

    // The same facts again: the same document, listed once.
    act(&app, flow::Event::Choose(AttestationKind::Immatriculation)).await;
    assert_eq!(generate_salary(&app).await.id, document.id);
    assert_eq!(
        catalog(&app)
            .issued
            .iter()
            .filter(|d| d.id == document.id)
            .count(),
        1
    );

    // The PDF, downloaded with the session's token and handed to the device.
    act(&app, flow::Event::Save(document.id.clone())).await;
    let saving = attestations(&app).saving.expect("saving");
    assert_eq!(
        saving.outcome,
        Some(Ok(Saved::Downloaded {
            file_name: flow::file_name(&document.reference)
        }))
    );
    let saved = documents.saved();
    let (name, bytes) = saved.last().expect("a PDF saved");
    assert!(name.ends_with(".pdf"));
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(bytes.len() as u64, document.pdf_bytes);

    // Verified on the phone: the keys fetched once and kept in the preferences.
    app.send(Msg::Verify(VerifyEvent::Opened)).await;
    assert!(matches!(app.model().verification.keys, Keys::Kept(_)));
    let kept = app
        .preferences
        .get(ATTESTATION_KEYS_KEY)
        .expect("the keys kept");
    let link = format!(
        "{}/v/{}#{}",
        app.server.base_url(),
        document.id,
        document.code
    );
    app.send(Msg::Verify(VerifyEvent::Edit(link.clone()))).await;
    app.send(Msg::Verify(VerifyEvent::Submit)).await;
    assert_eq!(
        app.model().verification.verdict,
        Some(Verdict::Valid(Box::new(document.statement.clone())))
    );

    // Another phone with those keys and no server at all: the same verdict.
    let offline = Services::new(
        Arc::new(HttpApi::new("http://127.0.0.1:9".into()).expect("a loopback base")),
        Arc::new(MemoryStore::default()),
        Arc::new(MemoryPreferences::default()),
    );
    offline.preferences.set(ATTESTATION_KEYS_KEY, &kept);
    let phone = Device::new(&offline, app.server.state().clock.clone());
    for msg in [
        Msg::Verify(VerifyEvent::Opened),
        Msg::Verify(VerifyEvent::Edit(link)),
        Msg::Verify(VerifyEvent::Submit),
    ] {
        offline.run(&phone, msg).await;
    }
    assert_eq!(
        phone.model.borrow().verification.verdict,
        Some(Verdict::Valid(Box::new(document.statement.clone())))
    );
    // An altered code is refused there too.
    let mut altered: Vec<char> = document.code.chars().collect();
    let at = altered.len() - 10;
    altered[at] = if altered[at] == 'A' { 'B' } else { 'A' };
    offline
        .run(
            &phone,
            Msg::Verify(VerifyEvent::Edit(altered.into_iter().collect())),
        )
        .await;
    offline.run(&phone, Msg::Verify(VerifyEvent::Submit)).await;
    assert_eq!(
        phone.model.borrow().verification.verdict,
        Some(Verdict::Invalid(VerifyError::BadSignature))
    );
}

#[tokio::test]
async fn without_keys_and_without_a_server_the_phone_claims_nothing() {
    let offline = Services::new(
        Arc::new(HttpApi::new("http://127.0.0.1:9".into()).expect("a loopback base")),
        Arc::new(MemoryStore::default()),
        Arc::new(MemoryPreferences::default()),
    );
    let server = macnss_server::spawn(Config::for_tests())
        .await
        .expect("server starts");
    let phone = Device::new(&offline, server.state().clock.clone());
    for msg in [
        Msg::Verify(VerifyEvent::Opened),
        Msg::Verify(VerifyEvent::Edit("MC1.AAAA".into())),
        Msg::Verify(VerifyEvent::Submit),
    ] {
        offline.run(&phone, msg).await;
    }
    assert!(matches!(
        phone.model.borrow().verification.verdict,
        Some(Verdict::NoKeys(_))
    ));
}

#[tokio::test]
async fn a_dependant_may_ask_only_for_their_own_amo_rights() {
    let app = spawn_app().await;
    let (_, sms) = app.sign_up(&NADIA, "0700112255").await;
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
        Some(Screen::Space)
    );
    app.send(Msg::Private(Private::Opened(Section::Attestations)))
        .await;
    let list = catalog(&app);
    for offer in &list.offers {
        match offer.kind {
            AttestationKind::AmoRights => assert_eq!(offer.unavailable, None),
            AttestationKind::NonImmatriculation => {
                assert_eq!(offer.unavailable, Some(Unavailable::PublicOnly))
            }
            _ => assert_eq!(
                offer.unavailable,
                Some(Unavailable::InsuredOnly),
                "{:?}",
                offer.kind
            ),
        }
    }
    assert_eq!(list.covered.len(), 1, "only themselves");
    act(&app, flow::Event::Choose(AttestationKind::Immatriculation)).await;
    assert!(attestations(&app).form.is_none(), "not for a dependant");
    act(&app, flow::Event::Choose(AttestationKind::AmoRights)).await;
    act(&app, flow::Event::Submit).await;
    let form = attestations(&app).form.expect("form");
    let document = form
        .issued
        .unwrap_or_else(|| panic!("not issued: {:?}", form.errors));
    assert!(matches!(document.statement.facts, Facts::AmoRights { .. }));
}

#[tokio::test]
async fn another_persons_pdf_is_refused() {
    let (app, _) = signed_in().await;
    let result = api(&app).attestation_pdf("Q".repeat(43)).await;
    let code = result.expect_err("not the person's").code();
    assert!(
        matches!(
            code,
            Some(ErrorCode::NotFound | ErrorCode::MalformedRequest)
        ),
        "{code:?}"
    );
}
