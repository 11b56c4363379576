//! Push notifications: the VAPID key, a device's registration and removal, the topics muted.
//! A registration belongs to the session that made it; removing another person's device is
//! `404 not_found`, as one that does not exist.

use crate::auth::FullSession;
use crate::clock::Clock;
use crate::config::Config;
use crate::db::Db;
use crate::errors::{ApiError, ApiResult};
use crate::extract::{ApiJson, PathId};
use crate::push::{self, Pusher};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use macnss_api::push::{
    DeviceRegistered, PushPreferences, PushTarget, RegisterDeviceRequest, WebPushKey,
};
use macnss_api::{ErrorCode, Problem};
use std::sync::Arc;

fn malformed(detail: &str) -> ApiError {
    Problem::new(ErrorCode::MalformedRequest)
        .with_detail(detail)
        .into()
}

/// `GET /v1/push/web-key`.
pub async fn web_key(State(pusher): State<Arc<Pusher>>) -> Json<WebPushKey> {
    Json(WebPushKey {
        public_key: pusher.web_key(),
    })
}

/// `POST /v1/push/devices`.
pub async fn register(
    State(db): State<Db>,
    State(clock): State<Clock>,
    State(config): State<Arc<Config>>,
    FullSession(session): FullSession,
    ApiJson(req): ApiJson<RegisterDeviceRequest>,
) -> ApiResult<Json<DeviceRegistered>> {
    req.check().map_err(malformed)?;
    if let PushTarget::Web { endpoint, .. } = &req.target
        && !config.delivery.push.sends_to(endpoint)
    {
        return Err(malformed(
            "the endpoint is not on a push service this server sends to",
        ));
    }
    if let Some(old) = &req.replaces
        && !macnss_api::validate::patterns::is_opaque_id(old)
    {
        return Err(malformed("`replaces` is not a registration id"));
    }
    let now = clock.unix();
    db.call(move |conn| -> ApiResult<Json<DeviceRegistered>> {
        let tx = conn.transaction()?;
        let device_id = push::register(
            &tx,
            &session.account_id,
            &session.session_id,
            &req.target,
            &req.lang,
            req.replaces.as_deref(),
            now,
        )?;
        tx.commit()?;
        Ok(Json(DeviceRegistered { device_id }))
    })
    .await
}

/// `POST /v1/push/devices/{device_id}/remove`.
pub async fn remove(
    State(db): State<Db>,
    FullSession(session): FullSession,
    PathId(id): PathId,
) -> ApiResult<StatusCode> {
    db.call(move |conn| -> ApiResult<StatusCode> {
        if push::remove(conn, &session.account_id, &id)? {
            Ok(StatusCode::NO_CONTENT)
        } else {
            Err(ErrorCode::NotFound.into())
        }
    })
    .await
}

/// `GET /v1/push/preferences`.
pub async fn preferences(
    State(db): State<Db>,
    FullSession(session): FullSession,
) -> ApiResult<Json<PushPreferences>> {
    db.call(move |conn| -> ApiResult<Json<PushPreferences>> {
        Ok(Json(push::preferences(conn, &session.account_id)?))
    })
    .await
}

/// `POST /v1/push/preferences`.
pub async fn set_preferences(
    State(db): State<Db>,
    FullSession(session): FullSession,
    ApiJson(req): ApiJson<PushPreferences>,
) -> ApiResult<Json<PushPreferences>> {
    db.call(move |conn| -> ApiResult<Json<PushPreferences>> {
        let tx = conn.transaction()?;
        let now = push::set_preferences(&tx, &session.account_id, &req)?;
        tx.commit()?;
        Ok(Json(now))
    })
    .await
}
