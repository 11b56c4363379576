//! The one error body of the API: RFC 9457 `application/problem+json` with a stable machine
//! [`ErrorCode`], per-field errors for `validation_failed`, and when to retry.

use crate::validate::ValidationError;
use serde::{Deserialize, Serialize};

/// Media type of every error response.
pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

/// Every error the API can answer with. Stable on the wire (snake_case); the app maps each to
/// a localized message by iterating [`ErrorCode::ALL`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// One or more fields were refused; see `errors`.
    ValidationFailed,
    /// The request body is not JSON of the expected shape.
    MalformedRequest,
    /// The request body is larger than the server accepts.
    PayloadTooLarge,
    /// The registry knows nobody with these identity details.
    IdentityNotFound,
    /// The identity document has expired.
    IdDocumentExpired,
    /// An account already exists for this person.
    AccountExists,
    /// The sign-up or recovery transaction is unknown or has expired: start again.
    TransactionExpired,
    /// The one-time code is wrong.
    CodeInvalid,
    /// The one-time code has expired: ask for a new one.
    CodeExpired,
    /// Too many wrong codes or too many codes sent: wait until `retry_after`.
    TooManyAttempts,
    /// A new code can be sent only after the cooldown: wait `retry_after` seconds.
    ResendTooSoon,
    /// Too many requests from this client or for this number: wait `retry_after` seconds.
    RateLimited,
    /// The identifier or the password is wrong (never says which).
    InvalidCredentials,
    /// Repeated failed sign-ins: wait `retry_after` seconds before trying again.
    SlowDown,
    /// The new password does not meet the policy; see `errors`.
    PasswordTooWeak,
    /// The session was opened with a temporary password: change it first.
    PasswordChangeRequired,
    /// The temporary password has expired: recover the account to choose a password.
    TemporaryPasswordExpired,
    /// The session has expired or was revoked: sign in again.
    SessionExpired,
    /// This version of the app is too old: update it.
    AppVersionUnsupported,
    /// No such resource.
    NotFound,
    /// This `Idempotency-Key` was already used for a different request body: send a new key
    /// for a new request.
    IdempotencyKeyReused,
    /// A request with this `Idempotency-Key` is still being processed: retry after
    /// `retry_after` seconds to get its answer.
    RequestInProgress,
    /// The service failed; the request can be retried.
    Internal,
    /// The service cannot answer for now (its database is unavailable); retry later.
    ServiceUnavailable,
    /// This service is not open to this account (a dependant's space has no career, family
    /// allowances, payments or bank account).
    NotAvailable,
    /// The file is not a JPEG, PNG or PDF (read from its content, not its name).
    FileTypeRefused,
    /// No certificate is expected for this child now (none asked for, or already checked).
    CertificateNotExpected,
    /// This month is already reported for this employer and the report is still open.
    ReportExists,
    /// The session named is the one making the request: sign out instead.
    CurrentSession,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 29] = [
        Self::ValidationFailed,
        Self::MalformedRequest,
        Self::PayloadTooLarge,
        Self::IdentityNotFound,
        Self::IdDocumentExpired,
        Self::AccountExists,
        Self::TransactionExpired,
        Self::CodeInvalid,
        Self::CodeExpired,
        Self::TooManyAttempts,
        Self::ResendTooSoon,
        Self::RateLimited,
        Self::InvalidCredentials,
        Self::SlowDown,
        Self::PasswordTooWeak,
        Self::PasswordChangeRequired,
        Self::TemporaryPasswordExpired,
        Self::SessionExpired,
        Self::AppVersionUnsupported,
        Self::NotFound,
        Self::IdempotencyKeyReused,
        Self::RequestInProgress,
        Self::Internal,
        Self::ServiceUnavailable,
        Self::NotAvailable,
        Self::FileTypeRefused,
        Self::CertificateNotExpected,
        Self::ReportExists,
        Self::CurrentSession,
    ];

    /// The stable snake_case name used on the wire and in message IDs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ValidationFailed => "validation_failed",
            Self::MalformedRequest => "malformed_request",
            Self::PayloadTooLarge => "payload_too_large",
            Self::IdentityNotFound => "identity_not_found",
            Self::IdDocumentExpired => "id_document_expired",
            Self::AccountExists => "account_exists",
            Self::TransactionExpired => "transaction_expired",
            Self::CodeInvalid => "code_invalid",
            Self::CodeExpired => "code_expired",
            Self::TooManyAttempts => "too_many_attempts",
            Self::ResendTooSoon => "resend_too_soon",
            Self::RateLimited => "rate_limited",
            Self::InvalidCredentials => "invalid_credentials",
            Self::SlowDown => "slow_down",
            Self::PasswordTooWeak => "password_too_weak",
            Self::PasswordChangeRequired => "password_change_required",
            Self::TemporaryPasswordExpired => "temporary_password_expired",
            Self::SessionExpired => "session_expired",
            Self::AppVersionUnsupported => "app_version_unsupported",
            Self::NotFound => "not_found",
            Self::IdempotencyKeyReused => "idempotency_key_reused",
            Self::RequestInProgress => "request_in_progress",
            Self::Internal => "internal",
            Self::ServiceUnavailable => "service_unavailable",
            Self::NotAvailable => "not_available",
            Self::FileTypeRefused => "file_type_refused",
            Self::CertificateNotExpected => "certificate_not_expected",
            Self::ReportExists => "report_exists",
            Self::CurrentSession => "current_session",
        }
    }

    /// The HTTP status the server answers this code with.
    pub fn status(self) -> u16 {
        match self {
            Self::ValidationFailed | Self::PasswordTooWeak | Self::IdempotencyKeyReused => 422,
            Self::MalformedRequest => 400,
            Self::PayloadTooLarge => 413,
            Self::IdentityNotFound | Self::NotFound => 404,
            Self::IdDocumentExpired => 422,
            Self::AccountExists | Self::RequestInProgress => 409,
            Self::TransactionExpired => 410,
            Self::CodeInvalid | Self::CodeExpired => 422,
            Self::TooManyAttempts | Self::ResendTooSoon | Self::RateLimited | Self::SlowDown => 429,
            Self::InvalidCredentials | Self::SessionExpired => 401,
            Self::TemporaryPasswordExpired => 401,
            Self::PasswordChangeRequired => 403,
            Self::AppVersionUnsupported => 426,
            Self::Internal => 500,
            Self::ServiceUnavailable => 503,
            Self::NotAvailable => 403,
            Self::FileTypeRefused => 415,
            Self::CertificateNotExpected | Self::ReportExists | Self::CurrentSession => 409,
        }
    }

    /// A short English summary, the RFC 9457 `title`. Users see localized text instead.
    pub fn title(self) -> &'static str {
        match self {
            Self::ValidationFailed => "Some fields were refused",
            Self::MalformedRequest => "The request body is not valid JSON for this operation",
            Self::PayloadTooLarge => "The request body is too large",
            Self::IdentityNotFound => "No registered person matches these details",
            Self::IdDocumentExpired => "The identity document has expired",
            Self::AccountExists => "An account already exists for this person",
            Self::TransactionExpired => "This request has expired; start again",
            Self::CodeInvalid => "The code is wrong",
            Self::CodeExpired => "The code has expired",
            Self::TooManyAttempts => "Too many attempts",
            Self::ResendTooSoon => "A new code cannot be sent yet",
            Self::RateLimited => "Too many requests",
            Self::InvalidCredentials => "The identifier or the password is wrong",
            Self::SlowDown => "Too many failed sign-ins; wait before trying again",
            Self::PasswordTooWeak => "The password does not meet the policy",
            Self::PasswordChangeRequired => "The temporary password must be changed first",
            Self::TemporaryPasswordExpired => "The temporary password has expired",
            Self::SessionExpired => "The session has expired",
            Self::AppVersionUnsupported => "This version of the app is no longer supported",
            Self::NotFound => "Not found",
            Self::IdempotencyKeyReused => "This Idempotency-Key was used for a different request",
            Self::RequestInProgress => "A request with this Idempotency-Key is still in progress",
            Self::Internal => "The service failed",
            Self::ServiceUnavailable => "The service is unavailable for now",
            Self::NotAvailable => "This service is not open to this account",
            Self::FileTypeRefused => "The file is not a JPEG, PNG or PDF",
            Self::CertificateNotExpected => "No certificate is expected for this child now",
            Self::ReportExists => "This month is already reported for this employer",
            Self::CurrentSession => "This is the session making the request: sign out instead",
        }
    }
}

