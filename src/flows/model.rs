//! The root model: the one state of the app and the rules between its flows — launch (restore,
//! expired, unreachable, restricted), the version gate, sign-in → private space, sign-out,
//! session expiry, the language, where each destination leads, and the quick unlock (the lock
//! screen at launch and after the background delay, the PIN's lock-out: `flows::lock`).
//!
//! Events come in as [`Msg`], effects go out as plain values; the one effect loop
//! (`services::runner::run`) executes them for the app and for the tests alike. The views
//! only render [`Model`] and send [`Msg`]; the guard of the private routes is
//! [`Model::guard`].

use super::attestations::{Verification, VerifyEvent};
use super::lock::{
    self, LockSettings, MAX_PIN_FAILURES, Pin, PinSetup, SetupEvent, Unlock, UnlockEvent,
    UnlockOutcome, UnlockProblem,
};
use super::private::{self, PrivateSpace};
use super::recovery::{self, Recovery};
use super::remote::Remote;
use super::sign_in::{self, SignIn};
use super::sign_up::{self, SignUp};
use super::{ApiError, Destination, Effect, Request, Response, ResumePoint, Target};
use crate::i18n::Lang;
use chrono::{DateTime, Utc};
use macnss_api::ErrorCode;
use macnss_api::records::Agency;
use macnss_api::types::{SessionResponse, SignOutRequest};

/// Every screen, as the core knows them (the router's routes map one to one).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Screen {
    Welcome,
    SignUp,
    SignIn,
    Recovery,
    Terms,
    /// «Mon espace», inside the private layout.
    Space,
    /// «Ma carrière».
    Career,
    /// «Signaler une déclaration manquante», and the reports sent.
    Reports,
    /// «Mes remboursements».
    Claims,
    /// One claim, by its id.
    Claim(String),
    /// «Allocations familiales et TAWIDATY».
    Family,
    /// A child's school certificate, by the child's id.
    Certificate(String),
    /// «Mes paiements».
    Payments,
    /// Changing the bank account.
    BankAccount,
    /// «Contacter la CNSS»: agencies by city, the phone (public).
    Contact,
    UpdateRequired,
    /// «Mon compte»: contact details, password, devices, lock, deletion.
    Account,
    /// Changing the phone or the e-mail.
    ContactDetails,
    /// Changing the password.
    Password,
    /// «Mes appareils»: where the account is signed in.
    Devices,
    /// «Verrouillage de l'application»: the PIN, biometrics, the delay.
    QuickUnlock,
    /// Deleting the online account.
    DeleteAccount,
    /// «Je n'ai plus accès à mon numéro» (public, from sign-in).
    LostPhone,
    /// The lock screen: the PIN (or biometrics) opens the kept session.
    Unlock,
    /// The account was deleted (public).
    AccountDeleted,
    /// «Mes attestations»: what may be asked for, and the documents issued.
    Attestations,
    /// The form of the attestation chosen, then the document generated.
    AttestationRequest,
    /// One document issued, by its id: what it states, its PDF, its code.
    Attestation(String),
    /// «Vérifier une attestation» (public: anyone checks a code, offline).
    Verify,
    /// «Mes messages»: the inbox.
    Inbox,
    /// The message a notification named, by its id: opened, then its screen in its place.
    InboxMessage(String),
}

impl Screen {
    /// Every screen (those with an id, with a sample id).
    pub fn all() -> Vec<Screen> {
        let id = "A".repeat(43);
        vec![
            Screen::Welcome,
            Screen::SignUp,
            Screen::SignIn,
            Screen::Recovery,
            Screen::Terms,
            Screen::Space,
            Screen::Career,
            Screen::Reports,
            Screen::Claims,
            Screen::Claim(id.clone()),
            Screen::Family,
            Screen::Certificate(id),
            Screen::Payments,
            Screen::BankAccount,
            Screen::Contact,
            Screen::UpdateRequired,
            Screen::Account,
            Screen::ContactDetails,
            Screen::Password,
            Screen::Devices,
            Screen::QuickUnlock,
            Screen::DeleteAccount,
            Screen::LostPhone,
            Screen::Unlock,
            Screen::AccountDeleted,
            Screen::Attestations,
            Screen::AttestationRequest,
            Screen::Attestation("B".repeat(43)),
            Screen::Verify,
            Screen::Inbox,
            Screen::InboxMessage("C".repeat(43)),
        ]
    }

