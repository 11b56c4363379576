//! The app's services behind traits — the HTTP API client and the secure session store —
//! and [`Services::for_platform`], the one place that picks their implementations.

pub mod api;
pub mod session_store;

use api::{Api, HttpApi};
use session_store::SessionStore;
use std::sync::Arc;

/// What the views' effects run against. Cloned into every task.
#[derive(Clone)]
pub struct Services {
    pub api: Arc<dyn Api>,
    pub sessions: Arc<dyn SessionStore>,
}

impl Services {
    /// The real services for the platform this binary was built for.
    pub fn for_platform() -> Self {
        Self {
            api: Arc::new(HttpApi::new(api::base_url())),
            sessions: session_store::platform_store(),
        }
    }
}
