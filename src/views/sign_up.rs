//! The sign-up wizard's screens: account type, identity (Assuré or Ayant droit), contact and
//! CGU, the SMS code, and the confirmation. One question group per screen.

use super::{Route, field_error, summary};
use crate::app::{I18n, dispatch, use_i18n, use_model};
use crate::components::{DateField, ErrorSummary, FailureBox, Screen, SubmitButton, TextField};
use crate::flows::ApiError;
use crate::flows::model::Msg;
use crate::flows::sign_up::{Event, Field, Step};
use dioxus::prelude::*;
use macnss_api::ErrorCode;
use macnss_api::types::AccountKind;
use macnss_api::validate::IdDocumentKind;

#[component]
pub fn SignUpPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let f = model.read().sign_up.clone();
    let (current, total) = f.step.position();
    let send = move |e: Event| dispatch(Msg::SignUp(e));
    let edit = move |field: Field| move |v: String| dispatch(Msg::SignUp(Event::Edit(field, v)));
    let title = match f.step {
        Step::AccountType => i18n.t("sign-up-kind-title"),
        Step::Identity => i18n.t("sign-up-identity-title"),
        Step::Contact => i18n.t("sign-up-contact-title"),
        Step::Code => i18n.t("sign-up-code-title"),
        Step::Confirmation => i18n.t("sign-up-done-title"),
    };
    let pending = f.pending.is_some();
    rsx! {
        Screen {
            key: "{current}",
            title,
            onback: (f.step != Step::Confirmation).then_some(EventHandler::new(move |_| send(Event::Back))),
            step: (f.step != Step::Confirmation).then_some((current, total)),
            ErrorSummary { items: summary(&i18n, &f.errors) }
            Failure { i18n, failure: f.errors.failure.clone() }
            match f.step {
                Step::AccountType => rsx! {
                    div { class: "choices",
                        button { class: "choice", r#type: "button", onclick: move |_| send(Event::ChooseKind(AccountKind::Insured)),
                            span { class: "choice-title", {i18n.t("sign-up-kind-insured")} }
                            span { class: "choice-hint", {i18n.t("sign-up-kind-insured-hint")} }
                        }
                        button { class: "choice", r#type: "button", onclick: move |_| send(Event::ChooseKind(AccountKind::Dependant)),
                            span { class: "choice-title", {i18n.t("sign-up-kind-dependant")} }
                            span { class: "choice-hint", {i18n.t("sign-up-kind-dependant-hint")} }
                        }
                    }
                },
                Step::Identity => rsx! {
                    form { novalidate: true, onsubmit: move |e| { e.prevent_default(); send(Event::Submit) },
                        if f.values.kind == Some(AccountKind::Dependant) {
                            TextField {
                                id: "insured_id", label: i18n.t("sign-up-insured-id"), hint: i18n.t("sign-up-insured-id.hint"),
                                value: f.values.insured_id.clone(), error: field_error(&i18n, &f.errors, "insured_id"),
                                inputmode: "numeric", ltr: true, oninput: edit(Field::InsuredId),
                            }
                        }
                        fieldset { class: "radios",
                            legend { {i18n.t("sign-up-document-kind")} }
                            for kind in IdDocumentKind::ALL {
                                label { class: "radio",
                                    input {
                                        r#type: "radio", name: "document_kind", value: kind.as_str(),
                                        checked: f.values.document_kind == kind,
                                        onchange: move |_| send(Event::ChooseDocument(kind)),
                                    }
                                    {i18n.t(document_label(kind))}
                                }
                            }
                        }
                        TextField {
                            id: "document_number", label: i18n.t("sign-up-document-number"), hint: i18n.t("sign-up-document-number.hint"),
                            value: f.values.document_number.clone(), error: field_error(&i18n, &f.errors, "document_number"),
                            autocomplete: "off", ltr: true, class: "uppercase", oninput: edit(Field::DocumentNumber),
                        }
                        if f.values.kind == Some(AccountKind::Insured) {
                            DateField {
                                id: "document_expiry", legend: i18n.t("sign-up-expiry"), hint: i18n.t("sign-up-expiry.hint"),
                                day: f.values.expiry.day.clone(), month: f.values.expiry.month.clone(), year: f.values.expiry.year.clone(),
                                error: field_error(&i18n, &f.errors, "document_expiry"),
                                onday: edit(Field::ExpiryDay), onmonth: edit(Field::ExpiryMonth), onyear: edit(Field::ExpiryYear),
                            }
                        }
                        DateField {
                            id: "birth_date", legend: i18n.t("sign-up-birth"), hint: i18n.t("sign-up-birth.hint"),
                            day: f.values.birth.day.clone(), month: f.values.birth.month.clone(), year: f.values.birth.year.clone(),
                            error: field_error(&i18n, &f.errors, "birth_date"), autocomplete: "bday",
                            onday: edit(Field::BirthDay), onmonth: edit(Field::BirthMonth), onyear: edit(Field::BirthYear),
                        }
                        SubmitButton { label: i18n.t("sign-up-next"), pending, onclick: move |_| send(Event::Submit) }
                    }
                },
                Step::Contact => rsx! {
                    form { novalidate: true, onsubmit: move |e| { e.prevent_default(); send(Event::Submit) },
                        TextField {
                            id: "phone", label: i18n.t("sign-up-phone"), hint: i18n.t("sign-up-phone.hint"),
                            value: f.values.phone.clone(), error: field_error(&i18n, &f.errors, "phone"),
                            input_type: "tel", inputmode: "tel", autocomplete: "tel", ltr: true, oninput: edit(Field::Phone),
                        }
                        TextField {
                            id: "email", label: i18n.t("sign-up-email"), hint: i18n.t("sign-up-email.hint"),
                            value: f.values.email.clone(), error: field_error(&i18n, &f.errors, "email"),
                            input_type: "email", inputmode: "email", autocomplete: "email", ltr: true, oninput: edit(Field::Email),
                        }
                        div { class: if f.errors.field("terms_accepted").is_some() { "field checkbox invalid" } else { "field checkbox" },
                            if let Some(msg) = field_error(&i18n, &f.errors, "terms_accepted") {
                                p { class: "error-message", id: "terms_accepted-error", {msg} }
                            }
                            // The box beside its text, the whole label one 44 px target.
                            label { class: "checkbox-label", r#for: "terms_accepted",
                                input {
                                    id: "terms_accepted", r#type: "checkbox", checked: f.values.terms_accepted,
                                    aria_invalid: if f.errors.field("terms_accepted").is_some() { "true" } else { "false" },
                                    onchange: move |e: FormEvent| send(Event::SetTermsAccepted(e.checked())),
                                }
                                span { {i18n.t("sign-up-terms")} }
                            }
                        }
                        p { Link { to: Route::Terms {}, {i18n.t("sign-up-terms-read")} } }
                        p { class: "notice", {i18n.t("sign-up-cndp")} }
                        SubmitButton { label: i18n.t("sign-up-validate"), pending, onclick: move |_| send(Event::Submit) }
                    }
                },
                Step::Code => rsx! {
                    CodeStep {}
                },
                Step::Confirmation => rsx! {
                    p {
                        {i18n.t_args("sign-up-done-body", &[
                            ("destination", crate::i18n::format::unbreakable(&f.completed.as_ref().map(|c| c.masked_phone.clone()).unwrap_or_default()).into()),
                            ("hours", f.completed.as_ref().map(|c| c.temporary_password_valid_hours).unwrap_or(72).into()),
                        ])}
                    }
                    div { class: "actions",
                        button { class: "button primary", r#type: "button", onclick: move |_| send(Event::Start), {i18n.t("sign-up-start")} }
                        button { class: "link-button", r#type: "button", onclick: move |_| send(Event::SmsNeverArrived), {i18n.t("sign-up-no-sms")} }
                    }
                },
            }
        }
    }
}

fn document_label(kind: IdDocumentKind) -> &'static str {
    match kind {
        IdDocumentKind::Cnie => "sign-up-document-cnie",
        IdDocumentKind::Passport => "sign-up-document-passport",
        IdDocumentKind::ResidenceCard => "sign-up-document-residence-card",
    }
}

