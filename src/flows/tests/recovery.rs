//! «Mot de passe oublié» from the identifier to the new password.

use super::*;
use crate::flows::recovery::{Event, Field, Pending, Recovery, Step};
use crate::flows::{Destination, Effect, Request, Response, ResumeFlow};
use chrono::Duration;
use macnss_api::{FieldError, ValidationError};

/// The body of the one send among `effects`.
fn recovery_send(effects: &[Effect]) -> RecoverySendRequest {
    match effects {
        [Effect::Send(Request::RecoverySend(body, _))] => body.clone(),
        other => panic!("expected one send, got {other:?}"),
    }
}

fn channels() -> RecoveryStartResponse {
    RecoveryStartResponse {
        recovery_id: "rc_1".into(),
        channels: vec![
            RecoveryChannel {
                channel: Channel::Sms,
                masked_destination: "06 •• •• •• 78".into(),
            },
            RecoveryChannel {
                channel: Channel::Email,
                masked_destination: "a•••@example.ma".into(),
            },
        ],
        expires_in: 1800,
    }
}

fn at_channel() -> Recovery {
    let mut f = Recovery::new(Some("123456789".into()));
    f.update(Event::Submit, now());
    f.update(
        Event::Response(Ok(Response::RecoveryStarted(channels()))),
        now(),
    );
    f
}

fn at_code(channel: Channel) -> Recovery {
    let mut f = at_channel();
    f.update(Event::ChooseChannel(channel), now());
    f.update(Event::Submit, now());
    f.update(
        Event::Response(Ok(Response::CodeSent(code_sent(60)))),
        now(),
    );
    f
}

fn at_new_password() -> Recovery {
    let mut f = at_code(Channel::Sms);
    f.update(Event::Edit(Field::Code, "123456".into()), now());
    f.update(Event::Submit, now());
    f.update(
        Event::Response(Ok(Response::RecoveryVerified(RecoveryVerifiedResponse {
            reset_token: Token::new("reset"),
        }))),
        now(),
    );
    f
}

#[test]
fn it_accepts_an_identifier_or_a_cnie_and_refuses_anything_else() {
    let mut f = Recovery::new(None);
    f.update(Event::Edit(Field::Identifier, "ab123456".into()), now());
    assert_eq!(
        f.update(Event::Submit, now()),
        vec![Effect::Send(Request::RecoveryStart(RecoveryStartRequest {
            identifier: "ab123456".into()
        }))]
    );
    let mut bad = Recovery::new(Some("??".into()));
    assert!(bad.update(Event::Submit, now()).is_empty());
    assert_eq!(
        bad.errors.field("identifier"),
        Some(ValidationError::AccountIdFormat)
    );
}

#[test]
fn the_masked_channels_are_offered_with_sms_preselected() {
    let f = at_channel();
    assert_eq!(f.step, Step::Channel);
    assert_eq!(f.channels.len(), 2);
    assert_eq!(f.channel, Some(Channel::Sms));
}

