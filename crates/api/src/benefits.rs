//! The benefit rules the private space computes from a person's own declarations: daily
//! sickness allowance (IJ), family allowances, job-loss allowance (IPE) and the old-age
//! pension. Every threshold is a named field of a dated [`Parameters`] set (figures change by
//! decree); [`parameters_on`] picks the set in force. The server computes the eligibility it
//! sends with these functions; no screen computes a rule.
//!
//! Windows: "N days in the last M months" counts the M complete calendar months before the
//! month of the reference date (declarations for a month arrive after it ends), e.g. on
//! 2026-12-02 the last 6 months are 2026-06 to 2026-11.

use crate::records::{Centimes, Declaration, Totals, YearMonth};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// One dated set of the thresholds and amounts of the rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parameters {
    /// In force from this day.
    pub from: NaiveDate,
    /// Where the figures come from.
    pub source: &'static str,
    /// The monthly SMIG (general regime, 191 hours a month).
    pub smig_monthly: Centimes,
    /// The SMIG figure is the project's assumption, not a figure read from the decree.
    pub smig_is_assumption: bool,
    /// IJ maladie: declared days in the months before the stoppage.
    pub sickness_days: u32,
    pub sickness_months: u32,
    /// Family allowances: declared days over the months, and the salary share of the SMIG.
    pub family_days: u32,
    pub family_months: u32,
    pub family_smig_percent: u32,
    /// Monthly amount for each of the first `family_first_children` children, then for each
    /// of the next `family_next_children`.
    pub family_first_amount: Centimes,
    pub family_first_children: u32,
    pub family_next_amount: Centimes,
    pub family_next_children: u32,
    /// Age limits of a child: ordinary, in apprenticeship, in studies.
    pub child_age_limit: u32,
    pub child_age_limit_apprentice: u32,
    pub child_age_limit_student: u32,
    /// IPE: declared days in the months before the loss, of which some in the last months.
    pub job_loss_days: u32,
    pub job_loss_months: u32,
    pub job_loss_recent_days: u32,
    pub job_loss_recent_months: u32,
    /// Days after the loss within which the allowance must be asked for.
    pub job_loss_apply_days: u32,
    /// Old-age pension: age and declared days over the whole career (a parameter: reforms may
    /// lower it for a proportional pension).
    pub pension_age: u32,
    pub pension_days: u32,
}

/// Every set, oldest first.
pub const PARAMETERS: &[Parameters] = &[
    Parameters {
        from: date(2025, 1, 1),
        source: "cnss.ma benefit pages; SMIG 17.10 DH/h × 191 h (assumed)",
        smig_monthly: Centimes(326_610),
        smig_is_assumption: true,
        ..BASE
    },
    Parameters {
        from: date(2026, 1, 1),
        source: "cnss.ma benefit pages; SMIG 17.92 DH/h × 191 h (assumed)",
        smig_monthly: Centimes(342_272),
        smig_is_assumption: true,
        ..BASE
    },
];

/// The thresholds of cnss.ma's benefit pages, shared by every set of [`PARAMETERS`].
const BASE: Parameters = Parameters {
    from: date(2025, 1, 1),
    source: "",
    smig_monthly: Centimes(0),
    smig_is_assumption: true,
    sickness_days: 54,
    sickness_months: 6,
    family_days: 108,
    family_months: 6,
    family_smig_percent: 60,
    family_first_amount: Centimes::dirhams(300),
    family_first_children: 3,
    family_next_amount: Centimes::dirhams(36),
    family_next_children: 3,
    child_age_limit: 12,
    child_age_limit_apprentice: 18,
    child_age_limit_student: 21,
    job_loss_days: 780,
    job_loss_months: 36,
    job_loss_recent_days: 260,
    job_loss_recent_months: 12,
    job_loss_apply_days: 60,
    pension_age: 60,
    pension_days: 3240,
};

const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => panic!("not a date"),
    }
}

/// The set in force on `day` (the oldest set for a day before every set).
pub fn parameters_on(day: NaiveDate) -> &'static Parameters {
    PARAMETERS
        .iter()
        .rev()
        .find(|p| p.from <= day)
        .unwrap_or(&PARAMETERS[0])
}

