//! Quick unlock: after a first full sign-in, a 6-digit app PIN (and the platform's biometric
//! prompt where there is one) opens the session kept in the keychain, and the app locks itself.
//!
//! The rules (the root model applies them; the services do the cryptography):
//! - With quick unlock on, the keychain holds the session **sealed**: the refresh token is
//!   encrypted with a random key, and that key is wrapped by a key derived from the PIN
//!   (Argon2id) — and, where enabled, kept by the platform's biometric store. The PIN itself
//!   is never stored. So every cold start asks for it (a cold start that did not would let
//!   anyone past the background lock by closing the app).
//! - The app locks after [`AutoLock`] in the background: the private space is dropped from
//!   memory (records, forms), the tokens and the key forgotten; the screen that was open is
//!   shown again after unlocking.
//! - [`MAX_PIN_FAILURES`] wrong PINs in a row (counted in the keychain, across restarts) fall
//!   back to the full sign-in: the sealed session is deleted, the identifier kept.
//! - «Code oublié ?» is the same fall-back, at once.
//! - On the web there is no quick unlock: the session lives in the tab's memory only and ends
//!   with it, so there is nothing kept to lock. The desktop has the PIN only (no biometric
//!   prompt is used there).

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Whether this build offers the quick unlock: every platform with a keychain (not the web).
pub const QUICK_UNLOCK: bool = cfg!(not(target_arch = "wasm32"));

/// Digits of the app PIN.
pub const PIN_LENGTH: usize = 6;
/// Wrong PINs in a row before the full sign-in is required.
pub const MAX_PIN_FAILURES: u8 = 5;

/// How long the app may stay in the background before it locks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum AutoLock {
    Immediately,
    OneMinute,
    #[default]
    FiveMinutes,
    FifteenMinutes,
}

impl AutoLock {
    pub const ALL: [AutoLock; 4] = [
        Self::Immediately,
        Self::OneMinute,
        Self::FiveMinutes,
        Self::FifteenMinutes,
    ];

    pub fn minutes(self) -> i64 {
        match self {
            Self::Immediately => 0,
            Self::OneMinute => 1,
            Self::FiveMinutes => 5,
            Self::FifteenMinutes => 15,
        }
    }

    /// Whether an app sent to the background at `since` must lock when it comes back at
    /// `now`.
    pub fn expired(self, since: DateTime<Utc>, now: DateTime<Utc>) -> bool {
        now - since >= Duration::minutes(self.minutes())
    }
}

/// The person's choices, kept with the sealed session (not secret).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct LockSettings {
    pub auto_lock: AutoLock,
    /// The biometric prompt may release the key too.
    pub biometric: bool,
}

/// A PIN as typed: `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Pin(pub String);

impl fmt::Debug for Pin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pin(••••••)")
    }
}

impl Pin {
    /// The PIN as typed, its digits made ASCII (an Arabic keyboard types ٠–٩ or ۰–۹: the same
    /// PIN), spaces dropped.
    pub fn typed(text: &str) -> Self {
        Self(
            macnss_api::validate::ascii_digits(text)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect(),
        )
    }

    /// Exactly [`PIN_LENGTH`] ASCII digits.
    pub fn is_complete(&self) -> bool {
        self.0.len() == PIN_LENGTH && self.0.bytes().all(|b| b.is_ascii_digit())
    }
}

/// Why a PIN typed at set-up is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinProblem {
    /// Not six digits.
    Format,
    /// All the same digit, or a run (123456, 654321): the first codes anyone tries.
    TooSimple,
    /// The second copy differs.
    Mismatch,
}

/// Whether `pin` is acceptable as a new PIN (Arabic-Indic digits count as digits).
pub fn check_new_pin(pin: &str) -> Result<(), PinProblem> {
    let pin = Pin::typed(pin).0;
    let pin = pin.as_str();
    let digits: Vec<i16> = pin
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| i16::from(b - b'0'))
        .collect();
    if pin.len() != PIN_LENGTH || digits.len() != PIN_LENGTH {
        return Err(PinProblem::Format);
    }
    let steps: Vec<i16> = digits.windows(2).map(|w| w[1] - w[0]).collect();
    let constant_step = steps.iter().all(|s| *s == steps[0]);
    if constant_step && matches!(steps[0], -1..=1) {
        return Err(PinProblem::TooSimple);
    }
    Ok(())
}

