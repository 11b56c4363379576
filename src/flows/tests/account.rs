//! «Mon compte» and the quick unlock: the forms (step-up, contact change, password, deletion,
//! revoking devices) inside the space, and the lock rules of the root model (background delay,
//! cold start, five wrong PINs, «Code oublié»).

use super::*;
use crate::flows::account::{
    ContactEvent, ContactField, ContactStep, DeletionEvent, DeletionStep, PasswordEvent,
    PasswordField,
};
use crate::flows::lock::{
    AutoLock, LockSettings, MAX_PIN_FAILURES, Pin, PinProblem, SetupEvent, UnlockEvent,
    UnlockOutcome, UnlockProblem,
};
use crate::flows::model::{Model, Msg, Restored, Screen, Start};
use crate::flows::private::{Event, Part, PrivateSpace, Revoking, Section};
use crate::flows::{Destination, Effect, Request, Response, StepUpFor, Target};
use crate::i18n::Lang;
use chrono::Duration;
use macnss_api::account::{AccountOverview, AccountStepUpResponse, SessionInfo};

fn space() -> PrivateSpace {
    PrivateSpace::open(&session(false), now()).expect("a full session")
}

fn id(c: char) -> String {
    c.to_string().repeat(43)
}

fn overview(sessions: &[(char, bool)]) -> AccountOverview {
    AccountOverview {
        phone: "06 •• •• •• 78".into(),
        email: "a•••@example.ma".into(),
        sessions: sessions
            .iter()
            .map(|(c, current)| SessionInfo {
                id: id(*c),
                device_name: Some("Pixel 8".into()),
                platform: Some(macnss_api::account::Platform::Android),
                app_version: Some("0.1.0".into()),
                signed_in_at: now(),
                last_used_at: now(),
                current: *current,
            })
            .collect(),
    }
}

fn step_up() -> Response {
    Response::AccountStepUp(AccountStepUpResponse {
        step_up_id: id('s'),
        expires_in: 600,
    })
}

fn answer(s: &mut PrivateSpace, part: Part, result: Result<Response, ApiError>) -> Vec<Effect> {
    s.update(Event::Response(part, result), now())
}

// ---------------------------------------------------------------------------------------------
// The overview and the devices

#[test]
fn the_account_loads_once_when_its_screens_open() {
    let mut s = space();
    assert_eq!(
        s.update(Event::Opened(Section::Account), now()),
        vec![Effect::Send(Request::Account)]
    );
    assert!(s.update(Event::Opened(Section::Account), now()).is_empty());
    answer(
        &mut s,
        Part::Account,
        Ok(Response::Account(overview(&[('a', true)]))),
    );
    assert_eq!(s.account.value(), Some(&overview(&[('a', true)])));
    assert!(s.update(Event::Opened(Section::Account), now()).is_empty());
}

#[test]
fn revoking_a_device_sends_once_and_shows_the_list_the_server_answers() {
    let mut s = space();
    s.update(Event::Opened(Section::Account), now());
    answer(
        &mut s,
        Part::Account,
        Ok(Response::Account(overview(&[('a', true), ('b', false)]))),
    );
    assert_eq!(
        s.update(Event::RevokeSession(id('b')), now()),
        vec![Effect::Send(Request::RevokeSession(id('b')))]
    );
    assert_eq!(s.revoking, Some(Revoking::One(id('b'))));
    assert!(
        s.update(Event::RevokeOthers, now()).is_empty(),
        "one at a time"
    );
    answer(
        &mut s,
        Part::Sessions,
        Ok(Response::Account(overview(&[('a', true)]))),
    );
    assert_eq!(s.revoking, None);
    assert_eq!(s.account.value(), Some(&overview(&[('a', true)])));
    assert_eq!(
        s.update(Event::RevokeOthers, now()),
        vec![Effect::Send(Request::RevokeOtherSessions)]
    );
}

