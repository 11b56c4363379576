//! Pushes survive a crash: the real server binary (`--demo`, a database file), FCM configured
//! to a local HTTP/2 peer that records every send. Eight devices of the demo insured are
//! registered (one session each); then 40 sign-ins from elsewhere each post a "new sign-in"
//! message, pushed to the eight devices. The server is SIGKILLed at the 20th sign-in, while
//! pushes are in flight (the peer answers each after 30 ms), and restarted on the same
//! database. Then: every "new sign-in" message in the inbox reached every device at least once
//! (at-least-once: the relay offers again what it had not recorded as sent), every copy of a
//! push is the same push (same message id, same body), and no push is a dead letter.

use super::peers::free_port;
use axum::extract::{Path as UrlPath, State};
use axum::routing::post;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const DEVICES: usize = 8;
const SIGN_INS: usize = 40;
const KILL_AT: usize = 20;
const OMAR: (&str, &str) = ("678901234", "Tajine aux pruneaux 2026");
const FCM_KEY: &str = include_str!("../api/keys/fcm-test-key.pem");

/// What the FCM peer received: (token, message id) → the bodies sent for it.
type Seen = Arc<Mutex<BTreeMap<(String, String), Vec<Value>>>>;

async fn fcm_peer(seen: Seen) -> String {
    async fn token() -> axum::Json<Value> {
        axum::Json(json!({"access_token": "ya29.kill-test", "expires_in": 3599}))
    }
    async fn send(
        State(seen): State<Seen>,
        UrlPath(_project): UrlPath<String>,
        axum::Json(body): axum::Json<Value>,
    ) -> axum::Json<Value> {
        // Slow enough that the kill finds pushes in flight.
        tokio::time::sleep(Duration::from_millis(30)).await;
        let m = &body["message"];
        let key = (
            m["token"].as_str().unwrap_or_default().to_owned(),
            m["data"]["id"].as_str().unwrap_or_default().to_owned(),
        );
        seen.lock()
            .expect("lock")
            .entry(key)
            .or_default()
            .push(body);
        axum::Json(json!({"name": "projects/p/messages/1"}))
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let app = axum::Router::new()
        .route("/token", post(token))
        .route("/v1/projects/{project}/messages:send", post(send))
        .with_state(seen);
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}")
}

struct Server(Child);

