//! The abuse limits at work: counters of codes sent, wrong codes and failed sign-ins, keyed on
//! the identity and on the destination (never on the flow, so a resend, a restarted sign-up
//! or a changed number resets nothing), kept as timestamped events in the database; and the
//! generous per-client-address request limit, kept in memory.

use crate::config::Limits;
use crate::errors::ApiError;
use macnss_api::ErrorCode;
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

/// Event kinds of the `events` table.
pub mod kind {
    /// A code was sent for an identity (`detail` = destination).
    pub const SEND_IDENTITY: &str = "send_identity";
    /// A code was sent to a destination.
    pub const SEND_DESTINATION: &str = "send_destination";
    /// A wrong code was entered for an identity.
    pub const FAIL_IDENTITY: &str = "fail_identity";
    /// A wrong code was entered for a code sent to a destination.
    pub const FAIL_DESTINATION: &str = "fail_destination";
    /// A sign-in failed for an identifier.
    pub const SIGN_IN_FAIL: &str = "sign_in_fail";
    /// A school certificate was received for a household.
    pub const CERTIFICATE: &str = "certificate";
    /// A report of a missing month was filed for a household.
    pub const REPORT: &str = "report";
}

pub fn record(
    conn: &Connection,
    kind: &str,
    key: &str,
    detail: Option<&str>,
    now: i64,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO events (kind, key, detail, at) VALUES (?1, ?2, ?3, ?4)",
        params![kind, key, detail, now],
    )?;
    Ok(())
}

/// Events of `kind` for `key` since `since`: how many, and the oldest one's time.
pub fn count_since(
    conn: &Connection,
    kind: &str,
    key: &str,
    since: i64,
) -> rusqlite::Result<(u32, Option<i64>)> {
    conn.query_row(
        "SELECT COUNT(*), MIN(at) FROM events WHERE kind = ?1 AND key = ?2 AND at > ?3",
        params![kind, key, since],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// A daily cap: `Err(rate_limited)` with the wait until the oldest of the last 24 h's `limit`
/// events of `kind` for `key` leaves the window; otherwise records one more.
pub fn take_daily(
    conn: &Connection,
    kind: &str,
    key: &str,
    limit: u32,
    now: i64,
) -> Result<(), ApiError> {
    let (count, oldest) = count_since(conn, kind, key, now - 86_400)?;
    if count >= limit {
        let wait = oldest.map_or(86_400, |t| t + 86_400 - now);
        return Err(ApiError::retry(ErrorCode::RateLimited, wait));
    }
    record(conn, kind, key, None, now)?;
    Ok(())
}

fn last_at(conn: &Connection, kind: &str, key: &str) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT MAX(at) FROM events WHERE kind = ?1 AND key = ?2",
        params![kind, key],
        |r| r.get(0),
    )
    .optional()
    .map(Option::flatten)
}

/// `Err(code with retry_after)` when `kind`/`key` reached `cap` within `window` seconds.
fn cap(
    conn: &Connection,
    kind: &str,
    key: &str,
    cap: u32,
    window: i64,
    now: i64,
    code: ErrorCode,
) -> Result<(), ApiError> {
    let (n, oldest) = count_since(conn, kind, key, now - window)?;
    if n >= cap {
        let retry = oldest.map_or(window, |t| t + window - now);
        return Err(ApiError::retry(code, retry));
    }
    Ok(())
}

/// Checks that a code may be sent now to `destination` for `identity`.
pub fn check_send(
    conn: &Connection,
    limits: &Limits,
    identity: &str,
    destination: &str,
    is_phone: bool,
    cooldown: bool,
    now: i64,
) -> Result<(), ApiError> {
    if cooldown && let Some(last) = last_at(conn, kind::SEND_IDENTITY, identity)? {
        let wait = last + limits.resend_cooldown_seconds - now;
        if wait > 0 {
            return Err(ApiError::retry(ErrorCode::ResendTooSoon, wait));
        }
    }
    let hour = 3_600;
    let day = 86_400;
    cap(
        conn,
        kind::SEND_IDENTITY,
        identity,
        limits.sends_per_identity_per_hour,
        hour,
        now,
        ErrorCode::TooManyAttempts,
    )?;
    cap(
        conn,
        kind::SEND_IDENTITY,
        identity,
        limits.sends_per_identity_per_day,
        day,
        now,
        ErrorCode::TooManyAttempts,
    )?;
    cap(
        conn,
        kind::SEND_DESTINATION,
        destination,
        limits.sends_per_destination_per_day,
        day,
        now,
        ErrorCode::RateLimited,
    )?;
    if is_phone {
        check_distinct(conn, limits, identity, destination, true, now)?;
    }
    Ok(())
}

