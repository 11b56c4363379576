//! The application: its shared state (configuration, database, clock, hasher, secret key,
//! message ports, limiters), start-up (migration, secret, registry), and [`router`], which wires
//! every route with the cross-cutting layers — app-version check, per-client limit, body
//! size limit, panics and bare errors turned into problems.

use crate::StartError;
use crate::clock::Clock;
use crate::config::Config;
use crate::crypto::ServerKey;
use crate::db::{Db, DbError};
use crate::errors::problem_response;
use crate::limits::ClientLimiter;
use crate::notify::{Gateway, Notifier, Ports};
use crate::passwords::{Hasher, cached_hash};
use crate::records::seed;
use crate::registry::{self, Person};
use crate::routes;
use axum::Router;
use axum::extract::{ConnectInfo, DefaultBodyLimit, FromRef, Request, State};
use axum::handler::Handler;
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, on};
use macnss_api::operations::{Input, Method, Operation};
use macnss_api::validate::casablanca_today;
use macnss_api::{ErrorCode, PROBLEM_CONTENT_TYPE, Problem, routes as paths};
use rusqlite::{Connection, OptionalExtension, params};
use std::net::SocketAddr;
use std::sync::Arc;
use tower_http::catch_panic::CatchPanicLayer;

/// Everything a handler needs, cheap to clone. Each part is also a sub-state of its own
/// (`FromRef`): a handler takes only the parts it uses (`State<Db>`, `State<Clock>`,
/// `State<Arc<Config>>`, …), and the whole state only when it needs most of them.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    pub clock: Clock,
    pub hasher: Hasher,
    pub key: ServerKey,
    /// Queues messages in the transaction of the change they announce (the outbox).
    pub notifier: Arc<dyn Notifier>,
    /// Carries queued messages out (the delivery task's side).
    pub gateway: Arc<dyn Gateway>,
    pub clients: Arc<ClientLimiter>,
    /// Carries pushes to the push services (the same delivery task's side).
    pub pusher: Arc<crate::push::Pusher>,
}

impl AppState {
    /// Opens and migrates the database, loads the secret key and the registry; messages go
    /// through the ports `config.delivery` asks for (the outbox, delivered to the configured
    /// SMTP relay and SMS gateway; to the log, [`Ports::embedded`], when none is configured).
    pub async fn build(config: Config) -> Result<Self, StartError> {
        let ports = config.delivery.ports()?;
        Self::build_with(config, ports).await
    }

    /// [`AppState::build`] with other message ports (a test's gateway): the one place where
    /// they are set.
    pub async fn build_with(config: Config, ports: Ports) -> Result<Self, StartError> {
        if config.demo && !config.listen.ip().is_loopback() && !config.allow_public_demo {
            return Err(StartError::PublicDemo(config.listen));
        }
        let db = Db::open(&config.db)?;
        let key = db.call_sync(load_or_create_key)?;
        let vapid =
            db.call_sync(|conn| crate::push::load_or_create_vapid(conn, &config.delivery.push))?;
        let pusher = Arc::new(crate::push::Pusher::new(&config.delivery.push, vapid)?);
        db.call_sync(|conn| -> Result<usize, StartError> {
            Ok(crate::idempotency::forget_pending(conn)?)
        })?;
        let people = registry_people(&config)?;
        let records = demo_records(&config)?;
        let hashes = tokio::task::spawn_blocking({
            let people = people.clone();
            move || demo_hashes(&people)
        })
        .await??;
        let clock = Clock::new();
        let today = casablanca_today(clock.now());
        db.call_sync(|conn| -> Result<(), DbError> {
            let tx = conn.transaction()?;
            load_registry(&tx, &people, &hashes, 0)?;
            if let Some(records) = &records {
                seed::load_demo(&tx, records, today)?;
            }
            tx.commit()?;
            Ok(())
        })
        .map_err(|e| StartError::Registry(e.to_string()))?;
        let hasher = Hasher::new(config.limits.concurrent_hashes);
        Ok(Self {
            config: Arc::new(config),
            db,
            clock,
            hasher,
            key,
            notifier: ports.notifier,
            gateway: ports.gateway,
            clients: Arc::new(ClientLimiter::default()),
            pusher,
        })
    }

