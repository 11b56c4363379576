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
use macnss_api::operations::{Auth, Input, Method, Nothing, Operation, Output};
use macnss_api::types::Channel;
use macnss_api::{ErrorCode, Problem};
use serde::{Deserialize, Serialize};

/// Calls `$m!(Operation, …)` with the demo's operations, once each.
#[macro_export]
macro_rules! for_each_dev_operation {
    ($m:ident) => {
        $m!(
            $crate::routes::dev::Outbox,
            $crate::routes::dev::MoveClock,
            $crate::routes::dev::Reset
        )
    };
}

/// `GET /dev/outbox`.
pub struct Outbox;
impl Operation for Outbox {
    const ID: &'static str = "dev_outbox";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = "/dev/outbox";
    const TAG: &'static str = "demo";
    const SUMMARY: &'static str = "Every message sent, oldest first.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::Query;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The messages";
    const ERRORS: &'static [ErrorCode] = &[NOT_IN_DEMO];
    type Request = OutboxQuery;
    type Response = OutboxList;
}

/// `POST /dev/clock`.
pub struct MoveClock;
impl Operation for MoveClock {
    const ID: &'static str = "dev_clock";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = "/dev/clock";
    const TAG: &'static str = "demo";
    const SUMMARY: &'static str = "Moves the server's clock forward.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The server's time after the move";
    const ERRORS: &'static [ErrorCode] = &[NOT_IN_DEMO, ErrorCode::ValidationFailed];
    type Request = ClockRequest;
    type Response = ClockResponse;
}

/// `POST /dev/reset`.
pub struct Reset;
impl Operation for Reset {
    const ID: &'static str = "dev_reset";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = "/dev/reset";
    const TAG: &'static str = "demo";
    const SUMMARY: &'static str = "Back to the demo's initial state.";
    const DESCRIPTION: &'static str = "Wipes accounts, flows, counters, sessions and the \
        outbox; reloads the demo registry; puts the clock back.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::NoContent;
    const ANSWER: &'static str = "Back to the demo's initial state";
    const ERRORS: &'static [ErrorCode] = &[NOT_IN_DEMO];
    type Request = Nothing;
    type Response = Nothing;
}

/// Every demo operation lives under this prefix.
pub const PREFIX: &str = "/dev/";

/// What every `/dev` operation answers on a server started without `--demo`.
const NOT_IN_DEMO: ErrorCode = ErrorCode::NotFound;

/// One message sent by the server.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OutboxMessage {
    /// E.164 phone number or e-mail address.
    pub to: String,
    pub channel: Channel,
    pub body: String,
    pub sent_at: DateTime<Utc>,
}

#[derive(Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
pub struct OutboxQuery {
    /// Only messages to this destination (E.164 phone or e-mail address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

/// The messages of the outbox.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(transparent)]
pub struct OutboxList(pub Vec<OutboxMessage>);

/// Every message sent, oldest first.
pub async fn outbox(
    State(db): State<Db>,
    Query(q): Query<OutboxQuery>,
) -> ApiResult<Json<OutboxList>> {
    db.call(move |conn| -> ApiResult<Json<OutboxList>> {
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
        Ok(Json(OutboxList(rows)))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_demo_operation_is_under_the_prefix() {
        macro_rules! paths {
            ($($op:ty),*) => { [$(<$op as Operation>::PATH),*] };
        }
        for path in crate::for_each_dev_operation!(paths) {
            assert!(path.starts_with(PREFIX), "{path}");
        }
    }
}
