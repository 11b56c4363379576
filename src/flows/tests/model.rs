//! The root model: launch, session, version gate, navigation, language — the rules between
//! the flows.

use super::*;
use crate::flows::model::{Launch, Model, Msg, Restored, Screen, Start};
use crate::flows::private::{Event as Private, Part, Section};
use crate::flows::sign_in::{Event as SignInEvent, Field, Step};
use crate::flows::{Destination, Effect, Request, Response, Target};
use crate::i18n::Lang;

fn model() -> Model {
    Model::new(
        Start {
            chosen_language: None,
            device_language: Lang::Fr,
            resume: None,
        },
        now(),
    )
}

fn launched() -> Model {
    let mut m = model();
    m.update(Msg::Launch, now());
    m.update(Msg::Restored(Restored::SignedOut), now());
    m
}

/// Signs in through the sign-in flow; the server answers with `answer`.
fn sign_in(m: &mut Model, answer: SessionResponse) -> Vec<Effect> {
    m.update(
        Msg::SignIn(SignInEvent::Edit(Field::Identifier, "123456789".into())),
        now(),
    );
    m.update(
        Msg::SignIn(SignInEvent::Edit(Field::Password, "motdepasse-1".into())),
        now(),
    );
    let sent = m.update(Msg::SignIn(SignInEvent::Submit), now());
    assert!(
        matches!(sent.as_slice(), [Effect::Send(Request::SignIn(_))]),
        "{sent:?}"
    );
    m.update(
        Msg::Answer(Target::SignIn, Ok(Response::Session(answer))),
        now(),
    )
}

fn signed_in() -> Model {
    let mut m = launched();
    sign_in(&mut m, session(false));
    m
}

#[test]
fn launch_restores_the_session_in_the_device_language_without_remembering_it() {
    let mut m = model();
    assert!(m.is_restoring());
    assert_eq!(
        m.update(Msg::Launch, now()),
        vec![
            Effect::UseLanguage {
                tag: "fr",
                remember: false
            },
            Effect::CheckBiometrics,
            Effect::RestoreSession,
        ]
    );
    assert_eq!(m.launch, Launch::Restoring);
    assert!(m.update(Msg::Launch, now()).is_empty(), "launched once");
}

#[test]
fn a_full_sign_in_is_kept_in_the_keychain_and_opens_the_private_space() {
    let mut m = launched();
    let effects = sign_in(&mut m, session(false));
    assert_eq!(
        effects,
        vec![
            Effect::StoreSession(session(false)),
            Effect::Show(Screen::Space)
        ]
    );
    assert!(m.is_signed_in());
    assert_eq!(m.guard(&Screen::Space), None);
}

#[test]
fn a_restricted_session_is_held_in_memory_only_and_never_opens_the_private_space() {
    let mut m = launched();
    let effects = sign_in(&mut m, session(true));
    assert_eq!(effects, vec![Effect::HoldSession(session(true))]);
    assert!(!effects.iter().any(|e| matches!(e, Effect::StoreSession(_))));
    assert_eq!(m.sign_in.step, Step::ChangePassword);
    assert!(!m.is_signed_in());
    assert_eq!(m.guard(&Screen::Space), Some(Screen::SignIn));
    assert!(
        m.update(Msg::Open(Destination::PrivateSpace), now()) == vec![Effect::Show(Screen::SignIn)]
    );
}

#[test]
fn a_restored_restricted_session_is_forgotten_here_and_at_the_server() {
    let mut m = model();
    m.update(Msg::Launch, now());
    let effects = m.update(Msg::Restored(Restored::SignedIn(session(true))), now());
    assert_eq!(
        effects,
        vec![
            Effect::ClearSession,
            Effect::Send(Request::SignOut(SignOutRequest {
                refresh_token: Token::new("refresh")
            })),
            Effect::Show(Screen::SignIn),
        ]
    );
    assert!(!m.is_signed_in());
    assert_eq!(m.guard(&Screen::Space), Some(Screen::SignIn));
    assert_eq!(m.sign_in.identifier, "123456789", "the identifier is kept");
}

#[test]
fn a_restored_full_session_opens_the_private_space_and_keeps_the_renewed_tokens() {
    let mut m = model();
    m.update(Msg::Launch, now());
    assert_eq!(
        m.guard(&Screen::Space),
        None,
        "a private screen waits while restoring"
    );
    let effects = m.update(Msg::Restored(Restored::SignedIn(session(false))), now());
    assert_eq!(
        effects,
        vec![
            Effect::StoreSession(session(false)),
            Effect::Show(Screen::Space)
        ]
    );
    assert!(m.is_signed_in());
}

