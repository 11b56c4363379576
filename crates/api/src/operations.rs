//! Every operation of the API, declared once: method, path, input and output types, who may
//! call it, whether it takes an `Idempotency-Key`, and the refusals it can answer. The server
//! mounts its handlers from these declarations and builds its OpenAPI document from them; the
//! app's client sends requests from them. One zero-sized type per operation, implementing
//! [`Operation`]; [`for_each_operation!`](crate::for_each_operation) lists them all.
//!
//! ```
//! use macnss_api::operations::{Auth, Method, Operation, SignIn};
//! assert_eq!((SignIn::METHOD, SignIn::PATH), (Method::Post, "/v1/session"));
//! assert_eq!(SignIn::AUTH, Auth::None);
//! ```

use crate::account;
use crate::attestation;
use crate::error::ErrorCode;
use crate::inbox;
use crate::push;
use crate::records;
use crate::routes;
use crate::types::{
    ChangePasswordRequest, CodeSentResponse, Profile, RecoveryCompleteRequest, RecoverySendRequest,
    RecoveryStartRequest, RecoveryStartResponse, RecoveryVerifiedResponse, RecoveryVerifyRequest,
    RefreshRequest, SessionResponse, SignInRequest, SignOutRequest, SignupCompleteResponse,
    SignupContactRequest, SignupResendRequest, SignupStartRequest, SignupStartResponse,
    SignupVerifyRequest, TermsQuery, TermsResponse,
};
use serde::{Deserialize, Serialize};

/// The HTTP method of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    Get,
    Post,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
        }
    }
}

/// Where an operation's [`Operation::Request`] travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Input {
    /// Nothing is sent (`Request` is [`Nothing`]).
    None,
    /// A JSON body (`Content-Type: application/json`).
    Json,
    /// The query string (`Request` serialised as `application/x-www-form-urlencoded`).
    Query,
    /// A file as the raw body (`Request` is [`FileBody`]), its `Content-Type` one of
    /// [`crate::records::UploadType`], at most [`crate::records::MAX_UPLOAD_BYTES`].
    File,
}

/// What a success answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Output {
    /// `200` with `Response` as JSON.
    Json,
    /// `200` with a plain-text body (`Response` is [`PlainText`]).
    Text,
    /// `204 No Content` (`Response` is [`Nothing`]).
    NoContent,
    /// `200` with a PDF document as the body (`Response` is [`PdfDocument`]).
    Pdf,
}

/// Who may call an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Auth {
    /// No credentials.
    None,
    /// `Authorization: Bearer <access token>` of a full session. A session opened with a
    /// temporary password is refused (`403 password_change_required`): every private
    /// operation but the password change.
    FullSession,
    /// `Authorization: Bearer <access token>` of any live session, including one opened with a
    /// temporary password: the password change only.
    AnySession,
}

/// No input, or no output. (Serialises as `null`, so a generic client can bound `Request:
/// Serialize` and `Response: DeserializeOwned`; it sends nothing for [`Input::None`] and reads
/// nothing for [`Output::NoContent`].)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Nothing;

/// A plain-text answer (`text/plain`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PlainText(pub String);

/// A file sent as the raw body ([`Input::File`]): never serialised, the client sends the
/// bytes with their media type.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FileBody;

/// The file's schema: bytes (`format: binary`), documented once per accepted media type.
#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for FileBody {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Binary)))
            .description(Some(
                "The file's bytes: a JPEG, PNG or PDF, read from its content (not its name or \
                 `Content-Type`), at most 5 MB.",
            ))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for FileBody {}

/// A PDF document as the raw body ([`Output::Pdf`]): never serialised, the client reads the
/// bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PdfDocument;

#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for PdfDocument {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Binary)))
            .description(Some("A PDF document (A4, French and Arabic)."))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for PdfDocument {}

/// A JSON document with no schema of its own (the OpenAPI document).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct JsonDocument;

/// One operation of the API.
pub trait Operation {
    /// Stable name: the OpenAPI `operationId`, and the scope of its idempotency keys.
    const ID: &'static str;
    const METHOD: Method;
    /// The path, from [`crate::routes`].
    const PATH: &'static str;
    /// The OpenAPI tag (area of the API).
    const TAG: &'static str;
    /// One line on what it does.
    const SUMMARY: &'static str;
    /// More on what it does (may be empty).
    const DESCRIPTION: &'static str = "";
    const AUTH: Auth;
    /// Takes an optional `Idempotency-Key` header ([`routes::IDEMPOTENCY_KEY_HEADER`]): a retry
    /// with the same key and body gets the first successful answer again and sends nothing.
    const IDEMPOTENCY_KEY: bool = false;
    const INPUT: Input;
    const OUTPUT: Output;
    /// What a success means (the success response's description).
    const ANSWER: &'static str;
    /// The refusals particular to this operation. Those that follow from the declaration are
    /// added by [`errors`]: see there.
    const ERRORS: &'static [ErrorCode];
    /// The input: the JSON body ([`Input::Json`]), the query ([`Input::Query`]) or
    /// [`Nothing`].
    type Request;
    /// The answer of a success ([`Output::Json`]), [`PlainText`], or [`Nothing`] (204).
    type Response;
}

