//! «Mot de passe oublié»: identifier or CNIE («Continuer») → e-mail or SMS → the code
//! («Valider») → a new password → back to sign-in.

use super::form::{CodeStatus, FormErrors, apply_retry_after};
use super::{ApiError, Destination, Effect, Request, Response, ResumeFlow, ResumePoint, SendKey};
use chrono::{DateTime, Utc};
use macnss_api::ErrorCode;
use macnss_api::FieldError;
use macnss_api::types::*;
use macnss_api::validate::{
    RecoveryIdentifier, check_new_password, is_top_common_password, parse_recovery_identifier,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Identifier,
    Channel,
    Code,
    NewPassword,
    Done,
}

impl Step {
    pub fn position(self) -> (u8, u8) {
        let n = match self {
            Step::Identifier => 1,
            Step::Channel => 2,
            Step::Code => 3,
            Step::NewPassword => 4,
            Step::Done => 5,
        };
        (n, 5)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Identifier,
    Code,
    NewPassword,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Edit(Field, String),
    ChooseChannel(Channel),
    ToggleShowPassword,
    Submit,
    Resend,
    /// From the code step: choose the other channel.
    ChangeChannel,
    Back,
    /// From the last step: on to sign-in.
    GoToSignIn,
    /// «Réessayer»: the request that failed, again (same body, same idempotency key).
    Retry,
    Response(Result<Response, ApiError>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    Start,
    Send,
    Verify,
    Complete,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    pub step: Step,
    pub identifier: String,
    pub channel: Option<Channel>,
    pub code: String,
    pub new_password: String,
    pub show_password: bool,
    pub errors: FormErrors,
    pub pending: Option<Pending>,
    pub recovery_id: Option<String>,
    pub channels: Vec<RecoveryChannel>,
    pub code_status: Option<CodeStatus>,
    reset_token: Option<Token>,
    /// Codes sent so far in this recovery: part of each send's idempotency key.
    pub codes_sent: u32,
    /// The last request that failed, which «Réessayer» repeats.
    pub failed_request: Option<Request>,
}

impl Recovery {
    pub fn new(identifier: Option<String>) -> Self {
        Self {
            step: Step::Identifier,
            identifier: identifier.unwrap_or_default(),
            channel: None,
            code: String::new(),
            new_password: String::new(),
            show_password: false,
            errors: FormErrors::default(),
            pending: None,
            recovery_id: None,
            channels: Vec::new(),
            code_status: None,
            reset_token: None,
            codes_sent: 0,
            failed_request: None,
        }
    }

    /// Reopens the code step after the OS killed the app, unless the code has expired.
    pub fn resumed(point: &ResumePoint, now: DateTime<Utc>) -> Option<Self> {
        (point.flow == ResumeFlow::Recovery && now < point.code_expires_at).then(|| Self {
            step: Step::Code,
            channel: Some(point.channel),
            recovery_id: Some(point.transaction_id.clone()),
            code_status: Some(CodeStatus {
                masked_destination: point.masked_destination.clone(),
                expires_at: point.code_expires_at,
                resend_at: point.resend_at,
            }),
            codes_sent: point.sends,
            ..Self::new(None)
        })
    }

    pub fn update(&mut self, event: Event, now: DateTime<Utc>) -> Vec<Effect> {
        use Event::*;
        if self.pending.is_some() && !matches!(event, Response(_) | Edit(..) | ToggleShowPassword) {
            return vec![];
        }
        match (self.step, event) {
            (_, Edit(field, value)) => {
                *match field {
                    Field::Identifier => &mut self.identifier,
                    Field::Code => &mut self.code,
                    Field::NewPassword => &mut self.new_password,
                } = value;
                vec![]
            }
            (_, ToggleShowPassword) => {
                self.show_password = !self.show_password;
                vec![]
            }
            (Step::Identifier, Submit) => {
                let request = RecoveryStartRequest {
                    identifier: self.identifier.clone(),
                };
                if let Err(errors) = request.validate() {
                    self.errors.set_fields(errors);
                    return vec![];
                }
                self.send(Pending::Start, Request::RecoveryStart(request))
            }
            (Step::Channel, ChooseChannel(channel)) => {
                self.channel = Some(channel);
                vec![]
            }
            (Step::Channel, Submit) => match (self.recovery_id.clone(), self.channel) {
                (Some(recovery_id), Some(channel)) => {
                    let key = SendKey::new(&recovery_id, self.codes_sent, channel_name(channel));
                    self.send(
                        Pending::Send,
                        Request::RecoverySend(
                            RecoverySendRequest {
                                recovery_id,
                                channel,
                            },
                            key,
                        ),
                    )
                }
                (Some(_), None) => {
                    self.errors.set_fields(vec![FieldError::new(
                        "channel",
                        macnss_api::ValidationError::Required,
                    )]);
                    vec![]
                }
                (None, _) => self.restart(None),
            },
            (Step::Code, Submit) => {
                let Some(recovery_id) = self.recovery_id.clone() else {
                    return self.restart(None);
                };
                let request = RecoveryVerifyRequest {
                    recovery_id,
                    code: self.code.clone(),
                };
                if let Err(errors) = request.validate() {
                    self.errors.set_fields(errors);
                    return vec![];
                }
                self.send(Pending::Verify, Request::RecoveryVerify(request))
            }
            (Step::Code, Resend) => match (&self.recovery_id, self.channel, &self.code_status) {
                (Some(id), Some(channel), Some(status)) if status.can_resend(now) => {
                    let request = RecoverySendRequest {
                        recovery_id: id.clone(),
                        channel,
                    };
                    let key = SendKey::new(id, self.codes_sent, channel_name(channel));
                    self.send(Pending::Send, Request::RecoverySend(request, key))
                }
                _ => vec![],
            },
            (Step::Code, ChangeChannel) | (Step::Code, Back) => {
                self.code.clear();
                self.errors.clear();
                self.step = if self.channels.is_empty() {
                    Step::Identifier
                } else {
                    Step::Channel
                };
                vec![]
            }
            (Step::NewPassword, Submit) => {
                let account = match parse_recovery_identifier(&self.identifier) {
                    Ok(RecoveryIdentifier::Account(a)) => Some(a),
                    _ => None,
                };
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
                let Some(reset_token) = self.reset_token.clone() else {
                    return self.restart(None);
                };
                let request = RecoveryCompleteRequest {
                    reset_token,
                    new_password: self.new_password.clone(),
                };
                self.send(Pending::Complete, Request::RecoveryComplete(request))
            }
            (Step::Identifier, Back)
            | (Step::NewPassword, Back)
            | (Step::Done, GoToSignIn)
            | (Step::Done, Back) => {
                vec![Effect::Navigate(Destination::SignIn {
                    identifier: self.sign_in_identifier(),
                })]
            }
            (Step::Channel, Back) => {
                self.errors.clear();
                self.step = Step::Identifier;
                vec![]
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
                        Request::RecoveryStart(_) => Pending::Start,
                        Request::RecoverySend(..) => Pending::Send,
                        Request::RecoveryVerify(_) => Pending::Verify,
                        _ => Pending::Complete,
                    };
                    self.send(pending, request)
                }
                other => {
                    self.failed_request = other;
                    vec![]
                }
            },
            (_, Response(result)) => self.on_response(result, now),
            _ => vec![],
        }
    }

