//! Where the private space's records come from: the demo file (`demo/records.json`, compiled
//! in) and the synthetic people (`--synthetic N`). Both are written as [`PersonRecords`],
//! whose dates are *relative* — months and days before the day the records are made — so the
//! demo stays realistic whatever the date: "the last 24 months" are the last 24 months.
//!
//! The demo's records are made at start and on `/dev/reset` (a person's records are made once:
//! a restart on the same database file keeps them as they are, as it keeps accounts). A
//! synthetic person's are made the first time their household is read ([`ensure`]),
//! deterministically from their index, so `--synthetic 10000` costs nothing at start.

use crate::crypto::random_token;
use crate::records::{add_months, allowance_total, name, school_year};
use chrono::{Datelike, Duration, NaiveDate};
use macnss_api::benefits::{ChildSituation, parameters_on};
use macnss_api::records::{
    CareKind, CertificateRefusal, ClaimState, MissingDocument, PaymentKind, ProofOfLife,
    RefusalReason, Relation, ReportState, SchoolingState, UploadType, YearMonth,
};
use rand::Rng;
use rusqlite::{Connection, params};
use serde::Deserialize;
use std::collections::HashMap;

/// The demo's records, compiled in so `--demo` works from any directory.
pub const DEMO_RECORDS: &str = include_str!("../../demo/records.json");

/// The records file: employers, then each person's records.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordsFile {
    pub employers: Vec<EmployerSpec>,
    pub people: Vec<PersonRecords>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmployerSpec {
    /// The CNSS affiliation number (7 digits).
    pub employer_id: String,
    pub name: String,
}

/// Everything an insured person's household has, dated relative to the day it is made.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonRecords {
    /// The insured person (registry account id).
    pub account_id: String,
    /// AMO rights not derived from declarations (a pension, a self-employed person's
    /// contributions, AMO TADAMON): open until this many days after today.
    #[serde(default)]
    pub amo_until_days: Option<i64>,
    #[serde(default)]
    pub career: Vec<Job>,
    /// The other beneficiaries of AMO: registered dependants, or a first name.
    #[serde(default)]
    pub household: Vec<Member>,
    #[serde(default)]
    pub children: Vec<ChildSpec>,
    #[serde(default)]
    pub claims: Vec<ClaimSpec>,
    /// Other payments (daily allowances, …); reimbursed claims, allowances and the pension
    /// make their own.
    #[serde(default)]
    pub payments: Vec<PaymentSpec>,
    /// Monthly family-allowance payments for this many months (the 5th of each month).
    #[serde(default)]
    pub allowance_payment_months: u32,
    #[serde(default)]
    pub pension: Option<PensionSpec>,
    #[serde(default)]
    pub bank_account: Option<BankSpec>,
    #[serde(default)]
    pub reports: Vec<ReportSpec>,
}

/// Declarations by one employer, every month from `from_months_ago` to `to_months_ago`
/// (months before the current one: 1 is the last complete month).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Job {
    pub employer_id: String,
    pub from_months_ago: u32,
    pub to_months_ago: u32,
    pub days: u32,
    /// Centimes.
    pub salary: i64,
    /// Months declared differently (a sick leave, a part-time month).
    #[serde(default)]
    pub except: Vec<MonthSpec>,
    /// Months with no declaration at all.
    #[serde(default)]
    pub skip_months_ago: Vec<u32>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonthSpec {
    pub months_ago: u32,
    pub days: u32,
    pub salary: i64,
}

/// A beneficiary of the household: a registered dependant (`account_id`, whose first name is
/// the registry's) or someone known by first name only.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    #[serde(default)]
    pub account_id: Option<String>,
    #[serde(default)]
    pub first_name: Option<String>,
    pub relation: Relation,
}

/// A child: born `age_years` years and `age_days` days before today.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChildSpec {
    pub first_name: String,
    pub age_years: u32,
    #[serde(default)]
    pub age_days: i64,
    pub situation: ChildSituation,
    /// This school year's TAWIDATY check (children of 12 and over).
    #[serde(default)]
    pub schooling: Option<SchoolingSpec>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchoolingSpec {
    pub state: SchoolingState,
    /// Due this many months after today (negative days: already past).
    #[serde(default)]
    pub due_in_months: Option<u32>,
    #[serde(default)]
    pub due_in_days: Option<i64>,
    #[serde(default)]
    pub refusal: Option<CertificateRefusal>,
    /// A certificate received this many days ago (a small PDF made for the demo).
    #[serde(default)]
    pub upload_days_ago: Option<i64>,
}

