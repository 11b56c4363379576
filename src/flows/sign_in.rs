//! Sign-in («Me connecter») with the 9-digit identifier and password, then — when the
//! session was opened with the temporary password sent by SMS — the forced choice of a new
//! password before anything else.

use super::form::{FormErrors, seconds};
use super::{ApiError, Destination, Effect, Request, Response};
use chrono::{DateTime, Utc};
use macnss_api::types::{ChangePasswordRequest, SignInRequest};
use macnss_api::validate::{check_new_password, is_top_common_password, parse_account_id};
use macnss_api::{ErrorCode, FieldError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Credentials,
    /// The session came from a temporary password: choose a new one.
    ChangePassword,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Identifier,
    Password,
    NewPassword,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Edit(Field, String),
    ToggleShowPassword,
    Submit,
    /// «Mot de passe oublié».
    ForgotPassword,
    Back,
    /// «Réessayer»: the request that failed, again.
    Retry,
    Response(Result<Response, ApiError>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignIn {
    pub step: Step,
    pub identifier: String,
    pub password: String,
    pub new_password: String,
    pub show_password: bool,
    pub errors: FormErrors,
    pub pending: bool,
    /// After `slow_down`: no new attempt before this instant.
    pub retry_at: Option<DateTime<Utc>>,
    /// The previous session expired: the page says so, with the identifier kept.
    pub session_expired: bool,
    /// Five wrong app PINs: the quick unlock was turned off; the page says so.
    pub pin_locked_out: bool,
    /// The last request that failed, which «Réessayer» repeats.
    pub failed_request: Option<Request>,
}

impl Default for SignIn {
    fn default() -> Self {
        Self::new(None)
    }
}

impl SignIn {
    pub fn new(identifier: Option<String>) -> Self {
        Self {
            step: Step::Credentials,
            identifier: identifier.unwrap_or_default(),
            password: String::new(),
            new_password: String::new(),
            show_password: false,
            errors: FormErrors::default(),
            pending: false,
            retry_at: None,
            session_expired: false,
            pin_locked_out: false,
            failed_request: None,
        }
    }

    /// The sign-in page after five wrong app PINs: the identifier is kept.
    pub fn after_pin_lockout(identifier: String) -> Self {
        Self {
            pin_locked_out: true,
            ..Self::new(Some(identifier))
        }
    }

    /// The sign-in page after a session expired: the identifier is kept.
    pub fn after_session_expired(identifier: String) -> Self {
        Self {
            session_expired: true,
            ..Self::new(Some(identifier))
        }
    }

    /// Seconds before a new attempt is allowed after `slow_down`.
    pub fn wait_seconds(&self, now: DateTime<Utc>) -> u64 {
        self.retry_at
            .map(|t| u64::try_from((t - now).num_seconds().max(0)).unwrap_or(0))
            .unwrap_or(0)
    }

    pub fn update(&mut self, event: Event, now: DateTime<Utc>) -> Vec<Effect> {
        if self.pending
            && !matches!(
                event,
                Event::Response(_) | Event::Edit(..) | Event::ToggleShowPassword
            )
        {
            return vec![];
        }
        match (self.step, event) {
            (_, Event::Edit(field, value)) => {
                match field {
                    Field::Identifier => self.identifier = value,
                    Field::Password => self.password = value,
                    Field::NewPassword => self.new_password = value,
                }
                vec![]
            }
            (_, Event::ToggleShowPassword) => {
                self.show_password = !self.show_password;
                vec![]
            }
            (Step::Credentials, Event::Submit) => {
                if self.wait_seconds(now) > 0 {
                    return vec![];
                }
                let request = SignInRequest {
                    identifier: self.identifier.clone(),
                    password: self.password.clone(),
                    // Filled in by the client (`services::api`): the device is a service's.
                    device: None,
                };
                if let Err(errors) = request.validate() {
                    self.errors.set_fields(errors);
                    return vec![];
                }
                self.send(Request::SignIn(request))
            }
            (Step::ChangePassword, Event::Submit) => {
                let account = parse_account_id(&self.identifier).ok();
                let checked = check_new_password(
                    &self.new_password,
                    account.as_ref().map(|a| a.as_str()),
                    is_top_common_password,
                );
                if let Err(code) = checked {
                    self.errors
                        .set_fields(vec![FieldError::new("new_password", code)]);
                    return vec![];
                }
                self.send(Request::ChangePassword(ChangePasswordRequest {
                    current_password: self.password.clone(),
                    new_password: self.new_password.clone(),
                }))
            }
            (_, Event::ForgotPassword) => {
                let id = self.identifier.trim();
                vec![Effect::Navigate(Destination::Recovery {
                    identifier: (!id.is_empty()).then(|| id.to_owned()),
                })]
            }
            (Step::Credentials, Event::Back) => vec![Effect::Navigate(Destination::Welcome)],
            (Step::ChangePassword, Event::Back) => {
                // The restricted session is of no use without a new password: drop it.
                self.step = Step::Credentials;
                self.password.clear();
                self.new_password.clear();
                self.failed_request = None;
                self.errors.clear();
                vec![Effect::ClearSession]
            }
            (_, Event::Retry) => match self.failed_request.take() {
                Some(request)
                    if self
                        .errors
                        .failure
                        .as_ref()
                        .is_some_and(ApiError::is_retryable)
                        && self.wait_seconds(now) == 0 =>
                {
                    self.send(request)
                }
                other => {
                    self.failed_request = other;
                    vec![]
                }
            },
            (_, Event::Response(result)) => self.on_response(result, now),
        }
    }

    /// Sends `request`, remembered until it succeeds so that «Réessayer» repeats it.
    fn send(&mut self, request: Request) -> Vec<Effect> {
        self.errors.clear();
        self.pending = true;
        self.failed_request = Some(request.clone());
        vec![Effect::Send(request)]
    }

    fn on_response(
        &mut self,
        result: Result<Response, ApiError>,
        now: DateTime<Utc>,
    ) -> Vec<Effect> {
        if !std::mem::take(&mut self.pending) {
            return vec![];
        }
        // Only a failure worth retrying keeps its request (and the values it carries).
        if !matches!(&result, Err(e) if e.is_retryable()) {
            self.failed_request = None;
        }
        match result {
            Ok(Response::Session(session)) => {
                let change_required = session.password_change_required;
                let mut effects = vec![Effect::StoreSession(session)];
                self.errors.clear();
                if change_required {
                    self.step = Step::ChangePassword;
                } else {
                    self.password.clear();
                    self.new_password.clear();
                    self.session_expired = false;
                    effects.push(Effect::Navigate(Destination::PrivateSpace));
                }
                effects
            }
            Ok(_) => {
                self.errors
                    .set_failure(ApiError::Unavailable { status: 200 });
                vec![]
            }
            Err(error) => {
                match error.code() {
                    Some(ErrorCode::InvalidCredentials) => self.password.clear(),
                    Some(ErrorCode::SlowDown) => {
                        if let ApiError::Problem(p) = &error {
                            self.retry_at = p.retry_after.map(|s| now + seconds(s));
                        }
                    }
                    Some(ErrorCode::SessionExpired) if self.step == Step::ChangePassword => {
                        self.step = Step::Credentials;
                        self.password.clear();
                        self.errors.set_failure(error);
                        return vec![Effect::ClearSession];
                    }
                    _ => {}
                }
                // Field errors of a refused new password belong to the new-password field.
                if let ApiError::Problem(p) = &error
                    && p.code == ErrorCode::PasswordTooWeak
                {
                    let fields = p
                        .errors
                        .iter()
                        .map(|e| FieldError::new("new_password", e.code))
                        .collect::<Vec<_>>();
                    if !fields.is_empty() {
                        self.errors.set_fields(fields);
                        return vec![];
                    }
                }
                self.errors.set_failure(error);
                vec![]
            }
        }
    }
}
