//! The MaCNSS reference server as a library: the account rules for real (HTTP, SQLite,
//! Argon2id, an outbox for SMS and e-mail), so that the app, the demo and every end-to-end test
//! run against something that enforces what the real backend must.
//!
//! Run it in-process (what the app's end-to-end tests do):
//!
//! ```no_run
//! # async fn demo() -> Result<(), macnss_server::StartError> {
//! let server = macnss_server::spawn(macnss_server::Config::for_tests()).await?;
//! let base = server.base_url(); // "http://127.0.0.1:<port>"
//! // … talk HTTP to `base`; `GET {base}/dev/outbox` shows the SMS and e-mails sent …
//! server.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! The stable surface is [`Config`], [`spawn`] (and [`spawn_with`], with other message
//! ports), [`RunningServer`], [`router`] and [`AppState`]; every other module is public only for the server's own binary and tests.

pub mod app;
pub mod attestations;
pub mod auth;
pub mod clock;
pub mod config;
pub mod crypto;
pub mod db;
pub mod delivery;
pub mod directory;
pub mod errors;
pub mod extract;
pub mod flows;
pub mod idempotency;
pub mod inbox;
pub mod limits;
pub mod messages;
pub mod notify;
pub mod openapi;
pub mod passwords;
pub mod push;
pub mod records;
pub mod registry;
pub mod routes;
pub mod terms;
pub mod web;

pub use app::{AppState, router};
pub use config::{Config, Limits};

use std::net::SocketAddr;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("the database could not be opened or migrated: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("the database failed: {0}")]
    Db(#[from] db::DbError),
    #[error("the demo registry could not be loaded: {0}")]
    Registry(String),
    #[error("--demo listens on loopback only; pass --allow-public-demo to listen on {0}")]
    PublicDemo(SocketAddr),
    #[error("could not listen: {0}")]
    Io(#[from] std::io::Error),
    #[error("a start-up task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
    #[error("{0}")]
    Delivery(#[from] delivery::DeliveryError),
}

/// A server running in the background on a local port.
pub struct RunningServer {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
    state: AppState,
}

impl RunningServer {
    /// `http://127.0.0.1:<port>`, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The address the server listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// The server's state (database, clock), for tests that need to look inside.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Stops accepting connections, lets requests in flight finish, and waits.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let _ = (&mut self.task).await;
    }
}

/// Builds the state and serves it on `config.listen` (tests: `127.0.0.1:0`, a free port) in a
/// background task. Returns once the port is bound, so requests can be sent immediately.
/// Messages go through the ports `config.delivery` asks for (the outbox, delivered to the
/// configured SMTP relay and SMS gateway, or to the log when none is configured).
pub async fn spawn(config: Config) -> Result<RunningServer, StartError> {
    let ports = config.delivery.ports()?;
    spawn_with(config, ports).await
}

/// [`spawn`] with other message ports, e.g. a real SMS or e-mail [`notify::Gateway`].
pub async fn spawn_with(config: Config, ports: notify::Ports) -> Result<RunningServer, StartError> {
    let listen = config.listen;
    let state = AppState::build_with(config, ports).await?;
    let listener = TcpListener::bind(listen).await?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = oneshot::channel::<()>();
    let app = router(state.clone());
    let worker = notify::spawn_delivery(state.clone());
    let receipts = delivery::spawn_receipts(&state.config.delivery, state.db.clone()).await?;
    let task = tokio::spawn(async move {
        let served = axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            let _ = stopped.await;
        })
        .await;
        if let Err(e) = served {
            tracing::error!(error = %e, "server stopped with an error");
        }
        worker.abort();
        if let Some(r) = receipts {
            r.abort();
        }
    });
    tracing::info!(%addr, "listening");
    Ok(RunningServer {
        addr,
        stop: Some(stop),
        task,
        state,
    })
}
