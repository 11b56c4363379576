//! The MaCNSS wire contract, shared by the app and the reference server so the two can never
//! disagree: every operation declared once ([`operations`]: method, path, input and output,
//! authentication, idempotency, refusals), their paths and headers ([`routes`]), their bodies
//! ([`types`]), the attestations and their signed statements ([`attestation`]), the inbox's messages ([`inbox`]), push notifications ([`push`]), the private space's records ([`records`]) and the benefit rules computed from
//! them ([`benefits`]), the one error body and its codes ([`error`]), and the input validators
//! ([`validate`]).
//!
//! No I/O here: the crate compiles for wasm32, Android and iOS.

pub mod account;
pub mod attestation;
pub mod benefits;
pub mod error;
pub mod inbox;
pub mod operations;
pub mod push;
pub mod records;
pub mod routes;
#[cfg(feature = "openapi")]
pub mod schema;
pub mod types;
pub mod validate;

pub use error::{ErrorCode, FieldError, PROBLEM_CONTENT_TYPE, Problem};
pub use validate::ValidationError;
