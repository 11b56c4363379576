//! The 6-digit one-time code received by SMS or e-mail.

use super::ValidationError;
use super::normalize::{all_ascii_digits, compact};
use std::fmt;

/// Exactly six ASCII digits. `Debug` never shows the digits.
#[derive(Clone, PartialEq, Eq)]
pub struct OtpCode(String);

impl OtpCode {
    pub const LEN: usize = 6;

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for OtpCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("OtpCode(••••••)")
    }
}

/// Accepts pasted codes with spaces, hyphens or Arabic-Indic digits.
pub fn parse_otp(input: &str) -> Result<OtpCode, ValidationError> {
    let c = compact(input);
    if c.is_empty() {
        return Err(ValidationError::Required);
    }
    if c.len() == OtpCode::LEN && all_ascii_digits(&c) {
        Ok(OtpCode(c))
    } else {
        Err(ValidationError::CodeFormat)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_codes_with_separators_or_arabic_digits_are_accepted() {
        for input in ["123456", " 123 456 ", "123-456", "١٢٣٤٥٦", "۱۲۳ ۴۵۶"] {
            assert_eq!(
                parse_otp(input).map(|c| c.0),
                Ok("123456".into()),
                "{input}"
            );
        }
    }

    #[test]
    fn anything_but_six_digits_is_refused() {
        for input in ["12345", "1234567", "12345a", "１２３４５６"] {
            assert_eq!(
                parse_otp(input),
                Err(ValidationError::CodeFormat),
                "{input}"
            );
        }
        assert_eq!(parse_otp(""), Err(ValidationError::Required));
    }

    #[test]
    fn debug_output_never_shows_the_code() {
        let code = parse_otp("123456").expect("valid");
        assert!(!format!("{code:?}").contains("123456"));
    }
}
