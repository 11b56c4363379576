//! Health, terms, the OpenAPI document, demo routes, app version, per-client limit, and a
//! restart on a file database.

use crate::helpers::*;
use macnss_server::Config;
use macnss_server::config::DbLocation;
use serde_json::json;

#[tokio::test]
async fn health_answers_ok() {
    let app = spawn_app().await;
    let res = app.http.get(app.url("/healthz")).send().await.expect("req");
    assert_eq!(res.status().as_u16(), 200);
}

#[tokio::test]
async fn the_terms_are_served_versioned_in_three_languages() {
    let app = spawn_app().await;
    let fr = app.get("/v1/terms").await;
    fr.assert_ok();
    assert_eq!(fr.body["version"], "2026-01");
    assert_eq!(fr.body["language"], "fr");
    assert!(fr.body["text"].as_str().expect("t").contains("09-08"));
    let ar = app.get("/v1/terms?lang=ar").await;
    assert_eq!(ar.body["language"], "ar");
    let en = Answer::from(
        app.http
            .get(app.url("/v1/terms"))
            .header("accept-language", "en-US,en;q=0.9")
            .send()
            .await
            .expect("req"),
    )
    .await;
    assert_eq!(en.body["language"], "en");
}

#[tokio::test]
async fn the_committed_openapi_document_matches_the_generated_one() {
    let app = spawn_app().await;
    let served = app
        .http
        .get(app.url("/openapi.json"))
        .send()
        .await
        .expect("req")
        .text()
        .await
        .expect("text");
    let generated = macnss_server::openapi::document_json();
    assert_eq!(served, generated);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.json");
    if std::env::var_os("UPDATE_OPENAPI").is_some() {
        std::fs::write(path, &generated).expect("write openapi.json");
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "crates/server/openapi.json is stale: run UPDATE_OPENAPI=1 cargo test -p macnss-server openapi"
    );
    // Every declared operation is in the document, with its method, and nothing else is.
    let doc: serde_json::Value = serde_json::from_str(&generated).expect("json");
    macro_rules! methods_and_paths {
        ($($op:ty),*) => {
            vec![$((
                <$op as macnss_api::operations::Operation>::METHOD.as_str().to_lowercase(),
                <$op as macnss_api::operations::Operation>::PATH,
            )),*]
        };
    }
    let mut declared = macnss_api::for_each_operation!(methods_and_paths);
    declared.extend(macnss_server::for_each_dev_operation!(methods_and_paths));
    for (method, path) in &declared {
        assert!(
            doc["paths"][path].get(method).is_some(),
            "{method} {path} missing from the OpenAPI document"
        );
    }
    let documented: usize = doc["paths"]
        .as_object()
        .expect("paths")
        .values()
        .map(|item| item.as_object().map_or(0, serde_json::Map::len))
        .sum();
    assert_eq!(documented, declared.len());
}

#[tokio::test]
async fn demo_routes_are_absent_without_demo() {
    let mut config = Config::for_tests();
    config.demo = false;
    let app = spawn_with(config).await;
    app.get("/dev/outbox")
        .await
        .assert_problem(404, "not_found");
    app.post("/dev/clock", json!({"advance_seconds": 1}))
        .await
        .assert_problem(404, "not_found");
    app.post("/dev/reset", json!({}))
        .await
        .assert_problem(404, "not_found");
    // Without the demo registry, Omar does not exist.
    app.sign_in(OMAR_ID, OMAR_PASSWORD)
        .await
        .assert_problem(401, "invalid_credentials");
}

#[tokio::test]
async fn demo_refuses_to_listen_on_a_public_address() {
    let mut config = Config::for_tests();
    config.listen = "0.0.0.0:0".parse().expect("addr");
    assert!(matches!(
        macnss_server::spawn(config).await,
        Err(macnss_server::StartError::PublicDemo(_))
    ));
}

