//! «Mon compte»: the forms that change the online account itself, each a flow of its own
//! inside the private space.
//!
//! - [`ContactChange`]: the password again (a step-up), then the new phone or e-mail, then the
//!   code sent to that **new** destination; nothing changes until the code is right.
//! - [`PasswordChange`]: the current password and a new one, checked on the device with the
//!   server's own policy (length, common passwords, the identifier); every other session ends
//!   at the server and this one goes on with new tokens.
//! - [`AccountDeletion`]: the password again, then the confirmation ticked; the online
//!   account goes (not the CNSS record) and the app forgets the person.
//!
//! As everywhere, every value typed stays through a refusal (but a wrong password or code is
//! cleared), a second submit while a request runs is ignored, and «Réessayer» repeats the
//! request that failed with its idempotency key. `Debug` never shows what was typed.

use super::form::{CodeStatus, FormErrors, apply_retry_after};
use super::{ApiError, Destination, Effect, Request, Response, SendKey, StepUpFor};
use chrono::{DateTime, Utc};
use macnss_api::account::{
    AccountOverview, AccountStepUpRequest, ContactChangeRequest, ContactResendRequest,
    ContactVerifyRequest, DeleteAccountRequest,
};
use macnss_api::types::{ChangePasswordRequest, Channel, SessionResponse};
use macnss_api::validate::{check_new_password, is_top_common_password};
use macnss_api::{ErrorCode, FieldError, Problem, ValidationError};
use std::fmt;

/// A request's answer of the wrong kind: the server failing, never a value guessed.
fn unexpected() -> ApiError {
    ApiError::Unavailable { status: 200 }
}

fn required(field: &str) -> Vec<FieldError> {
    vec![FieldError::new(field, ValidationError::Required)]
}

/// What every form here shares: the pending flag, the errors, the request to retry.
#[derive(Clone, Default, PartialEq, Eq)]
struct Exchange {
    pending: bool,
    errors: FormErrors,
    failed_request: Option<Request>,
}

impl Exchange {
    fn send(&mut self, request: Request) -> Vec<Effect> {
        self.errors.clear();
        self.pending = true;
        self.failed_request = Some(request.clone());
        vec![Effect::Send(request)]
    }

    /// «Réessayer»: the request that failed, again, when trying again may succeed.
    fn retry(&mut self) -> Vec<Effect> {
        match self.failed_request.take() {
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
        }
    }

    /// Takes an answer: false when none was awaited (a late one changes nothing).
    fn answered(&mut self, result: &Result<Response, ApiError>) -> bool {
        if !std::mem::take(&mut self.pending) {
            return false;
        }
        if !matches!(result, Err(e) if e.is_retryable()) {
            self.failed_request = None;
        }
        true
    }
}

// ---------------------------------------------------------------------------------------------
// Contact details

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactStep {
    /// «Confirmez votre mot de passe».
    Password,
    /// The new phone or e-mail.
    Destination,
    /// The code sent to the new destination.
    Code,
    /// Changed: the account as the server has it now.
    Done,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactField {
    Password,
    Destination,
    Code,
}

#[derive(Clone, PartialEq)]
pub enum ContactEvent {
    Edit(ContactField, String),
    /// Which destination changes: the phone (`Sms`) or the e-mail.
    Choose(Channel),
    Submit,
    Resend,
    Retry,
    /// From the code back to the destination (a typing error in the number).
    Back,
}

impl fmt::Debug for ContactEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Edit(field, _) => write!(f, "Edit({field:?}, ••••)"),
            Self::Choose(c) => write!(f, "Choose({c:?})"),
            Self::Submit => f.write_str("Submit"),
            Self::Resend => f.write_str("Resend"),
            Self::Retry => f.write_str("Retry"),
            Self::Back => f.write_str("Back"),
        }
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct ContactChange {
    pub step: ContactStep,
    pub channel: Channel,
    pub password: String,
    pub destination: String,
    pub code: String,
    /// Where the code went and its deadlines.
    pub sent: Option<CodeStatus>,
    exchange: Exchange,
    step_up_id: Option<String>,
    sends: u32,
    scope: String,
}

impl fmt::Debug for ContactChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ContactChange")
            .field("step", &self.step)
            .field("channel", &self.channel)
            .field("typed", &"••••")
            .field("pending", &self.exchange.pending)
            .finish_non_exhaustive()
    }
}

