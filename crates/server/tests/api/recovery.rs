//! «Mot de passe oublié» end to end by SMS and by e-mail, the decoys for unknown identifiers,
//! idempotent sends (replays, a key bound to its body, concurrent retries), and the code limits
//! applied to recovery.

use crate::helpers::*;
use serde_json::json;

async fn start(app: &TestApp, identifier: &str) -> Answer {
    app.post("/v1/recovery/start", json!({ "identifier": identifier }))
        .await
}

#[tokio::test]
async fn a_password_is_recovered_by_sms_and_the_holder_is_told_by_email() {
    let app = spawn_app().await;
    let old = app.sign_in(OMAR_ID, OMAR_PASSWORD).await;
    let old_access = old.body["access_token"].as_str().expect("a").to_owned();
    let s = start(&app, OMAR_ID).await;
    s.assert_ok();
    assert_eq!(s.body["channels"][0]["channel"], "sms");
    assert_eq!(
        s.body["channels"][0]["masked_destination"],
        "06 •• •• •• 67"
    );
    assert_eq!(s.body["channels"][1]["channel"], "email");
    assert_eq!(
        s.body["channels"][1]["masked_destination"],
        "o•••@example.ma"
    );
    let rid = s.body["recovery_id"].as_str().expect("id");
    let sent = app
        .post(
            "/v1/recovery/send",
            json!({"recovery_id": rid, "channel": "sms"}),
        )
        .await;
    sent.assert_ok();
    assert_eq!(sent.body["masked_destination"], "06 •• •• •• 67");
    let code = app.last_code(OMAR_PHONE).await;
    let v = app
        .post(
            "/v1/recovery/verify",
            json!({"recovery_id": rid, "code": code}),
        )
        .await;
    v.assert_ok();
    let token = v.body["reset_token"].as_str().expect("token").to_owned();
    let weak = app
        .post(
            "/v1/recovery/complete",
            json!({"reset_token": token, "new_password": "password123"}),
        )
        .await;
    weak.assert_problem(422, "password_too_weak");
    let done = app
        .post(
            "/v1/recovery/complete",
            json!({"reset_token": token, "new_password": "le thé à la menthe"}),
        )
        .await;
    assert_eq!(done.status.as_u16(), 204);
    app.post(
        "/v1/recovery/complete",
        json!({"reset_token": token, "new_password": "encore une autre phrase"}),
    )
    .await
    .assert_problem(410, "transaction_expired");
    app.get_auth("/v1/me", &old_access)
        .await
        .assert_problem(401, "session_expired");
    app.sign_in(OMAR_ID, OMAR_PASSWORD)
        .await
        .assert_problem(401, "invalid_credentials");
    app.sign_in(OMAR_ID, "le thé à la menthe").await.assert_ok();
    // The reset's notice (the sign-in above, naming no device, brings the new-device one).
    let mails: Vec<_> = app
        .outbox(OMAR_EMAIL)
        .await
        .into_iter()
        .filter(|m| {
            !m["body"]
                .as_str()
                .unwrap_or_default()
                .contains("Nouvelle connexion")
        })
        .collect();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0]["channel"], "email");
}

#[tokio::test]
async fn a_password_is_recovered_by_email_from_the_cnie_and_the_holder_is_told_by_sms() {
    let app = spawn_app().await;
    let s = start(&app, "d 234567").await;
    s.assert_ok();
    let rid = s.body["recovery_id"].as_str().expect("id");
    let sent = app
        .post_with(
            "/v1/recovery/send",
            json!({"recovery_id": rid, "channel": "email"}),
            &[("accept-language", "en")],
        )
        .await;
    sent.assert_ok();
    assert_eq!(sent.body["channel"], "email");
    let mail = app.outbox(OMAR_EMAIL).await;
    assert!(
        mail[0]["body"]
            .as_str()
            .expect("text")
            .contains("Your MaCNSS code")
    );
    let code = app.last_code(OMAR_EMAIL).await;
    let v = app
        .post(
            "/v1/recovery/verify",
            json!({"recovery_id": rid, "code": code}),
        )
        .await;
    let token = v.body["reset_token"].as_str().expect("token").to_owned();
    let done = app
        .post(
            "/v1/recovery/complete",
            json!({"reset_token": token, "new_password": "couscous du vendredi"}),
        )
        .await;
    assert_eq!(done.status.as_u16(), 204);
    let sms = app.outbox(OMAR_PHONE).await;
    assert_eq!(sms.len(), 1, "the SMS notice, and no code by SMS");
    app.sign_in(OMAR_ID, "couscous du vendredi")
        .await
        .assert_ok();
}

