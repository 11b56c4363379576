//! SMS through Kannel (bearerbox + smsbox, Debian's `kannel`) over its HTTP `sendsms`
//! interface; Kannel speaks SMPP, UCP/EMI, CIMD… to the operator's SMSC. Each SMS goes as
//! GSM-7 (`coding=0`) when every character is in the GSM 03.38 tables, UCS-2 (`coding=2`)
//! otherwise (Arabic), with the stable message id as `binfo` (written in Kannel's access log:
//! the peer de-duplicates with it) and, when receipts are configured, a `dlr-url` carrying
//! that id, which Kannel calls with each delivery report.

use super::{DeliveryError, SmsConfig};
use crate::db::Db;
use crate::messages::{sms_segments, sms_units};
use crate::notify::{Delivery, Gateway, GatewayError, Message, record_receipt};
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::routing::get;
use std::time::Duration;

/// The Kannel gateway.
pub struct KannelGateway {
    http: reqwest::Client,
    url: reqwest::Url,
    username: String,
    password: String,
    from: String,
    receipt_url: Option<String>,
}

impl KannelGateway {
    pub fn new(c: &SmsConfig) -> Result<Self, DeliveryError> {
        let url = reqwest::Url::parse(&c.kannel_url)
            .map_err(|e| DeliveryError::Invalid(format!("sms.kannel_url: {e}")))?;
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(c.timeout_seconds))
            .build()
            .map_err(|e| DeliveryError::Invalid(format!("sms: {e}")))?;
        let receipt_url = c.receipt_url.clone().or_else(|| {
            c.receipt_listen
                .map(|addr| format!("http://{addr}/sms/receipt"))
        });
        Ok(Self {
            http,
            url,
            username: c.username.clone(),
            password: c
                .password
                .as_ref()
                .map(|p| p.expose().to_owned())
                .unwrap_or_default(),
            from: c.from.clone(),
            receipt_url,
        })
    }

    /// The query of Kannel's `sendsms` for `message` (the password apart).
    pub fn query(&self, id: &str, message: &Message) -> Vec<(&'static str, String)> {
        let (_, capacity) = sms_units(&message.body);
        let coding = if capacity == 70 { "2" } else { "0" };
        let mut q = vec![
            ("username", self.username.clone()),
            ("from", self.from.clone()),
            ("to", message.to.clone()),
            ("text", message.body.clone()),
            ("charset", "UTF-8".to_owned()),
            ("coding", coding.to_owned()),
            ("binfo", id.to_owned()),
        ];
        if let Some(url) = &self.receipt_url {
            // 1 delivered, 2 undeliverable, 4 buffered, 8 accepted by the SMSC, 16 rejected.
            q.push(("dlr-mask", "31".to_owned()));
            let sep = if url.contains('?') { '&' } else { '?' };
            q.push(("dlr-url", format!("{url}{sep}id={id}&type=%d")));
        }
        q
    }
}

impl Gateway for KannelGateway {
    fn deliver<'a>(&'a self, id: &'a str, message: &'a Message) -> Delivery<'a> {
        Box::pin(async move {
            let segments = sms_segments(&message.body);
            if segments > 1 {
                tracing::warn!(%id, segments, "an SMS longer than one segment");
            }
            let mut query = self.query(id, message);
            query.push(("password", self.password.clone()));
            let answer = self
                .http
                .get(self.url.clone())
                .query(&query)
                .send()
                .await
                // Without the URL: it holds the password.
                .map_err(|e| GatewayError::Unavailable(e.without_url().to_string()))?;
            let status = answer.status();
            let text = answer.text().await.unwrap_or_default();
            let text = text.trim().chars().take(200).collect::<String>();
            if status.is_success() {
                Ok(())
            } else if matches!(status.as_u16(), 400 | 413 | 414 | 422) {
                Err(GatewayError::Refused(format!("{status}: {text}")))
            } else {
                // 503 (queue full), 403 (credentials: the message is not at fault), 5xx.
                Err(GatewayError::Unavailable(format!("{status}: {text}")))
            }
        })
    }
}

#[derive(Debug, serde::Deserialize)]
struct Receipt {
    id: String,
    #[serde(rename = "type")]
    kind: u32,
}

/// Kannel's delivery-report types, as recorded in `outbox.receipt`.
pub fn receipt_name(kind: u32) -> &'static str {
    match kind {
        1 => "delivered",
        2 => "undeliverable",
        4 => "buffered",
        8 => "accepted",
        16 => "rejected",
        _ => "unknown",
    }
}

async fn receipt(State(db): State<Db>, Query(r): Query<Receipt>) -> StatusCode {
    let name = receipt_name(r.kind);
    let now = crate::notify::now_ms() / 1000;
    match record_receipt(&db, r.id, name, now).await {
        Ok(true) => StatusCode::OK,
        Ok(false) => StatusCode::NOT_FOUND,
        Err(e) => {
            tracing::warn!(error = %e, "cannot record a delivery receipt");
            StatusCode::SERVICE_UNAVAILABLE
        }
    }
}

/// `GET /sms/receipt?id=…&type=…`, Kannel's `dlr-url` callback.
pub fn receipt_router(db: Db) -> axum::Router {
    axum::Router::new()
        .route("/sms/receipt", get(receipt))
        .with_state(db)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gateway(receipts: bool) -> KannelGateway {
        KannelGateway::new(&SmsConfig {
            kannel_url: "http://127.0.0.1:13013/cgi-bin/sendsms".into(),
            username: "macnss".into(),
            password: Some(super::super::Secret::new("secret")),
            password_file: None,
            from: "CNSS".into(),
            receipt_listen: receipts.then(|| "127.0.0.1:13080".parse().expect("addr")),
            receipt_url: None,
            timeout_seconds: 5,
        })
        .expect("gateway")
    }

    fn get<'a>(q: &'a [(&'static str, String)], k: &str) -> Option<&'a str> {
        q.iter().find(|(n, _)| *n == k).map(|(_, v)| v.as_str())
    }

    #[test]
    fn french_goes_as_gsm7_arabic_as_ucs2_with_the_stable_id_and_no_password() {
        let g = gateway(true);
        let fr = g.query(
            "id1",
            &Message::sms("+212600000001", "Votre code : 123456. Valable 10 min."),
        );
        assert_eq!(get(&fr, "coding"), Some("0"));
        assert_eq!(get(&fr, "binfo"), Some("id1"));
        assert_eq!(
            get(&fr, "dlr-url"),
            Some("http://127.0.0.1:13080/sms/receipt?id=id1&type=%d")
        );
        assert_eq!(get(&fr, "password"), None);
        let ar = g.query("id2", &Message::sms("+212600000001", "رمزك 123456"));
        assert_eq!(get(&ar, "coding"), Some("2"));
        assert_eq!(
            get(
                &gateway(false).query("id3", &Message::sms("+1", "x")),
                "dlr-url"
            ),
            None
        );
    }
}
