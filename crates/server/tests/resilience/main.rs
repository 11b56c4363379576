//! Resilience of the real server binary (`macnss-server`, as shipped) on 127.0.0.1: SIGKILL
//! while sign-ups are in flight ([`kill`]), concurrent load with a peak-memory bound
//! ([`load`]), and a secrets audit of its log, database and request URLs after full journeys
//! ([`secrets`]). Every test starts its own process on a free loopback port with a file
//! database in a temporary directory; all traffic stays on this machine, and every loop is
//! bounded in count and time.

mod kill;
mod load;
mod secrets;

use reqwest::StatusCode;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `macnss-server` process.
pub struct ServerProcess {
    child: Child,
    pub base: String,
    pub log: PathBuf,
}

impl ServerProcess {
    /// Starts the binary with `args` (plus `--listen 127.0.0.1:<port>`), its stderr appended
    /// to `log`, and waits until `/healthz` answers.
    pub async fn start(port: u16, log: &Path, env: &[(&str, &str)], args: &[&str]) -> Self {
        let log_file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .expect("log file");
        let mut command = Command::new(env!("CARGO_BIN_EXE_macnss-server"));
        command
            .args(args)
            .args(["--listen", &format!("127.0.0.1:{port}")])
            .args(["--web-dir", "/nonexistent"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log_file)
            .env_remove("RUST_LOG");
        for (k, v) in env {
            command.env(k, v);
        }
        let child = command.spawn().expect("the server binary starts");
        let server = Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
            log: log.to_owned(),
        };
        let http = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(r) = http.get(format!("{}/healthz", server.base)).send().await
                && r.status().is_success()
            {
                return server;
            }
            assert!(
                Instant::now() < deadline,
                "the server did not come up; log:\n{}",
                std::fs::read_to_string(log).unwrap_or_default()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Peak resident memory so far (`VmHWM`), in KiB.
    pub fn peak_rss_kib(&self) -> u64 {
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", self.pid())).expect("/proc status");
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .expect("VmHWM")
    }

    /// SIGKILL: no shutdown code runs.
    pub fn kill(mut self) {
        self.child.kill().expect("SIGKILL");
        let _ = self.child.wait();
    }

    /// SIGTERM, then waits for the graceful exit.
    pub fn stop(mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        panic!("the server did not stop on SIGTERM within 20 s");
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        // A failed assertion must not leave a server behind.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A free loopback port (bound, read, released).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Limits that let one test client (one address) send thousands of requests, and one person
/// try many numbers: the tests measure the server under load, not its rate limits (those have
/// their own tests in `tests/api`).
pub const GENEROUS: [&str; 10] = [
    "--limit",
    "requests_per_client_per_minute=1000000",
    "--limit",
    "sends_per_identity_per_hour=1000",
    "--limit",
    "sends_per_identity_per_day=1000",
    "--limit",
    "distinct_phones_per_identity_per_day=1000",
    "--limit",
    "sends_per_destination_per_day=1000",
];

/// Synthetic person `i` (`--synthetic N`): account `800000000 + i`, CNIE `SY{100000 + i}`.
pub fn account_id(i: u32) -> String {
    format!("{}", 800_000_000 + i)
}

/// A distinct mobile number for attempt `n` (E.164).
pub fn phone(n: u32) -> String {
    format!("+2126{:08}", 10_000_000 + n)
}

/// How one sign-up ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// `POST /v1/signup/verify` answered 200.
    Created,
    /// An answer with this status at this step (4xx or 5xx).
    Refused {
        step: &'static str,
        status: u16,
        code: String,
    },
    /// No answer (connection refused or reset, timeout): the server was killed.
    NoAnswer { step: &'static str },
}

impl Outcome {
    pub fn is_server_error(&self) -> bool {
        matches!(self, Outcome::Refused { status, .. } if *status >= 500)
    }
}

/// The whole sign-up of synthetic person `i` with `phone`, codes read from `/dev/outbox`.
pub async fn sign_up(http: &reqwest::Client, base: &str, i: u32, phone: &str) -> Outcome {
    let start = json!({
        "kind": "insured", "document_kind": "cnie",
        "document_number": format!("SY{}", 100_000 + i),
        "document_expiry": "2035-12-31", "birth_date": "1985-06-15",
    });
    let body = match post(http, base, "/v1/signup/start", &start, "start").await {
        Ok(b) => b,
        Err(o) => return o,
    };
    let signup_id = body["signup_id"].as_str().unwrap_or_default().to_owned();
    let contact = json!({
        "signup_id": signup_id, "phone": phone, "email": format!("p{i}@example.ma"),
        "terms_accepted": true, "terms_version": "2026-01",
    });
    if let Err(o) = post(http, base, "/v1/signup/contact", &contact, "contact").await {
        return o;
    }
    let code = match outbox(http, base, phone).await {
        Ok(messages) => messages
            .iter()
            .rev()
            .find_map(|m| six_digits(m["body"].as_str().unwrap_or_default())),
        Err(()) => return Outcome::NoAnswer { step: "outbox" },
    };
    let Some(code) = code else {
        return Outcome::Refused {
            step: "outbox",
            status: 200,
            code: "no code".into(),
        };
    };
    let verify = json!({ "signup_id": signup_id, "code": code });
    match post(http, base, "/v1/signup/verify", &verify, "verify").await {
        Ok(_) => Outcome::Created,
        Err(o) => o,
    }
}

/// POSTs JSON; `Err` with the outcome unless the answer is a success.
pub async fn post(
    http: &reqwest::Client,
    base: &str,
    path: &str,
    body: &Value,
    step: &'static str,
) -> Result<Value, Outcome> {
    let response = http
        .post(format!("{base}{path}"))
        .json(body)
        .send()
        .await
        .map_err(|_| Outcome::NoAnswer { step })?;
    let status = response.status();
    let value: Value = match response.bytes().await {
        Ok(b) if b.is_empty() => Value::Null,
        Ok(b) => serde_json::from_slice(&b).unwrap_or(Value::Null),
        Err(_) => return Err(Outcome::NoAnswer { step }),
    };
    if status.is_success() {
        Ok(value)
    } else {
        Err(Outcome::Refused {
            step,
            status: status.as_u16(),
            code: value["code"].as_str().unwrap_or_default().to_owned(),
        })
    }
}

pub async fn outbox(http: &reqwest::Client, base: &str, to: &str) -> Result<Vec<Value>, ()> {
    let r = http
        .get(format!("{base}/dev/outbox"))
        .query(&[("to", to)])
        .send()
        .await
        .map_err(|_| ())?;
    if r.status() != StatusCode::OK {
        return Err(());
    }
    r.json().await.map_err(|_| ())
}

/// The first run of exactly six ASCII digits in `text`.
pub fn six_digits(text: &str) -> Option<String> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(5)).find_map(|i| {
        let run = &b[i..i + 6];
        let before = i == 0 || !b[i - 1].is_ascii_digit();
        let after = b.get(i + 6).is_none_or(|c| !c.is_ascii_digit());
        (run.iter().all(u8::is_ascii_digit) && before && after)
            .then(|| String::from_utf8_lossy(run).into_owned())
    })
}

/// The synthetic people's accounts in the database file (the demo's own are left out), with what a complete sign-up leaves: its password hash
/// and the number of credentials SMS sent to its phone.
#[derive(Debug)]
pub struct StoredAccount {
    pub account_id: String,
    pub phone: String,
    pub password_hash: String,
    pub credentials_sms: usize,
    pub open_signup_flows: usize,
}

pub fn stored_accounts(db: &Path) -> Vec<StoredAccount> {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open the database read-only");
    let mut stmt = conn
        .prepare(
            "SELECT a.account_id, a.phone, a.password_hash,
                (SELECT COUNT(*) FROM outbox o
                  WHERE o.to_addr = a.phone AND o.body LIKE '%' || a.account_id || '%'),
                (SELECT COUNT(*) FROM flows f
                  WHERE f.purpose = 'signup' AND f.account_id = a.account_id AND f.phone = a.phone)
             FROM accounts a WHERE a.account_id >= '800000000' ORDER BY a.account_id",
        )
        .expect("query");
    stmt.query_map([], |r| {
        Ok(StoredAccount {
            account_id: r.get(0)?,
            phone: r.get(1)?,
            password_hash: r.get(2)?,
            credentials_sms: r.get::<_, i64>(3)? as usize,
            open_signup_flows: r.get::<_, i64>(4)? as usize,
        })
    })
    .expect("rows")
    .collect::<Result<Vec<_>, _>>()
    .expect("accounts")
}

/// Asserts that every stored account is whole: an Argon2id hash, exactly one credentials SMS
/// to its phone, and no sign-up flow left open for that phone.
#[track_caller]
pub fn assert_whole(accounts: &[StoredAccount]) {
    for a in accounts {
        assert!(
            a.password_hash.starts_with("$argon2id$"),
            "{}: half-created (hash {:?})",
            a.account_id,
            a.password_hash
        );
        assert_eq!(
            a.credentials_sms, 1,
            "{}: credentials SMS sent {} times",
            a.account_id, a.credentials_sms
        );
        assert_eq!(
            a.open_signup_flows, 0,
            "{}: its sign-up flow outlived the account",
            a.account_id
        );
    }
}
