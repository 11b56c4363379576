//! Real delivery, checked at the receiving end: SMTP to aiosmtpd's Maildir ([`mail`]), SMS
//! to Kannel's fake SMSC ([`sms`]), and the kill test of both the server and the SMS gateway
//! mid-stream ([`kill`]). The peers are real programs someone else wrote, started on 127.0.0.1
//! by the tests and stopped by PID ([`peers`]); every wait is bounded.
//!
//! Pushes across a crash of the server ([`push_kill`]) need no peer but one of their own (an
//! HTTP/2 FCM stand-in) and run in every `cargo test`. The others need the peers
//! (`scripts/setup-test` installs them), so they are `#[ignore]`d in the plain `cargo test` run; `scripts/test` runs them in their own stage:
//! `cargo test -p macnss-server --test delivery -- --include-ignored`.

mod kill;
mod mail;
mod peers;
mod push_kill;
mod sms;

use macnss_server::db::{Db, DbError};
use std::time::{Duration, Instant};

/// The outbox rows: (message id, destination, state, body, receipt).
pub async fn outbox_rows(db: &Db) -> Vec<(String, String, i64, String, Option<String>)> {
    db.call(|conn| -> Result<_, DbError> {
        let mut stmt = conn.prepare(
            "SELECT message_id, to_addr, delivered, body, receipt FROM outbox ORDER BY id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    })
    .await
    .expect("outbox rows")
}

/// Polls `done` every 100 ms until it holds or `limit` passes.
pub async fn eventually(limit: Duration, what: &str, mut done: impl AsyncFnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !done().await {
        assert!(Instant::now() < deadline, "not within {limit:?}: {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
