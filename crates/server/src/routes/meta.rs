//! Health, the OpenAPI document and the terms of use.

use crate::db::Db;
use crate::errors::problem_response;
use crate::extract::RequestLang;
use crate::messages::Lang;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use macnss_api::types::{TermsQuery, TermsResponse};
use macnss_api::{ErrorCode, Problem};

/// Liveness and database readiness.
pub async fn healthz(State(db): State<Db>) -> Response {
    let ok = db
        .call(|conn| -> Result<i64, crate::db::DbError> {
            Ok(conn.query_row("SELECT 1", [], |r| r.get(0))?)
        })
        .await
        .is_ok();
    if ok {
        "ok".into_response()
    } else {
        problem_response(&Problem::new(ErrorCode::ServiceUnavailable))
    }
}

/// This document.
pub async fn openapi_json() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        crate::openapi::document_json(),
    )
}

/// The current terms of use (CGU), in the requested language.
pub async fn terms(
    RequestLang(lang): RequestLang,
    Query(q): Query<TermsQuery>,
) -> Json<TermsResponse> {
    let lang = q.lang.as_deref().and_then(Lang::from_tag).unwrap_or(lang);
    Json(TermsResponse {
        version: crate::terms::CURRENT_VERSION.to_owned(),
        language: lang.tag().to_owned(),
        text: crate::terms::text(lang).to_owned(),
    })
}
