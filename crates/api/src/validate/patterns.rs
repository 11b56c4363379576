//! The input forms each validator accepts, as regular expressions for the OpenAPI document.
//!
//! A field's value is accepted by its validator if and only if it matches *every* pattern of
//! its list (two where one regular expression cannot say it: "6 to 9 digits" and "not all
//! zeros"). The patterns follow the validators' normalisation: separators anywhere (Unicode
//! white space, hyphens, dots, and the others each validator drops), lower-case letters,
//! Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits. Where a rule is
//! not a matter of form, the pattern accepts every value the validator accepts and says so:
//! the e-mail's byte lengths, and a date's distance from today, are judged by the server
//! alone. `tests/patterns.rs` checks each pattern against its validator.
//!
//! The syntax is the common subset of ECMA-262 (what JSON Schema names), Python's `re` and
//! Rust's `regex`: anchored with `^…$`, code points as `\uXXXX`, no `\s`/`\d`/`\w` (each
//! engine reads them differently), no look-around.

use std::sync::LazyLock;

/// `char::is_whitespace` (Unicode White_Space), what `trim` and the normalisers drop.
const WHITE_SPACE: &str =
    "\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";

/// The separators `compact` drops: white space, hyphens and dashes, dots.
fn compact_separators() -> String {
    format!("[{WHITE_SPACE}.\\u2010-\\u2015-]*")
}

/// The separators the phone parser drops: white space, `-`, `.`, `(`, `)`, `/`.
fn phone_separators() -> String {
    format!("[{WHITE_SPACE}.()/-]*")
}

/// A class of the given ASCII digits and their Arabic-Indic and Eastern Arabic-Indic forms.
fn digits(ascii: &str) -> String {
    let mut class = String::from("[");
    for d in ascii.bytes() {
        let n = u32::from(d - b'0');
        class.push(char::from(d));
        class.push_str(&format!("\\u{:04X}\\u{:04X}", 0x0660 + n, 0x06F0 + n));
    }
    class.push(']');
    class
}

/// Any digit of the three scripts.
fn any_digit() -> String {
    digits("0123456789")
}

/// `unit`, then separators.
fn then(unit: &str, sep: &str) -> String {
    format!("{unit}{sep}")
}

/// `(?:unit sep){min,max}`.
fn repeat(unit: &str, sep: &str, min: u32, max: u32) -> String {
    if min == max {
        format!("(?:{unit}{sep}){{{min}}}")
    } else {
        format!("(?:{unit}{sep}){{{min},{max}}}")
    }
}

fn cnie_body(s: &str) -> String {
    let letter = "[A-Za-z]";
    let first = digits("123456789");
    let d = any_digit();
    // 1 letter and 4 to 7 digits, or 2 letters and 4 to 6: 8 characters at most.
    format!(
        "(?:{l}{f}{rest7}|{l}{l}{f}{rest6})",
        l = then(letter, s),
        f = then(&first, s),
        rest7 = repeat(&d, s, 3, 6),
        rest6 = repeat(&d, s, 3, 5),
    )
}

/// At least one digit 1–9 (of any script) somewhere: "not all zeros".
fn some_nonzero_digit() -> String {
    digits("123456789")
}

/// The 9-digit account identifier: 6 to 9 digits (left-padded), not all zeros.
pub fn account_id() -> &'static [String] {
    static P: LazyLock<Vec<String>> = LazyLock::new(|| {
        let s = compact_separators();
        vec![
            format!("^{s}{}$", repeat(&any_digit(), &s, 6, 9)),
            some_nonzero_digit(),
        ]
    });
    &P
}

/// "Mot de passe oublié": the account identifier or a CNIE number.
pub fn recovery_identifier() -> &'static [String] {
    static P: LazyLock<Vec<String>> = LazyLock::new(|| {
        let s = compact_separators();
        vec![
            format!(
                "^{s}(?:{}|{})$",
                repeat(&any_digit(), &s, 6, 9),
                cnie_body(&s)
            ),
            // A CNIE has letters; a bare identifier must not be all zeros.
            format!("[A-Za-z]|{}", some_nonzero_digit()),
        ]
    });
    &P
}

/// A CNIE number: 1 or 2 letters, then digits whose first is not 0, 8 characters at most.
pub fn cnie() -> &'static [String] {
    static P: LazyLock<Vec<String>> = LazyLock::new(|| {
        let s = compact_separators();
        vec![format!("^{s}{}$", cnie_body(&s))]
    });
    &P
}

/// A passport number: 6 to 12 letters and digits, at least one digit.
pub fn passport() -> &'static [String] {
    static P: LazyLock<Vec<String>> = LazyLock::new(|| {
        let s = compact_separators();
        let alnum = format!("[A-Za-z{}", &any_digit()[1..]);
        vec![format!("^{s}{}$", repeat(&alnum, &s, 6, 12)), any_digit()]
    });
    &P
}

/// A carte de séjour number: 1 or 2 letters, then 4 to 10 digits.
pub fn residence_card() -> &'static [String] {
    static P: LazyLock<Vec<String>> = LazyLock::new(|| {
        let s = compact_separators();
        let l = then("[A-Za-z]", &s);
        vec![format!(
            "^{s}{l}(?:{l})?{}$",
            repeat(&any_digit(), &s, 4, 10)
        )]
    });
    &P
}

/// A one-time code: exactly 6 digits (pasted with spaces or hyphens, in any of the scripts).
pub fn otp() -> &'static [String] {
    static P: LazyLock<Vec<String>> = LazyLock::new(|| {
        let s = compact_separators();
        vec![format!("^{s}{}$", repeat(&any_digit(), &s, 6, 6))]
    });
    &P
}

