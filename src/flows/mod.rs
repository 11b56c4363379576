//! The app's flows as pure state machines: sign-up wizard, sign-in (with the forced change of
//! a temporary password), password recovery, and the signed-in session.
//!
//! No Dioxus, no I/O. Each flow is a struct with `update(event, now) -> Vec<Effect>`: events
//! are what the user meant (`Submit`, `Edit`, `Back`) or what a request returned
//! (`Response`); effects are plain values the shell executes (send a request, store or clear
//! the session in the keychain, navigate, save or drop the resume point). The flow's state is
//! the only "pending" flag: while a request runs, every intent that would send another is
//! ignored, so a double tap can never send twice.

pub mod form;
pub mod recovery;
pub mod session;
pub mod sign_in;
pub mod sign_up;

use chrono::{DateTime, Utc};
use macnss_api::types::Channel;
use macnss_api::types::*;
use macnss_api::{ErrorCode, Problem};

/// Why a request failed, as the screens need to tell it apart.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// No network: check the connection.
    #[error("offline")]
    Offline,
    /// The server did not answer in time.
    #[error("timed out")]
    Timeout,
    /// The server failed (5xx without a problem body, or an unreadable answer).
    #[error("service unavailable (HTTP {status})")]
    Unavailable { status: u16 },
    /// The server refused with a problem body (validation, wrong code, limits, …).
    #[error("{}", .0.code.as_str())]
    Problem(Problem),
}

impl ApiError {
    /// The contract's error code, when the server gave one.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ApiError::Problem(p) => Some(p.code),
            _ => None,
        }
    }

    /// True when trying the same request again later may succeed.
    pub fn is_retryable(&self) -> bool {
        match self {
            ApiError::Offline | ApiError::Timeout | ApiError::Unavailable { .. } => true,
            ApiError::Problem(p) => p.code == ErrorCode::Internal || p.retry_after.is_some(),
        }
    }
}

/// The `Idempotency-Key` of a code-sending request: the same for every retry of one send (so a
/// retry after a lost answer sends no second SMS), new for each deliberate new send (a resend,
/// another number or channel). Opaque: a transaction id, a counter and a hash of the
/// destination, never the destination itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendKey(pub String);

impl SendKey {
    pub fn new(transaction: &str, sends_so_far: u32, destination: &str) -> Self {
        // FNV-1a: stable across platforms and releases, enough to tell destinations apart.
        let hash = destination.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        Self(format!("{transaction}.{sends_so_far}.{hash:016x}"))
    }
}

/// Every request a flow can ask the shell to send.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    SignupStart(SignupStartRequest),
    SignupContact(SignupContactRequest, SendKey),
    SignupResend(SignupResendRequest, SendKey),
    SignupVerify(SignupVerifyRequest),
    SignIn(SignInRequest),
    ChangePassword(ChangePasswordRequest),
    SignOut(SignOutRequest),
    RecoveryStart(RecoveryStartRequest),
    RecoverySend(RecoverySendRequest, SendKey),
    RecoveryVerify(RecoveryVerifyRequest),
    RecoveryComplete(RecoveryCompleteRequest),
}

/// What a successful request returned.
#[derive(Debug, Clone, PartialEq)]
pub enum Response {
    SignupStarted(SignupStartResponse),
    CodeSent(CodeSentResponse),
    SignupCompleted(SignupCompleteResponse),
    Session(SessionResponse),
    RecoveryStarted(RecoveryStartResponse),
    RecoveryVerified(RecoveryVerifiedResponse),
    /// A request with no body in its answer (sign-out, recovery complete).
    Done,
}

/// Where the app should go next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    Welcome,
    /// The sign-in page, with the identifier filled in when known.
    SignIn {
        identifier: Option<String>,
    },
    /// «Mot de passe oublié», with the identifier filled in when known.
    Recovery {
        identifier: Option<String>,
    },
    PrivateSpace,
}

/// A code-step that survives the app being killed while the user reads the SMS. Holds only
/// what the step needs: an opaque transaction id, masked destination and deadlines — never an
/// ID number, a code or a password.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ResumePoint {
    pub flow: ResumeFlow,
    pub transaction_id: String,
    pub masked_destination: String,
    /// Where the code went (recovery offers SMS or e-mail; sign-up always uses SMS).
    pub channel: Channel,
    pub code_expires_at: DateTime<Utc>,
    pub resend_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResumeFlow {
    SignUp,
    Recovery,
}

/// What the shell must do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Send(Request),
    /// Keep the session's tokens in the OS keychain.
    StoreSession(SessionResponse),
    /// Remove the session from the keychain (sign-out, revoked session).
    ClearSession,
    Navigate(Destination),
    SaveResume(ResumePoint),
    ClearResume,
}

#[cfg(test)]
mod tests;

/// What the shell needs to drive any flow: its events, its update, and how a request's
/// result comes back as an event.
pub trait Flow {
    type Event;
    fn update(&mut self, event: Self::Event, now: DateTime<Utc>) -> Vec<Effect>;
    fn response(result: Result<Response, ApiError>) -> Self::Event;
}

impl Flow for sign_up::SignUp {
    type Event = sign_up::Event;
    fn update(&mut self, event: Self::Event, now: DateTime<Utc>) -> Vec<Effect> {
        sign_up::SignUp::update(self, event, now)
    }
    fn response(result: Result<Response, ApiError>) -> Self::Event {
        sign_up::Event::Response(result)
    }
}

impl Flow for sign_in::SignIn {
    type Event = sign_in::Event;
    fn update(&mut self, event: Self::Event, now: DateTime<Utc>) -> Vec<Effect> {
        sign_in::SignIn::update(self, event, now)
    }
    fn response(result: Result<Response, ApiError>) -> Self::Event {
        sign_in::Event::Response(result)
    }
}

impl Flow for recovery::Recovery {
    type Event = recovery::Event;
    fn update(&mut self, event: Self::Event, now: DateTime<Utc>) -> Vec<Effect> {
        recovery::Recovery::update(self, event, now)
    }
    fn response(result: Result<Response, ApiError>) -> Self::Event {
        recovery::Event::Response(result)
    }
}