/// Every refusal `O` can answer: its own [`Operation::ERRORS`], then those that follow from its
/// declaration —
/// a body or query: `malformed_request`, and `payload_too_large` for a body;
/// an `Idempotency-Key`: `malformed_request` (a bad key), `idempotency_key_reused`,
/// `request_in_progress`;
/// a bearer token: `session_expired`, and `password_change_required` for a full session;
/// a path with ids: `malformed_request` (not an id of this server) and `not_found` (not the
/// caller's); a file: `payload_too_large` and `file_type_refused`;
/// a path under [`routes::API_PREFIX`] (`/v1/`): `rate_limited` (per client);
/// every operation: `app_version_unsupported` (an `x-app-version` older than the server's
/// minimum) and `internal`.
pub fn errors<O: Operation>() -> Vec<ErrorCode> {
    let mut all: Vec<ErrorCode> = O::ERRORS.to_vec();
    let mut add = |c: ErrorCode| {
        if !all.contains(&c) {
            all.push(c);
        }
    };
    match O::INPUT {
        Input::Json => {
            add(ErrorCode::MalformedRequest);
            add(ErrorCode::PayloadTooLarge);
        }
        Input::Query => add(ErrorCode::MalformedRequest),
        Input::File => {
            add(ErrorCode::PayloadTooLarge);
            add(ErrorCode::FileTypeRefused);
        }
        Input::None => {}
    }
    if !routes::parameters(O::PATH).is_empty() {
        // An id that is not one of this server's: 400; one that is not the caller's: 404.
        add(ErrorCode::MalformedRequest);
        add(ErrorCode::NotFound);
    }
    if O::IDEMPOTENCY_KEY {
        add(ErrorCode::MalformedRequest);
        add(ErrorCode::IdempotencyKeyReused);
        add(ErrorCode::RequestInProgress);
    }
    match O::AUTH {
        Auth::None => {}
        Auth::AnySession => add(ErrorCode::SessionExpired),
        Auth::FullSession => {
            add(ErrorCode::SessionExpired);
            add(ErrorCode::PasswordChangeRequired);
        }
    }
    if O::PATH.starts_with(routes::API_PREFIX) {
        add(ErrorCode::RateLimited);
    }
    add(ErrorCode::AppVersionUnsupported);
    add(ErrorCode::Internal);
    all
}

/// Calls `$m!(Operation, …)` with every operation of this crate, once each: the one list.
///
/// ```
/// macro_rules! count { ($($op:ty),*) => { [$(<$op as macnss_api::operations::Operation>::ID),*].len() } }
/// assert_eq!(macnss_api::for_each_operation!(count), 50);
/// ```
#[macro_export]
macro_rules! for_each_operation {
    ($m:ident) => {
        $m!(
            $crate::operations::Healthz,
            $crate::operations::OpenApi,
            $crate::operations::Terms,
            $crate::operations::SignupStart,
            $crate::operations::SignupContact,
            $crate::operations::SignupResend,
            $crate::operations::SignupVerify,
            $crate::operations::SignIn,
            $crate::operations::Refresh,
            $crate::operations::SignOut,
            $crate::operations::Me,
            $crate::operations::ChangePassword,
            $crate::operations::RecoveryStart,
            $crate::operations::RecoverySend,
            $crate::operations::RecoveryVerify,
            $crate::operations::RecoveryComplete,
            $crate::operations::Space,
            $crate::operations::Career,
            $crate::operations::Claims,
            $crate::operations::Claim,
            $crate::operations::Family,
            $crate::operations::Certificate,
            $crate::operations::Payments,
            $crate::operations::BankStepUp,
            $crate::operations::ChangeBankAccount,
            $crate::operations::Reports,
            $crate::operations::CreateReport,
            $crate::operations::Agencies,
            $crate::operations::Account,
            $crate::operations::AccountStepUp,
            $crate::operations::ChangeContact,
            $crate::operations::ResendContactCode,
            $crate::operations::VerifyContact,
            $crate::operations::RevokeSession,
            $crate::operations::RevokeOtherSessions,
            $crate::operations::DeleteAccount,
            $crate::operations::Attestations,
            $crate::operations::IssueAttestation,
            $crate::operations::AttestationPdf,
            $crate::operations::AttestationKeys,
            $crate::operations::Inbox,
            $crate::operations::InboxWait,
            $crate::operations::MarkRead,
            $crate::operations::MarkAllRead,
            $crate::operations::InboxMessage,
            $crate::operations::PushWebKey,
            $crate::operations::RegisterDevice,
            $crate::operations::RemoveDevice,
            $crate::operations::PushPreferences,
            $crate::operations::SetPushPreferences
        )
    };
}

/// `GET /healthz`.
pub struct Healthz;
impl Operation for Healthz {
    const ID: &'static str = "healthz";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::HEALTHZ;
    const TAG: &'static str = "meta";
    const SUMMARY: &'static str = "Liveness and database readiness.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Text;
    const ANSWER: &'static str = "The server and its database answer (`ok`)";
    const ERRORS: &'static [ErrorCode] = &[ErrorCode::ServiceUnavailable];
    type Request = Nothing;
    type Response = PlainText;
}

/// `GET /openapi.json`.
pub struct OpenApi;
impl Operation for OpenApi {
    const ID: &'static str = "openapi";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::OPENAPI;
    const TAG: &'static str = "meta";
    const SUMMARY: &'static str = "This document.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The OpenAPI 3 document of this API";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = Nothing;
    type Response = JsonDocument;
}

