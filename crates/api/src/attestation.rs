//! Attestations: what a person may ask for, what an issued document states, and the signed
//! statement its QR code carries — sealed by the server, checked by anyone, offline.
//!
//! The statement ([`Statement`]) is CBOR, signed as a COSE_Sign1 (RFC 9052) with Ed25519
//! (`alg` EdDSA, the key's id in the protected header), the model of the EU Digital COVID
//! Certificate. The code ([`encode_code`]) is `MC1.` followed by the COSE bytes in base64url
//! (no padding): it travels in the **fragment** of the verification URL the QR holds
//! (`https://…/v/<document id>#MC1.…`), which a browser never sends to a server, so the facts
//! never reach a server log or a URL path; the path carries only the document's unguessable id,
//! for the online check. (Base45, the DCC's alphabet, has a space and `%`, which a URL cannot
//! carry as they are.)
//!
//! [`verify_code`] is the one verification, run by the server's public page and by the app,
//! against the issuer's published keys ([`PublishedKeys`], `/.well-known/…`). A rotated key
//! stays published, so the documents it signed still verify.
//!
//! ```
//! use macnss_api::attestation::{VerifyError, verify_code, PublishedKeys};
//! let keys = PublishedKeys { keys: vec![] };
//! assert_eq!(verify_code("not a code", &keys, None), Err(VerifyError::Malformed));
//! ```

use crate::records::{Centimes, Relation, YearMonth};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::NaiveDate;
use coset::{CborSerializable, CoseSign1, CoseSign1Builder, HeaderBuilder, iana};
use serde::{Deserialize, Serialize};

/// The prefix of a code: the format's name and version.
pub const CODE_PREFIX: &str = "MC1.";

/// The path of the verification page, before the document's id.
pub const VERIFY_PAGE_PREFIX: &str = "/v/";

/// The largest code accepted (a statement is a few hundred bytes; anything longer is not one).
pub const MAX_CODE_LEN: usize = 4096;

/// The statement's format version.
pub const STATEMENT_VERSION: u8 = 1;

/// The attestations of form 310-1-34.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AttestationKind {
    /// «Attestation d'immatriculation».
    Immatriculation,
    /// «Attestation de déclaration de salaire», for a chosen period.
    SalaryDeclaration,
    /// «Attestation de droits AMO», for the insured or one dependant.
    AmoRights,
    /// «Attestation de bénéfice / de non-bénéfice des allocations familiales».
    FamilyAllowances,
    /// «Attestation de perception de pension» (pensioners).
    Pension,
    /// «Attestation de non-immatriculation»: for someone without a CNSS number, so never
    /// issued from an account (a CNSS agency or the public site issues it).
    NonImmatriculation,
}

impl AttestationKind {
    pub const ALL: [Self; 6] = [
        Self::Immatriculation,
        Self::SalaryDeclaration,
        Self::AmoRights,
        Self::FamilyAllowances,
        Self::Pension,
        Self::NonImmatriculation,
    ];

    /// The kebab-case name of its messages (`attestation-kind-<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            Self::Immatriculation => "immatriculation",
            Self::SalaryDeclaration => "salary-declaration",
            Self::AmoRights => "amo-rights",
            Self::FamilyAllowances => "family-allowances",
            Self::Pension => "pension",
            Self::NonImmatriculation => "non-immatriculation",
        }
    }
}

/// Why an attestation cannot be asked for here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Unavailable {
    /// Only the insured person may ask (a dependant's account).
    InsuredOnly,
    /// The person receives no pension.
    NoPension,
    /// Nothing was ever declared: no period to attest.
    NoDeclarations,
    /// It attests having no account number: an agency issues it.
    PublicOnly,
}

/// One line of the list: an attestation and whether it may be asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Offer {
    pub kind: AttestationKind,
    /// Why not, when it cannot be asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unavailable: Option<Unavailable>,
}

/// A person an AMO attestation can be for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Covered {
    /// The beneficiary's opaque id (as in the claims).
    pub id: String,
    pub first_name: String,
    pub relation: Relation,
}

