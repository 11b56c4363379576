//! SIGKILL while sign-ups are in flight, several times, then restart on the same database:
//! every sign-up that got its success answer exists, none twice, none half-created, and no
//! answer was ever a 5xx (SQLite busy or locked included).

use super::*;
use std::collections::{BTreeMap, BTreeSet};

/// Sign-ups started at once in each round.
const IN_FLIGHT: u32 = 40;
/// Rounds that end with a SIGKILL.
const KILLS: u32 = 4;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sign_ups_answered_before_a_sigkill_survive_it_whole_and_once() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let db = dir.path().join("kill.db");
    let log = dir.path().join("server.log");
    let db_arg = db.to_string_lossy().into_owned();
    let port = free_port();
    let mut args = vec!["--demo", "--synthetic", "200", "--db", &db_arg];
    args.extend(GENEROUS);
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client");

    // Everyone who has not got an answer yet tries again in the next round, with a new number
    // (a person whose number was cut off mid-code would do the same).
    let people: Vec<u32> = (0..IN_FLIGHT).collect();
    let mut created: BTreeSet<u32> = BTreeSet::new();
    let mut exists_without_answer: BTreeSet<u32> = BTreeSet::new();
    let mut outcomes: BTreeMap<String, usize> = BTreeMap::new();
    let mut attempt = 0u32;
    let started = Instant::now();

    for round in 0..=KILLS {
        let server = ServerProcess::start(port, &log, &[], &args).await;
        let mut tasks = Vec::new();
        for &i in people
            .iter()
            .filter(|i| !created.contains(i) && !exists_without_answer.contains(i))
        {
            attempt += 1;
            let (http, base, phone) = (http.clone(), server.base.clone(), phone(attempt));
            tasks.push(tokio::spawn(async move {
                (i, sign_up(&http, &base, i, &phone).await)
            }));
        }
        let survivor = if round < KILLS {
            // Kill while the sign-ups are between their steps: 150 to 600 ms in, by round.
            tokio::time::sleep(Duration::from_millis(150 + 150 * u64::from(round))).await;
            server.kill();
            None
        } else {
            Some(server)
        };
        for task in tasks {
            let (i, outcome) = task.await.expect("sign-up task");
            assert!(!outcome.is_server_error(), "person {i}: {outcome:?}");
            let key = match &outcome {
                Outcome::Created => "created".to_owned(),
                Outcome::Refused { step, code, .. } => format!("{step}: {code}"),
                Outcome::NoAnswer { step } => format!("{step}: no answer"),
            };
            *outcomes.entry(key).or_default() += 1;
            match outcome {
                Outcome::Created => {
                    assert!(created.insert(i), "person {i} created twice");
                }
                // The account was committed but the answer died with the process.
                Outcome::Refused { code, .. } if code == "account_exists" => {
                    exists_without_answer.insert(i);
                }
                _ => {}
            }
        }
        if let Some(server) = survivor {
            server.stop();
        }
    }

    let accounts = stored_accounts(&db);
    let ids: BTreeSet<String> = accounts.iter().map(|a| a.account_id.clone()).collect();
    assert_eq!(ids.len(), accounts.len(), "an account is stored twice");
    for i in &created {
        assert!(
            ids.contains(&account_id(*i)),
            "person {i} was told the account exists, yet it is not stored"
        );
    }
    assert_whole(&accounts);
    // After the last (unkilled) round everyone has exactly one account.
    assert_eq!(
        accounts.len(),
        people.len(),
        "outcomes: {outcomes:?}; created {created:?}"
    );
    let no_answer: usize = outcomes
        .iter()
        .filter(|(k, _)| k.ends_with("no answer"))
        .map(|(_, n)| n)
        .sum();
    assert!(
        no_answer > 0,
        "no sign-up was in flight at any SIGKILL; outcomes: {outcomes:?}"
    );
    eprintln!(
        "kill test: {KILLS} SIGKILLs, {attempt} sign-up attempts, {} accounts, outcomes {outcomes:?}, {:.1} s",
        accounts.len(),
        started.elapsed().as_secs_f64()
    );
}