/// A claim: its beneficiary (`self`, a dependant's account id, or a first name of the
/// household or of a child), and its history, oldest first (state, days ago).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimSpec {
    pub beneficiary: String,
    pub care: CareKind,
    pub care_days_ago: i64,
    /// Centimes.
    pub claimed: i64,
    pub history: Vec<(ClaimState, i64)>,
    #[serde(default)]
    pub reimbursed: Option<i64>,
    /// The reimbursement's payment, this many days ago.
    #[serde(default)]
    pub paid_days_ago: Option<i64>,
    #[serde(default)]
    pub missing: Option<MissingDocument>,
    #[serde(default)]
    pub refusal: Option<RefusalReason>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PaymentSpec {
    pub kind: PaymentKind,
    pub days_ago: i64,
    pub amount: i64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PensionSpec {
    pub monthly: i64,
    /// Paid since the first day of the month this many months ago.
    pub since_months_ago: u32,
    pub proof_of_life: ProofOfLife,
    /// `proof_of_life_until`, this many days after today.
    pub proof_of_life_in_days: i64,
    /// Monthly pension payments for this many months (the 3rd of each month).
    #[serde(default)]
    pub payment_months: u32,
}

/// The RIB without its key (22 digits: bank, city, account): the key is computed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BankSpec {
    pub bank_city_account: String,
    pub since_days_ago: i64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportSpec {
    pub employer_id: String,
    pub months_ago: u32,
    pub state: ReportState,
    pub submitted_days_ago: i64,
    pub updated_days_ago: i64,
}

/// Reads a records file.
pub fn parse(json: &str) -> Result<RecordsFile, serde_json::Error> {
    serde_json::from_str(json)
}

/// Whether `account_id`'s records were made.
fn seeded(conn: &Connection, account_id: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM record_seeds WHERE account_id = ?1)",
        [account_id],
        |r| r.get(0),
    )
}

/// Makes the demo's records, relative to `today`, for every person of the file who is in the
/// registry and has none yet.
pub fn load_demo(conn: &Connection, file: &RecordsFile, today: NaiveDate) -> rusqlite::Result<()> {
    for e in &file.employers {
        conn.execute(
            "INSERT OR REPLACE INTO employers (employer_id, name) VALUES (?1, ?2)",
            params![e.employer_id, e.name],
        )?;
    }
    for person in &file.people {
        if crate::registry::by_account_id(conn, &person.account_id)?.is_some()
            && !seeded(conn, &person.account_id)?
        {
            insert(conn, person, today)?;
        }
    }
    Ok(())
}

/// Makes the records of `household` on first use, when it is a synthetic person's.
pub fn ensure(
    conn: &Connection,
    household: &str,
    synthetic: u32,
    today: NaiveDate,
) -> rusqlite::Result<()> {
    let Some(index) = synthetic_index(household, synthetic) else {
        return Ok(());
    };
    if seeded(conn, household)? {
        return Ok(());
    }
    for (id, name) in SYNTHETIC_EMPLOYERS {
        conn.execute(
            "INSERT OR IGNORE INTO employers (employer_id, name) VALUES (?1, ?2)",
            params![id, name],
        )?;
    }
    insert(conn, &synthetic_records(index), today)
}

/// The index of a synthetic person's account id (`800000000 + i`, `i < synthetic`).
pub fn synthetic_index(account_id: &str, synthetic: u32) -> Option<u32> {
    let n: u64 = account_id.parse().ok()?;
    let i = u32::try_from(n.checked_sub(800_000_000)?).ok()?;
    (i < synthetic).then_some(i)
}

/// Employers of the synthetic careers (fictional).
const SYNTHETIC_EMPLOYERS: [(&str, &str); 4] = [
    ("9100001", "Synthétique Industries SA"),
    ("9100002", "Synthétique Services SARL"),
    ("9100003", "Synthétique Commerce SARL"),
    ("9100004", "Synthétique Transport SA"),
];

