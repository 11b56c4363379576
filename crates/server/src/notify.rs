//! How SMS and e-mails leave the server, as two ports chosen in one wiring point
//! ([`Ports`], given to `AppState::build_with`; [`Ports::embedded`] by default):
//!
//! - the writer, [`Notifier`]: queues a message in the same database transaction as the change
//!   it announces, so a message is queued if and only if the change is committed. The embedded
//!   one is the `outbox` table ([`Outbox`]);
//! - the carrier, [`Gateway`]: a delivery task hands each queued message to it, outside any
//!   database lock, and records the outcome: delivered (outside `--demo`, its body — codes,
//!   temporary passwords — is then purged), refused for good (not retried, body purged too),
//!   or not reachable (left queued, retried on the next round). The embedded one,
//!   [`LogGateway`], only logs the masked destination; a real SMS aggregator or SMTP relay is
//!   another implementation of the same trait.

use crate::app::AppState;
use crate::db::{Db, DbError};
use macnss_api::types::Channel;
use rusqlite::{Connection, params};
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

/// One message to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// E.164 phone number or e-mail address.
    pub to: String,
    pub channel: Channel,
    pub body: String,
}

/// Queues messages as part of a database transaction (the writer port).
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

/// Why a gateway did not deliver a message: the boundary's one error type.
#[derive(Debug, thiserror::Error)]
pub enum GatewayError {
    /// The gateway could not be reached or answered with a temporary failure: the message
    /// stays queued and is offered again on the next round.
    #[error("the gateway is unavailable: {0}")]
    Unavailable(String),
    /// The gateway refused this message for good (an unreachable number, a refused address):
    /// it is not offered again.
    #[error("the gateway refused the message: {0}")]
    Refused(String),
}

/// A boxed delivery, so that gateways can be chosen at run time (`Arc<dyn Gateway>`).
pub type Delivery<'a> = Pin<Box<dyn Future<Output = Result<(), GatewayError>> + Send + 'a>>;

/// Carries one message to its destination (SMS aggregator, SMTP relay, …).
pub trait Gateway: Send + Sync {
    /// Hands `message` over. The body holds codes and temporary passwords: an implementation
    /// never logs it.
    fn deliver<'a>(&'a self, message: &'a Message) -> Delivery<'a>;
}

/// The embedded gateway: logs that a message left, with its destination masked.
#[derive(Debug, Clone, Copy, Default)]
pub struct LogGateway;

impl Gateway for LogGateway {
    fn deliver<'a>(&'a self, message: &'a Message) -> Delivery<'a> {
        Box::pin(async move {
            tracing::info!(
                to = %mask_destination(&message.to),
                channel = channel_str(message.channel),
                "message delivered"
            );
            Ok(())
        })
    }
}

/// The two ports of this module, chosen together in one place.
#[derive(Clone)]
pub struct Ports {
    pub notifier: Arc<dyn Notifier>,
    pub gateway: Arc<dyn Gateway>,
}

impl Ports {
    /// The embedded pair: the `outbox` table, delivered to the log.
    pub fn embedded() -> Self {
        Self {
            notifier: Arc::new(Outbox),
            gateway: Arc::new(LogGateway),
        }
    }
}

/// Outbox states (`outbox.delivered`).
mod state {
    pub const QUEUED: i64 = 0;
    pub const DELIVERED: i64 = 1;
    pub const REFUSED: i64 = 2;
}

/// What one delivery round did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Round {
    pub delivered: usize,
    pub refused: usize,
    pub retried: usize,
}

