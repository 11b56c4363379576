//! Push notifications: the devices registered for them, the topics muted, the fan-out of an
//! inbox message to the holder's devices, and the senders that carry a push to each
//! platform's push service.
//!
//! A push is an outbox row (channel `push`, `to_addr` the device's id, the body a
//! [`PushPayload`] in the device's language), queued in the transaction that posts the inbox
//! message: the one relay of [`crate::notify::deliver_queued`] then carries it, with its
//! retries, back-off and dead letters, and a stable id per message and device. The payload
//! holds a generic title and body and the message's id — never a name, an amount or a number:
//! the app fetches the message itself.
//!
//! Senders ([`Pusher`]): Web Push (RFC 8030, VAPID RFC 8292, aes128gcm RFC 8291, with
//! `web-push-native`) to the push services of [`PushConfig::web_push_hosts`]; FCM's HTTP v1
//! API ([`fcm`]) and APNs' token-based HTTP/2 API ([`apns`]) when configured — otherwise
//! pushes to those platforms go to the log.

pub mod apns;
pub mod fcm;
pub mod web;

use crate::messages::{self, Lang};
use crate::notify::GatewayError;
use macnss_api::inbox::{Notice, Topic};
use macnss_api::push::{PushPayload, PushPreferences, PushTarget};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The outbox channel of pushes.
pub const CHANNEL: &str = "push";

/// How long a push service keeps a push for an offline device (Web Push `TTL`, APNs
/// `apns-expiration`, FCM `ttl`): 12 hours (a VAPID signature may not be valid for more than
/// 24), after which the inbox still has the message.
pub const TIME_TO_LIVE_SECONDS: u64 = 12 * 3600;

/// The push services a Web Push endpoint may belong to by default (their hosts, or `*.`
/// and a domain): Chrome's and Edge's, Firefox's, Safari's. The server posts to an endpoint
/// the browser chose: only to these, so that a registration cannot make it post elsewhere.
pub const DEFAULT_WEB_PUSH_HOSTS: [&str; 5] = [
    "fcm.googleapis.com",
    "updates.push.services.mozilla.com",
    "*.push.apple.com",
    "*.notify.windows.com",
    "*.push.services.mozilla.com",
];

/// `[push]`: who the server says it is to push services, where it may send, and the FCM
/// and APNs credentials.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PushConfig {
    /// The VAPID contact (`mailto:` or `https:`), given to Web Push services.
    pub vapid_subject: String,
    /// A PEM file of the VAPID private key (P-256); without it the server makes one and
    /// keeps it in its database.
    pub vapid_key_file: Option<PathBuf>,
    /// The hosts Web Push endpoints may belong to ([`DEFAULT_WEB_PUSH_HOSTS`]).
    pub web_push_hosts: Vec<String>,
    /// Also accept `http://` endpoints on loopback (a local push service: tests, the demo).
    pub allow_loopback_push_service: bool,
    pub fcm: Option<fcm::FcmConfig>,
    pub apns: Option<apns::ApnsConfig>,
}

impl Default for PushConfig {
    fn default() -> Self {
        Self {
            vapid_subject: "mailto:no-reply@cnss.ma".to_owned(),
            vapid_key_file: None,
            web_push_hosts: DEFAULT_WEB_PUSH_HOSTS.map(str::to_owned).to_vec(),
            allow_loopback_push_service: false,
            fcm: None,
            apns: None,
        }
    }
}

impl PushConfig {
    /// Whether the server sends to this Web Push endpoint: `https://` on a listed host, or
    /// `http://` on loopback when a local push service is allowed.
    pub fn sends_to(&self, endpoint: &str) -> bool {
        let Ok(url) = reqwest::Url::parse(endpoint) else {
            return false;
        };
        let Some(host) = url.host_str() else {
            return false;
        };
        match url.scheme() {
            "https" => {
                self.web_push_hosts
                    .iter()
                    .any(|h| match h.strip_prefix("*.") {
                        Some(domain) => host
                            .strip_suffix(domain)
                            .is_some_and(|sub| sub.ends_with('.') && sub.len() > 1),
                        None => host.eq_ignore_ascii_case(h),
                    })
                    || (self.allow_loopback_push_service && crate::delivery::is_loopback_host(host))
            }
            "http" => self.allow_loopback_push_service && crate::delivery::is_loopback_host(host),
            _ => false,
        }
    }
}

