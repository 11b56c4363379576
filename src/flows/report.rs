//! Reporting a month missing from the career («signaler une déclaration manquante»): the
//! employer and the month, prefilled from the gap or the benefit that led here. The server
//! checks the employer and the month against the career; the device checks what it can.

use super::form::FormErrors;
use super::{ApiError, Effect, Request, Response, SendKey};
use macnss_api::records::{Report, ReportRequest, YearMonth};
use macnss_api::{FieldError, ValidationError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Employer,
    Month,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Edit(Field, String),
    Submit,
    Retry,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportForm {
    pub employer_id: String,
    /// `YYYY-MM`, as the month picker gives it.
    pub month: String,
    pub errors: FormErrors,
    pub pending: bool,
    /// Submitted: the report with its reference.
    pub sent: Option<Report>,
    sends: u32,
    failed_request: Option<Request>,
    /// A unique id of this form, the scope of its idempotency keys (a new form is a new
    /// report, never a replay of the last one).
    scope: String,
}

impl ReportForm {
    /// A form prefilled with a month and an employer when known; `scope` is unique to it.
    pub fn new(scope: String, employer_id: Option<String>, month: Option<YearMonth>) -> Self {
        Self {
            employer_id: employer_id.unwrap_or_default(),
            month: month.map(|m| m.to_string()).unwrap_or_default(),
            errors: FormErrors::default(),
            pending: false,
            sent: None,
            sends: 0,
            failed_request: None,
            scope,
        }
    }

    pub fn update(&mut self, event: Event) -> Vec<Effect> {
        if self.pending && !matches!(event, Event::Edit(..)) {
            return vec![];
        }
        match event {
            Event::Edit(field, value) => {
                match field {
                    Field::Employer => self.employer_id = value,
                    Field::Month => self.month = value,
                }
                vec![]
            }
            Event::Submit if self.sent.is_none() => {
                let mut fields = vec![];
                if self.employer_id.is_empty() {
                    fields.push(FieldError::new("employer_id", ValidationError::Required));
                }
                let month = if self.month.is_empty() {
                    fields.push(FieldError::new("month", ValidationError::Required));
                    None
                } else {
                    let parsed = self.month.parse::<YearMonth>().ok();
                    if parsed.is_none() {
                        fields.push(FieldError::new("month", ValidationError::DateInvalid));
                    }
                    parsed
                };
                let (Some(month), true) = (month, fields.is_empty()) else {
                    self.errors.set_fields(fields);
                    return vec![];
                };
                self.sends += 1;
                let key = SendKey::new(
                    &self.scope,
                    self.sends,
                    &format!("{}.{}", self.employer_id, self.month),
                );
                self.send(Request::CreateReport(
                    ReportRequest {
                        employer_id: self.employer_id.clone(),
                        month,
                    },
                    key,
                ))
            }
            Event::Submit => vec![],
            Event::Retry => match self.failed_request.take() {
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
        }
    }

    fn send(&mut self, request: Request) -> Vec<Effect> {
        self.errors.clear();
        self.pending = true;
        self.failed_request = Some(request.clone());
        vec![Effect::Send(request)]
    }

    /// The answer: `Some(report)` once submitted, for the list of reports.
    pub fn answered(&mut self, result: Result<Response, ApiError>) -> Option<Report> {
        if !std::mem::take(&mut self.pending) {
            return None;
        }
        if !matches!(&result, Err(e) if e.is_retryable()) {
            self.failed_request = None;
        }
        match result {
            Ok(Response::Report(report)) => {
                self.sent = Some(report.clone());
                Some(report)
            }
            Ok(_) => {
                self.errors
                    .set_failure(ApiError::Unavailable { status: 200 });
                None
            }
            Err(error) => {
                self.errors.set_failure(error);
                None
            }
        }
    }
}
