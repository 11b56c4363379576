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
    // 3: the private space's records. Every id the API shows is an opaque random id (43
    // base64url characters), never a row number; amounts are centimes, days `YYYY-MM-DD`,
    // months `YYYY-MM`, states and reasons the contract's snake_case names. `account_id` /
    // `insured_id` is the insured person whose household the row belongs to. No cascade: a
    // registry reload (`INSERT OR REPLACE INTO people`) must never delete a record.
    r#"
CREATE TABLE record_seeds (
    account_id TEXT PRIMARY KEY,
    seeded_on TEXT NOT NULL,
    amo_until TEXT
);
CREATE TABLE employers (
    employer_id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE declarations (
    account_id TEXT NOT NULL,
    month TEXT NOT NULL,
    employer_id TEXT NOT NULL REFERENCES employers(employer_id),
    days INTEGER NOT NULL CHECK (days BETWEEN 0 AND 26),
    salary INTEGER NOT NULL CHECK (salary >= 0),
    PRIMARY KEY (account_id, month, employer_id)
);
CREATE TABLE beneficiaries (
    id TEXT PRIMARY KEY,
    insured_id TEXT NOT NULL,
    account_id TEXT,
    child_id TEXT,
    first_name TEXT NOT NULL,
    relation TEXT NOT NULL CHECK (relation IN ('insured', 'spouse', 'child'))
);
CREATE INDEX beneficiaries_insured ON beneficiaries(insured_id);
CREATE TABLE claims (
    id TEXT PRIMARY KEY,
    insured_id TEXT NOT NULL,
    beneficiary_id TEXT NOT NULL REFERENCES beneficiaries(id),
    number TEXT NOT NULL UNIQUE,
    care TEXT NOT NULL,
    care_date TEXT NOT NULL,
    received_on TEXT NOT NULL,
    state TEXT NOT NULL,
    claimed INTEGER NOT NULL CHECK (claimed >= 0),
    reimbursed INTEGER,
    missing TEXT,
    refusal TEXT
);
CREATE INDEX claims_insured ON claims(insured_id, received_on);
CREATE TABLE claim_events (
    seq INTEGER PRIMARY KEY,
    claim_id TEXT NOT NULL REFERENCES claims(id),
    state TEXT NOT NULL,
    on_date TEXT NOT NULL
);
CREATE INDEX claim_events_claim ON claim_events(claim_id, seq);
CREATE TABLE children (
    id TEXT PRIMARY KEY,
    insured_id TEXT NOT NULL,
    first_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    situation TEXT NOT NULL CHECK (situation IN ('ordinary', 'apprentice', 'student'))
);
CREATE INDEX children_insured ON children(insured_id);
CREATE TABLE uploads (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    child_id TEXT NOT NULL REFERENCES children(id),
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    received_on TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX uploads_child ON uploads(child_id);
CREATE TABLE schooling_checks (
    child_id TEXT NOT NULL REFERENCES children(id),
    school_year INTEGER NOT NULL,
    state TEXT NOT NULL,
    due TEXT,
    refusal TEXT,
    upload_id TEXT REFERENCES uploads(id),
    -- The allowance is suspended: set when nothing arrived in time, cleared only when a
    -- certificate is accepted (a certificate received meanwhile does not lift it).
    suspended INTEGER NOT NULL DEFAULT 0,
    updated_on TEXT NOT NULL,
    PRIMARY KEY (child_id, school_year)
);
CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    paid_on TEXT NOT NULL,
    kind TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount >= 0),
    claim_id TEXT REFERENCES claims(id)
);
CREATE INDEX payments_account ON payments(account_id, paid_on);
CREATE TABLE pensions (
    account_id TEXT PRIMARY KEY,
    monthly INTEGER NOT NULL,
    since TEXT NOT NULL,
    proof_of_life TEXT NOT NULL,
    proof_of_life_until TEXT NOT NULL
);
CREATE TABLE bank_accounts (
    account_id TEXT PRIMARY KEY,
    rib TEXT NOT NULL,
    since TEXT NOT NULL,
    changed_at INTEGER
);
CREATE TABLE step_ups (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    phone TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    completed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE reports (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    employer_id TEXT NOT NULL REFERENCES employers(employer_id),
    month TEXT NOT NULL,
    state TEXT NOT NULL,
    submitted_on TEXT NOT NULL,
    updated_on TEXT NOT NULL
);
CREATE INDEX reports_account ON reports(account_id, employer_id, month);
"#,
    // 4: real delivery (`notify`). Each message gets a stable random id, given to the peer on
    // every attempt so it can de-duplicate; the e-mail's subject apart from its body; the
    // relay's attempts, next attempt (ms since the epoch) and reason (last failure, or why
    // it became a dead letter: `delivered` = 2); the peer's delivery receipt.
    r#"
ALTER TABLE outbox ADD COLUMN subject TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN message_id TEXT;
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN reason TEXT;
ALTER TABLE outbox ADD COLUMN receipt TEXT;
ALTER TABLE outbox ADD COLUMN receipt_at INTEGER;
CREATE UNIQUE INDEX outbox_message_id ON outbox(message_id);
CREATE INDEX outbox_due ON outbox(delivered, next_attempt_ms);
"#,
    // 5: «Mon compte». A session says where it runs (the app's words, shown in «Mes
    // appareils»): `device_hash` is a keyed hash of the app's random device id (never shown,
    // only compared, to tell a device this account has not used), the name, the platform and
    // the app's version at the last use. An account step-up is the password again, bound to
    // its session, one per session; a contact change is the new phone or e-mail waiting for
    // its code (the code itself in `codes`, its flow id the step-up's id).
    r#"
ALTER TABLE sessions ADD COLUMN device_hash BLOB;
ALTER TABLE sessions ADD COLUMN device_name TEXT;
ALTER TABLE sessions ADD COLUMN platform TEXT;
ALTER TABLE sessions ADD COLUMN app_version TEXT;
CREATE INDEX sessions_device ON sessions(account_id, device_hash);
CREATE TABLE account_step_ups (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    session_id TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE TABLE contact_changes (
    step_up_id TEXT PRIMARY KEY REFERENCES account_step_ups(id) ON DELETE CASCADE,
    account_id TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    destination TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
"#,
    // 6: attestations. The issuer's Ed25519 keys (one signing, `retired_on` NULL; retired
    // ones stay published); each document issued: its signed statement (JSON of what the
    // code carries), the code, the key, the PDF (dropped when the account is deleted), and
    // `facts_key`, a digest of its facts, so the same facts answer the same document while
    // it is not revoked.
    r#"
CREATE TABLE attestation_keys (
    kid TEXT PRIMARY KEY,
    secret BLOB NOT NULL,
    created_on TEXT NOT NULL,
    retired_on TEXT
);
CREATE UNIQUE INDEX attestation_keys_signing ON attestation_keys((retired_on IS NULL))
    WHERE retired_on IS NULL;
CREATE TABLE attestations (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL,
    facts_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    statement TEXT NOT NULL,
    code TEXT NOT NULL,
    kid TEXT NOT NULL REFERENCES attestation_keys(kid),
    pdf BLOB,
    issued_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE UNIQUE INDEX attestations_same_facts ON attestations(account_id, facts_key)
    WHERE revoked_at IS NULL;
CREATE INDEX attestations_account ON attestations(account_id, issued_at);
"#,
    // 7: the inbox. One row per message: its stable id, the account it is for, its notice
    // (JSON of `macnss_api::inbox::Notice`: ids, dates and states, never a sentence), its
    // topic, when it was posted and read. `seq` numbers messages for paging and waiting
    // (AUTOINCREMENT: a number is never given twice, even after a deletion). `dedupe` makes a
    // reminder posted at most once (`NULL` for the others).
    r#"
CREATE TABLE inbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    notice TEXT NOT NULL,
    posted_at INTEGER NOT NULL,
    read_at INTEGER,
    dedupe TEXT
);
CREATE INDEX inbox_account ON inbox(account_id, seq);
CREATE INDEX inbox_unread ON inbox(account_id, seq) WHERE read_at IS NULL;
CREATE UNIQUE INDEX inbox_once ON inbox(account_id, dedupe) WHERE dedupe IS NOT NULL;
"#,
    // 8: push notifications. A device registered for pushes, under the session that
    // registered it (pushes go only to devices whose session is live; a revoked session's
    // devices are swept), with its platform's address (a Web Push endpoint and its keys, an
    // FCM or APNs token) once per platform; the topics an account does not want pushed.
    // Pushes themselves are outbox rows (channel `push`, `to_addr` the device's id).
    r#"
CREATE TABLE push_devices (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    platform TEXT NOT NULL,
    address TEXT NOT NULL,
    p256dh TEXT,
    auth TEXT,
    lang TEXT NOT NULL,
    registered_at INTEGER NOT NULL,
    UNIQUE (platform, address)
);
CREATE INDEX push_devices_account ON push_devices(account_id);
CREATE INDEX push_devices_session ON push_devices(session_id);
CREATE TABLE push_muted (
    account_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    PRIMARY KEY (account_id, topic)
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

pub(crate) fn migrate(conn: &mut Connection) -> Result<(), rusqlite::Error> {
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

/// Deletes every account, flow, code, counter, session, token and message, and every record
/// of the private space (uploads included) (demo reset). The registry and the demo records are
/// reloaded by the caller.
pub fn wipe(conn: &Connection) -> Result<(), rusqlite::Error> {
    conn.execute_batch(
        "DELETE FROM access_tokens; DELETE FROM refresh_tokens; DELETE FROM sessions;
         DELETE FROM reset_tokens; DELETE FROM codes; DELETE FROM flows; DELETE FROM events;
         DELETE FROM outbox; DELETE FROM idempotency;
         DELETE FROM schooling_checks; DELETE FROM uploads; DELETE FROM payments;
         DELETE FROM claim_events; DELETE FROM claims; DELETE FROM beneficiaries;
         DELETE FROM children; DELETE FROM reports; DELETE FROM declarations;
         DELETE FROM employers; DELETE FROM pensions; DELETE FROM bank_accounts;
         DELETE FROM step_ups; DELETE FROM record_seeds;
         DELETE FROM contact_changes; DELETE FROM account_step_ups; DELETE FROM attestations;
         DELETE FROM inbox; DELETE FROM push_devices; DELETE FROM push_muted;
         DELETE FROM accounts; DELETE FROM people;",
    )
}

/// Forgets what no rule needs any more: expired flows and step-ups (the bank's and the
/// account's, with their contact changes) and their codes, expired access and
/// reset tokens, counters older than every window, idempotent answers older than a day, and
/// delivered messages outside the demo; and posts the reminders of certificates due within a
/// week ([`crate::inbox::remind_due_certificates`]).
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
    tx.execute(
        "DELETE FROM codes WHERE flow_id IN (SELECT id FROM step_ups WHERE expires_at <= ?1)",
        [now],
    )?;
    tx.execute("DELETE FROM step_ups WHERE expires_at <= ?1", [now])?;
    tx.execute(
        "DELETE FROM codes WHERE flow_id IN
            (SELECT id FROM account_step_ups WHERE expires_at <= ?1)",
        [now],
    )?;
    tx.execute("DELETE FROM account_step_ups WHERE expires_at <= ?1", [now])?;
    tx.execute("DELETE FROM access_tokens WHERE expires_at <= ?1", [now])?;
    tx.execute("DELETE FROM reset_tokens WHERE expires_at <= ?1", [now])?;
    crate::push::forget_ended_sessions(&tx)?;
    tx.execute("DELETE FROM events WHERE at <= ?1", [now - oldest_window])?;
    tx.execute(
        "DELETE FROM idempotency WHERE created_at <= ?1",
        [now - 86_400],
    )?;
    if let Some(at) = chrono::DateTime::from_timestamp(now, 0) {
        let today = macnss_api::validate::casablanca_today(at);
        crate::inbox::remind_due_certificates(&tx, today, now)?;
    }
    tx.commit()?;
    Ok(())
}
