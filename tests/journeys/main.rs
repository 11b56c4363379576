//! End-to-end journeys of the app core: the root model driven through the app's own effect
//! loop (`Services::run`, the one the views use) with the real HTTP client against the
//! reference server running in-process on port 0, codes read from its demo outbox, time moved
//! with its demo clock. No UI: what the screens do, minus the rendering. The test's [`Device`]
//! is the loop's host (the app's is the Dioxus signal and the router).

mod account;
mod attestations;
mod errors;
mod inbox;
mod private;
mod recovering;
mod restoring;
mod resume;
mod signing_in;
mod signing_up;
mod space;

use chrono::{DateTime, Utc};
use macnss::flows::model::{Model, Msg, Screen, Start};
use macnss::flows::recovery::{self, Recovery};
use macnss::flows::sign_in::{self, SignIn};
use macnss::flows::sign_up::{self, Field, SignUp};
use macnss::flows::{Destination, Effect};
use macnss::i18n::Lang;
use macnss::services::Services;
use macnss::services::api::{Api, HttpApi};
use macnss::services::preferences::MemoryPreferences;
use macnss::services::runner::Host;
use macnss::services::session_store::{MemoryStore, SessionStore};
use macnss_api::types::AccountKind;
use macnss_api::validate::IdDocumentKind;
use macnss_server::{Config, RunningServer};
use std::cell::RefCell;
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

/// The phone: the root model, the screens it was asked to show, and the device clock (which
/// follows the server's demo clock here).
pub struct Device {
    pub model: RefCell<Model>,
    pub screens: RefCell<Vec<Screen>>,
    /// Requests the model asked to run beside the loop (the inbox's long poll), run when the
    /// journey says so ([`TestApp::listen`]), so that every step ends with its own effects.
    pub listening: RefCell<Vec<macnss::flows::Request>>,
    clock: macnss_server::clock::Clock,
}

impl Device {
    /// A freshly launched app (not yet sent `Msg::Launch`), reading its saved state from
    /// `services` as the app's root does.
    pub fn new(services: &Services, clock: macnss_server::clock::Clock) -> Self {
        let now = clock.now();
        let start = Start {
            chosen_language: services
                .preferences
                .get(macnss::services::preferences::LANGUAGE_KEY)
                .and_then(|t| Lang::from_tag(&t)),
            device_language: Lang::Fr,
            resume: services.resume_point(now),
        };
        Self {
            model: RefCell::new(Model::new(start, now)),
            screens: RefCell::default(),
            listening: RefCell::default(),
            clock,
        }
    }
}

impl Host for Device {
    fn update(&self, msg: Msg) -> Vec<Effect> {
        let now = self.clock.now();
        self.model.borrow_mut().update(msg, now)
    }

    fn show(&self, screen: Screen) {
        self.screens.borrow_mut().push(screen);
    }

    fn listen(&self, request: macnss::flows::Request) {
        self.listening.borrow_mut().push(request);
    }
}

pub struct TestApp {
    pub server: RunningServer,
    pub services: Services,
    pub sessions: Arc<MemoryStore>,
    pub preferences: Arc<MemoryPreferences>,
    pub device: Device,
    http: reqwest::Client,
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(DeviceClock::FollowsServer).await
}

/// The phone's clock in a journey.
pub enum DeviceClock {
    /// Follows the server's demo clock (deadlines judged alike on both sides).
    FollowsServer,
    /// The real time, while the server's clock may be moved on: the phone then believes an
    /// access token the server already refuses.
    Real,
}

