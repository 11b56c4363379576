//! Launching the app with a session in the keychain.

use super::signing_in::{EXISTING_ID, EXISTING_PASSWORD};
use super::*;
use macnss::services::preferences::INSTALLED_KEY;
use macnss::services::runner::Restored;
use macnss::services::session_store::StoredSession;
use macnss_api::types::Token;

fn installed(app: &TestApp) {
    app.services.preferences.set(INSTALLED_KEY, "1");
}

#[tokio::test]
async fn a_live_session_is_restored_with_fresh_tokens() {
    let app = spawn_app().await;
    installed(&app);
    app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    let before = app
        .sessions
        .load()
        .expect("store")
        .expect("session")
        .refresh_token;
    match app.services.restore_session().await {
        Restored::SignedIn(s) => assert_eq!(s.profile.account_id, EXISTING_ID),
        other => panic!("expected a restored session, got {other:?}"),
    }
    let after = app
        .sessions
        .load()
        .expect("store")
        .expect("session")
        .refresh_token;
    assert_ne!(
        before, after,
        "the rotated refresh token replaces the old one in the keychain"
    );
}

#[tokio::test]
async fn a_revoked_session_is_cleared_and_the_identifier_kept_for_sign_in() {
    let app = spawn_app().await;
    installed(&app);
    let stale = StoredSession {
        account_id: EXISTING_ID.into(),
        refresh_token: Token::new("revoked-or-unknown"),
    };
    app.sessions.save(&stale).expect("save");
    assert_eq!(
        app.services.restore_session().await,
        Restored::Expired {
            account_id: EXISTING_ID.into()
        }
    );
    assert_eq!(stored(&app.sessions), None);
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
    assert_eq!(
        services.restore_session().await,
        Restored::Unreachable {
            account_id: EXISTING_ID.into()
        }
    );
    assert_eq!(
        stored(&sessions).as_deref(),
        Some(EXISTING_ID),
        "tokens kept for the next launch"
    );
}

#[tokio::test]
async fn the_first_launch_after_install_clears_a_stale_keychain_item() {
    let app = spawn_app().await;
    let stale = StoredSession {
        account_id: EXISTING_ID.into(),
        refresh_token: Token::new("from-a-previous-install"),
    };
    app.sessions.save(&stale).expect("save");
    assert_eq!(app.services.restore_session().await, Restored::SignedOut);
    assert_eq!(stored(&app.sessions), None);
    assert!(app.services.preferences.get(INSTALLED_KEY).is_some());
}