/// The screen-level failure, with its way forward: retry, or sign-in / recovery when the
/// account already exists.
#[component]
fn Failure(i18n: I18n, failure: Option<ApiError>) -> Element {
    let Some(error) = failure else { return rsx! {} };
    let exists = error.code() == Some(ErrorCode::AccountExists);
    let retry = error.is_retryable() && error.code() != Some(ErrorCode::ResendTooSoon);
    rsx! {
        FailureBox { message: i18n.failure(&error),
            if exists {
                div { class: "actions",
                    button { class: "button secondary", r#type: "button", onclick: move |_| dispatch(Msg::SignUp(Event::GoToSignIn)), {i18n.t("sign-up-account-exists-sign-in")} }
                    button { class: "button secondary", r#type: "button", onclick: move |_| dispatch(Msg::SignUp(Event::GoToRecovery)), {i18n.t("sign-up-account-exists-recover")} }
                }
            }
            if retry {
                button { class: "button secondary", r#type: "button", onclick: move |_| dispatch(Msg::SignUp(Event::Retry)), {i18n.t("common-retry")} }
            }
        }
    }
}

/// The code step: one numeric field, where the code went, resend with a countdown that is
/// recomputed from its deadline (and not announced every second), and "change my number".
#[component]
fn CodeStep() -> Element {
    let i18n = use_i18n();
    let f = use_model().read().sign_up.clone();
    let now = use_clock();
    let status = f.code_status.clone();
    let wait = status.as_ref().map(|s| s.resend_in(now())).unwrap_or(0);
    rsx! {
        if let Some(s) = &status {
            p { {i18n.t_args("sign-up-code-sent", &[("destination", crate::i18n::format::unbreakable(&s.masked_destination).into())])} }
        }
        form { novalidate: true, onsubmit: move |e| { e.prevent_default(); dispatch(Msg::SignUp(Event::Submit)) },
            TextField {
                id: "code", label: i18n.t("sign-up-code"), value: f.values.code.clone(),
                error: field_error(&i18n, &f.errors, "code"),
                inputmode: "numeric", autocomplete: "one-time-code", ltr: true, class: "code",
                oninput: move |v| dispatch(Msg::SignUp(Event::Edit(Field::Code, v))),
            }
            SubmitButton { label: i18n.t("sign-up-validate"), pending: f.pending.is_some(), onclick: move |_| dispatch(Msg::SignUp(Event::Submit)) }
        }
        div { class: "secondary-actions",
            if wait > 0 {
                p { class: "hint", aria_live: "off", {i18n.t_args("sign-up-resend-wait", &[("seconds", wait.into())])} }
            } else {
                button { class: "link-button", r#type: "button", onclick: move |_| dispatch(Msg::SignUp(Event::Resend)), {i18n.t("sign-up-resend")} }
            }
            button { class: "link-button", r#type: "button", onclick: move |_| dispatch(Msg::SignUp(Event::ChangeNumber)), {i18n.t("sign-up-change-number")} }
        }
    }
}

/// The current time, re-rendering the caller every second (countdowns).
pub(crate) fn use_clock() -> impl Fn() -> chrono::DateTime<chrono::Utc> + Copy {
    let mut tick = use_signal(|| 0u64);
    use_future(move || async move {
        loop {
            sleep_one_second().await;
            tick += 1;
        }
    });
    let _ = tick.read();
    chrono::Utc::now
}

async fn sleep_one_second() {
    #[cfg(target_arch = "wasm32")]
    {
        gloo_timers::future::TimeoutFuture::new(1_000).await;
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    }
}
