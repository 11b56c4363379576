//! The inbox («Mes messages»): each event of the private space and the account posts its
//! notice to the right people (claims to the insured and the dependant concerned, payments,
//! schooling checks, a revoked attestation, a new device's sign-in, a password changed or
//! reset, the RIB changed), in the same transaction as the change; pages, unread first; the
//! long-poll wait; marking read; another person's message is 404; notices carry no name,
//! amount or number; an account's deletion forgets its messages.

use crate::helpers::*;
use macnss_api::attestation::{AttestationKind, Issued};
use macnss_api::inbox::{Inbox, InboxChanges, Link, Notice, WAIT_SECONDS};
use macnss_api::records::{
    CertificateRefusal, ClaimState, Claims, Family, PaymentKind, StepUpResponse,
};
use serde::de::DeserializeOwned;
use serde_json::json;
use std::time::{Duration, Instant};

#[track_caller]
fn typed<T: DeserializeOwned>(a: &Answer) -> T {
    a.assert_ok();
    serde_json::from_value(a.body.clone()).expect("the contract's type")
}

async fn inbox(app: &TestApp, token: &str) -> Inbox {
    typed(&app.get_auth("/v1/inbox", token).await)
}

/// The notices of `token`'s inbox posted after `after`, oldest first.
async fn since(app: &TestApp, token: &str, after: i64) -> Vec<Notice> {
    let c: InboxChanges = typed(
        &app.get_auth(&format!("/v1/inbox/wait?after={after}"), token)
            .await,
    );
    c.messages.into_iter().map(|m| m.notice).collect()
}

fn with_id(path: &str, id: &str) -> String {
    macnss_api::routes::with_ids(path, &[id]).expect("an id")
}

#[tokio::test]
async fn a_claim_that_moves_tells_the_insured_and_the_dependant_it_concerns() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let nadia = app.token_of(NADIA_ID).await;
    let (o0, n0) = (
        inbox(&app, &omar).await.latest,
        inbox(&app, &nadia).await.latest,
    );

    let nadias: Claims = typed(&app.get_auth("/v1/claims", &nadia).await);
    let open = nadias
        .claims
        .iter()
        .find(|c| c.state.is_open())
        .expect("an open claim of Nadia's");
    let advance = with_id("/dev/claims/{claim_id}/advance", &open.id);
    let moved = app.post(&advance, json!({"to": "processing"})).await;
    let moved_to = if moved.status == 200 {
        ClaimState::Processing
    } else {
        // Already processing: refused with a reason instead.
        typed::<serde_json::Value>(
            &app.post(&advance, json!({"to": "refused", "refusal": "duplicate"}))
                .await,
        );
        ClaimState::Refused
    };
    let expected = Notice::ClaimChanged {
        claim_id: open.id.clone(),
        state: moved_to,
    };
    assert_eq!(since(&app, &omar, o0).await, vec![expected.clone()]);
    assert_eq!(since(&app, &nadia, n0).await, vec![expected.clone()]);
    assert_eq!(
        expected.link(),
        Link::Claim {
            claim_id: open.id.clone()
        }
    );

    // A claim of Omar's own, reimbursed: Omar is told of the claim and of the payment; Nadia
    // of neither.
    let claims: Claims = typed(&app.get_auth("/v1/claims", &omar).await);
    let received = claims
        .claims
        .iter()
        .find(|c| c.state == ClaimState::Received && c.beneficiary.first_name == "Omar")
        .expect("a received claim of Omar's");
    let o1 = inbox(&app, &omar).await.latest;
    let n1 = inbox(&app, &nadia).await.latest;
    let advance = with_id("/dev/claims/{claim_id}/advance", &received.id);
    app.post(&advance, json!({})).await.assert_ok();
    app.post(&advance, json!({})).await.assert_ok();
    assert_eq!(
        since(&app, &omar, o1).await,
        vec![
            Notice::ClaimChanged {
                claim_id: received.id.clone(),
                state: ClaimState::Processing
            },
            Notice::ClaimChanged {
                claim_id: received.id.clone(),
                state: ClaimState::Reimbursed
            },
            Notice::PaymentMade {
                kind: PaymentKind::AmoReimbursement
            },
        ]
    );
    assert_eq!(inbox(&app, &nadia).await.latest, n1, "nothing for Nadia");
    // A refused move posts nothing.
    app.post(&advance, json!({}))
        .await
        .assert_problem(422, "validation_failed");
    assert_eq!(since(&app, &omar, o1).await.len(), 3);
}

