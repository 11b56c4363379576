//! Client faults: the real HTTP client and the real sign-up flow against a tiny fault server on
//! 127.0.0.1 that answers with hand-written bytes — nobody listening, a connection reset in the
//! middle of an answer, no answer at all, 500, 503, 429 with `Retry-After`, broken JSON. Each
//! must become the right `ApiError` with a localized message in every language, the flow must
//! keep everything that was typed, and pressing the button again must succeed once the real
//! server answers on the same address.

use macnss::flows::model::{Model, Msg, Screen, Start};
use macnss::flows::sign_up::{self, Field, SignUp};
use macnss::flows::{ApiError, Destination, Effect};
use macnss::i18n::{Lang, Translations, failure_message};
use macnss::services::Services;
use macnss::services::api::HttpApi;
use macnss::services::preferences::MemoryPreferences;
use macnss::services::runner::Host;
use macnss::services::session_store::MemoryStore;
use macnss_api::ErrorCode;
use macnss_api::types::AccountKind;
use macnss_api::validate::IdDocumentKind;
use std::cell::RefCell;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// What the fault server does with every request.
#[derive(Debug, Clone, Copy)]
enum Fault {
    /// Nothing listens on the port.
    Refused,
    /// Part of the status line, then a reset (the request is left unread, so closing sends RST).
    Reset,
    /// Accepts, reads, never answers.
    Silent,
    /// `500` with a plain-text body (a crashed upstream).
    Internal,
    /// `503` with an HTML body (a load balancer with no healthy backend).
    Unavailable,
    /// `429`, a problem+json body without `retry_after`, and `Retry-After: 120`.
    TooManyRequests,
    /// `429` with `Retry-After: 90` and no body (a proxy, not the server).
    BareTooManyRequests,
    /// `200` with a body that is not JSON.
    MalformedJson,
}

struct FaultServer {
    addr: SocketAddr,
    accept: Option<JoinHandle<()>>,
}

impl FaultServer {
    async fn start(fault: Fault) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("address");
        if matches!(fault, Fault::Refused) {
            drop(listener);
            return Self { addr, accept: None };
        }
        let accept = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(answer(fault, stream));
            }
        });
        Self {
            addr,
            accept: Some(accept),
        }
    }

    fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops listening, so the real server can take the same address: waits until the
    /// accept task (and its listener) is really dropped.
    async fn stop(self) {
        if let Some(accept) = self.accept {
            accept.abort();
            let _ = accept.await;
        }
    }
}

async fn answer(fault: Fault, mut stream: TcpStream) {
    if matches!(fault, Fault::Reset) {
        // Let the request arrive, leave it unread, answer half a status line and close: with
        // unread bytes in its receive buffer the kernel resets the connection.
        tokio::time::sleep(Duration::from_millis(50)).await;
        let _ = stream.write_all(b"HTTP/1.1 200 OK\r\ncontent-le").await;
        return;
    }
    read_request(&mut stream).await;
    let response: Vec<u8> = match fault {
        Fault::Refused | Fault::Reset => return,
        Fault::Silent => {
            tokio::time::sleep(Duration::from_secs(10)).await;
            return;
        }
        Fault::Internal => http(
            "500 Internal Server Error",
            "text/plain",
            &[],
            "panicked at 'db'",
        ),
        Fault::Unavailable => http(
            "503 Service Unavailable",
            "text/html",
            &[],
            "<html><body>no healthy upstream</body></html>",
        ),
        Fault::TooManyRequests => http(
            "429 Too Many Requests",
            "application/problem+json",
            &["retry-after: 120"],
            r#"{"type":"/problems/rate_limited","title":"Too many requests","status":429,"code":"rate_limited"}"#,
        ),
        Fault::BareTooManyRequests => http(
            "429 Too Many Requests",
            "text/plain",
            &["retry-after: 90"],
            "",
        ),
        Fault::MalformedJson => http(
            "200 OK",
            "application/json",
            &[],
            r#"{"signup_id": "abc", "expires_in": 36"#,
        ),
    };
    let _ = stream.write_all(&response).await;
    let _ = stream.shutdown().await;
}

fn http(status: &str, content_type: &str, headers: &[&str], body: &str) -> Vec<u8> {
    let mut head = format!(
        "HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n",
        body.len()
    );
    for h in headers {
        head.push_str(h);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    head.push_str(body);
    head.into_bytes()
}

/// Reads one request: the head, then `content-length` bytes of body.
async fn read_request(stream: &mut TcpStream) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let Ok(n) = stream.read(&mut chunk).await else {
            return;
        };
        if n == 0 {
            return;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            if buf.len() >= end + 4 + length {
                return;
            }
        }
    }
}

/// The client the tests use: the app's, with timeouts short enough for a test.
fn services(base: String) -> Services {
    Services::new(
        Arc::new(
            HttpApi::with_timeouts(base, Duration::from_millis(500), Duration::from_millis(700))
                .expect("a loopback base"),
        ),
        Arc::new(MemoryStore::default()),
        Arc::new(MemoryPreferences::default()),
    )
}