#[test]
fn a_failed_revocation_is_shown_and_a_session_already_gone_reloads_the_list() {
    let mut s = space();
    s.update(Event::RevokeSession(id('b')), now());
    answer(&mut s, Part::Sessions, Err(ApiError::Offline));
    assert_eq!(s.revoke_errors.failure, Some(ApiError::Offline));
    assert_eq!(s.revoking, None);
    s.update(Event::RevokeSession(id('b')), now());
    let effects = answer(&mut s, Part::Sessions, Err(problem(ErrorCode::NotFound)));
    assert_eq!(effects, vec![Effect::Send(Request::Account)]);
    assert_eq!(s.revoke_errors.failure, None);
}

// ---------------------------------------------------------------------------------------------
// Contact details

fn contact_at_destination(s: &mut PrivateSpace) {
    s.update(Event::StartContactChange(Channel::Sms), now());
    let c = |s: &mut PrivateSpace, e| s.update(Event::Contact(e), now());
    c(
        s,
        ContactEvent::Edit(ContactField::Password, "motdepasse-1".into()),
    );
    let sent = c(s, ContactEvent::Submit);
    assert!(
        matches!(
            sent.as_slice(),
            [Effect::Send(Request::AccountStepUp(_, StepUpFor::Contact))]
        ),
        "{sent:?}"
    );
    answer(s, Part::Contact, Ok(step_up()));
    let form = s.contact.as_ref().expect("the form");
    assert_eq!(form.step, ContactStep::Destination);
    assert!(
        form.password.is_empty(),
        "the password is not kept after the step-up"
    );
}

#[test]
fn a_contact_change_goes_password_then_new_number_then_code() {
    let mut s = space();
    contact_at_destination(&mut s);
    let c = |s: &mut PrivateSpace, e| s.update(Event::Contact(e), now());
    c(
        &mut s,
        ContactEvent::Edit(ContactField::Destination, "07 11 22 33 44".into()),
    );
    let sent = c(&mut s, ContactEvent::Submit);
    let [Effect::Send(Request::ChangeContact(req, key))] = sent.as_slice() else {
        panic!("{sent:?}");
    };
    assert_eq!(req.step_up_id, id('s'));
    assert_eq!(req.channel, Channel::Sms);
    assert!(!key.0.contains("0711"), "no destination in the key");
    assert!(
        c(&mut s, ContactEvent::Submit).is_empty(),
        "no second send while one runs"
    );
    answer(&mut s, Part::Contact, Ok(Response::CodeSent(code_sent(60))));
    assert_eq!(
        s.contact.as_ref().map(|f| f.step.clone()),
        Some(ContactStep::Code)
    );
    c(
        &mut s,
        ContactEvent::Edit(ContactField::Code, "123456".into()),
    );
    let sent = c(&mut s, ContactEvent::Submit);
    assert!(
        matches!(sent.as_slice(), [Effect::Send(Request::VerifyContact(v))] if v.code == "123456"),
        "{sent:?}"
    );
    answer(
        &mut s,
        Part::Contact,
        Ok(Response::Account(overview(&[('a', true)]))),
    );
    assert_eq!(
        s.contact.as_ref().map(|f| f.step.clone()),
        Some(ContactStep::Done)
    );
    assert_eq!(
        s.account.value(),
        Some(&overview(&[('a', true)])),
        "the account as changed"
    );
}

#[test]
fn a_bad_new_destination_is_refused_on_the_device_and_kept() {
    let mut s = space();
    contact_at_destination(&mut s);
    let c = |s: &mut PrivateSpace, e| s.update(Event::Contact(e), now());
    c(
        &mut s,
        ContactEvent::Edit(ContactField::Destination, "amina@example".into()),
    );
    assert!(c(&mut s, ContactEvent::Submit).is_empty());
    let form = s.contact.as_ref().expect("form");
    assert_eq!(
        form.errors().field("destination"),
        Some(macnss_api::ValidationError::PhoneFormat)
    );
    assert_eq!(form.destination, "amina@example");
    // Choosing the e-mail instead starts that field afresh.
    c(&mut s, ContactEvent::Choose(Channel::Email));
    let form = s.contact.as_ref().expect("form");
    assert_eq!(form.channel, Channel::Email);
    assert!(form.destination.is_empty());
}

