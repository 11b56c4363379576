//! The server's clock: every expiry, cooldown and window reads time here, never from the
//! system directly, so the demo (`POST /dev/clock`) and the tests can move time forward.

use chrono::{DateTime, Duration, Utc};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// System time plus an offset that only moves forward, and only through the demo routes.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    offset_seconds: Arc<AtomicI64>,
}

impl Clock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + Duration::seconds(self.offset_seconds.load(Ordering::SeqCst))
    }

    /// Unix seconds, the unit the database stores.
    pub fn unix(&self) -> i64 {
        self.now().timestamp()
    }

    /// Moves the clock forward; negative values are ignored.
    pub fn advance(&self, seconds: i64) {
        if seconds > 0 {
            self.offset_seconds.fetch_add(seconds, Ordering::SeqCst);
        }
    }

    /// Back to system time (demo reset).
    pub fn reset(&self) {
        self.offset_seconds.store(0, Ordering::SeqCst);
    }
}
