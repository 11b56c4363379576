//! The app's core as pure state machines: the root [`model::Model`] (launch, session, version
//! gate, navigation, language) and the flows it owns — sign-up wizard, sign-in (with the
//! forced change of a temporary password), password recovery, and the private space with its
//! read-only data ([`remote::Remote`]).
//!
//! No Dioxus, no I/O. Each flow is a struct with `update(event, now) -> Vec<Effect>`: events
//! are what the user meant (`Submit`, `Edit`, `Back`, `Retry`) or what a request returned
//! (`Response`); effects are plain values the effect loop (`services::runner`) executes (send a
//! request, store or clear the session in the keychain, navigate, save or drop the resume
//! point). The flow's state is the only "pending" flag: while a request runs, every intent that
//! would send another is ignored, so a double tap can never send twice.

pub mod account;
pub mod attestations;
pub mod bank;
pub mod certificate;
pub mod form;
pub mod inbox;
pub mod lock;
pub mod model;
pub mod private;
pub mod push;
pub mod recovery;
pub mod remote;
pub mod report;
pub mod sign_in;
pub mod sign_up;

use chrono::{DateTime, Utc};
use macnss_api::account::{
    AccountOverview, AccountStepUpRequest, AccountStepUpResponse, ContactChangeRequest,
    ContactResendRequest, ContactVerifyRequest, DeleteAccountRequest,
};
use macnss_api::attestation::{Catalog, IssueRequest, Issued, PublishedKeys};
use macnss_api::records::{
    Agency, BankAccount, BankAccountChange, Career, Claim, Claims, Family, Payments, Report,
    ReportRequest, Reports, SchoolingCheck, SpaceSummary, StepUpRequest, StepUpResponse,
    UploadType,
};
use macnss_api::types::Channel;
use macnss_api::types::*;
use macnss_api::{ErrorCode, Problem};
use private::Part;

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
    /// The answer of an authenticated request that came back after its session ended (a
    /// sign-out, another person's sign-in): it belongs to nobody on this phone now, and the
    /// model drops it whatever it says. Never shown.
    #[error("the session that sent the request has ended")]
    Superseded,
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
            ApiError::Superseded => false,
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

    /// The transaction the key belongs to (a form's scope).
    pub fn scope(&self) -> &str {
        self.0.rsplitn(3, '.').nth(2).unwrap_or_default()
    }
}

/// Every request a flow can ask the shell to send.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// The signed-in person's profile (`GET /v1/me`), with the access token.
    Me,
    /// The private space's records, with the access token.
    Space,
    Career,
    Claims,
    Claim(String),
    Family,
    /// A school certificate: the file's bytes and type, for a child.
    Certificate {
        child_id: String,
        media_type: UploadType,
        bytes: certificate::FileBytes,
        key: SendKey,
    },
    Payments,
    BankStepUp(StepUpRequest, SendKey),
    ChangeBankAccount(BankAccountChange),
    Reports,
    CreateReport(ReportRequest, SendKey),
    /// The agencies (public: no token).
    Agencies,
    /// «Mon compte»: contact details and sessions.
    Account,
    /// The password again, for the contact change or the deletion (its answer goes back to
    /// that form only).
    AccountStepUp(AccountStepUpRequest, StepUpFor),
    ChangeContact(ContactChangeRequest, SendKey),
    ResendContactCode(ContactResendRequest, SendKey),
    VerifyContact(ContactVerifyRequest),
    /// The password changed from «Mon compte» (the same operation as the forced change, for
    /// the private space).
    AccountPassword(ChangePasswordRequest),
    /// Sign out another device, by its session's public id.
    RevokeSession(String),
    RevokeOtherSessions,
    DeleteAccount(DeleteAccountRequest),
    /// «Mes attestations»: what may be asked for, and what was issued.
    Attestations,
    /// One attestation generated (the same facts give the same document: no key needed).
    IssueAttestation(IssueRequest),
    /// The issuer's public keys (no token), for the offline verification.
    AttestationKeys,
    /// «Mes messages»: a page (`None`: the first; else the cursor the last page gave).
    Inbox(Option<String>),
    /// The long poll for messages numbered above this one (sent as [`Effect::Listen`]).
    InboxWait(i64),
    /// A message read, by its id.
    MarkRead(String),
    /// Every message read, up to this number (the newest shown).
    MarkAllRead(i64),
    /// One message, by the id a push notification carried.
    InboxMessage(String),
    /// The server's VAPID key (no token), for a browser's push subscription.
    PushWebKey,
    /// This device registered for pushes.
    RegisterDevice(macnss_api::push::RegisterDeviceRequest),
    /// The topics pushed.
    PushPreferences,
    SetPushPreferences(macnss_api::push::PushPreferences),
}

