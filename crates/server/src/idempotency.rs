//! `Idempotency-Key` on the code-sending operations (IETF httpapi Idempotency-Key draft).
//!
//! A key is scoped to its operation and flow, and bound to its request: the SHA-256 of the
//! body as received is stored with it. The first request with a key *reserves* it (a row in
//! the pending state, under the table's (route, key) uniqueness) and runs; its successful
//! answer is stored and replayed byte for byte to every later request with the same key and
//! the same body, which sends nothing. Meanwhile:
//!
//! - the same key with another body → `422 idempotency_key_reused`, whatever the key's state;
//! - the same key and body while the first request still runs → `409 request_in_progress`
//!   with `Retry-After: 1` (the retry then gets the stored answer);
//! - refusals (4xx) and failures (5xx) sent nothing: their reservation is deleted, so a retry
//!   with the same key after a cooldown or a fix is judged afresh. So is a request whose
//!   handler never finished (the client went away, a panic): the reservation is dropped with
//!   it, and the ones a crash left behind are forgotten at start ([`forget_pending`]).
//!
//! There is no lock across requests: two different keys (two users, two flows) run at once.

use crate::db::{Db, DbError};
use crate::errors::{ApiError, problem_response};
use crate::extract::BodyDigest;
use axum::body::{Body, to_bytes};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use macnss_api::{ErrorCode, PROBLEM_CONTENT_TYPE, Problem};
use rusqlite::{Connection, params};

/// Largest answer stored for replay; the code-sending answers are a few hundred bytes.
const MAX_STORED_ANSWER: usize = 1 << 20;

/// What the table says about a key when a request arrives with it.
#[derive(Debug, PartialEq, Eq)]
enum Claim {
    /// The key was free: this request reserved it and runs.
    Reserved,
    /// A request with this key and body succeeded: its answer.
    Replay(u16, String),
    /// A request with this key and body is still running.
    InProgress,
    /// The key was used with another body.
    Reused,
}

/// Runs `run` once per (route, scope, key); see the module's header for every other case.
/// Without a key, `run` simply runs.
pub async fn once<Fut>(
    db: &Db,
    now: i64,
    route: &'static str,
    scope: &str,
    key: Option<String>,
    digest: BodyDigest,
    run: impl FnOnce() -> Fut,
) -> Response
where
    Fut: Future<Output = Response>,
{
    let Some(key) = key else {
        return run().await;
    };
    let key = format!("{scope}:{key}");
    let claim = {
        let key = key.clone();
        db.call(move |conn| claim(conn, route, &key, &digest, now))
            .await
    };
    match claim {
        Err(e) => return ApiError::from(e).into_response(),
        Ok(Claim::Replay(status, body)) => return rebuild(status, body),
        Ok(Claim::InProgress) => {
            return problem_response(
                &Problem::new(ErrorCode::RequestInProgress).with_retry_after(1),
            );
        }
        Ok(Claim::Reused) => {
            return problem_response(&Problem::new(ErrorCode::IdempotencyKeyReused).with_detail(
                "this Idempotency-Key was sent before with another body: use a new key for a new request",
            ));
        }
        Ok(Claim::Reserved) => {}
    }
    let mut reservation = Reservation {
        db: db.clone(),
        route,
        key,
        armed: true,
    };
    let res = run().await;
    let status = res.status().as_u16();
    let Ok(bytes) = to_bytes(res.into_body(), MAX_STORED_ANSWER).await else {
        // The reservation is released when it drops.
        return problem_response(&Problem::new(ErrorCode::Internal));
    };
    let body = String::from_utf8_lossy(&bytes).into_owned();
    let answer = (200..300).contains(&status).then(|| body.clone());
    let (route, key) = (reservation.route, reservation.key.clone());
    let settled = db
        .call(move |conn| -> Result<(), DbError> {
            match answer {
                Some(answer) => conn.execute(
                    "UPDATE idempotency SET status = ?3, body = ?4
                     WHERE route = ?1 AND key = ?2 AND status IS NULL",
                    params![route, key, status, answer],
                )?,
                None => release(conn, route, &key)?,
            };
            Ok(())
        })
        .await;
    match settled {
        Ok(()) => reservation.armed = false,
        // Still armed: the drop tries the release again, so the key does not stay pending.
        Err(e) => tracing::warn!(error = %e, "idempotent answer not stored"),
    }
    rebuild(status, body)
}

