//! «Mon compte»: the overview (masked contact details, the open sessions with their devices,
//! rounded times), the step-up (the password again, 10 minutes, bound to its session, replaced
//! by a new one), the contact change with a code to the new destination under the caps of
//! every code and the notices to the old one, revoking sessions (at their very next request),
//! deleting the account (and signing up again), the password change's notice, and the e-mail
//! about a sign-in from a new device.

use crate::helpers::*;
use macnss_api::account::{AccountOverview, AccountStepUpResponse};
use macnss_api::types::CodeSentResponse;
use macnss_api::validate::patterns::is_opaque_id;
use serde_json::{Value, json};

/// A device description: id `device<n padded to 37>` (43 base64url characters).
fn device(n: u32, name: &str, platform: &str) -> Value {
    json!({"device_id": format!("device{n:0>37}"), "name": name, "platform": platform})
}

/// A sign-in from `device` with app version `version`.
async fn sign_in_on(
    app: &TestApp,
    id: &str,
    password: &str,
    device: Option<Value>,
    version: &str,
) -> Answer {
    let mut body = json!({"identifier": id, "password": password});
    if let Some(d) = device {
        body["device"] = d;
    }
    app.post_with("/v1/session", body, &[("x-app-version", version)])
        .await
}

/// (access, refresh) of a successful sign-in.
#[track_caller]
fn tokens(a: &Answer) -> (String, String) {
    a.assert_ok();
    (
        a.body["access_token"].as_str().expect("a").to_owned(),
        a.body["refresh_token"].as_str().expect("r").to_owned(),
    )
}

async fn omar_on(app: &TestApp, n: u32, name: &str) -> (String, String) {
    tokens(
        &sign_in_on(
            app,
            OMAR_ID,
            OMAR_PASSWORD,
            Some(device(n, name, "android")),
            "1.4.0",
        )
        .await,
    )
}

async fn overview(app: &TestApp, token: &str) -> AccountOverview {
    let a = app.get_auth("/v1/account", token).await;
    a.assert_ok();
    serde_json::from_value(a.body).expect("an overview")
}

async fn step_up(app: &TestApp, token: &str) -> String {
    let a = app
        .post_auth(
            "/v1/account/step-up",
            token,
            json!({"password": OMAR_PASSWORD}),
        )
        .await;
    a.assert_ok();
    let s: AccountStepUpResponse = serde_json::from_value(a.body).expect("a step-up");
    assert!(is_opaque_id(&s.step_up_id));
    assert_eq!(s.expires_in, 600);
    s.step_up_id
}

async fn change(app: &TestApp, token: &str, step_up_id: &str, channel: &str, to: &str) -> Answer {
    app.post_auth(
        "/v1/account/contact",
        token,
        json!({"step_up_id": step_up_id, "channel": channel, "destination": to}),
    )
    .await
}

async fn resend(app: &TestApp, token: &str, step_up_id: &str) -> Answer {
    app.post_auth(
        "/v1/account/contact/resend",
        token,
        json!({"step_up_id": step_up_id}),
    )
    .await
}

async fn verify(app: &TestApp, token: &str, step_up_id: &str, code: &str) -> Answer {
    app.post_auth(
        "/v1/account/contact/verify",
        token,
        json!({"step_up_id": step_up_id, "code": code}),
    )
    .await
}

async fn revoke(app: &TestApp, token: &str, session_id: &str) -> Answer {
    app.post_auth(
        &format!("/v1/account/sessions/{session_id}/revoke"),
        token,
        json!(null),
    )
    .await
}

fn bodies(messages: &[Value]) -> Vec<String> {
    messages
        .iter()
        .map(|m| m["body"].as_str().expect("text").to_owned())
        .collect()
}

/// No six-digit run (a code), no part of `number` longer than 2 digits, no name.
#[track_caller]
fn assert_discreet(body: &str, number: &str) {
    let digits: String = body.chars().filter(char::is_ascii_digit).collect();
    assert!(
        !body
            .split(|c: char| !c.is_ascii_digit())
            .any(|run| run.len() == 6),
        "a code in {body:?}"
    );
    let national = number.trim_start_matches("+212");
    assert!(!digits.contains(national), "the number in {body:?}");
    assert!(!body.contains(&national[national.len() - 4..]), "{body:?}");
    for secret in ["Omar", "Tazi", OMAR_PASSWORD] {
        assert!(!body.contains(secret), "{secret} in {body:?}");
    }
}

