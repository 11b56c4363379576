//! The normalisation every typed value goes through before it is checked: trimming,
//! Arabic-Indic digits turned into ASCII digits, and separators dropped.

/// Replaces Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits with
/// their ASCII equivalents; every other character is kept.
pub fn ascii_digits(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            other => other,
        })
        .collect()
}

/// [`ascii_digits`], then drops every whitespace character (including no-break and thin
/// spaces), hyphen and dot: the form of an identifier that has no separators of its own.
pub fn compact(input: &str) -> String {
    ascii_digits(input)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '\u{2010}'..='\u{2015}'))
        .collect()
}

/// True when every byte is an ASCII digit (and there is at least one).
pub(crate) fn all_ascii_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_indic_and_eastern_digits_become_ascii() {
        assert_eq!(ascii_digits("٠١٢٣٤٥٦٧٨٩"), "0123456789");
        assert_eq!(ascii_digits("۰۱۲۳۴۵۶۷۸۹"), "0123456789");
        assert_eq!(ascii_digits("AB١٢3"), "AB123");
    }

    #[test]
    fn compact_drops_spaces_hyphens_and_dots() {
        assert_eq!(compact(" 06 12-34.56\u{a0}78 "), "0612345678");
        assert_eq!(compact("\u{2009}12\u{2011}3"), "123");
    }

    #[test]
    fn unicode_digits_other_than_arabic_are_not_ascii_digits() {
        // Devanagari and full-width digits are not turned into ASCII: they stay refused.
        assert!(!all_ascii_digits("१२३"));
        assert!(!all_ascii_digits("１２３"));
        assert!(!all_ascii_digits(""));
        assert!(all_ascii_digits("0123"));
    }
}