/// What the services answer to an unlock attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum UnlockOutcome {
    /// The key was released and the session checked with the server (as at launch).
    Opened(super::model::Restored),
    /// The PIN was wrong; the count of wrong ones in a row, as kept in the keychain.
    WrongPin { failures: u8 },
    /// The biometric prompt did not release the key (cancelled, changed, locked out): the
    /// PIN is still there.
    BiometricRefused,
    /// Nothing sealed in the keychain any more (cleared elsewhere): sign in.
    Gone,
}

/// The lock screen («Déverrouiller MaCNSS»).
#[derive(Clone, PartialEq, Eq)]
pub struct Unlock {
    pub account_id: String,
    pub pin: String,
    pub failures: u8,
    /// A PIN being tried.
    pub pending: bool,
    /// The biometric prompt is up: the PIN may still be typed and tried (a prompt whose
    /// answer never comes must not hold the screen).
    pub biometric_pending: bool,
    /// The biometric prompt may be offered.
    pub biometric: bool,
    /// The last attempt: a wrong PIN, the biometric refused, or the server unreachable.
    pub problem: Option<UnlockProblem>,
}

impl fmt::Debug for Unlock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Unlock")
            .field("account_id", &self.account_id)
            .field("pin", &"••••••")
            .field("failures", &self.failures)
            .field("pending", &self.pending)
            .field("problem", &self.problem)
            .finish()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnlockProblem {
    /// Wrong PIN: this many tries left.
    WrongPin {
        left: u8,
    },
    /// Not six digits.
    Format,
    BiometricRefused,
    /// The PIN was right but the server could not be reached: «Réessayer».
    Unreachable,
}

impl Unlock {
    pub fn new(account_id: String, failures: u8, biometric: bool) -> Self {
        Self {
            account_id,
            pin: String::new(),
            failures,
            pending: false,
            biometric_pending: false,
            biometric,
            problem: None,
        }
    }

    /// The account, masked but for its last three digits (the lock screen is shown to whoever
    /// holds the phone).
    pub fn masked_account(&self) -> String {
        let n = self.account_id.chars().count();
        self.account_id
            .chars()
            .enumerate()
            .map(|(i, c)| if i + 3 < n { '•' } else { c })
            .collect()
    }

    pub fn tries_left(&self) -> u8 {
        MAX_PIN_FAILURES.saturating_sub(self.failures)
    }
}

/// Events of the lock screen.
#[derive(Clone, PartialEq)]
pub enum UnlockEvent {
    EditPin(String),
    Submit,
    UseBiometric,
    /// «Code oublié ? Se connecter avec le mot de passe».
    ForgotPin,
}

impl fmt::Debug for UnlockEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EditPin(_) => f.write_str("EditPin(••••••)"),
            Self::Submit => f.write_str("Submit"),
            Self::UseBiometric => f.write_str("UseBiometric"),
            Self::ForgotPin => f.write_str("ForgotPin"),
        }
    }
}

/// The set-up form («Verrouillage de l'application»).
#[derive(Clone, PartialEq, Eq, Default)]
pub struct PinSetup {
    pub pin: String,
    pub confirm: String,
    pub settings: LockSettings,
    pub problem: Option<PinProblem>,
    pub pending: bool,
    /// Turning it on failed in the services (the keychain refused).
    pub failed: bool,
}

impl fmt::Debug for PinSetup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PinSetup")
            .field("typed", &"••••••")
            .field("settings", &self.settings)
            .field("problem", &self.problem)
            .field("pending", &self.pending)
            .finish()
    }
}

/// Events of the set-up screen.
#[derive(Clone, PartialEq)]
pub enum SetupEvent {
    EditPin(String),
    EditConfirm(String),
    AutoLock(AutoLock),
    Biometric(bool),
    /// Turn quick unlock on with the PIN typed twice (or, when on, save the new settings).
    Enable,
    /// Turn it off: the session is kept unsealed again.
    Disable,
}

