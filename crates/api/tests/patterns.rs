//! The OpenAPI patterns of `macnss_api::validate::patterns` against the validators they
//! describe: a pattern set must accept every input its validator accepts (or the document
//! would call valid input invalid), and, where the rule is a matter of form, refuse every
//! input its validator refuses (or the document would promise what the server refuses).
//!
//! Inputs: arbitrary Unicode, strings of the characters people type into these fields, strings
//! shaped like the accepted forms, and strings drawn from the patterns themselves (as an API
//! fuzzer does), each with separators and digits of the three scripts.

use macnss_api::validate::patterns;
use macnss_api::validate::{
    IdDocumentKind, parse_account_id, parse_email, parse_id_document, parse_iso_date,
    parse_mobile_phone, parse_otp, parse_recovery_identifier,
};
use proptest::prelude::*;
use regex::Regex;

fn compile(set: &[String]) -> Vec<Regex> {
    set.iter()
        .map(|p| Regex::new(p).unwrap_or_else(|e| panic!("{p}: {e}")))
        .collect()
}

fn matches(set: &[Regex], input: &str) -> bool {
    set.iter().all(|r| r.is_match(input))
}

fn typed_char() -> impl Strategy<Value = char> {
    prop_oneof![
        6 => proptest::char::range('0', '9'),
        2 => proptest::char::range('\u{0660}', '\u{0669}'),
        2 => proptest::char::range('\u{06F0}', '\u{06F9}'),
        3 => proptest::char::range('A', 'Z'),
        2 => proptest::char::range('a', 'z'),
        3 => prop::sample::select(vec![
            ' ', '\u{a0}', '\u{2009}', '\u{3000}', '\u{85}', '\t', '\n', '-', '\u{2011}',
            '\u{2015}', '.', '+', '(', ')', '/', '@', '0', '6', '7', '2', '1', '_',
        ]),
        1 => prop::sample::select(vec![
            'é', 'İ', 'ß', 'ﬁ', 'Ａ', '１', '१', '٫', '\u{200f}', '\u{200b}', '\u{0}', '🙂',
            'ا',
        ]),
    ]
}

fn typed() -> impl Strategy<Value = String> {
    prop::collection::vec(typed_char(), 0..16).prop_map(String::from_iter)
}

fn shaped() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z]{1,2}[0-9]{3,8}",
        "[A-Z]{2}[0-9]{7}",
        "[A-Z0-9]{5,13}",
        "(\\+212 ?(\\(0\\))?|00212|0|212)[5-8][0-9]{8}",
        "[0-9]{5,10}",
        "[0-9]{3} ?[0-9]{3}",
        "[a-z0-9._]{0,10}@[a-z.]{0,8}\\.[a-z]{0,3}",
        " ?[0-9]{4}-[0-9]{2}-[0-9]{2} ?",
    ]
}

/// A shaped string with separators (of every validator's set, and some of none) and
/// digits of other scripts mixed in.
fn separated() -> impl Strategy<Value = String> {
    let sep = prop_oneof![
        24 => Just(""),
        3 => prop::sample::select(vec![" ", "-", ".", "/", "(", ")"]),
        2 => prop::sample::select(vec!["\u{a0}", "\u{2011}", "\u{2015}", "\t", "\u{3000}"]),
        1 => prop::sample::select(vec!["_", "+", "\u{200b}", "،"]),
    ];
    (shaped(), prop::collection::vec((sep, any::<bool>()), 16)).prop_map(|(s, seps)| {
        let mut out = String::new();
        for (c, (sep, arabic)) in s.chars().zip(seps.into_iter().cycle()) {
            out.push_str(sep);
            match c.to_digit(10) {
                Some(d) if arabic => out.push(char::from_u32(0x0660 + d).unwrap_or(c)),
                _ => out.push(c),
            }
        }
        out
    })
}

/// Strings the first pattern of `set` describes (anchors dropped, as a generator reads them).
fn drawn(set: &[String]) -> BoxedStrategy<String> {
    let first = set[0].trim_start_matches('^').trim_end_matches('$');
    proptest::string::string_regex(first)
        .unwrap_or_else(|e| panic!("{first}: {e}"))
        .boxed()
}

fn inputs(set: &[String]) -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), typed(), shaped(), separated(), drawn(set)]
}

/// `set` accepts exactly what `valid` accepts.
fn exact(set: &'static [String], valid: fn(&str) -> bool) {
    let compiled = compile(set);
    proptest!(ProptestConfig::with_cases(3000), |(s in inputs(set))| {
        prop_assert_eq!(matches(&compiled, &s), valid(&s), "{:?}", s);
    });
}