    /// Wipes accounts, flows, counters, sessions, messages and every record, puts the clock
    /// back to system time, and reloads the demo registry and its records, dated from today
    /// (`POST /dev/reset`).
    pub async fn reset_demo(&self) -> Result<(), StartError> {
        let people = registry_people(&self.config)?;
        let records = demo_records(&self.config)?;
        let hashes = tokio::task::spawn_blocking({
            let people = people.clone();
            move || demo_hashes(&people)
        })
        .await??;
        self.clock.reset();
        let today = casablanca_today(self.clock.now());
        self.db
            .call(move |conn| -> Result<(), DbError> {
                let tx = conn.transaction()?;
                crate::db::wipe(&tx)?;
                load_registry(&tx, &people, &hashes, 0)?;
                if let Some(records) = &records {
                    seed::load_demo(&tx, records, today)?;
                }
                tx.commit()?;
                Ok(())
            })
            .await
            .map_err(|e| StartError::Registry(e.to_string()))?;
        self.clients.clear();
        Ok(())
    }
}

fn load_or_create_key(conn: &mut Connection) -> Result<ServerKey, StartError> {
    let existing: Option<Vec<u8>> = conn
        .query_row("SELECT value FROM meta WHERE key = 'server_key'", [], |r| {
            r.get(0)
        })
        .optional()?;
    if let Some(k) = existing.as_deref().and_then(ServerKey::from_bytes) {
        return Ok(k);
    }
    let k = ServerKey::generate();
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('server_key', ?1)",
        params![k.as_bytes()],
    )?;
    Ok(k)
}

fn registry_people(config: &Config) -> Result<Vec<Person>, StartError> {
    let mut people = if config.demo {
        registry::parse_registry(registry::DEMO_REGISTRY)
            .map_err(|e| StartError::Registry(e.to_string()))?
    } else {
        Vec::new()
    };
    people.extend((0..config.synthetic).map(registry::synthetic_person));
    Ok(people)
}

/// The demo's records file (`--demo` only).
fn demo_records(config: &Config) -> Result<Option<seed::RecordsFile>, StartError> {
    config
        .demo
        .then(|| seed::parse(seed::DEMO_RECORDS).map_err(|e| StartError::Registry(e.to_string())))
        .transpose()
}

fn demo_hashes(people: &[Person]) -> Result<Vec<Option<String>>, StartError> {
    people
        .iter()
        .map(|p| {
            p.account
                .as_ref()
                .map(|a| cached_hash(&a.password))
                .transpose()
                .map_err(|e| StartError::Registry(e.to_string()))
        })
        .collect()
}

/// Inserts the people and their demo accounts (an existing account is left as it is).
fn load_registry(
    conn: &Connection,
    people: &[Person],
    hashes: &[Option<String>],
    now: i64,
) -> rusqlite::Result<()> {
    registry::insert_people(conn, people)?;
    for (p, hash) in people.iter().zip(hashes) {
        if let (Some(a), Some(hash)) = (&p.account, hash) {
            conn.execute(
                "INSERT OR IGNORE INTO accounts (account_id, phone, email, password_hash,
                    temporary, temporary_expires_at, terms_version, created_at)
                 VALUES (?1, ?2, ?3, ?4, 0, NULL, ?5, ?6)",
                params![
                    p.account_id,
                    a.phone,
                    a.email,
                    hash,
                    crate::terms::CURRENT_VERSION,
                    now
                ],
            )?;
        }
    }
    Ok(())
}

