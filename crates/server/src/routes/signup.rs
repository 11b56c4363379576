//! Sign-up: identity matched against the registry (Assuré or Ayant droit), contact details and
//! CGU acceptance with an SMS code, resend, and verification, which creates the account and
//! sends its identifier and a temporary password by SMS.

use crate::app::AppState;
use crate::clock::Clock;
use crate::config::Config;
use crate::crypto::{random_token, temporary_password};
use crate::db::Db;
use crate::errors::{ApiError, ApiResult};
use crate::extract::{ApiJson, DigestedJson, IdempotencyKey, RequestLang};
use crate::flows::{self, Purpose, Verdict};
use crate::idempotency;
use crate::limits;
use crate::messages::{self, Lang};
use crate::notify::Message;
use crate::registry;
use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use macnss_api::operations::{Operation, SignupContact, SignupResend};
use macnss_api::types::{
    AccountKind, Channel, CodeSentResponse, SignupCompleteResponse, SignupContactRequest,
    SignupResendRequest, SignupStartRequest, SignupStartResponse, SignupVerifyRequest,
};
use macnss_api::validate::{ValidationError, casablanca_today, parse_mobile_phone};
use macnss_api::{ErrorCode, FieldError, Problem};
use rusqlite::{Connection, params};
use std::sync::Arc;

fn account_exists(conn: &Connection, account_id: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM accounts WHERE account_id = ?1)",
        params![account_id],
        |r| r.get(0),
    )
}

/// `06 •• •• •• 78` for a stored E.164 number.
pub fn masked_phone(e164: &str) -> String {
    parse_mobile_phone(e164).map_or_else(|_| "•• •• •• ••".to_owned(), |p| p.masked())
}

/// Step 1: who the person is.
pub async fn start(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(config): State<Arc<Config>>,
    ApiJson(req): ApiJson<SignupStartRequest>,
) -> ApiResult<Json<SignupStartResponse>> {
    let now = clock.now();
    let today = casablanca_today(now);
    let valid = match req.validate(today) {
        Ok(v) => v,
        Err(errors) => {
            if errors
                .iter()
                .all(|e| e.code == ValidationError::DocumentExpired)
            {
                return Err(Problem::new(ErrorCode::IdDocumentExpired)
                    .with_errors(errors)
                    .into());
            }
            return Err(ApiError::validation(errors));
        }
    };
    let ttl = config.limits.signup_ttl_seconds;
    let unix = now.timestamp();
    db.call(move |conn| -> ApiResult<Json<SignupStartResponse>> {
        let tx = conn.transaction()?;
        let person = registry::by_document(&tx, valid.document.kind(), valid.document.as_str())?;
        let matched = person.filter(|p| {
            p.kind == valid.kind
                && p.birth_date == valid.birth_date
                && match valid.kind {
                    AccountKind::Insured => Some(p.document_expiry) == valid.document_expiry,
                    AccountKind::Dependant => {
                        p.insured_id.as_deref() == valid.insured_id.as_ref().map(|a| a.as_str())
                    }
                }
        });
        let Some(person) = matched else {
            tracing::info!(document = %valid.document.masked(), "sign-up: identity not found");
            return Err(ErrorCode::IdentityNotFound.into());
        };
        if person.document_expiry < today {
            return Err(ErrorCode::IdDocumentExpired.into());
        }
        if account_exists(&tx, &person.account_id)? {
            return Err(ErrorCode::AccountExists.into());
        }
        let id = random_token();
        flows::create(
            &tx,
            &id,
            Purpose::Signup,
            &format!("person:{}", person.account_id),
            Some(&person.account_id),
            false,
            None,
            None,
            unix,
            ttl,
        )?;
        tx.commit()?;
        tracing::info!(document = %valid.document.masked(), "sign-up started");
        Ok(Json(SignupStartResponse {
            signup_id: id,
            terms_version: crate::terms::CURRENT_VERSION.to_owned(),
            expires_in: u64::try_from(ttl).unwrap_or(0),
        }))
    })
    .await
}

