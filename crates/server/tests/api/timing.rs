//! Enumeration by timing: an unknown identifier must not answer measurably faster (or slower)
//! than a known one, at sign-in and at «Mot de passe oublié». Status, body and headers are
//! compared by `session::an_unknown_identifier_and_a_wrong_password_get_the_same_answer` and
//! `recovery::an_unknown_identifier_gets_an_answer_indistinguishable_from_a_known_one`; these
//! tests add the clock.
//!
//! Method: requests for the two cases interleaved (so machine load hits both alike), the
//! median of each, compared with a stated tolerance that is loose enough for a busy 2-core CI
//! machine and tight enough to catch the leak it guards against:
//! - sign-in: medians within a factor of 2. Skipping the dummy Argon2id hash for an unknown
//!   identifier would make it ≥ 10× faster (no hash against one 19 MiB hash).
//! - recovery: medians within 10 ms of each other or within a factor of 2 (both answers are
//!   database look-ups and HMACs, a few milliseconds; the rule catches a slow path that only
//!   one side takes, such as sending a message synchronously).

use super::helpers::*;
use macnss_server::Config;
use serde_json::json;
use std::time::{Duration, Instant};

/// Requests per case (the first of each is a warm-up and not counted).
const SAMPLES: usize = 9;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

async fn timed(app: &TestApp, path: &str, body: serde_json::Value) -> (Duration, Answer) {
    let t = Instant::now();
    let a = app.post(path, body).await;
    (t.elapsed(), a)
}

/// Medians of two interleaved series of requests; asserts every answer has `status`.
async fn medians(
    app: &TestApp,
    path: &str,
    a: impl Fn(usize) -> serde_json::Value,
    b: impl Fn(usize) -> serde_json::Value,
    status: u16,
) -> (Duration, Duration) {
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    for n in 0..=SAMPLES {
        let (da, ra) = timed(app, path, a(n)).await;
        let (db, rb) = timed(app, path, b(n)).await;
        assert_eq!(ra.status.as_u16(), status, "{}", ra.body);
        assert_eq!(rb.status.as_u16(), status, "{}", rb.body);
        if n > 0 {
            ta.push(da);
            tb.push(db);
        }
    }
    (median(ta), median(tb))
}

fn ratio(a: Duration, b: Duration) -> f64 {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    hi.as_secs_f64() / lo.as_secs_f64().max(1e-6)
}

#[tokio::test]
async fn sign_in_takes_as_long_for_an_unknown_identifier_as_for_a_wrong_password() {
    let mut config = Config::for_tests();
    // Enough free failures that no answer turns into a slow-down during the measurement.
    config.limits.sign_in_free_failures = 100;
    let app = spawn_with(config).await;
    let (known, unknown) = medians(
        &app,
        "/v1/session",
        |n| json!({"identifier": OMAR_ID, "password": format!("not the password {n}")}),
        // A different unknown identifier each time, as an enumerator would try.
        |n| json!({"identifier": format!("{}", 911_111_110 + n), "password": format!("not the password {n}")}),
        401,
    )
    .await;
    eprintln!("sign-in medians: known {known:?}, unknown {unknown:?}");
    assert!(
        ratio(known, unknown) < 2.0,
        "known {known:?} vs unknown {unknown:?}: more than a factor of 2 apart"
    );
}

#[tokio::test]
async fn recovery_takes_as_long_for_an_unknown_identifier_as_for_a_known_one() {
    let app = spawn_app().await;
    let close =
        |a: Duration, b: Duration| a.abs_diff(b) < Duration::from_millis(10) || ratio(a, b) < 2.0;

    let (known, unknown) = medians(
        &app,
        "/v1/recovery/start",
        |_| json!({"identifier": OMAR_ID}),
        |n| json!({"identifier": format!("{}", 922_222_220 + n)}),
        200,
    )
    .await;
    eprintln!("recovery start medians: known {known:?}, unknown {unknown:?}");
    assert!(
        close(known, unknown),
        "start: known {known:?} vs unknown {unknown:?}"
    );

    // Sending: the known identifier really enqueues an SMS, the unknown one sends nothing.
    // Each send needs its own flow (cooldown), and sends per identity are capped at 5 an hour:
    // measure 5 of each, with the clock moved an hour on between rounds.
    let (mut tk, mut tu) = (Vec::new(), Vec::new());
    for n in 0..5 {
        if n > 0 {
            app.advance(3_601).await;
        }
        let k = app
            .post("/v1/recovery/start", json!({"identifier": OMAR_ID}))
            .await;
        let u = app
            .post(
                "/v1/recovery/start",
                json!({"identifier": format!("{}", 933_333_330 + n)}),
            )
            .await;
        let (dk, rk) = timed(
            &app,
            "/v1/recovery/send",
            json!({"recovery_id": k.body["recovery_id"], "channel": "sms"}),
        )
        .await;
        let (du, ru) = timed(
            &app,
            "/v1/recovery/send",
            json!({"recovery_id": u.body["recovery_id"], "channel": "sms"}),
        )
        .await;
        rk.assert_ok();
        ru.assert_ok();
        tk.push(dk);
        tu.push(du);
    }
    let (known, unknown) = (median(tk), median(tu));
    eprintln!("recovery send medians: known {known:?}, unknown {unknown:?}");
    assert!(
        close(known, unknown),
        "send: known {known:?} vs unknown {unknown:?}"
    );
}
