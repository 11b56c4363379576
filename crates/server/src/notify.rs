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
    /// The e-mail's subject (empty for an SMS).
    pub subject: String,
    pub body: String,
}

impl Message {
    pub fn sms(to: impl Into<String>, body: impl Into<String>) -> Self {
        Self {
            to: to.into(),
            channel: Channel::Sms,
            subject: String::new(),
            body: body.into(),
        }
    }

    pub fn email(
        to: impl Into<String>,
        subject: impl Into<String>,
        body: impl Into<String>,
    ) -> Self {
        Self {
            to: to.into(),
            channel: Channel::Email,
            subject: subject.into(),
            body: body.into(),
        }
    }
}

/// A new stable message id: 128 random bits, base64url. Given to the peer with every attempt
/// (the e-mail's `Message-ID`, Kannel's `binfo`), so that the receiving end can de-duplicate
/// the copies that at-least-once delivery may make.
pub fn new_message_id() -> String {
    use base64::Engine;
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
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
            "INSERT INTO outbox (to_addr, channel, subject, body, sent_at, message_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                message.to,
                channel_str(message.channel),
                message.subject,
                message.body,
                now,
                new_message_id()
            ],
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
    /// stays queued and is offered again after a back-off, until the relay gives up.
    #[error("the gateway is unavailable: {0}")]
    Unavailable(String),
    /// The gateway refused this message for good (an unreachable number, a refused address):
    /// it is not offered again (dead letter).
    #[error("the gateway refused the message: {0}")]
    Refused(String),
    /// The destination no longer exists there (a push subscription expired, an
    /// unregistered token): a dead letter, and the destination is forgotten.
    #[error("the destination is gone: {0}")]
    Gone(String),
}

/// A boxed delivery, so that gateways can be chosen at run time (`Arc<dyn Gateway>`).
pub type Delivery<'a> = Pin<Box<dyn Future<Output = Result<(), GatewayError>> + Send + 'a>>;

/// Carries one message to its destination (SMS gateway, SMTP relay, …).
pub trait Gateway: Send + Sync {
    /// Hands `message` over, with its stable id `id` (the same on every attempt: the peer
    /// de-duplicates with it). The body holds codes and temporary passwords: an
    /// implementation never logs it.
    fn deliver<'a>(&'a self, id: &'a str, message: &'a Message) -> Delivery<'a>;
}

/// The embedded gateway: logs that a message left, with its destination masked.
#[derive(Debug, Clone, Copy, Default)]
pub struct LogGateway;

impl Gateway for LogGateway {
    fn deliver<'a>(&'a self, id: &'a str, message: &'a Message) -> Delivery<'a> {
        Box::pin(async move {
            tracing::info!(
                to = %mask_destination(&message.to),
                channel = channel_str(message.channel),
                id,
                "message delivered"
            );
            Ok(())
        })
    }
}

/// One gateway per channel: e-mails to one, SMS to the other (each the log when nothing is
/// configured).
pub struct ByChannel {
    pub sms: Arc<dyn Gateway>,
    pub email: Arc<dyn Gateway>,
}

impl Gateway for ByChannel {
    fn deliver<'a>(&'a self, id: &'a str, message: &'a Message) -> Delivery<'a> {
        match message.channel {
            Channel::Sms => self.sms.deliver(id, message),
            Channel::Email => self.email.deliver(id, message),
        }
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
pub mod state {
    pub const QUEUED: i64 = 0;
    /// Handed to the peer (SMTP relay accepted it, the SMS gateway accepted it).
    pub const DELIVERED: i64 = 1;
    /// Dead letter: refused for good, or still unavailable after the last attempt; the reason
    /// is in `outbox.reason`.
    pub const DEAD: i64 = 2;
}

/// How the relay retries: exponential back-off with jitter, then a dead letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RetryPolicy {
    /// Attempts before a message the gateway keeps refusing temporarily becomes a dead letter.
    pub max_attempts: u32,
    /// The first back-off, in milliseconds; doubles with each failed attempt.
    pub base_delay_ms: u64,
    /// The longest back-off, in milliseconds.
    pub max_delay_ms: u64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 12,
            base_delay_ms: 1_000,
            max_delay_ms: 10 * 60 * 1_000,
        }
    }
}