    /// Behind sign-in: shown only with a full session.
    pub fn is_private(&self) -> bool {
        matches!(
            self,
            Screen::Space
                | Screen::Career
                | Screen::Reports
                | Screen::Claims
                | Screen::Claim(_)
                | Screen::Family
                | Screen::Certificate(_)
                | Screen::Payments
                | Screen::BankAccount
                | Screen::Account
                | Screen::ContactDetails
                | Screen::Password
                | Screen::Devices
                | Screen::QuickUnlock
                | Screen::DeleteAccount
                | Screen::Attestations
                | Screen::AttestationRequest
                | Screen::Attestation(_)
                | Screen::Inbox
                | Screen::InboxMessage(_)
        )
    }
}

/// Where the launch is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Launch {
    /// Not started (the model exists, [`Msg::Launch`] not sent yet).
    NotStarted,
    /// The keychain is being read and the session checked with the server.
    Restoring,
    Ready,
}

/// What the keychain held at launch, once checked with the server.
#[derive(Debug, Clone, PartialEq)]
pub enum Restored {
    /// The server renewed the stored session: its new tokens and the profile.
    SignedIn(SessionResponse),
    /// The server ended the session: sign in again, identifier kept.
    Expired {
        account_id: String,
    },
    /// The server could not be reached: the tokens stay in the keychain for the next try.
    Unreachable {
        account_id: String,
    },
    /// The server refused this version of the app.
    UpdateRequired,
    SignedOut,
    /// The keychain holds a session sealed by the quick unlock: the lock screen, before any
    /// request.
    Locked {
        account_id: String,
        settings: LockSettings,
        /// Wrong PINs in a row so far (kept across restarts).
        failures: u8,
    },
}

/// What the app knows before its first update.
#[derive(Debug, Clone)]
pub struct Start {
    /// The language the user picked earlier, if any.
    pub chosen_language: Option<Lang>,
    /// The device's (or browser's) preferred language the app speaks.
    pub device_language: Lang,
    /// A code step that survived the app being killed.
    pub resume: Option<ResumePoint>,
}

/// Everything that happens to the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// The app started: restore the session, reopen a code step in progress.
    Launch,
    Restored(Restored),
    /// The user picked a language (remembered).
    ChooseLanguage(Lang),
    /// The device's language changed; followed unless the user picked one.
    DeviceLanguage(Lang),
    /// A link or button that opens another screen (the welcome screen's two buttons).
    Open(Destination),
    SignUp(sign_up::Event),
    SignIn(sign_in::Event),
    Recovery(recovery::Event),
    Private(private::Event),
    /// A private screen was asked for (a deep link, a notification) while no space is open:
    /// it is shown once the person is signed in.
    Wanted(Screen),
    /// «Contacter la CNSS» opened: load the agencies unless they are there.
    OpenContact,
    SignOut,
    /// A request's answer, for the flow that sent it.
    Answer(Target, Result<Response, ApiError>),
    /// The client renewed the session behind an authenticated request.
    SessionRenewed(SessionResponse),
    /// The lock screen.
    Unlock(UnlockEvent),
    /// What the services found when they tried the PIN or the biometric prompt.
    Unlocked(UnlockOutcome),
    /// The quick unlock's set-up screen.
    Setup(SetupEvent),
    /// Turning the quick unlock on (or changing it) ended: its settings, or `None` when the
    /// keychain refused.
    QuickUnlockSet(Option<LockSettings>),
    BiometricsAvailable(bool),
    /// The app went to the background (the webview hidden).
    Backgrounded,
    /// The app came back, showing `screen`.
    Foregrounded(Screen),
    /// «Vérifier une attestation».
    Verify(VerifyEvent),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub lang: Lang,
    /// The user picked [`Model::lang`]; otherwise it follows the device.
    pub lang_chosen: bool,
    pub launch: Launch,
    /// The server refused this version: every screen leads to the update notice.
    pub update_required: bool,
    pub sign_up: SignUp,
    pub sign_in: SignIn,
    pub recovery: Recovery,
    /// Only with a full session; dropped whole at sign-out and expiry.
    pub private: Option<PrivateSpace>,
    /// The private screen to show after sign-in (a deep link opened signed out).
    pub return_to: Option<Screen>,
    /// CNSS agencies (public, shown from every screen's contact link).
    pub agencies: Remote<Vec<Agency>>,
    /// The quick unlock's settings while it is on for the session kept (none: off).
    pub quick_unlock: Option<LockSettings>,
    /// The set-up form.
    pub setup: PinSetup,
    /// Locked: the lock screen's state (the private space is closed meanwhile).
    pub locked: Option<Unlock>,
    /// When the app went to the background, while a space is open.
    pub background_since: Option<DateTime<Utc>>,
    /// The platform's biometric prompt can be offered.
    pub biometrics_available: bool,
    /// «Vérifier une attestation» (public), with the issuer's keys once read.
    pub verification: Verification,
}

