//! Serving the built web app at `/` (same origin as the API) when `--web-dir` exists, with the
//! single-page-app fallback to `index.html`; every other unknown path is a `not_found` problem.

use crate::app::AppState;
use crate::errors::problem_response;
use crate::routes::dev;
use axum::extract::{Request, State};
use axum::http::Method;
use axum::response::{IntoResponse, Response};
use macnss_api::operations::{Healthz, OpenApi, Operation};
use macnss_api::{ErrorCode, Problem, routes};
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// The router's fallback.
pub async fn fallback(State(state): State<AppState>, req: Request) -> Response {
    let path = req.uri().path();
    let api = path.starts_with(routes::API_PREFIX)
        || path.starts_with(dev::PREFIX)
        || path == Healthz::PATH
        || path == OpenApi::PATH;
    let dir = state.config.web_dir.as_ref().filter(|d| d.is_dir());
    match dir {
        Some(dir) if !api && matches!(*req.method(), Method::GET | Method::HEAD) => {
            let spa = ServeDir::new(dir).fallback(ServeFile::new(dir.join("index.html")));
            match spa.oneshot(req).await {
                Ok(res) => res.into_response(),
                Err(e) => match e {},
            }
        }
        _ => problem_response(&Problem::new(ErrorCode::NotFound)),
    }
}