async fn exec(app: &TestApp, sql: &'static str, arg: String) {
    app.server
        .state()
        .db
        .call(move |conn| -> Result<usize, macnss_server::db::DbError> {
            Ok(conn.execute(sql, [arg])?)
        })
        .await
        .expect("sql");
}

/// The e-mails about a new device Omar received.
async fn new_device_mails(app: &TestApp) -> usize {
    app.outbox(OMAR_EMAIL)
        .await
        .iter()
        .filter(|m| {
            m["body"]
                .as_str()
                .is_some_and(|b| b.contains("Nouvelle connexion"))
        })
        .count()
}

// --- The overview -----------------------------------------------------------------------------

#[tokio::test]
async fn the_account_shows_masked_contacts_and_its_open_sessions_current_first_then_by_last_use() {
    let app = spawn_app().await;
    let (old, _) = omar_on(&app, 1, "Samsung A14").await;
    let (web, web_refresh) = tokens(
        &sign_in_on(
            &app,
            OMAR_ID,
            OMAR_PASSWORD,
            Some(device(2, "Chrome sur Linux", "web")),
            "1.4.0",
        )
        .await,
    );
    app.advance(120).await;
    let (current, _) = omar_on(&app, 3, "Pixel 8").await;
    app.advance(120).await;
    overview(&app, &current).await;
    // The first session is used last, after the current one: it still comes second.
    app.advance(20).await;
    app.get_auth("/v1/me", &old).await.assert_ok();
    app.advance(10).await;
    let o = overview(&app, &current).await;
    assert_eq!(o.phone, "06 •• •• •• 67");
    assert_eq!(o.email, "o•••@example.ma");
    let names: Vec<_> = o.sessions.iter().map(|s| s.device_name.clone()).collect();
    assert_eq!(
        names,
        [
            Some("Pixel 8".to_owned()),
            Some("Samsung A14".to_owned()),
            Some("Chrome sur Linux".to_owned())
        ]
    );
    assert!(o.sessions[0].current);
    assert!(o.sessions[1..].iter().all(|s| !s.current));
    assert_eq!(
        o.sessions[2].platform,
        Some(macnss_api::account::Platform::Web)
    );
    assert_eq!(o.sessions[0].app_version.as_deref(), Some("1.4.0"));
    for s in &o.sessions {
        assert!(is_opaque_id(&s.id), "{}", s.id);
        assert_eq!(s.signed_in_at.timestamp() % 3_600, 0, "to the hour");
        assert_eq!(s.last_used_at.timestamp() % 60, 0, "to the minute");
    }
    // A session signed out is no longer listed; nor is one past its idle lifetime.
    app.post(
        "/v1/session/sign-out",
        json!({"refresh_token": web_refresh}),
    )
    .await;
    let o = overview(&app, &current).await;
    assert_eq!(o.sessions.len(), 2);
    assert!(app.get_auth("/v1/me", &web).await.status.is_client_error());
    let app = spawn_app().await;
    let (_, _) = omar_on(&app, 1, "Samsung A14").await;
    app.advance(7 * 86_400).await;
    let (current, _) = omar_on(&app, 3, "Pixel 8").await;
    let o = overview(&app, &current).await;
    assert_eq!(o.sessions.len(), 1, "the idle one is over");
}

#[tokio::test]
async fn a_session_without_a_device_is_listed_without_a_name_and_an_invalid_device_is_refused() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let o = overview(&app, &t).await;
    assert_eq!(o.sessions.len(), 1);
    assert_eq!(o.sessions[0].device_name, None);
    assert_eq!(o.sessions[0].platform, None);
    let bad = sign_in_on(
        &app,
        OMAR_ID,
        OMAR_PASSWORD,
        Some(json!({"device_id": "short", "name": "Pixel", "platform": "android"})),
        "1.4.0",
    )
    .await;
    bad.assert_problem(422, "validation_failed");
    assert_eq!(bad.body["errors"][0]["field"], "device");
    assert_eq!(bad.body["errors"][0]["code"], "device_invalid");
}

