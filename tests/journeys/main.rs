//! End-to-end journeys of the app core: the real flows and the real HTTP client against the
//! reference server running in-process on port 0, codes read from its demo outbox, time
//! moved with its demo clock. No UI: what the screens do, minus the rendering.

mod errors;
mod recovering;
mod restoring;
mod resume;
mod signing_in;
mod signing_up;

use chrono::{DateTime, Utc};
use macnss::flows::Destination;
use macnss::flows::sign_in::{self, SignIn};
use macnss::flows::sign_up::{self, Field, SignUp};
use macnss::services::Services;
use macnss::services::api::{Api, HttpApi};
use macnss::services::preferences::MemoryPreferences;
use macnss::services::session_store::{MemoryStore, SessionStore};
use macnss_api::types::AccountKind;
use macnss_api::validate::IdDocumentKind;
use macnss_server::{Config, RunningServer};
use std::sync::Arc;

/// A demo person (crates/server/demo/registry.json).
pub struct Person {
    pub account_id: &'static str,
    pub kind: AccountKind,
    pub insured_id: &'static str,
    pub document_kind: IdDocumentKind,
    pub document_number: &'static str,
    /// (day, month, year) as typed.
    pub expiry: (&'static str, &'static str, &'static str),
    pub birth: (&'static str, &'static str, &'static str),
}

pub const AMINA: Person = Person {
    account_id: "123456789",
    kind: AccountKind::Insured,
    insured_id: "",
    document_kind: IdDocumentKind::Cnie,
    document_number: "bk 123456",
    expiry: ("20", "05", "2031"),
    birth: ("14", "03", "1985"),
};

pub const KARIM: Person = Person {
    account_id: "456789012",
    kind: AccountKind::Dependant,
    insured_id: "123456789",
    document_kind: IdDocumentKind::Cnie,
    document_number: "BE987654",
    expiry: ("", "", ""),
    birth: ("25", "01", "1983"),
};

pub const FATIMA_EXPIRED: Person = Person {
    account_id: "567890123",
    kind: AccountKind::Insured,
    insured_id: "",
    document_kind: IdDocumentKind::Cnie,
    document_number: "C456789",
    expiry: ("30", "06", "2024"),
    birth: ("01", "12", "1960"),
};

pub struct TestApp {
    pub server: RunningServer,
    pub services: Services,
    pub sessions: Arc<MemoryStore>,
    http: reqwest::Client,
}

pub async fn spawn_app() -> TestApp {
    let server = macnss_server::spawn(Config::for_tests())
        .await
        .expect("server starts");
    let sessions = Arc::new(MemoryStore::default());
    let services = Services::new(
        Arc::new(HttpApi::new(server.base_url())),
        sessions.clone(),
        Arc::new(MemoryPreferences::default()),
    );
    TestApp {
        server,
        services,
        sessions,
        http: reqwest::Client::new(),
    }
}

#[derive(serde::Deserialize, Debug)]
pub struct OutboxMessage {
    pub to: String,
    pub channel: String,
    pub body: String,
}

impl TestApp {
    pub fn now(&self) -> impl Fn() -> DateTime<Utc> + '_ {
        // The flows judge deadlines on the device clock; the server's demo clock may be moved
        // forward, so the device clock follows it in these tests.
        let state = self.server.state();
        move || state.clock.now()
    }

    pub async fn outbox(&self, to: &str) -> Vec<OutboxMessage> {
        self.http
            .get(format!("{}/dev/outbox", self.server.base_url()))
            .query(&[("to", to)])
            .send()
            .await
            .expect("outbox reachable")
            .json()
            .await
            .expect("outbox JSON")
    }

    /// The 6-digit code of the last message sent to `to`.
    pub async fn last_code(&self, to: &str) -> String {
        let messages = self.outbox(to).await;
        let body = &messages.last().expect("a message was sent").body;
        six_digits(body).unwrap_or_else(|| panic!("no code in {body:?}"))
    }

    pub async fn advance_clock(&self, seconds: i64) {
        let r = self
            .http
            .post(format!("{}/dev/clock", self.server.base_url()))
            .json(&serde_json::json!({ "advance_seconds": seconds }))
            .send()
            .await
            .expect("clock reachable");
        assert!(r.status().is_success());
    }

    /// Sends one sign-up event and runs its effects.
    pub async fn step(&self, f: &mut SignUp, event: sign_up::Event) -> Option<Destination> {
        self.services.drive(f, event, self.now()).await
    }

    /// Chooses the account type, fills the identity step as `person` and submits it.
    pub async fn start_sign_up(&self, person: &Person) -> SignUp {
        let mut f = SignUp::new();
        self.step(&mut f, sign_up::Event::ChooseKind(person.kind))
            .await;
        fill_identity(&self.services, &mut f, person, self.now()).await;
        self.step(&mut f, sign_up::Event::Submit).await;
        f
    }

    /// Fills the contact step with `phone`, accepts the CGU and submits.
    pub async fn submit_contact(&self, f: &mut SignUp, phone: &str) {
        self.step(f, sign_up::Event::Edit(Field::Phone, phone.into()))
            .await;
        self.step(
            f,
            sign_up::Event::Edit(Field::Email, "amina@example.ma".into()),
        )
        .await;
        self.step(f, sign_up::Event::SetTermsAccepted(true)).await;
        self.step(f, sign_up::Event::Submit).await;
    }

    /// A sign-up of `person` waiting at the code step, the code sent to `phone`.
    pub async fn at_code_step(&self, person: &Person, phone: &str) -> SignUp {
        let mut f = self.start_sign_up(person).await;
        assert_eq!(f.step, sign_up::Step::Contact, "{:?}", f.errors);
        self.submit_contact(&mut f, phone).await;
        assert_eq!(f.step, sign_up::Step::Code, "{:?}", f.errors);
        f
    }

    /// Runs the whole sign-up wizard for `person` with `phone`; returns the credentials SMS.
    pub async fn sign_up(&self, person: &Person, phone: &str) -> (SignUp, String) {
        let mut f = self.at_code_step(person, phone).await;
        let e164 = e164(phone);
        let code = self.last_code(&e164).await;
        self.step(&mut f, sign_up::Event::Edit(Field::Code, code))
            .await;
        self.step(&mut f, sign_up::Event::Submit).await;
        assert_eq!(f.step, sign_up::Step::Confirmation, "{:?}", f.errors);
        let sms = self
            .outbox(&e164)
            .await
            .pop()
            .expect("credentials SMS")
            .body;
        (f, sms)
    }

    pub async fn sign_in(&self, identifier: &str, password: &str) -> (SignIn, Option<Destination>) {
        let mut f = SignIn::new(None);
        let now = self.now();
        self.services
            .drive(
                &mut f,
                sign_in::Event::Edit(sign_in::Field::Identifier, identifier.into()),
                &now,
            )
            .await;
        self.services
            .drive(
                &mut f,
                sign_in::Event::Edit(sign_in::Field::Password, password.into()),
                &now,
            )
            .await;
        let d = self
            .services
            .drive(&mut f, sign_in::Event::Submit, &now)
            .await;
        (f, d)
    }
}

pub async fn fill_identity(
    services: &Services,
    f: &mut SignUp,
    p: &Person,
    now: impl Fn() -> DateTime<Utc>,
) {
    let mut edits = vec![
        (Field::DocumentNumber, p.document_number),
        (Field::BirthDay, p.birth.0),
        (Field::BirthMonth, p.birth.1),
        (Field::BirthYear, p.birth.2),
    ];
    match p.kind {
        AccountKind::Insured => edits.extend([
            (Field::ExpiryDay, p.expiry.0),
            (Field::ExpiryMonth, p.expiry.1),
            (Field::ExpiryYear, p.expiry.2),
        ]),
        AccountKind::Dependant => edits.push((Field::InsuredId, p.insured_id)),
    }
    services
        .drive(f, sign_up::Event::ChooseDocument(p.document_kind), &now)
        .await;
    for (field, value) in edits {
        services
            .drive(f, sign_up::Event::Edit(field, value.into()), &now)
            .await;
    }
}

pub fn six_digits(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(5)).find_map(|i| {
        let w = &bytes[i..i + 6];
        let boundary_before = i == 0 || !bytes[i - 1].is_ascii_digit();
        let boundary_after = bytes.get(i + 6).is_none_or(|b| !b.is_ascii_digit());
        (w.iter().all(u8::is_ascii_digit) && boundary_before && boundary_after)
            .then(|| String::from_utf8_lossy(w).into_owned())
    })
}

/// The identifier and temporary password of a French credentials SMS.
pub fn credentials(sms: &str) -> (String, String) {
    let id = sms
        .split("Identifiant : ")
        .nth(1)
        .and_then(|r| r.get(..9))
        .expect("identifier in SMS");
    let pw = sms
        .split("provisoire : ")
        .nth(1)
        .and_then(|r| r.split(" (").next())
        .expect("password in SMS");
    (id.to_owned(), pw.to_owned())
}

pub fn e164(phone: &str) -> String {
    macnss_api::validate::parse_mobile_phone(phone)
        .expect("valid phone")
        .as_e164()
        .to_owned()
}

pub fn stored(sessions: &MemoryStore) -> Option<String> {
    sessions.load().expect("memory store").map(|s| s.account_id)
}

pub fn api(app: &TestApp) -> &dyn Api {
    app.services.api.as_ref()
}
