//! The sign-up wizard: «Assuré» or «Ayant droits» → identity → contact and CGU → the 6-digit
//! SMS code → confirmation («C'est parti» → sign-in).

use super::form::{CodeStatus, DateFields, FormErrors, apply_retry_after};
use super::{ApiError, Destination, Effect, Request, Response, ResumeFlow, ResumePoint, SendKey};
use chrono::{DateTime, Utc};
use macnss_api::types::*;
use macnss_api::validate::{IdDocumentKind, casablanca_today};
use macnss_api::{ErrorCode, FieldError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    AccountType,
    Identity,
    Contact,
    Code,
    Confirmation,
}

impl Step {
    /// Position in the step indicator (1-based) and the number of steps.
    pub fn position(self) -> (u8, u8) {
        let n = match self {
            Step::AccountType => 1,
            Step::Identity => 2,
            Step::Contact => 3,
            Step::Code => 4,
            Step::Confirmation => 5,
        };
        (n, 5)
    }
}

/// A text field of the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    InsuredId,
    DocumentNumber,
    ExpiryDay,
    ExpiryMonth,
    ExpiryYear,
    BirthDay,
    BirthMonth,
    BirthYear,
    Phone,
    Email,
    Code,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    ChooseKind(AccountKind),
    ChooseDocument(IdDocumentKind),
    Edit(Field, String),
    SetTermsAccepted(bool),
    Submit,
    Resend,
    /// "Change my number": back to the contact step, everything kept.
    ChangeNumber,
    Back,
    /// «C'est parti»: on to the sign-in page.
    Start,
    /// "I did not receive the SMS" on the confirmation: on to password recovery.
    SmsNeverArrived,
    /// After `account_exists`: sign in instead.
    GoToSignIn,
    /// After `account_exists`: recover the password instead.
    GoToRecovery,
    /// «Réessayer»: the request that failed, again (same body, same idempotency key).
    Retry,
    Response(Result<Response, ApiError>),
}

/// Everything the user typed, kept across steps, failures and language switches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Values {
    pub kind: Option<AccountKind>,
    pub insured_id: String,
    pub document_kind: IdDocumentKind,
    pub document_number: String,
    pub expiry: DateFields,
    pub birth: DateFields,
    pub phone: String,
    pub email: String,
    pub terms_accepted: bool,
    pub code: String,
}

