//! «Allocations familiales et TAWIDATY»: this month's allowances, each child with their
//! allowance and the year's schooling check (with the way to send a certificate when one is
//! asked for), and what TAWIDATY is. The certificate page: a photo or a file picked, shown
//! for a check once prepared on the device, sent, received; every refusal says what to do.

use super::claims::{Freshness, Loading, RecordFooter, RecordStatus};
use crate::app::{I18n, dispatch, use_i18n, use_model};
use crate::components::{FailureBox, Screen, SubmitButton};
use crate::flows::certificate::{self, FileProblem, PreparedFile, Step};
use crate::flows::model::Msg;
use crate::flows::private::{Event, Section};
use crate::views::Route;
use dioxus::prelude::*;
use macnss_api::records::{
    AllowanceStatus, CertificateRefusal, Child, Family, MAX_UPLOAD_BYTES, SchoolingCheck,
    SchoolingState, UploadType,
};
use std::sync::Arc;

/// The file types the picker offers (the device and the server read the type from the
/// content anyway).
const ACCEPT: &str = "image/jpeg,image/png,application/pdf";

#[component]
pub fn FamilyPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    use_hook(|| spawn(async { dispatch(Msg::Private(Event::Opened(Section::Family))) }));
    let Some((family, dependant)) = model
        .read()
        .private
        .as_ref()
        .map(|s| (s.family.clone(), s.is_dependant()))
    else {
        return rsx! {};
    };
    rsx! {
        Screen { title: i18n.t("family-title"), class: "records",
            if dependant {
                p { class: "notice", {i18n.t("family-dependant")} }
            } else if Freshness::is_first_load(&family) {
                Loading {}
            } else {
                RecordStatus { freshness: Freshness::of(&family), refresh: Event::Refresh(Section::Family) }
                if let Some(family) = family.value() {
                    FamilyRecord { family: family.clone() }
                } else if matches!(family, crate::flows::remote::Remote::Empty { .. }) {
                    section { class: "empty", aria_labelledby: "family-empty-heading",
                        h2 { id: "family-empty-heading", {i18n.t("family-empty")} }
                        p { {i18n.t("family-empty-how")} }
                    }
                }
            }
            if !dependant {
                Tawidaty {}
            }
            RecordFooter { contact: i18n.t("family-contact") }
        }
    }
}

#[component]
fn FamilyRecord(family: Family) -> Element {
    let i18n = use_i18n();
    rsx! {
        p { class: "lead",
            {i18n.t_args("family-monthly-total", &[("amount", i18n.amount(family.monthly_total).into())])}
        }
        section { aria_labelledby: "family-children-heading",
            h2 { id: "family-children-heading", {i18n.t("family-children-heading")} }
            ul { class: "record-list",
                for child in family.children.iter().cloned() {
                    li { key: "{child.id}", class: "record-card", ChildCard { child } }
                }
            }
        }
    }
}

#[component]
fn ChildCard(child: Child) -> Element {
    let i18n = use_i18n();
    let allowance = match child.allowance {
        AllowanceStatus::Paid => i18n.t_args(
            "family-allowance-paid",
            &[("amount", i18n.amount(child.monthly).into())],
        ),
        AllowanceStatus::Suspended => i18n.t("family-allowance-suspended"),
        AllowanceStatus::Ended => i18n.t("family-allowance-ended"),
    };
    rsx! {
        h3 { class: "record-title", {child.first_name.clone()} }
        dl { class: "facts",
            dt { {i18n.t("family-born-on")} }
            dd { {i18n.date(child.birth_date)} }
            dt { {i18n.t("family-allowance-label")} }
            dd { {allowance} }
            if let Some(check) = child.schooling.clone() {
                dt {
                    {i18n.t_args("family-schooling-label", &[
                        ("from", check.school_year.to_string().into()),
                        ("to", (check.school_year + 1).to_string().into()),
                    ])}
                }
                dd { Schooling { child_id: child.id.clone(), first_name: child.first_name.clone(), check } }
            }
        }
    }
}

fn refusal_label(i18n: &I18n, refusal: CertificateRefusal) -> String {
    i18n.t(match refusal {
        CertificateRefusal::Unreadable => "family-refusal-unreadable",
        CertificateRefusal::WrongYear => "family-refusal-wrong-year",
        CertificateRefusal::MissingImmatriculation => "family-refusal-missing-immatriculation",
        CertificateRefusal::WrongChild => "family-refusal-wrong-child",
    })
}