impl Model {
    pub fn new(start: Start, now: DateTime<Utc>) -> Self {
        let resume = start.resume.as_ref();
        Self {
            lang: start.chosen_language.unwrap_or(start.device_language),
            lang_chosen: start.chosen_language.is_some(),
            launch: Launch::NotStarted,
            update_required: false,
            sign_up: resume
                .and_then(|p| SignUp::resumed(p, now))
                .unwrap_or_default(),
            sign_in: SignIn::new(None),
            recovery: resume
                .and_then(|p| Recovery::resumed(p, now))
                .unwrap_or_else(|| Recovery::new(None)),
            private: None,
            return_to: None,
            agencies: Remote::Idle,
            quick_unlock: None,
            setup: PinSetup::default(),
            locked: None,
            background_since: None,
            biometrics_available: false,
            verification: Verification::default(),
        }
    }

    /// Whether this platform offers the quick unlock (not the web: see `flows::lock`).
    pub fn quick_unlock_offered(&self) -> bool {
        lock::QUICK_UNLOCK
    }

    pub fn is_signed_in(&self) -> bool {
        self.private.is_some()
    }

    /// Where `screen` must send the user instead, if anywhere: the update notice once the
    /// server refused this version; sign-in for a private screen without a full session
    /// (a restricted session included). While the launch restores the session, a private
    /// screen waits (it shows progress) instead of redirecting.
    pub fn guard(&self, screen: &Screen) -> Option<Screen> {
        if self.update_required && *screen != Screen::UpdateRequired {
            return Some(Screen::UpdateRequired);
        }
        if self.locked.is_some() {
            return (screen.is_private() || *screen == Screen::SignIn).then_some(Screen::Unlock);
        }
        if *screen == Screen::Unlock && !self.is_restoring() {
            return Some(if self.private.is_some() {
                Screen::Space
            } else {
                Screen::SignIn
            });
        }
        if screen.is_private() && self.private.is_none() && !self.is_restoring() {
            return Some(Screen::SignIn);
        }
        None
    }

    pub fn is_restoring(&self) -> bool {
        matches!(self.launch, Launch::NotStarted | Launch::Restoring)
    }

