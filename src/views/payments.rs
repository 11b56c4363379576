//! «Mes paiements»: the pension and its proof of life, the bank account payments go to
//! (masked), and every payment, newest first. Changing the bank account: the password again,
//! then the code sent by SMS with the new RIB (checked on the device with the server's own
//! validator), then the new account, masked.

use super::claims::{Freshness, Loading, RecordFooter, RecordStatus};
use super::{field_error, summary};
use crate::app::{dispatch, use_i18n, use_model};
use crate::components::{ErrorSummary, FailureBox, PasswordField, Screen, SubmitButton, TextField};
use crate::flows::bank::{self, Field, Step};
use crate::flows::model::Msg;
use crate::flows::private::{Event, Section};
use crate::flows::remote::Remote;
use crate::views::Route;
use dioxus::prelude::*;
use macnss_api::ErrorCode;
use macnss_api::records::{BankAccount, Payment, PaymentKind, Payments, Pension, ProofOfLife};

#[component]
pub fn PaymentsPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    use_hook(|| spawn(async { dispatch(Msg::Private(Event::Opened(Section::Payments))) }));
    let Some((payments, dependant)) = model
        .read()
        .private
        .as_ref()
        .map(|s| (s.payments.clone(), s.is_dependant()))
    else {
        return rsx! {};
    };
    rsx! {
        Screen { title: i18n.t("payments-title"), class: "records",
            if dependant {
                p { class: "notice", {i18n.t("payments-dependant")} }
            } else if Freshness::is_first_load(&payments) {
                Loading {}
            } else {
                RecordStatus { freshness: Freshness::of(&payments), refresh: Event::Refresh(Section::Payments) }
                if let Some(payments) = payments.value() {
                    PaymentsRecord { payments: payments.clone() }
                } else if matches!(payments, Remote::Empty { .. }) {
                    section { class: "empty", aria_labelledby: "payments-empty-heading",
                        h2 { id: "payments-empty-heading", {i18n.t("payments-empty")} }
                        p { {i18n.t("payments-empty-how")} }
                        p { ChangeBankLink { text: i18n.t("payments-bank-add") } }
                    }
                }
            }
            RecordFooter { contact: i18n.t("payments-contact") }
        }
    }
}

/// The link to the bank account change: a new change starts as it is followed.
#[component]
fn ChangeBankLink(text: String) -> Element {
    rsx! {
        Link {
            to: Route::BankAccountPage {},
            onclick: move |_| dispatch(Msg::Private(Event::StartBankChange)),
            {text}
        }
    }
}

#[component]
fn PaymentsRecord(payments: Payments) -> Element {
    let i18n = use_i18n();
    rsx! {
        if let Some(pension) = payments.pension.clone() {
            PensionCard { pension }
        }
        section { aria_labelledby: "payments-bank-heading",
            h2 { id: "payments-bank-heading", {i18n.t("payments-bank-heading")} }
            match payments.bank_account.clone() {
                Some(account) => rsx! {
                    p { MaskedAccount { account: account.clone() } }
                    p { class: "hint", {i18n.t_args("payments-bank-since", &[("date", i18n.date(account.since).into())])} }
                    p { ChangeBankLink { text: i18n.t("payments-bank-change") } }
                },
                None => rsx! {
                    p { {i18n.t("payments-bank-none")} }
                    p { ChangeBankLink { text: i18n.t("payments-bank-add") } }
                },
            }
        }
        section { aria_labelledby: "payments-list-heading",
            h2 { id: "payments-list-heading", {i18n.t("payments-list-heading")} }
            if payments.payments.is_empty() {
                p { {i18n.t("payments-none")} }
            } else {
                ul { class: "record-list",
                    for payment in payments.payments.iter().cloned() {
                        li { key: "{payment.id}", class: "record-card", PaymentLine { payment } }
                    }
                }
            }
        }
    }
}