/// `GET /v1/attestations`: what the person may ask for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Catalog {
    /// Every kind, in [`AttestationKind::ALL`]'s order.
    pub offers: Vec<Offer>,
    /// Whom an AMO attestation can be for (a dependant: only themselves).
    pub covered: Vec<Covered>,
    /// The declared months a salary attestation can cover, oldest and newest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared: Option<Period>,
    /// The documents already issued to the person, newest first.
    pub issued: Vec<Issued>,
}

/// A span of months, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Period {
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "2026-01"))]
    pub from: YearMonth,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "2026-10"))]
    pub to: YearMonth,
}

/// The longest period a salary attestation covers (ten years).
pub const MAX_PERIOD_MONTHS: i32 = 120;

/// `POST /v1/attestations`: one document. Asking twice for the same facts gives the same
/// document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IssueRequest {
    pub kind: AttestationKind,
    /// The months, for a salary attestation (required there, refused elsewhere).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Whom, for an AMO attestation (required there, refused elsewhere).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary: Option<String>,
}

impl IssueRequest {
    /// The shape checks the app and the server share: a period only and always for a salary
    /// attestation, in order and at most [`MAX_PERIOD_MONTHS`] long; a beneficiary only and
    /// always for AMO rights.
    pub fn validate(&self) -> Result<(), crate::ValidationError> {
        use crate::ValidationError as E;
        let wants_period = self.kind == AttestationKind::SalaryDeclaration;
        match (&self.period, wants_period) {
            (None, true) => return Err(E::Required),
            (Some(_), false) => return Err(E::NotApplicable),
            (Some(p), true) => {
                let span = p.from.months_until(p.to);
                if span < 0 {
                    return Err(E::PeriodReversed);
                }
                if span >= MAX_PERIOD_MONTHS {
                    return Err(E::PeriodTooLong);
                }
            }
            (None, false) => {}
        }
        match (&self.beneficiary, self.kind == AttestationKind::AmoRights) {
            (None, true) => Err(E::Required),
            (Some(_), false) => Err(E::NotApplicable),
            _ => Ok(()),
        }
    }
}

/// A document issued to the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Issued {
    /// The document's opaque id (43 base64url characters): its PDF's and its verification
    /// page's.
    pub id: String,
    /// The reference printed on it.
    pub reference: String,
    pub kind: AttestationKind,
    pub issued_on: NaiveDate,
    /// What it states, as signed.
    pub statement: Statement,
    /// The code its QR carries (`MC1.…`), to share or verify.
    pub code: String,
    /// The PDF's size in bytes.
    pub pdf_bytes: u64,
}

/// What a document attests, signed. Short field names: the statement travels in a QR code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Statement {
    /// The format's version ([`STATEMENT_VERSION`]).
    #[serde(rename = "v")]
    pub version: u8,
    /// The document's id (its verification page's path).
    #[serde(rename = "i")]
    pub id: String,
    /// The reference printed on the document.
    #[serde(rename = "r")]
    pub reference: String,
    #[serde(rename = "d")]
    pub issued_on: NaiveDate,
    /// The holder's full name, as the registry has it.
    #[serde(rename = "n")]
    pub holder: String,
    /// The holder's (for a dependant, the insured person's) immatriculation number.
    #[serde(rename = "m")]
    pub immatriculation: String,
    /// The holder's ID number, masked (its first and last two characters).
    #[serde(rename = "c")]
    pub masked_id: String,
    #[serde(rename = "f")]
    pub facts: Facts,
}

