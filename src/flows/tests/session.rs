//! The signed-in session: sign-out and expiry.

use super::*;
use crate::flows::session::{Event, Session};
use crate::flows::{Destination, Effect, Request};

#[test]
fn sign_out_clears_the_keychain_first_then_tells_the_server() {
    let mut s = Session::default();
    s.update(Event::SignedIn(session(false)));
    assert!(s.is_signed_in());
    let effects = s.update(Event::SignOut);
    assert_eq!(
        effects,
        vec![
            Effect::ClearSession,
            Effect::Send(Request::SignOut(SignOutRequest {
                refresh_token: Token::new("refresh")
            })),
            Effect::Navigate(Destination::Welcome),
        ]
    );
    assert!(!s.is_signed_in());
}

#[test]
fn signing_out_twice_sends_nothing_the_second_time() {
    let mut s = Session::default();
    s.update(Event::SignedIn(session(false)));
    s.update(Event::SignOut);
    assert_eq!(
        s.update(Event::SignOut),
        vec![Effect::ClearSession, Effect::Navigate(Destination::Welcome)]
    );
}

#[test]
fn an_expired_session_goes_back_to_sign_in_with_the_identifier_kept() {
    let mut s = Session::default();
    s.update(Event::SignedIn(session(false)));
    assert_eq!(
        s.update(Event::Expired),
        vec![
            Effect::ClearSession,
            Effect::Navigate(Destination::SignIn {
                identifier: Some("123456789".into())
            })
        ]
    );
}
