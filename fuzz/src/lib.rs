//! The fuzz targets' checks, shared with the corpus replay test of `macnss-api`
//! (`crates/api/tests/fuzz_corpus.rs` compiles `checks.rs` directly).

pub mod checks;
