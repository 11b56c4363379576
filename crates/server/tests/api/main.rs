//! End-to-end tests of the reference server over real HTTP: each test starts its own server
//! in-process on a free port with a fresh in-memory database (`Config::for_tests()`:
//! production limits, demo registry, 100 synthetic people) unless it says otherwise.

mod helpers;

mod account;
mod attestations;
mod bad_input;
mod bank;
mod inbox;
mod meta;
mod operations;
mod push;
mod recovery;
mod session;
mod signup;
mod space;
mod timing;
mod web;
