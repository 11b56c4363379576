//! The platform's biometric prompt as a service: a 32-byte secret (the quick unlock's key,
//! `services::unlock`) kept so that only the person's face or fingerprint releases it —
//! Android's BiometricPrompt over a Keystore key that requires user authentication, iOS's
//! LocalAuthentication over a Keychain item whose access control asks for the current set of
//! biometrics. Where there is none (web, desktop, tests) [`NoBiometrics`] says so and the PIN
//! is the only way.
//!
//! The secret never crosses into the webview's storage or a log: on Android the activity
//! keeps it wrapped by the Keystore key, on iOS the Keychain keeps it.

use std::future::Future;
use std::pin::Pin;

/// A future of this service: not `Send` (the Android bridge answers through the webview).
pub type LocalFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// Why the biometric prompt did not release the secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BiometricError {
    /// No biometric hardware, none enrolled, or the platform has no prompt.
    #[error("no biometrics on this device")]
    Unavailable,
    /// The person cancelled the prompt (or chose the PIN instead).
    #[error("cancelled")]
    Cancelled,
    /// The enrolled biometrics changed since the secret was kept (a new fingerprint): the
    /// secret is gone and the PIN must be used, then biometrics enabled again.
    #[error("the biometrics changed: enable them again")]
    Invalidated,
    /// Too many failed attempts: the platform locked its prompt for a while.
    #[error("locked out by the platform")]
    LockedOut,
    /// Anything else the platform said.
    #[error("biometric prompt failed: {0}")]
    Failed(String),
}

/// The platform's biometric prompt guarding one secret.
pub trait Biometrics {
    /// Whether a biometric is enrolled and usable now.
    fn available(&self) -> LocalFuture<'_, bool>;
    /// Keeps `secret` so that only a successful prompt releases it (replaces any kept one).
    fn enroll(&self, secret: [u8; 32]) -> LocalFuture<'_, Result<(), BiometricError>>;
    /// Shows the prompt with `reason` (localized); the secret when the person is recognised.
    fn release(&self, reason: String) -> LocalFuture<'_, Result<[u8; 32], BiometricError>>;
    /// Forgets the kept secret (quick unlock turned off, sign-out, five wrong PINs).
    fn forget(&self) -> LocalFuture<'_, ()>;
}

/// No biometric prompt: web, desktop, tests.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoBiometrics;

impl Biometrics for NoBiometrics {
    fn available(&self) -> LocalFuture<'_, bool> {
        Box::pin(async { false })
    }
    fn enroll(&self, _secret: [u8; 32]) -> LocalFuture<'_, Result<(), BiometricError>> {
        Box::pin(async { Err(BiometricError::Unavailable) })
    }
    fn release(&self, _reason: String) -> LocalFuture<'_, Result<[u8; 32], BiometricError>> {
        Box::pin(async { Err(BiometricError::Unavailable) })
    }
    fn forget(&self) -> LocalFuture<'_, ()> {
        Box::pin(async {})
    }
}