impl Default for Values {
    fn default() -> Self {
        Self {
            kind: None,
            insured_id: String::new(),
            document_kind: IdDocumentKind::Cnie,
            document_number: String::new(),
            expiry: DateFields::default(),
            birth: DateFields::default(),
            phone: String::new(),
            email: String::new(),
            terms_accepted: false,
            code: String::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignUp {
    pub step: Step,
    pub values: Values,
    pub errors: FormErrors,
    /// The request in flight, if any: the only pending flag.
    pub pending: Option<Pending>,
    pub signup_id: Option<String>,
    pub terms_version: Option<String>,
    pub code_status: Option<CodeStatus>,
    pub completed: Option<SignupCompleteResponse>,
    /// Codes sent so far in this sign-up: part of each send's idempotency key.
    pub codes_sent: u32,
    /// The last request that failed, which «Réessayer» repeats.
    pub failed_request: Option<Request>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    Start,
    Contact,
    Resend,
    Verify,
}

impl Default for SignUp {
    fn default() -> Self {
        Self::new()
    }
}

impl SignUp {
    pub fn new() -> Self {
        Self {
            step: Step::AccountType,
            values: Values::default(),
            errors: FormErrors::default(),
            pending: None,
            signup_id: None,
            terms_version: None,
            code_status: None,
            completed: None,
            codes_sent: 0,
            failed_request: None,
        }
    }

    /// Reopens the code step after the OS killed the app, unless the code has expired.
    pub fn resumed(point: &ResumePoint, now: DateTime<Utc>) -> Option<Self> {
        (point.flow == ResumeFlow::SignUp && now < point.code_expires_at).then(|| Self {
            step: Step::Code,
            signup_id: Some(point.transaction_id.clone()),
            code_status: Some(CodeStatus {
                masked_destination: point.masked_destination.clone(),
                expires_at: point.code_expires_at,
                resend_at: point.resend_at,
            }),
            codes_sent: point.sends,
            ..Self::new()
        })
    }

    pub fn is_pending(&self) -> bool {
        self.pending.is_some()
    }

    /// The server said an account already exists for this person.
    pub fn account_exists(&self) -> bool {
        self.errors.failure.as_ref().and_then(ApiError::code) == Some(ErrorCode::AccountExists)
    }

    pub fn update(&mut self, event: Event, now: DateTime<Utc>) -> Vec<Effect> {
        use Event::*;
        if self.pending.is_some() && !matches!(event, Response(_) | Edit(..)) {
            // One request at a time; typing stays possible.
            return vec![];
        }
        match (self.step, event) {
            (_, Edit(field, value)) => {
                self.edit(field, value);
                vec![]
            }
            (Step::AccountType, ChooseKind(kind)) => {
                self.values.kind = Some(kind);
                self.errors.clear();
                self.step = Step::Identity;
                vec![]
            }
            (Step::Identity, ChooseDocument(kind)) => {
                self.values.document_kind = kind;
                vec![]
            }
            (Step::Contact, SetTermsAccepted(accepted)) => {
                self.values.terms_accepted = accepted;
                vec![]
            }
            (Step::Identity, Submit) => self.submit_identity(now),
            (Step::Contact, Submit) => self.submit_contact(),
            (Step::Code, Submit) => self.submit_code(),
            (Step::Code, Resend) => match (&self.signup_id, &self.code_status) {
                (Some(id), Some(status)) if status.can_resend(now) => {
                    let key = SendKey::new(id, self.codes_sent, "resend");
                    let request = Request::SignupResend(
                        SignupResendRequest {
                            signup_id: id.clone(),
                        },
                        key,
                    );
                    self.send(Pending::Resend, request)
                }
                _ => vec![],
            },
            (Step::Code, ChangeNumber) | (Step::Code, Back) => {
                self.errors.clear();
                self.values.code.clear();
                self.step = Step::Contact;
                vec![]
            }
            (Step::AccountType, Back) => vec![Effect::Navigate(Destination::Welcome)],
            (Step::Identity, Back) => {
                self.errors.clear();
                self.step = Step::AccountType;
                vec![]
            }
            (Step::Contact, Back) => {
                self.errors.clear();
                self.step = Step::Identity;
                vec![]
            }
            (Step::Confirmation, Start) | (Step::Confirmation, Back) => {
                vec![Effect::Navigate(Destination::SignIn { identifier: None })]
            }
            (Step::Confirmation, SmsNeverArrived) => {
                vec![Effect::Navigate(Destination::Recovery { identifier: None })]
            }
            // The two ways forward of `account_exists`, offered only with that failure.
            (_, GoToSignIn) if self.account_exists() => {
                vec![Effect::Navigate(Destination::SignIn { identifier: None })]
            }
            (_, GoToRecovery) if self.account_exists() => {
                vec![Effect::Navigate(Destination::Recovery { identifier: None })]
            }
            (_, Retry) => match self.failed_request.take() {
                Some(request)
                    if self
                        .errors
                        .failure
                        .as_ref()
                        .is_some_and(ApiError::is_retryable) =>
                {
                    let pending = match &request {
                        Request::SignupStart(_) => Pending::Start,
                        Request::SignupContact(..) => Pending::Contact,
                        Request::SignupResend(..) => Pending::Resend,
                        _ => Pending::Verify,
                    };
                    self.send(pending, request)
                }
                other => {
                    self.failed_request = other;
                    vec![]
                }
            },
            (_, Response(result)) => self.on_response(result, now),
            // Anything else (a stale tap on a button of another step) changes nothing.
            _ => vec![],
        }
    }

    fn edit(&mut self, field: Field, value: String) {
        let v = &mut self.values;
        let slot = match field {
            Field::InsuredId => &mut v.insured_id,
            Field::DocumentNumber => &mut v.document_number,
            Field::ExpiryDay => &mut v.expiry.day,
            Field::ExpiryMonth => &mut v.expiry.month,
            Field::ExpiryYear => &mut v.expiry.year,
            Field::BirthDay => &mut v.birth.day,
            Field::BirthMonth => &mut v.birth.month,
            Field::BirthYear => &mut v.birth.year,
            Field::Phone => &mut v.phone,
            Field::Email => &mut v.email,
            Field::Code => &mut v.code,
        };
        *slot = value;
    }

    fn submit_identity(&mut self, now: DateTime<Utc>) -> Vec<Effect> {
        let v = &self.values;
        let Some(kind) = v.kind else {
            self.step = Step::AccountType;
            return vec![];
        };
        // Date fields are checked first so their own messages win over the request's.
        let mut date_errors = Vec::new();
        let birth = v
            .birth
            .to_iso()
            .map_err(|e| date_errors.push(FieldError::new("birth_date", e)));
        let request = match kind {
            AccountKind::Insured => {
                let expiry = v
                    .expiry
                    .to_iso()
                    .map_err(|e| date_errors.push(FieldError::new("document_expiry", e)));
                SignupStartRequest::Insured {
                    document_kind: v.document_kind,
                    document_number: v.document_number.clone(),
                    document_expiry: expiry.unwrap_or_default(),
                    birth_date: birth.unwrap_or_default(),
                }
            }
            AccountKind::Dependant => SignupStartRequest::Dependant {
                insured_id: v.insured_id.clone(),
                document_kind: v.document_kind,
                document_number: v.document_number.clone(),
                birth_date: birth.unwrap_or_default(),
            },
        };
        let mut errors = request
            .validate(casablanca_today(now))
            .err()
            .unwrap_or_default();
        errors.retain(|e| !date_errors.iter().any(|d| d.field == e.field));
        errors.extend(date_errors);
        if !errors.is_empty() {
            sort_by_form_order(&mut errors);
            self.errors.set_fields(errors);
            return vec![];
        }
        self.send(Pending::Start, Request::SignupStart(request))
    }

    /// Sends `request`, remembered until it succeeds so that «Réessayer» repeats it.
    fn send(&mut self, pending: Pending, request: Request) -> Vec<Effect> {
        self.errors.clear();
        self.pending = Some(pending);
        self.failed_request = Some(request.clone());
        vec![Effect::Send(request)]
    }

    fn submit_contact(&mut self) -> Vec<Effect> {
        let Some(signup_id) = self.signup_id.clone() else {
            self.step = Step::Identity;
            return vec![];
        };
        let v = &self.values;
        let request = SignupContactRequest {
            signup_id,
            phone: v.phone.clone(),
            email: v.email.clone(),
            terms_accepted: v.terms_accepted,
            terms_version: self.terms_version.clone().unwrap_or_default(),
        };
        if let Err(errors) = request.validate() {
            self.errors.set_fields(errors);
            return vec![];
        }
        let key = SendKey::new(
            &request.signup_id,
            self.codes_sent,
            &format!("{}|{}", request.phone.trim(), request.email.trim()),
        );
        self.send(Pending::Contact, Request::SignupContact(request, key))
    }

    fn submit_code(&mut self) -> Vec<Effect> {
        let Some(signup_id) = self.signup_id.clone() else {
            self.step = Step::Identity;
            return vec![];
        };
        let request = SignupVerifyRequest {
            signup_id,
            code: self.values.code.clone(),
        };
        if let Err(errors) = request.validate() {
            self.errors.set_fields(errors);
            return vec![];
        }
        self.send(Pending::Verify, Request::SignupVerify(request))
    }

    fn on_response(
        &mut self,
        result: Result<Response, ApiError>,
        now: DateTime<Utc>,
    ) -> Vec<Effect> {
        let Some(pending) = self.pending.take() else {
            return vec![]; // a late answer to a request we no longer wait for
        };
        // Only a failure worth retrying keeps its request (and the values it carries).
        if !matches!(&result, Err(e) if e.is_retryable()) {
            self.failed_request = None;
        }
        match (pending, result) {
            (Pending::Start, Ok(Response::SignupStarted(r))) => {
                self.signup_id = Some(r.signup_id);
                self.terms_version = Some(r.terms_version);
                self.step = Step::Contact;
                vec![]
            }
            (Pending::Contact | Pending::Resend, Ok(Response::CodeSent(r))) => {
                let status = CodeStatus::from_response(&r, now);
                self.codes_sent += 1;
                self.step = Step::Code;
                self.errors.clear();
                let point = ResumePoint {
                    flow: ResumeFlow::SignUp,
                    transaction_id: self.signup_id.clone().unwrap_or_default(),
                    masked_destination: status.masked_destination.clone(),
                    channel: r.channel,
                    code_expires_at: status.expires_at,
                    resend_at: status.resend_at,
                    sends: self.codes_sent,
                };
                self.code_status = Some(status);
                vec![Effect::SaveResume(point)]
            }
            (Pending::Verify, Ok(Response::SignupCompleted(r))) => {
                self.completed = Some(r);
                self.step = Step::Confirmation;
                self.values.code.clear();
                self.errors.clear();
                vec![Effect::ClearResume]
            }
            (_, Ok(other)) => {
                // An answer of the wrong kind is a contract violation: say the service failed.
                tracing::warn!(?pending, response = ?std::mem::discriminant(&other), "unexpected response");
                self.errors
                    .set_failure(ApiError::Unavailable { status: 200 });
                vec![]
            }
            (_, Err(error)) => self.on_error(error, now),
        }
    }

    fn on_error(&mut self, error: ApiError, now: DateTime<Utc>) -> Vec<Effect> {
        if error.code() == Some(ErrorCode::TransactionExpired) {
            // The sign-up expired server-side: start again from the identity step, values kept.
            self.signup_id = None;
            self.code_status = None;
            self.step = Step::Identity;
            self.errors.set_failure(error);
            return vec![Effect::ClearResume];
        }
        apply_retry_after(&mut self.code_status, &error, now);
        self.errors.set_failure(error);
        vec![]
    }
}

/// Orders field errors as the fields appear on screen, so the error summary reads top-down.
fn sort_by_form_order(errors: &mut [FieldError]) {
    const ORDER: [&str; 5] = [
        "insured_id",
        "document_number",
        "document_expiry",
        "birth_date",
        "code",
    ];
    errors.sort_by_key(|e| {
        ORDER
            .iter()
            .position(|f| *f == e.field)
            .unwrap_or(ORDER.len())
    });
}
