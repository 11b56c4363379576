//! The SQLite store: opening (WAL for files), the schema migration run at start, and the one
//! way handlers reach the database — [`Db::call`], which runs a closure on a blocking thread so
//! the async workers never wait on disk.

use crate::config::DbLocation;
use rusqlite::Connection;
use std::sync::{Arc, Mutex};

/// Failure at the storage boundary.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("the database task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
    #[error("the database lock is poisoned")]
    Poisoned,
}

/// One connection, serialised behind a mutex (SQLite allows one writer anyway).
#[derive(Clone)]
pub struct Db {
    conn: Arc<Mutex<Connection>>,
    /// One caller at a time takes a blocking thread: the others wait here, as tasks, instead
    /// of each parking a blocking thread on the mutex (hundreds of threads under load, each
    /// with its own stack and allocator arena — see `tests/resilience/load.rs`).
    turn: Arc<tokio::sync::Semaphore>,
}

/// The schema, versioned with `PRAGMA user_version`; each entry migrates from its index.
const MIGRATIONS: &[&str] = &[
    // 1: the initial schema.
    r#"
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE people (
    account_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('insured', 'dependant')),
    insured_id TEXT,
    regime TEXT,
    doc_kind TEXT NOT NULL,
    doc_number TEXT NOT NULL,
    doc_expiry TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    declared_phone TEXT,
    UNIQUE (doc_kind, doc_number)
);
CREATE TABLE accounts (
    account_id TEXT PRIMARY KEY REFERENCES people(account_id),
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    temporary INTEGER NOT NULL,
    temporary_expires_at INTEGER,
    terms_version TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE flows (
    id TEXT PRIMARY KEY,
    purpose TEXT NOT NULL CHECK (purpose IN ('signup', 'recovery')),
    identity TEXT NOT NULL,
    account_id TEXT,
    decoy INTEGER NOT NULL DEFAULT 0,
    phone TEXT,
    email TEXT,
    terms_version TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE TABLE codes (
    id INTEGER PRIMARY KEY,
    flow_id TEXT NOT NULL,
    mac BLOB NOT NULL,
    channel TEXT NOT NULL,
    destination TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX codes_flow ON codes(flow_id, active);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    detail TEXT,
    at INTEGER NOT NULL
);
CREATE INDEX events_lookup ON events(kind, key, at);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    temporary INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_account ON sessions(account_id);
CREATE TABLE access_tokens (
    hash BLOB PRIMARY KEY,
    session_id TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE TABLE refresh_tokens (
    hash BLOB PRIMARY KEY,
    session_id TEXT NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE reset_tokens (
    hash BLOB PRIMARY KEY,
    account_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    to_addr TEXT NOT NULL,
    channel TEXT NOT NULL,
    body TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    delivered INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE idempotency (
    route TEXT NOT NULL,
    key TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (route, key)
);
"#,
    // 2: an idempotency key is bound to the SHA-256 of its request body, and reserved (status
    // NULL) while its first request runs. Stored answers live a day: dropping them is harmless.
    r#"
DROP TABLE idempotency;
CREATE TABLE idempotency (
    route TEXT NOT NULL,
    key TEXT NOT NULL,
    request_hash BLOB NOT NULL,
    status INTEGER,
    body TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (route, key)
);
"#,
];

impl Db {
    /// Opens (creating if needed) and migrates the database.
    pub fn open(location: &DbLocation) -> Result<Self, rusqlite::Error> {
        let conn = match location {
            DbLocation::Memory => Connection::open_in_memory()?,
            DbLocation::File(path) => {
                let conn = Connection::open(path)?;
                conn.pragma_update(None, "journal_mode", "WAL")?;
                conn.pragma_update(None, "synchronous", "NORMAL")?;
                conn
            }
        };
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Purged message bodies (codes, temporary passwords) and deleted rows are overwritten
        // with zeros instead of lingering in free space of the file (found by the secrets
        // audit, `tests/resilience/secrets.rs`).
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let mut conn = conn;
        migrate(&mut conn)?;
        Ok(Self {
            conn: Arc::new(Mutex::new(conn)),
            turn: Arc::new(tokio::sync::Semaphore::new(1)),
        })
    }

    /// Runs `f` with the connection on a blocking thread.
    pub async fn call<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, E> + Send + 'static,
    {
        let conn = self.conn.clone();
        let _turn = self
            .turn
            .acquire()
            .await
            .map_err(|_| E::from(DbError::Poisoned))?;
        tokio::task::spawn_blocking(move || {
            let mut guard = conn.lock().map_err(|_| E::from(DbError::Poisoned))?;
            f(&mut guard)
        })
        .await
        .map_err(|e| E::from(DbError::Task(e)))?
    }

    /// Runs `f` with the connection on the current thread (start-up only).
    pub fn call_sync<T, E, F>(&self, f: F) -> Result<T, E>
    where
        E: From<DbError>,
        F: FnOnce(&mut Connection) -> Result<T, E>,
    {
        let mut guard = self.conn.lock().map_err(|_| E::from(DbError::Poisoned))?;
        f(&mut guard)
    }
}

fn migrate(conn: &mut Connection) -> Result<(), rusqlite::Error> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    for (i, sql) in MIGRATIONS
        .iter()
        .enumerate()
        .skip(usize::try_from(version).unwrap_or(0))
    {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(
            None,
            "user_version",
            i64::try_from(i + 1).unwrap_or(i64::MAX),
        )?;
        tx.commit()?;
    }
    Ok(())
}

/// Deletes every account, flow, code, counter, session, token and message (demo reset). The
/// registry is reloaded by the caller.
pub fn wipe(conn: &Connection) -> Result<(), rusqlite::Error> {
    conn.execute_batch(
        "DELETE FROM access_tokens; DELETE FROM refresh_tokens; DELETE FROM sessions;
         DELETE FROM reset_tokens; DELETE FROM codes; DELETE FROM flows; DELETE FROM events;
         DELETE FROM outbox; DELETE FROM idempotency; DELETE FROM accounts; DELETE FROM people;",
    )
}

/// Forgets what no rule needs any more: expired flows and their codes, expired access and
/// reset tokens, counters older than every window, idempotent answers older than a day, and
/// delivered messages outside the demo.
pub fn sweep(
    conn: &mut Connection,
    limits: &crate::config::Limits,
    now: i64,
) -> Result<(), DbError> {
    let oldest_window = limits
        .failure_window_seconds
        .max(limits.sign_in_failure_window_seconds)
        .max(86_400);
    let tx = conn.transaction()?;
    tx.execute(
        "DELETE FROM codes WHERE flow_id IN (SELECT id FROM flows WHERE expires_at <= ?1)",
        [now],
    )?;
    tx.execute("DELETE FROM flows WHERE expires_at <= ?1", [now])?;
    tx.execute("DELETE FROM access_tokens WHERE expires_at <= ?1", [now])?;
    tx.execute("DELETE FROM reset_tokens WHERE expires_at <= ?1", [now])?;
    tx.execute("DELETE FROM events WHERE at <= ?1", [now - oldest_window])?;
    tx.execute(
        "DELETE FROM idempotency WHERE created_at <= ?1",
        [now - 86_400],
    )?;
    tx.commit()?;
    Ok(())
}