impl Server {
    async fn start(port: u16, db: &Path, delivery: &Path, log: &Path) -> Self {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .expect("log");
        let child = Command::new(env!("CARGO_BIN_EXE_macnss-server"))
            .arg("--demo")
            .arg("--db")
            .arg(db)
            .arg("--delivery")
            .arg(delivery)
            .args(["--listen", &format!("127.0.0.1:{port}")])
            .args(["--web-dir", "/nonexistent"])
            .args(["--limit", "requests_per_client_per_minute=1000000"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .env_remove("RUST_LOG")
            .spawn()
            .expect("the server binary starts");
        let server = Self(child);
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

async fn sign_in(http: &reqwest::Client, base: &str) -> Option<String> {
    let r = http
        .post(format!("{base}/v1/session"))
        .json(&json!({"identifier": OMAR.0, "password": OMAR.1}))
        .send()
        .await
        .ok()?;
    let body: Value = r.json().await.ok()?;
    body["access_token"].as_str().map(str::to_owned)
}

#[tokio::test]
async fn every_push_reaches_every_device_across_a_crash_and_copies_are_the_same_push() {
    let dir = tempfile::tempdir().expect("dir");
    let seen: Seen = Arc::default();
    let fcm = fcm_peer(seen.clone()).await;
    let account = dir.path().join("service-account.json");
    std::fs::write(
        &account,
        json!({
            "type": "service_account", "project_id": "kill-test", "private_key": FCM_KEY,
            "client_email": "push@kill-test.iam.gserviceaccount.com",
            "token_uri": format!("{fcm}/token"),
        })
        .to_string(),
    )
    .expect("write");
    let delivery = dir.path().join("delivery.toml");
    std::fs::write(
        &delivery,
        format!(
            "[retry]\nbase_delay_ms = 50\nmax_delay_ms = 200\n\n[push.fcm]\nservice_account_file = {:?}\nbase_url = {fcm:?}\n",
            account.display().to_string()
        ),
    )
    .expect("write");
    let (db, log) = (dir.path().join("push.db"), dir.path().join("server.log"));
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    let mut server = Server::start(port, &db, &delivery, &log).await;

    let mut tokens = Vec::new();
    let mut holder = None;
    for i in 0..DEVICES {
        let access = sign_in(&http, &base).await.expect("signed in");
        let token = format!("kill-test-token-{i}");
        let r = http
            .post(format!("{base}/v1/push/devices"))
            .bearer_auth(&access)
            .json(&json!({"target": {"platform": "android", "token": token}, "lang": "fr"}))
            .send()
            .await
            .expect("registered");
        assert!(r.status().is_success());
        tokens.push(token);
        holder = Some(access);
    }
    // From here on, each sign-in is news to the eight devices: the messages numbered above
    // this one.
    let holder = holder.expect("a session");
    let first: Value = http
        .get(format!("{base}/v1/inbox"))
        .bearer_auth(&holder)
        .send()
        .await
        .expect("inbox")
        .json()
        .await
        .expect("json");
    let after = first["latest"].as_i64().expect("latest");
    let seen_before = seen.lock().expect("lock").len();
    let mut unsent_at_kill = 0;
    let mut answered = 0;
    for i in 0..SIGN_INS {
        if i == KILL_AT {
            // At most this many of the pushes posted so far had reached FCM (fewer still,
            // if some of the registrations' own were left).
            let sent = seen.lock().expect("lock").len() - seen_before;
            unsent_at_kill = KILL_AT * DEVICES - sent.min(KILL_AT * DEVICES);
            server.kill();
            server = Server::start(port, &db, &delivery, &log).await;
        }
        if sign_in(&http, &base).await.is_some() {
            answered += 1;
        }
    }
    assert_eq!(answered, SIGN_INS, "every sign-in answered");

    // The messages, as the server keeps them.
    let inbox: Value = http
        .get(format!("{base}/v1/inbox?limit=50"))
        .bearer_auth(&holder)
        .send()
        .await
        .expect("inbox")
        .json()
        .await
        .expect("json");
    let mut ids = Vec::new();
    let mut next = inbox.clone();
    loop {
        for m in next["messages"].as_array().expect("messages") {
            if m["notice"]["event"] == "new_sign_in" && m["seq"].as_i64() > Some(after) {
                ids.push(m["id"].as_str().expect("id").to_owned());
            }
        }
        let Some(cursor) = next["next"].as_str() else {
            break;
        };
        next = http
            .get(format!("{base}/v1/inbox?cursor={cursor}&limit=50"))
            .bearer_auth(&holder)
            .send()
            .await
            .expect("page")
            .json()
            .await
            .expect("json");
    }
    assert_eq!(ids.len(), SIGN_INS, "one new sign-in message per sign-in");
    let wanted: Vec<(String, String)> = ids
        .iter()
        .flat_map(|id| tokens.iter().map(move |t| (t.clone(), id.clone())))
        .collect();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let missing: Vec<&(String, String)> = {
            let seen = seen.lock().expect("lock");
            wanted.iter().filter(|k| !seen.contains_key(*k)).collect()
        };
        if missing.is_empty() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{} of {} pushes never reached FCM, e.g. {:?}; server log: {}",
            missing.len(),
            wanted.len(),
            &missing[..missing.len().min(3)],
            std::fs::read_to_string(&log)
                .unwrap_or_default()
                .lines()
                .rev()
                .take(20)
                .collect::<Vec<_>>()
                .join("\n")
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let seen = seen.lock().expect("lock");
    let mut copies = 0;
    for k in &wanted {
        let bodies = &seen[k];
        assert!(
            bodies.iter().all(|b| b == &bodies[0]),
            "copies of {k:?} differ"
        );
        copies += bodies.len() - 1;
    }
    drop(seen);
    // No dead letter among the pushes.
    server.kill();
    let conn = rusqlite::Connection::open(&db).expect("db");
    let dead: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM outbox WHERE channel = 'push' AND delivered = 2",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(dead, 0, "no push became a dead letter");
    assert!(
        unsent_at_kill > 0,
        "the crash came while pushes were still to be sent"
    );
    eprintln!(
        "push kill test: {} pushes to {DEVICES} devices; at least {unsent_at_kill} still queued \
         or in flight when the server was killed, all delivered after its restart; {copies} \
         copies",
        wanted.len()
    );
}
