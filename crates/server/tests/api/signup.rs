//! Sign-up: Assuré (CNIE, passport, carte de séjour) and Ayant droit, the credentials SMS,
//! every error code of the four sign-up operations, and the counters no restart resets.

use crate::helpers::*;
use serde_json::json;

#[tokio::test]
async fn an_insured_signs_up_signs_in_with_the_temporary_password_changes_it_and_signs_in_again() {
    let app = spawn_app().await;
    let phone = "+212600000001";
    let start = app
        .start_insured("cnie", "bk 123456", "2031-05-20", "1985-03-14")
        .await;
    start.assert_ok();
    assert_eq!(start.body["terms_version"], "2026-01");
    let id = start.body["signup_id"].as_str().expect("id");

    let sent = app.contact(id, "06 00 00 00 01").await;
    sent.assert_ok();
    assert_eq!(sent.body["channel"], "sms");
    assert_eq!(sent.body["masked_destination"], "06 •• •• •• 01");
    assert_eq!(sent.body["expires_in"], 600);
    assert_eq!(sent.body["resend_in"], 60);

    let code = app.last_code(phone).await;
    let done = app
        .post("/v1/signup/verify", json!({"signup_id": id, "code": code}))
        .await;
    done.assert_ok();
    assert_eq!(done.body["masked_phone"], "06 •• •• •• 01");
    assert_eq!(done.body["temporary_password_valid_hours"], 72);

    let sms = app.outbox(phone).await;
    let creds = sms.last().expect("credentials")["body"]
        .as_str()
        .expect("text");
    assert!(creds.contains("123456789"), "{creds}");
    let temp = extract_temp_password(creds);

    let session = app.sign_in("123456789", &temp).await;
    session.assert_ok();
    assert_eq!(session.body["password_change_required"], true);
    assert_eq!(session.body["profile"]["first_name"], "Amina");
    assert_eq!(session.body["profile"]["kind"], "insured");
    assert_eq!(session.body["profile"]["regime"], "general");
    let access = session.body["access_token"].as_str().expect("token");

    app.get_auth("/v1/me", access)
        .await
        .assert_problem(403, "password_change_required");

    let changed = app
        .post_auth(
            "/v1/me/password",
            access,
            json!({"current_password": temp, "new_password": "ma nouvelle phrase secrète"}),
        )
        .await;
    changed.assert_ok();
    assert_eq!(changed.body["password_change_required"], false);
    let fresh = changed.body["access_token"].as_str().expect("token");
    let me = app.get_auth("/v1/me", fresh).await;
    me.assert_ok();
    assert_eq!(me.body["account_id"], "123456789");
    app.get_auth("/v1/me", access)
        .await
        .assert_problem(401, "session_expired");

    app.sign_in("123456789", &temp)
        .await
        .assert_problem(401, "invalid_credentials");
    let again = app.sign_in("123456789", "ma nouvelle phrase secrète").await;
    again.assert_ok();
    assert_eq!(again.body["password_change_required"], false);
}

#[tokio::test]
async fn a_dependant_signs_up_and_signs_in_with_their_own_identifier() {
    let app = spawn_app().await;
    let phone = "+212700000002";
    let start = app
        .post(
            "/v1/signup/start",
            json!({"kind": "dependant", "insured_id": "123456789", "document_kind": "cnie",
                   "document_number": "BE987654", "birth_date": "1983-01-25"}),
        )
        .await;
    start.assert_ok();
    let id = start.body["signup_id"].as_str().expect("id");
    app.contact(id, "07 00 00 00 02").await.assert_ok();
    let code = app.last_code(phone).await;
    app.post("/v1/signup/verify", json!({"signup_id": id, "code": code}))
        .await
        .assert_ok();
    let creds = app.outbox(phone).await.last().expect("sms")["body"]
        .as_str()
        .expect("text")
        .to_owned();
    assert!(
        creds.contains("456789012"),
        "the dependant's own number: {creds}"
    );
    let session = app
        .sign_in("456789012", &extract_temp_password(&creds))
        .await;
    session.assert_ok();
    assert_eq!(session.body["profile"]["kind"], "dependant");
    assert_eq!(session.body["profile"]["insured_id"], "123456789");
    app.sign_in("123456789", &extract_temp_password(&creds))
        .await
        .assert_problem(401, "invalid_credentials");
}

