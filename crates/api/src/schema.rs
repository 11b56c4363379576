//! OpenAPI schemas of the request fields that carry user input (feature `openapi`): each says
//! what its validator accepts, with the patterns of [`crate::validate::patterns`], so that a
//! value the document calls valid is one the server accepts — apart from what no schema can
//! say (a date's distance from today, the password policy's list, e-mail byte lengths), which
//! each field's description names and each operation documents as a refusal.

use crate::validate::{PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS, patterns};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{
    AdditionalProperties, AllOfBuilder, ObjectBuilder, OneOfBuilder, Schema, Type,
};

/// A string matching every pattern of `set`, at least `min_length` characters long.
fn text(set: &[String], min_length: usize, description: &str) -> RefOr<Schema> {
    let first = ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length(Some(min_length))
        .pattern(set.first().cloned());
    match set {
        [_] => first.description(Some(description)).into(),
        _ => {
            let mut all = AllOfBuilder::new().item(first);
            for p in &set[1..] {
                all = all.item(
                    ObjectBuilder::new()
                        .schema_type(Type::String)
                        .pattern(Some(p.clone())),
                );
            }
            all.description(Some(description)).into()
        }
    }
}

pub fn account_id() -> RefOr<Schema> {
    text(
        patterns::account_id(),
        6,
        "A 9-digit CNSS number: 6 to 9 digits (shorter ones are left-padded with zeros), not all \
         zeros; spaces, hyphens and dots anywhere; ASCII, Arabic-Indic or Eastern Arabic-Indic \
         digits.",
    )
}

pub fn recovery_identifier() -> RefOr<Schema> {
    text(
        patterns::recovery_identifier(),
        5,
        "The 9-digit account identifier (as `identifier` of sign-in) or the holder's CNIE number \
         (1 or 2 letters, any case, then digits whose first is not 0; 8 characters at most); \
         spaces, hyphens and dots anywhere.",
    )
}

pub fn document_number(kind: crate::validate::IdDocumentKind) -> RefOr<Schema> {
    use crate::validate::IdDocumentKind as K;
    match kind {
        K::Cnie => text(
            patterns::cnie(),
            5,
            "CNIE: 1 or 2 letters (any case), then 4 or more digits whose first is not 0; 8 \
             characters at most; spaces, hyphens and dots anywhere.",
        ),
        K::Passport => text(
            patterns::passport(),
            6,
            "Passport: 6 to 12 letters (any case) and digits, at least one digit; spaces, \
             hyphens and dots anywhere.",
        ),
        K::ResidenceCard => text(
            patterns::residence_card(),
            5,
            "Carte de séjour: 1 or 2 letters (any case), then 4 to 10 digits; spaces, hyphens \
             and dots anywhere.",
        ),
    }
}

pub fn otp() -> RefOr<Schema> {
    text(
        patterns::otp(),
        6,
        "The 6-digit code received, as pasted: spaces and hyphens anywhere, ASCII or \
         Arabic-Indic digits.",
    )
}

pub fn mobile_phone() -> RefOr<Schema> {
    text(
        patterns::mobile_phone(),
        10,
        "A Moroccan mobile number: `06…`, `07…`, `+212 6…`, `00212 7…`, `212…` or `+212 (0)6…`, \
         with spaces, dots, hyphens, slashes and parentheses anywhere; the national number \
         follows libphonenumber's mobile pattern for Morocco.",
    )
}

pub fn email() -> RefOr<Schema> {
    text(
        patterns::email(),
        5,
        "An e-mail address: one `@`, a local part of 1 to 64 bytes, a domain with a dot and no \
         empty label, no white space inside, 254 bytes at most once the domain is lower-cased.",
    )
}

pub fn birth_date() -> RefOr<Schema> {
    text(
        patterns::iso_date(),
        10,
        "`YYYY-MM-DD`, a real calendar day. It must be today or earlier, at most 120 years ago \
         (today in Africa/Casablanca): otherwise `validation_failed`.",
    )
}

pub fn document_expiry() -> RefOr<Schema> {
    text(
        patterns::iso_date(),
        10,
        "`YYYY-MM-DD`, a real calendar day. A date before today (in Africa/Casablanca) is \
         `id_document_expired`; more than 30 years ahead, `validation_failed`.",
    )
}