/// `GET /v1/terms`.
pub struct Terms;
impl Operation for Terms {
    const ID: &'static str = "terms";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::TERMS;
    const TAG: &'static str = "sign-up";
    const SUMMARY: &'static str = "The current terms of use (CGU), in the requested language.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::Query;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The CGU's version and text";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = TermsQuery;
    type Response = TermsResponse;
}

/// `POST /v1/signup/start`.
pub struct SignupStart;
impl Operation for SignupStart {
    const ID: &'static str = "signup_start";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::SIGNUP_START;
    const TAG: &'static str = "sign-up";
    const SUMMARY: &'static str = "Step 1: who the person is.";
    const DESCRIPTION: &'static str = "Matches the identity against the registry (an Assuré, or \
        an Ayant droit of an insured person) and opens a sign-up.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "A sign-up is open";
    const ERRORS: &'static [ErrorCode] = &[
        ErrorCode::ValidationFailed,
        ErrorCode::IdDocumentExpired,
        ErrorCode::IdentityNotFound,
        ErrorCode::AccountExists,
    ];
    type Request = SignupStartRequest;
    type Response = SignupStartResponse;
}

/// `POST /v1/signup/contact`.
pub struct SignupContact;
impl Operation for SignupContact {
    const ID: &'static str = "signup_contact";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::SIGNUP_CONTACT;
    const TAG: &'static str = "sign-up";
    const SUMMARY: &'static str =
        "Step 2: phone, e-mail and CGU acceptance; sends the code by SMS.";
    const AUTH: Auth = Auth::None;
    const IDEMPOTENCY_KEY: bool = true;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The code was sent";
    const ERRORS: &'static [ErrorCode] = &[
        ErrorCode::ValidationFailed,
        ErrorCode::TransactionExpired,
        ErrorCode::AccountExists,
        ErrorCode::TooManyAttempts,
    ];
    type Request = SignupContactRequest;
    type Response = CodeSentResponse;
}

/// `POST /v1/signup/resend`.
pub struct SignupResend;
impl Operation for SignupResend {
    const ID: &'static str = "signup_resend";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::SIGNUP_RESEND;
    const TAG: &'static str = "sign-up";
    const SUMMARY: &'static str =
        "Sends a new sign-up code to the same number, after the cooldown.";
    const AUTH: Auth = Auth::None;
    const IDEMPOTENCY_KEY: bool = true;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "A new code was sent";
    const ERRORS: &'static [ErrorCode] = &[
        ErrorCode::TransactionExpired,
        ErrorCode::ResendTooSoon,
        ErrorCode::TooManyAttempts,
    ];
    type Request = SignupResendRequest;
    type Response = CodeSentResponse;
}

/// `POST /v1/signup/verify`.
pub struct SignupVerify;
impl Operation for SignupVerify {
    const ID: &'static str = "signup_verify";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::SIGNUP_VERIFY;
    const TAG: &'static str = "sign-up";
    const SUMMARY: &'static str = "Step 3: the code; creates the account.";
    const DESCRIPTION: &'static str =
        "Sends the account identifier and a temporary password by SMS.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The account exists; its credentials were sent";
    const ERRORS: &'static [ErrorCode] = &[
        ErrorCode::ValidationFailed,
        ErrorCode::TransactionExpired,
        ErrorCode::AccountExists,
        ErrorCode::CodeInvalid,
        ErrorCode::CodeExpired,
        ErrorCode::TooManyAttempts,
    ];
    type Request = SignupVerifyRequest;
    type Response = SignupCompleteResponse;
}

/// `POST /v1/session`.
pub struct SignIn;
impl Operation for SignIn {
    const ID: &'static str = "sign_in";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::SIGN_IN;
    const TAG: &'static str = "session";
    const SUMMARY: &'static str = "Sign in with the 9-digit identifier and the password.";
    const DESCRIPTION: &'static str = "A session opened with the temporary password says \
        `password_change_required` and may only change the password.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "A new session";
    const ERRORS: &'static [ErrorCode] = &[
        ErrorCode::ValidationFailed,
        ErrorCode::InvalidCredentials,
        ErrorCode::TemporaryPasswordExpired,
        ErrorCode::SlowDown,
    ];
    type Request = SignInRequest;
    type Response = SessionResponse;
}

/// `POST /v1/session/refresh`.
pub struct Refresh;
impl Operation for Refresh {
    const ID: &'static str = "refresh";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::REFRESH;
    const TAG: &'static str = "session";
    const SUMMARY: &'static str = "Exchanges a refresh token for new tokens.";
    const DESCRIPTION: &'static str = "A refresh token works once: presenting a used one \
        revokes its whole session. A restricted session stays restricted.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The session's new tokens";
    const ERRORS: &'static [ErrorCode] = &[
        ErrorCode::SessionExpired,
        ErrorCode::TemporaryPasswordExpired,
    ];
    type Request = RefreshRequest;
    type Response = SessionResponse;
}

/// `POST /v1/session/sign-out`.
pub struct SignOut;
impl Operation for SignOut {
    const ID: &'static str = "sign_out";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::SIGN_OUT;
    const TAG: &'static str = "session";
    const SUMMARY: &'static str =
        "Signs out: revokes the session of this refresh token. Unknown tokens are ignored.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::NoContent;
    const ANSWER: &'static str = "Signed out";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = SignOutRequest;
    type Response = Nothing;
}

/// `GET /v1/me`.
pub struct Me;
impl Operation for Me {
    const ID: &'static str = "me";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::ME;
    const TAG: &'static str = "session";
    const SUMMARY: &'static str = "The signed-in person.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The profile";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = Nothing;
    type Response = Profile;
}

