//! «Contacter la CNSS» (public, reached from every record screen): the CNSS agencies with
//! their addresses and phones (`GET /v1/agencies`), filtered by city. The list comes from the
//! server: the reference server's is demo data (real cities, approximate addresses and
//! numbers; see `crates/server/src/directory.rs`). No phone number is written in the app: a
//! number that cannot be checked here would be the one place a wrong one could hide.

use super::space::{SelectField, fetched_time};
use crate::app::{dispatch, use_i18n, use_model};
use crate::components::{FailureBox, Screen};
use crate::flows::model::Msg;
use crate::flows::remote::Remote;
use crate::views::Route;
use dioxus::prelude::*;
use macnss_api::records::Agency;

#[component]
pub fn ContactPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let nav = use_navigator();
    use_hook(|| spawn(async { dispatch(Msg::OpenContact) }));
    // The city picked: a filter of what is shown, nothing the core needs to know.
    let mut city = use_signal(String::new);
    let agencies = model.read().agencies.clone();
    let all = agencies.value().cloned().unwrap_or_default();
    let mut cities: Vec<String> = vec![];
    for a in &all {
        if !cities.contains(&a.city) {
            cities.push(a.city.clone());
        }
    }
    let chosen = city();
    let shown: Vec<Agency> = all
        .into_iter()
        .filter(|a| chosen.is_empty() || a.city == chosen)
        .collect();
    let options = std::iter::once((String::new(), i18n.t("contact-city-all")))
        .chain(cities.iter().map(|c| (c.clone(), c.clone())))
        .collect::<Vec<_>>();
    let loading = agencies.is_loading() || matches!(agencies, Remote::Idle);
    let fetched = fetched_time(&agencies);
    rsx! {
        Screen {
            title: i18n.t("contact-title"),
            onback: move |_| {
                if nav.can_go_back() {
                    nav.go_back();
                } else {
                    nav.push(Route::Welcome {});
                }
            },
            p { class: "lead", {i18n.t("contact-intro")} }
            section { aria_labelledby: "contact-agencies-heading",
                h2 { id: "contact-agencies-heading", {i18n.t("contact-agencies-heading")} }
                if let Some(error) = agencies.error() {
                    FailureBox { message: i18n.failure(error),
                        button { class: "button secondary", r#type: "button",
                            onclick: move |_| dispatch(Msg::OpenContact),
                            {i18n.t("common-retry")}
                        }
                    }
                }
                p { class: "hint", role: "status", aria_busy: if loading { "true" } else { "false" },
                    if loading {
                        {i18n.t("common-loading")}
                    } else if let Some(time) = fetched {
                        {i18n.t_args("space-fetched-at", &[("time", time.into())])}
                    }
                }
                if loading && agencies.value().is_none() {
                    super::space::Skeleton {}
                }
                if matches!(agencies, Remote::Empty { .. }) {
                    p { {i18n.t("contact-empty")} }
                }
                if !cities.is_empty() {
                    SelectField {
                        id: "contact-city",
                        label: i18n.t("contact-city"),
                        options,
                        selected: chosen.clone(),
                        onchange: move |v: String| city.set(v),
                    }
                    ul { class: "agencies",
                        for a in shown {
                            li { key: "{a.name}", class: "agency",
                                // The directory is written in French.
                                h3 { lang: "fr", {a.name.clone()} }
                                p { lang: "fr", {a.address.clone()} }
                                p {
                                    {i18n.t("contact-phone")}
                                    " "
                                    a { href: "tel:{a.phone}", class: "phone",
                                        span { class: "ltr-value", dir: "ltr", {phone_display(&a.phone)} }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A Moroccan E.164 number grouped as people read it (`+212 5 22 47 00 00`); any other
/// number as it came.
fn phone_display(e164: &str) -> String {
    match e164.strip_prefix("+212") {
        Some(n) if n.len() == 9 && n.bytes().all(|b| b.is_ascii_digit()) => format!(
            "+212\u{a0}{}\u{a0}{}\u{a0}{}\u{a0}{}\u{a0}{}",
            &n[0..1],
            &n[1..3],
            &n[3..5],
            &n[5..7],
            &n[7..9]
        ),
        _ => e164.to_owned(),
    }
}
