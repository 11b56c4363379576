//! The private space's records in SQLite, read as the contract's types
//! (`macnss_api::records`): who the session holder is ([`Holder`]: an insured person, or a
//! dependant who sees only their own AMO rights and claims), the career with its totals, gaps
//! and eligibility (computed with `macnss_api::benefits`, never here), the claims, the family
//! with the allowance each child gets and its TAWIDATY check, the payments, the reports, and
//! «Mon espace»'s summary of all of them.
//!
//! Every query is scoped to the holder's household (`insured_id`): a record of another person
//! is never read, so another person's id answers exactly like an id that does not exist.
//! Where the records come from (the demo file, synthetic people) is [`seed`].

pub mod seed;

use crate::errors::{ApiError, ApiResult};
use chrono::{Months, NaiveDate};
use macnss_api::ErrorCode;
use macnss_api::benefits::{
    self, ChildSituation, Parameters, child_counts, family_allowance, parameters_on,
};
use macnss_api::records::{
    AllowanceStatus, AmoRights, BankAccount, Beneficiary, Career, Centimes, Child, Claim,
    ClaimEvent, ClaimState, Declaration, Employer, Family, Payment, Payments, Pension, Relation,
    Report, Reports, SchoolingCheck, SchoolingState, SpaceSummary, UploadReceipt, YearMonth,
};
use macnss_api::types::AccountKind;
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The contract's snake_case name of a state, reason or kind: what the database stores.
pub fn name<T: Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// A stored name read back as its type.
pub fn parse_name<T: DeserializeOwned>(s: &str) -> rusqlite::Result<T> {
    serde_json::from_value(serde_json::Value::String(s.to_owned()))
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, Type::Text, Box::new(e)))
}

/// A stored `YYYY-MM-DD`.
pub fn parse_day(s: &str) -> rusqlite::Result<NaiveDate> {
    s.parse()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, Type::Text, Box::new(e)))
}

/// A stored `YYYY-MM`.
pub fn parse_month(s: &str) -> rusqlite::Result<YearMonth> {
    s.parse()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, Type::Text, Box::new(e)))
}

fn opt_name<T: DeserializeOwned>(s: Option<String>) -> rusqlite::Result<Option<T>> {
    s.as_deref().map(parse_name).transpose()
}

fn opt_day(s: Option<String>) -> rusqlite::Result<Option<NaiveDate>> {
    s.as_deref().map(parse_day).transpose()
}

/// The school year a day falls in (it starts in September): 2026 for 2026-09 to 2027-08.
pub fn school_year(day: NaiveDate) -> i32 {
    use chrono::Datelike;
    if day.month() >= 9 {
        day.year()
    } else {
        day.year() - 1
    }
}

/// `day` plus `n` months (the last day of the month when it has fewer days).
pub fn add_months(day: NaiveDate, n: u32) -> NaiveDate {
    day.checked_add_months(Months::new(n)).unwrap_or(day)
}

/// The last day of `month`.
pub fn last_day(month: YearMonth) -> NaiveDate {
    month
        .plus(1)
        .first_day()
        .pred_opt()
        .unwrap_or(month.first_day())
}

/// Who the session holder is, for the private space.
#[derive(Debug, Clone)]
pub struct Holder {
    pub account_id: String,
    pub kind: AccountKind,
    /// The insured person whose household the records belong to: the holder for an insured
    /// person, the insured for a dependant.
    pub household: String,
    /// The insured person's birth date (the pension's age condition).
    pub insured_birth_date: NaiveDate,
}

impl Holder {
    pub fn is_dependant(&self) -> bool {
        self.kind == AccountKind::Dependant
    }

    /// `403 not_available` for a dependant: the career, the family, the payments, the bank
    /// account and the reports are the insured person's.
    pub fn insured_only(&self) -> ApiResult<()> {
        if self.is_dependant() {
            Err(ErrorCode::NotAvailable.into())
        } else {
            Ok(())
        }
    }

    /// The beneficiary a dependant is limited to (`None`: the whole household).
    fn only_beneficiary(&self) -> Option<&str> {
        self.is_dependant().then_some(self.account_id.as_str())
    }
}

