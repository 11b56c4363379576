//! The session store against the real Secret Service (gnome-keyring), as on a Linux desktop.
//! `scripts/with-secret-service` provides one; without it the test skips, except under
//! `CI=true`, where a missing Secret Service is a failure.

#![cfg(target_os = "linux")]

use macnss::services::session_store::{
    KeychainStore, SessionStore, StoredSession, install_platform_store,
};
use macnss_api::types::Token;

fn secret_service_expected() -> bool {
    std::env::var_os("MACNSS_SECRET_SERVICE").is_some()
        || std::env::var("CI").is_ok_and(|v| v == "true")
}

#[test]
fn a_session_is_stored_read_back_and_deleted_in_the_secret_service() {
    if let Err(e) = install_platform_store() {
        assert!(
            !secret_service_expected(),
            "no Secret Service although one is expected: {e}"
        );
        eprintln!("skipped: no Secret Service ({e}); run under scripts/with-secret-service");
        return;
    }
    // A service name of its own so the test never touches a real session.
    let store = KeychainStore::new(format!("ma.cnss.macnss.test.{}", std::process::id()));
    let session = StoredSession::open("123456789".into(), Token::new("refresh-token-canary-7f3a"));
    store.clear().expect("clearing an absent session succeeds");
    assert_eq!(store.load().expect("load"), None);

    store.save(&session).expect("save");
    assert_eq!(store.load().expect("load"), Some(session.clone()));

    store.clear().expect("clear");
    assert_eq!(store.load().expect("load after clear"), None);
    store.clear().expect("clearing twice succeeds");
}

#[test]
fn the_stored_session_never_shows_its_token_in_debug_output() {
    let session = StoredSession::open("123456789".into(), Token::new("secret-xyz"));
    assert!(!format!("{session:?}").contains("secret-xyz"));
}
