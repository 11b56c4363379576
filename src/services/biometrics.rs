//! The platform's biometric prompt as a service: a 32-byte secret (the quick unlock's key,
//! `services::unlock`) kept so that only the person's face or fingerprint releases it —
//! Android's BiometricPrompt over a Keystore key that requires user authentication, iOS's
//! LocalAuthentication over a Keychain item whose access control asks for the current set of
//! biometrics. Where there is none (web, desktop, tests) [`NoBiometrics`] says so and the PIN
//! is the only way.
//!
//! The secret never crosses into the webview's storage or a log: on Android the activity
//! keeps it wrapped by the Keystore key, on iOS the Keychain keeps it.
//!
//! [`platform_biometrics`] picks the implementation: [`AndroidBiometrics`] (the activity's
//! `window.MaCNSSAndroid` interface, answers as the `macnss:biometric` DOM event, see
//! `android/MainActivity.kt`), [`IosBiometrics`] (`macnss-ios-glue`'s Keychain item), or
//! [`NoBiometrics`].

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;

/// A future of this service: not `Send` (the Android bridge answers through the webview).
pub type LocalFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// Why the biometric prompt did not release the secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BiometricError {
    /// No biometric hardware, none enrolled, or the platform has no prompt.
    #[error("no biometrics on this device")]
    Unavailable,
    /// The person cancelled the prompt (or chose the PIN instead).
    #[error("cancelled")]
    Cancelled,
    /// The enrolled biometrics changed since the secret was kept (a new fingerprint): the
    /// secret is gone and the PIN must be used, then biometrics enabled again.
    #[error("the biometrics changed: enable them again")]
    Invalidated,
    /// Too many failed attempts: the platform locked its prompt for a while.
    #[error("locked out by the platform")]
    LockedOut,
    /// Anything else the platform said.
    #[error("biometric prompt failed: {0}")]
    Failed(String),
}

/// The platform's biometric prompt guarding one secret.
pub trait Biometrics {
    /// Whether a biometric is enrolled and usable now.
    fn available(&self) -> LocalFuture<'_, bool>;
    /// Keeps `secret` so that only a successful prompt releases it (replaces any kept one).
    fn enroll(&self, secret: [u8; 32]) -> LocalFuture<'_, Result<(), BiometricError>>;
    /// Shows the prompt with `reason` (localized); the secret when the person is recognised.
    fn release(&self, reason: String) -> LocalFuture<'_, Result<[u8; 32], BiometricError>>;
    /// Forgets the kept secret (quick unlock turned off, sign-out, five wrong PINs).
    fn forget(&self) -> LocalFuture<'_, ()>;
}

/// No biometric prompt: web, desktop, tests.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoBiometrics;

impl Biometrics for NoBiometrics {
    fn available(&self) -> LocalFuture<'_, bool> {
        Box::pin(async { false })
    }
    fn enroll(&self, _secret: [u8; 32]) -> LocalFuture<'_, Result<(), BiometricError>> {
        Box::pin(async { Err(BiometricError::Unavailable) })
    }
    fn release(&self, _reason: String) -> LocalFuture<'_, Result<[u8; 32], BiometricError>> {
        Box::pin(async { Err(BiometricError::Unavailable) })
    }
    fn forget(&self) -> LocalFuture<'_, ()> {
        Box::pin(async {})
    }
}

/// The platform's biometric prompt: Android's or iOS's on those phones, [`NoBiometrics`] on the
/// web and the desktop.
pub fn platform_biometrics() -> Rc<dyn Biometrics> {
    Rc::new(platform())
}

/// The platform's biometric prompt, shareable between threads: [`Services`] is handed to
/// `dioxus::LaunchBuilder::with_context`, which wants `Send + Sync`, so its field must be this
/// one rather than an `Rc` (the value is a unit struct on every platform; only the futures are
/// not `Send`).
///
/// [`Services`]: crate::services::Services
pub type SharedBiometrics = Arc<dyn Biometrics + Send + Sync>;

