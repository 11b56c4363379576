//! The root component: the active language (with `lang` and `dir` on the root element), the
//! stylesheet, and the router.

use crate::i18n::{Lang, Translations};
use crate::views::Route;
use dioxus::prelude::*;

const STYLE: Asset = asset!("/assets/main.css");

/// The active language and the translations, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: Signal<Lang>,
    translations: Signal<Translations>,
}

impl I18n {
    /// The message `id` in the active language.
    pub fn t(&self, id: &str) -> String {
        self.translations.read().tr(*self.lang.read(), id, &[])
    }

    /// The message `id` with arguments.
    pub fn t_args(&self, id: &str, args: &[crate::i18n::Arg<'_>]) -> String {
        self.translations.read().tr(*self.lang.read(), id, args)
    }
}

/// The translations and the active language of the running app.
pub fn use_i18n() -> I18n {
    use_context::<I18n>()
}

#[component]
pub fn App() -> Element {
    let lang = use_signal(|| Lang::DEFAULT);
    let translations = use_signal(Translations::new);
    let i18n = use_context_provider(|| I18n { lang, translations });
    let current = *i18n.lang.read();
    rsx! {
        document::Stylesheet { href: STYLE }
        document::Meta { name: "viewport", content: "width=device-width, initial-scale=1, viewport-fit=cover" }
        div { class: "app", lang: current.tag(), dir: current.dir(),
            Router::<Route> {}
        }
    }
}