#[test]
fn a_wrong_password_is_cleared_and_an_expired_step_up_asks_it_again() {
    let mut s = space();
    s.update(Event::StartContactChange(Channel::Email), now());
    s.update(
        Event::Contact(ContactEvent::Edit(ContactField::Password, "wrong".into())),
        now(),
    );
    s.update(Event::Contact(ContactEvent::Submit), now());
    answer(
        &mut s,
        Part::Contact,
        Err(problem(ErrorCode::InvalidCredentials)),
    );
    let form = s.contact.as_ref().expect("form");
    assert!(form.password.is_empty());
    assert_eq!(form.step, ContactStep::Password);

    let mut s = space();
    contact_at_destination(&mut s);
    s.update(
        Event::Contact(ContactEvent::Edit(
            ContactField::Destination,
            "0711223344".into(),
        )),
        now(),
    );
    s.update(Event::Contact(ContactEvent::Submit), now());
    answer(
        &mut s,
        Part::Contact,
        Err(problem(ErrorCode::TransactionExpired)),
    );
    let form = s.contact.as_ref().expect("form");
    assert_eq!(form.step, ContactStep::Password);
    assert_eq!(form.destination, "0711223344", "what was typed stays");
}

#[test]
fn a_new_code_waits_for_the_cooldown_and_the_server_s_clock_wins() {
    let mut s = space();
    contact_at_destination(&mut s);
    s.update(
        Event::Contact(ContactEvent::Edit(
            ContactField::Destination,
            "0711223344".into(),
        )),
        now(),
    );
    s.update(Event::Contact(ContactEvent::Submit), now());
    answer(&mut s, Part::Contact, Ok(Response::CodeSent(code_sent(60))));
    assert!(
        s.update(Event::Contact(ContactEvent::Resend), now())
            .is_empty()
    );
    let later = now() + Duration::seconds(61);
    let sent = s.update(Event::Contact(ContactEvent::Resend), later);
    assert!(
        matches!(
            sent.as_slice(),
            [Effect::Send(Request::ResendContactCode(..))]
        ),
        "{sent:?}"
    );
    let refused = ApiError::Problem(Problem::new(ErrorCode::ResendTooSoon).with_retry_after(30));
    s.update(Event::Response(Part::Contact, Err(refused)), later);
    let sent = s
        .contact
        .as_ref()
        .and_then(|f| f.sent.clone())
        .expect("sent");
    assert_eq!(sent.resend_at, later + Duration::seconds(30));
}

#[test]
fn a_contact_answer_for_nobody_waiting_changes_nothing() {
    let mut s = space();
    contact_at_destination(&mut s);
    let before = s.clone();
    answer(&mut s, Part::Contact, Ok(step_up()));
    assert_eq!(s, before);
}

// ---------------------------------------------------------------------------------------------
// Password

