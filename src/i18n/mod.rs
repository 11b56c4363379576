//! Translations: the Fluent bundles for French (reference), Arabic (right-to-left), English
//! and Standard Moroccan Tamazight (`zgh`, Tifinagh), language negotiation from the system's
//! preferences, and text direction.
//!
//! Tamazight's plural rules: `intl_pluralrules` (CLDR 37, what Fluent uses) has none for
//! `zgh`, so Fluent falls back to the English rules (`one` for exactly 1, `other` for
//! everything else). That is the rule the `zgh` messages are written for: a singular noun after
//! «ⵢⴰⵏ/ⵢⴰⵜ» (1), the plural after 0 and from 2 on; a `[0]` variant says «none» where French
//! has one. Tested below.
//!
//! Natively the `.ftl` files are compiled in (no file system needed on desktop, Android, iOS).
//! On the web only `boot.ftl` is: the rest is one file per language that the page fetches, the
//! negotiated language's only in the first download (`index.html`, `scripts/build-web`), another
//! once it is chosen. A missing message renders as its ID, and the tests compare every locale's
//! key set so none goes missing.

pub mod format;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use macnss_api::{ErrorCode, ValidationError};
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// A language the app is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Fr,
    Ar,
    En,
    /// Standard Moroccan Tamazight in Tifinagh (IRCAM conventions).
    Zgh,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Fr, Lang::Ar, Lang::En, Lang::Zgh];
    /// French is the reference locale and the fallback.
    pub const DEFAULT: Lang = Lang::Fr;

    /// The BCP 47 tag (`lang` attribute, `Accept-Language`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::Ar => "ar",
            Lang::En => "en",
            Lang::Zgh => "zgh",
        }
    }

    /// Text direction (`dir` attribute): Arabic is written right to left. (Spelled out rather
    /// than derived from CLDR's likely subtags, whose tables were 300 KB of the web build for
    /// three known languages: BENCHMARKS.md.)
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            Lang::Fr | Lang::En | Lang::Zgh => "ltr",
        }
    }

    /// The language's own name, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Fr => "Français",
            Lang::Ar => "العربية",
            Lang::En => "English",
            Lang::Zgh => "ⵜⴰⵎⴰⵣⵉⵖⵜ",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        // `tzm` (Central Atlas Tamazight) and `ber` (Berber, the old collective tag) are what
        // some systems report for Tamazight: the app's Tamazight is the standard one.
        let primary = match primary.as_str() {
            "tzm" | "ber" => "zgh",
            other => other,
        };
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The first of the system's preferred languages that the app speaks, else French.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::DEFAULT)
    }

    /// The message files of this language. Natively every file is compiled in. On the web
    /// only `boot` (the few lines shown before the rest arrives) is: the others are one file
    /// per language, written by `scripts/build-web`, that the page fetches for the negotiated
    /// language only, and for another once it is chosen (`app::Frame`).
    fn sources(self) -> &'static [(&'static str, &'static str)] {
        macro_rules! ftl {
            ($lang:literal, $($file:literal),+) => {
                &[$(($file, include_str!(concat!("../../locales/", $lang, "/", $file, ".ftl")))),+]
            };
        }
        #[cfg(not(target_arch = "wasm32"))]
        macro_rules! all {
            ($lang:literal) => {
                ftl!(
                    $lang,
                    "boot",
                    "common",
                    "welcome",
                    "errors",
                    "sign-up",
                    "sign-in",
                    "recovery",
                    "space",
                    "career",
                    "claims",
                    "family",
                    "payments",
                    "contact",
                    "formats",
                    "account",
                    "attestations",
                    "inbox"
                )
            };
        }
        #[cfg(target_arch = "wasm32")]
        macro_rules! all {
            ($lang:literal) => {
                ftl!($lang, "boot")
            };
        }
        match self {
            Lang::Fr => all!("fr"),
            Lang::Ar => all!("ar"),
            Lang::En => all!("en"),
            Lang::Zgh => all!("zgh"),
        }
    }
}