fn shape(v: &serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(m) => {
            serde_json::Value::Object(m.iter().map(|(k, v)| (k.clone(), shape(v))).collect())
        }
        serde_json::Value::Array(a) => serde_json::Value::Array(a.iter().map(shape).collect()),
        // Strings keep only whether they are empty: the values differ, the shape must not.
        serde_json::Value::String(s) => json!(s.is_empty()),
        other => other.clone(),
    }
}

fn header_names(a: &Answer) -> Vec<String> {
    let mut v: Vec<String> = a.headers.keys().map(|k| k.as_str().to_owned()).collect();
    v.sort();
    v
}

#[tokio::test]
async fn an_unknown_identifier_gets_an_answer_indistinguishable_from_a_known_one() {
    let app = spawn_app().await;
    let known = start(&app, OMAR_ID).await;
    let unknown = start(&app, "111111111").await;
    let no_account = start(&app, "BK123456").await; // in the registry, no account yet
    for a in [&known, &unknown, &no_account] {
        a.assert_ok();
        assert_eq!(shape(&a.body), shape(&known.body));
        assert_eq!(header_names(a), header_names(&known));
        let phone = a.body["channels"][0]["masked_destination"]
            .as_str()
            .expect("m");
        assert!(
            phone.starts_with("06 ") || phone.starts_with("07 "),
            "{phone}"
        );
        assert_eq!(phone.chars().count(), "06 •• •• •• 67".chars().count());
        let mail = a.body["channels"][1]["masked_destination"]
            .as_str()
            .expect("m");
        assert!(mail.contains("•••@"), "{mail}");
    }
    // Decoys are stable: asking twice shows the same channels.
    let again = start(&app, "111111111").await;
    assert_eq!(again.body["channels"], unknown.body["channels"]);
    // Sending and verifying behave the same too, but nothing is sent.
    let rid = unknown.body["recovery_id"].as_str().expect("id");
    let sent = app
        .post(
            "/v1/recovery/send",
            json!({"recovery_id": rid, "channel": "sms"}),
        )
        .await;
    sent.assert_ok();
    let known_sent = app
        .post(
            "/v1/recovery/send",
            json!({"recovery_id": known.body["recovery_id"], "channel": "sms"}),
        )
        .await;
    assert_eq!(shape(&sent.body), shape(&known_sent.body));
    assert_eq!(header_names(&sent), header_names(&known_sent));
    let all = app.get("/dev/outbox").await;
    assert_eq!(
        all.body.as_array().expect("list").len(),
        1,
        "only Omar's code"
    );
    let wrong = app
        .post(
            "/v1/recovery/verify",
            json!({"recovery_id": rid, "code": "123456"}),
        )
        .await;
    wrong.assert_problem(422, "code_invalid");
    assert_eq!(wrong.body["attempts_remaining"], 4);
}

#[tokio::test]
async fn a_replayed_idempotency_key_returns_the_first_answer_and_sends_one_sms() {
    let app = spawn_app().await;
    let s = start(&app, OMAR_ID).await;
    let rid = s.body["recovery_id"].as_str().expect("id");
    let body = json!({"recovery_id": rid, "channel": "sms"});
    let key = [("idempotency-key", "4b1e6c1e-0001")];
    let first = app.post_with("/v1/recovery/send", body.clone(), &key).await;
    first.assert_ok();
    let replay = app.post_with("/v1/recovery/send", body.clone(), &key).await;
    replay.assert_ok();
    assert_eq!(first.body, replay.body);
    assert_eq!(app.outbox(OMAR_PHONE).await.len(), 1);
    // Without the key, the same request is a resend, refused during the cooldown.
    app.post("/v1/recovery/send", body)
        .await
        .assert_problem(429, "resend_too_soon");
}