#[test]
fn the_password_change_checks_the_policy_on_the_device_and_keeps_the_space() {
    let mut s = space();
    s.update(Event::StartPasswordChange, now());
    let p = |s: &mut PrivateSpace, e| s.update(Event::Password(e), now());
    assert!(p(&mut s, PasswordEvent::Submit).is_empty());
    let form = s.password.as_ref().expect("form");
    assert_eq!(
        form.errors().field("current_password"),
        Some(macnss_api::ValidationError::Required)
    );
    p(
        &mut s,
        PasswordEvent::Edit(PasswordField::Current, "motdepasse-1".into()),
    );
    p(
        &mut s,
        PasswordEvent::Edit(PasswordField::New, "password".into()),
    );
    assert!(p(&mut s, PasswordEvent::Submit).is_empty());
    assert_eq!(
        s.password
            .as_ref()
            .and_then(|f| f.errors().field("new_password")),
        Some(macnss_api::ValidationError::PasswordCommon)
    );
    p(
        &mut s,
        PasswordEvent::Edit(PasswordField::New, "motdepasse-1".into()),
    );
    p(&mut s, PasswordEvent::Submit);
    assert_eq!(
        s.password
            .as_ref()
            .and_then(|f| f.errors().field("new_password")),
        Some(macnss_api::ValidationError::Unchanged)
    );
    p(
        &mut s,
        PasswordEvent::Edit(PasswordField::New, "thé à la menthe 1959".into()),
    );
    let sent = p(&mut s, PasswordEvent::Submit);
    assert!(
        matches!(sent.as_slice(), [Effect::Send(Request::AccountPassword(_))]),
        "{sent:?}"
    );
    assert_eq!(
        Request::AccountPassword(macnss_api::types::ChangePasswordRequest {
            current_password: String::new(),
            new_password: String::new(),
        })
        .target(),
        Target::Private(Part::Password)
    );
    let mut renewed = session(false);
    renewed.refresh_token = Token::new("renewed");
    let effects = answer(
        &mut s,
        Part::Password,
        Ok(Response::Session(renewed.clone())),
    );
    assert_eq!(effects, vec![Effect::StoreSession(renewed)]);
    assert_eq!(s.refresh_token(), &Token::new("renewed"));
    let form = s.password.as_ref().expect("form");
    assert!(form.done);
    assert!(form.current.is_empty() && form.new.is_empty());
}

#[test]
fn a_password_changed_in_the_space_keeps_the_space_in_the_model() {
    let mut m = signed_in_model();
    m.update(Msg::Private(Event::StartPasswordChange), now());
    m.update(
        Msg::Private(Event::Password(PasswordEvent::Edit(
            PasswordField::Current,
            "motdepasse-1".into(),
        ))),
        now(),
    );
    m.update(
        Msg::Private(Event::Password(PasswordEvent::Edit(
            PasswordField::New,
            "thé à la menthe 1959".into(),
        ))),
        now(),
    );
    m.update(Msg::Private(Event::Password(PasswordEvent::Submit)), now());
    let mut renewed = session(false);
    renewed.refresh_token = Token::new("renewed");
    let effects = m.update(
        Msg::Answer(
            Target::Private(Part::Password),
            Ok(Response::Session(renewed.clone())),
        ),
        now(),
    );
    assert_eq!(effects, vec![Effect::StoreSession(renewed)]);
    let space = m.private.as_ref().expect("still signed in");
    assert!(
        space.password.as_ref().is_some_and(|p| p.done),
        "the form shows it is done"
    );
}

// ---------------------------------------------------------------------------------------------
// Deleting the account

#[test]
fn deleting_needs_the_password_then_the_box_and_forgets_the_person() {
    let mut m = signed_in_model();
    let d = |m: &mut Model, e| m.update(Msg::Private(Event::Deletion(e)), now());
    m.update(Msg::Private(Event::StartDeletion), now());
    d(&mut m, DeletionEvent::EditPassword("motdepasse-1".into()));
    let sent = d(&mut m, DeletionEvent::Submit);
    assert!(
        matches!(
            sent.as_slice(),
            [Effect::Send(Request::AccountStepUp(_, StepUpFor::Deletion))]
        ),
        "{sent:?}"
    );
    m.update(
        Msg::Answer(Target::Private(Part::Deletion), Ok(step_up())),
        now(),
    );
    let form = m
        .private
        .as_ref()
        .and_then(|s| s.deletion.clone())
        .expect("form");
    assert_eq!(form.step, DeletionStep::Confirm);
    assert!(
        d(&mut m, DeletionEvent::Submit).is_empty(),
        "not without the box"
    );
    d(&mut m, DeletionEvent::Confirm(true));
    let sent = d(&mut m, DeletionEvent::Submit);
    assert!(
        matches!(sent.as_slice(), [Effect::Send(Request::DeleteAccount(r))] if r.confirmed),
        "{sent:?}"
    );
    let effects = m.update(
        Msg::Answer(Target::Private(Part::Deletion), Ok(Response::Done)),
        now(),
    );
    assert_eq!(
        effects,
        vec![
            Effect::ClearSession,
            Effect::ClearResume,
            Effect::Show(Screen::AccountDeleted)
        ]
    );
    assert!(m.private.is_none());
    assert!(
        m.sign_in.identifier.is_empty(),
        "nothing of the person is left"
    );
    assert_eq!(m.guard(&Screen::AccountDeleted), None);
}