/// One argument of a message.
pub type Arg<'a> = (&'a str, FluentValue<'a>);

/// Every language's bundle, built once at start.
#[derive(Clone)]
pub struct Translations {
    bundles: Arc<[Arc<FluentBundle<FluentResource>>; 4]>,
}

impl Default for Translations {
    fn default() -> Self {
        Self::new()
    }
}

impl Translations {
    /// Builds the bundles. The `.ftl` files are checked by the tests, so a syntax error here
    /// cannot reach a release; should one slip through, its messages show their IDs.
    pub fn new() -> Self {
        let bundle = |lang: Lang| {
            Arc::new(Self::build(
                lang,
                lang.sources().iter().map(|(_, s)| (*s).to_owned()),
            ))
        };
        Self {
            bundles: Arc::new(Lang::ALL.map(bundle)),
        }
    }

    fn build(lang: Lang, sources: impl Iterator<Item = String>) -> FluentBundle<FluentResource> {
        let id: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        for source in sources {
            let resource = FluentResource::try_new(source).unwrap_or_else(|(r, _)| r);
            // Duplicate IDs are reported by the tests; keep the first definition.
            let _ = bundle.add_resource(resource);
        }
        bundle
    }

    /// The same translations with `lang`'s bundle made from `sources` and its boot messages
    /// (the web fetches a language's messages when it is first needed).
    pub fn with_sources(&self, lang: Lang, sources: Vec<String>) -> Self {
        let mut bundles = (*self.bundles).clone();
        let boot = lang.sources().iter().map(|(_, s)| (*s).to_owned());
        bundles[Self::index(lang)] = Arc::new(Self::build(lang, sources.into_iter().chain(boot)));
        Self {
            bundles: Arc::new(bundles),
        }
    }

    /// Whether `lang`'s messages are there (on the web, only once fetched).
    pub fn has(&self, lang: Lang) -> bool {
        self.bundle(lang).has_message("common-back")
    }

    /// Whether any language's messages are there (on the web: the first fetch has come).
    pub fn has_any(&self) -> bool {
        Lang::ALL.into_iter().any(|l| self.has(l))
    }

    fn index(lang: Lang) -> usize {
        Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        &self.bundles[Self::index(lang)]
    }

    /// The message `id` (or `id.attribute`) in `lang`, or the ID itself when it is missing.
    pub fn tr(&self, lang: Lang, id: &str, args: &[Arg<'_>]) -> String {
        self.format(lang, id, args).unwrap_or_else(|| id.to_owned())
    }

    /// Like [`Translations::tr`] but `None` when the message is missing or fails to format.
    pub fn format(&self, lang: Lang, id: &str, args: &[Arg<'_>]) -> Option<String> {
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        // The language's own message; while its messages are on their way (the web), French's,
        // else those of whichever language is there — never a bare id when one can be said.
        let lang = [lang, Lang::DEFAULT]
            .into_iter()
            .chain(Lang::ALL)
            .find(|l| self.bundle(*l).has_message(msg_id))?;
        let bundle = self.bundle(lang);
        let message = bundle.get_message(msg_id)?;
        let pattern = match attr {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }

    /// Message IDs (with `.attribute` suffixes) defined for `lang`, for the consistency tests.
    pub fn message_ids(lang: Lang) -> Vec<String> {
        let mut ids = Vec::new();
        for (_, source) in lang.sources() {
            let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_owned());
                    for a in &m.attributes {
                        ids.push(format!("{}.{}", m.id.name, a.id.name));
                    }
                }
            }
        }
        ids
    }
}

