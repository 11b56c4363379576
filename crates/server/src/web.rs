//! Serving the built web app at `/` (same origin as the API) when `--web-dir` exists, the way
//! a browser on mobile data expects it:
//!
//! - **Precompressed**: `file.br` or `file.gz` next to a file (written by `scripts/build-web`)
//!   is sent for an `Accept-Encoding` that takes it (brotli first), with `Content-Encoding` and
//!   `Vary: Accept-Encoding`; nothing is compressed per request.
//! - **Cached by name**: a file whose name carries dx's content hash (`…-dxh<hex>.wasm`) never
//!   changes: `Cache-Control: public, max-age=31536000, immutable`. Everything else —
//!   `index.html` first, which names the hashed files of the build — is `no-cache`: the
//!   browser asks every time, and a new build is seen at once.
//! - **Validated**: a strong `ETag` per file and encoding (a hash of the file's bytes, kept
//!   while its size and time are unchanged); `If-None-Match` answers `304` with no body.
//! - The single-page-app fallback: an unknown path is `index.html` (a deep link); every other
//!   unknown path under the API's prefixes is a `not_found` problem.

use crate::app::AppState;
use crate::errors::problem_response;
use crate::routes::dev;
use axum::extract::{Request, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_ENCODING, ETAG, HeaderValue, IF_NONE_MATCH, VARY};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use macnss_api::operations::{Healthz, OpenApi, Operation};
use macnss_api::{ErrorCode, Problem, routes};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::SystemTime;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// A year: what a content-hashed file may be kept for.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Ask the server every time (with the `ETag`, so an unchanged file costs a `304`).
pub const REVALIDATE: &str = "no-cache";

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
            serve(dir, req).await
        }
        _ => problem_response(&Problem::new(ErrorCode::NotFound)),
    }
}

async fn serve(dir: &Path, req: Request) -> Response {
    // A percent-encoded path is decoded by `ServeDir`, not here: the file it names is not known
    // for sure, so it gets no tag and no long cache (dx's names never need encoding).
    let encoded = req.uri().path().contains('%');
    let file = served_file(dir, req.uri().path());
    let if_none_match = req.headers().get(IF_NONE_MATCH).cloned();
    let spa = ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(
            ServeFile::new(dir.join("index.html"))
                .precompressed_br()
                .precompressed_gzip(),
        );
    let mut res = match spa.oneshot(req).await {
        Ok(res) => res.into_response(),
        Err(e) => match e {},
    };
    if !res.status().is_success() {
        return res;
    }
    let cache = if is_content_hashed(&file) && !encoded {
        IMMUTABLE
    } else {
        REVALIDATE
    };
    res.headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static(cache));
    // The answer depends on `Accept-Encoding` (a cache must not give brotli to a browser
    // that did not ask for it).
    res.headers_mut()
        .insert(VARY, HeaderValue::from_static("accept-encoding"));
    let encoding = res
        .headers()
        .get(CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let Some(tag) = etag(&file, encoding.as_deref()).filter(|_| !encoded) else {
        return res;
    };
    let Ok(tag_value) = HeaderValue::from_str(&tag) else {
        return res;
    };
    if if_none_match.is_some_and(|v| matches(&v, &tag)) {
        let mut not_modified = StatusCode::NOT_MODIFIED.into_response();
        let headers = not_modified.headers_mut();
        headers.insert(ETAG, tag_value);
        headers.insert(CACHE_CONTROL, HeaderValue::from_static(cache));
        for name in [VARY, CONTENT_ENCODING] {
            if let Some(v) = res.headers().get(&name) {
                headers.insert(name, v.clone());
            }
        }
        return not_modified;
    }
    res.headers_mut().insert(ETAG, tag_value);
    res
}

/// The file a path is answered with: the file itself when it exists under `dir` (no `..`, no
/// absolute part), else `index.html` (the single-page-app fallback).
fn served_file(dir: &Path, uri_path: &str) -> PathBuf {
    let rel = Path::new(uri_path.trim_start_matches('/'));
    let plain = rel.components().all(|c| matches!(c, Component::Normal(_)));
    let candidate = dir.join(rel);
    if plain && !uri_path.contains('%') && !rel.as_os_str().is_empty() && candidate.is_file() {
        candidate
    } else {
        dir.join("index.html")
    }
}

