//! Ordinary app storage for what is not secret: the chosen language, the resume point of a
//! code step, the "installed" marker. It is the webview's `localStorage` on every platform —
//! the browser's on the web, the app webview's on desktop, Android and iOS (no file path that
//! one platform lacks) — and memory in tests. Never tokens, codes or ID numbers.

use std::collections::HashMap;
use std::sync::Mutex;

pub const LANGUAGE_KEY: &str = "macnss.language";
pub const RESUME_KEY: &str = "macnss.resume";
/// This device's push registration id (not a secret: it names the registration, which only
/// its holder's session may change), so that a new subscription replaces it.
pub const PUSH_DEVICE_KEY: &str = "macnss.push.device";
/// The attestation issuer's public keys (`/.well-known/…`, JSON): public, kept so that a code
/// verifies offline.
pub const ATTESTATION_KEYS_KEY: &str = "macnss.attestation-keys";
/// Set at first launch; absent after a reinstall, which is when a stale keychain item (iOS
/// keeps them across uninstalls) must be cleared.
pub const INSTALLED_KEY: &str = "macnss.installed";

pub trait Preferences: Send + Sync {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&self, key: &str, value: &str);
    fn remove(&self, key: &str);
}

/// Preferences in memory, for tests and as the fallback when no storage is available.
#[derive(Default)]
pub struct MemoryPreferences(Mutex<HashMap<String, String>>);

impl MemoryPreferences {
    /// Everything stored, for the tests that check nothing personal is.
    pub fn entries(&self) -> Vec<(String, String)> {
        self.0
            .lock()
            .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default()
    }
}

impl Preferences for MemoryPreferences {
    fn get(&self, key: &str) -> Option<String> {
        self.0.lock().ok()?.get(key).cloned()
    }
    fn set(&self, key: &str, value: &str) {
        if let Ok(mut m) = self.0.lock() {
            m.insert(key.to_owned(), value.to_owned());
        }
    }
    fn remove(&self, key: &str) {
        if let Ok(mut m) = self.0.lock() {
            m.remove(key);
        }
    }
}

/// The browser's `localStorage` (web build).
#[cfg(target_arch = "wasm32")]
pub struct LocalStorage;

#[cfg(target_arch = "wasm32")]
impl LocalStorage {
    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok()?
    }
}

#[cfg(target_arch = "wasm32")]
impl Preferences for LocalStorage {
    fn get(&self, key: &str) -> Option<String> {
        Self::storage()?.get_item(key).ok()?
    }
    fn set(&self, key: &str, value: &str) {
        if let Some(s) = Self::storage() {
            let _ = s.set_item(key, value);
        }
    }
    fn remove(&self, key: &str) {
        if let Some(s) = Self::storage() {
            let _ = s.remove_item(key);
        }
    }
}

/// The app webview's `localStorage` on desktop and mobile, reached through Dioxus' `eval`.
/// Reads are served from a copy loaded once at start ([`WebviewPreferences::load`]); writes go
/// to the copy and to the webview.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Default)]
pub struct WebviewPreferences {
    cache: Mutex<HashMap<String, String>>,
    loaded: std::sync::atomic::AtomicBool,
}

#[cfg(not(target_arch = "wasm32"))]
impl WebviewPreferences {
    /// Reads every `macnss.*` item of the webview's storage. Call once, from a component.
    pub async fn load(&self) {
        let script = "return Object.fromEntries(Object.keys(localStorage)\
            .filter(k => k.startsWith('macnss.')).map(k => [k, localStorage.getItem(k)]));";
        let read = dioxus::document::eval(script)
            .join::<HashMap<String, String>>()
            .await;
        match read {
            Ok(items) => {
                if let Ok(mut cache) = self.cache.lock() {
                    cache.extend(items);
                }
            }
            Err(e) => tracing::warn!(error = %e, "the webview storage could not be read"),
        }
        self.loaded.store(true, std::sync::atomic::Ordering::SeqCst);
    }

    pub fn is_loaded(&self) -> bool {
        self.loaded.load(std::sync::atomic::Ordering::SeqCst)
    }

    fn write(script: String) {
        // Fire and forget: the copy already holds the value.
        let _ = dioxus::document::eval(&script);
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Preferences for WebviewPreferences {
    fn get(&self, key: &str) -> Option<String> {
        self.cache.lock().ok()?.get(key).cloned()
    }
    fn set(&self, key: &str, value: &str) {
        if let Ok(mut m) = self.cache.lock() {
            m.insert(key.to_owned(), value.to_owned());
        }
        let (k, v) = (json_string(key), json_string(value));
        Self::write(format!("localStorage.setItem({k}, {v});"));
    }
    fn remove(&self, key: &str) {
        if let Ok(mut m) = self.cache.lock() {
            m.remove(key);
        }
        Self::write(format!("localStorage.removeItem({});", json_string(key)));
    }
}

/// A JavaScript string literal (JSON's escaping is valid JavaScript).
#[cfg(not(target_arch = "wasm32"))]
fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}
