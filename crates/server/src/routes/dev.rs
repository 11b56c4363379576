//! Demo-only routes, mounted only with `--demo`: the outbox (what would have been sent), the
//! clock (move time forward to pass cooldowns and expiries), and a reset.

use crate::app::AppState;
use crate::clock::Clock;
use crate::db::Db;
use crate::errors::ApiResult;
use crate::extract::ApiJson;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use macnss_api::types::Channel;
use macnss_api::{ErrorCode, Problem};
use serde::{Deserialize, Serialize};

pub const OUTBOX: &str = "/dev/outbox";
pub const CLOCK: &str = "/dev/clock";
pub const RESET: &str = "/dev/reset";

/// One message sent by the server.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OutboxMessage {
    /// E.164 phone number or e-mail address.
    pub to: String,
    pub channel: Channel,
    pub body: String,
    pub sent_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct OutboxQuery {
    /// Only messages to this destination (E.164 phone or e-mail address).
    pub to: Option<String>,
}

/// Every message sent, oldest first.
#[utoipa::path(get, path = "/dev/outbox", tag = "demo", params(OutboxQuery),
    responses((status = 200, body = [OutboxMessage]),
              (status = 404, body = Problem, description = "not_found: the server was not started with --demo")))]
pub async fn outbox(
    State(db): State<Db>,
    Query(q): Query<OutboxQuery>,
) -> ApiResult<Json<Vec<OutboxMessage>>> {
    db.call(move |conn| -> ApiResult<Json<Vec<OutboxMessage>>> {
        let mut stmt = conn.prepare(
            "SELECT to_addr, channel, body, sent_at FROM outbox
                 WHERE ?1 IS NULL OR to_addr = ?1 ORDER BY id",
        )?;
        let rows = stmt
            .query_map([q.to], |r| {
                let channel: String = r.get(1)?;
                let at: i64 = r.get(3)?;
                Ok(OutboxMessage {
                    to: r.get(0)?,
                    channel: crate::notify::parse_channel(&channel),
                    body: r.get(2)?,
                    sent_at: DateTime::from_timestamp(at, 0).unwrap_or_default(),
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Json(rows))
    })
    .await
}

#[derive(Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ClockRequest {
    /// Seconds to move the server's clock forward: a whole number (`86400` or `86400.0`), 0 to
    /// 100 years. The clock stops at 100 years ahead of system time.
    #[serde(deserialize_with = "whole_seconds")]
    #[schema(minimum = 0, maximum = 3_162_240_000_i64)]
    pub advance_seconds: i64,
}

/// A JSON number that is a whole number of seconds: JSON Schema's `integer` counts `1.0` as
/// one, serde's `i64` does not.
fn whole_seconds<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    let n = serde_json::Number::deserialize(d)?;
    if let Some(i) = n.as_i64() {
        return Ok(i);
    }
    match n.as_f64() {
        // 2^53: every whole f64 below it is exact, and far beyond the clock's bound.
        Some(f) if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 => Ok(f as i64),
        _ => Err(serde::de::Error::custom(
            "advance_seconds must be a whole number of seconds",
        )),
    }
}

#[derive(Debug, Deserialize, Serialize, utoipa::ToSchema)]
pub struct ClockResponse {
    /// The server's time after the move.
    pub now: DateTime<Utc>,
}

/// Moves the server's clock forward.
#[utoipa::path(post, path = "/dev/clock", tag = "demo", request_body = ClockRequest,
    responses((status = 200, body = ClockResponse),
              (status = 404, body = Problem, description = "not_found: the server was not started with --demo"),
              (status = 422, body = Problem, description = "validation_failed: a negative move, or more than 100 years")))]
pub async fn clock(
    State(clock): State<Clock>,
    ApiJson(req): ApiJson<ClockRequest>,
) -> ApiResult<Json<ClockResponse>> {
    if req.advance_seconds < 0 {
        return Err(Problem::new(ErrorCode::ValidationFailed)
            .with_detail("advance_seconds must be 0 or more")
            .into());
    }
    if req.advance_seconds > Clock::MAX_OFFSET_SECONDS {
        return Err(Problem::new(ErrorCode::ValidationFailed)
            .with_detail("advance_seconds is 100 years at most")
            .into());
    }
    clock.advance(req.advance_seconds);
    Ok(Json(ClockResponse { now: clock.now() }))
}

/// Wipes accounts, flows, counters, sessions and the outbox; reloads the demo registry; puts
/// the clock back.
#[utoipa::path(post, path = "/dev/reset", tag = "demo",
    responses((status = 204, description = "Back to the demo's initial state"),
              (status = 404, body = Problem, description = "not_found: the server was not started with --demo")))]
pub async fn reset(State(state): State<AppState>) -> ApiResult<StatusCode> {
    state.reset_demo().await.map_err(|e| {
        tracing::error!(error = %e, "demo reset failed");
        crate::errors::ApiError::code(ErrorCode::Internal)
    })?;
    Ok(StatusCode::NO_CONTENT)
}

/// What the `/dev` paths answer on a server started without `--demo`: `404 not_found` for
/// their own methods (other methods still get `405`, as on every path).
pub async fn absent() -> crate::errors::ApiError {
    ErrorCode::NotFound.into()
}
