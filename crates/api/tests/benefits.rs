//! The benefit rules of `macnss_api::benefits`, as tables at every boundary: this file is
//! their spec (DOMAIN.md, "Private space").
//!
//! - The window: "N days in the last M months" counts the M complete calendar months before
//!   the reference date's month; the current month never counts, nor does a later one.
//! - Each rule exactly at its threshold, one below and one above: IJ maladie (54 days in 6
//!   months), family allowances (108 days in 6 months and an average salary of at least 60 % of
//!   the SMIG, rounded up to the centime), IPE (780 days in 36 months, 260 of them in the last
//!   12), old-age pension (age 60, 3,240 days over the career).
//! - `days_missing`: the largest shortfall of the day-count conditions only.
//! - The dated parameter sets, the allowance per child's rank, a child's age limits, ages.
//! - The JSON of `Eligibility`, `Condition` and `Rule`, pinned.
//! - Properties: a longer window never counts less, never more than the whole career, and a
//!   further declaration never unmeets a condition.

use chrono::NaiveDate;
use macnss_api::benefits::{
    Benefit, ChildSituation, Condition, Eligibility, PARAMETERS, Parameters, Rule, age_on,
    child_counts, eligibility, family_allowance, job_loss_reference, parameters_on, totals,
};
use macnss_api::records::{Centimes, Declaration, Totals, YearMonth};
use proptest::prelude::*;
use serde_json::json;

// --- helpers -----------------------------------------------------------------------------------

fn day(s: &str) -> NaiveDate {
    s.parse()
        .unwrap_or_else(|e| panic!("{s} is not a YYYY-MM-DD date: {e}"))
}

fn month(s: &str) -> YearMonth {
    s.parse()
        .unwrap_or_else(|e| panic!("{s} is not a YYYY-MM month: {e}"))
}

fn declaration(month: YearMonth, days: u32, salary: i64) -> Declaration {
    Declaration {
        month,
        employer_id: "1234567".into(),
        employer_name: "Atlas Textiles SARL".into(),
        days,
        salary: Centimes(salary),
    }
}

/// The month `back` months before `as_of`'s month (1: the last complete month).
fn back(as_of: NaiveDate, back: i32) -> YearMonth {
    YearMonth::of(as_of).plus(-back)
}

/// `days` declared days spread over the months `oldest` to `newest` months before `as_of`'s
/// month, 26 a month (CNSS's maximum) from the oldest month on, the last one taking the rest;
/// `salary` centimes in all, shared evenly (the first declaration takes the remainder).
fn spread(as_of: NaiveDate, oldest: i32, newest: i32, days: u32, salary: i64) -> Vec<Declaration> {
    assert!(oldest >= newest && newest >= 1);
    let mut out = Vec::new();
    let mut left = days;
    let mut b = oldest;
    while left > 0 {
        assert!(
            b >= newest,
            "{days} days do not fit in {oldest}..={newest} months back"
        );
        let d = left.min(26);
        out.push(declaration(back(as_of, b), d, 0));
        left -= d;
        b -= 1;
    }
    if salary != 0 {
        if out.is_empty() {
            out.push(declaration(back(as_of, newest), 0, 0));
        }
        let n = out.len() as i64;
        for d in &mut out {
            d.salary = Centimes(salary / n);
        }
        out[0].salary = Centimes(salary - (n - 1) * (salary / n));
    }
    out
}

/// Declarations no window ever counts on `as_of`: the current month and the next.
fn never_counted(as_of: NaiveDate) -> Vec<Declaration> {
    vec![
        declaration(back(as_of, 0), 26, 9_000_000),
        declaration(back(as_of, -1), 26, 9_000_000),
    ]
}

fn benefit(list: &[Eligibility], b: Benefit) -> &Eligibility {
    list.iter()
        .find(|e| e.benefit == b)
        .unwrap_or_else(|| panic!("no {b:?} in {list:?}"))
}

const BIRTH: &str = "1990-03-15";
const AS_OF: &str = "2026-12-02";

// --- the window ------------------------------------------------------------------------------

/// (reference date, months (`None`: the career), declared month, counted).
const WINDOW: &[(&str, Option<u32>, &str, bool)] = &[
    // The module's example: on 2026-12-02 the last 6 months are 2026-06 to 2026-11.
    ("2026-12-02", Some(6), "2026-05", false),
    ("2026-12-02", Some(6), "2026-06", true),
    ("2026-12-02", Some(6), "2026-09", true),
    ("2026-12-02", Some(6), "2026-11", true),
    ("2026-12-02", Some(6), "2026-12", false),
    ("2026-12-02", Some(6), "2027-01", false),
    // The day of the month does not move the window.
    ("2026-12-01", Some(6), "2026-05", false),
    ("2026-12-01", Some(6), "2026-06", true),
    ("2026-12-01", Some(6), "2026-12", false),
    ("2026-12-31", Some(6), "2026-05", false),
    ("2026-12-31", Some(6), "2026-06", true),
    ("2026-12-31", Some(6), "2026-11", true),
    ("2026-12-31", Some(6), "2026-12", false),
    // Across a year: on a January day, December of the year before is the last month.
    ("2027-01-15", Some(6), "2026-06", false),
    ("2027-01-15", Some(6), "2026-07", true),
    ("2027-01-15", Some(6), "2026-12", true),
    ("2027-01-15", Some(6), "2027-01", false),
    ("2027-01-01", Some(1), "2026-11", false),
    ("2027-01-01", Some(1), "2026-12", true),
    ("2027-01-01", Some(1), "2027-01", false),
    ("2027-01-31", Some(12), "2025-12", false),
    ("2027-01-31", Some(12), "2026-01", true),
    ("2027-01-31", Some(12), "2026-12", true),
    ("2027-01-31", Some(36), "2023-12", false),
    ("2027-01-31", Some(36), "2024-01", true),
    ("2026-12-02", Some(36), "2023-11", false),
    ("2026-12-02", Some(36), "2023-12", true),
    ("2026-12-02", Some(12), "2025-11", false),
    ("2026-12-02", Some(12), "2025-12", true),
    // No month at all.
    ("2026-12-02", Some(0), "2026-11", false),
    ("2026-12-02", Some(0), "2026-12", false),
    // The whole career, still without the current month.
    ("2026-12-02", None, "1900-01", true),
    ("2026-12-02", None, "2026-11", true),
    ("2026-12-02", None, "2026-12", false),
    ("2026-12-02", None, "2999-12", false),
    ("2027-01-01", None, "2026-12", true),
    ("2027-01-01", None, "2027-01", false),
];