/// A benefit the career may open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Benefit {
    /// Indemnités journalières de maladie.
    DailySickness,
    FamilyAllowances,
    /// Indemnité pour perte d'emploi.
    JobLoss,
    OldAgePension,
}

/// What a condition measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Rule {
    /// Days declared in the last `months` complete months.
    DaysWithin { months: u32 },
    /// Days declared over the whole career.
    DaysTotal,
    /// Age in whole years on the reference date.
    Age,
    /// The average monthly declared salary over the last `months` months (centimes), against
    /// `percent` % of the SMIG.
    SalaryShareOfSmig { percent: u32, months: u32 },
    /// Days since the job loss, against the `days` within which the allowance must be asked
    /// for (met while `actual` ≤ `required`).
    AppliedInTime { days: u32 },
}

/// One condition of a benefit: `actual` against `required` (days, years or centimes, as the
/// rule says).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Condition {
    pub rule: Rule,
    pub required: i64,
    pub actual: i64,
    pub met: bool,
}

impl Condition {
    fn new(rule: Rule, required: i64, actual: i64) -> Self {
        Self {
            rule,
            required,
            actual,
            met: actual >= required,
        }
    }

    /// A limit: met while `actual` does not pass `required`.
    fn at_most(rule: Rule, required: i64, actual: i64) -> Self {
        Self {
            rule,
            required,
            actual,
            met: actual <= required,
        }
    }

    /// Declared days still missing for a day-count condition (0 when met or not a day count).
    pub fn days_missing(&self) -> u32 {
        match self.rule {
            Rule::DaysWithin { .. } | Rule::DaysTotal if !self.met => {
                u32::try_from(self.required - self.actual).unwrap_or(u32::MAX)
            }
            _ => 0,
        }
    }
}

/// Whether the career opens a benefit, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Eligibility {
    pub benefit: Benefit,
    /// Every condition is met.
    pub eligible: bool,
    /// The most days missing in any day-count condition (0 when none is short).
    pub days_missing: u32,
    pub conditions: Vec<Condition>,
}

impl Eligibility {
    fn of(benefit: Benefit, conditions: Vec<Condition>) -> Self {
        Self {
            benefit,
            eligible: conditions.iter().all(|c| c.met),
            days_missing: conditions
                .iter()
                .map(Condition::days_missing)
                .max()
                .unwrap_or(0),
            conditions,
        }
    }
}

/// The days and salary declared in the `months` complete months before `as_of`'s month
/// (`None`: the whole career). Sums saturate: no declaration, however large, wraps a total.
pub fn totals(declarations: &[Declaration], as_of: NaiveDate, months: Option<u32>) -> Totals {
    let current = YearMonth::of(as_of);
    declarations
        .iter()
        // 1 to `months` months back, measured as a distance (not as `current` minus `months`,
        // which wraps for windows longer than an `i32`).
        .filter(|d| {
            let back = d.month.months_until(current);
            back >= 1 && months.is_none_or(|m| i64::from(back) <= i64::from(m))
        })
        .fold(Totals::default(), |t, d| Totals {
            days: t.days.saturating_add(d.days),
            salary: Centimes(t.salary.0.saturating_add(d.salary.0)),
        })
}

/// Whole years between `birth` and `on` (a person born on 29 February is a year older on
/// 1 March in years without one).
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> u32 {
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).unwrap_or(0)
}

/// The day the job-loss allowance is judged on: the loss itself (the first day of the month
/// after the last declared one) when the declarations stopped before the last complete month
/// — the days then count back from the loss, not from today —; otherwise `as_of` (still
/// declared: "if you lost your job now").
pub fn job_loss_reference(
    declarations: &[Declaration],
    as_of: NaiveDate,
    _p: &Parameters,
) -> NaiveDate {
    let current = YearMonth::of(as_of);
    let last = declarations
        .iter()
        .map(|d| d.month)
        .filter(|m| *m < current)
        .max();
    match last {
        Some(m) if m < current.plus(-1) => m.plus(1).first_day(),
        _ => as_of,
    }
}

