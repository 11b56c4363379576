//! Push notifications: registering a device (its shape, the push services the server sends
//! to, rotation with `replaces`, removal, another person's device), the topics muted, the
//! fan-out of a message worth a push to each live device through the outbox, the payload's
//! contents (generic, the message's id, nothing personal), and the FCM and APNs senders
//! against local HTTP/2 peers that check the documented request and answer the documented
//! errors (a gone token removes the device; 429 and 5xx are retried). Web Push end to end, to
//! a local RFC 8030 push service, is in `tests/browser/push.test.mjs`.

use crate::helpers::*;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, Version};
use axum::routing::post;
use base64::Engine;
use macnss_api::inbox::Topic;
use macnss_api::push::{DeviceRegistered, PushPayload, PushPreferences};
use macnss_api::records::{ClaimState, Claims};
use macnss_server::config::Config;
use macnss_server::notify::RetryPolicy;
use macnss_server::push::PushConfig;
use macnss_server::push::apns::ApnsConfig;
use macnss_server::push::fcm::FcmConfig;
use serde_json::{Value, json};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use web_push_native::jwt_simple::prelude::*;

const FCM_KEY: &str = include_str!("keys/fcm-test-key.pem");
const APNS_KEY: &str = include_str!("keys/apns-test-key.p8");

fn b64(n: usize) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(vec![4u8; n])
}

fn web(endpoint: &str) -> Value {
    json!({"platform": "web", "endpoint": endpoint, "p256dh": b64(65), "auth": b64(16)})
}

fn android(token: &str) -> Value {
    json!({"platform": "android", "token": token})
}

fn ios(n: u8) -> Value {
    json!({"platform": "ios", "token": format!("{n:02x}").repeat(32)})
}

async fn register(app: &TestApp, token: &str, target: Value, lang: &str) -> Answer {
    app.post_auth(
        "/v1/push/devices",
        token,
        json!({"target": target, "lang": lang}),
    )
    .await
}

fn device_id(a: &Answer) -> String {
    a.assert_ok();
    serde_json::from_value::<DeviceRegistered>(a.body.clone())
        .expect("registered")
        .device_id
}

/// The pushes queued or sent: (device id, payload, state), oldest first.
async fn pushes(app: &TestApp) -> Vec<(String, PushPayload, i64)> {
    app.server
        .state()
        .db
        .call(|conn| -> Result<_, macnss_server::db::DbError> {
            let mut stmt = conn.prepare(
                "SELECT to_addr, body, delivered FROM outbox WHERE channel = 'push' ORDER BY id",
            )?;
            let rows = stmt
                .query_map([], |r| {
                    let body: String = r.get(1)?;
                    Ok((r.get(0)?, body, r.get(2)?))
                })?
                .collect::<Result<Vec<(String, String, i64)>, _>>()?;
            Ok(rows
                .into_iter()
                .map(|(to, body, state)| {
                    (to, serde_json::from_str(&body).expect("a payload"), state)
                })
                .collect())
        })
        .await
        .expect("pushes")
}

/// Moves one of Omar's received claims to reimbursed: a claim notice (processing: not
/// pushed; reimbursed: pushed) and a payment notice.
async fn reimburse_a_claim(app: &TestApp, token: &str) {
    let claims: Claims =
        serde_json::from_value(app.get_auth("/v1/claims", token).await.body).expect("claims");
    let received = claims
        .claims
        .iter()
        .find(|c| c.state == ClaimState::Received && c.beneficiary.first_name == "Omar")
        .expect("a received claim of Omar's");
    let advance = macnss_api::routes::with_ids("/dev/claims/{claim_id}/advance", &[&received.id])
        .expect("path");
    app.post(&advance, json!({})).await.assert_ok();
    app.post(&advance, json!({})).await.assert_ok();
}

