//! How SMS and e-mails leave the server: the [`Notifier`] port and its embedded default, an
//! outbox table written in the same database transaction as the change it announces (so a
//! message is queued if and only if the change is committed). A delivery task hands queued
//! messages to the gateway — here, the log, masked — and, outside `--demo`, purges their
//! bodies (codes and temporary passwords) once delivered.

use crate::app::AppState;
use macnss_api::types::Channel;
use rusqlite::{Connection, params};
use std::time::Duration;

/// One message to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// E.164 phone number or e-mail address.
    pub to: String,
    pub channel: Channel,
    pub body: String,
}

/// Queues messages as part of a database transaction.
pub trait Notifier: Send + Sync {
    fn enqueue(&self, conn: &Connection, message: &Message, now: i64) -> rusqlite::Result<()>;
}

/// The embedded notifier: the `outbox` table.
#[derive(Debug, Clone, Copy, Default)]
pub struct Outbox;

impl Notifier for Outbox {
    fn enqueue(&self, conn: &Connection, message: &Message, now: i64) -> rusqlite::Result<()> {
        conn.execute(
            "INSERT INTO outbox (to_addr, channel, body, sent_at) VALUES (?1, ?2, ?3, ?4)",
            params![message.to, channel_str(message.channel), message.body, now],
        )?;
        Ok(())
    }
}

pub fn channel_str(c: Channel) -> &'static str {
    match c {
        Channel::Sms => "sms",
        Channel::Email => "email",
    }
}

pub fn parse_channel(s: &str) -> Channel {
    if s == "email" {
        Channel::Email
    } else {
        Channel::Sms
    }
}

/// A destination safe to log: `+2126•••••78`, `o•••@example.ma`.
pub fn mask_destination(to: &str) -> String {
    if let Some((local, domain)) = to.split_once('@') {
        let first: String = local.chars().take(1).collect();
        return format!("{first}•••@{domain}");
    }
    let chars: Vec<char> = to.chars().collect();
    if chars.len() <= 6 {
        return "•••".to_owned();
    }
    let head: String = chars[..5].iter().collect();
    let tail: String = chars[chars.len() - 2..].iter().collect();
    format!("{head}•••••{tail}")
}

/// Delivers queued messages every half second until aborted.
pub fn spawn_delivery(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_millis(500));
        let mut ticks: u64 = 0;
        loop {
            tick.tick().await;
            ticks += 1;
            if ticks.is_multiple_of(120) {
                let now = state.clock.unix();
                let limits = state.config.limits.clone();
                let swept = state
                    .db
                    .call(move |conn| crate::db::sweep(conn, &limits, now))
                    .await;
                if let Err(e) = swept {
                    tracing::warn!(error = %e, "housekeeping failed");
                }
            }
            let keep = state.config.demo;
            let delivered = state
                .db
                .call(
                    move |conn| -> Result<Vec<(String, String)>, crate::db::DbError> {
                        let tx = conn.transaction()?;
                        let rows = {
                            let mut stmt = tx.prepare(
                            "SELECT to_addr, channel FROM outbox WHERE delivered = 0 ORDER BY id",
                        )?;
                            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                                .collect::<Result<Vec<_>, _>>()?
                        };
                        if keep {
                            tx.execute("UPDATE outbox SET delivered = 1 WHERE delivered = 0", [])?;
                        } else {
                            tx.execute(
                                "UPDATE outbox SET delivered = 1, body = '' WHERE delivered = 0",
                                [],
                            )?;
                        }
                        tx.commit()?;
                        Ok(rows)
                    },
                )
                .await;
            match delivered {
                Ok(rows) => {
                    for (to, channel) in rows {
                        tracing::info!(to = %mask_destination(&to), %channel, "message delivered");
                    }
                }
                Err(e) => tracing::warn!(error = %e, "delivery failed"),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn destinations_are_masked_for_logs() {
        assert_eq!(mask_destination("+212612345678"), "+2126•••••78");
        assert_eq!(mask_destination("omar@example.ma"), "o•••@example.ma");
    }
}