/// A registered device, as the senders need it.
#[derive(Clone, PartialEq, Eq)]
pub struct Device {
    pub id: String,
    pub target: PushTarget,
    pub lang: Lang,
}

impl std::fmt::Debug for Device {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Device({}, {:?})", self.target.platform(), self.lang)
    }
}

/// The stored name of a topic.
fn topic_name(topic: Topic) -> String {
    crate::records::name(topic)
}

/// Registers `target` for `account_id` under `session_id` (inside the caller's transaction):
/// the same target registered before (by anyone) moves here; `replaces`, if it is one of the
/// caller's, is removed. The registration's id.
pub fn register(
    conn: &Connection,
    account_id: &str,
    session_id: &str,
    target: &PushTarget,
    lang: &str,
    replaces: Option<&str>,
    now: i64,
) -> rusqlite::Result<String> {
    if let Some(old) = replaces {
        conn.execute(
            "DELETE FROM push_devices WHERE id = ?1 AND account_id = ?2",
            params![old, account_id],
        )?;
    }
    let (p256dh, auth) = match target {
        PushTarget::Web { p256dh, auth, .. } => (Some(p256dh.as_str()), Some(auth.as_str())),
        _ => (None, None),
    };
    let lang = Lang::from_tag(lang).unwrap_or(Lang::Fr);
    let existing: Option<String> = conn
        .query_row(
            "SELECT id FROM push_devices WHERE platform = ?1 AND address = ?2",
            params![target.platform(), target.address()],
            |r| r.get(0),
        )
        .optional()?;
    // A target that moves to another account gets a new id: the old one told nothing to
    // its new holder.
    let id = match existing {
        Some(id) => {
            let moved = conn.execute(
                "UPDATE push_devices SET session_id = ?2, p256dh = ?3, auth = ?4, lang = ?5,
                        registered_at = ?6
                 WHERE id = ?1 AND account_id = ?7",
                params![id, session_id, p256dh, auth, lang.tag(), now, account_id],
            )?;
            if moved == 1 {
                return Ok(id);
            }
            conn.execute("DELETE FROM push_devices WHERE id = ?1", [&id])?;
            crate::crypto::random_token()
        }
        None => crate::crypto::random_token(),
    };
    conn.execute(
        "INSERT INTO push_devices (id, account_id, session_id, platform, address, p256dh, auth,
            lang, registered_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            id,
            account_id,
            session_id,
            target.platform(),
            target.address(),
            p256dh,
            auth,
            lang.tag(),
            now
        ],
    )?;
    Ok(id)
}

/// Removes one of `account_id`'s devices; whether it was there.
pub fn remove(conn: &Connection, account_id: &str, device_id: &str) -> rusqlite::Result<bool> {
    Ok(conn.execute(
        "DELETE FROM push_devices WHERE id = ?1 AND account_id = ?2",
        params![device_id, account_id],
    )? == 1)
}

/// Removes a device a push service said is gone (404/410, an unregistered token).
pub fn forget_device(conn: &Connection, device_id: &str) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM push_devices WHERE id = ?1", [device_id])?;
    Ok(())
}

/// Removes the devices of a session that ended (signed out).
pub fn forget_session(conn: &Connection, session_id: &str) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM push_devices WHERE session_id = ?1",
        [session_id],
    )?;
    Ok(())
}

/// Removes the devices of every revoked or deleted session (the sweep).
pub fn forget_ended_sessions(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM push_devices WHERE session_id NOT IN
            (SELECT id FROM sessions WHERE revoked = 0)",
        [],
    )?;
    Ok(())
}

