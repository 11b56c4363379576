//! Property tests of every validator and normaliser of `macnss_api::validate`: on arbitrary
//! Unicode none panics, the normalisers are idempotent, an accepted value parses again to
//! itself, and Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits are
//! read exactly like ASCII digits wherever the domain says digits are normalised.
//!
//! Two generators: `any::<String>()` (any Unicode scalar values) for "never panics", and
//! `typed()`, strings built from the characters people actually type into these fields
//! (digits of the three scripts, letters, separators, `+`, `@`, look-alikes), so that the
//! "accepted" branches are reached often enough to mean something.

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
use macnss_api::types::{
    RecoveryStartRequest, RecoveryVerifyRequest, SignInRequest, SignupContactRequest,
    SignupStartRequest, SignupVerifyRequest,
};
use macnss_api::validate::{
    IdDocumentKind, RecoveryIdentifier, ascii_digits, casablanca_today, check_new_password,
    compact, is_top_common_password, normalize_password, parse_account_id, parse_date_parts,
    parse_email, parse_id_document, parse_iso_date, parse_mobile_phone, parse_otp,
    parse_recovery_identifier, validate_birth_date, validate_document_expiry,
};
use proptest::prelude::*;

/// Characters people type (or paste) into identifier, phone, code and date fields.
fn typed_char() -> impl Strategy<Value = char> {
    prop_oneof![
        6 => proptest::char::range('0', '9'),
        2 => proptest::char::range('\u{0660}', '\u{0669}'),
        2 => proptest::char::range('\u{06F0}', '\u{06F9}'),
        3 => proptest::char::range('A', 'Z'),
        2 => proptest::char::range('a', 'z'),
        3 => prop::sample::select(vec![
            ' ', '\u{a0}', '\u{2009}', '\t', '-', '\u{2011}', '.', '+', '(', ')', '/', '@',
            '0', '6', '7', '2', '1',
        ]),
        1 => prop::sample::select(vec![
            'é', 'İ', 'ß', 'ﬁ', 'Ａ', '１', '१', '٫', '\u{200f}', '\u{0}', '🙂', 'ا',
        ]),
    ]
}

fn typed() -> impl Strategy<Value = String> {
    prop::collection::vec(typed_char(), 0..16).prop_map(String::from_iter)
}

/// Strings shaped like the accepted formats (so the round-trip properties are exercised on
/// many accepted values, not a lucky few), with optional separators.
fn shaped() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z]{1,2}[1-9][0-9]{3,5}",
        "[A-Z]{2}[0-9]{7}",
        "(\\+212 ?|00212|0|212)[67][0-9]{8}",
        "[0-9]{6,9}",
        "[0-9]{3} ?[0-9]{3}",
        "[a-z0-9._]{1,10}@[a-z]{1,8}\\.[a-z]{2,3}",
    ]
}

fn input() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), typed(), shaped()]
}

/// Every ASCII digit of `s` written in Arabic-Indic (`eastern == false`) or Eastern
/// Arabic-Indic digits.
fn arabic(s: &str, eastern: bool) -> String {
    let zero = if eastern { 0x06F0 } else { 0x0660 };
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => char::from_u32(zero + d).unwrap_or(c),
            _ => c,
        })
        .collect()
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (-3000i32..12000, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| {
        NaiveDate::from_ymd_opt(y, m, d)
            .or_else(|| NaiveDate::from_ymd_opt(y, m, 28))
            .unwrap_or(NaiveDate::MIN)
    })
}

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    // 1970 to 2200, every second (before 1913 Casablanca kept local mean time, UTC-0:30).
    (0i64..7_258_118_400).prop_map(|s| {
        Utc.timestamp_opt(s, 0)
            .single()
            .unwrap_or(DateTime::<Utc>::MIN_UTC)
    })
}

fn kind() -> impl Strategy<Value = IdDocumentKind> {
    prop::sample::select(IdDocumentKind::ALL.to_vec())
}

