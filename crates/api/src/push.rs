//! Push notifications: the devices a person registers, the topics they want pushed, and the
//! payload a push carries.
//!
//! A push says only that there is something to read: a generic title and body in the
//! device's language and the inbox message's id ([`PushPayload`]); the app fetches the message
//! itself once signed in. Nothing in a payload names the person, an amount, a claim, a child
//! or a number (SECURITY.md, "Notifications").
//!
//! A device is registered with what its platform's push service gave it ([`PushTarget`]: a
//! Web Push subscription, an FCM registration token, an APNs device token) under the session
//! that registered it: signing out, or a session revoked from another device, stops its
//! pushes; a push service that answers "no such subscription" removes it. A new token from the
//! platform (rotation) is registered with `replaces`, the id of the registration it replaces.
//!
//! ```
//! use macnss_api::push::{PushTarget, RegisterDeviceRequest};
//! let r = RegisterDeviceRequest {
//!     target: PushTarget::Android { token: "f".repeat(152) },
//!     lang: "ar".into(),
//!     replaces: None,
//! };
//! assert!(r.check().is_ok());
//! ```

use crate::inbox::Topic;
use serde::{Deserialize, Serialize};

/// The longest Web Push endpoint accepted (push services use well under 1 KB).
pub const MAX_ENDPOINT_CHARS: usize = 2048;
/// The longest FCM or APNs token accepted (FCM's are about 160 characters, APNs' 64 hex
/// digits; neither documents a maximum, so there is room).
pub const MAX_TOKEN_CHARS: usize = 4096;

/// What a platform's push service gave the app to reach it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "platform", rename_all = "snake_case", deny_unknown_fields)]
pub enum PushTarget {
    /// A Web Push subscription (`PushSubscription.toJSON()`): the push service's endpoint
    /// and the browser's keys (RFC 8291), base64url.
    Web {
        endpoint: String,
        /// The browser's P-256 public key, uncompressed (65 bytes).
        p256dh: String,
        /// The 16-byte authentication secret.
        auth: String,
    },
    /// An FCM registration token.
    Android { token: String },
    /// An APNs device token, hexadecimal.
    Ios { token: String },
}

impl std::fmt::Debug for PushTarget {
    /// The platform only: an endpoint or a token reaches the device, and is not logged.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PushTarget::{}(•••)", self.platform())
    }
}

/// Whether `s` is base64url without padding and decodes to `len` bytes.
fn base64url_of_len(s: &str, len: usize) -> bool {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(s.trim_end_matches('='))
        .is_ok_and(|b| b.len() == len)
}

impl PushTarget {
    /// `web`, `android` or `ios`.
    pub fn platform(&self) -> &'static str {
        match self {
            Self::Web { .. } => "web",
            Self::Android { .. } => "android",
            Self::Ios { .. } => "ios",
        }
    }

    /// The address a push goes to: the endpoint or the token.
    pub fn address(&self) -> &str {
        match self {
            Self::Web { endpoint, .. } => endpoint,
            Self::Android { token } | Self::Ios { token } => token,
        }
    }

    /// The shape rules (the server adds which push services it sends to): a Web Push endpoint
    /// is an `https://` URL (`http://` to a loopback host: a local push service) with its
    /// keys of the right lengths; an FCM token is printable ASCII without spaces; an APNs token
    /// is hexadecimal. The reason when refused.
    pub fn check(&self) -> Result<(), &'static str> {
        match self {
            Self::Web {
                endpoint,
                p256dh,
                auth,
            } => {
                if endpoint.len() > MAX_ENDPOINT_CHARS {
                    return Err("the endpoint is too long");
                }
                let rest = if let Some(rest) = endpoint.strip_prefix("https://") {
                    rest
                } else if let Some(rest) = endpoint.strip_prefix("http://") {
                    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
                    let host = host.rsplit_once(':').map_or(host, |(h, _)| h);
                    if !matches!(host, "localhost" | "127.0.0.1" | "[::1]") {
                        return Err("the endpoint is not https");
                    }
                    rest
                } else {
                    return Err("the endpoint is not https");
                };
                if rest.is_empty()
                    || rest.starts_with('/')
                    || rest.chars().any(|c| c.is_whitespace() || c.is_control())
                {
                    return Err("the endpoint is not a URL");
                }
                if !base64url_of_len(p256dh, 65) {
                    return Err("p256dh is not a P-256 public key");
                }
                if !base64url_of_len(auth, 16) {
                    return Err("auth is not a 16-byte secret");
                }
                Ok(())
            }
            Self::Android { token } => {
                if token.is_empty() || token.len() > MAX_TOKEN_CHARS {
                    return Err("the token is empty or too long");
                }
                if !token.bytes().all(|b| b.is_ascii_graphic()) {
                    return Err("the token is not printable ASCII");
                }
                Ok(())
            }
            Self::Ios { token } => {
                if token.len() < 64 || token.len() > MAX_TOKEN_CHARS || token.len() % 2 == 1 {
                    return Err("the token is not an APNs device token");
                }
                if !token.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return Err("the token is not hexadecimal");
                }
                Ok(())
            }
        }
    }
}

