//! «Mot de passe oublié»: identify by account identifier or CNIE → masked channels (plausible
//! decoys, derived by HMAC from the input, for an unknown identifier: same status, shape and
//! headers) → a code on the chosen channel → verify → reset token → new password, every
//! session revoked, sign-in slow-down cleared, the holder notified on the other channel.

use crate::app::AppState;
use crate::clock::Clock;
use crate::config::Config;
use crate::crypto::{ServerKey, random_token, token_hash};
use crate::db::Db;
use crate::errors::{ApiError, ApiResult};
use crate::extract::{ApiJson, DigestedJson, IdempotencyKey, RequestLang};
use crate::flows::{self, Purpose, Verdict};
use crate::idempotency;
use crate::limits;
use crate::messages::{self, Lang};
use crate::notify::{Message, Notifier, channel_str, parse_channel};
use crate::passwords::{Hasher, is_common_password};
use crate::registry;
use crate::routes::session::revoke_sessions;
use crate::routes::signup::masked_phone;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use macnss_api::inbox::Notice;
use macnss_api::operations::{Operation, RecoverySend};
use macnss_api::types::{
    Channel, CodeSentResponse, RecoveryChannel, RecoveryCompleteRequest, RecoverySendRequest,
    RecoveryStartRequest, RecoveryStartResponse, RecoveryVerifiedResponse, RecoveryVerifyRequest,
    Token,
};
use macnss_api::validate::{IdDocumentKind, RecoveryIdentifier, check_new_password, parse_email};
use macnss_api::{ErrorCode, FieldError, Problem};
use rusqlite::{OptionalExtension, params};
use std::sync::Arc;

const DECOY_DOMAINS: [&str; 6] = [
    "gmail.com",
    "hotmail.com",
    "yahoo.fr",
    "outlook.com",
    "hotmail.fr",
    "menara.ma",
];

/// A plausible phone and e-mail for an identifier nobody holds, the same every time.
fn decoy_contacts(key: &crate::crypto::ServerKey, input: &str) -> (String, String) {
    let b = key.derive("recovery-decoy", input);
    // Always a valid Moroccan mobile number: 6 then [0-79], or 7 then [0167].
    const SIX: &[u8] = b"012345679";
    const SEVEN: &[u8] = b"0167";
    let mut phone = String::from("+212");
    if b[0].is_multiple_of(4) {
        phone.push('7');
        phone.push(char::from(SEVEN[usize::from(b[1]) % SEVEN.len()]));
    } else {
        phone.push('6');
        phone.push(char::from(SIX[usize::from(b[1]) % SIX.len()]));
    }
    for byte in &b[2..9] {
        phone.push(char::from(b'0' + byte % 10));
    }
    let letter = char::from(b'a' + b[9] % 26);
    let domain = DECOY_DOMAINS[usize::from(b[10]) % DECOY_DOMAINS.len()];
    (phone, format!("{letter}x@{domain}"))
}

pub fn masked_email(email: &str) -> String {
    parse_email(email).map_or_else(|_| "•••".to_owned(), |e| e.masked())
}