#[tokio::test]
async fn the_schooling_check_posts_its_request_its_outcome_and_the_suspension() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let family: Family = typed(&app.get_auth("/v1/family", &omar).await);
    let yasmine = family
        .children
        .iter()
        .find(|c| c.first_name == "Yasmine")
        .expect("Yasmine")
        .id
        .clone();
    // Her certificate was asked for when the records were made.
    let first = inbox(&app, &omar).await;
    assert!(
        first.messages.iter().any(|m| matches!(
            &m.notice,
            Notice::CertificateRequired { child_id, .. } if *child_id == yasmine
        )),
        "{first:?}"
    );
    let before = first.latest;
    let schooling = with_id("/dev/children/{child_id}/schooling/advance", &yasmine);
    // Nothing came: suspended. Then a certificate, refused (another asked for), then accepted.
    app.post(&schooling, json!({})).await.assert_ok();
    app.post_file(
        &with_id(macnss_api::routes::CERTIFICATE, &yasmine),
        &omar,
        crate::space::tiny_pdf(),
        "application/pdf",
        None,
    )
    .await
    .assert_ok();
    app.post(
        &schooling,
        json!({"to": "refused", "refusal": "wrong_year"}),
    )
    .await
    .assert_ok();
    app.post_file(
        &with_id(macnss_api::routes::CERTIFICATE, &yasmine),
        &omar,
        crate::space::tiny_jpeg(),
        "image/jpeg",
        None,
    )
    .await
    .assert_ok();
    app.post(&schooling, json!({})).await.assert_ok();
    let notices = since(&app, &omar, before).await;
    assert_eq!(notices.len(), 3, "{notices:?}");
    assert_eq!(
        notices[0],
        Notice::AllowanceSuspended {
            child_id: yasmine.clone()
        }
    );
    assert!(matches!(
        &notices[1],
        Notice::CertificateRefused { child_id, reason: CertificateRefusal::WrongYear, due: Some(_) }
            if *child_id == yasmine
    ));
    assert_eq!(
        notices[2],
        Notice::CertificateAccepted {
            child_id: yasmine.clone()
        }
    );
}

#[tokio::test]
async fn the_account_s_security_events_are_posted() {
    let app = spawn_app().await;
    // The account's first sign-in is not news; a sign-in while another device is signed in
    // (an app that sends no device: any other session) is.
    let first = app.omar().await;
    let start = inbox(&app, &first).await;
    assert!(
        !start.messages.iter().any(|m| m.notice == Notice::NewSignIn),
        "{start:?}"
    );
    let omar = app.omar().await;
    assert_eq!(
        since(&app, &omar, start.latest).await,
        vec![Notice::NewSignIn]
    );
    let after_sign_in = inbox(&app, &omar).await.latest;

    // The RIB changed (password again, then the SMS code).
    let s = app
        .post_auth(
            "/v1/bank-account/step-up",
            &omar,
            json!({"password": OMAR_PASSWORD}),
        )
        .await;
    let s: StepUpResponse = typed(&s);
    let code = app.last_code(OMAR_PHONE).await;
    let body = "2307800000444455556666";
    let rib = format!(
        "{body}{}",
        macnss_api::validate::rib_key(body).expect("key")
    );
    app.post_auth(
        "/v1/bank-account",
        &omar,
        json!({"step_up_id": s.step_up_id, "code": code, "rib": rib}),
    )
    .await
    .assert_ok();

    // A document revoked.
    let issued: Issued = typed(
        &app.post_auth(
            "/v1/attestations",
            &omar,
            json!({"kind": "family_allowances"}),
        )
        .await,
    );
    let a = app
        .post(
            &format!("/dev/attestations/{}/revoke", issued.id),
            json!(null),
        )
        .await;
    assert_eq!(a.status, 204);

    // The password changed: a new session comes with it.
    let changed = app
        .post_auth(
            "/v1/me/password",
            &omar,
            json!({"current_password": OMAR_PASSWORD, "new_password": "le couscous du vendredi"}),
        )
        .await;
    changed.assert_ok();
    let omar = changed.body["access_token"]
        .as_str()
        .expect("token")
        .to_owned();
    assert_eq!(
        since(&app, &omar, after_sign_in).await,
        vec![
            Notice::BankAccountChanged,
            Notice::AttestationRevoked {
                attestation_id: issued.id.clone(),
                attestation: AttestationKind::FamilyAllowances
            },
            Notice::PasswordChanged,
        ]
    );

    // Reset («Mot de passe oublié»).
    let latest = inbox(&app, &omar).await.latest;
    let rid = app
        .post("/v1/recovery/start", json!({"identifier": OMAR_ID}))
        .await
        .body["recovery_id"]
        .as_str()
        .expect("id")
        .to_owned();
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
            json!({"reset_token": token, "new_password": "le thé à la menthe"}),
        )
        .await;
    assert_eq!(done.status, 204);
    let omar = {
        let a = app.sign_in(OMAR_ID, "le thé à la menthe").await;
        a.assert_ok();
        a.body["access_token"].as_str().expect("token").to_owned()
    };
    // (The sign-in after the reset is from a device the server has not seen: told too, as
    // by e-mail.)
    assert_eq!(
        since(&app, &omar, latest).await,
        vec![Notice::PasswordReset, Notice::NewSignIn]
    );
}

