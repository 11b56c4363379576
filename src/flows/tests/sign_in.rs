//! Sign-in, the forced change of a temporary password, and their failures.

use super::*;
use crate::flows::sign_in::{Event, Field, SignIn, Step};
use crate::flows::{Destination, Effect, Request, Response};
use chrono::Duration;
use macnss_api::{FieldError, ValidationError};

fn filled() -> SignIn {
    let mut f = SignIn::new(None);
    f.update(Event::Edit(Field::Identifier, "123456789".into()), now());
    f.update(Event::Edit(Field::Password, "temporary-pw".into()), now());
    f
}

#[test]
fn valid_credentials_send_one_sign_in_request() {
    let mut f = filled();
    let effects = f.update(Event::Submit, now());
    assert_eq!(
        effects,
        vec![Effect::Send(Request::SignIn(SignInRequest {
            identifier: "123456789".into(),
            password: "temporary-pw".into(),
            device: None,
        }))]
    );
    assert!(f.pending);
    assert!(
        f.update(Event::Submit, now()).is_empty(),
        "no second request while one runs"
    );
}

#[test]
fn an_empty_or_malformed_identifier_is_refused_before_sending() {
    let mut f = SignIn::new(None);
    assert!(f.update(Event::Submit, now()).is_empty());
    assert_eq!(
        f.errors.fields,
        vec![
            FieldError::new("identifier", ValidationError::Required),
            FieldError::new("password", ValidationError::Required),
        ]
    );
    f.update(Event::Edit(Field::Identifier, "12AB".into()), now());
    f.update(Event::Submit, now());
    assert_eq!(
        f.errors.field("identifier"),
        Some(ValidationError::AccountIdFormat)
    );
}

#[test]
fn a_normal_session_is_stored_and_opens_the_private_space() {
    let mut f = filled();
    f.update(Event::Submit, now());
    let effects = f.update(
        Event::Response(Ok(Response::Session(session(false)))),
        now(),
    );
    assert_eq!(
        effects,
        vec![
            Effect::StoreSession(session(false)),
            Effect::Navigate(Destination::PrivateSpace)
        ]
    );
    assert!(
        f.password.is_empty(),
        "the password does not stay in memory"
    );
}

#[test]
fn a_temporary_password_session_must_choose_a_new_password_first() {
    let mut f = filled();
    f.update(Event::Submit, now());
    let effects = f.update(Event::Response(Ok(Response::Session(session(true)))), now());
    assert_eq!(effects, vec![Effect::StoreSession(session(true))]);
    assert_eq!(f.step, Step::ChangePassword);

    f.update(Event::Edit(Field::NewPassword, "azerty123".into()), now());
    assert!(f.update(Event::Submit, now()).is_empty());
    assert_eq!(
        f.errors.field("new_password"),
        Some(ValidationError::PasswordCommon)
    );

    f.update(Event::Edit(Field::NewPassword, "x123456789y".into()), now());
    assert!(f.update(Event::Submit, now()).is_empty());
    assert_eq!(
        f.errors.field("new_password"),
        Some(ValidationError::PasswordContainsIdentifier)
    );

    f.update(
        Event::Edit(Field::NewPassword, "un jardin sous la pluie".into()),
        now(),
    );
    assert_eq!(
        f.update(Event::Submit, now()),
        vec![Effect::Send(Request::ChangePassword(
            ChangePasswordRequest {
                current_password: "temporary-pw".into(),
                new_password: "un jardin sous la pluie".into(),
            }
        ))]
    );
    let effects = f.update(
        Event::Response(Ok(Response::Session(session(false)))),
        now(),
    );
    assert_eq!(
        effects,
        vec![
            Effect::StoreSession(session(false)),
            Effect::Navigate(Destination::PrivateSpace)
        ]
    );
    assert!(f.password.is_empty() && f.new_password.is_empty());
}

#[test]
fn leaving_the_change_password_step_drops_the_restricted_session() {
    let mut f = filled();
    f.update(Event::Submit, now());
    f.update(Event::Response(Ok(Response::Session(session(true)))), now());
    assert_eq!(f.update(Event::Back, now()), vec![Effect::ClearSession]);
    assert_eq!(f.step, Step::Credentials);
    assert_eq!(f.identifier, "123456789");
}

#[test]
fn the_server_refusing_the_new_password_shows_it_by_the_field() {
    let mut f = filled();
    f.update(Event::Submit, now());
    f.update(Event::Response(Ok(Response::Session(session(true)))), now());
    f.update(
        Event::Edit(Field::NewPassword, "unusual but leaked".into()),
        now(),
    );
    f.update(Event::Submit, now());
    let refusal = ApiError::Problem(Problem::new(ErrorCode::PasswordTooWeak).with_errors(vec![
        FieldError::new("new_password", ValidationError::PasswordCommon),
    ]));
    f.update(Event::Response(Err(refusal)), now());
    assert_eq!(
        f.errors.field("new_password"),
        Some(ValidationError::PasswordCommon)
    );
    assert_eq!(f.step, Step::ChangePassword);
}

