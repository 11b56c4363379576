//! Input validators and normalisers shared by the app and the server.
//!
//! Every user-typed value goes through exactly one function here, on the device for instant
//! feedback and on the server as the authority, so the two can never disagree. Each function
//! normalises first (trim, Arabic-Indic digits → ASCII, separators dropped where the format
//! has none) and returns either a typed value or a [`ValidationError`].

mod dates;
mod email;
mod id_document;
mod identifier;
mod normalize;
mod otp;
mod password;
pub mod patterns;
mod phone;
mod rib;

pub use dates::{
    casablanca_today, parse_date_parts, parse_iso_date, validate_birth_date,
    validate_document_expiry,
};
pub use email::{Email, parse_email};
pub use id_document::{IdDocumentKind, IdDocumentNumber, parse_id_document};
pub use identifier::{AccountId, RecoveryIdentifier, parse_account_id, parse_recovery_identifier};
pub use normalize::{ascii_digits, compact};
pub use otp::{OtpCode, parse_otp};
pub use password::{
    PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS, Password, check_new_password, is_top_common_password,
    normalize_password,
};
pub use phone::{PhoneNumber, parse_mobile_phone};
pub use rib::{Rib, parse_rib, rib_key};

use serde::{Deserialize, Serialize};

/// Why one field's value was refused. Serialised in snake_case as the `code` of a field error
/// in a `validation_failed` problem, and mapped by the app to a localized message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ValidationError {
    #[error("the field is empty")]
    Required,
    #[error("not a CNIE number: 1 or 2 letters then digits, 8 characters at most")]
    CnieFormat,
    #[error("not a passport number: 6 to 12 letters and digits")]
    PassportFormat,
    #[error("not a residence card number: 1 or 2 letters then 4 to 10 digits")]
    ResidenceCardFormat,
    #[error("not a 9-digit CNSS number")]
    AccountIdFormat,
    #[error("not a Moroccan mobile number")]
    PhoneFormat,
    #[error("not an e-mail address")]
    EmailFormat,
    #[error("not a real date")]
    DateInvalid,
    #[error("the date is in the future")]
    DateInFuture,
    #[error("the date is too far in the past")]
    DateTooOld,
    #[error("the date is too far in the future")]
    DateTooFar,
    #[error("the identity document has expired")]
    DocumentExpired,
    #[error("not a 6-digit code")]
    CodeFormat,
    #[error("the password is too short")]
    PasswordTooShort,
    #[error("the password is too long")]
    PasswordTooLong,
    #[error("the password is too common")]
    PasswordCommon,
    #[error("the password contains the account identifier")]
    PasswordContainsIdentifier,
    #[error("the terms of use were not accepted")]
    TermsNotAccepted,
    #[error("not a RIB: 24 digits")]
    RibFormat,
    #[error("the RIB key does not match its digits")]
    RibKey,
    #[error("the month cannot be reported (not yet over, or before the career began)")]
    MonthOutOfRange,
    #[error("not an employer of this career")]
    EmployerUnknown,
    #[error("this employer declared this month")]
    MonthDeclared,
    #[error("the confirmation was not given")]
    ConfirmationMissing,
    #[error("the same as the current one")]
    Unchanged,
    #[error(
        "not a device description: an id of 43 base64url characters, a name of 1 to 64 printable characters"
    )]
    DeviceInvalid,
    #[error("not asked for by this kind of request")]
    NotApplicable,
    #[error("the period ends before it begins")]
    PeriodReversed,
    #[error("the period is too long")]
    PeriodTooLong,
}

impl ValidationError {
    /// Every variant, so the app and the tests can check that each has a localized message.
    pub const ALL: [ValidationError; 29] = [
        Self::Required,
        Self::CnieFormat,
        Self::PassportFormat,
        Self::ResidenceCardFormat,
        Self::AccountIdFormat,
        Self::PhoneFormat,
        Self::EmailFormat,
        Self::DateInvalid,
        Self::DateInFuture,
        Self::DateTooOld,
        Self::DateTooFar,
        Self::DocumentExpired,
        Self::CodeFormat,
        Self::PasswordTooShort,
        Self::PasswordTooLong,
        Self::PasswordCommon,
        Self::PasswordContainsIdentifier,
        Self::TermsNotAccepted,
        Self::RibFormat,
        Self::RibKey,
        Self::MonthOutOfRange,
        Self::EmployerUnknown,
        Self::MonthDeclared,
        Self::ConfirmationMissing,
        Self::Unchanged,
        Self::DeviceInvalid,
        Self::NotApplicable,
        Self::PeriodReversed,
        Self::PeriodTooLong,
    ];

    /// The stable snake_case name used on the wire and in message IDs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Required => "required",
            Self::CnieFormat => "cnie_format",
            Self::PassportFormat => "passport_format",
            Self::ResidenceCardFormat => "residence_card_format",
            Self::AccountIdFormat => "account_id_format",
            Self::PhoneFormat => "phone_format",
            Self::EmailFormat => "email_format",
            Self::DateInvalid => "date_invalid",
            Self::DateInFuture => "date_in_future",
            Self::DateTooOld => "date_too_old",
            Self::DateTooFar => "date_too_far",
            Self::DocumentExpired => "document_expired",
            Self::CodeFormat => "code_format",
            Self::PasswordTooShort => "password_too_short",
            Self::PasswordTooLong => "password_too_long",
            Self::PasswordCommon => "password_common",
            Self::PasswordContainsIdentifier => "password_contains_identifier",
            Self::TermsNotAccepted => "terms_not_accepted",
            Self::RibFormat => "rib_format",
            Self::RibKey => "rib_key",
            Self::MonthOutOfRange => "month_out_of_range",
            Self::EmployerUnknown => "employer_unknown",
            Self::MonthDeclared => "month_declared",
            Self::ConfirmationMissing => "confirmation_missing",
            Self::Unchanged => "unchanged",
            Self::DeviceInvalid => "device_invalid",
            Self::NotApplicable => "not_applicable",
            Self::PeriodReversed => "period_reversed",
            Self::PeriodTooLong => "period_too_long",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_validation_error_serialises_as_its_stable_name() {
        for e in ValidationError::ALL {
            let json = serde_json::to_string(&e).expect("serialise");
            assert_eq!(json, format!("\"{}\"", e.as_str()));
            let back: ValidationError = serde_json::from_str(&json).expect("parse");
            assert_eq!(back, e);
        }
    }
}
