//! Sessions: sign-in (same answer and time for an unknown identifier and a wrong password,
//! progressive slow-down per identifier), opaque access and refresh tokens stored as SHA-256,
//! rotation with reuse detection, idle and absolute lifetimes, sign-out, the profile, and
//! password change (the only thing a temporary-password session may do; a full session's
//! change is told to the holder by SMS and e-mail). A session keeps what the app said about
//! its device (shown in «Mes appareils»); a sign-in from a device the account has not used
//! before is told to the holder by e-mail, with a link to sign it out.

use crate::auth::{AnySession, FullSession, session_alive};
use crate::clock::Clock;
use crate::config::Config;
use crate::config::Limits;
use crate::crypto::ServerKey;
use crate::crypto::{random_token, token_hash};
use crate::db::Db;
use crate::errors::{ApiError, ApiResult};
use crate::extract::{ApiJson, AppVersion, RequestLang};
use crate::limits;
use crate::messages::{self, Lang};
use crate::notify::{Message, Notifier};
use crate::passwords::{Hasher, is_common_password};
use crate::registry;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use macnss_api::account::{DeviceInfo, Platform};
use macnss_api::inbox::Notice;
use macnss_api::types::{
    ChangePasswordRequest, Profile, RefreshRequest, SessionResponse, SignInRequest, SignOutRequest,
    Token,
};
use macnss_api::validate::check_new_password;
use macnss_api::{ErrorCode, FieldError, Problem};
use rusqlite::{Connection, OptionalExtension, params};
use std::sync::Arc;

/// A new session's tokens.
pub struct Issued {
    pub access: String,
    pub refresh: String,
}

/// What a session keeps about where it runs: the keyed hash of the app's device id (compared,
/// never shown), the device's name and platform as the app gave them, the app's version.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionDevice {
    pub hash: Option<Vec<u8>>,
    pub name: Option<String>,
    pub platform: Option<Platform>,
    pub app_version: Option<String>,
}

impl SessionDevice {
    /// From a sign-in's (already validated) device and `x-app-version`.
    pub fn from_sign_in(key: &ServerKey, device: Option<&DeviceInfo>, app: Option<String>) -> Self {
        Self {
            hash: device.map(|d| key.derive("device", &d.device_id).to_vec()),
            name: device.map(|d| d.name.clone()),
            platform: device.map(|d| d.platform),
            app_version: app,
        }
    }

    /// The device of session `session_id` (nothing known: all `None`).
    pub fn of_session(conn: &Connection, session_id: &str) -> rusqlite::Result<Self> {
        Ok(conn
            .query_row(
                "SELECT device_hash, device_name, platform, app_version FROM sessions
                 WHERE id = ?1",
                params![session_id],
                |r| {
                    Ok(Self {
                        hash: r.get(0)?,
                        name: r.get(1)?,
                        platform: r
                            .get::<_, Option<String>>(2)?
                            .as_deref()
                            .and_then(parse_platform),
                        app_version: r.get(3)?,
                    })
                },
            )
            .optional()?
            .unwrap_or_default())
    }
}

/// A platform as stored (its wire name).
pub fn platform_str(p: Platform) -> &'static str {
    match p {
        Platform::Android => "android",
        Platform::Ios => "ios",
        Platform::Web => "web",
        Platform::Desktop => "desktop",
    }
}

pub fn parse_platform(s: &str) -> Option<Platform> {
    match s {
        "android" => Some(Platform::Android),
        "ios" => Some(Platform::Ios),
        "web" => Some(Platform::Web),
        "desktop" => Some(Platform::Desktop),
        _ => None,
    }
}

/// Opens a session (a refresh-token family) for an account, on `device`.
pub fn open_session(
    conn: &Connection,
    limits: &Limits,
    account_id: &str,
    temporary: bool,
    device: &SessionDevice,
    now: i64,
) -> rusqlite::Result<Issued> {
    let session_id = random_token();
    conn.execute(
        "INSERT INTO sessions (id, account_id, temporary, created_at, last_used_at,
            device_hash, device_name, platform, app_version)
         VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7, ?8)",
        params![
            session_id,
            account_id,
            temporary,
            now,
            device.hash,
            device.name,
            device.platform.map(platform_str),
            device.app_version
        ],
    )?;
    issue_tokens(conn, limits, &session_id, now)
}

/// True when `device` is one this account has not signed in from, and the account has signed
/// in before (its first session is no news). A sign-in that does not name its device is news
/// too: leaving `device` out must not be a way around the notice.
fn is_new_device(
    conn: &Connection,
    account_id: &str,
    device: &SessionDevice,
) -> rusqlite::Result<bool> {
    let Some(hash) = &device.hash else {
        return conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sessions WHERE account_id = ?1)",
            [account_id],
            |r| r.get(0),
        );
    };
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sessions WHERE account_id = ?1)
            AND NOT EXISTS (SELECT 1 FROM sessions WHERE account_id = ?1 AND device_hash = ?2)",
        params![account_id, hash],
        |r| r.get(0),
    )
}

