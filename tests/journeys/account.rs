//! «Mon compte» end to end, through the app's effect loop against the reference server: the
//! devices (another one signed out really stops working), the password (the others end, this
//! one goes on), the phone changed with a code sent to the new number, the account deleted,
//! and the quick unlock over the keychain (sealed at rest, the PIN at each cold start, five
//! wrong PINs back to the full sign-in).

use super::signing_in::{EXISTING_ID, EXISTING_PASSWORD};
use super::*;
use macnss::flows::account::{
    ContactEvent, ContactField, ContactStep, DeletionEvent, PasswordEvent, PasswordField,
};
use macnss::flows::lock::{AutoLock, MAX_PIN_FAILURES, SetupEvent, UnlockEvent, UnlockProblem};
use macnss::flows::private::{Event, Section};
use macnss::services::preferences::INSTALLED_KEY;
use macnss::services::session_store::SessionStore;
use macnss_api::ErrorCode;
use macnss_api::types::{Channel, SessionResponse};

const OMAR_PHONE: &str = "+212661234567";
const OMAR_EMAIL: &str = "omar.tazi@example.ma";

async fn signed_in() -> TestApp {
    let app = spawn_app().await;
    app.services.preferences.set(INSTALLED_KEY, "1");
    let (_, shown) = app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    assert_eq!(shown, Some(Screen::Space));
    app
}

/// Another device signs in (outside this app), naming itself.
async fn other_device(app: &TestApp) -> SessionResponse {
    app.raw_post(
        "/v1/session",
        &serde_json::json!({
            "identifier": EXISTING_ID,
            "password": EXISTING_PASSWORD,
            "device": {"device_id": "D".repeat(43), "name": "Galaxy A54", "platform": "android"},
        }),
    )
    .await
}

/// `GET /v1/me` with another device's access token: its HTTP status.
async fn me_status(app: &TestApp, session: &SessionResponse) -> u16 {
    reqwest::Client::new()
        .get(format!("{}/v1/me", app.server.base_url()))
        .bearer_auth(session.access_token.expose())
        .send()
        .await
        .expect("server reachable")
        .status()
        .as_u16()
}

fn private<T>(app: &TestApp, f: impl FnOnce(&macnss::flows::private::PrivateSpace) -> T) -> T {
    f(app.model().private.as_ref().expect("signed in"))
}

#[tokio::test]
async fn the_devices_are_listed_and_another_one_signed_out_stops_working_at_once() {
    let app = signed_in().await;
    let other = other_device(&app).await;
    assert_eq!(me_status(&app, &other).await, 200);
    app.send(Msg::Private(Event::Opened(Section::Account)))
        .await;
    let account = private(&app, |s| s.account.value().cloned()).expect("the account");
    assert_eq!(account.sessions.len(), 2, "{account:?}");
    assert!(account.sessions[0].current, "this device first");
    let this = &account.sessions[0];
    assert_eq!(this.platform, Some(macnss_api::account::Platform::Desktop));
    assert!(this.device_name.is_some(), "the app named its device");
    let galaxy = account
        .sessions
        .iter()
        .find(|s| !s.current)
        .expect("the other");
    assert_eq!(galaxy.device_name.as_deref(), Some("Galaxy A54"));
    assert!(
        !account.phone.contains("61234567"),
        "masked: {}",
        account.phone
    );

    app.send(Msg::Private(Event::RevokeSession(galaxy.id.clone())))
        .await;
    let account = private(&app, |s| s.account.value().cloned()).expect("the account");
    assert_eq!(account.sessions.len(), 1);
    assert_eq!(
        me_status(&app, &other).await,
        401,
        "revoked: refused on its next request"
    );
    let refreshed = api(&app).refresh(other.refresh_token.clone()).await;
    assert_eq!(
        refreshed.err().and_then(|e| e.code()),
        Some(ErrorCode::SessionExpired)
    );
    // This device goes on.
    app.send(Msg::Private(Event::Refresh(Section::Home))).await;
    assert!(private(&app, |s| s.summary.value().is_some()));
}

#[tokio::test]
async fn the_current_session_cannot_be_revoked_from_the_list() {
    let app = signed_in().await;
    app.send(Msg::Private(Event::Opened(Section::Account)))
        .await;
    let this = private(&app, |s| s.account.value().cloned())
        .expect("the account")
        .sessions[0]
        .id
        .clone();
    app.send(Msg::Private(Event::RevokeSession(this))).await;
    let failure = private(&app, |s| s.revoke_errors.failure.clone());
    assert_eq!(
        failure.and_then(|e| e.code()),
        Some(ErrorCode::CurrentSession)
    );
    assert!(app.model().private.is_some());
}

