//! The fuzz corpora (`fuzz/corpus/<target>/`) replayed as ordinary tests on the stable
//! toolchain: every input libFuzzer kept, and every seed, goes through the same checks the
//! fuzz targets run (`fuzz/src/checks.rs`, compiled here as a module).

#[path = "../../../fuzz/src/checks.rs"]
mod checks;

use std::path::PathBuf;

/// Runs `check` on every file of `fuzz/corpus/<target>`; returns how many there were.
fn replay(target: &str, check: fn(&[u8])) -> usize {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../../fuzz/corpus/{target}"));
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    entries.sort();
    for path in &entries {
        let data = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "{} fails its fuzz check", path.display());
    }
    entries.len()
}

#[test]
fn every_validators_corpus_input_passes_the_fuzz_checks() {
    let n = replay("validators", checks::validators);
    assert!(n >= 10, "only {n} inputs in fuzz/corpus/validators");
}

#[test]
fn every_request_decoding_corpus_input_passes_the_fuzz_checks() {
    let n = replay("request_decoding", checks::request_decoding);
    assert!(n >= 10, "only {n} inputs in fuzz/corpus/request_decoding");
}
