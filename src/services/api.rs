//! The typed HTTP client of the contract: requests serialised to JSON over the platform's
//! [`Transport`] (with timeouts), problem+json turned into [`ApiError`], the access token kept
//! in memory and refreshed on demand (one refresh in flight at a time).

use super::transport::{Answer, Method, Transport};
use crate::flows::{ApiError, Request, Response, SendKey};
use macnss_api::Problem;
use macnss_api::routes;
use macnss_api::types::{RefreshRequest, SessionResponse, TermsResponse, Token};
use serde::Serialize;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

/// A future the client returns (not `Send` on wasm32, where fetch futures are local).
#[cfg(not(target_arch = "wasm32"))]
pub type ApiFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
#[cfg(target_arch = "wasm32")]
pub type ApiFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// The API as the app uses it.
pub trait Api: Send + Sync {
    /// Sends one request of a flow and returns its typed answer.
    fn send(&self, request: Request) -> ApiFuture<'_, Result<Response, ApiError>>;
    /// Installs the tokens of a session (after sign-in or when restored from the keychain).
    fn set_session(&self, session: Option<&SessionResponse>);
    /// The terms of use (CGU) in the current language.
    fn terms(&self) -> ApiFuture<'_, Result<TermsResponse, ApiError>>;
    /// The language of the SMS and e-mails the server sends (`Accept-Language`).
    fn set_language(&self, tag: &str);
    /// Refreshes the session with the refresh token; parallel callers share one request.
    fn refresh(&self, refresh_token: Token) -> ApiFuture<'_, Result<SessionResponse, ApiError>>;
}

/// The app's version, sent with every request.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The API's base URL. The web build calls its own origin; native builds read
/// `MACNSS_API_BASE` at build time (the desktop build also at run time), which must be https
/// unless it is a development host.
pub fn base_url() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        // The desktop build (the webview path used for development and the desktop tests)
        // also honours MACNSS_API_BASE at run time, when it is an allowed base.
        #[cfg(feature = "desktop")]
        if let Ok(base) = std::env::var("MACNSS_API_BASE")
            && is_allowed_base_url(&base)
        {
            return base;
        }
        option_env!("MACNSS_API_BASE")
            .unwrap_or("http://127.0.0.1:8787")
            .to_owned()
    }
}

/// True for a base URL the app may talk to: https, or plain http to a documented
/// development host (loopback, or the Android emulator's 10.0.2.2).
pub fn is_allowed_base_url(url: &str) -> bool {
    if url.starts_with("https://") || url.is_empty() {
        return true;
    }
    let Some(rest) = url.strip_prefix("http://") else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    // An IPv6 literal keeps its brackets (`[::1]`); otherwise the host ends at the port.
    let host = match authority.find(']') {
        Some(end) if authority.starts_with('[') => &authority[..=end],
        _ => authority.split(':').next().unwrap_or_default(),
    };
    matches!(host, "127.0.0.1" | "localhost" | "[::1]" | "10.0.2.2")
}

#[derive(Default)]
struct Tokens {
    access: Option<Token>,
    /// The last session installed, returned to callers whose refresh someone else did.
    session: Option<SessionResponse>,
}

/// The HTTP implementation of [`Api`].
pub struct HttpApi {
    base: String,
    transport: Transport,
    tokens: Arc<Mutex<Tokens>>,
    language: Mutex<String>,
    /// Serialises refreshes: a caller that waited finds the new session already there.
    refresh_gate: Arc<futures_util::lock::Mutex<()>>,
}

impl HttpApi {
    /// The client the app uses: 10 s to connect, 20 s for a whole request.
    pub fn new(base: String) -> Self {
        Self::with_timeouts(
            base,
            std::time::Duration::from_secs(10),
            std::time::Duration::from_secs(20),
        )
    }

    /// A client with its own timeouts (the fault tests use short ones). On the web `fetch`
    /// has no connect timeout: the request timeout covers the whole exchange.
    pub fn with_timeouts(
        base: String,
        connect: std::time::Duration,
        request: std::time::Duration,
    ) -> Self {
        debug_assert!(is_allowed_base_url(&base), "API base must be https");
        let transport = Transport::new(connect, request, !base.starts_with("http://"));
        Self {
            base: base.trim_end_matches('/').to_owned(),
            transport,
            tokens: Arc::default(),
            language: Mutex::new("fr".to_owned()),
            refresh_gate: Arc::default(),
        }
    }

    fn access_token(&self) -> Option<Token> {
        self.tokens.lock().ok().and_then(|t| t.access.clone())
    }

    /// The headers every request carries: the app's version and the SMS/e-mail language.
    fn common_headers(&self) -> Vec<(&'static str, String)> {
        vec![
            (routes::APP_VERSION_HEADER, APP_VERSION.to_owned()),
            (
                "accept-language",
                self.language.lock().map(|l| l.clone()).unwrap_or_default(),
            ),
        ]
    }

    async fn post<B: Serialize>(
        &self,
        path: &str,
        body: &B,
        auth: bool,
    ) -> Result<Answer, ApiError> {
        self.post_keyed(path, body, auth, None).await
    }

    /// A POST with, for code-sending requests, the `Idempotency-Key` that makes a retry safe.
    async fn post_keyed<B: Serialize>(
        &self,
        path: &str,
        body: &B,
        auth: bool,
        key: Option<&SendKey>,
    ) -> Result<Answer, ApiError> {
        // The contract's request types always serialise (status 0 would mean "never sent").
        // The body is made here so that the transport is one function for every request type.
        let body = serde_json::to_vec(body).map_err(|_| ApiError::Unavailable { status: 0 })?;
        let mut headers = self.common_headers();
        if auth && let Some(token) = self.access_token() {
            headers.push(("authorization", format!("Bearer {}", token.expose())));
        }
        if let Some(key) = key {
            headers.push((routes::IDEMPOTENCY_KEY_HEADER, key.0.clone()));
        }
        let url = format!("{}{path}", self.base);
        self.transport
            .send(Method::Post, &url, &headers, Some(body))
            .await
    }
}