#[tokio::test]
async fn a_new_password_ends_the_other_devices_and_this_one_goes_on() {
    let mut app = signed_in().await;
    let other = other_device(&app).await;
    let p = |e| Msg::Private(Event::Password(e));
    app.send(Msg::Private(Event::StartPasswordChange)).await;
    app.send(p(PasswordEvent::Edit(
        PasswordField::Current,
        EXISTING_PASSWORD.into(),
    )))
    .await;
    app.send(p(PasswordEvent::Edit(
        PasswordField::New,
        "Couscous du vendredi 2027".into(),
    )))
    .await;
    app.send(p(PasswordEvent::Submit)).await;
    assert!(private(&app, |s| s
        .password
        .as_ref()
        .is_some_and(|f| f.done)));
    assert_eq!(me_status(&app, &other).await, 401);
    // The holder was told, without the password.
    let mails = app.outbox(OMAR_EMAIL).await;
    let notice = mails.last().expect("a notice");
    assert!(!notice.body.contains("Couscous"), "{}", notice.body);
    // This device's kept session is the new one: the next launch opens the space.
    assert_eq!(app.relaunch().await, Some(Screen::Space));
    let (_, shown) = app.sign_in(EXISTING_ID, "Couscous du vendredi 2027").await;
    assert_eq!(shown, Some(Screen::Space));
}

#[tokio::test]
async fn the_phone_is_changed_with_a_code_sent_to_the_new_number_and_the_old_one_is_told() {
    let app = signed_in().await;
    let c = |e| Msg::Private(Event::Contact(e));
    app.send(Msg::Private(Event::StartContactChange(Channel::Sms)))
        .await;
    app.send(c(ContactEvent::Edit(
        ContactField::Password,
        EXISTING_PASSWORD.into(),
    )))
    .await;
    app.send(c(ContactEvent::Submit)).await;
    app.send(c(ContactEvent::Edit(
        ContactField::Destination,
        "07 11 22 33 44".into(),
    )))
    .await;
    let before_old = app.outbox(OMAR_PHONE).await.len();
    app.send(c(ContactEvent::Submit)).await;
    let step = private(&app, |s| s.contact.as_ref().map(|f| f.step.clone()));
    assert_eq!(step, Some(ContactStep::Code));
    let new_phone = e164("0711223344");
    let code = app.last_code(&new_phone).await;
    assert_eq!(
        app.outbox(OMAR_PHONE).await.len(),
        before_old,
        "no code to the old phone"
    );
    app.send(c(ContactEvent::Edit(ContactField::Code, code)))
        .await;
    app.send(c(ContactEvent::Submit)).await;
    let (step, account) = private(&app, |s| {
        (
            s.contact.as_ref().map(|f| f.step.clone()),
            s.account.value().cloned(),
        )
    });
    assert_eq!(step, Some(ContactStep::Done));
    assert!(account.expect("the account").phone.ends_with("44"));
    let notices = app.outbox(OMAR_PHONE).await;
    assert_eq!(notices.len(), before_old + 1, "the old phone is told");
    let notice = &notices.last().expect("notice").body;
    assert!(
        six_digits(notice).is_none(),
        "no code in the notice: {notice}"
    );
    assert!(
        !notice.contains("22 33") && !notice.contains("711223344"),
        "{notice}"
    );
}

#[tokio::test]
async fn the_same_number_again_is_refused_beside_the_field() {
    let app = signed_in().await;
    let c = |e| Msg::Private(Event::Contact(e));
    app.send(Msg::Private(Event::StartContactChange(Channel::Sms)))
        .await;
    app.send(c(ContactEvent::Edit(
        ContactField::Password,
        EXISTING_PASSWORD.into(),
    )))
    .await;
    app.send(c(ContactEvent::Submit)).await;
    app.send(c(ContactEvent::Edit(
        ContactField::Destination,
        "06 61 23 45 67".into(),
    )))
    .await;
    app.send(c(ContactEvent::Submit)).await;
    let errors = private(&app, |s| s.contact.as_ref().map(|f| f.errors().clone())).expect("form");
    assert_eq!(
        errors.field("destination"),
        Some(macnss_api::ValidationError::Unchanged)
    );
}