/// [`platform_biometrics`] as a [`SharedBiometrics`].
pub fn platform_biometrics_shared() -> SharedBiometrics {
    Arc::new(platform())
}

/// The implementation of this platform.
fn platform() -> impl Biometrics + Send + Sync + 'static {
    #[cfg(target_os = "android")]
    let biometrics = AndroidBiometrics;
    #[cfg(target_os = "ios")]
    let biometrics = IosBiometrics;
    #[cfg(not(any(target_os = "android", target_os = "ios")))]
    let biometrics = NoBiometrics;
    biometrics
}

#[cfg(target_os = "android")]
pub use android::AndroidBiometrics;

#[cfg(target_os = "ios")]
pub use ios::IosBiometrics;

/// The contract with `android/MainActivity.kt`, as pure functions (tested on the host).
///
/// Each request has an id of its own (a process-wide counter); the activity's answer names it,
/// and the script that made the request only takes the answer with its id, so two requests in
/// flight cannot swap answers. The secret crosses the bridge as standard base64 (with padding,
/// `android.util.Base64.NO_WRAP` on the other side).
#[cfg(any(target_os = "android", test))]
mod bridge {
    use super::BiometricError;
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;
    use serde::Deserialize;
    use std::sync::atomic::{AtomicU64, Ordering};

    /// The DOM event the activity dispatches on `window` with each answer (`detail`).
    pub const EVENT: &str = "macnss:biometric";

    /// The JavaScript interface the activity adds to the webview.
    pub const INTERFACE: &str = "MaCNSSAndroid";

    /// One answer of the activity: `{id, ok, secret?, error?, message?}`.
    #[derive(Debug, Deserialize)]
    struct Answer {
        id: String,
        ok: bool,
        #[serde(default)]
        secret: Option<String>,
        #[serde(default)]
        error: Option<String>,
        #[serde(default)]
        message: Option<String>,
    }

    /// A new request id, never the same twice in this process.
    pub fn next_id() -> String {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        NEXT.fetch_add(1, Ordering::Relaxed).to_string()
    }

    /// The error the activity names (`error`, with its `message` for `failed`).
    pub fn error_of(code: &str, message: Option<&str>) -> BiometricError {
        match code {
            "cancelled" => BiometricError::Cancelled,
            "invalidated" => BiometricError::Invalidated,
            "locked_out" => BiometricError::LockedOut,
            "unavailable" => BiometricError::Unavailable,
            "failed" => BiometricError::Failed(message.unwrap_or("failed").to_owned()),
            other => BiometricError::Failed(format!("unknown answer «{other}»")),
        }
    }

    /// The answer to request `id`: its `secret` field when it succeeded (absent for an
    /// enrolment), or its error. An answer to another request, or one that is not an answer,
    /// is a failure.
    pub fn read_answer(
        id: &str,
        value: serde_json::Value,
    ) -> Result<Option<String>, BiometricError> {
        let answer: Answer = serde_json::from_value(value)
            .map_err(|e| BiometricError::Failed(format!("unreadable answer: {e}")))?;
        if answer.id != id {
            return Err(BiometricError::Failed(format!(
                "answer to request {} where {id} was awaited",
                answer.id
            )));
        }
        if answer.ok {
            Ok(answer.secret)
        } else {
            Err(error_of(
                answer.error.as_deref().unwrap_or("failed"),
                answer.message.as_deref(),
            ))
        }
    }

    /// The released secret of a successful answer.
    pub fn secret_of(secret: Option<String>) -> Result<[u8; 32], BiometricError> {
        let encoded = secret.ok_or_else(|| BiometricError::Failed("no secret".to_owned()))?;
        decode(&encoded)
    }

    /// The secret as it crosses the bridge.
    pub fn encode(secret: &[u8; 32]) -> String {
        STANDARD.encode(secret)
    }

