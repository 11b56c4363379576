//! The HTTP transport under [`super::api::HttpApi`]: one request out (method, URL, headers,
//! a [`Body`] already serialised: JSON, or a file with its media type), one [`Answer`] back (status, `Retry-After`, body bytes),
//! or the [`ApiError`] of a request that never got an answer.
//!
//! Native builds use reqwest (rustls, connect and request timeouts). The web build calls the
//! browser's `fetch` directly: reqwest's wasm back end is itself a wrapper over `fetch`, and
//! it brought the `http` crate and its own request types into the download (BENCHMARKS.md,
//! tuning log), while ignoring timeouts. Here the request timeout holds on the web too,
//! through an `AbortController`, so a stalled connection ends in [`ApiError::Timeout`] and
//! the screen's way forward instead of a spinner that never stops.

use crate::flows::ApiError;
use std::time::Duration;

/// What the server answered.
pub struct Answer {
    pub status: u16,
    /// `Retry-After` in seconds, when the answer carries one.
    pub retry_after: Option<u64>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// A request body, serialised, with its media type; a file's larger upload gets a longer
/// timeout than the client's (a photo on a slow network).
pub struct Body {
    pub bytes: Vec<u8>,
    pub content_type: &'static str,
    pub timeout: Option<Duration>,
}

impl Body {
    /// The same body, for a retry.
    pub fn again(&self) -> Self {
        Self {
            bytes: self.bytes.clone(),
            content_type: self.content_type,
            timeout: self.timeout,
        }
    }

    pub fn json(bytes: Vec<u8>) -> Self {
        Self {
            bytes,
            content_type: "application/json",
            timeout: None,
        }
    }

    /// A file: the client's request timeout plus one second per 16 KiB (128 kbit/s, a poor
    /// mobile link), so a 5 MB certificate is not cut off where a JSON request would be.
    pub fn file(bytes: Vec<u8>, content_type: &'static str, base: Duration) -> Self {
        let extra = Duration::from_secs((bytes.len() as u64).div_ceil(16 * 1024));
        Self {
            bytes,
            content_type,
            timeout: Some(base + extra),
        }
    }
}

/// The HTTP methods the contract uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
}

