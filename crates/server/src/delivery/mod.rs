//! Real delivery: which gateway carries each channel, configured by file (`--delivery FILE`,
//! TOML) and environment (`MACNSS_SMTP_*`, `MACNSS_SMS_*`, `MACNSS_RETRY_*`), and the
//! listener for the SMS gateway's delivery receipts.
//!
//! - e-mail: SMTP with `lettre` ([`smtp::SmtpGateway`]): STARTTLS required by default, MIME
//!   with UTF-8 subject and body, `Message-ID` from the stable message id, `Date`,
//!   `Auto-Submitted: auto-generated`;
//! - SMS: Kannel's HTTP `sendsms` interface ([`kannel::KannelGateway`]): GSM-7 or UCS-2 per
//!   message, the stable message id as `binfo` (in Kannel's access log) and in the `dlr-url`
//!   Kannel calls back with each delivery receipt.
//!
//! A channel with nothing configured goes to the log ([`crate::notify::LogGateway`]), as
//! before: the demo needs no peer.

pub mod kannel;
pub mod smtp;

use crate::db::Db;
use crate::notify::{ByChannel, Gateway, LogGateway, Outbox, Ports, RetryPolicy};
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A credential: read from the file or the environment, never printed (`Debug` masks it).
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Self(s.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(•••)")
    }
}

/// How the SMTP connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SmtpTls {
    /// STARTTLS, required: the relay must offer it (port 587). The default.
    #[default]
    Starttls,
    /// TLS from the first byte (SMTPS, port 465).
    Tls,
    /// STARTTLS when the relay offers it, plain otherwise: a loopback relay only.
    Opportunistic,
    /// Plain text: a loopback relay only (tests, a local MTA).
    None,
}

/// The SMTP relay e-mails leave through (`[smtp]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    #[serde(default = "default_smtp_port")]
    pub port: u16,
    #[serde(default)]
    pub tls: SmtpTls,
    /// The sender, `Name <address>` or `address`; the Message-ID's domain is its domain.
    pub from: String,
    #[serde(default)]
    pub username: Option<String>,
    #[serde(default)]
    pub password: Option<Secret>,
    /// A file holding the password (one line), instead of `password`.
    #[serde(default)]
    pub password_file: Option<PathBuf>,
    #[serde(default = "default_timeout")]
    pub timeout_seconds: u64,
    /// A PEM file of a private CA to trust for the relay's certificate, besides the Mozilla
    /// roots (a relay inside the organisation).
    #[serde(default)]
    pub ca_file: Option<PathBuf>,
}

fn default_smtp_port() -> u16 {
    587
}

fn default_timeout() -> u64 {
    20
}

/// The Kannel smsbox SMS leave through (`[sms]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmsConfig {
    /// Kannel's sendsms URL, e.g. `http://127.0.0.1:13013/cgi-bin/sendsms`.
    pub kannel_url: String,
    pub username: String,
    #[serde(default)]
    pub password: Option<Secret>,
    #[serde(default)]
    pub password_file: Option<PathBuf>,
    /// The sender id shown on the phone.
    #[serde(default = "default_sender")]
    pub from: String,
    /// Where the server listens for Kannel's delivery-receipt callbacks (loopback by
    /// default: Kannel runs beside the server). No receipts are asked for without it.
    #[serde(default)]
    pub receipt_listen: Option<SocketAddr>,
    /// The receipt URL given to Kannel; `http://{receipt_listen}/sms/receipt` by default.
    #[serde(default)]
    pub receipt_url: Option<String>,
    #[serde(default = "default_timeout")]
    pub timeout_seconds: u64,
}

fn default_sender() -> String {
    "CNSS".to_owned()
}

/// Everything about delivery.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DeliveryConfig {
    pub smtp: Option<SmtpConfig>,
    pub sms: Option<SmsConfig>,
    pub retry: RetryPolicy,
    /// `[push]`: Web Push, FCM and APNs (a file only: credentials are files).
    pub push: crate::push::PushConfig,
}