#[tokio::test]
async fn a_notice_holds_ids_dates_and_states_never_a_name_an_amount_or_a_number() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let claims: Claims = typed(&app.get_auth("/v1/claims", &omar).await);
    for c in claims.claims.iter().filter(|c| c.state.is_open()) {
        let advance = with_id("/dev/claims/{claim_id}/advance", &c.id);
        while app.post(&advance, json!({})).await.status == 200 {}
    }
    let page = app.get_auth("/v1/inbox", &omar).await;
    page.assert_ok();
    let text = page.body.to_string();
    assert!(
        text.contains("claim_changed") && text.contains("payment_made"),
        "{text}"
    );
    // Every field a notice holds is a reference, a date, a state or a kind (a string): none
    // can carry an amount, a name or a number.
    const FIELDS: [&str; 9] = [
        "event",
        "claim_id",
        "state",
        "kind",
        "child_id",
        "due",
        "reason",
        "attestation_id",
        "attestation",
    ];
    for m in page.body["messages"].as_array().expect("messages") {
        for (field, value) in m["notice"].as_object().expect("a notice") {
            assert!(FIELDS.contains(&field.as_str()), "{field} in {m}");
            assert!(value.is_string(), "{field} is not a string in {m}");
        }
    }
    let claims: Claims = typed(&app.get_auth("/v1/claims", &omar).await);
    for c in &claims.claims {
        assert!(!text.contains(&c.number), "a claim number: {text}");
        assert!(!text.contains(&c.beneficiary.first_name), "a name: {text}");
    }
    for personal in ["Omar", "Tazi", "Yasmine", OMAR_ID, OMAR_PHONE, OMAR_EMAIL] {
        assert!(!text.contains(personal), "{personal}: {text}");
    }
}

#[tokio::test]
async fn pages_come_unread_first_and_reading_is_the_holder_s_alone() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let claims: Claims = typed(&app.get_auth("/v1/claims", &omar).await);
    for c in claims.claims.iter().filter(|c| c.state.is_open()) {
        let advance = with_id("/dev/claims/{claim_id}/advance", &c.id);
        while app.post(&advance, json!({})).await.status == 200 {}
    }
    let all = inbox(&app, &omar).await;
    let total = all.messages.len();
    assert!(total >= 5, "{total}");
    assert_eq!(all.unread as usize, total);
    // Read the newest two.
    for m in &all.messages[..2] {
        let a = app
            .post_auth(
                &with_id(macnss_api::routes::INBOX_READ, &m.id),
                &omar,
                json!(null),
            )
            .await;
        assert_eq!(a.status, 204, "{}", a.body);
    }
    // Again: no change.
    let again = app
        .post_auth(
            &with_id(macnss_api::routes::INBOX_READ, &all.messages[0].id),
            &omar,
            json!(null),
        )
        .await;
    assert_eq!(again.status, 204);
    // Pages of 2: the unread first, then the two read ones; every message once.
    let mut seen = Vec::new();
    let mut path = "/v1/inbox?limit=2".to_owned();
    loop {
        let p: Inbox = typed(&app.get_auth(&path, &omar).await);
        assert!(p.messages.len() <= 2);
        assert_eq!(p.unread as usize, total - 2);
        seen.extend(p.messages);
        match p.next {
            Some(c) => path = format!("/v1/inbox?limit=2&cursor={c}"),
            None => break,
        }
    }
    assert_eq!(seen.len(), total);
    let read: Vec<bool> = seen.iter().map(|m| m.read).collect();
    assert!(read[..total - 2].iter().all(|r| !r) && read[total - 2..].iter().all(|r| *r));
    assert_eq!(
        [seen[total - 2].id.clone(), seen[total - 1].id.clone()],
        [all.messages[0].id.clone(), all.messages[1].id.clone()]
    );

    // Someone else's message: 404, and it stays unread; a malformed id 400, a bad cursor 400.
    let nadia = app.token_of(NADIA_ID).await;
    let third = &all.messages[2];
    app.post_auth(
        &with_id(macnss_api::routes::INBOX_READ, &third.id),
        &nadia,
        json!(null),
    )
    .await
    .assert_problem(404, "not_found");
    app.post_auth("/v1/inbox/not-an-id/read", &omar, json!(null))
        .await
        .assert_problem(400, "malformed_request");
    for bad in ["x1", "r0", "u", "12"] {
        app.get_auth(&format!("/v1/inbox?cursor={bad}"), &omar)
            .await
            .assert_problem(400, "malformed_request");
    }
    app.get_auth("/v1/inbox?limit=2&color=red", &omar)
        .await
        .assert_problem(400, "malformed_request");
    app.get("/v1/inbox")
        .await
        .assert_problem(401, "session_expired");
    assert_eq!(inbox(&app, &omar).await.unread as usize, total - 2);

    // Everything read, up to the newest shown: one posted since stays unread; then up to it.
    let shown = inbox(&app, &omar).await.latest;
    app.omar().await; // a sign-in from another device: a new message
    let a = app
        .post_auth("/v1/inbox/read-all", &omar, json!({ "up_to": shown }))
        .await;
    assert_eq!(a.status, 204, "{}", a.body);
    let after = inbox(&app, &omar).await;
    assert_eq!(after.unread, 1);
    assert_eq!(after.messages[0].notice, Notice::NewSignIn);
    app.post_auth(
        "/v1/inbox/read-all",
        &omar,
        json!({ "up_to": after.latest }),
    )
    .await;
    assert_eq!(inbox(&app, &omar).await.unread, 0);
    app.post_auth("/v1/inbox/read-all", &omar, json!(null))
        .await
        .assert_problem(400, "malformed_request");
}

