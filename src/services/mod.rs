//! The app's services behind traits — the HTTP API client and the secure session store —
//! and [`Services::for_platform`], the one place that picks their implementations.

pub mod api;
pub mod biometrics;
pub mod device;
pub mod documents;
pub mod files;
pub mod preferences;
pub mod push;
pub mod runner;
pub mod session_store;
mod transport;
#[cfg(not(target_arch = "wasm32"))]
pub mod unlock;

use api::{Api, HttpApi};
use preferences::Preferences;
use session_store::SessionStore;
use std::sync::Arc;

/// What the views' effects run against. Cloned into every task.
#[derive(Clone)]
pub struct Services {
    pub api: Arc<dyn Api>,
    pub sessions: Arc<dyn SessionStore>,
    pub preferences: Arc<dyn Preferences>,
    /// Prepares picked files (photos downscaled) before upload.
    pub files: Arc<dyn files::Files>,
    /// The platform's biometric prompt (none on web and desktop).
    pub biometrics: biometrics::SharedBiometrics,
    /// Where a document the person asked for goes (a download, the Downloads folder, the
    /// share sheet); [`documents::MemoryDocuments`] in the services made by [`Services::new`].
    pub documents: documents::SharedDocuments,
    /// The platform's push notifications ([`push::NoPush`] in the services made by
    /// [`Services::new`]).
    pub push: push::SharedPush,
    /// The quick unlock's key while the app is unlocked (native only).
    #[cfg(not(target_arch = "wasm32"))]
    pub keys: Arc<unlock::KeyHolder>,
    /// One keychain change at a time: each read-modify-write of the session item (a renewal
    /// sealed again, the quick unlock turned on, a PIN's failure counted) holds it, so none
    /// overwrites another's result.
    pub keychain_gate: Arc<futures_util::lock::Mutex<()>>,
    /// On desktop and mobile: the webview storage to load at start (see `app::App`).
    #[cfg(not(target_arch = "wasm32"))]
    pub webview_preferences: Option<Arc<preferences::WebviewPreferences>>,
}

impl Services {
    /// The real services for the platform this binary was built for. Panics, with the
    /// reason, when the HTTP client cannot be built as the app requires (an API base that is
    /// not allowed, a TLS back end that fails): the app never runs with a weaker client.
    pub fn for_platform() -> Self {
        #[allow(clippy::expect_used, reason = "fail loudly at start: see above")]
        let api = HttpApi::new(api::base_url()).expect("the API client");
        #[cfg(not(target_arch = "wasm32"))]
        {
            let webview = Arc::new(preferences::WebviewPreferences::default());
            Self {
                api: Arc::new(api),
                sessions: session_store::platform_store(),
                preferences: webview.clone(),
                files: Arc::new(files::PlatformFiles),
                biometrics: biometrics::platform_biometrics_shared(),
                documents: documents::platform_documents(),
                push: push::platform_push(),
                keys: Arc::default(),
                keychain_gate: Arc::default(),
                webview_preferences: Some(webview),
            }
        }
        #[cfg(target_arch = "wasm32")]
        {
            Self {
                api: Arc::new(api),
                sessions: session_store::platform_store(),
                preferences: Arc::new(preferences::LocalStorage),
                files: Arc::new(files::PlatformFiles),
                biometrics: biometrics::platform_biometrics_shared(),
                documents: documents::platform_documents(),
                push: push::platform_push(),
                keychain_gate: Arc::default(),
            }
        }
    }

    /// Services over the given API and stores (tests, and platforms wired by hand).
    pub fn new(
        api: Arc<dyn Api>,
        sessions: Arc<dyn SessionStore>,
        preferences: Arc<dyn Preferences>,
    ) -> Self {
        Self {
            api,
            sessions,
            preferences,
            files: Arc::new(files::PlatformFiles),
            biometrics: Arc::new(biometrics::NoBiometrics),
            documents: Arc::new(documents::MemoryDocuments::default()),
            push: Arc::new(push::NoPush),
            #[cfg(not(target_arch = "wasm32"))]
            keys: Arc::default(),
            keychain_gate: Arc::default(),
            #[cfg(not(target_arch = "wasm32"))]
            webview_preferences: None,
        }
    }
}
