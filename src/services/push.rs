//! The platform's push notifications behind a trait: whether this app may notify, and a
//! subscription to the platform's push service ([`PushTarget`]) once the person allows it.
//!
//! - web: the Notifications and Push APIs (`Notification.requestPermission`,
//!   `PushManager.subscribe` with the server's VAPID key, under the service worker of
//!   `web/sw.js`), through the document's script bridge;
//! - Android: `android/MainActivity.kt`'s bridge (`MaCNSSAndroid.pushPermission`,
//!   `pushSubscribe`): the `POST_NOTIFICATIONS` permission on Android 13+, then the FCM
//!   registration token ([`android_bridge`]; compile-checked here, the device check is in
//!   android/README.md);
//! - iOS: `macnss-ios-glue`'s `push_status` and `push_register` (`UNUserNotificationCenter`
//!   authorisation, the APNs registration, the device token in hexadecimal; compile-checked
//!   here, the device check is in ios/README.md);
//! - desktop: [`NoPush`].
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
    #[cfg(target_os = "android")]
    {
        Arc::new(AndroidPush)
    }
    #[cfg(target_os = "ios")]
    {
        Arc::new(IosPush)
    }
    #[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
    {
        Arc::new(NoPush)
    }
}

/// APNs through the iOS glue.
#[cfg(target_os = "ios")]
#[derive(Debug, Clone, Copy, Default)]
pub struct IosPush;

#[cfg(target_os = "ios")]
impl PushService for IosPush {
    fn permission(&self) -> LocalFuture<'_, Permission> {
        Box::pin(async {
            let (sender, receiver) = tokio::sync::oneshot::channel();
            macnss_ios_glue::push_status(move |status| {
                let _ = sender.send(status);
            });
            match receiver.await {
                Ok(macnss_ios_glue::PushStatus::NotDetermined) => Permission::Default,
                Ok(macnss_ios_glue::PushStatus::Denied) => Permission::Denied,
                Ok(macnss_ios_glue::PushStatus::Authorized) => Permission::Granted,
                Err(_) => Permission::Unsupported,
            }
        })
    }

    fn subscribe(&self, _key: String) -> LocalFuture<'_, Result<PushTarget, Refusal>> {
        // The VAPID key is the web's: APNs needs none.
        Box::pin(async {
            let (sender, receiver) = tokio::sync::oneshot::channel();
            macnss_ios_glue::push_register(move |result| {
                let _ = sender.send(result);
            });
            match receiver.await {
                Ok(Ok(token)) => {
                    let target = PushTarget::Ios { token };
                    target
                        .check()
                        .map(|()| target)
                        .map_err(|_| Refusal::Unsupported)
                }
                Ok(Err(macnss_ios_glue::PushRefusal::Denied)) => Err(Refusal::Denied),
                Ok(Err(macnss_ios_glue::PushRefusal::Failed)) | Err(_) => Err(Refusal::Unsupported),
            }
        })
    }
}

/// FCM through the activity's bridge.
#[cfg(target_os = "android")]
#[derive(Debug, Clone, Copy, Default)]
pub struct AndroidPush;

#[cfg(target_os = "android")]
impl PushService for AndroidPush {
    fn permission(&self) -> LocalFuture<'_, Permission> {
        Box::pin(async {
            match dioxus::prelude::document::eval(android_bridge::PERMISSION_SCRIPT).await {
                Ok(answer) => read_permission(&answer),
                Err(_) => Permission::Unsupported,
            }
        })
    }

    fn subscribe(&self, _key: String) -> LocalFuture<'_, Result<PushTarget, Refusal>> {
        // The VAPID key is the web's: FCM's token needs none.
        Box::pin(async {
            let id = android_bridge::next_id();
            match dioxus::prelude::document::eval(&android_bridge::subscribe_script(&id)).await {
                Ok(answer) => android_bridge::read_token(&id, &answer),
                Err(_) => Err(Refusal::Unsupported),
            }
        })
    }
}

/// The contract with `android/MainActivity.kt`'s push methods, as pure functions (tested on
/// the host): `pushPermission()` answers `granted`, `default`, `denied` or `unsupported`;
/// `pushSubscribe(id)` asks for `POST_NOTIFICATIONS` where needed, then answers the
/// `macnss:push` DOM event with `{id, state: "subscribed", token}` (or `denied`,
/// `unsupported`).
#[cfg(any(target_os = "android", test))]
pub mod android_bridge {
    use super::Refusal;
    use macnss_api::push::PushTarget;
    use std::sync::atomic::{AtomicU64, Ordering};

    pub const EVENT: &str = "macnss:push";

    pub const PERMISSION_SCRIPT: &str = "const api = window.MaCNSSAndroid;\
        if (!api || typeof api.pushPermission !== 'function') { return 'unsupported'; }\
        return api.pushPermission();";

    pub fn next_id() -> String {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        format!("push-{}", NEXT.fetch_add(1, Ordering::Relaxed))
    }

    pub fn subscribe_script(id: &str) -> String {
        let id = serde_json::Value::from(id).to_string();
        format!(
            "const id = {id};\
             const api = window.MaCNSSAndroid;\
             if (!api || typeof api.pushSubscribe !== 'function') {{ return {{ id: id, state: 'unsupported' }}; }}\
             return await new Promise((resolve) => {{\
               const listen = (event) => {{\
                 if (!event.detail || event.detail.id !== id) return;\
                 window.removeEventListener('{EVENT}', listen);\
                 resolve(event.detail);\
               }};\
               window.addEventListener('{EVENT}', listen);\
               api.pushSubscribe(id);\
             }});"
        )
    }

    /// The token of request `id`'s answer, checked as the server will.
    pub fn read_token(id: &str, answer: &serde_json::Value) -> Result<PushTarget, Refusal> {
        if answer.get("id").and_then(|v| v.as_str()) != Some(id) {
            return Err(Refusal::Unsupported);
        }
        match answer.get("state").and_then(|v| v.as_str()) {
            Some("subscribed") => {
                let token = answer
                    .get("token")
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_owned();
                let target = PushTarget::Android { token };
                target
                    .check()
                    .map(|()| target)
                    .map_err(|_| Refusal::Unsupported)
            }
            Some("denied") => Err(Refusal::Denied),
            _ => Err(Refusal::Unsupported),
        }
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

#[cfg(any(target_arch = "wasm32", target_os = "android", test))]
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
        let id = android_bridge::next_id();
        assert_ne!(id, android_bridge::next_id());
        assert!(android_bridge::subscribe_script(&id).contains("api.pushSubscribe(id)"));
        let token = json!({"id": id, "state": "subscribed", "token": "fcm:APA91b-x"});
        assert_eq!(
            android_bridge::read_token(&id, &token),
            Ok(PushTarget::Android {
                token: "fcm:APA91b-x".into()
            })
        );
        let other = json!({"id": "push-0", "state": "subscribed", "token": "t"});
        assert_eq!(
            android_bridge::read_token(&id, &other),
            Err(Refusal::Unsupported)
        );
        let spaced = json!({"id": id, "state": "subscribed", "token": "a b"});
        assert_eq!(
            android_bridge::read_token(&id, &spaced),
            Err(Refusal::Unsupported)
        );
        let denied = json!({"id": id, "state": "denied"});
        assert_eq!(
            android_bridge::read_token(&id, &denied),
            Err(Refusal::Denied)
        );
        assert!(PERMISSION_SCRIPT.contains("Notification.permission"));
    }
}
