//! Secrets audit: full journeys against the binary at debug log level, as in production (no
//! `--demo`, a file database), then every password, code and token used is searched for in the
//! server's log, in the raw bytes of the database files, and in every request URL. None may
//! appear: the database holds only hashes (Argon2id for passwords, SHA-256 for tokens, HMAC for
//! codes) and message bodies are purged once delivered.
//!
//! Codes and the temporary password reach the test the way an SMS gateway would get them: a
//! read-only look at the outbox row in the short window before the delivery task purges it
//! (every 500 ms). A journey whose message was purged before it was read starts again with the
//! next person, so that race costs time, not a flaky test.
//!
//! Canaries, so the audit cannot pass by searching nothing: a line planted in the log file
//! before the server starts, an e-mail address (stored in clear, as it must be) in the
//! database, and a query string in the URL list. The same search must find each of them.

use super::*;
use rusqlite::{Connection, OpenFlags};

/// Every secret of the journeys, with what it is (for the failure message).
#[derive(Default)]
struct Secrets(Vec<(String, String)>);

impl Secrets {
    fn add(&mut self, what: &str, value: &str) {
        assert!(!value.is_empty(), "{what} is empty");
        self.0.push((what.to_owned(), value.to_owned()));
    }
}

/// The client side of the audit: every URL requested, and the answers' JSON.
struct Client {
    http: reqwest::Client,
    base: String,
    urls: Vec<String>,
}

impl Client {
    async fn post(&mut self, path: &str, token: Option<&str>, body: Value) -> (u16, Value) {
        let url = format!("{}{path}", self.base);
        self.urls.push(url.clone());
        let mut request = self.http.post(&url).json(&body);
        if let Some(t) = token {
            request = request.bearer_auth(t);
        }
        let response = request.send().await.expect("request");
        let status = response.status().as_u16();
        let bytes = response.bytes().await.expect("body");
        (
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        )
    }

    async fn get(&mut self, path: &str, token: Option<&str>) -> u16 {
        let url = format!("{}{path}", self.base);
        self.urls.push(url.clone());
        let mut request = self.http.get(&url);
        if let Some(t) = token {
            request = request.bearer_auth(t);
        }
        request.send().await.expect("request").status().as_u16()
    }
}