#[tokio::test]
async fn insured_people_with_a_passport_or_a_residence_card_are_found() {
    let app = spawn_app().await;
    app.start_insured("passport", "AB1234567", "2030-09-30", "1979-11-02")
        .await
        .assert_ok();
    app.start_insured("residence_card", "E1234567", "2029-01-31", "1990-07-08")
        .await
        .assert_ok();
}

#[tokio::test]
async fn an_expired_identity_document_is_refused_with_its_own_code() {
    let app = spawn_app().await;
    let a = app
        .start_insured("cnie", "C456789", "2024-06-30", "1960-12-01")
        .await;
    a.assert_problem(422, "id_document_expired");
    assert_eq!(a.body["errors"][0]["field"], "document_expiry");
}

#[tokio::test]
async fn unknown_or_mismatched_identities_are_not_found() {
    let app = spawn_app().await;
    app.start_insured("cnie", "ZZ999999", "2031-05-20", "1985-03-14")
        .await
        .assert_problem(404, "identity_not_found");
    app.start_insured("cnie", "BK123456", "2031-05-20", "1985-03-15")
        .await
        .assert_problem(404, "identity_not_found");
    app.start_insured("cnie", "BK123456", "2031-05-21", "1985-03-14")
        .await
        .assert_problem(404, "identity_not_found");
    app.post(
        "/v1/signup/start",
        json!({"kind": "dependant", "insured_id": "234567890", "document_kind": "cnie",
               "document_number": "BE987654", "birth_date": "1983-01-25"}),
    )
    .await
    .assert_problem(404, "identity_not_found");
}

#[tokio::test]
async fn a_person_who_already_has_an_account_is_told_at_start() {
    let app = spawn_app().await;
    app.start_insured("cnie", "D234567", "2033-04-15", "1975-08-20")
        .await
        .assert_problem(409, "account_exists");
}

#[tokio::test]
async fn a_second_sign_up_of_the_same_person_is_refused_at_verify() {
    let app = spawn_app().await;
    let first = app.amina_until_code("+212600000011").await;
    let code1 = app.last_code("+212600000011").await;
    let second = app.amina_until_code("+212600000012").await;
    let code2 = app.last_code("+212600000012").await;
    app.post(
        "/v1/signup/verify",
        json!({"signup_id": first, "code": code1}),
    )
    .await
    .assert_ok();
    app.post(
        "/v1/signup/verify",
        json!({"signup_id": second, "code": code2}),
    )
    .await
    .assert_problem(409, "account_exists");
}

#[tokio::test]
async fn concurrent_sign_ups_of_the_same_person_create_exactly_one_account() {
    let app = spawn_app().await;
    let mut flows = Vec::new();
    for n in 0..3 {
        let phone = format!("+21260000002{n}");
        let id = app.amina_until_code(&phone).await;
        let code = app.last_code(&phone).await;
        flows.push((id, code));
    }
    let results = futures_join(&app, flows).await;
    let ok = results.iter().filter(|s| **s == 200).count();
    let exists = results.iter().filter(|s| **s == 409).count();
    assert_eq!((ok, exists), (1, 2), "{results:?}");
    let creds: usize = {
        let mut n = 0;
        for k in 0..3 {
            n += app
                .outbox(&format!("+21260000002{k}"))
                .await
                .iter()
                .filter(|m| m["body"].as_str().unwrap_or("").contains("provisoire"))
                .count();
        }
        n
    };
    assert_eq!(creds, 1);
}

async fn futures_join(app: &TestApp, flows: Vec<(String, String)>) -> Vec<u16> {
    let mut handles = Vec::new();
    for (id, code) in flows {
        let http = app.http.clone();
        let url = app.url("/v1/signup/verify");
        handles.push(tokio::spawn(async move {
            http.post(url)
                .json(&json!({"signup_id": id, "code": code}))
                .send()
                .await
                .expect("request")
                .status()
                .as_u16()
        }));
    }
    let mut out = Vec::new();
    for h in handles {
        out.push(h.await.expect("task"));
    }
    out
}