/// The facts of one kind of attestation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum Facts {
    /// Registered with CNSS; since the first declaration known, when there is one.
    Immatriculation {
        #[serde(rename = "s", default, skip_serializing_if = "Option::is_none")]
        since: Option<NaiveDate>,
    },
    /// The declarations of a period.
    SalaryDeclaration {
        #[serde(rename = "p")]
        period: Period,
        /// Months with at least one declaration.
        #[serde(rename = "n")]
        months: u32,
        #[serde(rename = "j")]
        days: u32,
        #[serde(rename = "s")]
        salary: Centimes,
    },
    /// AMO rights of one person of the household.
    AmoRights {
        /// The beneficiary's first name.
        #[serde(rename = "b")]
        beneficiary: String,
        #[serde(rename = "l")]
        relation: Relation,
        #[serde(rename = "o")]
        open: bool,
        #[serde(rename = "u", default, skip_serializing_if = "Option::is_none")]
        until: Option<NaiveDate>,
    },
    /// Family allowances: received this month or not.
    FamilyAllowances {
        #[serde(rename = "o")]
        receiving: bool,
        /// Children with an allowance paid this month.
        #[serde(rename = "n")]
        children: u32,
        #[serde(rename = "s")]
        monthly: Centimes,
    },
    /// A pension paid.
    Pension {
        #[serde(rename = "s")]
        monthly: Centimes,
        #[serde(rename = "d")]
        since: NaiveDate,
    },
}

impl Facts {
    pub fn kind(&self) -> AttestationKind {
        match self {
            Self::Immatriculation { .. } => AttestationKind::Immatriculation,
            Self::SalaryDeclaration { .. } => AttestationKind::SalaryDeclaration,
            Self::AmoRights { .. } => AttestationKind::AmoRights,
            Self::FamilyAllowances { .. } => AttestationKind::FamilyAllowances,
            Self::Pension { .. } => AttestationKind::Pension,
        }
    }
}

/// A key the issuer signs with, as published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublishedKey {
    /// The key's id, as in the statement's protected header (base64url).
    pub kid: String,
    /// Always `EdDSA` (Ed25519).
    pub alg: String,
    /// The 32-byte public key, base64url.
    pub public_key: String,
    /// Signing since.
    pub from: NaiveDate,
    /// Retired on (no document signed after); `None` for the signing key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retired: Option<NaiveDate>,
}

/// `GET /.well-known/macnss-attestation-keys.json`: every key documents were ever signed with.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublishedKeys {
    pub keys: Vec<PublishedKey>,
}

/// Why a code does not verify. Each is told to the reader as it is: a code that is not one, a
/// key the issuer never published, a signature that does not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerifyError {
    /// Not a code of this format, or cut short, or not a COSE_Sign1 holding a statement.
    #[error("not an attestation code, or an incomplete one")]
    Malformed,
    /// Signed with a key the issuer never published.
    #[error("signed with an unknown key")]
    UnknownKey,
    /// The signature does not match the statement: altered or forged.
    #[error("the signature does not match")]
    BadSignature,
    /// Read from a page or link whose document id is not the statement's.
    #[error("the code belongs to another document")]
    OtherDocument,
}

/// A key id's bytes (the protected header's `kid`) from its published base64url form.
fn kid_bytes(kid: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(kid).ok().filter(|k| !k.is_empty())
}

/// Signs `statement` with the Ed25519 key `secret` (32 bytes) known as `kid`, and encodes it
/// as a code (`MC1.…`).
pub fn sign_statement(statement: &Statement, kid: &str, secret: &[u8; 32]) -> String {
    let key = ed25519_dalek::SigningKey::from_bytes(secret);
    let mut payload = Vec::new();
    ciborium::into_writer(statement, &mut payload).expect("a statement always encodes");
    let protected = HeaderBuilder::new()
        .algorithm(iana::Algorithm::EdDSA)
        .key_id(kid_bytes(kid).unwrap_or_else(|| kid.as_bytes().to_vec()))
        .build();
    let sign1 = CoseSign1Builder::new()
        .protected(protected)
        .payload(payload)
        .create_signature(b"", |data| {
            use ed25519_dalek::Signer;
            key.sign(data).to_bytes().to_vec()
        })
        .build();
    encode_code(&sign1.to_vec().expect("a COSE_Sign1 always encodes"))
}

/// The public key of the Ed25519 secret `secret`, base64url.
pub fn public_key_of(secret: &[u8; 32]) -> String {
    URL_SAFE_NO_PAD.encode(
        ed25519_dalek::SigningKey::from_bytes(secret)
            .verifying_key()
            .as_bytes(),
    )
}