#[tokio::test]
async fn the_last_use_is_recorded_on_authenticated_requests_at_most_once_a_minute() {
    let app = spawn_app().await;
    let (t, _) = omar_on(&app, 1, "Pixel 8").await;
    let id = overview(&app, &t).await.sessions[0].id.clone();
    let last = "SELECT last_used_at FROM sessions WHERE id = ?1";
    let signed_in = app.count(last, &id).await;
    app.advance(30).await;
    app.get_auth("/v1/me", &t).await.assert_ok();
    assert_eq!(
        app.count(last, &id).await,
        signed_in,
        "not within the minute"
    );
    app.advance(31).await;
    app.get_auth("/v1/space", &t).await.assert_ok();
    // The demo clock moves with real time too: a busy machine adds a second or two.
    let used = app.count(last, &id).await;
    assert!(
        (signed_in + 61..=signed_in + 65).contains(&used),
        "{signed_in} → {used}"
    );
}

#[tokio::test]
async fn a_refresh_records_the_apps_new_version() {
    let app = spawn_app().await;
    let (_, refresh) = omar_on(&app, 1, "Pixel 8").await;
    let n = app
        .post_with(
            "/v1/session/refresh",
            json!({"refresh_token": refresh}),
            &[("x-app-version", "1.5.2")],
        )
        .await;
    let (t, _) = tokens(&n);
    assert_eq!(
        overview(&app, &t).await.sessions[0].app_version.as_deref(),
        Some("1.5.2")
    );
}

// --- The step-up ------------------------------------------------------------------------------

#[tokio::test]
async fn the_step_up_needs_the_password_and_a_wrong_one_counts_towards_the_sign_in_slow_down() {
    let app = spawn_app().await;
    let t = app.omar().await;
    for _ in 0..5 {
        app.post_auth(
            "/v1/account/step-up",
            &t,
            json!({"password": "pas le bon mot de passe"}),
        )
        .await
        .assert_problem(401, "invalid_credentials");
    }
    app.post_auth(
        "/v1/account/step-up",
        &t,
        json!({"password": OMAR_PASSWORD}),
    )
    .await
    .assert_problem(429, "slow_down");
    app.sign_in(OMAR_ID, OMAR_PASSWORD)
        .await
        .assert_problem(429, "slow_down");
}

#[tokio::test]
async fn a_step_up_expires_after_ten_minutes_is_replaced_by_a_new_one_and_is_its_sessions_only() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let first = step_up(&app, &t).await;
    let second = step_up(&app, &t).await;
    change(&app, &t, &first, "sms", "0612345678")
        .await
        .assert_problem(410, "transaction_expired");
    // Another session of the same account cannot use it.
    let other = app.omar().await;
    change(&app, &other, &second, "sms", "0612345678")
        .await
        .assert_problem(410, "transaction_expired");
    app.post_auth(
        "/v1/account/delete",
        &other,
        json!({"step_up_id": second, "confirmed": true}),
    )
    .await
    .assert_problem(410, "transaction_expired");
    change(&app, &t, &second, "sms", "0612345678")
        .await
        .assert_ok();
    app.advance(601).await;
    let t = app.omar().await;
    let third = step_up(&app, &t).await;
    app.advance(601).await;
    resend(&app, &t, &third)
        .await
        .assert_problem(410, "transaction_expired");
    app.post_auth(
        "/v1/account/delete",
        &t,
        json!({"step_up_id": third, "confirmed": true}),
    )
    .await
    .assert_problem(410, "transaction_expired");
    change(&app, &t, "not an id", "sms", "0612345678")
        .await
        .assert_problem(400, "malformed_request");
}

// --- The contact change -----------------------------------------------------------------------