/// The holder of `account_id`, with their household's records in place (a synthetic person's
/// are made on first use, [`seed::ensure`]). A session whose person left the registry is
/// expired.
pub fn holder(
    conn: &Connection,
    account_id: &str,
    synthetic: u32,
    today: NaiveDate,
) -> ApiResult<Holder> {
    let entry = crate::registry::by_account_id(conn, account_id)?
        .ok_or(ApiError::code(ErrorCode::SessionExpired))?;
    let (household, insured_birth_date) = match (entry.kind, &entry.insured_id) {
        (AccountKind::Dependant, Some(insured)) => {
            let birth = crate::registry::by_account_id(conn, insured)?
                .map_or(entry.birth_date, |i| i.birth_date);
            (insured.clone(), birth)
        }
        _ => (entry.account_id.clone(), entry.birth_date),
    };
    seed::ensure(conn, &household, synthetic, today)?;
    Ok(Holder {
        account_id: entry.account_id,
        kind: entry.kind,
        household,
        insured_birth_date,
    })
}

// ---------------------------------------------------------------------------------------------
// Career

/// Every declaration of `account_id`, newest month first (then by employer).
pub fn declarations(conn: &Connection, account_id: &str) -> rusqlite::Result<Vec<Declaration>> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.month, d.employer_id, e.name, d.days, d.salary
         FROM declarations d JOIN employers e ON e.employer_id = d.employer_id
         WHERE d.account_id = ?1 ORDER BY d.month DESC, e.name, d.employer_id",
    )?;
    stmt.query_map([account_id], |r| {
        Ok(Declaration {
            month: parse_month(&r.get::<_, String>(0)?)?,
            employer_id: r.get(1)?,
            employer_name: r.get(2)?,
            days: r.get(3)?,
            salary: Centimes(r.get(4)?),
        })
    })?
    .collect()
}

/// The employers of these declarations, the most recent first.
pub fn employers(declarations: &[Declaration]) -> Vec<Employer> {
    let mut out: Vec<Employer> = Vec::new();
    for d in declarations {
        if !out.iter().any(|e| e.employer_id == d.employer_id) {
            out.push(Employer {
                employer_id: d.employer_id.clone(),
                name: d.employer_name.clone(),
            });
        }
    }
    out
}

/// Months with no declaration between the first and the last declared months up to `last`
/// (the last complete month, or the month before a pension began), newest first. The months
/// after the last declaration are no gap: a job ended, or the last month's declaration is not
/// due yet (employers declare a month in the next) — reporting them against an employer would
/// be a false report.
pub fn gaps(declarations: &[Declaration], last: YearMonth) -> Vec<YearMonth> {
    let Some(first) = declarations.iter().map(|d| d.month).min() else {
        return Vec::new();
    };
    let Some(newest) = declarations
        .iter()
        .map(|d| d.month)
        .filter(|m| *m <= last)
        .max()
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut m = newest;
    while m >= first {
        if !declarations.iter().any(|d| d.month == m) {
            out.push(m);
        }
        m = m.plus(-1);
    }
    out
}

/// `GET /v1/career`.
pub fn career(conn: &Connection, holder: &Holder, today: NaiveDate) -> ApiResult<Career> {
    holder.insured_only()?;
    let declarations = declarations(conn, &holder.household)?;
    let p = parameters_on(today);
    // A pensioner's career ended when the pension began: the months since are no gaps.
    let pension_since: Option<String> = conn
        .query_row(
            "SELECT since FROM pensions WHERE account_id = ?1",
            [&holder.household],
            |r| r.get(0),
        )
        .optional()?;
    let last = match pension_since {
        Some(since) => YearMonth::of(parse_day(&since)?).plus(-1),
        None => YearMonth::of(today).plus(-1),
    }
    .min(YearMonth::of(today).plus(-1));
    Ok(Career {
        as_of: today,
        total: benefits::totals(&declarations, today, None),
        last_6_months: benefits::totals(&declarations, today, Some(6)),
        last_12_months: benefits::totals(&declarations, today, Some(12)),
        last_36_months: benefits::totals(&declarations, today, Some(36)),
        gaps: gaps(&declarations, last),
        employers: employers(&declarations),
        eligibility: benefits::eligibility(&declarations, holder.insured_birth_date, today, p),
        declarations,
    })
}