#[test]
fn a_window_counts_the_complete_months_before_the_reference_month() {
    for &(as_of, months, m, counted) in WINDOW {
        let got = totals(&[declaration(month(m), 7, 12_345)], day(as_of), months);
        let want = if counted {
            Totals {
                days: 7,
                salary: Centimes(12_345),
            }
        } else {
            Totals::default()
        };
        assert_eq!(
            got, want,
            "on {as_of}, {months:?} months, a declaration of {m}"
        );
    }
}

#[test]
fn the_last_6_months_on_2026_12_02_are_2026_06_to_2026_11_exactly() {
    let as_of = day(AS_OF);
    let first = month("2025-01");
    let counted: Vec<String> = (0..36)
        .map(|i| first.plus(i))
        .filter(|&m| totals(&[declaration(m, 1, 1)], as_of, Some(6)).days == 1)
        .map(|m| m.to_string())
        .collect();
    assert_eq!(
        counted,
        [
            "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"
        ]
    );
}

#[test]
fn totals_add_the_days_and_salaries_of_every_employer_in_the_window() {
    let as_of = day(AS_OF);
    let mut declarations: Vec<_> = (0..24)
        .map(|i| declaration(month("2025-01").plus(i), 10, 100_000))
        .collect();
    // A second employer in November.
    declarations.push(declaration(month("2026-11"), 8, 50_000));
    let t = |months| totals(&declarations, as_of, months);
    assert_eq!(
        t(Some(6)),
        Totals {
            days: 6 * 10 + 8,
            salary: Centimes(6 * 100_000 + 50_000)
        }
    );
    assert_eq!(t(Some(1)).days, 18);
    // 2025-01..=2026-11: 23 months; 2026-12 is the current month.
    assert_eq!(t(Some(23)).days, 23 * 10 + 8);
    assert_eq!(t(Some(36)), t(Some(23)));
    assert_eq!(t(None), t(Some(23)));
    assert_eq!(t(Some(u32::MAX)), t(None));
    assert_eq!(t(Some(0)), Totals::default());
    assert_eq!(totals(&[], as_of, None), Totals::default());
}

#[test]
fn a_window_of_any_length_is_a_window() {
    // More months than an i32 holds: still the whole career, neither an empty window (a
    // wrapped month count) nor a panic.
    let as_of = day(AS_OF);
    let declarations = [
        declaration(month("1900-01"), 26, 1),
        declaration(month("2026-11"), 26, 1),
    ];
    let whole = totals(&declarations, as_of, None);
    assert_eq!(whole.days, 52);
    for m in [
        1_000_000,
        i32::MAX as u32 - 1,
        i32::MAX as u32,
        i32::MAX as u32 + 1,
        i32::MAX as u32 + 2,
        u32::MAX - 1,
        u32::MAX,
    ] {
        assert_eq!(totals(&declarations, as_of, Some(m)), whole, "{m} months");
    }
}

#[test]
fn totals_saturate_instead_of_overflowing() {
    // Days and salaries beyond any real career (a declaration read off the wire is not
    // checked): the totals stop at the largest value instead of panicking or wrapping round to
    // a small number.
    let as_of = day(AS_OF);
    let big = [
        declaration(month("2026-10"), u32::MAX, i64::MAX),
        declaration(month("2026-11"), 26, 1),
    ];
    assert_eq!(
        totals(&big, as_of, None),
        Totals {
            days: u32::MAX,
            salary: Centimes(i64::MAX)
        }
    );
}

// --- IJ maladie: 54 days in 6 months ---------------------------------------------------------

#[test]
fn daily_sickness_needs_54_days_in_the_last_6_months() {
    let as_of = day(AS_OF);
    let p = parameters_on(as_of);
    // (days in the 6 months, eligible, days missing)
    for (days, eligible, missing) in [
        (0, false, 54),
        (1, false, 53),
        (53, false, 1),
        (54, true, 0),
        (55, true, 0),
        (156, true, 0),
    ] {
        let mut declarations = spread(as_of, 6, 1, days, 0);
        // 26 days one month before the window, in the current month and the next: never
        // counted.
        declarations.push(declaration(back(as_of, 7), 26, 0));
        declarations.extend(never_counted(as_of));
        let all = eligibility(&declarations, day(BIRTH), as_of, p);
        let e = benefit(&all, Benefit::DailySickness);
        assert_eq!(
            (e.eligible, e.days_missing),
            (eligible, missing),
            "{days} days"
        );
        assert_eq!(
            e.conditions,
            [Condition {
                rule: Rule::DaysWithin { months: 6 },
                required: 54,
                actual: i64::from(days),
                met: eligible,
            }],
            "{days} days"
        );
    }
}

#[test]
fn daily_sickness_counts_days_at_the_window_edges() {
    let as_of = day(AS_OF);
    let p = parameters_on(as_of);
    // 28 days in 2026-06 (two employers) and 26 in 2026-11: 54, exactly.
    let edges = vec![
        declaration(month("2026-06"), 20, 0),
        declaration(month("2026-06"), 8, 0),
        declaration(month("2026-11"), 26, 0),
    ];
    let e = |d: &[Declaration]| {
        benefit(
            &eligibility(d, day(BIRTH), as_of, p),
            Benefit::DailySickness,
        )
        .clone()
    };
    assert!(e(&edges).eligible);
    // The same 28 days a month earlier (2026-05) are outside: 26 + 0.
    let early = vec![
        declaration(month("2026-05"), 20, 0),
        declaration(month("2026-05"), 8, 0),
        declaration(month("2026-11"), 26, 0),
    ];
    assert_eq!((e(&early).eligible, e(&early).days_missing), (false, 28));
    // The 26 days of November counted in December instead (the current month): 28 only.
    let late = vec![
        declaration(month("2026-06"), 20, 0),
        declaration(month("2026-06"), 8, 0),
        declaration(month("2026-12"), 26, 0),
    ];
    assert_eq!((e(&late).eligible, e(&late).days_missing), (false, 26));
}

