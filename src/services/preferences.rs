//! Ordinary app storage for what is not secret: the chosen language and the resume point of
//! a code step. On the web (and in the webviews of desktop and mobile, through the UI layer)
//! this is `localStorage`; in tests it is memory. Never tokens, codes or ID numbers.

use std::collections::HashMap;
use std::sync::Mutex;

pub const LANGUAGE_KEY: &str = "macnss.language";
pub const RESUME_KEY: &str = "macnss.resume";

pub trait Preferences: Send + Sync {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&self, key: &str, value: &str);
    fn remove(&self, key: &str);
}

/// Preferences in memory, for tests and as the fallback when no storage is available.
#[derive(Default)]
pub struct MemoryPreferences(Mutex<HashMap<String, String>>);

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
