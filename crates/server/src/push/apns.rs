//! APNs' token-based provider API (iOS): one HTTP/2 `POST /3/device/{token}` per device,
//! authenticated by a JWT signed with the team's key (ES256).
//!
//! Why not the `a2` crate: its endpoint is a closed choice of Apple's two hosts, reached
//! through a connector it keeps private, so no test could send it to a local peer; the
//! request is small and fully documented, and the JWT is `jwt-simple`'s (the crate the Web
//! Push signature already uses).
//!
//! References (each check of the test peer cites one):
//! - <https://developer.apple.com/documentation/usernotifications/sending-notification-requests-to-apns>:
//!   HTTP/2, `:method POST`, `:path /3/device/<device token>`, the headers `authorization:
//!   bearer <JWT>`, `apns-push-type` (`alert`), `apns-topic` (the bundle id), `apns-id` (a
//!   canonical UUID), `apns-expiration`, `apns-priority` (10: at once), `apns-collapse-id` (at
//!   most 64 bytes); the JSON body's `aps.alert.title` and `.body`;
//! - <https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns>:
//!   the JWT's header `alg: ES256` and `kid` (the key id), its claims `iss` (the team id) and
//!   `iat`; a token refreshed no more than once every 20 minutes and no less than once an hour;
//! - <https://developer.apple.com/documentation/usernotifications/handling-notification-responses-from-apns>:
//!   410 `Unregistered` (and 400 `BadDeviceToken`, `DeviceTokenNotForTopic`): the token is no
//!   longer valid; 403 `ExpiredProviderToken`/`InvalidProviderToken`: a new JWT; 429
//!   `TooManyRequests`, 500 and 503: try again later.

use crate::delivery::DeliveryError;
use crate::notify::GatewayError;
use macnss_api::push::PushPayload;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;
use web_push_native::jwt_simple::prelude::{Claims, ECDSAP256KeyPairLike, ES256KeyPair};

/// How long a provider JWT is used: between Apple's 20 minutes and an hour.
pub const TOKEN_REUSE: Duration = Duration::from_secs(40 * 60);

/// `[push.apns]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApnsConfig {
    /// The `.p8` key file (PEM, PKCS#8, P-256) from the developer account.
    pub key_file: PathBuf,
    /// The key's 10-character id.
    pub key_id: String,
    /// The team's 10-character id.
    pub team_id: String,
    /// The app's bundle id (`apns-topic`).
    pub topic: String,
    /// APNs' base URL: production by default, `https://api.sandbox.push.apple.com` for
    /// development builds, a local peer in tests.
    #[serde(default = "default_base_url")]
    pub base_url: String,
    #[serde(default = "default_timeout")]
    pub timeout_seconds: u64,
}

fn default_base_url() -> String {
    "https://api.push.apple.com".to_owned()
}

fn default_timeout() -> u64 {
    20
}

/// A canonical UUID derived from the push's stable id: the same `apns-id` on every attempt.
pub fn apns_id(stable_id: &str) -> String {
    let h = Sha256::digest(stable_id.as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&h[..16]);
    // Version 8 (custom), RFC 9562 variant.
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

#[derive(Deserialize)]
struct ErrorAnswer {
    #[serde(default)]
    reason: String,
}

/// Sends to APNs over one HTTP/2 connection, reusing its JWT for [`TOKEN_REUSE`].
pub struct ApnsSender {
    key: ES256KeyPair,
    team_id: String,
    topic: String,
    base_url: String,
    http: reqwest::Client,
    token: Mutex<Option<(String, Instant)>>,
}

impl ApnsSender {
    pub fn new(config: &ApnsConfig) -> Result<Self, DeliveryError> {
        let pem = std::fs::read_to_string(&config.key_file)
            .map_err(|e| DeliveryError::Read(config.key_file.clone(), e))?;
        let key = ES256KeyPair::from_pem(&pem)
            .map_err(|e| DeliveryError::Invalid(format!("push.apns.key_file: {e}")))?
            .with_key_id(&config.key_id);
        let http = super::client(&config.base_url, config.timeout_seconds)?;
        Ok(Self {
            key,
            team_id: config.team_id.clone(),
            topic: config.topic.clone(),
            base_url: config.base_url.trim_end_matches('/').to_owned(),
            http,
            token: Mutex::new(None),
        })
    }

    async fn provider_token(&self) -> Result<String, GatewayError> {
        let mut kept = self.token.lock().await;
        if let Some((token, until)) = kept.as_ref()
            && Instant::now() < *until
        {
            return Ok(token.clone());
        }
        let claims = Claims::create(Duration::from_secs(3600).into()).with_issuer(&self.team_id);
        let token = self
            .key
            .sign(claims)
            .map_err(|e| GatewayError::Refused(format!("cannot sign the provider token: {e}")))?;
        *kept = Some((token.clone(), Instant::now() + TOKEN_REUSE));
        Ok(token)
    }

    /// Sends `payload` to the device `token`; `stable_id` gives the same `apns-id` to every
    /// attempt.
    pub async fn send(
        &self,
        stable_id: &str,
        token: &str,
        payload: &PushPayload,
    ) -> Result<(), GatewayError> {
        let jwt = self.provider_token().await?;
        let expiration = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs())
            + super::TIME_TO_LIVE_SECONDS;
        let body = serde_json::json!({
            "aps": {
                "alert": { "title": payload.title, "body": payload.body },
                "sound": "default",
                "thread-id": "messages",
            },
            "id": payload.id,
        });
        let response = self
            .http
            .post(format!("{}/3/device/{token}", self.base_url))
            .version(http::Version::HTTP_2)
            .header("authorization", format!("bearer {jwt}"))
            .header("apns-push-type", "alert")
            .header("apns-topic", &self.topic)
            .header("apns-id", apns_id(stable_id))
            .header("apns-expiration", expiration.to_string())
            .header("apns-priority", "10")
            .header("apns-collapse-id", &payload.id)
            .json(&body)
            .send()
            .await
            .map_err(|e| GatewayError::Unavailable(format!("APNs: {e}")))?;
        let status = response.status();
        if status.is_success() {
            return Ok(());
        }
        let reason = response
            .json::<ErrorAnswer>()
            .await
            .map(|a| a.reason)
            .unwrap_or_default();
        match (status.as_u16(), reason.as_str()) {
            (410, _) | (400, "BadDeviceToken" | "DeviceTokenNotForTopic") => Err(
                GatewayError::Gone(format!("APNs answered {status} {reason}")),
            ),
            (403, "ExpiredProviderToken" | "InvalidProviderToken") => {
                *self.token.lock().await = None;
                Err(GatewayError::Unavailable(format!(
                    "APNs answered {status} {reason}: a new token on the next attempt"
                )))
            }
            _ => super::outcome(status, &[], &format!("APNs ({reason})")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_apns_id_is_a_canonical_uuid_stable_per_push() {
        let a = apns_id("m1.d1");
        assert_eq!(a, apns_id("m1.d1"));
        assert_ne!(a, apns_id("m1.d2"));
        assert_eq!(a.len(), 36);
        let parts: Vec<&str> = a.split('-').collect();
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert!(
            a.chars()
                .all(|c| c == '-' || c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
    }
}
