//! Moroccan mobile numbers, normalised to E.164 (`+2126XXXXXXXX` / `+2127XXXXXXXX`).

use super::ValidationError;
use super::normalize::{all_ascii_digits, ascii_digits};
use std::fmt;

/// A Moroccan mobile number in E.164 form.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    pub fn as_e164(&self) -> &str {
        &self.0
    }
    /// The national number with its middle hidden: `06 •• •• •• 78`. Safe to show and log.
    pub fn masked(&self) -> String {
        let national = &self.0[4..]; // 9 digits after +212
        format!("0{} •• •• •• {}", &national[..1], &national[7..])
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Accepts `06…`, `07…`, `+212 6…`, `00212 7…`, `212…` and `+212 (0)6…`, with spaces, dots,
/// hyphens and parentheses, in ASCII or Arabic-Indic digits. The national number must match
/// libphonenumber's mobile pattern for Morocco.
pub fn parse_mobile_phone(input: &str) -> Result<PhoneNumber, ValidationError> {
    let cleaned: String = ascii_digits(input)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '(' | ')' | '/'))
        .collect();
    if cleaned.is_empty() {
        return Err(ValidationError::Required);
    }
    let international = cleaned
        .strip_prefix('+')
        .or_else(|| cleaned.strip_prefix("00"))
        .map(|rest| rest.strip_prefix("212"));
    let national = match international {
        Some(Some(rest)) => rest
            .strip_prefix('0')
            .filter(|r| r.len() == 9)
            .unwrap_or(rest),
        Some(None) => return Err(ValidationError::PhoneFormat),
        None if cleaned.len() == 12 && cleaned.starts_with("212") => &cleaned[3..],
        None => cleaned
            .strip_prefix('0')
            .ok_or(ValidationError::PhoneFormat)?,
    };
    if national.len() == 9 && all_ascii_digits(national) && is_mobile(national) {
        Ok(PhoneNumber(format!("+212{national}")))
    } else {
        Err(ValidationError::PhoneFormat)
    }
}

/// libphonenumber's mobile pattern for MA:
/// `(?:6(?:[0-79]\d|8[0-247-9])|7(?:[0167]\d|2[0-4]|5[01]|8[0-3]))\d{6}`.
fn is_mobile(n: &str) -> bool {
    let b = n.as_bytes();
    match (b[0], b[1], b[2]) {
        (b'6', b'8', c) => matches!(c, b'0'..=b'2' | b'4' | b'7'..=b'9'),
        (b'6', _, _) => true,
        (b'7', b'0' | b'1' | b'6' | b'7', _) => true,
        (b'7', b'2', c) => matches!(c, b'0'..=b'4'),
        (b'7', b'5', c) => matches!(c, b'0' | b'1'),
        (b'7', b'8', c) => matches!(c, b'0'..=b'3'),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_accepted_spelling_gives_the_same_e164() {
        for input in [
            "0612345678",
            "06 12 34 56 78",
            "06.12.34.56.78",
            "06-12-34-56-78",
            "+212612345678",
            "+212 6 12 34 56 78",
            "00212612345678",
            "00 212 6 12 34 56 78",
            "212612345678",
            "+212 (0)6 12 34 56 78",
            "٠٦١٢٣٤٥٦٧٨",
            "۰۶۱۲۳۴۵۶۷۸",
        ] {
            assert_eq!(
                parse_mobile_phone(input).map(|p| p.0),
                Ok("+212612345678".to_owned()),
                "{input}"
            );
        }
        assert_eq!(
            parse_mobile_phone("07 00 11 22 33").map(|p| p.0),
            Ok("+212700112233".to_owned())
        );
    }

    #[test]
    fn fixed_lines_short_numbers_and_foreign_numbers_are_refused() {
        for input in [
            "0522123456",   // Casablanca fixed line
            "061234567",    // 8 national digits
            "06123456789",  // 10 national digits
            "+33612345678", // France
            "0683123456",   // 683 is not a mobile range
            "0725123456",   // 725 is not a mobile range
            "0752123456",   // 752 is not a mobile range
            "0790123456",   // 79x is not a mobile range
            "612345678",    // no trunk prefix
            "06123456ab",
        ] {
            assert_eq!(
                parse_mobile_phone(input),
                Err(ValidationError::PhoneFormat),
                "{input}"
            );
        }
        assert_eq!(parse_mobile_phone("  "), Err(ValidationError::Required));
    }

    #[test]
    fn masked_numbers_show_the_prefix_and_the_last_two_digits() {
        let p = parse_mobile_phone("0612345678").expect("valid");
        assert_eq!(p.masked(), "06 •• •• •• 78");
    }
}