#[test]
fn a_contact_step_up_answer_never_reaches_the_deletion_form() {
    let mut s = space();
    s.update(Event::StartDeletion, now());
    s.update(
        Event::Deletion(DeletionEvent::EditPassword("pw".into())),
        now(),
    );
    s.update(Event::Deletion(DeletionEvent::Submit), now());
    // The contact form is not waiting: its part ignores the answer, the deletion still waits.
    answer(&mut s, Part::Contact, Ok(step_up()));
    assert!(s.deletion.as_ref().is_some_and(|d| d.pending()));
    let _ = Destination::AccountDeleted;
}

// ---------------------------------------------------------------------------------------------
// Quick unlock: the model's rules

fn signed_in_model() -> Model {
    let mut m = Model::new(
        Start {
            chosen_language: None,
            device_language: Lang::Fr,
            resume: None,
        },
        now(),
    );
    m.update(Msg::Launch, now());
    m.update(Msg::Restored(Restored::SignedIn(session(false))), now());
    assert!(m.private.is_some());
    m
}

fn settings(auto_lock: AutoLock, biometric: bool) -> LockSettings {
    LockSettings {
        auto_lock,
        biometric,
    }
}

/// Signed in with the quick unlock on (as the services answer).
fn locked_in(auto_lock: AutoLock) -> Model {
    let mut m = signed_in_model();
    m.update(Msg::Setup(SetupEvent::EditPin("240913".into())), now());
    m.update(Msg::Setup(SetupEvent::EditConfirm("240913".into())), now());
    m.update(Msg::Setup(SetupEvent::AutoLock(auto_lock)), now());
    let effects = m.update(Msg::Setup(SetupEvent::Enable), now());
    assert_eq!(
        effects,
        vec![Effect::EnableQuickUnlock {
            account_id: "123456789".into(),
            refresh_token: Token::new("refresh"),
            pin: Pin("240913".into()),
            settings: settings(auto_lock, false),
        }]
    );
    assert!(m.setup.pin.is_empty(), "the PIN is not kept in the model");
    m.update(Msg::QuickUnlockSet(Some(settings(auto_lock, false))), now());
    assert_eq!(m.quick_unlock, Some(settings(auto_lock, false)));
    m
}

#[test]
fn the_set_up_refuses_a_simple_or_mismatched_pin() {
    let mut m = signed_in_model();
    m.update(Msg::Setup(SetupEvent::EditPin("123456".into())), now());
    m.update(Msg::Setup(SetupEvent::EditConfirm("123456".into())), now());
    assert!(m.update(Msg::Setup(SetupEvent::Enable), now()).is_empty());
    assert_eq!(m.setup.problem, Some(PinProblem::TooSimple));
    m.update(Msg::Setup(SetupEvent::EditPin("240913".into())), now());
    assert!(m.update(Msg::Setup(SetupEvent::Enable), now()).is_empty());
    assert_eq!(m.setup.problem, Some(PinProblem::Mismatch));
    // The biometric choice needs biometrics.
    m.update(Msg::Setup(SetupEvent::Biometric(true)), now());
    assert!(!m.setup.settings.biometric);
    m.update(Msg::BiometricsAvailable(true), now());
    m.update(Msg::Setup(SetupEvent::Biometric(true)), now());
    assert!(m.setup.settings.biometric);
}