/// AMO rights of the household's insured person: a right not derived from declarations
/// (a pension, a self-employed person's contributions, AMO TADAMON) is the seeded date;
/// otherwise the rights are open while the 6 complete months before the current one hold
/// 54 declared days (the sickness parameters of `benefits`, the same rule as AMO's), and
/// stay open until the last month whose window still does without a new declaration.
pub fn amo_rights(conn: &Connection, insured_id: &str, today: NaiveDate) -> ApiResult<AmoRights> {
    let stored: Option<Option<String>> = conn
        .query_row(
            "SELECT amo_until FROM record_seeds WHERE account_id = ?1",
            [insured_id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(Some(until)) = stored {
        let until = parse_day(&until)?;
        return Ok(AmoRights {
            open: today <= until,
            until: (today <= until).then_some(until),
        });
    }
    let declarations = declarations(conn, insured_id)?;
    let p = parameters_on(today);
    let current = YearMonth::of(today);
    let mut last_open = None;
    for k in 0..=p.sickness_months {
        let m = current.plus(i32::try_from(k).unwrap_or(0));
        let days = benefits::totals(&declarations, m.first_day(), Some(p.sickness_months)).days;
        if days < p.sickness_days {
            break;
        }
        last_open = Some(m);
    }
    Ok(AmoRights {
        open: last_open.is_some(),
        until: last_open.map(last_day),
    })
}

// ---------------------------------------------------------------------------------------------
// Claims

const CLAIM_COLUMNS: &str = "c.id, c.number, c.care, c.care_date, c.received_on, c.state, \
    c.claimed, c.reimbursed, c.missing, c.refusal, b.id, b.first_name, b.relation";

fn claim_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Claim> {
    Ok(Claim {
        id: r.get(0)?,
        number: r.get(1)?,
        care: parse_name(&r.get::<_, String>(2)?)?,
        care_date: parse_day(&r.get::<_, String>(3)?)?,
        received_on: parse_day(&r.get::<_, String>(4)?)?,
        state: parse_name(&r.get::<_, String>(5)?)?,
        claimed: Centimes(r.get(6)?),
        reimbursed: r.get::<_, Option<i64>>(7)?.map(Centimes),
        missing: opt_name(r.get(8)?)?,
        refusal: opt_name(r.get(9)?)?,
        beneficiary: Beneficiary {
            id: r.get(10)?,
            first_name: r.get(11)?,
            relation: parse_name(&r.get::<_, String>(12)?)?,
        },
        timeline: Vec::new(),
    })
}

fn timeline(conn: &Connection, claim_id: &str) -> rusqlite::Result<Vec<ClaimEvent>> {
    let mut stmt = conn.prepare_cached(
        "SELECT state, on_date FROM claim_events WHERE claim_id = ?1 ORDER BY seq",
    )?;
    stmt.query_map([claim_id], |r| {
        Ok(ClaimEvent {
            state: parse_name(&r.get::<_, String>(0)?)?,
            on: parse_day(&r.get::<_, String>(1)?)?,
        })
    })?
    .collect()
}

/// The claims the holder may see (a dependant: only theirs), newest received first.
pub fn claims(conn: &Connection, holder: &Holder) -> ApiResult<Vec<Claim>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {CLAIM_COLUMNS} FROM claims c JOIN beneficiaries b ON b.id = c.beneficiary_id
         WHERE c.insured_id = ?1 AND (?2 IS NULL OR b.account_id = ?2)
         ORDER BY c.received_on DESC, c.number DESC"
    ))?;
    let mut all = stmt
        .query_map(
            params![holder.household, holder.only_beneficiary()],
            claim_row,
        )?
        .collect::<Result<Vec<_>, _>>()?;
    for c in &mut all {
        c.timeline = timeline(conn, &c.id)?;
    }
    Ok(all)
}

