//! «Mes messages»: the inbox, unread first, each message one link to the page it concerns
//! (reading it marks it read), «Tout marquer comme lu», the older messages page by page; the
//! list follows the server while the screen is open (the flow's long poll). Thin: the order,
//! the reading and the wait are `flows::inbox`'s; a notice becomes a sentence here, in the
//! reader's language, from the ids and states it holds.

use super::space::{ContactLine, Freshness, Skeleton, fetched_time};
use crate::app::{I18n, dispatch, route_of, use_i18n, use_model};
use crate::components::{FailureBox, Screen};
use crate::flows::inbox::{self as flow, More, screen_of};
use crate::flows::model::Msg;
use crate::flows::private::{Event, Section};
use crate::flows::remote::Remote;
use dioxus::prelude::*;
use macnss_api::attestation::AttestationKind;
use macnss_api::inbox::{InboxMessage, Notice};
use macnss_api::records::{CertificateRefusal, ClaimState, PaymentKind};

fn send(event: flow::Event) {
    dispatch(Msg::Private(Event::Inbox(event)));
}

fn claim_state(i18n: &I18n, state: ClaimState) -> String {
    i18n.t(match state {
        ClaimState::Received => "claims-state-received",
        ClaimState::Processing => "claims-state-processing",
        ClaimState::Incomplete => "claims-state-incomplete",
        ClaimState::Reimbursed => "claims-state-reimbursed",
        ClaimState::Refused => "claims-state-refused",
    })
}

fn payment_kind(i18n: &I18n, kind: PaymentKind) -> String {
    i18n.t(match kind {
        PaymentKind::AmoReimbursement => "payments-kind-amo-reimbursement",
        PaymentKind::FamilyAllowance => "payments-kind-family-allowance",
        PaymentKind::DailyAllowance => "payments-kind-daily-allowance",
        PaymentKind::Pension => "payments-kind-pension",
    })
}

fn refusal(i18n: &I18n, reason: CertificateRefusal) -> String {
    i18n.t(match reason {
        CertificateRefusal::Unreadable => "family-refusal-unreadable",
        CertificateRefusal::WrongYear => "family-refusal-wrong-year",
        CertificateRefusal::MissingImmatriculation => "family-refusal-missing-immatriculation",
        CertificateRefusal::WrongChild => "family-refusal-wrong-child",
    })
}

fn attestation_kind(i18n: &I18n, kind: AttestationKind) -> String {
    i18n.t(match kind {
        AttestationKind::Immatriculation => "attestations-kind-immatriculation",
        AttestationKind::SalaryDeclaration => "attestations-kind-salary-declaration",
        AttestationKind::AmoRights => "attestations-kind-amo-rights",
        AttestationKind::FamilyAllowances => "attestations-kind-family-allowances",
        AttestationKind::Pension => "attestations-kind-pension",
        AttestationKind::NonImmatriculation => "attestations-kind-non-immatriculation",
    })
}

/// What a notice says, as one sentence of the reader's language.
pub fn notice_text(i18n: &I18n, notice: &Notice) -> String {
    match notice {
        Notice::ClaimChanged { state, .. } => i18n.t_args(
            "inbox-claim-changed",
            &[("state", claim_state(i18n, *state).into())],
        ),
        Notice::PaymentMade { kind } => i18n.t_args(
            "inbox-payment-made",
            &[("kind", payment_kind(i18n, *kind).into())],
        ),
        Notice::CertificateRequired { due, .. } => i18n.t_args(
            "inbox-certificate-required",
            &[("date", i18n.date(*due).into())],
        ),
        Notice::CertificateDueSoon { due, .. } => i18n.t_args(
            "inbox-certificate-due-soon",
            &[("date", i18n.date(*due).into())],
        ),
        Notice::CertificateAccepted { .. } => i18n.t("inbox-certificate-accepted"),
        Notice::CertificateRefused {
            reason,
            due: Some(due),
            ..
        } => i18n.t_args(
            "inbox-certificate-refused",
            &[
                ("reason", refusal(i18n, *reason).into()),
                ("date", i18n.date(*due).into()),
            ],
        ),
        Notice::CertificateRefused {
            reason, due: None, ..
        } => i18n.t_args(
            "inbox-certificate-refused-undated",
            &[("reason", refusal(i18n, *reason).into())],
        ),
        Notice::AllowanceSuspended { .. } => i18n.t("inbox-allowance-suspended"),
        Notice::AttestationRevoked { attestation, .. } => i18n.t_args(
            "inbox-attestation-revoked",
            &[("kind", attestation_kind(i18n, *attestation).into())],
        ),
        Notice::NewSignIn => i18n.t("inbox-new-sign-in"),
        Notice::PasswordChanged => i18n.t("inbox-password-changed"),
        Notice::PasswordReset => i18n.t("inbox-password-reset"),
        Notice::BankAccountChanged => i18n.t("inbox-bank-changed"),
    }
}