    pub fn update(&mut self, msg: Msg, now: DateTime<Utc>) -> Vec<Effect> {
        match msg {
            Msg::Launch => self.launch(),
            Msg::Restored(restored) => self.restored(restored, now),
            Msg::ChooseLanguage(lang) => {
                self.lang = lang;
                self.lang_chosen = true;
                vec![Effect::UseLanguage {
                    tag: lang.tag(),
                    remember: true,
                }]
            }
            Msg::DeviceLanguage(lang) if !self.lang_chosen && lang != self.lang => {
                self.lang = lang;
                vec![Effect::UseLanguage {
                    tag: lang.tag(),
                    remember: false,
                }]
            }
            Msg::DeviceLanguage(_) => vec![],
            Msg::Open(destination) => self.go(destination),
            Msg::SignUp(event) => {
                let effects = self.sign_up.update(event, now);
                self.settle(effects, now)
            }
            Msg::SignIn(event) => {
                let effects = self.sign_in.update(event, now);
                self.settle(effects, now)
            }
            Msg::Recovery(event) => {
                let effects = self.recovery.update(event, now);
                self.settle(effects, now)
            }
            Msg::Private(event) => match &mut self.private {
                Some(space) => {
                    let effects = space.update(event, now);
                    self.settle(effects, now)
                }
                None => vec![],
            },
            Msg::Wanted(screen) => {
                if screen.is_private() && self.private.is_none() {
                    self.return_to = Some(screen);
                }
                vec![]
            }
            Msg::OpenContact => {
                if self.agencies.load() {
                    vec![Effect::Send(Request::Agencies)]
                } else {
                    vec![]
                }
            }
            Msg::SignOut => self.sign_out(),
            Msg::Answer(target, result) => self.answer(target, result, now),
            // Only a renewal of the session in use (a late one for a person who signed out
            // changes nothing).
            Msg::SessionRenewed(session) => match &mut self.private {
                Some(space)
                    if !session.password_change_required
                        && session.profile.account_id == space.account_id() =>
                {
                    space.renewed(&session);
                    vec![Effect::StoreSession(session)]
                }
                _ => vec![],
            },
            Msg::Unlock(event) => self.unlock_event(event),
            Msg::Unlocked(outcome) => self.unlocked(outcome, now),
            Msg::Setup(event) => self.setup_event(event),
            Msg::QuickUnlockSet(settings) => {
                self.setup.pending = false;
                match settings {
                    Some(settings) => {
                        self.quick_unlock = Some(settings);
                        self.setup = PinSetup {
                            settings,
                            ..PinSetup::default()
                        };
                    }
                    None => self.setup.failed = true,
                }
                vec![]
            }
            Msg::BiometricsAvailable(available) => {
                self.biometrics_available = available;
                // Known after the lock screen was shown (a slow platform answer): offer the
                // prompt now if it was chosen.
                let chosen = self.quick_unlock.is_some_and(|s| s.biometric);
                match &mut self.locked {
                    Some(unlock) if available && chosen && !unlock.biometric => {
                        unlock.biometric = true;
                        unlock.biometric_pending = true;
                        vec![Effect::UnlockWithBiometric(self.lang)]
                    }
                    _ => vec![],
                }
            }
            Msg::Verify(event) => self.verification.update(event),
            Msg::Backgrounded => {
                if self.private.is_some() && self.background_since.is_none() {
                    self.background_since = Some(now);
                }
                vec![]
            }
            Msg::Foregrounded(screen) => {
                let since = self.background_since.take();
                match (self.quick_unlock, since) {
                    (Some(settings), Some(since))
                        if self.private.is_some() && settings.auto_lock.expired(since, now) =>
                    {
                        self.lock(screen)
                    }
                    _ => vec![],
                }
            }
        }
    }

    /// Locks the app: the private space closed (its records and forms gone from memory), the
    /// tokens and the key forgotten, the screen that was open shown again once unlocked.
    fn lock(&mut self, screen: Screen) -> Vec<Effect> {
        let Some(space) = self.private.take() else {
            return vec![];
        };
        let biometric = self.quick_unlock.is_some_and(|s| s.biometric) && self.biometrics_available;
        self.locked = Some(Unlock::new(space.account_id().to_owned(), 0, biometric));
        self.return_to = screen.is_private().then_some(screen);
        self.background_since = None;
        vec![Effect::Lock, Effect::Show(Screen::Unlock)]
    }

