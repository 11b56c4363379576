//! Sign-in with an existing account, refresh, and sign-out.

use super::*;
use macnss::flows::session::{self, Session};
use macnss_api::types::Token;

/// The demo account with a known password (crates/server/README.md).
pub const EXISTING_ID: &str = "678901234";
pub const EXISTING_PASSWORD: &str = "Tajine aux pruneaux 2026";

#[tokio::test]
async fn an_existing_account_signs_in_and_the_session_lands_in_the_store() {
    let app = spawn_app().await;
    let (f, d) = app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    assert_eq!(d, Some(Destination::PrivateSpace), "{:?}", f.errors);
    assert_eq!(stored(&app.sessions).as_deref(), Some(EXISTING_ID));
}

#[tokio::test]
async fn refresh_rotates_the_tokens_and_sign_out_revokes_them() {
    let app = spawn_app().await;
    app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    let stored_session = app.sessions.load().expect("store").expect("a session");
    let refreshed = api(&app)
        .refresh(stored_session.refresh_token.clone())
        .await
        .expect("refresh works");
    assert_ne!(
        refreshed.refresh_token, stored_session.refresh_token,
        "refresh tokens rotate"
    );

    let mut s = Session::default();
    s.update(session::Event::SignedIn(refreshed.clone()));
    for effect in s.update(session::Event::SignOut) {
        app.services.run(effect).await;
    }
    assert_eq!(stored(&app.sessions), None, "sign-out clears the keychain");
    let again = api(&app).refresh(refreshed.refresh_token).await;
    assert_eq!(
        again.err().and_then(|e| e.code()),
        Some(macnss_api::ErrorCode::SessionExpired)
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
        .refresh_token;
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
    let token = app
        .sessions
        .load()
        .expect("store")
        .expect("a session")
        .refresh_token;
    let TestApp {
        server,
        services,
        sessions,
        ..
    } = app;
    server.shutdown().await;
    let mut s = Session::default();
    s.update(session::Event::SignedIn(
        macnss_api::types::SessionResponse {
            access_token: Token::new("a"),
            refresh_token: token,
            access_expires_in: 900,
            password_change_required: false,
            profile: macnss_api::types::Profile {
                account_id: EXISTING_ID.into(),
                kind: AccountKind::Insured,
                first_name: String::new(),
                last_name: String::new(),
                regime: None,
                insured_id: None,
            },
        },
    ));
    for effect in s.update(session::Event::SignOut) {
        services.run(effect).await;
    }
    assert_eq!(stored(&sessions), None);
}
