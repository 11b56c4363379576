//! «Mot de passe oublié»: identifier or CNIE («Continuer») → channel → code («Valider») → new
//! password → done.

use super::{field_error, summary};
use crate::app::{dispatch, use_i18n, use_model};
use crate::components::{ErrorSummary, FailureBox, PasswordField, Screen, SubmitButton, TextField};
use crate::flows::model::Msg;
use crate::flows::recovery::{Event, Field, Step};
use crate::views::sign_up::use_clock;
use dioxus::prelude::*;
use macnss_api::ErrorCode;
use macnss_api::types::Channel;

#[component]
pub fn RecoveryPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let f = model.read().recovery.clone();
    let now = use_clock();
    let send = move |e: Event| dispatch(Msg::Recovery(e));
    let edit = move |field: Field| move |v: String| dispatch(Msg::Recovery(Event::Edit(field, v)));
    let (current, total) = f.step.position();
    let pending = f.pending.is_some();
    let title = match f.step {
        Step::Identifier => i18n.t("recovery-title"),
        Step::Channel => i18n.t("recovery-channel-title"),
        Step::Code => i18n.t("recovery-code-title"),
        Step::NewPassword => i18n.t("recovery-new-password-title"),
        Step::Done => i18n.t("recovery-done-title"),
    };
    rsx! {
        Screen {
            key: "{current}",
            title,
            onback: (f.step != Step::Done).then_some(EventHandler::new(move |_| send(Event::Back))),
            step: (f.step != Step::Done).then_some((current, total)),
            ErrorSummary { items: summary(&i18n, &f.errors) }
            if let Some(error) = f.errors.failure.clone() {
                FailureBox { message: i18n.failure(&error),
                    if error.is_retryable() && error.code() != Some(ErrorCode::ResendTooSoon) {
                        button { class: "button secondary", r#type: "button", onclick: move |_| send(Event::Retry), {i18n.t("common-retry")} }
                    }
                }
            }
            match f.step {
                Step::Identifier => rsx! {
                    form { novalidate: true, onsubmit: move |e| { e.prevent_default(); send(Event::Submit) },
                        TextField {
                            id: "identifier", label: i18n.t("recovery-identifier"), hint: i18n.t("recovery-identifier.hint"),
                            value: f.identifier.clone(), error: field_error(&i18n, &f.errors, "identifier"),
                            autocomplete: "username", ltr: true, oninput: edit(Field::Identifier),
                        }
                        SubmitButton { label: i18n.t("recovery-continue"), pending, onclick: move |_| send(Event::Submit) }
                    }
                },
                Step::Channel => rsx! {
                    form { novalidate: true, onsubmit: move |e| { e.prevent_default(); send(Event::Submit) },
                        fieldset { class: "radios", id: "channel",
                            legend { class: "visually-hidden", {i18n.t("recovery-channel-title")} }
                            for c in f.channels.clone() {
                                label { class: "radio",
                                    input {
                                        r#type: "radio", name: "channel", checked: f.channel == Some(c.channel),
                                        onchange: move |_| send(Event::ChooseChannel(c.channel)),
                                    }
                                    {channel_label(&i18n, c.channel, &c.masked_destination)}
                                }
                            }
                        }
                        SubmitButton { label: i18n.t("recovery-continue"), pending, onclick: move |_| send(Event::Submit) }
                    }
                },
                Step::Code => rsx! {
                    if let Some(s) = &f.code_status {
                        p { {i18n.t_args("recovery-code-sent", &[("destination", crate::i18n::format::unbreakable(&s.masked_destination).into())])} }
                    }
                    form { novalidate: true, onsubmit: move |e| { e.prevent_default(); send(Event::Submit) },
                        TextField {
                            id: "code", label: i18n.t("recovery-code"), value: f.code.clone(),
                            error: field_error(&i18n, &f.errors, "code"),
                            inputmode: "numeric", autocomplete: "one-time-code", ltr: true, class: "code",
                            oninput: edit(Field::Code),
                        }
                        SubmitButton { label: i18n.t("recovery-validate"), pending, onclick: move |_| send(Event::Submit) }
                    }
                    div { class: "secondary-actions",
                        {
                            let wait = f.code_status.as_ref().map(|s| s.resend_in(now())).unwrap_or(0);
                            if wait > 0 {
                                rsx! { p { class: "hint", aria_live: "off", {i18n.t_args("sign-up-resend-wait", &[("seconds", wait.into())])} } }
                            } else {
                                rsx! { button { class: "link-button", r#type: "button", onclick: move |_| send(Event::Resend), {i18n.t("recovery-resend")} } }
                            }
                        }
                        button { class: "link-button", r#type: "button", onclick: move |_| send(Event::ChangeChannel), {i18n.t("recovery-change-channel")} }
                    }
                },
                Step::NewPassword => rsx! {
                    form { novalidate: true, onsubmit: move |e| { e.prevent_default(); send(Event::Submit) },
                        PasswordField {
                            id: "new_password", label: i18n.t("recovery-new-password"), hint: i18n.t("recovery-new-password.hint"),
                            value: f.new_password.clone(), error: field_error(&i18n, &f.errors, "new_password"),
                            autocomplete: "new-password", shown: f.show_password,
                            ontoggle: move |_| send(Event::ToggleShowPassword), oninput: edit(Field::NewPassword),
                        }
                        SubmitButton { label: i18n.t("recovery-validate"), pending, onclick: move |_| send(Event::Submit) }
                    }
                },
                Step::Done => rsx! {
                    p { {i18n.t("recovery-done-body")} }
                    div { class: "actions",
                        button { class: "button primary", r#type: "button", onclick: move |_| send(Event::GoToSignIn), {i18n.t("recovery-go-sign-in")} }
                    }
                },
            }
        }
    }
}

fn channel_label(i18n: &crate::app::I18n, channel: Channel, destination: &str) -> Element {
    let id = match channel {
        Channel::Sms => "recovery-channel-sms",
        Channel::Email => "recovery-channel-email",
    };
    rsx! { {i18n.t_args(id, &[("destination", crate::i18n::format::unbreakable(destination).into())])} }
}
