//! «Mes attestations» and «Vérifier une attestation»: the list of what may be asked for (each
//! refusal in words, with its way forward), the form of the attestation chosen, the document
//! generated (what it states, in the reader's language; its PDF saved or shared; its
//! verification link), a document issued earlier by its id, and the public verification
//! screen (a code or link pasted, checked on the device). Thin: every rule is the flow's
//! (`flows::attestations`).

use super::space::{ContactLine, Freshness, SelectField, Skeleton};
use super::{field_error, summary};
use crate::app::{I18n, dispatch, use_i18n, use_model};
use crate::components::{ErrorSummary, FailureBox, Screen, SubmitButton, TextField};
use crate::flows::ApiError;
use crate::flows::attestations::{
    self as flow, Field, IssueForm, Saved, Saving, Verdict, VerifyEvent,
};
use crate::flows::model::Msg;
use crate::flows::private::{Event, Section};
use crate::flows::remote::Remote;
use crate::services::documents::SHARES;
use crate::views::Route;
use dioxus::prelude::*;
use macnss_api::attestation::{
    AttestationKind, Catalog, Covered, Facts, Issued, Offer, Statement, Unavailable, VerifyError,
};
use macnss_api::records::Relation;

fn send(event: flow::Event) {
    dispatch(Msg::Private(Event::Attestations(event)));
}

/// The name of an attestation of the list.
fn kind_name(i18n: &I18n, kind: AttestationKind) -> String {
    i18n.t(match kind {
        AttestationKind::Immatriculation => "attestations-kind-immatriculation",
        AttestationKind::SalaryDeclaration => "attestations-kind-salary-declaration",
        AttestationKind::AmoRights => "attestations-kind-amo-rights",
        AttestationKind::FamilyAllowances => "attestations-kind-family-allowances",
        AttestationKind::Pension => "attestations-kind-pension",
        AttestationKind::NonImmatriculation => "attestations-kind-non-immatriculation",
    })
}

/// The title of a document: its kind, and for family allowances whether they are received.
fn document_title(i18n: &I18n, statement: &Statement) -> String {
    match &statement.facts {
        Facts::FamilyAllowances { receiving, .. } => i18n.t(match receiving {
            true => "attestations-title-family-allowances-receiving",
            false => "attestations-title-family-allowances-not-receiving",
        }),
        facts => kind_name(i18n, facts.kind()),
    }
}

/// What an attestation of the list is for, in one line.
fn kind_purpose(i18n: &I18n, kind: AttestationKind) -> String {
    i18n.t(match kind {
        AttestationKind::Immatriculation => "attestations-purpose-immatriculation",
        AttestationKind::SalaryDeclaration => "attestations-purpose-salary-declaration",
        AttestationKind::AmoRights => "attestations-purpose-amo-rights",
        AttestationKind::FamilyAllowances => "attestations-purpose-family-allowances",
        AttestationKind::Pension => "attestations-purpose-pension",
        AttestationKind::NonImmatriculation => "attestations-purpose-non-immatriculation",
    })
}

fn unavailable_reason(i18n: &I18n, why: Unavailable) -> String {
    i18n.t(match why {
        Unavailable::InsuredOnly => "attestations-unavailable-insured-only",
        Unavailable::NoPension => "attestations-unavailable-no-pension",
        Unavailable::NoDeclarations => "attestations-unavailable-no-declarations",
        Unavailable::PublicOnly => "attestations-unavailable-public-only",
    })
}

fn relation_name(i18n: &I18n, relation: Relation) -> String {
    i18n.t(match relation {
        Relation::Insured => "attestations-relation-insured",
        Relation::Spouse => "attestations-relation-spouse",
        Relation::Child => "attestations-relation-child",
    })
}

