//! What every form step shares: the per-field errors, the screen-level failure, the three
//! numeric date fields, and the code-step countdown with absolute deadlines.

use super::ApiError;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use macnss_api::types::CodeSentResponse;
use macnss_api::{ErrorCode, FieldError, ValidationError};

/// Errors shown on a form: one message per refused field, and at most one for the screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormErrors {
    pub fields: Vec<FieldError>,
    pub failure: Option<ApiError>,
}

impl FormErrors {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.failure.is_none()
    }

    pub fn field(&self, name: &str) -> Option<ValidationError> {
        self.fields.iter().find(|e| e.field == name).map(|e| e.code)
    }

    pub fn clear(&mut self) {
        self.fields.clear();
        self.failure = None;
    }

    pub fn set_fields(&mut self, fields: Vec<FieldError>) {
        self.fields = fields;
        self.failure = None;
    }

    /// Shows a failed request: the server's field errors beside their fields, anything else
    /// at the top of the screen.
    pub fn set_failure(&mut self, error: ApiError) {
        match &error {
            ApiError::Problem(p)
                if matches!(
                    p.code,
                    ErrorCode::ValidationFailed | ErrorCode::PasswordTooWeak
                ) && !p.errors.is_empty() =>
            {
                self.fields = p.errors.clone();
                self.failure = None;
            }
            _ => {
                self.fields.clear();
                self.failure = Some(error);
            }
        }
    }
}

/// A date typed as three numeric fields (day, month, year), kept as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateFields {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateFields {
    /// The date in ISO 8601, as the API wants it, or the reason it is not a date.
    pub fn to_iso(&self) -> Result<String, ValidationError> {
        macnss_api::validate::parse_date_parts(&self.day, &self.month, &self.year)
            .map(|d: NaiveDate| d.format("%Y-%m-%d").to_string())
    }
}

/// Where a code went and its deadlines, as absolute instants: a webview's timers stop while
/// the app is in the background, so countdowns are recomputed from these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeStatus {
    pub masked_destination: String,
    pub expires_at: DateTime<Utc>,
    pub resend_at: DateTime<Utc>,
}

impl CodeStatus {
    pub fn from_response(r: &CodeSentResponse, now: DateTime<Utc>) -> Self {
        Self {
            masked_destination: r.masked_destination.clone(),
            expires_at: now + seconds(r.expires_in),
            resend_at: now + seconds(r.resend_in),
        }
    }

    /// Seconds left before a new code can be asked for (0: now).
    pub fn resend_in(&self, now: DateTime<Utc>) -> u64 {
        u64::try_from((self.resend_at - now).num_seconds().max(0)).unwrap_or(0)
    }

    pub fn can_resend(&self, now: DateTime<Utc>) -> bool {
        now >= self.resend_at
    }

    pub fn is_expired(&self, now: DateTime<Utc>) -> bool {
        now >= self.expires_at
    }
}

pub(crate) fn seconds(s: u64) -> Duration {
    Duration::seconds(i64::try_from(s).unwrap_or(i64::MAX / 1000))
}

/// After a `resend_too_soon` answer the server's clock wins: move the deadline.
pub(crate) fn apply_retry_after(
    status: &mut Option<CodeStatus>,
    error: &ApiError,
    now: DateTime<Utc>,
) {
    if let (Some(status), ApiError::Problem(p)) = (status.as_mut(), error)
        && let Some(retry) = p.retry_after
        && p.code == ErrorCode::ResendTooSoon
    {
        status.resend_at = now + seconds(retry);
    }
}