proptest! {
    // No regression files: a failure prints its minimal input, which becomes a table test.
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    // --- the normalisers -------------------------------------------------------------------

    #[test]
    fn ascii_digits_is_idempotent_and_leaves_no_arabic_digit(s in input()) {
        let once = ascii_digits(&s);
        prop_assert_eq!(ascii_digits(&once), once.clone());
        let arabic_left = once
            .chars()
            .any(|c| ('\u{0660}'..='\u{0669}').contains(&c) || ('\u{06F0}'..='\u{06F9}').contains(&c));
        prop_assert!(!arabic_left);
        prop_assert_eq!(once.chars().count(), s.chars().count());
    }

    #[test]
    fn ascii_digits_reads_both_arabic_scripts_as_ascii(s in input(), eastern in any::<bool>()) {
        prop_assert_eq!(ascii_digits(&arabic(&s, eastern)), ascii_digits(&s));
    }

    #[test]
    fn compact_is_idempotent_and_leaves_no_separator(s in input()) {
        let once = compact(&s);
        prop_assert_eq!(compact(&once), once.clone());
        prop_assert!(!once.chars().any(|c| c.is_whitespace() || c == '-' || c == '.'));
    }

    #[test]
    fn password_normalisation_is_idempotent(s in input()) {
        let once = normalize_password(&s);
        prop_assert_eq!(normalize_password(&once), once.clone());
        // The device's short list judges a password and its normal form alike.
        prop_assert_eq!(is_top_common_password(&s), is_top_common_password(&once));
    }

    // --- identifiers ---------------------------------------------------------------------------

    #[test]
    fn an_accepted_account_id_is_nine_ascii_digits_and_parses_to_itself(s in input()) {
        if let Ok(id) = parse_account_id(&s) {
            prop_assert_eq!(id.as_str().len(), 9);
            prop_assert!(id.as_str().bytes().all(|b| b.is_ascii_digit()));
            prop_assert_eq!(parse_account_id(id.as_str()), Ok(id.clone()));
            prop_assert_eq!(id.masked().chars().count(), 9);
        }
    }

    #[test]
    fn an_account_id_in_arabic_digits_reads_as_in_ascii(s in input(), eastern in any::<bool>()) {
        prop_assert_eq!(parse_account_id(&arabic(&s, eastern)), parse_account_id(&s));
    }

    #[test]
    fn an_accepted_recovery_identifier_parses_to_itself(s in input(), eastern in any::<bool>()) {
        let parsed = parse_recovery_identifier(&s);
        prop_assert_eq!(parse_recovery_identifier(&arabic(&s, eastern)), parsed.clone());
        match parsed {
            Ok(RecoveryIdentifier::Account(id)) => {
                prop_assert_eq!(
                    parse_recovery_identifier(id.as_str()),
                    Ok(RecoveryIdentifier::Account(id.clone()))
                );
            }
            Ok(RecoveryIdentifier::Cnie(doc)) => {
                prop_assert_eq!(doc.kind(), IdDocumentKind::Cnie);
                prop_assert_eq!(
                    parse_recovery_identifier(doc.as_str()),
                    Ok(RecoveryIdentifier::Cnie(doc.clone()))
                );
            }
            Err(_) => {}
        }
    }

    #[test]
    fn an_accepted_document_number_is_upper_case_ascii_and_parses_to_itself(
        k in kind(), s in input(), eastern in any::<bool>()
    ) {
        let parsed = parse_id_document(k, &s);
        prop_assert_eq!(parse_id_document(k, &arabic(&s, eastern)), parsed.clone());
        if let Ok(n) = parsed {
            prop_assert!(n.as_str().bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()));
            prop_assert!(n.as_str().len() <= 12);
            prop_assert_eq!(parse_id_document(k, n.as_str()), Ok(n.clone()));
            prop_assert_eq!(parse_id_document(k, &n.as_str().to_ascii_lowercase()), Ok(n.clone()));
            prop_assert_eq!(n.masked().chars().count(), n.as_str().len());
        }
    }

    // --- contact -----------------------------------------------------------------------------

    #[test]
    fn an_accepted_phone_is_e164_and_parses_to_itself(s in input(), eastern in any::<bool>()) {
        let parsed = parse_mobile_phone(&s);
        prop_assert_eq!(parse_mobile_phone(&arabic(&s, eastern)), parsed.clone());
        if let Ok(p) = parsed {
            let e164 = p.as_e164();
            prop_assert_eq!(e164.len(), 13);
            prop_assert!(e164.starts_with("+2126") || e164.starts_with("+2127"));
            prop_assert!(e164[1..].bytes().all(|b| b.is_ascii_digit()));
            prop_assert_eq!(parse_mobile_phone(e164), Ok(p.clone()));
            // The national form the screens show parses to the same number.
            prop_assert_eq!(parse_mobile_phone(&format!("0{}", &e164[4..])), Ok(p.clone()));
            prop_assert!(!p.masked().contains(&e164[4..]));
        }
    }

    #[test]
    fn an_accepted_email_parses_to_itself(s in prop_oneof![
        input(),
        // Near the 254-byte limit, with domains that lower-casing lengthens.
        ("[a-z]{40,64}", "([a-z]{0,2}İ){30,60}", "[a-zİ]{2,20}")
            .prop_map(|(l, d1, d2)| format!("{l}@{d1}.{d2}")),
    ]) {
        if let Ok(e) = parse_email(&s) {
            prop_assert_eq!(e.as_str().matches('@').count(), 1);
            prop_assert!(!e.as_str().chars().any(char::is_whitespace));
            prop_assert_eq!(parse_email(e.as_str()), Ok(e.clone()));
            let _ = e.masked();
        }
    }

    // --- codes and passwords -------------------------------------------------------------------

    #[test]
    fn an_accepted_code_is_six_ascii_digits_and_parses_to_itself(
        s in input(), eastern in any::<bool>()
    ) {
        let parsed = parse_otp(&s);
        prop_assert_eq!(parse_otp(&arabic(&s, eastern)), parsed.clone());
        if let Ok(c) = parsed {
            prop_assert_eq!(c.as_str().len(), 6);
            prop_assert!(c.as_str().bytes().all(|b| b.is_ascii_digit()));
            prop_assert_eq!(parse_otp(c.as_str()), Ok(c.clone()));
            let shown = format!("{c:?}");
            prop_assert_eq!(shown.as_str(), "OtpCode(••••••)");
        }
    }

    #[test]
    fn an_accepted_password_is_accepted_again_and_never_shown_by_debug(
        s in prop_oneof![any::<String>(), "[a-zA-Z0-9 ]{0,20}", ".{6,12}"],
        id in "[0-9]{9}",
    ) {
        if let Ok(p) = check_new_password(&s, Some(&id), is_top_common_password) {
            prop_assert_eq!(p.expose(), s.as_str());
            let n = normalize_password(&s).chars().count();
            prop_assert!((8..=128).contains(&n));
            prop_assert_eq!(
                check_new_password(p.expose(), Some(&id), is_top_common_password),
                Ok(p.clone())
            );
            prop_assert_eq!(
                check_new_password(&normalize_password(&s), Some(&id), is_top_common_password)
                    .map(|_| ()),
                Ok(())
            );
            let shown = format!("{p:?}");
            prop_assert_eq!(shown.as_str(), "Password(••••)");
        }
    }

    // --- dates ---------------------------------------------------------------------------------

    #[test]
    fn date_fields_never_panic_and_accept_arabic_digits(
        d in input(), m in input(), y in input(), eastern in any::<bool>()
    ) {
        let parsed = parse_date_parts(&d, &m, &y);
        prop_assert_eq!(
            parse_date_parts(&arabic(&d, eastern), &arabic(&m, eastern), &arabic(&y, eastern)),
            parsed
        );
    }

    #[test]
    fn a_date_typed_in_three_fields_round_trips(date in date(), eastern in any::<bool>()) {
        let (d, m, y) = (
            format!("{:02}", date.day()),
            format!("{:02}", date.month()),
            format!("{:04}", date.year()),
        );
        // A negative year's sign is a hyphen, which the fields drop like any separator.
        if (0..=9999).contains(&date.year()) {
            prop_assert_eq!(parse_date_parts(&d, &m, &y), Ok(date));
            prop_assert_eq!(
                parse_date_parts(&arabic(&d, eastern), &arabic(&m, eastern), &arabic(&y, eastern)),
                Ok(date)
            );
            let iso = date.format("%Y-%m-%d").to_string();
            prop_assert_eq!(parse_iso_date(&iso), Ok(date));
            prop_assert_eq!(parse_iso_date(&format!(" {iso}\n")), Ok(date));
        } else if date.year() > 9999 {
            prop_assert!(parse_date_parts(&d, &m, &y).is_err());
        }
    }

    #[test]
    fn an_accepted_iso_date_formats_back_to_the_same_text(s in prop_oneof![
        input(), "[0-9]{4}-[0-9]{2}-[0-9]{2}", "[+-]?[0-9]{1,5}-[0-9]{1,2}-[0-9]{1,2}"
    ]) {
        if let Ok(date) = parse_iso_date(&s) {
            prop_assert_eq!(date.format("%Y-%m-%d").to_string(), s.trim());
        }
    }

    #[test]
    fn date_rules_never_panic_and_keep_their_bounds(date in date(), now in instant()) {
        let today = casablanca_today(now);
        // Casablanca is UTC+0 or UTC+1: its date is the UTC date or the next one.
        let utc = now.date_naive();
        prop_assert!(today == utc || today.pred_opt() == Some(utc));
        if validate_birth_date(date, today).is_ok() {
            prop_assert!(date <= today);
            prop_assert!(today.year() - date.year() <= 121);
        }
        if validate_document_expiry(date, today).is_ok() {
            prop_assert!(date >= today);
            prop_assert!(date.year() - today.year() <= 31);
        }
        // The extremes of chrono's calendar do not panic either.
        let _ = validate_birth_date(NaiveDate::MIN, NaiveDate::MAX);
        let _ = validate_document_expiry(NaiveDate::MAX, NaiveDate::MAX);
        let _ = validate_birth_date(NaiveDate::MAX, NaiveDate::MIN);
    }

    // --- whole request bodies ------------------------------------------------------------------

    #[test]
    fn request_validation_never_panics_on_arbitrary_fields(
        a in input(), b in input(), c in input(), d in input(), k in kind(),
        flag in any::<bool>(), now in instant()
    ) {
        let today = casablanca_today(now);
        let _ = SignupStartRequest::Insured {
            document_kind: k,
            document_number: a.clone(),
            document_expiry: b.clone(),
            birth_date: c.clone(),
        }
        .validate(today);
        let _ = SignupStartRequest::Dependant {
            insured_id: d.clone(),
            document_kind: k,
            document_number: a.clone(),
            birth_date: c.clone(),
        }
        .validate(today);
        let _ = SignupContactRequest {
            signup_id: a.clone(),
            phone: b.clone(),
            email: c.clone(),
            terms_accepted: flag,
            terms_version: d.clone(),
        }
        .validate();
        let _ = SignupVerifyRequest { signup_id: a.clone(), code: b.clone() }.validate();
        let _ = RecoveryVerifyRequest { recovery_id: a.clone(), code: b.clone() }.validate();
        let _ = RecoveryStartRequest { identifier: c.clone() }.validate();
        let signed_in = SignInRequest { identifier: a.clone(), password: b.clone(), device: None }.validate();
        prop_assert_eq!(signed_in.is_ok(), parse_account_id(&a).is_ok() && !b.is_empty());
    }
}