impl ContactChange {
    pub fn new(scope: String, channel: Channel) -> Self {
        Self {
            step: ContactStep::Password,
            channel,
            password: String::new(),
            destination: String::new(),
            code: String::new(),
            sent: None,
            exchange: Exchange::default(),
            step_up_id: None,
            sends: 0,
            scope,
        }
    }

    pub fn pending(&self) -> bool {
        self.exchange.pending
    }

    pub fn errors(&self) -> &FormErrors {
        &self.exchange.errors
    }

    pub fn update(&mut self, event: ContactEvent, now: DateTime<Utc>) -> Vec<Effect> {
        if self.exchange.pending && !matches!(event, ContactEvent::Edit(..)) {
            return vec![];
        }
        match (&self.step, event) {
            (_, ContactEvent::Edit(field, value)) => {
                match field {
                    ContactField::Password => self.password = value,
                    ContactField::Destination => self.destination = value,
                    ContactField::Code => self.code = value,
                }
                vec![]
            }
            (ContactStep::Password | ContactStep::Destination, ContactEvent::Choose(channel)) => {
                if channel != self.channel {
                    self.channel = channel;
                    self.destination.clear();
                    self.exchange.errors.clear();
                }
                vec![]
            }
            (ContactStep::Password, ContactEvent::Submit) => {
                if self.password.is_empty() {
                    self.exchange.errors.set_fields(required("password"));
                    return vec![];
                }
                self.exchange.send(Request::AccountStepUp(
                    AccountStepUpRequest {
                        password: self.password.clone(),
                    },
                    StepUpFor::Contact,
                ))
            }
            (ContactStep::Destination, ContactEvent::Submit) => {
                let Some(step_up_id) = self.step_up_id.clone() else {
                    return vec![];
                };
                let request = ContactChangeRequest {
                    step_up_id,
                    channel: self.channel,
                    destination: self.destination.clone(),
                };
                if let Err(fields) = request.validate() {
                    self.exchange.errors.set_fields(fields);
                    return vec![];
                }
                self.sends += 1;
                let key = SendKey::new(&self.scope, self.sends, &self.destination);
                self.exchange.send(Request::ChangeContact(request, key))
            }
            (ContactStep::Code, ContactEvent::Submit) => {
                let Some(step_up_id) = self.step_up_id.clone() else {
                    return vec![];
                };
                let request = ContactVerifyRequest {
                    step_up_id,
                    code: self.code.clone(),
                };
                if let Err(fields) = request.validate() {
                    self.exchange.errors.set_fields(fields);
                    return vec![];
                }
                if self.sent.as_ref().is_some_and(|s| s.is_expired(now)) {
                    self.exchange
                        .errors
                        .set_failure(ApiError::Problem(Problem::new(ErrorCode::CodeExpired)));
                    return vec![];
                }
                self.exchange.send(Request::VerifyContact(request))
            }
            (ContactStep::Code, ContactEvent::Resend) => {
                let Some(step_up_id) = self.step_up_id.clone() else {
                    return vec![];
                };
                if !self.sent.as_ref().is_none_or(|s| s.can_resend(now)) {
                    return vec![];
                }
                self.sends += 1;
                let key = SendKey::new(&self.scope, self.sends, &self.destination);
                self.code.clear();
                self.exchange.send(Request::ResendContactCode(
                    ContactResendRequest { step_up_id },
                    key,
                ))
            }
            (ContactStep::Code, ContactEvent::Back) => {
                self.step = ContactStep::Destination;
                self.code.clear();
                self.sent = None;
                self.exchange.errors.clear();
                vec![]
            }
            (_, ContactEvent::Retry) => self.exchange.retry(),
            _ => vec![],
        }
    }