#[tokio::test]
async fn a_wait_answers_as_soon_as_a_message_is_posted_and_otherwise_after_its_time() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let latest = inbox(&app, &omar).await.latest;
    let claims: Claims = typed(&app.get_auth("/v1/claims", &omar).await);
    let open = claims
        .claims
        .iter()
        .find(|c| c.state == ClaimState::Received)
        .expect("a received claim")
        .id
        .clone();

    // A wait, then the claim moves 1.5 s later: the wait answers with it, well before its
    // 15 s are up.
    let waiting = {
        let http = app.http.clone();
        let url = app.url(&format!("/v1/inbox/wait?after={latest}"));
        let token = omar.clone();
        tokio::spawn(async move {
            let t = Instant::now();
            let res = http.get(url).bearer_auth(token).send().await.expect("wait");
            let body: InboxChanges = res.json().await.expect("changes");
            (t.elapsed(), body)
        })
    };
    tokio::time::sleep(Duration::from_millis(1500)).await;
    app.post(&with_id("/dev/claims/{claim_id}/advance", &open), json!({}))
        .await
        .assert_ok();
    let (took, changes) = waiting.await.expect("the wait");
    assert_eq!(changes.messages.len(), 1, "{changes:?}");
    assert!(changes.latest > latest);
    assert!(
        took < Duration::from_secs(WAIT_SECONDS - 5),
        "answered after {took:?}"
    );

    // Nothing new: the wait ends on its own after its time, with no message.
    let t = Instant::now();
    let quiet = since(&app, &omar, changes.latest).await;
    assert!(quiet.is_empty());
    assert!(
        t.elapsed() >= Duration::from_secs(WAIT_SECONDS - 1),
        "{:?}",
        t.elapsed()
    );

    // A number this server never gave (its database was reset): answered at once.
    let t = Instant::now();
    let c: InboxChanges = typed(
        &app.get_auth(
            &format!("/v1/inbox/wait?after={}", changes.latest + 1000),
            &omar,
        )
        .await,
    );
    assert!(t.elapsed() < Duration::from_secs(2));
    assert_eq!(c.latest, changes.latest);
    app.get_auth("/v1/inbox/wait", &omar)
        .await
        .assert_problem(400, "malformed_request");
}

#[tokio::test]
async fn a_deleted_account_s_messages_are_forgotten() {
    let app = spawn_app().await;
    app.token_of(NADIA_ID).await;
    let nadia = app.token_of(NADIA_ID).await;
    let before = app
        .count("SELECT COUNT(*) FROM inbox WHERE account_id = ?1", NADIA_ID)
        .await;
    assert_eq!(before, 1, "her second sign-in");
    let s = app
        .post_auth(
            "/v1/account/step-up",
            &nadia,
            json!({"password": OMAR_PASSWORD}),
        )
        .await;
    s.assert_ok();
    let step_up_id = s.body["step_up_id"].as_str().expect("id").to_owned();
    let verified = app
        .post_auth(
            "/v1/account/delete",
            &nadia,
            json!({"step_up_id": step_up_id, "confirmed": true}),
        )
        .await;
    assert_eq!(verified.status, 204, "{}", verified.body);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM inbox WHERE account_id = ?1", NADIA_ID)
            .await,
        0
    );
}
