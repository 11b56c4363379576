//! Request and response bodies of every operation, with the `validate` methods that both the
//! app (before sending) and the server (as the authority) run.
//!
//! Requests carry user input as strings so that a bad value becomes a per-field error rather
//! than an undecodable body; `validate` turns them into typed, normalised values.

use crate::error::FieldError;
use crate::validate::patterns::is_opaque_id;
use crate::validate::{
    AccountId, Email, IdDocumentKind, IdDocumentNumber, OtpCode, PhoneNumber, RecoveryIdentifier,
    ValidationError, parse_account_id, parse_email, parse_id_document, parse_iso_date,
    parse_mobile_phone, parse_otp, parse_recovery_identifier, validate_birth_date,
    validate_document_expiry,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Collects per-field results so every refused field is reported at once.
#[derive(Default)]
struct Fields(Vec<FieldError>);

impl Fields {
    fn check<T>(&mut self, field: &str, result: Result<T, ValidationError>) -> Option<T> {
        result
            .map_err(|e| self.0.push(FieldError::new(field, e)))
            .ok()
    }
    fn finish<T>(self, value: Option<T>) -> Result<T, Vec<FieldError>> {
        match value {
            Some(v) if self.0.is_empty() => Ok(v),
            _ => Err(self.0),
        }
    }
}

/// Reads an id the server issued (a sign-up or recovery id): any other shape is refused while
/// decoding, so the server answers `malformed_request` instead of looking it up.
fn opaque_id<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let s = String::deserialize(d)?;
    if is_opaque_id(&s) {
        Ok(s)
    } else {
        Err(serde::de::Error::custom(
            "not an id issued by this server (43 base64url characters)",
        ))
    }
}

/// [`opaque_id`] for a token (the message never shows the value).
fn opaque_token<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Token, D::Error> {
    opaque_id(d).map(Token)
}

/// An opaque bearer secret (access, refresh or reset token). `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct Token(String);

impl Token {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(••••)")
    }
}

/// The two kinds of account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AccountKind {
    /// «Assuré»: an insured person, identified by their immatriculation number.
    Insured,
    /// «Ayant droit»: a dependant of an insured person, with their own number.
    Dependant,
}

/// The insured person's scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// Régime général (salaried workers).
    General,
    /// Travailleur non salarié (self-employed).
    SelfEmployed,
    /// AMO TADAMON (solidarity health insurance).
    AmoTadamon,
}

/// Where a one-time code is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Sms,
    Email,
}

// ---------------------------------------------------------------------------------------------
// Sign-up

/// Step 1 of sign-up: who the person is, as printed on their identity document. (Its OpenAPI
/// schema is written out in `crate::schema`: one object per kind of document.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum SignupStartRequest {
    /// «Assuré»: ID document, its expiry date, birth date.
    Insured {
        document_kind: IdDocumentKind,
        document_number: String,
        /// `YYYY-MM-DD`.
        document_expiry: String,
        /// `YYYY-MM-DD`.
        birth_date: String,
    },
    /// «Ayant droits»: the insured person's number, own ID document, birth date.
    Dependant {
        insured_id: String,
        document_kind: IdDocumentKind,
        document_number: String,
        /// `YYYY-MM-DD`.
        birth_date: String,
    },
}

/// A [`SignupStartRequest`] whose every field is valid and normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidSignupStart {
    pub kind: AccountKind,
    pub insured_id: Option<AccountId>,
    pub document: IdDocumentNumber,
    pub document_expiry: Option<NaiveDate>,
    pub birth_date: NaiveDate,
}

impl SignupStartRequest {
    /// Checks every field against `today` (Casablanca's date, see `casablanca_today`).
    pub fn validate(&self, today: NaiveDate) -> Result<ValidSignupStart, Vec<FieldError>> {
        let mut f = Fields::default();
        match self {
            Self::Insured {
                document_kind,
                document_number,
                document_expiry,
                birth_date,
            } => {
                let document = f.check(
                    "document_number",
                    parse_id_document(*document_kind, document_number),
                );
                let expiry = f.check(
                    "document_expiry",
                    parse_iso_date(document_expiry)
                        .and_then(|d| validate_document_expiry(d, today)),
                );
                let birth = f.check(
                    "birth_date",
                    parse_iso_date(birth_date).and_then(|d| validate_birth_date(d, today)),
                );
                let valid = match (document, expiry, birth) {
                    (Some(document), Some(expiry), Some(birth_date)) => Some(ValidSignupStart {
                        kind: AccountKind::Insured,
                        insured_id: None,
                        document,
                        document_expiry: Some(expiry),
                        birth_date,
                    }),
                    _ => None,
                };
                f.finish(valid)
            }
            Self::Dependant {
                insured_id,
                document_kind,
                document_number,
                birth_date,
            } => {
                let insured = f.check("insured_id", parse_account_id(insured_id));
                let document = f.check(
                    "document_number",
                    parse_id_document(*document_kind, document_number),
                );
                let birth = f.check(
                    "birth_date",
                    parse_iso_date(birth_date).and_then(|d| validate_birth_date(d, today)),
                );
                let valid = match (insured, document, birth) {
                    (Some(insured), Some(document), Some(birth_date)) => Some(ValidSignupStart {
                        kind: AccountKind::Dependant,
                        insured_id: Some(insured),
                        document,
                        document_expiry: None,
                        birth_date,
                    }),
                    _ => None,
                };
                f.finish(valid)
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignupStartResponse {
    /// Opaque id of this sign-up; send it with the next steps.
    pub signup_id: String,
    /// The version of the terms of use (CGU) the person must accept.
    pub terms_version: String,
    /// Seconds before this sign-up must be started again.
    pub expires_in: u64,
}

/// Step 2 of sign-up: where to reach the person, and their acceptance of the CGU.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignupContactRequest {
    #[serde(deserialize_with = "opaque_id")]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::opaque_id))]
    pub signup_id: String,
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::mobile_phone))]
    pub phone: String,
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::email))]
    pub email: String,
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::terms_accepted))]
    pub terms_accepted: bool,
    /// The version of the CGU accepted: the current one (`terms_version` of step 1).
    pub terms_version: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidContact {
    pub phone: PhoneNumber,
    pub email: Email,
}