impl RetryPolicy {
    /// The wait after failed attempt number `attempt` (1 = the first): base·2^(attempt−1),
    /// capped, then a random point in its upper half ("equal jitter"), so that messages that
    /// failed together do not come back together.
    pub fn backoff_ms(&self, attempt: u32) -> u64 {
        use rand::Rng;
        let exp = self
            .base_delay_ms
            .saturating_mul(1u64 << attempt.saturating_sub(1).min(30));
        let full = exp.min(self.max_delay_ms).max(1);
        let half = full / 2;
        half + rand::thread_rng().gen_range(0..=full - half)
    }
}

/// Milliseconds since the epoch, by the system clock (back-offs are real time, not the demo's
/// movable clock).
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// What one delivery round did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Round {
    pub delivered: usize,
    /// Became dead letters this round (refused, or out of attempts).
    pub dead: usize,
    /// Left queued for a later attempt.
    pub retried: usize,
}

/// A queued row: its number, stable id, attempts so far, channel, and the message.
type Queued = (i64, String, u32, String, Message);

/// Offers every queued message that is due to `gateway`, oldest first, and records each
/// outcome. With `keep_bodies` (the demo) the bodies stay readable at `/dev/outbox`;
/// otherwise they are purged once the message left or became a dead letter.
///
/// At least once, never exactly once: a crash between the peer's acceptance and the update
/// below offers the message again, with the same id, for the peer to de-duplicate.
pub async fn deliver_queued(
    db: &Db,
    gateway: &dyn Gateway,
    pusher: Option<&crate::push::Pusher>,
    keep_bodies: bool,
    policy: RetryPolicy,
) -> Result<Round, DbError> {
    let now = now_ms();
    let queued = db
        .call(move |conn| -> Result<Vec<Queued>, DbError> {
            let mut stmt = conn.prepare(
                "SELECT id, COALESCE(message_id, 'outbox-' || id), attempts, to_addr, channel,
                        subject, body
                 FROM outbox WHERE delivered = ?1 AND next_attempt_ms <= ?2 ORDER BY id",
            )?;
            let rows = stmt
                .query_map(params![state::QUEUED, now], |r| {
                    let channel: String = r.get(4)?;
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        channel.clone(),
                        Message {
                            to: r.get(3)?,
                            channel: parse_channel(&channel),
                            subject: r.get(5)?,
                            body: r.get(6)?,
                        },
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await?;
    let mut round = Round::default();
    let mut down: Vec<Channel> = Vec::new();
    for (row, id, attempts, channel, message) in queued {
        let push = channel == crate::push::CHANNEL;
        let result = if push {
            // A push: to the device's registration as it is now (a rotated token is used).
            let Some(pusher) = pusher else { continue };
            let device_id = message.to.clone();
            let device = db
                .call(move |conn| -> Result<_, DbError> {
                    Ok(crate::push::device(conn, &device_id)?)
                })
                .await?;
            match (device, serde_json::from_str(&message.body)) {
                (None, _) => Err(GatewayError::Refused(
                    "the device is no longer registered".to_owned(),
                )),
                (_, Err(e)) => Err(GatewayError::Refused(format!("not a push payload: {e}"))),
                (Some(device), Ok(payload)) => pusher.send(&id, &device, &payload).await,
            }
        } else {
            if down.contains(&message.channel) {
                // Its gateway is down this round: keep the order, nothing overtakes.
                continue;
            }
            gateway.deliver(&id, &message).await
        };
        // Logged by id and masked destination (a push: the device's id, not its token).
        let to = if push {
            format!("device {}", message.to)
        } else {
            mask_destination(&message.to)
        };
        let attempt = attempts + 1;
        let (outcome, reason, next) = match result {
            Ok(()) => {
                round.delivered += 1;
                (state::DELIVERED, None, 0)
            }
            Err(GatewayError::Refused(reason)) => {
                round.dead += 1;
                tracing::warn!(%to, %id, %reason, "message refused by the gateway: dead letter");
                (state::DEAD, Some(format!("refused: {reason}")), 0)
            }
            Err(GatewayError::Gone(reason)) => {
                round.dead += 1;
                tracing::warn!(%to, %id, %reason, "destination gone: dead letter, forgotten");
                if push {
                    let device_id = message.to.clone();
                    db.call(move |conn| -> Result<(), DbError> {
                        Ok(crate::push::forget_device(conn, &device_id)?)
                    })
                    .await?;
                }
                (state::DEAD, Some(format!("gone: {reason}")), 0)
            }
            Err(GatewayError::Unavailable(reason)) if attempt >= policy.max_attempts => {
                round.dead += 1;
                tracing::warn!(%to, %id, %reason, attempt, "gateway still unavailable after the last attempt: dead letter");
                (
                    state::DEAD,
                    Some(format!("unavailable after {attempt} attempts: {reason}")),
                    0,
                )
            }
            Err(GatewayError::Unavailable(reason)) => {
                round.retried += 1;
                // One push service down says nothing of the others: only SMS and e-mail
                // wait for their gateway as a whole.
                if !push {
                    down.push(message.channel);
                }
                let wait = policy.backoff_ms(attempt);
                tracing::warn!(%id, %reason, attempt, wait_ms = wait, "gateway unavailable: the message stays queued");
                (
                    state::QUEUED,
                    Some(reason),
                    now_ms().saturating_add(i64::try_from(wait).unwrap_or(i64::MAX)),
                )
            }
        };
        let purge = !keep_bodies && outcome != state::QUEUED;
        db.call(move |conn| -> Result<(), DbError> {
            conn.execute(
                "UPDATE outbox SET delivered = ?2, attempts = ?3, reason = ?4,
                        next_attempt_ms = ?5, body = CASE WHEN ?6 THEN '' ELSE body END
                 WHERE id = ?1",
                params![row, outcome, attempt, reason, next, purge],
            )?;
            Ok(())
        })
        .await?;
    }
    Ok(round)
}

/// The receipts after which no other is recorded (the SMSC's last word on the message).
pub const FINAL_RECEIPTS: [&str; 3] = ["delivered", "undeliverable", "rejected"];

/// A delivery receipt from the peer (an SMS gateway's DLR), recorded against the message with
/// that stable id, unless a final one is already there (reports may arrive out of order).
/// Returns whether such a message exists.
pub async fn record_receipt(
    db: &Db,
    id: String,
    receipt: &'static str,
    at: i64,
) -> Result<bool, DbError> {
    db.call(move |conn| -> Result<bool, DbError> {
        conn.execute(
            "UPDATE outbox SET receipt = ?2, receipt_at = ?3
             WHERE message_id = ?1 AND (receipt IS NULL OR receipt NOT IN (?4, ?5, ?6))",
            params![
                id,
                receipt,
                at,
                FINAL_RECEIPTS[0],
                FINAL_RECEIPTS[1],
                FINAL_RECEIPTS[2]
            ],
        )?;
        let exists: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM outbox WHERE message_id = ?1)",
            params![id],
            |r| r.get(0),
        )?;
        Ok(exists)
    })
    .await
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
            let round = deliver_queued(
                &state.db,
                state.gateway.as_ref(),
                Some(state.pusher.as_ref()),
                state.config.demo,
                state.config.delivery.retry,
            )
            .await;
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
        fn deliver<'a>(&'a self, _id: &'a str, message: &'a Message) -> Delivery<'a> {
            Box::pin(async move {
                if let Some(e) = self.fail_with.lock().expect("lock").take() {
                    return Err(e);
                }
                self.sent.lock().expect("lock").push(message.clone());
                Ok(())
            })
        }
    }

    /// Retries at once (1 ms at most), three attempts.
    const FAST: RetryPolicy = RetryPolicy {
        max_attempts: 3,
        base_delay_ms: 0,
        max_delay_ms: 0,
    };

    fn sms(to: &str, body: &str) -> Message {
        Message::sms(to, body)
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
        let round = deliver_queued(&db, &gateway, None, false, FAST)
            .await
            .expect("round");
        assert_eq!(
            round,
            Round {
                delivered: 2,
                dead: 0,
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
            deliver_queued(&db, &gateway, None, false, FAST)
                .await
                .expect("round"),
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
        let round = deliver_queued(&db, &gateway, None, true, FAST)
            .await
            .expect("round");
        assert_eq!(
            round,
            Round {
                delivered: 0,
                dead: 0,
                retried: 1
            }
        );
        assert!(rows(&db).await.iter().all(|r| r.2 == state::QUEUED));
        tokio::time::sleep(Duration::from_millis(5)).await;

        *gateway.fail_with.lock().expect("lock") =
            Some(GatewayError::Refused("no such number".into()));
        let round = deliver_queued(&db, &gateway, None, true, FAST)
            .await
            .expect("round");
        assert_eq!(
            round,
            Round {
                delivered: 1,
                dead: 1,
                retried: 0
            }
        );
        // With the demo's `keep_bodies`, the bodies stay readable.
        assert_eq!(
            rows(&db).await,
            vec![
                ("+212600000001".into(), "one".into(), state::DEAD),
                ("+212600000002".into(), "two".into(), state::DELIVERED),
            ]
        );
        assert_eq!(
            deliver_queued(&db, &gateway, None, true, FAST)
                .await
                .expect("round"),
            Round::default()
        );
    }

    #[tokio::test]
    async fn a_gateway_down_for_every_attempt_makes_a_dead_letter_with_its_reason_and_no_body() {
        let db = Db::open(&DbLocation::Memory).expect("db");
        queue(&db, vec![sms("+212600000001", "code 111111")]).await;
        let gateway = Recorder::default();
        for attempt in 1..=FAST.max_attempts {
            *gateway.fail_with.lock().expect("lock") =
                Some(GatewayError::Unavailable("connection refused".into()));
            let round = deliver_queued(&db, &gateway, None, false, FAST)
                .await
                .expect("round");
            let last = attempt == FAST.max_attempts;
            assert_eq!(round.retried, usize::from(!last), "attempt {attempt}");
            assert_eq!(round.dead, usize::from(last), "attempt {attempt}");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let (delivered, body, reason, attempts): (i64, String, String, u32) = db
            .call(|conn| -> Result<_, DbError> {
                Ok(conn.query_row(
                    "SELECT delivered, body, reason, attempts FROM outbox",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )?)
            })
            .await
            .expect("row");
        assert_eq!((delivered, body.as_str(), attempts), (state::DEAD, "", 3));
        assert_eq!(reason, "unavailable after 3 attempts: connection refused");
        assert!(gateway.sent.lock().expect("lock").is_empty());
    }

    #[tokio::test]
    async fn a_receipt_is_recorded_against_its_message_and_a_final_one_is_never_overwritten() {
        let db = Db::open(&DbLocation::Memory).expect("db");
        queue(&db, vec![sms("+212600000001", "code 111111")]).await;
        let id: String = db
            .call(|conn| -> Result<_, DbError> {
                Ok(conn.query_row("SELECT message_id FROM outbox", [], |r| r.get(0))?)
            })
            .await
            .expect("id");
        let receipt = async || {
            db.call(|conn| -> Result<Option<String>, DbError> {
                Ok(conn.query_row("SELECT receipt FROM outbox", [], |r| r.get(0))?)
            })
            .await
            .expect("receipt")
        };
        assert!(
            record_receipt(&db, id.clone(), "accepted", 1)
                .await
                .expect("ok")
        );
        assert_eq!(receipt().await.as_deref(), Some("accepted"));
        assert!(
            record_receipt(&db, id.clone(), "delivered", 2)
                .await
                .expect("ok")
        );
        // A late intermediate report does not undo the final one.
        assert!(
            record_receipt(&db, id.clone(), "buffered", 3)
                .await
                .expect("ok")
        );
        assert_eq!(receipt().await.as_deref(), Some("delivered"));
        assert!(
            !record_receipt(&db, "no-such-id".into(), "delivered", 4)
                .await
                .expect("ok")
        );
    }

    #[test]
    fn the_backoff_doubles_up_to_its_cap_with_jitter_in_its_upper_half() {
        let p = RetryPolicy {
            max_attempts: 10,
            base_delay_ms: 1_000,
            max_delay_ms: 60_000,
        };
        for _ in 0..50 {
            assert!((500..=1_000).contains(&p.backoff_ms(1)));
            assert!((4_000..=8_000).contains(&p.backoff_ms(4)));
            assert!((30_000..=60_000).contains(&p.backoff_ms(9)));
            assert!((30_000..=60_000).contains(&p.backoff_ms(40)));
        }
        let spread: std::collections::BTreeSet<u64> = (0..50).map(|_| p.backoff_ms(4)).collect();
        assert!(spread.len() > 10, "jittered: {spread:?}");
    }

    #[test]
    fn destinations_are_masked_for_logs() {
        assert_eq!(mask_destination("+212612345678"), "+2126•••••78");
        assert_eq!(mask_destination("omar@example.ma"), "o•••@example.ma");
    }
}
