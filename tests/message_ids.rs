//! Every message id the app's code uses exists in every locale, and every message a locale
//! defines is used by the code: read from the sources, so a renamed or forgotten id fails
//! here instead of showing as a raw id on a screen.
//!
//! The code names a message either literally (`i18n.t("sign-in-title")`, or a literal in a
//! function that picks one) or through one of the three families built from the contract's
//! codes: `error-<code>`, `field-error-<code>` and `field-error-required-<field>`.

use macnss::i18n::{Lang, Translations, error_message_id, field_error_message_id};
use macnss_api::{ErrorCode, ValidationError};
use std::collections::BTreeSet;
use std::path::Path;

/// The string literals of every `.rs` file under `dir` that look like a message id.
fn literals(dir: &Path, found: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("source dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "tests") {
                continue; // unit tests may name ids on purpose (a missing one)
            }
            literals(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("source");
            let pieces: Vec<&str> = text.split('"').collect();
            for i in (1..pieces.len()).step_by(2) {
                // An id is what a lookup takes (`t("…")`, `t_args("…"`, `try_t("…")`) or
                // what a match arm picks (`=> "…"`); CSS classes and element ids are not.
                let before = pieces[i - 1].trim_end();
                let is_lookup = ["t(", "t_args(", "try_t(", "tr(lang,", "=>"]
                    .iter()
                    .any(|p| before.ends_with(p));
                if is_lookup && looks_like_message_id(pieces[i]) {
                    found.insert(pieces[i].to_owned());
                }
            }
        }
    }
}

/// `kebab-case` with at least one dash, optionally `.attribute`, and a known screen prefix.
fn looks_like_message_id(s: &str) -> bool {
    const PREFIXES: [&str; 27] = [
        "common-",
        "welcome-",
        "sign-up-",
        "sign-in-",
        "change-password-",
        "recovery-",
        "space-",
        "terms-",
        "update-",
        "error-",
        "field-error-",
        "date-",
        "page-",
        "password-",
        "career-",
        "claims-",
        "family-",
        "payments-",
        "contact-",
        "account-",
        "lock-",
        "unlock-",
        "lost-phone-",
        "boot-",
        "attestations-",
        "verify-",
        "inbox-",
    ];
    let id = s.split('.').next().unwrap_or_default();
    PREFIXES.iter().any(|p| id.starts_with(p))
        && id.len() > 3
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.ends_with('-')
}

fn used_literally() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    literals(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    found
}

/// The ids the code builds from the contract's codes.
fn used_by_family() -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = ErrorCode::ALL
        .iter()
        .map(|c| error_message_id(*c))
        .collect();
    ids.extend(
        ValidationError::ALL
            .iter()
            .map(|c| field_error_message_id(*c)),
    );
    // i18n::format: the month names by number, and the three formats.
    ids.extend((1..=12).map(|m| format!("month-{m}")));
    ids.extend(["format-amount", "format-date", "format-month"].map(String::from));
    ids
}

#[test]
fn every_id_the_code_uses_exists_in_every_locale() {
    let used = used_literally();
    assert!(used.len() > 50, "the scan found the ids: {used:?}");
    let t = Translations::new();
    for lang in Lang::ALL {
        let defined: BTreeSet<String> = Translations::message_ids(lang).into_iter().collect();
        for id in used.iter().chain(used_by_family().iter()) {
            assert!(
                defined.contains(id),
                "{id} is used but missing in {}",
                lang.tag()
            );
            assert!(t.format(lang, id, &[]).is_some() || id.contains('.') || needs_args(id));
        }
    }
}

/// Messages with variables: formatting without them reports an error, which is expected.
fn needs_args(id: &str) -> bool {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/fr");
    std::fs::read_dir(dir)
        .expect("locales/fr")
        .filter_map(|e| std::fs::read_to_string(e.expect("entry").path()).ok())
        .any(|fr| {
            // The message's value, with its continuation lines (a plural selector).
            let mut lines = fr
                .lines()
                .skip_while(|l| !l.starts_with(&format!("{id} =")));
            lines.next().is_some_and(|first| {
                first.contains('$')
                    || lines
                        .take_while(|l| l.starts_with(' ') || l.starts_with('}'))
                        .any(|l| l.contains('$'))
            })
        })
}

#[test]
fn every_message_a_locale_defines_is_used_by_the_code() {
    let used = used_literally();
    let families = used_by_family();
    let required_prefix = "field-error-required-";
    let unused: Vec<String> = Translations::message_ids(Lang::Fr)
        .into_iter()
        .filter(|id| {
            let base = id.split('.').next().unwrap_or_default();
            !(used.contains(id) || families.contains(base) || base.starts_with(required_prefix))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "defined but no code uses them: {unused:?}"
    );
}

#[test]
fn the_required_field_messages_name_fields_the_forms_have() {
    const FIELDS: [&str; 9] = [
        "insured-id",
        "document-number",
        "document-expiry",
        "birth-date",
        "phone",
        "email",
        "terms-accepted",
        "code",
        "identifier",
    ];
    for id in Translations::message_ids(Lang::Fr) {
        if let Some(field) = id.strip_prefix("field-error-required-") {
            assert!(
                FIELDS.contains(&field)
                    || [
                        "password",
                        "new-password",
                        "channel",
                        "current-password",
                        "destination"
                    ]
                    .contains(&field),
                "{id} names no form field"
            );
        }
    }
}
