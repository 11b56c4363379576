//! The signed-in session as the app sees it: who is signed in, sign-out (which clears the
//! keychain first, even offline), and the expiry of a session (back to sign-in with the
//! identifier kept).

use super::{Destination, Effect, Request};
use macnss_api::types::{Profile, SessionResponse, SignOutRequest, Token};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Session {
    pub profile: Option<Profile>,
    refresh_token: Option<Token>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A session was opened (sign-in) or read back from the keychain at launch.
    SignedIn(SessionResponse),
    SignOut,
    /// The server said the session is over (refresh refused).
    Expired,
}

impl Session {
    pub fn is_signed_in(&self) -> bool {
        self.profile.is_some()
    }

    pub fn update(&mut self, event: Event) -> Vec<Effect> {
        match event {
            Event::SignedIn(session) => {
                self.profile = Some(session.profile);
                self.refresh_token = Some(session.refresh_token);
                vec![]
            }
            Event::SignOut => {
                self.profile = None;
                // The keychain is cleared first and unconditionally; telling the server is
                // best effort (it may be unreachable) and cannot bring the session back.
                let mut effects = vec![Effect::ClearSession];
                if let Some(refresh_token) = self.refresh_token.take() {
                    effects.push(Effect::Send(Request::SignOut(SignOutRequest {
                        refresh_token,
                    })));
                }
                effects.push(Effect::Navigate(Destination::Welcome));
                effects
            }
            Event::Expired => {
                let identifier = self.profile.take().map(|p| p.account_id);
                self.refresh_token = None;
                vec![
                    Effect::ClearSession,
                    Effect::Navigate(Destination::SignIn { identifier }),
                ]
            }
        }
    }
}
