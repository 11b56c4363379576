//! What the server is told at start: where its database lives, where it listens, whether the
//! demo is on, and every abuse limit (with the production values as defaults).

use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::path::PathBuf;

/// Where the database lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbLocation {
    /// A SQLite file (WAL), created and migrated at start.
    File(PathBuf),
    /// A private in-memory database, gone at shutdown.
    Memory,
}

impl DbLocation {
    /// `:memory:` is the in-memory database; anything else is a file path.
    pub fn parse(s: &str) -> Self {
        if s == ":memory:" {
            Self::Memory
        } else {
            Self::File(PathBuf::from(s))
        }
    }
}

/// The public URL when none is given: the default listening address.
pub const DEFAULT_PUBLIC_URL: &str = "http://127.0.0.1:8787";

/// Everything the server needs to start.
#[derive(Debug, Clone)]
pub struct Config {
    pub db: DbLocation,
    pub listen: SocketAddr,
    /// Loads the demo registry (and its accounts) and enables the `/dev/*` routes.
    pub demo: bool,
    /// Lets `--demo` listen on a non-loopback address.
    pub allow_public_demo: bool,
    /// Adds this many generated people to the registry (see `registry::synthetic_person`).
    pub synthetic: u32,
    /// A built web app to serve at `/`, if the directory exists.
    pub web_dir: Option<PathBuf>,
    /// Apps reporting an older `x-app-version` get `app_version_unsupported`.
    pub min_app_version: Option<String>,
    /// Where people reach this server's web app (no trailing slash): the links of the
    /// e-mails («sign that device out» → `<public_url>/espace/compte/appareils`).
    pub public_url: String,
    pub limits: Limits,
    /// How messages leave: SMTP relay, SMS gateway, retries (nothing configured: the log).
    pub delivery: crate::delivery::DeliveryConfig,
}

impl Config {
    /// The production defaults: `macnss.db` in the working directory, `127.0.0.1:8787`, no demo.
    pub fn new() -> Self {
        Self {
            db: DbLocation::File(PathBuf::from("macnss.db")),
            listen: SocketAddr::from(([127, 0, 0, 1], 8787)),
            demo: false,
            allow_public_demo: false,
            synthetic: 0,
            web_dir: None,
            min_app_version: None,
            public_url: DEFAULT_PUBLIC_URL.to_owned(),
            limits: Limits::default(),
            delivery: crate::delivery::DeliveryConfig::default(),
        }
    }

