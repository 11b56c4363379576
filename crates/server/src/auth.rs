//! Who calls a private operation: the `Authorization: Bearer <access token>` extractors.
//!
//! A session opened with a temporary password is *restricted*: it may only change the
//! password. The two extractors make that a matter of types, so a handler cannot forget it:
//!
//! - [`FullSession`] — what every private operation takes: a live, unrestricted session; a
//!   restricted one is refused with `403 password_change_required`;
//! - [`AnySession`] — a live session, restricted or not: only for changing the password.
//!
//! Both refuse a missing, unknown, expired or revoked token with `401 session_expired`, and
//! record the session's last use (to the minute: at most one write a minute).

use crate::clock::Clock;
use crate::config::{Config, Limits};
use crate::crypto::token_hash;
use crate::db::Db;
use crate::errors::{ApiError, ApiResult};
use axum::extract::{FromRef, FromRequestParts};
use axum::http::header;
use axum::http::request::Parts;
use macnss_api::ErrorCode;
use rusqlite::{OptionalExtension, params};
use std::sync::Arc;

/// A live session, as found from its access token.
#[derive(Debug, Clone)]
pub struct Session {
    pub session_id: String,
    pub account_id: String,
    /// Opened with a temporary password: it may only change the password.
    pub restricted: bool,
}

/// A live session that is not restricted: the extractor of every private operation.
#[derive(Debug, Clone)]
pub struct FullSession(pub Session);

/// A live session, restricted or not. Only the password change takes it.
#[derive(Debug, Clone)]
pub struct AnySession(pub Session);

impl<S> FromRequestParts<S> for AnySession
where
    S: Send + Sync,
    Db: FromRef<S>,
    Clock: FromRef<S>,
    Arc<Config>: FromRef<S>,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        bearer_session(parts, state).await.map(Self)
    }
}

impl<S> FromRequestParts<S> for FullSession
where
    S: Send + Sync,
    Db: FromRef<S>,
    Clock: FromRef<S>,
    Arc<Config>: FromRef<S>,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let session = bearer_session(parts, state).await?;
        if session.restricted {
            return Err(ErrorCode::PasswordChangeRequired.into());
        }
        Ok(Self(session))
    }
}

async fn bearer_session<S>(parts: &Parts, state: &S) -> ApiResult<Session>
where
    Db: FromRef<S>,
    Clock: FromRef<S>,
    Arc<Config>: FromRef<S>,
{
    let token = parts
        .headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or(ApiError::code(ErrorCode::SessionExpired))?;
    let hash = token_hash(token);
    let now = Clock::from_ref(state).unix();
    let config = Arc::<Config>::from_ref(state);
    Db::from_ref(state)
        .call(move |conn| -> ApiResult<Session> {
            let row: Option<(String, String, bool, i64, i64, bool, i64)> = conn
                .query_row(
                    "SELECT s.id, s.account_id, s.temporary, s.created_at, s.last_used_at,
                            s.revoked, a.expires_at
                     FROM access_tokens a JOIN sessions s ON s.id = a.session_id
                     WHERE a.hash = ?1",
                    params![hash],
                    |r| {
                        Ok((
                            r.get(0)?,
                            r.get(1)?,
                            r.get(2)?,
                            r.get(3)?,
                            r.get(4)?,
                            r.get(5)?,
                            r.get(6)?,
                        ))
                    },
                )
                .optional()?;
            match row {
                Some((session_id, account_id, restricted, created, last_used, revoked, exp))
                    if exp > now
                        && session_alive(&config.limits, revoked, created, last_used, now) =>
                {
                    // «Mes appareils» shows the last use to the minute: one write a minute
                    // at most, and the idle lifetime counts from it.
                    if now - last_used >= LAST_USE_RESOLUTION_SECONDS {
                        conn.execute(
                            "UPDATE sessions SET last_used_at = ?2 WHERE id = ?1",
                            params![session_id, now],
                        )?;
                    }
                    Ok(Session {
                        session_id,
                        account_id,
                        restricted,
                    })
                }
                _ => Err(ErrorCode::SessionExpired.into()),
            }
        })
        .await
}

/// A session's last use is recorded at most once in this many seconds.
pub const LAST_USE_RESOLUTION_SECONDS: i64 = 60;

/// The one rule for a session's life: not revoked, used within the idle lifetime, and younger
/// than the absolute lifetime. Refresh and every authenticated request apply it alike.
pub fn session_alive(l: &Limits, revoked: bool, created: i64, last_used: i64, now: i64) -> bool {
    !revoked
        && now - last_used < l.session_idle_seconds
        && now - created < l.session_absolute_seconds
}