/// Which form a step-up is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepUpFor {
    Contact,
    Deletion,
}

/// The part of the model a request's answer goes back to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    SignUp,
    SignIn,
    Recovery,
    /// A part of the private space.
    Private(private::Part),
    /// The agencies (every screen's «Contacter la CNSS»).
    Agencies,
    /// «Vérifier une attestation» (public: its keys).
    Verify,
    /// Nobody waits for the answer (sign-out: the keychain was already cleared).
    Nobody,
}

impl Request {
    /// Which flow sent this request, so its answer goes back there.
    pub fn target(&self) -> Target {
        use Request as R;
        match self {
            R::SignupStart(_) | R::SignupContact(..) | R::SignupResend(..) | R::SignupVerify(_) => {
                Target::SignUp
            }
            R::SignIn(_) | R::ChangePassword(_) => Target::SignIn,
            R::RecoveryStart(_)
            | R::RecoverySend(..)
            | R::RecoveryVerify(_)
            | R::RecoveryComplete(_) => Target::Recovery,
            R::Me => Target::Private(Part::Me),
            R::Space => Target::Private(Part::Summary),
            R::Career => Target::Private(Part::Career),
            R::Claims => Target::Private(Part::Claims),
            R::Claim(id) => Target::Private(Part::Claim(id.clone())),
            R::Family => Target::Private(Part::Family),
            R::Certificate { key, .. } => {
                Target::Private(Part::Certificate(key.scope().to_owned()))
            }
            R::Payments => Target::Private(Part::Payments),
            R::BankStepUp(..) | R::ChangeBankAccount(_) => Target::Private(Part::Bank),
            R::Reports => Target::Private(Part::Reports),
            R::CreateReport(..) => Target::Private(Part::Report),
            R::Agencies => Target::Agencies,
            R::Account => Target::Private(Part::Account),
            R::RevokeSession(_) | R::RevokeOtherSessions => Target::Private(Part::Sessions),
            R::AccountStepUp(_, StepUpFor::Contact) => Target::Private(Part::Contact),
            R::AccountStepUp(_, StepUpFor::Deletion) => Target::Private(Part::Deletion),
            R::ChangeContact(..) | R::ResendContactCode(..) | R::VerifyContact(_) => {
                Target::Private(Part::Contact)
            }
            R::AccountPassword(_) => Target::Private(Part::Password),
            R::DeleteAccount(_) => Target::Private(Part::Deletion),
            R::Attestations => Target::Private(Part::Attestations),
            R::IssueAttestation(_) => Target::Private(Part::Issue),
            R::AttestationKeys => Target::Verify,
            R::Inbox(None) => Target::Private(Part::Inbox),
            R::Inbox(Some(_)) => Target::Private(Part::InboxMore),
            R::InboxWait(_) => Target::Private(Part::InboxWait),
            R::InboxMessage(_) => Target::Private(Part::InboxOpen),
            R::PushPreferences | R::SetPushPreferences(_) => Target::Private(Part::PushPreferences),
            // Sent by the effect loop itself, on its way to an `Outcome`.
            R::PushWebKey | R::RegisterDevice(_) => Target::Nobody,
            // Shown read at once; the next page or refresh says what the server kept.
            R::MarkRead(_) | R::MarkAllRead(_) => Target::Nobody,
            R::SignOut(_) => Target::Nobody,
        }
    }
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
    Profile(Profile),
    Summary(SpaceSummary),
    Career(Box<Career>),
    Claims(Claims),
    Claim(Box<Claim>),
    Family(Family),
    Schooling(SchoolingCheck),
    Payments(Payments),
    StepUp(StepUpResponse),
    BankAccount(BankAccount),
    Reports(Reports),
    Report(Report),
    Agencies(Vec<Agency>),
    Account(AccountOverview),
    AccountStepUp(AccountStepUpResponse),
    Catalog(Box<Catalog>),
    Issued(Box<Issued>),
    AttestationKeys(PublishedKeys),
    /// A document's PDF, downloaded and handed to the device by the effect loop (its bytes
    /// never enter the model): what became of it.
    PdfSaved(attestations::Saved),
    InboxPage(Box<macnss_api::inbox::Inbox>),
    InboxChanges(Box<macnss_api::inbox::InboxChanges>),
    InboxMessage(Box<macnss_api::inbox::InboxMessage>),
    WebPushKey(macnss_api::push::WebPushKey),
    DeviceRegistered(macnss_api::push::DeviceRegistered),
    PushPreferences(macnss_api::push::PushPreferences),
    /// A request with no body in its answer (sign-out, recovery complete).
    Done,
}