/// The delivery configuration could not be read or is unsafe.
#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    #[error("cannot read {0}: {1}")]
    Read(PathBuf, std::io::Error),
    #[error("invalid delivery configuration: {0}")]
    Invalid(String),
}

/// True for `localhost` and loopback addresses.
pub fn is_loopback_host(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

impl DeliveryConfig {
    /// Reads the TOML file if any, then the environment: `MACNSS_SMTP_<FIELD>`,
    /// `MACNSS_SMS_<FIELD>` and `MACNSS_RETRY_<FIELD>` set that field of `[smtp]`, `[sms]` and
    /// `[retry]` (`MACNSS_SMTP_PASSWORD`, `MACNSS_SMS_KANNEL_URL`, …). Passwords given as
    /// files are read here.
    pub fn load(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, DeliveryError> {
        let mut table = match file {
            Some(path) => std::fs::read_to_string(path)
                .map_err(|e| DeliveryError::Read(path.to_owned(), e))?
                .parse::<toml::Table>()
                .map_err(|e| DeliveryError::Invalid(e.to_string()))?,
            None => toml::Table::new(),
        };
        for (name, value) in env {
            let Some(rest) = name.strip_prefix("MACNSS_") else {
                continue;
            };
            let Some((section, field)) = [("SMTP_", "smtp"), ("SMS_", "sms"), ("RETRY_", "retry")]
                .iter()
                .find_map(|(p, s)| rest.strip_prefix(p).map(|f| (*s, f.to_ascii_lowercase())))
            else {
                continue;
            };
            // The numeric fields as numbers; every other value as text (a sender id or a
            // username may well be all digits).
            const NUMBERS: [&str; 5] = [
                "port",
                "timeout_seconds",
                "max_attempts",
                "base_delay_ms",
                "max_delay_ms",
            ];
            let value = match value.parse::<i64>() {
                Ok(n) if NUMBERS.contains(&field.as_str()) => toml::Value::Integer(n),
                _ => toml::Value::String(value),
            };
            let entry = table
                .entry(section)
                .or_insert_with(|| toml::Value::Table(toml::Table::new()));
            if let toml::Value::Table(t) = entry {
                t.insert(field, value);
            }
        }
        let mut config: Self = toml::Value::Table(table)
            .try_into()
            .map_err(|e: toml::de::Error| DeliveryError::Invalid(e.to_string()))?;
        if let Some(smtp) = &mut config.smtp {
            if let Some(path) = smtp.password_file.take() {
                smtp.password = Some(read_secret(&path)?);
            }
            if matches!(smtp.tls, SmtpTls::None | SmtpTls::Opportunistic)
                && !is_loopback_host(&smtp.host)
            {
                return Err(DeliveryError::Invalid(format!(
                    "smtp.tls = {:?} sends codes in clear text: only to a loopback relay, not {}",
                    smtp.tls, smtp.host
                )));
            }
        }
        if let Some(sms) = &mut config.sms {
            if let Some(path) = sms.password_file.take() {
                sms.password = Some(read_secret(&path)?);
            }
            let url = reqwest::Url::parse(&sms.kannel_url)
                .map_err(|e| DeliveryError::Invalid(format!("sms.kannel_url: {e}")))?;
            if url.scheme() != "https" && !url.host_str().is_some_and(is_loopback_host) {
                return Err(DeliveryError::Invalid(
                    "sms.kannel_url: plain http only to a loopback Kannel".to_owned(),
                ));
            }
        }
        if config.retry.max_attempts == 0 {
            return Err(DeliveryError::Invalid(
                "retry.max_attempts must be at least 1".to_owned(),
            ));
        }
        Ok(config)
    }

    /// The ports this configuration asks for: the outbox, and per channel the configured
    /// gateway or the log.
    pub fn ports(&self) -> Result<Ports, DeliveryError> {
        let email: Arc<dyn Gateway> = match &self.smtp {
            Some(c) => Arc::new(smtp::SmtpGateway::new(c)?),
            None => Arc::new(LogGateway),
        };
        let sms: Arc<dyn Gateway> = match &self.sms {
            Some(c) => Arc::new(kannel::KannelGateway::new(c)?),
            None => Arc::new(LogGateway),
        };
        Ok(Ports {
            notifier: Arc::new(Outbox),
            gateway: Arc::new(ByChannel { sms, email }),
        })
    }
}

fn read_secret(path: &Path) -> Result<Secret, DeliveryError> {
    let s = std::fs::read_to_string(path).map_err(|e| DeliveryError::Read(path.to_owned(), e))?;
    Ok(Secret(s.trim_end_matches(['\r', '\n']).to_owned()))
}

/// Serves Kannel's delivery-receipt callbacks (`GET /sms/receipt?id=…&type=%d`) on
/// `sms.receipt_listen`, recording each against its message, until aborted.
pub async fn spawn_receipts(
    config: &DeliveryConfig,
    db: Db,
) -> Result<Option<tokio::task::JoinHandle<()>>, std::io::Error> {
    let Some(addr) = config.sms.as_ref().and_then(|s| s.receipt_listen) else {
        return Ok(None);
    };
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let app = kannel::receipt_router(db);
    Ok(Some(tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app).await {
            tracing::error!(error = %e, "the receipt listener stopped");
        }
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn nothing_configured_means_the_log_for_both_channels() {
        let c = DeliveryConfig::load(None, env(&[("PATH", "/bin")])).expect("load");
        assert_eq!(c, DeliveryConfig::default());
    }

    #[test]
    fn the_environment_sets_fields_and_passwords_never_print() {
        let c = DeliveryConfig::load(
            None,
            env(&[
                ("MACNSS_SMTP_HOST", "smtp.example.ma"),
                ("MACNSS_SMTP_PORT", "465"),
                ("MACNSS_SMTP_TLS", "tls"),
                ("MACNSS_SMTP_FROM", "CNSS <no-reply@example.ma>"),
                ("MACNSS_SMTP_USERNAME", "1234"),
                ("MACNSS_SMTP_PASSWORD", "hunter2"),
                ("MACNSS_RETRY_MAX_ATTEMPTS", "4"),
                (
                    "MACNSS_SMS_KANNEL_URL",
                    "http://127.0.0.1:13013/cgi-bin/sendsms",
                ),
                ("MACNSS_SMS_USERNAME", "5678"),
                ("MACNSS_SMS_FROM", "2020"),
            ]),
        )
        .expect("load");
        let smtp = c.smtp.clone().expect("smtp");
        assert_eq!(smtp.port, 465);
        assert_eq!(smtp.tls, SmtpTls::Tls);
        assert_eq!(smtp.username.as_deref(), Some("1234"));
        assert_eq!(smtp.password.as_ref().map(Secret::expose), Some("hunter2"));
        assert_eq!(c.retry.max_attempts, 4);
        let sms = c.sms.clone().expect("sms");
        assert_eq!((sms.username.as_str(), sms.from.as_str()), ("5678", "2020"));
        assert!(!format!("{c:?}").contains("hunter2"));
    }

    #[test]
    fn clear_text_is_refused_to_a_remote_relay_or_gateway() {
        let plain = |host: &str| {
            DeliveryConfig::load(
                None,
                env(&[
                    ("MACNSS_SMTP_HOST", host),
                    ("MACNSS_SMTP_TLS", "none"),
                    ("MACNSS_SMTP_FROM", "a@example.ma"),
                ]),
            )
        };
        assert!(plain("smtp.example.ma").is_err());
        assert!(plain("127.0.0.1").is_ok());
        assert!(plain("localhost").is_ok());
        let sms = |url: &str| {
            DeliveryConfig::load(
                None,
                env(&[("MACNSS_SMS_KANNEL_URL", url), ("MACNSS_SMS_USERNAME", "u")]),
            )
        };
        assert!(sms("http://sms.example.ma/cgi-bin/sendsms").is_err());
        assert!(sms("https://sms.example.ma/cgi-bin/sendsms").is_ok());
        assert!(sms("http://127.0.0.1:13013/cgi-bin/sendsms").is_ok());
    }
}