fn code_sent(state: &AppState, channel: Channel, masked: String) -> CodeSentResponse {
    let l = &state.config.limits;
    CodeSentResponse {
        channel,
        masked_destination: masked,
        expires_in: u64::try_from(l.code_ttl_seconds).unwrap_or(0),
        resend_in: u64::try_from(l.resend_cooldown_seconds).unwrap_or(0),
    }
}

/// Step 2: phone, e-mail and CGU acceptance; sends the code by SMS.
pub async fn contact(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    IdempotencyKey(key): IdempotencyKey,
    DigestedJson(req, digest): DigestedJson<SignupContactRequest>,
) -> Response {
    let scope = req.signup_id.clone();
    let s = state.clone();
    let now = state.clock.unix();
    idempotency::once(
        &state.db,
        now,
        SignupContact::ID,
        &scope,
        key,
        digest,
        move || async move { contact_inner(s, lang, req).await.into_response() },
    )
    .await
}

async fn contact_inner(
    state: AppState,
    lang: Lang,
    req: SignupContactRequest,
) -> ApiResult<Json<CodeSentResponse>> {
    let mut valid = req.validate();
    if req.terms_accepted && req.terms_version != crate::terms::CURRENT_VERSION {
        let e = FieldError::new("terms_version", ValidationError::TermsNotAccepted);
        valid = match valid {
            Ok(_) => Err(vec![e]),
            Err(mut errors) => {
                errors.push(e);
                Err(errors)
            }
        };
    }
    let contact = valid.map_err(ApiError::validation)?;
    let now = state.clock.unix();
    let s = state.clone();
    let phone = contact.phone.as_e164().to_owned();
    let masked = contact.phone.masked();
    state
        .db
        .call(move |conn| -> ApiResult<()> {
            let tx = conn.transaction()?;
            let mut flow = flows::load(&tx, &req.signup_id, Purpose::Signup, now)?;
            let account_id = flow.account_id.clone().unwrap_or_default();
            if account_exists(&tx, &account_id)? {
                return Err(ErrorCode::AccountExists.into());
            }
            let l = &s.config.limits;
            limits::check_send(&tx, l, &flow.identity, &phone, true, false, now)?;
            tx.execute(
                "UPDATE flows SET phone = ?2, email = ?3, terms_version = ?4 WHERE id = ?1",
                params![
                    flow.id,
                    phone,
                    contact.email.as_str(),
                    crate::terms::CURRENT_VERSION
                ],
            )?;
            flow.phone = Some(phone.clone());
            flows::issue_code(
                &tx,
                &s.key,
                s.notifier.as_ref(),
                l,
                &flow,
                Channel::Sms,
                &phone,
                true,
                "",
                |code| {
                    messages::text(
                        lang,
                        "sms-signup-code",
                        &[
                            ("code", code),
                            ("minutes", &messages::minutes(l.code_ttl_seconds)),
                        ],
                    )
                },
                now,
            )?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    tracing::info!(phone = %masked, "sign-up code sent");
    Ok(Json(code_sent(&state, Channel::Sms, masked)))
}

/// Sends a new sign-up code to the same number, after the cooldown.
pub async fn resend(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    IdempotencyKey(key): IdempotencyKey,
    DigestedJson(req, digest): DigestedJson<SignupResendRequest>,
) -> Response {
    let scope = req.signup_id.clone();
    let s = state.clone();
    let now = state.clock.unix();
    idempotency::once(
        &state.db,
        now,
        SignupResend::ID,
        &scope,
        key,
        digest,
        move || async move { resend_inner(s, lang, req).await.into_response() },
    )
    .await
}

async fn resend_inner(
    state: AppState,
    lang: Lang,
    req: SignupResendRequest,
) -> ApiResult<Json<CodeSentResponse>> {
    let now = state.clock.unix();
    let s = state.clone();
    let phone = state
        .db
        .call(move |conn| -> ApiResult<String> {
            let tx = conn.transaction()?;
            let flow = flows::load(&tx, &req.signup_id, Purpose::Signup, now)?;
            let Some(phone) = flow.phone.clone() else {
                return Err(ErrorCode::TransactionExpired.into());
            };
            let l = &s.config.limits;
            limits::check_send(&tx, l, &flow.identity, &phone, true, true, now)?;
            flows::issue_code(
                &tx,
                &s.key,
                s.notifier.as_ref(),
                l,
                &flow,
                Channel::Sms,
                &phone,
                true,
                "",
                |code| {
                    messages::text(
                        lang,
                        "sms-signup-code",
                        &[
                            ("code", code),
                            ("minutes", &messages::minutes(l.code_ttl_seconds)),
                        ],
                    )
                },
                now,
            )?;
            tx.commit()?;
            Ok(phone)
        })
        .await?;
    Ok(Json(code_sent(&state, Channel::Sms, masked_phone(&phone))))
}

/// Step 3: the code; creates the account and sends its identifier and temporary password.
pub async fn verify(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    ApiJson(req): ApiJson<SignupVerifyRequest>,
) -> ApiResult<Json<SignupCompleteResponse>> {
    let code = req.validate().map_err(ApiError::validation)?;
    let now = state.clock.unix();
    let s = state.clone();
    let signup_id = req.signup_id.clone();
    state
        .db
        .call(move |conn| -> ApiResult<()> {
            let tx = conn.transaction()?;
            let flow = flows::load(&tx, &signup_id, Purpose::Signup, now)?;
            if flow.phone.is_none() {
                return Err(ErrorCode::CodeExpired.into());
            }
            if account_exists(&tx, flow.account_id.as_deref().unwrap_or_default())? {
                return Err(ErrorCode::AccountExists.into());
            }
            let verdict =
                flows::check_code(&tx, &s.key, &s.config.limits, &flow, code.as_str(), now)?;
            tx.commit()?;
            match verdict {
                Verdict::Accepted(_) => Ok(()),
                Verdict::Refused(e) => Err(e),
            }
        })
        .await?;

    let password = temporary_password();
    let hash = state.hasher.hash(password.clone()).await?;
    let hours = state.config.limits.temporary_password_hours;
    let now = state.clock.unix();
    let s = state.clone();
    let phone = state
        .db
        .call(move |conn| -> ApiResult<String> {
            let tx = conn.transaction()?;
            let flow = flows::load(&tx, &req.signup_id, Purpose::Signup, now)?;
            let account_id = flow.account_id.clone().unwrap_or_default();
            let (Some(phone), Some(email)) = (flow.phone.clone(), flow.email.clone()) else {
                return Err(ErrorCode::TransactionExpired.into());
            };
            if account_exists(&tx, &account_id)? {
                return Err(ErrorCode::AccountExists.into());
            }
            let inserted = tx.execute(
                "INSERT INTO accounts (account_id, phone, email, password_hash, temporary,
                    temporary_expires_at, terms_version, created_at)
                 VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6, ?7)",
                params![
                    account_id,
                    phone,
                    email,
                    hash,
                    now + i64::from(hours) * 3_600,
                    crate::terms::CURRENT_VERSION,
                    now
                ],
            );
            if let Err(rusqlite::Error::SqliteFailure(e, _)) = &inserted
                && e.code == rusqlite::ErrorCode::ConstraintViolation
            {
                return Err(ErrorCode::AccountExists.into());
            }
            inserted?;
            flows::delete(&tx, &flow.id)?;
            let hours_s = hours.to_string();
            let body = messages::text(
                lang,
                "sms-credentials",
                &[
                    ("account_id", account_id.as_str()),
                    ("password", password.as_str()),
                    ("hours", hours_s.as_str()),
                ],
            );
            s.notifier
                .enqueue(&tx, &Message::sms(phone.clone(), body), now)?;
            let person = registry::by_account_id(&tx, &account_id)?;
            if let Some(declared) = person.and_then(|p| p.declared_phone)
                && declared != phone
            {
                s.notifier.enqueue(
                    &tx,
                    &Message::sms(declared, messages::text(lang, "sms-declared-phone", &[])),
                    now,
                )?;
                tracing::warn!("sign-up with a phone other than the one declared to CNSS");
            }
            tx.commit()?;
            Ok(phone)
        })
        .await?;
    tracing::info!(phone = %masked_phone(&phone), "account created");
    Ok(Json(SignupCompleteResponse {
        masked_phone: masked_phone(&phone),
        temporary_password_valid_hours: hours,
    }))
}