    /// For tests: a fresh in-memory database, a free port on 127.0.0.1, the demo registry and
    /// the `/dev/*` routes on, 100 synthetic people, production limits.
    pub fn for_tests() -> Self {
        Self {
            db: DbLocation::Memory,
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            demo: true,
            allow_public_demo: false,
            synthetic: 100,
            web_dir: None,
            min_app_version: None,
            public_url: DEFAULT_PUBLIC_URL.to_owned(),
            limits: Limits::default(),
            delivery: crate::delivery::DeliveryConfig::default(),
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Self::new()
    }
}

/// Every abuse limit and lifetime. The defaults are the production values; `--limits FILE`
/// (TOML, these field names) and `--limit name=value` override them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Seconds a one-time code stays valid.
    pub code_ttl_seconds: i64,
    /// Wrong attempts allowed on one code.
    pub code_max_attempts: u32,
    /// Wrong codes allowed per identity within `failure_window_seconds`.
    pub code_failures_per_identity: u32,
    /// Wrong codes allowed per destination (phone or e-mail) within `failure_window_seconds`.
    pub code_failures_per_destination: u32,
    /// The window of the two caps above.
    pub failure_window_seconds: i64,
    /// Seconds between two codes for the same identity (resend cooldown).
    pub resend_cooldown_seconds: i64,
    /// Codes sent per identity per hour (first send and resends together).
    pub sends_per_identity_per_hour: u32,
    /// Codes sent per identity per 24 h.
    pub sends_per_identity_per_day: u32,
    /// Codes sent per destination number or address per 24 h.
    pub sends_per_destination_per_day: u32,
    /// Distinct phone numbers one identity may have codes sent to per 24 h (SMS pumping).
    pub distinct_phones_per_identity_per_day: u32,
    /// Seconds a sign-up transaction lives.
    pub signup_ttl_seconds: i64,
    /// Seconds a recovery transaction lives.
    pub recovery_ttl_seconds: i64,
    /// Seconds the reset token of a verified recovery lives.
    pub reset_token_ttl_seconds: i64,
    /// Seconds an access token lives.
    pub access_token_ttl_seconds: i64,
    /// A session unused this long expires.
    pub session_idle_seconds: i64,
    /// A session expires this long after sign-in, used or not.
    pub session_absolute_seconds: i64,
    /// Hours the temporary password sent after sign-up stays valid.
    pub temporary_password_hours: u32,
    /// Failed sign-ins per identity answered without any delay.
    pub sign_in_free_failures: u32,
    /// The first slow-down, in seconds; doubles with each further failure.
    pub sign_in_base_delay_seconds: i64,
    /// The longest slow-down, in seconds.
    pub sign_in_max_delay_seconds: i64,
    /// Failed sign-ins older than this are forgotten.
    pub sign_in_failure_window_seconds: i64,
    /// Requests per client address per minute (generous: carrier NAT).
    pub requests_per_client_per_minute: u32,
    /// Password hashes computed at once (Argon2id takes 19 MiB each).
    pub concurrent_hashes: u32,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// School certificates one household may send per 24 h (each is up to 5 MB written).
    pub certificates_per_account_per_day: u32,
    /// Reports of a missing month one household may file per 24 h.
    pub reports_per_account_per_day: u32,
    /// Seconds an account step-up (the password again, «Mon compte») stays valid.
    pub account_step_up_seconds: i64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            code_ttl_seconds: 600,
            code_max_attempts: 5,
            code_failures_per_identity: 10,
            code_failures_per_destination: 10,
            failure_window_seconds: 86_400,
            resend_cooldown_seconds: 60,
            sends_per_identity_per_hour: 5,
            sends_per_identity_per_day: 10,
            sends_per_destination_per_day: 10,
            distinct_phones_per_identity_per_day: 3,
            signup_ttl_seconds: 3_600,
            recovery_ttl_seconds: 3_600,
            reset_token_ttl_seconds: 900,
            access_token_ttl_seconds: 900,
            session_idle_seconds: 7 * 86_400,
            session_absolute_seconds: 30 * 86_400,
            temporary_password_hours: 72,
            sign_in_free_failures: 5,
            sign_in_base_delay_seconds: 30,
            sign_in_max_delay_seconds: 900,
            sign_in_failure_window_seconds: 86_400,
            requests_per_client_per_minute: 600,
            concurrent_hashes: 2,
            max_body_bytes: 16 * 1024,
            certificates_per_account_per_day: 10,
            reports_per_account_per_day: 10,
            account_step_up_seconds: 600,
        }
    }
}

/// A limits file or override could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LimitsError {
    #[error("cannot read {0}: {1}")]
    Read(PathBuf, std::io::Error),
    #[error("invalid limits: {0}")]
    Invalid(String),
    #[error("an override must look like name=value, got {0:?}")]
    Override(String),
}

impl Limits {
    /// Reads the defaults, then the TOML file if any, then each `name=value` override.
    pub fn load(file: Option<&std::path::Path>, overrides: &[String]) -> Result<Self, LimitsError> {
        let mut table = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| LimitsError::Read(path.to_owned(), e))?;
                text.parse::<toml::Table>()
                    .map_err(|e| LimitsError::Invalid(e.to_string()))?
            }
            None => toml::Table::new(),
        };
        for o in overrides {
            let (name, value) = o
                .split_once('=')
                .ok_or_else(|| LimitsError::Override(o.clone()))?;
            let parsed: toml::Table = format!("v = {}", value.trim())
                .parse()
                .map_err(|_| LimitsError::Override(o.clone()))?;
            let v = parsed
                .get("v")
                .cloned()
                .ok_or_else(|| LimitsError::Override(o.clone()))?;
            table.insert(name.trim().to_owned(), v);
        }
        toml::Value::Table(table)
            .try_into()
            .map_err(|e: toml::de::Error| LimitsError::Invalid(e.to_string()))
    }

    /// The defaults as a commented TOML document (`--print-limits`).
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_replace_single_limits_and_keep_the_other_defaults() {
        let l = Limits::load(None, &["code_max_attempts=3".into()]).expect("load");
        assert_eq!(l.code_max_attempts, 3);
        assert_eq!(l.code_ttl_seconds, 600);
    }

    #[test]
    fn an_unknown_limit_is_refused() {
        assert!(Limits::load(None, &["no_such_limit=3".into()]).is_err());
    }

    #[test]
    fn the_defaults_round_trip_through_toml() {
        let d = Limits::default();
        let back: Limits = toml::from_str(&d.to_toml()).expect("parse");
        assert_eq!(back, d);
    }
}
