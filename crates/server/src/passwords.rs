//! Passwords: Argon2id (OWASP parameters: 19 MiB, 2 passes, 1 lane) computed on blocking
//! threads (a fixed number of them, which bounds both time and memory), NFKC normalisation before hashing, the
//! dummy hash that makes an unknown identifier cost the same as a wrong password, and the
//! full common-password list (`data/common-passwords.txt`).

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use macnss_api::validate::{is_top_common_password, normalize_password};
use std::cell::RefCell;
use std::collections::HashSet;
use std::sync::{Arc, LazyLock, Mutex, OnceLock};

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
    #[error("the hashing threads are gone, or the hash panicked")]
    Closed,
}

fn argon2() -> Argon2<'static> {
    let params = Params::new(ARGON2_M_KIB, ARGON2_T, ARGON2_P, None)
        .expect("the OWASP Argon2id parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Argon2's working memory (19 MiB), allocated once per thread that hashes and reused.
///
/// Allocating it for every hash, as `PasswordHasher::hash_password` does, let glibc's dynamic
/// mmap threshold turn every freed 19 MiB buffer into heap that stays resident: the server
/// peaked near 400 MiB under 250 concurrent sign-ups, 60 MiB with this buffer
/// (`tests/resilience/load.rs`).
fn with_memory<T>(params: &Params, f: impl FnOnce(&mut [Block]) -> T) -> T {
    thread_local! {
        static MEMORY: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
    }
    MEMORY.with(|memory| {
        let mut memory = memory.borrow_mut();
        let blocks = params.block_count();
        if memory.len() != blocks {
            *memory = vec![Block::default(); blocks];
        }
        f(&mut memory)
    })
}

/// The raw Argon2 output for `password` (normalised), `salt` and `params`.
fn raw_hash(password: &str, salt: &[u8], params: Params, out: &mut [u8]) -> Result<(), HashError> {
    let hasher = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    with_memory(&params, |memory| {
        hasher.hash_password_into_with_memory(
            normalize_password(password).as_bytes(),
            salt,
            out,
            memory,
        )
    })
    .map_err(|e| HashError::Argon2(e.to_string()))
}

/// Hashes synchronously (start-up and hashing threads only); returns the PHC string.
pub fn hash_now(password: &str) -> Result<String, HashError> {
    let argon2_error = |e: argon2::password_hash::Error| HashError::Argon2(e.to_string());
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_bytes = [0u8; 64];
    let raw_salt = salt.decode_b64(&mut salt_bytes).map_err(argon2_error)?;
    let params = argon2().params().clone();
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    raw_hash(password, raw_salt, params.clone(), &mut out)?;
    let phc = PasswordHash {
        algorithm: argon2::ARGON2ID_IDENT,
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(argon2_error)?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(argon2_error)?),
    };
    Ok(phc.to_string())
}

/// Verifies synchronously, with the parameters stored in the hash; a malformed stored hash
/// never matches. The comparison is constant-time (`Output`'s equality).
pub fn verify_now(password: &str, phc: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(phc) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    if parsed.algorithm != argon2::ARGON2ID_IDENT {
        return false;
    }
    let Ok(params) = Params::try_from(&parsed) else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(raw_salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let mut out = vec![0u8; expected.len()];
    raw_hash(password, raw_salt, params, &mut out).is_ok()
        && Output::new(&out).is_ok_and(|computed| computed == expected)
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

/// One Argon2 computation for a hashing thread.
type Job = Box<dyn FnOnce() + Send>;

/// Runs Argon2 off the async workers on `concurrent_hashes` dedicated threads, so at most that
/// many hashes run at once and their 19 MiB buffers stay in those threads' allocator arenas.
///
/// (The first cut ran each hash on tokio's blocking pool behind a semaphore: the concurrency
/// was bounded but not the memory — glibc gives every new thread its own arena, and each of
/// the pool's hundreds of threads kept a freed 19 MiB buffer resident. Under 250 concurrent
/// sign-ups the server peaked at 4.5 GiB; see `tests/resilience/load.rs`.)
#[derive(Clone)]
pub struct Hasher {
    jobs: std::sync::mpsc::Sender<Job>,
}

impl Hasher {
    pub fn new(concurrent: u32) -> Self {
        let (jobs, queue) = std::sync::mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        for n in 0..concurrent.max(1) {
            let queue = queue.clone();
            // The threads end when the last `Hasher` clone (the server's state) is dropped.
            let spawned = std::thread::Builder::new()
                .name(format!("argon2-{n}"))
                .spawn(move || {
                    loop {
                        let job = match queue.lock() {
                            Ok(q) => q.recv(),
                            Err(_) => return,
                        };
                        let Ok(job) = job else { return };
                        // A panicking hash drops its answer (the caller gets `Closed`), not
                        // the thread.
                        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                    }
                });
            if let Err(e) = spawned {
                tracing::error!(error = %e, "cannot start a hashing thread");
            }
        }
        Self { jobs }
    }

    async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, HashError> {
        let (answer, answered) = tokio::sync::oneshot::channel();
        self.jobs
            .send(Box::new(move || {
                let _ = answer.send(f());
            }))
            .map_err(|_| HashError::Closed)?;
        answered.await.map_err(|_| HashError::Closed)
    }

    pub async fn hash(&self, password: String) -> Result<String, HashError> {
        self.run(move || hash_now(&password)).await?
    }

    pub async fn verify(&self, password: String, phc: Option<String>) -> Result<bool, HashError> {
        self.run(move || match phc {
            Some(phc) => verify_now(&password, &phc),
            None => {
                let _ = verify_now(&password, dummy_hash());
                false
            }
        })
        .await
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
    fn hashes_with_reused_memory_agree_with_the_argon2_crate_both_ways() {
        use argon2::password_hash::{PasswordHasher, PasswordVerifier};
        let ours = hash_now("une phrase de passe").expect("hash");
        assert!(
            ours.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{ours}"
        );
        let parsed = PasswordHash::new(&ours).expect("PHC");
        assert!(
            argon2()
                .verify_password(b"une phrase de passe", &parsed)
                .is_ok()
        );
        assert!(
            argon2()
                .verify_password(b"une autre phrase", &parsed)
                .is_err()
        );
        let salt = SaltString::generate(&mut OsRng);
        let theirs = argon2()
            .hash_password(b"une phrase de passe", &salt)
            .expect("hash")
            .to_string();
        assert!(verify_now("une phrase de passe", &theirs));
        assert!(!verify_now("une phrase de passe!", &theirs));
        assert!(!verify_now(
            "une phrase de passe",
            "$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaA"
        ));
        assert!(!verify_now("une phrase de passe", "not a hash"));
    }

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