/// Where a child's schooling check stands, and the link to send a certificate when one can
/// be sent.
#[component]
fn Schooling(child_id: String, first_name: String, check: SchoolingCheck) -> Element {
    let i18n = use_i18n();
    let due = check.due.map(|d| i18n.date(d));
    let state = match (check.state, &due) {
        (SchoolingState::Verified, _) => i18n.t("family-schooling-verified"),
        (SchoolingState::CertificateRequired, Some(date)) => i18n.t_args(
            "family-schooling-required",
            &[("date", date.clone().into())],
        ),
        (SchoolingState::CertificateRequired, None) => i18n.t("family-schooling-required-undated"),
        (SchoolingState::Received, _) => match &check.upload {
            Some(receipt) => i18n.t_args(
                "family-schooling-received-on",
                &[("date", i18n.date(receipt.received_on).into())],
            ),
            None => i18n.t("family-schooling-received"),
        },
        (SchoolingState::Accepted, _) => i18n.t("family-schooling-accepted"),
        (SchoolingState::Refused, _) => i18n.t_args(
            "family-schooling-refused",
            &[(
                "reason",
                check
                    .refusal
                    .map(|r| refusal_label(&i18n, r))
                    .unwrap_or_else(|| i18n.t("family-refusal-unknown"))
                    .into(),
            )],
        ),
        (SchoolingState::Suspended, _) => i18n.t("family-schooling-suspended"),
    };
    let action = match check.state {
        SchoolingState::Received => "family-replace",
        SchoolingState::Refused => "family-send-another",
        _ => "family-send",
    };
    let class = match check.state {
        SchoolingState::Verified | SchoolingState::Accepted => "badge done",
        SchoolingState::Received => "badge pending",
        SchoolingState::CertificateRequired => "badge action",
        SchoolingState::Refused | SchoolingState::Suspended => "badge refused",
    };
    rsx! {
        span { class, {state} }
        if check.state == SchoolingState::Refused && let Some(date) = due {
            span { class: "record-line", {i18n.t_args("family-schooling-again-before", &[("date", date.into())])} }
        }
        if check.state.accepts_upload() {
            span { class: "record-line",
                Link {
                    to: Route::CertificatePage { child_id: child_id.clone() },
                    // Followed from here, the page starts a new choice (a certificate sent
                    // earlier is being replaced); a deep link shows where the upload stands.
                    onclick: move |_| {
                        dispatch(Msg::Private(Event::OpenCertificate(child_id.clone())));
                        send(certificate::Event::ChooseAgain);
                    },
                    {i18n.t_args(action, &[("first_name", first_name.into())])}
                }
            }
        }
    }
}

