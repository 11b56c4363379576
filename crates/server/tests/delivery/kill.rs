//! The kill test, with the receiving end as the oracle: 200 sign-ups against the real
//! server binary (not the demo: bodies are purged once delivered) sending its SMS through
//! Kannel. The server is SIGKILLed at the 100th answer and restarted on the same database;
//! Kannel (bearerbox, smsbox and the SMSC) is SIGKILLed at the 150th and restarted. Then, in
//! Kannel's access log: every sign-up whose code request was answered 2xx has its code SMS,
//! each message id stands for one message (copies of it are the same SMS) and no phone got
//! two different code messages; in the database: no body left of a delivered message, no
//! dead letter. A few codes read at the SMSC then finish their sign-up.

use super::peers::{Kannel, Sms, free_port};
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const SIGNUPS: u32 = 200;
const IN_FLIGHT: usize = 8;
const KILL_SERVER_AT: usize = 100;
const KILL_GATEWAY_AT: usize = 150;
/// Sign-ups finished with the code read at the SMSC.
const VERIFIED: u32 = 4;

const LIMITS: [&str; 10] = [
    "requests_per_client_per_minute=1000000",
    "sends_per_identity_per_hour=1000",
    "sends_per_identity_per_day=1000",
    "distinct_phones_per_identity_per_day=1000",
    "sends_per_destination_per_day=1000",
    "code_failures_per_identity=1000",
    "code_failures_per_destination=1000",
    "sign_in_free_failures=1000",
    "resend_cooldown_seconds=0",
    "code_max_attempts=5",
];

struct Server(Child);