#[test]
fn a_failed_set_up_says_so_and_leaves_the_lock_off() {
    let mut m = signed_in_model();
    m.update(Msg::Setup(SetupEvent::EditPin("240913".into())), now());
    m.update(Msg::Setup(SetupEvent::EditConfirm("240913".into())), now());
    m.update(Msg::Setup(SetupEvent::Enable), now());
    assert!(m.setup.pending);
    assert!(
        m.update(Msg::Setup(SetupEvent::Enable), now()).is_empty(),
        "once"
    );
    m.update(Msg::QuickUnlockSet(None), now());
    assert!(m.setup.failed);
    assert_eq!(m.quick_unlock, None);
}

#[test]
fn the_app_locks_after_the_delay_in_the_background_and_not_before() {
    let mut m = locked_in(AutoLock::FiveMinutes);
    m.update(Msg::Backgrounded, now());
    let soon = now() + Duration::seconds(299);
    assert!(m.update(Msg::Foregrounded(Screen::Claims), soon).is_empty());
    assert!(m.private.is_some());
    m.update(Msg::Backgrounded, soon);
    let later = soon + Duration::minutes(5);
    let effects = m.update(Msg::Foregrounded(Screen::Claims), later);
    assert_eq!(effects, vec![Effect::Lock, Effect::Show(Screen::Unlock)]);
    assert!(m.private.is_none(), "the records are gone from memory");
    assert_eq!(m.guard(&Screen::Claims), Some(Screen::Unlock));
    assert_eq!(m.guard(&Screen::SignIn), Some(Screen::Unlock));
    assert_eq!(m.guard(&Screen::Welcome), None);
    assert_eq!(m.return_to, Some(Screen::Claims));
}

#[test]
fn without_the_quick_unlock_the_background_never_locks() {
    let mut m = signed_in_model();
    m.update(Msg::Backgrounded, now());
    let effects = m.update(Msg::Foregrounded(Screen::Space), now() + Duration::hours(3));
    assert!(effects.is_empty());
    assert!(m.private.is_some());
}

#[test]
fn the_right_pin_opens_the_screen_that_was_open() {
    let mut m = locked_in(AutoLock::Immediately);
    m.update(Msg::Backgrounded, now());
    m.update(Msg::Foregrounded(Screen::Family), now());
    m.update(Msg::Unlock(UnlockEvent::EditPin("24091".into())), now());
    assert!(m.update(Msg::Unlock(UnlockEvent::Submit), now()).is_empty());
    assert_eq!(
        m.locked.as_ref().and_then(|u| u.problem),
        Some(UnlockProblem::Format)
    );
    m.update(Msg::Unlock(UnlockEvent::EditPin("240913".into())), now());
    assert_eq!(
        m.update(Msg::Unlock(UnlockEvent::Submit), now()),
        vec![Effect::UnlockWithPin(Pin("240913".into()))]
    );
    assert!(
        m.update(Msg::Unlock(UnlockEvent::Submit), now()).is_empty(),
        "once"
    );
    let effects = m.update(
        Msg::Unlocked(UnlockOutcome::Opened(Restored::SignedIn(session(false)))),
        now(),
    );
    assert_eq!(
        effects,
        vec![
            Effect::StoreSession(session(false)),
            Effect::Show(Screen::Family)
        ]
    );
    assert!(m.locked.is_none());
    assert!(m.private.is_some());
    assert_eq!(m.quick_unlock, Some(settings(AutoLock::Immediately, false)));
}

