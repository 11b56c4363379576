//! Demo-only routes, mounted only with `--demo`: the outbox (what would have been sent), the
//! clock (move time forward to pass cooldowns and expiries), a reset, and what CNSS's back
//! office would do to the private space's records — move a claim, a schooling check or a
//! report to its next state (each dated today, in the record's history).

use crate::app::AppState;
use crate::clock::Clock;
use crate::db::Db;
use crate::errors::{ApiError, ApiResult};
use crate::extract::ApiJson;
use crate::extract::PathId;
use crate::inbox;
use crate::records::{self, seed};
use crate::routes::space::today;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use macnss_api::inbox::Notice;
use macnss_api::operations::{Auth, Input, Method, Nothing, Operation, Output};
use macnss_api::records::{
    CertificateRefusal, Claim, ClaimState, MissingDocument, PaymentKind, RefusalReason, Report,
    ReportState, SchoolingCheck, SchoolingState,
};
use macnss_api::types::Channel;
use macnss_api::{ErrorCode, Problem};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

/// Calls `$m!(Operation, …)` with the demo's operations, once each.
#[macro_export]
macro_rules! for_each_dev_operation {
    ($m:ident) => {
        $m!(
            $crate::routes::dev::Outbox,
            $crate::routes::dev::MoveClock,
            $crate::routes::dev::Reset,
            $crate::routes::dev::AdvanceClaim,
            $crate::routes::dev::AdvanceSchooling,
            $crate::routes::dev::AdvanceReport,
            $crate::routes::attestations::RevokeAttestation,
            $crate::routes::attestations::RotateAttestationKey
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
    const DESCRIPTION: &'static str = "Wipes accounts, flows, counters, sessions, the \
        outbox and every record; puts the clock back; reloads the demo registry and its \
        records, dated from today.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::NoContent;
    const ANSWER: &'static str = "Back to the demo's initial state";
    const ERRORS: &'static [ErrorCode] = &[NOT_IN_DEMO];
    type Request = Nothing;
    type Response = Nothing;
}

/// `POST /dev/claims/{claim_id}/advance`.
pub struct AdvanceClaim;
impl Operation for AdvanceClaim {
    const ID: &'static str = "dev_advance_claim";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = "/dev/claims/{claim_id}/advance";
    const TAG: &'static str = "demo";
    const SUMMARY: &'static str = "Moves a claim to its next state, as CNSS would.";
    const DESCRIPTION: &'static str = "received → processing → reimbursed (the default), or \
        → incomplete (a document missing) or refused (a reason); incomplete → processing (the \
        document arrived). A reimbursement is paid today. Any household's claim.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The claim as it now stands";
    const ERRORS: &'static [ErrorCode] = &[NOT_IN_DEMO, ErrorCode::ValidationFailed];
    type Request = AdvanceClaimRequest;
    type Response = Claim;
}

/// `POST /dev/children/{child_id}/schooling/advance`.
pub struct AdvanceSchooling;
impl Operation for AdvanceSchooling {
    const ID: &'static str = "dev_advance_schooling";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = "/dev/children/{child_id}/schooling/advance";
    const TAG: &'static str = "demo";
    const SUMMARY: &'static str = "Moves a child's schooling check, as CNSS would.";
    const DESCRIPTION: &'static str = "received → accepted (the default; lifts a suspension) \
        or refused (a reason; a new certificate is due in a month); certificate_required or \
        refused → suspended (nothing arrived in time: the allowance stops until a certificate \
        is accepted).";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The check as it now stands";
    const ERRORS: &'static [ErrorCode] = &[NOT_IN_DEMO, ErrorCode::ValidationFailed];
    type Request = AdvanceSchoolingRequest;
    type Response = SchoolingCheck;
}

/// `POST /dev/reports/{report_id}/advance`.
pub struct AdvanceReport;
impl Operation for AdvanceReport {
    const ID: &'static str = "dev_advance_report";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = "/dev/reports/{report_id}/advance";
    const TAG: &'static str = "demo";
    const SUMMARY: &'static str = "Moves a report to its next state, as CNSS would.";
    const DESCRIPTION: &'static str = "submitted → in_review → resolved (the default: the \
        employer declares the month, which the career then shows) or rejected.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The report as it now stands";
    const ERRORS: &'static [ErrorCode] = &[NOT_IN_DEMO, ErrorCode::ValidationFailed];
    type Request = AdvanceReportRequest;
    type Response = Report;
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
            "SELECT to_addr, channel, body, sent_at, subject FROM outbox
                 WHERE ?1 IS NULL OR to_addr = ?1 ORDER BY id",
        )?;
        let rows = stmt
            .query_map([q.to], |r| {
                let channel: String = r.get(1)?;
                let at: i64 = r.get(3)?;
                let channel = crate::notify::parse_channel(&channel);
                let body: String = r.get(2)?;
                let subject: String = r.get(4)?;
                Ok(OutboxMessage {
                    to: r.get(0)?,
                    channel,
                    // An e-mail is shown as its subject line, a blank line and its body (what
                    // the demo's readers have always parsed); it leaves as MIME.
                    body: match channel {
                        Channel::Email => format!("Subject: {subject}\n\n{body}"),
                        Channel::Sms => body,
                    },
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

/// `POST /dev/claims/{claim_id}/advance`: where the claim goes (its natural next state when
/// absent) and what an incomplete or refused claim says.
#[derive(Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AdvanceClaimRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<ClaimState>,
    /// For `incomplete` (default: `prescription`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing: Option<MissingDocument>,
    /// For `refused` (default: `not_covered`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refusal: Option<RefusalReason>,
}

/// `POST /dev/children/{child_id}/schooling/advance`.
#[derive(Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AdvanceSchoolingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<SchoolingState>,
    /// For `refused` (default: `unreadable`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refusal: Option<CertificateRefusal>,
}

/// `POST /dev/reports/{report_id}/advance`.
#[derive(Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AdvanceReportRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<ReportState>,
}

/// A move the record's state does not allow.
fn not_allowed(what: &str, from: impl Serialize, to: impl Serialize) -> ApiError {
    Problem::new(ErrorCode::ValidationFailed)
        .with_detail(format!(
            "a {what} cannot go from {} to {}",
            records::name(from),
            records::name(to)
        ))
        .into()
}

/// The share of a claim AMO reimburses in the demo (an assumption: the real rate depends on
/// the care and its reference price).
const DEMO_REIMBURSED_PERCENT: i64 = 70;

/// Moves a claim to its next state.
pub async fn advance_claim(
    State(state): State<AppState>,
    PathId(claim_id): PathId,
    ApiJson(req): ApiJson<AdvanceClaimRequest>,
) -> ApiResult<Json<Claim>> {
    let today = today(&state.clock);
    let now = state.clock.unix();
    state
        .db
        .call(move |conn| -> ApiResult<Json<Claim>> {
            let tx = conn.transaction()?;
            let claim = records::find_claim(&tx, &claim_id, None)?
                .ok_or(ApiError::code(ErrorCode::NotFound))?;
            let to = match (claim.state, req.to) {
                (ClaimState::Received, None | Some(ClaimState::Processing)) => {
                    ClaimState::Processing
                }
                (ClaimState::Processing, None) => ClaimState::Reimbursed,
                (
                    ClaimState::Processing,
                    Some(
                        to
                        @ (ClaimState::Reimbursed | ClaimState::Incomplete | ClaimState::Refused),
                    ),
                ) => to,
                (ClaimState::Incomplete, None | Some(ClaimState::Processing)) => {
                    ClaimState::Processing
                }
                (from, to) => return Err(not_allowed("claim", from, to.unwrap_or(from))),
            };
            let reimbursed = (to == ClaimState::Reimbursed)
                .then(|| claim.claimed.0 * DEMO_REIMBURSED_PERCENT / 100);
            tx.execute(
                "UPDATE claims SET state = ?2, reimbursed = COALESCE(?3, reimbursed),
                    missing = ?4, refusal = ?5 WHERE id = ?1",
                params![
                    claim_id,
                    records::name(to),
                    reimbursed,
                    (to == ClaimState::Incomplete).then(|| records::name(
                        req.missing.unwrap_or(MissingDocument::Prescription)
                    )),
                    (to == ClaimState::Refused)
                        .then(|| records::name(req.refusal.unwrap_or(RefusalReason::NotCovered)))
                ],
            )?;
            tx.execute(
                "INSERT INTO claim_events (claim_id, state, on_date) VALUES (?1, ?2, ?3)",
                params![claim_id, records::name(to), today.to_string()],
            )?;
            // The insured and, for a dependant's care, the dependant are told.
            let notice = Notice::ClaimChanged {
                claim_id: claim_id.clone(),
                state: to,
            };
            for reader in inbox::claim_readers(&tx, &claim_id)? {
                inbox::post(&tx, &reader, &notice, now)?;
            }
            if let Some(amount) = reimbursed {
                let insured: String = tx.query_row(
                    "SELECT insured_id FROM claims WHERE id = ?1",
                    [&claim_id],
                    |r| r.get(0),
                )?;
                let paid = Notice::PaymentMade {
                    kind: PaymentKind::AmoReimbursement,
                };
                inbox::post(&tx, &insured, &paid, now)?;
                seed::insert_payment(
                    &tx,
                    &insured,
                    today,
                    PaymentKind::AmoReimbursement,
                    amount,
                    Some(&claim_id),
                )?;
            }
            let claim = records::find_claim(&tx, &claim_id, None)?
                .ok_or(ApiError::code(ErrorCode::Internal))?;
            tx.commit()?;
            Ok(Json(claim))
        })
        .await
}

/// The latest check of a child: (school year, state).
fn latest_check(conn: &Connection, child_id: &str) -> rusqlite::Result<Option<(i32, String)>> {
    conn.query_row(
        "SELECT school_year, state FROM schooling_checks WHERE child_id = ?1
         ORDER BY school_year DESC LIMIT 1",
        [child_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}

/// Moves a child's schooling check.
pub async fn advance_schooling(
    State(state): State<AppState>,
    PathId(child_id): PathId,
    ApiJson(req): ApiJson<AdvanceSchoolingRequest>,
) -> ApiResult<Json<SchoolingCheck>> {
    let today = today(&state.clock);
    let now = state.clock.unix();
    state
        .db
        .call(move |conn| -> ApiResult<Json<SchoolingCheck>> {
            let tx = conn.transaction()?;
            let Some((year, from)) = latest_check(&tx, &child_id)? else {
                return Err(ErrorCode::NotFound.into());
            };
            let from: SchoolingState = records::parse_name(&from)?;
            use SchoolingState as S;
            let to = match (from, req.to) {
                (S::Received, None | Some(S::Accepted)) => S::Accepted,
                (S::Received, Some(S::Refused)) => S::Refused,
                (S::CertificateRequired | S::Refused, None | Some(S::Suspended)) => S::Suspended,
                (from, to) => return Err(not_allowed("schooling check", from, to.unwrap_or(from))),
            };
            let due = (to == S::Refused).then(|| records::add_months(today, 1).to_string());
            tx.execute(
                "UPDATE schooling_checks SET state = ?3, refusal = ?4, due = COALESCE(?5, due),
                    suspended = CASE ?3 WHEN 'suspended' THEN 1 WHEN 'accepted' THEN 0
                        ELSE suspended END,
                    updated_on = ?6
                 WHERE child_id = ?1 AND school_year = ?2",
                params![
                    child_id,
                    year,
                    records::name(to),
                    (to == S::Refused).then(|| {
                        records::name(req.refusal.unwrap_or(CertificateRefusal::Unreadable))
                    }),
                    due,
                    today.to_string()
                ],
            )?;
            let household: String = tx.query_row(
                "SELECT insured_id FROM children WHERE id = ?1",
                [&child_id],
                |r| r.get(0),
            )?;
            let child = child_id.clone();
            let notice = match to {
                S::Accepted => Some(Notice::CertificateAccepted { child_id: child }),
                S::Refused => Some(Notice::CertificateRefused {
                    child_id: child,
                    reason: req.refusal.unwrap_or(CertificateRefusal::Unreadable),
                    due: due.as_deref().and_then(|d| d.parse().ok()),
                }),
                S::Suspended => Some(Notice::AllowanceSuspended { child_id: child }),
                _ => None,
            };
            if let Some(notice) = notice {
                inbox::post(&tx, &household, &notice, now)?;
            }
            let check =
                records::schooling(&tx, &child_id)?.ok_or(ApiError::code(ErrorCode::Internal))?;
            tx.commit()?;
            Ok(Json(check))
        })
        .await
}

/// Moves a report; a resolved one puts the month in the career.
pub async fn advance_report(
    State(state): State<AppState>,
    PathId(report_id): PathId,
    ApiJson(req): ApiJson<AdvanceReportRequest>,
) -> ApiResult<Json<Report>> {
    let today = today(&state.clock);
    state
        .db
        .call(move |conn| -> ApiResult<Json<Report>> {
            let tx = conn.transaction()?;
            let report = records::report_by_id(&tx, &report_id)?
                .ok_or(ApiError::code(ErrorCode::NotFound))?;
            use ReportState as R;
            let to = match (report.state, req.to) {
                (R::Submitted, None | Some(R::InReview)) => R::InReview,
                (R::InReview, None) => R::Resolved,
                (R::InReview, Some(to @ (R::Resolved | R::Rejected))) => to,
                (from, to) => return Err(not_allowed("report", from, to.unwrap_or(from))),
            };
            tx.execute(
                "UPDATE reports SET state = ?2, updated_on = ?3 WHERE id = ?1",
                params![report_id, records::name(to), today.to_string()],
            )?;
            if to == R::Resolved {
                // The employer declares the month: a full month at the person's latest
                // salary with this employer.
                let account: String = tx.query_row(
                    "SELECT account_id FROM reports WHERE id = ?1",
                    [&report_id],
                    |r| r.get(0),
                )?;
                tx.execute(
                    "INSERT OR IGNORE INTO declarations (account_id, month, employer_id, days,
                        salary)
                     SELECT ?1, ?2, ?3, 26, COALESCE((SELECT salary FROM declarations
                        WHERE account_id = ?1 AND employer_id = ?3
                        ORDER BY month DESC LIMIT 1), 0)",
                    params![
                        account,
                        report.month.to_string(),
                        report.employer.employer_id
                    ],
                )?;
            }
            let report = records::report_by_id(&tx, &report_id)?
                .ok_or(ApiError::code(ErrorCode::Internal))?;
            tx.commit()?;
            Ok(Json(report))
        })
        .await
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
