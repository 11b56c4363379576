//! The platform's push notifications behind a trait: whether this app may notify, and a
//! subscription to the platform's push service ([`PushTarget`]) once the person allows it.
//!
//! - web: the Notifications and Push APIs (`Notification.requestPermission`,
//!   `PushManager.subscribe` with the server's VAPID key, under the service worker of
//!   `web/sw.js`), through the document's script bridge;
//! - desktop, Android and iOS: [`NoPush`] for now — the FCM and APNs senders exist on the
//!   server, the phones' glue that hands their tokens to Rust does not yet (issue 16).
//!
//! [`NoPush`] is also what tests get by default: the platform says it cannot receive pushes,
//! and the inbox works the same.

use super::documents::LocalFuture;
use crate::flows::push::Permission;
use macnss_api::push::PushTarget;
use std::sync::Arc;

/// Why no subscription was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The person said no (or had said so before).
    Denied,
    /// The platform cannot subscribe (no service worker, no push service reachable).
    Unsupported,
}

pub trait PushService {
    fn permission(&self) -> LocalFuture<'_, Permission>;
    /// Asks for the permission if not given yet, then subscribes with the server's VAPID
    /// `key` (base64url, uncompressed P-256).
    fn subscribe(&self, key: String) -> LocalFuture<'_, Result<PushTarget, Refusal>>;
}

pub type SharedPush = Arc<dyn PushService + Send + Sync>;

/// A platform without pushes.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoPush;

impl PushService for NoPush {
    fn permission(&self) -> LocalFuture<'_, Permission> {
        Box::pin(async { Permission::Unsupported })
    }

    fn subscribe(&self, _key: String) -> LocalFuture<'_, Result<PushTarget, Refusal>> {
        Box::pin(async { Err(Refusal::Unsupported) })
    }
}

pub fn platform_push() -> SharedPush {
    #[cfg(target_arch = "wasm32")]
    {
        Arc::new(BrowserPush)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Arc::new(NoPush)
    }
}

/// The browser's Notifications and Push APIs.
#[cfg(target_arch = "wasm32")]
#[derive(Debug, Clone, Copy, Default)]
pub struct BrowserPush;

/// What the scripts answer, read by [`read_permission`] and [`read_subscription`].
#[cfg(any(target_arch = "wasm32", test))]
const PERMISSION_SCRIPT: &str = r#"
if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window) || !window.isSecureContext) return 'unsupported';
return Notification.permission;
"#;

/// The subscription script: `KEY` is replaced by the VAPID key (base64url: no quote can
/// come in).
#[cfg(any(target_arch = "wasm32", test))]
const SUBSCRIBE_SCRIPT: &str = r#"
if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window) || !window.isSecureContext) return {state: 'unsupported'};
let p = Notification.permission;
if (p === 'default') p = await Notification.requestPermission();
if (p !== 'granted') return {state: 'denied'};
try {
  const b = atob('KEY'.replace(/-/g, '+').replace(/_/g, '/'));
  const key = Uint8Array.from(b, (c) => c.charCodeAt(0));
  const reg = await navigator.serviceWorker.ready;
  const sub = await reg.pushManager.subscribe({userVisibleOnly: true, applicationServerKey: key});
  const j = sub.toJSON();
  return {state: 'subscribed', endpoint: j.endpoint, p256dh: j.keys.p256dh, auth: j.keys.auth};
} catch (e) {
  return {state: 'unsupported'};
}
"#;

#[cfg(any(target_arch = "wasm32", test))]
fn read_permission(answer: &serde_json::Value) -> Permission {
    match answer.as_str() {
        Some("granted") => Permission::Granted,
        Some("denied") => Permission::Denied,
        Some("default") => Permission::Default,
        _ => Permission::Unsupported,
    }
}

#[cfg(any(target_arch = "wasm32", test))]
fn read_subscription(answer: &serde_json::Value) -> Result<PushTarget, Refusal> {
    let text = |k: &str| answer.get(k).and_then(|v| v.as_str()).map(str::to_owned);
    match answer.get("state").and_then(|s| s.as_str()) {
        Some("subscribed") => match (text("endpoint"), text("p256dh"), text("auth")) {
            (Some(endpoint), Some(p256dh), Some(auth)) => {
                let target = PushTarget::Web {
                    endpoint,
                    p256dh,
                    auth,
                };
                target
                    .check()
                    .map(|()| target)
                    .map_err(|_| Refusal::Unsupported)
            }
            _ => Err(Refusal::Unsupported),
        },
        Some("denied") => Err(Refusal::Denied),
        _ => Err(Refusal::Unsupported),
    }
}

#[cfg(target_arch = "wasm32")]
impl PushService for BrowserPush {
    fn permission(&self) -> LocalFuture<'_, Permission> {
        Box::pin(async {
            match dioxus::prelude::document::eval(PERMISSION_SCRIPT).await {
                Ok(answer) => read_permission(&answer),
                Err(_) => Permission::Unsupported,
            }
        })
    }

    fn subscribe(&self, key: String) -> LocalFuture<'_, Result<PushTarget, Refusal>> {
        Box::pin(async move {
            if !key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            {
                return Err(Refusal::Unsupported);
            }
            let script = SUBSCRIBE_SCRIPT.replace("KEY", &key);
            match dioxus::prelude::document::eval(&script).await {
                Ok(answer) => read_subscription(&answer),
                Err(_) => Err(Refusal::Unsupported),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_scripts_answers_are_read_strictly() {
        assert_eq!(read_permission(&json!("granted")), Permission::Granted);
        assert_eq!(read_permission(&json!("default")), Permission::Default);
        assert_eq!(read_permission(&json!("denied")), Permission::Denied);
        assert_eq!(
            read_permission(&json!("unsupported")),
            Permission::Unsupported
        );
        assert_eq!(read_permission(&json!(null)), Permission::Unsupported);
        let b64 = |n: usize| {
            use base64::Engine as _;
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(vec![1u8; n])
        };
        let ok = read_subscription(&json!({"state": "subscribed",
            "endpoint": "https://fcm.googleapis.com/fcm/send/x", "p256dh": b64(65), "auth": b64(16)}));
        assert!(matches!(ok, Ok(PushTarget::Web { .. })));
        let short = read_subscription(&json!({"state": "subscribed",
            "endpoint": "https://fcm.googleapis.com/fcm/send/x", "p256dh": b64(3), "auth": b64(16)}));
        assert_eq!(short, Err(Refusal::Unsupported));
        assert_eq!(
            read_subscription(&json!({"state": "denied"})),
            Err(Refusal::Denied)
        );
        assert_eq!(
            read_subscription(&json!({"state": "?"})),
            Err(Refusal::Unsupported)
        );
        assert!(SUBSCRIBE_SCRIPT.contains("'KEY'"));
        assert!(PERMISSION_SCRIPT.contains("Notification.permission"));
    }
}
