//! Attestations: the documents a person asks for in the private space («Mes attestations»),
//! and the verification of a document's code by anyone, offline («Vérifier une attestation»).
//!
//! - [`Attestations`] lives in the private space: the list ([`Catalog`]: each attestation and
//!   why it cannot be asked for here, the documents already issued), the form of one kind (a
//!   period of months for the salary attestation, checked with the contract's own
//!   [`IssueRequest::validate`] and within the months declared; a beneficiary for AMO rights),
//!   the document issued, and saving its PDF. The PDF's bytes never enter the model: the
//!   effect loop downloads and saves them ([`Effect::SavePdf`]) and answers what became of
//!   them ([`Saved`]).
//! - [`Verification`] lives in the root model (public, no session): a code `MC1.…` or a
//!   verification URL pasted, checked with [`verify_code`] against the issuer's published
//!   keys. The keys are public: read once from the server, kept in the preferences
//!   ([`Effect::KeepAttestationKeys`]), so a later verification needs no network. A key the
//!   app does not know yet makes it ask the server once more (a key published since).
//!   Revocation cannot be known offline: the screen says so and links to the online page.
//!
//! As in every flow, a second submit while a request runs is ignored, every value typed stays
//! through a refusal, and «Réessayer» repeats the request that failed.

use super::form::FormErrors;
use super::remote::{Content, Remote};
use super::{ApiError, Effect, Request, Response};
use macnss_api::attestation::{
    AttestationKind, Catalog, IssueRequest, Issued, Period, PublishedKeys, Statement, VerifyError,
    verify_code,
};
use macnss_api::records::{Relation, YearMonth};
use macnss_api::{FieldError, ValidationError};

impl Content for Catalog {}

/// The months a salary attestation proposes at first: the last twelve declared.
pub const PROPOSED_MONTHS: i32 = 12;

/// What became of a PDF the effect loop was asked to save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// The browser was handed the file (web): its download bar has it.
    Downloaded { file_name: String },
    /// Written to a folder of the computer (desktop): where.
    File { path: String },
    /// Handed to the platform's share sheet (Android, iOS).
    Shared,
    /// The device could not write or share it (a full disk, a refused folder, no share
    /// sheet): nothing was saved, and trying again may work.
    NotSaved,
}

/// The PDF of one document being saved, and how the last attempt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saving {
    pub id: String,
    pub pending: bool,
    /// The last attempt: what was saved, or why the download failed.
    pub outcome: Option<Result<Saved, ApiError>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The first month of the period (`YYYY-MM`).
    From,
    /// The last month of the period.
    To,
    /// Whom an AMO attestation is for (a beneficiary's id).
    Beneficiary,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// «Demander» beside an attestation of the list.
    Choose(AttestationKind),
    Edit(Field, String),
    /// «Générer».
    Submit,
    /// «Réessayer» after a failed generation.
    Retry,
    /// «Télécharger le PDF» (or «Partager le PDF» on a phone) of a document issued, by its id.
    Save(String),
}

/// The form of one attestation, and the document it gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueForm {
    pub kind: AttestationKind,
    /// `YYYY-MM`, as the month inputs give it.
    pub from: String,
    pub to: String,
    pub beneficiary: String,
    pub errors: FormErrors,
    pub pending: bool,
    /// Generated: the document.
    pub issued: Option<Issued>,
    failed_request: Option<Request>,
}

impl IssueForm {
    /// The form of `kind`, proposing what the catalog allows: the last twelve months declared,
    /// the insured person (or the only person covered).
    pub fn new(kind: AttestationKind, catalog: &Catalog) -> Self {
        let (from, to) = match (kind, catalog.declared) {
            (AttestationKind::SalaryDeclaration, Some(d)) => {
                let start = d.to.plus(1 - PROPOSED_MONTHS);
                let start = if start < d.from { d.from } else { start };
                (start.to_string(), d.to.to_string())
            }
            _ => (String::new(), String::new()),
        };
        let beneficiary = match kind {
            AttestationKind::AmoRights => catalog
                .covered
                .iter()
                .find(|c| c.relation == Relation::Insured)
                .or(match catalog.covered.as_slice() {
                    [only] => Some(only),
                    _ => None,
                })
                .map(|c| c.id.clone())
                .unwrap_or_default(),
            _ => String::new(),
        };
        Self {
            kind,
            from,
            to,
            beneficiary,
            errors: FormErrors::default(),
            pending: false,
            issued: None,
            failed_request: None,
        }
    }