async fn wait_for<T>(what: &str, mut f: impl AsyncFnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(t) = f().await {
            return t;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_device_registers_once_per_target_and_only_to_push_services_the_server_sends_to() {
    let mut config = Config::for_tests();
    config.delivery.push.allow_loopback_push_service = true;
    let app = spawn_with(config).await;
    let omar = app.omar().await;

    let chrome = device_id(
        &register(
            &app,
            &omar,
            web("https://fcm.googleapis.com/fcm/send/abc"),
            "fr",
        )
        .await,
    );
    let again = device_id(
        &register(
            &app,
            &omar,
            web("https://fcm.googleapis.com/fcm/send/abc"),
            "ar",
        )
        .await,
    );
    assert_eq!(chrome, again, "the same subscription is one registration");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM push_devices WHERE account_id = ?1",
            OMAR_ID
        )
        .await,
        1
    );
    device_id(&register(&app, &omar, web("http://127.0.0.1:8090/notify/x"), "fr").await);

    for (target, why) in [
        (web("https://push.example.com/x"), "not a push service"),
        (
            web("http://push.example.com/x"),
            "plain http elsewhere than loopback",
        ),
        (
            json!({"platform": "web", "endpoint": "https://fcm.googleapis.com/x", "p256dh": b64(10), "auth": b64(16)}),
            "a short key",
        ),
        (android("with space"), "a token with a space"),
        (
            json!({"platform": "ios", "token": "abc"}),
            "a short APNs token",
        ),
        (
            json!({"platform": "windows", "token": "abc"}),
            "an unknown platform",
        ),
    ] {
        register(&app, &omar, target, "fr")
            .await
            .assert_problem(400, "malformed_request");
        let _ = why;
    }
    register(&app, &omar, android("tok"), "f1")
        .await
        .assert_problem(400, "malformed_request");

    // Without the loopback allowance, a local push service is refused.
    let strict = spawn_app().await;
    let t = strict.omar().await;
    register(&strict, &t, web("http://127.0.0.1:8090/notify/x"), "fr")
        .await
        .assert_problem(400, "malformed_request");
}

#[tokio::test]
async fn a_new_token_replaces_the_old_and_a_device_is_removed_only_by_its_holder() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let nadia = app.token_of(NADIA_ID).await;
    let old = device_id(&register(&app, &omar, android("old-token"), "fr").await);
    let new = device_id(
        &app.post_auth(
            "/v1/push/devices",
            &omar,
            json!({"target": android("new-token"), "lang": "fr", "replaces": old}),
        )
        .await,
    );
    assert_ne!(old, new);
    let addresses = app
        .count(
            "SELECT COUNT(*) FROM push_devices WHERE account_id = ?1 AND address = 'new-token'",
            OMAR_ID,
        )
        .await;
    assert_eq!(addresses, 1);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM push_devices WHERE account_id = ?1",
            OMAR_ID
        )
        .await,
        1,
        "the replaced token is gone"
    );

    let remove = |id: &str| format!("/v1/push/devices/{id}/remove");
    app.post_auth(&remove(&new), &nadia, json!(null))
        .await
        .assert_problem(404, "not_found");
    app.post_auth(&remove("not-an-id"), &omar, json!(null))
        .await
        .assert_problem(400, "malformed_request");
    let a = app.post_auth(&remove(&new), &omar, json!(null)).await;
    assert_eq!(a.status, 204);
    app.post_auth(&remove(&new), &omar, json!(null))
        .await
        .assert_problem(404, "not_found");

    // A phone that changes hands: the token moves to the new holder, with a new id.
    let omars = device_id(&register(&app, &omar, android("shared-phone"), "fr").await);
    let nadias = device_id(&register(&app, &nadia, android("shared-phone"), "fr").await);
    assert_ne!(omars, nadias);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM push_devices WHERE account_id = ?1",
            OMAR_ID
        )
        .await,
        0
    );
}