/// The e-mail telling the holder of a sign-in from a new device: its name and platform as the
/// app gave them, the hour (Casablanca), and where to sign it out. No secret, no number.
fn new_device_notice(
    lang: Lang,
    email: &str,
    device: &SessionDevice,
    public_url: &str,
    now: i64,
) -> Message {
    let local = chrono::DateTime::from_timestamp(now, 0)
        .unwrap_or_default()
        .with_timezone(&chrono_tz::Africa::Casablanca);
    let date = local.format("%d/%m/%Y").to_string();
    let hour = local.format("%H").to_string();
    let url = format!("{public_url}/espace/compte/appareils");
    // A sign-in that named no device is told as such, not as a computer without a name.
    let name = device
        .name
        .clone()
        .unwrap_or_else(|| messages::text(lang, "device-unnamed", &[]));
    let platform = device.platform.map_or("unknown", platform_str);
    let args = [
        ("device", name.as_str()),
        ("platform", platform),
        ("date", date.as_str()),
        ("hour", hour.as_str()),
        ("url", url.as_str()),
    ];
    Message::email(
        email,
        messages::text(lang, "email-new-device-subject", &[]),
        messages::text(lang, "email-new-device-body", &args),
    )
}

fn issue_tokens(
    conn: &Connection,
    limits: &Limits,
    session_id: &str,
    now: i64,
) -> rusqlite::Result<Issued> {
    let access = random_token();
    let refresh = random_token();
    conn.execute(
        "INSERT INTO access_tokens (hash, session_id, expires_at) VALUES (?1, ?2, ?3)",
        params![
            token_hash(&access),
            session_id,
            now + limits.access_token_ttl_seconds
        ],
    )?;
    conn.execute(
        "INSERT INTO refresh_tokens (hash, session_id) VALUES (?1, ?2)",
        params![token_hash(&refresh), session_id],
    )?;
    Ok(Issued { access, refresh })
}

/// Revokes every session of an account except `keep`.
pub fn revoke_sessions(
    conn: &Connection,
    account_id: &str,
    keep: Option<&str>,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE sessions SET revoked = 1 WHERE account_id = ?1 AND id IS NOT ?2",
        params![account_id, keep],
    )?;
    conn.execute(
        "DELETE FROM access_tokens WHERE session_id IN
            (SELECT id FROM sessions WHERE account_id = ?1 AND revoked = 1)",
        params![account_id],
    )?;
    Ok(())
}

fn session_response(
    limits: &Limits,
    issued: Issued,
    temporary: bool,
    profile: Profile,
) -> SessionResponse {
    SessionResponse {
        access_token: Token::new(issued.access),
        refresh_token: Token::new(issued.refresh),
        access_expires_in: u64::try_from(limits.access_token_ttl_seconds).unwrap_or(0),
        password_change_required: temporary,
        profile,
    }
}

fn profile(conn: &Connection, account_id: &str) -> ApiResult<Profile> {
    registry::by_account_id(conn, account_id)?
        .map(|p| p.profile())
        .ok_or_else(|| ErrorCode::SessionExpired.into())
}

struct AccountRow {
    password_hash: String,
    temporary: bool,
    temporary_expires_at: Option<i64>,
    phone: String,
    email: String,
}

fn account(conn: &Connection, account_id: &str) -> rusqlite::Result<Option<AccountRow>> {
    conn.query_row(
        "SELECT password_hash, temporary, temporary_expires_at, phone, email FROM accounts
         WHERE account_id = ?1",
        params![account_id],
        |r| {
            Ok(AccountRow {
                password_hash: r.get(0)?,
                temporary: r.get(1)?,
                temporary_expires_at: r.get(2)?,
                phone: r.get(3)?,
                email: r.get(4)?,
            })
        },
    )
    .optional()
}

