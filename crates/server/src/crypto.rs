//! Secrets and their fingerprints: random tokens and codes from the OS CSPRNG, SHA-256 of
//! tokens (what the database keeps), HMAC-SHA256 of one-time codes with the server's secret
//! (6 digits hashed without a key would be brute-forced offline in a millisecond), and the
//! keyed derivations behind the recovery decoys.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use rand::rngs::OsRng;
use rand::{Rng, RngCore};
use sha2::{Digest, Sha256};

type HmacSha256 = Hmac<Sha256>;

/// The server's secret key: random, created at first start, kept in the database.
#[derive(Clone)]
pub struct ServerKey([u8; 32]);

impl std::fmt::Debug for ServerKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServerKey(••••)")
    }
}

impl ServerKey {
    pub fn generate() -> Self {
        let mut k = [0u8; 32];
        OsRng.fill_bytes(&mut k);
        Self(k)
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        <[u8; 32]>::try_from(bytes).ok().map(Self)
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    fn mac(&self, purpose: &str, parts: &[&str]) -> HmacSha256 {
        let mut mac = HmacSha256::new_from_slice(&self.0).expect("HMAC accepts any key length");
        mac.update(purpose.as_bytes());
        for p in parts {
            mac.update(&[0]);
            mac.update(p.as_bytes());
        }
        mac
    }

    /// The fingerprint of a one-time code, bound to its flow.
    pub fn code_mac(&self, flow_id: &str, code: &str) -> Vec<u8> {
        self.mac("code", &[flow_id, code])
            .finalize()
            .into_bytes()
            .to_vec()
    }

    /// Compares a code with a stored fingerprint in constant time.
    pub fn code_matches(&self, flow_id: &str, code: &str, stored: &[u8]) -> bool {
        self.mac("code", &[flow_id, code])
            .verify_slice(stored)
            .is_ok()
    }

    /// Deterministic pseudo-random bytes for `input` (decoy channels).
    pub fn derive(&self, purpose: &str, input: &str) -> [u8; 32] {
        self.mac(purpose, &[input]).finalize().into_bytes().into()
    }
}

/// A 256-bit random token, base64url without padding.
pub fn random_token() -> String {
    let mut b = [0u8; 32];
    OsRng.fill_bytes(&mut b);
    URL_SAFE_NO_PAD.encode(b)
}

/// The SHA-256 of a token: what the database stores.
pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// A 6-digit code, uniformly random.
pub fn random_code() -> String {
    format!("{:06}", OsRng.gen_range(0..1_000_000u32))
}

/// A temporary password: 10 characters from an alphabet without look-alikes (no 0/O, 1/l/I),
/// easy to type from an SMS, GSM-7 safe. About 57 bits.
pub fn temporary_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    (0..10)
        .map(|_| char::from(ALPHABET[OsRng.gen_range(0..ALPHABET.len())]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_ascii_digits() {
        for _ in 0..100 {
            let c = random_code();
            assert_eq!(c.len(), 6);
            assert!(c.bytes().all(|b| b.is_ascii_digit()));
        }
    }

    #[test]
    fn a_code_matches_only_its_own_flow() {
        let k = ServerKey::generate();
        let mac = k.code_mac("flow-a", "123456");
        assert!(k.code_matches("flow-a", "123456", &mac));
        assert!(!k.code_matches("flow-b", "123456", &mac));
        assert!(!k.code_matches("flow-a", "123457", &mac));
    }

    #[test]
    fn tokens_are_unique_and_hashed_to_32_bytes() {
        assert_ne!(random_token(), random_token());
        assert_eq!(token_hash("x").len(), 32);
    }
}