/// The whole HTTP application. The per-client limit needs the peer address: serve it with
/// `into_make_service_with_connect_info::<SocketAddr>()` (as [`crate::spawn`] does); without
/// it, that one limit is skipped.
pub fn router(state: AppState) -> Router {
    use macnss_api::operations as op;
    use routes::{
        account, attestations, bank, dev, inbox, meta, push, recovery, session, signup, space,
    };
    let app = Mount(Router::new())
        .at::<op::Healthz, _, _>(meta::healthz)
        .at::<op::OpenApi, _, _>(meta::openapi_json)
        .at::<op::Terms, _, _>(meta::terms)
        .at::<op::SignupStart, _, _>(signup::start)
        .at::<op::SignupContact, _, _>(signup::contact)
        .at::<op::SignupResend, _, _>(signup::resend)
        .at::<op::SignupVerify, _, _>(signup::verify)
        .at::<op::SignIn, _, _>(session::sign_in)
        .at::<op::Refresh, _, _>(session::refresh)
        .at::<op::SignOut, _, _>(session::sign_out)
        .at::<op::Me, _, _>(session::me)
        .at::<op::ChangePassword, _, _>(session::change_password)
        .at::<op::RecoveryStart, _, _>(recovery::start)
        .at::<op::RecoverySend, _, _>(recovery::send)
        .at::<op::RecoveryVerify, _, _>(recovery::verify)
        .at::<op::RecoveryComplete, _, _>(recovery::complete)
        .at::<op::Space, _, _>(space::space)
        .at::<op::Career, _, _>(space::career)
        .at::<op::Claims, _, _>(space::claims)
        .at::<op::Claim, _, _>(space::claim)
        .at::<op::Family, _, _>(space::family)
        .at::<op::Certificate, _, _>(space::certificate)
        .at::<op::Payments, _, _>(space::payments)
        .at::<op::BankStepUp, _, _>(bank::step_up)
        .at::<op::ChangeBankAccount, _, _>(bank::change)
        .at::<op::Reports, _, _>(space::reports)
        .at::<op::CreateReport, _, _>(space::create_report)
        .at::<op::Agencies, _, _>(space::agencies)
        .at::<op::Account, _, _>(account::account)
        .at::<op::AccountStepUp, _, _>(account::step_up)
        .at::<op::ChangeContact, _, _>(account::change_contact)
        .at::<op::ResendContactCode, _, _>(account::resend)
        .at::<op::VerifyContact, _, _>(account::verify)
        .at::<op::RevokeSession, _, _>(account::revoke)
        .at::<op::RevokeOtherSessions, _, _>(account::revoke_others)
        .at::<op::DeleteAccount, _, _>(account::delete)
        .at::<op::Attestations, _, _>(attestations::list)
        .at::<op::IssueAttestation, _, _>(attestations::issue)
        .at::<op::AttestationPdf, _, _>(attestations::pdf)
        .at::<op::AttestationKeys, _, _>(attestations::keys)
        .at::<op::Inbox, _, _>(inbox::page)
        .at::<op::InboxWait, _, _>(inbox::wait)
        .at::<op::MarkRead, _, _>(inbox::mark_read)
        .at::<op::MarkAllRead, _, _>(inbox::mark_all_read)
        .at::<op::InboxMessage, _, _>(inbox::message)
        .at::<op::PushWebKey, _, _>(push::web_key)
        .at::<op::RegisterDevice, _, _>(push::register)
        .at::<op::RemoveDevice, _, _>(push::remove)
        .at::<op::PushPreferences, _, _>(push::preferences)
        .at::<op::SetPushPreferences, _, _>(push::set_preferences);
    let app = if state.config.demo {
        app.at::<dev::Outbox, _, _>(dev::outbox)
            .at::<dev::MoveClock, _, _>(dev::clock)
            .at::<dev::Reset, _, _>(dev::reset)
            .at::<dev::AdvanceClaim, _, _>(dev::advance_claim)
            .at::<dev::AdvanceSchooling, _, _>(dev::advance_schooling)
            .at::<dev::AdvanceReport, _, _>(dev::advance_report)
            .at::<attestations::RevokeAttestation, _, _>(attestations::revoke)
            .at::<attestations::RotateAttestationKey, _, _>(attestations::rotate)
    } else {
        // Absent, but with the same methods, so an undeclared method is a 405 as elsewhere.
        app.at::<dev::Outbox, _, _>(dev::absent)
            .at::<dev::MoveClock, _, _>(dev::absent)
            .at::<dev::Reset, _, _>(dev::absent)
            .at::<dev::AdvanceClaim, _, _>(dev::absent)
            .at::<dev::AdvanceSchooling, _, _>(dev::absent)
            .at::<dev::AdvanceReport, _, _>(dev::absent)
            .at::<attestations::RevokeAttestation, _, _>(dev::absent)
            .at::<attestations::RotateAttestationKey, _, _>(dev::absent)
    };
    // The public verification page: HTML for people, beside the operations (not one).
    let app = app
        .0
        .route(
            "/v/check",
            axum::routing::get(attestations::form_page).post(attestations::check),
        )
        .route("/v/{id}", axum::routing::get(attestations::verify_page));
    let max_body = state.config.limits.max_body_bytes;
    app.fallback(crate::web::fallback)
        .layer(middleware::from_fn_with_state(state.clone(), guard))
        .layer(middleware::from_fn(bare_errors_to_problems))
        .layer(DefaultBodyLimit::max(max_body))
        .layer(CatchPanicLayer::custom(
            |_: Box<dyn std::any::Any + Send>| {
                tracing::error!("a handler panicked");
                problem_response(&Problem::new(ErrorCode::Internal))
            },
        ))
        .with_state(state)
}

