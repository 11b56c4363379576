//! Attestations: the list, issuing, the PDF, the published keys; the public verification page
//! (`/v/{id}` and the form at `/v/check`); and the demo's revocation and key rotation.
//!
//! The verification page is HTML for people, not an API operation: it is mounted beside the
//! operations, under the per-client limit of the API, and answers only what the document
//! prints. The code a person checks is posted in the body, never put in a URL.

use crate::attestations::{self, Lookup, page};
use crate::auth::FullSession;
use crate::clock::Clock;
use crate::config::Config;
use crate::db::Db;
use crate::errors::{ApiError, ApiResult};
use crate::extract::{DigestedJson, PathId};
use crate::messages::Lang;
use crate::records;
use crate::routes::space::today;
use axum::Json;
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use macnss_api::ErrorCode;
use macnss_api::attestation::{
    Catalog, IssueRequest, Issued, MAX_CODE_LEN, PublishedKeys, verify_code,
};
use macnss_api::operations::{Auth, Input, Method, Nothing, Operation, Output};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// `GET /v1/attestations`.
pub async fn list(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(config): State<Arc<Config>>,
    FullSession(session): FullSession,
) -> ApiResult<Json<Catalog>> {
    let today = today(&clock);
    let synthetic = config.synthetic;
    db.call(move |conn| -> ApiResult<Catalog> {
        let tx = conn.transaction()?;
        let holder = records::holder(&tx, &session.account_id, synthetic, today)?;
        let out = attestations::catalog(&tx, &holder)?;
        tx.commit()?;
        Ok(out)
    })
    .await
    .map(Json)
}

/// `POST /v1/attestations`.
pub async fn issue(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(config): State<Arc<Config>>,
    FullSession(session): FullSession,
    DigestedJson(request, _): DigestedJson<IssueRequest>,
) -> ApiResult<Json<Issued>> {
    let today = today(&clock);
    let now = clock.unix();
    let synthetic = config.synthetic;
    let public_url = config.public_url.clone();
    db.call(move |conn| -> ApiResult<Issued> {
        let tx = conn.transaction()?;
        let holder = records::holder(&tx, &session.account_id, synthetic, today)?;
        let out = attestations::issue(&tx, &holder, &request, today, now, &public_url)?;
        tx.commit()?;
        Ok(out)
    })
    .await
    .map(Json)
}

/// `GET /v1/attestations/{attestation_id}/pdf`.
pub async fn pdf(
    State(db): State<Db>,
    FullSession(session): FullSession,
    PathId(id): PathId,
) -> ApiResult<Response> {
    let bytes = db
        .call(move |conn| -> ApiResult<_> {
            Ok(attestations::pdf_of(conn, &session.account_id, &id)?)
        })
        .await?
        .ok_or(ApiError::code(ErrorCode::NotFound))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf"),
            (header::CACHE_CONTROL, "private, no-store"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"attestation-cnss.pdf\"",
            ),
        ],
        bytes,
    )
        .into_response())
}

/// `GET /.well-known/macnss-attestation-keys.json`.
pub async fn keys(State(db): State<Db>, State(clock): State<Clock>) -> ApiResult<Response> {
    let today = today(&clock);
    let keys: PublishedKeys = db
        .call(move |conn| -> ApiResult<_> { Ok(attestations::published_keys(conn, today)?) })
        .await?;
    // Verifiers may keep it an hour; a new key is published before it signs anything.
    Ok((
        [(header::CACHE_CONTROL, "public, max-age=3600")],
        Json(keys),
    )
        .into_response())
}

/// `?lang=` on the verification page (else `Accept-Language`).
#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    #[serde(default)]
    lang: Option<String>,
}

fn page_lang(query: &PageQuery, headers: &HeaderMap) -> Lang {
    query
        .lang
        .as_deref()
        .and_then(Lang::from_tag)
        .unwrap_or_else(|| {
            Lang::from_accept_language(
                headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok()),
            )
        })
}

fn html(status: StatusCode, body: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            ),
            (header::REFERRER_POLICY, "no-referrer"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        body,
    )
        .into_response()
}

/// `GET /v/check`: the form alone.
pub async fn form_page(Query(query): Query<PageQuery>, headers: HeaderMap) -> Response {
    let lang = page_lang(&query, &headers);
    html(StatusCode::OK, page::html(lang, &page::Outcome::Form, None))
}