#[test]
fn five_wrong_pins_fall_back_to_the_full_sign_in_with_the_identifier() {
    let mut m = locked_in(AutoLock::Immediately);
    m.update(Msg::Backgrounded, now());
    m.update(Msg::Foregrounded(Screen::Space), now());
    for failures in 1..MAX_PIN_FAILURES {
        m.update(Msg::Unlock(UnlockEvent::EditPin("000001".into())), now());
        m.update(Msg::Unlock(UnlockEvent::Submit), now());
        let effects = m.update(Msg::Unlocked(UnlockOutcome::WrongPin { failures }), now());
        assert!(effects.is_empty(), "{failures}: {effects:?}");
        let unlock = m.locked.as_ref().expect("still locked");
        assert_eq!(
            unlock.problem,
            Some(UnlockProblem::WrongPin {
                left: MAX_PIN_FAILURES - failures
            })
        );
        assert!(unlock.pin.is_empty());
    }
    m.update(Msg::Unlock(UnlockEvent::EditPin("000001".into())), now());
    m.update(Msg::Unlock(UnlockEvent::Submit), now());
    let effects = m.update(
        Msg::Unlocked(UnlockOutcome::WrongPin {
            failures: MAX_PIN_FAILURES,
        }),
        now(),
    );
    assert_eq!(
        effects,
        vec![Effect::ClearSession, Effect::Show(Screen::SignIn)]
    );
    assert!(m.locked.is_none());
    assert_eq!(m.quick_unlock, None, "the quick unlock is off");
    assert_eq!(m.sign_in.identifier, "123456789");
    assert!(m.sign_in.pin_locked_out);
    assert_eq!(m.guard(&Screen::SignIn), None);
}

#[test]
fn a_cold_start_with_a_sealed_session_shows_the_lock_screen_and_sends_nothing() {
    let mut m = Model::new(
        Start {
            chosen_language: None,
            device_language: Lang::Ar,
            resume: None,
        },
        now(),
    );
    m.update(Msg::Launch, now());
    let effects = m.update(
        Msg::Restored(Restored::Locked {
            account_id: "123456789".into(),
            settings: settings(AutoLock::OneMinute, false),
            failures: 2,
        }),
        now(),
    );
    assert_eq!(effects, vec![Effect::Show(Screen::Unlock)]);
    let unlock = m.locked.as_ref().expect("locked");
    assert_eq!(
        unlock.tries_left(),
        3,
        "the failures kept across restarts count"
    );
    assert_eq!(m.guard(&Screen::Space), Some(Screen::Unlock));
    // Five already: straight to the sign-in.
    let mut m = Model::new(
        Start {
            chosen_language: None,
            device_language: Lang::Fr,
            resume: None,
        },
        now(),
    );
    m.update(Msg::Launch, now());
    let effects = m.update(
        Msg::Restored(Restored::Locked {
            account_id: "123456789".into(),
            settings: settings(AutoLock::OneMinute, false),
            failures: MAX_PIN_FAILURES,
        }),
        now(),
    );
    assert_eq!(
        effects,
        vec![Effect::ClearSession, Effect::Show(Screen::SignIn)]
    );
    assert!(m.locked.is_none());
}

#[test]
fn biometrics_are_offered_at_once_when_chosen_and_a_refusal_leaves_the_pin() {
    let mut m = Model::new(
        Start {
            chosen_language: None,
            device_language: Lang::Fr,
            resume: None,
        },
        now(),
    );
    m.update(Msg::Launch, now());
    m.update(Msg::BiometricsAvailable(true), now());
    let effects = m.update(
        Msg::Restored(Restored::Locked {
            account_id: "123456789".into(),
            settings: settings(AutoLock::OneMinute, true),
            failures: 0,
        }),
        now(),
    );
    assert_eq!(
        effects,
        vec![
            Effect::Show(Screen::Unlock),
            Effect::UnlockWithBiometric(Lang::Fr)
        ]
    );
    m.update(Msg::Unlocked(UnlockOutcome::BiometricRefused), now());
    let unlock = m.locked.as_ref().expect("still locked");
    assert_eq!(unlock.problem, Some(UnlockProblem::BiometricRefused));
    assert!(!unlock.pending, "the PIN can be typed");
    assert_eq!(
        m.update(Msg::Unlock(UnlockEvent::UseBiometric), now()),
        vec![Effect::UnlockWithBiometric(Lang::Fr)]
    );
}

