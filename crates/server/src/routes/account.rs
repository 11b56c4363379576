//! «Mon compte»: the online account itself, not the CNSS record.
//!
//! - `GET /v1/account`: the phone and e-mail, masked, and the sessions still open (not revoked,
//!   not expired by the idle or absolute lifetime), the current one first, then by last use;
//!   the sign-in time to the hour, the last use to the minute. A session's id is its row's
//!   random id (43 base64url characters): it is never a credential (tokens are other random
//!   values, stored hashed), so showing it to the account's own sessions lets nobody in.
//! - `POST /v1/account/step-up`: the password again, checked with Argon2id on the hashing
//!   threads and slowed down per identifier like a sign-in (the same counter). Its id lives
//!   `account_step_up_seconds` (10 minutes), is bound to its session and replaces the
//!   session's previous one (and its pending contact change).
//! - `POST /v1/account/contact`, `…/resend`, `…/verify`: a new phone or e-mail after a step-up;
//!   a code to the NEW destination (SMS or e-mail) under the caps of every code (cooldown,
//!   sends per identity per hour and day, per destination, distinct destinations per identity,
//!   wrong codes per code, identity and destination: `limits`, keyed on `person:<id>` like
//!   sign-up, recovery and the bank step-up). Once verified, the account changes and the OLD
//!   destination is told (a new phone: an SMS to the old one and an e-mail; a new e-mail: a
//!   message to the old one), with no code, name or new destination in the notice.
//! - `POST /v1/account/sessions/{session_id}/revoke` and `…/revoke-others`: another session
//!   ends (its access tokens are deleted, its refresh token refused); an id that is not one of
//!   this account's open sessions is `404 not_found`, as an id that does not exist; the
//!   current session is `409 current_session` (sign out instead).
//! - `POST /v1/account/delete`: after a step-up and the confirmation. The holder is told by
//!   SMS and e-mail (queued in the same transaction, so still delivered); the account's other
//!   pending messages, its sessions and tokens, codes, flows, step-ups, contact changes and
//!   stored idempotent answers are deleted, and the account row last. The CNSS records
//!   (registry, declarations, uploads, reports, bank account) stay, and so do the abuse
//!   counters (a deletion resets no cap), without the destinations they named. The same
//!   person can sign up again.

use crate::app::AppState;
use crate::auth::{FullSession, Session, session_alive};
use crate::errors::{ApiError, ApiResult};
use crate::extract::{ApiJson, DigestedJson, IdempotencyKey, PathId, RequestLang};
use crate::flows::{self, Flow, Verdict};
use crate::idempotency;
use crate::limits;
use crate::messages::{self, Lang};
use crate::notify::{Message, channel_str, parse_channel};
use crate::routes::bank::identity;
use crate::routes::recovery::masked_email;
use crate::routes::session::{parse_platform, revoke_sessions};
use crate::routes::signup::masked_phone;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::DateTime;
use macnss_api::account::{
    AccountOverview, AccountStepUpRequest, AccountStepUpResponse, ContactChangeRequest,
    ContactResendRequest, ContactVerifyRequest, DeleteAccountRequest, NewContact, SessionInfo,
};
use macnss_api::operations::{ChangeContact, Operation, ResendContactCode};
use macnss_api::types::{Channel, CodeSentResponse};
use macnss_api::validate::ValidationError;
use macnss_api::validate::patterns::is_opaque_id;
use macnss_api::{ErrorCode, FieldError, Problem};
use rusqlite::{Connection, OptionalExtension, params};

/// `400 malformed_request` for a step-up id of a shape the server never issues.
fn check_step_up_shape(id: &str) -> ApiResult<()> {
    if is_opaque_id(id) {
        Ok(())
    } else {
        Err(Problem::new(ErrorCode::MalformedRequest)
            .with_detail("step_up_id: not an id issued by this server (43 base64url characters)")
            .into())
    }
}

