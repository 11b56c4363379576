//! Sign-in with an existing account, refresh, and sign-out.

use super::*;

/// The demo account with a known password (crates/server/README.md).
pub const EXISTING_ID: &str = "678901234";
pub const EXISTING_PASSWORD: &str = "Tajine aux pruneaux 2026";

#[tokio::test]
async fn an_existing_account_signs_in_and_the_session_lands_in_the_store() {
    let app = spawn_app().await;
    let (f, shown) = app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    assert_eq!(shown, Some(Screen::Space), "{:?}", f.errors);
    assert_eq!(stored(&app.sessions).as_deref(), Some(EXISTING_ID));
    assert!(app.model().is_signed_in());
}

#[tokio::test]
async fn refresh_rotates_the_tokens_and_sign_out_revokes_them() {
    let app = spawn_app().await;
    app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    let before = app.sessions.load().expect("store").expect("a session");
    // A renewal behind a request is kept by the model (the effect loop stores it).
    app.advance_clock(901).await;
    app.send(Msg::Private(macnss::flows::private::Event::Refresh(
        macnss::flows::private::Section::Home,
    )))
    .await;
    let after = app.sessions.load().expect("store").expect("a session");
    assert_ne!(
        after.refresh_token, before.refresh_token,
        "refresh tokens rotate"
    );

    assert_eq!(app.send(Msg::SignOut).await, Some(Screen::Welcome));
    assert_eq!(stored(&app.sessions), None, "sign-out clears the keychain");
    let again = api(&app)
        .refresh(after.refresh_token.expect("kept open"))
        .await;
    assert_eq!(
        again.err().and_then(|e| e.code()),
        Some(macnss_api::ErrorCode::SessionExpired),
        "and the server revoked the session"
    );
}

#[tokio::test]
async fn parallel_refreshes_share_one_request() {
    let app = spawn_app().await;
    app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    let token = app
        .sessions
        .load()
        .expect("store")
        .expect("a session")
        .refresh_token
        .expect("kept open");
    let (a, b) = tokio::join!(
        api(&app).refresh(token.clone()),
        api(&app).refresh(token.clone())
    );
    // Had both been sent, the second would reuse a rotated token and revoke the session.
    let (a, b) = (
        a.expect("first refresh"),
        b.expect("second shares the first"),
    );
    assert_eq!(a.refresh_token, b.refresh_token);
}

#[tokio::test]
async fn sign_out_clears_the_keychain_even_when_the_server_is_unreachable() {
    let app = spawn_app().await;
    app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    assert!(stored(&app.sessions).is_some());
    let TestApp {
        server,
        services,
        sessions,
        device,
        ..
    } = app;
    server.shutdown().await;
    services.run(&device, Msg::SignOut).await;
    assert_eq!(stored(&sessions), None);
    assert!(!device.model.borrow().is_signed_in());
    assert_eq!(device.screens.borrow().last(), Some(&Screen::Welcome));
}
