//! Form widgets following the GOV.UK patterns: a label on every input, the hint and the error
//! tied to it with `aria-describedby`, an error summary that takes focus and links to each
//! field, a primary button that shows progress and cannot double-submit.

use crate::app::use_i18n;
use dioxus::prelude::*;

/// One line of the error summary: the field's element id and its message.
#[derive(Clone, PartialEq)]
pub struct Summary {
    pub target: String,
    pub message: String,
}

#[component]
pub fn ErrorSummary(items: Vec<Summary>) -> Element {
    let i18n = use_i18n();
    if items.is_empty() {
        return rsx! {};
    }
    rsx! {
        div {
            class: "error-summary",
            role: "alert",
            tabindex: "-1",
            aria_labelledby: "error-summary-title",
            onmounted: move |e: MountedEvent| async move {
                let _ = e.set_focus(true).await;
            },
            h2 { id: "error-summary-title", {i18n.t("common-error-summary-title")} }
            ul {
                for item in items {
                    li {
                        a {
                            href: "#{item.target}",
                            // Move focus to the field itself (a plain fragment link would only
                            // scroll, and would go through the router's history).
                            onclick: move |e: MouseEvent| {
                                e.prevent_default();
                                let id = serde_json::to_string(&item.target).unwrap_or_default();
                                document::eval(&format!("document.getElementById({id})?.focus()"));
                            },
                            {item.message.clone()}
                        }
                    }
                }
            }
        }
    }
}

/// A screen-level failure (network, server, limits) with what to do next.
#[component]
pub fn FailureBox(message: String, children: Element) -> Element {
    rsx! {
        div { class: "failure", role: "alert",
            p { {message} }
            {children}
        }
    }
}

#[derive(Props, Clone, PartialEq)]
pub struct TextFieldProps {
    pub id: String,
    pub label: String,
    #[props(default)]
    pub hint: Option<String>,
    pub value: String,
    #[props(default)]
    pub error: Option<String>,
    #[props(default = "text".to_string())]
    pub input_type: String,
    #[props(default)]
    pub inputmode: Option<String>,
    #[props(default)]
    pub autocomplete: Option<String>,
    /// Numbers, phones, IDs and e-mails stay left-to-right inside Arabic.
    #[props(default)]
    pub ltr: bool,
    #[props(default)]
    pub class: String,
    pub oninput: EventHandler<String>,
}