/// The localized message for a failed request: what went wrong and what to do next.
pub fn failure_message(t: &Translations, lang: Lang, error: &crate::flows::ApiError) -> String {
    use crate::flows::ApiError;
    match error {
        ApiError::Offline => t.tr(lang, "error-offline", &[]),
        ApiError::Timeout => t.tr(lang, "error-timeout", &[]),
        // Never shown (the model drops it); worded as the server failing if it ever were.
        ApiError::Unavailable { .. } | ApiError::Superseded => {
            t.tr(lang, "error-server-unavailable", &[])
        }
        ApiError::Problem(p) => {
            let seconds = p.retry_after.unwrap_or(0);
            let args: [Arg<'_>; 3] = [
                ("remaining", p.attempts_remaining.unwrap_or(0).into()),
                ("seconds", seconds.into()),
                ("minutes", seconds.div_ceil(60).max(1).into()),
            ];
            t.tr(lang, &error_message_id(p.code), &args)
        }
    }
}

/// The message ID of an API error code: `error-<code>` in kebab case.
pub fn error_message_id(code: ErrorCode) -> String {
    format!("error-{}", code.as_str().replace('_', "-"))
}

/// The message ID of a field error: `field-error-<code>` in kebab case.
pub fn field_error_message_id(code: ValidationError) -> String {
    format!("field-error-{}", code.as_str().replace('_', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_ftl_file_parses_without_errors() {
        for lang in Lang::ALL {
            for (file, source) in lang.sources() {
                if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
                    panic!("{}/{file}.ftl: {errors:?}", lang.tag());
                }
            }
        }
    }

    #[test]
    fn every_locale_defines_the_same_messages_and_attributes_once() {
        let reference: Vec<_> = Translations::message_ids(Lang::Fr);
        let reference_set: BTreeSet<_> = reference.iter().cloned().collect();
        assert_eq!(reference.len(), reference_set.len(), "duplicate IDs in fr");
        for lang in [Lang::Ar, Lang::En, Lang::Zgh] {
            let ids: Vec<_> = Translations::message_ids(lang);
            let set: BTreeSet<_> = ids.iter().cloned().collect();
            assert_eq!(ids.len(), set.len(), "duplicate IDs in {}", lang.tag());
            let missing: Vec<_> = reference_set.difference(&set).collect();
            let extra: Vec<_> = set.difference(&reference_set).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, extra {extra:?}",
                lang.tag()
            );
        }
    }

    #[test]
    fn message_ids_are_kebab_case() {
        for id in Translations::message_ids(Lang::Fr) {
            let name = id.split('.').next().unwrap_or_default();
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{id}"
            );
        }
    }

    #[test]
    fn every_api_error_code_has_a_message_in_every_locale() {
        let t = Translations::new();
        let args: [Arg<'_>; 3] = [
            ("remaining", 2.into()),
            ("minutes", 15.into()),
            ("seconds", 42.into()),
        ];
        for lang in Lang::ALL {
            for code in ErrorCode::ALL {
                let id = error_message_id(code);
                assert!(
                    t.format(lang, &id, &args).is_some(),
                    "{} lacks {id}",
                    lang.tag()
                );
            }
            for code in ValidationError::ALL {
                let id = field_error_message_id(code);
                assert!(
                    t.format(lang, &id, &[]).is_some(),
                    "{} lacks {id}",
                    lang.tag()
                );
            }
        }
    }

    #[test]
    fn arabic_uses_its_plural_forms() {
        let t = Translations::new();
        let with = |n: i64| t.tr(Lang::Ar, "error-code-invalid", &[("remaining", n.into())]);
        assert!(with(1).contains("محاولة واحدة"));
        assert!(with(2).contains("محاولتان"));
        assert!(with(3).contains("محاولات"));
        assert!(
            t.tr(Lang::Fr, "error-code-invalid", &[("remaining", 1.into())])
                .contains("1 essai.")
        );
    }

    #[test]
    fn arabic_is_right_to_left_and_the_others_left_to_right() {
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::Fr.dir(), "ltr");
        assert_eq!(Lang::En.dir(), "ltr");
        assert_eq!(Lang::Zgh.dir(), "ltr");
    }

    #[test]
    fn tamazight_is_negotiated_and_named_in_tifinagh() {
        assert_eq!(Lang::negotiate(["zgh-MA", "fr"]), Lang::Zgh);
        assert_eq!(Lang::negotiate(["tzm_MA"]), Lang::Zgh);
        assert_eq!(Lang::from_tag("zgh-Tfng-MA"), Some(Lang::Zgh));
        assert_eq!(Lang::Zgh.native_name(), "ⵜⴰⵎⴰⵣⵉⵖⵜ");
    }

    #[test]
    fn tamazight_uses_one_for_exactly_one_and_other_from_two_on() {
        let t = Translations::new();
        let with = |n: i64| {
            t.tr(Lang::Zgh, "error-code-invalid", &[("remaining", n.into())])
                .replace(['\u{2068}', '\u{2069}'], "")
        };
        assert!(with(1).contains("ⵢⴰⵜ ⵜⵉⵔⵎⵉⵜ"), "{}", with(1));
        assert!(with(2).contains("2 ⵜⵉⵔⵎⵉⵜⵉⵏ"), "{}", with(2));
        assert!(with(11).contains("11 ⵜⵉⵔⵎⵉⵜⵉⵏ"), "{}", with(11));
        // Every message of French exists and formats in Tamazight.
        assert!(
            !t.tr(Lang::Zgh, "welcome-title", &[])
                .starts_with("welcome-")
        );
    }

    #[test]
    fn negotiation_takes_the_first_supported_system_language() {
        assert_eq!(Lang::negotiate(["de-DE", "ar-MA", "fr"]), Lang::Ar);
        assert_eq!(Lang::negotiate(["en_GB"]), Lang::En);
        assert_eq!(Lang::negotiate(["de", "es"]), Lang::Fr);
        assert_eq!(Lang::negotiate([]), Lang::Fr);
    }

    #[test]
    fn failures_say_what_to_do_next_with_their_numbers() {
        use crate::flows::ApiError;
        use macnss_api::Problem;
        let t = Translations::new();
        // Placeables are bidi-isolated (FSI…PDI, invisible); compare without the marks.
        let failure_message = |t: &Translations, lang, e: &ApiError| {
            failure_message(t, lang, e).replace(['\u{2068}', '\u{2069}'], "")
        };
        let slow = ApiError::Problem(Problem::new(ErrorCode::SlowDown).with_retry_after(42));
        assert!(failure_message(&t, Lang::Fr, &slow).contains("42 s"));
        let capped =
            ApiError::Problem(Problem::new(ErrorCode::TooManyAttempts).with_retry_after(3601));
        assert!(failure_message(&t, Lang::Fr, &capped).contains("61 min"));
        let wrong =
            ApiError::Problem(Problem::new(ErrorCode::CodeInvalid).with_attempts_remaining(3));
        assert!(failure_message(&t, Lang::Fr, &wrong).contains("3 essais"));
        assert_eq!(
            failure_message(&t, Lang::Fr, &ApiError::Offline),
            "Pas de connexion Internet. Vérifiez votre connexion puis réessayez."
        );
        for lang in Lang::ALL {
            for e in [
                ApiError::Offline,
                ApiError::Timeout,
                ApiError::Unavailable { status: 503 },
            ] {
                let m = failure_message(&t, lang, &e);
                assert!(
                    !m.starts_with("error-"),
                    "{} lacks the message for {e:?}",
                    lang.tag()
                );
            }
        }
    }

    #[test]
    fn a_missing_message_renders_as_its_id() {
        let t = Translations::new();
        assert_eq!(t.tr(Lang::Fr, "no-such-message", &[]), "no-such-message");
        assert_eq!(
            t.tr(Lang::Fr, "welcome-create-account", &[]),
            "Créer mon compte"
        );
    }
}
