//! Changing the bank account (RIB) that payments go to: the password again (step-up), then the
//! code sent by SMS with the new RIB. The RIB is checked on the device with the server's own
//! validator (24 digits, key), so a typing error is caught before any code is spent; every
//! value typed stays through a refusal.

use super::form::{CodeStatus, FormErrors, seconds};
use super::{ApiError, Effect, Request, Response, SendKey};
use chrono::{DateTime, Utc};
use macnss_api::records::{BankAccount, BankAccountChange, StepUpRequest};
use macnss_api::validate::parse_rib;
use macnss_api::{ErrorCode, FieldError, ValidationError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// «Confirmez votre mot de passe».
    Password,
    /// The code sent by SMS and the new RIB.
    Code,
    /// Changed: the new account, masked.
    Done(BankAccount),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Password,
    Code,
    Rib,
}

/// `Debug` never shows what was typed (a password, a code, a RIB).
#[derive(Clone, PartialEq)]
pub enum Event {
    Edit(Field, String),
    Submit,
    Retry,
    /// Back to the password (a new code will be sent).
    Restart,
}

/// `Debug` shows where the change is, never the password, the code or the RIB typed.
#[derive(Clone, PartialEq, Eq)]
pub struct BankChange {
    pub step: Step,
    pub password: String,
    pub code: String,
    pub rib: String,
    pub errors: FormErrors,
    pub pending: bool,
    /// Where the code went and when it expires.
    pub sent: Option<CodeStatus>,
    step_up_id: Option<String>,
    sends: u32,
    failed_request: Option<Request>,
    /// A unique id of this change, the scope of its step-up keys.
    scope: String,
}

impl std::fmt::Debug for Event {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Event::Edit(field, _) => write!(f, "Edit({field:?}, ••••)"),
            Event::Submit => f.write_str("Submit"),
            Event::Retry => f.write_str("Retry"),
            Event::Restart => f.write_str("Restart"),
        }
    }
}

impl std::fmt::Debug for BankChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BankChange")
            .field("step", &self.step)
            .field("typed", &"••••")
            .field("errors", &self.errors)
            .field("pending", &self.pending)
            .field("sent", &self.sent)
            .finish_non_exhaustive()
    }
}

impl BankChange {
    pub fn new(scope: String) -> Self {
        Self {
            step: Step::Password,
            password: String::new(),
            code: String::new(),
            rib: String::new(),
            errors: FormErrors::default(),
            pending: false,
            sent: None,
            step_up_id: None,
            sends: 0,
            failed_request: None,
            scope,
        }
    }

    pub fn update(&mut self, event: Event, now: DateTime<Utc>) -> Vec<Effect> {
        if self.pending && !matches!(event, Event::Edit(..)) {
            return vec![];
        }
        match (&self.step, event) {
            (_, Event::Edit(field, value)) => {
                match field {
                    Field::Password => self.password = value,
                    Field::Code => self.code = value,
                    Field::Rib => self.rib = value,
                }
                vec![]
            }
            (Step::Password, Event::Submit) => {
                if self.password.is_empty() {
                    self.errors
                        .set_fields(vec![FieldError::new("password", ValidationError::Required)]);
                    return vec![];
                }
                self.sends += 1;
                let key = SendKey::new(&self.scope, self.sends, "step-up");
                self.send(Request::BankStepUp(
                    StepUpRequest {
                        password: self.password.clone(),
                    },
                    key,
                ))
            }
            (Step::Code, Event::Submit) => {
                let Some(step_up_id) = self.step_up_id.clone() else {
                    return vec![];
                };
                let change = BankAccountChange {
                    step_up_id,
                    code: self.code.clone(),
                    rib: self.rib.clone(),
                };
                if let Err(fields) = change.validate() {
                    self.errors.set_fields(fields);
                    return vec![];
                }
                if self.sent.as_ref().is_some_and(|s| s.is_expired(now)) {
                    self.errors
                        .set_failure(ApiError::Problem(macnss_api::Problem::new(
                            ErrorCode::CodeExpired,
                        )));
                    return vec![];
                }
                self.send(Request::ChangeBankAccount(change))
            }
            (_, Event::Retry) => match self.failed_request.take() {
                Some(request)
                    if self
                        .errors
                        .failure
                        .as_ref()
                        .is_some_and(ApiError::is_retryable) =>
                {
                    self.send(request)
                }
                other => {
                    self.failed_request = other;
                    vec![]
                }
            },
            (Step::Code, Event::Restart) => {
                self.step = Step::Password;
                self.password.clear();
                self.code.clear();
                self.step_up_id = None;
                self.sent = None;
                self.errors.clear();
                vec![]
            }
            _ => vec![],
        }
    }

    /// Whether the typed RIB is valid so far (for the field's hint; the submit checks again).
    pub fn rib_error(&self) -> Option<ValidationError> {
        parse_rib(&self.rib).err()
    }

    fn send(&mut self, request: Request) -> Vec<Effect> {
        self.errors.clear();
        self.pending = true;
        self.failed_request = Some(request.clone());
        vec![Effect::Send(request)]
    }

    /// The answer of the step-up or of the change. `Some(account)` once changed, for the
    /// payments screen to show.
    pub fn answered(
        &mut self,
        result: Result<Response, ApiError>,
        now: DateTime<Utc>,
    ) -> Option<BankAccount> {
        if !std::mem::take(&mut self.pending) {
            return None;
        }
        if !matches!(&result, Err(e) if e.is_retryable()) {
            self.failed_request = None;
        }
        match (result, &self.step) {
            (Ok(Response::StepUp(sent)), Step::Password) => {
                self.password.clear();
                self.sent = Some(CodeStatus {
                    masked_destination: sent.sent_to.clone(),
                    expires_at: now + seconds(sent.expires_in),
                    resend_at: now + seconds(sent.expires_in),
                });
                self.step_up_id = Some(sent.step_up_id);
                self.step = Step::Code;
                None
            }
            (Ok(Response::BankAccount(account)), Step::Code) => {
                self.code.clear();
                self.rib.clear();
                self.step = Step::Done(account.clone());
                Some(account)
            }
            (Ok(_), _) => {
                self.errors
                    .set_failure(ApiError::Unavailable { status: 200 });
                None
            }
            (Err(error), step) => {
                match (error.code(), step) {
                    (Some(ErrorCode::InvalidCredentials), _) => self.password.clear(),
                    (Some(ErrorCode::CodeInvalid), _) => self.code.clear(),
                    // The step-up is over (expired, or too many codes): start again from
                    // the password; the RIB typed stays.
                    (
                        Some(ErrorCode::TransactionExpired | ErrorCode::TooManyAttempts),
                        Step::Code,
                    ) => {
                        self.step = Step::Password;
                        self.code.clear();
                        self.step_up_id = None;
                        self.sent = None;
                    }
                    _ => {}
                }
                self.errors.set_failure(error);
                None
            }
        }
    }
}