/// Reads a `Retry-After` value given in seconds (the server never sends an HTTP date).
fn retry_after_seconds(value: Option<&str>) -> Option<u64> {
    value.and_then(|v| v.trim().parse().ok())
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::Transport;
#[cfg(target_arch = "wasm32")]
pub use web::Transport;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{Answer, ApiError, Body, Duration, Method, retry_after_seconds};

    /// reqwest with the client's timeouts.
    pub struct Transport {
        client: reqwest::Client,
    }

    impl Transport {
        /// Fails when the client cannot be built as asked (its TLS back end): never a
        /// default client without the timeouts or the https-only rule.
        pub fn new(
            connect: Duration,
            request: Duration,
            https_only: bool,
        ) -> Result<Self, reqwest::Error> {
            let client = reqwest::Client::builder()
                .connect_timeout(connect)
                .timeout(request)
                .https_only(https_only)
                .build()?;
            Ok(Self { client })
        }

        pub async fn send(
            &self,
            method: Method,
            url: &str,
            headers: &[(&str, String)],
            body: Option<Body>,
        ) -> Result<Answer, ApiError> {
            let mut request = match method {
                Method::Get => self.client.get(url),
                Method::Post => self.client.post(url),
            };
            for (name, value) in headers {
                request = request.header(*name, value);
            }
            if let Some(body) = body {
                if let Some(timeout) = body.timeout {
                    request = request.timeout(timeout);
                }
                request = request
                    .header("content-type", body.content_type)
                    .body(body.bytes);
            }
            let response = request.send().await.map_err(network_error)?;
            let status = response.status().as_u16();
            let retry_after = retry_after_seconds(
                response
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.to_str().ok()),
            );
            let body = response.bytes().await.map_err(network_error)?.to_vec();
            Ok(Answer {
                status,
                retry_after,
                body,
            })
        }
    }

    /// Timeouts and the rest (no route, refused, reset) are told apart.
    fn network_error(e: reqwest::Error) -> ApiError {
        if e.is_timeout() {
            ApiError::Timeout
        } else {
            ApiError::Offline
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::{Answer, ApiError, Body, Duration, Method, retry_after_seconds};
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    /// The browser's `fetch`, aborted after the request timeout. The connect timeout has no
    /// equivalent in `fetch`; the request timeout covers it.
    pub struct Transport {
        request: Duration,
    }

    impl Transport {
        /// Never fails: `fetch` needs no building (the `Result` matches the native client).
        pub fn new(
            _connect: Duration,
            request: Duration,
            _https_only: bool,
        ) -> Result<Self, std::convert::Infallible> {
            Ok(Self { request })
        }

        pub async fn send(
            &self,
            method: Method,
            url: &str,
            headers: &[(&str, String)],
            body: Option<Body>,
        ) -> Result<Answer, ApiError> {
            let mut timeout = self.request;
            let window = web_sys::window().ok_or(ApiError::Offline)?;
            let init = web_sys::RequestInit::new();
            init.set_method(match method {
                Method::Get => "GET",
                Method::Post => "POST",
            });
            let request_headers = web_sys::Headers::new().map_err(|_| ApiError::Offline)?;
            for (name, value) in headers {
                request_headers
                    .set(name, value)
                    .map_err(|_| ApiError::Offline)?;
            }
            if let Some(body) = body {
                request_headers
                    .set("content-type", body.content_type)
                    .map_err(|_| ApiError::Offline)?;
                init.set_body(&js_sys::Uint8Array::from(body.bytes.as_slice()).into());
                timeout = body.timeout.unwrap_or(timeout);
            }
            init.set_headers(&request_headers.into());

            let controller = web_sys::AbortController::new().map_err(|_| ApiError::Offline)?;
            init.set_signal(Some(&controller.signal()));
            let timed_out = Rc::new(Cell::new(false));
            let millis = u32::try_from(timeout.as_millis()).unwrap_or(u32::MAX);
            // Dropped (and so cleared) when this function returns, answered or not.
            let _deadline = {
                let timed_out = timed_out.clone();
                gloo_timers::callback::Timeout::new(millis, move || {
                    timed_out.set(true);
                    controller.abort();
                })
            };
            let failed = |_: JsValue| {
                if timed_out.get() {
                    ApiError::Timeout
                } else {
                    ApiError::Offline
                }
            };

            let response: web_sys::Response =
                JsFuture::from(window.fetch_with_str_and_init(url, &init))
                    .await
                    .map_err(failed)?
                    .dyn_into()
                    .map_err(failed)?;
            let status = response.status();
            let retry_after = retry_after_seconds(
                response
                    .headers()
                    .get("retry-after")
                    .ok()
                    .flatten()
                    .as_deref(),
            );
            let buffer = JsFuture::from(response.array_buffer().map_err(failed)?)
                .await
                .map_err(failed)?;
            Ok(Answer {
                status,
                retry_after,
                body: js_sys::Uint8Array::new(&buffer).to_vec(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_is_read_in_seconds_only() {
        assert_eq!(retry_after_seconds(Some("30")), Some(30));
        assert_eq!(retry_after_seconds(Some(" 5 ")), Some(5));
        assert_eq!(
            retry_after_seconds(Some("Wed, 21 Oct 2026 07:28:00 GMT")),
            None
        );
        assert_eq!(retry_after_seconds(Some("-1")), None);
        assert_eq!(retry_after_seconds(None), None);
    }

    #[test]
    fn success_is_any_2xx() {
        let answer = |status| Answer {
            status,
            retry_after: None,
            body: Vec::new(),
        };
        assert!(answer(200).is_success());
        assert!(answer(204).is_success());
        assert!(!answer(199).is_success());
        assert!(!answer(300).is_success());
        assert!(!answer(429).is_success());
    }
}