#[component]
pub fn InboxPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    use_hook(|| spawn(async { dispatch(Msg::Private(Event::Opened(Section::Inbox))) }));
    let Some(space) = model.read().private.clone() else {
        return rsx! {};
    };
    let inbox = space.inbox;
    let list = inbox.list.clone();
    let loading = list.is_loading();
    let fetched = fetched_time(&list);
    let error = list.error().cloned();
    let shown = list.value().cloned();
    let first_load = shown.is_none() && (loading || matches!(list, Remote::Idle));
    let more_loading = inbox.loading_more();
    let more_error = match &inbox.more {
        More::Failed(e) => Some(e.clone()),
        _ => None,
    };
    let push = space.push;
    let has_list = shown.is_some();
    let worth = shown.as_ref().is_some_and(|m| {
        m.messages
            .iter()
            .any(|x| !x.read && x.notice.is_worth_a_push())
    });
    rsx! {
        Screen { title: i18n.t("inbox-title"),
            p { class: "lead", {i18n.t("inbox-intro")} }
            Freshness { i18n, loading, fetched, error, section: Section::Inbox }
            if first_load {
                Skeleton {}
            }
            if let Some(m) = shown {
                div { class: "inbox-bar",
                    // Polite: the count changes when a message arrives or is read.
                    p { id: "inbox-unread-count", aria_live: "polite",
                        {i18n.t_args("inbox-unread-count", &[("count", m.unread.into())])}
                    }
                    if m.unread > 0 {
                        button { class: "button secondary", r#type: "button",
                            onclick: move |_| send(flow::Event::ReadAll),
                            {i18n.t("inbox-read-all")}
                        }
                    }
                }
                if m.messages.is_empty() {
                    p { class: "empty", {i18n.t("inbox-empty")} }
                } else {
                    ul { class: "inbox", aria_label: i18n.t("inbox-list-label"),
                        for message in m.messages.clone() {
                            InboxItem { key: "{message.id}", message }
                        }
                    }
                }
                if m.next.is_some() {
                    if let Some(e) = more_error.clone() {
                        FailureBox { message: i18n.failure(&e) }
                    }
                    button { class: "button secondary", r#type: "button",
                        aria_disabled: if more_loading { "true" } else { "false" },
                        onclick: move |_| send(flow::Event::More),
                        if more_loading { {i18n.t("common-loading")} } else { {i18n.t("inbox-more")} }
                    }
                }
            }
            PushOffer { push: push.clone(), worth }
            if has_list {
                PushTopics { push }
            }
            ContactLine {}
        }
    }
}

fn send_push(event: crate::flows::push::Event) {
    dispatch(Msg::Private(Event::Push(event)));
}

/// The offer to be told on this device, made here once a message worth it is in the list
/// (never at launch), and what became of the answer. A refusal changes only this line.
#[component]
fn PushOffer(push: crate::flows::push::Push, worth: bool) -> Element {
    use crate::flows::push::{Event as P, Outcome};
    let i18n = use_i18n();
    let lang = i18n.lang.read().tag().to_owned();
    let outcome = push.outcome.as_ref().map(|o| match o {
        Outcome::Failed(e) => ("", Some(e.clone())),
        other => (outcome_text(other), None),
    });
    if !push.offers(worth) && !push.asking && outcome.is_none() {
        return rsx! {};
    }
    let again = lang.clone();
    rsx! {
        section { class: "push-offer", aria_labelledby: "inbox-push-offer-heading",
            h2 { id: "inbox-push-offer-heading", {i18n.t("inbox-push-offer-heading")} }
            match outcome {
                Some((_, Some(e))) => rsx! {
                    FailureBox { message: i18n.failure(&e) }
                    button { class: "button secondary", r#type: "button",
                        onclick: move |_| send_push(P::Enable(again.clone())),
                        {i18n.t("common-retry")}
                    }
                },
                Some((id, None)) => rsx! {
                    p { role: "status", {i18n.t(id)} }
                },
                None => rsx! {
                    p { {i18n.t("inbox-push-offer-text")} }
                    div { class: "actions",
                        button { class: "button", r#type: "button",
                            aria_disabled: if push.asking { "true" } else { "false" },
                            onclick: move |_| send_push(P::Enable(lang.clone())),
                            if push.asking { {i18n.t("inbox-push-offer-asking")} } else { {i18n.t("inbox-push-offer-enable")} }
                        }
                        if !push.asking {
                            button { class: "button secondary", r#type: "button",
                                onclick: move |_| send_push(P::NotNow),
                                {i18n.t("inbox-push-offer-not-now")}
                            }
                        }
                    }
                },
            }
        }
    }
}

