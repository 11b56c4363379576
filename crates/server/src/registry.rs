//! The registry of insured persons and their dependants, as CNSS knows them: the 9-digit
//! account identifier, kind, regime, identity document, birth date, name and the phone
//! declared to CNSS. Loaded from the demo file (`demo/registry.json`) and from
//! [`synthetic_person`]; matched against at sign-up and recovery.

use chrono::NaiveDate;
use macnss_api::types::{AccountKind, Profile, Regime};
use macnss_api::validate::IdDocumentKind;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Deserialize;

/// The demo registry, compiled in so `--demo` works from any directory.
pub const DEMO_REGISTRY: &str = include_str!("../demo/registry.json");

/// One person of the registry.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub account_id: String,
    pub kind: AccountKind,
    /// For a dependant: the insured person's number.
    #[serde(default)]
    pub insured_id: Option<String>,
    #[serde(default)]
    pub regime: Option<Regime>,
    pub document_kind: IdDocumentKind,
    pub document_number: String,
    pub document_expiry: NaiveDate,
    pub birth_date: NaiveDate,
    pub first_name: String,
    pub last_name: String,
    /// The phone declared to CNSS, E.164, where known.
    #[serde(default)]
    pub declared_phone: Option<String>,
    /// Demo only: an account that already exists, with a known password.
    #[serde(default)]
    pub account: Option<DemoAccount>,
}

/// A demo account created at load time.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoAccount {
    pub phone: String,
    pub email: String,
    pub password: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    people: Vec<Person>,
}

/// Reads a registry file.
pub fn parse_registry(json: &str) -> Result<Vec<Person>, serde_json::Error> {
    serde_json::from_str::<RegistryFile>(json).map(|f| f.people)
}

/// The `index`-th synthetic person (0-based), deterministic so tests can derive them:
/// an insured person of the régime général with account id `800000000 + index`, CNIE
/// `SY` followed by `100000 + index`, expiry 2035-12-31, born 1985-06-15, no declared phone.
pub fn synthetic_person(index: u32) -> Person {
    Person {
        account_id: format!("{:09}", 800_000_000 + u64::from(index)),
        kind: AccountKind::Insured,
        insured_id: None,
        regime: Some(Regime::General),
        document_kind: IdDocumentKind::Cnie,
        document_number: format!("SY{}", 100_000 + u64::from(index)),
        document_expiry: NaiveDate::from_ymd_opt(2035, 12, 31).expect("a valid date"),
        birth_date: NaiveDate::from_ymd_opt(1985, 6, 15).expect("a valid date"),
        first_name: "Synthetic".to_owned(),
        last_name: format!("Person {index}"),
        declared_phone: None,
        account: None,
    }
}

fn kind_str(k: AccountKind) -> &'static str {
    match k {
        AccountKind::Insured => "insured",
        AccountKind::Dependant => "dependant",
    }
}

fn regime_str(r: Regime) -> &'static str {
    match r {
        Regime::General => "general",
        Regime::SelfEmployed => "self_employed",
        Regime::AmoTadamon => "amo_tadamon",
    }
}

fn parse_regime(s: &str) -> Option<Regime> {
    match s {
        "general" => Some(Regime::General),
        "self_employed" => Some(Regime::SelfEmployed),
        "amo_tadamon" => Some(Regime::AmoTadamon),
        _ => None,
    }
}

/// Inserts (or replaces) people in the registry.
pub fn insert_people(conn: &Connection, people: &[Person]) -> Result<(), rusqlite::Error> {
    let mut stmt = conn.prepare(
        "INSERT OR REPLACE INTO people (account_id, kind, insured_id, regime, doc_kind, doc_number,
            doc_expiry, birth_date, first_name, last_name, declared_phone)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for p in people {
        stmt.execute(params![
            p.account_id,
            kind_str(p.kind),
            p.insured_id,
            p.regime.map(regime_str),
            p.document_kind.as_str(),
            p.document_number.to_ascii_uppercase(),
            p.document_expiry.to_string(),
            p.birth_date.to_string(),
            p.first_name,
            p.last_name,
            p.declared_phone,
        ])?;
    }
    Ok(())
}

/// A registry row as the flows need it.
#[derive(Debug, Clone)]
pub struct RegistryEntry {
    pub account_id: String,
    pub kind: AccountKind,
    pub insured_id: Option<String>,
    pub regime: Option<Regime>,
    pub document_expiry: NaiveDate,
    pub birth_date: NaiveDate,
    pub first_name: String,
    pub last_name: String,
    pub declared_phone: Option<String>,
}

impl RegistryEntry {
    pub fn profile(&self) -> Profile {
        Profile {
            account_id: self.account_id.clone(),
            kind: self.kind,
            first_name: self.first_name.clone(),
            last_name: self.last_name.clone(),
            regime: self.regime,
            insured_id: self.insured_id.clone(),
        }
    }
}

const ENTRY_COLUMNS: &str = "account_id, kind, insured_id, regime, doc_expiry, birth_date, \
                             first_name, last_name, declared_phone";

fn entry(row: &rusqlite::Row<'_>) -> rusqlite::Result<RegistryEntry> {
    let kind: String = row.get(1)?;
    let regime: Option<String> = row.get(3)?;
    let date = |i: usize| -> rusqlite::Result<NaiveDate> {
        let s: String = row.get(i)?;
        s.parse().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        })
    };
    Ok(RegistryEntry {
        account_id: row.get(0)?,
        kind: if kind == "dependant" {
            AccountKind::Dependant
        } else {
            AccountKind::Insured
        },
        insured_id: row.get(2)?,
        regime: regime.as_deref().and_then(parse_regime),
        document_expiry: date(4)?,
        birth_date: date(5)?,
        first_name: row.get(6)?,
        last_name: row.get(7)?,
        declared_phone: row.get(8)?,
    })
}

/// The person holding this identity document.
pub fn by_document(
    conn: &Connection,
    kind: IdDocumentKind,
    number: &str,
) -> rusqlite::Result<Option<RegistryEntry>> {
    conn.query_row(
        &format!("SELECT {ENTRY_COLUMNS} FROM people WHERE doc_kind = ?1 AND doc_number = ?2"),
        params![kind.as_str(), number],
        entry,
    )
    .optional()
}

/// The person with this account identifier.
pub fn by_account_id(
    conn: &Connection,
    account_id: &str,
) -> rusqlite::Result<Option<RegistryEntry>> {
    conn.query_row(
        &format!("SELECT {ENTRY_COLUMNS} FROM people WHERE account_id = ?1"),
        params![account_id],
        entry,
    )
    .optional()
}