#[tokio::test]
async fn the_phone_declared_to_cnss_is_told_when_another_number_signs_up() {
    let app = spawn_app().await;
    let id = app.amina_until_code("+212600000031").await;
    let code = app.last_code("+212600000031").await;
    app.post("/v1/signup/verify", json!({"signup_id": id, "code": code}))
        .await
        .assert_ok();
    let declared = app.outbox("+212612345678").await;
    assert_eq!(declared.len(), 1);
    assert!(
        !declared[0]["body"]
            .as_str()
            .expect("text")
            .contains("provisoire")
    );
}

#[tokio::test]
async fn messages_follow_the_request_language() {
    let app = spawn_app().await;
    let start = app
        .start_insured("cnie", "BK123456", "2031-05-20", "1985-03-14")
        .await;
    let id = start.body["signup_id"].as_str().expect("id");
    app.post_with(
        "/v1/signup/contact",
        json!({"signup_id": id, "phone": "0600000041", "email": "a@b.ma",
               "terms_accepted": true, "terms_version": "2026-01"}),
        &[("accept-language", "ar-MA, fr;q=0.5")],
    )
    .await
    .assert_ok();
    let body = app.outbox("+212600000041").await[0]["body"]
        .as_str()
        .expect("text")
        .to_owned();
    assert!(body.contains("code") && body.contains("رمز"), "{body}");
}

