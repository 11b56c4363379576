//! The typed HTTP client of the contract: requests serialised to JSON over the platform's
//! [`Transport`] (with timeouts), problem+json turned into [`ApiError`], the access token kept
//! in memory with its expiry. An authenticated request renews an expired access token first;
//! a 401 renews once (one refresh in flight at a time, shared by parallel callers) and retries
//! once; a renewal that fails answers `session_expired`. The renewed session is handed to the
//! effect loop ([`Api::take_renewed`]), which lets the root model keep it in the keychain.

use super::transport::{Answer, Body, Method, Transport};
use crate::flows::{ApiError, Request, Response, SendKey};
use chrono::{DateTime, Utc};
use macnss_api::Problem;
use macnss_api::operations::{self as op, Input, Operation, Output};
use macnss_api::records::UploadType;
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
    /// The session renewed behind an authenticated request since the last call, if any.
    fn take_renewed(&self) -> Option<SessionResponse>;
    /// The PDF of the document `id` issued to the person signed in (its raw bytes: they go to
    /// the device's saving, never into the model). Authenticated like every private request;
    /// an answer that comes back after its session ended is [`ApiError::Superseded`].
    fn attestation_pdf(&self, id: String) -> ApiFuture<'_, Result<Vec<u8>, ApiError>>;
}

/// Why the client could not be built: it fails loudly rather than run without its rules.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// Not https, and not a development host (or a URL with credentials, a query, …).
    #[error("API base not allowed: {0:?} (https, or http to a development host)")]
    BaseNotAllowed(String),
    /// The HTTP client (its TLS back end) could not be built.
    #[error("the HTTP client could not be built: {0}")]
    Build(String),
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

/// The issuer's online verification page of the document `id` (`/v/<id>` of the server): the
/// one place that says whether a document was revoked since.
pub fn verification_page(id: &str) -> String {
    format!(
        "{}{}{id}",
        base_url().trim_end_matches('/'),
        macnss_api::attestation::VERIFY_PAGE_PREFIX
    )
}

/// The link a document's QR code holds: its page, with the signed code in the fragment (which
/// a browser never sends to a server).
pub fn verification_link(id: &str, code: &str) -> String {
    format!("{}#{code}", verification_page(id))
}

/// True for a base URL the app may talk to: https to any host, or plain http to a documented
/// development host (loopback, or the Android emulator's 10.0.2.2) — parsed as a URL (WHATWG,
/// the `url` crate), never by hand: no user info, no query or fragment. Hosts are ASCII: a
/// non-ASCII (IDN) host is refused (`idna`'s ASCII-only back end, Cargo.toml).
pub fn is_allowed_base_url(base: &str) -> bool {
    use url::Host;
    let Ok(url) = url::Url::parse(base) else {
        return false;
    };
    if !url.username().is_empty()
        || url.password().is_some()
        || url.query().is_some()
        || url.fragment().is_some()
    {
        return false;
    }
    match (url.scheme(), url.host()) {
        ("https", Some(_)) => true,
        ("http", Some(Host::Domain(d))) => d == "localhost",
        ("http", Some(Host::Ipv4(ip))) => {
            ip == std::net::Ipv4Addr::LOCALHOST || ip == std::net::Ipv4Addr::new(10, 0, 2, 2)
        }
        ("http", Some(Host::Ipv6(ip))) => ip.is_loopback(),
        _ => false,
    }
}

#[derive(Default)]
struct Tokens {
    access: Option<Token>,
    /// When the access token stops being accepted (a margin before the server's expiry).
    access_until: Option<DateTime<Utc>>,
    /// The last session installed, returned to callers whose refresh someone else did.
    session: Option<SessionResponse>,
    /// Renewed behind a request, not yet handed to the effect loop.
    renewed: Option<SessionResponse>,
    /// Which session the tokens belong to: a new one for each session installed or cleared
    /// from outside (sign-in, sign-out, restore), kept by a refresh of the same session. A
    /// refresh that ends after the session changed installs nothing and renews nothing, so a
    /// late answer for one person never lands in the next person's session.
    session_id: u64,
}

/// Seconds before its stated expiry at which an access token is renewed (clock skew, transit).
const ACCESS_MARGIN_SECONDS: i64 = 30;