#[component]
pub fn TextField(props: TextFieldProps) -> Element {
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described = [
        props.hint.as_ref().map(|_| hint_id.clone()),
        props.error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let invalid = props.error.is_some();
    rsx! {
        div { class: if invalid { "field invalid {props.class}" } else { "field {props.class}" },
            label { r#for: "{props.id}", {props.label.clone()} }
            if let Some(hint) = &props.hint {
                p { class: "hint", id: "{hint_id}", {hint.clone()} }
            }
            if let Some(error) = &props.error {
                p { class: "error-message", id: "{error_id}", {error.clone()} }
            }
            input {
                id: "{props.id}",
                name: "{props.id}",
                r#type: "{props.input_type}",
                value: "{props.value}",
                inputmode: props.inputmode.clone(),
                autocomplete: props.autocomplete.clone(),
                dir: if props.ltr { "ltr" } else { "auto" },
                spellcheck: "false",
                aria_invalid: if invalid { "true" } else { "false" },
                aria_describedby: if described.is_empty() { None } else { Some(described.clone()) },
                oninput: move |e: FormEvent| props.oninput.call(e.value()),
            }
        }
    }
}

/// A password input with a show/hide toggle; paste allowed, no confirmation field.
#[component]
pub fn PasswordField(
    id: String,
    label: String,
    #[props(default)] hint: Option<String>,
    value: String,
    #[props(default)] error: Option<String>,
    autocomplete: String,
    shown: bool,
    ontoggle: EventHandler<()>,
    oninput: EventHandler<String>,
) -> Element {
    let i18n = use_i18n();
    rsx! {
        TextField {
            id: id.clone(),
            label,
            hint,
            value,
            error,
            input_type: if shown { "text" } else { "password" },
            autocomplete: Some(autocomplete),
            ltr: true,
            oninput: move |v| oninput.call(v),
        }
        button {
            class: "link-button",
            r#type: "button",
            aria_controls: "{id}",
            aria_pressed: if shown { "true" } else { "false" },
            onclick: move |_| ontoggle.call(()),
            if shown { {i18n.t("sign-in-hide-password")} } else { {i18n.t("sign-in-show-password")} }
        }
    }
}

/// A date as three numeric fields in a fieldset with a legend; never auto-advancing.
#[component]
pub fn DateField(
    id: String,
    legend: String,
    hint: String,
    day: String,
    month: String,
    year: String,
    #[props(default)] error: Option<String>,
    /// `bday` for a birth date: `bday-day`, `bday-month`, `bday-year`.
    #[props(default)]
    autocomplete: Option<String>,
    onday: EventHandler<String>,
    onmonth: EventHandler<String>,
    onyear: EventHandler<String>,
) -> Element {
    let i18n = use_i18n();
    let ac = |part: &str| autocomplete.as_ref().map(|a| format!("{a}-{part}"));
    let invalid = error.is_some();
    rsx! {
        fieldset {
            class: if invalid { "date invalid" } else { "date" },
            role: "group",
            aria_describedby: if invalid { "{id}-hint {id}-error" } else { "{id}-hint" },
            legend { {legend} }
            p { class: "hint", id: "{id}-hint", {hint} }
            if let Some(error) = &error {
                p { class: "error-message", id: "{id}-error", {error.clone()} }
            }
            div { class: "date-parts", dir: "ltr",
                DatePart { id: format!("{id}-day"), label: i18n.t("date-day"), value: day, autocomplete: ac("day"), width: 2, invalid, oninput: onday }
                DatePart { id: format!("{id}-month"), label: i18n.t("date-month"), value: month, autocomplete: ac("month"), width: 2, invalid, oninput: onmonth }
                DatePart { id: format!("{id}-year"), label: i18n.t("date-year"), value: year, autocomplete: ac("year"), width: 4, invalid, oninput: onyear }
            }
        }
    }
}

#[component]
fn DatePart(
    id: String,
    label: String,
    value: String,
    autocomplete: Option<String>,
    width: u8,
    invalid: bool,
    oninput: EventHandler<String>,
) -> Element {
    rsx! {
        div { class: "date-part width-{width}",
            label { r#for: "{id}", {label} }
            input {
                id: "{id}",
                name: "{id}",
                r#type: "text",
                inputmode: "numeric",
                autocomplete,
                value: "{value}",
                aria_invalid: if invalid { "true" } else { "false" },
                oninput: move |e: FormEvent| oninput.call(e.value()),
            }
        }
    }
}

/// The primary button: shows progress while a request runs and ignores taps meanwhile (the
/// flow ignores them too).
#[component]
pub fn SubmitButton(label: String, pending: bool, onclick: EventHandler<()>) -> Element {
    let i18n = use_i18n();
    rsx! {
        button {
            class: "button primary",
            r#type: "submit",
            aria_disabled: if pending { "true" } else { "false" },
            aria_busy: if pending { "true" } else { "false" },
            onclick: move |e: MouseEvent| {
                e.prevent_default();
                if !pending {
                    onclick.call(());
                }
            },
            if pending {
                span { class: "spinner", aria_hidden: "true" }
                {i18n.t("common-sending")}
            } else {
                {label}
            }
        }
    }
}

#[component]
pub fn BackLink(onclick: EventHandler<()>) -> Element {
    let i18n = use_i18n();
    rsx! {
        button { class: "back-link", r#type: "button", onclick: move |_| onclick.call(()),
            {i18n.t("common-back")}
        }
    }
}