    /// The request the form stands for, or the fields to correct: each month a real one, the
    /// shape the contract checks ([`IssueRequest::validate`], the message the server would
    /// give), the months within those declared, a beneficiary of the catalog.
    pub fn request(&self, catalog: &Catalog) -> Result<IssueRequest, Vec<FieldError>> {
        let refuse = |field: &str, code| Err(vec![FieldError::new(field, code)]);
        let period = if self.kind == AttestationKind::SalaryDeclaration {
            let month = |text: &str| -> Result<YearMonth, ValidationError> {
                if text.trim().is_empty() {
                    return Err(ValidationError::Required);
                }
                text.trim()
                    .parse::<YearMonth>()
                    .map_err(|_| ValidationError::DateInvalid)
            };
            let from = month(&self.from);
            let to = month(&self.to);
            match (from, to) {
                (Ok(from), Ok(to)) => Some(Period { from, to }),
                (Err(code), _) | (_, Err(code)) => return refuse("period", code),
            }
        } else {
            None
        };
        let beneficiary = (self.kind == AttestationKind::AmoRights)
            .then(|| self.beneficiary.clone())
            .filter(|b| catalog.covered.iter().any(|c| c.id == *b));
        let request = IssueRequest {
            kind: self.kind,
            period,
            beneficiary,
        };
        if let Err(code) = request.validate() {
            let field = if self.kind == AttestationKind::AmoRights {
                "beneficiary"
            } else {
                "period"
            };
            return refuse(field, code);
        }
        if let (Some(p), Some(d)) = (period, catalog.declared)
            && (p.from < d.from || p.to > d.to)
        {
            return refuse("period", ValidationError::MonthOutOfRange);
        }
        Ok(request)
    }
}

/// «Mes attestations» in the private space.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attestations {
    pub catalog: Remote<Catalog>,
    pub form: Option<IssueForm>,
    pub saving: Option<Saving>,
}

impl Attestations {
    /// The catalog's line for `kind`, when it may be asked for.
    fn available(&self, kind: AttestationKind) -> bool {
        self.catalog.value().is_some_and(|c| {
            c.offers
                .iter()
                .any(|o| o.kind == kind && o.unavailable.is_none())
        })
    }

    /// A document issued to the person, by its id: the one just generated, or one of the list.
    pub fn document(&self, id: &str) -> Option<&Issued> {
        self.form
            .as_ref()
            .and_then(|f| f.issued.as_ref())
            .filter(|d| d.id == id)
            .or_else(|| {
                self.catalog
                    .value()
                    .and_then(|c| c.issued.iter().find(|d| d.id == id))
            })
    }

    /// Whether a generation waits for its answer.
    pub fn issuing(&self) -> bool {
        self.form.as_ref().is_some_and(|f| f.pending)
    }

    /// Whether a PDF is being saved.
    pub fn saving(&self) -> bool {
        self.saving.as_ref().is_some_and(|s| s.pending)
    }

    pub fn update(&mut self, event: Event) -> Vec<Effect> {
        match event {
            Event::Choose(kind) => {
                let Some(catalog) = self.catalog.value() else {
                    return vec![];
                };
                if !self.available(kind) {
                    return vec![];
                }
                // The same kind's form keeps what was typed; a generation in flight keeps its
                // form whatever is chosen.
                let keep = self
                    .form
                    .as_ref()
                    .is_some_and(|f| f.pending || (f.kind == kind && f.issued.is_none()));
                if !keep {
                    self.form = Some(IssueForm::new(kind, catalog));
                }
                vec![]
            }
            Event::Edit(field, value) => {
                if let Some(form) = &mut self.form
                    && form.issued.is_none()
                {
                    match field {
                        Field::From => form.from = value,
                        Field::To => form.to = value,
                        Field::Beneficiary => form.beneficiary = value,
                    }
                }
                vec![]
            }
            Event::Submit => {
                let (Some(form), Some(catalog)) = (&mut self.form, self.catalog.value()) else {
                    return vec![];
                };
                if form.pending || form.issued.is_some() {
                    return vec![];
                }
                match form.request(catalog) {
                    Ok(request) => send(form, Request::IssueAttestation(request)),
                    Err(fields) => {
                        form.errors.set_fields(fields);
                        vec![]
                    }
                }
            }
            Event::Retry => {
                let Some(form) = &mut self.form else {
                    return vec![];
                };
                if form.pending {
                    return vec![];
                }
                match form.failed_request.take() {
                    Some(request)
                        if form
                            .errors
                            .failure
                            .as_ref()
                            .is_some_and(ApiError::is_retryable) =>
                    {
                        send(form, request)
                    }
                    other => {
                        form.failed_request = other;
                        vec![]
                    }
                }
            }
            Event::Save(id) => {
                if self.saving() {
                    return vec![];
                }
                let Some(document) = self.document(&id) else {
                    return vec![];
                };
                let file_name = file_name(&document.reference);
                self.saving = Some(Saving {
                    id: id.clone(),
                    pending: true,
                    outcome: None,
                });
                vec![Effect::SavePdf { id, file_name }]
            }
        }
    }