// --- Family allowances: 108 days in 6 months and 60 % of the SMIG ---------------------------

/// 60 % of the 2026 set's SMIG (342,272 centimes): 205,363.2, rounded up.
const SIXTY_PERCENT_2026: i64 = 205_364;

#[test]
fn family_allowances_need_108_days_in_the_last_6_months() {
    let as_of = day(AS_OF);
    let p = parameters_on(as_of);
    let salary = 6 * 400_000; // well above 60 % of the SMIG
    for (days, eligible, missing) in [
        (0, false, 108),
        (107, false, 1),
        (108, true, 0),
        (109, true, 0),
        (156, true, 0),
    ] {
        let mut declarations = spread(as_of, 6, 1, days, salary);
        declarations.push(declaration(back(as_of, 7), 26, 0));
        declarations.extend(never_counted(as_of));
        let all = eligibility(&declarations, day(BIRTH), as_of, p);
        let e = benefit(&all, Benefit::FamilyAllowances);
        assert_eq!(
            (e.eligible, e.days_missing),
            (eligible, missing),
            "{days} days"
        );
        assert_eq!(
            e.conditions[0],
            Condition {
                rule: Rule::DaysWithin { months: 6 },
                required: 108,
                actual: i64::from(days),
                met: eligible,
            },
            "{days} days"
        );
        assert!(e.conditions[1].met, "{days} days");
    }
}

#[test]
fn family_allowances_need_an_average_salary_of_60_percent_of_the_smig_rounded_up() {
    let as_of = day(AS_OF);
    let p = parameters_on(as_of);
    assert_eq!(p.smig_monthly, Centimes(342_272));
    let r = SIXTY_PERCENT_2026;
    // (salary declared over the 6 months, the average, met)
    for (total, average, met) in [
        (0, 0, false),
        // 205,363 is 60 % rounded down: a centime below 205,363.2, so short.
        (6 * (r - 1), r - 1, false),
        (6 * r - 1, r - 1, false),
        (6 * r, r, true),
        (6 * r + 1, r, true),
        (6 * (r + 1), r + 1, true),
        (6 * 342_272, 342_272, true),
    ] {
        let mut declarations = spread(as_of, 6, 1, 156, total);
        declarations.extend(never_counted(as_of));
        let all = eligibility(&declarations, day(BIRTH), as_of, p);
        let e = benefit(&all, Benefit::FamilyAllowances);
        assert_eq!(
            e.conditions[1],
            Condition {
                rule: Rule::SalaryShareOfSmig {
                    percent: 60,
                    months: 6
                },
                required: r,
                actual: average,
                met,
            },
            "{total} centimes over 6 months"
        );
        // The days are there: the salary decides, and a short salary is no day missing.
        assert_eq!((e.eligible, e.days_missing), (met, 0), "{total} centimes");
    }
}

#[test]
fn sixty_percent_of_the_smig_is_rounded_up_to_the_centime() {
    let as_of = day(AS_OF);
    // (monthly SMIG, 60 % of it rounded up)
    for (smig, required) in [
        (342_272, 205_364), // 205,363.2
        (326_610, 195_966), // exact
        (300_000, 180_000), // exact
        (300_001, 180_001), // 180,000.6
        (300_002, 180_002), // 180,001.2
        (300_003, 180_002), // 180,001.8
        (300_005, 180_003), // exact
        (1, 1),             // 0.6
        (0, 0),
    ] {
        let p = Parameters {
            smig_monthly: Centimes(smig),
            ..parameters_on(as_of).clone()
        };
        let c = |average: i64| {
            let declarations = spread(as_of, 6, 1, 156, 6 * average);
            benefit(
                &eligibility(&declarations, day(BIRTH), as_of, &p),
                Benefit::FamilyAllowances,
            )
            .conditions[1]
        };
        assert_eq!(c(required).required, required, "SMIG {smig}");
        assert!(c(required).met, "SMIG {smig}: {required} is enough");
        if required > 0 {
            assert!(
                !c(required - 1).met,
                "SMIG {smig}: {} is short",
                required - 1
            );
        }
        assert!(c(required + 1).met, "SMIG {smig}");
    }
}

#[test]
fn the_family_salary_is_averaged_over_all_6_months() {
    let as_of = day(AS_OF);
    let p = parameters_on(as_of);
    let r = SIXTY_PERCENT_2026;
    let salary = |declarations: &[Declaration]| {
        benefit(
            &eligibility(declarations, day(BIRTH), as_of, p),
            Benefit::FamilyAllowances,
        )
        .conditions[1]
    };
    // One month at the threshold and five without salary: a sixth of it.
    let one = [declaration(month("2026-11"), 26, r)];
    assert_eq!((salary(&one).actual, salary(&one).met), (r / 6, false));
    // The 6 months' worth in one month: enough.
    let lump = [declaration(month("2026-11"), 26, 6 * r)];
    assert_eq!((salary(&lump).actual, salary(&lump).met), (r, true));
    // Salary of the current month or of the month before the window does not count.
    let outside = [
        declaration(month("2026-05"), 26, 6 * r),
        declaration(month("2026-12"), 26, 6 * r),
    ];
    assert_eq!((salary(&outside).actual, salary(&outside).met), (0, false));
}