/// What the document attests, as one sentence of the reader's language.
fn facts_sentence(i18n: &I18n, facts: &Facts) -> String {
    match facts {
        Facts::Immatriculation { since: Some(since) } => i18n.t_args(
            "attestations-facts-immatriculation-since",
            &[("date", i18n.date(*since).into())],
        ),
        Facts::Immatriculation { since: None } => i18n.t("attestations-facts-immatriculation"),
        Facts::SalaryDeclaration {
            period,
            months,
            days,
            salary,
        } => i18n.t_args(
            "attestations-facts-salary-declaration",
            &[
                ("from", i18n.month(period.from).into()),
                ("to", i18n.month(period.to).into()),
                ("months", (*months).into()),
                ("days", (*days).into()),
                ("salary", i18n.amount(*salary).into()),
            ],
        ),
        Facts::AmoRights {
            beneficiary,
            relation,
            open,
            until,
        } => {
            let who = [
                ("name", beneficiary.clone().into()),
                ("relation", relation_name(i18n, *relation).into()),
            ];
            match (open, until) {
                (true, Some(until)) => i18n.t_args(
                    "attestations-facts-amo-open-until",
                    &[
                        who[0].clone(),
                        who[1].clone(),
                        ("date", i18n.date(*until).into()),
                    ],
                ),
                (true, None) => i18n.t_args("attestations-facts-amo-open", &who),
                (false, _) => i18n.t_args("attestations-facts-amo-closed", &who),
            }
        }
        Facts::FamilyAllowances {
            receiving: true,
            children,
            monthly,
        } => i18n.t_args(
            "attestations-facts-family-receiving",
            &[
                ("count", (*children).into()),
                ("amount", i18n.amount(*monthly).into()),
            ],
        ),
        Facts::FamilyAllowances {
            receiving: false, ..
        } => i18n.t("attestations-facts-family-not-receiving"),
        Facts::Pension { monthly, since } => i18n.t_args(
            "attestations-facts-pension",
            &[
                ("amount", i18n.amount(*monthly).into()),
                ("date", i18n.date(*since).into()),
            ],
        ),
    }
}