/// Whether a request carries the access token.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Auth {
    None,
    Bearer,
}

/// The device clock (tests give the reference server's demo clock).
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// The HTTP implementation of [`Api`].
pub struct HttpApi {
    base: String,
    transport: Transport,
    tokens: Arc<Mutex<Tokens>>,
    language: Mutex<String>,
    /// Serialises refreshes: a caller that waited finds the new session already there.
    refresh_gate: Arc<futures_util::lock::Mutex<()>>,
    clock: Clock,
    /// The whole-request timeout (a file's upload gets more, see [`Body::file`]).
    request_timeout: std::time::Duration,
}

impl HttpApi {
    /// The client the app uses: 10 s to connect, 20 s for a whole request.
    pub fn new(base: String) -> Result<Self, ClientError> {
        Self::with_timeouts(
            base,
            std::time::Duration::from_secs(10),
            std::time::Duration::from_secs(20),
        )
    }

    /// A client with its own timeouts (the fault tests use short ones). On the web `fetch`
    /// has no connect timeout: the request timeout covers the whole exchange. Refuses a base
    /// that is not allowed ([`is_allowed_base_url`]).
    pub fn with_timeouts(
        base: String,
        connect: std::time::Duration,
        request: std::time::Duration,
    ) -> Result<Self, ClientError> {
        if !is_allowed_base_url(&base) {
            return Err(ClientError::BaseNotAllowed(base));
        }
        let transport = Transport::new(connect, request, !base.starts_with("http://"))
            .map_err(|e| ClientError::Build(e.to_string()))?;
        Ok(Self {
            base: base.trim_end_matches('/').to_owned(),
            transport,
            tokens: Arc::default(),
            language: Mutex::new("fr".to_owned()),
            refresh_gate: Arc::default(),
            clock: Arc::new(Utc::now),
            request_timeout: request,
        })
    }

    /// The same client judging the access token's expiry on `clock`.
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
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

    /// Sends operation `O` as its declaration says (method, path, body or none, bearer token,
    /// `Idempotency-Key`) and reads its declared answer.
    async fn call<O>(
        &self,
        request: &O::Request,
        key: Option<&SendKey>,
    ) -> Result<O::Response, ApiError>
    where
        O: Operation,
        O::Request: Serialize,
        O::Response: serde::de::DeserializeOwned,
    {
        let body = match O::INPUT {
            Input::Json => Some(Body::json(json(request)?)),
            // A file only through `upload`; a query below.
            Input::None | Input::Query | Input::File => None,
        };
        if O::INPUT == Input::Query {
            let query = query_string(request)?;
            return self.call_with_query::<O>(&query, key).await;
        }
        self.call_at::<O>(&[], body, key).await
    }

    /// [`HttpApi::call`] for an operation whose input is its query string (no ids, no body).
    async fn call_with_query<O>(
        &self,
        query: &str,
        key: Option<&SendKey>,
    ) -> Result<O::Response, ApiError>
    where
        O: Operation,
        O::Response: serde::de::DeserializeOwned,
    {
        let answer = self.answer_at::<O>(&[], query, None, key).await?;
        read(answer)
    }

    /// [`HttpApi::call`] for an operation whose path has ids, with the body already made.
    async fn call_at<O>(
        &self,
        ids: &[&str],
        body: Option<Body>,
        key: Option<&SendKey>,
    ) -> Result<O::Response, ApiError>
    where
        O: Operation,
        O::Response: serde::de::DeserializeOwned,
    {
        let answer = self.answer_of::<O>(ids, body, key).await?;
        match O::OUTPUT {
            Output::Json => read(answer),
            // No body: the declared `Nothing`, read from `null`. A PDF's bytes are read by
            // [`HttpApi::document`], never here: the declared marker only says it was one.
            Output::NoContent | Output::Text | Output::Pdf => {
                read_empty(answer)?;
                serde_json::from_slice(b"null").map_err(|_| ApiError::Unavailable { status: 0 })
            }
        }
    }