/// The body limit of a file upload's route: the largest file and 64 KiB more.
const UPLOAD_BODY_LIMIT: usize = macnss_api::records::MAX_UPLOAD_BYTES + 64 * 1024;

/// Mounts handlers at their operations' declared method and path (`macnss_api::operations`),
/// the one place where a route is made.
struct Mount(Router<AppState>);

impl Mount {
    fn at<O: Operation, H, T>(self, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let filter = match O::METHOD {
            Method::Get => MethodFilter::GET,
            Method::Post => MethodFilter::POST,
        };
        let route = on(filter, handler);
        // A file body may be larger than every other body: its own limit, on its route only
        // (a little over the largest file, so the handler reads one byte too many and says
        // `payload_too_large` itself).
        let route = if O::INPUT == Input::File {
            route.layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT))
        } else {
            route
        };
        Self(self.0.route(O::PATH, route))
    }
}

/// `x-app-version` below the minimum → `app_version_unsupported`; too many requests from
/// one client address on the API → `rate_limited`.
async fn guard(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if let Some(min) = &state.config.min_app_version
        && let Some(v) = req.headers().get(paths::APP_VERSION_HEADER)
    {
        let ok = v
            .to_str()
            .ok()
            .and_then(parse_version)
            .zip(parse_version(min))
            .is_some_and(|(got, min)| got >= min);
        if !ok {
            return problem_response(&Problem::new(ErrorCode::AppVersionUnsupported));
        }
    }
    // The API and the attestations' verification page share the per-client limit (a
    // lookup by id cannot be used to enumerate documents faster than the API allows).
    if req.uri().path().starts_with(paths::API_PREFIX)
        || req
            .uri()
            .path()
            .starts_with(macnss_api::attestation::VERIFY_PAGE_PREFIX)
    {
        let ip = req
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        if let Some(ip) = ip
            && let Err(wait) = state.clients.check(
                ip,
                state.config.limits.requests_per_client_per_minute,
                state.clock.unix(),
            )
        {
            return problem_response(
                &Problem::new(ErrorCode::RateLimited)
                    .with_retry_after(u64::try_from(wait.max(1)).unwrap_or(1)),
            );
        }
    }
    next.run(req).await
}

/// `1.2.3` → (1, 2, 3); missing parts are 0; anything else is unreadable.
pub fn parse_version(s: &str) -> Option<(u64, u64, u64)> {
    let core = s.trim().split(['-', '+']).next()?;
    let mut parts = core.split('.').map(|p| p.parse::<u64>().ok());
    let major = parts.next()??;
    let minor = parts.next().unwrap_or(Some(0))?;
    let patch = parts.next().unwrap_or(Some(0))?;
    if parts.next().is_some() {
        return None;
    }
    Some((major, minor, patch))
}

/// Error responses made by axum itself (405, 413 from the body limit, …) get a problem body.
async fn bare_errors_to_problems(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let is_problem = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with(PROBLEM_CONTENT_TYPE));
    // A page for people (the attestations' verification page) keeps its own body.
    let is_page = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_problem || is_page {
        return res;
    }
    let code = match status {
        StatusCode::NOT_FOUND => ErrorCode::NotFound,
        StatusCode::PAYLOAD_TOO_LARGE => ErrorCode::PayloadTooLarge,
        StatusCode::TOO_MANY_REQUESTS => ErrorCode::RateLimited,
        s if s.is_server_error() => ErrorCode::Internal,
        _ => ErrorCode::MalformedRequest,
    };
    let mut p = Problem::new(code);
    p.status = status.as_u16();
    let mut out = problem_response(&p);
    if status == StatusCode::METHOD_NOT_ALLOWED
        && let Some(allow) = res.headers().get(header::ALLOW)
    {
        out.headers_mut().insert(header::ALLOW, allow.clone());
    }
    out.into_response()
}

#[cfg(test)]
mod tests {
    use super::parse_version;

    #[test]
    fn versions_compare_numerically() {
        assert!(parse_version("1.10.0") > parse_version("1.9.9"));
        assert_eq!(parse_version("2"), Some((2, 0, 0)));
        assert_eq!(parse_version("1.2.3-beta"), Some((1, 2, 3)));
        assert_eq!(parse_version("abc"), None);
    }
}
