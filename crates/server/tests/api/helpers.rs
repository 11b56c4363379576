//! `spawn_app()` and the typed client the tests talk through, plus the demo people.

use macnss_server::{Config, RunningServer};
use reqwest::{Response, StatusCode};
use serde_json::{Value, json};

/// Omar Tazi's existing demo account.
pub const OMAR_ID: &str = "678901234";
pub const OMAR_PASSWORD: &str = "Tajine aux pruneaux 2026";
pub const OMAR_PHONE: &str = "+212661234567";
pub const OMAR_EMAIL: &str = "omar.tazi@example.ma";

/// Nadia Tazi, dependant of Omar; Amina El Idrissi, an insured person of another household.
pub const NADIA_ID: &str = "789012345";
pub const AMINA_ID: &str = "123456789";

/// An id or token of the shape the server issues (43 base64url characters) that it never
/// issued: a well-formed unknown one.
pub const UNKNOWN_ID: &str = "unknownUnknownUnknownUnknownUnknownUnknown0";

pub struct TestApp {
    pub server: RunningServer,
    pub base: String,
    pub http: reqwest::Client,
}

pub async fn spawn_app() -> TestApp {
    spawn_with(Config::for_tests()).await
}

pub async fn spawn_with(config: Config) -> TestApp {
    let server = macnss_server::spawn(config).await.expect("server starts");
    let base = server.base_url();
    TestApp {
        server,
        base,
        http: reqwest::Client::new(),
    }
}

/// A decoded answer: status, headers and JSON body (Null when empty).
pub struct Answer {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Answer {
    pub async fn from(res: Response) -> Self {
        let status = res.status();
        let headers = res.headers().clone();
        let text = res.text().await.expect("body");
        let body = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        Self {
            status,
            headers,
            body,
        }
    }

    /// Asserts a problem+json answer with this status and code.
    #[track_caller]
    pub fn assert_problem(&self, status: u16, code: &str) {
        assert_eq!(self.status.as_u16(), status, "body: {}", self.body);
        assert_eq!(self.body["code"], code, "body: {}", self.body);
        assert_eq!(
            self.headers["content-type"], "application/problem+json",
            "body: {}",
            self.body
        );
        assert_eq!(self.body["status"], status);
    }

    #[track_caller]
    pub fn assert_ok(&self) {
        assert!(self.status.is_success(), "{}: {}", self.status, self.body);
    }