impl SignupContactRequest {
    pub fn validate(&self) -> Result<ValidContact, Vec<FieldError>> {
        let mut f = Fields::default();
        let phone = f.check("phone", parse_mobile_phone(&self.phone));
        let email = f.check("email", parse_email(&self.email));
        let terms = f.check(
            "terms_accepted",
            if self.terms_accepted {
                Ok(())
            } else {
                Err(ValidationError::TermsNotAccepted)
            },
        );
        let valid = match (phone, email, terms) {
            (Some(phone), Some(email), Some(())) => Some(ValidContact { phone, email }),
            _ => None,
        };
        f.finish(valid)
    }
}

/// A code was sent (sign-up or recovery).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CodeSentResponse {
    pub channel: Channel,
    /// Where the code went, masked (`06 •• •• •• 78`, `a•••@example.ma`).
    pub masked_destination: String,
    /// Seconds the code stays valid.
    pub expires_in: u64,
    /// Seconds before another code can be asked for.
    pub resend_in: u64,
}

/// Ask for a new sign-up code (after the cooldown).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignupResendRequest {
    #[serde(deserialize_with = "opaque_id")]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::opaque_id))]
    pub signup_id: String,
}

/// Step 3 of sign-up: the 6-digit code received by SMS.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignupVerifyRequest {
    #[serde(deserialize_with = "opaque_id")]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::opaque_id))]
    pub signup_id: String,
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::otp))]
    pub code: String,
}

impl SignupVerifyRequest {
    pub fn validate(&self) -> Result<OtpCode, Vec<FieldError>> {
        let mut f = Fields::default();
        let code = f.check("code", parse_otp(&self.code));
        f.finish(code)
    }
}

/// The account exists; its identifier and a temporary password were sent by SMS.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignupCompleteResponse {
    /// The phone the credentials were sent to, masked.
    pub masked_phone: String,
    /// Hours the temporary password stays valid.
    pub temporary_password_valid_hours: u32,
}

// ---------------------------------------------------------------------------------------------
// Sessions

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignInRequest {
    /// The 9-digit account identifier.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::account_id))]
    pub identifier: String,
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::password))]
    pub password: String,
    /// The device signing in, for «Mes appareils» (the app fills it in; a client that does
    /// not is listed without a name). An invalid one is refused (`device`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<crate::account::DeviceInfo>,
}

impl SignInRequest {
    /// Only the identifier's format is checked: a password is never judged at sign-in.
    pub fn validate(&self) -> Result<AccountId, Vec<FieldError>> {
        let mut f = Fields::default();
        let id = f.check("identifier", parse_account_id(&self.identifier));
        f.check(
            "password",
            if self.password.is_empty() {
                Err(ValidationError::Required)
            } else {
                Ok(())
            },
        );
        if let Some(device) = &self.device {
            f.check(
                "device",
                if device.is_valid() {
                    Ok(())
                } else {
                    Err(ValidationError::DeviceInvalid)
                },
            );
        }
        f.finish(id)
    }
}

/// The signed-in person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Profile {
    pub account_id: String,
    pub kind: AccountKind,
    pub first_name: String,
    pub last_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regime: Option<Regime>,
    /// For a dependant: the insured person's number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insured_id: Option<String>,
}

/// Tokens of a new or refreshed session, with the profile so sign-in needs one request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionResponse {
    pub access_token: Token,
    pub refresh_token: Token,
    /// Seconds the access token stays valid.
    pub access_expires_in: u64,
    /// The session was opened with a temporary password: it can only change the password.
    pub password_change_required: bool,
    pub profile: Profile,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::opaque_id))]
    pub refresh_token: Token,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignOutRequest {
    pub refresh_token: Token,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ChangePasswordRequest {
    pub current_password: String,
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::new_password))]
    pub new_password: String,
}

