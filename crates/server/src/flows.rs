//! The multi-step flows (sign-up and recovery) and their one-time codes: loading a flow,
//! issuing a code (HMAC-stored, previous ones deactivated) and checking one (per-code attempt
//! cap, identity and destination failure caps, constant-time comparison, single use).

use crate::config::Limits;
use crate::crypto::{ServerKey, random_code};
use crate::errors::ApiError;
use crate::limits;
use crate::notify::{Message, Notifier, channel_str};
use macnss_api::types::Channel;
use macnss_api::{ErrorCode, Problem};
use rusqlite::{Connection, OptionalExtension, params};

/// Which flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Signup,
    Recovery,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Self::Signup => "signup",
            Self::Recovery => "recovery",
        }
    }
}

/// A sign-up or recovery in progress.
#[derive(Debug, Clone)]
pub struct Flow {
    pub id: String,
    /// The key of every counter: `person:<account id>` for a real person, `decoy:<input>`.
    pub identity: String,
    pub account_id: Option<String>,
    pub decoy: bool,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// Starts a flow.
#[allow(clippy::too_many_arguments)]
pub fn create(
    conn: &Connection,
    id: &str,
    purpose: Purpose,
    identity: &str,
    account_id: Option<&str>,
    decoy: bool,
    phone: Option<&str>,
    email: Option<&str>,
    now: i64,
    ttl: i64,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO flows (id, purpose, identity, account_id, decoy, phone, email, created_at,
            expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            id,
            purpose.as_str(),
            identity,
            account_id,
            decoy,
            phone,
            email,
            now,
            now + ttl
        ],
    )?;
    Ok(())
}

/// The flow, or `transaction_expired` when it is unknown, finished or expired.
pub fn load(conn: &Connection, id: &str, purpose: Purpose, now: i64) -> Result<Flow, ApiError> {
    conn.query_row(
        "SELECT id, identity, account_id, decoy, phone, email FROM flows
         WHERE id = ?1 AND purpose = ?2 AND expires_at > ?3",
        params![id, purpose.as_str(), now],
        |r| {
            Ok(Flow {
                id: r.get(0)?,
                identity: r.get(1)?,
                account_id: r.get(2)?,
                decoy: r.get(3)?,
                phone: r.get(4)?,
                email: r.get(5)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| ErrorCode::TransactionExpired.into())
}

pub fn delete(conn: &Connection, id: &str) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM codes WHERE flow_id = ?1", params![id])?;
    conn.execute("DELETE FROM flows WHERE id = ?1", params![id])?;
    Ok(())
}

/// Issues a new code for the flow (deactivating earlier ones), records the send for the
/// limits, and queues the message built by `message` (with `subject`, for an e-mail) unless
/// `deliver` is false (decoys).
#[allow(clippy::too_many_arguments)]
pub fn issue_code(
    conn: &Connection,
    key: &ServerKey,
    notifier: &dyn Notifier,
    limits: &Limits,
    flow: &Flow,
    channel: Channel,
    destination: &str,
    deliver: bool,
    subject: &str,
    message: impl FnOnce(&str) -> String,
    now: i64,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE codes SET active = 0 WHERE flow_id = ?1",
        params![flow.id],
    )?;
    let code = random_code();
    conn.execute(
        "INSERT INTO codes (flow_id, mac, channel, destination, sent_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            flow.id,
            key.code_mac(&flow.id, &code),
            channel_str(channel),
            destination,
            now,
            now + limits.code_ttl_seconds
        ],
    )?;
    limits::record_send(conn, &flow.identity, destination, now)?;
    if deliver {
        notifier.enqueue(
            conn,
            &Message {
                to: destination.to_owned(),
                channel,
                subject: subject.to_owned(),
                body: message(&code),
            },
            now,
        )?;
    }
    Ok(())
}

/// What a code check found. `Refused` must be committed (it counts a failure) and then
/// returned to the client.
pub enum Verdict {
    /// The code was right; it is now used. Carries the channel it was sent on.
    Accepted(Channel),
    Refused(ApiError),
}

/// The code a flow is waiting for.
struct ActiveCode {
    id: i64,
    mac: Vec<u8>,
    channel: String,
    destination: String,
    expires_at: i64,
    attempts: u32,
    sent_at: i64,
}

/// Checks `code` against the flow's active code.
pub fn check_code(
    conn: &Connection,
    key: &ServerKey,
    limits: &Limits,
    flow: &Flow,
    code: &str,
    now: i64,
) -> Result<Verdict, ApiError> {
    let active = conn
        .query_row(
            "SELECT id, mac, channel, destination, expires_at, attempts, sent_at FROM codes
             WHERE flow_id = ?1 AND active = 1 ORDER BY id DESC LIMIT 1",
            params![flow.id],
            |r| {
                Ok(ActiveCode {
                    id: r.get(0)?,
                    mac: r.get(1)?,
                    channel: r.get(2)?,
                    destination: r.get(3)?,
                    expires_at: r.get(4)?,
                    attempts: r.get(5)?,
                    sent_at: r.get(6)?,
                })
            },
        )
        .optional()?;
    let Some(ActiveCode {
        id,
        mac,
        channel,
        destination,
        expires_at,
        attempts,
        sent_at,
    }) = active
    else {
        return Ok(Verdict::Refused(ErrorCode::CodeExpired.into()));
    };
    let left = match limits::failures_left(conn, limits, &flow.identity, &destination, now) {
        Ok(left) => left,
        Err(e) => return Ok(Verdict::Refused(e)),
    };
    if expires_at <= now {
        return Ok(Verdict::Refused(ErrorCode::CodeExpired.into()));
    }
    let cooldown_left = sent_at + limits.resend_cooldown_seconds - now;
    if attempts >= limits.code_max_attempts {
        return Ok(Verdict::Refused(ApiError::retry(
            ErrorCode::TooManyAttempts,
            cooldown_left,
        )));
    }
    if !flow.decoy && key.code_matches(&flow.id, code, &mac) {
        conn.execute("UPDATE codes SET active = 0 WHERE id = ?1", params![id])?;
        return Ok(Verdict::Accepted(crate::notify::parse_channel(&channel)));
    }
    conn.execute(
        "UPDATE codes SET attempts = attempts + 1 WHERE id = ?1",
        params![id],
    )?;
    limits::record_failure(conn, &flow.identity, &destination, now)?;
    let remaining = (limits.code_max_attempts - attempts - 1).min(left.saturating_sub(1));
    if remaining == 0 {
        // Either this code is spent (a new one can be asked after the cooldown) or the
        // identity/destination cap is reached (wait for the window).
        let per_code_spent = limits.code_max_attempts - attempts - 1 == 0;
        let wait = if per_code_spent && left > 1 {
            cooldown_left
        } else {
            match limits::failures_left(conn, limits, &flow.identity, &destination, now) {
                Err(ApiError::Problem(p)) => p
                    .retry_after
                    .and_then(|s| i64::try_from(s).ok())
                    .unwrap_or(limits.failure_window_seconds),
                _ => cooldown_left,
            }
        };
        return Ok(Verdict::Refused(ApiError::retry(
            ErrorCode::TooManyAttempts,
            wait,
        )));
    }
    Ok(Verdict::Refused(
        Problem::new(ErrorCode::CodeInvalid)
            .with_attempts_remaining(remaining)
            .into(),
    ))
}
