//! The 9-digit CNSS account identifier (an Assuré's immatriculation number, a dependant's own
//! number), and the "identifier or CNIE" input of password recovery.

use super::ValidationError;
use super::id_document::{IdDocumentKind, IdDocumentNumber, is_cnie, parse_id_document};
use super::normalize::{all_ascii_digits, compact};
use std::fmt;

/// A normalised 9-digit account identifier.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AccountId(String);

impl AccountId {
    pub const LEN: usize = 9;
    /// Fewest digits accepted on input before left zero-padding: shorter is a truncated number.
    pub const MIN_INPUT_DIGITS: usize = 6;

    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The identifier with its first five digits hidden, for logs.
    pub fn masked(&self) -> String {
        format!("•••••{}", &self.0[5..])
    }
}

impl fmt::Display for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Normalises and checks an account identifier: 6 to 9 ASCII digits after normalisation,
/// left-padded with zeros to 9, not all zeros.
pub fn parse_account_id(input: &str) -> Result<AccountId, ValidationError> {
    let digits = compact(input);
    if digits.is_empty() {
        return Err(ValidationError::Required);
    }
    if !all_ascii_digits(&digits)
        || !(AccountId::MIN_INPUT_DIGITS..=AccountId::LEN).contains(&digits.len())
        || digits.bytes().all(|b| b == b'0')
    {
        return Err(ValidationError::AccountIdFormat);
    }
    Ok(AccountId(format!("{digits:0>9}")))
}

/// What "Mot de passe oublié" accepts: the account identifier or the holder's CNIE.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecoveryIdentifier {
    Account(AccountId),
    Cnie(IdDocumentNumber),
}

/// Reads an identifier when the input is all digits, a CNIE number when it starts with a letter.
pub fn parse_recovery_identifier(input: &str) -> Result<RecoveryIdentifier, ValidationError> {
    let c = compact(input).to_ascii_uppercase();
    if c.is_empty() {
        return Err(ValidationError::Required);
    }
    if c.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return parse_account_id(&c).map(RecoveryIdentifier::Account);
    }
    if is_cnie(&c) {
        return parse_id_document(IdDocumentKind::Cnie, &c).map(RecoveryIdentifier::Cnie);
    }
    Err(ValidationError::AccountIdFormat)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nine_digits_are_kept_and_shorter_numbers_are_left_padded() {
        assert_eq!(
            parse_account_id("123456789").map(|a| a.0),
            Ok("123456789".into())
        );
        assert_eq!(
            parse_account_id(" 123 456 789 ").map(|a| a.0),
            Ok("123456789".into())
        );
        assert_eq!(
            parse_account_id("١٢٣٤٥٦٧٨٩").map(|a| a.0),
            Ok("123456789".into())
        );
        assert_eq!(
            parse_account_id("۱۲۳۴۵۶۷۸").map(|a| a.0),
            Ok("012345678".into())
        );
        assert_eq!(
            parse_account_id("123456").map(|a| a.0),
            Ok("000123456".into())
        );
    }

    #[test]
    fn account_id_refusals() {
        assert_eq!(parse_account_id(""), Err(ValidationError::Required));
        for input in [
            "12345",
            "1234567890",
            "12345678A",
            "000000000",
            "１２３４５６７８９",
        ] {
            assert_eq!(
                parse_account_id(input),
                Err(ValidationError::AccountIdFormat),
                "{input}"
            );
        }
    }

    #[test]
    fn account_ids_are_masked_in_logs() {
        assert_eq!(
            parse_account_id("123456789").map(|a| a.masked()),
            Ok("•••••6789".into())
        );
    }

    #[test]
    fn recovery_accepts_an_identifier_or_a_cnie() {
        assert!(matches!(
            parse_recovery_identifier("123456789"),
            Ok(RecoveryIdentifier::Account(a)) if a.as_str() == "123456789"
        ));
        assert!(matches!(
            parse_recovery_identifier("ab 123456"),
            Ok(RecoveryIdentifier::Cnie(n)) if n.as_str() == "AB123456"
        ));
        assert_eq!(
            parse_recovery_identifier(" "),
            Err(ValidationError::Required)
        );
        assert_eq!(
            parse_recovery_identifier("ABC"),
            Err(ValidationError::AccountIdFormat)
        );
    }
}
