//! The HTTP boundary's one error type: every handler returns [`ApiError`], which becomes an
//! RFC 9457 `application/problem+json` response (with `Retry-After` when the problem says when
//! to retry). Internal failures are logged and answered with a bare `internal` problem.

use crate::db::DbError;
use crate::passwords::HashError;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use macnss_api::{ErrorCode, FieldError, PROBLEM_CONTENT_TYPE, Problem};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// An answer the client can act on.
    #[error("{}", .0.code.as_str())]
    Problem(Box<Problem>),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Hash(#[from] HashError),
    /// A fault of the server's own making (a stored record it cannot read, a document it
    /// cannot write): logged, answered `internal`. The text names the fault, never personal
    /// data.
    #[error("{0}")]
    Internal(String),
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Db(DbError::Sqlite(e))
    }
}

impl From<Problem> for ApiError {
    fn from(p: Problem) -> Self {
        Self::Problem(Box::new(p))
    }
}

impl From<ErrorCode> for ApiError {
    fn from(c: ErrorCode) -> Self {
        Self::Problem(Box::new(Problem::new(c)))
    }
}

impl ApiError {
    pub fn code(code: ErrorCode) -> Self {
        code.into()
    }
    pub fn validation(errors: Vec<FieldError>) -> Self {
        Problem::validation(errors).into()
    }
    pub fn internal(what: impl Into<String>) -> Self {
        Self::Internal(what.into())
    }
    pub fn retry(code: ErrorCode, seconds: i64) -> Self {
        Problem::new(code)
            .with_retry_after(u64::try_from(seconds.max(1)).unwrap_or(1))
            .into()
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

/// The response for a problem.
pub fn problem_response(problem: &Problem) -> Response {
    let status = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = serde_json::to_vec(problem).unwrap_or_default();
    let mut res = (status, body).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(PROBLEM_CONTENT_TYPE),
    );
    if let Some(s) = problem.retry_after {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(s));
    }
    res
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match self {
            Self::Problem(p) => problem_response(&p),
            other => {
                tracing::error!(error = %other, "request failed");
                problem_response(&Problem::new(ErrorCode::Internal))
            }
        }
    }
}
