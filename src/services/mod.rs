//! The app's services behind traits — the HTTP API client and the secure session store —
//! and [`Services::for_platform`], the one place that picks their implementations.

pub mod api;
pub mod preferences;
pub mod runner;
pub mod session_store;

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
}

impl Services {
    /// The real services for the platform this binary was built for.
    pub fn for_platform() -> Self {
        Self {
            api: Arc::new(HttpApi::new(api::base_url())),
            sessions: session_store::platform_store(),
            preferences: platform_preferences(),
        }
    }
}

fn platform_preferences() -> Arc<dyn Preferences> {
    #[cfg(target_arch = "wasm32")]
    {
        Arc::new(preferences::LocalStorage)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Arc::new(preferences::MemoryPreferences::default())
    }
}