    /// Sends `request`, remembered until it succeeds so that «Réessayer» repeats it.
    fn send(&mut self, pending: Pending, request: Request) -> Vec<Effect> {
        self.errors.clear();
        self.pending = Some(pending);
        self.failed_request = Some(request.clone());
        vec![Effect::Send(request)]
    }

    /// The identifier to prefill on sign-in: only an account number, never a CNIE.
    fn sign_in_identifier(&self) -> Option<String> {
        match parse_recovery_identifier(&self.identifier) {
            Ok(RecoveryIdentifier::Account(a)) => Some(a.as_str().to_owned()),
            _ => None,
        }
    }

    fn restart(&mut self, error: Option<ApiError>) -> Vec<Effect> {
        self.step = Step::Identifier;
        self.recovery_id = None;
        self.channels.clear();
        self.code_status = None;
        self.reset_token = None;
        self.code.clear();
        match error {
            Some(e) => self.errors.set_failure(e),
            None => self.errors.clear(),
        }
        vec![Effect::ClearResume]
    }

    fn on_response(
        &mut self,
        result: Result<Response, ApiError>,
        now: DateTime<Utc>,
    ) -> Vec<Effect> {
        let Some(pending) = self.pending.take() else {
            return vec![];
        };
        // Only a failure worth retrying keeps its request (and the values it carries).
        if !matches!(&result, Err(e) if e.is_retryable()) {
            self.failed_request = None;
        }
        match (pending, result) {
            (Pending::Start, Ok(Response::RecoveryStarted(r))) => {
                self.recovery_id = Some(r.recovery_id);
                self.channel = r.channels.first().map(|c| c.channel);
                self.channels = r.channels;
                self.step = Step::Channel;
                vec![]
            }
            (Pending::Send, Ok(Response::CodeSent(r))) => {
                let status = CodeStatus::from_response(&r, now);
                self.codes_sent += 1;
                let point = ResumePoint {
                    flow: ResumeFlow::Recovery,
                    transaction_id: self.recovery_id.clone().unwrap_or_default(),
                    masked_destination: status.masked_destination.clone(),
                    channel: r.channel,
                    code_expires_at: status.expires_at,
                    resend_at: status.resend_at,
                    sends: self.codes_sent,
                };
                self.code_status = Some(status);
                self.step = Step::Code;
                vec![Effect::SaveResume(point)]
            }
            (Pending::Verify, Ok(Response::RecoveryVerified(r))) => {
                self.reset_token = Some(r.reset_token);
                self.code.clear();
                self.step = Step::NewPassword;
                vec![Effect::ClearResume]
            }
            (Pending::Complete, Ok(Response::Done)) => {
                self.reset_token = None;
                self.new_password.clear();
                self.step = Step::Done;
                vec![]
            }
            (_, Ok(_)) => {
                self.errors
                    .set_failure(ApiError::Unavailable { status: 200 });
                vec![]
            }
            (_, Err(error)) => {
                if error.code() == Some(ErrorCode::TransactionExpired) {
                    return self.restart(Some(error));
                }
                if let ApiError::Problem(p) = &error
                    && p.code == ErrorCode::PasswordTooWeak
                    && !p.errors.is_empty()
                {
                    let fields = p
                        .errors
                        .iter()
                        .map(|e| FieldError::new("new_password", e.code))
                        .collect();
                    self.errors.set_fields(fields);
                    return vec![];
                }
                apply_retry_after(&mut self.code_status, &error, now);
                self.errors.set_failure(error);
                vec![]
            }
        }
    }
}

fn channel_name(channel: Channel) -> &'static str {
    match channel {
        Channel::Sms => "sms",
        Channel::Email => "email",
    }
}
