//! The private space: «Mon espace»'s summary, the career, the claims, the family and its
//! TAWIDATY certificates, the payments, the reports of a missing declaration, and the
//! agencies (public).
//!
//! Every handler answers only the session holder's records ([`records::holder`]): another
//! person's claim or child id is `404 not_found`, as an id that does not exist; a malformed id
//! is `400 malformed_request` ([`PathId`]); a dependant reaches only their own AMO rights and
//! the claims where they are the beneficiary (`403 not_available` elsewhere). "Today" is the
//! server clock's day in Casablanca.

use crate::app::AppState;
use crate::auth::FullSession;
use crate::clock::Clock;
use crate::config::Config;
use crate::db::Db;
use crate::errors::{ApiError, ApiResult};
use crate::extract::{DigestedJson, IdempotencyKey, PathId, RawFile};
use crate::idempotency;
use crate::records::{self, Holder, seed};
use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use macnss_api::operations::{Certificate, CreateReport, Operation};
use macnss_api::records::{
    Agency, Career, Claim, Claims, Family, MAX_UPLOAD_BYTES, Payments, Report, ReportRequest,
    ReportState, Reports, SchoolingCheck, SchoolingState, SpaceSummary, UploadType, YearMonth,
};
use macnss_api::validate::casablanca_today;
use macnss_api::{ErrorCode, FieldError, ValidationError};
use rusqlite::{Connection, OptionalExtension, params};
use std::sync::Arc;

/// Today in Casablanca, by the server's clock.
pub fn today(clock: &Clock) -> NaiveDate {
    casablanca_today(clock.now())
}

/// Runs `f` with the holder of `account_id`, in one transaction (a synthetic household's
/// records are made on first use).
async fn with_holder<T, F>(
    db: &Db,
    config: &Config,
    clock: &Clock,
    account_id: String,
    f: F,
) -> ApiResult<T>
where
    T: Send + 'static,
    F: FnOnce(&Connection, &Holder, NaiveDate) -> ApiResult<T> + Send + 'static,
{
    let today = today(clock);
    let synthetic = config.synthetic;
    db.call(move |conn| -> ApiResult<T> {
        let tx = conn.transaction()?;
        let holder = records::holder(&tx, &account_id, synthetic, today)?;
        let out = f(&tx, &holder, today)?;
        tx.commit()?;
        Ok(out)
    })
    .await
}

/// «Mon espace»: the summary of each card.
pub async fn space(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(config): State<Arc<Config>>,
    FullSession(session): FullSession,
) -> ApiResult<Json<SpaceSummary>> {
    with_holder(&db, &config, &clock, session.account_id, records::summary)
        .await
        .map(Json)
}

/// The career (insured persons only).
pub async fn career(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(config): State<Arc<Config>>,
    FullSession(session): FullSession,
) -> ApiResult<Json<Career>> {
    with_holder(&db, &config, &clock, session.account_id, records::career)
        .await
        .map(Json)
}

/// The claims the holder may see, and the beneficiaries to filter by.
pub async fn claims(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(config): State<Arc<Config>>,
    FullSession(session): FullSession,
) -> ApiResult<Json<Claims>> {
    with_holder(&db, &config, &clock, session.account_id, |conn, h, _| {
        Ok(Claims {
            claims: records::claims(conn, h)?,
            beneficiaries: records::beneficiaries(conn, h)?,
        })
    })
    .await
    .map(Json)
}

/// One claim with its timeline.
pub async fn claim(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(config): State<Arc<Config>>,
    FullSession(session): FullSession,
    PathId(claim_id): PathId,
) -> ApiResult<Json<Claim>> {
    with_holder(
        &db,
        &config,
        &clock,
        session.account_id,
        move |conn, h, _| records::claim(conn, h, &claim_id),
    )
    .await
    .map(Json)
}

/// The children, their allowances and schooling checks (insured persons only).
pub async fn family(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(config): State<Arc<Config>>,
    FullSession(session): FullSession,
) -> ApiResult<Json<Family>> {
    with_holder(&db, &config, &clock, session.account_id, records::family)
        .await
        .map(Json)
}

/// The payments, the pension, the bank account masked (insured persons only).
pub async fn payments(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(config): State<Arc<Config>>,
    FullSession(session): FullSession,
) -> ApiResult<Json<Payments>> {
    with_holder(&db, &config, &clock, session.account_id, |conn, h, _| {
        records::payments(conn, h)
    })
    .await
    .map(Json)
}

/// The reports of a missing declaration (insured persons only).
pub async fn reports(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(config): State<Arc<Config>>,
    FullSession(session): FullSession,
) -> ApiResult<Json<Reports>> {
    with_holder(&db, &config, &clock, session.account_id, |conn, h, _| {
        records::reports(conn, h)
    })
    .await
    .map(Json)
}

/// The CNSS agencies (demo data), by city.
pub async fn agencies() -> Json<Vec<Agency>> {
    Json(crate::directory::agencies())
}

/// A child's school certificate: the raw body, typed by its content; replaces one not yet
/// checked. With an `Idempotency-Key`, a retry with the same bytes gets the first answer and
/// stores nothing.
pub async fn certificate(
    State(state): State<AppState>,
    IdempotencyKey(key): IdempotencyKey,
    FullSession(session): FullSession,
    PathId(child_id): PathId,
    RawFile(bytes, digest): RawFile,
) -> Response {
    if bytes.len() > MAX_UPLOAD_BYTES {
        return ApiError::code(ErrorCode::PayloadTooLarge).into_response();
    }
    let now = state.clock.unix();
    let scope = format!("{}:{child_id}", session.account_id);
    let s = state.clone();
    idempotency::once(
        &state.db,
        now,
        Certificate::ID,
        &scope,
        key,
        digest,
        move || async move {
            store_certificate(s, session.account_id, child_id, bytes.to_vec())
                .await
                .map(Json)
                .into_response()
        },
    )
    .await
}

