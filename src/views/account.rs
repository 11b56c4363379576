//! «Mon compte» and the screens around the account itself: the contact details (a step-up,
//! the new phone or e-mail, the code sent there), the password, «Mes appareils» (sign out one
//! device or all the others), the quick unlock's set-up, deleting the online account; and the
//! public ones: the lock screen, «Je n'ai plus accès à mon numéro», the account deleted.

use super::claims::{Freshness, Loading, RecordStatus};
use super::{field_error, summary};
use crate::app::{I18n, dispatch, use_i18n, use_model};
use crate::components::{ErrorSummary, FailureBox, PasswordField, Screen, SubmitButton, TextField};
use crate::flows::ApiError;
use crate::flows::account::{
    ContactEvent, ContactField, ContactStep, DeletionEvent, DeletionStep, PasswordEvent,
    PasswordField as PwField,
};
use crate::flows::lock::{
    AutoLock, MAX_PIN_FAILURES, PinProblem, SetupEvent, UnlockEvent, UnlockProblem,
};
use crate::flows::model::Msg;
use crate::flows::private::{Event, Revoking, Section};
use crate::views::Route;
use chrono::{DateTime, Utc};
use dioxus::prelude::*;
use macnss_api::ErrorCode;
use macnss_api::account::{Platform, SessionInfo};
use macnss_api::types::Channel;

fn send(event: Event) {
    dispatch(Msg::Private(event));
}

/// A retry button for a failure that did not get through (not a refusal with its reason).
fn retryable(error: &ApiError) -> bool {
    error.is_retryable() && error.code().is_none_or(|c| c == ErrorCode::Internal)
}

/// «le 2 décembre 2026 à 10 h» style: the date and the hour in Casablanca time.
fn date_time(i18n: &I18n, t: DateTime<Utc>, minutes: bool) -> String {
    let local = t.with_timezone(&chrono_tz::Africa::Casablanca);
    let time = if minutes {
        local.format("%H:%M").to_string()
    } else {
        local.format("%H:00").to_string()
    };
    i18n.t_args(
        "account-date-time",
        &[
            ("date", i18n.date(local.date_naive()).into()),
            ("time", time.into()),
        ],
    )
}

fn platform_name(i18n: &I18n, p: Option<Platform>) -> String {
    i18n.t(match p {
        Some(Platform::Android) => "account-platform-android",
        Some(Platform::Ios) => "account-platform-ios",
        Some(Platform::Web) => "account-platform-web",
        Some(Platform::Desktop) => "account-platform-desktop",
        None => "account-platform-unknown",
    })
}

// ---------------------------------------------------------------------------------------------
// «Mon compte»

#[component]
pub fn AccountPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    use_hook(|| spawn(async { send(Event::Opened(Section::Account)) }));
    let m = model.read();
    let Some(space) = m.private.as_ref() else {
        return rsx! {};
    };
    let account = space.account.clone();
    let others = account
        .value()
        .map(|a| a.sessions.iter().filter(|s| !s.current).count())
        .unwrap_or(0);
    let lock_on = m.quick_unlock.is_some();
    let offered = m.quick_unlock_offered();
    rsx! {
        Screen { title: i18n.t("account-title"), class: "records",
            RecordStatus { freshness: Freshness::of(&account), refresh: Event::Refresh(Section::Account) }
            if Freshness::is_first_load(&account) { Loading {} }
            if let Some(a) = account.value().cloned() {
                section { aria_labelledby: "account-contact-heading",
                    h2 { id: "account-contact-heading", {i18n.t("account-contact-heading")} }
                    dl { class: "facts",
                        div {
                            dt { {i18n.t("account-phone")} }
                            dd { span { class: "ltr-value", dir: "ltr", {a.phone.clone()} } }
                        }
                        div {
                            dt { {i18n.t("account-email")} }
                            dd { span { class: "ltr-value", dir: "ltr", {a.email.clone()} } }
                        }
                    }
                    Link { class: "button secondary", to: Route::ContactDetailsPage {}, {i18n.t("account-contact-change")} }
                }
            }
            nav { aria_label: i18n.t("account-title"),
                ul { class: "services account-links",
                    li {
                        Link { to: Route::PasswordPage {}, class: "service-card",
                            span { class: "service-title", {i18n.t("account-password-title")} }
                            span { class: "service-status", {i18n.t("account-password-line")} }
                        }
                    }
                    li {
                        Link { to: Route::DevicesPage {}, class: "service-card",
                            span { class: "service-title", {i18n.t("account-devices-title")} }
                            span { class: "service-status", {i18n.t_args("account-devices-line", &[("count", others.into())])} }
                        }
                    }
                    if offered {
                        li {
                            Link { to: Route::QuickUnlockPage {}, class: "service-card",
                                span { class: "service-title", {i18n.t("account-lock-title")} }
                                span { class: "service-status", {if lock_on { i18n.t("account-lock-on") } else { i18n.t("account-lock-off") }} }
                            }
                        }
                    }
                    li {
                        Link { to: Route::DeleteAccountPage {}, class: "service-card",
                            span { class: "service-title", {i18n.t("account-delete-title")} }
                            span { class: "service-status", {i18n.t("account-delete-line")} }
                        }
                    }
                }
            }
            AccountFooter {}
        }
    }
}

