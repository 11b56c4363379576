//! Fuzz target: decoding of every request and response body of the contract, then validation.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| macnss_fuzz::checks::request_decoding(data));