#[tokio::test]
async fn a_new_phone_gets_its_code_and_once_verified_the_old_phone_and_the_email_are_told() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let s = step_up(&app, &t).await;
    let new = "+212612345678";
    let sent = change(&app, &t, &s, "sms", "06 12 34 56 78").await;
    sent.assert_ok();
    let sent: CodeSentResponse = serde_json::from_value(sent.body).expect("code sent");
    assert_eq!(sent.masked_destination, "06 •• •• •• 78");
    assert_eq!(sent.expires_in, 600);
    assert_eq!(sent.resend_in, 60);
    let code = app.last_code(new).await;
    assert!(
        app.outbox(new).await[0]["body"]
            .as_str()
            .expect("text")
            .contains("numéro")
    );
    let old_sms = app.outbox(OMAR_PHONE).await.len();
    let old_mail = app.outbox(OMAR_EMAIL).await.len();
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let refused = verify(&app, &t, &s, wrong).await;
    refused.assert_problem(422, "code_invalid");
    assert_eq!(refused.body["attempts_remaining"], 4);
    let done = verify(&app, &t, &s, &code).await;
    done.assert_ok();
    let o: AccountOverview = serde_json::from_value(done.body).expect("overview");
    assert_eq!(o.phone, "06 •• •• •• 78");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM accounts WHERE account_id = ?1 AND phone = '+212612345678'",
            OMAR_ID
        )
        .await,
        1
    );
    let sms = app.outbox(OMAR_PHONE).await;
    assert_eq!(sms.len(), old_sms + 1, "the old phone is told");
    let mail = app.outbox(OMAR_EMAIL).await;
    assert_eq!(mail.len(), old_mail + 1, "and the e-mail");
    for body in bodies(&sms[old_sms..])
        .iter()
        .chain(&bodies(&mail[old_mail..]))
    {
        assert!(body.contains("numéro"), "{body}");
        assert_discreet(body, new);
        assert!(!body.contains(&code));
    }
    // The step-up is spent: the same code again changes nothing.
    verify(&app, &t, &s, &code)
        .await
        .assert_problem(410, "transaction_expired");
    // Codes now go to the new phone (the bank step-up's, for one).
    app.advance(61).await;
    app.post_auth(
        "/v1/bank-account/step-up",
        &t,
        json!({"password": OMAR_PASSWORD}),
    )
    .await
    .assert_ok();
    assert_eq!(app.outbox(new).await.len(), 2, "the bank's code");
}

#[tokio::test]
async fn a_new_email_gets_its_code_by_email_and_the_old_address_is_told() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let s = step_up(&app, &t).await;
    let new = "omar.nouveau@example.ma";
    let sent = change(&app, &t, &s, "email", new).await;
    sent.assert_ok();
    assert_eq!(sent.body["channel"], "email");
    assert_eq!(sent.body["masked_destination"], "o•••@example.ma");
    let msgs = app.outbox(new).await;
    assert_eq!(msgs.len(), 1);
    assert_eq!(msgs[0]["channel"], "email");
    let code = app.last_code(new).await;
    let before = app.outbox(OMAR_EMAIL).await.len();
    let sms_before = app.outbox(OMAR_PHONE).await.len();
    verify(&app, &t, &s, &code).await.assert_ok();
    let mail = app.outbox(OMAR_EMAIL).await;
    assert_eq!(mail.len(), before + 1);
    let body = mail[before]["body"].as_str().expect("text");
    assert!(body.contains("adresse e-mail"), "{body}");
    assert!(!body.contains(new) && !body.contains("nouveau"), "{body}");
    assert_discreet(body, OMAR_PHONE);
    assert_eq!(app.outbox(OMAR_PHONE).await.len(), sms_before, "no SMS");
    assert_eq!(overview(&app, &t).await.email, "o•••@example.ma");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM accounts WHERE account_id = ?1 AND email = 'omar.nouveau@example.ma'",
            OMAR_ID
        )
        .await,
        1
    );
}

#[tokio::test]
async fn the_same_phone_or_email_as_now_is_refused_as_unchanged_and_a_bad_one_by_its_format() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let s = step_up(&app, &t).await;
    for (channel, to) in [("sms", "06 61 23 45 67"), ("email", OMAR_EMAIL)] {
        let a = change(&app, &t, &s, channel, to).await;
        a.assert_problem(422, "validation_failed");
        assert_eq!(a.body["errors"][0]["field"], "destination");
        assert_eq!(a.body["errors"][0]["code"], "unchanged");
    }
    let a = change(&app, &t, &s, "sms", "omar@example.ma").await;
    assert_eq!(a.body["errors"][0]["code"], "phone_format");
    assert_eq!(app.outbox(OMAR_PHONE).await.len(), 0, "nothing sent");
}

