//! What a sign-in says about the device (`macnss_api::account::DeviceInfo`), for «Mes
//! appareils»: a random id made at the first sign-in and kept in the preferences (not a secret:
//! it only tells the server that a sign-in comes from a device the account has not used), a
//! name the person recognises («Chrome · Android», «Linux · poste-amina») and the platform.

use super::preferences::Preferences;
use macnss_api::account::{DeviceInfo, Platform};

/// Where the device id is kept.
pub const DEVICE_KEY: &str = "macnss.device";

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// 43 random characters of the base64url alphabet (the shape of every id of the API).
fn new_device_id() -> String {
    let mut bytes = [0u8; 43];
    fill_random(&mut bytes);
    bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(b & 63)]))
        .collect()
}

#[cfg(not(target_arch = "wasm32"))]
fn fill_random(out: &mut [u8]) {
    use ring::rand::SecureRandom;
    if ring::rand::SystemRandom::new().fill(out).is_err() {
        // Without system randomness the id only needs to differ from other devices'.
        let nanos = chrono::Utc::now().timestamp_nanos_opt().unwrap_or_default();
        for (i, b) in out.iter_mut().enumerate() {
            *b = (nanos >> (i % 8 * 8)) as u8 ^ (i as u8);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn fill_random(out: &mut [u8]) {
    for b in out.iter_mut() {
        *b = (js_sys::Math::random() * 256.0) as u8;
    }
}

/// The device's description, its id made and kept on first use.
pub fn device_info(preferences: &dyn Preferences) -> DeviceInfo {
    let id = match preferences.get(DEVICE_KEY) {
        Some(id) if macnss_api::validate::patterns::is_opaque_id(&id) => id,
        _ => {
            let id = new_device_id();
            preferences.set(DEVICE_KEY, &id);
            id
        }
    };
    let (name, platform) = describe();
    DeviceInfo {
        device_id: id,
        name: DeviceInfo::clean_name(&name, platform_name(platform)),
        platform,
    }
}

fn platform_name(platform: Platform) -> &'static str {
    match platform {
        Platform::Android => "Android",
        Platform::Ios => "iPhone",
        Platform::Web => "Web",
        Platform::Desktop => "PC",
    }
}

/// The browser and the system a user agent names («Chrome · Android»).
pub fn name_from_user_agent(ua: &str) -> String {
    let browser = if ua.contains("Edg/") {
        "Edge"
    } else if ua.contains("Firefox/") {
        "Firefox"
    } else if ua.contains("Chrome/") || ua.contains("Chromium/") || ua.contains("CriOS/") {
        "Chrome"
    } else if ua.contains("Safari/") {
        "Safari"
    } else {
        "Web"
    };
    let system = if ua.contains("Android") {
        "Android"
    } else if ua.contains("iPhone") || ua.contains("iPad") {
        "iOS"
    } else if ua.contains("Windows") {
        "Windows"
    } else if ua.contains("Mac OS") {
        "macOS"
    } else if ua.contains("Linux") || ua.contains("X11") {
        "Linux"
    } else {
        return browser.to_owned();
    };
    format!("{browser} · {system}")
}

#[cfg(target_arch = "wasm32")]
fn describe() -> (String, Platform) {
    let ua = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    (name_from_user_agent(&ua), Platform::Web)
}

#[cfg(target_os = "android")]
fn describe() -> (String, Platform) {
    ("Android".to_owned(), Platform::Android)
}

#[cfg(target_os = "ios")]
fn describe() -> (String, Platform) {
    ("iPhone".to_owned(), Platform::Ios)
}

#[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
fn describe() -> (String, Platform) {
    let system = match std::env::consts::OS {
        "linux" => "Linux",
        "macos" => "macOS",
        "windows" => "Windows",
        other => other,
    };
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty());
    let name = match host {
        Some(host) => format!("{system} · {host}"),
        None => system.to_owned(),
    };
    (name, Platform::Desktop)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::preferences::MemoryPreferences;

    #[test]
    fn a_user_agent_becomes_a_browser_and_a_system() {
        let chrome_android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
        let safari_iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
        let firefox_windows =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
        let edge = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";
        assert_eq!(name_from_user_agent(chrome_android), "Chrome · Android");
        assert_eq!(name_from_user_agent(safari_iphone), "Safari · iOS");
        assert_eq!(name_from_user_agent(firefox_windows), "Firefox · Windows");
        assert_eq!(name_from_user_agent(edge), "Edge · Windows");
        assert_eq!(name_from_user_agent(""), "Web");
    }

    #[test]
    fn the_device_id_is_made_once_and_kept() {
        let prefs = MemoryPreferences::default();
        let first = device_info(&prefs);
        assert!(first.is_valid(), "{first:?}");
        assert_eq!(device_info(&prefs).device_id, first.device_id);
        let other = device_info(&MemoryPreferences::default());
        assert_ne!(other.device_id, first.device_id);
    }
}