    /// The generation's answer: the document, also put first in the list of those issued.
    pub fn issued(&mut self, result: Result<Response, ApiError>) {
        let Some(form) = &mut self.form else {
            return;
        };
        if !std::mem::take(&mut form.pending) {
            return;
        }
        if !matches!(&result, Err(e) if e.is_retryable()) {
            form.failed_request = None;
        }
        match result {
            Ok(Response::Issued(document)) => {
                if let Remote::Loaded(c) = &mut self.catalog {
                    // Asking again for the same facts gives the same document: once in the list.
                    c.value.issued.retain(|d| d.id != document.id);
                    c.value.issued.insert(0, (*document).clone());
                }
                form.issued = Some(*document);
            }
            Ok(_) => form
                .errors
                .set_failure(ApiError::Unavailable { status: 200 }),
            Err(error) => form.errors.set_failure(error),
        }
    }

    /// What became of the PDF being saved.
    pub fn saved(&mut self, result: Result<Response, ApiError>) {
        let Some(saving) = &mut self.saving else {
            return;
        };
        if !std::mem::take(&mut saving.pending) {
            return;
        }
        saving.outcome = Some(match result {
            Ok(Response::PdfSaved(saved)) => Ok(saved),
            Ok(_) => Err(ApiError::Unavailable { status: 200 }),
            Err(error) => Err(error),
        });
    }
}

fn send(form: &mut IssueForm, request: Request) -> Vec<Effect> {
    form.errors.clear();
    form.pending = true;
    form.failed_request = Some(request.clone());
    vec![Effect::Send(request)]
}

/// The PDF's file name: the reference printed on it, in characters every file system takes.
pub fn file_name(reference: &str) -> String {
    let safe: String = reference
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    if safe.is_empty() {
        "MaCNSS-attestation.pdf".to_owned()
    } else {
        format!("MaCNSS-attestation-{safe}.pdf")
    }
}

// ---------------------------------------------------------------------------------------------
// Verification

/// The issuer's keys as the device has them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Keys {
    /// The preferences not read yet.
    #[default]
    Unread,
    /// The preferences being read.
    Reading,
    /// None kept: they must come from the server once.
    Missing,
    Kept(PublishedKeys),
}

#[derive(Debug, Clone, PartialEq)]
pub enum VerifyEvent {
    /// The screen is shown: the kept keys read (and, when there are none, asked for, so the
    /// next verification works offline).
    Opened,
    Edit(String),
    /// «Vérifier».
    Submit,
    /// «Réessayer» when the keys could not be fetched.
    Retry,
    /// What the preferences held.
    KeysRead(Option<PublishedKeys>),
    /// The server's answer to the keys' request.
    Response(Result<Response, ApiError>),
}

/// What a verification said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Signed by the issuer: what the document states.
    Valid(Box<Statement>),
    Invalid(VerifyError),
    /// No keys on the device and none could be fetched: nothing can be said yet.
    NoKeys(ApiError),
}