#[test]
fn wrong_credentials_keep_the_identifier_and_clear_the_password() {
    let mut f = filled();
    f.update(Event::Submit, now());
    f.update(
        Event::Response(Err(problem(ErrorCode::InvalidCredentials))),
        now(),
    );
    assert_eq!(f.identifier, "123456789");
    assert!(f.password.is_empty());
    assert_eq!(
        f.errors.failure.as_ref().and_then(ApiError::code),
        Some(ErrorCode::InvalidCredentials)
    );
}

#[test]
fn network_failures_keep_everything_typed_and_allow_a_retry() {
    for error in [
        ApiError::Offline,
        ApiError::Timeout,
        ApiError::Unavailable { status: 502 },
    ] {
        let mut f = filled();
        f.update(Event::Submit, now());
        f.update(Event::Response(Err(error.clone())), now());
        assert_eq!(f.password, "temporary-pw", "{error:?}");
        assert_eq!(f.update(Event::Submit, now()).len(), 1, "{error:?}");
    }
}

#[test]
fn slow_down_blocks_new_attempts_until_the_server_says() {
    let mut f = filled();
    f.update(Event::Submit, now());
    let refusal = ApiError::Problem(Problem::new(ErrorCode::SlowDown).with_retry_after(30));
    f.update(Event::Response(Err(refusal)), now());
    f.update(Event::Edit(Field::Password, "again".into()), now());
    assert_eq!(f.wait_seconds(now() + Duration::seconds(10)), 20);
    assert!(
        f.update(Event::Submit, now() + Duration::seconds(29))
            .is_empty()
    );
    assert_eq!(
        f.update(Event::Submit, now() + Duration::seconds(30)).len(),
        1
    );
}

#[test]
fn forgot_password_carries_the_typed_identifier() {
    let mut f = filled();
    assert_eq!(
        f.update(Event::ForgotPassword, now()),
        vec![Effect::Navigate(Destination::Recovery {
            identifier: Some("123456789".into())
        })]
    );
    let mut empty = SignIn::new(None);
    assert_eq!(
        empty.update(Event::ForgotPassword, now()),
        vec![Effect::Navigate(Destination::Recovery { identifier: None })]
    );
}

#[test]
fn after_an_expired_session_the_identifier_is_kept_and_a_notice_shown() {
    let f = SignIn::after_session_expired("123456789".into());
    assert_eq!(f.identifier, "123456789");
    assert!(f.session_expired);
    assert_eq!(f.step, Step::Credentials);
}

#[test]
fn every_error_code_is_shown_and_leaves_the_form_usable() {
    for error in every_failure() {
        let mut f = filled();
        f.update(Event::Submit, now());
        f.update(Event::Response(Err(error.clone())), now());
        assert!(!f.pending, "{error:?}");
        assert!(!f.errors.is_empty(), "{error:?} is shown");
        assert_eq!(f.identifier, "123456789", "{error:?}");
    }
}

#[test]
fn show_password_toggles_even_while_a_request_runs() {
    let mut f = filled();
    f.update(Event::Submit, now());
    f.update(Event::ToggleShowPassword, now());
    assert!(f.show_password);
}

#[test]
fn retry_repeats_the_sign_in_or_the_change_that_failed() {
    let mut f = filled();
    let sign_in = f.update(Event::Submit, now());
    f.update(Event::Response(Err(ApiError::Timeout)), now());
    assert_eq!(f.update(Event::Retry, now()), sign_in);

    f.update(Event::Response(Ok(Response::Session(session(true)))), now());
    assert_eq!(f.step, Step::ChangePassword);
    f.update(
        Event::Edit(Field::NewPassword, "une phrase facile".into()),
        now(),
    );
    let change = f.update(Event::Submit, now());
    f.update(Event::Response(Err(ApiError::Offline)), now());
    assert_eq!(f.update(Event::Retry, now()), change);
}

#[test]
fn wrong_credentials_are_not_retried_and_the_password_is_not_kept() {
    let mut f = filled();
    f.update(Event::Submit, now());
    f.update(
        Event::Response(Err(problem(ErrorCode::InvalidCredentials))),
        now(),
    );
    assert!(f.update(Event::Retry, now()).is_empty());
    assert_eq!(f.failed_request, None);
    assert_eq!(f.password, "");
}
