//! Executes the flows' effects against the services: sends requests, keeps or clears the
//! session in the keychain (off the UI thread), saves or drops the resume point. Navigation
//! is handed back to the caller (the router in the app, an assertion in the tests).

use super::Services;
use super::preferences::{INSTALLED_KEY, RESUME_KEY};
use super::session_store::StoredSession;
use crate::flows::{ApiError, Destination, Effect, Flow, Response, ResumePoint};
use chrono::{DateTime, Utc};

/// What an effect produced that the caller must act on.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A request's result, to feed back into the flow.
    Response(Result<Response, ApiError>),
    Navigate(Destination),
    None,
}

impl Services {
    /// Runs one effect. Keychain failures are logged and treated as "signed out": the app
    /// goes on and never falls back to a file.
    pub async fn run(&self, effect: Effect) -> Outcome {
        match effect {
            Effect::Send(request) => Outcome::Response(self.api.send(request).await),
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
                Outcome::None
            }
            Effect::ClearSession => {
                self.api.set_session(None);
                let store = self.sessions.clone();
                if let Err(e) = off_ui_thread(move || store.clear()).await {
                    tracing::warn!(error = %e, "the keychain could not be cleared");
                }
                Outcome::None
            }
            Effect::SaveResume(point) => {
                if let Ok(json) = serde_json::to_string(&point) {
                    self.preferences.set(RESUME_KEY, &json);
                }
                Outcome::None
            }
            Effect::ClearResume => {
                self.preferences.remove(RESUME_KEY);
                Outcome::None
            }
            Effect::Navigate(d) => Outcome::Navigate(d),
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

    /// Sends `event` to `flow` and runs every effect, feeding responses back, until the flow
    /// is idle. Returns where it asked to navigate, if anywhere. The tests drive journeys
    /// with this; the UI runs the same effects as tasks.
    pub async fn drive<F: Flow>(
        &self,
        flow: &mut F,
        event: F::Event,
        now: impl Fn() -> DateTime<Utc>,
    ) -> Option<Destination> {
        let mut queue: std::collections::VecDeque<Effect> = flow.update(event, now()).into();
        let mut destination = None;
        while let Some(effect) = queue.pop_front() {
            match self.run(effect).await {
                Outcome::Response(r) => queue.extend(flow.update(F::response(r), now())),
                Outcome::Navigate(d) => destination = Some(d),
                Outcome::None => {}
            }
        }
        destination
    }
}

/// What the keychain held at launch, once checked with the server.
#[derive(Debug, Clone, PartialEq)]
pub enum Restored {
    /// The session is alive: its refreshed tokens and the profile.
    SignedIn(macnss_api::types::SessionResponse),
    /// The server ended the session: sign in again, identifier kept.
    Expired {
        account_id: String,
    },
    /// The server could not be reached: the tokens stay in the keychain for the next try.
    Unreachable {
        account_id: String,
    },
    SignedOut,
}

impl Services {
    /// At launch: clears a keychain item left by a previous installation, then refreshes the
    /// stored session. A network error never signs out or deletes the tokens.
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
            Ok(session) => {
                let renewed = StoredSession {
                    account_id: session.profile.account_id.clone(),
                    refresh_token: session.refresh_token.clone(),
                };
                let store = self.sessions.clone();
                if let Err(e) = off_ui_thread(move || store.save(&renewed)).await {
                    tracing::warn!(error = %e, "the refreshed session could not be kept");
                }
                Restored::SignedIn(session)
            }
            Err(e) if e.code() == Some(macnss_api::ErrorCode::SessionExpired) => {
                let store = self.sessions.clone();
                let _ = off_ui_thread(move || store.clear()).await;
                Restored::Expired {
                    account_id: stored.account_id,
                }
            }
            Err(_) => Restored::Unreachable {
                account_id: stored.account_id,
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
