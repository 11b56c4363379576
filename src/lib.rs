//! MaCNSS, the app: create a CNSS online account, sign in, recover a forgotten password.
//!
//! - [`flows`]: the pure state machines (no Dioxus, no I/O).
//! - [`services`]: the HTTP API client and the keychain session store, behind traits.
//! - [`i18n`]: Fluent translations (fr, ar, en) and text direction.
//! - [`app`], [`views`], [`components`]: the Dioxus UI, thin over the flows.
//! - [`platform`]: the Rust side of the native glue on phones (Android back button, SMS code).
//!
//! `main.rs` is the one wiring point that picks the platform's services.

pub mod app;
pub mod components;
pub mod flows;
pub mod i18n;
pub mod platform;
pub mod services;
pub mod views;