#[tokio::test]
async fn the_account_deleted_forgets_the_person_and_sign_in_no_longer_works() {
    let app = signed_in().await;
    let d = |e| Msg::Private(Event::Deletion(e));
    app.send(Msg::Private(Event::StartDeletion)).await;
    app.send(d(DeletionEvent::EditPassword(EXISTING_PASSWORD.into())))
        .await;
    app.send(d(DeletionEvent::Submit)).await;
    app.send(d(DeletionEvent::Confirm(true))).await;
    let shown = app.send(d(DeletionEvent::Submit)).await;
    assert_eq!(shown, Some(Screen::AccountDeleted));
    assert!(app.model().private.is_none());
    assert_eq!(stored(&app.sessions), None, "nothing left in the keychain");
    let (f, _) = app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    assert_eq!(
        f.errors.failure.and_then(|e| e.code()),
        Some(ErrorCode::InvalidCredentials)
    );
}

// ---------------------------------------------------------------------------------------------
// Quick unlock

async fn with_pin(app: &TestApp, pin: &str) {
    app.send(Msg::Setup(SetupEvent::EditPin(pin.into()))).await;
    app.send(Msg::Setup(SetupEvent::EditConfirm(pin.into())))
        .await;
    app.send(Msg::Setup(SetupEvent::AutoLock(AutoLock::OneMinute)))
        .await;
    app.send(Msg::Setup(SetupEvent::Enable)).await;
    assert!(
        app.model().quick_unlock.is_some(),
        "{:?}",
        app.model().setup
    );
}

#[tokio::test]
async fn with_the_pin_the_keychain_holds_the_session_sealed_and_each_cold_start_asks_for_it() {
    let mut app = signed_in().await;
    let open = app.sessions.load().expect("store").expect("session");
    let token = open.refresh_token.clone().expect("open before");
    with_pin(&app, "240913").await;
    let kept = app.sessions.load().expect("store").expect("session");
    assert_eq!(kept.refresh_token, None, "no token in the clear");
    let json = serde_json::to_string(&kept).expect("json");
    assert!(
        !json.contains(token.expose()) && !json.contains("240913"),
        "{json}"
    );

    assert_eq!(app.relaunch().await, Some(Screen::Unlock));
    assert!(app.model().private.is_none());
    app.send(Msg::Unlock(UnlockEvent::EditPin("240913".into())))
        .await;
    let shown = app.send(Msg::Unlock(UnlockEvent::Submit)).await;
    assert_eq!(shown, Some(Screen::Space));
    // The renewed session was sealed again with the same key: the next cold start too.
    let kept = app.sessions.load().expect("store").expect("session");
    assert_eq!(kept.refresh_token, None);
    assert_eq!(app.relaunch().await, Some(Screen::Unlock));
    app.send(Msg::Unlock(UnlockEvent::EditPin("240913".into())))
        .await;
    assert_eq!(
        app.send(Msg::Unlock(UnlockEvent::Submit)).await,
        Some(Screen::Space)
    );
}

#[tokio::test]
async fn five_wrong_pins_even_across_restarts_clear_the_session_and_ask_for_the_password() {
    let mut app = signed_in().await;
    with_pin(&app, "240913").await;
    app.relaunch().await;
    for tried in 1..=3u8 {
        app.send(Msg::Unlock(UnlockEvent::EditPin("135790".into())))
            .await;
        app.send(Msg::Unlock(UnlockEvent::Submit)).await;
        let problem = app.model().locked.as_ref().and_then(|u| u.problem);
        assert_eq!(
            problem,
            Some(UnlockProblem::WrongPin {
                left: MAX_PIN_FAILURES - tried
            })
        );
    }
    // Killing the app gives no fresh tries.
    assert_eq!(app.relaunch().await, Some(Screen::Unlock));
    assert_eq!(app.model().locked.as_ref().map(|u| u.tries_left()), Some(2));
    app.send(Msg::Unlock(UnlockEvent::EditPin("135790".into())))
        .await;
    app.send(Msg::Unlock(UnlockEvent::Submit)).await;
    app.send(Msg::Unlock(UnlockEvent::EditPin("135790".into())))
        .await;
    let shown = app.send(Msg::Unlock(UnlockEvent::Submit)).await;
    assert_eq!(shown, Some(Screen::SignIn));
    assert!(app.model().sign_in.pin_locked_out);
    assert_eq!(app.model().sign_in.identifier, EXISTING_ID);
    assert_eq!(stored(&app.sessions), None, "the sealed session is gone");
    assert_eq!(app.relaunch().await, None, "signed out: nothing to unlock");
}

#[tokio::test]
async fn turning_the_pin_off_keeps_the_session_open_again() {
    let mut app = signed_in().await;
    with_pin(&app, "240913").await;
    app.send(Msg::Setup(SetupEvent::Disable)).await;
    let kept = app.sessions.load().expect("store").expect("session");
    assert!(kept.refresh_token.is_some());
    assert_eq!(app.relaunch().await, Some(Screen::Space));
}