impl Server {
    async fn start(port: u16, db: &Path, log: &Path, env: &[(String, String)]) -> Self {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .expect("log");
        let mut c = Command::new(env!("CARGO_BIN_EXE_macnss-server"));
        c.arg("--db")
            .arg(db)
            .args(["--synthetic", &SIGNUPS.to_string()])
            .args(["--listen", &format!("127.0.0.1:{port}")])
            .args(["--web-dir", "/nonexistent"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .env_remove("RUST_LOG");
        for l in LIMITS {
            c.args(["--limit", l]);
        }
        for (k, v) in env {
            c.env(k, v);
        }
        let server = Self(c.spawn().expect("the server binary starts"));
        let http = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(r) = http
                .get(format!("http://127.0.0.1:{port}/healthz"))
                .send()
                .await
                && r.status().is_success()
            {
                return server;
            }
            assert!(Instant::now() < deadline, "the server did not come up");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    fn kill(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
        }
        let _ = self.0.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

fn phone(n: u32) -> String {
    format!("+2126{:08}", 20_000_000 + n)
}

/// POSTs JSON: the status (`None`: no answer) and the body.
async fn post(http: &reqwest::Client, url: String, body: Value) -> (Option<StatusCode>, Value) {
    match http.post(url).json(&body).send().await {
        Ok(r) => {
            let status = r.status();
            (Some(status), r.json().await.unwrap_or(Value::Null))
        }
        Err(_) => (None, Value::Null),
    }
}

/// Synthetic person `i` asks for a sign-up code to `phone`: the signup id when the code
/// request was answered 2xx.
async fn ask_code(http: reqwest::Client, base: String, i: u32, phone: String) -> Option<String> {
    let start = json!({
        "kind": "insured", "document_kind": "cnie",
        "document_number": format!("SY{}", 100_000 + i),
        "document_expiry": "2035-12-31", "birth_date": "1985-06-15",
    });
    let (status, body) = post(&http, format!("{base}/v1/signup/start"), start).await;
    if !status.is_some_and(|s| s.is_success()) {
        assert!(
            !status.is_some_and(|s| s.is_server_error()),
            "start: {body}"
        );
        return None;
    }
    let signup_id = body["signup_id"].as_str()?.to_owned();
    let contact = json!({
        "signup_id": signup_id, "phone": phone, "email": format!("k{i}@example.ma"),
        "terms_accepted": true, "terms_version": "2026-01",
    });
    let (status, body) = post(&http, format!("{base}/v1/signup/contact"), contact).await;
    assert!(
        !status.is_some_and(|s| s.is_server_error()),
        "contact: {body}"
    );
    status.is_some_and(|s| s.is_success()).then_some(signup_id)
}

fn six_digits(text: &str) -> Option<String> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(5)).find_map(|i| {
        let run = &b[i..i + 6];
        let before = i.checked_sub(1).map(|j| b[j].is_ascii_digit());
        let after = b.get(i + 6).map(u8::is_ascii_digit);
        (run.iter().all(u8::is_ascii_digit) && before != Some(true) && after != Some(true))
            .then(|| String::from_utf8_lossy(run).into_owned())
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[ignore = "needs Debian's kannel and kannel-extras (scripts/setup-test); scripts/test runs it"]
async fn every_code_answered_2xx_reaches_the_smsc_through_a_server_kill_and_a_gateway_kill() {
    let started = Instant::now();
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut kannel = Kannel::start(dir.path());
    let db = dir.path().join("kill.db");
    let log = dir.path().join("server.log");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut env = kannel.env(free_port());
    env.extend([
        ("MACNSS_RETRY_BASE_DELAY_MS".to_owned(), "100".to_owned()),
        ("MACNSS_RETRY_MAX_DELAY_MS".to_owned(), "1000".to_owned()),
        ("MACNSS_RETRY_MAX_ATTEMPTS".to_owned(), "10000".to_owned()),
    ]);
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client");
    let mut server = Server::start(port, &db, &log, &env).await;

    // Each synthetic person asks for a code until answered; a new number on each attempt.
    let mut answered: BTreeMap<String, (u32, String)> = BTreeMap::new(); // phone → (person, signup)
    let mut pending: Vec<u32> = (0..SIGNUPS).rev().collect();
    let mut attempt = 0u32;
    let mut tasks = tokio::task::JoinSet::new();
    let (mut server_killed, mut gateway_killed, mut no_answer) = (false, false, 0u32);
    let deadline = Instant::now() + Duration::from_secs(150);
    while answered.len() < SIGNUPS as usize {
        assert!(
            Instant::now() < deadline,
            "sign-ups did not finish: {}",
            answered.len()
        );
        while tasks.len() < IN_FLIGHT
            && let Some(i) = pending.pop()
        {
            attempt += 1;
            let p = phone(attempt);
            let (http, base) = (http.clone(), base.clone());
            tasks.spawn(async move { (i, p.clone(), ask_code(http, base, i, p).await) });
        }
        let Some(done) = tasks.join_next().await else {
            continue;
        };
        let (i, p, signup) = done.expect("sign-up task");
        match signup {
            Some(id) => {
                answered.insert(p, (i, id));
            }
            None => {
                no_answer += 1;
                pending.push(i);
            }
        }
        if !server_killed && answered.len() >= KILL_SERVER_AT {
            server_killed = true;
            server.kill();
            server = Server::start(port, &db, &log, &env).await;
        }
        if !gateway_killed && answered.len() >= KILL_GATEWAY_AT {
            gateway_killed = true;
            kannel.kill();
            tokio::time::sleep(Duration::from_millis(1500)).await;
            kannel.restart();
        }
    }
    while let Some(done) = tasks.join_next().await {
        let (_, p, signup) = done.expect("sign-up task");
        if let Some(id) = signup {
            answered.insert(p.clone(), (0, id));
        }
    }

    // At the SMSC: each phone answered 2xx has its code message, under one message id.
    let code_of = |sent: &[Sms], to: &str| -> BTreeMap<String, String> {
        sent.iter()
            .filter(|s| s.to == to)
            .filter_map(|s| six_digits(&s.text).map(|c| (s.id.clone(), c)))
            .collect()
    };
    let limit = Instant::now() + Duration::from_secs(90);
    loop {
        let sent = kannel.sent();
        let missing: Vec<&String> = answered
            .keys()
            .filter(|p| code_of(&sent, p).is_empty())
            .collect();
        if missing.is_empty() {
            break;
        }
        assert!(
            Instant::now() < limit,
            "{} sign-ups answered 2xx have no code at the SMSC, e.g. {:?}",
            missing.len(),
            missing.first()
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let by_id = kannel.by_id(); // asserts: copies under one id are the same SMS
    let sent = kannel.sent();
    for p in answered.keys() {
        let codes = code_of(&sent, p);
        assert_eq!(codes.len(), 1, "{p}: distinct code messages {codes:?}");
    }
    let copies: usize = by_id.values().map(|(_, n)| n).sum();

    // The rest of each sign-up works with the code read at the SMSC (a few, to keep it short).
    for (p, (_, signup_id)) in answered.iter().take(VERIFIED as usize) {
        let code = code_of(&sent, p).into_values().next().expect("a code");
        let (status, body) = post(
            &http,
            format!("{base}/v1/signup/verify"),
            json!({ "signup_id": signup_id, "code": code }),
        )
        .await;
        assert_eq!(status, Some(StatusCode::OK), "verify {p}: {body}");
    }

    // In the database, once the relay is done: no dead letter, no body of a delivered message.
    let limit = Instant::now() + Duration::from_secs(60);
    let (queued, dead, bodies) = loop {
        let conn = rusqlite::Connection::open(&db).expect("db");
        let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).expect(sql) };
        let queued = count("SELECT COUNT(*) FROM outbox WHERE delivered = 0");
        let dead = count("SELECT COUNT(*) FROM outbox WHERE delivered = 2");
        let bodies = count("SELECT COUNT(*) FROM outbox WHERE delivered = 1 AND body <> ''");
        if queued == 0 || Instant::now() > limit {
            break (queued, dead, bodies);
        }
        drop(conn);
        tokio::time::sleep(Duration::from_millis(250)).await;
    };
    assert_eq!(
        (queued, dead, bodies),
        (0, 0, 0),
        "queued, dead letters, bodies left"
    );
    let unique: BTreeSet<&String> = by_id.keys().collect();
    eprintln!(
        "delivery kill test: {} sign-ups answered 2xx ({attempt} attempts, {no_answer} without an \
         answer), {} messages at the SMSC, {copies} copies (duplicates de-duplicated by id: {}), \
         {:.1} s",
        answered.len(),
        unique.len(),
        copies - unique.len(),
        started.elapsed().as_secs_f64()
    );
    server.kill();
}