/// `MC1.` and the COSE bytes in base64url.
pub fn encode_code(cose: &[u8]) -> String {
    format!("{CODE_PREFIX}{}", URL_SAFE_NO_PAD.encode(cose))
}

/// The code inside what a person pasted or scanned: the code itself, or a verification URL
/// with the code in its fragment; blanks around it ignored. Also the document id of a URL.
pub fn extract_code(input: &str) -> Option<(&str, Option<&str>)> {
    let input = input.trim();
    if input.len() > MAX_CODE_LEN {
        return None;
    }
    if input.starts_with(CODE_PREFIX) {
        return Some((input, None));
    }
    let (before, fragment) = input.split_once('#')?;
    if !fragment.starts_with(CODE_PREFIX) {
        return None;
    }
    let id = before
        .find(VERIFY_PAGE_PREFIX)
        .map(|at| &before[at + VERIFY_PAGE_PREFIX.len()..])
        .filter(|id| !id.is_empty() && !id.contains('/'));
    Some((fragment, id))
}

/// Verifies what a person pasted or scanned (a code or a verification URL) against the
/// issuer's published keys; `page_id` is the document id of the page it was read from, if
/// any. The statement is returned only when its signature is one of the issuer's.
pub fn verify_code(
    input: &str,
    keys: &PublishedKeys,
    page_id: Option<&str>,
) -> Result<Statement, VerifyError> {
    let (code, url_id) = extract_code(input).ok_or(VerifyError::Malformed)?;
    let bytes = URL_SAFE_NO_PAD
        .decode(&code[CODE_PREFIX.len()..])
        .map_err(|_| VerifyError::Malformed)?;
    let sign1 = CoseSign1::from_slice(&bytes).map_err(|_| VerifyError::Malformed)?;
    let alg_ok = sign1.protected.header.alg
        == Some(coset::RegisteredLabelWithPrivate::Assigned(
            iana::Algorithm::EdDSA,
        ));
    let payload = sign1.payload.as_deref().ok_or(VerifyError::Malformed)?;
    let statement: Statement =
        ciborium::from_reader(payload).map_err(|_| VerifyError::Malformed)?;
    if !alg_ok || statement.version != STATEMENT_VERSION {
        return Err(VerifyError::Malformed);
    }
    let kid = &sign1.protected.header.key_id;
    let key = keys
        .keys
        .iter()
        .find(|k| kid_bytes(&k.kid).as_deref() == Some(kid.as_slice()))
        .ok_or(VerifyError::UnknownKey)?;
    let public: [u8; 32] = URL_SAFE_NO_PAD
        .decode(&key.public_key)
        .ok()
        .and_then(|k| k.try_into().ok())
        .ok_or(VerifyError::UnknownKey)?;
    let public =
        ed25519_dalek::VerifyingKey::from_bytes(&public).map_err(|_| VerifyError::UnknownKey)?;
    sign1.verify_signature(b"", |sig, data| {
        let sig =
            ed25519_dalek::Signature::from_slice(sig).map_err(|_| VerifyError::BadSignature)?;
        public
            .verify_strict(data, &sig)
            .map_err(|_| VerifyError::BadSignature)
    })?;
    for id in [url_id, page_id].into_iter().flatten() {
        if id != statement.id {
            return Err(VerifyError::OtherDocument);
        }
    }
    Ok(statement)
}

