//! Changing the bank account payments go to, in two steps (a step-up), because a RIB changed by
//! whoever holds an unlocked phone would send the person's money elsewhere:
//!
//! 1. `POST /v1/bank-account/step-up`: the password again, checked with Argon2id on the
//!    hashing threads and slowed down per identifier like a sign-in (the same counter); then a
//!    6-digit code by SMS to the account's phone, with the caps of every other code (sends per
//!    identity and destination, the cooldown, wrong codes per code, identity and destination).
//!    A new step-up replaces the previous one.
//! 2. `POST /v1/bank-account`: the code and the new RIB (`BankAccountChange::validate`, the
//!    key checked); the RIB is stored whole on the server, the holder is told by SMS and e-mail
//!    (no bank detail, name or amount in either), and the answer is the account masked. A
//!    retry of a step-up that already succeeded with the same RIB gets the same answer.
//!
//! A dependant has no bank account here: `403 not_available`.

use crate::app::AppState;
use crate::auth::FullSession;
use crate::errors::{ApiError, ApiResult};
use crate::extract::{ApiJson, BodyDigest, IdempotencyKey, RequestLang};
use crate::flows::{self, Flow, Verdict};
use crate::idempotency;
use crate::limits;
use crate::messages::{self, Lang};
use crate::notify::Message;
use crate::records;
use crate::routes::signup::masked_phone;
use crate::routes::space::today;
use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use macnss_api::inbox::Notice;
use macnss_api::operations::{BankStepUp, Operation};
use macnss_api::records::{BankAccount, BankAccountChange, StepUpRequest, StepUpResponse};
use macnss_api::types::Channel;
use macnss_api::validate::patterns::is_opaque_id;
use macnss_api::{ErrorCode, Problem};
use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};

/// The counters' key of a person (shared with sign-up and recovery: no new flow resets them).
pub fn identity(account_id: &str) -> String {
    format!("person:{account_id}")
}