#[test]
fn family_days_missing_counts_the_days_only() {
    let as_of = day(AS_OF);
    let p = parameters_on(as_of);
    // 100 days and a salary too low: 8 days missing, not the centimes.
    let declarations = spread(as_of, 6, 1, 100, 6 * 1_000);
    let all = eligibility(&declarations, day(BIRTH), as_of, p);
    let e = benefit(&all, Benefit::FamilyAllowances);
    assert_eq!(
        (
            e.eligible,
            e.days_missing,
            e.conditions[0].met,
            e.conditions[1].met
        ),
        (false, 8, false, false)
    );
}

// --- IPE: 780 days in 36 months, 260 of them in the last 12 ---------------------------------

#[test]
fn job_loss_needs_780_days_in_36_months_and_260_in_the_last_12() {
    let as_of = day(AS_OF);
    let p = parameters_on(as_of);
    // (days in months 13 to 36 back, days in the last 12 months, eligible, days missing)
    for (older, recent, eligible, missing) in [
        (520, 260, true, 0),    // 780 and 260: both exactly
        (519, 260, false, 1),   // 779
        (521, 260, true, 0),    // 781
        (521, 259, false, 1),   // 780, but 259 recent
        (519, 261, true, 0),    // 780 with 261 recent
        (520, 259, false, 1),   // 779 and 259: the larger shortfall, not the sum
        (0, 312, false, 468),   // every recent day, nothing before
        (624, 0, false, 260),   // every older day, nothing recent: 156 and 260 short
        (624, 156, false, 104), // 780, but only 156 recent
        (0, 0, false, 780),
    ] {
        let mut declarations = spread(as_of, 36, 13, older, 0);
        declarations.extend(spread(as_of, 12, 1, recent, 0));
        // Still declared last month (with no days): judged as of today, not at a loss.
        declarations.push(declaration(back(as_of, 1), 0, 0));
        // 26 days in the 37th month back, and in the current month and the next: never counted.
        declarations.push(declaration(back(as_of, 37), 26, 0));
        declarations.extend(never_counted(as_of));
        let all = eligibility(&declarations, day(BIRTH), as_of, p);
        let e = benefit(&all, Benefit::JobLoss);
        let total = older + recent;
        assert_eq!(
            (e.eligible, e.days_missing),
            (eligible, missing),
            "{older} + {recent} days"
        );
        assert_eq!(
            e.conditions,
            [
                Condition {
                    rule: Rule::DaysWithin { months: 36 },
                    required: 780,
                    actual: i64::from(total),
                    met: total >= 780,
                },
                Condition {
                    rule: Rule::DaysWithin { months: 12 },
                    required: 260,
                    actual: i64::from(recent),
                    met: recent >= 260,
                },
            ],
            "{older} + {recent} days"
        );
    }
}

#[test]
fn job_loss_with_780_days_but_259_recent_is_one_day_short() {
    let as_of = day(AS_OF);
    let mut declarations = spread(as_of, 36, 13, 521, 0);
    declarations.extend(spread(as_of, 12, 1, 259, 0));
    let all = eligibility(&declarations, day(BIRTH), as_of, parameters_on(as_of));
    let e = benefit(&all, Benefit::JobLoss);
    assert_eq!(e.conditions[0].actual, 780);
    assert!(e.conditions[0].met);
    assert!(!e.conditions[1].met);
    assert!(!e.eligible);
    assert_eq!(e.days_missing, 1);
}

#[test]
fn a_job_loss_is_judged_on_the_loss_and_must_be_asked_for_within_60_days() {
    let as_of = day(AS_OF); // 2026-12-02
    let p = parameters_on(as_of);
    // Declared until October 2026 (26 days × 36 months): the loss on 2026-11-01, 31 days
    // ago. Judged on that day: the 36 and 12 months before November, all declared; in time.
    let until_october = spread_months(YearMonth::new(2023, 11).expect("m"), 36);
    let loss = day("2026-11-01");
    assert_eq!(job_loss_reference(&until_october, as_of, p), loss);
    let all = eligibility(&until_october, day(BIRTH), as_of, p);
    let e = benefit(&all, Benefit::JobLoss);
    assert_eq!(
        e.conditions
            .iter()
            .map(|c| (c.actual, c.met))
            .collect::<Vec<_>>(),
        [(36 * 26, true), (12 * 26, true), (31, true)]
    );
    assert_eq!(e.conditions[2].rule, Rule::AppliedInTime { days: 60 });
    assert!(e.eligible);
    // The 60th day after the loss is still in time; the 61st is not — and the days before
    // the loss stay what they were (nothing is "missing": days_missing 0).
    for (on, in_time) in [("2026-12-31", true), ("2027-01-01", false)] {
        let all = eligibility(&until_october, day(BIRTH), day(on), p);
        let e = benefit(&all, Benefit::JobLoss);
        assert_eq!(job_loss_reference(&until_october, day(on), p), loss);
        assert_eq!(
            (e.eligible, e.conditions[2].met),
            (in_time, in_time),
            "{on}"
        );
        assert_eq!(
            (e.conditions[0].actual, e.days_missing),
            (36 * 26, 0),
            "{on}"
        );
    }
    // Declared until September: the loss on 2026-10-01, 62 days ago: too late.
    let until_september = spread_months(YearMonth::new(2023, 10).expect("m"), 36);
    assert_eq!(
        job_loss_reference(&until_september, as_of, p),
        day("2026-10-01")
    );
    let all = eligibility(&until_september, day(BIRTH), as_of, p);
    let e = benefit(&all, Benefit::JobLoss);
    assert_eq!(e.conditions[2].actual, 62);
    assert!(!e.eligible);
    // Still declared last month: judged as of today, with no time limit (no loss yet).
    let still = spread_months(YearMonth::new(2023, 12).expect("m"), 36);
    assert_eq!(job_loss_reference(&still, as_of, p), as_of);
    let all = eligibility(&still, day(BIRTH), as_of, p);
    assert_eq!(benefit(&all, Benefit::JobLoss).conditions.len(), 2);
    assert_eq!(job_loss_reference(&[], as_of, p), as_of);
}

/// 26 days in each of `n` months from `first`.
fn spread_months(first: YearMonth, n: i32) -> Vec<Declaration> {
    (0..n).map(|i| declaration(first.plus(i), 26, 0)).collect()
}

