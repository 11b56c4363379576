//! The HTTP handlers, one module per area of the API. Each handler validates its body with
//! the contract crate's `validate()` (the same code the app runs), then does its work in one
//! database transaction on a blocking thread.

pub mod account;
pub mod attestations;
pub mod bank;
pub mod dev;
pub mod inbox;
pub mod meta;
pub mod push;
pub mod recovery;
pub mod session;
pub mod signup;
pub mod space;