#[tokio::test]
async fn a_resend_waits_for_the_cooldown_and_goes_to_the_same_new_destination() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let s = step_up(&app, &t).await;
    resend(&app, &t, &s)
        .await
        .assert_problem(410, "transaction_expired");
    verify(&app, &t, &s, "123456")
        .await
        .assert_problem(422, "code_expired");
    change(&app, &t, &s, "sms", "0612345678").await.assert_ok();
    let soon = resend(&app, &t, &s).await;
    soon.assert_problem(429, "resend_too_soon");
    assert!((1..=60).contains(&soon.retry_after()));
    // Changing the number at once waits too.
    change(&app, &t, &s, "sms", "0612345679")
        .await
        .assert_problem(429, "resend_too_soon");
    app.advance(61).await;
    let again = resend(&app, &t, &s).await;
    again.assert_ok();
    assert_eq!(again.body["masked_destination"], "06 •• •• •• 78");
    assert_eq!(app.outbox("+212612345678").await.len(), 2);
}

#[tokio::test]
async fn contact_codes_are_capped_per_identity_per_hour_and_in_distinct_destinations() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let s = step_up(&app, &t).await;
    change(&app, &t, &s, "sms", "0612345678").await.assert_ok();
    for _ in 0..4 {
        app.advance(61).await;
        resend(&app, &t, &s).await.assert_ok();
    }
    app.advance(61).await;
    let capped = resend(&app, &t, &s).await;
    capped.assert_problem(429, "too_many_attempts");
    assert!(capped.retry_after() > 60);
    // Distinct new numbers: three a day.
    let app = spawn_app().await;
    let t = app.omar().await;
    let s = step_up(&app, &t).await;
    for to in ["0612345671", "0612345672", "0612345673"] {
        change(&app, &t, &s, "sms", to).await.assert_ok();
        app.advance(61).await;
    }
    change(&app, &t, &s, "sms", "0612345674")
        .await
        .assert_problem(429, "too_many_attempts");
    // And three e-mail addresses.
    // (An hour later: the hourly cap counts every code of the identity.)
    app.advance(3_601).await;
    for to in ["a1@example.ma", "a2@example.ma", "a3@example.ma"] {
        let t = app.omar().await;
        let s = step_up(&app, &t).await;
        change(&app, &t, &s, "email", to).await.assert_ok();
        app.advance(61).await;
    }
    let t = app.omar().await;
    let s = step_up(&app, &t).await;
    change(&app, &t, &s, "email", "a4@example.ma")
        .await
        .assert_problem(429, "too_many_attempts");
}

#[tokio::test]
async fn wrong_contact_codes_are_capped_per_code() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let s = step_up(&app, &t).await;
    change(&app, &t, &s, "sms", "0612345678").await.assert_ok();
    let code = app.last_code("+212612345678").await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for left in (1..=4).rev() {
        let a = verify(&app, &t, &s, wrong).await;
        a.assert_problem(422, "code_invalid");
        assert_eq!(a.body["attempts_remaining"], left);
    }
    verify(&app, &t, &s, wrong)
        .await
        .assert_problem(429, "too_many_attempts");
    // Spent: even the right code is refused now.
    verify(&app, &t, &s, &code)
        .await
        .assert_problem(429, "too_many_attempts");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM accounts WHERE account_id = ?1 AND phone = '+212661234567'",
            OMAR_ID
        )
        .await,
        1,
        "unchanged"
    );
}

// --- Sessions ---------------------------------------------------------------------------------

#[tokio::test]
async fn a_revoked_session_is_refused_at_its_very_next_request_and_its_refresh_token_fails() {
    let app = spawn_app().await;
    let (phone, phone_refresh) = omar_on(&app, 1, "Samsung A14").await;
    let (t, _) = omar_on(&app, 2, "Pixel 8").await;
    app.get_auth("/v1/me", &phone).await.assert_ok();
    let o = overview(&app, &t).await;
    let target = o.sessions.iter().find(|s| !s.current).expect("the other");
    let after = revoke(&app, &t, &target.id).await;
    after.assert_ok();
    let after: AccountOverview = serde_json::from_value(after.body).expect("overview");
    assert_eq!(after.sessions.len(), 1);
    assert!(after.sessions[0].current);
    app.get_auth("/v1/me", &phone)
        .await
        .assert_problem(401, "session_expired");
    app.post(
        "/v1/session/refresh",
        json!({"refresh_token": phone_refresh}),
    )
    .await
    .assert_problem(401, "session_expired");
    // Revoked twice: it is no longer one of the account's open sessions.
    revoke(&app, &t, &target.id)
        .await
        .assert_problem(404, "not_found");
}