/// «Vérifier une attestation» (public).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Verification {
    /// What was pasted or typed, as it is.
    pub input: String,
    pub keys: Keys,
    /// The keys are being fetched.
    pub fetching: bool,
    /// A verification waits for the keys (read or fetched).
    pub waiting: bool,
    /// «Vérifier» with nothing pasted.
    pub missing: bool,
    pub verdict: Option<Verdict>,
    /// The keys were asked from the server since the screen was opened (an unknown key asks
    /// again only once).
    asked: bool,
}

impl Verification {
    /// Whether the screen shows progress.
    pub fn busy(&self) -> bool {
        self.waiting
    }

    /// Forgets what one person pasted (sign-out); the public keys stay.
    pub fn forget_input(&mut self) {
        *self = Self {
            keys: std::mem::take(&mut self.keys),
            ..Self::default()
        };
    }

    pub fn update(&mut self, event: VerifyEvent) -> Vec<Effect> {
        match event {
            VerifyEvent::Opened => {
                self.asked = false;
                if self.keys == Keys::Unread {
                    self.keys = Keys::Reading;
                    return vec![Effect::ReadAttestationKeys];
                }
                vec![]
            }
            VerifyEvent::Edit(input) => {
                if input != self.input {
                    self.input = input;
                    self.verdict = None;
                    self.missing = false;
                }
                vec![]
            }
            VerifyEvent::Submit | VerifyEvent::Retry => {
                if self.waiting {
                    return vec![];
                }
                self.verdict = None;
                self.missing = self.input.trim().is_empty();
                if self.missing {
                    return vec![];
                }
                match &self.keys {
                    Keys::Kept(_) => self.check(),
                    Keys::Reading => {
                        self.waiting = true;
                        vec![]
                    }
                    Keys::Unread => {
                        self.waiting = true;
                        self.keys = Keys::Reading;
                        vec![Effect::ReadAttestationKeys]
                    }
                    Keys::Missing => {
                        self.waiting = true;
                        self.fetch()
                    }
                }
            }
            VerifyEvent::KeysRead(kept) => {
                if self.keys != Keys::Reading {
                    return vec![];
                }
                match kept {
                    Some(keys) => {
                        self.keys = Keys::Kept(keys);
                        if std::mem::take(&mut self.waiting) {
                            return self.check();
                        }
                        vec![]
                    }
                    // None kept: fetched now, even before a verification, so that the next
                    // one works offline.
                    None => {
                        self.keys = Keys::Missing;
                        self.fetch()
                    }
                }
            }
            VerifyEvent::Response(result) => {
                if !std::mem::take(&mut self.fetching) {
                    return vec![];
                }
                let waited = std::mem::take(&mut self.waiting);
                match result {
                    Ok(Response::AttestationKeys(keys)) => {
                        self.keys = Keys::Kept(keys.clone());
                        let mut effects = vec![Effect::KeepAttestationKeys(keys)];
                        if waited {
                            effects.extend(self.check());
                        }
                        effects
                    }
                    other => {
                        let error = match other {
                            Err(e) => e,
                            Ok(_) => ApiError::Unavailable { status: 200 },
                        };
                        if waited {
                            self.verdict = Some(match &self.keys {
                                // The keys kept say what they can (an unknown key stays so).
                                Keys::Kept(keys) => judge(&self.input, keys),
                                _ => Verdict::NoKeys(error),
                            });
                        }
                        vec![]
                    }
                }
            }
        }
    }

    /// Verifies the input with the keys kept; a key they do not hold asks the server for the
    /// keys once (one published since).
    fn check(&mut self) -> Vec<Effect> {
        let Keys::Kept(keys) = &self.keys else {
            return vec![];
        };
        let verdict = judge(&self.input, keys);
        if verdict == Verdict::Invalid(VerifyError::UnknownKey) && !self.asked {
            self.waiting = true;
            return self.fetch();
        }
        self.verdict = Some(verdict);
        vec![]
    }

    fn fetch(&mut self) -> Vec<Effect> {
        if self.fetching {
            return vec![];
        }
        self.fetching = true;
        self.asked = true;
        vec![Effect::Send(Request::AttestationKeys)]
    }
}

/// The verdict of the shared verification on `input`.
fn judge(input: &str, keys: &PublishedKeys) -> Verdict {
    match verify_code(input, keys, None) {
        Ok(statement) => Verdict::Valid(Box::new(statement)),
        Err(error) => Verdict::Invalid(error),
    }
}
