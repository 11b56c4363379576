//! Sessions: sign-in answers, refresh rotation and reuse detection, lifetimes, sign-out, the
//! profile, password change, the temporary password's limits and the sign-in slow-down.

use crate::helpers::*;
use serde_json::json;

#[tokio::test]
async fn an_existing_account_signs_in_and_reads_its_profile() {
    let app = spawn_app().await;
    let s = app.sign_in(OMAR_ID, OMAR_PASSWORD).await;
    s.assert_ok();
    assert_eq!(s.body["password_change_required"], false);
    assert_eq!(s.body["access_expires_in"], 900);
    let me = app
        .get_auth("/v1/me", s.body["access_token"].as_str().expect("token"))
        .await;
    me.assert_ok();
    assert_eq!(me.body["first_name"], "Omar");
    assert_eq!(me.body["last_name"], "Tazi");
}

#[tokio::test]
async fn an_unknown_identifier_and_a_wrong_password_get_the_same_answer() {
    let app = spawn_app().await;
    let unknown = app.sign_in("999999999", "whatever it is").await;
    let wrong = app.sign_in(OMAR_ID, "whatever it is").await;
    unknown.assert_problem(401, "invalid_credentials");
    wrong.assert_problem(401, "invalid_credentials");
    assert_eq!(unknown.body, wrong.body);
    let names = |a: &Answer| {
        let mut v: Vec<String> = a
            .headers
            .keys()
            .map(|k| k.as_str().to_owned())
            .filter(|k| k != "date")
            .collect();
        v.sort();
        v
    };
    assert_eq!(names(&unknown), names(&wrong));
}

#[tokio::test]
async fn sign_in_validates_the_identifier_format() {
    let app = spawn_app().await;
    let a = app.sign_in("12ab", "").await;
    a.assert_problem(422, "validation_failed");
    assert_eq!(a.body["errors"].as_array().expect("errors").len(), 2);
}

#[tokio::test]
async fn a_refresh_token_rotates_and_its_reuse_revokes_the_whole_session() {
    let app = spawn_app().await;
    let s = app.sign_in(OMAR_ID, OMAR_PASSWORD).await;
    let r1 = s.body["refresh_token"].as_str().expect("r").to_owned();
    let next = app
        .post("/v1/session/refresh", json!({"refresh_token": r1}))
        .await;
    next.assert_ok();
    assert_eq!(next.body["profile"]["account_id"], OMAR_ID);
    let r2 = next.body["refresh_token"].as_str().expect("r").to_owned();
    let a2 = next.body["access_token"].as_str().expect("a").to_owned();
    assert_ne!(r1, r2);
    app.get_auth("/v1/me", &a2).await.assert_ok();
    // The old token again: theft suspected, the family dies.
    app.post("/v1/session/refresh", json!({"refresh_token": r1}))
        .await
        .assert_problem(401, "session_expired");
    app.post("/v1/session/refresh", json!({"refresh_token": r2}))
        .await
        .assert_problem(401, "session_expired");
    app.get_auth("/v1/me", &a2)
        .await
        .assert_problem(401, "session_expired");
    app.post("/v1/session/refresh", json!({"refresh_token": "made-up"}))
        .await
        .assert_problem(401, "session_expired");
}

#[tokio::test]
async fn access_tokens_expire_and_sessions_have_idle_and_absolute_lifetimes() {
    let app = spawn_app().await;
    let s = app.sign_in(OMAR_ID, OMAR_PASSWORD).await;
    let access = s.body["access_token"].as_str().expect("a").to_owned();
    let mut refresh = s.body["refresh_token"].as_str().expect("r").to_owned();
    app.advance(901).await;
    app.get_auth("/v1/me", &access)
        .await
        .assert_problem(401, "session_expired");
    // Used every 6 days, the session lives until its 30-day absolute limit.
    for _ in 0..4 {
        let n = app
            .post("/v1/session/refresh", json!({"refresh_token": refresh}))
            .await;
        n.assert_ok();
        refresh = n.body["refresh_token"].as_str().expect("r").to_owned();
        app.advance(6 * 86_400).await;
    }
    app.advance(6 * 86_400).await;
    app.post("/v1/session/refresh", json!({"refresh_token": refresh}))
        .await
        .assert_problem(401, "session_expired");
    // Idle: unused 7 days.
    let s = app.sign_in(OMAR_ID, OMAR_PASSWORD).await;
    let refresh = s.body["refresh_token"].as_str().expect("r").to_owned();
    app.advance(7 * 86_400).await;
    app.post("/v1/session/refresh", json!({"refresh_token": refresh}))
        .await
        .assert_problem(401, "session_expired");
}