/// SplitMix64: the synthetic people's deterministic draws.
struct Draws(u64);

impl Draws {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// Synthetic person `index`'s records: small (at most 66 declarations, 3 claims, 2 children),
/// the same every time for the same index and day.
pub fn synthetic_records(index: u32) -> PersonRecords {
    let mut d = Draws(u64::from(index));
    let account_id = format!("{:09}", 800_000_000 + u64::from(index));
    let employer = SYNTHETIC_EMPLOYERS[d.below(4) as usize].0.to_owned();
    let months = 6 + d.below(60) as u32;
    let end = if d.below(8) == 0 { 3 } else { 1 };
    let days = 18 + d.below(9) as u32;
    let salary = (3_000 + d.below(9_000) as i64) * 100;
    let skip = if d.below(5) == 0 {
        vec![end + 2]
    } else {
        vec![]
    };
    let children: Vec<ChildSpec> = (0..d.below(3))
        .map(|k| {
            let age = 4 + d.below(17) as u32;
            let situation = if age >= 12 {
                ChildSituation::Student
            } else {
                ChildSituation::Ordinary
            };
            let schooling = (age >= 12).then(|| SchoolingSpec {
                state: [
                    SchoolingState::Verified,
                    SchoolingState::CertificateRequired,
                    SchoolingState::Accepted,
                ][d.below(3) as usize],
                due_in_months: Some(1),
                due_in_days: None,
                refusal: None,
                upload_days_ago: None,
            });
            ChildSpec {
                first_name: ["Sami", "Rim", "Ilyas"][k as usize % 3].to_owned(),
                age_years: age,
                age_days: d.below(300) as i64,
                situation,
                schooling,
            }
        })
        .collect();
    let claims = (0..1 + d.below(3))
        .map(|k| {
            let state = ClaimState::ALL[(u64::from(index) + k) as usize % ClaimState::ALL.len()];
            let received = 5 + d.below(120) as i64;
            let mut history = vec![(ClaimState::Received, received)];
            if state != ClaimState::Received {
                history.push((ClaimState::Processing, received - 2));
            }
            if !matches!(state, ClaimState::Received | ClaimState::Processing) {
                history.push((state, received - 4));
            }
            let claimed = (100 + d.below(1_500) as i64) * 100;
            ClaimSpec {
                beneficiary: "self".into(),
                care: [
                    CareKind::Consultation,
                    CareKind::Pharmacy,
                    CareKind::Laboratory,
                ][d.below(3) as usize],
                care_days_ago: received + 3,
                claimed,
                history,
                reimbursed: (state == ClaimState::Reimbursed).then_some(claimed * 7 / 10),
                paid_days_ago: (state == ClaimState::Reimbursed).then_some((received - 6).max(0)),
                missing: (state == ClaimState::Incomplete).then_some(MissingDocument::Invoice),
                refusal: (state == ClaimState::Refused).then_some(RefusalReason::NotCovered),
            }
        })
        .collect();
    let bank = crate::directory::bank_codes()
        .nth(d.below(crate::directory::bank_codes().count() as u64) as usize)
        .unwrap_or("007");
    PersonRecords {
        account_id,
        career: vec![Job {
            employer_id: employer,
            from_months_ago: end + months - 1,
            to_months_ago: end,
            days,
            salary,
            except: vec![],
            skip_months_ago: skip,
        }],
        allowance_payment_months: if children.is_empty() { 0 } else { 3 },
        children,
        claims,
        bank_account: Some(BankSpec {
            bank_city_account: format!("{bank}780{:016}", 1_000_000_000 + u64::from(index)),
            since_days_ago: 400 + d.below(2_000) as i64,
        }),
        ..PersonRecords::default()
    }
}

fn days_ago(today: NaiveDate, n: i64) -> NaiveDate {
    today - Duration::days(n)
}

/// A number no row of `table` has in `column`: `prefix` then `digits` random digits.
fn fresh_number(
    conn: &Connection,
    table: &str,
    column: &str,
    prefix: &str,
    digits: u32,
) -> rusqlite::Result<String> {
    let mut rng = rand::rngs::OsRng;
    loop {
        let n = rng.gen_range(0..10u64.pow(digits));
        let candidate = format!("{prefix}{n:0width$}", width = digits as usize);
        let taken: bool = conn.query_row(
            &format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE {column} = ?1)"),
            [&candidate],
            |r| r.get(0),
        )?;
        if !taken {
            return Ok(candidate);
        }
    }
}

