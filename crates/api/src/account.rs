//! «Mon compte» on the wire: the online account's own details (not the CNSS record), the
//! places it is signed in, and the changes that need the password again (a step-up): the
//! phone and the e-mail codes go to, and deleting the account.
//!
//! A step-up (`POST /v1/account/step-up`) checks the password like a sign-in and answers a
//! short-lived id; the contact change and the deletion name that id in their body (never in a
//! path). A new step-up replaces the previous one of the session.

use crate::types::Channel;
use crate::validate::{
    Email, PhoneNumber, ValidationError, parse_email, parse_mobile_phone, parse_otp,
    patterns::is_opaque_id,
};
use crate::{FieldError, validate::OtpCode};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The longest device name kept (in characters); a longer one is cut by the client.
pub const DEVICE_NAME_MAX: usize = 64;

/// Where the app runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    Android,
    Ios,
    Web,
    Desktop,
}

/// What a sign-in says about the device it comes from, shown in «Mes appareils». The device
/// id is random, made by the app at its first launch and kept in its preferences: it tells the
/// server that a sign-in comes from a device this account has not used (the holder is told),
/// and is never shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DeviceInfo {
    /// 43 base64url characters, random.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::opaque_id))]
    pub device_id: String,
    /// What the person would call it («Pixel 8», «Chrome sur Linux»): 1 to 64 characters, no
    /// control character.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::device_name))]
    pub name: String,
    pub platform: Platform,
}

/// A character a device's name may not hold: a control character, or one that changes how the
/// text around it is shown without being seen itself — bidirectional embeddings, overrides,
/// isolates and marks, zero-width characters, line and paragraph separators, the soft hyphen,
/// the byte-order mark (the name is quoted in an e-mail CNSS sends and in «Mes appareils»: it
/// must not reorder or hide the text around it).
pub fn is_hidden_or_control(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}')
}

impl DeviceInfo {
    /// The id's shape and the name's length and characters.
    pub fn is_valid(&self) -> bool {
        let len = self.name.chars().count();
        is_opaque_id(&self.device_id)
            && (1..=DEVICE_NAME_MAX).contains(&len)
            && !self.name.chars().any(is_hidden_or_control)
            && self.name.trim() == self.name
    }

    /// `name` made acceptable: control characters dropped, trimmed, cut to the maximum;
    /// `fallback` when nothing is left.
    pub fn clean_name(name: &str, fallback: &str) -> String {
        let cleaned: String = name
            .chars()
            .filter(|c| !is_hidden_or_control(*c))
            .collect::<String>()
            .trim()
            .chars()
            .take(DEVICE_NAME_MAX)
            .collect();
        let cleaned = cleaned.trim().to_owned();
        if cleaned.is_empty() {
            fallback.chars().take(DEVICE_NAME_MAX).collect()
        } else {
            cleaned
        }
    }
}

/// One place the account is signed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionInfo {
    /// The session's public id (not a token: it lets nobody in).
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::opaque_id))]
    pub id: String,
    /// The device's name as its app gave it; `None` for a session opened before devices were
    /// named (or by a client that did not say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    /// The app's version at the last use (`x-app-version`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_version: Option<String>,
    /// When it was signed in, to the hour (approximate on purpose: it is what the person
    /// needs to recognise it, and no more).
    pub signed_in_at: DateTime<Utc>,
    /// Its last request, to the minute.
    pub last_used_at: DateTime<Utc>,
    /// The session that asked.
    pub current: bool,
}

/// `GET /v1/account`: the account's contact details, masked, and where it is signed in
/// (the current session first, then the most recently used).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountOverview {
    /// The phone codes go to, masked (`06 •• •• •• 78`).
    pub phone: String,
    /// The e-mail, masked (`a•••@example.ma`).
    pub email: String,
    pub sessions: Vec<SessionInfo>,
}

/// `POST /v1/account/step-up`: the password again. `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AccountStepUpRequest {
    pub password: String,
}

impl fmt::Debug for AccountStepUpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccountStepUpRequest { password: •••• }")
    }
}

/// The password was right: changes that need it may be made for a while with this id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountStepUpResponse {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::opaque_id))]
    pub step_up_id: String,
    /// Seconds the step-up stays valid.
    pub expires_in: u64,
}

/// `POST /v1/account/contact`: a new phone (`sms`) or e-mail (`email`); a code goes to the new
/// destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ContactChangeRequest {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::opaque_id))]
    pub step_up_id: String,
    pub channel: Channel,
    /// The new phone number or e-mail address, as typed.
    pub destination: String,
}

/// A checked new destination.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewContact {
    Phone(PhoneNumber),
    Email(Email),
}

impl ContactChangeRequest {
    /// The destination in the channel's format (field `destination`).
    pub fn validate(&self) -> Result<NewContact, Vec<FieldError>> {
        let parsed = match self.channel {
            Channel::Sms => parse_mobile_phone(&self.destination).map(NewContact::Phone),
            Channel::Email => parse_email(&self.destination).map(NewContact::Email),
        };
        parsed.map_err(|e| vec![FieldError::new("destination", e)])
    }
}