#[tokio::test]
async fn sign_out_revokes_the_session() {
    let app = spawn_app().await;
    let s = app.sign_in(OMAR_ID, OMAR_PASSWORD).await;
    let access = s.body["access_token"].as_str().expect("a").to_owned();
    let refresh = s.body["refresh_token"].as_str().expect("r").to_owned();
    let out = app
        .post("/v1/session/sign-out", json!({"refresh_token": refresh}))
        .await;
    assert_eq!(out.status.as_u16(), 204);
    app.get_auth("/v1/me", &access)
        .await
        .assert_problem(401, "session_expired");
    app.post("/v1/session/refresh", json!({"refresh_token": refresh}))
        .await
        .assert_problem(401, "session_expired");
}

#[tokio::test]
async fn requests_without_a_valid_bearer_token_are_refused() {
    let app = spawn_app().await;
    app.get("/v1/me")
        .await
        .assert_problem(401, "session_expired");
    app.get_auth("/v1/me", "not-a-token")
        .await
        .assert_problem(401, "session_expired");
}

#[tokio::test]
async fn a_password_change_checks_the_current_password_and_the_policy_and_ends_other_sessions() {
    let app = spawn_app().await;
    let other = app.sign_in(OMAR_ID, OMAR_PASSWORD).await;
    let other_access = other.body["access_token"].as_str().expect("a").to_owned();
    let s = app.sign_in(OMAR_ID, OMAR_PASSWORD).await;
    let access = s.body["access_token"].as_str().expect("a").to_owned();
    let weak = app
        .post_auth(
            "/v1/me/password",
            &access,
            json!({"current_password": OMAR_PASSWORD, "new_password": "baseball1"}),
        )
        .await;
    weak.assert_problem(422, "password_too_weak");
    assert_eq!(weak.body["errors"][0]["field"], "new_password");
    assert_eq!(weak.body["errors"][0]["code"], "password_common");
    let with_id = app
        .post_auth(
            "/v1/me/password",
            &access,
            json!({"current_password": OMAR_PASSWORD, "new_password": "moi678901234"}),
        )
        .await;
    assert_eq!(
        with_id.body["errors"][0]["code"],
        "password_contains_identifier"
    );
    let short = app
        .post_auth(
            "/v1/me/password",
            &access,
            json!({"current_password": OMAR_PASSWORD, "new_password": "court"}),
        )
        .await;
    assert_eq!(short.body["errors"][0]["code"], "password_too_short");
    app.post_auth(
        "/v1/me/password",
        &access,
        json!({"current_password": "not my password", "new_password": "une phrase assez longue"}),
    )
    .await
    .assert_problem(401, "invalid_credentials");
    let changed = app
        .post_auth(
            "/v1/me/password",
            &access,
            json!({"current_password": OMAR_PASSWORD, "new_password": "une phrase assez longue"}),
        )
        .await;
    changed.assert_ok();
    app.get_auth("/v1/me", &other_access)
        .await
        .assert_problem(401, "session_expired");
    app.get_auth("/v1/me", changed.body["access_token"].as_str().expect("a"))
        .await
        .assert_ok();
}

#[tokio::test]
async fn a_temporary_password_expires_after_72_hours() {
    let app = spawn_app().await;
    let (id, temp) = app.sign_up_synthetic(0, "+212600000201").await;
    let s = app.sign_in(&id, &temp).await;
    s.assert_ok();
    let refresh = s.body["refresh_token"].as_str().expect("r").to_owned();
    app.advance(72 * 3_600 + 1).await;
    app.sign_in(&id, &temp)
        .await
        .assert_problem(401, "temporary_password_expired");
    app.post("/v1/session/refresh", json!({"refresh_token": refresh}))
        .await
        .assert_problem(401, "temporary_password_expired");
}

#[tokio::test]
async fn a_temporary_session_reaches_no_private_operation_even_after_a_refresh() {
    let app = spawn_app().await;
    let (id, temp) = app.sign_up_synthetic(3, "+212600000221").await;
    let s = app.sign_in(&id, &temp).await;
    s.assert_ok();
    assert_eq!(s.body["password_change_required"], true);
    let access = s.body["access_token"].as_str().expect("a").to_owned();
    app.get_auth("/v1/me", &access)
        .await
        .assert_problem(403, "password_change_required");
    // A refresh keeps the session restricted: it says so, and its new token is refused too.
    let refreshed = app
        .post(
            "/v1/session/refresh",
            json!({"refresh_token": s.body["refresh_token"]}),
        )
        .await;
    refreshed.assert_ok();
    assert_eq!(refreshed.body["password_change_required"], true);
    let access = refreshed.body["access_token"]
        .as_str()
        .expect("a")
        .to_owned();
    app.get_auth("/v1/me", &access)
        .await
        .assert_problem(403, "password_change_required");
    // The password change is the one thing it may do; its answer is a full session.
    let changed = app
        .post_auth(
            "/v1/me/password",
            &access,
            json!({"current_password": temp, "new_password": "une phrase bien à moi"}),
        )
        .await;
    changed.assert_ok();
    assert_eq!(changed.body["password_change_required"], false);
    let refreshed = app
        .post(
            "/v1/session/refresh",
            json!({"refresh_token": changed.body["refresh_token"]}),
        )
        .await;
    assert_eq!(refreshed.body["password_change_required"], false);
    app.get_auth(
        "/v1/me",
        refreshed.body["access_token"].as_str().expect("a"),
    )
    .await
    .assert_ok();
}

