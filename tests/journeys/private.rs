//! Behind the door: the private space and its guard, authenticated requests (expiry, one
//! refresh and one retry on a 401, a failed refresh), a restricted session on every launch
//! path, and two people on one phone.

use super::signing_in::{EXISTING_ID, EXISTING_PASSWORD};
use super::*;
use macnss::flows::Request;
use macnss::flows::private::{Event as Private, Section};
use macnss::services::preferences::INSTALLED_KEY;
use macnss::services::session_store::StoredSession;
use macnss_api::ErrorCode;
use macnss_api::types::SessionResponse;

/// Signs up Amina and signs her in with the temporary password: a restricted session.
async fn restricted(app: &TestApp) -> (String, String) {
    let (_, sms) = app.sign_up(&AMINA, "0661223344").await;
    let (id, temporary) = credentials(&sms);
    let (f, shown) = app.sign_in(&id, &temporary).await;
    assert_eq!(f.step, sign_in::Step::ChangePassword, "{:?}", f.errors);
    assert_eq!(shown, None);
    (id, temporary)
}

#[tokio::test]
async fn a_restricted_session_is_not_kept_and_the_next_launch_does_not_open_the_space() {
    let mut app = spawn_app().await;
    app.services.preferences.set(INSTALLED_KEY, "1");
    restricted(&app).await;
    assert_eq!(stored(&app.sessions), None, "nothing in the keychain");
    assert_eq!(app.model().guard(&Screen::Space), Some(Screen::SignIn));
    // The app is killed during the forced change and launched again.
    app.relaunch().await;
    assert!(!app.model().is_signed_in());
    assert_eq!(app.model().guard(&Screen::Space), Some(Screen::SignIn));
    assert!(!app.device.screens.borrow().contains(&Screen::Space));
}

#[tokio::test]
async fn a_restricted_session_found_in_the_keychain_is_revoked_and_never_opens_the_space() {
    let mut app = spawn_app().await;
    app.services.preferences.set(INSTALLED_KEY, "1");
    let (_, sms) = app.sign_up(&AMINA, "0661223344").await;
    let (id, temporary) = credentials(&sms);
    // As an earlier version of the app kept it: the restricted session in the keychain.
    let session: SessionResponse = app
        .raw_post(
            "/v1/session",
            &serde_json::json!({"identifier": id, "password": temporary}),
        )
        .await;
    assert!(session.password_change_required);
    let item = StoredSession::open(id.clone(), session.refresh_token.clone());
    app.sessions.save(&item).expect("save");

    assert_eq!(app.relaunch().await, Some(Screen::SignIn));
    assert!(!app.model().is_signed_in());
    assert_eq!(app.model().sign_in.identifier, id);
    assert_eq!(stored(&app.sessions), None, "cleared from the keychain");
    assert!(!app.device.screens.borrow().contains(&Screen::Space));
    // And revoked at the server: its refresh token no longer works.
    let refused = api(&app).refresh(session.refresh_token).await;
    assert!(refused.is_err(), "{refused:?}");
}

#[tokio::test]
async fn leaving_the_forced_change_leaves_nothing_signed_in() {
    let app = spawn_app().await;
    restricted(&app).await;
    app.send(Msg::SignIn(sign_in::Event::Back)).await;
    assert!(!app.model().is_signed_in());
    assert_eq!(app.model().guard(&Screen::Space), Some(Screen::SignIn));
    // No token left in memory either: a private request is not even attempted.
    let me = api(&app).send(Request::Me).await;
    assert_eq!(
        me.err().and_then(|e| e.code()),
        Some(ErrorCode::SessionExpired)
    );
}

#[tokio::test]
async fn the_space_loads_the_profile_and_refreshes_it() {
    let app = spawn_app().await;
    app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    // Shown at once from the session, without a request.
    app.send(Msg::Private(Private::Opened(Section::Home))).await;
    let fetched = app
        .model()
        .private
        .as_ref()
        .and_then(|p| p.me.current().cloned())
        .expect("loaded");
    assert_eq!(fetched.value.account_id, EXISTING_ID);
    assert!(fetched.fetched_at <= app.now()());
    let first = fetched.fetched_at;
    app.send(Msg::Private(Private::Refresh(Section::Home)))
        .await;
    let m = app.model();
    let again = m
        .private
        .as_ref()
        .and_then(|p| p.me.current())
        .expect("reloaded");
    assert!(again.fetched_at > first, "refreshed: a new fetch time");
}

