//! «Me connecter»: identifier and password, «Mot de passe oublié», the notice after an expired
//! session, the slow-down countdown, and the forced change of a temporary password.

use super::{field_error, summary};
use crate::app::{dispatch, use_i18n, use_model};
use crate::components::{ErrorSummary, FailureBox, PasswordField, Screen, SubmitButton, TextField};
use crate::flows::model::Msg;
use crate::flows::sign_in::{Event, Field, Step};
use crate::views::sign_up::use_clock;
use dioxus::prelude::*;
use macnss_api::ErrorCode;

#[component]
pub fn SignInPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let f = model.read().sign_in.clone();
    let now = use_clock();
    let send = move |e: Event| dispatch(Msg::SignIn(e));
    let edit = move |field: Field| move |v: String| dispatch(Msg::SignIn(Event::Edit(field, v)));
    let wait = f.wait_seconds(now());
    // A new key per step remounts the screen, so focus moves to the new heading.
    let step_key = format!("{:?}", f.step);
    let failure = f
        .errors
        .failure
        .clone()
        .filter(|e| !(e.code() == Some(ErrorCode::SlowDown) && wait == 0));
    match f.step {
        Step::Credentials => rsx! {
            Screen { key: "{step_key}", title: i18n.t("sign-in-title"), onback: move |_| send(Event::Back),
                if f.session_expired {
                    p { class: "notice", role: "status", {i18n.t("sign-in-session-expired")} }
                }
                if f.pin_locked_out {
                    p { class: "notice", role: "status", {i18n.t("sign-in-pin-locked-out")} }
                }
                ErrorSummary { items: summary(&i18n, &f.errors) }
                if let Some(error) = failure {
                    FailureBox { message: i18n.failure(&error),
                        if error.is_retryable() && error.code() != Some(ErrorCode::SlowDown) {
                            button { class: "button secondary", r#type: "button", onclick: move |_| send(Event::Retry), {i18n.t("common-retry")} }
                        }
                    }
                }
                form { novalidate: true, onsubmit: move |e| { e.prevent_default(); send(Event::Submit) },
                    TextField {
                        id: "identifier", label: i18n.t("sign-in-identifier"), hint: i18n.t("sign-in-identifier.hint"),
                        value: f.identifier.clone(), error: field_error(&i18n, &f.errors, "identifier"),
                        inputmode: "numeric", autocomplete: "username", ltr: true, oninput: edit(Field::Identifier),
                    }
                    PasswordField {
                        id: "password", label: i18n.t("sign-in-password"), value: f.password.clone(),
                        error: field_error(&i18n, &f.errors, "password"), autocomplete: "current-password",
                        shown: f.show_password, ontoggle: move |_| send(Event::ToggleShowPassword), oninput: edit(Field::Password),
                    }
                    if wait > 0 {
                        p { class: "hint", aria_live: "off", {i18n.t_args("sign-in-wait", &[("seconds", wait.into())])} }
                    }
                    SubmitButton { label: i18n.t("sign-in-submit"), pending: f.pending, onclick: move |_| send(Event::Submit) }
                }
                div { class: "secondary-actions",
                    button { class: "link-button", r#type: "button", onclick: move |_| send(Event::ForgotPassword), {i18n.t("sign-in-forgot")} }
                    Link { to: crate::views::Route::LostPhonePage {}, {i18n.t("sign-in-lost-phone")} }
                }
            }
        },
        Step::ChangePassword => rsx! {
            Screen { key: "{step_key}", title: i18n.t("change-password-title"), onback: move |_| send(Event::Back),
                p { {i18n.t("change-password-intro")} }
                ErrorSummary { items: summary(&i18n, &f.errors) }
                if let Some(error) = f.errors.failure.clone() {
                    FailureBox { message: i18n.failure(&error),
                        if error.is_retryable() {
                            button { class: "button secondary", r#type: "button", onclick: move |_| send(Event::Retry), {i18n.t("common-retry")} }
                        }
                    }
                }
                form { novalidate: true, onsubmit: move |e| { e.prevent_default(); send(Event::Submit) },
                    PasswordField {
                        id: "new_password", label: i18n.t("change-password-new"), hint: i18n.t("change-password-new.hint"),
                        value: f.new_password.clone(), error: field_error(&i18n, &f.errors, "new_password"),
                        autocomplete: "new-password", shown: f.show_password,
                        ontoggle: move |_| send(Event::ToggleShowPassword), oninput: edit(Field::NewPassword),
                    }
                    SubmitButton { label: i18n.t("change-password-submit"), pending: f.pending, onclick: move |_| send(Event::Submit) }
                }
            }
        },
    }
}