/// What TAWIDATY is, for a parent who has never heard of it.
#[component]
fn Tawidaty() -> Element {
    let i18n = use_i18n();
    rsx! {
        section { class: "explainer", aria_labelledby: "family-tawidaty-heading",
            h2 { id: "family-tawidaty-heading", {i18n.t("family-tawidaty-heading")} }
            ul {
                li { {i18n.t("family-tawidaty-yearly")} }
                li { {i18n.t("family-tawidaty-month")} }
                li { {i18n.t("family-tawidaty-number")} }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The certificate

/// Kilobytes, rounded up (a file of a few bytes is «1 Ko», never «0 Ko»).
fn kilobytes(bytes: u64) -> u64 {
    bytes.div_ceil(1024)
}

/// Megabytes, rounded up (a file over the limit never reads as the limit itself).
fn megabytes(bytes: u64) -> u64 {
    bytes.div_ceil(1024 * 1024)
}

#[component]
pub fn CertificatePage(child_id: String) -> Element {
    let i18n = use_i18n();
    let model = use_model();
    // After the render, and again if the route's id changes while the page stays mounted.
    use_effect(use_reactive!(|child_id| {
        dispatch(Msg::Private(Event::OpenCertificate(child_id)));
    }));
    let Some((family, step, dependant)) = model.read().private.as_ref().map(|s| {
        let step = s
            .certificate
            .as_ref()
            .filter(|c| c.child_id == child_id)
            .map(|c| c.step.clone());
        (s.family.clone(), step, s.is_dependant())
    }) else {
        return rsx! {};
    };
    let back = (Route::FamilyPage {}, i18n.t("family-certificate-back"));
    let child = family
        .value()
        .and_then(|f| f.children.iter().find(|c| c.id == child_id).cloned());
    rsx! {
        Screen { title: i18n.t("family-certificate-title"), class: "records",
            if dependant {
                p { class: "notice", {i18n.t("family-dependant")} }
            } else if let Some(child) = child {
                CertificateForm { child, step }
            } else if Freshness::is_first_load(&family) {
                Loading {}
            } else if family.error().is_some() {
                RecordStatus { freshness: Freshness::of(&family), refresh: Event::Refresh(Section::Family) }
            } else {
                p { class: "notice", {i18n.t("family-certificate-unknown-child")} }
            }
            RecordFooter { contact: i18n.t("family-contact"), back }
        }
    }
}

/// The child the certificate is for, and the upload's step.
#[component]
fn CertificateForm(child: Child, step: Option<Step>) -> Element {
    let i18n = use_i18n();
    let due = child
        .schooling
        .as_ref()
        .and_then(|s| s.due)
        .map(|d| i18n.date(d));
    let accepts = child
        .schooling
        .as_ref()
        .is_some_and(|s| s.state.accepts_upload());
    let first_name = child.first_name.clone();
    let intro = match due {
        Some(date) => i18n.t_args(
            "family-certificate-for",
            &[
                ("first_name", first_name.clone().into()),
                ("date", date.into()),
            ],
        ),
        None => i18n.t_args(
            "family-certificate-for-undated",
            &[("first_name", first_name.clone().into())],
        ),
    };
    // A sent certificate stays shown as sent, though the check now waits on CNSS.
    let sent = matches!(step, Some(Step::Sent(_)));
    rsx! {
        if accepts || sent {
            p { class: "lead", {intro} }
            match step {
                None => rsx! { Loading {} },
                Some(step) => rsx! { Upload { step } },
            }
        } else {
            p { class: "notice",
                {i18n.t_args("family-certificate-not-needed", &[("first_name", first_name.into())])}
            }
        }
    }
}

/// Reads the file of a change of the picker and gives its bytes to the upload flow (an
/// unreadable file gives none, which the flow refuses as not a photo or a PDF).
async fn picked(event: FormEvent) {
    let Some(file) = event.files().into_iter().next() else {
        return;
    };
    let bytes: Arc<[u8]> = match file.read_bytes().await {
        Ok(bytes) => Arc::from(&bytes[..]),
        Err(_) => Arc::from(Vec::new()),
    };
    dispatch(Msg::Private(Event::Certificate(
        certificate::Event::Picked(bytes.into()),
    )));
}

fn send(event: certificate::Event) {
    dispatch(Msg::Private(Event::Certificate(event)));
}

#[component]
fn Upload(step: Step) -> Element {
    let i18n = use_i18n();
    let choose_again = rsx! {
        button { class: "button secondary", r#type: "button",
            onclick: move |_| send(certificate::Event::ChooseAgain),
            {i18n.t("family-certificate-choose-again")}
        }
    };
    match step {
        Step::Choose => rsx! { Choose {} },
        Step::Preparing => rsx! {
            p { class: "notice", role: "status", aria_busy: "true",
                span { class: "spinner", aria_hidden: "true" }
                {i18n.t("family-certificate-preparing")}
            }
        },
        Step::Ready(file) => rsx! {
            section { aria_labelledby: "certificate-check-heading",
                h2 { id: "certificate-check-heading", {i18n.t("family-certificate-check-heading")} }
                Preview { file: file.clone() }
                Sizes { file }
                div { class: "actions",
                    SubmitButton { label: i18n.t("family-certificate-send"), pending: false, onclick: move |_| send(certificate::Event::Send) }
                    {choose_again}
                }
            }
        },
        Step::Refused(problem) => rsx! {
            div { class: "failure", role: "alert",
                p {
                    {match problem {
                        FileProblem::NotAccepted => i18n.t("family-certificate-not-accepted"),
                        FileProblem::TooLarge { bytes } => i18n.t_args("family-certificate-too-large", &[
                            ("size", megabytes(bytes).into()),
                            ("max", megabytes(MAX_UPLOAD_BYTES as u64).into()),
                        ]),
                        FileProblem::Unreadable => i18n.t("family-certificate-unreadable"),
                    }}
                }
                {choose_again}
            }
        },
        Step::Sending(file) => rsx! {
            div { class: "notice", role: "status", aria_busy: "true",
                p {
                    span { class: "spinner", aria_hidden: "true" }
                    {i18n.t_args("family-certificate-sending", &[("size", kilobytes(file.bytes.len() as u64).into())])}
                }
                progress { aria_label: i18n.t("family-certificate-progress") }
            }
        },
        Step::Failed(file, error) => rsx! {
            FailureBox { message: i18n.failure(&error),
                div { class: "actions",
                    if error.is_retryable() {
                        button { class: "button primary", r#type: "button",
                            onclick: move |_| send(certificate::Event::Retry),
                            {i18n.t("common-retry")}
                        }
                    }
                    {choose_again}
                }
            }
            Preview { file: file.clone() }
            Sizes { file }
        },
        Step::Sent(receipt) => rsx! {
            div { class: "notice", role: "status",
                p { strong { {i18n.t_args("family-certificate-sent", &[("date", i18n.date(receipt.received_on).into())])} } }
                p { {i18n.t_args("family-certificate-sent-size", &[("size", kilobytes(receipt.bytes).into())])} }
                p { {i18n.t("family-certificate-sent-next")} }
            }
            div { class: "actions",
                Link { class: "button primary", to: Route::FamilyPage {}, {i18n.t("family-certificate-back")} }
            }
        },
    }
}

/// The pickers and the rules of the file.
#[component]
fn Choose() -> Element {
    let i18n = use_i18n();
    let max = megabytes(MAX_UPLOAD_BYTES as u64);
    rsx! {
        section { aria_labelledby: "certificate-rules-heading",
            h2 { id: "certificate-rules-heading", {i18n.t("family-certificate-rules-heading")} }
            ul {
                li { {i18n.t_args("family-certificate-rule-types", &[("max", max.into())])} }
                li { {i18n.t("family-certificate-rule-photo")} }
                li { {i18n.t("family-certificate-rule-number")} }
            }
        }
        // The native inputs are visually hidden (their button and «No file chosen» speak the
        // system's language, not the app's): each label is the button, with the input's focus.
        div { class: "file-pickers",
            div { class: "file-picker",
                input {
                    id: "certificate-file",
                    class: "file-input",
                    r#type: "file",
                    accept: ACCEPT,
                    onchange: move |e: FormEvent| picked(e),
                }
                label { r#for: "certificate-file", class: "button primary file-button", {i18n.t("family-certificate-choose")} }
            }
            div { class: "file-picker",
                p { class: "hint", id: "certificate-photo-hint", {i18n.t("family-certificate-photo-hint")} }
                input {
                    id: "certificate-photo",
                    class: "file-input",
                    r#type: "file",
                    // `image/*` with `capture`: what Android's chooser (wry's
                    // onShowFileChooser) and mobile browsers answer with the camera; a photo of
                    // another type is refused by its content like any file.
                    accept: "image/*",
                    capture: "environment",
                    aria_describedby: "certificate-photo-hint",
                    onchange: move |e: FormEvent| picked(e),
                }
                label { r#for: "certificate-photo", class: "button secondary file-button", {i18n.t("family-certificate-photo")} }
            }
        }
    }
}

/// What will be sent: the photo itself, or that it is a PDF.
#[component]
fn Preview(file: PreparedFile) -> Element {
    let i18n = use_i18n();
    match file.media_type {
        UploadType::Jpeg | UploadType::Png => {
            let src = data_url(file.media_type.media_type(), &file.bytes);
            rsx! {
                img { class: "certificate-preview", src, alt: i18n.t("family-certificate-preview-alt") }
            }
        }
        UploadType::Pdf => rsx! {
            p { class: "certificate-pdf", {i18n.t("family-certificate-pdf")} }
        },
    }
}

#[component]
fn Sizes(file: PreparedFile) -> Element {
    let i18n = use_i18n();
    let after = kilobytes(file.bytes.len() as u64);
    rsx! {
        p { class: "hint",
            if file.reduced {
                {i18n.t_args("family-certificate-reduced", &[
                    ("before", kilobytes(file.picked_bytes).into()),
                    ("after", after.into()),
                ])}
            } else {
                {i18n.t_args("family-certificate-size", &[("size", after.into())])}
            }
        }
    }
}

/// A `data:` URL of `bytes` (base64), which every platform's webview shows without a file or
/// an object URL.
fn data_url(media_type: &str, bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(media_type.len() + 13 + bytes.len().div_ceil(3) * 4);
    out.push_str("data:");
    out.push_str(media_type);
    out.push_str(";base64,");
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_urls_are_base64_with_padding() {
        assert_eq!(data_url("image/png", b""), "data:image/png;base64,");
        assert_eq!(data_url("image/png", b"f"), "data:image/png;base64,Zg==");
        assert_eq!(data_url("image/png", b"fo"), "data:image/png;base64,Zm8=");
        assert_eq!(data_url("image/png", b"foo"), "data:image/png;base64,Zm9v");
        assert_eq!(
            data_url("image/jpeg", &[0xFF, 0xD8, 0xFF, 0xE0]),
            "data:image/jpeg;base64,/9j/4A=="
        );
    }

    #[test]
    fn sizes_round_up() {
        assert_eq!(kilobytes(1), 1);
        assert_eq!(kilobytes(1024), 1);
        assert_eq!(kilobytes(1025), 2);
        assert_eq!(megabytes(MAX_UPLOAD_BYTES as u64), 5);
        assert_eq!(megabytes(MAX_UPLOAD_BYTES as u64 + 1), 6);
    }
}