/// A claim's dossier number: `AAAA-NNNNNNN` (the year received, 7 digits). CNSS does not
/// document its format: this one is the reference server's own.
pub fn claim_number(conn: &Connection, received: NaiveDate) -> rusqlite::Result<String> {
    fresh_number(
        conn,
        "claims",
        "number",
        &format!("{:04}-", received.year()),
        7,
    )
}

/// A report's reference: `R-AAAA-NNNNNN` (the year submitted, 6 digits), the reference
/// server's own format.
pub fn report_reference(conn: &Connection, submitted: NaiveDate) -> rusqlite::Result<String> {
    fresh_number(
        conn,
        "reports",
        "reference",
        &format!("R-{:04}-", submitted.year()),
        6,
    )
}

/// Records a payment.
pub fn insert_payment(
    conn: &Connection,
    account_id: &str,
    paid_on: NaiveDate,
    kind: PaymentKind,
    amount: i64,
    claim_id: Option<&str>,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO payments (id, account_id, paid_on, kind, amount, claim_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            random_token(),
            account_id,
            paid_on.to_string(),
            name(kind),
            amount,
            claim_id
        ],
    )?;
    Ok(())
}

/// A small, valid PDF standing for a certificate the demo says was received.
fn demo_pdf(first_name: &str) -> Vec<u8> {
    format!(
        "%PDF-1.4\n% MaCNSS demo certificate\n1 0 obj << /Type /Catalog /Pages 2 0 R >> \
         endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% Certificat de \
         scolarité : {first_name}\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )
    .into_bytes()
}

/// Stores an upload's bytes (with their SHA-256); returns its id.
#[allow(clippy::too_many_arguments)]
pub fn insert_upload(
    conn: &Connection,
    account_id: &str,
    child_id: &str,
    kind: UploadType,
    bytes: &[u8],
    received_on: NaiveDate,
    now: i64,
) -> rusqlite::Result<(String, String)> {
    use sha2::Digest;
    let id = random_token();
    let sha256: String = sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    conn.execute(
        "INSERT INTO uploads (id, account_id, child_id, media_type, size, sha256, content,
            received_on, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            id,
            account_id,
            child_id,
            name(kind),
            bytes.len(),
            sha256,
            bytes,
            received_on.to_string(),
            now
        ],
    )?;
    Ok((id, sha256))
}

