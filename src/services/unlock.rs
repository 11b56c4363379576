//! The quick unlock's cryptography (`flows::lock` has the rules): the refresh token kept in
//! the keychain sealed by a random 256-bit key, and that key wrapped by a key derived from the
//! PIN with Argon2id (19 MiB, t = 2, a random 16-byte salt) — ChaCha20-Poly1305 for both, so a
//! wrong PIN fails the wrapped key's tag and nothing is learnt from a partial success. The
//! PIN is never stored; while the app is unlocked the key stays in memory (zeroed when
//! dropped) so that each renewal of the session is sealed again without asking.
//!
//! Native only: the web offers no quick unlock (`flows::lock`).

use crate::flows::lock::{LockSettings, Pin};
use macnss_api::types::Token;
use ring::aead::{self, Aad, CHACHA20_POLY1305, LessSafeKey, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Mutex;
use zeroize::Zeroizing;

/// What the keychain holds for a session under the quick unlock. Nothing here is usable
/// without the PIN or the biometric store's copy of the key.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedSession {
    pub settings: LockSettings,
    /// Wrong PINs in a row (written before each try is judged, so killing the app between a
    /// guess and its answer does not give a free guess).
    pub failures: u8,
    salt: Vec<u8>,
    /// The key, sealed by the PIN's key: nonce ‖ ciphertext ‖ tag.
    wrapped_key: Vec<u8>,
    /// The refresh token, sealed by the key: nonce ‖ ciphertext ‖ tag.
    token: Vec<u8>,
}

impl fmt::Debug for SealedSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SealedSession")
            .field("settings", &self.settings)
            .field("failures", &self.failures)
            .finish_non_exhaustive()
    }
}

/// The key that seals the token. Zeroed when dropped; `Debug` never shows it.
#[derive(Clone)]
pub struct SessionKey(Zeroizing<[u8; 32]>);

impl fmt::Debug for SessionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionKey(••••)")
    }
}

impl SessionKey {
    pub fn bytes(&self) -> [u8; 32] {
        *self.0
    }

    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(Zeroizing::new(bytes))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnlockError {
    /// The PIN (or the key given) does not open the session.
    #[error("wrong PIN")]
    Wrong,
    #[error("no randomness or key derivation failed: {0}")]
    Crypto(String),
}

const NONCE_LEN: usize = 12;
const AAD_KEY: &[u8] = b"macnss quick unlock: key";
const AAD_TOKEN: &[u8] = b"macnss quick unlock: token";

fn random<const N: usize>() -> Result<[u8; N], UnlockError> {
    let mut out = [0u8; N];
    SystemRandom::new()
        .fill(&mut out)
        .map_err(|_| UnlockError::Crypto("no system randomness".into()))?;
    Ok(out)
}

fn aead_key(bytes: &[u8; 32]) -> Result<LessSafeKey, UnlockError> {
    UnboundKey::new(&CHACHA20_POLY1305, bytes)
        .map(LessSafeKey::new)
        .map_err(|_| UnlockError::Crypto("bad key length".into()))
}

fn seal(key: &[u8; 32], aad: &'static [u8], plain: &[u8]) -> Result<Vec<u8>, UnlockError> {
    let nonce = random::<NONCE_LEN>()?;
    let mut sealed = plain.to_vec();
    aead_key(key)?
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad),
            &mut sealed,
        )
        .map_err(|_| UnlockError::Crypto("sealing failed".into()))?;
    let mut out = nonce.to_vec();
    out.extend_from_slice(&sealed);
    Ok(out)
}

fn open(
    key: &[u8; 32],
    aad: &'static [u8],
    sealed: &[u8],
) -> Result<Zeroizing<Vec<u8>>, UnlockError> {
    if sealed.len() < NONCE_LEN + aead::CHACHA20_POLY1305.tag_len() {
        return Err(UnlockError::Wrong);
    }
    let (nonce, body) = sealed.split_at(NONCE_LEN);
    let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| UnlockError::Wrong)?;
    let mut body = Zeroizing::new(body.to_vec());
    let plain = aead_key(key)?
        .open_in_place(nonce, Aad::from(aad), &mut body)
        .map_err(|_| UnlockError::Wrong)?
        .to_vec();
    Ok(Zeroizing::new(plain))
}

/// The PIN's key: Argon2id, the server's parameters for passwords (19 MiB, t = 2, p = 1).
fn pin_key(pin: &Pin, salt: &[u8]) -> Result<Zeroizing<[u8; 32]>, UnlockError> {
    let params = argon2::Params::new(19 * 1024, 2, 1, Some(32))
        .map_err(|e| UnlockError::Crypto(e.to_string()))?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(pin.0.as_bytes(), salt, out.as_mut())
        .map_err(|e| UnlockError::Crypto(e.to_string()))?;
    Ok(out)
}

