//! Attestations per second on one core, and bytes per document, for `scripts/bench`: signs
//! and writes the PDF of each kind of attestation (the code path of `POST /v1/attestations`
//! after the records are read: `sign_statement`, then `page::document` and `pdf::render`), on
//! the calling thread, and prints JSON. The bench pins it to one core with `taskset`.
//!
//! `cargo run --release -p macnss-server --features bench --example attestation_rate -- [N]`

use chrono::NaiveDate;
use macnss_api::attestation::{
    Facts, Period, STATEMENT_VERSION, Statement, mask_id, sign_statement,
};
use macnss_api::records::{Centimes, Relation, YearMonth};
use macnss_server::attestations::{page, pdf};
use std::time::Instant;

fn statements() -> Vec<Statement> {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    let month = |m| YearMonth::new(2026, m).unwrap_or_else(|_| YearMonth::of(day(2026, 1, 1)));
    let facts = [
        Facts::Immatriculation {
            since: Some(day(2009, 3, 1)),
        },
        Facts::SalaryDeclaration {
            period: Period {
                from: month(1),
                to: month(11),
            },
            months: 11,
            days: 286,
            salary: Centimes::dirhams(103_400),
        },
        Facts::AmoRights {
            beneficiary: "Yasmine".into(),
            relation: Relation::Child,
            open: true,
            until: Some(day(2027, 3, 31)),
        },
        Facts::FamilyAllowances {
            receiving: true,
            children: 2,
            monthly: Centimes::dirhams(600),
        },
        Facts::Pension {
            monthly: Centimes::dirhams(3_100),
            since: day(2020, 1, 1),
        },
    ];
    facts
        .into_iter()
        .enumerate()
        .map(|(i, facts)| Statement {
            version: STATEMENT_VERSION,
            id: format!("{i:0>43}"),
            reference: format!("AT-2026-BENC-H00{i}"),
            issued_on: day(2026, 12, 2),
            holder: "Omar Tazi".into(),
            immatriculation: "678901234".into(),
            masked_id: mask_id("BK123456"),
            facts,
        })
        .collect()
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(40);
    let all = statements();
    let secret = [7u8; 32];
    let mut sizes = Vec::new();
    let render = |s: &Statement| -> usize {
        let code = sign_statement(s, "YmVuY2g", &secret);
        match pdf::render(&page::document(
            s,
            &code,
            "YmVuY2g",
            "https://macnss.example",
        )) {
            Ok(bytes) => bytes.len(),
            Err(e) => {
                eprintln!("render failed: {e}");
                std::process::exit(1);
            }
        }
    };
    // Warm-up: fonts parsed, caches filled, as in a running server.
    for s in &all {
        sizes.push(render(s));
    }
    let t = Instant::now();
    for i in 0..runs.max(1) {
        render(&all[i % all.len()]);
    }
    let seconds = t.elapsed().as_secs_f64();
    let per_second = runs.max(1) as f64 / seconds;
    let mean = sizes.iter().sum::<usize>() as f64 / sizes.len() as f64;
    let max = sizes.iter().copied().max().unwrap_or(0);
    eprintln!(
        "attestations: {per_second:.1} per second on one core; {mean:.0} bytes on average, {max} at most"
    );
    #[allow(clippy::print_stdout)]
    {
        println!(
            "{{\"documents_per_second\":{per_second:.2},\"mean_bytes\":{mean:.0},\"max_bytes\":{max},\"runs\":{runs}}}"
        );
    }
}
