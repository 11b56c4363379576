//! Changing the bank account: the password again (a wrong one is `401` and counts towards the
//! sign-in slow-down), a code by SMS with the caps of every code, the code and the RIB
//! checked, the account stored whole and shown masked, the holder told by SMS and e-mail with
//! no bank detail in either.

use crate::helpers::*;
use macnss_api::records::{BankAccount, Payments, StepUpResponse};
use serde_json::json;

/// A RIB whose key matches, at bank `bank` (3 digits).
fn rib(bank: &str) -> String {
    let body = format!("{bank}7800000444455556666");
    format!(
        "{body}{}",
        macnss_api::validate::rib_key(&body).expect("22 digits")
    )
}

async fn step_up(app: &TestApp, token: &str) -> StepUpResponse {
    let a = app
        .post_auth(
            "/v1/bank-account/step-up",
            token,
            json!({"password": OMAR_PASSWORD}),
        )
        .await;
    a.assert_ok();
    serde_json::from_value(a.body).expect("a step-up")
}

#[tokio::test]
async fn the_step_up_needs_the_password_and_a_wrong_one_sends_nothing() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let before = app.outbox(OMAR_PHONE).await.len();
    app.post_auth(
        "/v1/bank-account/step-up",
        &t,
        json!({"password": "pas le bon mot de passe"}),
    )
    .await
    .assert_problem(401, "invalid_credentials");
    assert_eq!(app.outbox(OMAR_PHONE).await.len(), before, "nothing sent");
    // It counts towards the sign-in slow-down, shared with the sign-in.
    for _ in 0..4 {
        app.post_auth(
            "/v1/bank-account/step-up",
            &t,
            json!({"password": "pas le bon mot de passe"}),
        )
        .await
        .assert_problem(401, "invalid_credentials");
    }
    let slowed = app
        .post_auth(
            "/v1/bank-account/step-up",
            &t,
            json!({"password": OMAR_PASSWORD}),
        )
        .await;
    slowed.assert_problem(429, "slow_down");
    app.sign_in(OMAR_ID, OMAR_PASSWORD)
        .await
        .assert_problem(429, "slow_down");
}

#[tokio::test]
async fn the_right_code_and_rib_change_the_account_which_is_only_ever_shown_masked() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let s = step_up(&app, &t).await;
    assert_eq!(s.sent_to, "06 •• •• •• 67");
    assert_eq!(s.expires_in, 600);
    let sms = app.outbox(OMAR_PHONE).await;
    let code = app.last_code(OMAR_PHONE).await;
    assert!(
        sms.last().expect("the code")["body"]
            .as_str()
            .expect("text")
            .contains("compte bancaire")
    );
    let new = rib("230");
    let change =
        |code: &str, rib: &str| json!({"step_up_id": s.step_up_id, "code": code, "rib": rib});

    // A RIB whose key does not match: refused before the code is even looked at.
    let mut bad_key = new.clone();
    bad_key.replace_range(22.., if &new[22..] == "00" { "01" } else { "00" });
    let a = app
        .post_auth("/v1/bank-account", &t, change(&code, &bad_key))
        .await;
    a.assert_problem(422, "validation_failed");
    assert_eq!(a.body["errors"][0]["field"], "rib");
    assert_eq!(a.body["errors"][0]["code"], "rib_key");

    // A wrong code: refused, with the attempts left.
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let a = app
        .post_auth("/v1/bank-account", &t, change(wrong, &new))
        .await;
    a.assert_problem(422, "code_invalid");
    assert_eq!(a.body["attempts_remaining"], 4);

    // The right code: changed; the answer and the payments show it masked.
    let printed = format!(
        "{} {} {} {}",
        &new[..3],
        &new[3..6],
        &new[6..22],
        &new[22..]
    );
    let a = app
        .post_auth("/v1/bank-account", &t, change(&code, &printed))
        .await;
    let account: BankAccount = serde_json::from_value(a.body.clone()).expect("masked");
    assert_eq!(
        (account.bank.as_str(), account.last_digits.as_str()),
        ("CIH Bank", &new[18..22])
    );
    assert!(!a.body.to_string().contains(&new[..18]));
    let payments: Payments =
        serde_json::from_value(app.get_auth("/v1/payments", &t).await.body).expect("payments");
    assert_eq!(payments.bank_account, Some(account.clone()));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM bank_accounts WHERE rib = ?1", &new)
            .await,
        1,
        "the whole RIB is kept on the server"
    );

    // The holder is told by SMS and by e-mail: no bank detail, name, amount or code.
    let sms = app.outbox(OMAR_PHONE).await;
    let mail = app.outbox(OMAR_EMAIL).await;
    for notice in [sms.last().expect("an SMS"), mail.last().expect("an e-mail")] {
        let body = notice["body"].as_str().expect("text");
        assert!(body.contains("bancaires"), "{body}");
        for secret in [&new[18..22], &new[..3], "CIH", "Omar", "Tazi", &code] {
            assert!(!body.contains(secret), "{secret} in {body}");
        }
    }

    // The same request again (a retry after a lost answer): the same answer, nothing sent.
    let again = app
        .post_auth("/v1/bank-account", &t, change(&code, &new))
        .await;
    assert_eq!(again.body, a.body);
    assert_eq!(app.outbox(OMAR_PHONE).await.len(), sms.len());
    // The step-up is spent for any other RIB.
    app.post_auth("/v1/bank-account", &t, change(&code, &rib("007")))
        .await
        .assert_problem(410, "transaction_expired");
}