/// «Banque Populaire •••• 1234»: the bank's name, and the last digits left-to-right; read
/// out as words («compte se terminant par 1234»), not as four bullets.
#[component]
fn MaskedAccount(account: BankAccount) -> Element {
    let i18n = use_i18n();
    rsx! {
        span { class: "bank-account", dir: "ltr", aria_hidden: "true",
            {account.bank.clone()}
            " "
            span { class: "ltr-value", "•••• {account.last_digits}" }
        }
        span { class: "visually-hidden",
            {i18n.t_args("payments-bank-masked", &[
                ("bank", account.bank.clone().into()),
                ("last_digits", account.last_digits.clone().into()),
            ])}
        }
    }
}

#[component]
fn PensionCard(pension: Pension) -> Element {
    let i18n = use_i18n();
    let until = i18n.date(pension.proof_of_life_until);
    let (class, proof) = match pension.proof_of_life {
        ProofOfLife::Valid => (
            "badge done",
            i18n.t_args("payments-proof-valid", &[("date", until.into())]),
        ),
        ProofOfLife::Due => (
            "badge action",
            i18n.t_args("payments-proof-due", &[("date", until.into())]),
        ),
        ProofOfLife::Overdue => ("badge refused", i18n.t("payments-proof-overdue")),
    };
    rsx! {
        section { aria_labelledby: "payments-pension-heading",
            h2 { id: "payments-pension-heading", {i18n.t("payments-pension-heading")} }
            dl { class: "facts",
                dt { {i18n.t("payments-pension-monthly")} }
                dd { {i18n.amount(pension.monthly)} }
                dt { {i18n.t("payments-pension-since")} }
                dd { {i18n.date(pension.since)} }
                dt { {i18n.t("payments-proof-label")} }
                dd { span { class, {proof} } }
            }
            if pension.proof_of_life != ProofOfLife::Valid {
                p { class: "notice", {i18n.t("payments-proof-how")} }
            }
        }
    }
}

