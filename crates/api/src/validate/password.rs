//! Passwords chosen by users: NIST SP 800-63B rules (length, no composition rules, a
//! common-password check, Unicode allowed and normalised).

use super::ValidationError;
use std::fmt;

pub const PASSWORD_MIN_CHARS: usize = 8;
pub const PASSWORD_MAX_CHARS: usize = 128;

/// A password as typed. `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(••••)")
    }
}

/// NFKC form of a password: the same password typed on two keyboards hashes the same.
#[cfg(not(target_arch = "wasm32"))]
pub fn normalize_password(password: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    password.nfkc().collect()
}

/// NFKC form of a password, by the browser (`String.prototype.normalize`): the same result
/// for every assigned character, without about 100 KB of Unicode tables in the web download
/// (BENCHMARKS.md). On the web it only serves the device's own checks; the server normalises
/// again with the tables above and decides.
#[cfg(target_arch = "wasm32")]
pub fn normalize_password(password: &str) -> String {
    js_sys::JsString::from(password).normalize("NFKC").into()
}

const TOP_COMMON: &str = include_str!("common_passwords_top.txt");

/// True when the password (case-insensitively) is in the short list the device carries.
/// The server also checks a much longer list.
pub fn is_top_common_password(password: &str) -> bool {
    let lower = normalize_password(password).to_lowercase();
    TOP_COMMON.lines().any(|line| line == lower)
}

/// Checks a new password: 8 to 128 characters (after NFKC), not a common password, and not
/// containing the account identifier. `is_common` is the list to check against: the short
/// list on the device ([`is_top_common_password`]), the full one on the server.
pub fn check_new_password(
    password: &str,
    account_id: Option<&str>,
    is_common: impl Fn(&str) -> bool,
) -> Result<Password, ValidationError> {
    if password.is_empty() {
        return Err(ValidationError::Required);
    }
    let normalized = normalize_password(password);
    let chars = normalized.chars().count();
    if chars < PASSWORD_MIN_CHARS {
        return Err(ValidationError::PasswordTooShort);
    }
    if chars > PASSWORD_MAX_CHARS {
        return Err(ValidationError::PasswordTooLong);
    }
    if is_common(&normalized) {
        return Err(ValidationError::PasswordCommon);
    }
    if account_id.is_some_and(|id| normalized.contains(id)) {
        return Err(ValidationError::PasswordContainsIdentifier);
    }
    Ok(Password(password.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(pw: &str) -> Result<Password, ValidationError> {
        check_new_password(pw, Some("123456789"), is_top_common_password)
    }

    #[test]
    fn eight_characters_of_any_script_are_enough() {
        assert!(check("correct horse").is_ok());
        assert!(check("كلمةسرية").is_ok()); // 8 Arabic letters
        assert!(check("ⵜⴰⵎⴰⵣⵉⵖⵜ").is_ok()); // 8 Tifinagh letters
        assert!(check("mot de passe très long avec espaces").is_ok());
    }

    #[test]
    fn length_is_counted_in_characters_not_bytes() {
        assert_eq!(
            check("é").map(|_| ()),
            Err(ValidationError::PasswordTooShort)
        );
        assert_eq!(
            check("ééééééé").map(|_| ()),
            Err(ValidationError::PasswordTooShort)
        );
        assert!(check("éééééééé").is_ok());
        assert!(check(&"x".repeat(PASSWORD_MAX_CHARS)).is_ok());
        assert_eq!(
            check(&"x".repeat(PASSWORD_MAX_CHARS + 1)).map(|_| ()),
            Err(ValidationError::PasswordTooLong)
        );
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        for pw in ["password", "AZERTY123", "Casablanca", "motdepasse"] {
            assert_eq!(
                check(pw).map(|_| ()),
                Err(ValidationError::PasswordCommon),
                "{pw}"
            );
        }
    }

    #[test]
    fn a_password_containing_the_identifier_is_refused() {
        assert_eq!(
            check("ab123456789").map(|_| ()),
            Err(ValidationError::PasswordContainsIdentifier)
        );
        assert!(check_new_password("ab123456789", None, is_top_common_password).is_ok());
    }

    #[test]
    fn empty_is_required_and_debug_hides_the_value() {
        assert_eq!(check("").map(|_| ()), Err(ValidationError::Required));
        let pw = check("s3cret-phrase").expect("valid");
        assert!(!format!("{pw:?}").contains("s3cret"));
    }

    #[test]
    fn compatibility_forms_normalise_to_the_same_password() {
        // Full-width Latin letters are NFKC-equivalent to ASCII ones.
        assert_eq!(normalize_password("ｐａｓｓｗｏｒｄ"), "password");
        assert_eq!(
            check("ｐａｓｓｗｏｒｄ").map(|_| ()),
            Err(ValidationError::PasswordCommon)
        );
    }

    #[test]
    fn the_embedded_list_has_only_lower_case_entries_of_policy_length() {
        for line in TOP_COMMON.lines() {
            assert_eq!(line, line.to_lowercase());
            assert!(
                line.chars().count() >= PASSWORD_MIN_CHARS,
                "{line} is shorter than the minimum"
            );
        }
    }
}