pub async fn spawn_app_with(device_clock: DeviceClock) -> TestApp {
    let server = macnss_server::spawn(Config::for_tests())
        .await
        .expect("server starts");
    let sessions = Arc::new(MemoryStore::default());
    let preferences = Arc::new(MemoryPreferences::default());
    let clock = server.state().clock.clone();
    let api_clock = clock.clone();
    let api = HttpApi::new(server.base_url()).expect("a loopback base");
    let api = match device_clock {
        DeviceClock::FollowsServer => api.with_clock(Arc::new(move || api_clock.now())),
        DeviceClock::Real => api,
    };
    let services = Services::new(Arc::new(api), sessions.clone(), preferences.clone());
    let device = Device::new(&services, clock);
    let app = TestApp {
        server,
        services,
        sessions,
        preferences,
        device,
        http: reqwest::Client::new(),
    };
    // As the app's root does on its first render.
    app.send(Msg::Launch).await;
    app
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

    /// Sends `msg` through the app's effect loop; returns the last screen it showed.
    /// Runs the requests the model asked to run beside the loop (each long poll answers when
    /// a message arrives, or after its 15 s), through the app's effect loop; how many ran.
    pub async fn listen(&self) -> usize {
        let pending: Vec<_> = self.device.listening.borrow_mut().drain(..).collect();
        let n = pending.len();
        for request in pending {
            self.services
                .run_effects(&self.device, vec![Effect::Send(request)])
                .await;
        }
        n
    }

    pub async fn send(&self, msg: Msg) -> Option<Screen> {
        let before = self.device.screens.borrow().len();
        self.services.run(&self.device, msg).await;
        self.device
            .screens
            .borrow()
            .get(before..)
            .and_then(|s| s.last().cloned())
    }

    /// The model as it is now.
    pub fn model(&self) -> std::cell::Ref<'_, Model> {
        self.device.model.borrow()
    }

    /// The app killed and started again on the same phone: a new model over the same
    /// keychain and storage, launched.
    pub async fn relaunch(&mut self) -> Option<Screen> {
        self.device = Device::new(&self.services, self.server.state().clock.clone());
        self.services.api.set_session(None);
        self.send(Msg::Launch).await
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

    /// A request made outside the app (another device, an older version of the app).
    pub async fn raw_post<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        body: &serde_json::Value,
    ) -> T {
        let r = self
            .http
            .post(format!("{}{path}", self.server.base_url()))
            .json(body)
            .send()
            .await
            .expect("server reachable");
        let status = r.status();
        let text = r.text().await.expect("body");
        let text = if text.is_empty() {
            "null".to_owned()
        } else {
            text
        };
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{status} {text}: {e}"))
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

    /// Sends one sign-up event through the loop; `f` mirrors the model's sign-up after it.
    pub async fn step(&self, f: &mut SignUp, event: sign_up::Event) -> Option<Screen> {
        let shown = self.send(Msg::SignUp(event)).await;
        *f = self.model().sign_up.clone();
        shown
    }

    /// Sends one recovery event through the loop; `f` mirrors the model's recovery after it.
    pub async fn recover(&self, f: &mut Recovery, event: recovery::Event) -> Option<Screen> {
        let shown = self.send(Msg::Recovery(event)).await;
        *f = self.model().recovery.clone();
        shown
    }

    /// Sends one sign-in event through the loop; `f` mirrors the model's sign-in after it.
    pub async fn signing_in(&self, f: &mut SignIn, event: sign_in::Event) -> Option<Screen> {
        let shown = self.send(Msg::SignIn(event)).await;
        *f = self.model().sign_in.clone();
        shown
    }

    /// «Mot de passe oublié» opened with `identifier` typed.
    pub async fn open_recovery(&self, identifier: Option<&str>) -> Recovery {
        self.send(Msg::Open(Destination::Recovery {
            identifier: identifier.map(str::to_owned),
        }))
        .await;
        self.model().recovery.clone()
    }

    /// «Créer mon compte», chooses the account type, fills the identity step as `person` and
    /// submits it.
    pub async fn start_sign_up(&self, person: &Person) -> SignUp {
        self.send(Msg::Open(Destination::SignUp)).await;
        let mut f = self.model().sign_up.clone();
        self.step(&mut f, sign_up::Event::ChooseKind(person.kind))
            .await;
        fill_identity(self, &mut f, person).await;
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

    /// «Me connecter» from the welcome screen with `identifier` and `password`; returns the
    /// sign-in flow and the screen the submit led to.
    pub async fn sign_in(&self, identifier: &str, password: &str) -> (SignIn, Option<Screen>) {
        self.send(Msg::Open(Destination::SignIn { identifier: None }))
            .await;
        let mut f = self.model().sign_in.clone();
        let edit = |field, value: &str| sign_in::Event::Edit(field, value.into());
        self.signing_in(&mut f, edit(sign_in::Field::Identifier, identifier))
            .await;
        self.signing_in(&mut f, edit(sign_in::Field::Password, password))
            .await;
        let shown = self.signing_in(&mut f, sign_in::Event::Submit).await;
        (f, shown)
    }
}

pub async fn fill_identity(app: &TestApp, f: &mut SignUp, p: &Person) {
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
    app.step(f, sign_up::Event::ChooseDocument(p.document_kind))
        .await;
    for (field, value) in edits {
        app.step(f, sign_up::Event::Edit(field, value.into())).await;
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
