//! The sign-up wizard, step by step and error by error.

use super::*;
use crate::flows::sign_up::{Event, Field, Pending, SignUp, Step};
use crate::flows::{Destination, Effect, Request, Response, ResumeFlow, SendKey};
use chrono::Duration;
use macnss_api::validate::IdDocumentKind;
use macnss_api::{FieldError, ValidationError};

fn edit(f: &mut SignUp, field: Field, value: &str) {
    assert!(f.update(Event::Edit(field, value.into()), now()).is_empty());
}

fn insured_identity() -> SignUp {
    let mut f = SignUp::new();
    f.update(Event::ChooseKind(AccountKind::Insured), now());
    edit(&mut f, Field::DocumentNumber, "ab 123456");
    edit(&mut f, Field::ExpiryDay, "1");
    edit(&mut f, Field::ExpiryMonth, "6");
    edit(&mut f, Field::ExpiryYear, "2030");
    edit(&mut f, Field::BirthDay, "17");
    edit(&mut f, Field::BirthMonth, "05");
    edit(&mut f, Field::BirthYear, "1980");
    f
}

fn at_contact() -> SignUp {
    let mut f = insured_identity();
    f.update(Event::Submit, now());
    f.update(
        Event::Response(Ok(Response::SignupStarted(SignupStartResponse {
            signup_id: "su_1".into(),
            terms_version: "2026-01".into(),
            expires_in: 1800,
        }))),
        now(),
    );
    edit(&mut f, Field::Phone, "06 12 34 56 78");
    edit(&mut f, Field::Email, "amina@example.ma");
    f.update(Event::SetTermsAccepted(true), now());
    f
}

fn at_code() -> SignUp {
    let mut f = at_contact();
    f.update(Event::Submit, now());
    f.update(
        Event::Response(Ok(Response::CodeSent(code_sent(60)))),
        now(),
    );
    f
}

#[test]
fn it_starts_by_asking_for_the_account_type() {
    let f = SignUp::new();
    assert_eq!(f.step, Step::AccountType);
    assert_eq!(f.step.position(), (1, 5));
}

#[test]
fn choosing_insured_leads_to_the_identity_step() {
    let mut f = SignUp::new();
    assert!(
        f.update(Event::ChooseKind(AccountKind::Insured), now())
            .is_empty()
    );
    assert_eq!(f.step, Step::Identity);
    assert_eq!(f.values.kind, Some(AccountKind::Insured));
}

#[test]
fn a_valid_insured_identity_sends_one_start_request_with_iso_dates() {
    let mut f = insured_identity();
    let effects = f.update(Event::Submit, now());
    assert_eq!(
        effects,
        vec![Effect::Send(Request::SignupStart(
            SignupStartRequest::Insured {
                document_kind: IdDocumentKind::Cnie,
                document_number: "ab 123456".into(),
                document_expiry: "2030-06-01".into(),
                birth_date: "1980-05-17".into(),
            }
        ))]
    );
    assert_eq!(f.pending, Some(Pending::Start));
}

#[test]
fn a_double_tap_sends_only_one_request() {
    let mut f = insured_identity();
    assert_eq!(f.update(Event::Submit, now()).len(), 1);
    assert!(f.update(Event::Submit, now()).is_empty());
    assert!(
        f.update(Event::Back, now()).is_empty(),
        "back is ignored while a request runs"
    );
}

#[test]
fn a_dependant_identity_has_the_insured_number_and_no_expiry() {
    let mut f = SignUp::new();
    f.update(Event::ChooseKind(AccountKind::Dependant), now());
    f.update(Event::ChooseDocument(IdDocumentKind::Passport), now());
    edit(&mut f, Field::InsuredId, "123 456 789");
    edit(&mut f, Field::DocumentNumber, "AB1234567");
    edit(&mut f, Field::BirthDay, "3");
    edit(&mut f, Field::BirthMonth, "2");
    edit(&mut f, Field::BirthYear, "2010");
    let effects = f.update(Event::Submit, now());
    assert_eq!(
        effects,
        vec![Effect::Send(Request::SignupStart(
            SignupStartRequest::Dependant {
                insured_id: "123 456 789".into(),
                document_kind: IdDocumentKind::Passport,
                document_number: "AB1234567".into(),
                birth_date: "2010-02-03".into(),
            }
        ))]
    );
}