/// The facts of a statement: the holder, the numbers, what it attests, when, the reference.
#[component]
fn StatementFacts(statement: Statement) -> Element {
    let i18n = use_i18n();
    rsx! {
        dl { class: "facts",
            dt { {i18n.t("attestations-holder")} }
            dd { {statement.holder.clone()} }
            dt { {i18n.t("attestations-immatriculation")} }
            dd { span { class: "ltr-value", dir: "ltr", {statement.immatriculation.clone()} } }
            dt { {i18n.t("attestations-masked-id")} }
            dd { span { class: "ltr-value", dir: "ltr", {statement.masked_id.clone()} } }
            dt { {i18n.t("attestations-attests")} }
            dd { {facts_sentence(&i18n, &statement.facts)} }
            dt { {i18n.t("attestations-issued-on")} }
            dd { {i18n.date(statement.issued_on)} }
            dt { {i18n.t("attestations-reference")} }
            dd { span { class: "ltr-value", dir: "ltr", {statement.reference.clone()} } }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// «Mes attestations»

#[component]
pub fn AttestationsPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let nav = use_navigator();
    use_hook(|| spawn(async { dispatch(Msg::Private(Event::Opened(Section::Attestations))) }));
    let Some(space) = model.read().private.clone() else {
        return rsx! {};
    };
    let catalog = space.attestations.catalog.clone();
    let loading = catalog.is_loading();
    let fetched = super::space::fetched_time(&catalog);
    let error = catalog.error().cloned();
    rsx! {
        Screen { title: i18n.t("attestations-title"), class: "records attestations",
            onback: move |_| { nav.push(Route::Space {}); },
            p { class: "lead", {i18n.t("attestations-intro")} }
            Freshness { i18n, loading, fetched, error, section: Section::Attestations }
            match catalog.value() {
                Some(c) => rsx! { CatalogView { catalog: c.clone() } },
                None if matches!(catalog, Remote::Failed { .. }) => rsx! {},
                None => rsx! { Skeleton {} },
            }
            p { Link { to: Route::VerifyPage {}, {i18n.t("attestations-verify-link")} } }
            ContactLine {}
        }
    }
}

#[component]
fn CatalogView(catalog: Catalog) -> Element {
    let i18n = use_i18n();
    rsx! {
        section { aria_labelledby: "attestations-offers-heading",
            h2 { id: "attestations-offers-heading", {i18n.t("attestations-offers-heading")} }
            ul { class: "record-list",
                for offer in catalog.offers.clone() {
                    OfferCard { key: "{offer.kind.slug()}", offer }
                }
            }
        }
        section { aria_labelledby: "attestations-issued-heading",
            h2 { id: "attestations-issued-heading", {i18n.t("attestations-issued-heading")} }
            if catalog.issued.is_empty() {
                p { {i18n.t("attestations-issued-none")} }
            } else {
                ul { class: "record-list",
                    for document in catalog.issued.clone() {
                        li { key: "{document.id}", class: "record-card",
                            Link { to: Route::AttestationPage { attestation_id: document.id.clone() },
                                class: "record-title",
                                {document_title(&i18n, &document.statement)}
                            }
                            p { class: "hint",
                                {i18n.t_args("attestations-issued-line", &[
                                    ("date", i18n.date(document.issued_on).into()),
                                    ("reference", document.reference.clone().into()),
                                ])}
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One attestation of the list: «Demander», or why not and the way forward.
#[component]
fn OfferCard(offer: Offer) -> Element {
    let i18n = use_i18n();
    let nav = use_navigator();
    let kind = offer.kind;
    let name = kind_name(&i18n, kind);
    let heading = format!("attestations-offer-{}", kind.slug());
    rsx! {
        li { class: "record-card",
            h3 { id: "{heading}", {name.clone()} }
            p { {kind_purpose(&i18n, kind)} }
            match offer.unavailable {
                None => rsx! {
                    button { class: "button primary", r#type: "button",
                        aria_describedby: "{heading}",
                        onclick: move |_| {
                            send(flow::Event::Choose(kind));
                            nav.push(Route::AttestationRequestPage {});
                        },
                        {i18n.t("attestations-ask")}
                    }
                },
                Some(why) => rsx! {
                    p { class: "notice", {unavailable_reason(&i18n, why)} }
                    if matches!(why, Unavailable::PublicOnly | Unavailable::InsuredOnly) {
                        p { Link { to: Route::ContactPage {}, {i18n.t("attestations-find-agency")} } }
                    }
                },
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The form, then the document

#[component]
pub fn AttestationRequestPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let nav = use_navigator();
    use_hook(|| spawn(async { dispatch(Msg::Private(Event::Opened(Section::Attestations))) }));
    let Some(space) = model.read().private.clone() else {
        return rsx! {};
    };
    let back = move |_| {
        nav.push(Route::AttestationsPage {});
    };
    let catalog = space.attestations.catalog.value().cloned();
    let Some(form) = space.attestations.form.clone() else {
        // Opened without choosing (a link): the list is where one chooses.
        return rsx! {
            Screen { title: i18n.t("attestations-title"), class: "records attestations", onback: back,
                p { {i18n.t("attestations-choose-first")} }
                p { Link { to: Route::AttestationsPage {}, {i18n.t("attestations-back-list")} } }
            }
        };
    };
    let title = kind_name(&i18n, form.kind);
    rsx! {
        Screen { title, class: "records attestations", onback: back,
            match (&form.issued, catalog) {
                (Some(document), _) => rsx! {
                    div { class: "confirmation", role: "status", tabindex: "-1",
                        onmounted: move |e: MountedEvent| async move {
                            let _ = e.set_focus(true).await;
                        },
                        h2 { {i18n.t("attestations-generated")} }
                    }
                    DocumentView { document: document.clone(), saving: space.attestations.saving.clone() }
                },
                (None, Some(catalog)) => rsx! { FormView { form: form.clone(), catalog } },
                (None, None) => rsx! { Skeleton {} },
            }
            p { Link { to: Route::AttestationsPage {}, {i18n.t("attestations-back-list")} } }
            ContactLine {}
        }
    }
}

#[component]
fn FormView(form: IssueForm, catalog: Catalog) -> Element {
    let i18n = use_i18n();
    let edit = move |field: Field, v: String| send(flow::Event::Edit(field, v));
    let pending = form.pending;
    let period_error = field_error(&i18n, &form.errors, "period").map(|message| {
        match (form.errors.field("period"), catalog.declared) {
            (Some(macnss_api::ValidationError::MonthOutOfRange), Some(d)) => i18n.t_args(
                "attestations-period-outside",
                &[
                    ("from", i18n.month(d.from).into()),
                    ("to", i18n.month(d.to).into()),
                ],
            ),
            _ => message,
        }
    });
    let mut items = summary(&i18n, &form.errors);
    if let (Some(item), Some(text)) = (
        items.iter_mut().find(|s| s.target == "period"),
        &period_error,
    ) {
        item.target = "period-from".into();
        item.message = text.clone();
    }
    rsx! {
        p { {kind_purpose(&i18n, form.kind)} }
        ErrorSummary { items }
        if let Some(error) = form.errors.failure.clone() {
            FailureBox { message: i18n.failure(&error),
                if error.is_retryable() {
                    button { class: "button secondary", r#type: "button",
                        onclick: move |_| send(flow::Event::Retry),
                        {i18n.t("common-retry")}
                    }
                }
            }
        }
        form { novalidate: true, onsubmit: move |e| { e.prevent_default(); send(flow::Event::Submit) },
            if form.kind == AttestationKind::SalaryDeclaration {
                fieldset { class: "period", role: "group",
                    aria_describedby: if period_error.is_some() { "period-hint period-error" } else { "period-hint" },
                    legend { {i18n.t("attestations-period")} }
                    p { class: "hint", id: "period-hint",
                        if let Some(d) = catalog.declared {
                            {i18n.t_args("attestations-period-hint", &[
                                ("from", i18n.month(d.from).into()),
                                ("to", i18n.month(d.to).into()),
                            ])}
                        }
                    }
                    if let Some(error) = period_error.clone() {
                        p { class: "error-message", id: "period-error", {error} }
                    }
                    TextField {
                        id: "period-from", label: i18n.t("attestations-period-from"),
                        hint: i18n.t("attestations-month-format"),
                        value: form.from.clone(), input_type: "month", ltr: true,
                        oninput: move |v| edit(Field::From, v),
                    }
                    TextField {
                        id: "period-to", label: i18n.t("attestations-period-to"),
                        hint: i18n.t("attestations-month-format"),
                        value: form.to.clone(), input_type: "month", ltr: true,
                        oninput: move |v| edit(Field::To, v),
                    }
                }
            }
            if form.kind == AttestationKind::AmoRights {
                SelectField {
                    id: "beneficiary",
                    label: i18n.t("attestations-beneficiary"),
                    error: field_error(&i18n, &form.errors, "beneficiary"),
                    options: beneficiaries(&i18n, &catalog.covered),
                    selected: form.beneficiary.clone(),
                    onchange: move |v| edit(Field::Beneficiary, v),
                }
            }
            if pending {
                p { class: "hint", role: "status", {i18n.t("attestations-generating")} }
            }
            div { class: "actions",
                SubmitButton { label: i18n.t("attestations-generate"), pending,
                    onclick: move |_| send(flow::Event::Submit),
                }
            }
        }
    }
}

fn beneficiaries(i18n: &I18n, covered: &[Covered]) -> Vec<(String, String)> {
    std::iter::once((String::new(), i18n.t("attestations-beneficiary-choose")))
        .chain(covered.iter().map(|c| {
            (
                c.id.clone(),
                i18n.t_args(
                    "attestations-beneficiary-option",
                    &[
                        ("name", c.first_name.clone().into()),
                        ("relation", relation_name(i18n, c.relation).into()),
                    ],
                ),
            )
        }))
        .collect()
}

/// A document issued earlier, by its id (from the list, or a link).
#[component]
pub fn AttestationPage(attestation_id: String) -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let nav = use_navigator();
    use_hook(|| spawn(async { dispatch(Msg::Private(Event::Opened(Section::Attestations))) }));
    let Some(space) = model.read().private.clone() else {
        return rsx! {};
    };
    let catalog = space.attestations.catalog.clone();
    let document = space.attestations.document(&attestation_id).cloned();
    let title = document
        .as_ref()
        .map(|d| document_title(&i18n, &d.statement))
        .unwrap_or_else(|| i18n.t("attestations-document-title"));
    rsx! {
        Screen { title, class: "records attestations",
            onback: move |_| { nav.push(Route::AttestationsPage {}); },
            match (document, &catalog) {
                (Some(document), _) => rsx! {
                    DocumentView { document, saving: space.attestations.saving.clone() }
                },
                (None, Remote::Loaded(_) | Remote::Empty { .. }) => rsx! {
                    p { class: "notice", {i18n.t("attestations-not-found")} }
                },
                (None, _) => rsx! {
                    Freshness { i18n, loading: catalog.is_loading(), fetched: None,
                        error: catalog.error().cloned(), section: Section::Attestations }
                    Skeleton {}
                },
            }
            p { Link { to: Route::AttestationsPage {}, {i18n.t("attestations-back-list")} } }
            ContactLine {}
        }
    }
}

/// What a document states, its PDF (saved or shared), and its verification link.
#[component]
fn DocumentView(document: Issued, saving: Option<Saving>) -> Element {
    let i18n = use_i18n();
    let saving = saving.filter(|s| s.id == document.id);
    let pending = saving.as_ref().is_some_and(|s| s.pending);
    let id = document.id.clone();
    let save = move |_| {
        if !pending {
            send(flow::Event::Save(id.clone()));
        }
    };
    let size = document.pdf_bytes.div_ceil(1024);
    let link = crate::services::api::verification_link(&document.id, &document.code);
    rsx! {
        section { aria_labelledby: "attestations-document-heading",
            h2 { id: "attestations-document-heading", {document_title(&i18n, &document.statement)} }
            StatementFacts { statement: document.statement.clone() }
            div { class: "actions",
                button { class: "button primary", r#type: "button",
                    aria_disabled: if pending { "true" } else { "false" },
                    aria_busy: if pending { "true" } else { "false" },
                    aria_describedby: "attestations-pdf-size",
                    onclick: save,
                    if pending {
                        span { class: "spinner", aria_hidden: "true" }
                    }
                    if SHARES { {i18n.t("attestations-share-pdf")} } else { {i18n.t("attestations-download-pdf")} }
                }
                p { class: "hint", id: "attestations-pdf-size",
                    {i18n.t_args("attestations-pdf-size", &[("size", size.into())])}
                }
            }
            SaveOutcome { saving }
        }
        section { aria_labelledby: "attestations-code-heading",
            h2 { id: "attestations-code-heading", {i18n.t("attestations-code-heading")} }
            p { {i18n.t("attestations-code-intro")} }
            p { class: "code-value", dir: "ltr", {link} }
        }
    }
}

/// How the last save ended: where the file is, or the failure with «Réessayer».
#[component]
fn SaveOutcome(saving: Option<Saving>) -> Element {
    let i18n = use_i18n();
    let Some(saving) = saving else {
        return rsx! {};
    };
    let id = saving.id.clone();
    let retry = move |_| send(flow::Event::Save(id.clone()));
    let retry_button = rsx! {
        button { class: "button secondary", r#type: "button", onclick: retry, {i18n.t("common-retry")} }
    };
    match saving.outcome {
        None if saving.pending => rsx! {
            p { class: "hint", role: "status", {i18n.t("attestations-saving")} }
        },
        None => rsx! {},
        Some(Ok(Saved::File { path })) => rsx! {
            p { class: "notice", role: "status",
                {i18n.t("attestations-saved-in")}
                " "
                span { class: "code-value", dir: "ltr", {path} }
            }
        },
        Some(Ok(Saved::Downloaded { file_name })) => rsx! {
            p { class: "notice", role: "status",
                {i18n.t_args("attestations-downloaded", &[("name", file_name.into())])}
            }
        },
        Some(Ok(Saved::Shared)) => rsx! {
            p { class: "hint", role: "status", {i18n.t("attestations-shared")} }
        },
        Some(Ok(Saved::NotSaved)) => rsx! {
            FailureBox { message: i18n.t("attestations-not-saved"), {retry_button} }
        },
        Some(Err(error)) => rsx! {
            FailureBox { message: i18n.failure(&error),
                if error.is_retryable() { {retry_button} }
            }
        },
    }
}

// ---------------------------------------------------------------------------------------------
// «Vérifier une attestation» (public)

fn verify_error(i18n: &I18n, error: VerifyError) -> String {
    i18n.t(match error {
        VerifyError::Malformed => "verify-malformed",
        VerifyError::UnknownKey => "verify-unknown-key",
        VerifyError::BadSignature => "verify-bad-signature",
        VerifyError::OtherDocument => "verify-other-document",
    })
}

#[component]
pub fn VerifyPage() -> Element {
    let i18n = use_i18n();
    let model = use_model();
    let nav = use_navigator();
    use_hook(|| spawn(async { dispatch(Msg::Verify(VerifyEvent::Opened)) }));
    let signed_in = model.read().is_signed_in();
    let verification = model.read().verification.clone();
    let busy = verification.busy();
    let back = move |_| {
        nav.push(if signed_in {
            Route::AttestationsPage {}
        } else {
            Route::Welcome {}
        });
    };
    let missing = verification.missing.then(|| i18n.t("verify-required"));
    rsx! {
        Screen { title: i18n.t("verify-title"), class: "records attestations", onback: back,
            p { class: "lead", {i18n.t("verify-intro")} }
            if missing.is_some() {
                ErrorSummary { items: vec![crate::components::Summary {
                    target: "verify-code".into(),
                    message: i18n.t("verify-required"),
                }] }
            }
            form { novalidate: true, onsubmit: move |e| { e.prevent_default(); dispatch(Msg::Verify(VerifyEvent::Submit)) },
                div { class: if missing.is_some() { "field invalid" } else { "field" },
                    label { r#for: "verify-code", {i18n.t("verify-code-label")} }
                    p { class: "hint", id: "verify-code-hint", {i18n.t("verify-code-hint")} }
                    if let Some(message) = missing.clone() {
                        p { class: "error-message", id: "verify-code-error", {message} }
                    }
                    textarea {
                        id: "verify-code",
                        name: "verify-code",
                        dir: "ltr",
                        rows: "4",
                        spellcheck: "false",
                        autocomplete: "off",
                        aria_invalid: if missing.is_some() { "true" } else { "false" },
                        aria_describedby: if missing.is_some() { "verify-code-hint verify-code-error" } else { "verify-code-hint" },
                        value: "{verification.input}",
                        oninput: move |e: FormEvent| dispatch(Msg::Verify(VerifyEvent::Edit(e.value()))),
                    }
                }
                div { class: "actions",
                    SubmitButton { label: i18n.t("verify-submit"), pending: busy,
                        onclick: move |_| dispatch(Msg::Verify(VerifyEvent::Submit)),
                    }
                }
            }
            if let Some(verdict) = verification.verdict.clone() {
                VerdictView { verdict }
            }
            p { class: "hint", {i18n.t("verify-offline-note")} }
            ContactLine {}
        }
    }
}

#[component]
fn VerdictView(verdict: Verdict) -> Element {
    let i18n = use_i18n();
    let focus = move |e: MountedEvent| async move {
        let _ = e.set_focus(true).await;
    };
    match verdict {
        Verdict::Valid(statement) => {
            let page = crate::services::api::verification_page(&statement.id);
            rsx! {
                section { class: "confirmation", role: "status", tabindex: "-1", onmounted: focus,
                    aria_labelledby: "verify-valid-heading",
                    h2 { id: "verify-valid-heading", {i18n.t("verify-valid")} }
                    p { {document_title(&i18n, &statement)} }
                    StatementFacts { statement: (*statement).clone() }
                    p { class: "notice", {i18n.t("verify-revocation")} }
                    p { a { href: "{page}", target: "_blank", rel: "noopener noreferrer",
                        {i18n.t("verify-online-link")}
                    } }
                }
            }
        }
        Verdict::Invalid(error) => rsx! {
            div { class: "failure", role: "alert", tabindex: "-1", onmounted: focus,
                h2 { {i18n.t("verify-invalid")} }
                p { {verify_error(&i18n, error)} }
            }
        },
        Verdict::NoKeys(error) => rsx! {
            NoKeys { error }
        },
    }
}

#[component]
fn NoKeys(error: ApiError) -> Element {
    let i18n = use_i18n();
    rsx! {
        FailureBox { message: format!("{} {}", i18n.t("verify-no-keys"), i18n.failure(&error)),
            button { class: "button secondary", r#type: "button",
                onclick: move |_| dispatch(Msg::Verify(VerifyEvent::Retry)),
                {i18n.t("common-retry")}
            }
        }
    }
}