    fn unlock_event(&mut self, event: UnlockEvent) -> Vec<Effect> {
        let Some(unlock) = &mut self.locked else {
            return vec![];
        };
        // «Code oublié ?» always works, whatever is pending.
        if unlock.pending && !matches!(event, UnlockEvent::ForgotPin) {
            if let UnlockEvent::EditPin(pin) = event {
                unlock.pin = pin;
            }
            return vec![];
        }
        match event {
            UnlockEvent::EditPin(pin) => {
                unlock.pin = pin;
                vec![]
            }
            UnlockEvent::Submit => {
                let pin = Pin::typed(&unlock.pin);
                if !pin.is_complete() {
                    unlock.problem = Some(UnlockProblem::Format);
                    return vec![];
                }
                unlock.pending = true;
                unlock.problem = None;
                vec![Effect::UnlockWithPin(pin)]
            }
            UnlockEvent::UseBiometric if unlock.biometric && !unlock.biometric_pending => {
                unlock.biometric_pending = true;
                unlock.problem = None;
                vec![Effect::UnlockWithBiometric(self.lang)]
            }
            UnlockEvent::UseBiometric => vec![],
            UnlockEvent::ForgotPin => self.fall_back_to_sign_in(false),
        }
    }

    /// The full sign-in instead of the PIN: the sealed session deleted, the identifier kept
    /// (`after_lockout`: five wrong PINs, said on the sign-in screen).
    fn fall_back_to_sign_in(&mut self, after_lockout: bool) -> Vec<Effect> {
        let Some(unlock) = self.locked.take() else {
            return vec![];
        };
        self.quick_unlock = None;
        self.setup = PinSetup::default();
        self.return_to = None;
        self.sign_in = if after_lockout {
            SignIn::after_pin_lockout(unlock.account_id)
        } else {
            SignIn::new(Some(unlock.account_id))
        };
        vec![Effect::ClearSession, Effect::Show(Screen::SignIn)]
    }

    fn unlocked(&mut self, outcome: UnlockOutcome, now: DateTime<Utc>) -> Vec<Effect> {
        let Some(unlock) = &mut self.locked else {
            return vec![];
        };
        // Each outcome answers the attempt that waits for it: the biometric prompt's refusal
        // only the prompt, anything else the PIN (or the prompt when no PIN is being tried).
        let awaited = match outcome {
            UnlockOutcome::BiometricRefused => std::mem::take(&mut unlock.biometric_pending),
            _ if unlock.pending => {
                unlock.pending = false;
                true
            }
            _ => std::mem::take(&mut unlock.biometric_pending),
        };
        if !awaited {
            return vec![];
        }
        match outcome {
            UnlockOutcome::WrongPin { failures } => {
                unlock.failures = failures;
                unlock.pin.clear();
                if failures >= MAX_PIN_FAILURES {
                    return self.fall_back_to_sign_in(true);
                }
                unlock.problem = Some(UnlockProblem::WrongPin {
                    left: unlock.tries_left(),
                });
                vec![]
            }
            UnlockOutcome::BiometricRefused => {
                unlock.problem = Some(UnlockProblem::BiometricRefused);
                vec![]
            }
            UnlockOutcome::Gone => self.fall_back_to_sign_in(false),
            UnlockOutcome::Opened(Restored::Unreachable { .. }) => {
                unlock.problem = Some(UnlockProblem::Unreachable);
                vec![]
            }
            UnlockOutcome::Opened(restored) => {
                self.locked = None;
                match restored {
                    Restored::SignedIn(session) => match PrivateSpace::open(&session, now) {
                        Some(space) => {
                            self.private = Some(space);
                            let screen = self.return_to.take().unwrap_or(Screen::Space);
                            vec![Effect::StoreSession(session), Effect::Show(screen)]
                        }
                        None => {
                            self.quick_unlock = None;
                            self.sign_in = SignIn::new(Some(session.profile.account_id.clone()));
                            vec![Effect::ClearSession, Effect::Show(Screen::SignIn)]
                        }
                    },
                    Restored::Expired { account_id } => {
                        self.quick_unlock = None;
                        self.sign_in = SignIn::after_session_expired(account_id);
                        vec![Effect::ClearSession, Effect::Show(Screen::SignIn)]
                    }
                    Restored::UpdateRequired => {
                        self.update_required = true;
                        vec![Effect::Show(Screen::UpdateRequired)]
                    }
                    Restored::SignedOut
                    | Restored::Locked { .. }
                    | Restored::Unreachable { .. } => {
                        self.quick_unlock = None;
                        vec![Effect::ClearSession, Effect::Show(Screen::SignIn)]
                    }
                }
            }
        }
    }