/// `POST /v1/me/password`.
pub struct ChangePassword;
impl Operation for ChangePassword {
    const ID: &'static str = "change_password";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::CHANGE_PASSWORD;
    const TAG: &'static str = "session";
    const SUMMARY: &'static str = "Changes the password (the temporary one included): the one operation a restricted \
         session may call.";
    const DESCRIPTION: &'static str =
        "Every other session is revoked; the answer is a new, unrestricted session.";
    const AUTH: Auth = Auth::AnySession;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "A new, unrestricted session";
    const ERRORS: &'static [ErrorCode] = &[
        ErrorCode::PasswordTooWeak,
        ErrorCode::InvalidCredentials,
        ErrorCode::TemporaryPasswordExpired,
        ErrorCode::SlowDown,
    ];
    type Request = ChangePasswordRequest;
    type Response = SessionResponse;
}

/// `POST /v1/recovery/start`.
pub struct RecoveryStart;
impl Operation for RecoveryStart {
    const ID: &'static str = "recovery_start";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::RECOVERY_START;
    const TAG: &'static str = "recovery";
    const SUMMARY: &'static str = "Step 1: who is recovering.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The channels, masked; also for an unknown identifier (decoy \
        channels, indistinguishable)";
    const ERRORS: &'static [ErrorCode] = &[ErrorCode::ValidationFailed];
    type Request = RecoveryStartRequest;
    type Response = RecoveryStartResponse;
}

/// `POST /v1/recovery/send`.
pub struct RecoverySend;
impl Operation for RecoverySend {
    const ID: &'static str = "recovery_send";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::RECOVERY_SEND;
    const TAG: &'static str = "recovery";
    const SUMMARY: &'static str =
        "Step 2: sends the code on the chosen channel (again: after the cooldown).";
    const AUTH: Auth = Auth::None;
    const IDEMPOTENCY_KEY: bool = true;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The code was sent";
    const ERRORS: &'static [ErrorCode] = &[
        ErrorCode::TransactionExpired,
        ErrorCode::ResendTooSoon,
        ErrorCode::TooManyAttempts,
    ];
    type Request = RecoverySendRequest;
    type Response = CodeSentResponse;
}

/// `POST /v1/recovery/verify`.
pub struct RecoveryVerify;
impl Operation for RecoveryVerify {
    const ID: &'static str = "recovery_verify";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::RECOVERY_VERIFY;
    const TAG: &'static str = "recovery";
    const SUMMARY: &'static str = "Step 3: the code → a single-use reset token.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The reset token";
    const ERRORS: &'static [ErrorCode] = &[
        ErrorCode::ValidationFailed,
        ErrorCode::TransactionExpired,
        ErrorCode::CodeInvalid,
        ErrorCode::CodeExpired,
        ErrorCode::TooManyAttempts,
    ];
    type Request = RecoveryVerifyRequest;
    type Response = RecoveryVerifiedResponse;
}

/// `POST /v1/recovery/complete`.
pub struct RecoveryComplete;
impl Operation for RecoveryComplete {
    const ID: &'static str = "recovery_complete";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::RECOVERY_COMPLETE;
    const TAG: &'static str = "recovery";
    const SUMMARY: &'static str = "Step 4: the new password.";
    const DESCRIPTION: &'static str =
        "The holder is told on the other channel; every session is revoked.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::NoContent;
    const ANSWER: &'static str = "Password changed; every session revoked";
    const ERRORS: &'static [ErrorCode] =
        &[ErrorCode::PasswordTooWeak, ErrorCode::TransactionExpired];
    type Request = RecoveryCompleteRequest;
    type Response = Nothing;
}

// ---------------------------------------------------------------------------------------------
// The private space: every operation answers only the session holder's records; another
// person's id answers 404, as an id that does not exist.

/// `GET /v1/space`.
pub struct Space;
impl Operation for Space {
    const ID: &'static str = "space";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::SPACE;
    const TAG: &'static str = "space";
    const SUMMARY: &'static str = "What «Mon espace» shows on each card.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The summary of the holder's records";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = Nothing;
    type Response = records::SpaceSummary;
}

/// `GET /v1/career`.
pub struct Career;
impl Operation for Career {
    const ID: &'static str = "career";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::CAREER;
    const TAG: &'static str = "space";
    const SUMMARY: &'static str =
        "The salary declarations, their totals, gaps, and the benefits they open.";
    const DESCRIPTION: &'static str = "Insured persons only: a dependant is answered \
        `not_available`. The eligibility is computed with the shared rules of \
        `macnss_api::benefits`, as of today in Casablanca.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The career";
    const ERRORS: &'static [ErrorCode] = &[ErrorCode::NotAvailable];
    type Request = Nothing;
    type Response = records::Career;
}

/// `GET /v1/claims`.
pub struct Claims;
impl Operation for Claims {
    const ID: &'static str = "claims";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::CLAIMS;
    const TAG: &'static str = "space";
    const SUMMARY: &'static str = "AMO reimbursement claims, newest first.";
    const DESCRIPTION: &'static str = "An insured person sees the claims of the household; a \
        dependant only those where they are the beneficiary.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The claims and their beneficiaries";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = Nothing;
    type Response = records::Claims;
}

/// `GET /v1/claims/{claim_id}`.
pub struct Claim;
impl Operation for Claim {
    const ID: &'static str = "claim";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::CLAIM;
    const TAG: &'static str = "space";
    const SUMMARY: &'static str = "One claim with its timeline.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The claim";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = Nothing;
    type Response = records::Claim;
}

