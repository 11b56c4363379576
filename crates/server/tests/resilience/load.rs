//! Load: 200 concurrent sign-ups of distinct people and, at the same time, 50 of the same
//! person: every person ends with exactly one account, no answer is a 5xx, and the server's
//! peak resident memory stays under a stated bound.

use super::*;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

const DISTINCT: u32 = 200;
const SAME_PERSON: u32 = 50;
/// Person index every one of the 50 same-person sign-ups uses.
const TWIN: u32 = 250;
/// Peak RSS bound of the (debug) server under this load, in MiB. Measured on the 2-core
/// machine: about 34 MiB after start-up, about 80 MiB at the peak of this test (Argon2id:
/// 19 MiB per hash, `concurrent_hashes` = 2, each hashing thread keeping its buffer). Before
/// the hashing threads reused their buffer, this load peaked at 4.5 GiB (one freed buffer kept
/// per blocking-pool thread), then about 400 MiB (glibc's dynamic mmap threshold).
const PEAK_RSS_MIB: u64 = 128;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_and_fifty_concurrent_sign_ups_leave_one_account_per_person_and_no_5xx() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let db = dir.path().join("load.db");
    let log = dir.path().join("server.log");
    let db_arg = db.to_string_lossy().into_owned();
    let mut args = vec!["--demo", "--synthetic", "300", "--db", &db_arg];
    args.extend(GENEROUS);
    let server = ServerProcess::start(free_port(), &log, &[], &args).await;
    let rest_kib = server.peak_rss_kib();
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .pool_max_idle_per_host(300)
        .build()
        .expect("client");

    let pid = server.pid();
    let peak_threads = Arc::new(AtomicU64::new(0));
    let seen = peak_threads.clone();
    let sampler = tokio::spawn(async move {
        // The server's thread count every 50 ms, to tell what a memory peak is made of.
        for _ in 0..2_400 {
            let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) else {
                break;
            };
            let field = |name: &str| -> u64 {
                status
                    .lines()
                    .find_map(|l| l.strip_prefix(name))
                    .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
                    .unwrap_or(0)
            };
            seen.fetch_max(field("Threads:"), Ordering::Relaxed);
            eprintln!(
                "DBG rss {} thr {}",
                field("VmRSS:") / 1024,
                field("Threads:")
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    });
    let started = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..DISTINCT {
        let (http, base) = (http.clone(), server.base.clone());
        tasks.push(tokio::spawn(async move {
            (i, sign_up(&http, &base, i, &phone(i)).await)
        }));
    }
    for n in 0..SAME_PERSON {
        let (http, base) = (http.clone(), server.base.clone());
        tasks.push(tokio::spawn(async move {
            (TWIN, sign_up(&http, &base, TWIN, &phone(1_000 + n)).await)
        }));
    }
    let mut outcomes: BTreeMap<String, usize> = BTreeMap::new();
    let mut twin_created = 0;
    for task in tasks {
        let (i, outcome) = task.await.expect("sign-up task");
        assert!(!outcome.is_server_error(), "person {i}: {outcome:?}");
        if i < DISTINCT {
            assert_eq!(outcome, Outcome::Created, "person {i}");
        } else if outcome == Outcome::Created {
            twin_created += 1;
        } else {
            assert!(
                matches!(&outcome, Outcome::Refused { code, .. } if code == "account_exists"),
                "the same person: {outcome:?}"
            );
        }
        *outcomes.entry(format!("{outcome:?}")).or_default() += 1;
    }
    let elapsed = started.elapsed();
    let peak_kib = server.peak_rss_kib();
    sampler.abort();
    server.stop();

    assert_eq!(
        twin_created, 1,
        "the same person's 50 sign-ups: exactly one succeeds"
    );
    let accounts = stored_accounts(&db);
    assert_eq!(accounts.len(), (DISTINCT + 1) as usize, "{outcomes:?}");
    assert_whole(&accounts);
    for i in (0..DISTINCT).chain([TWIN]) {
        assert_eq!(
            accounts
                .iter()
                .filter(|a| a.account_id == account_id(i))
                .count(),
            1,
            "person {i}"
        );
    }
    eprintln!(
        "load test: {} sign-ups in {:.1} s, peak RSS {} MiB (at rest {} MiB), peak threads {}, outcomes {outcomes:?}",
        DISTINCT + SAME_PERSON,
        elapsed.as_secs_f64(),
        peak_kib / 1024,
        rest_kib / 1024,
        peak_threads.load(Ordering::Relaxed)
    );
    assert!(
        peak_kib / 1024 < PEAK_RSS_MIB,
        "peak RSS {} MiB ≥ {PEAK_RSS_MIB} MiB",
        peak_kib / 1024
    );
    assert!(elapsed < Duration::from_secs(120), "took {elapsed:?}");
}