#[tokio::test]
async fn a_step_up_lives_as_long_as_its_code_and_belongs_to_its_session() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let s = step_up(&app, &t).await;
    let code = app.last_code(OMAR_PHONE).await;
    // Another session of the same person cannot use it.
    let other = app.omar().await;
    app.post_auth(
        "/v1/bank-account",
        &other,
        json!({"step_up_id": s.step_up_id, "code": code, "rib": rib("007")}),
    )
    .await
    .assert_problem(410, "transaction_expired");
    // A second step-up within the cooldown: refused, said when.
    let soon = app
        .post_auth(
            "/v1/bank-account/step-up",
            &t,
            json!({"password": OMAR_PASSWORD}),
        )
        .await;
    soon.assert_problem(429, "resend_too_soon");
    assert!(soon.retry_after() <= 60);
    // Past the code's life: expired (the session is still alive).
    app.advance(601).await;
    app.post_auth(
        "/v1/bank-account",
        &t,
        json!({"step_up_id": s.step_up_id, "code": code, "rib": rib("007")}),
    )
    .await
    .assert_problem(410, "transaction_expired");
    // A malformed id is a malformed request.
    app.post_auth(
        "/v1/bank-account",
        &t,
        json!({"step_up_id": "short", "code": code, "rib": rib("007")}),
    )
    .await
    .assert_problem(400, "malformed_request");
}

#[tokio::test]
async fn a_retried_step_up_sends_one_code_and_a_new_one_replaces_the_old() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let key = [("idempotency-key", "step-up-1")];
    let body = json!({"password": OMAR_PASSWORD});
    let first = app
        .post_auth_with("/v1/bank-account/step-up", &t, body.clone(), &key)
        .await;
    first.assert_ok();
    let sent = app.outbox(OMAR_PHONE).await.len();
    let again = app
        .post_auth_with("/v1/bank-account/step-up", &t, body, &key)
        .await;
    assert_eq!(again.body, first.body);
    assert_eq!(app.outbox(OMAR_PHONE).await.len(), sent, "one code");
    let old_code = app.last_code(OMAR_PHONE).await;
    // After the cooldown, a new step-up in the same session: the old one can no longer be
    // completed, not even with its own code.
    app.advance(61).await;
    let newer = step_up(&app, &t).await;
    let old_id = first.body["step_up_id"].as_str().expect("id").to_owned();
    assert_ne!(newer.step_up_id, old_id);
    app.post_auth(
        "/v1/bank-account",
        &t,
        json!({"step_up_id": old_id, "code": old_code, "rib": rib("007")}),
    )
    .await
    .assert_problem(410, "transaction_expired");
}