#[tokio::test]
async fn a_refused_send_is_not_replayed_so_its_key_works_once_the_cooldown_is_over() {
    let app = spawn_app().await;
    let s = start(&app, OMAR_ID).await;
    let rid = s.body["recovery_id"].as_str().expect("id");
    let body = json!({"recovery_id": rid, "channel": "sms"});
    app.post_with(
        "/v1/recovery/send",
        body.clone(),
        &[("idempotency-key", "k-1")],
    )
    .await
    .assert_ok();
    let key = [("idempotency-key", "k-2")];
    app.post_with("/v1/recovery/send", body.clone(), &key)
        .await
        .assert_problem(429, "resend_too_soon");
    app.advance(61).await;
    app.post_with("/v1/recovery/send", body, &key)
        .await
        .assert_ok();
    assert_eq!(app.outbox(OMAR_PHONE).await.len(), 2);
}

#[tokio::test]
async fn the_same_key_with_another_body_is_refused_and_sends_nothing() {
    let app = spawn_app().await;
    let s = start(&app, OMAR_ID).await;
    let rid = s.body["recovery_id"].as_str().expect("id");
    let key = [("idempotency-key", "7d3c-0001")];
    app.post_with(
        "/v1/recovery/send",
        json!({"recovery_id": rid, "channel": "sms"}),
        &key,
    )
    .await
    .assert_ok();
    let reused = app
        .post_with(
            "/v1/recovery/send",
            json!({"recovery_id": rid, "channel": "email"}),
            &key,
        )
        .await;
    reused.assert_problem(422, "idempotency_key_reused");
    assert!(app.outbox(OMAR_EMAIL).await.is_empty());
    assert_eq!(app.outbox(OMAR_PHONE).await.len(), 1);
    // The stored answer is still there for the request the key was bound to.
    app.post_with(
        "/v1/recovery/send",
        json!({"recovery_id": rid, "channel": "sms"}),
        &key,
    )
    .await
    .assert_ok();
    assert_eq!(app.outbox(OMAR_PHONE).await.len(), 1);
}

#[tokio::test]
async fn concurrent_requests_with_one_key_send_one_message() {
    let app = spawn_app().await;
    let s = start(&app, OMAR_ID).await;
    let rid = s.body["recovery_id"].as_str().expect("id").to_owned();
    // The database is busy for a moment while eight retries of one send arrive, so they
    // reach the key's reservation together instead of one after the other.
    let db = app.server.state().db.clone();
    let busy = tokio::spawn(async move {
        db.call(|_| -> Result<(), macnss_server::db::DbError> {
            std::thread::sleep(std::time::Duration::from_millis(300));
            Ok(())
        })
        .await
    });
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let http = app.http.clone();
            let url = app.url("/v1/recovery/send");
            let body = json!({"recovery_id": rid, "channel": "sms"});
            tokio::spawn(async move {
                Answer::from(
                    http.post(url)
                        .header("idempotency-key", "c0ncurrent-1")
                        .json(&body)
                        .send()
                        .await
                        .expect("request"),
                )
                .await
            })
        })
        .collect();
    let mut answers = Vec::new();
    for t in tasks {
        answers.push(t.await.expect("task"));
    }
    busy.await.expect("task").expect("db");
    let sent: Vec<&Answer> = answers.iter().filter(|a| a.status.is_success()).collect();
    assert!(!sent.is_empty(), "at least one answer is the send itself");
    for a in &answers {
        if a.status.is_success() {
            assert_eq!(a.body, sent[0].body, "every success is the same answer");
        } else {
            a.assert_problem(409, "request_in_progress");
            assert_eq!(a.retry_after(), 1);
        }
    }
    assert_eq!(app.outbox(OMAR_PHONE).await.len(), 1, "one SMS");
    let replay = app
        .post_with(
            "/v1/recovery/send",
            json!({"recovery_id": rid, "channel": "sms"}),
            &[("idempotency-key", "c0ncurrent-1")],
        )
        .await;
    replay.assert_ok();
    assert_eq!(replay.body, sent[0].body);
}

#[tokio::test]
async fn a_password_refused_on_its_own_is_refused_before_the_reset_token_is_looked_up() {
    let app = spawn_app().await;
    for weak in ["", "court", "password1"] {
        let a = app
            .post(
                "/v1/recovery/complete",
                json!({"reset_token": UNKNOWN_ID, "new_password": weak}),
            )
            .await;
        a.assert_problem(422, "password_too_weak");
        assert_eq!(a.body["errors"][0]["field"], "new_password");
    }
    app.post(
        "/v1/recovery/complete",
        json!({"reset_token": UNKNOWN_ID, "new_password": "une phrase assez longue"}),
    )
    .await
    .assert_problem(410, "transaction_expired");
}