#[tokio::test]
async fn an_expired_access_token_is_renewed_before_the_request() {
    let app = spawn_app().await;
    app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    let before = app.sessions.load().expect("store").expect("session");
    app.advance_clock(901).await;
    app.send(Msg::Private(Private::Refresh(Section::Home)))
        .await;
    assert!(
        app.model()
            .private
            .as_ref()
            .is_some_and(|p| p.me.value().is_some())
    );
    let after = app.sessions.load().expect("store").expect("session");
    assert_ne!(
        before.refresh_token, after.refresh_token,
        "the renewal was kept"
    );
}

#[tokio::test]
async fn a_refused_access_token_is_renewed_once_and_the_request_retried_once() {
    // The phone's clock says the token is fresh; the server's says it expired: a 401.
    let mut app = spawn_app_with(DeviceClock::Real).await;
    app.services.preferences.set(INSTALLED_KEY, "1");
    app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    app.advance_clock(901).await;
    // Two requests at once: one refresh serves both (a second would reuse a rotated token).
    let (a, b) = tokio::join!(api(&app).send(Request::Me), api(&app).send(Request::Me));
    assert!(a.is_ok() && b.is_ok(), "{a:?} {b:?}");
    let renewed = app
        .services
        .api
        .take_renewed()
        .expect("renewed behind the requests");
    // Through the model, the renewal reaches the keychain, and the next launch uses it.
    app.send(Msg::SessionRenewed(renewed.clone())).await;
    let kept = app.sessions.load().expect("store").expect("session");
    assert_eq!(kept.refresh_token, Some(renewed.refresh_token));
    assert_eq!(app.relaunch().await, Some(Screen::Space));
}

#[tokio::test]
async fn a_failed_renewal_ends_at_sign_in_with_the_identifier_kept() {
    let app = spawn_app().await;
    app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    let token = app
        .sessions
        .load()
        .expect("store")
        .expect("session")
        .refresh_token
        .expect("kept open");
    // The session ends elsewhere (revoked), then the access token expires.
    let _: serde_json::Value = app
        .raw_post(
            "/v1/session/sign-out",
            &serde_json::json!({"refresh_token": token.expose()}),
        )
        .await;
    app.advance_clock(901).await;
    assert_eq!(
        app.send(Msg::Private(Private::Refresh(Section::Home)))
            .await,
        Some(Screen::SignIn)
    );
    let m = app.model();
    assert!(!m.is_signed_in());
    assert_eq!(m.sign_in.identifier, EXISTING_ID);
    assert!(m.sign_in.session_expired);
    drop(m);
    assert_eq!(stored(&app.sessions), None);
}

#[tokio::test]
async fn two_people_on_one_phone_see_nothing_of_each_other() {
    let app = spawn_app().await;
    // B: Amina, with her own password.
    let (b_id, _) = restricted(&app).await;
    let b_password = "un jardin sous la pluie d'automne";
    app.send(Msg::SignIn(sign_in::Event::Edit(
        sign_in::Field::NewPassword,
        b_password.into(),
    )))
    .await;
    assert_eq!(
        app.send(Msg::SignIn(sign_in::Event::Submit)).await,
        Some(Screen::Space)
    );
    app.send(Msg::SignOut).await;

    // A signs in, opens the space's data, signs out.
    app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    app.send(Msg::Private(Private::Refresh(Section::Home)))
        .await;
    let a = app.model().private.clone().expect("A signed in");
    let a_name = a.me.value().expect("A's data loaded").last_name.clone();
    assert_eq!(app.send(Msg::SignOut).await, Some(Screen::Welcome));

    let shown = format!("{:?}", *app.model());
    for secret in [EXISTING_ID, a_name.as_str(), EXISTING_PASSWORD] {
        assert!(
            !shown.contains(secret),
            "{secret} left in the model after sign-out"
        );
    }
    assert_eq!(stored(&app.sessions), None, "nothing of A in the keychain");

    // B signs in on the same phone: only B.
    let (_, shown) = app.sign_in(&b_id, b_password).await;
    assert_eq!(shown, Some(Screen::Space));
    app.send(Msg::Private(Private::Refresh(Section::Home)))
        .await;
    let model = format!("{:?}", *app.model());
    assert!(model.contains(&b_id));
    for secret in [EXISTING_ID, a_name.as_str()] {
        assert!(!model.contains(secret), "{secret} of A visible to B");
    }
    // The webview storage holds no personal data of either.
    for (key, value) in app.preferences.entries() {
        for secret in [EXISTING_ID, a_name.as_str(), b_id.as_str(), "Amina"] {
            assert!(!value.contains(secret), "{key} = {value} holds {secret}");
        }
    }
    assert_eq!(stored(&app.sessions).as_deref(), Some(b_id.as_str()));
}