/// The share of `strategy`'s values that `accepted` takes, over a fixed-seed sample.
fn accepted_share<S: Strategy>(strategy: S, accepted: impl Fn(&S::Value) -> bool) -> f64 {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    const SAMPLES: u32 = 1_000;
    let mut runner = TestRunner::deterministic();
    let hits = (0..SAMPLES)
        .filter(|_| {
            let value = strategy.new_tree(&mut runner).map(|t| t.current()).ok();
            value.as_ref().is_some_and(&accepted)
        })
        .count();
    f64::from(u32::try_from(hits).unwrap_or(u32::MAX)) / f64::from(SAMPLES)
}

/// The "accepted" branches above (`if let Ok`) prove something only if the generators reach
/// them: each validator accepts a real share of what `input()` generates (a generator that
/// yields nothing valid would make those properties pass vacuously).
#[test]
fn the_generators_reach_the_accepted_branches() {
    let shares = [
        (
            "account id",
            accepted_share(input(), |s| parse_account_id(s).is_ok()),
        ),
        (
            "recovery identifier",
            accepted_share(input(), |s| parse_recovery_identifier(s).is_ok()),
        ),
        (
            "CNIE",
            accepted_share(input(), |s| {
                parse_id_document(IdDocumentKind::Cnie, s).is_ok()
            }),
        ),
        (
            "passport",
            accepted_share(input(), |s| {
                parse_id_document(IdDocumentKind::Passport, s).is_ok()
            }),
        ),
        (
            "phone",
            accepted_share(input(), |s| parse_mobile_phone(s).is_ok()),
        ),
        (
            "e-mail",
            accepted_share(input(), |s| parse_email(s).is_ok()),
        ),
        ("code", accepted_share(input(), |s| parse_otp(s).is_ok())),
        (
            "new password",
            accepted_share(
                prop_oneof![any::<String>(), "[a-zA-Z0-9 ]{0,20}", ".{6,12}"],
                |s| check_new_password(s, Some("123456789"), is_top_common_password).is_ok(),
            ),
        ),
        (
            "ISO date",
            accepted_share("[0-9]{4}-[0-9]{2}-[0-9]{2}", |s| parse_iso_date(s).is_ok()),
        ),
    ];
    for (what, share) in shares {
        eprintln!("{what}: {:.1} % accepted", share * 100.0);
        assert!(
            share >= 0.01,
            "{what}: only {:.2} % of generated inputs are valid",
            share * 100.0
        );
    }
}