/// Step 1: who is recovering.
pub async fn start(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(config): State<Arc<Config>>,
    State(key): State<ServerKey>,
    ApiJson(req): ApiJson<RecoveryStartRequest>,
) -> ApiResult<Json<RecoveryStartResponse>> {
    let id = req.validate().map_err(ApiError::validation)?;
    let now = clock.unix();
    let ttl = config.limits.recovery_ttl_seconds;
    db.call(move |conn| -> ApiResult<Json<RecoveryStartResponse>> {
        let tx = conn.transaction()?;
        let (input, account_id) = match &id {
            RecoveryIdentifier::Account(a) => (a.as_str().to_owned(), Some(a.as_str().to_owned())),
            RecoveryIdentifier::Cnie(doc) => (
                doc.as_str().to_owned(),
                registry::by_document(&tx, IdDocumentKind::Cnie, doc.as_str())?
                    .map(|p| p.account_id),
            ),
        };
        let contacts: Option<(String, String, String)> = match account_id {
            Some(a) => tx
                .query_row(
                    "SELECT account_id, phone, email FROM accounts WHERE account_id = ?1",
                    params![a],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?,
            None => None,
        };
        let flow_id = random_token();
        let (phone, email, account) = match contacts {
            Some((account, phone, email)) => {
                let identity = format!("person:{account}");
                flows::create(
                    &tx,
                    &flow_id,
                    Purpose::Recovery,
                    &identity,
                    Some(&account),
                    false,
                    Some(&phone),
                    Some(&email),
                    now,
                    ttl,
                )?;
                (phone, email, true)
            }
            None => {
                let (phone, email) = decoy_contacts(&key, &input);
                let identity = format!("decoy:{input}");
                flows::create(
                    &tx,
                    &flow_id,
                    Purpose::Recovery,
                    &identity,
                    None,
                    true,
                    Some(&phone),
                    Some(&email),
                    now,
                    ttl,
                )?;
                (phone, email, false)
            }
        };
        tx.commit()?;
        tracing::info!(known = account, "recovery started");
        Ok(Json(RecoveryStartResponse {
            recovery_id: flow_id,
            channels: vec![
                RecoveryChannel {
                    channel: Channel::Sms,
                    masked_destination: masked_phone(&phone),
                },
                RecoveryChannel {
                    channel: Channel::Email,
                    masked_destination: masked_email(&email),
                },
            ],
            expires_in: u64::try_from(ttl).unwrap_or(0),
        }))
    })
    .await
}

/// Step 2: send the code on the chosen channel (again: after the cooldown).
pub async fn send(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    IdempotencyKey(key): IdempotencyKey,
    DigestedJson(req, digest): DigestedJson<RecoverySendRequest>,
) -> Response {
    let scope = req.recovery_id.clone();
    let s = state.clone();
    let now = state.clock.unix();
    idempotency::once(
        &state.db,
        now,
        RecoverySend::ID,
        &scope,
        key,
        digest,
        move || async move { send_inner(s, lang, req).await.into_response() },
    )
    .await
}

async fn send_inner(
    state: AppState,
    lang: Lang,
    req: RecoverySendRequest,
) -> ApiResult<Json<CodeSentResponse>> {
    let now = state.clock.unix();
    let s = state.clone();
    let channel = req.channel;
    let destination = state
        .db
        .call(move |conn| -> ApiResult<String> {
            let tx = conn.transaction()?;
            let flow = flows::load(&tx, &req.recovery_id, Purpose::Recovery, now)?;
            let destination = match channel {
                Channel::Sms => flow.phone.clone(),
                Channel::Email => flow.email.clone(),
            }
            .ok_or(ApiError::code(ErrorCode::TransactionExpired))?;
            let resend: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM codes WHERE flow_id = ?1)",
                params![flow.id],
                |r| r.get(0),
            )?;
            let l = &s.config.limits;
            limits::check_send(
                &tx,
                l,
                &flow.identity,
                &destination,
                channel == Channel::Sms,
                resend,
                now,
            )?;
            flows::issue_code(
                &tx,
                &s.key,
                s.notifier.as_ref(),
                l,
                &flow,
                channel,
                &destination,
                !flow.decoy,
                &match channel {
                    Channel::Sms => String::new(),
                    Channel::Email => messages::text(lang, "email-recovery-code-subject", &[]),
                },
                |code| match channel {
                    Channel::Sms => messages::text(
                        lang,
                        "sms-recovery-code",
                        &[
                            ("code", code),
                            ("minutes", &messages::minutes(l.code_ttl_seconds)),
                        ],
                    ),
                    Channel::Email => messages::text(
                        lang,
                        "email-recovery-code-body",
                        &[
                            ("code", code),
                            ("minutes", &messages::minutes(l.code_ttl_seconds)),
                        ],
                    ),
                },
                now,
            )?;
            tx.commit()?;
            Ok(destination)
        })
        .await?;
    let l = &state.config.limits;
    Ok(Json(CodeSentResponse {
        channel,
        masked_destination: match channel {
            Channel::Sms => masked_phone(&destination),
            Channel::Email => masked_email(&destination),
        },
        expires_in: u64::try_from(l.code_ttl_seconds).unwrap_or(0),
        resend_in: u64::try_from(l.resend_cooldown_seconds).unwrap_or(0),
    }))
}