/// One refused field of a `validation_failed` or `password_too_weak` problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The request field's name, as in the request body (`document_number`, `phone`, …).
    pub field: String,
    pub code: ValidationError,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: ValidationError) -> Self {
        Self {
            field: field.into(),
            code,
        }
    }
}

/// RFC 9457 problem details, with the MaCNSS extensions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// A URI reference naming the problem type: `/problems/<code>`.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    pub code: ErrorCode,
    /// Per-field errors (`validation_failed`, `password_too_weak`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// Seconds to wait before retrying; the same value as the `Retry-After` header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// Wrong codes still allowed before `too_many_attempts`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts_remaining: Option<u32>,
}

impl Problem {
    pub fn new(code: ErrorCode) -> Self {
        Self {
            kind: format!("/problems/{}", code.as_str()),
            title: code.title().to_owned(),
            status: code.status(),
            detail: None,
            code,
            errors: Vec::new(),
            retry_after: None,
            attempts_remaining: None,
        }
    }

    pub fn with_errors(mut self, errors: Vec<FieldError>) -> Self {
        self.errors = errors;
        self
    }

    pub fn with_retry_after(mut self, seconds: u64) -> Self {
        self.retry_after = Some(seconds);
        self
    }

    pub fn with_attempts_remaining(mut self, n: u32) -> Self {
        self.attempts_remaining = Some(n);
        self
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// A `validation_failed` problem for the given field errors.
    pub fn validation(errors: Vec<FieldError>) -> Self {
        Self::new(ErrorCode::ValidationFailed).with_errors(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_code_serialises_as_its_stable_name_and_back() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).expect("serialise");
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(
                serde_json::from_str::<ErrorCode>(&json).expect("parse"),
                code
            );
        }
    }

    #[test]
    fn codes_are_unique_and_statuses_are_client_or_server_errors() {
        let names: HashSet<_> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(names.len(), ErrorCode::ALL.len());
        for code in ErrorCode::ALL {
            assert!((400..600).contains(&code.status()), "{code:?}");
            assert!(!code.title().is_empty());
        }
    }

    #[test]
    fn a_problem_body_follows_rfc_9457_with_extensions() {
        let p = Problem::validation(vec![FieldError::new("phone", ValidationError::PhoneFormat)]);
        let json = serde_json::to_value(&p).expect("serialise");
        assert_eq!(json["type"], "/problems/validation_failed");
        assert_eq!(json["status"], 422);
        assert_eq!(json["code"], "validation_failed");
        assert_eq!(json["errors"][0]["field"], "phone");
        assert_eq!(json["errors"][0]["code"], "phone_format");
        assert!(json.get("retry_after").is_none());
        let limited = Problem::new(ErrorCode::ResendTooSoon).with_retry_after(42);
        let back: Problem =
            serde_json::from_str(&serde_json::to_string(&limited).expect("ser")).expect("de");
        assert_eq!(back.retry_after, Some(42));
        assert_eq!(back.status, 429);
    }
}
