//! The inbox («Mes messages»): a page, one message, the wait for new messages (a long poll),
//! marking read.
//! Every handler answers only the session holder's messages: another person's message id is
//! `404 not_found`, as one that does not exist.

use crate::auth::FullSession;
use crate::clock::Clock;
use crate::db::Db;
use crate::errors::{ApiError, ApiResult};
use crate::extract::{ApiJson, PathId};
use crate::inbox;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use macnss_api::inbox::{
    Inbox, InboxChanges, InboxMessage, InboxQuery, InboxWaitQuery, MarkAllReadRequest, WAIT_SECONDS,
};
use macnss_api::{ErrorCode, Problem};
use std::time::Duration;

/// How often a wait looks for new messages. Looking in the database (rather than being woken
/// by the handler that posted) is what lets several server instances share one database.
const LOOK_EVERY: Duration = Duration::from_secs(1);

/// `GET /v1/inbox`.
pub async fn page(
    State(db): State<Db>,
    FullSession(session): FullSession,
    Query(query): Query<InboxQuery>,
) -> ApiResult<Json<Inbox>> {
    let cursor = query.cursor().ok_or_else(|| {
        ApiError::from(
            Problem::new(ErrorCode::MalformedRequest)
                .with_detail("`cursor` is not the `next` of a page"),
        )
    })?;
    let limit = query.limit();
    db.call(move |conn| -> ApiResult<Inbox> {
        Ok(inbox::page(conn, &session.account_id, cursor, limit)?)
    })
    .await
    .map(Json)
}

/// `GET /v1/inbox/wait`: answers once a message numbered above `after` exists, or after
/// [`WAIT_SECONDS`].
pub async fn wait(
    State(db): State<Db>,
    FullSession(session): FullSession,
    Query(query): Query<InboxWaitQuery>,
) -> ApiResult<Json<InboxChanges>> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(WAIT_SECONDS);
    loop {
        let account = session.account_id.clone();
        let session_id = session.session_id.clone();
        let changes = db
            .call(move |conn| -> ApiResult<InboxChanges> {
                // Signed out (or revoked from another device) while waiting: stop at once.
                let live: bool = conn.query_row(
                    "SELECT EXISTS (SELECT 1 FROM sessions WHERE id = ?1 AND revoked = 0)",
                    [&session_id],
                    |r| r.get(0),
                )?;
                if !live {
                    return Err(ErrorCode::SessionExpired.into());
                }
                Ok(inbox::changes(conn, &account, query.after)?)
            })
            .await?;
        // Numbers from another server (after > latest: the database was reset) answer at
        // once too, so that the app starts again from what there is.
        let now = tokio::time::Instant::now();
        if !changes.messages.is_empty() || query.after > changes.latest || now >= deadline {
            return Ok(Json(changes));
        }
        tokio::time::sleep_until((now + LOOK_EVERY).min(deadline)).await;
    }
}

/// `GET /v1/inbox/{message_id}`.
pub async fn message(
    State(db): State<Db>,
    FullSession(session): FullSession,
    PathId(id): PathId,
) -> ApiResult<Json<InboxMessage>> {
    db.call(move |conn| -> ApiResult<Json<InboxMessage>> {
        inbox::one(conn, &session.account_id, &id)?
            .map(Json)
            .ok_or_else(|| ErrorCode::NotFound.into())
    })
    .await
}

/// `POST /v1/inbox/{message_id}/read`.
pub async fn mark_read(
    State(db): State<Db>,
    State(clock): State<Clock>,
    FullSession(session): FullSession,
    PathId(id): PathId,
) -> ApiResult<StatusCode> {
    let now = clock.unix();
    db.call(move |conn| -> ApiResult<StatusCode> {
        if inbox::mark_read(conn, &session.account_id, &id, now)? {
            Ok(StatusCode::NO_CONTENT)
        } else {
            Err(ErrorCode::NotFound.into())
        }
    })
    .await
}

/// `POST /v1/inbox/read-all`.
pub async fn mark_all_read(
    State(db): State<Db>,
    State(clock): State<Clock>,
    FullSession(session): FullSession,
    ApiJson(req): ApiJson<MarkAllReadRequest>,
) -> ApiResult<StatusCode> {
    let now = clock.unix();
    db.call(move |conn| -> ApiResult<StatusCode> {
        inbox::mark_all_read(conn, &session.account_id, req.up_to, now)?;
        Ok(StatusCode::NO_CONTENT)
    })
    .await
}
