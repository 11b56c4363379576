//! The session's tokens in the OS keychain, and nowhere else: Secret Service on Linux, the
//! Keystore-backed store on Android, the protected Keychain on iOS (keyring-core stores). On
//! the web there is no keychain: the session lives in memory for the tab's life.
//!
//! A keychain error means "signed out, continue" — never a fallback to a file. The stores are
//! blocking: callers run them off the UI thread.

use macnss_api::types::Token;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::{Arc, Mutex};

/// What the keychain holds for the signed-in account: the refresh token, or (quick unlock
/// on) the token sealed by the PIN's key (`services::unlock`).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredSession {
    pub account_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<Token>,
    #[cfg(not(target_arch = "wasm32"))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed: Option<super::unlock::SealedSession>,
}

impl StoredSession {
    /// A session kept as it is (no quick unlock).
    pub fn open(account_id: String, refresh_token: Token) -> Self {
        Self {
            account_id,
            refresh_token: Some(refresh_token),
            #[cfg(not(target_arch = "wasm32"))]
            sealed: None,
        }
    }

    /// A session sealed by the quick unlock.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn sealed(account_id: String, sealed: super::unlock::SealedSession) -> Self {
        Self {
            account_id,
            refresh_token: None,
            sealed: Some(sealed),
        }
    }
}

impl fmt::Debug for StoredSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("StoredSession");
        d.field("account_id", &self.account_id)
            .field("refresh_token", &self.refresh_token);
        #[cfg(not(target_arch = "wasm32"))]
        d.field("sealed", &self.sealed);
        d.finish()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error("the keychain is unavailable: {0}")]
    Unavailable(String),
    #[error("the stored session is unreadable")]
    Corrupt,
}

/// Where the session is kept.
pub trait SessionStore: Send + Sync {
    fn load(&self) -> Result<Option<StoredSession>, SessionError>;
    fn save(&self, session: &StoredSession) -> Result<(), SessionError>;
    /// Removes the session; succeeds when there is none.
    fn clear(&self) -> Result<(), SessionError>;
}

/// Keychain service and account names of the entry.
pub const KEYCHAIN_SERVICE: &str = "ma.cnss.macnss";
pub const KEYCHAIN_USER: &str = "session";

/// The session in memory only: the web build, and tests of code that needs a store.
#[derive(Default)]
pub struct MemoryStore(Mutex<Option<StoredSession>>);

impl SessionStore for MemoryStore {
    fn load(&self) -> Result<Option<StoredSession>, SessionError> {
        Ok(self.0.lock().map_err(|_| SessionError::Corrupt)?.clone())
    }
    fn save(&self, session: &StoredSession) -> Result<(), SessionError> {
        *self.0.lock().map_err(|_| SessionError::Corrupt)? = Some(session.clone());
        Ok(())
    }
    fn clear(&self) -> Result<(), SessionError> {
        *self.0.lock().map_err(|_| SessionError::Corrupt)? = None;
        Ok(())
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use keychain::KeychainStore;

#[cfg(not(target_arch = "wasm32"))]
mod keychain {
    //! The keyring-core implementation, over whichever store `install_platform_store` set.
    use super::*;
    use keyring_core::{Entry, Error};

    /// The session in the OS keychain's default store.
    pub struct KeychainStore {
        service: String,
    }

    impl KeychainStore {
        pub fn new(service: impl Into<String>) -> Self {
            Self {
                service: service.into(),
            }
        }

        fn entry(&self) -> Result<Entry, SessionError> {
            Entry::new(&self.service, KEYCHAIN_USER)
                .map_err(|e| SessionError::Unavailable(e.to_string()))
        }
    }

    impl SessionStore for KeychainStore {
        fn load(&self) -> Result<Option<StoredSession>, SessionError> {
            match self.entry()?.get_password() {
                Ok(json) => serde_json::from_str(&json)
                    .map(Some)
                    .map_err(|_| SessionError::Corrupt),
                Err(Error::NoEntry) => Ok(None),
                Err(e) => Err(SessionError::Unavailable(e.to_string())),
            }
        }
        fn save(&self, session: &StoredSession) -> Result<(), SessionError> {
            let json = serde_json::to_string(session).map_err(|_| SessionError::Corrupt)?;
            self.entry()?
                .set_password(&json)
                .map_err(|e| SessionError::Unavailable(e.to_string()))
        }
        fn clear(&self) -> Result<(), SessionError> {
            match self.entry()?.delete_credential() {
                Ok(()) | Err(Error::NoEntry) => Ok(()),
                Err(e) => Err(SessionError::Unavailable(e.to_string())),
            }
        }
    }

    /// Makes the platform's keychain the default keyring-core store.
    pub fn install_platform_store() -> Result<(), String> {
        #[cfg(target_os = "linux")]
        let store = zbus_secret_service_keyring_store::Store::new().map_err(|e| e.to_string())?;
        #[cfg(target_os = "android")]
        let store = android_native_keyring_store::Store::new().map_err(|e| e.to_string())?;
        #[cfg(target_os = "ios")]
        let store =
            apple_native_keyring_store::protected::Store::new().map_err(|e| e.to_string())?;
        #[cfg(target_os = "macos")]
        let store =
            apple_native_keyring_store::keychain::Store::new().map_err(|e| e.to_string())?;
        #[cfg(not(any(
            target_os = "linux",
            target_os = "android",
            target_os = "ios",
            target_os = "macos"
        )))]
        return Err("no keychain store for this platform".into());
        #[cfg(any(
            target_os = "linux",
            target_os = "android",
            target_os = "ios",
            target_os = "macos"
        ))]
        {
            keyring_core::set_default_store(store);
            Ok(())
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use keychain::install_platform_store;

/// The platform's store: the keychain on native targets (in memory, signed out, if the
/// keychain cannot be opened), memory on the web.
pub fn platform_store() -> Arc<dyn SessionStore> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        match install_platform_store() {
            Ok(()) => Arc::new(KeychainStore::new(KEYCHAIN_SERVICE)),
            Err(e) => {
                tracing::warn!(error = %e, "keychain unavailable: sessions will not survive a restart");
                Arc::new(MemoryStore::default())
            }
        }
    }
    #[cfg(target_arch = "wasm32")]
    {
        Arc::new(MemoryStore::default())
    }
}