#[tokio::test]
async fn a_message_worth_it_is_pushed_to_each_live_device_with_nothing_personal() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let fr = device_id(&register(&app, &omar, android("phone-fr"), "fr").await);
    let ar = device_id(&register(&app, &omar, ios(1), "ar").await);
    reimburse_a_claim(&app, &omar).await;

    let inbox: macnss_api::inbox::Inbox =
        serde_json::from_value(app.get_auth("/v1/inbox", &omar).await.body).expect("inbox");
    let pushed = pushes(&app).await;
    // Reimbursed and paid: two messages, each to both devices; processing was not pushed.
    assert_eq!(pushed.len(), 4, "{pushed:?}");
    let mut ids: Vec<&str> = pushed.iter().map(|(_, p, _)| p.id.as_str()).collect();
    ids.dedup();
    assert_eq!(ids.len(), 2);
    for (device, payload, _) in &pushed {
        let message = inbox
            .messages
            .iter()
            .find(|m| m.id == payload.id)
            .expect("the payload's id is an inbox message's");
        assert!(message.notice.is_worth_a_push());
        let lang = if *device == fr {
            "fr"
        } else {
            assert_eq!(*device, ar);
            "ar"
        };
        let expected = macnss_server::push::payload(
            macnss_server::messages::Lang::from_tag(lang).expect("lang"),
            &payload.id,
            message.notice.topic(),
        );
        assert_eq!(
            *payload, expected,
            "the device's language, the topic's sentence"
        );
        // Nothing personal: no name, number, amount or claim id.
        let text = serde_json::to_string(payload).expect("json");
        for secret in ["Omar", "Tazi", OMAR_ID, "MAD", "dh", "DH"] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
        assert!(
            !payload
                .title
                .chars()
                .chain(payload.body.chars())
                .any(|c| c.is_ascii_digit())
        );
        if let macnss_api::inbox::Notice::ClaimChanged { claim_id, .. } = &message.notice {
            assert!(!text.contains(claim_id.as_str()));
        }
    }
    // The message a push names is fetched by its id, by its holder only.
    let one = app
        .get_auth(&format!("/v1/inbox/{}", pushed[0].1.id), &omar)
        .await;
    one.assert_ok();
    assert_eq!(one.body["id"], pushed[0].1.id.as_str());
    let nadia = app.token_of(NADIA_ID).await;
    app.get_auth(&format!("/v1/inbox/{}", pushed[0].1.id), &nadia)
        .await
        .assert_problem(404, "not_found");
    // Both devices' pushes left (FCM and APNs not configured: to the log).
    wait_for("the pushes to leave", async || {
        pushes(&app)
            .await
            .iter()
            .all(|(_, _, s)| *s == macnss_server::notify::state::DELIVERED)
            .then_some(())
    })
    .await;
}

#[tokio::test]
async fn muted_topics_and_ended_sessions_get_no_push() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    device_id(&register(&app, &omar, android("phone"), "fr").await);

    let prefs: PushPreferences =
        serde_json::from_value(app.get_auth("/v1/push/preferences", &omar).await.body)
            .expect("prefs");
    assert_eq!(prefs, PushPreferences::all());
    let set = app
        .post_auth(
            "/v1/push/preferences",
            &omar,
            json!({"muted": ["payments", "claims", "payments"]}),
        )
        .await;
    set.assert_ok();
    assert_eq!(set.body, json!({"muted": ["claims", "payments"]}));
    app.post_auth("/v1/push/preferences", &omar, json!({"muted": ["nothing"]}))
        .await
        .assert_problem(400, "malformed_request");
    reimburse_a_claim(&app, &omar).await;
    assert!(
        pushes(&app).await.is_empty(),
        "claims and payments are muted"
    );
    let inbox: macnss_api::inbox::Inbox =
        serde_json::from_value(app.get_auth("/v1/inbox", &omar).await.body).expect("inbox");
    assert!(inbox.unread >= 2, "the inbox keeps every message");

    // Security is not muted: a sign-in elsewhere is pushed to this phone.
    let other = app.omar().await;
    let pushed = pushes(&app).await;
    assert_eq!(pushed.len(), 1, "{pushed:?}");
    assert_eq!(
        pushed[0].1,
        macnss_server::push::payload(
            macnss_server::messages::Lang::Fr,
            &pushed[0].1.id,
            Topic::Security
        )
    );

    // The phone's session signs out: its registration goes with it.
    let refresh = app.sign_in(OMAR_ID, OMAR_PASSWORD).await;
    let phone = refresh.body["access_token"]
        .as_str()
        .expect("token")
        .to_owned();
    device_id(&register(&app, &phone, android("phone-2"), "fr").await);
    let n = app
        .count(
            "SELECT COUNT(*) FROM push_devices WHERE account_id = ?1 AND address = 'phone-2'",
            OMAR_ID,
        )
        .await;
    assert_eq!(n, 1);
    let out = app
        .post(
            "/v1/session/sign-out",
            json!({"refresh_token": refresh.body["refresh_token"]}),
        )
        .await;
    assert_eq!(out.status, 204);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM push_devices WHERE account_id = ?1 AND address = 'phone-2'",
            OMAR_ID,
        )
        .await,
        0
    );
    drop(other);
}