#[tokio::test]
async fn the_contact_step_refuses_bad_fields_unaccepted_terms_and_unknown_sign_ups() {
    let app = spawn_app().await;
    let start = app
        .start_insured("cnie", "BK123456", "2031-05-20", "1985-03-14")
        .await;
    let id = start.body["signup_id"].as_str().expect("id");
    let a = app
        .post(
            "/v1/signup/contact",
            json!({"signup_id": id, "phone": "0512345678", "email": "nope",
                   "terms_accepted": false, "terms_version": "2026-01"}),
        )
        .await;
    a.assert_problem(422, "validation_failed");
    let fields: Vec<_> = a.body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap_or("").to_owned(),
                e["code"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert!(
        fields.contains(&("phone".into(), "phone_format".into())),
        "{fields:?}"
    );
    assert!(
        fields.contains(&("email".into(), "email_format".into())),
        "{fields:?}"
    );
    assert!(fields.contains(&("terms_accepted".into(), "terms_not_accepted".into())));
    app.post(
        "/v1/signup/contact",
        json!({"signup_id": id, "phone": "0600000051", "email": "a@b.ma",
               "terms_accepted": true, "terms_version": "1999-01"}),
    )
    .await
    .assert_problem(422, "validation_failed");
    app.contact(UNKNOWN_ID, "0600000051")
        .await
        .assert_problem(410, "transaction_expired");
    // Not even the shape of an id the server issues: a malformed request.
    app.contact("no-such-signup", "0600000051")
        .await
        .assert_problem(400, "malformed_request");
    app.advance(3_601).await;
    app.contact(id, "0600000051")
        .await
        .assert_problem(410, "transaction_expired");
}

#[tokio::test]
async fn a_resend_waits_for_the_cooldown_and_replaces_the_code() {
    let app = spawn_app().await;
    let phone = "+212600000061";
    let id = app.amina_until_code(phone).await;
    let old = app.last_code(phone).await;
    let early = app
        .post("/v1/signup/resend", json!({"signup_id": id}))
        .await;
    early.assert_problem(429, "resend_too_soon");
    assert!((1..=60).contains(&early.retry_after()));
    assert_eq!(early.body["retry_after"], early.retry_after());
    app.advance(60).await;
    app.post("/v1/signup/resend", json!({"signup_id": id}))
        .await
        .assert_ok();
    let new = app.last_code(phone).await;
    assert_eq!(app.outbox(phone).await.len(), 2);
    if old != new {
        app.post("/v1/signup/verify", json!({"signup_id": id, "code": old}))
            .await
            .assert_problem(422, "code_invalid");
    }
    app.post("/v1/signup/verify", json!({"signup_id": id, "code": new}))
        .await
        .assert_ok();
    app.post("/v1/signup/resend", json!({"signup_id": UNKNOWN_ID}))
        .await
        .assert_problem(410, "transaction_expired");
    app.post("/v1/signup/resend", json!({"signup_id": "unknown"}))
        .await
        .assert_problem(400, "malformed_request");
}

#[tokio::test]
async fn sends_are_capped_per_hour_and_per_day_across_restarts() {
    let app = spawn_app().await;
    let phone = "+212600000071";
    let id = app.amina_until_code(phone).await;
    for _ in 0..4 {
        app.advance(61).await;
        app.post("/v1/signup/resend", json!({"signup_id": id}))
            .await
            .assert_ok();
    }
    app.advance(61).await;
    let capped = app
        .post("/v1/signup/resend", json!({"signup_id": id}))
        .await;
    capped.assert_problem(429, "too_many_attempts");
    assert!(capped.retry_after() <= 3_600);
    // A restarted sign-up does not reset the hourly count.
    let restarted = app
        .start_insured("cnie", "BK123456", "2031-05-20", "1985-03-14")
        .await;
    let rid = restarted.body["signup_id"].as_str().expect("id").to_owned();
    app.contact(&rid, phone)
        .await
        .assert_problem(429, "too_many_attempts");
    // Next hour: five more, then the daily cap.
    app.advance(3_600).await;
    let restarted = app
        .start_insured("cnie", "BK123456", "2031-05-20", "1985-03-14")
        .await;
    let rid = restarted.body["signup_id"].as_str().expect("id").to_owned();
    app.contact(&rid, phone).await.assert_ok();
    for _ in 0..4 {
        app.advance(61).await;
        app.post("/v1/signup/resend", json!({"signup_id": rid}))
            .await
            .assert_ok();
    }
    app.advance(3_600).await;
    let restarted = app
        .start_insured("cnie", "BK123456", "2031-05-20", "1985-03-14")
        .await;
    let rid = restarted.body["signup_id"].as_str().expect("id").to_owned();
    let daily = app.contact(&rid, phone).await;
    daily.assert_problem(429, "too_many_attempts");
    assert!(daily.retry_after() > 3_600);
    app.advance(86_400).await;
    let restarted = app
        .start_insured("cnie", "BK123456", "2031-05-20", "1985-03-14")
        .await;
    let rid = restarted.body["signup_id"].as_str().expect("id").to_owned();
    app.contact(&rid, phone).await.assert_ok();
}

#[tokio::test]
async fn the_number_of_distinct_phones_per_identity_is_capped() {
    let app = spawn_app().await;
    let start = app
        .start_insured("cnie", "BK123456", "2031-05-20", "1985-03-14")
        .await;
    let id = start.body["signup_id"].as_str().expect("id");
    for n in 1..=3 {
        app.contact(id, &format!("060000008{n}")).await.assert_ok();
    }
    let fourth = app.contact(id, "0600000084").await;
    fourth.assert_problem(429, "too_many_attempts");
    assert!(fourth.retry_after() > 0);
    // A number already used is still allowed.
    app.contact(id, "0600000083").await.assert_ok();
}

#[tokio::test]
async fn codes_sent_to_one_number_are_capped_per_day_whoever_asks() {
    let app = spawn_app().await;
    let phone = "0600000091";
    for i in 0..10 {
        let a = app
            .start_insured(
                "cnie",
                &format!("SY{}", 100_000 + i),
                "2035-12-31",
                "1985-06-15",
            )
            .await;
        let id = a.body["signup_id"].as_str().expect("id").to_owned();
        app.contact(&id, phone).await.assert_ok();
    }
    let a = app
        .start_insured("cnie", "SY100010", "2035-12-31", "1985-06-15")
        .await;
    let id = a.body["signup_id"].as_str().expect("id").to_owned();
    let capped = app.contact(&id, phone).await;
    capped.assert_problem(429, "rate_limited");
    assert!(capped.retry_after() > 0);
}

#[tokio::test]
async fn a_wrong_code_says_how_many_attempts_remain_and_the_fifth_spends_the_code() {
    let app = spawn_app().await;
    let phone = "+212600000101";
    let id = app.amina_until_code(phone).await;
    let right = app.last_code(phone).await;
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    for left in (1..=4).rev() {
        let a = app
            .post("/v1/signup/verify", json!({"signup_id": id, "code": wrong}))
            .await;
        a.assert_problem(422, "code_invalid");
        assert_eq!(a.body["attempts_remaining"], left);
    }
    let fifth = app
        .post("/v1/signup/verify", json!({"signup_id": id, "code": wrong}))
        .await;
    fifth.assert_problem(429, "too_many_attempts");
    app.post("/v1/signup/verify", json!({"signup_id": id, "code": right}))
        .await
        .assert_problem(429, "too_many_attempts");
    app.post("/v1/signup/verify", json!({"signup_id": id, "code": "12a"}))
        .await
        .assert_problem(422, "validation_failed");
}

#[tokio::test]
async fn a_code_expires_after_ten_minutes_and_works_only_once() {
    let app = spawn_app().await;
    let phone = "+212600000111";
    let id = app.amina_until_code(phone).await;
    let code = app.last_code(phone).await;
    app.advance(601).await;
    app.post("/v1/signup/verify", json!({"signup_id": id, "code": code}))
        .await
        .assert_problem(422, "code_expired");
    app.post("/v1/signup/resend", json!({"signup_id": id}))
        .await
        .assert_ok();
    let code = app.last_code(phone).await;
    app.post("/v1/signup/verify", json!({"signup_id": id, "code": code}))
        .await
        .assert_ok();
    app.post("/v1/signup/verify", json!({"signup_id": id, "code": code}))
        .await
        .assert_problem(410, "transaction_expired");
}

#[tokio::test]
async fn resend_restart_and_a_changed_number_never_reset_the_failure_counter() {
    let app = spawn_app().await;
    let wrong_for = |code: &str| {
        if code == "000000" {
            "111111".to_owned()
        } else {
            "000000".to_owned()
        }
    };
    // Four wrong codes on the first sign-up.
    let id1 = app.amina_until_code("+212600000121").await;
    let c1 = app.last_code("+212600000121").await;
    for _ in 0..4 {
        app.post(
            "/v1/signup/verify",
            json!({"signup_id": id1, "code": wrong_for(&c1)}),
        )
        .await
        .assert_problem(422, "code_invalid");
    }
    // Restart with another number: four more.
    let id2 = app.amina_until_code("+212600000122").await;
    let c2 = app.last_code("+212600000122").await;
    for _ in 0..4 {
        app.post(
            "/v1/signup/verify",
            json!({"signup_id": id2, "code": wrong_for(&c2)}),
        )
        .await
        .assert_problem(422, "code_invalid");
    }
    // Resend: a fresh code, but only two failures left for this identity.
    app.advance(61).await;
    app.post("/v1/signup/resend", json!({"signup_id": id2}))
        .await
        .assert_ok();
    let c3 = app.last_code("+212600000122").await;
    let a = app
        .post(
            "/v1/signup/verify",
            json!({"signup_id": id2, "code": wrong_for(&c3)}),
        )
        .await;
    a.assert_problem(422, "code_invalid");
    assert_eq!(a.body["attempts_remaining"], 1);
    let capped = app
        .post(
            "/v1/signup/verify",
            json!({"signup_id": id2, "code": wrong_for(&c3)}),
        )
        .await;
    capped.assert_problem(429, "too_many_attempts");
    assert!(capped.retry_after() > 3_600);
    app.post("/v1/signup/verify", json!({"signup_id": id2, "code": c3}))
        .await
        .assert_problem(429, "too_many_attempts");
    // A day later the person can finish.
    app.advance(86_400).await;
    let id3 = app.amina_until_code("+212600000122").await;
    let c4 = app.last_code("+212600000122").await;
    app.post("/v1/signup/verify", json!({"signup_id": id3, "code": c4}))
        .await
        .assert_ok();
}

#[tokio::test]
async fn the_contact_step_refuses_a_person_whose_account_was_created_meanwhile() {
    let app = spawn_app().await;
    let start = app
        .start_insured("cnie", "BK123456", "2031-05-20", "1985-03-14")
        .await;
    let late = start.body["signup_id"].as_str().expect("id").to_owned();
    let id = app.amina_until_code("+212600000131").await;
    let code = app.last_code("+212600000131").await;
    app.post("/v1/signup/verify", json!({"signup_id": id, "code": code}))
        .await
        .assert_ok();
    app.contact(&late, "0600000132")
        .await
        .assert_problem(409, "account_exists");
}
