//! The one effect loop, used by the app and by the tests: [`Services::run`] sends a [`Msg`] to
//! the root model through its [`Host`], executes every effect it returns against the services
//! (requests, keychain off the UI thread, preferences, language), and feeds each answer back
//! as a new message, until the model is idle. Showing a screen is the host's job (the router
//! in the app, a record in the tests).

use super::Services;
use super::preferences::{
    ATTESTATION_KEYS_KEY, INSTALLED_KEY, LANGUAGE_KEY, PUSH_DEVICE_KEY, RESUME_KEY,
};
use super::session_store::StoredSession;
use crate::flows::attestations::VerifyEvent;
use crate::flows::lock::{LockSettings, UnlockOutcome};
use crate::flows::model::{Msg, Restored, Screen};
use crate::flows::private::Part;
use crate::flows::{Effect, Request, Response, ResumePoint, Target, certificate, private};
use chrono::{DateTime, Utc};
use std::collections::VecDeque;

/// Who owns the model: the app's signal, or a test's cell. The loop holds no state of its own.
pub trait Host {
    /// Applies `msg` to the model at the host's current time; returns the effects.
    fn update(&self, msg: Msg) -> Vec<Effect>;
    /// Shows `screen`.
    fn show(&self, screen: Screen);
    /// Shows `screen` in place of the current one (the app: the router's replace; a host
    /// without history shows it).
    fn replace(&self, screen: Screen) {
        self.show(screen);
    }
    /// Runs `request` beside this loop (a request the server holds open: the inbox's long
    /// poll), feeding its answer back as any other: the app in a task of its own, the tests
    /// when they choose to (so that a journey ends when its own effects do).
    fn listen(&self, request: Request);
}

impl Services {
    /// Sends `msg` to the model and runs every effect, feeding answers back, until idle.
    pub async fn run(&self, host: &impl Host, msg: Msg) {
        let effects = host.update(msg);
        self.run_effects(host, effects).await;
    }

    /// Runs the effects of an update already applied (the app applies it synchronously in
    /// the event handler, then runs the rest in a task), feeding answers back, until idle.
    pub async fn run_effects(&self, host: &impl Host, effects: Vec<Effect>) {
        let mut queue: VecDeque<Effect> = effects.into();
        while let Some(effect) = queue.pop_front() {
            match effect {
                Effect::Send(mut request) => {
                    // The device a sign-in comes from (a service's knowledge, not the flow's).
                    if let Request::SignIn(sign_in) = &mut request {
                        sign_in.device =
                            Some(super::device::device_info(self.preferences.as_ref()));
                    }
                    let target = request.target();
                    let result = self.api.send(request).await;
                    if let Some(renewed) = self.api.take_renewed() {
                        queue.extend(host.update(Msg::SessionRenewed(renewed)));
                    }
                    queue.extend(host.update(Msg::Answer(target, result)));
                }
                Effect::RestoreSession => {
                    let restored = self.restore_session().await;
                    queue.extend(host.update(Msg::Restored(restored)));
                }
                Effect::Show(screen) => host.show(screen),
                Effect::Replace(screen) => host.replace(screen),
                Effect::Listen(request) => host.listen(request),
                Effect::PrepareFile {
                    scope,
                    media_type,
                    bytes,
                } => {
                    let prepared = self.files.prepare(media_type, bytes).await;
                    queue.extend(host.update(Msg::Private(private::Event::Certificate(
                        certificate::Event::Prepared(scope, prepared),
                    ))));
                }
                Effect::EnableQuickUnlock {
                    account_id,
                    refresh_token,
                    pin,
                    settings,
                } => {
                    let set = self
                        .enable_quick_unlock(account_id, refresh_token, pin, settings)
                        .await;
                    queue.extend(host.update(Msg::QuickUnlockSet(set)));
                }
                Effect::UpdateQuickUnlock(settings) => {
                    let set = self.update_quick_unlock(settings).await;
                    queue.extend(host.update(Msg::QuickUnlockSet(set)));
                }
                Effect::UnlockWithPin(pin) => {
                    let outcome = self.unlock_with_pin(pin).await;
                    queue.extend(host.update(Msg::Unlocked(outcome)));
                }
                Effect::UnlockWithBiometric(lang) => {
                    let outcome = self.unlock_with_biometric(lang).await;
                    queue.extend(host.update(Msg::Unlocked(outcome)));
                }
                Effect::SavePdf { id, file_name } => {
                    // Downloaded with the session's token (renewed behind it like any private
                    // request), then handed to the platform: the bytes never reach the model.
                    let result = match self.api.attestation_pdf(id).await {
                        Ok(bytes) => Ok(Response::PdfSaved(
                            self.documents.save(file_name, bytes).await,
                        )),
                        Err(e) => Err(e),
                    };
                    if let Some(renewed) = self.api.take_renewed() {
                        queue.extend(host.update(Msg::SessionRenewed(renewed)));
                    }
                    queue.extend(host.update(Msg::Answer(Target::Private(Part::Pdf), result)));
                }
                Effect::CheckPush => {
                    let permission = self.push.permission().await;
                    queue.extend(host.update(Msg::Private(private::Event::Push(
                        crate::flows::push::Event::Permission(permission),
                    ))));
                }
                Effect::EnablePush { lang } => {
                    let outcome = self.enable_push(lang).await;
                    if let Some(renewed) = self.api.take_renewed() {
                        queue.extend(host.update(Msg::SessionRenewed(renewed)));
                    }
                    queue.extend(host.update(Msg::Private(private::Event::Push(
                        crate::flows::push::Event::Enabled(outcome),
                    ))));
                }
                Effect::ReadAttestationKeys => {
                    let kept = self
                        .preferences
                        .get(ATTESTATION_KEYS_KEY)
                        .and_then(|json| serde_json::from_str(&json).ok());
                    queue.extend(host.update(Msg::Verify(VerifyEvent::KeysRead(kept))));
                }
                Effect::CheckBiometrics => {
                    let available = self.biometrics.available().await;
                    queue.extend(host.update(Msg::BiometricsAvailable(available)));
                }
                Effect::Navigate(destination) => {
                    // The model turns every destination into a screen; one reaching the loop
                    // is a bug in the model, not something to guess a route for.
                    tracing::error!(?destination, "a destination reached the effect loop");
                }
                other => self.execute(other).await,
            }
        }
    }