#[test]
fn account_ids() {
    exact(patterns::account_id(), |s| parse_account_id(s).is_ok());
}

#[test]
fn recovery_identifiers() {
    exact(patterns::recovery_identifier(), |s| {
        parse_recovery_identifier(s).is_ok()
    });
}

#[test]
fn document_numbers() {
    exact(patterns::cnie(), |s| {
        parse_id_document(IdDocumentKind::Cnie, s).is_ok()
    });
    exact(patterns::passport(), |s| {
        parse_id_document(IdDocumentKind::Passport, s).is_ok()
    });
    exact(patterns::residence_card(), |s| {
        parse_id_document(IdDocumentKind::ResidenceCard, s).is_ok()
    });
}

#[test]
fn device_names() {
    fn acceptable(s: &str) -> bool {
        !s.is_empty() && !s.chars().any(macnss_api::account::is_hidden_or_control) && s.trim() == s
    }
    exact(patterns::device_name(), acceptable);
    // The length is the schema's (1 to 64 characters); the rest is the pattern's.
    proptest!(ProptestConfig::with_cases(3000), |(name in inputs(patterns::device_name()))| {
        let device = macnss_api::account::DeviceInfo {
            device_id: "A".repeat(43),
            name: name.clone(),
            platform: macnss_api::account::Platform::Android,
        };
        let len = name.chars().count();
        prop_assert_eq!(device.is_valid(), acceptable(&name) && (1..=64).contains(&len));
    });
}

#[test]
fn one_time_codes() {
    exact(patterns::otp(), |s| parse_otp(s).is_ok());
}

#[test]
fn mobile_phones() {
    exact(patterns::mobile_phone(), |s| parse_mobile_phone(s).is_ok());
}

#[test]
fn iso_dates() {
    exact(patterns::iso_date(), |s| parse_iso_date(s).is_ok());
}

/// Every address the validator accepts matches; a match is accepted unless its byte lengths
/// are over the limits (which no pattern can count for every script).
#[test]
fn emails() {
    let set = patterns::email();
    let compiled = compile(set);
    proptest!(ProptestConfig::with_cases(3000), |(s in inputs(set))| {
        let ok = parse_email(&s).is_ok();
        if ok {
            prop_assert!(matches(&compiled, &s), "{:?}", s);
        }
        let t = s.trim();
        let short = t.split_once('@').is_some_and(|(local, _)| local.len() <= 64)
            && t.to_lowercase().len() <= 254;
        if matches(&compiled, &s) && s.is_ascii() && short {
            prop_assert!(ok, "{:?}", s);
        }
    });
}

#[test]
fn every_accepted_spelling_of_the_tables_matches() {
    let cases: &[(&[String], &str)] = &[
        (patterns::account_id(), " 123 456 789 "),
        (patterns::account_id(), "١٢٣٤٥٦٧٨٩"),
        (patterns::account_id(), "۱۲۳۴۵۶۷۸"),
        (patterns::recovery_identifier(), "ab 123456"),
        (patterns::recovery_identifier(), "678-901-234"),
        (patterns::cnie(), "bk-٢٣٤٥٦٧"),
        (patterns::passport(), "ab1234567"),
        (patterns::residence_card(), "e1234"),
        (patterns::otp(), "۱۲۳ ۴۵۶"),
        (patterns::mobile_phone(), "+212 (0)6 12 34 56 78"),
        (patterns::mobile_phone(), "00212 7 01 23 45 67"),
        (patterns::mobile_phone(), "06.12.34.56.78"),
        (patterns::mobile_phone(), "٠٦١٢٣٤٥٦٧٨"),
        (patterns::email(), " Amina@Example.MA "),
        (patterns::iso_date(), "2024-02-29"),
    ];
    for (set, input) in cases {
        assert!(matches(&compile(set), input), "{input:?}");
    }
    for (set, input) in [
        (patterns::account_id(), "000000000"),
        (patterns::mobile_phone(), "0512345678"),
        (patterns::mobile_phone(), "+2120612345678x"),
        (patterns::iso_date(), "2023-02-29"),
        (patterns::iso_date(), "1900-02-29"),
        (patterns::cnie(), "A0123"),
    ] {
        assert!(!matches(&compile(set), input), "{input:?}");
    }
}

#[test]
fn opaque_ids_have_the_shape_the_server_issues() {
    let r = Regex::new(patterns::OPAQUE_ID).expect("regex");
    proptest!(|(s in prop_oneof![any::<String>(), "[A-Za-z0-9_-]{40,45}", typed()])| {
        prop_assert_eq!(r.is_match(&s), patterns::is_opaque_id(&s), "{:?}", s);
    });
}