    /// The PDF that operation `O` (declared [`Output::Pdf`]) answers, as its bytes: a success
    /// whose body is not a PDF is the server failing, never a file handed to the person.
    async fn document<O: Operation>(&self, ids: &[&str]) -> Result<Vec<u8>, ApiError> {
        debug_assert!(O::OUTPUT == Output::Pdf);
        let answer = self.answer_of::<O>(ids, None, None).await?;
        if !answer.is_success() {
            return Err(failure(answer));
        }
        if !answer.body.starts_with(b"%PDF-") {
            return Err(ApiError::Unavailable {
                status: answer.status,
            });
        }
        Ok(answer.body)
    }

    /// Sends operation `O` to its path with `ids` (method, bearer token with its renewal and
    /// one retry, `Idempotency-Key` when declared) and returns the raw answer.
    async fn answer_of<O: Operation>(
        &self,
        ids: &[&str],
        body: Option<Body>,
        key: Option<&SendKey>,
    ) -> Result<Answer, ApiError> {
        self.answer_at::<O>(ids, "", body, key).await
    }

    /// [`HttpApi::answer_of`] with a query string (`""`: none; else `a=1&b=2`, encoded).
    async fn answer_at<O: Operation>(
        &self,
        ids: &[&str],
        query: &str,
        body: Option<Body>,
        key: Option<&SendKey>,
    ) -> Result<Answer, ApiError> {
        let method = match O::METHOD {
            op::Method::Get => Method::Get,
            op::Method::Post => Method::Post,
        };
        // Only ids of this server's shape ever reach a path: anything else is refused here,
        // as the server would.
        let path = routes::with_ids(O::PATH, ids)
            .ok_or_else(|| ApiError::Problem(Problem::new(macnss_api::ErrorCode::NotFound)))?;
        let path = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        let key = key.filter(|_| O::IDEMPOTENCY_KEY);
        match O::AUTH {
            op::Auth::None => self.exchange(method, &path, body, Auth::None, key).await,
            op::Auth::FullSession | op::Auth::AnySession => {
                self.authed(method, &path, body, key).await
            }
        }
    }

    /// Sends a file to operation `O` (declared [`Input::File`]) as its raw body.
    async fn upload<O>(
        &self,
        ids: &[&str],
        media_type: UploadType,
        bytes: &[u8],
        key: &SendKey,
    ) -> Result<O::Response, ApiError>
    where
        O: Operation,
        O::Response: serde::de::DeserializeOwned,
    {
        debug_assert!(O::INPUT == Input::File);
        let body = Body::file(
            bytes.to_vec(),
            media_type.media_type(),
            self.request_timeout,
        );
        self.call_at::<O>(ids, Some(body), Some(key)).await
    }

    /// An authenticated request: renews an expired access token first, and on a 401 renews
    /// once and retries once (with the same `Idempotency-Key`).
    async fn authed(
        &self,
        method: Method,
        path: &str,
        body: Option<Body>,
        key: Option<&SendKey>,
    ) -> Result<Answer, ApiError> {
        let session = self.session_id();
        if self.access_expired() {
            self.renew(session).await?;
        }
        let again = body.as_ref().map(Body::again);
        let answer = self.exchange(method, path, body, Auth::Bearer, key).await?;
        if answer.status != 401 {
            return Ok(answer);
        }
        self.renew(session).await?;
        self.exchange(method, path, again, Auth::Bearer, key).await
    }

    fn access_expired(&self) -> bool {
        let now = (self.clock)();
        self.tokens
            .lock()
            .ok()
            .and_then(|t| t.access_until)
            .is_some_and(|until| now >= until)
    }

    fn session_id(&self) -> u64 {
        self.tokens.lock().map(|t| t.session_id).unwrap_or(u64::MAX)
    }

    /// Renews `session` with its refresh token (shared with parallel callers); the renewed
    /// session waits in [`Api::take_renewed`] for the effect loop. A session that ended
    /// meanwhile is not renewed: `session_expired`.
    async fn renew(&self, session: u64) -> Result<(), ApiError> {
        let expired = || ApiError::Problem(Problem::new(macnss_api::ErrorCode::SessionExpired));
        let refresh_token = self
            .tokens
            .lock()
            .ok()
            .filter(|t| t.session_id == session)
            .and_then(|t| t.session.as_ref().map(|s| s.refresh_token.clone()))
            .ok_or_else(expired)?;
        let (renewed, installed) = self.refresh_for(refresh_token, session).await?;
        if !installed {
            return Err(expired());
        }
        if let Ok(mut t) = self.tokens.lock()
            && t.session_id == session
        {
            t.renewed = Some(renewed);
        }
        Ok(())
    }

