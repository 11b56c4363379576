//! Passwords: Argon2id (OWASP parameters: 19 MiB, 2 passes, 1 lane) computed on blocking
//! threads with a bound on how many run at once, NFKC normalisation before hashing, the
//! dummy hash that makes an unknown identifier cost the same as a wrong password, and the
//! full common-password list (`data/common-passwords.txt`).

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use macnss_api::validate::{is_top_common_password, normalize_password};
use std::collections::HashSet;
use std::sync::{Arc, LazyLock, Mutex, OnceLock};
use tokio::sync::Semaphore;

/// Memory cost in KiB (19 MiB).
pub const ARGON2_M_KIB: u32 = 19_456;
/// Passes.
pub const ARGON2_T: u32 = 2;
/// Lanes.
pub const ARGON2_P: u32 = 1;

/// Failure while hashing.
#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error("argon2: {0}")]
    Argon2(String),
    #[error("the hashing task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
    #[error("the hashing semaphore is closed")]
    Closed,
}

fn argon2() -> Argon2<'static> {
    let params = Params::new(ARGON2_M_KIB, ARGON2_T, ARGON2_P, None)
        .expect("the OWASP Argon2id parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes synchronously (start-up and blocking threads only).
pub fn hash_now(password: &str) -> Result<String, HashError> {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(normalize_password(password).as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| HashError::Argon2(e.to_string()))
}

/// Verifies synchronously; a malformed stored hash never matches.
pub fn verify_now(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|parsed| {
            argon2()
                .verify_password(normalize_password(password).as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Hashes of fixed passwords, computed once per process (demo accounts reloaded by every
/// `/dev/reset` and every in-process test server would otherwise pay Argon2 each time).
pub fn cached_hash(password: &str) -> Result<String, HashError> {
    static CACHE: LazyLock<Mutex<std::collections::HashMap<String, String>>> =
        LazyLock::new(Default::default);
    if let Some(h) = CACHE.lock().ok().and_then(|c| c.get(password).cloned()) {
        return Ok(h);
    }
    let h = hash_now(password)?;
    if let Ok(mut c) = CACHE.lock() {
        c.insert(password.to_owned(), h.clone());
    }
    Ok(h)
}

/// The hash checked when the identifier is unknown, so that both answers take as long.
pub fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        hash_now(&crate::crypto::random_token()).unwrap_or_else(|_| {
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA"
                .to_owned()
        })
    })
}

/// Runs Argon2 off the async workers, at most `concurrent_hashes` at once.
#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
}

impl Hasher {
    pub fn new(concurrent: u32) -> Self {
        Self {
            permits: Arc::new(Semaphore::new(
                usize::try_from(concurrent.max(1)).unwrap_or(1),
            )),
        }
    }

    pub async fn hash(&self, password: String) -> Result<String, HashError> {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|_| HashError::Closed)?;
        tokio::task::spawn_blocking(move || hash_now(&password)).await?
    }

    /// Verifies `password` against `phc`, or against the dummy hash when there is none.
    pub async fn verify(&self, password: String, phc: Option<String>) -> Result<bool, HashError> {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|_| HashError::Closed)?;
        tokio::task::spawn_blocking(move || match phc {
            Some(phc) => verify_now(&password, &phc),
            None => {
                let _ = verify_now(&password, dummy_hash());
                false
            }
        })
        .await
        .map_err(HashError::from)
    }
}

const COMMON_PASSWORDS: &str = include_str!("../data/common-passwords.txt");

/// The full common-password list, lower-case, loaded once.
pub fn common_passwords() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        COMMON_PASSWORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// True when the (normalised) password is common, case-insensitively: the server's full list
/// or the short list the app carries.
pub fn is_common_password(password: &str) -> bool {
    let lower = normalize_password(password).to_lowercase();
    common_passwords().contains(lower.as_str()) || is_top_common_password(password)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_full_list_holds_at_least_ten_thousand_passwords() {
        assert!(common_passwords().len() >= 10_000);
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        for pw in [
            "password",
            "PASSWORD1",
            "baseball",
            "Trustno1",
            "azerty123",
            "motdepasse",
        ] {
            assert!(is_common_password(pw), "{pw}");
        }
        assert!(!is_common_password("tajine aux pruneaux"));
    }

    #[test]
    fn a_password_verifies_after_nfkc_normalisation() {
        // U+FB01 (ﬁ ligature) normalises to "fi".
        let h = hash_now("ﬁrst password").expect("hash");
        assert!(verify_now("first password", &h));
        assert!(!verify_now("first passw0rd", &h));
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    }
}
