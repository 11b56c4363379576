//! Fuzz target: every validator and normaliser of `macnss_api::validate` on arbitrary input.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| macnss_fuzz::checks::validators(data));