/// Reads an answer: the success body, a problem+json body, or a bare failure status.
#[allow(
    clippy::result_large_err,
    reason = "ApiError is the one error of every API call (the async ones are not linted); the lint fires on 64-bit targets only, where its problem body passes 128 bytes"
)]
fn read<T: serde::de::DeserializeOwned>(answer: Answer) -> Result<T, ApiError> {
    if answer.is_success() {
        return serde_json::from_slice(&answer.body).map_err(|_| ApiError::Unavailable {
            status: answer.status,
        });
    }
    Err(failure(answer))
}

/// The error an unsuccessful answer stands for.
fn failure(answer: Answer) -> ApiError {
    match serde_json::from_slice::<Problem>(&answer.body) {
        Ok(mut problem) => {
            if problem.retry_after.is_none() {
                problem.retry_after = answer.retry_after;
            }
            ApiError::Problem(problem)
        }
        // A bare 429 (a proxy or a load balancer, not the server) is still a rate limit: keep
        // its `Retry-After` so the screen can say when to try again.
        Err(_) if answer.status == 429 => {
            let problem = Problem::new(macnss_api::ErrorCode::RateLimited);
            ApiError::Problem(match answer.retry_after {
                Some(seconds) => problem.with_retry_after(seconds),
                None => problem,
            })
        }
        Err(_) => ApiError::Unavailable {
            status: answer.status,
        },
    }
}

#[allow(
    clippy::result_large_err,
    reason = "ApiError is the one error of every API call (the async ones are not linted); the lint fires on 64-bit targets only, where its problem body passes 128 bytes"
)]
fn read_empty(answer: Answer) -> Result<(), ApiError> {
    if answer.is_success() {
        Ok(())
    } else {
        Err(failure(answer))
    }
}

impl Api for HttpApi {
    fn send(&self, request: Request) -> ApiFuture<'_, Result<Response, ApiError>> {
        Box::pin(async move {
            use Request as R;
            let r = match &request {
                R::SignupStart(b) => {
                    Response::SignupStarted(read(self.post(routes::SIGNUP_START, b, false).await?)?)
                }
                R::SignupContact(b, key) => Response::CodeSent(read(
                    self.post_keyed(routes::SIGNUP_CONTACT, b, false, Some(key))
                        .await?,
                )?),
                R::SignupResend(b, key) => Response::CodeSent(read(
                    self.post_keyed(routes::SIGNUP_RESEND, b, false, Some(key))
                        .await?,
                )?),
                R::SignupVerify(b) => Response::SignupCompleted(read(
                    self.post(routes::SIGNUP_VERIFY, b, false).await?,
                )?),
                R::SignIn(b) => {
                    Response::Session(read(self.post(routes::SIGN_IN, b, false).await?)?)
                }
                R::ChangePassword(b) => {
                    Response::Session(read(self.post(routes::CHANGE_PASSWORD, b, true).await?)?)
                }
                R::SignOut(b) => {
                    read_empty(self.post(routes::SIGN_OUT, b, true).await?)?;
                    Response::Done
                }
                R::RecoveryStart(b) => Response::RecoveryStarted(read(
                    self.post(routes::RECOVERY_START, b, false).await?,
                )?),
                R::RecoverySend(b, key) => Response::CodeSent(read(
                    self.post_keyed(routes::RECOVERY_SEND, b, false, Some(key))
                        .await?,
                )?),
                R::RecoveryVerify(b) => Response::RecoveryVerified(read(
                    self.post(routes::RECOVERY_VERIFY, b, false).await?,
                )?),
                R::RecoveryComplete(b) => {
                    read_empty(self.post(routes::RECOVERY_COMPLETE, b, false).await?)?;
                    Response::Done
                }
            };
            if let Response::Session(s) = &r {
                self.set_session(Some(s));
            }
            if matches!(request, R::SignOut(_)) {
                self.set_session(None);
            }
            Ok(r)
        })
    }

    fn set_session(&self, session: Option<&SessionResponse>) {
        if let Ok(mut t) = self.tokens.lock() {
            t.access = session.map(|s| s.access_token.clone());
            t.session = session.cloned();
        }
    }

    fn terms(&self) -> ApiFuture<'_, Result<TermsResponse, ApiError>> {
        Box::pin(async move {
            let url = format!("{}{}", self.base, routes::TERMS);
            let answer = self
                .transport
                .send(Method::Get, &url, &self.common_headers(), None)
                .await?;
            read(answer)
        })
    }

    fn set_language(&self, tag: &str) {
        if let Ok(mut l) = self.language.lock() {
            *l = tag.to_owned();
        }
    }

    fn refresh(&self, refresh_token: Token) -> ApiFuture<'_, Result<SessionResponse, ApiError>> {
        Box::pin(async move {
            let before = self.access_token();
            let _turn = self.refresh_gate.lock().await;
            // Another caller refreshed while this one waited: share its session.
            if self.access_token() != before
                && let Some(session) = self.tokens.lock().ok().and_then(|t| t.session.clone())
            {
                return Ok(session);
            }
            let body = RefreshRequest { refresh_token };
            let session: SessionResponse = read(self.post(routes::REFRESH, &body, false).await?)?;
            self.set_session(Some(&session));
            Ok(session)
        })
    }
}
