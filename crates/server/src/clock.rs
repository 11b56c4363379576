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

    /// Moves the clock forward, stopping at [`Clock::MAX_OFFSET_SECONDS`] ahead of system time
    /// (beyond, dates stop being representable); negative values are ignored.
    pub fn advance(&self, seconds: i64) {
        if seconds <= 0 {
            return;
        }
        let _ = self
            .offset_seconds
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |offset| {
                Some(offset.saturating_add(seconds).min(Self::MAX_OFFSET_SECONDS))
            });
    }

    /// How far ahead of system time the demo clock may go: 100 years.
    pub const MAX_OFFSET_SECONDS: i64 = 100 * 366 * 86_400;

    /// Back to system time (demo reset).
    pub fn reset(&self) {
        self.offset_seconds.store(0, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_moves_forward_and_stops_at_its_bound() {
        let clock = Clock::new();
        let start = clock.unix();
        clock.advance(86_400);
        assert!(clock.unix() >= start + 86_400);
        clock.advance(-5);
        assert!(clock.unix() >= start + 86_400);
        clock.advance(Clock::MAX_OFFSET_SECONDS);
        clock.advance(i64::MAX);
        assert_eq!(
            clock.offset_seconds.load(Ordering::SeqCst),
            Clock::MAX_OFFSET_SECONDS
        );
        // Still a representable date.
        assert!(clock.now() > Utc::now());
    }
}
