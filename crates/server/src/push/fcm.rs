//! FCM's HTTP v1 API (Android): an OAuth 2.0 access token obtained with the service account's
//! signed JWT (RFC 7523, "Using OAuth 2.0 for Server to Server Applications"), then one
//! `messages:send` per device.
//!
//! References (each check of the test peer cites one):
//! - <https://developers.google.com/identity/protocols/oauth2/service-account#httprest>: the
//!   assertion (RS256, `iss` the service account's e-mail, `scope`, `aud` the token URI,
//!   `iat`, `exp` at most an hour later) posted as
//!   `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=…`;
//! - <https://firebase.google.com/docs/cloud-messaging/send-message#rest>: `POST
//!   /v1/projects/{project_id}/messages:send`, `Authorization: Bearer`, `{"message": {"token",
//!   "notification", "data", "android"}}`;
//! - <https://firebase.google.com/docs/reference/fcm/rest/v1/ErrorCode>: `UNREGISTERED` (404)
//!   and `SENDER_ID_MISMATCH` (403) mean the token is no longer valid for this project;
//!   `QUOTA_EXCEEDED` (429), `UNAVAILABLE` (503) and `INTERNAL` (500) are retried with
//!   back-off; `UNAUTHENTICATED` (401) asks for a new access token.

use crate::delivery::{DeliveryError, Secret};
use crate::notify::GatewayError;
use macnss_api::push::PushPayload;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;
use web_push_native::jwt_simple::prelude::{Claims, RS256KeyPair, RSAKeyPairLike};

/// The OAuth 2.0 scope of FCM's HTTP v1 API.
pub const SCOPE: &str = "https://www.googleapis.com/auth/firebase.messaging";
/// The Android notification channel pushes are shown in (created by the app's glue).
pub const CHANNEL_ID: &str = "messages";

/// `[push.fcm]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FcmConfig {
    /// The service account's JSON key file, as the Firebase console gives it.
    pub service_account_file: PathBuf,
    /// FCM's base URL (a local peer in tests).
    #[serde(default = "default_base_url")]
    pub base_url: String,
    #[serde(default = "default_timeout")]
    pub timeout_seconds: u64,
}

fn default_base_url() -> String {
    "https://fcm.googleapis.com".to_owned()
}

fn default_timeout() -> u64 {
    20
}

/// The fields of a service account key file the sender uses.
#[derive(Deserialize)]
struct ServiceAccount {
    project_id: String,
    client_email: String,
    private_key: Secret,
    token_uri: String,
}

#[derive(Serialize)]
struct Scope {
    scope: &'static str,
}

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: Secret,
    #[serde(default = "default_expiry")]
    expires_in: u64,
}

fn default_expiry() -> u64 {
    3600
}

/// Sends to FCM, keeping the access token until a minute before it expires.
pub struct FcmSender {
    project_id: String,
    client_email: String,
    key: RS256KeyPair,
    token_uri: String,
    send_url: String,
    http: reqwest::Client,
    token: Mutex<Option<(Secret, Instant)>>,
}

impl FcmSender {
    pub fn new(config: &FcmConfig) -> Result<Self, DeliveryError> {
        let text = std::fs::read_to_string(&config.service_account_file)
            .map_err(|e| DeliveryError::Read(config.service_account_file.clone(), e))?;
        let account: ServiceAccount = serde_json::from_str(&text)
            .map_err(|e| DeliveryError::Invalid(format!("push.fcm.service_account_file: {e}")))?;
        let key = RS256KeyPair::from_pem(account.private_key.expose())
            .map_err(|e| DeliveryError::Invalid(format!("push.fcm private_key: {e}")))?;
        let http = super::client(&config.base_url, config.timeout_seconds)?;
        // The token URI comes from the key file: https, or a loopback peer.
        super::client(&account.token_uri, config.timeout_seconds)?;
        Ok(Self {
            send_url: format!(
                "{}/v1/projects/{}/messages:send",
                config.base_url.trim_end_matches('/'),
                account.project_id
            ),
            project_id: account.project_id,
            client_email: account.client_email,
            key,
            token_uri: account.token_uri,
            http,
            token: Mutex::new(None),
        })
    }