/// dx names a bundled asset after its content: `name-dxh<hex digits>.ext` (a 64-bit hash,
/// printed without leading zeros: 8 digits at least here).
pub fn is_content_hashed(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    name.split("-dxh").nth(1).is_some_and(|rest| {
        let hex: String = rest.chars().take_while(char::is_ascii_hexdigit).collect();
        hex.len() >= 8 && rest[hex.len()..].starts_with('.')
    })
}

/// Whether an `If-None-Match` value names `tag` (or is `*`).
fn matches(value: &HeaderValue, tag: &str) -> bool {
    value.to_str().is_ok_and(|v| {
        v.split(',')
            .map(|t| t.trim().trim_start_matches("W/"))
            .any(|t| t == tag || t == "*")
    })
}

type Stamp = (SystemTime, u64);

/// The hashes of the files served, kept while their size and modification time stay.
fn hashes() -> &'static Mutex<HashMap<PathBuf, (Stamp, String)>> {
    static HASHES: OnceLock<Mutex<HashMap<PathBuf, (Stamp, String)>>> = OnceLock::new();
    HASHES.get_or_init(Mutex::default)
}

/// The strong `ETag` of `file` as sent with `encoding`: the first 128 bits of the SHA-256 of
/// its bytes, then the encoding (each representation has its own tag).
fn etag(file: &Path, encoding: Option<&str>) -> Option<String> {
    let meta = std::fs::metadata(file).ok()?;
    let stamp = (meta.modified().ok()?, meta.len());
    let known = hashes()
        .lock()
        .ok()?
        .get(file)
        .filter(|(s, _)| *s == stamp)
        .map(|(_, h)| h.clone());
    let hash = match known {
        Some(h) => h,
        None => {
            let bytes = std::fs::read(file).ok()?;
            let digest = Sha256::digest(&bytes);
            let h: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
            hashes()
                .lock()
                .ok()?
                .insert(file.to_owned(), (stamp, h.clone()));
            h
        }
    };
    Some(match encoding {
        Some(e) => format!("\"{hash}-{e}\""),
        None => format!("\"{hash}\""),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_dx_s_content_hashed_names_are_immutable() {
        for hashed in [
            "assets/macnss_bg-dxh9f3c2a1b4d5e6f70.wasm",
            "assets/main-dxhabcdef0123456789.css",
            "assets/macnss-dxh0123456789abcdef01.js",
            "assets/macnss-dxh2aa31873b74e168.js",
        ] {
            assert!(is_content_hashed(Path::new(hashed)), "{hashed}");
        }
        for plain in [
            "index.html",
            "assets/main.css",
            "assets/main-dxh1234567.css",
            "assets/main-dxhabcdef0123456789",
            "assets/x-dxhzzzzzzzzzzzzzzzz.js",
        ] {
            assert!(!is_content_hashed(Path::new(plain)), "{plain}");
        }
    }

    #[test]
    fn an_if_none_match_list_is_read_as_the_rfc_says() {
        let tag = "\"abc-br\"";
        for yes in ["\"abc-br\"", "\"x\", \"abc-br\"", "W/\"abc-br\"", "*"] {
            assert!(matches(&HeaderValue::from_static(yes), tag), "{yes}");
        }
        for no in ["\"abc\"", "\"abc-gzip\"", ""] {
            assert!(!matches(&HeaderValue::from_static(no), tag), "{no}");
        }
    }

    #[test]
    fn a_path_outside_the_directory_is_answered_with_the_page() {
        let dir = std::env::temp_dir().join(format!("macnss-web-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("assets")).expect("dir");
        std::fs::write(dir.join("assets/a.js"), "x").expect("file");
        assert_eq!(served_file(&dir, "/assets/a.js"), dir.join("assets/a.js"));
        for other in [
            "/",
            "/espace/compte",
            "/../etc/passwd",
            "/assets/%2e%2e/a.js",
            "/assets",
        ] {
            assert_eq!(served_file(&dir, other), dir.join("index.html"), "{other}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