// --- Old-age pension: age 60 and 3,240 days -------------------------------------------------

/// (birth, reference date, age that day)
const PENSION_AGES: &[(&str, &str, i64)] = &[
    ("1966-12-02", "2026-12-01", 59),
    ("1966-12-02", "2026-12-02", 60),
    ("1966-12-02", "2026-12-03", 60),
    ("1966-12-02", "2026-12-31", 60),
    // Born on 29 February: 60 on 29 February of a leap year...
    ("1964-02-29", "2024-02-28", 59),
    ("1964-02-29", "2024-02-29", 60),
    // ...and on 1 March when the 60th year has no 29 February (2100 is not a leap year).
    ("2040-02-29", "2100-02-28", 59),
    ("2040-02-29", "2100-03-01", 60),
];

#[test]
fn the_pension_needs_age_60_and_3240_days() {
    for &(birth, as_of, age) in PENSION_AGES {
        let as_of = day(as_of);
        let p = parameters_on(as_of);
        for (days, days_met, missing) in [(3239, false, 1), (3240, true, 0), (3241, true, 0)] {
            // 125 months back at most (3,241 / 26 = 124.7), and 26 days in the current
            // month: never counted.
            let mut declarations = spread(as_of, 130, 1, days, 0);
            declarations.extend(never_counted(as_of));
            let all = eligibility(&declarations, day(birth), as_of, p);
            let e = benefit(&all, Benefit::OldAgePension);
            let what = format!("born {birth}, on {as_of}, {days} days");
            assert_eq!(
                e.conditions,
                [
                    Condition {
                        rule: Rule::Age,
                        required: 60,
                        actual: age,
                        met: age >= 60,
                    },
                    Condition {
                        rule: Rule::DaysTotal,
                        required: 3240,
                        actual: i64::from(days),
                        met: days_met,
                    },
                ],
                "{what}"
            );
            // The age is never a day missing.
            assert_eq!(
                (e.eligible, e.days_missing),
                (age >= 60 && days_met, missing),
                "{what}"
            );
        }
    }
}

#[test]
fn the_pension_counts_the_whole_career_but_not_the_current_month() {
    let as_of = day(AS_OF);
    let p = parameters_on(as_of);
    // 3,214 days long ago, 26 this month: 3,214 counted.
    let mut declarations = vec![declaration(month("1980-01"), 3214, 0)];
    declarations.push(declaration(month("2026-12"), 26, 0));
    let all = eligibility(&declarations, day("1950-01-01"), as_of, p);
    let e = benefit(&all, Benefit::OldAgePension);
    assert_eq!((e.eligible, e.days_missing), (false, 26));
    // The same 26 days in November: 3,240.
    declarations[1] = declaration(month("2026-11"), 26, 0);
    let all = eligibility(&declarations, day("1950-01-01"), as_of, p);
    assert!(benefit(&all, Benefit::OldAgePension).eligible);
}

// --- days_missing --------------------------------------------------------------------------

#[test]
fn days_missing_is_a_day_count_shortfall_only() {
    // (condition, days missing)
    let c = |rule, required, actual| Condition {
        rule,
        required,
        actual,
        met: actual >= required,
    };
    let six = Rule::DaysWithin { months: 6 };
    let salary = Rule::SalaryShareOfSmig {
        percent: 60,
        months: 6,
    };
    for (condition, missing) in [
        (c(six, 54, 0), 54),
        (c(six, 54, 53), 1),
        (c(six, 54, 54), 0),
        (c(six, 54, 55), 0),
        (c(Rule::DaysTotal, 3240, 3239), 1),
        (c(Rule::DaysTotal, 3240, 3240), 0),
        (c(Rule::DaysTotal, 3240, 4000), 0),
        // Years and centimes are never days.
        (c(Rule::Age, 60, 59), 0),
        (c(Rule::Age, 60, 0), 0),
        (c(salary, 205_364, 205_363), 0),
        (c(salary, 205_364, 0), 0),
    ] {
        assert_eq!(condition.days_missing(), missing, "{condition:?}");
    }
}

