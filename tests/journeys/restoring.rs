//! Launching the app with a session in the keychain: the model's launch path, through the
//! app's effect loop.

use super::signing_in::{EXISTING_ID, EXISTING_PASSWORD};
use super::*;
use macnss::services::preferences::INSTALLED_KEY;
use macnss::services::session_store::StoredSession;
use macnss_api::types::Token;

fn installed(app: &TestApp) {
    app.services.preferences.set(INSTALLED_KEY, "1");
}

#[tokio::test]
async fn a_live_session_is_restored_with_fresh_tokens_and_opens_the_private_space() {
    let mut app = spawn_app().await;
    installed(&app);
    app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    let before = app.sessions.load().expect("store").expect("session");
    assert_eq!(app.relaunch().await, Some(Screen::Space));
    assert!(app.model().is_signed_in());
    let after = app.sessions.load().expect("store").expect("session");
    assert_eq!(after.account_id, EXISTING_ID);
    assert_ne!(
        before.refresh_token, after.refresh_token,
        "the rotated refresh token replaces the old one in the keychain"
    );
    // And that stored token is the live one: the next launch works too.
    assert_eq!(app.relaunch().await, Some(Screen::Space));
}

#[tokio::test]
async fn a_revoked_session_is_cleared_and_the_identifier_kept_for_sign_in() {
    let mut app = spawn_app().await;
    installed(&app);
    let stale = StoredSession::open(EXISTING_ID.into(), Token::new("revoked-or-unknown"));
    app.sessions.save(&stale).expect("save");
    assert_eq!(app.relaunch().await, Some(Screen::SignIn));
    assert_eq!(stored(&app.sessions), None);
    let m = app.model();
    assert_eq!(m.sign_in.identifier, EXISTING_ID);
    assert!(m.sign_in.session_expired);
    assert_eq!(m.guard(&Screen::Space), Some(Screen::SignIn));
}

#[tokio::test]
async fn an_unreachable_server_at_launch_never_deletes_the_tokens() {
    let app = spawn_app().await;
    installed(&app);
    app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    let TestApp {
        server,
        services,
        sessions,
        ..
    } = app;
    server.shutdown().await;
    let device = Device::new(&services, macnss_server::clock::Clock::default());
    services.api.set_session(None);
    services.run(&device, Msg::Launch).await;
    assert_eq!(
        stored(&sessions).as_deref(),
        Some(EXISTING_ID),
        "tokens kept for the next launch"
    );
    let m = device.model.borrow();
    assert!(!m.is_signed_in());
    assert_eq!(m.sign_in.identifier, EXISTING_ID);
}

#[tokio::test]
async fn the_first_launch_after_install_clears_a_stale_keychain_item() {
    let mut app = spawn_app().await;
    let stale = StoredSession::open(EXISTING_ID.into(), Token::new("from-a-previous-install"));
    app.sessions.save(&stale).expect("save");
    // A reinstall: the app's storage is wiped, the keychain item survives.
    app.services.preferences.remove(INSTALLED_KEY);
    assert_eq!(app.relaunch().await, None);
    assert_eq!(stored(&app.sessions), None);
    assert!(app.services.preferences.get(INSTALLED_KEY).is_some());
}