/// `GET /v1/family`.
pub struct Family;
impl Operation for Family {
    const ID: &'static str = "family";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::FAMILY;
    const TAG: &'static str = "space";
    const SUMMARY: &'static str =
        "The children, their family allowances and the yearly TAWIDATY schooling check.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The family";
    const ERRORS: &'static [ErrorCode] = &[ErrorCode::NotAvailable];
    type Request = Nothing;
    type Response = records::Family;
}

/// `POST /v1/family/children/{child_id}/certificate`.
pub struct Certificate;
impl Operation for Certificate {
    const ID: &'static str = "certificate";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::CERTIFICATE;
    const TAG: &'static str = "space";
    const SUMMARY: &'static str = "Sends a child's school certificate (JPEG, PNG or PDF, 5 MB).";
    const DESCRIPTION: &'static str = "The body is the file; its type is read from its content, \
        not its name or `Content-Type`. Replaces a certificate not yet checked. A retry with the \
        same `Idempotency-Key` and bytes stores nothing twice.";
    const AUTH: Auth = Auth::FullSession;
    const IDEMPOTENCY_KEY: bool = true;
    const INPUT: Input = Input::File;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The certificate was received; the check as it now stands";
    const ERRORS: &'static [ErrorCode] =
        &[ErrorCode::NotAvailable, ErrorCode::CertificateNotExpected];
    type Request = FileBody;
    type Response = records::SchoolingCheck;
}

/// `GET /v1/payments`.
pub struct Payments;
impl Operation for Payments {
    const ID: &'static str = "payments";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::PAYMENTS;
    const TAG: &'static str = "space";
    const SUMMARY: &'static str =
        "Every payment CNSS made, newest first; the pension; the bank account, masked.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The payments";
    const ERRORS: &'static [ErrorCode] = &[ErrorCode::NotAvailable];
    type Request = Nothing;
    type Response = records::Payments;
}

/// `POST /v1/bank-account/step-up`.
pub struct BankStepUp;
impl Operation for BankStepUp {
    const ID: &'static str = "bank_step_up";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::BANK_STEP_UP;
    const TAG: &'static str = "space";
    const SUMMARY: &'static str =
        "Changing the bank account, step 1: the password again; sends a code by SMS.";
    const DESCRIPTION: &'static str = "The password is checked as at sign-in (a wrong one \
        counts towards the same slow-down); the code goes to the account's phone, under the \
        caps of every code (cooldown, sends per hour and day). A new step-up replaces the \
        previous one. Its `Idempotency-Key` is bound to the session, not to the body: the \
        body is a password, and no fast hash of a password is stored.";
    const AUTH: Auth = Auth::FullSession;
    const IDEMPOTENCY_KEY: bool = true;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The code was sent";
    const ERRORS: &'static [ErrorCode] = &[
        ErrorCode::NotAvailable,
        ErrorCode::InvalidCredentials,
        ErrorCode::SlowDown,
        ErrorCode::ResendTooSoon,
        ErrorCode::TooManyAttempts,
    ];
    type Request = records::StepUpRequest;
    type Response = records::StepUpResponse;
}

/// `POST /v1/bank-account`.
pub struct ChangeBankAccount;
impl Operation for ChangeBankAccount {
    const ID: &'static str = "change_bank_account";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::BANK_ACCOUNT;
    const TAG: &'static str = "space";
    const SUMMARY: &'static str =
        "Changing the bank account, step 2: the code and the new RIB; the holder is notified.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The new account, masked";
    const ERRORS: &'static [ErrorCode] = &[
        ErrorCode::ValidationFailed,
        ErrorCode::NotAvailable,
        ErrorCode::TransactionExpired,
        ErrorCode::CodeInvalid,
        ErrorCode::CodeExpired,
        ErrorCode::TooManyAttempts,
    ];
    type Request = records::BankAccountChange;
    type Response = records::BankAccount;
}

/// `GET /v1/reports`.
pub struct Reports;
impl Operation for Reports {
    const ID: &'static str = "reports";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::REPORTS;
    const TAG: &'static str = "space";
    const SUMMARY: &'static str = "Reports of a missing declaration, newest first.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The reports";
    const ERRORS: &'static [ErrorCode] = &[ErrorCode::NotAvailable];
    type Request = Nothing;
    type Response = records::Reports;
}

/// `POST /v1/reports`.
pub struct CreateReport;
impl Operation for CreateReport {
    const ID: &'static str = "create_report";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::REPORTS;
    const TAG: &'static str = "space";
    const SUMMARY: &'static str = "Reports a month missing from the career («réclamation»).";
    const AUTH: Auth = Auth::FullSession;
    const IDEMPOTENCY_KEY: bool = true;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The report, submitted";
    const ERRORS: &'static [ErrorCode] = &[
        ErrorCode::ValidationFailed,
        ErrorCode::NotAvailable,
        ErrorCode::ReportExists,
    ];
    type Request = records::ReportRequest;
    type Response = records::Report;
}

/// `GET /v1/agencies`.
pub struct Agencies;
impl Operation for Agencies {
    const ID: &'static str = "agencies";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::AGENCIES;
    const TAG: &'static str = "space";
    const SUMMARY: &'static str = "CNSS agencies, by city, with their phone.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The agencies";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = Nothing;
    type Response = Vec<records::Agency>;
}

