//! Attestations: the facts computed from the holder's own records, the signed statement, the
//! PDF, and the issuer's keys.
//!
//! - **Keys** (`attestation_keys`): Ed25519, one signing at a time; [`rotate`] retires it and
//!   makes another; every key stays published ([`published_keys`]), so a document signed
//!   before a rotation still verifies. The secret is kept in the database, like the server's
//!   other secrets (a real deployment keeps it in an HSM: SECURITY.md).
//! - **Issuing** ([`issue`]): the facts of the kind asked for, from the records as they are
//!   today; the same facts (kind, holder, period or beneficiary, and what they state) answer
//!   the document already issued, unless it was revoked. A statement carries only what the
//!   document prints.
//! - **Looking up** ([`by_id`]): the verification page's online check; a revoked document says
//!   so.

pub mod page;
pub mod pdf;

use crate::errors::{ApiError, ApiResult};
use crate::messages::{self, Lang};
use crate::records::{self, Holder};
use chrono::{Datelike, NaiveDate};
use macnss_api::attestation::{
    AttestationKind, Catalog, Covered, Facts, IssueRequest, Issued, Offer, Period, PublishedKey,
    PublishedKeys, STATEMENT_VERSION, Statement, Unavailable, mask_id, public_key_of,
    sign_statement,
};
use macnss_api::records::{AllowanceStatus, Centimes, Relation, YearMonth};
use macnss_api::{ErrorCode, FieldError, ValidationError};
use rand::RngCore;
use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};

/// The signing key: made on first use.
fn signing_key(conn: &Connection, today: NaiveDate) -> rusqlite::Result<(String, [u8; 32])> {
    let current: Option<(String, Vec<u8>)> = conn
        .query_row(
            "SELECT kid, secret FROM attestation_keys WHERE retired_on IS NULL",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((kid, secret)) = current
        && let Ok(secret) = <[u8; 32]>::try_from(secret.as_slice())
    {
        return Ok((kid, secret));
    }
    new_key(conn, today)
}

fn new_key(conn: &Connection, today: NaiveDate) -> rusqlite::Result<(String, [u8; 32])> {
    use base64::Engine;
    let mut secret = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut secret);
    let mut kid = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut kid);
    let kid = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(kid);
    conn.execute(
        "INSERT INTO attestation_keys (kid, secret, created_on) VALUES (?1, ?2, ?3)",
        params![kid, secret.as_slice(), today.to_string()],
    )?;
    Ok((kid, secret))
}

/// Retires the signing key and makes another (documents signed before still verify).
pub fn rotate(conn: &Connection, today: NaiveDate) -> rusqlite::Result<String> {
    conn.execute(
        "UPDATE attestation_keys SET retired_on = ?1 WHERE retired_on IS NULL",
        [today.to_string()],
    )?;
    new_key(conn, today).map(|(kid, _)| kid)
}