    pub fn project_id(&self) -> &str {
        &self.project_id
    }

    /// The access token, asked for again when the kept one is within a minute of expiring.
    async fn access_token(&self) -> Result<Secret, GatewayError> {
        let mut kept = self.token.lock().await;
        if let Some((token, until)) = kept.as_ref()
            && Instant::now() < *until
        {
            return Ok(token.clone());
        }
        let claims =
            Claims::with_custom_claims(Scope { scope: SCOPE }, Duration::from_secs(3600).into())
                .with_issuer(&self.client_email)
                .with_audience(&self.token_uri);
        let assertion = self
            .key
            .sign(claims)
            .map_err(|e| GatewayError::Refused(format!("cannot sign the assertion: {e}")))?;
        let response = self
            .http
            .post(&self.token_uri)
            .form(&[
                ("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
                ("assertion", assertion.as_str()),
            ])
            .send()
            .await
            .map_err(|e| GatewayError::Unavailable(format!("token endpoint: {e}")))?;
        let status = response.status();
        if !status.is_success() {
            // A refused assertion is the key's or the clock's fault: retried, and logged.
            return Err(GatewayError::Unavailable(format!(
                "the token endpoint answered {status}"
            )));
        }
        let answer: TokenAnswer = response
            .json()
            .await
            .map_err(|e| GatewayError::Unavailable(format!("token endpoint: {e}")))?;
        let until = Instant::now() + Duration::from_secs(answer.expires_in.saturating_sub(60));
        *kept = Some((answer.access_token.clone(), until));
        Ok(answer.access_token)
    }

    pub async fn send(&self, token: &str, payload: &PushPayload) -> Result<(), GatewayError> {
        let access = self.access_token().await?;
        let body = serde_json::json!({
            "message": {
                "token": token,
                "notification": { "title": payload.title, "body": payload.body },
                "data": { "id": payload.id },
                "android": {
                    "collapse_key": payload.id,
                    "ttl": format!("{}s", super::TIME_TO_LIVE_SECONDS),
                    "notification": { "channel_id": CHANNEL_ID, "tag": payload.id },
                },
            }
        });
        let response = self
            .http
            .post(&self.send_url)
            .bearer_auth(access.expose())
            .json(&body)
            .send()
            .await
            .map_err(|e| GatewayError::Unavailable(format!("FCM: {e}")))?;
        if response.status() == reqwest::StatusCode::UNAUTHORIZED {
            *self.token.lock().await = None;
            return Err(GatewayError::Unavailable(
                "FCM refused the access token: a new one on the next attempt".to_owned(),
            ));
        }
        let status = response.status();
        if status.is_success() {
            return Ok(());
        }
        let code = response
            .json::<ErrorAnswer>()
            .await
            .ok()
            .and_then(|a| a.error.details.into_iter().find_map(|d| d.error_code));
        match code.as_deref() {
            Some("UNREGISTERED" | "SENDER_ID_MISMATCH") => Err(GatewayError::Gone(format!(
                "FCM answered {status} {}",
                code.unwrap_or_default()
            ))),
            // 404 without a detail is still FCM's "not found" for the token.
            _ => super::outcome(status, &[404], "FCM"),
        }
    }
}

/// FCM's error body: `{"error": {"code", "status", "details": [{"@type": "….FcmError",
/// "errorCode": "UNREGISTERED"}]}}`.
#[derive(Deserialize)]
struct ErrorAnswer {
    error: ErrorBody,
}

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default)]
    details: Vec<ErrorDetail>,
}

#[derive(Deserialize)]
struct ErrorDetail {
    #[serde(rename = "errorCode", default)]
    error_code: Option<String>,
}