/// The body of `POST /v1/push/devices`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RegisterDeviceRequest {
    pub target: PushTarget,
    /// The language the device's notifications are written in: `fr`, `ar` or `en` (another
    /// tag: French).
    pub lang: String,
    /// The registration this one replaces (the platform gave the device a new token).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<String>,
}

impl RegisterDeviceRequest {
    /// [`PushTarget::check`], and a language tag of 2 to 8 letters.
    pub fn check(&self) -> Result<(), &'static str> {
        self.target.check()?;
        let primary = self.lang.split(['-', '_']).next().unwrap_or("");
        if !(2..=8).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err("lang is not a language tag");
        }
        Ok(())
    }
}

/// The answer of `POST /v1/push/devices`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceRegistered {
    /// The registration's id: what `replaces` and the removal name.
    pub device_id: String,
}

/// Which topics are pushed (every one by default). The inbox keeps every message whatever
/// is chosen here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PushPreferences {
    /// The topics not pushed.
    pub muted: Vec<Topic>,
}

impl PushPreferences {
    /// Every topic pushed.
    pub fn all() -> Self {
        Self { muted: Vec::new() }
    }

    pub fn pushes(&self, topic: Topic) -> bool {
        !self.muted.contains(&topic)
    }

    /// The same choice with `topic` pushed or not; the list kept in [`Topic::ALL`]'s order,
    /// once each.
    pub fn with(&self, topic: Topic, pushed: bool) -> Self {
        let muted = Topic::ALL
            .into_iter()
            .filter(|t| {
                if *t == topic {
                    !pushed
                } else {
                    !self.pushes(*t)
                }
            })
            .collect();
        Self { muted }
    }
}

/// The public key of the server's VAPID pair (RFC 8292), for `PushManager.subscribe`'s
/// `applicationServerKey`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebPushKey {
    /// The uncompressed P-256 point (65 bytes), base64url without padding.
    pub public_key: String,
}

/// What every push carries, whatever the platform: a generic title and body in the device's
/// language, and the inbox message's id, which the app opens once signed in (the same id on
/// every copy: a notification shown twice replaces itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PushPayload {
    pub id: String,
    pub title: String,
    pub body: String,
}

