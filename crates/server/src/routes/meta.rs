//! Health, the OpenAPI document and the terms of use.

use crate::db::Db;
use crate::extract::RequestLang;
use crate::messages::Lang;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::IntoResponse;
use macnss_api::types::TermsResponse;
use serde::Deserialize;

/// Liveness and database readiness.
#[utoipa::path(get, path = "/healthz", tag = "meta",
    responses((status = 200, description = "The server and its database answer", body = String),
              (status = 503, description = "The database does not answer", body = String)))]
pub async fn healthz(State(db): State<Db>) -> impl IntoResponse {
    let ok = db
        .call(|conn| -> Result<i64, crate::db::DbError> {
            Ok(conn.query_row("SELECT 1", [], |r| r.get(0))?)
        })
        .await
        .is_ok();
    if ok {
        (axum::http::StatusCode::OK, "ok")
    } else {
        (
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "database unavailable",
        )
    }
}

/// This document.
#[utoipa::path(get, path = "/openapi.json", tag = "meta",
    responses((status = 200, description = "The OpenAPI 3 document of this API")))]
pub async fn openapi_json() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        crate::openapi::document_json(),
    )
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct TermsQuery {
    /// `fr`, `ar` or `en`; defaults to the `Accept-Language` choice.
    pub lang: Option<String>,
}

/// The current terms of use (CGU), in the requested language.
#[utoipa::path(get, path = "/v1/terms", tag = "sign-up", params(TermsQuery),
    responses((status = 200, body = TermsResponse)))]
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