// ---------------------------------------------------------------------------------------------
// Password recovery («Mot de passe oublié»)

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RecoveryStartRequest {
    /// The 9-digit account identifier or the holder's CNIE number.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::recovery_identifier))]
    pub identifier: String,
}

impl RecoveryStartRequest {
    pub fn validate(&self) -> Result<RecoveryIdentifier, Vec<FieldError>> {
        let mut f = Fields::default();
        let id = f.check("identifier", parse_recovery_identifier(&self.identifier));
        f.finish(id)
    }
}

/// A channel the recovery code can be sent on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecoveryChannel {
    pub channel: Channel,
    pub masked_destination: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecoveryStartResponse {
    pub recovery_id: String,
    pub channels: Vec<RecoveryChannel>,
    pub expires_in: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RecoverySendRequest {
    #[serde(deserialize_with = "opaque_id")]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::opaque_id))]
    pub recovery_id: String,
    pub channel: Channel,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RecoveryVerifyRequest {
    #[serde(deserialize_with = "opaque_id")]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::opaque_id))]
    pub recovery_id: String,
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::otp))]
    pub code: String,
}

impl RecoveryVerifyRequest {
    pub fn validate(&self) -> Result<OtpCode, Vec<FieldError>> {
        let mut f = Fields::default();
        let code = f.check("code", parse_otp(&self.code));
        f.finish(code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecoveryVerifiedResponse {
    /// Single-use token allowing one password change, valid a few minutes.
    pub reset_token: Token,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RecoveryCompleteRequest {
    #[serde(deserialize_with = "opaque_token")]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::opaque_id))]
    pub reset_token: Token,
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::new_password))]
    pub new_password: String,
}

// ---------------------------------------------------------------------------------------------
// Terms of use

/// The query of `GET /v1/terms`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TermsQuery {
    /// `fr`, `ar` or `en`; anything else, or nothing, means the `Accept-Language` choice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TermsResponse {
    pub version: String,
    /// BCP 47 tag of the text's language (`fr`, `ar`, `en`).
    pub language: String,
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).expect("date")
    }

    #[test]
    fn an_insured_sign_up_is_tagged_by_kind_on_the_wire() {
        let req: SignupStartRequest = serde_json::from_str(
            r#"{"kind":"insured","document_kind":"cnie","document_number":"ab 123456",
                "document_expiry":"2030-01-01","birth_date":"1980-05-17"}"#,
        )
        .expect("decode");
        let valid = req.validate(today()).expect("valid");
        assert_eq!(valid.kind, AccountKind::Insured);
        assert_eq!(valid.document.as_str(), "AB123456");
        assert_eq!(valid.insured_id, None);
    }

    #[test]
    fn every_refused_field_is_reported_at_once() {
        let req = SignupStartRequest::Insured {
            document_kind: IdDocumentKind::Cnie,
            document_number: "123".into(),
            document_expiry: "2020-01-01".into(),
            birth_date: "2030-01-01".into(),
        };
        let errors = req.validate(today()).expect_err("invalid");
        assert_eq!(
            errors,
            vec![
                FieldError::new("document_number", ValidationError::CnieFormat),
                FieldError::new("document_expiry", ValidationError::DocumentExpired),
                FieldError::new("birth_date", ValidationError::DateInFuture),
            ]
        );
    }

    #[test]
    fn a_dependant_sign_up_needs_the_insured_number_and_no_expiry() {
        let req: SignupStartRequest = serde_json::from_str(
            r#"{"kind":"dependant","insured_id":"123456789","document_kind":"passport",
                "document_number":"AB1234567","birth_date":"2010-02-03"}"#,
        )
        .expect("decode");
        let valid = req.validate(today()).expect("valid");
        assert_eq!(
            valid.insured_id.map(|a| a.as_str().to_owned()),
            Some("123456789".into())
        );
        assert_eq!(valid.document_expiry, None);
    }

    #[test]
    fn unknown_fields_are_refused() {
        let r = serde_json::from_str::<SignInRequest>(
            r#"{"identifier":"123456789","password":"x","admin":true}"#,
        );
        assert!(r.is_err());
    }

    #[test]
    fn contact_requires_accepted_terms() {
        let req = SignupContactRequest {
            signup_id: "s".into(),
            phone: "0612345678".into(),
            email: "a@b.ma".into(),
            terms_accepted: false,
            terms_version: "2026-01".into(),
        };
        assert_eq!(
            req.validate(),
            Err(vec![FieldError::new(
                "terms_accepted",
                ValidationError::TermsNotAccepted
            )])
        );
    }

    #[test]
    fn tokens_are_transparent_on_the_wire_and_hidden_in_debug() {
        let t = Token::new("secret-value");
        assert_eq!(serde_json::to_string(&t).expect("ser"), "\"secret-value\"");
        assert!(!format!("{t:?}").contains("secret"));
    }
}
