//! The language switcher: each language named in itself; switching keeps every typed value
//! because the flows hold no language. A language picked here is remembered; until then the
//! app follows the device's.

use crate::app::{dispatch, use_i18n};
use crate::flows::model::Msg;
use crate::i18n::Lang;
use dioxus::prelude::*;

#[component]
pub fn LanguagePicker() -> Element {
    let i18n = use_i18n();
    let current = *i18n.lang.read();
    rsx! {
        nav { class: "language-picker", aria_label: i18n.t("common-language"),
            for lang in Lang::ALL {
                button {
                    r#type: "button",
                    lang: lang.tag(),
                    class: if lang == current { "language current" } else { "language" },
                    aria_pressed: if lang == current { "true" } else { "false" },
                    onclick: move |_| dispatch(Msg::ChooseLanguage(lang)),
                    {lang.native_name()}
                }
            }
        }
    }
}