#[tokio::test]
async fn sign_in_slows_down_progressively_and_a_reset_clears_it() {
    let app = spawn_app().await;
    for _ in 0..5 {
        app.sign_in(OMAR_ID, "wrong password!")
            .await
            .assert_problem(401, "invalid_credentials");
    }
    let slow = app.sign_in(OMAR_ID, OMAR_PASSWORD).await;
    slow.assert_problem(429, "slow_down");
    let first_wait = slow.retry_after();
    assert!((1..=30).contains(&first_wait), "{first_wait}");
    assert_eq!(slow.body["retry_after"], first_wait);
    app.advance(30).await;
    app.sign_in(OMAR_ID, "wrong password!")
        .await
        .assert_problem(401, "invalid_credentials");
    let slower = app.sign_in(OMAR_ID, OMAR_PASSWORD).await;
    slower.assert_problem(429, "slow_down");
    assert!(slower.retry_after() > 30, "{}", slower.retry_after());
    // An unknown identifier slows down the same way.
    for _ in 0..5 {
        app.sign_in("999999998", "x").await;
    }
    app.sign_in("999999998", "x")
        .await
        .assert_problem(429, "slow_down");

    // Recovery clears the slow-down: no waiting afterwards.
    let start = app
        .post("/v1/recovery/start", json!({"identifier": OMAR_ID}))
        .await;
    let rid = start.body["recovery_id"].as_str().expect("id").to_owned();
    app.post(
        "/v1/recovery/send",
        json!({"recovery_id": rid, "channel": "sms"}),
    )
    .await
    .assert_ok();
    let code = app.last_code(OMAR_PHONE).await;
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
            json!({"reset_token": token, "new_password": "un nouveau départ 2026"}),
        )
        .await;
    assert_eq!(done.status.as_u16(), 204, "{}", done.body);
    app.sign_in(OMAR_ID, "un nouveau départ 2026")
        .await
        .assert_ok();
}

#[tokio::test]
async fn a_temporary_session_cannot_change_the_password_once_the_temporary_password_expired() {
    let app = spawn_app().await;
    let (id, temp) = app.sign_up_synthetic(2, "+212600000211").await;
    let s = app.sign_in(&id, &temp).await;
    let mut refresh = s.body["refresh_token"].as_str().expect("r").to_owned();
    let mut access = s.body["access_token"].as_str().expect("a").to_owned();
    // Keep the session alive with refreshes until 5 minutes before the 72 hours…
    for _ in 0..2 {
        app.advance(36 * 3_600 - 150).await;
        let n = app
            .post("/v1/session/refresh", json!({"refresh_token": refresh}))
            .await;
        n.assert_ok();
        assert_eq!(n.body["password_change_required"], true);
        refresh = n.body["refresh_token"].as_str().expect("r").to_owned();
        access = n.body["access_token"].as_str().expect("a").to_owned();
    }
    // …then let the temporary password expire while the access token is still valid.
    app.advance(400).await;
    app.post_auth(
        "/v1/me/password",
        &access,
        json!({"current_password": temp, "new_password": "une phrase assez longue"}),
    )
    .await
    .assert_problem(401, "temporary_password_expired");
}

#[tokio::test]
async fn a_password_change_after_too_many_wrong_current_passwords_is_slowed_down() {
    let app = spawn_app().await;
    let s = app.sign_in(OMAR_ID, OMAR_PASSWORD).await;
    let access = s.body["access_token"].as_str().expect("a").to_owned();
    for _ in 0..5 {
        app.post_auth(
            "/v1/me/password",
            &access,
            json!({"current_password": "not it at all", "new_password": "une phrase assez longue"}),
        )
        .await
        .assert_problem(401, "invalid_credentials");
    }
    let slow = app
        .post_auth(
            "/v1/me/password",
            &access,
            json!({"current_password": OMAR_PASSWORD, "new_password": "une phrase assez longue"}),
        )
        .await;
    slow.assert_problem(429, "slow_down");
    app.advance(slow.retry_after() as i64).await;
    app.post_auth(
        "/v1/me/password",
        &access,
        json!({"current_password": OMAR_PASSWORD, "new_password": "une phrase assez longue"}),
    )
    .await
    .assert_ok();
}