pub fn opaque_id() -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length(Some(43))
        .max_length(Some(43))
        .pattern(Some(patterns::OPAQUE_ID))
        .description(Some(
            "An id or token this server issued (43 base64url characters); any other shape is \
             `malformed_request`. A well-formed one the server does not know, or no longer \
             knows, is refused by the operation (`transaction_expired` or `session_expired`).",
        ))
        .into()
}

pub fn device_name() -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length(Some(1))
        .max_length(Some(crate::account::DEVICE_NAME_MAX))
        .pattern(patterns::device_name().first().cloned())
        .description(Some(
            "What the person would call the device («Pixel 8», «Chrome sur Linux»): 1 to 64 \
             characters, no control character, no white space at either end.",
        ))
        .into()
}

pub fn password() -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length(Some(1))
        .description(Some("The password, as typed."))
        .into()
}

pub fn new_password() -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length(Some(1))
        .description(Some(format!(
            "The new password: {PASSWORD_MIN_CHARS} to {PASSWORD_MAX_CHARS} characters once \
             NFKC-normalised (so no length bound on the characters as typed), not in the \
             server's list of common passwords, not containing the account identifier: \
             otherwise `password_too_weak`, with the reason."
        )))
        .into()
}

pub fn terms_accepted() -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::Boolean)
        .enum_values(Some([true]))
        .description(Some(
            "The CGU must be accepted: `false` is `validation_failed`.",
        ))
        .into()
}

/// [`crate::types::SignupStartRequest`]: one closed object per kind of account and kind of
/// document, so that each document number gets its own pattern.
pub fn signup_start() -> RefOr<Schema> {
    use crate::validate::IdDocumentKind;
    let mut one_of = OneOfBuilder::new().description(Some(
        "Step 1 of sign-up: who the person is, as printed on their identity document. `kind` \
         says which account (Assuré: with the document's expiry date; Ayant droit: with the \
         insured person's number, no expiry), `document_kind` which document.",
    ));
    for kind in ["insured", "dependant"] {
        for doc in IdDocumentKind::ALL {
            let mut o = ObjectBuilder::new()
                .schema_type(Type::Object)
                .property(
                    "kind",
                    ObjectBuilder::new()
                        .schema_type(Type::String)
                        .enum_values(Some([kind])),
                )
                .required("kind");
            if kind == "dependant" {
                o = o
                    .property("insured_id", account_id())
                    .required("insured_id");
            }
            o = o
                .property(
                    "document_kind",
                    ObjectBuilder::new()
                        .schema_type(Type::String)
                        .enum_values(Some([doc.as_str()])),
                )
                .required("document_kind")
                .property("document_number", document_number(doc))
                .required("document_number");
            if kind == "insured" {
                o = o
                    .property("document_expiry", document_expiry())
                    .required("document_expiry");
            }
            o = o
                .property("birth_date", birth_date())
                .required("birth_date")
                .additional_properties(Some(AdditionalProperties::FreeForm(false)));
            one_of = one_of.item(o);
        }
    }
    one_of.into()
}

impl utoipa::PartialSchema for crate::types::SignupStartRequest {
    fn schema() -> RefOr<Schema> {
        signup_start()
    }
}

impl utoipa::ToSchema for crate::types::SignupStartRequest {}

// The operations' markers (`crate::operations`): never documented as components themselves —
// the document builder reads `Operation::INPUT` / `OUTPUT` first — but schemas all the same, so
// that every operation's `Request` and `Response` are schemas.

impl utoipa::PartialSchema for crate::operations::Nothing {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new().schema_type(Type::Null).into()
    }
}

impl utoipa::ToSchema for crate::operations::Nothing {}

impl utoipa::PartialSchema for crate::operations::PlainText {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new().schema_type(Type::String).into()
    }
}

impl utoipa::ToSchema for crate::operations::PlainText {}

impl utoipa::PartialSchema for crate::operations::JsonDocument {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new().schema_type(Type::Object).into()
    }
}

impl utoipa::ToSchema for crate::operations::JsonDocument {}