// ---------------------------------------------------------------------------------------------
// The FCM and APNs senders against local HTTP/2 peers.

/// What a peer saw and what it answers next (then 200).
#[derive(Default)]
struct Peer {
    seen: Mutex<Vec<(String, HeaderMap, Value, Version)>>,
    answers: Mutex<VecDeque<(u16, Value)>>,
    tokens_issued: Mutex<u32>,
    /// The FCM peer's token URI (the assertion's audience), known once bound.
    token_uri: Mutex<String>,
}

impl Peer {
    fn answer(&self) -> (StatusCode, axum::Json<Value>) {
        let (status, body) = self
            .answers
            .lock()
            .expect("lock")
            .pop_front()
            .unwrap_or((200, json!({"name": "projects/p/messages/1"})));
        (
            StatusCode::from_u16(status).expect("status"),
            axum::Json(body),
        )
    }
}

async fn serve(router: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, router).await });
    format!("http://{addr}")
}

async fn fcm_peer(peer: Arc<Peer>) -> String {
    async fn token(
        State(peer): State<Arc<Peer>>,
        version: Version,
        axum::Form(form): axum::Form<Vec<(String, String)>>,
    ) -> (StatusCode, axum::Json<Value>) {
        // https://developers.google.com/identity/protocols/oauth2/service-account#httprest:
        // the JWT-bearer grant, the assertion signed with the service account's key (RS256),
        // `iss` its e-mail, `scope` FCM's, `aud` the token URI, `exp` within the hour.
        let grant = form
            .iter()
            .find(|(k, _)| k == "grant_type")
            .map(|(_, v)| v.as_str());
        assert_eq!(grant, Some("urn:ietf:params:oauth:grant-type:jwt-bearer"));
        let assertion = &form
            .iter()
            .find(|(k, _)| k == "assertion")
            .expect("assertion")
            .1;
        let key = RS256KeyPair::from_pem(FCM_KEY).expect("key").public_key();
        #[derive(serde::Deserialize, serde::Serialize)]
        struct Scope {
            scope: String,
        }
        let audience = peer.token_uri.lock().expect("lock").clone();
        let claims = key
            .verify_token::<Scope>(
                assertion,
                Some(VerificationOptions {
                    allowed_issuers: Some(HashSet::from_strings(&[
                        "push@macnss-test.iam.gserviceaccount.com",
                    ])),
                    allowed_audiences: Some(HashSet::from_strings(&[audience])),
                    ..Default::default()
                }),
            )
            .expect("signed with the service account's key, for the token URI");
        assert_eq!(
            claims.custom.scope,
            "https://www.googleapis.com/auth/firebase.messaging"
        );
        let (iat, exp) = (
            claims.issued_at.expect("iat"),
            claims.expires_at.expect("exp"),
        );
        assert!(
            exp > iat && exp - iat <= web_push_native::jwt_simple::prelude::Duration::from_hours(1),
            "exp within the hour"
        );
        let _ = version;
        *peer.tokens_issued.lock().expect("lock") += 1;
        (
            StatusCode::OK,
            axum::Json(
                json!({"access_token": "ya29.test-access", "expires_in": 3599, "token_type": "Bearer"}),
            ),
        )
    }
    async fn send(
        State(peer): State<Arc<Peer>>,
        Path(project): Path<String>,
        version: Version,
        headers: HeaderMap,
        axum::Json(body): axum::Json<Value>,
    ) -> (StatusCode, axum::Json<Value>) {
        peer.seen
            .lock()
            .expect("lock")
            .push((project, headers, body, version));
        peer.answer()
    }
    let url = serve(
        axum::Router::new()
            .route("/token", post(token))
            .route("/v1/projects/{project}/messages:send", post(send))
            .with_state(peer.clone()),
    )
    .await;
    *peer.token_uri.lock().expect("lock") = format!("{url}/token");
    url
}

async fn apns_peer(peer: Arc<Peer>) -> String {
    async fn device(
        State(peer): State<Arc<Peer>>,
        Path(token): Path<String>,
        version: Version,
        headers: HeaderMap,
        axum::Json(body): axum::Json<Value>,
    ) -> (StatusCode, axum::Json<Value>) {
        peer.seen
            .lock()
            .expect("lock")
            .push((token, headers, body, version));
        peer.answer()
    }
    serve(
        axum::Router::new()
            .route("/3/device/{token}", post(device))
            .with_state(peer),
    )
    .await
}