#[test]
fn invalid_identity_fields_are_all_reported_in_form_order_and_nothing_is_sent() {
    let mut f = SignUp::new();
    f.update(Event::ChooseKind(AccountKind::Insured), now());
    edit(&mut f, Field::DocumentNumber, "12");
    edit(&mut f, Field::ExpiryDay, "31");
    edit(&mut f, Field::ExpiryMonth, "02");
    edit(&mut f, Field::ExpiryYear, "2030");
    let effects = f.update(Event::Submit, now());
    assert!(effects.is_empty());
    assert_eq!(
        f.errors.fields,
        vec![
            FieldError::new("document_number", ValidationError::CnieFormat),
            FieldError::new("document_expiry", ValidationError::DateInvalid),
            FieldError::new("birth_date", ValidationError::Required),
        ]
    );
    assert_eq!(f.values.document_number, "12", "what was typed is kept");
    assert_eq!(f.pending, None);
}

#[test]
fn an_expired_card_is_refused_on_the_device_using_casablanca_today() {
    let mut f = insured_identity();
    edit(&mut f, Field::ExpiryDay, "26");
    edit(&mut f, Field::ExpiryMonth, "11");
    edit(&mut f, Field::ExpiryYear, "2026");
    // 23:30 UTC on the 26th is already the 27th in Casablanca.
    let late = Utc
        .with_ymd_and_hms(2026, 11, 26, 23, 30, 0)
        .single()
        .expect("instant");
    assert!(f.update(Event::Submit, late).is_empty());
    assert_eq!(
        f.errors.field("document_expiry"),
        Some(ValidationError::DocumentExpired)
    );
    // At 22:59 UTC it is still the 26th there: the card is valid.
    let earlier = Utc
        .with_ymd_and_hms(2026, 11, 26, 22, 59, 0)
        .single()
        .expect("instant");
    assert_eq!(f.update(Event::Submit, earlier).len(), 1);
}

#[test]
fn the_start_answer_leads_to_the_contact_step() {
    let f = at_contact();
    assert_eq!(f.step, Step::Contact);
    assert_eq!(f.signup_id.as_deref(), Some("su_1"));
    assert_eq!(f.terms_version.as_deref(), Some("2026-01"));
}

#[test]
fn contact_requires_the_terms_and_sends_the_accepted_version() {
    let mut f = at_contact();
    f.update(Event::SetTermsAccepted(false), now());
    assert!(f.update(Event::Submit, now()).is_empty());
    assert_eq!(
        f.errors.field("terms_accepted"),
        Some(ValidationError::TermsNotAccepted)
    );
    f.update(Event::SetTermsAccepted(true), now());
    let effects = f.update(Event::Submit, now());
    let [Effect::Send(Request::SignupContact(body, _key))] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(
        body,
        &SignupContactRequest {
            signup_id: "su_1".into(),
            phone: "06 12 34 56 78".into(),
            email: "amina@example.ma".into(),
            terms_accepted: true,
            terms_version: "2026-01".into(),
        }
    );
}

fn send_key(effects: &[Effect]) -> SendKey {
    match effects {
        [Effect::Send(Request::SignupContact(_, key) | Request::SignupResend(_, key))] => {
            key.clone()
        }
        other => panic!("expected one send, got {other:?}"),
    }
}

#[test]
fn a_retried_send_reuses_its_idempotency_key_and_a_new_send_gets_a_new_one() {
    let mut f = at_contact();
    let first = send_key(&f.update(Event::Submit, now()));
    f.update(Event::Response(Err(ApiError::Timeout)), now());
    let retry = send_key(&f.update(Event::Submit, now()));
    assert_eq!(
        first, retry,
        "a retry after a lost answer must not send a second SMS"
    );
    assert!(
        !first.0.contains("0612") && !first.0.contains("amina"),
        "no personal data in the key"
    );

    // Another number is another send.
    f.update(Event::Response(Err(ApiError::Timeout)), now());
    f.update(Event::Edit(Field::Phone, "0700112233".into()), now());
    let other_number = send_key(&f.update(Event::Submit, now()));
    assert_ne!(first, other_number);

    // After a success, a resend is a new send, and its retry shares its key.
    f.update(
        Event::Response(Ok(Response::CodeSent(code_sent(60)))),
        now(),
    );
    let later = now() + Duration::seconds(60);
    let resend = send_key(&f.update(Event::Resend, later));
    f.update(Event::Response(Err(ApiError::Offline)), later);
    assert_eq!(resend, send_key(&f.update(Event::Resend, later)));
    assert_ne!(resend, other_number);
}