    /// The effects that only touch the services.
    async fn execute(&self, effect: Effect) {
        match effect {
            Effect::StoreSession(session) => {
                self.api.set_session(Some(&session));
                let _one_at_a_time = self.keychain_gate.lock().await;
                let keep = self.to_keep(
                    session.profile.account_id.clone(),
                    session.refresh_token.clone(),
                );
                if let Err(e) = off_ui_thread(keep).await {
                    tracing::warn!(error = %e, "the session could not be kept in the keychain");
                }
            }
            Effect::DisableQuickUnlock {
                account_id,
                refresh_token,
            } => {
                let _one_at_a_time = self.keychain_gate.lock().await;
                self.forget_key();
                self.biometrics.forget().await;
                let stored = StoredSession::open(account_id, refresh_token);
                let store = self.sessions.clone();
                if let Err(e) = off_ui_thread(move || store.save(&stored)).await {
                    tracing::warn!(error = %e, "the session could not be kept in the keychain");
                }
            }
            Effect::Lock => {
                self.api.set_session(None);
                self.forget_key();
            }
            Effect::HoldSession(session) => self.api.set_session(Some(&session)),
            Effect::ClearSession => {
                let _one_at_a_time = self.keychain_gate.lock().await;
                self.api.set_session(None);
                self.forget_key();
                self.biometrics.forget().await;
                let store = self.sessions.clone();
                if let Err(e) = off_ui_thread(move || store.clear()).await {
                    tracing::warn!(error = %e, "the keychain could not be cleared");
                }
            }
            Effect::SaveResume(point) => {
                if let Ok(json) = serde_json::to_string(&point) {
                    self.preferences.set(RESUME_KEY, &json);
                }
            }
            Effect::ClearResume => self.preferences.remove(RESUME_KEY),
            Effect::KeepAttestationKeys(keys) => {
                if let Ok(json) = serde_json::to_string(&keys) {
                    self.preferences.set(ATTESTATION_KEYS_KEY, &json);
                }
            }
            Effect::UseLanguage { tag, remember } => {
                self.api.set_language(tag);
                if remember {
                    self.preferences.set(LANGUAGE_KEY, tag);
                }
            }
            Effect::Send(_)
            | Effect::Listen(_)
            | Effect::RestoreSession
            | Effect::Show(_)
            | Effect::Replace(_)
            | Effect::Navigate(_)
            | Effect::PrepareFile { .. }
            | Effect::EnableQuickUnlock { .. }
            | Effect::UpdateQuickUnlock(_)
            | Effect::UnlockWithPin(_)
            | Effect::UnlockWithBiometric(_)
            | Effect::CheckBiometrics
            | Effect::SavePdf { .. }
            | Effect::ReadAttestationKeys
            | Effect::CheckPush
            | Effect::EnablePush { .. } => {}
        }
    }