/// `GET /v1/account`.
pub struct Account;
impl Operation for Account {
    const ID: &'static str = "account";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::ACCOUNT;
    const TAG: &'static str = "account";
    const SUMMARY: &'static str =
        "«Mon compte»: the contact details, masked, and every session still open.";
    const DESCRIPTION: &'static str = "The current session first, then by last use. A \
        session's sign-in time is given to the hour and its last use to the minute; no \
        address or place is kept or shown.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The account";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = Nothing;
    type Response = account::AccountOverview;
}

/// `POST /v1/account/step-up`.
pub struct AccountStepUp;
impl Operation for AccountStepUp {
    const ID: &'static str = "account_step_up";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::ACCOUNT_STEP_UP;
    const TAG: &'static str = "account";
    const SUMMARY: &'static str =
        "The password again, before changing the contact details or deleting the account.";
    const DESCRIPTION: &'static str = "Checked as at sign-in (a wrong one counts towards the \
        same slow-down). The id it answers is valid for 10 minutes, for this session only; \
        a new step-up replaces the previous one.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The step-up";
    const ERRORS: &'static [ErrorCode] = &[ErrorCode::InvalidCredentials, ErrorCode::SlowDown];
    type Request = account::AccountStepUpRequest;
    type Response = account::AccountStepUpResponse;
}

/// `POST /v1/account/contact`.
pub struct ChangeContact;
impl Operation for ChangeContact {
    const ID: &'static str = "change_contact";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::ACCOUNT_CONTACT;
    const TAG: &'static str = "account";
    const SUMMARY: &'static str =
        "A new phone or e-mail, after a step-up: a code goes to the new destination.";
    const DESCRIPTION: &'static str = "Under the caps of every code (sends per identity and \
        destination, the cooldown, distinct destinations per identity). The same phone or \
        e-mail as now is refused (`unchanged`). Nothing changes until the code is verified.";
    const AUTH: Auth = Auth::FullSession;
    const IDEMPOTENCY_KEY: bool = true;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The code was sent";
    const ERRORS: &'static [ErrorCode] = &[
        ErrorCode::ValidationFailed,
        ErrorCode::TransactionExpired,
        ErrorCode::TooManyAttempts,
        ErrorCode::ResendTooSoon,
    ];
    type Request = account::ContactChangeRequest;
    type Response = CodeSentResponse;
}

/// `POST /v1/account/contact/resend`.
pub struct ResendContactCode;
impl Operation for ResendContactCode {
    const ID: &'static str = "resend_contact_code";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::ACCOUNT_CONTACT_RESEND;
    const TAG: &'static str = "account";
    const SUMMARY: &'static str = "Another code to the new destination (after the cooldown).";
    const AUTH: Auth = Auth::FullSession;
    const IDEMPOTENCY_KEY: bool = true;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The code was sent";
    const ERRORS: &'static [ErrorCode] = &[
        ErrorCode::TransactionExpired,
        ErrorCode::TooManyAttempts,
        ErrorCode::ResendTooSoon,
    ];
    type Request = account::ContactResendRequest;
    type Response = CodeSentResponse;
}

/// `POST /v1/account/contact/verify`.
pub struct VerifyContact;
impl Operation for VerifyContact {
    const ID: &'static str = "verify_contact";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::ACCOUNT_CONTACT_VERIFY;
    const TAG: &'static str = "account";
    const SUMMARY: &'static str = "The code received at the new destination: the change is made.";
    const DESCRIPTION: &'static str = "The old destination is told (a new phone: an SMS to the \
        old one and an e-mail; a new e-mail: a message to the old one), with no code, name \
        or new destination in the notice.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The account, changed";
    const ERRORS: &'static [ErrorCode] = &[
        ErrorCode::ValidationFailed,
        ErrorCode::TransactionExpired,
        ErrorCode::CodeInvalid,
        ErrorCode::CodeExpired,
        ErrorCode::TooManyAttempts,
    ];
    type Request = account::ContactVerifyRequest;
    type Response = account::AccountOverview;
}

/// `POST /v1/account/sessions/{session_id}/revoke`.
pub struct RevokeSession;
impl Operation for RevokeSession {
    const ID: &'static str = "revoke_session";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::ACCOUNT_SESSION_REVOKE;
    const TAG: &'static str = "account";
    const SUMMARY: &'static str =
        "Signs out another device: its tokens stop working at their next request.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The account, without that session";
    const ERRORS: &'static [ErrorCode] = &[ErrorCode::CurrentSession];
    type Request = Nothing;
    type Response = account::AccountOverview;
}

/// `POST /v1/account/sessions/revoke-others`.
pub struct RevokeOtherSessions;
impl Operation for RevokeOtherSessions {
    const ID: &'static str = "revoke_other_sessions";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::ACCOUNT_SESSIONS_REVOKE_OTHERS;
    const TAG: &'static str = "account";
    const SUMMARY: &'static str = "Signs out every device but this one.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The account, with this session only";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = Nothing;
    type Response = account::AccountOverview;
}