#[test]
fn forgetting_the_pin_signs_in_again_and_an_unreachable_server_keeps_the_lock() {
    let mut m = locked_in(AutoLock::Immediately);
    m.update(Msg::Backgrounded, now());
    m.update(Msg::Foregrounded(Screen::Space), now());
    m.update(Msg::Unlock(UnlockEvent::EditPin("240913".into())), now());
    m.update(Msg::Unlock(UnlockEvent::Submit), now());
    m.update(
        Msg::Unlocked(UnlockOutcome::Opened(Restored::Unreachable {
            account_id: "123456789".into(),
        })),
        now(),
    );
    let unlock = m.locked.as_ref().expect("still locked");
    assert_eq!(unlock.problem, Some(UnlockProblem::Unreachable));
    assert_eq!(unlock.pin, "240913", "kept for «Déverrouiller» again");
    let effects = m.update(Msg::Unlock(UnlockEvent::ForgotPin), now());
    assert_eq!(
        effects,
        vec![Effect::ClearSession, Effect::Show(Screen::SignIn)]
    );
    assert_eq!(m.sign_in.identifier, "123456789");
    assert!(!m.sign_in.pin_locked_out);
}

#[test]
fn an_expired_session_behind_the_lock_goes_to_the_sign_in() {
    let mut m = locked_in(AutoLock::Immediately);
    m.update(Msg::Backgrounded, now());
    m.update(Msg::Foregrounded(Screen::Space), now());
    m.update(Msg::Unlock(UnlockEvent::EditPin("240913".into())), now());
    m.update(Msg::Unlock(UnlockEvent::Submit), now());
    let effects = m.update(
        Msg::Unlocked(UnlockOutcome::Opened(Restored::Expired {
            account_id: "123456789".into(),
        })),
        now(),
    );
    assert_eq!(
        effects,
        vec![Effect::ClearSession, Effect::Show(Screen::SignIn)]
    );
    assert!(m.sign_in.session_expired);
    assert_eq!(m.quick_unlock, None);
}

#[test]
fn turning_the_lock_off_keeps_the_session_unsealed_and_sign_out_forgets_it() {
    let mut m = locked_in(AutoLock::OneMinute);
    assert_eq!(
        m.update(Msg::Setup(SetupEvent::Disable), now()),
        vec![Effect::DisableQuickUnlock {
            account_id: "123456789".into(),
            refresh_token: Token::new("refresh"),
        }]
    );
    assert_eq!(m.quick_unlock, None);
    let mut m = locked_in(AutoLock::OneMinute);
    m.update(Msg::SignOut, now());
    assert_eq!(m.quick_unlock, None);
    assert!(m.locked.is_none());
}

#[test]
fn the_lock_screen_is_not_shown_when_nothing_is_locked() {
    let m = signed_in_model();
    assert_eq!(m.guard(&Screen::Unlock), Some(Screen::Space));
    let mut m = Model::new(
        Start {
            chosen_language: None,
            device_language: Lang::Fr,
            resume: None,
        },
        now(),
    );
    m.update(Msg::Launch, now());
    m.update(Msg::Restored(Restored::SignedOut), now());
    assert_eq!(m.guard(&Screen::Unlock), Some(Screen::SignIn));
    for screen in [Screen::LostPhone, Screen::AccountDeleted] {
        assert_eq!(m.guard(&screen), None, "{screen:?} is public");
    }
    for screen in [
        Screen::Account,
        Screen::ContactDetails,
        Screen::Password,
        Screen::Devices,
        Screen::QuickUnlock,
        Screen::DeleteAccount,
    ] {
        assert_eq!(
            m.guard(&screen),
            Some(Screen::SignIn),
            "{screen:?} is private"
        );
    }
}

#[test]
fn a_late_unlock_answer_changes_nothing() {
    let mut m = signed_in_model();
    let before = m.clone();
    m.update(
        Msg::Unlocked(UnlockOutcome::WrongPin { failures: 1 }),
        now(),
    );
    assert_eq!(m, before);
    let _ = (Section::Home, PinProblem::Format);
}
