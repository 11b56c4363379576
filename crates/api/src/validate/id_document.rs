//! Identity document numbers: CNIE (national ID card), passport and carte de séjour.

use super::ValidationError;
use super::normalize::compact;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Which identity document the person holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum IdDocumentKind {
    /// Carte nationale d'identité électronique.
    Cnie,
    /// Moroccan or foreign passport.
    Passport,
    /// Carte de séjour (residence card).
    ResidenceCard,
}

impl IdDocumentKind {
    pub const ALL: [IdDocumentKind; 3] = [Self::Cnie, Self::Passport, Self::ResidenceCard];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Cnie => "cnie",
            Self::Passport => "passport",
            Self::ResidenceCard => "residence_card",
        }
    }
}

/// A normalised (upper-case, no separators) identity document number of a known kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdDocumentNumber {
    kind: IdDocumentKind,
    number: String,
}

impl IdDocumentNumber {
    pub fn kind(&self) -> IdDocumentKind {
        self.kind
    }
    pub fn as_str(&self) -> &str {
        &self.number
    }
    /// The number with all but its last three characters hidden, for logs and screens.
    pub fn masked(&self) -> String {
        let n = self.number.len();
        let keep = n.min(3);
        format!("{}{}", "•".repeat(n - keep), &self.number[n - keep..])
    }
}

impl fmt::Display for IdDocumentNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.number)
    }
}

/// Normalises and checks a document number for the given kind.
///
/// - CNIE: 1–2 Latin letters, then 4 or more digits whose first is not 0; 8 characters at most.
/// - Passport: 6–12 letters and digits (a Moroccan one is 2 letters + 7 digits).
/// - Carte de séjour: 1–2 letters then 4–10 digits (the registry is the authority).
pub fn parse_id_document(
    kind: IdDocumentKind,
    input: &str,
) -> Result<IdDocumentNumber, ValidationError> {
    let number = compact(input).to_ascii_uppercase();
    if number.is_empty() {
        return Err(ValidationError::Required);
    }
    let ok = match kind {
        IdDocumentKind::Cnie => is_cnie(&number),
        IdDocumentKind::Passport => {
            (6..=12).contains(&number.len())
                && number
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                && number.bytes().any(|b| b.is_ascii_digit())
        }
        IdDocumentKind::ResidenceCard => {
            let (letters, digits) = split_letters(&number);
            (1..=2).contains(&letters.len())
                && (4..=10).contains(&digits.len())
                && digits.bytes().all(|b| b.is_ascii_digit())
        }
    };
    if ok {
        Ok(IdDocumentNumber { kind, number })
    } else {
        Err(match kind {
            IdDocumentKind::Cnie => ValidationError::CnieFormat,
            IdDocumentKind::Passport => ValidationError::PassportFormat,
            IdDocumentKind::ResidenceCard => ValidationError::ResidenceCardFormat,
        })
    }
}

/// True for a normalised (upper-case, compact) CNIE number.
pub(crate) fn is_cnie(number: &str) -> bool {
    let (letters, digits) = split_letters(number);
    number.len() <= 8
        && (1..=2).contains(&letters.len())
        && digits.len() >= 4
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
}

fn split_letters(s: &str) -> (&str, &str) {
    let end = s
        .bytes()
        .position(|b| !b.is_ascii_uppercase())
        .unwrap_or(s.len());
    s.split_at(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use IdDocumentKind::*;
    use ValidationError::*;

    fn ok(kind: IdDocumentKind, input: &str) -> String {
        parse_id_document(kind, input)
            .unwrap_or_else(|e| panic!("{input:?} refused: {e:?}"))
            .as_str()
            .to_owned()
    }

    #[test]
    fn cnie_numbers_are_normalised_to_upper_case_without_separators() {
        assert_eq!(ok(Cnie, "ab123456"), "AB123456");
        assert_eq!(ok(Cnie, " A 1234 "), "A1234");
        assert_eq!(ok(Cnie, "bk-٢٣٤٥٦٧"), "BK234567");
        assert_eq!(ok(Cnie, "X9999999"), "X9999999");
    }

    #[test]
    fn cnie_table_of_refusals() {
        for input in [
            "AB0123456",  // first digit 0 and too long
            "A0123",      // first digit 0
            "ABC12345",   // three letters
            "123456",     // no letter
            "AB1234567",  // 9 characters
            "A123",       // 3 digits
            "AB12C4",     // letter among digits
            "É12345",     // not a Latin ASCII letter
            "AB１２３４", // full-width digits are not ASCII digits
        ] {
            assert_eq!(parse_id_document(Cnie, input), Err(CnieFormat), "{input}");
        }
        assert_eq!(parse_id_document(Cnie, "  "), Err(Required));
    }

    #[test]
    fn passports_accept_moroccan_and_foreign_formats() {
        assert_eq!(ok(Passport, "ab1234567"), "AB1234567");
        assert_eq!(ok(Passport, "C01X00T47"), "C01X00T47");
        assert_eq!(ok(Passport, "123456"), "123456");
        assert_eq!(ok(Passport, "AB12345678CD"), "AB12345678CD");
        for input in ["AB123", "AB12345678CDE", "ABCDEFG", "AB_1234567"] {
            assert_eq!(
                parse_id_document(Passport, input),
                Err(PassportFormat),
                "{input}"
            );
        }
    }

    #[test]
    fn residence_cards_are_letters_then_four_to_ten_digits() {
        assert_eq!(ok(ResidenceCard, "e1234"), "E1234");
        assert_eq!(ok(ResidenceCard, "EF1234567890"), "EF1234567890");
        for input in ["E123", "EFG1234", "1234567", "E12345678901"] {
            assert_eq!(
                parse_id_document(ResidenceCard, input),
                Err(ResidenceCardFormat),
                "{input}"
            );
        }
    }

    #[test]
    fn masked_numbers_keep_only_the_last_three_characters() {
        let n = parse_id_document(Cnie, "AB123456").expect("valid");
        assert_eq!(n.masked(), "•••••456");
    }
}