    fn setup_event(&mut self, event: SetupEvent) -> Vec<Effect> {
        let Some(space) = &self.private else {
            return vec![];
        };
        if self.setup.pending {
            return vec![];
        }
        match event {
            SetupEvent::EditPin(pin) => self.setup.pin = pin,
            SetupEvent::EditConfirm(pin) => self.setup.confirm = pin,
            SetupEvent::AutoLock(a) => self.setup.settings.auto_lock = a,
            SetupEvent::Biometric(b) => {
                self.setup.settings.biometric = b && self.biometrics_available;
            }
            SetupEvent::Enable if !lock::QUICK_UNLOCK => {}
            SetupEvent::Enable => {
                self.setup.failed = false;
                // On already: new settings only (the PIN stays as it is).
                if self.quick_unlock.is_some() && self.setup.pin.is_empty() {
                    self.setup.pending = true;
                    return vec![Effect::UpdateQuickUnlock(self.setup.settings)];
                }
                let Some(pin) = self.setup.checked() else {
                    return vec![];
                };
                self.setup.pending = true;
                self.setup.pin.clear();
                self.setup.confirm.clear();
                return vec![Effect::EnableQuickUnlock {
                    account_id: space.account_id().to_owned(),
                    refresh_token: space.refresh_token().clone(),
                    pin,
                    settings: self.setup.settings,
                }];
            }
            SetupEvent::Disable => {
                if self.quick_unlock.take().is_some() {
                    self.setup = PinSetup::default();
                    return vec![Effect::DisableQuickUnlock {
                        account_id: space.account_id().to_owned(),
                        refresh_token: space.refresh_token().clone(),
                    }];
                }
            }
        }
        vec![]
    }

    fn launch(&mut self) -> Vec<Effect> {
        if self.launch != Launch::NotStarted {
            return vec![];
        }
        self.launch = Launch::Restoring;
        let mut effects = vec![
            Effect::UseLanguage {
                tag: self.lang.tag(),
                remember: false,
            },
            // Whether the biometric prompt can be offered, before the keychain is read: a
            // sealed session's lock screen then offers it at once.
            Effect::CheckBiometrics,
            Effect::RestoreSession,
        ];
        // A code step that survived the app being killed: straight back to it.
        if self.sign_up.step == sign_up::Step::Code {
            effects.push(Effect::Show(Screen::SignUp));
        } else if self.recovery.step == recovery::Step::Code {
            effects.push(Effect::Show(Screen::Recovery));
        }
        effects
    }

    fn restored(&mut self, restored: Restored, now: DateTime<Utc>) -> Vec<Effect> {
        self.launch = Launch::Ready;
        // The person signed in (or is signing in) while the keychain was checked: what the
        // launch found is out of date, and acting on it would replace or clear their session.
        if self.private.is_some()
            || self.sign_in.pending
            || self.sign_in.step == sign_in::Step::ChangePassword
        {
            return vec![];
        }
        match restored {
            Restored::SignedIn(session) => match PrivateSpace::open(&session, now) {
                Some(space) => {
                    self.private = Some(space);
                    let screen = self.return_to.take().unwrap_or(Screen::Space);
                    vec![Effect::StoreSession(session), Effect::Show(screen)]
                }
                // A restricted session never opens the private space, whatever kept it:
                // forget it here and at the server, and ask for the password again.
                None => {
                    self.sign_in = SignIn::new(Some(session.profile.account_id.clone()));
                    vec![
                        Effect::ClearSession,
                        Effect::Send(Request::SignOut(SignOutRequest {
                            refresh_token: session.refresh_token,
                        })),
                        Effect::Show(Screen::SignIn),
                    ]
                }
            },
            Restored::Expired { account_id } => {
                self.sign_in = SignIn::after_session_expired(account_id);
                vec![Effect::ClearSession, Effect::Show(Screen::SignIn)]
            }
            Restored::UpdateRequired => {
                self.update_required = true;
                vec![Effect::Show(Screen::UpdateRequired)]
            }
            Restored::Unreachable { account_id } => {
                // The tokens stay for the next launch; sign-in is prefilled meanwhile.
                if self.sign_in.identifier.is_empty() {
                    self.sign_in = SignIn::new(Some(account_id));
                }
                vec![]
            }
            Restored::SignedOut => vec![],
            Restored::Locked {
                account_id,
                settings,
                failures,
            } => {
                if failures >= MAX_PIN_FAILURES {
                    self.sign_in = SignIn::after_pin_lockout(account_id);
                    return vec![Effect::ClearSession, Effect::Show(Screen::SignIn)];
                }
                self.quick_unlock = Some(settings);
                self.setup.settings = settings;
                let biometric = settings.biometric && self.biometrics_available;
                let mut unlock = Unlock::new(account_id, failures, biometric);
                let mut effects = vec![Effect::Show(Screen::Unlock)];
                // The biometric prompt at once when chosen (the PIN stays on the screen).
                if biometric {
                    unlock.biometric_pending = true;
                    effects.push(Effect::UnlockWithBiometric(self.lang));
                }
                self.locked = Some(unlock);
                effects
            }
        }
    }

