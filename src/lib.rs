//! MaCNSS, the app: create a CNSS online account, sign in, recover a forgotten password.
//!
//! - [`flows`]: the pure state machines (no Dioxus, no I/O).
//! - [`i18n`]: Fluent translations (fr, ar, en) and text direction.
//!
//! `main.rs` is the one wiring point that picks the platform's services.

pub mod flows;
pub mod i18n;