/// Every key documents were ever signed with, the signing one last.
pub fn published_keys(conn: &Connection, today: NaiveDate) -> rusqlite::Result<PublishedKeys> {
    signing_key(conn, today)?;
    let mut stmt = conn.prepare_cached(
        "SELECT kid, secret, created_on, retired_on FROM attestation_keys
         ORDER BY retired_on IS NULL, created_on, kid",
    )?;
    let keys = stmt
        .query_map([], |r| {
            let secret: Vec<u8> = r.get(1)?;
            let secret = <[u8; 32]>::try_from(secret.as_slice()).unwrap_or([0; 32]);
            Ok(PublishedKey {
                kid: r.get(0)?,
                alg: "EdDSA".into(),
                public_key: public_key_of(&secret),
                from: records::parse_day(&r.get::<_, String>(2)?)?,
                retired: r
                    .get::<_, Option<String>>(3)?
                    .map(|d| records::parse_day(&d))
                    .transpose()?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(PublishedKeys { keys })
}

/// Who the document is about, as the registry has it.
struct Person {
    name: String,
    masked_id: String,
}

fn person(conn: &Connection, account_id: &str) -> ApiResult<Person> {
    conn.query_row(
        "SELECT first_name, last_name, doc_number FROM people WHERE account_id = ?1",
        [account_id],
        |r| {
            Ok(Person {
                name: format!("{} {}", r.get::<_, String>(0)?, r.get::<_, String>(1)?),
                masked_id: mask_id(&r.get::<_, String>(2)?),
            })
        },
    )
    .optional()?
    .ok_or_else(|| ApiError::code(ErrorCode::SessionExpired))
}

/// Why `kind` cannot be asked for by `holder`, if it cannot.
fn unavailable(
    conn: &Connection,
    holder: &Holder,
    kind: AttestationKind,
) -> ApiResult<Option<Unavailable>> {
    Ok(match kind {
        AttestationKind::NonImmatriculation => Some(Unavailable::PublicOnly),
        AttestationKind::AmoRights => None,
        _ if holder.is_dependant() => Some(Unavailable::InsuredOnly),
        AttestationKind::SalaryDeclaration => records::declarations(conn, &holder.household)?
            .is_empty()
            .then_some(Unavailable::NoDeclarations),
        AttestationKind::Pension => records::payments(conn, holder)?
            .pension
            .is_none()
            .then_some(Unavailable::NoPension),
        AttestationKind::Immatriculation | AttestationKind::FamilyAllowances => None,
    })
}

/// `GET /v1/attestations`.
pub fn catalog(conn: &Connection, holder: &Holder) -> ApiResult<Catalog> {
    let offers = AttestationKind::ALL
        .into_iter()
        .map(|kind| {
            Ok(Offer {
                kind,
                unavailable: unavailable(conn, holder, kind)?,
            })
        })
        .collect::<ApiResult<Vec<_>>>()?;
    let covered = records::beneficiaries(conn, holder)?
        .into_iter()
        .map(|b| Covered {
            id: b.id,
            first_name: b.first_name,
            relation: b.relation,
        })
        .collect();
    let declared = if holder.is_dependant() {
        None
    } else {
        let months: Vec<YearMonth> = records::declarations(conn, &holder.household)?
            .iter()
            .map(|d| d.month)
            .collect();
        months
            .iter()
            .min()
            .zip(months.iter().max())
            .map(|(&from, &to)| Period { from, to })
    };
    Ok(Catalog {
        offers,
        covered,
        declared,
        issued: issued(conn, &holder.account_id)?,
    })
}

/// The documents issued to `account_id`, newest first.
fn issued(conn: &Connection, account_id: &str) -> ApiResult<Vec<Issued>> {
    let mut stmt = conn.prepare_cached(
        "SELECT statement, code, length(pdf) FROM attestations
         WHERE account_id = ?1 AND revoked_at IS NULL ORDER BY issued_at DESC, reference",
    )?;
    let rows = stmt
        .query_map([account_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|(statement, code, size)| {
            let statement: Statement = serde_json::from_str(&statement)
                .map_err(|e| ApiError::internal(format!("a stored statement: {e}")))?;
            Ok(issued_of(statement, code, size))
        })
        .collect()
}

fn issued_of(statement: Statement, code: String, size: i64) -> Issued {
    Issued {
        id: statement.id.clone(),
        reference: statement.reference.clone(),
        kind: statement.facts.kind(),
        issued_on: statement.issued_on,
        statement,
        code,
        pdf_bytes: u64::try_from(size).unwrap_or(0),
    }
}

fn field(field: &str, error: ValidationError) -> ApiError {
    ApiError::validation(vec![FieldError::new(field, error)])
}

/// The facts of `request` from `holder`'s records today.
fn facts(
    conn: &Connection,
    holder: &Holder,
    request: &IssueRequest,
    today: NaiveDate,
) -> ApiResult<Facts> {
    if unavailable(conn, holder, request.kind)?.is_some() {
        return Err(ErrorCode::NotAvailable.into());
    }
    Ok(match request.kind {
        AttestationKind::Immatriculation => Facts::Immatriculation {
            since: records::declarations(conn, &holder.household)?
                .iter()
                .map(|d| d.month)
                .min()
                .map(YearMonth::first_day),
        },
        AttestationKind::SalaryDeclaration => {
            let period = request
                .period
                .ok_or_else(|| field("period", ValidationError::Required))?;
            if period.to > YearMonth::of(today) {
                return Err(field("period.to", ValidationError::DateInFuture));
            }
            let inside: Vec<_> = records::declarations(conn, &holder.household)?
                .into_iter()
                .filter(|d| d.month >= period.from && d.month <= period.to)
                .collect();
            let mut months: Vec<YearMonth> = inside.iter().map(|d| d.month).collect();
            months.sort_unstable();
            months.dedup();
            Facts::SalaryDeclaration {
                period,
                months: u32::try_from(months.len()).unwrap_or(u32::MAX),
                days: inside.iter().map(|d| d.days).sum(),
                salary: inside.iter().map(|d| d.salary).sum(),
            }
        }
        AttestationKind::AmoRights => {
            let wanted = request.beneficiary.as_deref().unwrap_or_default();
            let who = records::beneficiaries(conn, holder)?
                .into_iter()
                .find(|b| b.id == wanted)
                .ok_or(ApiError::code(ErrorCode::NotFound))?;
            let rights = records::amo_rights(conn, &holder.household, today)?;
            Facts::AmoRights {
                beneficiary: who.first_name,
                relation: who.relation,
                open: rights.open,
                until: rights.until,
            }
        }
        AttestationKind::FamilyAllowances => {
            let family = records::family(conn, holder, today)?;
            let paid: Vec<_> = family
                .children
                .iter()
                .filter(|c| c.allowance == AllowanceStatus::Paid && c.monthly > Centimes(0))
                .collect();
            Facts::FamilyAllowances {
                receiving: !paid.is_empty(),
                children: u32::try_from(paid.len()).unwrap_or(u32::MAX),
                monthly: paid.iter().map(|c| c.monthly).sum(),
            }
        }
        AttestationKind::Pension => {
            let pension = records::payments(conn, holder)?
                .pension
                .ok_or(ApiError::code(ErrorCode::NotAvailable))?;
            Facts::Pension {
                monthly: pension.monthly,
                since: pension.since,
            }
        }
        AttestationKind::NonImmatriculation => return Err(ErrorCode::NotAvailable.into()),
    })
}

/// A printed reference: `AT-<year>-XXXX-XXXX` (Crockford base32, 40 random bits).
fn new_reference(year: i32) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut bytes = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let chars: String = bytes
        .iter()
        .map(|b| ALPHABET[usize::from(b % 32)] as char)
        .collect();
    format!("AT-{year}-{}-{}", &chars[..4], &chars[4..])
}

/// Where the documents' verification page is (`--public-url`).
pub fn page_url(public_url: &str, id: &str) -> String {
    format!(
        "{}{}{id}",
        public_url.trim_end_matches('/'),
        macnss_api::attestation::VERIFY_PAGE_PREFIX
    )
}

/// `POST /v1/attestations`: the document for these facts, issued now or before.
pub fn issue(
    conn: &Connection,
    holder: &Holder,
    request: &IssueRequest,
    today: NaiveDate,
    now: i64,
    public_url: &str,
) -> ApiResult<Issued> {
    request
        .validate()
        .map_err(|e| field(request_field(request, e), e))?;
    let facts = facts(conn, holder, request, today)?;
    let who = person(conn, &holder.account_id)?;
    // The same facts about the same person: the same document.
    let key = {
        let canonical = serde_json::json!({
            "facts": &facts,
            "holder": &who.name,
            "immatriculation": &holder.household,
            "id": &who.masked_id,
        });
        hex(&Sha256::digest(canonical.to_string().as_bytes()))
    };
    let existing: Option<(String, String, i64)> = conn
        .query_row(
            "SELECT statement, code, length(pdf) FROM attestations
             WHERE account_id = ?1 AND facts_key = ?2 AND revoked_at IS NULL",
            params![holder.account_id, key],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    if let Some((statement, code, size)) = existing {
        let statement: Statement = serde_json::from_str(&statement)
            .map_err(|e| ApiError::internal(format!("a stored statement: {e}")))?;
        return Ok(issued_of(statement, code, size));
    }
    let id = crate::crypto::random_token();
    let statement = Statement {
        version: STATEMENT_VERSION,
        id: id.clone(),
        reference: new_reference(today.year()),
        issued_on: today,
        holder: who.name,
        immatriculation: holder.household.clone(),
        masked_id: who.masked_id,
        facts,
    };
    let (kid, secret) = signing_key(conn, today)?;
    let code = sign_statement(&statement, &kid, &secret);
    let pdf = pdf::render(&page::document(&statement, &code, &kid, public_url))
        .map_err(|e| ApiError::internal(format!("attestation PDF: {e}")))?;
    conn.execute(
        "INSERT INTO attestations (id, reference, account_id, facts_key, kind, statement, code,
            kid, pdf, issued_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            id,
            statement.reference,
            holder.account_id,
            key,
            records::name(statement.facts.kind()),
            serde_json::to_string(&statement)
                .map_err(|e| ApiError::internal(format!("a statement: {e}")))?,
            code,
            kid,
            pdf,
            now
        ],
    )?;
    let size = i64::try_from(pdf.len()).unwrap_or(i64::MAX);
    Ok(issued_of(statement, code, size))
}

/// The field a request's shape error is about: the period, unless the beneficiary is the
/// one missing or not asked for.
fn request_field(request: &IssueRequest, error: ValidationError) -> &'static str {
    let beneficiary = match error {
        ValidationError::Required => request.kind == AttestationKind::AmoRights,
        ValidationError::NotApplicable => {
            request.kind != AttestationKind::SalaryDeclaration && request.period.is_none()
        }
        _ => false,
    };
    if beneficiary { "beneficiary" } else { "period" }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The PDF of a document issued to `account_id` (another person's: `None`, as an unknown id).
pub fn pdf_of(conn: &Connection, account_id: &str, id: &str) -> rusqlite::Result<Option<Vec<u8>>> {
    conn.query_row(
        "SELECT pdf FROM attestations WHERE id = ?1 AND account_id = ?2 AND pdf IS NOT NULL",
        params![id, account_id],
        |r| r.get(0),
    )
    .optional()
}

/// What the online check finds for a document id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    Valid(Statement),
    Revoked(Statement, NaiveDate),
    Unknown,
}

/// The online check of the verification page.
pub fn by_id(conn: &Connection, id: &str) -> rusqlite::Result<Lookup> {
    let row: Option<(String, Option<i64>)> = conn
        .query_row(
            "SELECT statement, revoked_at FROM attestations WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((statement, revoked)) = row else {
        return Ok(Lookup::Unknown);
    };
    let Ok(statement) = serde_json::from_str::<Statement>(&statement) else {
        return Ok(Lookup::Unknown);
    };
    Ok(match revoked {
        None => Lookup::Valid(statement),
        Some(at) => Lookup::Revoked(
            statement,
            chrono::DateTime::from_timestamp(at, 0)
                .map(macnss_api::validate::casablanca_today)
                .unwrap_or_default(),
        ),
    })
}

/// Revokes a document (the demo's route; CNSS would revoke one issued in error).
pub fn revoke(conn: &mut Connection, id: &str, now: i64) -> rusqlite::Result<bool> {
    let tx = conn.transaction()?;
    let revoked: Option<(String, String)> = tx
        .query_row(
            "UPDATE attestations SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL
             RETURNING account_id, kind",
            params![id, now],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((account, kind)) = &revoked {
        // The holder is told (their inbox), in the same transaction.
        let notice = macnss_api::inbox::Notice::AttestationRevoked {
            attestation_id: id.to_owned(),
            attestation: crate::records::parse_name(kind)?,
        };
        crate::inbox::post(&tx, account, &notice, now)?;
    }
    tx.commit()?;
    Ok(revoked.is_some())
}

/// The deletion of an account keeps its documents verifiable (a bank may hold one) but drops
/// their PDFs.
pub fn forget_pdfs(conn: &Connection, account_id: &str) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE attestations SET pdf = NULL WHERE account_id = ?1",
        [account_id],
    )?;
    Ok(())
}

/// A relation in a language.
pub fn relation(lang: Lang, relation: Relation) -> String {
    messages::text(
        lang,
        match relation {
            Relation::Insured => "attestation-relation-insured",
            Relation::Spouse => "attestation-relation-spouse",
            Relation::Child => "attestation-relation-child",
        },
        &[],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use macnss_api::attestation::Period;

    pub(crate) fn sample(facts: Facts) -> Statement {
        Statement {
            version: STATEMENT_VERSION,
            id: "A".repeat(43),
            reference: "AT-2026-7F3K-9QX2".into(),
            issued_on: NaiveDate::from_ymd_opt(2026, 12, 2).expect("date"),
            holder: "Omar Tazi".into(),
            immatriculation: "678901234".into(),
            masked_id: mask_id("BK123456"),
            facts,
        }
    }

    #[test]
    fn every_kind_renders_a_pdf_a_document_under_100_kb() {
        let month = |m| YearMonth::new(2026, m).expect("month");
        for facts in [
            Facts::Immatriculation { since: None },
            Facts::SalaryDeclaration {
                period: Period {
                    from: month(1),
                    to: month(10),
                },
                months: 10,
                days: 260,
                salary: Centimes::dirhams(65_432),
            },
            Facts::AmoRights {
                beneficiary: "Yasmine".into(),
                relation: Relation::Child,
                open: true,
                until: NaiveDate::from_ymd_opt(2027, 3, 31),
            },
            Facts::FamilyAllowances {
                receiving: false,
                children: 0,
                monthly: Centimes(0),
            },
            Facts::Pension {
                monthly: Centimes::dirhams(3_100),
                since: NaiveDate::from_ymd_opt(2020, 1, 1).expect("date"),
            },
        ] {
            let statement = sample(facts);
            let code = sign_statement(&statement, "a2V5", &[1; 32]);
            let bytes = pdf::render(&page::document(
                &statement,
                &code,
                "a2V5",
                "https://macnss.example",
            ))
            .unwrap_or_else(|e| panic!("{e}"));
            assert!(bytes.starts_with(b"%PDF-"));
            assert!(bytes.len() < 100_000, "{} bytes", bytes.len());
        }
    }
}
