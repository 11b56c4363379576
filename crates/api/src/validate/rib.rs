//! The Moroccan RIB («relevé d'identité bancaire»): 24 digits — bank code (3), city code (3),
//! account number (16), key (2). The key makes the 24-digit number divisible by 97 (the same
//! check as the IBAN of a Moroccan account, `MA` + 2 digits + the RIB).

use super::ValidationError;
use super::normalize::{all_ascii_digits, compact};
use std::fmt;

/// A RIB whose key matches. `Debug` shows only the last 4 digits of the account number.
#[derive(Clone, PartialEq, Eq)]
pub struct Rib(String);

impl Rib {
    pub const LEN: usize = 24;

    /// The 24 digits.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The 3-digit bank code.
    pub fn bank_code(&self) -> &str {
        &self.0[..3]
    }

    /// The last 4 digits of the account number (what the app shows: «•••• 1234»).
    pub fn last_digits(&self) -> &str {
        &self.0[18..22]
    }
}

impl fmt::Debug for Rib {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Rib(•••• {})", self.last_digits())
    }
}

/// Accepts the RIB as printed (groups separated by spaces, hyphens or dots; Arabic-Indic
/// digits), refuses any other length or a key that does not match.
pub fn parse_rib(input: &str) -> Result<Rib, ValidationError> {
    let c = compact(input);
    if c.is_empty() {
        return Err(ValidationError::Required);
    }
    if c.len() != Rib::LEN || !all_ascii_digits(&c) {
        return Err(ValidationError::RibFormat);
    }
    let rest = c
        .bytes()
        .fold(0u32, |r, b| (r * 10 + u32::from(b - b'0')) % 97);
    if rest == 0 {
        Ok(Rib(c))
    } else {
        Err(ValidationError::RibKey)
    }
}

/// The key that completes the 22 digits `bank_city_account` (for tests and demo data).
pub fn rib_key(bank_city_account: &str) -> Option<String> {
    if bank_city_account.len() != Rib::LEN - 2 || !all_ascii_digits(bank_city_account) {
        return None;
    }
    let rest = bank_city_account
        .bytes()
        .fold(0u32, |r, b| (r * 10 + u32::from(b - b'0')) % 97);
    Some(format!("{:02}", 97 - (rest * 100) % 97))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rib_with_its_key_is_accepted_as_printed() {
        let body = "0077800001234567890123";
        let key = rib_key(body).expect("valid");
        let rib = parse_rib(&format!("007 780 0001234567890123 {key}")).expect("valid");
        assert_eq!(rib.expose(), format!("{body}{key}"));
        assert_eq!(rib.bank_code(), "007");
        assert_eq!(rib.last_digits(), "0123");
        assert_eq!(format!("{rib:?}"), "Rib(•••• 0123)");
        let arabic: String = format!("{body}{key}")
            .chars()
            .map(|c| char::from_u32(0x0660 + c.to_digit(10).expect("valid")).expect("valid"))
            .collect();
        assert_eq!(parse_rib(&arabic).expect("valid"), rib);
    }

    #[test]
    fn every_wrong_key_and_length_is_refused() {
        let body = "0117800001234567890123";
        let good: u32 = rib_key(body).expect("valid").parse().expect("valid");
        for k in (0..100).filter(|k| *k != good) {
            assert_eq!(
                parse_rib(&format!("{body}{k:02}")),
                Err(ValidationError::RibKey),
                "{k}"
            );
        }
        assert_eq!(parse_rib(""), Err(ValidationError::Required));
        assert_eq!(parse_rib(&body[..21]), Err(ValidationError::RibFormat));
        assert_eq!(
            parse_rib(&format!("{body}1")),
            Err(ValidationError::RibFormat)
        );
        assert_eq!(
            parse_rib(&format!("{body}123")),
            Err(ValidationError::RibFormat)
        );
        assert_eq!(
            parse_rib(&format!("{body}4A")),
            Err(ValidationError::RibFormat)
        );
    }
}
