//! The texts of the SMS and e-mails, in the request's language (`Accept-Language`: fr by
//! default, ar, en), from the Fluent files in `locales/<lang>/messages.ftl`, and the SMS
//! segment arithmetic that keeps each SMS to one segment with room for Android's app-hash line.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// A language the server writes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Fr,
    Ar,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Fr, Lang::Ar, Lang::En];

    pub fn tag(self) -> &'static str {
        match self {
            Self::Fr => "fr",
            Self::Ar => "ar",
            Self::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Self::Fr),
            "ar" => Some(Self::Ar),
            "en" => Some(Self::En),
            _ => None,
        }
    }

    /// The best supported language of an `Accept-Language` header (q-values honoured),
    /// French when none is supported.
    pub fn from_accept_language(header: Option<&str>) -> Self {
        let Some(header) = header else {
            return Self::Fr;
        };
        let mut best: Option<(f32, usize, Lang)> = None;
        for (i, part) in header.split(',').enumerate() {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("");
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(lang) = Self::from_tag(tag)
                && q > 0.0
                && best.is_none_or(|(bq, _, _)| q > bq)
            {
                best = Some((q, i, lang));
            }
        }
        best.map_or(Self::Fr, |(_, _, l)| l)
    }

    fn source(self) -> &'static str {
        match self {
            Self::Fr => include_str!("../locales/fr/messages.ftl"),
            Self::Ar => include_str!("../locales/ar/messages.ftl"),
            Self::En => include_str!("../locales/en/messages.ftl"),
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| Lang::ALL.map(build_bundle));
    match lang {
        Lang::Fr => &all[0],
        Lang::Ar => &all[1],
        Lang::En => &all[2],
    }
}

fn build_bundle(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.tag().parse().expect("fr, ar and en are valid tags");
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // No bidi isolation marks: they are not GSM-7 and would turn a French SMS into UCS-2.
    b.set_use_isolating(false);
    let res = FluentResource::try_new(lang.source().to_owned())
        .expect("the bundled .ftl files parse (checked by tests)");
    b.add_resource(res)
        .expect("the bundled .ftl files have no duplicate ids (checked by tests)");
    b
}

/// Formats message `id` with string arguments. A missing message yields its id (and a test
/// catches it).
/// The arguments that are counts.
const NUMBER_ARGS: [&str; 2] = ["minutes", "hours"];

/// A lifetime in seconds as the whole minutes the messages state (rounded up): the code's
/// validity said in the SMS is the server's real limit, not a number written in a message.
pub fn minutes(seconds: i64) -> String {
    (seconds.max(0) as u64).div_ceil(60).to_string()
}

pub fn text(lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        // Counts go in as numbers, so each language's plural forms apply ("10 دقائق",
        // "15 دقيقة"); every other value (a code keeps its leading zeros) as text.
        let value = match v.parse::<u32>() {
            Ok(n) if NUMBER_ARGS.contains(k) => FluentValue::from(n),
            _ => FluentValue::from(v.to_string()),
        };
        fargs.set(*k, value);
    }
    let mut errors = Vec::new();
    b.format_pattern(pattern, Some(&fargs), &mut errors)
        .into_owned()
}

/// Every message id of a language's file (for the completeness tests).
pub fn message_ids(lang: Lang) -> Vec<String> {
    lang.source()
        .lines()
        .filter(|l| !l.starts_with([' ', '#', '.']) && l.contains(" ="))
        .filter_map(|l| l.split(" =").next().map(str::to_owned))
        .collect()
}

/// Characters of the GSM 03.38 basic set (one septet each).
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// Characters of the GSM 03.38 extension table (two septets each: escape + char).
const GSM7_EXTENSION: &str = "^{}\\[~]|€\u{c}";

/// Length of `text` in its SMS encoding and the one-segment capacity of that encoding:
/// (septets, 160) for GSM-7, (UTF-16 units, 70) for UCS-2.
pub fn sms_units(text: &str) -> (usize, usize) {
    let mut septets = 0;
    for c in text.chars() {
        if GSM7_BASIC.contains(c) {
            septets += 1;
        } else if GSM7_EXTENSION.contains(c) {
            septets += 2;
        } else {
            return (text.encode_utf16().count(), 70);
        }
    }
    (septets, 160)
}

/// The segments `text` takes as an SMS: one up to 160 septets (GSM-7) or 70 UTF-16 units
/// (UCS-2); beyond, 153 or 67 a segment (the rest of each carries the concatenation header).
pub fn sms_segments(text: &str) -> usize {
    let (units, capacity) = sms_units(text);
    if units <= capacity {
        1
    } else {
        units.div_ceil(if capacity == 160 { 153 } else { 67 })
    }
}

/// Room kept for Android's SMS Retriever line: a newline and the 11-character app hash.
pub const APP_HASH_LINE: usize = 12;