#[tokio::test]
async fn another_persons_session_is_404_as_an_unknown_id_and_a_malformed_id_400() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let amina = app.token_of(AMINA_ID).await;
    let hers = overview(&app, &amina).await.sessions[0].id.clone();
    let theirs = revoke(&app, &t, &hers).await;
    theirs.assert_problem(404, "not_found");
    let unknown = revoke(&app, &t, UNKNOWN_ID).await;
    assert_eq!(theirs.body, unknown.body, "indistinguishable");
    app.get_auth("/v1/me", &amina).await.assert_ok();
    revoke(&app, &t, "not-an-id")
        .await
        .assert_problem(400, "malformed_request");
}

#[tokio::test]
async fn the_current_session_cannot_revoke_itself() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let mine = overview(&app, &t).await.sessions[0].id.clone();
    revoke(&app, &t, &mine)
        .await
        .assert_problem(409, "current_session");
    app.get_auth("/v1/me", &t).await.assert_ok();
}

#[tokio::test]
async fn revoking_the_others_keeps_only_this_session() {
    let app = spawn_app().await;
    let (a, a_refresh) = omar_on(&app, 1, "Samsung A14").await;
    let (b, _) = omar_on(&app, 2, "Redmi").await;
    let (t, _) = omar_on(&app, 3, "Pixel 8").await;
    let o = app
        .post_auth("/v1/account/sessions/revoke-others", &t, json!(null))
        .await;
    o.assert_ok();
    let o: AccountOverview = serde_json::from_value(o.body).expect("overview");
    assert_eq!(o.sessions.len(), 1);
    assert_eq!(o.sessions[0].device_name.as_deref(), Some("Pixel 8"));
    for other in [&a, &b] {
        app.get_auth("/v1/me", other)
            .await
            .assert_problem(401, "session_expired");
    }
    app.post("/v1/session/refresh", json!({"refresh_token": a_refresh}))
        .await
        .assert_problem(401, "session_expired");
    app.get_auth("/v1/me", &t).await.assert_ok();
}

// --- Deleting the account ---------------------------------------------------------------------

#[tokio::test]
async fn deleting_needs_the_box_ticked() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let s = step_up(&app, &t).await;
    let a = app
        .post_auth(
            "/v1/account/delete",
            &t,
            json!({"step_up_id": s, "confirmed": false}),
        )
        .await;
    a.assert_problem(422, "validation_failed");
    assert_eq!(a.body["errors"][0]["field"], "confirmed");
    assert_eq!(a.body["errors"][0]["code"], "confirmation_missing");
    app.get_auth("/v1/me", &t).await.assert_ok();
}