impl SealedSession {
    /// Seals `token` under a new key wrapped by `pin`; the key is returned to keep in memory.
    pub fn new(
        pin: &Pin,
        settings: LockSettings,
        token: &Token,
    ) -> Result<(Self, SessionKey), UnlockError> {
        let key = SessionKey(Zeroizing::new(random::<32>()?));
        let salt = random::<16>()?.to_vec();
        let wrapped_key = seal(&*pin_key(pin, &salt)?, AAD_KEY, key.0.as_ref())?;
        let token = seal(&key.0, AAD_TOKEN, token.expose().as_bytes())?;
        Ok((
            Self {
                settings,
                failures: 0,
                salt,
                wrapped_key,
                token,
            },
            key,
        ))
    }

    /// The key, if `pin` is the one.
    pub fn key_for_pin(&self, pin: &Pin) -> Result<SessionKey, UnlockError> {
        let plain = open(&*pin_key(pin, &self.salt)?, AAD_KEY, &self.wrapped_key)?;
        let bytes: [u8; 32] = plain
            .as_slice()
            .try_into()
            .map_err(|_| UnlockError::Wrong)?;
        Ok(SessionKey::from_bytes(bytes))
    }

    /// The refresh token, with the key.
    pub fn token(&self, key: &SessionKey) -> Result<Token, UnlockError> {
        let plain = open(&key.0, AAD_TOKEN, &self.token)?;
        let text = std::str::from_utf8(&plain).map_err(|_| UnlockError::Wrong)?;
        Ok(Token::new(text.to_owned()))
    }

    /// The same key, a new token (a renewal while unlocked), the failures reset.
    pub fn resealed(&self, key: &SessionKey, token: &Token) -> Result<Self, UnlockError> {
        Ok(Self {
            token: seal(&key.0, AAD_TOKEN, token.expose().as_bytes())?,
            failures: 0,
            ..self.clone()
        })
    }
}

/// The key while the app is unlocked.
#[derive(Default)]
pub struct KeyHolder(Mutex<Option<SessionKey>>);

impl KeyHolder {
    pub fn get(&self) -> Option<SessionKey> {
        self.0.lock().ok()?.clone()
    }
    pub fn set(&self, key: Option<SessionKey>) {
        if let Ok(mut k) = self.0.lock() {
            *k = key;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flows::lock::AutoLock;

    fn token() -> Token {
        Token::new("r".repeat(43))
    }

    #[test]
    fn the_pin_opens_the_token_and_a_wrong_pin_does_not() {
        let settings = LockSettings {
            auto_lock: AutoLock::OneMinute,
            biometric: false,
        };
        let (sealed, key) =
            SealedSession::new(&Pin("240913".into()), settings, &token()).expect("sealed");
        let again = sealed.key_for_pin(&Pin("240913".into())).expect("the PIN");
        assert_eq!(again.bytes(), key.bytes());
        assert_eq!(sealed.token(&again).expect("the token"), token());
        assert_eq!(
            sealed.key_for_pin(&Pin("240914".into())).map(|_| ()),
            Err(UnlockError::Wrong)
        );
        assert_eq!(
            sealed.token(&SessionKey::from_bytes([7; 32])).map(|_| ()),
            Err(UnlockError::Wrong)
        );
    }

    #[test]
    fn nothing_kept_shows_the_token_or_the_pin() {
        let (sealed, _) =
            SealedSession::new(&Pin("240913".into()), LockSettings::default(), &token())
                .expect("sealed");
        let json = serde_json::to_string(&sealed).expect("json");
        assert!(!json.contains(&"r".repeat(43)));
        assert!(!json.contains("240913"));
        assert!(!format!("{sealed:?}").contains("salt"));
    }

    #[test]
    fn a_renewed_token_is_sealed_with_the_same_key_and_the_failures_reset() {
        let (mut sealed, key) =
            SealedSession::new(&Pin("240913".into()), LockSettings::default(), &token())
                .expect("sealed");
        sealed.failures = 3;
        let renewed = Token::new("n".repeat(43));
        let resealed = sealed.resealed(&key, &renewed).expect("resealed");
        assert_eq!(resealed.failures, 0);
        let key = resealed
            .key_for_pin(&Pin("240913".into()))
            .expect("the PIN");
        assert_eq!(resealed.token(&key).expect("the token"), renewed);
    }

    #[test]
    fn a_tampered_seal_is_refused_not_misread() {
        let (mut sealed, key) =
            SealedSession::new(&Pin("240913".into()), LockSettings::default(), &token())
                .expect("sealed");
        let last = sealed.token.len() - 1;
        sealed.token[last] ^= 1;
        assert_eq!(sealed.token(&key).map(|_| ()), Err(UnlockError::Wrong));
        sealed.wrapped_key.truncate(5);
        assert_eq!(
            sealed.key_for_pin(&Pin("240913".into())).map(|_| ()),
            Err(UnlockError::Wrong)
        );
    }
}