/// A Moroccan mobile number: `06…`/`07…`, `+212 6…`, `00212 7…`, `212…`, `+212 (0)6…`, with
/// spaces, dots, hyphens, slashes and parentheses, in any of the digit scripts; the national
/// number follows libphonenumber's mobile pattern for Morocco.
pub fn mobile_phone() -> &'static [String] {
    static P: LazyLock<Vec<String>> = LazyLock::new(|| {
        let s = phone_separators();
        let t = |ascii: &str| then(&digits(ascii), &s);
        let d = any_digit();
        // `(?:6(?:[0-79]\d|8[0-247-9])|7(?:[0167]\d|2[0-4]|5[01]|8[0-3]))\d{6}`
        let national = format!(
            "(?:{six}(?:{a}{any}|{eight}{b})|{seven}(?:{c}{any}|{two}{e}|{five}{f}|{eight}{g})){rest}",
            six = t("6"),
            seven = t("7"),
            eight = t("8"),
            two = t("2"),
            five = t("5"),
            a = t("012345679"),
            b = t("0124789"),
            c = t("0167"),
            e = t("01234"),
            f = t("01"),
            g = t("0123"),
            any = then(&d, &s),
            rest = repeat(&d, &s, 6, 6),
        );
        let country = format!("{}{}{}", t("2"), t("1"), t("2"));
        let prefix = format!(
            "(?:(?:\\+{s}|{zero}{zero}){country}(?:{zero})?|{country}|{zero})",
            zero = t("0"),
        );
        vec![format!("^{s}{prefix}{national}$")]
    });
    &P
}

/// An e-mail address: surrounding white space, one `@`, a non-empty local part of at most 64
/// characters, a domain of dot-separated non-empty labels (two at least), no white space
/// inside. The byte lengths (64 for the local part, 254 in all) are the server's to judge.
pub fn email() -> &'static [String] {
    static P: LazyLock<Vec<String>> = LazyLock::new(|| {
        let w = format!("[{WHITE_SPACE}]*");
        let local = format!("[^@{WHITE_SPACE}]{{1,64}}");
        let label = format!("[^@.{WHITE_SPACE}]+");
        vec![format!("^{w}{local}@{label}(?:\\.{label})+{w}$")]
    });
    &P
}

/// An ISO 8601 calendar date, `YYYY-MM-DD` in ASCII digits, a real day of the Gregorian
/// calendar (leap years included), with surrounding white space. How far it may be from today
/// depends on the field and on the day: the server judges that.
pub fn iso_date() -> &'static [String] {
    static P: LazyLock<Vec<String>> = LazyLock::new(|| {
        let w = format!("[{WHITE_SPACE}]*");
        let common = "[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])\
                      |(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)\
                      |02-(?:0[1-9]|1[0-9]|2[0-8]))";
        let leap_day =
            "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29";
        vec![format!("^{w}(?:{common}|{leap_day}){w}$")]
    });
    &P
}

/// A device's name ([`crate::account::DeviceInfo`]): no control character (Unicode `Cc`) and
/// none of the characters that reorder or hide text
/// ([`crate::account::is_hidden_or_control`]), no white space at either end; its length (1 to
/// 64 characters) is the schema's.
pub fn device_name() -> &'static [String] {
    static P: LazyLock<Vec<String>> = LazyLock::new(|| {
        let control = "\\u0000-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF";
        let end = format!("[^{control}{WHITE_SPACE}]");
        vec![format!("^{end}(?:[^{control}]*{end})?$")]
    });
    &P
}

/// The opaque ids and tokens the server issues: 256 random bits, base64url without padding.
pub fn opaque_id() -> &'static [String] {
    static P: LazyLock<Vec<String>> = LazyLock::new(|| vec![OPAQUE_ID.to_owned()]);
    &P
}

/// See [`opaque_id`].
pub const OPAQUE_ID: &str = "^[A-Za-z0-9_-]{43}$";

/// True when `value` has the shape of an id or token the server issues ([`OPAQUE_ID`]).
pub fn is_opaque_id(value: &str) -> bool {
    value.len() == 43
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_char() -> impl Iterator<Item = char> {
        (0..=0x10FFFF_u32).filter_map(char::from_u32)
    }

    #[test]
    fn the_white_space_class_is_exactly_what_rust_calls_white_space() {
        let class = regex::Regex::new(&format!("^[{WHITE_SPACE}]$")).expect("regex");
        for c in every_char() {
            assert_eq!(class.is_match(&c.to_string()), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn the_separator_classes_are_exactly_what_the_normalisers_drop() {
        let compact = regex::Regex::new(&format!("^{}$", compact_separators())).expect("regex");
        let phone = regex::Regex::new(&format!("^{}$", phone_separators())).expect("regex");
        for c in every_char() {
            let s = c.to_string();
            assert_eq!(
                compact.is_match(&s),
                super::super::compact(&s).is_empty(),
                "{c:?}"
            );
            let dropped_by_phone = c.is_whitespace() || matches!(c, '-' | '.' | '(' | ')' | '/');
            assert_eq!(phone.is_match(&s), dropped_by_phone, "{c:?}");
        }
    }

    #[test]
    fn each_digit_class_holds_the_three_scripts() {
        let six = regex::Regex::new(&format!("^{}$", digits("6"))).expect("regex");
        for c in every_char() {
            let s = c.to_string();
            assert_eq!(
                six.is_match(&s),
                super::super::ascii_digits(&s) == "6",
                "{c:?}"
            );
        }
    }
}