/// Sign in with the 9-digit identifier and the password.
#[allow(clippy::too_many_arguments)]
pub async fn sign_in(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(config): State<Arc<Config>>,
    State(hasher): State<Hasher>,
    State(key): State<ServerKey>,
    State(notifier): State<Arc<dyn Notifier>>,
    RequestLang(lang): RequestLang,
    AppVersion(app_version): AppVersion,
    ApiJson(req): ApiJson<SignInRequest>,
) -> ApiResult<Json<SessionResponse>> {
    let id = req.validate().map_err(ApiError::validation)?;
    let device = SessionDevice::from_sign_in(&key, req.device.as_ref(), app_version);
    let account_id = id.as_str().to_owned();
    let now = clock.unix();
    let lookup = {
        let account_id = account_id.clone();
        let config = config.clone();
        db.call(move |conn| -> ApiResult<Option<AccountRow>> {
            if let Some(wait) = limits::sign_in_wait(conn, &config.limits, &account_id, now)? {
                return Err(ApiError::retry(ErrorCode::SlowDown, wait));
            }
            Ok(account(conn, &account_id)?)
        })
        .await?
    };
    let (hash, temporary, temp_expiry, email) = match lookup {
        Some(a) => (
            Some(a.password_hash),
            a.temporary,
            a.temporary_expires_at,
            a.email,
        ),
        None => (None, false, None, String::new()),
    };
    let ok = hasher.verify(req.password.clone(), hash).await?;
    let now = clock.unix();
    db.call(move |conn| -> ApiResult<Json<SessionResponse>> {
        let tx = conn.transaction()?;
        if !ok {
            limits::record(&tx, limits::kind::SIGN_IN_FAIL, &account_id, None, now)?;
            tx.commit()?;
            tracing::info!(account = %id.masked(), "sign-in refused");
            return Err(ErrorCode::InvalidCredentials.into());
        }
        if temporary && temp_expiry.is_some_and(|t| t <= now) {
            return Err(ErrorCode::TemporaryPasswordExpired.into());
        }
        limits::clear_sign_in_failures(&tx, &account_id)?;
        let l = &config.limits;
        let new_device = is_new_device(&tx, &account_id, &device)?;
        let issued = open_session(&tx, l, &account_id, temporary, &device, now)?;
        if new_device {
            let notice = new_device_notice(lang, &email, &device, &config.public_url, now);
            notifier.enqueue(&tx, &notice, now)?;
            crate::inbox::post(&tx, &account_id, &Notice::NewSignIn, now)?;
        }
        let profile = profile(&tx, &account_id)?;
        tx.commit()?;
        tracing::info!(account = %id.masked(), temporary, new_device, "signed in");
        Ok(Json(session_response(l, issued, temporary, profile)))
    })
    .await
}