#[test]
fn an_expired_restored_session_is_cleared_and_sign_in_keeps_the_identifier() {
    let mut m = model();
    m.update(Msg::Launch, now());
    let effects = m.update(
        Msg::Restored(Restored::Expired {
            account_id: "123456789".into(),
        }),
        now(),
    );
    assert_eq!(
        effects,
        vec![Effect::ClearSession, Effect::Show(Screen::SignIn)]
    );
    assert!(m.sign_in.session_expired);
    assert_eq!(m.sign_in.identifier, "123456789");
    assert_eq!(m.guard(&Screen::Space), Some(Screen::SignIn));
}

#[test]
fn an_unreachable_server_keeps_the_tokens_and_prefills_sign_in() {
    let mut m = model();
    m.update(Msg::Launch, now());
    let effects = m.update(
        Msg::Restored(Restored::Unreachable {
            account_id: "123456789".into(),
        }),
        now(),
    );
    assert!(effects.is_empty(), "no ClearSession: {effects:?}");
    assert_eq!(m.sign_in.identifier, "123456789");
    assert_eq!(m.launch, Launch::Ready);
}

#[test]
fn the_version_gate_holds_on_every_screen() {
    let mut m = model();
    m.update(Msg::Launch, now());
    assert_eq!(
        m.update(Msg::Restored(Restored::UpdateRequired), now()),
        vec![Effect::Show(Screen::UpdateRequired)]
    );
    for screen in Screen::all() {
        let expected = (screen != Screen::UpdateRequired).then_some(Screen::UpdateRequired);
        assert_eq!(m.guard(&screen), expected, "{screen:?}");
    }
}

#[test]
fn a_refused_version_on_any_answer_shows_the_update_notice_and_ends_the_wait() {
    let mut m = launched();
    m.update(
        Msg::SignIn(SignInEvent::Edit(Field::Identifier, "123456789".into())),
        now(),
    );
    m.update(
        Msg::SignIn(SignInEvent::Edit(Field::Password, "x".into())),
        now(),
    );
    m.update(Msg::SignIn(SignInEvent::Submit), now());
    let effects = m.update(
        Msg::Answer(
            Target::SignIn,
            Err(problem(ErrorCode::AppVersionUnsupported)),
        ),
        now(),
    );
    assert_eq!(effects, vec![Effect::Show(Screen::UpdateRequired)]);
    assert!(!m.sign_in.pending);
    assert!(m.update_required);
}

#[test]
fn leaving_the_forced_change_drops_the_restricted_session_everywhere() {
    let mut m = launched();
    sign_in(&mut m, session(true));
    let effects = m.update(Msg::SignIn(SignInEvent::Back), now());
    assert_eq!(effects, vec![Effect::ClearSession]);
    assert!(!m.is_signed_in());
    assert_eq!(m.guard(&Screen::Space), Some(Screen::SignIn));
    // Leaving through the welcome screen's «Me connecter» does the same.
    let mut m = launched();
    sign_in(&mut m, session(true));
    let effects = m.update(Msg::Open(Destination::SignIn { identifier: None }), now());
    assert_eq!(
        effects,
        vec![Effect::ClearSession, Effect::Show(Screen::SignIn)]
    );
    assert_eq!(m.sign_in.step, Step::Credentials);
}

#[test]
fn the_forced_change_then_opens_the_private_space_with_the_full_session() {
    let mut m = launched();
    sign_in(&mut m, session(true));
    m.update(
        Msg::SignIn(SignInEvent::Edit(
            Field::NewPassword,
            "une phrase facile".into(),
        )),
        now(),
    );
    m.update(Msg::SignIn(SignInEvent::Submit), now());
    let effects = m.update(
        Msg::Answer(Target::SignIn, Ok(Response::Session(session(false)))),
        now(),
    );
    assert_eq!(
        effects,
        vec![
            Effect::StoreSession(session(false)),
            Effect::Show(Screen::Space)
        ]
    );
    assert!(m.is_signed_in());
}

#[test]
fn sign_out_clears_the_keychain_first_then_tells_the_server_and_forgets_the_person() {
    let mut m = signed_in();
    m.update(Msg::Private(Private::Refresh(Section::Home)), now());
    m.update(
        Msg::Answer(Target::Private(Part::Me), Ok(Response::Profile(profile()))),
        now(),
    );
    let effects = m.update(Msg::SignOut, now());
    assert_eq!(
        effects,
        vec![
            Effect::Show(Screen::Welcome),
            Effect::ClearSession,
            Effect::ClearResume,
            Effect::Send(Request::SignOut(SignOutRequest {
                refresh_token: Token::new("refresh")
            })),
        ]
    );
    assert!(!m.is_signed_in());
    let shown = format!("{m:?}");
    for personal in ["123456789", "Amina", "Benali", "motdepasse"] {
        assert!(!shown.contains(personal), "{personal} left in {shown}");
    }
    assert_eq!(
        m.update(Msg::SignOut, now()),
        vec![
            Effect::Show(Screen::Welcome),
            Effect::ClearSession,
            Effect::ClearResume
        ],
        "twice: nothing to tell the server"
    );
}