/// Step 3: the code → a single-use reset token.
pub async fn verify(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(config): State<Arc<Config>>,
    State(key): State<ServerKey>,
    ApiJson(req): ApiJson<RecoveryVerifyRequest>,
) -> ApiResult<Json<RecoveryVerifiedResponse>> {
    let code = req.validate().map_err(ApiError::validation)?;
    let now = clock.unix();
    db.call(move |conn| -> ApiResult<Json<RecoveryVerifiedResponse>> {
        let tx = conn.transaction()?;
        let flow = flows::load(&tx, &req.recovery_id, Purpose::Recovery, now)?;
        let l = &config.limits;
        match flows::check_code(&tx, &key, l, &flow, code.as_str(), now)? {
            Verdict::Refused(e) => {
                tx.commit()?;
                Err(e)
            }
            Verdict::Accepted(channel) => {
                let token = random_token();
                tx.execute(
                    "INSERT INTO reset_tokens (hash, account_id, channel, expires_at)
                         VALUES (?1, ?2, ?3, ?4)",
                    params![
                        token_hash(&token),
                        flow.account_id,
                        channel_str(channel),
                        now + l.reset_token_ttl_seconds
                    ],
                )?;
                flows::delete(&tx, &flow.id)?;
                tx.commit()?;
                Ok(Json(RecoveryVerifiedResponse {
                    reset_token: Token::new(token),
                }))
            }
        }
    })
    .await
}

/// Step 4: the new password.
pub async fn complete(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(hasher): State<Hasher>,
    State(notifier): State<Arc<dyn Notifier>>,
    RequestLang(lang): RequestLang,
    ApiJson(req): ApiJson<RecoveryCompleteRequest>,
) -> ApiResult<StatusCode> {
    // The policy's checks that need no account first (length, the common-password list), so a
    // password refused on its own is refused whatever the token; then the token, then the
    // account's own check (the identifier inside the password).
    let too_weak = |e| {
        ApiError::from(
            Problem::new(ErrorCode::PasswordTooWeak)
                .with_errors(vec![FieldError::new("new_password", e)]),
        )
    };
    check_new_password(&req.new_password, None, is_common_password).map_err(too_weak)?;
    let hash = token_hash(req.reset_token.expose());
    let now = clock.unix();
    let account_id = {
        let hash = hash.clone();
        db.call(move |conn| -> ApiResult<String> {
            conn.query_row(
                "SELECT account_id FROM reset_tokens
                     WHERE hash = ?1 AND used = 0 AND expires_at > ?2",
                params![hash, now],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| ErrorCode::TransactionExpired.into())
        })
        .await?
    };
    check_new_password(&req.new_password, Some(&account_id), is_common_password)
        .map_err(too_weak)?;
    let password_hash = hasher.hash(req.new_password.clone()).await?;
    let now = clock.unix();
    db.call(move |conn| -> ApiResult<()> {
        let tx = conn.transaction()?;
        let row: Option<(String, String)> = tx
            .query_row(
                "SELECT account_id, channel FROM reset_tokens
                     WHERE hash = ?1 AND used = 0 AND expires_at > ?2",
                params![hash, now],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((account_id, channel)) = row else {
            return Err(ErrorCode::TransactionExpired.into());
        };
        tx.execute(
            "UPDATE reset_tokens SET used = 1 WHERE hash = ?1",
            params![hash],
        )?;
        tx.execute(
            "UPDATE accounts SET password_hash = ?2, temporary = 0, temporary_expires_at = NULL
                 WHERE account_id = ?1",
            params![account_id, password_hash],
        )?;
        revoke_sessions(&tx, &account_id, None)?;
        limits::clear_sign_in_failures(&tx, &account_id)?;
        let (phone, email): (String, String) = tx.query_row(
            "SELECT phone, email FROM accounts WHERE account_id = ?1",
            params![account_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let notice = match parse_channel(&channel) {
            Channel::Sms => Message::email(
                email,
                messages::text(lang, "email-password-reset-subject", &[]),
                messages::text(lang, "email-password-reset-body", &[]),
            ),
            Channel::Email => Message::sms(phone, messages::text(lang, "sms-password-reset", &[])),
        };
        notifier.enqueue(&tx, &notice, now)?;
        crate::inbox::post(&tx, &account_id, &Notice::PasswordReset, now)?;
        tx.commit()?;
        tracing::info!("password reset");
        Ok(())
    })
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoy_phones_are_always_valid_mobile_numbers() {
        let key = crate::crypto::ServerKey::generate();
        for i in 0..2_000 {
            let (phone, email) = decoy_contacts(&key, &format!("{i:09}"));
            assert!(
                macnss_api::validate::parse_mobile_phone(&phone).is_ok(),
                "{phone}"
            );
            assert!(parse_email(&email).is_ok(), "{email}");
        }
    }
}
