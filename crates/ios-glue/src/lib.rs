//! The iOS glue of the MaCNSS app: native UIKit behaviour that Dioxus does not provide, written
//! in Rust with the objc2 bindings and linked into the app like any other crate.
//!
//! Two things. The privacy cover ([`install_privacy_cover`]): while the app is not active
//! an opaque view in the colour of the app icon's background covers every window, so the app
//! switcher's snapshot (and anyone glancing at a phone left on the switcher) shows no identity
//! number, code or password (MASVS-PLATFORM). iOS has no `FLAG_SECURE`; this is the platform's
//! pattern. The view is added on `UIApplicationWillResignActiveNotification` and removed on
//! `UIApplicationDidBecomeActiveNotification`. And the quick unlock's biometric secret
//! (`biometric_available`, `biometric_store`, `biometric_release`, `biometric_forget`): a
//! Keychain item that only Face ID or Touch ID, with the biometrics enrolled when it was
//! written, can read (see `biometric.rs`). And the share sheet for a document the person
//! asked for (`share_pdf`, see `share.rs`). And push notifications (`push_status`,
//! `push_register`, see `push.rs`): the authorisation, the APNs registration, the device token
//! (tao's app delegate lacks UIKit's token callbacks: they are added to its class).
//!
//! This is the one crate of the workspace allowed to contain `unsafe` code: calling
//! Objective-C needs it in a few places (reading UIKit's notification-name constants,
//! registering a block with the notification center, the Security framework's Keychain calls
//! and constants, LocalAuthentication's context). The crate denies `unsafe_code`, allows it
//! only on the items that need it, and states the reason for each block in a `SAFETY:` comment.
//!
//! On every other target the crate is empty: the app depends on it only when building for iOS.

#[cfg(target_os = "ios")]
mod cover;

#[cfg(target_os = "ios")]
pub use cover::install_privacy_cover;

#[cfg(target_os = "ios")]
mod share;

#[cfg(target_os = "ios")]
pub use share::share_pdf;

#[cfg(target_os = "ios")]
mod push;

#[cfg(target_os = "ios")]
pub use push::{PushRefusal, PushStatus, hex as push_token_hex, push_register, push_status};

#[cfg(target_os = "ios")]
mod biometric;

#[cfg(target_os = "ios")]
pub use biometric::{
    ACCOUNT, SERVICE, biometric_available, biometric_forget, biometric_release, biometric_store,
};

/// The length of the biometric secret: the quick unlock's 32-byte key.
pub const SECRET_LEN: usize = 32;

/// Why the biometric Keychain item was not written or read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GlueError {
    /// No Face ID or Touch ID on the device, none enrolled, or no passcode set.
    Unavailable,
    /// The person cancelled the prompt (or the system did: another app came forward).
    Cancelled,
    /// The item is gone: the enrolled biometrics changed (or the passcode was removed) since
    /// it was written, or it was never written.
    Invalidated,
    /// Too many failed attempts: biometrics are locked until the passcode is entered.
    LockedOut,
    /// Anything else, with the call and its status.
    Failed(String),
}

/// `canEvaluatePolicy`'s error (an `LAError` code) as a [`GlueError`].
#[cfg(any(target_os = "ios", test))]
fn policy_error(code: isize) -> GlueError {
    match code {
        // LAErrorBiometryLockout
        -8 => GlueError::LockedOut,
        // LAErrorPasscodeNotSet, LAErrorBiometryNotAvailable, LAErrorBiometryNotEnrolled,
        // LAErrorBiometryNotPaired, LAErrorBiometryDisconnected
        -5 | -6 | -7 | -12 | -13 => GlueError::Unavailable,
        // LAErrorUserCancel, LAErrorSystemCancel, LAErrorAppCancel
        -2 | -4 | -9 => GlueError::Cancelled,
        other => GlueError::Failed(format!("LAError {other}")),
    }
}

/// `SecItemCopyMatching`'s status for the biometric item as a [`GlueError`]; `locked_out` says
/// whether biometrics are locked out now (asked after the failure).
#[cfg(any(target_os = "ios", test))]
fn release_error(status: i32, locked_out: bool) -> GlueError {
    match status {
        // errSecUserCanceled: the prompt's «Annuler», or the system took it away.
        -128 => GlueError::Cancelled,
        // errSecItemNotFound: a `.biometryCurrentSet` item whose biometrics changed is gone.
        -25300 => GlueError::Invalidated,
        // errSecAuthFailed: not recognised — the attempts that lock biometrics out end so.
        -25293 if locked_out => GlueError::LockedOut,
        -25293 => GlueError::Failed("not recognised (errSecAuthFailed)".to_owned()),
        // errSecInteractionNotAllowed: the device is locked, or the app is not in front.
        -25308 => {
            GlueError::Failed("no prompt possible now (errSecInteractionNotAllowed)".to_owned())
        }
        0 => GlueError::Failed("the Keychain answered no data".to_owned()),
        other => GlueError::Failed(format!("SecItemCopyMatching: {other}")),
    }
}

/// The cover's colour as `0xRRGGBB`: the background of the app icon (`assets/icon/icon.svg`,
/// also Android's `ic_launcher_background`), the colour the system shows around the icon.
#[cfg(any(target_os = "ios", test))]
const COVER_RGB: u32 = 0x0B5CAD;

/// Red, green and blue of a `0xRRGGBB` colour as UIKit's components in `0.0..=1.0`.
#[cfg(any(target_os = "ios", test))]
fn rgb_components(rgb: u32) -> [f64; 3] {
    [16, 8, 0].map(|shift| f64::from((rgb >> shift) & 0xFF) / 255.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_errors_say_lockout_unavailable_cancelled_or_failed() {
        assert_eq!(policy_error(-8), GlueError::LockedOut);
        for code in [-5, -6, -7, -12, -13] {
            assert_eq!(policy_error(code), GlueError::Unavailable, "{code}");
        }
        assert_eq!(policy_error(-2), GlueError::Cancelled);
        assert_eq!(policy_error(-1), GlueError::Failed("LAError -1".to_owned()));
    }

    #[test]
    fn keychain_statuses_say_cancelled_invalidated_locked_out_or_failed() {
        assert_eq!(release_error(-128, false), GlueError::Cancelled);
        assert_eq!(release_error(-25300, false), GlueError::Invalidated);
        assert_eq!(release_error(-25293, true), GlueError::LockedOut);
        assert!(matches!(release_error(-25293, false), GlueError::Failed(_)));
        assert!(matches!(release_error(-25308, true), GlueError::Failed(_)));
        assert!(matches!(release_error(0, false), GlueError::Failed(_)));
    }

    #[test]
    fn components_are_red_green_blue_in_that_order_scaled_to_one() {
        assert_eq!(rgb_components(0xFF8000), [1.0, 128.0 / 255.0, 0.0]);
        assert_eq!(
            rgb_components(COVER_RGB),
            [11.0 / 255.0, 92.0 / 255.0, 173.0 / 255.0]
        );
    }

    #[test]
    fn the_cover_has_the_colour_of_the_app_icons_background() {
        let svg = include_str!("../../../assets/icon/icon.svg");
        let background = svg
            .lines()
            .find(|line| line.trim_start().starts_with(r#"<rect id="background""#))
            .expect("the icon has a background rectangle");
        let fill = background
            .split("fill=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("the background rectangle has a fill");
        assert_eq!(fill.to_ascii_uppercase(), format!("#{COVER_RGB:06X}"));
    }
}