    /// The answer of this form's request; `Some(account)` once the change is made.
    pub fn answered(
        &mut self,
        result: Result<Response, ApiError>,
        now: DateTime<Utc>,
    ) -> Option<AccountOverview> {
        if !self.exchange.answered(&result) {
            return None;
        }
        match (result, &self.step) {
            (Ok(Response::AccountStepUp(s)), ContactStep::Password) => {
                self.password.clear();
                self.step_up_id = Some(s.step_up_id);
                self.step = ContactStep::Destination;
                None
            }
            (Ok(Response::CodeSent(sent)), ContactStep::Destination | ContactStep::Code) => {
                self.sent = Some(CodeStatus::from_response(&sent, now));
                self.step = ContactStep::Code;
                None
            }
            (Ok(Response::Account(account)), ContactStep::Code) => {
                self.code.clear();
                self.destination.clear();
                self.step = ContactStep::Done;
                Some(account)
            }
            (Ok(_), _) => {
                self.exchange.errors.set_failure(unexpected());
                None
            }
            (Err(error), step) => {
                match (error.code(), step) {
                    (Some(ErrorCode::InvalidCredentials), _) => self.password.clear(),
                    (Some(ErrorCode::CodeInvalid), _) => self.code.clear(),
                    // The step-up is over: the password again; the destination typed stays.
                    (Some(ErrorCode::TransactionExpired), _) => {
                        self.step = ContactStep::Password;
                        self.code.clear();
                        self.step_up_id = None;
                        self.sent = None;
                    }
                    (Some(ErrorCode::ResendTooSoon), _) => {
                        apply_retry_after(&mut self.sent, &error, now);
                    }
                    _ => {}
                }
                self.exchange.errors.set_failure(error);
                None
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Password

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordField {
    Current,
    New,
}

#[derive(Clone, PartialEq)]
pub enum PasswordEvent {
    Edit(PasswordField, String),
    ToggleShow,
    Submit,
    Retry,
}

impl fmt::Debug for PasswordEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Edit(field, _) => write!(f, "Edit({field:?}, ••••)"),
            Self::ToggleShow => f.write_str("ToggleShow"),
            Self::Submit => f.write_str("Submit"),
            Self::Retry => f.write_str("Retry"),
        }
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct PasswordChange {
    pub current: String,
    pub new: String,
    /// The passwords shown as typed (one new password with «Afficher», as at sign-up: no
    /// second copy to type).
    pub show: bool,
    /// Changed: the other sessions ended.
    pub done: bool,
    exchange: Exchange,
    account_id: String,
}

impl fmt::Debug for PasswordChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PasswordChange")
            .field("typed", &"••••")
            .field("done", &self.done)
            .field("pending", &self.exchange.pending)
            .finish_non_exhaustive()
    }
}

impl PasswordChange {
    pub fn new(account_id: String) -> Self {
        Self {
            current: String::new(),
            new: String::new(),
            show: false,
            done: false,
            exchange: Exchange::default(),
            account_id,
        }
    }

    pub fn pending(&self) -> bool {
        self.exchange.pending
    }

    pub fn errors(&self) -> &FormErrors {
        &self.exchange.errors
    }

    pub fn update(&mut self, event: PasswordEvent) -> Vec<Effect> {
        if self.exchange.pending && !matches!(event, PasswordEvent::Edit(..)) {
            return vec![];
        }
        match event {
            PasswordEvent::Edit(field, value) => {
                match field {
                    PasswordField::Current => self.current = value,
                    PasswordField::New => self.new = value,
                }
                vec![]
            }
            PasswordEvent::ToggleShow => {
                self.show = !self.show;
                vec![]
            }
            PasswordEvent::Submit if self.done => vec![],
            PasswordEvent::Submit => {
                let mut fields = vec![];
                if self.current.is_empty() {
                    fields.push(FieldError::new(
                        "current_password",
                        ValidationError::Required,
                    ));
                }
                match check_new_password(&self.new, Some(&self.account_id), is_top_common_password)
                {
                    Err(code) => fields.push(FieldError::new("new_password", code)),
                    Ok(_) if self.new == self.current => {
                        fields.push(FieldError::new("new_password", ValidationError::Unchanged));
                    }
                    Ok(_) => {}
                }
                if !fields.is_empty() {
                    self.exchange.errors.set_fields(fields);
                    return vec![];
                }
                self.exchange
                    .send(Request::AccountPassword(ChangePasswordRequest {
                        current_password: self.current.clone(),
                        new_password: self.new.clone(),
                    }))
            }
            PasswordEvent::Retry => self.exchange.retry(),
        }
    }

