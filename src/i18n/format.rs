//! Numbers, amounts, dates and months as each language writes them. Digits are Latin
//! (0–9) in every language, Arabic included, as Moroccan administrations and banks print
//! them; Fluent's isolation keeps each number left-to-right inside Arabic text. A value never
//! wraps inside: groups are joined by a no-break space.

use super::{Lang, Translations};
use chrono::{Datelike, NaiveDate};
use macnss_api::records::{Centimes, YearMonth};

/// U+202F NARROW NO-BREAK SPACE, the French thousands separator (never a line break).
const NARROW_NBSP: char = '\u{202F}';

/// The digits of an amount with its grouping and two decimals: `1 234,50` (fr, ar),
/// `1,234.50` (en). A negative amount keeps its sign.
pub fn amount_digits(lang: Lang, amount: Centimes) -> String {
    let (group, decimal) = match lang {
        Lang::Fr | Lang::Ar | Lang::Zgh => (NARROW_NBSP, ','),
        Lang::En => (',', '.'),
    };
    let sign = if amount.0 < 0 { "-" } else { "" };
    let abs = amount.0.unsigned_abs();
    let whole = (abs / 100).to_string();
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(group);
        }
        grouped.push(c);
    }
    format!("{sign}{grouped}{decimal}{:02}", abs % 100)
}

/// An amount with its currency: «1 234,50 DH», «1 234,50 درهم», «MAD 1,234.50».
pub fn amount(t: &Translations, lang: Lang, value: Centimes) -> String {
    no_break(t.tr(
        lang,
        "format-amount",
        &[("amount", amount_digits(lang, value).into())],
    ))
}

/// A date: «15 décembre 2026», «15 دجنبر 2026», «15 December 2026».
pub fn date(t: &Translations, lang: Lang, d: NaiveDate) -> String {
    no_break(t.tr(
        lang,
        "format-date",
        &[
            ("day", d.day().to_string().into()),
            (
                "month",
                t.tr(lang, &format!("month-{}", d.month()), &[]).into(),
            ),
            ("year", d.year().to_string().into()),
        ],
    ))
}

/// A month: «octobre 2026».
pub fn month(t: &Translations, lang: Lang, m: YearMonth) -> String {
    no_break(t.tr(
        lang,
        "format-month",
        &[
            (
                "month",
                t.tr(lang, &format!("month-{}", m.month()), &[]).into(),
            ),
            ("year", m.year().to_string().into()),
        ],
    ))
}

/// A short value as one piece: its spaces unbreakable, so it never wraps inside, and without
/// the isolation marks Fluent put around each of its parts — a run holding only nested
/// isolates counts as left-to-right, which reversed «26 نونبر 2026» inside Arabic text. The
/// sentence that shows the value isolates it once, whole.
fn no_break(s: String) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
        .replace(' ', "\u{00A0}")
}

/// A masked phone or e-mail, an ID, a reference: one piece that never wraps inside («06 •• ••
/// •• 01» on one line), its spaces and hyphens unbreakable.
pub fn unbreakable(s: &str) -> String {
    no_break(s.to_owned()).replace('-', "\u{2011}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> String {
        // Drop Fluent's isolation marks and show the no-break spaces as plain ones.
        s.chars()
            .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
            .map(|c| {
                if matches!(c, '\u{00A0}' | '\u{202F}') {
                    ' '
                } else {
                    c
                }
            })
            .collect()
    }

    #[test]
    fn amounts_are_grouped_and_never_wrap() {
        assert_eq!(
            amount_digits(Lang::Fr, Centimes(123_450)),
            "1\u{202F}234,50"
        );
        assert_eq!(amount_digits(Lang::En, Centimes(123_450)), "1,234.50");
        assert_eq!(amount_digits(Lang::Fr, Centimes(5)), "0,05");
        assert_eq!(amount_digits(Lang::Fr, Centimes(30_000)), "300,00");
        assert_eq!(
            amount_digits(Lang::En, Centimes(100_000_000)),
            "1,000,000.00"
        );
        assert_eq!(
            amount_digits(Lang::Fr, Centimes(-123_450)),
            "-1\u{202F}234,50"
        );
        let t = Translations::new();
        assert_eq!(
            plain(&amount(&t, Lang::Fr, Centimes(123_450))),
            "1 234,50 DH"
        );
        assert_eq!(
            plain(&amount(&t, Lang::Ar, Centimes(123_450))),
            "1 234,50 درهم"
        );
        assert_eq!(
            plain(&amount(&t, Lang::En, Centimes(123_450))),
            "MAD 1,234.50"
        );
        assert!(!amount(&t, Lang::Fr, Centimes(123_450)).contains(' '));
    }

    #[test]
    fn dates_and_months_in_each_language() {
        let t = Translations::new();
        let d = NaiveDate::from_ymd_opt(2026, 12, 15).expect("valid");
        assert_eq!(plain(&date(&t, Lang::Fr, d)), "15 décembre 2026");
        assert_eq!(plain(&date(&t, Lang::Ar, d)), "15 دجنبر 2026");
        assert_eq!(plain(&date(&t, Lang::En, d)), "15 December 2026");
        let m = YearMonth::new(2026, 10).expect("valid");
        assert_eq!(plain(&month(&t, Lang::Fr, m)), "octobre 2026");
        assert_eq!(plain(&month(&t, Lang::Ar, m)), "أكتوبر 2026");
        assert!(!date(&t, Lang::Fr, d).contains(' '));
        // One piece: no isolation mark inside (the sentence isolates it whole).
        for s in [
            date(&t, Lang::Ar, d),
            month(&t, Lang::Ar, m),
            amount(&t, Lang::Ar, Centimes(5)),
        ] {
            assert!(!s.contains(['\u{2068}', '\u{2069}']), "{s:?}");
        }
    }
}