#[test]
fn every_benefit_is_listed_in_order_with_its_conditions() {
    let as_of = day(AS_OF);
    let all = eligibility(&[], day(BIRTH), as_of, parameters_on(as_of));
    let listed: Vec<_> = all
        .iter()
        .map(|e| {
            (
                e.benefit,
                e.conditions.iter().map(|c| c.rule).collect::<Vec<_>>(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            (Benefit::DailySickness, vec![Rule::DaysWithin { months: 6 }]),
            (
                Benefit::FamilyAllowances,
                vec![
                    Rule::DaysWithin { months: 6 },
                    Rule::SalaryShareOfSmig {
                        percent: 60,
                        months: 6
                    }
                ]
            ),
            (
                Benefit::JobLoss,
                vec![
                    Rule::DaysWithin { months: 36 },
                    Rule::DaysWithin { months: 12 }
                ]
            ),
            (Benefit::OldAgePension, vec![Rule::Age, Rule::DaysTotal]),
        ]
    );
    // Nothing declared, aged 36: every benefit closed, each short of its largest day count.
    let short: Vec<_> = all.iter().map(|e| (e.eligible, e.days_missing)).collect();
    assert_eq!(
        short,
        [(false, 54), (false, 108), (false, 780), (false, 3240)]
    );
}

#[test]
fn eligible_means_every_condition_met_and_no_day_missing() {
    let as_of = day(AS_OF);
    // 26 days every month for 15 years, at the SMIG; aged 60 today.
    let declarations: Vec<_> = (1..=180)
        .map(|b| declaration(back(as_of, b), 26, 342_272))
        .collect();
    let all = eligibility(
        &declarations,
        day("1966-12-02"),
        as_of,
        parameters_on(as_of),
    );
    for e in &all {
        assert!(e.eligible, "{e:?}");
        assert_eq!(e.days_missing, 0, "{e:?}");
        assert!(e.conditions.iter().all(|c| c.met), "{e:?}");
    }
}

// --- the dated parameters --------------------------------------------------------------------

#[test]
fn parameters_on_picks_the_set_in_force() {
    // (day, the `from` of the set in force)
    for (on, from) in [
        ("1900-01-01", "2025-01-01"), // before every set: the oldest
        ("2024-12-31", "2025-01-01"),
        ("2025-01-01", "2025-01-01"),
        ("2025-06-30", "2025-01-01"),
        ("2025-12-31", "2025-01-01"),
        ("2026-01-01", "2026-01-01"),
        ("2026-01-02", "2026-01-01"),
        ("2026-12-02", "2026-01-01"),
    ] {
        assert_eq!(parameters_on(day(on)).from, day(from), "on {on}");
    }
    assert_eq!(
        parameters_on(day("2025-12-31")).smig_monthly,
        Centimes(326_610)
    );
    assert_eq!(
        parameters_on(day("2026-01-01")).smig_monthly,
        Centimes(342_272)
    );
}

#[test]
fn each_set_is_in_force_from_its_day_until_the_next_one() {
    assert!(!PARAMETERS.is_empty());
    assert!(
        PARAMETERS.windows(2).all(|w| w[0].from < w[1].from),
        "oldest first, one set a day"
    );
    // Compared by value: `PARAMETERS` is a `const`, so its sets have no one address.
    let oldest = &PARAMETERS[0];
    assert_eq!(parameters_on(NaiveDate::MIN), oldest);
    assert_eq!(
        parameters_on(NaiveDate::MAX),
        &PARAMETERS[PARAMETERS.len() - 1]
    );
    for (i, p) in PARAMETERS.iter().enumerate() {
        let before = p.from.pred_opt().expect("a day before");
        let previous = if i == 0 { oldest } else { &PARAMETERS[i - 1] };
        assert_eq!(parameters_on(before), previous, "before {}", p.from);
        assert_eq!(parameters_on(p.from), p, "on {}", p.from);
        let last_day = PARAMETERS
            .get(i + 1)
            .map_or(NaiveDate::MAX, |next| next.from.pred_opt().expect("a day"));
        assert_eq!(parameters_on(last_day), p, "until {last_day}");
    }
}

#[test]
fn every_set_has_the_thresholds_of_cnss_ma() {
    for p in PARAMETERS {
        let from = p.from;
        assert_eq!((p.sickness_days, p.sickness_months), (54, 6), "{from}");
        assert_eq!(
            (p.family_days, p.family_months, p.family_smig_percent),
            (108, 6, 60),
            "{from}"
        );
        assert_eq!(
            (
                p.family_first_amount,
                p.family_first_children,
                p.family_next_amount,
                p.family_next_children
            ),
            (Centimes(30_000), 3, Centimes(3_600), 3),
            "{from}"
        );
        assert_eq!(
            (
                p.child_age_limit,
                p.child_age_limit_apprentice,
                p.child_age_limit_student
            ),
            (12, 18, 21),
            "{from}"
        );
        assert_eq!(
            (
                p.job_loss_days,
                p.job_loss_months,
                p.job_loss_recent_days,
                p.job_loss_recent_months
            ),
            (780, 36, 260, 12),
            "{from}"
        );
        assert_eq!((p.pension_age, p.pension_days), (60, 3240), "{from}");
        // The SMIG figure is the project's assumption, and says so.
        assert!(p.smig_is_assumption, "{from}");
        assert!(p.source.contains("assumed"), "{from}: {}", p.source);
        assert!(p.smig_monthly > Centimes(0), "{from}");
    }
}

// --- family allowance per child ------------------------------------------------------------

#[test]
fn the_allowance_of_each_rank() {
    for p in PARAMETERS {
        // (rank, monthly allowance)
        for (rank, dirhams) in [
            (0, 0),
            (1, 300),
            (2, 300),
            (3, 300),
            (4, 36),
            (5, 36),
            (6, 36),
            (7, 0),
            (8, 0),
            (u32::MAX, 0),
        ] {
            assert_eq!(
                family_allowance(rank, p),
                Centimes::dirhams(dirhams),
                "rank {rank}, {}",
                p.from
            );
        }
        let seven: Centimes = (1..=7).map(|rank| family_allowance(rank, p)).sum();
        assert_eq!(seven, Centimes::dirhams(3 * 300 + 3 * 36));
        assert_eq!(seven, Centimes(100_800));
    }
}

// --- a child's age limits ------------------------------------------------------------------

#[test]
fn a_child_counts_until_the_age_limit_of_their_situation() {
    use ChildSituation::{Apprentice, Ordinary, Student};
    let p = parameters_on(day(AS_OF));
    // (birth, situation, day, counts)
    for (birth, situation, on, counts) in [
        ("2014-05-20", Ordinary, "2014-05-20", true), // born that day
        ("2014-05-20", Ordinary, "2026-05-19", true), // 11, the day before 12
        ("2014-05-20", Ordinary, "2026-05-20", false), // 12
        ("2014-05-20", Apprentice, "2026-05-20", true),
        ("2014-05-20", Student, "2026-05-20", true),
        ("2008-05-20", Apprentice, "2026-05-19", true), // 17
        ("2008-05-20", Apprentice, "2026-05-20", false), // 18
        ("2008-05-20", Ordinary, "2026-05-19", false),
        ("2008-05-20", Student, "2026-05-20", true),
        ("2005-05-20", Student, "2026-05-19", true), // 20
        ("2005-05-20", Student, "2026-05-20", false), // 21
        ("2005-05-20", Apprentice, "2026-05-19", false),
        ("2005-05-20", Ordinary, "2026-05-19", false),
        // Born on 29 February: 12 on 29 February 2024 (a leap year)...
        ("2012-02-29", Ordinary, "2024-02-28", true),
        ("2012-02-29", Ordinary, "2024-02-29", false),
        // ...18 and 21 on 1 March (2030 and 2033 have no 29 February).
        ("2012-02-29", Apprentice, "2030-02-28", true),
        ("2012-02-29", Apprentice, "2030-03-01", false),
        ("2012-02-29", Student, "2033-02-28", true),
        ("2012-02-29", Student, "2033-03-01", false),
    ] {
        assert_eq!(
            child_counts(day(birth), situation, day(on), p),
            counts,
            "born {birth}, {situation:?}, on {on}"
        );
    }
}

#[test]
fn child_situations_are_snake_case_on_the_wire() {
    for (situation, wire) in [
        (ChildSituation::Ordinary, "\"ordinary\""),
        (ChildSituation::Apprentice, "\"apprentice\""),
        (ChildSituation::Student, "\"student\""),
    ] {
        assert_eq!(
            serde_json::to_string(&situation).ok().as_deref(),
            Some(wire)
        );
    }
}

// --- ages ----------------------------------------------------------------------------------

#[test]
fn age_on_counts_whole_years() {
    // (birth, day, age)
    for (birth, on, age) in [
        ("2000-06-15", "2000-06-15", 0),
        ("2000-06-15", "2001-06-14", 0), // birthday tomorrow
        ("2000-06-15", "2001-06-15", 1), // birthday today
        ("2000-06-15", "2026-06-14", 25),
        ("2000-06-15", "2026-06-15", 26),
        ("2000-06-15", "2026-06-16", 26),
        ("2000-06-15", "2026-07-01", 26),
        ("2000-06-15", "2026-05-31", 25),
        // Across a year end.
        ("1990-12-31", "2026-12-30", 35),
        ("1990-12-31", "2026-12-31", 36),
        ("1990-12-31", "2027-01-01", 36),
        ("1990-01-01", "2025-12-31", 35),
        ("1990-01-01", "2026-01-01", 36),
        // Born on 29 February: a year older on 1 March in years without one...
        ("2000-02-29", "2001-02-28", 0),
        ("2000-02-29", "2001-03-01", 1),
        ("2000-02-29", "2003-02-28", 2),
        ("2000-02-29", "2003-03-01", 3),
        // ...and on 29 February in leap years.
        ("2000-02-29", "2004-02-28", 3),
        ("2000-02-29", "2004-02-29", 4),
        ("2000-02-29", "2004-03-01", 4),
        // Born on 28 February or 1 March of a leap year.
        ("2000-02-28", "2001-02-28", 1),
        ("2000-03-01", "2001-02-28", 0),
        ("2000-03-01", "2001-03-01", 1),
        // A day before the birth: 0, never negative.
        ("2000-06-15", "2000-06-14", 0),
        ("2000-06-15", "1950-01-01", 0),
    ] {
        assert_eq!(age_on(day(birth), day(on)), age, "born {birth}, on {on}");
    }
}

// --- the wire ------------------------------------------------------------------------------

fn to_json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or_else(|e| panic!("serialising: {e}"))
}

#[test]
fn rules_and_benefits_are_pinned_on_the_wire() {
    for (rule, wire) in [
        (
            Rule::DaysWithin { months: 6 },
            json!({"kind": "days_within", "months": 6}),
        ),
        (Rule::DaysTotal, json!({"kind": "days_total"})),
        (Rule::Age, json!({"kind": "age"})),
        (
            Rule::SalaryShareOfSmig {
                percent: 60,
                months: 6,
            },
            json!({"kind": "salary_share_of_smig", "percent": 60, "months": 6}),
        ),
    ] {
        assert_eq!(to_json(&rule), wire, "{rule:?}");
        let back: Rule =
            serde_json::from_value(wire.clone()).unwrap_or_else(|e| panic!("{wire}: {e}"));
        assert_eq!(back, rule);
    }
    for (b, wire) in [
        (Benefit::DailySickness, "daily_sickness"),
        (Benefit::FamilyAllowances, "family_allowances"),
        (Benefit::JobLoss, "job_loss"),
        (Benefit::OldAgePension, "old_age_pension"),
    ] {
        assert_eq!(to_json(&b), json!(wire));
        let back: Benefit =
            serde_json::from_value(json!(wire)).unwrap_or_else(|e| panic!("{wire}: {e}"));
        assert_eq!(back, b);
    }
    assert!(serde_json::from_value::<Rule>(json!({"kind": "days_within"})).is_err());
    assert!(serde_json::from_value::<Rule>(json!({"kind": "DaysTotal"})).is_err());
    assert!(serde_json::from_value::<Rule>(json!({"months": 6})).is_err());
}

#[test]
fn the_time_limit_of_a_job_loss_is_pinned_on_the_wire() {
    let c = serde_json::to_value(Rule::AppliedInTime { days: 60 }).expect("json");
    assert_eq!(c, json!({"kind": "applied_in_time", "days": 60}));
}

#[test]
fn an_eligibility_is_pinned_on_the_wire() {
    let as_of = day(AS_OF);
    let mut declarations = spread(as_of, 36, 13, 521, 0);
    declarations.extend(spread(as_of, 12, 1, 259, 0));
    // Still declared last month: no loss yet, so no time limit on the wire.
    declarations.push(declaration(back(as_of, 1), 0, 0));
    let all = eligibility(&declarations, day(BIRTH), as_of, parameters_on(as_of));
    let e = benefit(&all, Benefit::JobLoss);
    let wire = json!({
        "benefit": "job_loss",
        "eligible": false,
        "days_missing": 1,
        "conditions": [
            {
                "rule": {"kind": "days_within", "months": 36},
                "required": 780,
                "actual": 780,
                "met": true
            },
            {
                "rule": {"kind": "days_within", "months": 12},
                "required": 260,
                "actual": 259,
                "met": false
            }
        ]
    });
    assert_eq!(to_json(e), wire);
    let back: Eligibility =
        serde_json::from_value(wire).unwrap_or_else(|e| panic!("reading back: {e}"));
    assert_eq!(&back, e);

    let pension = benefit(&all, Benefit::OldAgePension);
    assert_eq!(
        to_json(pension),
        json!({
            "benefit": "old_age_pension",
            "eligible": false,
            "days_missing": 2460,
            "conditions": [
                {"rule": {"kind": "age"}, "required": 60, "actual": 36, "met": false},
                {"rule": {"kind": "days_total"}, "required": 3240, "actual": 780, "met": false}
            ]
        })
    );
    let family = benefit(&all, Benefit::FamilyAllowances);
    assert_eq!(
        to_json(&family.conditions[1]),
        json!({
            "rule": {"kind": "salary_share_of_smig", "percent": 60, "months": 6},
            "required": SIXTY_PERCENT_2026,
            "actual": 0,
            "met": false
        })
    );
}

// --- properties ----------------------------------------------------------------------------

/// A declaration in 2018-01 to 2027-12, of 0 to 26 days, of at most 20,000 DH.
fn any_declaration() -> impl Strategy<Value = Declaration> {
    (0i32..120, 0u32..=26, 0i64..=2_000_000)
        .prop_map(|(i, days, salary)| declaration(month("2018-01").plus(i), days, salary))
}

fn declarations() -> impl Strategy<Value = Vec<Declaration>> {
    prop::collection::vec(any_declaration(), 0..80)
}

/// A day of 2018 to 2028.
fn any_day() -> impl Strategy<Value = NaiveDate> {
    (0u64..4018).prop_map(|n| day("2018-01-01") + chrono::Days::new(n))
}

/// Window lengths: the short ones of the rules, and any at all.
fn months() -> impl Strategy<Value = u32> {
    prop_oneof![0u32..150, any::<u32>()]
}

/// Every condition of `before` that is met is met in `after`, with at least as much.
fn no_worse(before: &[Eligibility], after: &[Eligibility]) -> Result<(), TestCaseError> {
    prop_assert_eq!(before.len(), after.len());
    for (b, a) in before.iter().zip(after) {
        prop_assert_eq!(b.benefit, a.benefit);
        prop_assert!(!b.eligible || a.eligible, "{:?} then {:?}", b, a);
        prop_assert!(a.days_missing <= b.days_missing, "{:?} then {:?}", b, a);
        for (cb, ca) in b.conditions.iter().zip(&a.conditions) {
            prop_assert_eq!(cb.rule, ca.rule);
            prop_assert_eq!(cb.required, ca.required);
            prop_assert!(ca.actual >= cb.actual, "{:?} then {:?}", cb, ca);
            prop_assert!(!cb.met || ca.met, "{:?} then {:?}", cb, ca);
        }
    }
    Ok(())
}

proptest! {
    // No regression files: a failure prints its minimal input, which becomes a table test.
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_longer_window_never_counts_less_nor_more_than_the_career(
        ds in declarations(), as_of in any_day(), m1 in months(), m2 in months()
    ) {
        let (short, long) = (m1.min(m2), m1.max(m2));
        let s = totals(&ds, as_of, Some(short));
        let l = totals(&ds, as_of, Some(long));
        let career = totals(&ds, as_of, None);
        prop_assert!(s.days <= l.days && s.salary <= l.salary, "{:?} > {:?}", s, l);
        prop_assert!(l.days <= career.days && l.salary <= career.salary, "{:?} > {:?}", l, career);
    }

    #[test]
    fn a_window_counts_exactly_its_months(
        ds in declarations(), as_of in any_day(), m in months()
    ) {
        // The reference: a declaration counts when its month is 1 to m months before the
        // current one.
        let current = YearMonth::of(as_of);
        let inside = |d: &&Declaration| {
            let back = d.month.months_until(current);
            back >= 1 && i64::from(back) <= i64::from(m)
        };
        let want = Totals {
            days: ds.iter().filter(inside).map(|d| d.days).sum(),
            salary: ds.iter().filter(inside).map(|d| d.salary).sum(),
        };
        prop_assert_eq!(totals(&ds, as_of, Some(m)), want);
        let before = |d: &&Declaration| d.month < current;
        let career = Totals {
            days: ds.iter().filter(before).map(|d| d.days).sum(),
            salary: ds.iter().filter(before).map(|d| d.salary).sum(),
        };
        prop_assert_eq!(totals(&ds, as_of, None), career);
    }

    #[test]
    fn a_further_declaration_never_unmeets_a_condition(
        ds in declarations(), extra in any_declaration(), as_of in any_day(),
        birth in (0u64..30_000).prop_map(|n| day("1940-01-01") + chrono::Days::new(n)),
    ) {
        let p = parameters_on(as_of);
        let before = eligibility(&ds, birth, as_of, p);
        let mut more = ds.clone();
        more.push(extra);
        let after = eligibility(&more, birth, as_of, p);
        // The job-loss allowance is judged on the loss, which a further declaration can move
        // (a later month is a later loss, with other months before it): monotone only while
        // the loss stays where it was.
        let same_loss = job_loss_reference(&ds, as_of, p) == job_loss_reference(&more, as_of, p);
        let keep = |all: Vec<Eligibility>| -> Vec<Eligibility> {
            all.into_iter()
                .filter(|e| same_loss || e.benefit != Benefit::JobLoss)
                .collect()
        };
        no_worse(&keep(before), &keep(after))?;
    }

    #[test]
    fn eligibility_is_consistent(
        ds in declarations(), as_of in any_day(),
        birth in (0u64..30_000).prop_map(|n| day("1940-01-01") + chrono::Days::new(n)),
    ) {
        for e in eligibility(&ds, birth, as_of, parameters_on(as_of)) {
            prop_assert_eq!(e.eligible, e.conditions.iter().all(|c| c.met));
            prop_assert_eq!(
                e.days_missing,
                e.conditions.iter().map(Condition::days_missing).max().unwrap_or(0)
            );
            for c in &e.conditions {
                // A time limit is met while it is not passed; every other condition at the
                // threshold and above.
                let met = match c.rule {
                    Rule::AppliedInTime { .. } => c.actual <= c.required,
                    _ => c.actual >= c.required,
                };
                prop_assert_eq!(c.met, met, "{:?}", c);
            }
            prop_assert!(!e.eligible || e.days_missing == 0);
        }
    }
}
