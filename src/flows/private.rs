//! The private space («Mon espace»): everything that exists only while a full session is open.
//! The root model holds it as `Option<PrivateSpace>`: created by a full sign-in or a restored
//! session, dropped whole by sign-out and by expiry, so nothing of one person outlives their
//! session. A restricted session (temporary password) never creates one.

use super::remote::{Fetched, Remote};
use super::{ApiError, Effect, Request, Response};
use chrono::{DateTime, Utc};
use macnss_api::types::{Profile, SessionResponse, Token};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrivateSpace {
    /// Who is signed in, as the session said (shown at once).
    pub profile: Profile,
    refresh_token: Token,
    /// The profile as the server has it now (`GET /v1/me`).
    pub me: Remote<Profile>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The space's home is shown: load what it shows unless it is there (a failed load is
    /// tried again).
    Opened,
    /// «Actualiser» or «Réessayer».
    Refresh,
    Response(Result<Response, ApiError>),
}

impl PrivateSpace {
    /// The space of a full session, opened at `now`. `None` for a restricted one. The profile
    /// came with the session, so it is shown as fetched then, without a second request;
    /// «Actualiser» asks the server again.
    pub fn open(session: &SessionResponse, now: DateTime<Utc>) -> Option<Self> {
        (!session.password_change_required).then(|| Self {
            profile: session.profile.clone(),
            refresh_token: session.refresh_token.clone(),
            me: Remote::Loaded(Fetched {
                value: session.profile.clone(),
                fetched_at: now,
            }),
        })
    }

    pub fn account_id(&self) -> &str {
        &self.profile.account_id
    }

    /// The refresh token, to tell the server at sign-out.
    pub fn refresh_token(&self) -> &Token {
        &self.refresh_token
    }

    /// The tokens were renewed (a refresh behind an authenticated request).
    pub fn renewed(&mut self, session: &SessionResponse) {
        self.refresh_token = session.refresh_token.clone();
        self.profile = session.profile.clone();
    }

    pub fn update(&mut self, event: Event, now: DateTime<Utc>) -> Vec<Effect> {
        match event {
            Event::Opened => send_if(self.me.load()),
            Event::Refresh => send_if(self.me.refresh()),
            Event::Response(result) => {
                let result = match result {
                    Ok(Response::Profile(p)) => Ok(p),
                    // An answer of the wrong kind is a contract violation.
                    Ok(_) => Err(ApiError::Unavailable { status: 200 }),
                    Err(e) => Err(e),
                };
                // Only the answer this space waits for (a late one changes nothing).
                if !self.me.is_loading() {
                    return vec![];
                }
                if let Ok(p) = &result {
                    self.profile = p.clone();
                }
                self.me.finish(result, now);
                vec![]
            }
        }
    }
}

fn send_if(needed: bool) -> Vec<Effect> {
    if needed {
        vec![Effect::Send(Request::Me)]
    } else {
        vec![]
    }
}