/// One claim the holder may see, or `404 not_found` (unknown, or not theirs: the same).
pub fn claim(conn: &Connection, holder: &Holder, claim_id: &str) -> ApiResult<Claim> {
    find_claim(
        conn,
        claim_id,
        Some((&holder.household, holder.only_beneficiary())),
    )?
    .ok_or(ErrorCode::NotFound.into())
}

/// A claim by id, within a household (and for one beneficiary) when `scope` says so; any
/// household's with `None` (the demo routes only).
pub fn find_claim(
    conn: &Connection,
    claim_id: &str,
    scope: Option<(&str, Option<&str>)>,
) -> rusqlite::Result<Option<Claim>> {
    let (household, beneficiary) = scope.unzip();
    let found = conn
        .query_row(
            &format!(
                "SELECT {CLAIM_COLUMNS} FROM claims c
                 JOIN beneficiaries b ON b.id = c.beneficiary_id
                 WHERE c.id = ?3 AND (?4 OR (c.insured_id = ?1
                     AND (?2 IS NULL OR b.account_id = ?2)))"
            ),
            params![household, beneficiary.flatten(), claim_id, scope.is_none()],
            claim_row,
        )
        .optional()?;
    let Some(mut claim) = found else {
        return Ok(None);
    };
    claim.timeline = timeline(conn, &claim.id)?;
    Ok(Some(claim))
}