#[component]
fn PaymentLine(payment: Payment) -> Element {
    let i18n = use_i18n();
    let kind = i18n.t(match payment.kind {
        PaymentKind::AmoReimbursement => "payments-kind-amo-reimbursement",
        PaymentKind::FamilyAllowance => "payments-kind-family-allowance",
        PaymentKind::DailyAllowance => "payments-kind-daily-allowance",
        PaymentKind::Pension => "payments-kind-pension",
    });
    rsx! {
        span { class: "record-title", {kind} }
        span { class: "record-line record-amount", {i18n.amount(payment.amount)} }
        span { class: "record-line",
            {i18n.t_args("payments-paid-on", &[("date", i18n.date(payment.paid_on).into())])}
        }
        if let Some(number) = payment.claim_number.clone() {
            span { class: "record-line",
                {i18n.t("payments-claim-label")} " "
                span { class: "ltr-value", dir: "ltr", {number} }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Changing the bank account

#[component]
pub fn BankAccountPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let mut shown = use_signal(|| false);
    use_hook(move || {
        spawn(async move {
            let started = model
                .peek()
                .private
                .as_ref()
                .is_some_and(|s| s.bank.is_some());
            if !started {
                dispatch(Msg::Private(Event::StartBankChange));
            }
        })
    });
    let Some((change, dependant)) = model
        .read()
        .private
        .as_ref()
        .map(|s| (s.bank.clone(), s.is_dependant()))
    else {
        return rsx! {};
    };
    let back = (Route::PaymentsPage {}, i18n.t("payments-bank-back"));
    let send = move |e: bank::Event| dispatch(Msg::Private(Event::Bank(e)));
    let edit = move |field: Field| move |v: String| send(bank::Event::Edit(field, v));
    if dependant {
        return rsx! {
            Screen { title: i18n.t("payments-bank-title"), class: "records",
                p { class: "notice", {i18n.t("payments-dependant")} }
                RecordFooter { contact: i18n.t("payments-contact"), back }
            }
        };
    }
    let Some(f) = change else {
        return rsx! {
            Screen { title: i18n.t("payments-bank-title"), class: "records", Loading {} }
        };
    };
    // A new key per step remounts the screen, so focus moves to the new heading.
    let (key, title) = match f.step {
        Step::Password => ("password", i18n.t("payments-bank-title")),
        Step::Code => ("code", i18n.t("payments-bank-title")),
        Step::Done(_) => ("done", i18n.t("payments-bank-done-title")),
    };
    rsx! {
        Screen { key: "{key}", title, class: "records",
            ErrorSummary { items: summary(&i18n, &f.errors) }
            if let Some(error) = f.errors.failure.clone() {
                FailureBox { message: i18n.failure(&error),
                    // A refusal that says when to try (a code asked too soon, too many codes)
                    // is not repeated by «Réessayer»: only a request that did not get through.
                    if error.is_retryable() && error.code().is_none_or(|c| c == ErrorCode::Internal) {
                        button { class: "button secondary", r#type: "button", onclick: move |_| send(bank::Event::Retry), {i18n.t("common-retry")} }
                    }
                }
            }
            match f.step.clone() {
                Step::Password => rsx! {
                    p { {i18n.t("payments-bank-password-intro")} }
                    form { novalidate: true, onsubmit: move |e| { e.prevent_default(); send(bank::Event::Submit) },
                        PasswordField {
                            id: "password", label: i18n.t("payments-bank-password"), value: f.password.clone(),
                            error: field_error(&i18n, &f.errors, "password"), autocomplete: "current-password",
                            shown: shown(), ontoggle: move |_| shown.toggle(), oninput: edit(Field::Password),
                        }
                        SubmitButton { label: i18n.t("payments-bank-continue"), pending: f.pending, onclick: move |_| send(bank::Event::Submit) }
                    }
                },
                Step::Code => rsx! {
                    if let Some(sent) = &f.sent {
                        p { {i18n.t_args("payments-bank-code-sent", &[("destination", crate::i18n::format::unbreakable(&sent.masked_destination).into())])} }
                    }
                    form { novalidate: true, onsubmit: move |e| { e.prevent_default(); send(bank::Event::Submit) },
                        TextField {
                            id: "code", label: i18n.t("payments-bank-code"), value: f.code.clone(),
                            error: field_error(&i18n, &f.errors, "code"),
                            inputmode: "numeric", autocomplete: "one-time-code", ltr: true, class: "code",
                            oninput: edit(Field::Code),
                        }
                        TextField {
                            id: "rib", label: i18n.t("payments-bank-rib"), hint: i18n.t("payments-bank-rib.hint"),
                            value: f.rib.clone(), error: field_error(&i18n, &f.errors, "rib"),
                            inputmode: "numeric", autocomplete: "off", ltr: true, class: "rib",
                            oninput: edit(Field::Rib),
                        }
                        SubmitButton { label: i18n.t("payments-bank-submit"), pending: f.pending, onclick: move |_| send(bank::Event::Submit) }
                    }
                    div { class: "secondary-actions",
                        button { class: "link-button", r#type: "button", onclick: move |_| send(bank::Event::Restart), {i18n.t("payments-bank-restart")} }
                    }
                },
                Step::Done(account) => rsx! {
                    p { class: "notice", role: "status",
                        // One placeable, so the bank's name, the dots and the digits stay in
                        // their order inside Arabic text.
                        {i18n.t_args("payments-bank-done", &[
                            ("account", format!("{}\u{00A0}••••\u{00A0}{}", account.bank, account.last_digits).into()),
                        ])}
                    }
                    div { class: "actions",
                        Link { class: "button primary", to: Route::PaymentsPage {}, {i18n.t("payments-bank-back")} }
                    }
                },
            }
            // Every step shows the way to CNSS; once done, the way back is the button above.
            RecordFooter {
                contact: i18n.t("payments-contact"),
                back: if matches!(f.step, Step::Done(_)) { None } else { Some(back) },
            }
        }
    }
}
