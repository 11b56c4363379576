//! The one effect loop, used by the app and by the tests: [`Services::run`] sends a [`Msg`] to
//! the root model through its [`Host`], executes every effect it returns against the services
//! (requests, keychain off the UI thread, preferences, language), and feeds each answer back
//! as a new message, until the model is idle. Showing a screen is the host's job (the router
//! in the app, a record in the tests).

use super::Services;
use super::preferences::{INSTALLED_KEY, LANGUAGE_KEY, RESUME_KEY};
use super::session_store::StoredSession;
use crate::flows::model::{Msg, Restored, Screen};
use crate::flows::{Effect, ResumePoint, certificate, private};
use chrono::{DateTime, Utc};
use std::collections::VecDeque;

/// Who owns the model: the app's signal, or a test's cell. The loop holds no state of its own.
pub trait Host {
    /// Applies `msg` to the model at the host's current time; returns the effects.
    fn update(&self, msg: Msg) -> Vec<Effect>;
    /// Shows `screen`.
    fn show(&self, screen: Screen);
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
                Effect::Send(request) => {
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
                let stored = StoredSession {
                    account_id: session.profile.account_id.clone(),
                    refresh_token: session.refresh_token.clone(),
                };
                let store = self.sessions.clone();
                if let Err(e) = off_ui_thread(move || store.save(&stored)).await {
                    tracing::warn!(error = %e, "the session could not be kept in the keychain");
                }
            }
            Effect::HoldSession(session) => self.api.set_session(Some(&session)),
            Effect::ClearSession => {
                self.api.set_session(None);
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
            Effect::UseLanguage { tag, remember } => {
                self.api.set_language(tag);
                if remember {
                    self.preferences.set(LANGUAGE_KEY, tag);
                }
            }
            Effect::Send(_)
            | Effect::RestoreSession
            | Effect::Show(_)
            | Effect::Navigate(_)
            | Effect::PrepareFile { .. } => {}
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
        match self.api.refresh(stored.refresh_token.clone()).await {
            Ok(session) => Restored::SignedIn(session),
            Err(e) => match e.code() {
                Some(macnss_api::ErrorCode::SessionExpired) => Restored::Expired {
                    account_id: stored.account_id,
                },
                Some(macnss_api::ErrorCode::AppVersionUnsupported) => Restored::UpdateRequired,
                _ => Restored::Unreachable {
                    account_id: stored.account_id,
                },
            },
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