/// Offers every queued message to `gateway`, oldest first, and records each outcome. With
/// `keep_bodies` (the demo) the bodies stay readable at `/dev/outbox`; otherwise they are
/// purged once the message left or was refused.
pub async fn deliver_queued(
    db: &Db,
    gateway: &dyn Gateway,
    keep_bodies: bool,
) -> Result<Round, DbError> {
    let queued = db
        .call(|conn| -> Result<Vec<(i64, Message)>, DbError> {
            let mut stmt = conn.prepare(
                "SELECT id, to_addr, channel, body FROM outbox WHERE delivered = ?1 ORDER BY id",
            )?;
            let rows = stmt
                .query_map([state::QUEUED], |r| {
                    let channel: String = r.get(2)?;
                    Ok((
                        r.get(0)?,
                        Message {
                            to: r.get(1)?,
                            channel: parse_channel(&channel),
                            body: r.get(3)?,
                        },
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await?;
    let mut round = Round::default();
    for (id, message) in queued {
        let outcome = match gateway.deliver(&message).await {
            Ok(()) => {
                round.delivered += 1;
                state::DELIVERED
            }
            Err(GatewayError::Refused(reason)) => {
                round.refused += 1;
                tracing::warn!(to = %mask_destination(&message.to), %reason, "message refused by the gateway");
                state::REFUSED
            }
            Err(GatewayError::Unavailable(reason)) => {
                round.retried += 1;
                tracing::warn!(%reason, "gateway unavailable: messages stay queued");
                // Keep the order: nothing after this message leaves before it.
                break;
            }
        };
        db.call(move |conn| -> Result<(), DbError> {
            if keep_bodies {
                conn.execute(
                    "UPDATE outbox SET delivered = ?2 WHERE id = ?1",
                    params![id, outcome],
                )?;
            } else {
                conn.execute(
                    "UPDATE outbox SET delivered = ?2, body = '' WHERE id = ?1",
                    params![id, outcome],
                )?;
            }
            Ok(())
        })
        .await?;
    }
    Ok(round)
}

/// Delivers queued messages every half second (and sweeps expired rows every minute) until
/// aborted.
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
            let round = deliver_queued(&state.db, state.gateway.as_ref(), state.config.demo).await;
            if let Err(e) = round {
                tracing::warn!(error = %e, "delivery failed");
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::config::DbLocation;
    use std::sync::Mutex;

    /// Records what it is handed; fails as told first.
    #[derive(Default)]
    struct Recorder {
        sent: Mutex<Vec<Message>>,
        fail_with: Mutex<Option<GatewayError>>,
    }

    impl Gateway for Recorder {
        fn deliver<'a>(&'a self, message: &'a Message) -> Delivery<'a> {
            Box::pin(async move {
                if let Some(e) = self.fail_with.lock().expect("lock").take() {
                    return Err(e);
                }
                self.sent.lock().expect("lock").push(message.clone());
                Ok(())
            })
        }
    }

    fn sms(to: &str, body: &str) -> Message {
        Message {
            to: to.into(),
            channel: Channel::Sms,
            body: body.into(),
        }
    }

    async fn queue(db: &Db, messages: Vec<Message>) {
        db.call(move |conn| -> Result<(), DbError> {
            for m in &messages {
                Outbox.enqueue(conn, m, 0)?;
            }
            Ok(())
        })
        .await
        .expect("queued");
    }

    async fn rows(db: &Db) -> Vec<(String, String, i64)> {
        db.call(|conn| -> Result<_, DbError> {
            let mut stmt =
                conn.prepare("SELECT to_addr, body, delivered FROM outbox ORDER BY id")?;
            let rows = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await
        .expect("rows")
    }

    #[tokio::test]
    async fn the_gateway_gets_each_message_whole_and_oldest_first_then_bodies_are_purged() {
        let db = Db::open(&DbLocation::Memory).expect("db");
        queue(
            &db,
            vec![
                sms("+212600000001", "code 111111"),
                sms("+212600000002", "code 222222"),
            ],
        )
        .await;
        let gateway = Recorder::default();
        let round = deliver_queued(&db, &gateway, false).await.expect("round");
        assert_eq!(
            round,
            Round {
                delivered: 2,
                refused: 0,
                retried: 0
            }
        );
        assert_eq!(
            *gateway.sent.lock().expect("lock"),
            vec![
                sms("+212600000001", "code 111111"),
                sms("+212600000002", "code 222222")
            ]
        );
        assert_eq!(
            rows(&db).await,
            vec![
                ("+212600000001".into(), String::new(), state::DELIVERED),
                ("+212600000002".into(), String::new(), state::DELIVERED),
            ]
        );
        // Nothing is offered twice.
        assert_eq!(
            deliver_queued(&db, &gateway, false).await.expect("round"),
            Round::default()
        );
    }

    #[tokio::test]
    async fn an_unavailable_gateway_leaves_the_queue_as_it_was_and_a_refusal_is_not_retried() {
        let db = Db::open(&DbLocation::Memory).expect("db");
        queue(
            &db,
            vec![sms("+212600000001", "one"), sms("+212600000002", "two")],
        )
        .await;
        let gateway = Recorder::default();
        *gateway.fail_with.lock().expect("lock") = Some(GatewayError::Unavailable("down".into()));
        let round = deliver_queued(&db, &gateway, true).await.expect("round");
        assert_eq!(
            round,
            Round {
                delivered: 0,
                refused: 0,
                retried: 1
            }
        );
        assert!(rows(&db).await.iter().all(|r| r.2 == state::QUEUED));

        *gateway.fail_with.lock().expect("lock") =
            Some(GatewayError::Refused("no such number".into()));
        let round = deliver_queued(&db, &gateway, true).await.expect("round");
        assert_eq!(
            round,
            Round {
                delivered: 1,
                refused: 1,
                retried: 0
            }
        );
        // With the demo's `keep_bodies`, the bodies stay readable.
        assert_eq!(
            rows(&db).await,
            vec![
                ("+212600000001".into(), "one".into(), state::REFUSED),
                ("+212600000002".into(), "two".into(), state::DELIVERED),
            ]
        );
        assert_eq!(
            deliver_queued(&db, &gateway, true).await.expect("round"),
            Round::default()
        );
    }

    #[test]
    fn destinations_are_masked_for_logs() {
        assert_eq!(mask_destination("+212612345678"), "+2126•••••78");
        assert_eq!(mask_destination("omar@example.ma"), "o•••@example.ma");
    }
}