    /// Installs `session` as the tokens in use: a refresh of the current session (`same`), or
    /// another session (or none).
    fn install(&self, session: Option<&SessionResponse>, same: bool) {
        let now = (self.clock)();
        if let Ok(mut t) = self.tokens.lock() {
            let unchanged = session.map(|s| &s.access_token) == t.access.as_ref();
            if !same && !unchanged {
                t.session_id = t.session_id.wrapping_add(1);
                t.renewed = None;
            }
            t.access = session.map(|s| s.access_token.clone());
            t.access_until = session.map(|s| {
                let lifetime = i64::try_from(s.access_expires_in).unwrap_or(i64::MAX / 2);
                now + chrono::Duration::seconds((lifetime - ACCESS_MARGIN_SECONDS).max(0))
            });
            t.session = session.cloned();
        }
    }

    /// Refreshes with `refresh_token`, one refresh at a time; installs the answer only if the
    /// tokens still belong to `session`. Returns the answer and whether it was installed.
    async fn refresh_for(
        &self,
        refresh_token: Token,
        session: u64,
    ) -> Result<(SessionResponse, bool), ApiError> {
        let before = self.access_token();
        let _turn = self.refresh_gate.lock().await;
        // Another caller refreshed this session while this one waited: share its answer.
        let shared = self
            .tokens
            .lock()
            .ok()
            .filter(|t| t.session_id == session && t.access != before)
            .and_then(|t| t.session.clone());
        if let Some(shared) = shared {
            return Ok((shared, true));
        }
        let body = RefreshRequest { refresh_token };
        // Declared without a bearer (`op::Refresh::AUTH`): sent directly, not through `call`,
        // whose authenticated branch comes back here.
        debug_assert!(op::Refresh::AUTH == op::Auth::None);
        let answer = self
            .exchange(
                Method::Post,
                op::Refresh::PATH,
                Some(Body::json(json(&body)?)),
                Auth::None,
                None,
            )
            .await?;
        let renewed: SessionResponse = read(answer)?;
        let current = self.session_id() == session;
        if current {
            self.install(Some(&renewed), true);
        }
        Ok((renewed, current))
    }

    async fn exchange(
        &self,
        method: Method,
        path: &str,
        body: Option<Body>,
        auth: Auth,
        key: Option<&SendKey>,
    ) -> Result<Answer, ApiError> {
        let mut headers = self.common_headers();
        if auth == Auth::Bearer
            && let Some(token) = self.access_token()
        {
            headers.push(("authorization", format!("Bearer {}", token.expose())));
        }
        if let Some(key) = key {
            headers.push((routes::IDEMPOTENCY_KEY_HEADER, key.0.clone()));
        }
        let url = format!("{}{path}", self.base);
        self.transport.send(method, &url, &headers, body).await
    }
}

/// The contract's request types always serialise (status 0 would mean "never sent").
#[allow(
    clippy::result_large_err,
    reason = "ApiError is the one error of every API call (the async ones are not linted); the lint fires on 64-bit targets only, where its problem body passes 128 bytes"
)]
fn json<B: Serialize>(body: &B) -> Result<Vec<u8>, ApiError> {
    serde_json::to_vec(body).map_err(|_| ApiError::Unavailable { status: 0 })
}