#[test]
fn an_expired_session_ends_at_sign_in_with_the_identifier_kept_and_nothing_else() {
    let mut m = signed_in();
    m.update(Msg::Private(Private::Refresh(Section::Home)), now());
    let effects = m.update(
        Msg::Answer(
            Target::Private(Part::Me),
            Err(problem(ErrorCode::SessionExpired)),
        ),
        now(),
    );
    assert_eq!(
        effects,
        vec![
            Effect::Show(Screen::SignIn),
            Effect::ClearSession,
            Effect::ClearResume
        ]
    );
    assert!(!m.is_signed_in());
    assert_eq!(m.sign_in.identifier, "123456789");
    assert!(m.sign_in.session_expired);
    assert_eq!(m.sign_in.password, "");
}

#[test]
fn a_renewed_session_is_kept_and_signs_out_with_the_new_refresh_token() {
    let mut m = signed_in();
    let mut renewed = session(false);
    renewed.refresh_token = Token::new("refresh-2");
    assert_eq!(
        m.update(Msg::SessionRenewed(renewed.clone()), now()),
        vec![Effect::StoreSession(renewed)]
    );
    assert!(
        m.update(Msg::SignOut, now())
            .contains(&Effect::Send(Request::SignOut(SignOutRequest {
                refresh_token: Token::new("refresh-2")
            })))
    );
    // Renewed while restricted, or after sign-out: nothing is stored.
    assert!(
        m.update(Msg::SessionRenewed(session(false)), now())
            .is_empty()
    );
    assert!(
        m.update(Msg::SessionRenewed(session(true)), now())
            .is_empty()
    );
}

#[test]
fn the_private_space_shows_the_sessions_profile_at_once_and_refreshes_on_demand() {
    let mut m = signed_in();
    let me = &m.private.as_ref().expect("signed in").me;
    assert_eq!(
        me.current().map(|f| f.fetched_at),
        Some(now()),
        "from the session"
    );
    assert_eq!(
        m.update(Msg::Private(Private::Opened(Section::Home)), now()),
        vec![Effect::Send(Request::Space)],
        "the summary, and no second request for the profile the sign-in brought"
    );
    m.update(
        Msg::Answer(Target::Private(Part::Summary), Err(ApiError::Offline)),
        now(),
    );
    assert_eq!(
        m.update(Msg::Private(Private::Refresh(Section::Home)), now()),
        vec![Effect::Send(Request::Me), Effect::Send(Request::Space)]
    );
    assert!(
        m.update(Msg::Private(Private::Refresh(Section::Home)), now())
            .is_empty(),
        "one at a time"
    );
    m.update(
        Msg::Answer(Target::Private(Part::Me), Err(ApiError::Offline)),
        now(),
    );
    let space = m.private.as_ref().expect("still signed in");
    assert_eq!(space.me.error(), Some(&ApiError::Offline));
    assert!(space.me.value().is_some(), "what was shown stays");
    // Opening the screen again after a failure tries again.
    assert_eq!(
        m.update(Msg::Private(Private::Opened(Section::Home)), now()),
        vec![Effect::Send(Request::Me)]
    );
    let later = now() + chrono::Duration::seconds(5);
    m.update(
        Msg::Answer(Target::Private(Part::Me), Ok(Response::Profile(profile()))),
        later,
    );
    let me = &m.private.as_ref().expect("signed in").me;
    assert_eq!(me.current().map(|f| f.fetched_at), Some(later));
}

#[test]
fn answers_for_a_private_space_that_is_gone_change_nothing() {
    let mut m = signed_in();
    m.update(Msg::Private(Private::Refresh(Section::Home)), now());
    m.update(Msg::SignOut, now());
    let before = m.clone();
    assert!(
        m.update(
            Msg::Answer(Target::Private(Part::Me), Ok(Response::Profile(profile()))),
            now()
        )
        .is_empty()
    );
    assert!(
        m.update(Msg::Answer(Target::Nobody, Ok(Response::Done)), now())
            .is_empty()
    );
    assert_eq!(m, before);
    assert!(
        m.update(Msg::Private(Private::Refresh(Section::Home)), now())
            .is_empty()
    );
}