/// The beneficiaries the holder may filter by: the whole household for an insured person
/// (themself first), only themself for a dependant.
pub fn beneficiaries(conn: &Connection, holder: &Holder) -> ApiResult<Vec<Beneficiary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, first_name, relation FROM beneficiaries
         WHERE insured_id = ?1 AND (?2 IS NULL OR account_id = ?2)
         ORDER BY CASE relation WHEN 'insured' THEN 0 WHEN 'spouse' THEN 1 ELSE 2 END,
                  first_name",
    )?;
    let rows = stmt
        .query_map(params![holder.household, holder.only_beneficiary()], |r| {
            Ok(Beneficiary {
                id: r.get(0)?,
                first_name: r.get(1)?,
                relation: parse_name::<Relation>(&r.get::<_, String>(2)?)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

// ---------------------------------------------------------------------------------------------
// Family

/// A child as stored, before the allowance is computed.
struct ChildRow {
    id: String,
    first_name: String,
    birth_date: NaiveDate,
    situation: ChildSituation,
}

/// The latest schooling check of a child, with its upload's receipt.
pub fn schooling(conn: &Connection, child_id: &str) -> rusqlite::Result<Option<SchoolingCheck>> {
    Ok(schooling_and_suspension(conn, child_id)?.map(|(check, _)| check))
}

/// [`schooling`], and whether the child's allowance is suspended by it.
fn schooling_and_suspension(
    conn: &Connection,
    child_id: &str,
) -> rusqlite::Result<Option<(SchoolingCheck, bool)>> {
    conn.query_row(
        "SELECT s.school_year, s.state, s.due, s.refusal,
                u.id, u.media_type, u.size, u.sha256, u.received_on, s.suspended
         FROM schooling_checks s LEFT JOIN uploads u ON u.id = s.upload_id
         WHERE s.child_id = ?1 ORDER BY s.school_year DESC LIMIT 1",
        [child_id],
        |r| {
            let upload = match r.get::<_, Option<String>>(4)? {
                Some(id) => Some(UploadReceipt {
                    id,
                    media_type: parse_name(&r.get::<_, String>(5)?)?,
                    bytes: r.get(6)?,
                    sha256: r.get(7)?,
                    received_on: parse_day(&r.get::<_, String>(8)?)?,
                }),
                None => None,
            };
            let check = SchoolingCheck {
                school_year: r.get(0)?,
                state: parse_name(&r.get::<_, String>(1)?)?,
                due: opt_day(r.get(2)?)?,
                refusal: opt_name(r.get(3)?)?,
                upload,
            };
            Ok((check, r.get(9)?))
        },
    )
    .optional()
}

/// The allowance of each child, eldest first: a child past the age limit of their situation
/// has ended; the others are ranked (the first three get the first amount, the next three
/// the next one); a child whose check is suspended keeps their rank but gets nothing.
fn allowances(
    children: &[(NaiveDate, ChildSituation, bool)],
    on: NaiveDate,
    p: &Parameters,
) -> Vec<(AllowanceStatus, Centimes)> {
    let mut rank = 0;
    children
        .iter()
        .map(|(birth, situation, suspended)| {
            if !child_counts(*birth, *situation, on, p) {
                return (AllowanceStatus::Ended, Centimes(0));
            }
            rank += 1;
            if *suspended {
                (AllowanceStatus::Suspended, Centimes(0))
            } else {
                (AllowanceStatus::Paid, family_allowance(rank, p))
            }
        })
        .collect()
}

/// The family allowances of these children on `on` (none suspended), in all: what a
/// monthly family-allowance payment is.
pub fn allowance_total(
    children: &[(NaiveDate, ChildSituation)],
    on: NaiveDate,
    p: &Parameters,
) -> Centimes {
    let all: Vec<_> = children.iter().map(|(b, s)| (*b, *s, false)).collect();
    allowances(&all, on, p).into_iter().map(|(_, c)| c).sum()
}

fn children_rows(conn: &Connection, insured_id: &str) -> rusqlite::Result<Vec<ChildRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, first_name, birth_date, situation FROM children
         WHERE insured_id = ?1 ORDER BY birth_date, first_name",
    )?;
    stmt.query_map([insured_id], |r| {
        Ok(ChildRow {
            id: r.get(0)?,
            first_name: r.get(1)?,
            birth_date: parse_day(&r.get::<_, String>(2)?)?,
            situation: parse_name(&r.get::<_, String>(3)?)?,
        })
    })?
    .collect()
}

/// `GET /v1/family`.
pub fn family(conn: &Connection, holder: &Holder, today: NaiveDate) -> ApiResult<Family> {
    holder.insured_only()?;
    let rows = children_rows(conn, &holder.household)?;
    let checks = rows
        .iter()
        .map(|c| schooling_and_suspension(conn, &c.id))
        .collect::<Result<Vec<_>, _>>()?;
    let facts: Vec<_> = rows
        .iter()
        .zip(&checks)
        .map(|(c, s)| {
            let suspended = s.as_ref().is_some_and(|(_, suspended)| *suspended);
            (c.birth_date, c.situation, suspended)
        })
        .collect();
    let checks = checks.into_iter().map(|c| c.map(|(check, _)| check));
    let amounts = allowances(&facts, today, parameters_on(today));
    let children: Vec<Child> = rows
        .into_iter()
        .zip(checks)
        .zip(amounts)
        .map(|((c, schooling), (allowance, monthly))| Child {
            id: c.id,
            first_name: c.first_name,
            birth_date: c.birth_date,
            allowance,
            monthly,
            schooling,
        })
        .collect();
    Ok(Family {
        monthly_total: children.iter().map(|c| c.monthly).sum(),
        children,
    })
}

/// A child of the holder's household, or `404 not_found` (unknown, or another household's).
pub fn own_child(conn: &Connection, holder: &Holder, child_id: &str) -> ApiResult<()> {
    let found: Option<String> = conn
        .query_row(
            "SELECT id FROM children WHERE id = ?1 AND insured_id = ?2",
            params![child_id, holder.household],
            |r| r.get(0),
        )
        .optional()?;
    found.map(|_| ()).ok_or(ErrorCode::NotFound.into())
}

// ---------------------------------------------------------------------------------------------
// Payments, bank account, reports

/// The declared bank account, masked.
pub fn bank_account(conn: &Connection, account_id: &str) -> ApiResult<Option<BankAccount>> {
    let row: Option<(String, String)> = conn
        .query_row(
            "SELECT rib, since FROM bank_accounts WHERE account_id = ?1",
            [account_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row
        .map(|(rib, since)| masked_account(&rib, parse_day(&since)?))
        .transpose()?)
}

/// What the wire shows of a stored RIB: the bank's name and the last 4 digits of the
/// account number, never the whole RIB.
pub fn masked_account(rib: &str, since: NaiveDate) -> rusqlite::Result<BankAccount> {
    let rib = macnss_api::validate::parse_rib(rib)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, Type::Text, Box::new(e)))?;
    Ok(BankAccount {
        bank: crate::directory::bank_name(rib.bank_code()),
        last_digits: rib.last_digits().to_owned(),
        since,
    })
}

/// `GET /v1/payments`.
pub fn payments(conn: &Connection, holder: &Holder) -> ApiResult<Payments> {
    holder.insured_only()?;
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.paid_on, p.kind, p.amount, c.number
         FROM payments p LEFT JOIN claims c ON c.id = p.claim_id
         WHERE p.account_id = ?1 ORDER BY p.paid_on DESC, p.kind, p.id",
    )?;
    let payments = stmt
        .query_map([&holder.household], |r| {
            Ok(Payment {
                id: r.get(0)?,
                paid_on: parse_day(&r.get::<_, String>(1)?)?,
                kind: parse_name(&r.get::<_, String>(2)?)?,
                amount: Centimes(r.get(3)?),
                claim_number: r.get(4)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let pension = conn
        .query_row(
            "SELECT monthly, since, proof_of_life, proof_of_life_until FROM pensions
             WHERE account_id = ?1",
            [&holder.household],
            |r| {
                Ok(Pension {
                    monthly: Centimes(r.get(0)?),
                    since: parse_day(&r.get::<_, String>(1)?)?,
                    proof_of_life: parse_name(&r.get::<_, String>(2)?)?,
                    proof_of_life_until: parse_day(&r.get::<_, String>(3)?)?,
                })
            },
        )
        .optional()?;
    Ok(Payments {
        payments,
        pension,
        bank_account: bank_account(conn, &holder.household)?,
    })
}

const REPORT_COLUMNS: &str = "r.id, r.reference, r.employer_id, e.name, r.month, r.state, \
    r.submitted_on, r.updated_on";

fn report_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Report> {
    Ok(Report {
        id: r.get(0)?,
        reference: r.get(1)?,
        employer: Employer {
            employer_id: r.get(2)?,
            name: r.get(3)?,
        },
        month: parse_month(&r.get::<_, String>(4)?)?,
        state: parse_name(&r.get::<_, String>(5)?)?,
        submitted_on: parse_day(&r.get::<_, String>(6)?)?,
        updated_on: parse_day(&r.get::<_, String>(7)?)?,
    })
}

/// `GET /v1/reports`.
pub fn reports(conn: &Connection, holder: &Holder) -> ApiResult<Reports> {
    holder.insured_only()?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {REPORT_COLUMNS} FROM reports r JOIN employers e ON e.employer_id = r.employer_id
         WHERE r.account_id = ?1 ORDER BY r.submitted_on DESC, r.reference DESC"
    ))?;
    let reports = stmt
        .query_map([&holder.household], report_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Reports { reports })
}

/// One report by its id (any household: the demo routes).
pub fn report_by_id(conn: &Connection, report_id: &str) -> rusqlite::Result<Option<Report>> {
    conn.query_row(
        &format!(
            "SELECT {REPORT_COLUMNS} FROM reports r
             JOIN employers e ON e.employer_id = r.employer_id WHERE r.id = ?1"
        ),
        [report_id],
        report_row,
    )
    .optional()
}

// ---------------------------------------------------------------------------------------------
// «Mon espace»

/// `GET /v1/space`: the cards, computed from the records above.
pub fn summary(conn: &Connection, holder: &Holder, today: NaiveDate) -> ApiResult<SpaceSummary> {
    let claims = claims(conn, holder)?;
    let claims_open = claims.iter().filter(|c| c.state.is_open()).count();
    let claims_incomplete = claims
        .iter()
        .filter(|c| c.state == ClaimState::Incomplete)
        .count();
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let amo = amo_rights(conn, &holder.household, today)?;
    if holder.is_dependant() {
        return Ok(SpaceSummary {
            last_declared_month: None,
            has_career: false,
            claims_open: count(claims_open),
            claims_incomplete: count(claims_incomplete),
            children: 0,
            certificates_due: 0,
            next_certificate_due: None,
            last_payment: None,
            amo,
            unread_messages: crate::inbox::unread(conn, &holder.account_id)?,
        });
    }
    let last_declared_month: Option<String> = conn.query_row(
        "SELECT MAX(month) FROM declarations WHERE account_id = ?1",
        [&holder.household],
        |r| r.get(0),
    )?;
    let family = family(conn, holder, today)?;
    let to_send: Vec<&SchoolingCheck> = family
        .children
        .iter()
        .filter_map(|c| c.schooling.as_ref())
        .filter(|s| s.state.accepts_upload() && s.state != SchoolingState::Received)
        .collect();
    let last_payment: Option<String> = conn.query_row(
        "SELECT MAX(paid_on) FROM payments WHERE account_id = ?1",
        [&holder.household],
        |r| r.get(0),
    )?;
    Ok(SpaceSummary {
        last_declared_month: last_declared_month
            .as_deref()
            .map(parse_month)
            .transpose()?,
        has_career: true,
        claims_open: count(claims_open),
        claims_incomplete: count(claims_incomplete),
        children: count(
            family
                .children
                .iter()
                .filter(|c| c.allowance != AllowanceStatus::Ended)
                .count(),
        ),
        certificates_due: count(to_send.len()),
        next_certificate_due: to_send.iter().filter_map(|s| s.due).min(),
        last_payment: opt_day(last_payment)?,
        amo,
        unread_messages: crate::inbox::unread(conn, &holder.account_id)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decl(month: &str, days: u32) -> Declaration {
        Declaration {
            month: month.parse().expect("month"),
            employer_id: "1234567".into(),
            employer_name: "X".into(),
            days,
            salary: Centimes::dirhams(5000),
        }
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("day")
    }

    #[test]
    fn gaps_are_the_holes_between_the_first_and_the_last_declared_months() {
        let d = [
            decl("2026-09", 26),
            decl("2026-07", 26),
            decl("2026-06", 10),
        ];
        let last = YearMonth::of(day("2026-12-02")).plus(-1);
        let months: Vec<String> = gaps(&d, last).iter().map(|m| m.to_string()).collect();
        // October and November come after the last declaration: a job ended, or a
        // declaration not due yet — no gap to report against an employer.
        assert_eq!(months, ["2026-08"]);
        assert!(gaps(&[], last).is_empty());
        // A declaration after `last` (a pensioner's, or the current month's) moves nothing.
        let mut later = d.to_vec();
        later.push(decl("2026-12", 26));
        let months: Vec<String> = gaps(&later, last).iter().map(|m| m.to_string()).collect();
        assert_eq!(months, ["2026-08"]);
    }

    #[test]
    fn children_are_ranked_eldest_first_and_the_ended_ones_do_not_count() {
        let p = parameters_on(day("2026-12-02"));
        let on = day("2026-12-02");
        let kids = [
            (day("2004-01-01"), ChildSituation::Ordinary, false),
            (day("2010-01-01"), ChildSituation::Student, false),
            (day("2012-01-01"), ChildSituation::Student, true),
            (day("2016-01-01"), ChildSituation::Ordinary, false),
            (day("2018-01-01"), ChildSituation::Ordinary, false),
        ];
        let got = allowances(&kids, on, p);
        assert_eq!(got[0], (AllowanceStatus::Ended, Centimes(0)));
        assert_eq!(got[1], (AllowanceStatus::Paid, Centimes::dirhams(300)));
        assert_eq!(got[2], (AllowanceStatus::Suspended, Centimes(0)));
        assert_eq!(got[3], (AllowanceStatus::Paid, Centimes::dirhams(300)));
        assert_eq!(got[4], (AllowanceStatus::Paid, Centimes::dirhams(36)));
    }

    #[test]
    fn school_years_start_in_september() {
        assert_eq!(school_year(day("2026-12-02")), 2026);
        assert_eq!(school_year(day("2027-08-31")), 2026);
        assert_eq!(school_year(day("2027-09-01")), 2027);
    }
}