/// `POST /v1/account/delete`.
pub struct DeleteAccount;
impl Operation for DeleteAccount {
    const ID: &'static str = "delete_account";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::ACCOUNT_DELETE;
    const TAG: &'static str = "account";
    const SUMMARY: &'static str =
        "Deletes the online account (not the CNSS record), after a step-up and the confirmation.";
    const DESCRIPTION: &'static str = "Every session ends; the account's credentials, contact \
        details, sessions, codes and pending messages are deleted; the CNSS record (its uploads \
        and reports included) stays; the abuse counters stay until they age out (24 h at most), \
        the person's without the destinations they named, those kept per destination as they \
        are. The holder is told by e-mail and SMS first. A new account can be created later \
        with the same identity.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::NoContent;
    const ANSWER: &'static str = "The account is deleted";
    const ERRORS: &'static [ErrorCode] =
        &[ErrorCode::ValidationFailed, ErrorCode::TransactionExpired];
    type Request = account::DeleteAccountRequest;
    type Response = Nothing;
}

// ---------------------------------------------------------------------------------------------
// Attestations: documents the holder asks for, and the keys anyone verifies them with.

/// `GET /v1/attestations`.
pub struct Attestations;
impl Operation for Attestations {
    const ID: &'static str = "attestations";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::ATTESTATIONS;
    const TAG: &'static str = "attestations";
    const SUMMARY: &'static str =
        "The attestations the holder may ask for, and those already issued.";
    const DESCRIPTION: &'static str = "A dependant may ask only for their own AMO rights; the \
        attestation of non-immatriculation is listed as issued by agencies only.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The list";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = Nothing;
    type Response = attestation::Catalog;
}

/// `POST /v1/attestations`.
pub struct IssueAttestation;
impl Operation for IssueAttestation {
    const ID: &'static str = "issue_attestation";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::ATTESTATIONS;
    const TAG: &'static str = "attestations";
    const SUMMARY: &'static str = "Issues a signed attestation from the holder's records (the same facts: the same document).";
    const DESCRIPTION: &'static str = "The facts come from the holder's own records today; the \
        statement is signed (COSE_Sign1, Ed25519) and its code printed as a QR on the PDF. \
        Asking again for the same kind, period and beneficiary while the facts are unchanged \
        answers the document already issued. `not_available`: not for this account (a \
        dependant's, no pension, nothing declared, non-immatriculation).";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The document issued";
    const ERRORS: &'static [ErrorCode] = &[
        ErrorCode::ValidationFailed,
        ErrorCode::NotAvailable,
        ErrorCode::NotFound,
    ];
    type Request = attestation::IssueRequest;
    type Response = attestation::Issued;
}

/// `GET /v1/attestations/{attestation_id}/pdf`.
pub struct AttestationPdf;
impl Operation for AttestationPdf {
    const ID: &'static str = "attestation_pdf";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::ATTESTATION_PDF;
    const TAG: &'static str = "attestations";
    const SUMMARY: &'static str = "The PDF of a document issued to the holder.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Pdf;
    const ANSWER: &'static str = "The PDF";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = Nothing;
    type Response = PdfDocument;
}

/// `GET /.well-known/macnss-attestation-keys.json`.
pub struct AttestationKeys;
impl Operation for AttestationKeys {
    const ID: &'static str = "attestation_keys";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::ATTESTATION_KEYS;
    const TAG: &'static str = "attestations";
    const SUMMARY: &'static str =
        "Every public key attestations were ever signed with (a rotated key stays).";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The keys";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = Nothing;
    type Response = attestation::PublishedKeys;
}

// ---------------------------------------------------------------------------------------------
// The inbox («Mes messages»): what the server tells the person, rendered by the app.

/// `GET /v1/inbox`.
pub struct Inbox;
impl Operation for Inbox {
    const ID: &'static str = "inbox";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::INBOX;
    const TAG: &'static str = "inbox";
    const SUMMARY: &'static str =
        "A page of the holder's messages: unread first, then newest first.";
    const DESCRIPTION: &'static str = "Each message holds a notice (what happened, as ids, \
        dates and states), which the app renders in the reader's language and links to the \
        screen it concerns. `cursor`: the `next` of the previous page (`malformed_request` \
        for anything else).";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::Query;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The page";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = inbox::InboxQuery;
    type Response = inbox::Inbox;
}

/// `GET /v1/inbox/wait`.
pub struct InboxWait;
impl Operation for InboxWait {
    const ID: &'static str = "inbox_wait";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::INBOX_WAIT;
    const TAG: &'static str = "inbox";
    const SUMMARY: &'static str = "Waits for messages newer than `after` (a long poll).";
    const DESCRIPTION: &'static str = "Answers as soon as a message numbered above `after` \
        exists (the server looks every second, so several instances behind one database \
        answer alike), or after 15 seconds with none. The app asks again with the `latest` \
        it got: live updates without a stream, through any webview and proxy.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::Query;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The new messages, oldest first, and the counts";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = inbox::InboxWaitQuery;
    type Response = inbox::InboxChanges;
}

/// `POST /v1/inbox/{message_id}/read`.
pub struct MarkRead;
impl Operation for MarkRead {
    const ID: &'static str = "mark_read";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::INBOX_READ;
    const TAG: &'static str = "inbox";
    const SUMMARY: &'static str = "Marks one message read (again: no change).";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::NoContent;
    const ANSWER: &'static str = "Read";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = Nothing;
    type Response = Nothing;
}

/// `POST /v1/inbox/read-all`.
pub struct MarkAllRead;
impl Operation for MarkAllRead {
    const ID: &'static str = "mark_all_read";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::INBOX_READ_ALL;
    const TAG: &'static str = "inbox";
    const SUMMARY: &'static str = "Marks read every message numbered up to `up_to`.";
    const DESCRIPTION: &'static str = "`up_to`: the newest message the app has shown (a \
        message posted since stays unread).";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::NoContent;
    const ANSWER: &'static str = "All read";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = inbox::MarkAllReadRequest;
    type Response = Nothing;
}