/// Reserves `key` for this request, or says why it cannot run.
fn claim(
    conn: &mut Connection,
    route: &str,
    key: &str,
    digest: &BodyDigest,
    now: i64,
) -> Result<Claim, DbError> {
    let tx = conn.transaction()?;
    let inserted = tx.execute(
        "INSERT INTO idempotency (route, key, request_hash, status, body, created_at)
         VALUES (?1, ?2, ?3, NULL, NULL, ?4)
         ON CONFLICT (route, key) DO NOTHING",
        params![route, key, digest.0.as_slice(), now],
    )?;
    let claim = if inserted == 1 {
        Claim::Reserved
    } else {
        let (hash, status, body): (Vec<u8>, Option<u16>, Option<String>) = tx.query_row(
            "SELECT request_hash, status, body FROM idempotency WHERE route = ?1 AND key = ?2",
            params![route, key],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        match status {
            _ if hash != digest.0 => Claim::Reused,
            None => Claim::InProgress,
            Some(status) => Claim::Replay(status, body.unwrap_or_default()),
        }
    };
    tx.commit()?;
    Ok(claim)
}

/// Deletes a pending reservation (a stored answer is never deleted here).
fn release(conn: &Connection, route: &str, key: &str) -> rusqlite::Result<usize> {
    conn.execute(
        "DELETE FROM idempotency WHERE route = ?1 AND key = ?2 AND status IS NULL",
        params![route, key],
    )
}

/// Forgets every pending reservation; run at start, when no request can be running, so the
/// requests a crash interrupted can be retried with their key.
pub fn forget_pending(conn: &Connection) -> rusqlite::Result<usize> {
    conn.execute("DELETE FROM idempotency WHERE status IS NULL", [])
}

/// A reservation held by a running request. If the request never settles it (the client went
/// away and its future was dropped, the handler panicked, the answer could not be stored), the
/// drop releases it in the background.
struct Reservation {
    db: Db,
    route: &'static str,
    key: String,
    armed: bool,
}

impl Drop for Reservation {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let (db, route, key) = (self.db.clone(), self.route, std::mem::take(&mut self.key));
        runtime.spawn(async move {
            let released = db
                .call(move |conn| -> Result<usize, DbError> { Ok(release(conn, route, &key)?) })
                .await;
            if let Err(e) = released {
                tracing::warn!(error = %e, "idempotency reservation not released");
            }
        });
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::DbLocation;
    use std::time::Duration;
    use tokio::sync::oneshot;

    fn db() -> Db {
        Db::open(&DbLocation::Memory).expect("in-memory database")
    }

    fn digest(body: &str) -> BodyDigest {
        use sha2::Digest;
        BodyDigest(sha2::Sha256::digest(body.as_bytes()).into())
    }

    fn answer(status: u16, text: &'static str) -> Response {
        let mut res = Response::new(Body::from(text));
        *res.status_mut() = StatusCode::from_u16(status).expect("status");
        res
    }

    fn must_not_run() -> Response {
        panic!("this request must not reach its handler")
    }

    async fn text(res: Response) -> (u16, String) {
        let status = res.status().as_u16();
        let bytes = to_bytes(res.into_body(), 1 << 16).await.expect("body");
        (status, String::from_utf8_lossy(&bytes).into_owned())
    }

    async fn code(res: Response) -> (u16, String, Option<String>) {
        let retry = res
            .headers()
            .get(header::RETRY_AFTER)
            .map(|v| v.to_str().expect("ascii").to_owned());
        let (status, body) = text(res).await;
        let v: serde_json::Value = serde_json::from_str(&body).expect("problem");
        (status, v["code"].as_str().unwrap_or("").to_owned(), retry)
    }

    async fn pending(db: &Db) -> i64 {
        db.call(|conn| -> Result<i64, DbError> {
            Ok(conn.query_row(
                "SELECT COUNT(*) FROM idempotency WHERE status IS NULL",
                [],
                |r| r.get(0),
            )?)
        })
        .await
        .expect("count")
    }

    /// While one keyed request is held inside its handler, a request with another key runs
    /// to completion (no lock across keys), the same key and body gets 409 with
    /// `Retry-After: 1`, the same key with another body gets 422; once the first finishes,
    /// its answer is replayed.
    #[tokio::test]
    async fn a_held_request_blocks_only_its_own_key() {
        let db = db();
        let (release, held) = oneshot::channel::<()>();
        let (entered_tx, entered) = oneshot::channel::<()>();
        let first = tokio::spawn({
            let db = db.clone();
            async move {
                once(
                    &db,
                    0,
                    "r",
                    "flow",
                    Some("a".into()),
                    digest("A"),
                    || async move {
                        let _ = entered_tx.send(());
                        let _ = held.await;
                        answer(200, "{\"first\":true}")
                    },
                )
                .await
            }
        });
        entered.await.expect("the first request runs");

        let other = tokio::time::timeout(
            Duration::from_secs(5),
            once(
                &db,
                0,
                "r",
                "flow",
                Some("b".into()),
                digest("B"),
                || async { answer(200, "{\"other\":true}") },
            ),
        )
        .await
        .expect("another key is not blocked by the held one");
        assert_eq!(text(other).await, (200, "{\"other\":true}".into()));

        let again = once(
            &db,
            0,
            "r",
            "flow",
            Some("a".into()),
            digest("A"),
            || async { must_not_run() },
        )
        .await;
        assert_eq!(
            code(again).await,
            (409, "request_in_progress".into(), Some("1".into()))
        );
        let reused = once(
            &db,
            0,
            "r",
            "flow",
            Some("a".into()),
            digest("A2"),
            || async { must_not_run() },
        )
        .await;
        assert_eq!(code(reused).await.0, 422);

        release.send(()).expect("release");
        let first = first.await.expect("first finishes");
        assert_eq!(text(first).await, (200, "{\"first\":true}".into()));
        let replay = once(
            &db,
            0,
            "r",
            "flow",
            Some("a".into()),
            digest("A"),
            || async { must_not_run() },
        )
        .await;
        assert_eq!(text(replay).await, (200, "{\"first\":true}".into()));
        let reused = once(
            &db,
            0,
            "r",
            "flow",
            Some("a".into()),
            digest("A2"),
            || async { must_not_run() },
        )
        .await;
        assert_eq!(code(reused).await.0, 422);
    }

    #[tokio::test]
    async fn a_refusal_releases_its_key_so_a_retry_is_judged_afresh() {
        let db = db();
        let refused = once(&db, 0, "r", "f", Some("k".into()), digest("x"), || async {
            answer(429, "{\"code\":\"resend_too_soon\"}")
        })
        .await;
        assert_eq!(text(refused).await.0, 429);
        assert_eq!(pending(&db).await, 0);
        // Even with another body: a refusal binds nothing.
        let retried = once(&db, 0, "r", "f", Some("k".into()), digest("y"), || async {
            answer(200, "{}")
        })
        .await;
        assert_eq!(text(retried).await.0, 200);
    }

    #[tokio::test]
    async fn a_request_dropped_mid_way_releases_its_key() {
        let db = db();
        let (entered_tx, entered) = oneshot::channel::<()>();
        let task = tokio::spawn({
            let db = db.clone();
            async move {
                once(
                    &db,
                    0,
                    "r",
                    "f",
                    Some("k".into()),
                    digest("x"),
                    || async move {
                        let _ = entered_tx.send(());
                        std::future::pending::<Response>().await
                    },
                )
                .await
            }
        });
        entered.await.expect("runs");
        assert_eq!(pending(&db).await, 1);
        task.abort();
        let _ = task.await;
        for _ in 0..100 {
            if pending(&db).await == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert_eq!(pending(&db).await, 0, "the reservation is released");
        let retried = once(&db, 0, "r", "f", Some("k".into()), digest("x"), || async {
            answer(200, "{}")
        })
        .await;
        assert_eq!(text(retried).await.0, 200);
    }

    #[tokio::test]
    async fn keys_are_scoped_to_their_route_and_flow() {
        let db = db();
        for (route, scope) in [("r", "f1"), ("r", "f2"), ("s", "f1")] {
            let res = once(
                &db,
                0,
                route,
                scope,
                Some("k".into()),
                digest(scope),
                || async { answer(200, "{}") },
            )
            .await;
            assert_eq!(text(res).await.0, 200, "{route} {scope}");
        }
    }

    #[tokio::test]
    async fn pending_reservations_left_by_a_crash_are_forgotten_at_start() {
        let db = db();
        db.call(|conn| -> Result<(), DbError> {
            claim(conn, "r", "f:k", &digest("x"), 0)?;
            assert_eq!(forget_pending(conn)?, 1);
            assert_eq!(claim(conn, "r", "f:k", &digest("y"), 0)?, Claim::Reserved);
            Ok(())
        })
        .await
        .expect("db");
    }
}