impl PushPayload {
    /// The app's path that opens this message (a notification's click).
    pub fn path(&self) -> String {
        format!("/espace/messages/{}", self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;

    fn b64(n: usize) -> String {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(vec![7u8; n])
    }

    fn web(endpoint: &str) -> PushTarget {
        PushTarget::Web {
            endpoint: endpoint.into(),
            p256dh: b64(65),
            auth: b64(16),
        }
    }

    #[test]
    fn a_web_endpoint_is_https_or_a_loopback_push_service() {
        assert!(
            web("https://fcm.googleapis.com/fcm/send/abc")
                .check()
                .is_ok()
        );
        assert!(web("http://localhost:8090/notify/1").check().is_ok());
        assert!(web("http://127.0.0.1:8090/notify/1").check().is_ok());
        assert!(web("http://[::1]:8090/x").check().is_ok());
        assert!(web("http://push.example.com/x").check().is_err());
        assert!(web("http://localhost.example.com/x").check().is_err());
        assert!(web("ftp://push.example.com/x").check().is_err());
        assert!(web("https://").check().is_err());
        assert!(web("https:///x").check().is_err());
        assert!(web("https://a b/x").check().is_err());
        let long = format!("https://p.example/{}", "a".repeat(MAX_ENDPOINT_CHARS));
        assert!(web(&long).check().is_err());
    }

    #[test]
    fn web_keys_have_their_lengths() {
        let with = |p256dh: String, auth: String| PushTarget::Web {
            endpoint: "https://p.example/x".into(),
            p256dh,
            auth,
        };
        assert!(with(b64(65), b64(16)).check().is_ok());
        assert!(with(b64(64), b64(16)).check().is_err());
        assert!(with(b64(65), b64(15)).check().is_err());
        assert!(with("not base64!".into(), b64(16)).check().is_err());
    }

    #[test]
    fn tokens_have_their_shapes() {
        let android = |t: &str| PushTarget::Android { token: t.into() };
        assert!(android("dQw4w9WgXcQ:APA91bH-x_y").check().is_ok());
        assert!(android("").check().is_err());
        assert!(android("with space").check().is_err());
        assert!(android(&"a".repeat(MAX_TOKEN_CHARS + 1)).check().is_err());
        let ios = |t: &str| PushTarget::Ios { token: t.into() };
        assert!(ios(&"0a".repeat(32)).check().is_ok());
        assert!(ios(&"0a".repeat(31)).check().is_err());
        assert!(ios(&format!("{}z", "0".repeat(63))).check().is_err());
        assert!(ios(&"0".repeat(65)).check().is_err());
    }

    #[test]
    fn a_registration_needs_a_language_tag() {
        let r = |lang: &str| RegisterDeviceRequest {
            target: PushTarget::Android { token: "t".into() },
            lang: lang.into(),
            replaces: None,
        };
        assert!(r("fr").check().is_ok());
        assert!(r("ar-MA").check().is_ok());
        assert!(r("zgh").check().is_ok());
        assert!(r("").check().is_err());
        assert!(r("f").check().is_err());
        assert!(r("fr1").check().is_err());
    }

    #[test]
    fn a_target_never_shows_its_address_in_debug() {
        let t = PushTarget::Android {
            token: "secret-token".into(),
        };
        assert_eq!(format!("{t:?}"), "PushTarget::android(•••)");
        let r = RegisterDeviceRequest {
            target: web("https://p.example/secret-endpoint"),
            lang: "fr".into(),
            replaces: None,
        };
        assert!(!format!("{r:?}").contains("secret"));
    }

    #[test]
    fn preferences_mute_and_unmute_once_each_in_order() {
        let p = PushPreferences::all();
        assert!(Topic::ALL.iter().all(|t| p.pushes(*t)));
        let p = p.with(Topic::Security, false).with(Topic::Claims, false);
        assert_eq!(p.muted, vec![Topic::Claims, Topic::Security]);
        let p = p.with(Topic::Claims, false).with(Topic::Security, true);
        assert_eq!(p.muted, vec![Topic::Claims]);
        assert!(!p.pushes(Topic::Claims) && p.pushes(Topic::Payments));
    }

    #[test]
    fn the_wire_form_is_tagged_by_platform() {
        let t: PushTarget =
            serde_json::from_str(r#"{"platform":"ios","token":"ab"}"#).expect("parse");
        assert_eq!(t.platform(), "ios");
        assert!(
            serde_json::from_str::<PushTarget>(r#"{"platform":"ios","token":"ab","x":1}"#).is_err()
        );
        let p = PushPayload {
            id: "m1".into(),
            title: "t".into(),
            body: "b".into(),
        };
        assert_eq!(p.path(), "/espace/messages/m1");
    }
}