/// `GET /v1/inbox/{message_id}`.
pub struct InboxMessage;
impl Operation for InboxMessage {
    const ID: &'static str = "inbox_message";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::INBOX_MESSAGE;
    const TAG: &'static str = "inbox";
    const SUMMARY: &'static str = "One message, by the id a push notification carried.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The message";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = Nothing;
    type Response = inbox::InboxMessage;
}

// ---------------------------------------------------------------------------------------------
// Push notifications: the devices they go to and the topics pushed.

/// `GET /v1/push/web-key`.
pub struct PushWebKey;
impl Operation for PushWebKey {
    const ID: &'static str = "push_web_key";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::PUSH_WEB_KEY;
    const TAG: &'static str = "push";
    const SUMMARY: &'static str = "The server's VAPID public key (RFC 8292), for a browser's \
        push subscription.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The key";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = Nothing;
    type Response = push::WebPushKey;
}

/// `POST /v1/push/devices`.
pub struct RegisterDevice;
impl Operation for RegisterDevice {
    const ID: &'static str = "register_device";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::PUSH_DEVICES;
    const TAG: &'static str = "push";
    const SUMMARY: &'static str = "Registers this device for push notifications, under this \
        session.";
    const DESCRIPTION: &'static str = "The target is what the platform's push service gave \
        the app: a Web Push subscription, an FCM token or an APNs token. The same target \
        registered again (by this or another account) is moved to this session; `replaces` \
        removes the caller's registration the new token replaces. Pushes stop when the \
        session ends (sign-out, revocation) and when the push service says the target is \
        gone. A Web Push endpoint must be one of the push services the server sends to \
        (`malformed_request` otherwise).";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "Registered";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = push::RegisterDeviceRequest;
    type Response = push::DeviceRegistered;
}

/// `POST /v1/push/devices/{device_id}/remove`.
pub struct RemoveDevice;
impl Operation for RemoveDevice {
    const ID: &'static str = "remove_device";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::PUSH_DEVICE_REMOVE;
    const TAG: &'static str = "push";
    const SUMMARY: &'static str = "Stops pushes to one of the holder's devices.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::NoContent;
    const ANSWER: &'static str = "Removed";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = Nothing;
    type Response = Nothing;
}

/// `GET /v1/push/preferences`.
pub struct PushPreferences;
impl Operation for PushPreferences {
    const ID: &'static str = "push_preferences";
    const METHOD: Method = Method::Get;
    const PATH: &'static str = routes::PUSH_PREFERENCES;
    const TAG: &'static str = "push";
    const SUMMARY: &'static str = "The topics the holder does not want pushed.";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The preferences";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = Nothing;
    type Response = push::PushPreferences;
}

/// `POST /v1/push/preferences`.
pub struct SetPushPreferences;
impl Operation for SetPushPreferences {
    const ID: &'static str = "set_push_preferences";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = routes::PUSH_PREFERENCES;
    const TAG: &'static str = "push";
    const SUMMARY: &'static str = "Chooses the topics not pushed (the inbox keeps every \
        message).";
    const AUTH: Auth = Auth::FullSession;
    const INPUT: Input = Input::Json;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The preferences now";
    const ERRORS: &'static [ErrorCode] = &[];
    type Request = push::PushPreferences;
    type Response = push::PushPreferences;
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    macro_rules! declarations {
        ($($op:ty),*) => {
            vec![$((
                <$op as Operation>::ID,
                <$op as Operation>::METHOD,
                <$op as Operation>::PATH,
                errors::<$op>(),
            )),*]
        };
    }

    #[test]
    fn the_markers_serialise_as_nothing_and_a_bare_string() {
        assert_eq!(serde_json::to_string(&Nothing).expect("ser"), "null");
        assert_eq!(
            serde_json::to_string(&PlainText("ok".into())).expect("ser"),
            "\"ok\""
        );
    }

    #[test]
    fn every_operation_has_its_own_id_and_route() {
        let all = for_each_operation!(declarations);
        let ids: HashSet<_> = all.iter().map(|d| d.0).collect();
        let routes: HashSet<_> = all.iter().map(|d| (d.1, d.2)).collect();
        assert_eq!(ids.len(), all.len());
        assert_eq!(routes.len(), all.len());
    }

    #[test]
    fn the_refusals_that_follow_from_a_declaration_are_always_there() {
        for (id, _, path, errors) in for_each_operation!(declarations) {
            assert!(errors.contains(&ErrorCode::Internal), "{id}");
            assert!(errors.contains(&ErrorCode::AppVersionUnsupported), "{id}");
            assert_eq!(
                errors.contains(&ErrorCode::RateLimited),
                path.starts_with(routes::API_PREFIX),
                "{id}"
            );
        }
        let me = errors::<Me>();
        assert!(me.contains(&ErrorCode::SessionExpired));
        assert!(me.contains(&ErrorCode::PasswordChangeRequired));
        let change = errors::<ChangePassword>();
        assert!(!change.contains(&ErrorCode::PasswordChangeRequired));
        let send = errors::<RecoverySend>();
        assert!(send.contains(&ErrorCode::RequestInProgress));
        assert!(send.contains(&ErrorCode::IdempotencyKeyReused));
    }
}