/// An ID number masked for a document: its first two and last two characters.
pub fn mask_id(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    if chars.len() <= 4 {
        return "•".repeat(chars.len());
    }
    let mut out: String = chars[..2].iter().collect();
    out.push_str(&"•".repeat(chars.len() - 4));
    out.extend(&chars[chars.len() - 2..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: [u8; 32] = [7; 32];
    const OTHER: [u8; 32] = [9; 32];

    fn keys() -> PublishedKeys {
        PublishedKeys {
            keys: vec![PublishedKey {
                kid: "a2V5LTE".into(),
                alg: "EdDSA".into(),
                public_key: public_key_of(&SECRET),
                from: NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"),
                retired: None,
            }],
        }
    }

    fn statement() -> Statement {
        Statement {
            version: STATEMENT_VERSION,
            id: "A".repeat(43),
            reference: "AT-2026-7F3K-9QX2".into(),
            issued_on: NaiveDate::from_ymd_opt(2026, 12, 2).expect("date"),
            holder: "Fatima Zahra El Amrani".into(),
            immatriculation: "123456789".into(),
            masked_id: mask_id("BE123456"),
            facts: Facts::SalaryDeclaration {
                period: Period {
                    from: YearMonth::new(2026, 1).expect("month"),
                    to: YearMonth::new(2026, 10).expect("month"),
                },
                months: 10,
                days: 260,
                salary: Centimes::dirhams(65_000),
            },
        }
    }

    fn cose_of(code: &str) -> Vec<u8> {
        URL_SAFE_NO_PAD
            .decode(&code[CODE_PREFIX.len()..])
            .expect("base64url")
    }

    #[test]
    fn a_signed_statement_verifies_and_reads_back_the_same() {
        let code = sign_statement(&statement(), "a2V5LTE", &SECRET);
        assert!(code.starts_with(CODE_PREFIX));
        assert!(code.len() < 600, "{} characters", code.len());
        assert_eq!(verify_code(&code, &keys(), None), Ok(statement()));
        // Around blanks and in a verification URL's fragment too.
        let url = format!("https://macnss.example/v/{}#{code}", "A".repeat(43));
        assert_eq!(
            verify_code(&format!("  {url}\n"), &keys(), None),
            Ok(statement())
        );
    }

    #[test]
    fn every_byte_of_the_signed_part_matters() {
        let code = sign_statement(&statement(), "a2V5LTE", &SECRET);
        let cose = cose_of(&code);
        for i in 0..cose.len() {
            let mut altered = cose.clone();
            altered[i] ^= 0x01;
            let result = verify_code(&encode_code(&altered), &keys(), None);
            assert!(result.is_err(), "byte {i} altered still verifies");
        }
    }

    #[test]
    fn an_altered_payload_is_a_bad_signature() {
        let code = sign_statement(&statement(), "a2V5LTE", &SECRET);
        let mut sign1 = CoseSign1::from_slice(&cose_of(&code)).expect("cose");
        let mut forged = statement();
        forged.holder = "Someone Else".into();
        let mut payload = Vec::new();
        ciborium::into_writer(&forged, &mut payload).expect("cbor");
        sign1.payload = Some(payload);
        let altered = encode_code(&sign1.to_vec().expect("cose"));
        assert_eq!(
            verify_code(&altered, &keys(), None),
            Err(VerifyError::BadSignature)
        );
    }

    #[test]
    fn a_swapped_signature_or_another_signer_is_refused() {
        let mine =
            CoseSign1::from_slice(&cose_of(&sign_statement(&statement(), "a2V5LTE", &SECRET)))
                .expect("cose");
        let mut other_doc = statement();
        other_doc.reference = "AT-2026-0000-0000".into();
        let theirs =
            CoseSign1::from_slice(&cose_of(&sign_statement(&other_doc, "a2V5LTE", &SECRET)))
                .expect("cose");
        let mut swapped = mine.clone();
        swapped.signature = theirs.signature;
        assert_eq!(
            verify_code(
                &encode_code(&swapped.to_vec().expect("cose")),
                &keys(),
                None
            ),
            Err(VerifyError::BadSignature)
        );
        // The same key id, another secret: a forgery.
        let forged = sign_statement(&statement(), "a2V5LTE", &OTHER);
        assert_eq!(
            verify_code(&forged, &keys(), None),
            Err(VerifyError::BadSignature)
        );
    }

    #[test]
    fn an_unknown_key_id_is_refused_and_a_rotated_key_still_verifies() {
        let code = sign_statement(&statement(), "bmV3LWtleQ", &OTHER);
        assert_eq!(
            verify_code(&code, &keys(), None),
            Err(VerifyError::UnknownKey)
        );
        let mut rotated = keys();
        rotated.keys[0].retired = NaiveDate::from_ymd_opt(2026, 6, 1);
        rotated.keys.push(PublishedKey {
            kid: "bmV3LWtleQ".into(),
            alg: "EdDSA".into(),
            public_key: public_key_of(&OTHER),
            from: NaiveDate::from_ymd_opt(2026, 6, 1).expect("date"),
            retired: None,
        });
        assert!(verify_code(&code, &rotated, None).is_ok());
        let old = sign_statement(&statement(), "a2V5LTE", &SECRET);
        assert!(verify_code(&old, &rotated, None).is_ok());
    }

    #[test]
    fn a_truncated_or_foreign_code_is_malformed() {
        let code = sign_statement(&statement(), "a2V5LTE", &SECRET);
        for cut in [5, code.len() / 2, code.len() - 3] {
            assert_eq!(
                verify_code(&code[..cut], &keys(), None),
                Err(VerifyError::Malformed),
                "cut at {cut}"
            );
        }
        for foreign in [
            "",
            "MC1.",
            "MC1.!!!",
            "HC1:NCFOXN%TS3DH",
            "https://x/v/abc#nope",
        ] {
            assert_eq!(
                verify_code(foreign, &keys(), None),
                Err(VerifyError::Malformed),
                "{foreign}"
            );
        }
        let long = format!("{CODE_PREFIX}{}", "A".repeat(MAX_CODE_LEN));
        assert_eq!(
            verify_code(&long, &keys(), None),
            Err(VerifyError::Malformed)
        );
    }

    #[test]
    fn a_code_read_from_another_documents_page_is_refused() {
        let code = sign_statement(&statement(), "a2V5LTE", &SECRET);
        let other = "B".repeat(43);
        assert_eq!(
            verify_code(&code, &keys(), Some(&other)),
            Err(VerifyError::OtherDocument)
        );
        let url = format!("https://macnss.example/v/{other}#{code}");
        assert_eq!(
            verify_code(&url, &keys(), None),
            Err(VerifyError::OtherDocument)
        );
        assert!(verify_code(&code, &keys(), Some(&"A".repeat(43))).is_ok());
    }

    #[test]
    fn the_request_shape_is_checked_at_each_boundary() {
        use crate::ValidationError as E;
        let month = |y, m| YearMonth::new(y, m).expect("month");
        let salary = |from, to| IssueRequest {
            kind: AttestationKind::SalaryDeclaration,
            period: Some(Period { from, to }),
            beneficiary: None,
        };
        assert_eq!(salary(month(2026, 1), month(2026, 1)).validate(), Ok(()));
        assert_eq!(
            salary(month(2026, 2), month(2026, 1)).validate(),
            Err(E::PeriodReversed)
        );
        assert_eq!(salary(month(2017, 1), month(2026, 12)).validate(), Ok(()));
        assert_eq!(
            salary(month(2016, 12), month(2026, 12)).validate(),
            Err(E::PeriodTooLong)
        );
        let bare = |kind| IssueRequest {
            kind,
            period: None,
            beneficiary: None,
        };
        assert_eq!(
            bare(AttestationKind::SalaryDeclaration).validate(),
            Err(E::Required)
        );
        assert_eq!(
            bare(AttestationKind::AmoRights).validate(),
            Err(E::Required)
        );
        assert_eq!(bare(AttestationKind::Immatriculation).validate(), Ok(()));
        let mut extra = bare(AttestationKind::Pension);
        extra.beneficiary = Some("x".into());
        assert_eq!(extra.validate(), Err(E::NotApplicable));
        let mut extra = bare(AttestationKind::FamilyAllowances);
        extra.period = Some(Period {
            from: month(2026, 1),
            to: month(2026, 2),
        });
        assert_eq!(extra.validate(), Err(E::NotApplicable));
    }

    #[test]
    fn an_id_number_is_masked_but_its_ends() {
        assert_eq!(mask_id("BE123456"), "BE••••56");
        assert_eq!(mask_id("A1234"), "A1•34");
        assert_eq!(mask_id("AB12"), "••••");
    }
}