#[tokio::test]
async fn deleting_the_account_tells_the_holder_ends_everything_keeps_the_record_and_allows_a_new_sign_up()
 {
    let app = spawn_app().await;
    let phone = "+212600000321";
    let (id, temp) = app.sign_up_synthetic(7, phone).await;
    let (restricted, _) = tokens(&app.sign_in(&id, &temp).await);
    let password = "une phrase assez longue";
    let changed = app
        .post_auth(
            "/v1/me/password",
            &restricted,
            json!({"current_password": temp, "new_password": password}),
        )
        .await;
    let (t, _) = tokens(&changed);
    let (other, other_refresh) = tokens(&app.sign_in(&id, password).await);
    app.get_auth("/v1/career", &t).await.assert_ok();
    let records = app
        .count(
            "SELECT COUNT(*) FROM declarations WHERE account_id = ?1",
            &id,
        )
        .await;
    assert!(records > 0);
    // A message still waiting for this account (held back by its next attempt), and one for
    // someone else.
    exec(
        &app,
        "INSERT INTO outbox (to_addr, channel, body, sent_at, message_id, next_attempt_ms)
         VALUES (?1, 'sms', 'en attente', 0, 'held-mine', 99999999999999)",
        phone.to_owned(),
    )
    .await;
    exec(
        &app,
        "INSERT INTO outbox (to_addr, channel, body, sent_at, message_id, next_attempt_ms)
         VALUES (?1, 'sms', 'en attente', 0, 'held-other', 99999999999999)",
        "+212600000999".to_owned(),
    )
    .await;
    let s = app
        .post_auth("/v1/account/step-up", &t, json!({"password": password}))
        .await;
    s.assert_ok();
    let s = s.body["step_up_id"].as_str().expect("id").to_owned();
    let gone = app
        .post_auth(
            "/v1/account/delete",
            &t,
            json!({"step_up_id": s, "confirmed": true}),
        )
        .await;
    assert_eq!(gone.status.as_u16(), 204, "{}", gone.body);
    // Told first, by SMS and e-mail, and those two still leave.
    let sms = app.outbox(phone).await;
    let last = sms.last().expect("the notice")["body"].as_str().expect("t");
    assert!(last.contains("supprimé"), "{last}");
    assert_discreet(last, phone);
    // Nothing else waits for that phone any more.
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE to_addr = ?1 AND delivered = 0
             AND body NOT LIKE '%supprimé%'",
            phone
        )
        .await,
        0
    );
    let mail = app.outbox("someone@example.ma").await;
    let last = mail.last().expect("the e-mail")["body"]
        .as_str()
        .expect("t");
    assert!(last.contains("supprimé"), "{last}");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE message_id = ?1",
            "held-mine"
        )
        .await,
        0
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE message_id = ?1",
            "held-other"
        )
        .await,
        1
    );
    // Every session ends at once, access and refresh.
    for token in [&t, &other] {
        app.get_auth("/v1/me", token)
            .await
            .assert_problem(401, "session_expired");
    }
    app.post(
        "/v1/session/refresh",
        json!({"refresh_token": other_refresh}),
    )
    .await
    .assert_problem(401, "session_expired");
    app.sign_in(&id, password)
        .await
        .assert_problem(401, "invalid_credentials");
    for (sql, left) in [
        ("SELECT COUNT(*) FROM accounts WHERE account_id = ?1", 0),
        ("SELECT COUNT(*) FROM sessions WHERE account_id = ?1", 0),
        (
            "SELECT COUNT(*) FROM account_step_ups WHERE account_id = ?1",
            0,
        ),
        (
            "SELECT COUNT(*) FROM events WHERE key = 'person:' || ?1 AND detail IS NOT NULL",
            0,
        ),
        ("SELECT COUNT(*) FROM people WHERE account_id = ?1", 1),
    ] {
        assert_eq!(app.count(sql, &id).await, left, "{sql}");
    }
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM declarations WHERE account_id = ?1",
            &id
        )
        .await,
        records,
        "the CNSS record stays"
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM events WHERE key = 'person:' || ?1",
            &id
        )
        .await,
        1,
        "the counters stay"
    );
    // The same person signs up again.
    let (again, temp) = app.sign_up_synthetic(7, phone).await;
    assert_eq!(again, id);
    app.sign_in(&id, &temp).await.assert_ok();
}

// --- The password change and the new device ---------------------------------------------------

#[tokio::test]
async fn a_password_change_tells_the_holder_ends_the_other_sessions_at_once_and_keeps_the_device() {
    let app = spawn_app().await;
    let (a, a_refresh) = omar_on(&app, 1, "Samsung A14").await;
    let (b, _) = omar_on(&app, 2, "Pixel 8").await;
    let sms = app.outbox(OMAR_PHONE).await.len();
    let mail = app.outbox(OMAR_EMAIL).await.len();
    let new_password = "une phrase assez longue";
    let changed = app
        .post_auth(
            "/v1/me/password",
            &b,
            json!({"current_password": OMAR_PASSWORD, "new_password": new_password}),
        )
        .await;
    let (t, _) = tokens(&changed);
    app.get_auth("/v1/me", &a)
        .await
        .assert_problem(401, "session_expired");
    app.post("/v1/session/refresh", json!({"refresh_token": a_refresh}))
        .await
        .assert_problem(401, "session_expired");
    app.get_auth("/v1/me", &b)
        .await
        .assert_problem(401, "session_expired");
    let o = overview(&app, &t).await;
    assert_eq!(o.sessions.len(), 1);
    assert_eq!(o.sessions[0].device_name.as_deref(), Some("Pixel 8"));
    assert_eq!(o.sessions[0].app_version.as_deref(), Some("1.4.0"));
    let sms = &app.outbox(OMAR_PHONE).await[sms..];
    let mail = &app.outbox(OMAR_EMAIL).await[mail..];
    assert_eq!((sms.len(), mail.len()), (1, 1));
    for body in bodies(sms).iter().chain(&bodies(mail)) {
        assert!(body.contains("mot de passe"), "{body}");
        assert!(!body.contains(new_password) && !body.contains(OMAR_PASSWORD));
        assert_discreet(body, OMAR_PHONE);
    }
}