/// Amina's identity step, typed with Arabic-Indic digits and spaces like a person would.
const TYPED: [(Field, &str); 7] = [
    (Field::DocumentNumber, "bk 123456"),
    (Field::ExpiryDay, "٢٠"),
    (Field::ExpiryMonth, "05"),
    (Field::ExpiryYear, "2031"),
    (Field::BirthDay, "14"),
    (Field::BirthMonth, "03"),
    (Field::BirthYear, "1985"),
];

/// The phone, as the effect loop's host: the root model and the real clock.
struct Device {
    model: RefCell<Model>,
}

impl Host for Device {
    fn update(&self, msg: Msg) -> Vec<Effect> {
        self.model.borrow_mut().update(msg, chrono::Utc::now())
    }
    fn show(&self, _: Screen) {}
    /// Nothing here opens the inbox: a long poll asked for would be a bug of these tests.
    fn listen(&self, request: macnss::flows::Request) {
        panic!("no listening request expected here: {request:?}");
    }
}

impl Device {
    fn sign_up(&self) -> SignUp {
        self.model.borrow().sign_up.clone()
    }
}

/// «Créer mon compte» → Assuré → the identity step typed, through the app's effect loop.
async fn typed_identity(services: &Services) -> Device {
    let start = Start {
        chosen_language: None,
        device_language: Lang::Fr,
        resume: None,
    };
    let device = Device {
        model: RefCell::new(Model::new(start, chrono::Utc::now())),
    };
    let mut events = vec![
        sign_up::Event::ChooseKind(AccountKind::Insured),
        sign_up::Event::ChooseDocument(IdDocumentKind::Cnie),
    ];
    events.extend(
        TYPED
            .iter()
            .map(|(field, value)| sign_up::Event::Edit(*field, (*value).into())),
    );
    services.run(&device, Msg::Open(Destination::SignUp)).await;
    for event in events {
        services.run(&device, Msg::SignUp(event)).await;
    }
    device
}

fn assert_nothing_typed_was_lost(f: &SignUp) {
    let v = &f.values;
    assert_eq!(f.step, sign_up::Step::Identity);
    assert_eq!(f.pending, None, "the button is usable again");
    assert_eq!(v.document_number, "bk 123456");
    assert_eq!(v.document_kind, IdDocumentKind::Cnie);
    assert_eq!(
        (&v.expiry.day[..], &v.expiry.month[..], &v.expiry.year[..]),
        ("٢٠", "05", "2031")
    );
    assert_eq!(
        (&v.birth.day[..], &v.birth.month[..], &v.birth.year[..]),
        ("14", "03", "1985")
    );
}

/// Presses "Continuer" against `fault`, checks the error and what the person sees, then
/// brings the real server up on the same address and presses again.
async fn fault_then_recovery(fault: Fault, expected: impl Fn(&ApiError) -> bool) -> ApiError {
    let faulty = FaultServer::start(fault).await;
    let services = services(faulty.base_url());
    let device = typed_identity(&services).await;
    let started = std::time::Instant::now();
    services
        .run(&device, Msg::SignUp(sign_up::Event::Submit))
        .await;
    let f = device.sign_up();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{fault:?}: the client gave up in time ({:?})",
        started.elapsed()
    );
    let error = f
        .errors
        .failure
        .clone()
        .unwrap_or_else(|| panic!("{fault:?}: no failure shown; {:?}", f.errors));
    assert!(expected(&error), "{fault:?} became {error:?}");
    assert!(
        error.is_retryable(),
        "{fault:?}: {error:?} is worth a retry"
    );
    assert_nothing_typed_was_lost(&f);

    let t = Translations::new();
    for lang in Lang::ALL {
        let message = failure_message(&t, lang, &error);
        assert!(
            !message.is_empty() && !message.starts_with("error-"),
            "{fault:?} in {}: {message:?}",
            lang.tag()
        );
    }

    // The server is back on the same address: the same button now works.
    let addr = faulty.addr;
    faulty.stop().await;
    let mut tries = 0;
    let server = loop {
        match macnss_server::spawn(macnss_server::Config {
            listen: addr,
            ..macnss_server::Config::for_tests()
        })
        .await
        {
            Ok(server) => break server,
            // The kernel may take a moment to release the port of a reset connection.
            Err(e) if tries < 50 => {
                tries += 1;
                eprintln!("{fault:?}: retrying the bind: {e:?}");
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            Err(e) => panic!("the real server takes the address back: {e:?}"),
        }
    };
    // «Réessayer»: the request that failed, again.
    services
        .run(&device, Msg::SignUp(sign_up::Event::Retry))
        .await;
    let f = device.sign_up();
    assert_eq!(f.step, sign_up::Step::Contact, "{fault:?}: {:?}", f.errors);
    assert_eq!(f.errors.failure, None);
    assert!(f.signup_id.is_some());
    server.shutdown().await;
    error
}

#[tokio::test]
async fn an_unreachable_server_reads_as_offline_and_a_retry_succeeds_once_it_is_back() {
    fault_then_recovery(Fault::Refused, |e| matches!(e, ApiError::Offline)).await;
}