/// `GET /v/{id}`: the online check of a document.
pub async fn verify_page(
    State(db): State<Db>,
    Path(id): Path<String>,
    Query(query): Query<PageQuery>,
    headers: HeaderMap,
) -> Response {
    let lang = page_lang(&query, &headers);
    let lookup = if macnss_api::validate::patterns::is_opaque_id(&id) {
        let id = id.clone();
        db.call(move |conn| -> ApiResult<_> { Ok(attestations::by_id(conn, &id)?) })
            .await
    } else {
        Ok(Lookup::Unknown)
    };
    match lookup {
        Ok(lookup) => {
            let status = if lookup == Lookup::Unknown {
                StatusCode::NOT_FOUND
            } else {
                StatusCode::OK
            };
            let shown = (lookup != Lookup::Unknown).then_some(id.as_str());
            html(
                status,
                page::html(lang, &page::Outcome::Lookup(lookup), shown),
            )
        }
        Err(e) => {
            tracing::error!(error = ?e, "verification page");
            html(
                StatusCode::INTERNAL_SERVER_ERROR,
                page::html(lang, &page::Outcome::Form, None),
            )
        }
    }
}

/// The form's body.
#[derive(Debug, Deserialize)]
pub struct CheckForm {
    #[serde(default)]
    code: String,
}

/// `POST /v/check`: a pasted code checked by its signature against the published keys, and,
/// when its document is one of this server's, whether it was revoked.
pub async fn check(
    State(db): State<Db>,
    State(clock): State<Clock>,
    Query(query): Query<PageQuery>,
    headers: HeaderMap,
    Form(form): Form<CheckForm>,
) -> Response {
    let lang = page_lang(&query, &headers);
    let today = today(&clock);
    let code: String = form.code.chars().take(MAX_CODE_LEN + 1).collect();
    let typed = code.clone();
    let checked = db
        .call(move |conn| -> ApiResult<_> {
            let keys = attestations::published_keys(conn, today)?;
            let verdict = verify_code(&code, &keys, None);
            let revoked = match &verdict {
                Ok(s) => matches!(attestations::by_id(conn, &s.id)?, Lookup::Revoked(..)),
                Err(_) => false,
            };
            Ok((verdict, revoked))
        })
        .await;
    match checked {
        Ok((verdict, revoked)) => {
            let status = if verdict.is_ok() {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            html(
                status,
                page::html(lang, &page::Outcome::Checked(verdict, revoked, typed), None),
            )
        }
        Err(e) => {
            tracing::error!(error = ?e, "verification form");
            html(
                StatusCode::INTERNAL_SERVER_ERROR,
                page::html(lang, &page::Outcome::Form, None),
            )
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Demo operations.

/// `POST /dev/attestations/{attestation_id}/revoke`.
pub struct RevokeAttestation;
impl Operation for RevokeAttestation {
    const ID: &'static str = "dev_revoke_attestation";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = "/dev/attestations/{attestation_id}/revoke";
    const TAG: &'static str = "demo";
    const SUMMARY: &'static str =
        "Revokes a document, as CNSS would one issued in error: its page says so.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::NoContent;
    const ANSWER: &'static str = "Revoked";
    const ERRORS: &'static [ErrorCode] = &[ErrorCode::NotFound];
    type Request = Nothing;
    type Response = Nothing;
}

/// `POST /dev/attestation-keys/rotate`.
pub struct RotateAttestationKey;
impl Operation for RotateAttestationKey {
    const ID: &'static str = "dev_rotate_attestation_key";
    const METHOD: Method = Method::Post;
    const PATH: &'static str = "/dev/attestation-keys/rotate";
    const TAG: &'static str = "demo";
    const SUMMARY: &'static str =
        "Retires the signing key and makes another; documents signed before still verify.";
    const AUTH: Auth = Auth::None;
    const INPUT: Input = Input::None;
    const OUTPUT: Output = Output::Json;
    const ANSWER: &'static str = "The new key's id";
    const ERRORS: &'static [ErrorCode] = &[ErrorCode::NotFound];
    type Request = Nothing;
    type Response = Rotated;
}

/// The new signing key.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Rotated {
    pub kid: String,
}

pub async fn revoke(
    State(db): State<Db>,
    State(clock): State<Clock>,
    PathId(id): PathId,
) -> ApiResult<StatusCode> {
    let now = clock.unix();
    let done = db
        .call(move |conn| -> ApiResult<_> { Ok(attestations::revoke(conn, &id, now)?) })
        .await?;
    if done {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ErrorCode::NotFound.into())
    }
}

pub async fn rotate(State(db): State<Db>, State(clock): State<Clock>) -> ApiResult<Json<Rotated>> {
    let today = today(&clock);
    let kid = db
        .call(move |conn| -> ApiResult<_> { Ok(attestations::rotate(conn, today)?) })
        .await?;
    Ok(Json(Rotated { kid }))
}