#[tokio::test]
async fn the_outbox_filters_by_destination_and_reset_wipes_everything() {
    let app = spawn_app().await;
    let id = app.amina_until_code("+212600000301").await;
    let code = app.last_code("+212600000301").await;
    app.post("/v1/signup/verify", json!({"signup_id": id, "code": code}))
        .await
        .assert_ok();
    let all = app.get("/dev/outbox").await;
    let list = all.body.as_array().expect("list");
    assert_eq!(list.len(), 3, "code, credentials, declared-phone notice");
    assert!(list[0]["sent_at"].is_string());
    assert_eq!(app.outbox("+212600000301").await.len(), 2);
    let reset = app.post("/dev/reset", json!({})).await;
    assert_eq!(reset.status.as_u16(), 204);
    assert!(
        app.get("/dev/outbox")
            .await
            .body
            .as_array()
            .expect("l")
            .is_empty()
    );
    // Amina can sign up again; Omar's demo account is back.
    app.start_insured("cnie", "BK123456", "2031-05-20", "1985-03-14")
        .await
        .assert_ok();
    app.sign_in(OMAR_ID, OMAR_PASSWORD).await.assert_ok();
}

#[tokio::test]
async fn an_app_older_than_the_minimum_version_is_told_to_update() {
    let mut config = Config::for_tests();
    config.min_app_version = Some("1.2.0".into());
    let app = spawn_with(config).await;
    let old = Answer::from(
        app.http
            .get(app.url("/v1/terms"))
            .header("x-app-version", "1.1.9")
            .send()
            .await
            .expect("req"),
    )
    .await;
    old.assert_problem(426, "app_version_unsupported");
    let new = Answer::from(
        app.http
            .get(app.url("/v1/terms"))
            .header("x-app-version", "1.10.0")
            .send()
            .await
            .expect("req"),
    )
    .await;
    new.assert_ok();
    app.get("/v1/terms").await.assert_ok();
}

#[tokio::test]
async fn one_client_address_is_limited_generously() {
    let mut config = Config::for_tests();
    config.limits.requests_per_client_per_minute = 3;
    let app = spawn_with(config).await;
    // Fixed one-minute windows: if the minute turns during the test, three more pass.
    let mut served = 0;
    let limited = loop {
        let a = app.get("/v1/terms").await;
        if a.status.as_u16() == 429 {
            break a;
        }
        a.assert_ok();
        served += 1;
        assert!(served <= 6, "never limited");
    };
    assert!(served >= 3);
    limited.assert_problem(429, "rate_limited");
    assert!((1..=60).contains(&limited.retry_after()));
    assert_eq!(
        macnss_server::Limits::default().requests_per_client_per_minute,
        600
    );
}

#[tokio::test]
async fn a_restart_keeps_every_account() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = DbLocation::File(dir.path().join("macnss.db"));
    let mut config = Config::for_tests();
    config.db = db.clone();
    let app = spawn_with(config.clone()).await;
    let (id, temp) = app.sign_up_synthetic(1, "+212600000401").await;
    let s = app.sign_in(&id, &temp).await;
    let access = s.body["access_token"].as_str().expect("a").to_owned();
    let changed = app
        .post_auth(
            "/v1/me/password",
            &access,
            json!({"current_password": temp, "new_password": "persistant et solide"}),
        )
        .await;
    changed.assert_ok();
    app.server.shutdown().await;

    let app = spawn_with(config).await;
    app.sign_in(&id, "persistant et solide").await.assert_ok();
    app.sign_in(OMAR_ID, OMAR_PASSWORD).await.assert_ok();
    app.start_insured("cnie", "SY100001", "2035-12-31", "1985-06-15")
        .await
        .assert_problem(409, "account_exists");
}

