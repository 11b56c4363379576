//! The operations' declarations (`macnss_api::operations`, and the demo's) against the running
//! server: each is mounted at its path with its method, answers only statuses it declares,
//! and enforces the bearer requirement and the `Idempotency-Key` it declares.

use crate::helpers::*;
use macnss_api::ErrorCode;
use macnss_api::operations::{Auth, Input, Method, Operation, Output, errors};
use serde_json::json;

/// What the tests need of one declaration.
struct Declared {
    id: &'static str,
    method: Method,
    path: &'static str,
    input: Input,
    auth: Auth,
    idempotency_key: bool,
    statuses: Vec<u16>,
}

fn declared<O: Operation>() -> Declared {
    let mut statuses: Vec<u16> = errors::<O>().iter().map(|c| c.status()).collect();
    statuses.push(if O::OUTPUT == Output::NoContent {
        204
    } else {
        200
    });
    Declared {
        id: O::ID,
        method: O::METHOD,
        path: O::PATH,
        input: O::INPUT,
        auth: O::AUTH,
        idempotency_key: O::IDEMPOTENCY_KEY,
        statuses,
    }
}

macro_rules! all {
    ($($op:ty),*) => { vec![$(declared::<$op>()),*] };
}

fn every_operation() -> Vec<Declared> {
    let mut all = macnss_api::for_each_operation!(all);
    all.extend(macnss_server::for_each_dev_operation!(all));
    all
}

async fn call(app: &TestApp, d: &Declared, headers: &[(&str, &str)]) -> Answer {
    let url = app.url(d.path);
    let mut req = match d.method {
        Method::Get => app.http.get(url),
        Method::Post => app.http.post(url),
    };
    if d.input == Input::Json {
        req = req.json(&json!({}));
    }
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    Answer::from(req.send().await.expect("request")).await
}

#[tokio::test]
async fn every_operation_is_mounted_at_its_path_and_answers_only_what_it_declares() {
    let app = spawn_app().await;
    for d in every_operation() {
        let a = call(&app, &d, &[]).await;
        assert_ne!(
            a.status.as_u16(),
            405,
            "{}: not mounted for its method",
            d.id
        );
        assert!(
            d.statuses.contains(&a.status.as_u16()),
            "{} answered an undeclared {}: {}",
            d.id,
            a.status,
            a.body
        );
        if a.status.as_u16() == 404 {
            assert_ne!(
                a.body["code"], "not_found",
                "{}: {} is not mounted",
                d.id, d.path
            );
        }
    }
}

#[tokio::test]
async fn every_private_operation_refuses_a_missing_token_and_a_restricted_session_as_declared() {
    let app = spawn_app().await;
    let (id, temp) = app.sign_up_synthetic(4, "+212600000231").await;
    let restricted = app.sign_in(&id, &temp).await;
    let token = restricted.body["access_token"]
        .as_str()
        .expect("token")
        .to_owned();
    let bearer = format!("Bearer {token}");
    let mut private = 0;
    for d in every_operation() {
        if d.auth == Auth::None {
            continue;
        }
        private += 1;
        call(&app, &d, &[])
            .await
            .assert_problem(401, ErrorCode::SessionExpired.as_str());
        let with_restricted = call(&app, &d, &[("authorization", &bearer)]).await;
        match d.auth {
            Auth::FullSession => with_restricted.assert_problem(403, "password_change_required"),
            _ => assert_ne!(
                with_restricted.status.as_u16(),
                403,
                "{}: {}",
                d.id,
                with_restricted.body
            ),
        }
    }
    assert!(private >= 2);
}

#[tokio::test]
async fn only_the_operations_that_declare_an_idempotency_key_read_it() {
    let app = spawn_app().await;
    let bad = "k".repeat(300);
    for d in every_operation() {
        if d.path.starts_with("/dev/") {
            continue;
        }
        let a = call(&app, &d, &[("idempotency-key", bad.as_str())]).await;
        let refused = a.status.as_u16() == 400
            && a.body["detail"]
                .as_str()
                .is_some_and(|t| t.contains("Idempotency-Key"));
        assert_eq!(refused, d.idempotency_key, "{}: {}", d.id, a.body);
    }
}