    /// The saved resume point, if it is still usable; an expired one is dropped.
    pub fn resume_point(&self, now: DateTime<Utc>) -> Option<ResumePoint> {
        let json = self.preferences.get(RESUME_KEY)?;
        match serde_json::from_str::<ResumePoint>(&json) {
            Ok(p) if now < p.code_expires_at => Some(p),
            _ => {
                self.preferences.remove(RESUME_KEY);
                None
            }
        }
    }

    /// At launch: clears a keychain item left by a previous installation, then refreshes the
    /// stored session. Reads only: what to keep or clear is the model's decision. A network
    /// error never signs out or deletes the tokens.
    /// Turns pushes on: the server's VAPID key, the platform's permission and subscription,
    /// then the registration (replacing this device's previous one).
    async fn enable_push(&self, lang: Option<String>) -> crate::flows::push::Outcome {
        use super::push::Refusal;
        use crate::flows::push::Outcome;
        let key = match self.api.send(Request::PushWebKey).await {
            Ok(Response::WebPushKey(k)) => k.public_key,
            Ok(_) => return Outcome::Failed(crate::flows::ApiError::Unavailable { status: 200 }),
            Err(e) => return Outcome::Failed(e),
        };
        let target = match self.push.subscribe(key).await {
            Ok(t) => t,
            Err(Refusal::Denied) => return Outcome::Denied,
            Err(Refusal::Unsupported) => return Outcome::Unsupported,
        };
        let replaces = self
            .preferences
            .get(PUSH_DEVICE_KEY)
            .filter(|id| macnss_api::validate::patterns::is_opaque_id(id));
        let lang = lang
            .or_else(|| self.preferences.get(LANGUAGE_KEY))
            .unwrap_or_else(|| "fr".to_owned());
        let request = macnss_api::push::RegisterDeviceRequest {
            target,
            lang,
            replaces,
        };
        match self.api.send(Request::RegisterDevice(request)).await {
            Ok(Response::DeviceRegistered(d)) => {
                self.preferences.set(PUSH_DEVICE_KEY, &d.device_id);
                Outcome::Registered(d.device_id)
            }
            Ok(_) => Outcome::Failed(crate::flows::ApiError::Unavailable { status: 200 }),
            Err(e) => Outcome::Failed(e),
        }
    }

    pub async fn restore_session(&self) -> Restored {
        let store = self.sessions.clone();
        if self.preferences.get(INSTALLED_KEY).is_none() {
            if let Err(e) = off_ui_thread(move || store.clear()).await {
                tracing::warn!(error = %e, "a stale keychain item could not be cleared");
            }
            self.preferences.set(INSTALLED_KEY, "1");
            return Restored::SignedOut;
        }
        let stored = match off_ui_thread(move || store.load()).await {
            Ok(Some(s)) => s,
            Ok(None) => return Restored::SignedOut,
            Err(e) => {
                tracing::warn!(error = %e, "the keychain could not be read: signed out");
                return Restored::SignedOut;
            }
        };
        // Sealed by the quick unlock: the lock screen first, no request before the PIN.
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(sealed) = &stored.sealed {
            return Restored::Locked {
                account_id: stored.account_id.clone(),
                settings: sealed.settings,
                failures: sealed.failures,
            };
        }
        match stored.refresh_token {
            Some(token) => self.check_session(stored.account_id, token).await,
            None => Restored::SignedOut,
        }
    }

    /// The stored session renewed with the server, as the launch and the unlock see it.
    async fn check_session(&self, account_id: String, token: macnss_api::types::Token) -> Restored {
        match self.api.refresh(token).await {
            Ok(session) => Restored::SignedIn(session),
            Err(e) => match e.code() {
                Some(macnss_api::ErrorCode::SessionExpired) => Restored::Expired { account_id },
                Some(macnss_api::ErrorCode::AppVersionUnsupported) => Restored::UpdateRequired,
                _ => Restored::Unreachable { account_id },
            },
        }
    }