/// Inserts one person's records, dated from `today`.
pub fn insert(conn: &Connection, r: &PersonRecords, today: NaiveDate) -> rusqlite::Result<()> {
    let who = &r.account_id;
    let current = YearMonth::of(today);
    conn.execute(
        "INSERT INTO record_seeds (account_id, seeded_on, amo_until) VALUES (?1, ?2, ?3)",
        params![
            who,
            today.to_string(),
            r.amo_until_days
                .map(|d| (today + Duration::days(d)).to_string())
        ],
    )?;

    // The career.
    {
        let mut stmt = conn.prepare_cached(
            "INSERT INTO declarations (account_id, month, employer_id, days, salary)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for job in &r.career {
            for ago in job.to_months_ago..=job.from_months_ago {
                if job.skip_months_ago.contains(&ago) {
                    continue;
                }
                let (days, salary) = job
                    .except
                    .iter()
                    .find(|e| e.months_ago == ago)
                    .map_or((job.days, job.salary), |e| (e.days, e.salary));
                let month = current.plus(-i32::try_from(ago).unwrap_or(0));
                stmt.execute(params![
                    who,
                    month.to_string(),
                    job.employer_id,
                    days,
                    salary
                ])?;
            }
        }
    }

    // The beneficiaries: the insured, the household, the children.
    let mut beneficiary: HashMap<String, String> = HashMap::new();
    let add_beneficiary = |account: Option<&str>,
                           child: Option<&str>,
                           first_name: &str,
                           relation: Relation|
     -> rusqlite::Result<String> {
        let id = random_token();
        conn.execute(
            "INSERT INTO beneficiaries (id, insured_id, account_id, child_id, first_name,
                relation) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![id, who, account, child, first_name, name(relation)],
        )?;
        Ok(id)
    };
    let first_name_of = |account: &str| -> rusqlite::Result<String> {
        Ok(crate::registry::by_account_id(conn, account)?
            .map_or_else(|| account.to_owned(), |p| p.first_name))
    };
    let me = add_beneficiary(Some(who), None, &first_name_of(who)?, Relation::Insured)?;
    beneficiary.insert("self".into(), me);
    for m in &r.household {
        let first = match (&m.first_name, &m.account_id) {
            (Some(f), _) => f.clone(),
            (None, Some(a)) => first_name_of(a)?,
            (None, None) => continue,
        };
        let id = add_beneficiary(m.account_id.as_deref(), None, &first, m.relation)?;
        if let Some(a) = &m.account_id {
            beneficiary.insert(a.clone(), id.clone());
        }
        beneficiary.insert(first, id);
    }
    let mut kids = Vec::new();
    for c in &r.children {
        let birth = today
            .checked_sub_months(chrono::Months::new(c.age_years * 12))
            .unwrap_or(today)
            - Duration::days(c.age_days);
        let child_id = random_token();
        conn.execute(
            "INSERT INTO children (id, insured_id, first_name, birth_date, situation)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                child_id,
                who,
                c.first_name,
                birth.to_string(),
                name(c.situation)
            ],
        )?;
        let b = add_beneficiary(None, Some(&child_id), &c.first_name, Relation::Child)?;
        beneficiary.insert(c.first_name.clone(), b);
        kids.push((birth, c.situation));
        if let Some(s) = &c.schooling {
            let due = s
                .due_in_months
                .map(|m| add_months(today, m))
                .or(s.due_in_days.map(|d| today + Duration::days(d)));
            let upload = match s.upload_days_ago {
                Some(ago) => Some(
                    insert_upload(
                        conn,
                        who,
                        &child_id,
                        UploadType::Pdf,
                        &demo_pdf(&c.first_name),
                        days_ago(today, ago),
                        0,
                    )?
                    .0,
                ),
                None => None,
            };
            conn.execute(
                "INSERT INTO schooling_checks (child_id, school_year, state, due, refusal,
                    upload_id, suspended, updated_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    child_id,
                    school_year(today),
                    name(s.state),
                    due.map(|d| d.to_string()),
                    s.refusal.map(name),
                    upload,
                    s.state == SchoolingState::Suspended,
                    today.to_string()
                ],
            )?;
            if let (SchoolingState::CertificateRequired, Some(due)) = (s.state, due) {
                let notice = macnss_api::inbox::Notice::CertificateRequired {
                    child_id: child_id.clone(),
                    due,
                };
                crate::inbox::post(conn, who, &notice, crate::inbox::start_of(today))?;
            }
        }
    }

    // The claims, their history, and the payment of each reimbursed one.
    for c in &r.claims {
        let Some(beneficiary_id) = beneficiary.get(&c.beneficiary) else {
            continue;
        };
        let Some(&(_, received_ago)) = c.history.first() else {
            continue;
        };
        let &(state, _) = c.history.last().unwrap_or(&(ClaimState::Received, 0));
        let received = days_ago(today, received_ago);
        let id = random_token();
        conn.execute(
            "INSERT INTO claims (id, insured_id, beneficiary_id, number, care, care_date,
                received_on, state, claimed, reimbursed, missing, refusal)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                id,
                who,
                beneficiary_id,
                claim_number(conn, received)?,
                name(c.care),
                days_ago(today, c.care_days_ago).to_string(),
                received.to_string(),
                name(state),
                c.claimed,
                c.reimbursed,
                c.missing.map(name),
                c.refusal.map(name)
            ],
        )?;
        for (s, ago) in &c.history {
            conn.execute(
                "INSERT INTO claim_events (claim_id, state, on_date) VALUES (?1, ?2, ?3)",
                params![id, name(*s), days_ago(today, *ago).to_string()],
            )?;
        }
        if let (Some(amount), Some(paid)) = (c.reimbursed, c.paid_days_ago) {
            insert_payment(
                conn,
                who,
                days_ago(today, paid),
                PaymentKind::AmoReimbursement,
                amount,
                Some(&id),
            )?;
        }
    }

    // Other payments, the monthly allowances, the pension.
    for p in &r.payments {
        insert_payment(
            conn,
            who,
            days_ago(today, p.days_ago),
            p.kind,
            p.amount,
            None,
        )?;
    }
    for k in 0..r.allowance_payment_months {
        let paid = current.plus(-i32::try_from(k).unwrap_or(0)).first_day() + Duration::days(4);
        let amount = allowance_total(&kids, paid, parameters_on(paid));
        if paid <= today && amount.0 > 0 {
            insert_payment(
                conn,
                who,
                paid,
                PaymentKind::FamilyAllowance,
                amount.0,
                None,
            )?;
        }
    }
    if let Some(p) = &r.pension {
        conn.execute(
            "INSERT INTO pensions (account_id, monthly, since, proof_of_life,
                proof_of_life_until) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                who,
                p.monthly,
                current
                    .plus(-i32::try_from(p.since_months_ago).unwrap_or(0))
                    .first_day()
                    .to_string(),
                name(p.proof_of_life),
                (today + Duration::days(p.proof_of_life_in_days)).to_string()
            ],
        )?;
        for k in 0..p.payment_months {
            let paid = current.plus(-i32::try_from(k).unwrap_or(0)).first_day() + Duration::days(2);
            if paid <= today {
                insert_payment(conn, who, paid, PaymentKind::Pension, p.monthly, None)?;
            }
        }
    }

    // The bank account (the key computed), the reports.
    if let Some(b) = &r.bank_account
        && let Some(key) = macnss_api::validate::rib_key(&b.bank_city_account)
    {
        conn.execute(
            "INSERT INTO bank_accounts (account_id, rib, since) VALUES (?1, ?2, ?3)",
            params![
                who,
                format!("{}{key}", b.bank_city_account),
                days_ago(today, b.since_days_ago).to_string()
            ],
        )?;
    }
    for rep in &r.reports {
        let submitted = days_ago(today, rep.submitted_days_ago);
        conn.execute(
            "INSERT INTO reports (id, account_id, reference, employer_id, month, state,
                submitted_on, updated_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                random_token(),
                who,
                report_reference(conn, submitted)?,
                rep.employer_id,
                current
                    .plus(-i32::try_from(rep.months_ago).unwrap_or(0))
                    .to_string(),
                name(rep.state),
                submitted.to_string(),
                days_ago(today, rep.updated_days_ago).to_string()
            ],
        )?;
    }
    Ok(())
}