/// Where a flow asks the app to go next. The root model turns it into a [`model::Screen`]
/// after preparing the flow that screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    Welcome,
    /// A new sign-up, from its first step.
    SignUp,
    /// The sign-in page, with the identifier filled in when known.
    SignIn {
        identifier: Option<String>,
    },
    /// «Mot de passe oublié», with the identifier filled in when known.
    Recovery {
        identifier: Option<String>,
    },
    PrivateSpace,
    /// The online account was deleted: the person is forgotten, the notice shown.
    AccountDeleted,
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
    /// Codes sent so far in this flow: the next send's idempotency key counts from here, so a
    /// resend after a resume is a new send and not a replay of the last one. (A point saved
    /// before this field existed reads as one send: the step was reached by sending a code.)
    #[serde(default = "one_send")]
    pub sends: u32,
}

fn one_send() -> u32 {
    1
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResumeFlow {
    SignUp,
    Recovery,
}

/// What the effect loop must do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Send(Request),
    /// A request the server may hold open (the inbox's long poll): run beside the effect
    /// loop, so that nothing queued after it waits; its answer comes back as any other.
    Listen(Request),
    /// Use the session's tokens and keep them in the OS keychain (a full session only: the
    /// root model holds a restricted one in memory, see [`Effect::HoldSession`]).
    StoreSession(SessionResponse),
    /// Use the session's tokens for requests, in memory only, never in the keychain (the
    /// restricted session of a temporary password: SECURITY.md).
    HoldSession(SessionResponse),
    /// Forget the session: the tokens in memory and the keychain item.
    ClearSession,
    /// A flow's wish; the root model turns it into [`Effect::Show`].
    Navigate(Destination),
    /// Show this screen (the router's job).
    Show(model::Screen),
    /// Show this screen in place of the one shown (which only led there: a notification's
    /// message, opened), so that going back does not come back to it.
    Replace(model::Screen),
    SaveResume(ResumePoint),
    ClearResume,
    /// Read the keychain at launch and check the session with the server; the answer comes
    /// back as [`model::Msg::Restored`].
    RestoreSession,
    /// Prepare a picked file for sending (a photo downscaled and re-encoded, which drops its
    /// metadata); the answer comes back as a certificate event.
    PrepareFile {
        /// The upload it is for (its answer goes back to that upload only).
        scope: String,
        media_type: UploadType,
        bytes: certificate::FileBytes,
    },
    /// Quick unlock turned on: a new key sealing this session in the keychain, wrapped by the
    /// PIN (and kept by the biometric prompt when chosen). The answer comes back as
    /// [`model::Msg::QuickUnlockSet`].
    EnableQuickUnlock {
        account_id: String,
        refresh_token: Token,
        pin: lock::Pin,
        settings: lock::LockSettings,
    },
    /// New settings for the quick unlock already on (the key in memory re-seals).
    UpdateQuickUnlock(lock::LockSettings),
    /// Quick unlock turned off: the session kept unsealed again, the biometric copy of the
    /// key forgotten.
    DisableQuickUnlock {
        account_id: String,
        refresh_token: Token,
    },
    /// The app locks: the tokens and the key forgotten from memory (the sealed session stays
    /// in the keychain).
    Lock,
    /// Try the PIN on the sealed session; answers [`model::Msg::Unlocked`].
    UnlockWithPin(lock::Pin),
    /// Ask the biometric prompt for the key (its reason in this language).
    UnlockWithBiometric(crate::i18n::Lang),
    /// Whether the platform's biometric prompt can be offered; answers
    /// [`model::Msg::BiometricsAvailable`].
    CheckBiometrics,
    /// Download the PDF of the document `id` (authenticated) and save it as the platform does
    /// (web: a download; desktop: the Downloads folder; phones: the share sheet); the answer
    /// comes back as [`Response::PdfSaved`] for [`private::Part::Pdf`].
    SavePdf {
        id: String,
        file_name: String,
    },
    /// Read the issuer's keys kept in the preferences; answers
    /// [`attestations::VerifyEvent::KeysRead`].
    ReadAttestationKeys,
    /// Ask the platform whether this app may notify; answers [`push::Event::Permission`].
    CheckPush,
    /// Turn pushes on for this device: the platform's permission and subscription, then the
    /// registration with the server (notifications in `lang`; `None`: the app's language
    /// as kept in the preferences); answers [`push::Event::Enabled`].
    EnablePush {
        lang: Option<String>,
    },
    /// Keep the issuer's public keys in the preferences (public: not a secret).
    KeepAttestationKeys(PublishedKeys),
    /// Requests and messages in this language; `remember` when the user picked it (a
    /// negotiated language is not saved, so a device language change is followed).
    UseLanguage {
        tag: &'static str,
        remember: bool,
    },
}

#[cfg(test)]
mod tests;