impl fmt::Debug for SetupEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EditPin(_) => f.write_str("EditPin(••••••)"),
            Self::EditConfirm(_) => f.write_str("EditConfirm(••••••)"),
            Self::AutoLock(a) => write!(f, "AutoLock({a:?})"),
            Self::Biometric(b) => write!(f, "Biometric({b})"),
            Self::Enable => f.write_str("Enable"),
            Self::Disable => f.write_str("Disable"),
        }
    }
}

impl PinSetup {
    /// The PIN typed twice, checked; the problem shown otherwise.
    pub fn checked(&mut self) -> Option<Pin> {
        let (pin, confirm) = (Pin::typed(&self.pin), Pin::typed(&self.confirm));
        let problem = match check_new_pin(&self.pin) {
            Err(p) => Some(p),
            Ok(()) if confirm != pin => Some(PinProblem::Mismatch),
            Ok(()) => None,
        };
        self.problem = problem;
        problem.is_none().then_some(pin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_new_pin_is_six_digits_and_not_a_run_or_a_repeat() {
        for ok in ["240913", "135790", "112233", "908172", "000001"] {
            assert_eq!(check_new_pin(ok), Ok(()), "{ok}");
        }
        for simple in ["000000", "999999", "123456", "654321", "345678", "987654"] {
            assert_eq!(
                check_new_pin(simple),
                Err(PinProblem::TooSimple),
                "{simple}"
            );
        }
        for bad in ["", "12345", "1234567", "12a456", "12 456"] {
            assert_eq!(check_new_pin(bad), Err(PinProblem::Format), "{bad}");
        }
        // An Arabic keyboard's digits are the same digits.
        assert_eq!(check_new_pin("٢٤٠٩١٣"), Ok(()));
        assert_eq!(check_new_pin("١٢٣٤٥٦"), Err(PinProblem::TooSimple));
        assert_eq!(Pin::typed("٢٤٠ ٩١٣"), Pin("240913".into()));
    }

    #[test]
    fn the_set_up_wants_the_same_pin_twice() {
        let mut setup = PinSetup {
            pin: "240913".into(),
            confirm: "240931".into(),
            ..PinSetup::default()
        };
        assert_eq!(setup.checked(), None);
        assert_eq!(setup.problem, Some(PinProblem::Mismatch));
        setup.confirm = "240913".into();
        assert_eq!(setup.checked(), Some(Pin("240913".into())));
        assert_eq!(setup.problem, None);
    }

    #[test]
    fn the_background_delay_is_counted_from_the_moment_the_app_left() {
        let left = Utc
            .with_ymd_and_hms(2026, 12, 2, 10, 0, 0)
            .single()
            .expect("date");
        let at = |s: i64| left + Duration::seconds(s);
        assert!(AutoLock::Immediately.expired(left, left));
        assert!(!AutoLock::OneMinute.expired(left, at(59)));
        assert!(AutoLock::OneMinute.expired(left, at(60)));
        assert!(!AutoLock::FiveMinutes.expired(left, at(299)));
        assert!(AutoLock::FiveMinutes.expired(left, at(300)));
        assert!(!AutoLock::FifteenMinutes.expired(left, at(899)));
        assert!(AutoLock::FifteenMinutes.expired(left, at(900)));
        // A clock moved back never locks early, never panics.
        assert!(!AutoLock::OneMinute.expired(left, at(-3600)));
    }

    #[test]
    fn secrets_never_show_in_debug() {
        let unlock = Unlock {
            pin: "240913".into(),
            ..Unlock::new("123456789".into(), 0, false)
        };
        let setup = PinSetup {
            pin: "240913".into(),
            confirm: "240913".into(),
            ..PinSetup::default()
        };
        for shown in [
            format!("{unlock:?}"),
            format!("{setup:?}"),
            format!("{:?}", Pin("240913".into())),
            format!("{:?}", UnlockEvent::EditPin("240913".into())),
            format!("{:?}", SetupEvent::EditConfirm("240913".into())),
        ] {
            assert!(!shown.contains("240913"), "{shown}");
        }
    }
}