/// The body of the next message to `to` after outbox row `after`, read before the delivery
/// task purges it; `None` when it was purged first.
async fn tap(db: &Path, to: &str, after: i64) -> Option<(i64, String)> {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    let deadline = Instant::now() + Duration::from_secs(2);
    while Instant::now() < deadline {
        let row: Option<(i64, String)> = conn
            .query_row(
                "SELECT id, body FROM outbox WHERE to_addr = ?1 AND id > ?2 ORDER BY id LIMIT 1",
                rusqlite::params![to, after],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .ok();
        if let Some((id, body)) = row {
            return (!body.is_empty()).then_some((id, body));
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    None
}

fn last_outbox_id(db: &Path) -> i64 {
    Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| c.query_row("SELECT COALESCE(MAX(id), 0) FROM outbox", [], |r| r.get(0)))
        .unwrap_or(0)
}

fn field(v: &Value, name: &str) -> String {
    v[name]
        .as_str()
        .unwrap_or_else(|| panic!("no {name} in {v}"))
        .to_owned()
}

/// Sign-up of synthetic person `i`; `Some((account id, temporary password))` unless one of its
/// messages was purged before the tap read it.
async fn sign_up(
    c: &mut Client,
    db: &Path,
    secrets: &mut Secrets,
    i: u32,
    email: &str,
) -> Option<(String, String)> {
    let phone = phone(i);
    let (status, started) = c
        .post(
            "/v1/signup/start",
            None,
            json!({"kind": "insured", "document_kind": "cnie",
                "document_number": format!("SY{}", 100_000 + i),
                "document_expiry": "2035-12-31", "birth_date": "1985-06-15"}),
        )
        .await;
    assert_eq!(status, 200, "{started}");
    let signup_id = field(&started, "signup_id");
    let before = last_outbox_id(db);
    let (status, body) = c
        .post(
            "/v1/signup/contact",
            None,
            json!({"signup_id": signup_id, "phone": phone, "email": email,
                "terms_accepted": true, "terms_version": "2026-01"}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (id, sms) = tap(db, &phone, before).await?;
    let code = six_digits(&sms).expect("a code in the SMS");
    secrets.add("sign-up code", &code);
    let (status, body) = c
        .post(
            "/v1/signup/verify",
            None,
            json!({"signup_id": signup_id, "code": code}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (_, credentials) = tap(db, &phone, id).await?;
    let temporary = credentials
        .split("provisoire : ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("a temporary password in the credentials SMS")
        .to_owned();
    secrets.add("temporary password", &temporary);
    Some((account_id(i), temporary))
}

fn session_tokens(secrets: &mut Secrets, session: &Value) -> (String, String) {
    let (access, refresh) = (
        field(session, "access_token"),
        field(session, "refresh_token"),
    );
    secrets.add("access token", &access);
    secrets.add("refresh token", &refresh);
    (access, refresh)
}

/// Occurrences of `needle` in `haystack`. A 6-digit code counts only where it is not part of a
/// longer run of digits (account numbers, phone numbers and timestamps contain digit runs).
fn found(haystack: &[u8], needle: &str) -> bool {
    let n = needle.as_bytes();
    let digits_only = n.iter().all(u8::is_ascii_digit);
    haystack.windows(n.len()).enumerate().any(|(i, w)| {
        w == n
            && (!digits_only
                || ((i == 0 || !haystack[i - 1].is_ascii_digit())
                    && haystack
                        .get(i + n.len())
                        .is_none_or(|b| !b.is_ascii_digit())))
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_password_code_or_token_is_left_in_the_log_the_database_or_a_url() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let db = dir.path().join("audit.db");
    let log = dir.path().join("server.log");
    let db_arg = db.to_string_lossy().into_owned();
    let canary = format!("canary-{}", std::process::id() * 7919 + 13);
    std::fs::write(&log, format!("planted before start: {canary}-log\n")).expect("plant");
    let mut args = vec!["--synthetic", "20", "--db", &db_arg];
    args.extend(GENEROUS);
    let server = ServerProcess::start(free_port(), &log, &[("RUST_LOG", "debug")], &args).await;
    let mut c = Client {
        http: reqwest::Client::new(),
        base: server.base.clone(),
        urls: Vec::new(),
    };
    let mut s = Secrets::default();
    c.get(&format!("/healthz?{canary}-url=1"), None).await;

    // 1. Sign-up (the e-mail is the database canary).
    let email = format!("{canary}-db@example.ma");
    let mut person = 0;
    let (account, temporary) = loop {
        if let Some(done) = sign_up(&mut c, &db, &mut s, person, &email).await {
            break done;
        }
        person += 1;
        assert!(
            person < 5,
            "every message was purged before the tap read it"
        );
    };

    // 2. A wrong password, then the temporary one, then the forced change.
    let wrong = "pas le bon mot de passe 2026";
    s.add("wrong password", wrong);
    let (status, _) = c
        .post(
            "/v1/session",
            None,
            json!({"identifier": account, "password": wrong}),
        )
        .await;
    assert_eq!(status, 401);
    let (status, session) = c
        .post(
            "/v1/session",
            None,
            json!({"identifier": account, "password": temporary}),
        )
        .await;
    assert_eq!(status, 200, "{session}");
    let (access, _) = session_tokens(&mut s, &session);
    let chosen = "ma phrase secrète pour l'audit";
    s.add("chosen password", chosen);
    let (status, session) = c
        .post(
            "/v1/me/password",
            Some(&access),
            json!({"current_password": temporary, "new_password": chosen}),
        )
        .await;
    assert_eq!(status, 200, "{session}");
    let (_, refresh) = session_tokens(&mut s, &session);

    // 3. Refresh, read the profile, sign out.
    let (status, session) = c
        .post(
            "/v1/session/refresh",
            None,
            json!({"refresh_token": refresh}),
        )
        .await;
    assert_eq!(status, 200, "{session}");
    let (access, refresh) = session_tokens(&mut s, &session);
    assert_eq!(c.get("/v1/me", Some(&access)).await, 200);
    let (status, _) = c
        .post(
            "/v1/session/sign-out",
            Some(&access),
            json!({"refresh_token": refresh}),
        )
        .await;
    assert_eq!(status, 204);

    // 4. Recovery by SMS, then sign-in with the new password.
    let recovered = "un autre secret après oubli";
    s.add("recovered password", recovered);
    let mut tries = 0;
    let reset_token = loop {
        tries += 1;
        assert!(
            tries < 5,
            "every recovery code was purged before the tap read it"
        );
        let (status, started) = c
            .post("/v1/recovery/start", None, json!({"identifier": account}))
            .await;
        assert_eq!(status, 200, "{started}");
        let recovery_id = field(&started, "recovery_id");
        let before = last_outbox_id(&db);
        let (status, body) = c
            .post(
                "/v1/recovery/send",
                None,
                json!({"recovery_id": recovery_id, "channel": "sms"}),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        let Some((_, sms)) = tap(&db, &phone(person), before).await else {
            continue;
        };
        let code = six_digits(&sms).expect("a code");
        s.add("recovery code", &code);
        let (status, verified) = c
            .post(
                "/v1/recovery/verify",
                None,
                json!({"recovery_id": recovery_id, "code": code}),
            )
            .await;
        assert_eq!(status, 200, "{verified}");
        break field(&verified, "reset_token");
    };
    s.add("reset token", &reset_token);
    let (status, body) = c
        .post(
            "/v1/recovery/complete",
            None,
            json!({"reset_token": reset_token, "new_password": recovered}),
        )
        .await;
    assert_eq!(status, 204, "{body}");
    let (status, session) = c
        .post(
            "/v1/session",
            None,
            json!({"identifier": account, "password": recovered}),
        )
        .await;
    assert_eq!(status, 200, "{session}");
    session_tokens(&mut s, &session);

    // Let the delivery task purge the last bodies, then stop gracefully (WAL checkpointed).
    tokio::time::sleep(Duration::from_millis(1_200)).await;
    server.stop();

    let log_bytes = std::fs::read(&log).expect("log");
    let log_text = String::from_utf8_lossy(&log_bytes);
    assert!(
        log_text.contains("account created") && log_text.contains("password changed"),
        "the log is not the server's:\n{log_text}"
    );
    let mut db_bytes = Vec::new();
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let path = PathBuf::from(format!("{db_arg}{suffix}"));
        if let Ok(b) = std::fs::read(&path) {
            db_bytes.extend(b);
        }
    }
    assert!(db_bytes.len() > 4096, "the database files were not read");
    let urls = c.urls.join("\n").into_bytes();
    let places: [(&str, &[u8]); 3] = [
        ("server log", &log_bytes),
        ("database files", &db_bytes),
        ("request URLs", &urls),
    ];

    // The canaries are found: the search sees what it claims to search.
    for (place, bytes) in places {
        let suffix = match place {
            "server log" => "log",
            "database files" => "db",
            _ => "url",
        };
        assert!(
            found(bytes, &format!("{canary}-{suffix}")),
            "the {place} canary was not found: the search is blind"
        );
    }
    // And no secret is.
    let mut leaks = Vec::new();
    for (what, value) in &s.0 {
        for (place, bytes) in places {
            if found(bytes, value) {
                leaks.push(format!("{what} in the {place}"));
            }
        }
    }
    assert!(leaks.is_empty(), "secrets left in clear: {leaks:?}");
    eprintln!(
        "secrets audit: {} secrets searched in {} log bytes, {} database bytes, {} URLs; none found; 3 canaries found",
        s.0.len(),
        log_bytes.len(),
        db_bytes.len(),
        c.urls.len()
    );
}