#[tokio::test]
async fn a_built_web_app_is_served_at_the_root_with_a_single_page_fallback() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("index.html"), "<html>MaCNSS</html>").expect("write");
    std::fs::create_dir(dir.path().join("assets")).expect("mkdir");
    std::fs::write(dir.path().join("assets/app.js"), "console.log(1)").expect("write");
    let mut config = Config::for_tests();
    config.web_dir = Some(dir.path().to_owned());
    let app = spawn_with(config).await;
    let text = |path: &'static str| {
        let http = app.http.clone();
        let url = app.url(path);
        async move {
            let res = http.get(url).send().await.expect("req");
            (res.status().as_u16(), res.text().await.expect("text"))
        }
    };
    assert_eq!(text("/").await, (200, "<html>MaCNSS</html>".to_owned()));
    assert_eq!(
        text("/sign-in/recovery").await,
        (200, "<html>MaCNSS</html>".to_owned())
    );
    assert_eq!(
        text("/assets/app.js").await,
        (200, "console.log(1)".to_owned())
    );
    app.get("/v1/unknown")
        .await
        .assert_problem(404, "not_found");
}

#[tokio::test]
async fn the_demo_clock_only_moves_forward() {
    let app = spawn_app().await;
    app.post("/dev/clock", json!({"advance_seconds": -5}))
        .await
        .assert_problem(422, "validation_failed");
    let moved = app
        .post("/dev/clock", json!({"advance_seconds": 86_400}))
        .await;
    moved.assert_ok();
    assert!(moved.body["now"].is_string());
    // JSON Schema's integers include `1.0`; a move past 100 years is refused, and the server
    // keeps working (it used to panic on every later request).
    app.post("/dev/clock", json!({"advance_seconds": 60.0}))
        .await
        .assert_ok();
    app.post("/dev/clock", json!({"advance_seconds": 0.5}))
        .await
        .assert_problem(400, "malformed_request");
    app.post(
        "/dev/clock",
        json!({"advance_seconds": 100_000_000_000_000_000_i64}),
    )
    .await
    .assert_problem(422, "validation_failed");
    app.sign_in(OMAR_ID, OMAR_PASSWORD).await.assert_ok();
}

#[tokio::test]
async fn outside_the_demo_message_bodies_are_purged_once_delivered() {
    let mut config = Config::for_tests();
    config.demo = false;
    let app = spawn_with(config).await;
    let a = app
        .start_insured("cnie", "SY100003", "2035-12-31", "1985-06-15")
        .await;
    let id = a.body["signup_id"].as_str().expect("id").to_owned();
    app.contact(&id, "0600000501").await.assert_ok();
    tokio::time::sleep(std::time::Duration::from_millis(1_200)).await;
    let rows: Vec<(String, String, bool)> = app
        .server
        .state()
        .db
        .call(|conn| -> Result<_, macnss_server::db::DbError> {
            let mut stmt = conn.prepare("SELECT to_addr, body, delivered FROM outbox")?;
            let rows = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await
        .expect("query");
    assert_eq!(
        rows,
        vec![("+212600000501".to_owned(), String::new(), true)]
    );
}

/// A gateway for the test: hands every message it is given to a channel.
struct ChannelGateway(tokio::sync::mpsc::UnboundedSender<macnss_server::notify::Message>);

impl macnss_server::notify::Gateway for ChannelGateway {
    fn deliver<'a>(
        &'a self,
        _id: &'a str,
        message: &'a macnss_server::notify::Message,
    ) -> macnss_server::notify::Delivery<'a> {
        Box::pin(async move {
            let _ = self.0.send(message.clone());
            Ok(())
        })
    }
}

#[tokio::test]
async fn a_gateway_chosen_at_start_carries_every_message() {
    use macnss_server::notify::{Outbox, Ports};
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let ports = Ports {
        notifier: std::sync::Arc::new(Outbox),
        gateway: std::sync::Arc::new(ChannelGateway(tx)),
    };
    let server = macnss_server::spawn_with(Config::for_tests(), ports)
        .await
        .expect("server starts");
    let app = TestApp {
        base: server.base_url(),
        server,
        http: reqwest::Client::new(),
    };
    app.amina_until_code("+212600000601").await;
    let sent = tokio::time::timeout(std::time::Duration::from_secs(5), rx.recv())
        .await
        .expect("delivered within the delivery task's round")
        .expect("a message");
    assert_eq!(sent.to, "+212600000601");
    assert_eq!(sent.body, app.outbox("+212600000601").await[0]["body"]);
    assert_eq!(extract_code(&sent.body).len(), 6);
}