    /// The answer; `Some(session)` once changed: the space goes on with its tokens.
    pub fn answered(&mut self, result: Result<Response, ApiError>) -> Option<SessionResponse> {
        if !self.exchange.answered(&result) {
            return None;
        }
        match result {
            Ok(Response::Session(session)) if !session.password_change_required => {
                self.current.clear();
                self.new.clear();
                self.done = true;
                Some(session)
            }
            Ok(_) => {
                self.exchange.errors.set_failure(unexpected());
                None
            }
            Err(error) => {
                if error.code() == Some(ErrorCode::InvalidCredentials) {
                    self.current.clear();
                }
                self.exchange.errors.set_failure(error);
                None
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Deleting the account

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeletionStep {
    Password,
    /// «Je comprends que…», then «Supprimer mon compte».
    Confirm,
}

#[derive(Clone, PartialEq)]
pub enum DeletionEvent {
    EditPassword(String),
    Confirm(bool),
    Submit,
    Retry,
}

impl fmt::Debug for DeletionEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EditPassword(_) => f.write_str("EditPassword(••••)"),
            Self::Confirm(b) => write!(f, "Confirm({b})"),
            Self::Submit => f.write_str("Submit"),
            Self::Retry => f.write_str("Retry"),
        }
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct AccountDeletion {
    pub step: DeletionStep,
    pub password: String,
    pub confirmed: bool,
    exchange: Exchange,
    step_up_id: Option<String>,
}

impl fmt::Debug for AccountDeletion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccountDeletion")
            .field("step", &self.step)
            .field("confirmed", &self.confirmed)
            .field("pending", &self.exchange.pending)
            .finish_non_exhaustive()
    }
}

impl Default for AccountDeletion {
    fn default() -> Self {
        Self::new()
    }
}

impl AccountDeletion {
    pub fn new() -> Self {
        Self {
            step: DeletionStep::Password,
            password: String::new(),
            confirmed: false,
            exchange: Exchange::default(),
            step_up_id: None,
        }
    }

    pub fn pending(&self) -> bool {
        self.exchange.pending
    }

    pub fn errors(&self) -> &FormErrors {
        &self.exchange.errors
    }

    pub fn update(&mut self, event: DeletionEvent) -> Vec<Effect> {
        if self.exchange.pending && !matches!(event, DeletionEvent::EditPassword(_)) {
            return vec![];
        }
        match (self.step, event) {
            (_, DeletionEvent::EditPassword(p)) => {
                self.password = p;
                vec![]
            }
            (DeletionStep::Confirm, DeletionEvent::Confirm(c)) => {
                self.confirmed = c;
                vec![]
            }
            (DeletionStep::Password, DeletionEvent::Submit) => {
                if self.password.is_empty() {
                    self.exchange.errors.set_fields(required("password"));
                    return vec![];
                }
                self.exchange.send(Request::AccountStepUp(
                    AccountStepUpRequest {
                        password: self.password.clone(),
                    },
                    StepUpFor::Deletion,
                ))
            }
            (DeletionStep::Confirm, DeletionEvent::Submit) => {
                let Some(step_up_id) = self.step_up_id.clone() else {
                    return vec![];
                };
                let request = DeleteAccountRequest {
                    step_up_id,
                    confirmed: self.confirmed,
                };
                if let Err(fields) = request.validate() {
                    self.exchange.errors.set_fields(fields);
                    return vec![];
                }
                self.exchange.send(Request::DeleteAccount(request))
            }
            (_, DeletionEvent::Retry) => self.exchange.retry(),
            _ => vec![],
        }
    }

    /// The answer; once the account is deleted, the model forgets the person
    /// ([`Destination::AccountDeleted`]).
    pub fn answered(&mut self, result: Result<Response, ApiError>) -> Vec<Effect> {
        if !self.exchange.answered(&result) {
            return vec![];
        }
        match (result, self.step) {
            (Ok(Response::AccountStepUp(s)), DeletionStep::Password) => {
                self.password.clear();
                self.step_up_id = Some(s.step_up_id);
                self.step = DeletionStep::Confirm;
                vec![]
            }
            (Ok(Response::Done), DeletionStep::Confirm) => {
                vec![Effect::Navigate(Destination::AccountDeleted)]
            }
            (Ok(_), _) => {
                self.exchange.errors.set_failure(unexpected());
                vec![]
            }
            (Err(error), _) => {
                match error.code() {
                    Some(ErrorCode::InvalidCredentials) => self.password.clear(),
                    Some(ErrorCode::TransactionExpired) => {
                        self.step = DeletionStep::Password;
                        self.step_up_id = None;
                    }
                    _ => {}
                }
                self.exchange.errors.set_failure(error);
                vec![]
            }
        }
    }
}