    pub fn retry_after(&self) -> u64 {
        self.headers["retry-after"]
            .to_str()
            .expect("ascii")
            .parse()
            .expect("seconds")
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn post(&self, path: &str, body: Value) -> Answer {
        Answer::from(
            self.http
                .post(self.url(path))
                .json(&body)
                .send()
                .await
                .expect("request"),
        )
        .await
    }

    pub async fn post_with(&self, path: &str, body: Value, headers: &[(&str, &str)]) -> Answer {
        let mut req = self.http.post(self.url(path)).json(&body);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        Answer::from(req.send().await.expect("request")).await
    }

    pub async fn get(&self, path: &str) -> Answer {
        Answer::from(self.http.get(self.url(path)).send().await.expect("request")).await
    }

    pub async fn get_auth(&self, path: &str, token: &str) -> Answer {
        Answer::from(
            self.http
                .get(self.url(path))
                .bearer_auth(token)
                .send()
                .await
                .expect("request"),
        )
        .await
    }

    pub async fn post_auth(&self, path: &str, token: &str, body: Value) -> Answer {
        Answer::from(
            self.http
                .post(self.url(path))
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .expect("request"),
        )
        .await
    }

    pub async fn advance(&self, seconds: i64) {
        self.post("/dev/clock", json!({ "advance_seconds": seconds }))
            .await
            .assert_ok();
    }

    /// Every message sent to `to`, oldest first.
    pub async fn outbox(&self, to: &str) -> Vec<Value> {
        let a = Answer::from(
            self.http
                .get(self.url("/dev/outbox"))
                .query(&[("to", to)])
                .send()
                .await
                .expect("request"),
        )
        .await;
        a.body.as_array().cloned().unwrap_or_default()
    }

    /// The 6-digit code in the last message sent to `to`.
    pub async fn last_code(&self, to: &str) -> String {
        let msgs = self.outbox(to).await;
        let body = msgs.last().expect("a message")["body"]
            .as_str()
            .expect("text")
            .to_owned();
        extract_code(&body)
    }

    /// Starts the sign-up of an Assuré.
    pub async fn start_insured(
        &self,
        kind: &str,
        number: &str,
        expiry: &str,
        birth: &str,
    ) -> Answer {
        self.post(
            "/v1/signup/start",
            json!({"kind": "insured", "document_kind": kind, "document_number": number,
                   "document_expiry": expiry, "birth_date": birth}),
        )
        .await
    }

    /// Sends the contact step.
    pub async fn contact(&self, signup_id: &str, phone: &str) -> Answer {
        self.post(
            "/v1/signup/contact",
            json!({"signup_id": signup_id, "phone": phone, "email": "someone@example.ma",
                   "terms_accepted": true, "terms_version": "2026-01"}),
        )
        .await
    }

    /// Amina (CNIE BK123456) up to the code: returns the signup id.
    pub async fn amina_until_code(&self, phone: &str) -> String {
        let a = self
            .start_insured("cnie", "BK123456", "2031-05-20", "1985-03-14")
            .await;
        a.assert_ok();
        let id = a.body["signup_id"].as_str().expect("id").to_owned();
        self.contact(&id, phone).await.assert_ok();
        id
    }

    /// A whole sign-up of synthetic person `i`; returns (account id, temporary password).
    pub async fn sign_up_synthetic(&self, i: u32, phone: &str) -> (String, String) {
        let a = self
            .start_insured(
                "cnie",
                &format!("SY{}", 100_000 + i),
                "2035-12-31",
                "1985-06-15",
            )
            .await;
        a.assert_ok();
        let id = a.body["signup_id"].as_str().expect("id").to_owned();
        self.contact(&id, phone).await.assert_ok();
        let code = self.last_code(phone).await;
        self.post("/v1/signup/verify", json!({"signup_id": id, "code": code}))
            .await
            .assert_ok();
        let creds = self.outbox(phone).await.last().expect("credentials")["body"]
            .as_str()
            .expect("text")
            .to_owned();
        (
            format!("{:09}", 800_000_000 + i),
            extract_temp_password(&creds),
        )
    }

    /// A POST with a bearer token, a JSON body and extra headers.
    pub async fn post_auth_with(
        &self,
        path: &str,
        token: &str,
        body: Value,
        headers: &[(&str, &str)],
    ) -> Answer {
        let mut req = self
            .http
            .post(self.url(path))
            .bearer_auth(token)
            .json(&body);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        Answer::from(req.send().await.expect("request")).await
    }

    /// A file as the raw body, with its declared type and an optional `Idempotency-Key`.
    pub async fn post_file(
        &self,
        path: &str,
        token: &str,
        bytes: Vec<u8>,
        content_type: &str,
        key: Option<&str>,
    ) -> Answer {
        let mut req = self
            .http
            .post(self.url(path))
            .bearer_auth(token)
            .header("content-type", content_type)
            .body(bytes);
        if let Some(k) = key {
            req = req.header("idempotency-key", k);
        }
        Answer::from(req.send().await.expect("request")).await
    }

    /// Omar's access token (the demo's existing account).
    pub async fn omar(&self) -> String {
        let a = self.sign_in(OMAR_ID, OMAR_PASSWORD).await;
        a.assert_ok();
        a.body["access_token"].as_str().expect("token").to_owned()
    }

    /// An access token for registry person `account_id`, whose account is put straight into
    /// the database (with Omar's password, whose Argon2id hash the process already holds):
    /// the demo people other than Omar have no account until they sign up.
    pub async fn token_of(&self, account_id: &str) -> String {
        let hash = macnss_server::passwords::cached_hash(OMAR_PASSWORD).expect("hash");
        let id = account_id.to_owned();
        let email = format!("p{id}@example.ma");
        self.server
            .state()
            .db
            .call(move |conn| -> Result<usize, macnss_server::db::DbError> {
                Ok(conn.execute(
                    "INSERT OR IGNORE INTO accounts (account_id, phone, email, password_hash,
                        temporary, terms_version, created_at)
                     VALUES (?1, '+212600000999', ?2, ?3, 0, '2026-01', 0)",
                    [id.as_str(), email.as_str(), hash.as_str()],
                )?)
            })
            .await
            .expect("account");
        let a = self.sign_in(account_id, OMAR_PASSWORD).await;
        a.assert_ok();
        a.body["access_token"].as_str().expect("token").to_owned()
    }

    /// A number from the server's database (tests that look inside).
    pub async fn count(&self, sql: &'static str, arg: &str) -> i64 {
        let arg = arg.to_owned();
        self.server
            .state()
            .db
            .call(move |conn| -> Result<i64, macnss_server::db::DbError> {
                Ok(conn.query_row(sql, [arg], |r| r.get(0))?)
            })
            .await
            .expect("count")
    }

    pub async fn sign_in(&self, id: &str, password: &str) -> Answer {
        self.post(
            "/v1/session",
            json!({"identifier": id, "password": password}),
        )
        .await
    }
}

/// The first run of exactly six ASCII digits.
pub fn extract_code(body: &str) -> String {
    let chars: Vec<char> = body.chars().collect();
    for i in 0..chars.len() {
        let run: String = chars[i..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        let before_ok = i == 0 || !chars[i - 1].is_ascii_digit();
        if before_ok && run.len() == 6 {
            return run;
        }
    }
    panic!("no code in {body:?}")
}

/// The temporary password of a credentials SMS (the word after "provisoire : ").
pub fn extract_temp_password(body: &str) -> String {
    body.split("provisoire : ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("a temporary password")
        .to_owned()
}
