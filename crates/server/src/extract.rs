//! Request extractors that answer in problem+json: [`ApiJson`] (axum's JSON extractor with
//! its rejections mapped to `malformed_request` / `payload_too_large`), [`DigestedJson`] (the
//! same, with the SHA-256 of the body as received, which binds an `Idempotency-Key` to its
//! request), [`RawFile`] (a raw body of any bytes, with its SHA-256), [`PathId`] (the one id
//! of a path, refused unless it has the shape of the server's ids), the request's language,
//! the app's version (`x-app-version`, kept with a session) and the `Idempotency-Key` header.

use crate::errors::ApiError;
use crate::messages::Lang;
use axum::body::{Body, Bytes};
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use macnss_api::{ErrorCode, Problem, routes};
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use std::convert::Infallible;

/// A JSON body; any rejection becomes a problem, never a plain-text 4xx.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(Self(v)),
            Err(rejection) => Err(json_rejection(&rejection)),
        }
    }
}

/// The SHA-256 of a request body, byte for byte as received.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyDigest(pub [u8; 32]);

/// A JSON body (as [`ApiJson`]) and the [`BodyDigest`] of its bytes.
pub struct DigestedJson<T>(pub T, pub BodyDigest);

impl<S, T> FromRequest<S> for DigestedJson<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (parts, body) = req.into_parts();
        let headers = parts.headers.clone();
        let bytes = body_bytes(Request::from_parts(parts, body), state).await?;
        let digest = BodyDigest(Sha256::digest(&bytes).into());
        // The same checks and rejections as every other JSON body (content type, syntax,
        // shape), on the bytes already read.
        let mut again = Request::new(Body::from(bytes));
        *again.headers_mut() = headers;
        let ApiJson(value) = ApiJson::<T>::from_request(again, state).await?;
        Ok(Self(value, digest))
    }
}

/// The body as bytes, within the route's body limit: too large → `payload_too_large`.
async fn body_bytes<S: Send + Sync>(req: Request, state: &S) -> Result<Bytes, ApiError> {
    // `Bytes` honours the body limit (`DefaultBodyLimit`), as `Json` does.
    Bytes::from_request(req, state)
        .await
        .map_err(|rejection| -> ApiError {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ErrorCode::PayloadTooLarge.into()
            } else {
                Problem::new(ErrorCode::MalformedRequest)
                    .with_detail("the body could not be read")
                    .into()
            }
        })
}

/// A raw body (a file), any bytes, with the [`BodyDigest`] of exactly those bytes. Its type
/// is for the handler to read from the bytes themselves.
pub struct RawFile(pub Bytes, pub BodyDigest);

impl<S: Send + Sync> FromRequest<S> for RawFile {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = body_bytes(req, state).await?;
        let digest = BodyDigest(Sha256::digest(&bytes).into());
        Ok(Self(bytes, digest))
    }
}

/// The one path parameter of an operation's path (`{claim_id}`, `{child_id}`, …): an id of the
/// shape the server issues, or `400 malformed_request` — nothing else is ever looked up.
#[derive(Debug, Clone)]
pub struct PathId(pub String);

impl<S: Send + Sync> FromRequestParts<S> for PathId {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let malformed = || -> ApiError {
            Problem::new(ErrorCode::MalformedRequest)
                .with_detail("not an id issued by this server (43 base64url characters)")
                .into()
        };
        let axum::extract::Path(id) =
            axum::extract::Path::<String>::from_request_parts(parts, state)
                .await
                .map_err(|_| malformed())?;
        if macnss_api::validate::patterns::is_opaque_id(&id) {
            Ok(Self(id))
        } else {
            Err(malformed())
        }
    }
}

fn json_rejection(rejection: &JsonRejection) -> ApiError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return ErrorCode::PayloadTooLarge.into();
    }
    // The body text says what was wrong (line/column, expected type); it holds no secret
    // value, only the field names and positions.
    let detail = match rejection {
        JsonRejection::JsonDataError(e) => e.body_text(),
        JsonRejection::JsonSyntaxError(_) => "the body is not valid JSON".to_owned(),
        JsonRejection::MissingJsonContentType(_) => {
            "expected Content-Type: application/json".to_owned()
        }
        _ => "the body could not be read".to_owned(),
    };
    Problem::new(ErrorCode::MalformedRequest)
        .with_detail(detail)
        .into()
}

/// The language of the request (`Accept-Language`), French by default.
#[derive(Debug, Clone, Copy)]
pub struct RequestLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for RequestLang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let header = parts
            .headers
            .get(axum::http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        Ok(Self(Lang::from_accept_language(header)))
    }
}

/// The `Idempotency-Key` header, if any (at most 200 visible ASCII characters).
#[derive(Debug, Clone)]
pub struct IdempotencyKey(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for IdempotencyKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        match parts.headers.get(routes::IDEMPOTENCY_KEY_HEADER) {
            None => Ok(Self(None)),
            Some(v) => match v.to_str() {
                Ok(s) if !s.is_empty() && s.len() <= 200 => Ok(Self(Some(s.to_owned()))),
                _ => Err(Problem::new(ErrorCode::MalformedRequest)
                    .with_detail("Idempotency-Key must be 1 to 200 visible ASCII characters")
                    .into()),
            },
        }
    }
}

/// The app's version from `x-app-version`, when it reads as a version (`1.2.3`, at most 32
/// characters); anything else is taken as no version (the version gate has its own reading).
#[derive(Debug, Clone)]
pub struct AppVersion(pub Option<String>);

/// The longest `x-app-version` kept with a session.
const APP_VERSION_MAX: usize = 32;

impl<S: Send + Sync> FromRequestParts<S> for AppVersion {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let version = parts
            .headers
            .get(routes::APP_VERSION_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
            .filter(|v| {
                v.len() <= APP_VERSION_MAX
                    && v.bytes().all(|b| b.is_ascii_graphic())
                    && crate::app::parse_version(v).is_some()
            })
            .map(str::to_owned);
        Ok(Self(version))
    }
}