    /// A secret from the bridge: exactly 32 bytes, or a failure.
    pub fn decode(encoded: &str) -> Result<[u8; 32], BiometricError> {
        let bytes = STANDARD
            .decode(encoded)
            .map_err(|_| BiometricError::Failed("the secret is not base64".to_owned()))?;
        <[u8; 32]>::try_from(bytes.as_slice())
            .map_err(|_| BiometricError::Failed(format!("the secret has {} bytes", bytes.len())))
    }

    /// Script that calls `method(id, lang, ...args)` on the interface and returns the answer
    /// with that id (or an `unavailable` answer when the activity has no such method). `lang`
    /// is the app's language (the `lang` of its root element, `app::Frame`), for the prompt's
    /// own texts. `args` are passed as JSON string literals, so any text (the reason) stays one
    /// argument.
    pub fn request_script(id: &str, method: &str, args: &[&str]) -> String {
        let mut call_args = format!("{}, lang", json_string(id));
        for arg in args {
            call_args.push_str(", ");
            call_args.push_str(&json_string(arg));
        }
        let id = json_string(id);
        format!(
            "const id = {id};\
             const api = window.{INTERFACE};\
             const root = document.body && document.body.querySelector('[lang]');\
             const lang = (root && root.lang) || document.documentElement.lang || 'fr';\
             if (!api || typeof api.{method} !== 'function') {{\
               return {{ id: id, ok: false, error: 'unavailable' }};\
             }}\
             return await new Promise((resolve) => {{\
               const listen = (event) => {{\
                 if (!event.detail || event.detail.id !== id) return;\
                 window.removeEventListener('{EVENT}', listen);\
                 resolve(event.detail);\
               }};\
               window.addEventListener('{EVENT}', listen);\
               api.{method}({call_args});\
             }});"
        )
    }

    /// Script that calls the synchronous `method()` and returns what it returns (`false`
    /// without the activity).
    pub fn sync_script(method: &str) -> String {
        format!(
            "const api = window.{INTERFACE};\
             return !!(api && typeof api.{method} === 'function' && api.{method}());"
        )
    }

    /// `text` as a JavaScript string literal (JSON's, which JavaScript reads the same).
    fn json_string(text: &str) -> String {
        serde_json::Value::from(text).to_string()
    }
}

#[cfg(target_os = "android")]
mod android {
    use super::{BiometricError, Biometrics, LocalFuture, bridge};
    use dioxus::prelude::document;

    /// Android's BiometricPrompt over an AES-GCM key of the AndroidKeyStore that needs a strong
    /// biometric for every use and dies with a new enrolment; the activity keeps the wrapped
    /// secret (ciphertext and IV) in the app's private preferences.
    #[derive(Debug, Default, Clone, Copy)]
    pub struct AndroidBiometrics;

    /// Sends request `method` with `args` and awaits its answer.
    async fn request(method: &str, args: &[&str]) -> Result<Option<String>, BiometricError> {
        let id = bridge::next_id();
        let answer = document::eval(&bridge::request_script(&id, method, args))
            .await
            .map_err(|e| BiometricError::Failed(format!("the bridge failed: {e}")))?;
        bridge::read_answer(&id, answer)
    }

    impl Biometrics for AndroidBiometrics {
        fn available(&self) -> LocalFuture<'_, bool> {
            Box::pin(async {
                document::eval(&bridge::sync_script("biometricAvailable"))
                    .join::<bool>()
                    .await
                    .unwrap_or(false)
            })
        }

        fn enroll(&self, secret: [u8; 32]) -> LocalFuture<'_, Result<(), BiometricError>> {
            Box::pin(async move {
                let encoded = bridge::encode(&secret);
                request("biometricEnroll", &[&encoded]).await.map(|_| ())
            })
        }

        fn release(&self, reason: String) -> LocalFuture<'_, Result<[u8; 32], BiometricError>> {
            Box::pin(async move {
                let secret = request("biometricRelease", &[&reason]).await?;
                bridge::secret_of(secret)
            })
        }

        fn forget(&self) -> LocalFuture<'_, ()> {
            Box::pin(async {
                // Synchronous in the activity: the key and the wrapped secret are gone when
                // the script returns.
                let _ = document::eval(&bridge::sync_script("biometricForget")).await;
            })
        }
    }
}