    /// Keeps a session in the keychain (a blocking job, for [`off_ui_thread`]): sealed again
    /// with the key in memory when the quick unlock is on (a renewal while unlocked), as it
    /// is otherwise.
    fn to_keep(
        &self,
        account_id: String,
        token: macnss_api::types::Token,
    ) -> impl FnOnce() -> Result<(), super::session_store::SessionError> + Send + 'static {
        let store = self.sessions.clone();
        #[cfg(not(target_arch = "wasm32"))]
        let key = self.keys.get();
        move || {
            #[cfg(not(target_arch = "wasm32"))]
            if let Some(current) = store.load()?
                && let Some(sealed) = current.sealed.filter(|_| current.account_id == account_id)
            {
                // Sealed, and no key to seal again (never expected: the key is set before
                // the gate is released): the sealed item stays, never an open one instead.
                let Some(key) = key else {
                    tracing::warn!(
                        "a renewal came with no key to seal it: the sealed session stays"
                    );
                    return Ok(());
                };
                // Never kept unsealed behind the person's back: if sealing fails (no system
                // randomness), the older sealed token stays, and the next unlock ends at the
                // sign-in (the server refuses a rotated token) rather than without the lock.
                return match sealed.resealed(&key, &token) {
                    Ok(sealed) => store.save(&StoredSession::sealed(account_id, sealed)),
                    Err(e) => {
                        tracing::warn!(error = %e, "the session could not be sealed again");
                        Ok(())
                    }
                };
            }
            store.save(&StoredSession::open(account_id, token))
        }
    }

    fn forget_key(&self) {
        #[cfg(not(target_arch = "wasm32"))]
        self.keys.set(None);
    }

    #[cfg(target_arch = "wasm32")]
    async fn enable_quick_unlock(
        &self,
        _account_id: String,
        _token: macnss_api::types::Token,
        _pin: crate::flows::lock::Pin,
        _settings: LockSettings,
    ) -> Option<LockSettings> {
        None
    }

    /// Quick unlock on: the session sealed under a new key wrapped by the PIN, the key kept
    /// in memory and (when chosen and possible) by the biometric prompt.
    #[cfg(not(target_arch = "wasm32"))]
    async fn enable_quick_unlock(
        &self,
        account_id: String,
        token: macnss_api::types::Token,
        pin: crate::flows::lock::Pin,
        mut settings: LockSettings,
    ) -> Option<LockSettings> {
        use super::unlock::SealedSession;
        let _one_at_a_time = self.keychain_gate.lock().await;
        // The token as kept now (a renewal may have rotated it since the model asked).
        let store = self.sessions.clone();
        let id = account_id.clone();
        let token = match off_ui_thread(move || store.load()).await {
            Ok(Some(StoredSession {
                account_id: kept,
                refresh_token: Some(kept_token),
                ..
            })) if kept == id => kept_token,
            _ => token,
        };
        let sealing = off_ui_thread(move || {
            SealedSession::new(&pin, settings, &token)
                .map_err(|e| super::session_store::SessionError::Unavailable(e.to_string()))
        })
        .await;
        let (mut sealed, key) = match sealing {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!(error = %e, "quick unlock: the session could not be sealed");
                return None;
            }
        };
        if settings.biometric {
            if self.biometrics.enroll(key.bytes()).await.is_err() {
                settings.biometric = false;
                sealed.settings = settings;
            }
        } else {
            // A copy kept by an earlier set-up must not open this one's successor.
            self.biometrics.forget().await;
        }
        let stored = StoredSession::sealed(account_id, sealed);
        let store = self.sessions.clone();
        match off_ui_thread(move || store.save(&stored)).await {
            Ok(()) => {
                self.keys.set(Some(key));
                Some(settings)
            }
            Err(e) => {
                tracing::warn!(error = %e, "quick unlock: the keychain refused the session");
                None
            }
        }
    }

    #[cfg(target_arch = "wasm32")]
    async fn update_quick_unlock(&self, _settings: LockSettings) -> Option<LockSettings> {
        None
    }

    /// New settings for the quick unlock already on.
    #[cfg(not(target_arch = "wasm32"))]
    async fn update_quick_unlock(&self, mut settings: LockSettings) -> Option<LockSettings> {
        let _one_at_a_time = self.keychain_gate.lock().await;
        let key = self.keys.get()?;
        let store = self.sessions.clone();
        let current = off_ui_thread(move || store.load()).await.ok()??;
        let mut sealed = current.sealed?;
        if settings.biometric && !sealed.settings.biometric {
            if self.biometrics.enroll(key.bytes()).await.is_err() {
                settings.biometric = false;
            }
        } else if !settings.biometric && sealed.settings.biometric {
            self.biometrics.forget().await;
        }
        sealed.settings = settings;
        let stored = StoredSession::sealed(current.account_id, sealed);
        let store = self.sessions.clone();
        off_ui_thread(move || store.save(&stored)).await.ok()?;
        Some(settings)
    }

    #[cfg(target_arch = "wasm32")]
    async fn unlock_with_pin(&self, _pin: crate::flows::lock::Pin) -> UnlockOutcome {
        UnlockOutcome::Gone
    }

    /// The PIN tried on the sealed session: the failure counted in the keychain before the
    /// PIN is judged, reset when it opens; then the session renewed with the server.
    #[cfg(not(target_arch = "wasm32"))]
    async fn unlock_with_pin(&self, pin: crate::flows::lock::Pin) -> UnlockOutcome {
        let gate = self.keychain_gate.lock().await;
        let store = self.sessions.clone();
        let tried = off_ui_thread(move || {
            let Some(mut current) = store.load()? else {
                return Ok(None);
            };
            let Some(sealed) = current.sealed.as_mut() else {
                return Ok(None);
            };
            if sealed.failures >= crate::flows::lock::MAX_PIN_FAILURES {
                return Ok(Some(Err(sealed.failures)));
            }
            sealed.failures += 1;
            let failures = sealed.failures;
            store.save(&current)?;
            let Some(sealed) = current.sealed.as_mut() else {
                return Ok(None);
            };
            match sealed
                .key_for_pin(&pin)
                .and_then(|key| Ok((sealed.token(&key)?, key)))
            {
                Ok((token, key)) => {
                    sealed.failures = 0;
                    store.save(&current)?;
                    Ok(Some(Ok((current.account_id, token, key))))
                }
                Err(_) => Ok(Some(Err(failures))),
            }
        })
        .await;
        drop(gate);
        match tried {
            Ok(Some(Ok((account_id, token, key)))) => {
                self.keys.set(Some(key));
                UnlockOutcome::Opened(self.check_session(account_id, token).await)
            }
            Ok(Some(Err(failures))) => UnlockOutcome::WrongPin { failures },
            Ok(None) => UnlockOutcome::Gone,
            Err(e) => {
                tracing::warn!(error = %e, "the keychain could not be read to unlock");
                UnlockOutcome::Gone
            }
        }
    }

    #[cfg(target_arch = "wasm32")]
    async fn unlock_with_biometric(&self, _lang: crate::i18n::Lang) -> UnlockOutcome {
        UnlockOutcome::BiometricRefused
    }

    /// The biometric prompt releases the key; the session opened with it.
    #[cfg(not(target_arch = "wasm32"))]
    async fn unlock_with_biometric(&self, lang: crate::i18n::Lang) -> UnlockOutcome {
        let reason = crate::i18n::Translations::new().tr(lang, "unlock-biometric-reason", &[]);
        let Ok(bytes) = self.biometrics.release(reason).await else {
            return UnlockOutcome::BiometricRefused;
        };
        let key = super::unlock::SessionKey::from_bytes(bytes);
        let store = self.sessions.clone();
        let Ok(Some(current)) = off_ui_thread(move || store.load()).await else {
            return UnlockOutcome::Gone;
        };
        let Some(sealed) = current.sealed else {
            return UnlockOutcome::Gone;
        };
        match sealed.token(&key) {
            Ok(token) => {
                self.keys.set(Some(key));
                UnlockOutcome::Opened(self.check_session(current.account_id, token).await)
            }
            Err(_) => UnlockOutcome::BiometricRefused,
        }
    }
}

/// Runs a blocking keychain call off the async workers (native) or inline (web, where the
/// store is in memory).
async fn off_ui_thread<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, super::session_store::SessionError> + Send + 'static,
) -> Result<T, super::session_store::SessionError> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        match tokio::runtime::Handle::try_current() {
            Ok(handle) => handle.spawn_blocking(f).await.unwrap_or_else(|e| {
                Err(super::session_store::SessionError::Unavailable(
                    e.to_string(),
                ))
            }),
            Err(_) => f(),
        }
    }
    #[cfg(target_arch = "wasm32")]
    {
        f()
    }
}