    fn answer(
        &mut self,
        target: Target,
        result: Result<Response, ApiError>,
        now: DateTime<Utc>,
    ) -> Vec<Effect> {
        // Sent by a session that has ended since: nobody on this phone waits for it.
        if matches!(result, Err(ApiError::Superseded)) {
            return vec![];
        }
        let version_refused =
            matches!(&result, Err(e) if e.code() == Some(ErrorCode::AppVersionUnsupported));
        let mut effects = match target {
            Target::SignUp => {
                let e = self.sign_up.update(sign_up::Event::Response(result), now);
                self.settle(e, now)
            }
            Target::SignIn => {
                let e = self.sign_in.update(sign_in::Event::Response(result), now);
                self.settle(e, now)
            }
            Target::Recovery => {
                let e = self.recovery.update(recovery::Event::Response(result), now);
                self.settle(e, now)
            }
            Target::Agencies => {
                let result = match result {
                    Ok(Response::Agencies(a)) => Ok(a),
                    Ok(_) => Err(ApiError::Unavailable { status: 200 }),
                    Err(e) => Err(e),
                };
                self.agencies.finish(result, now);
                vec![]
            }
            Target::Private(part) => match (&mut self.private, &result) {
                // No request of this part of the space is in flight: the answer is for a
                // space that is gone (a person who signed out), whatever it says.
                (None, _) => vec![],
                (Some(space), _) if !space.waits_for(&part) => vec![],
                (Some(_), Err(e))
                    if matches!(
                        e.code(),
                        Some(ErrorCode::SessionExpired | ErrorCode::PasswordChangeRequired)
                    ) =>
                {
                    self.expire()
                }
                (Some(space), _) => {
                    let e = space.update(private::Event::Response(part, result), now);
                    self.settle(e, now)
                }
            },
            Target::Verify => self.verification.update(VerifyEvent::Response(result)),
            Target::Nobody => vec![],
        };
        if version_refused {
            self.update_required = true;
            effects.push(Effect::Show(Screen::UpdateRequired));
        }
        effects
    }

    /// Applies the rules that span flows to a flow's effects: a session is stored only when
    /// full (a restricted one stays in memory), leaving it forgets the private space, and
    /// destinations become screens.
    fn settle(&mut self, effects: Vec<Effect>, now: DateTime<Utc>) -> Vec<Effect> {
        let mut out = Vec::with_capacity(effects.len());
        for effect in effects {
            match effect {
                // The same person's new tokens (a password changed in «Mon compte»): the
                // space goes on as it is.
                Effect::StoreSession(session)
                    if !session.password_change_required
                        && self
                            .private
                            .as_ref()
                            .is_some_and(|p| p.account_id() == session.profile.account_id) =>
                {
                    if let Some(space) = &mut self.private {
                        space.renewed(&session);
                    }
                    out.push(Effect::StoreSession(session));
                }
                Effect::StoreSession(session) => match PrivateSpace::open(&session, now) {
                    Some(space) => {
                        self.private = Some(space);
                        out.push(Effect::StoreSession(session));
                    }
                    // A restricted session: in memory only, and whatever space was open
                    // (someone else's, never signed out) is closed.
                    None => {
                        self.private = None;
                        out.push(Effect::HoldSession(session));
                    }
                },
                Effect::ClearSession => {
                    self.private = None;
                    self.quick_unlock = None;
                    out.push(Effect::ClearSession);
                }
                Effect::Navigate(destination) => out.extend(self.go(destination)),
                other => out.push(other),
            }
        }
        out
    }