/// The four benefits, in the order [`Benefit`] lists them, for a person born on `birth`
/// with these declarations, on `as_of` (the job-loss allowance on
/// [`job_loss_reference`]).
pub fn eligibility(
    declarations: &[Declaration],
    birth: NaiveDate,
    as_of: NaiveDate,
    p: &Parameters,
) -> Vec<Eligibility> {
    let days = |months: u32| i64::from(totals(declarations, as_of, Some(months)).days);
    let loss = job_loss_reference(declarations, as_of, p);
    let days_before_loss = |months: u32| i64::from(totals(declarations, loss, Some(months)).days);
    let family_salary = totals(declarations, as_of, Some(p.family_months)).salary.0
        / i64::from(p.family_months.max(1));
    vec![
        Eligibility::of(
            Benefit::DailySickness,
            vec![Condition::new(
                Rule::DaysWithin {
                    months: p.sickness_months,
                },
                i64::from(p.sickness_days),
                days(p.sickness_months),
            )],
        ),
        Eligibility::of(
            Benefit::FamilyAllowances,
            vec![
                Condition::new(
                    Rule::DaysWithin {
                        months: p.family_months,
                    },
                    i64::from(p.family_days),
                    days(p.family_months),
                ),
                Condition::new(
                    Rule::SalaryShareOfSmig {
                        percent: p.family_smig_percent,
                        months: p.family_months,
                    },
                    // Rounded up: at least 60 % means not a centime less.
                    (p.smig_monthly.0 * i64::from(p.family_smig_percent)).div_euclid(100)
                        + i64::from(
                            (p.smig_monthly.0 * i64::from(p.family_smig_percent)).rem_euclid(100)
                                != 0,
                        ),
                    family_salary,
                ),
            ],
        ),
        Eligibility::of(Benefit::JobLoss, {
            let mut conditions = vec![
                Condition::new(
                    Rule::DaysWithin {
                        months: p.job_loss_months,
                    },
                    i64::from(p.job_loss_days),
                    days_before_loss(p.job_loss_months),
                ),
                Condition::new(
                    Rule::DaysWithin {
                        months: p.job_loss_recent_months,
                    },
                    i64::from(p.job_loss_recent_days),
                    days_before_loss(p.job_loss_recent_months),
                ),
            ];
            // A loss that happened: asked for in time, or not at all.
            if loss != as_of {
                conditions.push(Condition::at_most(
                    Rule::AppliedInTime {
                        days: p.job_loss_apply_days,
                    },
                    i64::from(p.job_loss_apply_days),
                    (as_of - loss).num_days(),
                ));
            }
            conditions
        }),
        Eligibility::of(
            Benefit::OldAgePension,
            vec![
                Condition::new(
                    Rule::Age,
                    i64::from(p.pension_age),
                    i64::from(age_on(birth, as_of)),
                ),
                Condition::new(
                    Rule::DaysTotal,
                    i64::from(p.pension_days),
                    i64::from(totals(declarations, as_of, None).days),
                ),
            ],
        ),
    ]
}

/// What a child is doing, for the age limit of the family allowance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChildSituation {
    Ordinary,
    Apprentice,
    Student,
}

/// A child still counts for the family allowance on `on`: under the age limit of their
/// situation (12, 18 in apprenticeship, 21 in studies).
pub fn child_counts(
    birth: NaiveDate,
    situation: ChildSituation,
    on: NaiveDate,
    p: &Parameters,
) -> bool {
    let limit = match situation {
        ChildSituation::Ordinary => p.child_age_limit,
        ChildSituation::Apprentice => p.child_age_limit_apprentice,
        ChildSituation::Student => p.child_age_limit_student,
    };
    age_on(birth, on) < limit
}

/// The monthly allowance of the `rank`-th child who counts (1-based, eldest first): the
/// first amount for the first children, the next amount for the next ones, nothing beyond.
pub fn family_allowance(rank: u32, p: &Parameters) -> Centimes {
    if rank == 0 {
        Centimes(0)
    } else if rank <= p.family_first_children {
        p.family_first_amount
    } else if rank <= p.family_first_children + p.family_next_children {
        p.family_next_amount
    } else {
        Centimes(0)
    }
}