/// `POST /v1/account/contact/resend`: another code to the same new destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ContactResendRequest {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::opaque_id))]
    pub step_up_id: String,
}

/// `POST /v1/account/contact/verify`: the code received at the new destination. `Debug`
/// never shows it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ContactVerifyRequest {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::opaque_id))]
    pub step_up_id: String,
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::otp))]
    pub code: String,
}

impl fmt::Debug for ContactVerifyRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ContactVerifyRequest { code: •••••• }")
    }
}

impl ContactVerifyRequest {
    pub fn validate(&self) -> Result<OtpCode, Vec<FieldError>> {
        parse_otp(&self.code).map_err(|e| vec![FieldError::new("code", e)])
    }
}

/// `POST /v1/account/delete`: the online account removed (the CNSS record stays). `confirmed`
/// is the box «Je comprends…» ticked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DeleteAccountRequest {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::opaque_id))]
    pub step_up_id: String,
    pub confirmed: bool,
}

impl DeleteAccountRequest {
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        if self.confirmed {
            Ok(())
        } else {
            Err(vec![FieldError::new(
                "confirmed",
                ValidationError::ConfirmationMissing,
            )])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn device(name: &str) -> DeviceInfo {
        DeviceInfo {
            device_id: "A".repeat(43),
            name: name.into(),
            platform: Platform::Android,
        }
    }

    #[test]
    fn a_device_name_is_one_to_64_printable_characters_without_outer_spaces() {
        assert!(device("Pixel 8").is_valid());
        assert!(device(&"é".repeat(64)).is_valid());
        assert!(!device(&"é".repeat(65)).is_valid());
        assert!(!device("").is_valid());
        assert!(!device(" Pixel").is_valid());
        assert!(!device("Pixel\n8").is_valid());
        // Characters that reorder or hide the text around them.
        for hidden in [
            '\u{202E}', '\u{2066}', '\u{200B}', '\u{200F}', '\u{2028}', '\u{FEFF}', '\u{061C}',
        ] {
            assert!(!device(&format!("Pixel{hidden}8")).is_valid(), "{hidden:?}");
            assert_eq!(
                DeviceInfo::clean_name(&format!("Pixel{hidden}8"), "x"),
                "Pixel8"
            );
        }
        assert!(device("هاتف أمينة").is_valid(), "Arabic names are names");
        let mut bad_id = device("Pixel");
        bad_id.device_id = "short".into();
        assert!(!bad_id.is_valid());
    }

    #[test]
    fn a_device_name_is_cleaned_into_a_valid_one() {
        assert_eq!(DeviceInfo::clean_name("  Pixel\u{7}  8 ", "x"), "Pixel  8");
        assert_eq!(DeviceInfo::clean_name("\n\t", "Android"), "Android");
        assert_eq!(DeviceInfo::clean_name(&"a".repeat(100), "x").len(), 64);
        for name in ["  Pixel\u{7}  8 ", "\n", &"b ".repeat(40)] {
            assert!(
                device(&DeviceInfo::clean_name(name, "Android")).is_valid(),
                "{name:?}"
            );
        }
    }

    #[test]
    fn a_new_contact_is_checked_in_its_channel_s_format() {
        let req = |channel, destination: &str| ContactChangeRequest {
            step_up_id: "A".repeat(43),
            channel,
            destination: destination.into(),
        };
        assert!(matches!(
            req(Channel::Sms, "06 12 34 56 78").validate(),
            Ok(NewContact::Phone(_))
        ));
        assert!(matches!(
            req(Channel::Email, "amina@example.ma").validate(),
            Ok(NewContact::Email(_))
        ));
        let refused = req(Channel::Sms, "amina@example.ma").validate();
        assert_eq!(
            refused.expect_err("an e-mail is not a phone")[0],
            FieldError::new("destination", ValidationError::PhoneFormat)
        );
        let refused = req(Channel::Email, "0612345678").validate();
        assert_eq!(
            refused.expect_err("a phone is not an e-mail")[0],
            FieldError::new("destination", ValidationError::EmailFormat)
        );
    }

    #[test]
    fn deleting_needs_the_box_ticked() {
        let req = |confirmed| DeleteAccountRequest {
            step_up_id: "A".repeat(43),
            confirmed,
        };
        assert!(req(true).validate().is_ok());
        assert_eq!(
            req(false).validate().expect_err("not confirmed")[0],
            FieldError::new("confirmed", ValidationError::ConfirmationMissing)
        );
    }

    #[test]
    fn secrets_never_show_in_debug() {
        let step_up = AccountStepUpRequest {
            password: "Menthe et chebakia 1959".into(),
        };
        assert!(!format!("{step_up:?}").contains("Menthe"));
        let verify = ContactVerifyRequest {
            step_up_id: "A".repeat(43),
            code: "123456".into(),
        };
        assert!(!format!("{verify:?}").contains("123456"));
    }
}