/// Back to «Mon compte», and to «Mon espace».
#[component]
fn AccountFooter() -> Element {
    let i18n = use_i18n();
    rsx! {
        div { class: "secondary-actions record-footer",
            Link { to: Route::Space {}, {i18n.t("account-back-space")} }
        }
    }
}

#[component]
fn BackToAccount() -> Element {
    let i18n = use_i18n();
    rsx! {
        div { class: "secondary-actions record-footer",
            Link { to: Route::AccountPage {}, {i18n.t("account-back")} }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Contact details

#[component]
pub fn ContactDetailsPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let mut shown = use_signal(|| false);
    use_hook(move || {
        spawn(async move {
            let started = model
                .peek()
                .private
                .as_ref()
                .is_some_and(|s| s.contact.is_some());
            if !started {
                send(Event::StartContactChange(Channel::Sms));
            }
        })
    });
    let Some((form, account)) = model
        .read()
        .private
        .as_ref()
        .map(|s| (s.contact.clone(), s.account.value().cloned()))
    else {
        return rsx! {};
    };
    let Some(f) = form else {
        return rsx! { Screen { title: i18n.t("account-contact-title"), class: "records", Loading {} } };
    };
    let c = move |e: ContactEvent| send(Event::Contact(e));
    let edit = move |field: ContactField| move |v: String| c(ContactEvent::Edit(field, v));
    let errors = f.errors().clone();
    let pending = f.pending();
    let now = Utc::now();
    let key = match f.step {
        ContactStep::Password => "password",
        ContactStep::Destination => "destination",
        ContactStep::Code => "code",
        ContactStep::Done => "done",
    };
    let phone = f.channel == Channel::Sms;
    rsx! {
        Screen { key: "{key}", title: if f.step == ContactStep::Done { i18n.t("account-contact-done-title") } else { i18n.t("account-contact-title") }, class: "records",
            ErrorSummary { items: summary(&i18n, &errors) }
            if let Some(error) = errors.failure.clone() {
                FailureBox { message: i18n.failure(&error),
                    if retryable(&error) {
                        button { class: "button secondary", r#type: "button", onclick: move |_| c(ContactEvent::Retry), {i18n.t("common-retry")} }
                    }
                }
            }
            match f.step {
                ContactStep::Password => rsx! {
                    p { {i18n.t("account-step-up-intro")} }
                    form { novalidate: true, onsubmit: move |e| { e.prevent_default(); c(ContactEvent::Submit) },
                        PasswordField {
                            id: "password", label: i18n.t("account-step-up-password"), value: f.password.clone(),
                            error: field_error(&i18n, &errors, "password"), autocomplete: "current-password",
                            shown: shown(), ontoggle: move |_| shown.toggle(), oninput: edit(ContactField::Password),
                        }
                        SubmitButton { label: i18n.t("account-continue"), pending, onclick: move |_| c(ContactEvent::Submit) }
                    }
                },
                ContactStep::Destination => rsx! {
                    form { novalidate: true, onsubmit: move |e| { e.prevent_default(); c(ContactEvent::Submit) },
                        fieldset { class: "radios", id: "channel",
                            legend { {i18n.t("account-contact-which")} }
                            label { class: "radio",
                                input { r#type: "radio", name: "channel", checked: phone, onchange: move |_| c(ContactEvent::Choose(Channel::Sms)) }
                                {i18n.t("account-contact-which-phone")}
                            }
                            label { class: "radio",
                                input { r#type: "radio", name: "channel", checked: !phone, onchange: move |_| c(ContactEvent::Choose(Channel::Email)) }
                                {i18n.t("account-contact-which-email")}
                            }
                        }
                        if let Some(a) = &account {
                            p { class: "hint",
                                {i18n.t_args("account-contact-current", &[("value", crate::i18n::format::unbreakable(if phone { &a.phone } else { &a.email }).into())])}
                            }
                        }
                        if phone {
                            TextField {
                                id: "destination", label: i18n.t("account-contact-new-phone"), hint: i18n.t("account-contact-new-phone.hint"),
                                value: f.destination.clone(), error: field_error(&i18n, &errors, "destination"),
                                input_type: "tel", inputmode: "tel", autocomplete: "tel", ltr: true, oninput: edit(ContactField::Destination),
                            }
                        } else {
                            TextField {
                                id: "destination", label: i18n.t("account-contact-new-email"),
                                value: f.destination.clone(), error: field_error(&i18n, &errors, "destination"),
                                input_type: "email", inputmode: "email", autocomplete: "email", ltr: true, oninput: edit(ContactField::Destination),
                            }
                        }
                        SubmitButton { label: i18n.t("account-contact-send-code"), pending, onclick: move |_| c(ContactEvent::Submit) }
                    }
                },
                ContactStep::Code => rsx! {
                    if let Some(sent) = &f.sent {
                        p { {i18n.t_args("account-contact-code-sent", &[("destination", crate::i18n::format::unbreakable(&sent.masked_destination).into())])} }
                    }
                    form { novalidate: true, onsubmit: move |e| { e.prevent_default(); c(ContactEvent::Submit) },
                        TextField {
                            id: "code", label: i18n.t("account-contact-code"), value: f.code.clone(),
                            error: field_error(&i18n, &errors, "code"),
                            inputmode: "numeric", autocomplete: "one-time-code", ltr: true, class: "code",
                            oninput: edit(ContactField::Code),
                        }
                        SubmitButton { label: i18n.t("account-contact-confirm"), pending, onclick: move |_| c(ContactEvent::Submit) }
                    }
                    div { class: "secondary-actions",
                        if let Some(sent) = &f.sent {
                            if sent.can_resend(now) {
                                button { class: "link-button", r#type: "button", onclick: move |_| c(ContactEvent::Resend), {i18n.t("account-contact-resend")} }
                            } else {
                                p { class: "hint", {i18n.t_args("account-contact-resend-in", &[("seconds", sent.resend_in(now).into())])} }
                            }
                        }
                        button { class: "link-button", r#type: "button", onclick: move |_| c(ContactEvent::Back), {i18n.t("account-contact-fix")} }
                    }
                },
                ContactStep::Done => rsx! {
                    p { class: "notice", role: "status", {if phone { i18n.t("account-contact-done-phone") } else { i18n.t("account-contact-done-email") }} }
                    div { class: "actions",
                        Link { class: "button primary", to: Route::AccountPage {}, {i18n.t("account-back")} }
                    }
                },
            }
            if f.step != ContactStep::Done {
                BackToAccount {}
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Password

#[component]
pub fn PasswordPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    use_hook(|| spawn(async { send(Event::StartPasswordChange) }));
    let Some(form) = model.read().private.as_ref().map(|s| s.password.clone()) else {
        return rsx! {};
    };
    let Some(f) = form else {
        return rsx! { Screen { title: i18n.t("account-password-title"), class: "records", Loading {} } };
    };
    let p = move |e: PasswordEvent| send(Event::Password(e));
    let key = if f.done { "done" } else { "form" };
    let edit = move |field: PwField| move |v: String| p(PasswordEvent::Edit(field, v));
    let errors = f.errors().clone();
    rsx! {
        Screen { key: "{key}", title: if f.done { i18n.t("account-password-done-title") } else { i18n.t("account-password-title") }, class: "records",
            ErrorSummary { items: summary(&i18n, &errors) }
            if let Some(error) = errors.failure.clone() {
                FailureBox { message: i18n.failure(&error),
                    if retryable(&error) {
                        button { class: "button secondary", r#type: "button", onclick: move |_| p(PasswordEvent::Retry), {i18n.t("common-retry")} }
                    }
                }
            }
            if f.done {
                p { class: "notice", role: "status", {i18n.t("account-password-done")} }
                div { class: "actions",
                    Link { class: "button primary", to: Route::AccountPage {}, {i18n.t("account-back")} }
                }
            } else {
                p { {i18n.t("account-password-intro")} }
                form { novalidate: true, onsubmit: move |e| { e.prevent_default(); p(PasswordEvent::Submit) },
                    PasswordField {
                        id: "current_password", label: i18n.t("account-password-current"), value: f.current.clone(),
                        error: field_error(&i18n, &errors, "current_password"), autocomplete: "current-password",
                        shown: f.show, ontoggle: move |_| p(PasswordEvent::ToggleShow), oninput: edit(PwField::Current),
                    }
                    PasswordField {
                        id: "new_password", label: i18n.t("account-password-new"), hint: i18n.t("account-password-new.hint"), value: f.new.clone(),
                        error: field_error(&i18n, &errors, "new_password"), autocomplete: "new-password",
                        shown: f.show, ontoggle: move |_| p(PasswordEvent::ToggleShow), oninput: edit(PwField::New),
                    }
                    SubmitButton { label: i18n.t("account-password-submit"), pending: f.pending(), onclick: move |_| p(PasswordEvent::Submit) }
                }
                BackToAccount {}
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Devices

#[component]
pub fn DevicesPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    use_hook(|| spawn(async { send(Event::Opened(Section::Account)) }));
    let Some((account, revoking, errors)) = model.read().private.as_ref().map(|s| {
        (
            s.account.clone(),
            s.revoking.clone(),
            s.revoke_errors.clone(),
        )
    }) else {
        return rsx! {};
    };
    let sessions = account
        .value()
        .map(|a| a.sessions.clone())
        .unwrap_or_default();
    let others = sessions.iter().filter(|s| !s.current).count();
    rsx! {
        Screen { title: i18n.t("account-devices-title"), class: "records",
            RecordStatus { freshness: Freshness::of(&account), refresh: Event::Refresh(Section::Account) }
            if Freshness::is_first_load(&account) { Loading {} }
            if let Some(error) = errors.failure.clone() {
                FailureBox { message: i18n.failure(&error) }
            }
            p { {i18n.t("account-devices-intro")} }
            p { class: "visually-hidden", role: "status",
                if revoking.is_some() { {i18n.t("common-sending")} }
            }
            ul { class: "record-list", aria_busy: if revoking.is_some() { "true" } else { "false" },
                for s in sessions {
                    li { key: "{s.id}", class: "record-card",
                        SessionLine { session: s.clone(), busy: revoking == Some(Revoking::One(s.id.clone())), disabled: revoking.is_some() }
                    }
                }
            }
            if others > 0 {
                div { class: "actions",
                    button {
                        class: "button secondary", r#type: "button",
                        aria_busy: if revoking == Some(Revoking::Others) { "true" } else { "false" },
                        onclick: move |_| send(Event::RevokeOthers),
                        {i18n.t("account-devices-revoke-others")}
                    }
                }
            }
            p { class: "notice", {i18n.t("account-devices-unknown")} }
            BackToAccount {}
        }
    }
}

#[component]
fn SessionLine(session: SessionInfo, busy: bool, disabled: bool) -> Element {
    let i18n = use_i18n();
    let name = session
        .device_name
        .clone()
        .unwrap_or_else(|| i18n.t("account-devices-unnamed"));
    let id = session.id.clone();
    let title_id = format!("session-{}", session.id);
    rsx! {
        span { class: "record-title", id: "{title_id}",
            span { dir: "auto", {name} }
            if session.current {
                " "
                span { class: "badge", {i18n.t("account-devices-this-one")} }
            }
        }
        span { class: "record-line",
            {platform_name(&i18n, session.platform)}
            if let Some(v) = session.app_version.clone() {
                " · "
                {i18n.t_args("account-devices-version", &[("version", v.into())])}
            }
        }
        span { class: "record-line", {i18n.t_args("account-devices-signed-in", &[("when", date_time(&i18n, session.signed_in_at, false).into())])} }
        span { class: "record-line", {i18n.t_args("account-devices-last-used", &[("when", date_time(&i18n, session.last_used_at, true).into())])} }
        if !session.current {
            // Its accessible name says which device («Déconnecter cet appareil» + its name).
            button {
                class: "button secondary small", r#type: "button",
                aria_describedby: "{title_id}",
                aria_busy: if busy { "true" } else { "false" },
                aria_disabled: if disabled { "true" } else { "false" },
                onclick: move |_| if !disabled { send(Event::RevokeSession(id.clone())) },
                {i18n.t("account-devices-revoke")}
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Quick unlock

fn auto_lock_label(i18n: &I18n, a: AutoLock) -> String {
    i18n.t(match a {
        AutoLock::Immediately => "lock-auto-immediately",
        AutoLock::OneMinute => "lock-auto-1",
        AutoLock::FiveMinutes => "lock-auto-5",
        AutoLock::FifteenMinutes => "lock-auto-15",
    })
}

fn pin_problem(i18n: &I18n, p: PinProblem) -> String {
    i18n.t(match p {
        PinProblem::Format => "lock-pin-format",
        PinProblem::TooSimple => "lock-pin-too-simple",
        PinProblem::Mismatch => "lock-pin-mismatch",
    })
}

#[component]
pub fn QuickUnlockPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let m = model.read();
    let setup = m.setup.clone();
    let on = m.quick_unlock.is_some();
    let biometrics = m.biometrics_available;
    let s = |e: SetupEvent| dispatch(Msg::Setup(e));
    let pin_error = setup
        .problem
        .filter(|p| *p != PinProblem::Mismatch)
        .map(|p| pin_problem(&i18n, p));
    let confirm_error = setup
        .problem
        .filter(|p| *p == PinProblem::Mismatch)
        .map(|p| pin_problem(&i18n, p));
    let items: Vec<crate::components::Summary> = [
        pin_error.clone().map(|m| ("pin", m)),
        confirm_error.clone().map(|m| ("pin_confirm", m)),
    ]
    .into_iter()
    .flatten()
    .map(|(t, message)| crate::components::Summary {
        target: t.into(),
        message,
    })
    .collect();
    if !m.quick_unlock_offered() {
        return rsx! {
            Screen { title: i18n.t("account-lock-title"), class: "records",
                p { class: "notice", {i18n.t("lock-not-offered")} }
                BackToAccount {}
            }
        };
    }
    rsx! {
        Screen { title: i18n.t("account-lock-title"), class: "records",
            ErrorSummary { items }
            if setup.failed {
                FailureBox { message: i18n.t("lock-setup-failed") }
            }
            p { {i18n.t("lock-intro")} }
            if on {
                p { class: "notice", role: "status", {i18n.t("lock-is-on")} }
            }
            form { novalidate: true, onsubmit: move |e| { e.prevent_default(); s(SetupEvent::Enable) },
                if !on {
                    TextField {
                        id: "pin", label: i18n.t("lock-pin"), hint: i18n.t("lock-pin.hint"), value: setup.pin.clone(),
                        error: pin_error, input_type: "password", inputmode: "numeric", autocomplete: "off", ltr: true, class: "code",
                        oninput: move |v: String| s(SetupEvent::EditPin(v)),
                    }
                    TextField {
                        id: "pin_confirm", label: i18n.t("lock-pin-confirm"), value: setup.confirm.clone(),
                        error: confirm_error, input_type: "password", inputmode: "numeric", autocomplete: "off", ltr: true, class: "code",
                        oninput: move |v: String| s(SetupEvent::EditConfirm(v)),
                    }
                }
                fieldset { class: "radios", id: "auto_lock",
                    legend { {i18n.t("lock-auto-legend")} }
                    for a in AutoLock::ALL {
                        label { class: "radio",
                            input { r#type: "radio", name: "auto_lock", checked: setup.settings.auto_lock == a, onchange: move |_| s(SetupEvent::AutoLock(a)) }
                            {auto_lock_label(&i18n, a)}
                        }
                    }
                }
                p { class: "hint", {i18n.t("lock-cold-start")} }
                if biometrics {
                    div { class: "field checkbox",
                        label { class: "checkbox-label", r#for: "biometric",
                            input { id: "biometric", r#type: "checkbox", checked: setup.settings.biometric, onchange: move |e: FormEvent| s(SetupEvent::Biometric(e.checked())) }
                            span { {i18n.t("lock-biometric")} }
                        }
                    }
                }
                SubmitButton { label: if on { i18n.t("lock-save") } else { i18n.t("lock-enable") }, pending: setup.pending, onclick: move |_| s(SetupEvent::Enable) }
            }
            if on {
                div { class: "secondary-actions",
                    button { class: "button secondary", r#type: "button", onclick: move |_| s(SetupEvent::Disable), {i18n.t("lock-disable")} }
                }
            }
            BackToAccount {}
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Deleting the account

#[component]
pub fn DeleteAccountPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let mut shown = use_signal(|| false);
    use_hook(|| spawn(async { send(Event::StartDeletion) }));
    let Some(form) = model.read().private.as_ref().map(|s| s.deletion.clone()) else {
        return rsx! {};
    };
    let Some(f) = form else {
        return rsx! { Screen { title: i18n.t("account-delete-title"), class: "records", Loading {} } };
    };
    let d = move |e: DeletionEvent| send(Event::Deletion(e));
    let errors = f.errors().clone();
    let pending = f.pending();
    let confirm_error = field_error(&i18n, &errors, "confirmed");
    let key = if f.step == DeletionStep::Confirm {
        "confirm"
    } else {
        "password"
    };
    rsx! {
        Screen { key: "{key}", title: i18n.t("account-delete-title"), class: "records",
            ErrorSummary { items: summary(&i18n, &errors) }
            if let Some(error) = errors.failure.clone() {
                FailureBox { message: i18n.failure(&error),
                    if retryable(&error) {
                        button { class: "button secondary", r#type: "button", onclick: move |_| d(DeletionEvent::Retry), {i18n.t("common-retry")} }
                    }
                }
            }
            p { {i18n.t("account-delete-what")} }
            ul { class: "plain-list",
                li { {i18n.t("account-delete-gone")} }
                li { {i18n.t("account-delete-kept")} }
                li { {i18n.t("account-delete-again")} }
            }
            match f.step {
                DeletionStep::Password => rsx! {
                    form { novalidate: true, onsubmit: move |e| { e.prevent_default(); d(DeletionEvent::Submit) },
                        PasswordField {
                            id: "password", label: i18n.t("account-step-up-password"), value: f.password.clone(),
                            error: field_error(&i18n, &errors, "password"), autocomplete: "current-password",
                            shown: shown(), ontoggle: move |_| shown.toggle(), oninput: move |v: String| d(DeletionEvent::EditPassword(v)),
                        }
                        SubmitButton { label: i18n.t("account-continue"), pending, onclick: move |_| d(DeletionEvent::Submit) }
                    }
                },
                DeletionStep::Confirm => rsx! {
                    form { novalidate: true, onsubmit: move |e| { e.prevent_default(); d(DeletionEvent::Submit) },
                        div { class: if confirm_error.is_some() { "field checkbox invalid" } else { "field checkbox" },
                            if let Some(msg) = confirm_error.clone() {
                                p { class: "error-message", id: "confirmed-error", {msg} }
                            }
                            label { class: "checkbox-label", r#for: "confirmed",
                                input {
                                    id: "confirmed", r#type: "checkbox", checked: f.confirmed,
                                    aria_invalid: if confirm_error.is_some() { "true" } else { "false" },
                                    onchange: move |e: FormEvent| d(DeletionEvent::Confirm(e.checked())),
                                }
                                span { {i18n.t("account-delete-confirm")} }
                            }
                        }
                        button {
                            class: "button danger", r#type: "submit",
                            aria_busy: if pending { "true" } else { "false" },
                            onclick: move |e: MouseEvent| { e.prevent_default(); if !pending { d(DeletionEvent::Submit) } },
                            if pending { span { class: "spinner", aria_hidden: "true" } {i18n.t("common-sending")} } else { {i18n.t("account-delete-submit")} }
                        }
                    }
                },
            }
            BackToAccount {}
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Public screens

/// The lock screen: the PIN, the biometric prompt again, or the full sign-in.
#[component]
pub fn UnlockPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let Some(unlock) = model.read().locked.clone() else {
        return rsx! { Screen { title: i18n.t("unlock-title"), Loading {} } };
    };
    let u = |e: UnlockEvent| dispatch(Msg::Unlock(e));
    let problem = unlock.problem.map(|p| match p {
        UnlockProblem::WrongPin { left } => {
            i18n.t_args("unlock-wrong-pin", &[("left", left.into())])
        }
        UnlockProblem::Format => i18n.t("lock-pin-format"),
        UnlockProblem::BiometricRefused => i18n.t("unlock-biometric-refused"),
        UnlockProblem::Unreachable => i18n.t("unlock-unreachable"),
    });
    let field_problem = matches!(
        unlock.problem,
        Some(UnlockProblem::WrongPin { .. } | UnlockProblem::Format)
    );
    rsx! {
        Screen { title: i18n.t("unlock-title"),
            p { class: "lead", {i18n.t_args("unlock-who", &[("id", unlock.masked_account().into())])} }
            if let (Some(message), false) = (problem.clone(), field_problem) {
                FailureBox { message }
            }
            form { novalidate: true, onsubmit: move |e| { e.prevent_default(); u(UnlockEvent::Submit) },
                TextField {
                    id: "pin", label: i18n.t("unlock-pin"), value: unlock.pin.clone(),
                    hint: i18n.t_args("unlock-tries", &[("left", unlock.tries_left().into()), ("max", MAX_PIN_FAILURES.into())]),
                    error: if field_problem { problem } else { None },
                    input_type: "password", inputmode: "numeric", autocomplete: "off", ltr: true, class: "code",
                    oninput: move |v: String| u(UnlockEvent::EditPin(v)),
                }
                SubmitButton { label: i18n.t("unlock-submit"), pending: unlock.pending, onclick: move |_| u(UnlockEvent::Submit) }
                if unlock.biometric_pending {
                    p { class: "hint", role: "status", {i18n.t("unlock-biometric-waiting")} }
                }
            }
            div { class: "secondary-actions",
                if unlock.biometric {
                    button { class: "button secondary", r#type: "button", onclick: move |_| u(UnlockEvent::UseBiometric), {i18n.t("unlock-biometric")} }
                }
                button { class: "link-button", r#type: "button", onclick: move |_| u(UnlockEvent::ForgotPin), {i18n.t("unlock-forgot")} }
            }
        }
    }
}

/// «Je n'ai plus accès à mon numéro»: recovery by e-mail, else what to bring to an agency.
#[component]
pub fn LostPhonePage() -> Element {
    let i18n = use_i18n();
    rsx! {
        Screen { title: i18n.t("lost-phone-title"),
            p { class: "lead", {i18n.t("lost-phone-intro")} }
            section { aria_labelledby: "lost-phone-email-heading",
                h2 { id: "lost-phone-email-heading", {i18n.t("lost-phone-email-heading")} }
                p { {i18n.t("lost-phone-email")} }
                div { class: "actions",
                    Link { class: "button primary", to: Route::RecoveryPage {}, {i18n.t("lost-phone-email-action")} }
                }
            }
            section { aria_labelledby: "lost-phone-agency-heading",
                h2 { id: "lost-phone-agency-heading", {i18n.t("lost-phone-agency-heading")} }
                p { {i18n.t("lost-phone-agency")} }
                ul { class: "plain-list",
                    li { {i18n.t("lost-phone-bring-id")} }
                    li { {i18n.t("lost-phone-bring-number")} }
                    li { {i18n.t("lost-phone-bring-phone")} }
                }
                div { class: "actions",
                    Link { class: "button secondary", to: Route::ContactPage {}, {i18n.t("lost-phone-agencies")} }
                }
            }
            div { class: "secondary-actions record-footer",
                Link { to: Route::SignInPage {}, {i18n.t("lost-phone-back")} }
            }
        }
    }
}

#[component]
pub fn AccountDeletedPage() -> Element {
    let i18n = use_i18n();
    rsx! {
        Screen { title: i18n.t("account-deleted-title"),
            p { class: "notice", role: "status", {i18n.t("account-deleted")} }
            div { class: "actions",
                Link { class: "button primary", to: Route::Welcome {}, {i18n.t("account-deleted-home")} }
            }
        }
    }
}