/// Exchanges a refresh token for new tokens. A refresh token works once: presenting a used
/// one revokes its whole session.
pub async fn refresh(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(config): State<Arc<Config>>,
    AppVersion(app_version): AppVersion,
    ApiJson(req): ApiJson<RefreshRequest>,
) -> ApiResult<Json<SessionResponse>> {
    let now = clock.unix();
    db.call(move |conn| -> ApiResult<Json<SessionResponse>> {
        let tx = conn.transaction()?;
        let hash = token_hash(req.refresh_token.expose());
        let row: Option<(String, bool, String, bool, i64, i64, bool)> = tx
            .query_row(
                "SELECT s.id, r.used, s.account_id, s.temporary, s.created_at,
                            s.last_used_at, s.revoked
                     FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id
                     WHERE r.hash = ?1",
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
        let Some((session_id, used, account_id, temporary, created, last_used, revoked)) = row
        else {
            return Err(ErrorCode::SessionExpired.into());
        };
        let l = &config.limits;
        if used {
            tx.execute(
                "UPDATE sessions SET revoked = 1 WHERE id = ?1",
                params![session_id],
            )?;
            tx.execute(
                "DELETE FROM access_tokens WHERE session_id = ?1",
                params![session_id],
            )?;
            tx.commit()?;
            tracing::warn!("refresh token reused: session revoked");
            return Err(ErrorCode::SessionExpired.into());
        }
        if !session_alive(l, revoked, created, last_used, now) {
            return Err(ErrorCode::SessionExpired.into());
        }
        if temporary {
            let expiry: Option<i64> = tx.query_row(
                "SELECT temporary_expires_at FROM accounts WHERE account_id = ?1",
                params![account_id],
                |r| r.get(0),
            )?;
            if expiry.is_some_and(|t| t <= now) {
                return Err(ErrorCode::TemporaryPasswordExpired.into());
            }
        }
        tx.execute(
            "UPDATE refresh_tokens SET used = 1 WHERE hash = ?1",
            params![hash],
        )?;
        tx.execute(
            "UPDATE sessions SET last_used_at = ?2, app_version = COALESCE(?3, app_version)
             WHERE id = ?1",
            params![session_id, now, app_version],
        )?;
        let issued = issue_tokens(&tx, l, &session_id, now)?;
        let profile = profile(&tx, &account_id)?;
        tx.commit()?;
        Ok(Json(session_response(l, issued, temporary, profile)))
    })
    .await
}

/// Signs out: revokes the session of this refresh token. Unknown tokens are ignored.
pub async fn sign_out(
    State(db): State<Db>,
    ApiJson(req): ApiJson<SignOutRequest>,
) -> ApiResult<StatusCode> {
    db.call(move |conn| -> ApiResult<()> {
        let tx = conn.transaction()?;
        let hash = token_hash(req.refresh_token.expose());
        let session: Option<String> = tx
            .query_row(
                "SELECT session_id FROM refresh_tokens WHERE hash = ?1",
                params![hash],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = session {
            tx.execute("UPDATE sessions SET revoked = 1 WHERE id = ?1", params![id])?;
            tx.execute(
                "DELETE FROM access_tokens WHERE session_id = ?1",
                params![id],
            )?;
            // This device's pushes stop with its session.
            crate::push::forget_session(&tx, &id)?;
        }
        tx.commit()?;
        Ok(())
    })
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The signed-in person.
pub async fn me(State(db): State<Db>, FullSession(auth): FullSession) -> ApiResult<Json<Profile>> {
    db.call(move |conn| -> ApiResult<Json<Profile>> { Ok(Json(profile(conn, &auth.account_id)?)) })
        .await
}

/// Changes the password (the temporary one included): the one operation a restricted session
/// may call. Every other session is revoked; the answer is a new, unrestricted session, on the
/// same device. A full session's change is told to the holder (SMS and e-mail): the first
/// change of a temporary password is the sign-up's own step, not news.
#[allow(clippy::too_many_arguments)]
pub async fn change_password(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(config): State<Arc<Config>>,
    State(hasher): State<Hasher>,
    State(notifier): State<Arc<dyn Notifier>>,
    RequestLang(lang): RequestLang,
    AnySession(auth): AnySession,
    ApiJson(req): ApiJson<ChangePasswordRequest>,
) -> ApiResult<Json<SessionResponse>> {
    check_new_password(
        &req.new_password,
        Some(&auth.account_id),
        is_common_password,
    )
    .map_err(|e| {
        ApiError::from(
            Problem::new(ErrorCode::PasswordTooWeak)
                .with_errors(vec![FieldError::new("new_password", e)]),
        )
    })?;
    let now = clock.unix();
    let account_id = auth.account_id.clone();
    let current = {
        let config = config.clone();
        db.call(move |conn| -> ApiResult<AccountRow> {
            if let Some(wait) = limits::sign_in_wait(conn, &config.limits, &account_id, now)? {
                return Err(ApiError::retry(ErrorCode::SlowDown, wait));
            }
            account(conn, &account_id)?.ok_or_else(|| ErrorCode::SessionExpired.into())
        })
        .await?
    };
    let ok = hasher
        .verify(req.current_password.clone(), Some(current.password_hash))
        .await?;
    if !ok {
        let account_id = auth.account_id.clone();
        db.call(move |conn| -> ApiResult<()> {
            limits::record(conn, limits::kind::SIGN_IN_FAIL, &account_id, None, now)?;
            Ok(())
        })
        .await?;
        return Err(ErrorCode::InvalidCredentials.into());
    }
    if current.temporary && current.temporary_expires_at.is_some_and(|t| t <= now) {
        return Err(ErrorCode::TemporaryPasswordExpired.into());
    }
    let hash = hasher.hash(req.new_password.clone()).await?;
    let now = clock.unix();
    db.call(move |conn| -> ApiResult<Json<SessionResponse>> {
        let tx = conn.transaction()?;
        tx.execute(
            "UPDATE accounts SET password_hash = ?2, temporary = 0, temporary_expires_at = NULL
                 WHERE account_id = ?1",
            params![auth.account_id, hash],
        )?;
        let device = SessionDevice::of_session(&tx, &auth.session_id)?;
        revoke_sessions(&tx, &auth.account_id, None)?;
        limits::clear_sign_in_failures(&tx, &auth.account_id)?;
        let l = &config.limits;
        let issued = open_session(&tx, l, &auth.account_id, false, &device, now)?;
        crate::inbox::post(&tx, &auth.account_id, &Notice::PasswordChanged, now)?;
        if !auth.restricted {
            notifier.enqueue(
                &tx,
                &Message::sms(
                    current.phone.clone(),
                    messages::text(lang, "sms-password-reset", &[]),
                ),
                now,
            )?;
            notifier.enqueue(
                &tx,
                &Message::email(
                    current.email.clone(),
                    messages::text(lang, "email-password-reset-subject", &[]),
                    messages::text(lang, "email-password-reset-body", &[]),
                ),
                now,
            )?;
        }
        let profile = profile(&tx, &auth.account_id)?;
        tx.commit()?;
        tracing::info!(notified = !auth.restricted, "password changed");
        Ok(Json(session_response(l, issued, false, profile)))
    })
    .await
}