#[test]
fn a_sent_code_opens_the_code_step_and_saves_a_resume_point_without_personal_data() {
    let mut f = at_contact();
    f.update(Event::Submit, now());
    let effects = f.update(
        Event::Response(Ok(Response::CodeSent(code_sent(60)))),
        now(),
    );
    assert_eq!(f.step, Step::Code);
    let [Effect::SaveResume(point)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(point.flow, ResumeFlow::SignUp);
    assert_eq!(point.transaction_id, "su_1");
    assert_eq!(point.masked_destination, "06 •• •• •• 78");
    assert_eq!(point.resend_at, now() + Duration::seconds(60));
    let json = serde_json::to_string(point).expect("serialise");
    assert!(!json.contains("123456") && !json.contains("amina") && !json.contains("0612"));
}

#[test]
fn resend_waits_for_the_cooldown_measured_from_absolute_deadlines() {
    let mut f = at_code();
    assert!(
        f.update(Event::Resend, now() + Duration::seconds(59))
            .is_empty()
    );
    assert_eq!(
        f.code_status
            .as_ref()
            .map(|s| s.resend_in(now() + Duration::seconds(59))),
        Some(1)
    );
    let effects = f.update(Event::Resend, now() + Duration::seconds(60));
    let [Effect::Send(Request::SignupResend(body, _))] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(
        body,
        &SignupResendRequest {
            signup_id: "su_1".into()
        }
    );
    assert_eq!(f.pending, Some(Pending::Resend));
}

#[test]
fn a_resend_too_soon_answer_moves_the_countdown_to_the_server_clock() {
    let mut f = at_code();
    let later = now() + Duration::seconds(60);
    f.update(Event::Resend, later);
    let refusal = ApiError::Problem(Problem::new(ErrorCode::ResendTooSoon).with_retry_after(30));
    f.update(Event::Response(Err(refusal)), later);
    assert_eq!(f.code_status.as_ref().map(|s| s.resend_in(later)), Some(30));
}

#[test]
fn change_number_goes_back_to_contact_with_everything_kept() {
    let mut f = at_code();
    edit(&mut f, Field::Code, "12");
    f.update(Event::ChangeNumber, now());
    assert_eq!(f.step, Step::Contact);
    assert_eq!(f.values.phone, "06 12 34 56 78");
    assert_eq!(f.values.email, "amina@example.ma");
}

#[test]
fn a_pasted_code_is_verified_and_success_shows_the_confirmation() {
    let mut f = at_code();
    edit(&mut f, Field::Code, " 123 456 ");
    let effects = f.update(Event::Submit, now());
    assert_eq!(
        effects,
        vec![Effect::Send(Request::SignupVerify(SignupVerifyRequest {
            signup_id: "su_1".into(),
            code: " 123 456 ".into(),
        }))]
    );
    let done = SignupCompleteResponse {
        masked_phone: "06 •• •• •• 78".into(),
        temporary_password_valid_hours: 72,
    };
    let effects = f.update(Event::Response(Ok(Response::SignupCompleted(done))), now());
    assert_eq!(effects, vec![Effect::ClearResume]);
    assert_eq!(f.step, Step::Confirmation);
    assert!(f.values.code.is_empty(), "the code is not kept once used");
}

#[test]
fn a_malformed_code_is_refused_before_sending() {
    let mut f = at_code();
    edit(&mut f, Field::Code, "12345");
    assert!(f.update(Event::Submit, now()).is_empty());
    assert_eq!(f.errors.field("code"), Some(ValidationError::CodeFormat));
}

#[test]
fn lets_go_leads_to_sign_in_and_a_missing_sms_leads_to_recovery() {
    let mut f = SignUp {
        step: Step::Confirmation,
        ..SignUp::new()
    };
    assert_eq!(
        f.update(Event::Start, now()),
        vec![Effect::Navigate(Destination::SignIn { identifier: None })]
    );
    assert_eq!(
        f.update(Event::SmsNeverArrived, now()),
        vec![Effect::Navigate(Destination::Recovery { identifier: None })]
    );
}

#[test]
fn back_walks_the_steps_backwards_keeping_every_value() {
    let mut f = at_contact();
    f.update(Event::Back, now());
    assert_eq!(f.step, Step::Identity);
    assert_eq!(f.values.document_number, "ab 123456");
    f.update(Event::Back, now());
    assert_eq!(f.step, Step::AccountType);
    assert_eq!(
        f.update(Event::Back, now()),
        vec![Effect::Navigate(Destination::Welcome)]
    );
    assert_eq!(f.values.birth.year, "1980");
}

#[test]
fn every_failure_keeps_the_step_and_the_values_and_allows_a_retry() {
    for error in every_failure() {
        if error.code() == Some(ErrorCode::TransactionExpired) {
            continue; // covered below
        }
        let mut f = at_contact();
        f.update(Event::Submit, now());
        f.update(Event::Response(Err(error.clone())), now());
        assert_eq!(f.step, Step::Contact, "{error:?}");
        assert_eq!(f.pending, None, "{error:?}");
        assert_eq!(f.values.phone, "06 12 34 56 78", "{error:?}");
        assert!(!f.errors.is_empty(), "{error:?} is shown");
        assert_eq!(
            f.update(Event::Submit, now()).len(),
            1,
            "retry after {error:?}"
        );
    }
}

#[test]
fn server_field_errors_are_shown_beside_their_fields() {
    let mut f = at_contact();
    f.update(Event::Submit, now());
    let refusal = ApiError::Problem(Problem::validation(vec![FieldError::new(
        "phone",
        ValidationError::PhoneFormat,
    )]));
    f.update(Event::Response(Err(refusal)), now());
    assert_eq!(f.errors.field("phone"), Some(ValidationError::PhoneFormat));
    assert_eq!(f.errors.failure, None);
}

#[test]
fn an_expired_sign_up_returns_to_the_identity_step_with_values_kept() {
    let mut f = at_code();
    edit(&mut f, Field::Code, "123456");
    f.update(Event::Submit, now());
    let effects = f.update(
        Event::Response(Err(problem(ErrorCode::TransactionExpired))),
        now(),
    );
    assert_eq!(effects, vec![Effect::ClearResume]);
    assert_eq!(f.step, Step::Identity);
    assert_eq!(f.signup_id, None);
    assert_eq!(f.values.document_number, "ab 123456");
    assert_eq!(
        f.errors.failure.as_ref().and_then(ApiError::code),
        Some(ErrorCode::TransactionExpired)
    );
}

#[test]
fn account_exists_offers_sign_in_and_recovery() {
    // Without that failure, neither way forward exists (another failure, or none).
    let mut f = insured_identity();
    assert!(f.update(Event::GoToSignIn, now()).is_empty());
    assert!(f.update(Event::GoToRecovery, now()).is_empty());
    f.update(Event::Submit, now());
    f.update(Event::Response(Err(ApiError::Offline)), now());
    assert!(!f.account_exists());
    assert!(f.update(Event::GoToSignIn, now()).is_empty());
    let mut f = insured_identity();
    f.update(Event::Submit, now());
    f.update(
        Event::Response(Err(problem(ErrorCode::AccountExists))),
        now(),
    );
    assert_eq!(f.step, Step::Identity);
    assert!(f.account_exists());
    assert_eq!(
        f.update(Event::GoToSignIn, now()),
        vec![Effect::Navigate(Destination::SignIn { identifier: None })]
    );
    assert_eq!(
        f.update(Event::GoToRecovery, now()),
        vec![Effect::Navigate(Destination::Recovery { identifier: None })]
    );
}

#[test]
fn a_late_answer_with_nothing_pending_changes_nothing() {
    let mut f = at_contact();
    let before = f.clone();
    assert!(
        f.update(Event::Response(Ok(Response::Done)), now())
            .is_empty()
    );
    assert_eq!(f, before);
}

#[test]
fn an_answer_of_the_wrong_kind_is_reported_as_a_service_failure() {
    let mut f = insured_identity();
    f.update(Event::Submit, now());
    f.update(Event::Response(Ok(Response::Done)), now());
    assert_eq!(
        f.errors.failure,
        Some(ApiError::Unavailable { status: 200 })
    );
    assert_eq!(f.step, Step::Identity);
}

#[test]
fn a_resumed_sign_up_reopens_the_code_step_until_the_code_expires() {
    let mut f = at_contact();
    f.update(Event::Submit, now());
    let effects = f.update(
        Event::Response(Ok(Response::CodeSent(code_sent(60)))),
        now(),
    );
    let [Effect::SaveResume(point)] = effects.as_slice() else {
        panic!()
    };
    let resumed = SignUp::resumed(point, now() + Duration::seconds(300)).expect("resumed");
    assert_eq!(resumed.step, Step::Code);
    assert_eq!(resumed.signup_id.as_deref(), Some("su_1"));
    assert!(SignUp::resumed(point, now() + Duration::seconds(600)).is_none());
}

#[test]
fn retry_after_a_failed_resend_repeats_the_resend_not_a_verification() {
    let mut f = at_code();
    let later = now() + Duration::seconds(60);
    let resend = f.update(Event::Resend, later);
    let key = send_key(&resend);
    f.update(Event::Response(Err(ApiError::Offline)), later);
    // The code field is empty: a retry that verified would send an empty code.
    assert_eq!(f.values.code, "");
    let retried = f.update(Event::Retry, later);
    assert_eq!(
        retried, resend,
        "the same request, with the same idempotency key"
    );
    assert_eq!(send_key(&retried), key);
    assert_eq!(f.pending, Some(Pending::Resend));
}

#[test]
fn retry_repeats_each_kind_of_request_that_failed() {
    // Start, contact and verify: each retry is the request that failed.
    let mut f = insured_identity();
    let start = f.update(Event::Submit, now());
    f.update(Event::Response(Err(ApiError::Timeout)), now());
    assert_eq!(f.update(Event::Retry, now()), start);
    assert_eq!(f.pending, Some(Pending::Start));

    let mut f = at_contact();
    let contact = f.update(Event::Submit, now());
    f.update(
        Event::Response(Err(ApiError::Unavailable { status: 503 })),
        now(),
    );
    assert_eq!(f.update(Event::Retry, now()), contact);

    let mut f = at_code();
    edit(&mut f, Field::Code, "123456");
    let verify = f.update(Event::Submit, now());
    f.update(Event::Response(Err(ApiError::Offline)), now());
    edit(&mut f, Field::Code, "");
    assert_eq!(f.update(Event::Retry, now()), verify);
}

#[test]
fn retry_does_nothing_after_a_refusal_or_a_success() {
    let mut f = at_code();
    edit(&mut f, Field::Code, "123456");
    f.update(Event::Submit, now());
    f.update(Event::Response(Err(problem(ErrorCode::CodeInvalid))), now());
    assert!(f.update(Event::Retry, now()).is_empty());
    assert_eq!(f.failed_request, None, "a refused request is not kept");

    let mut f = at_contact();
    f.update(Event::Submit, now());
    f.update(
        Event::Response(Ok(Response::CodeSent(code_sent(60)))),
        now(),
    );
    assert!(f.update(Event::Retry, now()).is_empty());
}

#[test]
fn a_resumed_code_step_counts_the_codes_already_sent_so_a_resend_is_a_new_send() {
    let mut f = at_contact();
    let first = send_key(&f.update(Event::Submit, now()));
    let effects = f.update(
        Event::Response(Ok(Response::CodeSent(code_sent(60)))),
        now(),
    );
    let [Effect::SaveResume(point)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(point.sends, 1);
    let later = now() + Duration::seconds(60);
    let mut resumed = SignUp::resumed(point, later).expect("resumed");
    assert_eq!(resumed.codes_sent, 1);
    let resend = send_key(&resumed.update(Event::Resend, later));
    // The same resend from the flow that was never killed.
    assert_eq!(resend, send_key(&f.update(Event::Resend, later)));
    assert_ne!(resend, first);
    // A key counted from zero would be the one of a send already made, replayed by the server.
    assert_ne!(resend, SendKey::new("su_1", 0, "resend"));
}

#[test]
fn a_resume_point_saved_before_sends_were_counted_reads_as_one_send() {
    let json = r#"{"flow":"sign_up","transaction_id":"su_1","masked_destination":"06","channel":"sms","code_expires_at":"2026-11-26T10:10:00Z","resend_at":"2026-11-26T10:01:00Z"}"#;
    let point: crate::flows::ResumePoint = serde_json::from_str(json).expect("old point");
    assert_eq!(point.sends, 1);
}
