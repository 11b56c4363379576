//! Web Push: a push encrypted for the browser (aes128gcm, RFC 8291) and signed by the
//! server's VAPID key (RFC 8292), posted to the browser's push service (RFC 8030) — all of it
//! built by `web-push-native`; this module only keeps the key and reads the answer.

use super::{Device, PushConfig, TIME_TO_LIVE_SECONDS};
use crate::delivery::DeliveryError;
use crate::notify::GatewayError;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use macnss_api::push::{PushPayload, PushTarget};
use web_push_native::jwt_simple::algorithms::{ECDSAP256PublicKeyLike, ES256KeyPair};
use web_push_native::{Auth, WebPushBuilder, p256};

/// The server's VAPID key pair and contact.
pub struct Vapid {
    key: ES256KeyPair,
    subject: String,
}

impl Vapid {
    pub fn generate(subject: &str) -> Self {
        Self {
            key: ES256KeyPair::generate(),
            subject: subject.to_owned(),
        }
    }

    pub fn from_bytes(bytes: &[u8], subject: &str) -> Option<Self> {
        Some(Self {
            key: ES256KeyPair::from_bytes(bytes).ok()?,
            subject: subject.to_owned(),
        })
    }

    pub fn from_pem(pem: &str, subject: &str) -> Result<Self, String> {
        Ok(Self {
            key: ES256KeyPair::from_pem(pem).map_err(|e| e.to_string())?,
            subject: subject.to_owned(),
        })
    }

    /// The private scalar (kept in the database).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.key.to_bytes()
    }

    /// The public key, uncompressed, base64url.
    pub fn public_key(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.key.public_key().public_key().to_bytes_uncompressed())
    }
}

/// Posts Web Push messages to the push services the configuration allows.
pub struct WebPushSender {
    vapid: Vapid,
    config: PushConfig,
    http: reqwest::Client,
}

impl WebPushSender {
    pub fn new(config: &PushConfig, vapid: Vapid) -> Result<Self, DeliveryError> {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(20))
            .build()
            .map_err(|e| DeliveryError::Invalid(e.to_string()))?;
        Ok(Self {
            vapid,
            config: config.clone(),
            http,
        })
    }

    pub fn public_key(&self) -> String {
        self.vapid.public_key()
    }

    pub async fn send(&self, device: &Device, payload: &PushPayload) -> Result<(), GatewayError> {
        let PushTarget::Web {
            endpoint,
            p256dh,
            auth,
        } = &device.target
        else {
            return Err(GatewayError::Refused("not a Web Push device".to_owned()));
        };
        // Checked at registration; again here, so that a changed list applies at once.
        if !self.config.sends_to(endpoint) {
            return Err(GatewayError::Gone(
                "the endpoint is not on a push service the server sends to".to_owned(),
            ));
        }
        let refused =
            |what: &str| GatewayError::Gone(format!("the subscription's {what} is invalid"));
        let uri: http::Uri = endpoint.parse().map_err(|_| refused("endpoint"))?;
        let public = URL_SAFE_NO_PAD
            .decode(p256dh.trim_end_matches('='))
            .ok()
            .and_then(|b| p256::PublicKey::from_sec1_bytes(&b).ok())
            .ok_or_else(|| refused("key"))?;
        let auth = URL_SAFE_NO_PAD
            .decode(auth.trim_end_matches('='))
            .ok()
            .filter(|b| b.len() == 16)
            .ok_or_else(|| refused("secret"))?;
        let body = serde_json::to_vec(payload)
            .map_err(|e| GatewayError::Refused(format!("payload: {e}")))?;
        let request = WebPushBuilder::new(uri, public, Auth::clone_from_slice(&auth))
            .with_valid_duration(std::time::Duration::from_secs(TIME_TO_LIVE_SECONDS))
            .with_vapid(&self.vapid.key, &self.vapid.subject)
            .build(body)
            .map_err(|e| GatewayError::Refused(format!("cannot build the push: {e}")))?;
        let (mut parts, body) = request.into_parts();
        // RFC 8030 §5.3: delivered promptly, but not worth waking a phone on battery saver.
        parts
            .headers
            .insert("urgency", http::HeaderValue::from_static("normal"));
        let request = reqwest::Request::try_from(http::Request::from_parts(parts, body))
            .map_err(|e| GatewayError::Refused(format!("cannot build the push: {e}")))?;
        let response = self
            .http
            .execute(request)
            .await
            .map_err(|e| GatewayError::Unavailable(format!("push service: {e}")))?;
        // RFC 8030 §7.3 and RFC 8292 §4: 404 and 410 say the subscription is gone.
        super::outcome(response.status(), &[404, 410], "the push service")
    }
}