/// The demo's records of `account_id` as the file has them (tests, the README).
pub fn demo_person(account_id: &str) -> Option<PersonRecords> {
    parse(DEMO_RECORDS)
        .ok()?
        .people
        .into_iter()
        .find(|p| p.account_id == account_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_file_parses_and_names_only_registry_people() {
        let file = parse(DEMO_RECORDS).expect("demo/records.json");
        let people =
            crate::registry::parse_registry(crate::registry::DEMO_REGISTRY).expect("registry");
        for p in &file.people {
            assert!(
                people.iter().any(|q| q.account_id == p.account_id),
                "{}",
                p.account_id
            );
            for job in &p.career {
                assert!(
                    file.employers
                        .iter()
                        .any(|e| e.employer_id == job.employer_id),
                    "{}",
                    job.employer_id
                );
                assert!(job.days <= 26 && job.to_months_ago >= 1);
            }
            if let Some(b) = &p.bank_account {
                assert!(macnss_api::validate::rib_key(&b.bank_city_account).is_some());
            }
        }
    }

    #[test]
    fn synthetic_records_are_deterministic_and_small() {
        for i in [0, 1, 7, 9_999] {
            let a = synthetic_records(i);
            let b = synthetic_records(i);
            assert_eq!(format!("{a:?}"), format!("{b:?}"));
            let months: u32 = a
                .career
                .iter()
                .map(|j| j.from_months_ago - j.to_months_ago + 1)
                .sum();
            assert!(months <= 66 && a.claims.len() <= 3 && a.children.len() <= 2);
        }
        assert_eq!(synthetic_index("800000042", 100), Some(42));
        assert_eq!(synthetic_index("800000100", 100), None);
        assert_eq!(synthetic_index("678901234", 100), None);
    }
}