/// The cap on distinct destinations one identity has codes sent to per 24 h
/// (`distinct_phones_per_identity_per_day`), counted among its phone numbers (`phones`) or
/// among its e-mail addresses: `too_many_attempts` for one more. (Sign-up and recovery only
/// ever send e-mails to the account's one address; a contact change may name any.)
pub fn check_distinct(
    conn: &Connection,
    limits: &Limits,
    identity: &str,
    destination: &str,
    phones: bool,
    now: i64,
) -> Result<(), ApiError> {
    let day = 86_400;
    let pattern = if phones { "+%" } else { "%@%" };
    let mut stmt = conn.prepare(
        "SELECT detail, MIN(at) FROM events WHERE kind = ?1 AND key = ?2 AND at > ?3
         AND detail LIKE ?4 GROUP BY detail ORDER BY MIN(at)",
    )?;
    let seen = stmt
        .query_map(
            params![kind::SEND_IDENTITY, identity, now - day, pattern],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)),
        )?
        .collect::<Result<Vec<_>, _>>()?;
    let known = seen.iter().any(|(p, _)| p == destination);
    let cap = usize::try_from(limits.distinct_phones_per_identity_per_day).unwrap_or(0);
    if !known && seen.len() >= cap {
        let oldest = seen.first().map_or(now, |(_, t)| *t);
        return Err(ApiError::retry(
            ErrorCode::TooManyAttempts,
            oldest + day - now,
        ));
    }
    Ok(())
}

/// Records that a code was sent.
pub fn record_send(
    conn: &Connection,
    identity: &str,
    destination: &str,
    now: i64,
) -> rusqlite::Result<()> {
    record(conn, kind::SEND_IDENTITY, identity, Some(destination), now)?;
    record(conn, kind::SEND_DESTINATION, destination, None, now)
}

/// Wrong codes still allowed for `identity` and `destination` (the smaller of the two), or
/// `Err(too_many_attempts)` when either is exhausted.
pub fn failures_left(
    conn: &Connection,
    limits: &Limits,
    identity: &str,
    destination: &str,
    now: i64,
) -> Result<u32, ApiError> {
    let window = limits.failure_window_seconds;
    cap(
        conn,
        kind::FAIL_IDENTITY,
        identity,
        limits.code_failures_per_identity,
        window,
        now,
        ErrorCode::TooManyAttempts,
    )?;
    cap(
        conn,
        kind::FAIL_DESTINATION,
        destination,
        limits.code_failures_per_destination,
        window,
        now,
        ErrorCode::TooManyAttempts,
    )?;
    let (a, _) = count_since(conn, kind::FAIL_IDENTITY, identity, now - window)?;
    let (b, _) = count_since(conn, kind::FAIL_DESTINATION, destination, now - window)?;
    Ok((limits.code_failures_per_identity - a).min(limits.code_failures_per_destination - b))
}

pub fn record_failure(
    conn: &Connection,
    identity: &str,
    destination: &str,
    now: i64,
) -> rusqlite::Result<()> {
    record(conn, kind::FAIL_IDENTITY, identity, None, now)?;
    record(conn, kind::FAIL_DESTINATION, destination, None, now)
}

/// Seconds to wait before the next sign-in attempt for `identifier`, if any: nothing for the
/// first `sign_in_free_failures` failures, then the base delay doubling with each failure, up
/// to the maximum. Never a lock-out.
pub fn sign_in_wait(
    conn: &Connection,
    limits: &Limits,
    identifier: &str,
    now: i64,
) -> rusqlite::Result<Option<i64>> {
    let since = now - limits.sign_in_failure_window_seconds;
    let (n, _) = count_since(conn, kind::SIGN_IN_FAIL, identifier, since)?;
    if n < limits.sign_in_free_failures {
        return Ok(None);
    }
    let doublings = (n - limits.sign_in_free_failures).min(20);
    let delay = limits
        .sign_in_base_delay_seconds
        .saturating_mul(1_i64 << doublings)
        .min(limits.sign_in_max_delay_seconds);
    let last = last_at(conn, kind::SIGN_IN_FAIL, identifier)?.unwrap_or(now);
    let wait = last + delay - now;
    Ok((wait > 0).then_some(wait))
}

/// Forgets the failed sign-ins of an identifier (after a successful sign-in or reset).
pub fn clear_sign_in_failures(conn: &Connection, identifier: &str) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM events WHERE kind = ?1 AND key = ?2",
        params![kind::SIGN_IN_FAIL, identifier],
    )?;
    Ok(())
}

/// Requests per client address per minute, fixed windows, in memory.
#[derive(Debug, Default)]
pub struct ClientLimiter {
    windows: Mutex<HashMap<IpAddr, (i64, u32)>>,
}

impl ClientLimiter {
    /// `Err(seconds to wait)` when `ip` has used its `per_minute` requests this minute.
    pub fn check(&self, ip: IpAddr, per_minute: u32, now: i64) -> Result<(), i64> {
        let minute = now.div_euclid(60);
        let Ok(mut map) = self.windows.lock() else {
            return Ok(());
        };
        if map.len() > 100_000 {
            map.retain(|_, (m, _)| *m == minute);
        }
        let entry = map.entry(ip).or_insert((minute, 0));
        if entry.0 != minute {
            *entry = (minute, 0);
        }
        if entry.1 >= per_minute {
            return Err((minute + 1) * 60 - now);
        }
        entry.1 += 1;
        Ok(())
    }

    pub fn clear(&self) {
        if let Ok(mut m) = self.windows.lock() {
            m.clear();
        }
    }
}