/// The account's password hash and phone, or `403 not_available` for a dependant.
fn insured_account(
    conn: &Connection,
    state: &AppState,
    account_id: &str,
) -> ApiResult<(String, String, String)> {
    let holder = records::holder(
        conn,
        account_id,
        state.config.synthetic,
        today(&state.clock),
    )?;
    holder.insured_only()?;
    conn.query_row(
        "SELECT password_hash, phone, email FROM accounts WHERE account_id = ?1",
        [account_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()?
    .ok_or(ApiError::code(ErrorCode::SessionExpired))
}

/// Step 1: the password again; a code by SMS to the account's phone.
pub async fn step_up(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    IdempotencyKey(key): IdempotencyKey,
    FullSession(session): FullSession,
    ApiJson(req): ApiJson<StepUpRequest>,
) -> Response {
    // The key is bound to the session, not to the body: the body is a password, and a fast
    // hash of it must never be stored next to its Argon2id hash.
    let digest = BodyDigest(Sha256::digest(format!("bank_step_up\0{}", session.session_id)).into());
    let now = state.clock.unix();
    let scope = session.account_id.clone();
    let s = state.clone();
    idempotency::once(
        &state.db,
        now,
        BankStepUp::ID,
        &scope,
        key,
        digest,
        move || async move {
            step_up_inner(
                s,
                lang,
                session.account_id,
                session.session_id,
                req.password,
            )
            .await
            .map(Json)
            .into_response()
        },
    )
    .await
}

async fn step_up_inner(
    state: AppState,
    lang: Lang,
    account_id: String,
    session_id: String,
    password: String,
) -> ApiResult<StepUpResponse> {
    let now = state.clock.unix();
    let (hash, phone) = {
        let s = state.clone();
        let account_id = account_id.clone();
        state
            .db
            .call(move |conn| -> ApiResult<(String, String)> {
                let tx = conn.transaction()?;
                let (hash, phone, _) = insured_account(&tx, &s, &account_id)?;
                if let Some(wait) = limits::sign_in_wait(&tx, &s.config.limits, &account_id, now)? {
                    return Err(ApiError::retry(ErrorCode::SlowDown, wait));
                }
                tx.commit()?;
                Ok((hash, phone))
            })
            .await?
    };
    let ok = state.hasher.verify(password, Some(hash)).await?;
    let now = state.clock.unix();
    let s = state.clone();
    let step_up_id = crate::crypto::random_token();
    let id = step_up_id.clone();
    let destination = phone.clone();
    state
        .db
        .call(move |conn| -> ApiResult<()> {
            let tx = conn.transaction()?;
            if !ok {
                limits::record(&tx, limits::kind::SIGN_IN_FAIL, &account_id, None, now)?;
                tx.commit()?;
                tracing::info!("bank step-up refused: wrong password");
                return Err(ErrorCode::InvalidCredentials.into());
            }
            limits::clear_sign_in_failures(&tx, &account_id)?;
            let l = &s.config.limits;
            let who = identity(&account_id);
            limits::check_send(&tx, l, &who, &destination, true, true, now)?;
            // Only the newest step-up of an account can be completed.
            tx.execute(
                "DELETE FROM codes WHERE flow_id IN
                    (SELECT id FROM step_ups WHERE account_id = ?1 AND completed = 0)",
                [&account_id],
            )?;
            tx.execute(
                "DELETE FROM step_ups WHERE account_id = ?1 AND completed = 0",
                [&account_id],
            )?;
            tx.execute(
                "INSERT INTO step_ups (id, account_id, session_id, phone, created_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    id,
                    account_id,
                    session_id,
                    destination,
                    now,
                    now + l.code_ttl_seconds
                ],
            )?;
            let flow = Flow {
                id: id.clone(),
                identity: who,
                account_id: Some(account_id.clone()),
                decoy: false,
                phone: Some(destination.clone()),
                email: None,
            };
            flows::issue_code(
                &tx,
                &s.key,
                s.notifier.as_ref(),
                l,
                &flow,
                Channel::Sms,
                &destination,
                true,
                "",
                |code| {
                    messages::text(
                        lang,
                        "sms-bank-code",
                        &[
                            ("code", code),
                            ("minutes", &messages::minutes(l.code_ttl_seconds)),
                        ],
                    )
                },
                now,
            )?;
            tx.commit()?;
            tracing::info!("bank step-up: code sent");
            Ok(())
        })
        .await?;
    Ok(StepUpResponse {
        step_up_id,
        sent_to: masked_phone(&phone),
        expires_in: u64::try_from(state.config.limits.code_ttl_seconds).unwrap_or(0),
    })
}

/// Step 2: the code and the new RIB.
pub async fn change(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    FullSession(session): FullSession,
    ApiJson(req): ApiJson<BankAccountChange>,
) -> ApiResult<Json<BankAccount>> {
    if !is_opaque_id(&req.step_up_id) {
        return Err(Problem::new(ErrorCode::MalformedRequest)
            .with_detail("step_up_id: not an id issued by this server (43 base64url characters)")
            .into());
    }
    let now = state.clock.unix();
    let today = today(&state.clock);
    let s = state.clone();
    state
        .db
        .call(move |conn| -> ApiResult<Json<BankAccount>> {
            let tx = conn.transaction()?;
            let (_, phone, email) = insured_account(&tx, &s, &session.account_id)?;
            let (code, rib) = req.validate().map_err(ApiError::validation)?;
            let step_up: Option<(String, bool)> = tx
                .query_row(
                    "SELECT phone, completed FROM step_ups
                     WHERE id = ?1 AND account_id = ?2 AND session_id = ?3 AND expires_at > ?4",
                    params![req.step_up_id, session.account_id, session.session_id, now],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((code_phone, completed)) = step_up else {
                return Err(ErrorCode::TransactionExpired.into());
            };
            if completed {
                // A retry of the change that succeeded: the same answer, nothing sent again.
                let stored: Option<(String, String)> = tx
                    .query_row(
                        "SELECT rib, since FROM bank_accounts WHERE account_id = ?1",
                        [&session.account_id],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?;
                return match stored {
                    Some((stored, since)) if stored == rib.expose() => Ok(Json(
                        records::masked_account(&stored, records::parse_day(&since)?)?,
                    )),
                    _ => Err(ErrorCode::TransactionExpired.into()),
                };
            }
            let flow = Flow {
                id: req.step_up_id.clone(),
                identity: identity(&session.account_id),
                account_id: Some(session.account_id.clone()),
                decoy: false,
                phone: Some(code_phone),
                email: None,
            };
            let l = &s.config.limits;
            if let Verdict::Refused(e) =
                flows::check_code(&tx, &s.key, l, &flow, code.as_str(), now)?
            {
                tx.commit()?;
                return Err(e);
            }
            tx.execute(
                "INSERT INTO bank_accounts (account_id, rib, since, changed_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (account_id) DO UPDATE
                 SET rib = excluded.rib, since = excluded.since, changed_at = excluded.changed_at",
                params![session.account_id, rib.expose(), today.to_string(), now],
            )?;
            tx.execute(
                "UPDATE step_ups SET completed = 1 WHERE id = ?1",
                [&req.step_up_id],
            )?;
            let phone_number = crate::directory::CNSS_PHONE;
            s.notifier.enqueue(
                &tx,
                &Message::sms(
                    phone,
                    messages::text(lang, "sms-bank-changed", &[("phone", phone_number)]),
                ),
                now,
            )?;
            s.notifier.enqueue(
                &tx,
                &Message::email(
                    email,
                    messages::text(lang, "email-bank-changed-subject", &[]),
                    messages::text(lang, "email-bank-changed-body", &[("phone", phone_number)]),
                ),
                now,
            )?;
            crate::inbox::post(&tx, &session.account_id, &Notice::BankAccountChanged, now)?;
            tx.commit()?;
            tracing::info!("bank account changed");
            Ok(Json(records::masked_account(rib.expose(), today)?))
        })
        .await
}