async fn store_certificate(
    state: AppState,
    account_id: String,
    child_id: String,
    bytes: Vec<u8>,
) -> ApiResult<SchoolingCheck> {
    let now = state.clock.unix();
    let state_limits = state.config.limits.clone();
    with_holder(
        &state.db,
        &state.config,
        &state.clock,
        account_id,
        move |conn, holder, today| {
            holder.insured_only()?;
            records::own_child(conn, holder, &child_id)?;
            let kind =
                UploadType::sniff(&bytes).ok_or(ApiError::code(ErrorCode::FileTypeRefused))?;
            let current: Option<(i32, String, Option<String>)> = conn
                .query_row(
                    "SELECT school_year, state, upload_id FROM schooling_checks
                     WHERE child_id = ?1 ORDER BY school_year DESC LIMIT 1",
                    [&child_id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let Some((year, check_state, previous)) = current else {
                return Err(ErrorCode::CertificateNotExpected.into());
            };
            let check_state: SchoolingState = records::parse_name(&check_state)?;
            if !check_state.accepts_upload() {
                return Err(ErrorCode::CertificateNotExpected.into());
            }
            // A household's certificates per day are capped (each one is a 5 MB write).
            crate::limits::take_daily(
                conn,
                crate::limits::kind::CERTIFICATE,
                &holder.household,
                state_limits.certificates_per_account_per_day,
                now,
            )?;
            let (upload_id, _) =
                seed::insert_upload(conn, &holder.household, &child_id, kind, &bytes, today, now)?;
            conn.execute(
                "UPDATE schooling_checks SET state = ?3, refusal = NULL, upload_id = ?4,
                    updated_on = ?5 WHERE child_id = ?1 AND school_year = ?2",
                params![
                    child_id,
                    year,
                    records::name(SchoolingState::Received),
                    upload_id,
                    today.to_string()
                ],
            )?;
            // A replaced certificate (not yet checked, or refused) is not kept.
            if let Some(previous) = previous {
                conn.execute("DELETE FROM uploads WHERE id = ?1", [previous])?;
            }
            tracing::info!(
                media_type = kind.media_type(),
                bytes = bytes.len(),
                "certificate received"
            );
            records::schooling(conn, &child_id)?.ok_or(ApiError::code(ErrorCode::Internal))
        },
    )
    .await
}

/// Reports a month missing from the career against one of its employers.
pub async fn create_report(
    State(state): State<AppState>,
    IdempotencyKey(key): IdempotencyKey,
    FullSession(session): FullSession,
    DigestedJson(req, digest): DigestedJson<ReportRequest>,
) -> Response {
    let now = state.clock.unix();
    let scope = session.account_id.clone();
    let s = state.clone();
    let limits = state.config.limits.clone();
    idempotency::once(
        &state.db,
        now,
        CreateReport::ID,
        &scope,
        key,
        digest,
        move || async move {
            with_holder(
                &s.db,
                &s.config,
                &s.clock,
                session.account_id,
                move |conn, holder, today| submit_report(conn, holder, today, &req, now, &limits),
            )
            .await
            .map(Json)
            .into_response()
        },
    )
    .await
}

/// The rules of a report: an employer of the career; a month before the current one and not
/// before the first declared month (both refusals at once), that this employer did not
/// declare; no open report for the same employer and month.
fn submit_report(
    conn: &Connection,
    holder: &Holder,
    today: NaiveDate,
    req: &ReportRequest,
    now: i64,
    limits: &crate::config::Limits,
) -> ApiResult<Report> {
    holder.insured_only()?;
    let declarations = records::declarations(conn, &holder.household)?;
    let employer_id = req.employer_id.trim();
    let mut errors = Vec::new();
    if !records::employers(&declarations)
        .iter()
        .any(|e| e.employer_id == employer_id)
    {
        errors.push(FieldError::new(
            "employer_id",
            ValidationError::EmployerUnknown,
        ));
    }
    let first = declarations.iter().map(|d| d.month).min();
    if req.month >= YearMonth::of(today) || first.is_none_or(|f| req.month < f) {
        errors.push(FieldError::new("month", ValidationError::MonthOutOfRange));
    } else if declarations
        .iter()
        .any(|d| d.month == req.month && d.employer_id == employer_id)
    {
        // Nothing is missing: this employer declared this month (its days may be few, which
        // is another matter, for the agency).
        errors.push(FieldError::new("month", ValidationError::MonthDeclared));
    }
    if !errors.is_empty() {
        return Err(ApiError::validation(errors));
    }
    let open: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM reports WHERE account_id = ?1 AND employer_id = ?2
            AND month = ?3 AND state IN (?4, ?5))",
        params![
            holder.household,
            employer_id,
            req.month.to_string(),
            records::name(ReportState::Submitted),
            records::name(ReportState::InReview)
        ],
        |r| r.get(0),
    )?;
    if open {
        return Err(ErrorCode::ReportExists.into());
    }
    crate::limits::take_daily(
        conn,
        crate::limits::kind::REPORT,
        &holder.household,
        limits.reports_per_account_per_day,
        now,
    )?;
    let id = crate::crypto::random_token();
    conn.execute(
        "INSERT INTO reports (id, account_id, reference, employer_id, month, state,
            submitted_on, updated_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![
            id,
            holder.household,
            seed::report_reference(conn, today)?,
            employer_id,
            req.month.to_string(),
            records::name(ReportState::Submitted),
            today.to_string()
        ],
    )?;
    tracing::info!("report submitted");
    records::report_by_id(conn, &id)?.ok_or(ApiError::code(ErrorCode::Internal))
}