/// The account's phone and e-mail (an account deleted meanwhile: the session is over).
fn contacts(conn: &Connection, account_id: &str) -> ApiResult<(String, String)> {
    conn.query_row(
        "SELECT phone, email FROM accounts WHERE account_id = ?1",
        [account_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()?
    .ok_or(ApiError::code(ErrorCode::SessionExpired))
}

/// What «Mon compte» shows, for session `current` of `account_id`.
fn overview(
    conn: &Connection,
    state: &AppState,
    account_id: &str,
    current: &str,
    now: i64,
) -> ApiResult<AccountOverview> {
    let (phone, email) = contacts(conn, account_id)?;
    let mut stmt = conn.prepare(
        "SELECT id, device_name, platform, app_version, created_at, last_used_at, revoked
         FROM sessions WHERE account_id = ?1 AND revoked = 0",
    )?;
    let rows = stmt
        .query_map([account_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, i64>(5)?,
                r.get::<_, bool>(6)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let l = &state.config.limits;
    let mut open: Vec<(i64, i64, SessionInfo)> = rows
        .into_iter()
        .filter(|(_, _, _, _, created, last, revoked)| {
            session_alive(l, *revoked, *created, *last, now)
        })
        .map(|(id, name, platform, app_version, created, last, _)| {
            let info = SessionInfo {
                current: id == current,
                id,
                device_name: name,
                platform: platform.as_deref().and_then(parse_platform),
                app_version,
                signed_in_at: at(created - created.rem_euclid(3_600)),
                last_used_at: at(last - last.rem_euclid(60)),
            };
            (last, created, info)
        })
        .collect();
    // The current session first, then the most recently used (the newest sign-in on a tie).
    open.sort_by(|a, b| {
        b.2.current
            .cmp(&a.2.current)
            .then(b.0.cmp(&a.0))
            .then(b.1.cmp(&a.1))
            .then(a.2.id.cmp(&b.2.id))
    });
    Ok(AccountOverview {
        phone: masked_phone(&phone),
        email: masked_email(&email),
        sessions: open.into_iter().map(|(_, _, s)| s).collect(),
    })
}

fn at(unix: i64) -> DateTime<chrono::Utc> {
    DateTime::from_timestamp(unix, 0).unwrap_or_default()
}

/// `Ok` when step-up `id` is live and was made by `session`; else `410 transaction_expired`
/// (unknown, expired, replaced, used, or another session's: they cannot be told apart).
fn live_step_up(conn: &Connection, id: &str, session: &Session, now: i64) -> ApiResult<()> {
    let found: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM account_step_ups
            WHERE id = ?1 AND account_id = ?2 AND session_id = ?3 AND expires_at > ?4)",
        params![id, session.account_id, session.session_id, now],
        |r| r.get(0),
    )?;
    if found {
        Ok(())
    } else {
        Err(ErrorCode::TransactionExpired.into())
    }
}

/// Forgets step-up `id`, its pending contact change and its codes.
fn end_step_up(conn: &Connection, id: &str) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM codes WHERE flow_id = ?1", [id])?;
    conn.execute("DELETE FROM contact_changes WHERE step_up_id = ?1", [id])?;
    conn.execute("DELETE FROM account_step_ups WHERE id = ?1", [id])?;
    Ok(())
}

/// «Mon compte»: the contact details, masked, and every session still open.
pub async fn account(
    State(state): State<AppState>,
    FullSession(session): FullSession,
) -> ApiResult<Json<AccountOverview>> {
    let now = state.clock.unix();
    let s = state.clone();
    state
        .db
        .call(move |conn| -> ApiResult<Json<AccountOverview>> {
            Ok(Json(overview(
                conn,
                &s,
                &session.account_id,
                &session.session_id,
                now,
            )?))
        })
        .await
}

/// The password again: a step-up id for this session.
pub async fn step_up(
    State(state): State<AppState>,
    FullSession(session): FullSession,
    ApiJson(req): ApiJson<AccountStepUpRequest>,
) -> ApiResult<Json<AccountStepUpResponse>> {
    let now = state.clock.unix();
    let hash = {
        let s = state.clone();
        let account_id = session.account_id.clone();
        state
            .db
            .call(move |conn| -> ApiResult<String> {
                if let Some(wait) = limits::sign_in_wait(conn, &s.config.limits, &account_id, now)?
                {
                    return Err(ApiError::retry(ErrorCode::SlowDown, wait));
                }
                conn.query_row(
                    "SELECT password_hash FROM accounts WHERE account_id = ?1",
                    [&account_id],
                    |r| r.get(0),
                )
                .optional()?
                .ok_or(ApiError::code(ErrorCode::SessionExpired))
            })
            .await?
    };
    let ok = state.hasher.verify(req.password, Some(hash)).await?;
    let now = state.clock.unix();
    let ttl = state.config.limits.account_step_up_seconds;
    let id = crate::crypto::random_token();
    let step_up_id = id.clone();
    state
        .db
        .call(move |conn| -> ApiResult<()> {
            let tx = conn.transaction()?;
            if !ok {
                limits::record(
                    &tx,
                    limits::kind::SIGN_IN_FAIL,
                    &session.account_id,
                    None,
                    now,
                )?;
                tx.commit()?;
                tracing::info!("account step-up refused: wrong password");
                return Err(ErrorCode::InvalidCredentials.into());
            }
            limits::clear_sign_in_failures(&tx, &session.account_id)?;
            // One step-up per session: the previous one (and its contact change) ends.
            let previous: Option<String> = tx
                .query_row(
                    "SELECT id FROM account_step_ups WHERE session_id = ?1",
                    [&session.session_id],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(previous) = previous {
                end_step_up(&tx, &previous)?;
            }
            tx.execute(
                "INSERT INTO account_step_ups (id, account_id, session_id, created_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, session.account_id, session.session_id, now, now + ttl],
            )?;
            tx.commit()?;
            tracing::info!("account step-up");
            Ok(())
        })
        .await?;
    Ok(Json(AccountStepUpResponse {
        step_up_id,
        expires_in: u64::try_from(ttl).unwrap_or(0),
    }))
}

fn code_sent(state: &AppState, channel: Channel, destination: &str) -> CodeSentResponse {
    let l = &state.config.limits;
    CodeSentResponse {
        channel,
        masked_destination: match channel {
            Channel::Sms => masked_phone(destination),
            Channel::Email => masked_email(destination),
        },
        expires_in: u64::try_from(l.code_ttl_seconds).unwrap_or(0),
        resend_in: u64::try_from(l.resend_cooldown_seconds).unwrap_or(0),
    }
}

/// Checks the caps, issues a code for step-up `step_up_id` and queues it to `destination`.
#[allow(clippy::too_many_arguments)]
fn send_contact_code(
    conn: &Connection,
    state: &AppState,
    lang: Lang,
    account_id: &str,
    step_up_id: &str,
    channel: Channel,
    destination: &str,
    now: i64,
) -> ApiResult<()> {
    let l = &state.config.limits;
    let who = identity(account_id);
    let is_phone = channel == Channel::Sms;
    limits::check_send(conn, l, &who, destination, is_phone, true, now)?;
    if !is_phone {
        limits::check_distinct(conn, l, &who, destination, false, now)?;
    }
    let flow = Flow {
        id: step_up_id.to_owned(),
        identity: who,
        account_id: Some(account_id.to_owned()),
        decoy: false,
        phone: is_phone.then(|| destination.to_owned()),
        email: (!is_phone).then(|| destination.to_owned()),
    };
    let minutes = messages::minutes(l.code_ttl_seconds);
    let (subject, body_id) = match channel {
        Channel::Sms => (String::new(), "sms-contact-code"),
        Channel::Email => (
            messages::text(lang, "email-contact-code-subject", &[]),
            "email-contact-code-body",
        ),
    };
    flows::issue_code(
        conn,
        &state.key,
        state.notifier.as_ref(),
        l,
        &flow,
        channel,
        destination,
        true,
        &subject,
        |code| messages::text(lang, body_id, &[("code", code), ("minutes", &minutes)]),
        now,
    )?;
    Ok(())
}

/// A new phone or e-mail, after a step-up: a code to the new destination.
pub async fn change_contact(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    IdempotencyKey(key): IdempotencyKey,
    FullSession(session): FullSession,
    DigestedJson(req, digest): DigestedJson<ContactChangeRequest>,
) -> Response {
    let scope = session.account_id.clone();
    let s = state.clone();
    let now = state.clock.unix();
    idempotency::once(
        &state.db,
        now,
        ChangeContact::ID,
        &scope,
        key,
        digest,
        move || async move {
            change_contact_inner(s, lang, session, req)
                .await
                .map(Json)
                .into_response()
        },
    )
    .await
}

async fn change_contact_inner(
    state: AppState,
    lang: Lang,
    session: Session,
    req: ContactChangeRequest,
) -> ApiResult<CodeSentResponse> {
    check_step_up_shape(&req.step_up_id)?;
    let contact = req.validate().map_err(ApiError::validation)?;
    let (channel, destination) = match &contact {
        NewContact::Phone(p) => (Channel::Sms, p.as_e164().to_owned()),
        NewContact::Email(e) => (Channel::Email, e.as_str().to_owned()),
    };
    let now = state.clock.unix();
    let s = state.clone();
    let to = destination.clone();
    state
        .db
        .call(move |conn| -> ApiResult<()> {
            let tx = conn.transaction()?;
            live_step_up(&tx, &req.step_up_id, &session, now)?;
            let (phone, email) = contacts(&tx, &session.account_id)?;
            let current = match channel {
                Channel::Sms => phone,
                Channel::Email => email,
            };
            if current == to {
                return Err(ApiError::validation(vec![FieldError::new(
                    "destination",
                    ValidationError::Unchanged,
                )]));
            }
            send_contact_code(
                &tx,
                &s,
                lang,
                &session.account_id,
                &req.step_up_id,
                channel,
                &to,
                now,
            )?;
            // A second change in the same step-up replaces the first (its code is spent).
            tx.execute(
                "INSERT INTO contact_changes (step_up_id, account_id, channel, destination,
                    created_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (step_up_id) DO UPDATE SET channel = excluded.channel,
                    destination = excluded.destination, created_at = excluded.created_at",
                params![
                    req.step_up_id,
                    session.account_id,
                    channel_str(channel),
                    to,
                    now
                ],
            )?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    tracing::info!(channel = channel_str(channel), "contact change: code sent");
    Ok(code_sent(&state, channel, &destination))
}

/// The pending contact change of step-up `id`: its channel and new destination.
fn pending_change(conn: &Connection, id: &str) -> rusqlite::Result<Option<(Channel, String)>> {
    conn.query_row(
        "SELECT channel, destination FROM contact_changes WHERE step_up_id = ?1",
        [id],
        |r| Ok((parse_channel(&r.get::<_, String>(0)?), r.get(1)?)),
    )
    .optional()
}

/// Another code to the new destination, after the cooldown.
pub async fn resend(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    IdempotencyKey(key): IdempotencyKey,
    FullSession(session): FullSession,
    DigestedJson(req, digest): DigestedJson<ContactResendRequest>,
) -> Response {
    let scope = session.account_id.clone();
    let s = state.clone();
    let now = state.clock.unix();
    idempotency::once(
        &state.db,
        now,
        ResendContactCode::ID,
        &scope,
        key,
        digest,
        move || async move {
            resend_inner(s, lang, session, req)
                .await
                .map(Json)
                .into_response()
        },
    )
    .await
}

async fn resend_inner(
    state: AppState,
    lang: Lang,
    session: Session,
    req: ContactResendRequest,
) -> ApiResult<CodeSentResponse> {
    check_step_up_shape(&req.step_up_id)?;
    let now = state.clock.unix();
    let s = state.clone();
    let (channel, destination) = state
        .db
        .call(move |conn| -> ApiResult<(Channel, String)> {
            let tx = conn.transaction()?;
            live_step_up(&tx, &req.step_up_id, &session, now)?;
            let Some((channel, to)) = pending_change(&tx, &req.step_up_id)? else {
                return Err(ErrorCode::TransactionExpired.into());
            };
            send_contact_code(
                &tx,
                &s,
                lang,
                &session.account_id,
                &req.step_up_id,
                channel,
                &to,
                now,
            )?;
            tx.commit()?;
            Ok((channel, to))
        })
        .await?;
    tracing::info!(
        channel = channel_str(channel),
        "contact change: code sent again"
    );
    Ok(code_sent(&state, channel, &destination))
}

/// The code received at the new destination: the change is made, the old one is told.
pub async fn verify(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    FullSession(session): FullSession,
    ApiJson(req): ApiJson<ContactVerifyRequest>,
) -> ApiResult<Json<AccountOverview>> {
    check_step_up_shape(&req.step_up_id)?;
    let code = req.validate().map_err(ApiError::validation)?;
    let now = state.clock.unix();
    let s = state.clone();
    state
        .db
        .call(move |conn| -> ApiResult<Json<AccountOverview>> {
            let tx = conn.transaction()?;
            live_step_up(&tx, &req.step_up_id, &session, now)?;
            let Some((channel, to)) = pending_change(&tx, &req.step_up_id)? else {
                return Err(ErrorCode::CodeExpired.into());
            };
            let flow = Flow {
                id: req.step_up_id.clone(),
                identity: identity(&session.account_id),
                account_id: Some(session.account_id.clone()),
                decoy: false,
                phone: None,
                email: None,
            };
            let l = &s.config.limits;
            if let Verdict::Refused(e) =
                flows::check_code(&tx, &s.key, l, &flow, code.as_str(), now)?
            {
                tx.commit()?;
                return Err(e);
            }
            let (old_phone, old_email) = contacts(&tx, &session.account_id)?;
            let cnss = crate::directory::CNSS_PHONE;
            let notices = match channel {
                Channel::Sms => {
                    tx.execute(
                        "UPDATE accounts SET phone = ?2 WHERE account_id = ?1",
                        params![session.account_id, to],
                    )?;
                    vec![
                        Message::sms(
                            old_phone,
                            messages::text(lang, "sms-phone-changed", &[("phone", cnss)]),
                        ),
                        Message::email(
                            old_email,
                            messages::text(lang, "email-phone-changed-subject", &[]),
                            messages::text(lang, "email-phone-changed-body", &[("phone", cnss)]),
                        ),
                    ]
                }
                Channel::Email => {
                    tx.execute(
                        "UPDATE accounts SET email = ?2 WHERE account_id = ?1",
                        params![session.account_id, to],
                    )?;
                    vec![Message::email(
                        old_email,
                        messages::text(lang, "email-email-changed-subject", &[]),
                        messages::text(lang, "email-email-changed-body", &[("phone", cnss)]),
                    )]
                }
            };
            for notice in &notices {
                s.notifier.enqueue(&tx, notice, now)?;
            }
            end_step_up(&tx, &req.step_up_id)?;
            let answer = overview(&tx, &s, &session.account_id, &session.session_id, now)?;
            tx.commit()?;
            tracing::info!(channel = channel_str(channel), "contact changed");
            Ok(Json(answer))
        })
        .await
}

/// Signs out another session of this account.
pub async fn revoke(
    State(state): State<AppState>,
    FullSession(session): FullSession,
    PathId(target): PathId,
) -> ApiResult<Json<AccountOverview>> {
    let now = state.clock.unix();
    let s = state.clone();
    state
        .db
        .call(move |conn| -> ApiResult<Json<AccountOverview>> {
            let tx = conn.transaction()?;
            let row: Option<(bool, i64, i64)> = tx
                .query_row(
                    "SELECT revoked, created_at, last_used_at FROM sessions
                     WHERE id = ?1 AND account_id = ?2",
                    params![target, session.account_id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            // Another account's session, one that is over, or none: the same 404.
            let l = &s.config.limits;
            match row {
                Some((revoked, created, last)) if session_alive(l, revoked, created, last, now) => {
                }
                _ => return Err(ErrorCode::NotFound.into()),
            }
            if target == session.session_id {
                return Err(ErrorCode::CurrentSession.into());
            }
            tx.execute("UPDATE sessions SET revoked = 1 WHERE id = ?1", [&target])?;
            tx.execute("DELETE FROM access_tokens WHERE session_id = ?1", [&target])?;
            let answer = overview(&tx, &s, &session.account_id, &session.session_id, now)?;
            tx.commit()?;
            tracing::info!("session revoked from «Mon compte»");
            Ok(Json(answer))
        })
        .await
}

/// Signs out every session of this account but this one.
pub async fn revoke_others(
    State(state): State<AppState>,
    FullSession(session): FullSession,
) -> ApiResult<Json<AccountOverview>> {
    let now = state.clock.unix();
    let s = state.clone();
    state
        .db
        .call(move |conn| -> ApiResult<Json<AccountOverview>> {
            let tx = conn.transaction()?;
            revoke_sessions(&tx, &session.account_id, Some(&session.session_id))?;
            let answer = overview(&tx, &s, &session.account_id, &session.session_id, now)?;
            tx.commit()?;
            tracing::info!("other sessions revoked from «Mon compte»");
            Ok(Json(answer))
        })
        .await
}

/// Deletes the online account after a step-up and the confirmation; the CNSS record stays.
pub async fn delete(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    FullSession(session): FullSession,
    ApiJson(req): ApiJson<DeleteAccountRequest>,
) -> ApiResult<StatusCode> {
    check_step_up_shape(&req.step_up_id)?;
    req.validate().map_err(ApiError::validation)?;
    let now = state.clock.unix();
    let s = state.clone();
    state
        .db
        .call(move |conn| -> ApiResult<()> {
            let tx = conn.transaction()?;
            live_step_up(&tx, &req.step_up_id, &session, now)?;
            let account_id = session.account_id.as_str();
            let (phone, email) = contacts(&tx, account_id)?;
            delete_account(&tx, account_id, &phone, &email)?;
            // Queued after the purge of the account's pending messages: these two leave.
            let cnss = crate::directory::CNSS_PHONE;
            s.notifier.enqueue(
                &tx,
                &Message::sms(
                    phone,
                    messages::text(lang, "sms-account-deleted", &[("phone", cnss)]),
                ),
                now,
            )?;
            s.notifier.enqueue(
                &tx,
                &Message::email(
                    email,
                    messages::text(lang, "email-account-deleted-subject", &[]),
                    messages::text(lang, "email-account-deleted-body", &[("phone", cnss)]),
                ),
                now,
            )?;
            tx.commit()?;
            tracing::info!("account deleted");
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Deletes everything of the online account `account_id` (see the module's header); keeps the
/// CNSS records and the counters, without the destinations they named.
fn delete_account(
    conn: &Connection,
    account_id: &str,
    phone: &str,
    email: &str,
) -> rusqlite::Result<()> {
    let who = identity(account_id);
    // Messages still waiting for this account's destinations (its phone, its e-mail, a
    // contact change's new one), unless another account or a flow in progress uses that
    // destination too (two people may share a phone).
    conn.execute(
        "DELETE FROM outbox WHERE delivered = 0
            AND to_addr IN (SELECT ?2 UNION SELECT ?3
                UNION SELECT destination FROM contact_changes WHERE account_id = ?1)
            AND to_addr NOT IN (SELECT phone FROM accounts WHERE account_id != ?1)
            AND to_addr NOT IN (SELECT email FROM accounts WHERE account_id != ?1)
            AND to_addr NOT IN (SELECT phone FROM flows
                WHERE phone IS NOT NULL AND account_id IS NOT ?1)
            AND to_addr NOT IN (SELECT email FROM flows
                WHERE email IS NOT NULL AND account_id IS NOT ?1)",
        params![account_id, phone, email],
    )?;
    conn.execute(
        "DELETE FROM access_tokens WHERE session_id IN
            (SELECT id FROM sessions WHERE account_id = ?1)",
        [account_id],
    )?;
    conn.execute(
        "DELETE FROM refresh_tokens WHERE session_id IN
            (SELECT id FROM sessions WHERE account_id = ?1)",
        [account_id],
    )?;
    conn.execute("DELETE FROM sessions WHERE account_id = ?1", [account_id])?;
    conn.execute(
        "DELETE FROM reset_tokens WHERE account_id = ?1",
        [account_id],
    )?;
    conn.execute(
        "DELETE FROM codes WHERE flow_id IN
            (SELECT id FROM flows WHERE account_id = ?1 OR identity = ?2
             UNION SELECT id FROM step_ups WHERE account_id = ?1
             UNION SELECT id FROM account_step_ups WHERE account_id = ?1)",
        params![account_id, who],
    )?;
    conn.execute(
        "DELETE FROM flows WHERE account_id = ?1 OR identity = ?2",
        params![account_id, who],
    )?;
    conn.execute("DELETE FROM step_ups WHERE account_id = ?1", [account_id])?;
    conn.execute(
        "DELETE FROM contact_changes WHERE account_id = ?1",
        [account_id],
    )?;
    conn.execute(
        "DELETE FROM account_step_ups WHERE account_id = ?1",
        [account_id],
    )?;
    // Stored answers of this account's idempotent requests (scoped `<account id>:<key>`).
    conn.execute(
        "DELETE FROM idempotency WHERE substr(key, 1, length(?1) + 1) = ?1 || ':'",
        [account_id],
    )?;
    // The person's counters stay (their counts: a deletion resets no cap of sends or failures)
    // but forget the destinations they named, so the distinct-destinations cap starts again;
    // the counters kept per destination (SMS-pumping caps) age out with the rest (24 h).
    conn.execute(
        "UPDATE events SET detail = NULL WHERE key IN (?1, ?2) AND detail IS NOT NULL",
        params![account_id, who],
    )?;
    crate::attestations::forget_pdfs(conn, account_id)?;
    crate::inbox::forget(conn, account_id)?;
    crate::push::forget_account(conn, account_id)?;
    conn.execute("DELETE FROM accounts WHERE account_id = ?1", [account_id])?;
    Ok(())
}
