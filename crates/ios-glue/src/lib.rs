//! The iOS glue of the MaCNSS app: native UIKit behaviour that Dioxus does not provide, written
//! in Rust with the objc2 bindings and linked into the app like any other crate.
//!
//! Today one thing, the privacy cover ([`install_privacy_cover`]): while the app is not active
//! an opaque view in the colour of the app icon's background covers every window, so the app
//! switcher's snapshot (and anyone glancing at a phone left on the switcher) shows no identity
//! number, code or password (MASVS-PLATFORM). iOS has no `FLAG_SECURE`; this is the platform's
//! pattern. The view is added on `UIApplicationWillResignActiveNotification` and removed on
//! `UIApplicationDidBecomeActiveNotification`.
//!
//! This is the one crate of the workspace allowed to contain `unsafe` code: calling
//! Objective-C needs it in a few places (reading UIKit's notification-name constants,
//! registering a block with the notification center). The crate denies `unsafe_code`, allows it
//! only on the items that need it, and states the reason for each block in a `SAFETY:` comment.
//!
//! On every other target the crate is empty: the app depends on it only when building for iOS.

#[cfg(target_os = "ios")]
mod cover;

#[cfg(target_os = "ios")]
pub use cover::install_privacy_cover;

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