const FAST: RetryPolicy = RetryPolicy {
    max_attempts: 3,
    base_delay_ms: 1,
    max_delay_ms: 1,
};

async fn with_peers() -> (TestApp, Arc<Peer>, Arc<Peer>, String, tempfile::TempDir) {
    let fcm = Arc::new(Peer::default());
    let apns = Arc::new(Peer::default());
    let fcm_url = fcm_peer(fcm.clone()).await;
    let apns_url = apns_peer(apns.clone()).await;
    let dir = tempfile::tempdir().expect("dir");
    let account = dir.path().join("service-account.json");
    std::fs::write(
        &account,
        json!({
            "type": "service_account",
            "project_id": "macnss-test",
            "private_key_id": "k1",
            "private_key": FCM_KEY,
            "client_email": "push@macnss-test.iam.gserviceaccount.com",
            "token_uri": format!("{fcm_url}/token"),
        })
        .to_string(),
    )
    .expect("write");
    let p8 = dir.path().join("AuthKey.p8");
    std::fs::write(&p8, APNS_KEY).expect("write");
    let mut config = Config::for_tests();
    config.delivery.retry = FAST;
    config.delivery.push = PushConfig {
        fcm: Some(FcmConfig {
            service_account_file: account,
            base_url: fcm_url.clone(),
            timeout_seconds: 5,
        }),
        apns: Some(ApnsConfig {
            key_file: p8,
            key_id: "KEYID12345".into(),
            team_id: "TEAMID1234".into(),
            topic: "ma.cnss.app".into(),
            base_url: apns_url,
            timeout_seconds: 5,
        }),
        ..PushConfig::default()
    };
    (spawn_with(config).await, fcm, apns, fcm_url, dir)
}