    /// Prepares the flow a destination shows, and shows it.
    fn go(&mut self, destination: Destination) -> Vec<Effect> {
        match destination {
            Destination::Welcome => vec![Effect::Show(Screen::Welcome)],
            Destination::SignUp => {
                if !self.sign_up.is_pending() {
                    self.sign_up = SignUp::new();
                }
                vec![Effect::Show(Screen::SignUp)]
            }
            Destination::SignIn { identifier } => {
                let mut effects = vec![];
                if !self.sign_in.pending {
                    // Leaving a forced change half-done drops its restricted session.
                    if self.sign_in.step == sign_in::Step::ChangePassword {
                        effects.push(Effect::ClearSession);
                    }
                    if identifier.is_some() || self.sign_in.step != sign_in::Step::Credentials {
                        self.sign_in = SignIn::new(identifier);
                    } else {
                        self.sign_in.errors.clear();
                    }
                }
                effects.push(Effect::Show(Screen::SignIn));
                effects
            }
            Destination::Recovery { identifier } => {
                if self.recovery.pending.is_none() {
                    self.recovery = Recovery::new(identifier);
                }
                vec![Effect::Show(Screen::Recovery)]
            }
            Destination::PrivateSpace => match self.private {
                Some(_) => vec![Effect::Show(self.return_to.take().unwrap_or(Screen::Space))],
                None => vec![Effect::Show(Screen::SignIn)],
            },
            // The server forgot the account: so does the phone (nothing to sign out of).
            Destination::AccountDeleted => {
                self.private = None;
                self.quick_unlock = None;
                self.setup = PinSetup::default();
                self.forget_people();
                vec![
                    Effect::ClearSession,
                    Effect::ClearResume,
                    Effect::Show(Screen::AccountDeleted),
                ]
            }
        }
    }

    /// Sign-out: the welcome screen at once (shown before the task starts: no private screen
    /// left to redirect), the keychain unconditionally, then the server (best effort: offline,
    /// nothing waits for it), and nothing of the person is left in the model or the storage.
    fn sign_out(&mut self) -> Vec<Effect> {
        let mut effects = vec![
            Effect::Show(Screen::Welcome),
            Effect::ClearSession,
            Effect::ClearResume,
        ];
        if let Some(space) = self.private.take() {
            effects.push(Effect::Send(Request::SignOut(SignOutRequest {
                refresh_token: space.refresh_token().clone(),
            })));
        }
        self.quick_unlock = None;
        self.locked = None;
        self.setup = PinSetup::default();
        self.forget_people();
        effects
    }

    /// The server ended the session: back to sign-in, the identifier kept and nothing else.
    fn expire(&mut self) -> Vec<Effect> {
        let identifier = self.private.take().map(|p| p.account_id().to_owned());
        self.quick_unlock = None;
        self.setup = PinSetup::default();
        self.forget_people();
        if let Some(id) = identifier {
            self.sign_in = SignIn::after_session_expired(id);
        }
        vec![
            Effect::Show(Screen::SignIn),
            Effect::ClearSession,
            Effect::ClearResume,
        ]
    }

    /// Every flow back to its start: what one person typed is not shown to the next.
    fn forget_people(&mut self) {
        self.return_to = None;
        self.sign_in = SignIn::new(None);
        self.sign_up = SignUp::new();
        self.recovery = Recovery::new(None);
        self.verification.forget_input();
    }
}