/// The line that says how turning pushes on ended (a failure has its own box).
fn outcome_text(outcome: &crate::flows::push::Outcome) -> &'static str {
    use crate::flows::push::Outcome;
    match outcome {
        Outcome::Registered(_) => "inbox-push-on",
        Outcome::Denied => "inbox-push-denied",
        Outcome::Unsupported | Outcome::Failed(_) => "inbox-push-unsupported",
    }
}

/// The topics pushed to every device of the person (the inbox keeps every message).
#[component]
fn PushTopics(push: crate::flows::push::Push) -> Element {
    use macnss_api::inbox::Topic;
    let i18n = use_i18n();
    let Some(prefs) = push.preferences.value().cloned() else {
        return rsx! {};
    };
    let label = |t: Topic| match t {
        Topic::Claims => "inbox-push-topic-claims",
        Topic::Payments => "inbox-push-topic-payments",
        Topic::Family => "inbox-push-topic-family",
        Topic::Attestations => "inbox-push-topic-attestations",
        Topic::Security => "inbox-push-topic-security",
    };
    rsx! {
        section { class: "push-topics", aria_labelledby: "inbox-push-topics-heading",
            h2 { id: "inbox-push-topics-heading", {i18n.t("inbox-push-topics-heading")} }
            if let Some(e) = push.save_failed.clone() {
                FailureBox { message: i18n.failure(&e) }
            }
            fieldset { aria_busy: if push.saving { "true" } else { "false" },
                legend { {i18n.t("inbox-push-topics-legend")} }
                for topic in Topic::ALL {
                    div { class: "field checkbox", key: "{label(topic)}",
                        label { class: "checkbox-label", r#for: label(topic),
                            input { id: label(topic), r#type: "checkbox",
                                checked: prefs.pushes(topic),
                                onchange: move |e: FormEvent| send_push(crate::flows::push::Event::Choose(topic, e.checked())),
                            }
                            span { {i18n.t(label(topic))} }
                        }
                    }
                }
            }
            p { class: "hint", {i18n.t("inbox-push-topics-hint")} }
        }
    }
}

/// One message: the whole line is the link to its page; «Non lu» in words, not by colour.
#[component]
fn InboxItem(message: InboxMessage) -> Element {
    let i18n = use_i18n();
    let to = route_of(screen_of(&message.notice.link()));
    let at = message.at.with_timezone(&chrono_tz::Africa::Casablanca);
    let received = i18n.t_args(
        "inbox-received",
        &[
            ("date", i18n.date(at.date_naive()).into()),
            ("time", at.format("%H:%M").to_string().into()),
        ],
    );
    let id = message.id.clone();
    rsx! {
        li { class: if message.read { "inbox-item" } else { "inbox-item unread" },
            Link { to, class: "inbox-link",
                onclick: move |_| send(flow::Event::Read(id.clone())),
                if !message.read {
                    span { class: "inbox-unread", {i18n.t("inbox-unread")} }
                }
                span { class: "inbox-text", {notice_text(&i18n, &message.notice)} }
                span { class: "inbox-time", {received} }
            }
        }
    }
}

/// The message a notification named (`/espace/messages/<id>`): fetched, read, and replaced
/// by the screen it concerns; while it comes, a progress line; when it cannot, why, a retry
/// and the inbox.
#[component]
pub fn InboxMessagePage(message_id: String) -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let id = message_id.clone();
    use_hook(move || spawn(async move { send(flow::Event::Open(id)) }));
    let Some(space) = model.read().private.clone() else {
        return rsx! {};
    };
    let failed = match &space.inbox.opening {
        flow::Opening::Failed(_, e) => Some(e.clone()),
        _ => None,
    };
    rsx! {
        Screen { title: i18n.t("inbox-open-title"),
            if let Some(e) = failed {
                FailureBox { message: i18n.failure(&e) }
                div { class: "actions",
                    button { class: "button", r#type: "button",
                        onclick: move |_| send(flow::Event::Open(message_id.clone())),
                        {i18n.t("common-retry")}
                    }
                    Link { to: crate::views::Route::InboxPage {}, class: "button secondary",
                        {i18n.t("inbox-open-all")}
                    }
                }
            } else {
                p { role: "status", aria_live: "polite", class: "progress-line",
                    {i18n.t("inbox-opening")}
                }
            }
        }
    }
}