#[tokio::test]
async fn fcm_gets_the_documented_request_and_a_gone_token_removes_the_device() {
    let (app, fcm, _apns, fcm_url, _dir) = with_peers().await;
    let omar = app.omar().await;
    let token = "fcm-token:APA91b-test_1";
    let device = device_id(&register(&app, &omar, android(token), "en").await);
    // The first send meets a busy FCM (429), then is retried and delivered.
    fcm.answers.lock().expect("lock").push_back((
        429,
        json!({"error": {"code": 429, "status": "RESOURCE_EXHAUSTED", "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "QUOTA_EXCEEDED"}]}}),
    ));
    reimburse_a_claim(&app, &omar).await;
    let seen = wait_for("FCM to get both messages", async || {
        let seen = fcm.seen.lock().expect("lock");
        (seen.len() >= 3).then(|| {
            seen.iter()
                .map(|(p, h, b, v)| (p.clone(), h.clone(), b.clone(), *v))
                .collect::<Vec<_>>()
        })
    })
    .await;
    for (project, headers, body, version) in &seen {
        // https://firebase.google.com/docs/cloud-messaging/send-message#rest: POST
        // /v1/projects/{project_id}/messages:send, a bearer access token, {"message": …}.
        assert_eq!(project, "macnss-test");
        assert_eq!(*version, Version::HTTP_2);
        assert_eq!(headers["authorization"], "Bearer ya29.test-access");
        let m = &body["message"];
        assert_eq!(m["token"], token);
        assert_eq!(m["notification"]["title"], "CNSS");
        assert!(
            m["notification"]["body"]
                .as_str()
                .is_some_and(|b| b.contains("Open the app"))
        );
        let id = m["data"]["id"].as_str().expect("the message id");
        assert_eq!(
            m["android"]["notification"]["tag"], id,
            "shown once per message"
        );
        assert_eq!(m["android"]["notification"]["channel_id"], "messages");
        assert_eq!(m["android"]["collapse_key"], id);
        let keys: Vec<&String> = m["data"].as_object().expect("data").keys().collect();
        assert_eq!(keys, ["id"], "nothing else in the data");
    }
    // The refused one came again (after the other message: one push service's refusal holds
    // up nothing else), the same push.
    let retried: Vec<&Value> = seen
        .iter()
        .map(|s| &s.2)
        .filter(|b| **b == seen[0].2)
        .collect();
    assert_eq!(retried.len(), 2, "the retried push is the same push");
    assert_eq!(
        *fcm.tokens_issued.lock().expect("lock"),
        1,
        "the access token is kept"
    );
    let _ = fcm_url;

    // The token is unregistered: FCM says 404 UNREGISTERED and the device is removed.
    fcm.answers.lock().expect("lock").push_back((
        404,
        json!({"error": {"code": 404, "status": "NOT_FOUND", "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "UNREGISTERED"}]}}),
    ));
    let _elsewhere = app.omar().await; // a new sign-in: a security push
    wait_for("the device to be removed", async || {
        (app.count("SELECT COUNT(*) FROM push_devices WHERE id = ?1", &device)
            .await
            == 0)
            .then_some(())
    })
    .await;
}

#[tokio::test]
async fn apns_gets_the_documented_request_and_a_gone_token_removes_the_device() {
    let (app, _fcm, apns, _u, _dir) = with_peers().await;
    let omar = app.omar().await;
    let token = "0a".repeat(32);
    let device = device_id(&register(&app, &omar, ios(10), "fr").await);
    apns.answers
        .lock()
        .expect("lock")
        .push_back((503, json!({"reason": "ServiceUnavailable"})));
    reimburse_a_claim(&app, &omar).await;
    let seen = wait_for("APNs to get both messages", async || {
        let seen = apns.seen.lock().expect("lock");
        (seen.len() >= 3).then(|| {
            seen.iter()
                .map(|(p, h, b, v)| (p.clone(), h.clone(), b.clone(), *v))
                .collect::<Vec<_>>()
        })
    })
    .await;
    let key = ES256KeyPair::from_pem(APNS_KEY).expect("key").public_key();
    for (path_token, headers, body, version) in &seen {
        // sending-notification-requests-to-apns: HTTP/2, POST /3/device/<token>, the headers.
        assert_eq!(*version, Version::HTTP_2);
        assert_eq!(*path_token, token);
        assert_eq!(headers["apns-push-type"], "alert");
        assert_eq!(headers["apns-topic"], "ma.cnss.app");
        assert_eq!(headers["apns-priority"], "10");
        let apns_id = headers["apns-id"].to_str().expect("ascii");
        assert_eq!(apns_id.len(), 36);
        assert!(
            headers["apns-expiration"]
                .to_str()
                .expect("ascii")
                .parse::<u64>()
                .is_ok()
        );
        let id = body["id"].as_str().expect("the message id");
        assert_eq!(headers["apns-collapse-id"], id);
        assert!(id.len() <= 64);
        assert_eq!(body["aps"]["alert"]["title"], "CNSS");
        assert!(
            body["aps"]["alert"]["body"]
                .as_str()
                .is_some_and(|b| b.contains("Ouvrez"))
        );
        // establishing-a-token-based-connection-to-apns: bearer JWT, ES256 with `kid`, `iss`
        // the team id, `iat`.
        let jwt = headers["authorization"]
            .to_str()
            .expect("ascii")
            .strip_prefix("bearer ")
            .expect("bearer");
        let meta = Token::decode_metadata(jwt).expect("a JWT");
        assert_eq!(meta.algorithm(), "ES256");
        assert_eq!(meta.key_id(), Some("KEYID12345"));
        let claims = key
            .verify_token::<NoCustomClaims>(
                jwt,
                Some(VerificationOptions {
                    allowed_issuers: Some(HashSet::from_strings(&["TEAMID1234"])),
                    ..Default::default()
                }),
            )
            .expect("signed by the team's key, issued by the team");
        assert!(claims.issued_at.is_some());
    }
    let ids: Vec<&axum::http::HeaderValue> = seen.iter().map(|s| &s.1["apns-id"]).collect();
    assert_eq!(
        ids.iter().filter(|i| **i == ids[0]).count(),
        2,
        "a retry is the same push"
    );
    assert_ne!(ids[0], ids[1], "another message, another apns-id");

    apns.answers
        .lock()
        .expect("lock")
        .push_back((410, json!({"reason": "Unregistered", "timestamp": 0})));
    let _elsewhere = app.omar().await;
    wait_for("the device to be removed", async || {
        (app.count("SELECT COUNT(*) FROM push_devices WHERE id = ?1", &device)
            .await
            == 0)
            .then_some(())
    })
    .await;
}