#[test]
fn a_chosen_language_is_remembered_and_the_device_language_followed_until_then() {
    let mut m = launched();
    assert_eq!(
        m.update(Msg::DeviceLanguage(Lang::Ar), now()),
        vec![Effect::UseLanguage {
            tag: "ar",
            remember: false
        }]
    );
    assert_eq!(m.lang, Lang::Ar);
    assert_eq!(
        m.update(Msg::ChooseLanguage(Lang::En), now()),
        vec![Effect::UseLanguage {
            tag: "en",
            remember: true
        }]
    );
    assert!(m.update(Msg::DeviceLanguage(Lang::Fr), now()).is_empty());
    assert_eq!(m.lang, Lang::En);
    let chosen = Model::new(
        Start {
            chosen_language: Some(Lang::Ar),
            device_language: Lang::En,
            resume: None,
        },
        now(),
    );
    assert_eq!((chosen.lang, chosen.lang_chosen), (Lang::Ar, true));
}

#[test]
fn a_killed_code_step_reopens_at_launch() {
    let point = crate::flows::ResumePoint {
        flow: crate::flows::ResumeFlow::Recovery,
        transaction_id: "rc_1".into(),
        masked_destination: "o•••@example.ma".into(),
        channel: Channel::Email,
        code_expires_at: now() + chrono::Duration::seconds(300),
        resend_at: now() + chrono::Duration::seconds(30),
        sends: 2,
    };
    let mut m = Model::new(
        Start {
            chosen_language: None,
            device_language: Lang::Fr,
            resume: Some(point),
        },
        now(),
    );
    assert_eq!(m.recovery.codes_sent, 2);
    assert!(
        m.update(Msg::Launch, now())
            .contains(&Effect::Show(Screen::Recovery))
    );
}

#[test]
fn destinations_prepare_their_flow() {
    let mut m = launched();
    m.update(Msg::Open(Destination::SignUp), now());
    assert_eq!(
        m.update(
            Msg::Open(Destination::Recovery {
                identifier: Some("123456789".into())
            }),
            now()
        ),
        vec![Effect::Show(Screen::Recovery)]
    );
    assert_eq!(m.recovery.identifier, "123456789");
    assert_eq!(
        m.update(
            Msg::Open(Destination::SignIn {
                identifier: Some("987654321".into())
            }),
            now()
        ),
        vec![Effect::Show(Screen::SignIn)]
    );
    assert_eq!(m.sign_in.identifier, "987654321");
    assert_eq!(
        m.update(Msg::Open(Destination::Welcome), now()),
        vec![Effect::Show(Screen::Welcome)]
    );
}

#[test]
fn a_restore_that_ends_after_someone_signed_in_changes_nothing() {
    let mut m = model();
    m.update(Msg::Launch, now());
    // B signs in while the launch still checks A's session with the server.
    sign_in(&mut m, session(false));
    let mut a = session(false);
    a.profile.account_id = "987654321".into();
    a.refresh_token = Token::new("a-refresh");
    for late in [
        Restored::SignedIn(a),
        Restored::Expired {
            account_id: "987654321".into(),
        },
        Restored::Unreachable {
            account_id: "987654321".into(),
        },
    ] {
        assert!(m.update(Msg::Restored(late), now()).is_empty());
        assert_eq!(
            m.private.as_ref().map(|p| p.account_id()),
            Some("123456789")
        );
    }
    // And during a forced change.
    let mut m = model();
    m.update(Msg::Launch, now());
    sign_in(&mut m, session(true));
    assert!(
        m.update(
            Msg::Restored(Restored::Expired {
                account_id: "1".into()
            }),
            now()
        )
        .is_empty()
    );
    assert_eq!(m.sign_in.step, Step::ChangePassword);
}

#[test]
fn a_renewal_or_an_answer_for_someone_who_signed_out_never_reaches_the_next_person() {
    let mut m = signed_in();
    let mut other = session(false);
    other.profile.account_id = "987654321".into();
    other.profile.first_name = "Karim".into();
    assert!(
        m.update(Msg::SessionRenewed(other.clone()), now())
            .is_empty()
    );
    // No private request in flight: an answer is someone else's, success or failure.
    assert!(
        m.update(
            Msg::Answer(
                Target::Private(Part::Me),
                Ok(Response::Profile(other.profile.clone()))
            ),
            now()
        )
        .is_empty()
    );
    assert!(
        m.update(
            Msg::Answer(
                Target::Private(Part::Me),
                Err(problem(ErrorCode::SessionExpired))
            ),
            now()
        )
        .is_empty()
    );
    let space = m.private.as_ref().expect("still signed in");
    assert_eq!(space.profile.first_name, "Amina");
}

#[test]
fn a_restricted_sign_in_closes_a_space_left_open() {
    let mut m = signed_in();
    m.update(Msg::Open(Destination::SignIn { identifier: None }), now());
    let effects = sign_in(&mut m, session(true));
    assert_eq!(effects, vec![Effect::HoldSession(session(true))]);
    assert!(!m.is_signed_in());
    assert_eq!(m.guard(&Screen::Space), Some(Screen::SignIn));
}