#[tokio::test]
async fn replacing_the_temporary_password_is_no_news() {
    let app = spawn_app().await;
    let phone = "+212600000322";
    let (id, temp) = app.sign_up_synthetic(8, phone).await;
    let (restricted, _) = tokens(&app.sign_in(&id, &temp).await);
    let before = app.outbox(phone).await.len();
    let changed = app
        .post_auth(
            "/v1/me/password",
            &restricted,
            json!({"current_password": temp, "new_password": "une phrase assez longue"}),
        )
        .await;
    changed.assert_ok();
    assert_eq!(app.outbox(phone).await.len(), before);
}

#[tokio::test]
async fn a_sign_in_from_a_new_device_is_told_by_email_and_a_known_device_is_not() {
    let app = spawn_app().await;
    // The account's first session is no news, nor is the same device again.
    omar_on(&app, 1, "Samsung A14").await;
    omar_on(&app, 1, "Samsung A14").await;
    assert_eq!(new_device_mails(&app).await, 0);
    // A sign-in that names no device is news: leaving it out is no way around the notice.
    app.omar().await;
    assert_eq!(new_device_mails(&app).await, 1);
    let unnamed = app.outbox(OMAR_EMAIL).await;
    let unnamed = unnamed.last().expect("the e-mail")["body"]
        .as_str()
        .expect("text")
        .to_owned();
    assert!(
        unnamed.contains("« appareil sans nom » (appareil non précisé)"),
        "{unnamed}"
    );
    let before = chrono::Utc::now().with_timezone(&chrono_tz::Africa::Casablanca);
    omar_on(&app, 2, "Pixel 8").await;
    let after = chrono::Utc::now().with_timezone(&chrono_tz::Africa::Casablanca);
    assert_eq!(new_device_mails(&app).await, 2);
    let mail = app.outbox(OMAR_EMAIL).await;
    let body = mail.last().expect("the e-mail")["body"]
        .as_str()
        .expect("text")
        .to_owned();
    assert!(
        body.starts_with("Subject: Nouvelle connexion à votre compte MaCNSS"),
        "{body}"
    );
    assert!(body.contains("« Pixel 8 » (Android)"), "{body}");
    assert!(
        body.contains("http://127.0.0.1:8787/espace/compte/appareils"),
        "{body}"
    );
    let hour = |t: chrono::DateTime<chrono_tz::Tz>| t.format("le %d/%m/%Y vers %H h").to_string();
    assert!(
        body.contains(&hour(before)) || body.contains(&hour(after)),
        "{body}"
    );
    assert_discreet(&body, OMAR_PHONE);
    // Known now.
    omar_on(&app, 2, "Pixel 8").await;
    assert_eq!(new_device_mails(&app).await, 2);
}

#[tokio::test]
async fn the_new_device_email_links_to_the_public_url_in_the_persons_language() {
    let app = spawn_with(macnss_server::Config {
        public_url: "https://macnss.example.ma".into(),
        ..macnss_server::Config::for_tests()
    })
    .await;
    omar_on(&app, 1, "Samsung A14").await;
    app.post_with(
        "/v1/session",
        json!({"identifier": OMAR_ID, "password": OMAR_PASSWORD,
               "device": device(2, "iPhone de Omar", "ios")}),
        &[("accept-language", "ar")],
    )
    .await
    .assert_ok();
    let mail = app.outbox(OMAR_EMAIL).await;
    let body = mail.last().expect("the e-mail")["body"]
        .as_str()
        .expect("t");
    assert!(
        body.contains("https://macnss.example.ma/espace/compte/appareils"),
        "{body}"
    );
    assert!(body.contains("آيفون"), "{body}");
}
