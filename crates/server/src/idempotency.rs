//! `Idempotency-Key` on the code-sending operations: the first successful answer for a
//! (route, flow, key) is stored and replayed byte for byte; a replay sends nothing. Refusals
//! (4xx) and failures (5xx) sent nothing, so they are not stored: a retry with the same key
//! after a cooldown or a fix is judged afresh.

use crate::app::AppState;
use crate::db::DbError;
use axum::body::{Body, to_bytes};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use macnss_api::PROBLEM_CONTENT_TYPE;
use rusqlite::{OptionalExtension, params};

/// Runs `run` once per key; later calls with the same key get the stored answer.
pub async fn once<Fut>(
    state: &AppState,
    route: &'static str,
    scope: &str,
    key: Option<String>,
    run: impl FnOnce() -> Fut,
) -> Response
where
    Fut: Future<Output = Response>,
{
    let Some(key) = key else {
        return run().await;
    };
    let key = format!("{scope}:{key}");
    let _serialised = state.idempotency.lock().await;
    let stored = {
        let key = key.clone();
        state
            .db
            .call(move |conn| -> Result<Option<(u16, String)>, DbError> {
                Ok(conn
                    .query_row(
                        "SELECT status, body FROM idempotency WHERE route = ?1 AND key = ?2",
                        params![route, key],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?)
            })
            .await
    };
    if let Ok(Some((status, body))) = stored {
        return rebuild(status, body);
    }
    let res = run().await;
    let status = res.status().as_u16();
    let Ok(bytes) = to_bytes(res.into_body(), 1 << 20).await else {
        return rebuild(500, String::new());
    };
    let body = String::from_utf8_lossy(&bytes).into_owned();
    if (200..300).contains(&status) {
        let now = state.clock.unix();
        let stored_body = body.clone();
        let saved = state
            .db
            .call(move |conn| -> Result<(), DbError> {
                conn.execute(
                    "INSERT OR IGNORE INTO idempotency (route, key, status, body, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![route, key, status, stored_body, now],
                )?;
                Ok(())
            })
            .await;
        if let Err(e) = saved {
            tracing::warn!(error = %e, "idempotent answer not stored");
        }
    }
    rebuild(status, body)
}

fn rebuild(status: u16, body: String) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let retry_after = serde_json::from_str::<serde_json::Value>(&body)
        .ok()
        .and_then(|v| v.get("retry_after").and_then(serde_json::Value::as_u64));
    let mut res = Response::new(Body::from(body));
    *res.status_mut() = status;
    let content_type = if status.is_success() {
        "application/json"
    } else {
        PROBLEM_CONTENT_TYPE
    };
    res.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Some(s) = retry_after {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(s));
    }
    res
}