#[tokio::test]
async fn recovery_codes_follow_the_same_limits_and_expire() {
    let app = spawn_app().await;
    let s = start(&app, OMAR_ID).await;
    let rid = s.body["recovery_id"].as_str().expect("id");
    app.post(
        "/v1/recovery/send",
        json!({"recovery_id": rid, "channel": "sms"}),
    )
    .await
    .assert_ok();
    let code = app.last_code(OMAR_PHONE).await;
    app.advance(601).await;
    app.post(
        "/v1/recovery/verify",
        json!({"recovery_id": rid, "code": code}),
    )
    .await
    .assert_problem(422, "code_expired");
    app.post(
        "/v1/recovery/verify",
        json!({"recovery_id": UNKNOWN_ID, "code": code}),
    )
    .await
    .assert_problem(410, "transaction_expired");
    app.post(
        "/v1/recovery/send",
        json!({"recovery_id": UNKNOWN_ID, "channel": "sms"}),
    )
    .await
    .assert_problem(410, "transaction_expired");
    app.post(
        "/v1/recovery/send",
        json!({"recovery_id": "nope", "channel": "sms"}),
    )
    .await
    .assert_problem(400, "malformed_request");
    // Five wrong codes spend the code; a restarted recovery keeps the identity's count.
    app.post(
        "/v1/recovery/send",
        json!({"recovery_id": rid, "channel": "email"}),
    )
    .await
    .assert_ok();
    for _ in 0..4 {
        app.post(
            "/v1/recovery/verify",
            json!({"recovery_id": rid, "code": "000000"}),
        )
        .await;
    }
    let fifth = app
        .post(
            "/v1/recovery/verify",
            json!({"recovery_id": rid, "code": "000000"}),
        )
        .await;
    if fifth.body["code"] != "too_many_attempts" {
        // The one-in-a-million case where 000000 was right.
        return;
    }
    let s2 = start(&app, "D234567").await;
    let rid2 = s2.body["recovery_id"].as_str().expect("id");
    app.post(
        "/v1/recovery/send",
        json!({"recovery_id": rid2, "channel": "sms"}),
    )
    .await
    .assert_ok();
    let c = app.last_code(OMAR_PHONE).await;
    let wrong = if c == "000000" { "111111" } else { "000000" };
    let a = app
        .post(
            "/v1/recovery/verify",
            json!({"recovery_id": rid2, "code": wrong}),
        )
        .await;
    a.assert_problem(422, "code_invalid");
    assert_eq!(a.body["attempts_remaining"], 4);
    app.advance(3_601).await;
    app.post(
        "/v1/recovery/verify",
        json!({"recovery_id": rid2, "code": c}),
    )
    .await
    .assert_problem(410, "transaction_expired");
    app.post(
        "/v1/recovery/complete",
        json!({"reset_token": UNKNOWN_ID, "new_password": "une phrase assez longue"}),
    )
    .await
    .assert_problem(410, "transaction_expired");
    app.post(
        "/v1/recovery/complete",
        json!({"reset_token": "made-up", "new_password": "une phrase assez longue"}),
    )
    .await
    .assert_problem(400, "malformed_request");
    start(&app, "12")
        .await
        .assert_problem(422, "validation_failed");
}

#[tokio::test]
async fn recovery_sends_are_capped_per_hour_and_allowed_again_an_hour_later() {
    let app = spawn_app().await;
    let s = start(&app, OMAR_ID).await;
    let rid = s.body["recovery_id"].as_str().expect("id").to_owned();
    for n in 0..5 {
        if n > 0 {
            app.advance(61).await;
        }
        let channel = if n % 2 == 0 { "sms" } else { "email" };
        app.post(
            "/v1/recovery/send",
            json!({"recovery_id": rid, "channel": channel}),
        )
        .await
        .assert_ok();
    }
    app.advance(61).await;
    let capped = app
        .post(
            "/v1/recovery/send",
            json!({"recovery_id": rid, "channel": "sms"}),
        )
        .await;
    capped.assert_problem(429, "too_many_attempts");
    assert_eq!(capped.body["retry_after"], capped.retry_after());
    app.advance(i64::try_from(capped.retry_after()).expect("small"))
        .await;
    let s = start(&app, OMAR_ID).await;
    let rid = s.body["recovery_id"].as_str().expect("id").to_owned();
    app.post(
        "/v1/recovery/send",
        json!({"recovery_id": rid, "channel": "sms"}),
    )
    .await
    .assert_ok();
}