/// Forgets an account's devices and choices (its deletion).
pub fn forget_account(conn: &Connection, account_id: &str) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM push_devices WHERE account_id = ?1",
        [account_id],
    )?;
    conn.execute("DELETE FROM push_muted WHERE account_id = ?1", [account_id])?;
    Ok(())
}

/// The account's choice of topics.
pub fn preferences(conn: &Connection, account_id: &str) -> rusqlite::Result<PushPreferences> {
    let mut stmt = conn.prepare("SELECT topic FROM push_muted WHERE account_id = ?1")?;
    let muted: Vec<String> = stmt
        .query_map([account_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(PushPreferences {
        muted: Topic::ALL
            .into_iter()
            .filter(|t| muted.contains(&topic_name(*t)))
            .collect(),
    })
}

/// Sets the account's choice (inside the caller's transaction).
pub fn set_preferences(
    conn: &Connection,
    account_id: &str,
    prefs: &PushPreferences,
) -> rusqlite::Result<PushPreferences> {
    conn.execute("DELETE FROM push_muted WHERE account_id = ?1", [account_id])?;
    for topic in &prefs.muted {
        conn.execute(
            "INSERT OR IGNORE INTO push_muted (account_id, topic) VALUES (?1, ?2)",
            params![account_id, topic_name(*topic)],
        )?;
    }
    preferences(conn, account_id)
}

/// A payload's generic title and body: one sentence per topic, in `lang`, saying only that
/// there is something to read.
pub fn payload(lang: Lang, message_id: &str, topic: Topic) -> PushPayload {
    let topic = match topic {
        Topic::Claims => "push-body-claims",
        Topic::Payments => "push-body-payments",
        Topic::Family => "push-body-family",
        Topic::Attestations => "push-body-attestations",
        Topic::Security => "push-body-security",
    };
    PushPayload {
        id: message_id.to_owned(),
        title: messages::text(lang, "push-title", &[]),
        body: messages::text(lang, topic, &[]),
    }
}

/// Queues a push of inbox message `message_id` to each of the account's devices whose session
/// is live, unless its topic is muted or it is not worth one (inside the transaction that
/// posts the message). How many were queued.
pub fn fan_out(
    conn: &Connection,
    account_id: &str,
    message_id: &str,
    notice: &Notice,
    now: i64,
) -> rusqlite::Result<usize> {
    if !notice.is_worth_a_push() {
        return Ok(0);
    }
    let topic = notice.topic();
    let muted: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM push_muted WHERE account_id = ?1 AND topic = ?2)",
        params![account_id, topic_name(topic)],
        |r| r.get(0),
    )?;
    if muted {
        return Ok(0);
    }
    let mut stmt = conn.prepare(
        "SELECT d.id, d.lang FROM push_devices d
         JOIN sessions s ON s.id = d.session_id AND s.revoked = 0
         WHERE d.account_id = ?1 ORDER BY d.registered_at",
    )?;
    let devices: Vec<(String, String)> = stmt
        .query_map([account_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (device_id, lang) in &devices {
        let payload = payload(Lang::from_tag(lang).unwrap_or(Lang::Fr), message_id, topic);
        let body = serde_json::to_string(&payload)
            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
        conn.execute(
            "INSERT INTO outbox (to_addr, channel, subject, body, sent_at, message_id)
             VALUES (?1, ?2, '', ?3, ?4, ?5)",
            params![
                device_id,
                CHANNEL,
                body,
                now,
                format!("{message_id}.{device_id}")
            ],
        )?;
    }
    Ok(devices.len())
}

/// The device a queued push goes to, if it is still registered.
pub fn device(conn: &Connection, device_id: &str) -> rusqlite::Result<Option<Device>> {
    conn.query_row(
        "SELECT platform, address, p256dh, auth, lang FROM push_devices WHERE id = ?1",
        [device_id],
        |r| {
            let platform: String = r.get(0)?;
            let address: String = r.get(1)?;
            let lang: String = r.get(4)?;
            let target = match platform.as_str() {
                "web" => PushTarget::Web {
                    endpoint: address,
                    p256dh: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                    auth: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                },
                "ios" => PushTarget::Ios { token: address },
                _ => PushTarget::Android { token: address },
            };
            Ok(Device {
                id: device_id.to_owned(),
                target,
                lang: Lang::from_tag(&lang).unwrap_or(Lang::Fr),
            })
        },
    )
    .optional()
}

/// Loads the VAPID key: the configured file, or the one kept in the database (made on the
/// first start).
pub fn load_or_create_vapid(
    conn: &Connection,
    config: &PushConfig,
) -> Result<web::Vapid, crate::StartError> {
    use crate::delivery::DeliveryError;
    if let Some(path) = &config.vapid_key_file {
        let pem =
            std::fs::read_to_string(path).map_err(|e| DeliveryError::Read(path.clone(), e))?;
        return Ok(web::Vapid::from_pem(&pem, &config.vapid_subject)
            .map_err(|e| DeliveryError::Invalid(format!("push.vapid_key_file: {e}")))?);
    }
    let existing: Option<Vec<u8>> = conn
        .query_row("SELECT value FROM meta WHERE key = 'vapid_key'", [], |r| {
            r.get(0)
        })
        .optional()?;
    if let Some(vapid) = existing
        .as_deref()
        .and_then(|b| web::Vapid::from_bytes(b, &config.vapid_subject))
    {
        return Ok(vapid);
    }
    let vapid = web::Vapid::generate(&config.vapid_subject);
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('vapid_key', ?1)",
        params![vapid.to_bytes()],
    )?;
    Ok(vapid)
}

/// Carries pushes to the push services: one sender per platform.
pub struct Pusher {
    pub web: web::WebPushSender,
    pub fcm: Option<fcm::FcmSender>,
    pub apns: Option<apns::ApnsSender>,
}

impl Pusher {
    pub fn new(
        config: &PushConfig,
        vapid: web::Vapid,
    ) -> Result<Self, crate::delivery::DeliveryError> {
        Ok(Self {
            web: web::WebPushSender::new(config, vapid)?,
            fcm: config.fcm.as_ref().map(fcm::FcmSender::new).transpose()?,
            apns: config
                .apns
                .as_ref()
                .map(apns::ApnsSender::new)
                .transpose()?,
        })
    }

    /// Sends `payload` to `device`, with `id` the same on every attempt (the push service's
    /// de-duplication, where it has one). [`GatewayError::Gone`]: the device is no longer
    /// reachable there and its registration is to be removed.
    pub async fn send(
        &self,
        id: &str,
        device: &Device,
        payload: &PushPayload,
    ) -> Result<(), GatewayError> {
        match &device.target {
            PushTarget::Web { .. } => self.web.send(device, payload).await,
            PushTarget::Android { token } => match &self.fcm {
                Some(fcm) => fcm.send(token, payload).await,
                None => {
                    tracing::info!(id, platform = "android", "push delivered to the log");
                    Ok(())
                }
            },
            PushTarget::Ios { token } => match &self.apns {
                Some(apns) => apns.send(id, token, payload).await,
                None => {
                    tracing::info!(id, platform = "ios", "push delivered to the log");
                    Ok(())
                }
            },
        }
    }

    /// The VAPID public key, for browsers' subscriptions.
    pub fn web_key(&self) -> String {
        self.web.public_key()
    }
}

/// The meaning of a push service's answer, shared by the senders: 2xx delivered; the
/// `gone` statuses remove the device; 429 and 5xx are retried; any other is refused.
pub(crate) fn outcome(
    status: reqwest::StatusCode,
    gone: &[u16],
    what: &str,
) -> Result<(), GatewayError> {
    if status.is_success() {
        Ok(())
    } else if gone.contains(&status.as_u16()) {
        Err(GatewayError::Gone(format!("{what} answered {status}")))
    } else if status == reqwest::StatusCode::TOO_MANY_REQUESTS || status.is_server_error() {
        Err(GatewayError::Unavailable(format!(
            "{what} answered {status}"
        )))
    } else {
        Err(GatewayError::Refused(format!("{what} answered {status}")))
    }
}

/// An HTTP client for a push service: no redirects (an endpoint is used as given), a
/// timeout, HTTP/2 with prior knowledge to a plain-text loopback peer (a local test server).
pub(crate) fn client(
    base_url: &str,
    timeout_seconds: u64,
) -> Result<reqwest::Client, crate::delivery::DeliveryError> {
    let url = reqwest::Url::parse(base_url)
        .map_err(|e| crate::delivery::DeliveryError::Invalid(format!("{base_url}: {e}")))?;
    let loopback = url
        .host_str()
        .is_some_and(crate::delivery::is_loopback_host);
    if url.scheme() != "https" && !loopback {
        return Err(crate::delivery::DeliveryError::Invalid(format!(
            "{base_url}: plain http only to a loopback peer"
        )));
    }
    let builder = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(timeout_seconds));
    let builder = if url.scheme() == "http" {
        builder.http2_prior_knowledge()
    } else {
        builder
    };
    builder
        .build()
        .map_err(|e| crate::delivery::DeliveryError::Invalid(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_endpoints_are_sent_to_only_on_listed_hosts() {
        let c = PushConfig::default();
        assert!(c.sends_to("https://fcm.googleapis.com/fcm/send/abc"));
        assert!(c.sends_to("https://web.push.apple.com/QGx"));
        assert!(c.sends_to("https://wns2-par02p.notify.windows.com/w/?token=x"));
        assert!(!c.sends_to("https://push.apple.com.evil.example/x"));
        assert!(!c.sends_to("https://evilpush.apple.com/x"));
        assert!(!c.sends_to("https://.push.apple.com/x"));
        assert!(!c.sends_to("https://example.com/x"));
        assert!(!c.sends_to("http://fcm.googleapis.com/fcm/send/abc"));
        assert!(!c.sends_to("http://127.0.0.1:8090/notify/1"));
        let local = PushConfig {
            allow_loopback_push_service: true,
            ..PushConfig::default()
        };
        assert!(local.sends_to("http://127.0.0.1:8090/notify/1"));
        assert!(local.sends_to("http://localhost:8090/notify/1"));
        assert!(!local.sends_to("http://192.168.1.2:8090/notify/1"));
    }

    #[test]
    fn every_payload_is_generic_in_each_language() {
        for lang in Lang::ALL {
            let mut bodies = Vec::new();
            for topic in Topic::ALL {
                let p = payload(lang, "m1", topic);
                assert_eq!(p.id, "m1");
                assert!(!p.title.starts_with("push-"), "{lang:?}: {}", p.title);
                assert!(
                    !p.body.starts_with("push-"),
                    "{lang:?} {topic:?}: {}",
                    p.body
                );
                assert!(!p.body.chars().any(|c| c.is_ascii_digit()), "{}", p.body);
                bodies.push(p.body);
            }
            bodies.sort();
            bodies.dedup();
            assert_eq!(
                bodies.len(),
                Topic::ALL.len(),
                "{lang:?}: one body per topic"
            );
        }
    }

    #[test]
    fn outcomes_follow_the_status() {
        use reqwest::StatusCode as S;
        assert!(outcome(S::CREATED, &[404, 410], "x").is_ok());
        assert!(matches!(
            outcome(S::GONE, &[404, 410], "x"),
            Err(GatewayError::Gone(_))
        ));
        assert!(matches!(
            outcome(S::TOO_MANY_REQUESTS, &[410], "x"),
            Err(GatewayError::Unavailable(_))
        ));
        assert!(matches!(
            outcome(S::SERVICE_UNAVAILABLE, &[410], "x"),
            Err(GatewayError::Unavailable(_))
        ));
        assert!(matches!(
            outcome(S::PAYLOAD_TOO_LARGE, &[410], "x"),
            Err(GatewayError::Refused(_))
        ));
    }
}