#[cfg(target_os = "ios")]
mod ios {
    use super::{BiometricError, Biometrics, LocalFuture};
    use macnss_ios_glue::GlueError;
    use tokio::sync::oneshot;

    /// Face ID / Touch ID over a Keychain item (`.biometryCurrentSet`, this device only, a
    /// passcode set) that holds the secret; `macnss-ios-glue` does the Keychain calls.
    #[derive(Debug, Default, Clone, Copy)]
    pub struct IosBiometrics;

    /// The glue's error as the service's.
    fn error_of(error: GlueError) -> BiometricError {
        match error {
            GlueError::Unavailable => BiometricError::Unavailable,
            GlueError::Cancelled => BiometricError::Cancelled,
            GlueError::Invalidated => BiometricError::Invalidated,
            GlueError::LockedOut => BiometricError::LockedOut,
            GlueError::Failed(message) => BiometricError::Failed(message),
        }
    }

    /// Runs the blocking Keychain call `f` on a thread of its own; `None` if it gave no answer.
    async fn off_thread<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
        let (sender, receiver) = oneshot::channel();
        let spawned = std::thread::Builder::new()
            .name("macnss-keychain".to_owned())
            .spawn(move || {
                let _ = sender.send(f());
            });
        drop(spawned);
        receiver.await.ok()
    }

    fn no_answer() -> BiometricError {
        BiometricError::Failed("the Keychain gave no answer".to_owned())
    }

    impl Biometrics for IosBiometrics {
        fn available(&self) -> LocalFuture<'_, bool> {
            Box::pin(async {
                off_thread(macnss_ios_glue::biometric_available)
                    .await
                    .unwrap_or(false)
            })
        }

        fn enroll(&self, secret: [u8; 32]) -> LocalFuture<'_, Result<(), BiometricError>> {
            Box::pin(async move {
                off_thread(move || macnss_ios_glue::biometric_store(&secret))
                    .await
                    .ok_or_else(no_answer)?
                    .map_err(error_of)
            })
        }

        fn release(&self, reason: String) -> LocalFuture<'_, Result<[u8; 32], BiometricError>> {
            Box::pin(async move {
                let (sender, receiver) = oneshot::channel();
                macnss_ios_glue::biometric_release(&reason, move |answer| {
                    let _ = sender.send(answer);
                });
                receiver.await.map_err(|_| no_answer())?.map_err(error_of)
            })
        }

        fn forget(&self) -> LocalFuture<'_, ()> {
            Box::pin(async {
                off_thread(macnss_ios_glue::biometric_forget).await;
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::bridge::*;
    use super::*;
    use serde_json::json;

    #[test]
    fn the_platform_without_a_prompt_has_none() {
        let biometrics = platform_biometrics();
        let available = futures_util::FutureExt::now_or_never(biometrics.available());
        assert_eq!(available, Some(false));
        let released =
            futures_util::FutureExt::now_or_never(biometrics.release("Déverrouiller".into()));
        assert_eq!(released, Some(Err(BiometricError::Unavailable)));
        let shared = platform_biometrics_shared();
        let available = futures_util::FutureExt::now_or_never(shared.available());
        assert_eq!(available, Some(false));
    }

    #[test]
    fn each_error_the_activity_names_is_the_services() {
        assert_eq!(error_of("cancelled", None), BiometricError::Cancelled);
        assert_eq!(error_of("invalidated", None), BiometricError::Invalidated);
        assert_eq!(error_of("locked_out", None), BiometricError::LockedOut);
        assert_eq!(error_of("unavailable", None), BiometricError::Unavailable);
        assert_eq!(
            error_of("failed", Some("KeyStoreException")),
            BiometricError::Failed("KeyStoreException".into())
        );
        assert_eq!(
            error_of("failed", None),
            BiometricError::Failed("failed".into())
        );
        assert!(matches!(error_of("what", None), BiometricError::Failed(_)));
    }

    #[test]
    fn a_released_secret_is_read_from_its_answer() {
        let secret = [7u8; 32];
        let answer = json!({ "id": "3", "ok": true, "secret": encode(&secret) });
        let field = read_answer("3", answer).expect("an answer to request 3");
        assert_eq!(secret_of(field), Ok(secret));
    }

    #[test]
    fn an_enrolment_answers_ok_without_a_secret() {
        assert_eq!(read_answer("4", json!({ "id": "4", "ok": true })), Ok(None));
    }

    #[test]
    fn a_refusal_carries_its_error() {
        let answer = json!({ "id": "5", "ok": false, "error": "invalidated" });
        assert_eq!(read_answer("5", answer), Err(BiometricError::Invalidated));
        let answer = json!({ "id": "5", "ok": false, "error": "failed", "message": "KeyStore" });
        assert_eq!(
            read_answer("5", answer),
            Err(BiometricError::Failed("KeyStore".into()))
        );
        // No error named: still a refusal, never a success.
        let answer = json!({ "id": "5", "ok": false });
        assert_eq!(
            read_answer("5", answer),
            Err(BiometricError::Failed("failed".into()))
        );
    }

    #[test]
    fn an_answer_to_another_request_is_never_taken() {
        let answer = json!({ "id": "8", "ok": true, "secret": encode(&[1; 32]) });
        assert!(matches!(
            read_answer("9", answer),
            Err(BiometricError::Failed(_))
        ));
    }

    #[test]
    fn what_is_not_an_answer_fails() {
        assert!(matches!(
            read_answer("1", json!(null)),
            Err(BiometricError::Failed(_))
        ));
        assert!(matches!(
            read_answer("1", json!({ "ok": true })),
            Err(BiometricError::Failed(_))
        ));
        // A numeric id is not the string the request sent.
        assert!(matches!(
            read_answer("1", json!({ "id": 1, "ok": true })),
            Err(BiometricError::Failed(_))
        ));
    }

    #[test]
    fn request_ids_are_never_reused() {
        let ids: std::collections::HashSet<String> = (0..1000).map(|_| next_id()).collect();
        assert_eq!(ids.len(), 1000);
    }

    #[test]
    fn the_secret_survives_the_bridge_and_nothing_else_passes_for_one() {
        let secret: [u8; 32] = std::array::from_fn(|i| (i * 37 + 11) as u8);
        let encoded = encode(&secret);
        // Standard alphabet with padding: what android.util.Base64.NO_WRAP reads and writes.
        assert_eq!(encoded.len(), 44);
        assert!(encoded.ends_with('='));
        assert_eq!(decode(&encoded), Ok(secret));
        assert!(decode(&encode(&[0; 32])[..40]).is_err());
        assert!(matches!(decode("AAAA"), Err(BiometricError::Failed(_))));
        assert!(matches!(
            decode("not base64!"),
            Err(BiometricError::Failed(_))
        ));
        assert!(matches!(secret_of(None), Err(BiometricError::Failed(_))));
    }

    #[test]
    fn the_request_script_names_the_contract_and_keeps_the_reason_one_argument() {
        let script = request_script("12", "biometricRelease", &["L'accès «MaCNSS»\"); x('"]);
        assert!(script.contains("window.MaCNSSAndroid"));
        assert!(script.contains("'macnss:biometric'"));
        assert!(script.contains("event.detail.id !== id"));
        assert!(script.contains(r#"const id = "12";"#));
        assert!(
            script.contains(r#"api.biometricRelease("12", lang, "L'accès «MaCNSS»\"); x('");"#),
            "{script}"
        );
        assert!(script.contains("error: 'unavailable'"));
        let sync = sync_script("biometricForget");
        assert!(sync.contains("api.biometricForget()"));
    }
}
