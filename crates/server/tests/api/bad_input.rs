//! Bad input never reaches a 500 or a panic: malformed JSON, wrong types, unknown fields,
//! oversized bodies, a missing content type, unknown routes and methods all get problem+json.

use crate::helpers::*;
use serde_json::json;

async fn raw(app: &TestApp, path: &str, body: &str, content_type: Option<&str>) -> Answer {
    let mut req = app.http.post(app.url(path)).body(body.to_owned());
    if let Some(ct) = content_type {
        req = req.header("content-type", ct);
    }
    Answer::from(req.send().await.expect("request")).await
}

#[tokio::test]
async fn malformed_json_is_a_malformed_request() {
    let app = spawn_app().await;
    raw(&app, "/v1/session", "{not json", Some("application/json"))
        .await
        .assert_problem(400, "malformed_request");
}

#[tokio::test]
async fn wrong_types_and_unknown_fields_are_malformed_requests() {
    let app = spawn_app().await;
    app.post(
        "/v1/session",
        json!({"identifier": 123456789, "password": "x"}),
    )
    .await
    .assert_problem(400, "malformed_request");
    app.post(
        "/v1/session",
        json!({"identifier": "123456789", "password": "x", "admin": true}),
    )
    .await
    .assert_problem(400, "malformed_request");
    app.post("/v1/signup/start", json!({"kind": "alien"}))
        .await
        .assert_problem(400, "malformed_request");
    app.post(
        "/v1/recovery/send",
        json!({"recovery_id": "x", "channel": "fax"}),
    )
    .await
    .assert_problem(400, "malformed_request");
}

#[tokio::test]
async fn a_body_without_a_json_content_type_is_a_malformed_request() {
    let app = spawn_app().await;
    raw(
        &app,
        "/v1/session",
        r#"{"identifier":"1","password":"x"}"#,
        None,
    )
    .await
    .assert_problem(400, "malformed_request");
}

#[tokio::test]
async fn an_oversized_body_is_refused_before_it_is_read() {
    let app = spawn_app().await;
    let big = format!(
        r#"{{"identifier":"123456789","password":"{}"}}"#,
        "x".repeat(20_000)
    );
    raw(&app, "/v1/session", &big, Some("application/json"))
        .await
        .assert_problem(413, "payload_too_large");
}

#[tokio::test]
async fn invalid_formats_list_every_refused_field() {
    let app = spawn_app().await;
    let a = app
        .start_insured("cnie", "123", "2020-13-01", "2099-01-01")
        .await;
    a.assert_problem(422, "validation_failed");
    let fields: Vec<&str> = a.body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["field"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(fields, ["document_number", "document_expiry", "birth_date"]);
}

#[tokio::test]
async fn unknown_routes_and_methods_answer_in_problem_json() {
    let app = spawn_app().await;
    app.get("/v1/nothing-here")
        .await
        .assert_problem(404, "not_found");
    let wrong_method = app.get("/v1/session").await;
    assert_eq!(wrong_method.status.as_u16(), 405);
    assert_eq!(
        wrong_method.headers["content-type"],
        "application/problem+json"
    );
}

#[tokio::test]
async fn a_bad_idempotency_key_is_refused() {
    let app = spawn_app().await;
    let long = "k".repeat(300);
    app.post_with(
        "/v1/recovery/send",
        json!({"recovery_id": "x", "channel": "sms"}),
        &[("idempotency-key", long.as_str())],
    )
    .await
    .assert_problem(400, "malformed_request");
}
