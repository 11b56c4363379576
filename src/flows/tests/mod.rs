//! Unit tests of the flows: build a state, send an event, assert on the new state and the
//! effects. No UI, no network.

mod account;
mod attestations;
mod model;
mod recovery;
mod remote;
mod sign_in;
mod sign_up;
mod space;

use super::ApiError;
use chrono::{DateTime, TimeZone, Utc};
use macnss_api::types::*;
use macnss_api::{ErrorCode, Problem};

/// 10:00 UTC on 26 November 2026 (11:00 in Casablanca).
pub(super) fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 10, 0, 0)
        .single()
        .expect("valid instant")
}

pub(super) fn problem(code: ErrorCode) -> ApiError {
    ApiError::Problem(Problem::new(code))
}

/// Every way a request can fail, for the table tests.
pub(super) fn every_failure() -> Vec<ApiError> {
    let mut all: Vec<ApiError> = ErrorCode::ALL.iter().map(|c| problem(*c)).collect();
    all.extend([
        ApiError::Offline,
        ApiError::Timeout,
        ApiError::Unavailable { status: 503 },
    ]);
    all
}

pub(super) fn profile() -> Profile {
    Profile {
        account_id: "123456789".into(),
        kind: AccountKind::Insured,
        first_name: "Amina".into(),
        last_name: "Benali".into(),
        regime: Some(Regime::General),
        insured_id: None,
    }
}

pub(super) fn session(change_required: bool) -> SessionResponse {
    SessionResponse {
        access_token: Token::new("access"),
        refresh_token: Token::new("refresh"),
        access_expires_in: 900,
        password_change_required: change_required,
        profile: profile(),
    }
}

pub(super) fn code_sent(resend_in: u64) -> CodeSentResponse {
    CodeSentResponse {
        channel: Channel::Sms,
        masked_destination: "06 •• •• •• 78".into(),
        expires_in: 600,
        resend_in,
    }
}