#[tokio::test]
async fn a_connection_reset_mid_answer_reads_as_offline_and_a_retry_succeeds() {
    fault_then_recovery(Fault::Reset, |e| matches!(e, ApiError::Offline)).await;
}

#[tokio::test]
async fn a_server_that_never_answers_times_out_and_a_retry_succeeds() {
    fault_then_recovery(Fault::Silent, |e| matches!(e, ApiError::Timeout)).await;
}

#[tokio::test]
async fn a_bare_500_reads_as_unavailable_and_a_retry_succeeds() {
    fault_then_recovery(Fault::Internal, |e| {
        matches!(e, ApiError::Unavailable { status: 500 })
    })
    .await;
}

#[tokio::test]
async fn a_503_from_a_load_balancer_reads_as_unavailable_and_a_retry_succeeds() {
    fault_then_recovery(Fault::Unavailable, |e| {
        matches!(e, ApiError::Unavailable { status: 503 })
    })
    .await;
}

#[tokio::test]
async fn a_429_carries_its_retry_after_into_the_problem_and_the_message() {
    let error = fault_then_recovery(Fault::TooManyRequests, |e| {
        matches!(e, ApiError::Problem(p) if p.code == ErrorCode::RateLimited && p.retry_after == Some(120))
    })
    .await;
    // 120 s is said as 2 minutes, in every language.
    let t = Translations::new();
    let said = |lang| failure_message(&t, lang, &error).replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(said(Lang::Fr), "Trop de demandes. Réessayez dans 2 min.");
    assert!(said(Lang::En).contains(" 2 min"), "{}", said(Lang::En));
    assert!(said(Lang::Ar).contains('2'), "{}", said(Lang::Ar));
}

#[tokio::test]
async fn a_bare_429_from_a_proxy_is_still_a_rate_limit_with_its_retry_after() {
    fault_then_recovery(Fault::BareTooManyRequests, |e| {
        matches!(e, ApiError::Problem(p) if p.code == ErrorCode::RateLimited && p.retry_after == Some(90))
    })
    .await;
}

#[tokio::test]
async fn broken_json_in_a_200_reads_as_unavailable_and_a_retry_succeeds() {
    fault_then_recovery(Fault::MalformedJson, |e| {
        matches!(e, ApiError::Unavailable { status: 200 })
    })
    .await;
}

#[test]
fn plain_http_is_refused_except_for_development_hosts() {
    use macnss::services::api::is_allowed_base_url;
    assert!(is_allowed_base_url("https://api.cnss.ma"));
    for dev in [
        "http://127.0.0.1:8787",
        "http://localhost:8787",
        "http://[::1]:8787",
        "http://10.0.2.2:8787",
    ] {
        assert!(is_allowed_base_url(dev), "{dev}");
    }
    for refused in [
        "http://api.cnss.ma",
        "http://127.0.0.1.evil.example",
        "http://10.0.2.3:8787",
        "ftp://api.cnss.ma",
    ] {
        assert!(!is_allowed_base_url(refused), "{refused}");
    }
}

/// A session as the server would hand it out (the fault server checks no token).
fn session_of(account_id: &str, token: &str) -> macnss_api::types::SessionResponse {
    macnss_api::types::SessionResponse {
        access_token: macnss_api::types::Token::new(format!("access-{token}")),
        refresh_token: macnss_api::types::Token::new(format!("refresh-{token}")),
        access_expires_in: 900,
        password_change_required: false,
        profile: macnss_api::types::Profile {
            account_id: account_id.into(),
            kind: AccountKind::Insured,
            first_name: "A".into(),
            last_name: "B".into(),
            regime: None,
            insured_id: None,
        },
    }
}

#[tokio::test]
async fn a_private_answer_that_outlives_its_session_is_nobodys() {
    // A asks for the career on a network that never answers; A signs out and B signs in
    // before the request ends: its end (here a timeout, as well a success or a refusal) is
    // not handed to B's space.
    let server = FaultServer::start(Fault::Silent).await;
    let services = services(server.base_url());
    services
        .api
        .set_session(Some(&session_of("123456789", "a")));
    let api = services.api.clone();
    let pending = tokio::spawn(async move { api.send(macnss::flows::Request::Career).await });
    tokio::time::sleep(Duration::from_millis(100)).await;
    services.api.set_session(None);
    services
        .api
        .set_session(Some(&session_of("678901234", "b")));
    let answer = pending.await.expect("the request ends");
    assert_eq!(answer.err(), Some(ApiError::Superseded));
    // The same request within one session ends as itself (a timeout).
    let answer = services.api.send(macnss::flows::Request::Career).await;
    assert_eq!(answer.err(), Some(ApiError::Timeout));
    // And a public request is never superseded: nothing of a person is in its answer.
    let api = services.api.clone();
    let pending = tokio::spawn(async move { api.send(macnss::flows::Request::Agencies).await });
    tokio::time::sleep(Duration::from_millis(100)).await;
    services.api.set_session(None);
    assert_eq!(pending.await.expect("ends").err(), Some(ApiError::Timeout));
    server.stop().await;
}