/// A query type as `application/x-www-form-urlencoded` (`url`'s encoder): each field that is
/// set, a string or a number (the contract's queries hold nothing else).
#[allow(
    clippy::result_large_err,
    reason = "ApiError is the one error of every API call (the async ones are not linted); the lint fires on 64-bit targets only, where its problem body passes 128 bytes"
)]
fn query_string<Q: Serialize>(query: &Q) -> Result<String, ApiError> {
    let serde_json::Value::Object(fields) =
        serde_json::to_value(query).map_err(|_| ApiError::Unavailable { status: 0 })?
    else {
        return Err(ApiError::Unavailable { status: 0 });
    };
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    for (name, value) in fields {
        match value {
            serde_json::Value::Null => {}
            serde_json::Value::String(s) => {
                out.append_pair(&name, &s);
            }
            other => {
                out.append_pair(&name, &other.to_string());
            }
        }
    }
    Ok(out.finish())
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

impl HttpApi {
    /// One request of a flow, as its operation declares it.
    async fn dispatch(&self, request: &Request) -> Result<Response, ApiError> {
        {
            use Request as R;
            // Each request is one declared operation (`macnss_api::operations`): no path,
            // method or auth rule is written here.
            let none = &op::Nothing;
            let r = match request {
                R::SignupStart(b) => {
                    Response::SignupStarted(self.call::<op::SignupStart>(b, None).await?)
                }
                R::SignupContact(b, k) => {
                    Response::CodeSent(self.call::<op::SignupContact>(b, Some(k)).await?)
                }
                R::SignupResend(b, k) => {
                    Response::CodeSent(self.call::<op::SignupResend>(b, Some(k)).await?)
                }
                R::SignupVerify(b) => {
                    Response::SignupCompleted(self.call::<op::SignupVerify>(b, None).await?)
                }
                R::SignIn(b) => Response::Session(self.call::<op::SignIn>(b, None).await?),
                R::ChangePassword(b) => {
                    Response::Session(self.call::<op::ChangePassword>(b, None).await?)
                }
                // The refresh token in the body names the session (declared without a bearer):
                // the keychain and the tokens in memory are already cleared.
                R::SignOut(b) => {
                    self.call::<op::SignOut>(b, None).await?;
                    Response::Done
                }
                R::RecoveryStart(b) => {
                    Response::RecoveryStarted(self.call::<op::RecoveryStart>(b, None).await?)
                }
                R::RecoverySend(b, k) => {
                    Response::CodeSent(self.call::<op::RecoverySend>(b, Some(k)).await?)
                }
                R::RecoveryVerify(b) => {
                    Response::RecoveryVerified(self.call::<op::RecoveryVerify>(b, None).await?)
                }
                R::RecoveryComplete(b) => {
                    self.call::<op::RecoveryComplete>(b, None).await?;
                    Response::Done
                }
                R::Me => Response::Profile(self.call::<op::Me>(none, None).await?),
                R::Space => Response::Summary(self.call::<op::Space>(none, None).await?),
                R::Career => Response::Career(Box::new(self.call::<op::Career>(none, None).await?)),
                R::Claims => Response::Claims(self.call::<op::Claims>(none, None).await?),
                R::Claim(id) => Response::Claim(Box::new(
                    self.call_at::<op::Claim>(&[id], None, None).await?,
                )),
                R::Family => Response::Family(self.call::<op::Family>(none, None).await?),
                R::Certificate {
                    child_id,
                    media_type,
                    bytes,
                    key,
                } => Response::Schooling(
                    self.upload::<op::Certificate>(&[child_id], *media_type, bytes, key)
                        .await?,
                ),
                R::Payments => Response::Payments(self.call::<op::Payments>(none, None).await?),
                R::BankStepUp(b, k) => {
                    Response::StepUp(self.call::<op::BankStepUp>(b, Some(k)).await?)
                }
                R::ChangeBankAccount(b) => {
                    Response::BankAccount(self.call::<op::ChangeBankAccount>(b, None).await?)
                }
                R::Reports => Response::Reports(self.call::<op::Reports>(none, None).await?),
                R::CreateReport(b, k) => {
                    Response::Report(self.call::<op::CreateReport>(b, Some(k)).await?)
                }
                R::Agencies => Response::Agencies(self.call::<op::Agencies>(none, None).await?),
                R::Account => Response::Account(self.call::<op::Account>(none, None).await?),
                R::AccountStepUp(b, _) => {
                    Response::AccountStepUp(self.call::<op::AccountStepUp>(b, None).await?)
                }
                R::ChangeContact(b, k) => {
                    Response::CodeSent(self.call::<op::ChangeContact>(b, Some(k)).await?)
                }
                R::ResendContactCode(b, k) => {
                    Response::CodeSent(self.call::<op::ResendContactCode>(b, Some(k)).await?)
                }
                R::VerifyContact(b) => {
                    Response::Account(self.call::<op::VerifyContact>(b, None).await?)
                }
                R::AccountPassword(b) => {
                    Response::Session(self.call::<op::ChangePassword>(b, None).await?)
                }
                R::RevokeSession(id) => {
                    Response::Account(self.call_at::<op::RevokeSession>(&[id], None, None).await?)
                }
                R::RevokeOtherSessions => {
                    Response::Account(self.call::<op::RevokeOtherSessions>(none, None).await?)
                }
                R::DeleteAccount(b) => {
                    self.call::<op::DeleteAccount>(b, None).await?;
                    Response::Done
                }
                R::Attestations => {
                    Response::Catalog(Box::new(self.call::<op::Attestations>(none, None).await?))
                }
                R::IssueAttestation(b) => {
                    Response::Issued(Box::new(self.call::<op::IssueAttestation>(b, None).await?))
                }
                // Public (declared without a bearer): a verifier needs no account.
                R::AttestationKeys => {
                    Response::AttestationKeys(self.call::<op::AttestationKeys>(none, None).await?)
                }
                R::Inbox(cursor) => {
                    let query = macnss_api::inbox::InboxQuery {
                        cursor: cursor.clone(),
                        limit: None,
                    };
                    Response::InboxPage(Box::new(self.call::<op::Inbox>(&query, None).await?))
                }
                R::InboxWait(after) => {
                    let query = macnss_api::inbox::InboxWaitQuery { after: *after };
                    Response::InboxChanges(Box::new(
                        self.call::<op::InboxWait>(&query, None).await?,
                    ))
                }
                R::InboxMessage(id) => Response::InboxMessage(Box::new(
                    self.call_at::<op::InboxMessage>(&[id], None, None).await?,
                )),
                R::PushWebKey => {
                    Response::WebPushKey(self.call::<op::PushWebKey>(none, None).await?)
                }
                R::RegisterDevice(b) => {
                    Response::DeviceRegistered(self.call::<op::RegisterDevice>(b, None).await?)
                }
                R::PushPreferences => {
                    Response::PushPreferences(self.call::<op::PushPreferences>(none, None).await?)
                }
                R::SetPushPreferences(b) => {
                    Response::PushPreferences(self.call::<op::SetPushPreferences>(b, None).await?)
                }
                R::MarkRead(id) => {
                    self.call_at::<op::MarkRead>(&[id], None, None).await?;
                    Response::Done
                }
                R::MarkAllRead(up_to) => {
                    let body = macnss_api::inbox::MarkAllReadRequest { up_to: *up_to };
                    self.call::<op::MarkAllRead>(&body, None).await?;
                    Response::Done
                }
            };
            Ok(r)
        }
    }
}

impl Api for HttpApi {
    fn send(&self, request: Request) -> ApiFuture<'_, Result<Response, ApiError>> {
        Box::pin(async move {
            // The session a private request is sent for: its answer — a success or a failure
            // alike — that comes back after that session ended (sign-out, another person's
            // sign-in) is nobody's now, and must not land in the next person's space.
            let session = self.session_id();
            let private = matches!(request.target(), crate::flows::Target::Private(_));
            let result = self.dispatch(&request).await;
            if private && self.session_id() != session {
                return Err(ApiError::Superseded);
            }
            let r = result?;
            // A new session (sign-in, password change) is used at once; the model decides
            // whether it is also kept. (Sign-out's answer changes nothing: the tokens were
            // cleared before it was sent, and a newer session may be in use by now.)
            if let Response::Session(s) = &r {
                self.install(Some(s), false);
            }
            Ok(r)
        })
    }

    fn set_session(&self, session: Option<&SessionResponse>) {
        self.install(session, false);
    }

    fn take_renewed(&self) -> Option<SessionResponse> {
        self.tokens.lock().ok().and_then(|mut t| t.renewed.take())
    }

    fn attestation_pdf(&self, id: String) -> ApiFuture<'_, Result<Vec<u8>, ApiError>> {
        Box::pin(async move {
            let session = self.session_id();
            let result = self.document::<op::AttestationPdf>(&[&id]).await;
            // As for every private request: an answer after its session ended is nobody's.
            if self.session_id() != session {
                return Err(ApiError::Superseded);
            }
            result
        })
    }

    fn terms(&self) -> ApiFuture<'_, Result<TermsResponse, ApiError>> {
        Box::pin(async move {
            let query = macnss_api::types::TermsQuery::default();
            self.call::<op::Terms>(&query, None).await
        })
    }

    fn set_language(&self, tag: &str) {
        if let Ok(mut l) = self.language.lock() {
            *l = tag.to_owned();
        }
    }

    fn refresh(&self, refresh_token: Token) -> ApiFuture<'_, Result<SessionResponse, ApiError>> {
        Box::pin(async move {
            let session = self.session_id();
            self.refresh_for(refresh_token, session)
                .await
                .map(|(renewed, _)| renewed)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{ClientError, HttpApi, is_allowed_base_url};

    #[test]
    fn a_query_is_its_set_fields_encoded() {
        use macnss_api::inbox::{InboxQuery, InboxWaitQuery};
        let q = |cursor: Option<&str>, limit| InboxQuery {
            cursor: cursor.map(str::to_owned),
            limit,
        };
        assert_eq!(
            super::query_string(&q(None, None)).ok().as_deref(),
            Some("")
        );
        assert_eq!(
            super::query_string(&q(Some("r12"), Some(5)))
                .ok()
                .as_deref(),
            Some("cursor=r12&limit=5")
        );
        assert_eq!(
            super::query_string(&q(Some("a b&c"), None)).ok().as_deref(),
            Some("cursor=a+b%26c")
        );
        assert_eq!(
            super::query_string(&InboxWaitQuery { after: -3 })
                .ok()
                .as_deref(),
            Some("after=-3")
        );
    }

    #[test]
    fn https_bases_are_allowed() {
        for base in [
            "https://api.cnss.ma",
            "https://api.cnss.ma/",
            "HTTPS://API.CNSS.MA",
            "https://api.cnss.ma:8443/prefix",
        ] {
            assert!(is_allowed_base_url(base), "{base}");
        }
    }

    #[test]
    fn plain_http_only_to_the_development_hosts() {
        for base in [
            "http://127.0.0.1:8787",
            "http://localhost:8787",
            "HTTP://LOCALHOST:8787",
            "http://[::1]:8787",
            "http://10.0.2.2:8787",
        ] {
            assert!(is_allowed_base_url(base), "{base}");
        }
        for base in [
            "http://api.cnss.ma",
            "http://localhost.:8787",
            "http://localhost.evil.example",
            "http://127.0.0.1.evil.example",
            "http://[::2]:8787",
            "http://10.0.2.3",
        ] {
            assert!(!is_allowed_base_url(base), "{base}");
        }
    }

    #[test]
    fn user_info_never_hides_the_real_host() {
        for base in [
            "http://localhost:8787@evil.example",
            "http://127.0.0.1@evil.example",
            "https://user:pass@api.cnss.ma",
            "https://user@api.cnss.ma",
        ] {
            assert!(!is_allowed_base_url(base), "{base}");
        }
    }

    #[test]
    fn malformed_queries_fragments_idn_and_other_schemes_are_refused() {
        for base in [
            "",
            "localhost:8787",
            "//localhost",
            "ftp://localhost",
            "file:///etc/passwd",
            "https://api.cnss.ma/?x=1",
            "https://api.cnss.ma/#x",
            // IDN hosts: the app talks to ASCII hosts only (Cyrillic "о" in localhost).
            "http://lоcalhost:8787",
            "https://bücher.example",
        ] {
            assert!(!is_allowed_base_url(base), "{base:?}");
        }
    }

    #[test]
    fn a_client_is_never_built_for_a_refused_base() {
        assert!(matches!(
            HttpApi::new("http://localhost:8787@evil.example".into()),
            Err(ClientError::BaseNotAllowed(_))
        ));
        assert!(HttpApi::new("http://127.0.0.1:8787".into()).is_ok());
    }
}