#[test]
fn choosing_email_sends_the_code_by_email_and_saves_a_resume_point() {
    let mut f = at_channel();
    f.update(Event::ChooseChannel(Channel::Email), now());
    assert_eq!(
        recovery_send(&f.update(Event::Submit, now())),
        RecoverySendRequest {
            recovery_id: "rc_1".into(),
            channel: Channel::Email,
        }
    );
    let effects = f.update(
        Event::Response(Ok(Response::CodeSent(code_sent(60)))),
        now(),
    );
    let [Effect::SaveResume(point)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(point.flow, ResumeFlow::Recovery);
    assert_eq!(f.step, Step::Code);
}

#[test]
fn resend_uses_the_same_channel_after_the_cooldown() {
    let mut f = at_code(Channel::Email);
    assert!(f.update(Event::Resend, now()).is_empty());
    assert_eq!(
        recovery_send(&f.update(Event::Resend, now() + Duration::seconds(60))),
        RecoverySendRequest {
            recovery_id: "rc_1".into(),
            channel: Channel::Email,
        }
    );
    assert_eq!(f.pending, Some(Pending::Send));
}

#[test]
fn change_channel_goes_back_to_the_choice() {
    let mut f = at_code(Channel::Sms);
    f.update(Event::ChangeChannel, now());
    assert_eq!(f.step, Step::Channel);
}

#[test]
fn a_verified_code_leads_to_the_new_password_and_drops_the_resume_point() {
    let mut f = at_code(Channel::Sms);
    f.update(Event::Edit(Field::Code, "١٢٣٤٥٦".into()), now());
    assert_eq!(f.update(Event::Submit, now()).len(), 1);
    let effects = f.update(
        Event::Response(Ok(Response::RecoveryVerified(RecoveryVerifiedResponse {
            reset_token: Token::new("reset"),
        }))),
        now(),
    );
    assert_eq!(effects, vec![Effect::ClearResume]);
    assert_eq!(f.step, Step::NewPassword);
}

#[test]
fn the_new_password_follows_the_policy_then_completes_the_reset() {
    let mut f = at_new_password();
    f.update(Event::Edit(Field::NewPassword, "short".into()), now());
    assert!(f.update(Event::Submit, now()).is_empty());
    assert_eq!(
        f.errors.field("new_password"),
        Some(ValidationError::PasswordTooShort)
    );
    f.update(
        Event::Edit(Field::NewPassword, "un jardin sous la pluie".into()),
        now(),
    );
    assert_eq!(
        f.update(Event::Submit, now()),
        vec![Effect::Send(Request::RecoveryComplete(
            RecoveryCompleteRequest {
                reset_token: Token::new("reset"),
                new_password: "un jardin sous la pluie".into(),
            }
        ))]
    );
    f.update(Event::Response(Ok(Response::Done)), now());
    assert_eq!(f.step, Step::Done);
    assert_eq!(
        f.update(Event::GoToSignIn, now()),
        vec![Effect::Navigate(Destination::SignIn {
            identifier: Some("123456789".into())
        })]
    );
}

#[test]
fn a_cnie_is_never_prefilled_as_a_sign_in_identifier() {
    let mut f = Recovery::new(Some("AB123456".into()));
    assert_eq!(
        f.update(Event::Back, now()),
        vec![Effect::Navigate(Destination::SignIn { identifier: None })]
    );
}

#[test]
fn a_wrong_code_keeps_the_step_and_shows_the_attempts_left() {
    let mut f = at_code(Channel::Sms);
    f.update(Event::Edit(Field::Code, "000000".into()), now());
    f.update(Event::Submit, now());
    let refusal =
        ApiError::Problem(Problem::new(ErrorCode::CodeInvalid).with_attempts_remaining(4));
    f.update(Event::Response(Err(refusal.clone())), now());
    assert_eq!(f.step, Step::Code);
    assert_eq!(f.errors.failure, Some(refusal));
    assert_eq!(f.code, "000000");
}

#[test]
fn an_expired_recovery_starts_again_with_the_identifier_kept() {
    let mut f = at_code(Channel::Sms);
    f.update(Event::Edit(Field::Code, "123456".into()), now());
    f.update(Event::Submit, now());
    let effects = f.update(
        Event::Response(Err(problem(ErrorCode::TransactionExpired))),
        now(),
    );
    assert_eq!(effects, vec![Effect::ClearResume]);
    assert_eq!(f.step, Step::Identifier);
    assert_eq!(f.identifier, "123456789");
}

#[test]
fn every_failure_at_every_step_keeps_the_step_and_allows_a_retry() {
    for error in every_failure() {
        if error.code() == Some(ErrorCode::TransactionExpired) {
            continue;
        }
        let mut f = at_channel();
        f.update(Event::Submit, now());
        f.update(Event::Response(Err(error.clone())), now());
        assert_eq!(f.step, Step::Channel, "{error:?}");
        assert!(!f.errors.is_empty(), "{error:?}");
        assert_eq!(f.update(Event::Submit, now()).len(), 1, "{error:?}");
    }
}

#[test]
fn the_server_refusing_the_new_password_shows_it_by_the_field() {
    let mut f = at_new_password();
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
}

#[test]
fn a_resumed_recovery_reopens_the_code_step() {
    let mut f = at_channel();
    f.update(Event::Submit, now());
    let effects = f.update(
        Event::Response(Ok(Response::CodeSent(code_sent(60)))),
        now(),
    );
    let [Effect::SaveResume(point)] = effects.as_slice() else {
        panic!()
    };
    let r = Recovery::resumed(point, now() + Duration::seconds(120)).expect("resumed");
    assert_eq!(r.step, Step::Code);
    assert_eq!(r.recovery_id.as_deref(), Some("rc_1"));
    // The resumed step can resend on the same channel once the cooldown is over.
    let mut r = r;
    assert_eq!(
        recovery_send(&r.update(Event::Resend, now() + Duration::seconds(120))),
        RecoverySendRequest {
            recovery_id: "rc_1".into(),
            channel: Channel::Sms,
        }
    );
}

fn send_key_of(effects: &[Effect]) -> crate::flows::SendKey {
    match effects {
        [Effect::Send(Request::RecoverySend(_, key))] => key.clone(),
        other => panic!("expected one send, got {other:?}"),
    }
}

#[test]
fn a_resumed_recovery_resend_is_a_new_send_not_a_replay() {
    let mut f = at_channel();
    let first = send_key_of(&f.update(Event::Submit, now()));
    let effects = f.update(
        Event::Response(Ok(Response::CodeSent(code_sent(60)))),
        now(),
    );
    let [Effect::SaveResume(point)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(point.sends, 1);
    let later = now() + Duration::seconds(120);
    let mut r = Recovery::resumed(point, later).expect("resumed");
    let resend = send_key_of(&r.update(Event::Resend, later));
    assert_ne!(
        resend, first,
        "a resend must not reuse the first send's key"
    );
    assert_eq!(resend, send_key_of(&f.update(Event::Resend, later)));
}

#[test]
fn retry_after_a_failed_resend_repeats_the_resend() {
    let mut f = at_code(Channel::Email);
    let later = now() + Duration::seconds(60);
    let resend = f.update(Event::Resend, later);
    f.update(Event::Response(Err(ApiError::Timeout)), later);
    assert_eq!(f.code, "");
    assert_eq!(f.update(Event::Retry, later), resend);
}

#[test]
fn retry_repeats_the_verification_and_the_new_password_that_failed() {
    let mut f = at_code(Channel::Sms);
    f.update(Event::Edit(Field::Code, "123456".into()), now());
    let verify = f.update(Event::Submit, now());
    f.update(Event::Response(Err(ApiError::Offline)), now());
    assert_eq!(f.update(Event::Retry, now()), verify);

    let mut f = at_new_password();
    f.update(
        Event::Edit(Field::NewPassword, "une phrase facile".into()),
        now(),
    );
    let complete = f.update(Event::Submit, now());
    f.update(
        Event::Response(Err(ApiError::Unavailable { status: 502 })),
        now(),
    );
    assert_eq!(f.update(Event::Retry, now()), complete);
    // A refusal is not retried.
    f.update(
        Event::Response(Err(problem(ErrorCode::PasswordTooWeak))),
        now(),
    );
    assert!(f.update(Event::Retry, now()).is_empty());
}