/// True when `text` plus the app-hash line fits one SMS segment.
pub fn fits_one_segment(text: &str) -> bool {
    let (units, capacity) = sms_units(text);
    units + APP_HASH_LINE <= capacity
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The longest values each argument can take.
    const WORST: &[(&str, &str)] = &[
        ("code", "999999"),
        ("account_id", "999999999"),
        ("password", "WWWWWWWWWW"),
        ("hours", "168"),
        ("minutes", "60"),
        ("phone", crate::directory::CNSS_PHONE),
        ("device", "Pixel 8"),
        ("platform", "android"),
        ("date", "02/12/2026"),
        ("hour", "09"),
        ("url", "http://127.0.0.1:8787/espace/compte/appareils"),
    ];

    #[test]
    fn the_code_sms_states_the_servers_real_code_lifetime_with_plural_forms() {
        let sms = |lang, seconds| {
            text(
                lang,
                "sms-signup-code",
                &[("code", "012345"), ("minutes", &minutes(seconds))],
            )
        };
        assert!(
            sms(Lang::Fr, 600).contains("Valable 10 min."),
            "{}",
            sms(Lang::Fr, 600)
        );
        assert!(sms(Lang::Fr, 900).contains("Valable 15 min."));
        assert!(sms(Lang::Fr, 61).contains("Valable 2 min."), "rounded up");
        assert!(sms(Lang::En, 900).contains("Valid for 15 min."));
        assert!(
            sms(Lang::Ar, 600).contains("10 دقائق"),
            "{}",
            sms(Lang::Ar, 600)
        );
        assert!(
            sms(Lang::Ar, 900).contains("15 دقيقة"),
            "{}",
            sms(Lang::Ar, 900)
        );
        // A code is text: its leading zero stays.
        assert!(sms(Lang::Fr, 600).contains("012345"));
    }

    #[test]
    fn every_sms_in_every_language_fits_one_segment_with_worst_case_arguments() {
        for lang in Lang::ALL {
            for id in message_ids(lang).iter().filter(|id| id.starts_with("sms-")) {
                let body = text(lang, id, WORST);
                let (units, capacity) = sms_units(&body);
                assert!(
                    fits_one_segment(&body),
                    "{lang:?} {id}: {units} units + app hash > {capacity}: {body}"
                );
                assert_eq!(sms_segments(&body), 1, "{lang:?} {id}: {body}");
                if lang != Lang::Ar {
                    assert_eq!(capacity, 160, "{lang:?} {id} should be GSM-7: {body}");
                }
            }
        }
    }

    #[test]
    fn every_code_message_carries_the_word_code_and_the_ascii_digits() {
        for lang in Lang::ALL {
            for id in [
                "sms-signup-code",
                "sms-recovery-code",
                "sms-bank-code",
                "sms-contact-code",
                "email-recovery-code-body",
                "email-contact-code-body",
            ] {
                let body = text(lang, id, &[("code", "123456")]);
                assert!(body.to_lowercase().contains("code"), "{lang:?} {id}");
                assert!(body.contains("123456"), "{lang:?} {id}");
            }
        }
    }

    #[test]
    fn every_language_has_the_same_messages() {
        let fr = message_ids(Lang::Fr);
        assert!(fr.len() >= 9);
        for lang in [Lang::Ar, Lang::En] {
            assert_eq!(message_ids(lang), fr, "{lang:?}");
            for id in &fr {
                assert_ne!(&text(lang, id, WORST), id, "{lang:?} lacks {id}");
            }
        }
    }

    #[test]
    fn accept_language_picks_the_best_supported_language() {
        assert_eq!(Lang::from_accept_language(None), Lang::Fr);
        assert_eq!(Lang::from_accept_language(Some("ar-MA,ar;q=0.9")), Lang::Ar);
        assert_eq!(
            Lang::from_accept_language(Some("de, en;q=0.5, ar;q=0.8")),
            Lang::Ar
        );
        assert_eq!(Lang::from_accept_language(Some("es")), Lang::Fr);
        assert_eq!(Lang::from_accept_language(Some("en-GB")), Lang::En);
    }

    #[test]
    fn gsm_extension_characters_count_twice_and_arabic_switches_to_ucs2() {
        assert_eq!(sms_units("abc"), (3, 160));
        assert_eq!(sms_units("a€"), (3, 160));
        assert_eq!(sms_units("مرحبا"), (5, 70));
        assert_eq!(sms_units("même"), (4, 70));
    }

    #[test]
    fn segments_are_counted_160_then_153_for_gsm7_and_70_then_67_for_ucs2() {
        assert_eq!(sms_segments(&"a".repeat(160)), 1);
        assert_eq!(sms_segments(&"a".repeat(161)), 2);
        assert_eq!(sms_segments(&"a".repeat(306)), 2);
        assert_eq!(sms_segments(&"a".repeat(307)), 3);
        assert_eq!(sms_segments(&"م".repeat(70)), 1);
        assert_eq!(sms_segments(&"م".repeat(71)), 2);
        assert_eq!(sms_segments(&"م".repeat(134)), 2);
        assert_eq!(sms_segments(&"م".repeat(135)), 3);
    }
}
