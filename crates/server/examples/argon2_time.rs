//! The server's sign-in bound for `scripts/bench`: times `passwords::verify_now` (the function
//! the hashing threads run for every sign-in, same Argon2id parameters) on the calling thread,
//! and prints the median in milliseconds as JSON. The bench pins it to the server's core with
//! `taskset`, so 1 ÷ median is the most sign-ins per second that core can do.
//!
//! `cargo run --release -p macnss-server --features bench --example argon2_time -- [N]`

use macnss_server::passwords::{hash_now, verify_now};
use std::time::Instant;

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(15);
    let password = "Tajine aux pruneaux 2026";
    let phc = match hash_now(password) {
        Ok(phc) => phc,
        Err(e) => {
            eprintln!("hash failed: {e}");
            std::process::exit(1);
        }
    };
    // One warm-up (the thread's 19 MiB buffer is allocated once, as in the server).
    let _ = verify_now(password, &phc);
    let mut ms: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            assert!(verify_now(password, &phc), "verification failed");
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    ms.sort_by(f64::total_cmp);
    let median = ms[ms.len() / 2];
    eprintln!(
        "argon2id verify: median {median:.1} ms over {} runs",
        ms.len()
    );
    #[allow(clippy::print_stdout)]
    {
        println!(
            "{{\"runs\":{},\"median_ms\":{median:.3},\"min_ms\":{:.3},\"max_ms\":{:.3}}}",
            ms.len(),
            ms[0],
            ms[ms.len() - 1]
        );
    }
}
