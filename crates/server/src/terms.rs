//! The terms of use (CGU), versioned, in fr/ar/en (`terms/<version>/<lang>.md`). Sign-up
//! answers with the current version and refuses an acceptance of any other.

use crate::messages::Lang;

/// The version a new account must accept.
pub const CURRENT_VERSION: &str = "2026-01";

/// The current terms in `lang`.
pub fn text(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => include_str!("../terms/2026-01/fr.md"),
        Lang::Ar => include_str!("../terms/2026-01/ar.md"),
        Lang::En => include_str!("../terms/2026-01/en.md"),
    }
}
