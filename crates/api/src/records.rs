//! The records of the private space, as they travel: the career (monthly salary
//! declarations), AMO reimbursement claims, the children and their family allowances with the
//! yearly TAWIDATY schooling check, payments, the pension, the bank account (masked), and
//! reports of a missing declaration («réclamations»).
//!
//! Wire conventions: amounts are integer centimes ([`Centimes`]), dates ISO 8601
//! (`YYYY-MM-DD`), months `YYYY-MM` ([`YearMonth`]); every list is ordered newest first; ids
//! are the server's opaque, unguessable ids (43 base64url characters), never a row number.
//! Every state and reason is a closed enum, so the app words it in the reader's language.

use crate::benefits::Eligibility;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// An amount of Moroccan dirhams in centimes (1 DH = 100 centimes). Integers only: no
/// rounding ever happens on the wire.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct Centimes(pub i64);

impl Centimes {
    /// `dirhams` whole dirhams.
    pub const fn dirhams(dirhams: i64) -> Self {
        Self(dirhams * 100)
    }
}

impl std::ops::Add for Centimes {
    type Output = Self;
    fn add(self, rhs: Self) -> Self {
        Self(self.0 + rhs.0)
    }
}

impl std::iter::Sum for Centimes {
    fn sum<I: Iterator<Item = Self>>(iter: I) -> Self {
        Self(iter.map(|c| c.0).sum())
    }
}

/// A calendar month, `YYYY-MM` on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct YearMonth {
    year: i32,
    /// 1 to 12.
    month: u32,
}

/// Why a `YYYY-MM` text is not a month.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a month (YYYY-MM, 1900 to 2999)")]
pub struct NotAMonth;

impl YearMonth {
    /// The month `month` (1 to 12) of `year` (1900 to 2999).
    pub fn new(year: i32, month: u32) -> Result<Self, NotAMonth> {
        if (1900..=2999).contains(&year) && (1..=12).contains(&month) {
            Ok(Self { year, month })
        } else {
            Err(NotAMonth)
        }
    }

    /// The month `date` falls in.
    pub fn of(date: NaiveDate) -> Self {
        Self {
            year: date.year(),
            month: date.month(),
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        self.month
    }

    /// The month `n` months later (`n` may be negative).
    pub fn plus(self, n: i32) -> Self {
        let index = self.year * 12 + (self.month as i32 - 1) + n;
        Self {
            year: index.div_euclid(12),
            month: index.rem_euclid(12) as u32 + 1,
        }
    }

    /// Months from `self` to `later` (negative when `later` is earlier).
    pub fn months_until(self, later: Self) -> i32 {
        (later.year * 12 + later.month as i32) - (self.year * 12 + self.month as i32)
    }

    /// The first day of the month.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("a month of 1900 to 2999")
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl std::str::FromStr for YearMonth {
    type Err = NotAMonth;
    fn from_str(s: &str) -> Result<Self, NotAMonth> {
        let (y, m) = s.split_once('-').ok_or(NotAMonth)?;
        if y.len() != 4 || m.len() != 2 || !(y.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit())
        {
            return Err(NotAMonth);
        }
        Self::new(
            y.parse().map_err(|_| NotAMonth)?,
            m.parse().map_err(|_| NotAMonth)?,
        )
    }
}

impl TryFrom<String> for YearMonth {
    type Error = NotAMonth;
    fn try_from(s: String) -> Result<Self, NotAMonth> {
        s.parse()
    }
}

impl From<YearMonth> for String {
    fn from(m: YearMonth) -> String {
        m.to_string()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for YearMonth {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .pattern(Some(r"^(19|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])$"))
            .description(Some("A calendar month, YYYY-MM."))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for YearMonth {}

// ---------------------------------------------------------------------------------------------
// The private space's summary («Mon espace»)

/// What «Mon espace» shows on each card, computed by the server from the holder's records
/// (`GET /v1/space`). A dependant's summary has no career, family or payments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SpaceSummary {
    /// The last month with a declaration (insured persons; `None` for a dependant or when
    /// nothing was ever declared).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_declared_month: Option<YearMonth>,
    /// Whether the career is shown at all (insured persons only).
    pub has_career: bool,
    /// Claims received, being processed or incomplete.
    pub claims_open: u32,
    /// Claims waiting for a document from the person.
    pub claims_incomplete: u32,
    /// Children with a family allowance (insured persons only).
    pub children: u32,
    /// TAWIDATY certificates to send, and the earliest date one is due.
    pub certificates_due: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_certificate_due: Option<NaiveDate>,
    /// The latest payment (insured persons only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_payment: Option<NaiveDate>,
    /// AMO rights of the session holder.
    pub amo: AmoRights,
    /// Messages of the inbox not read yet («Mes messages»).
    #[serde(default)]
    pub unread_messages: u32,
}

/// AMO (health insurance) rights of the session holder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AmoRights {
    /// Rights are open today.
    pub open: bool,
    /// Open until this date (inclusive), renewed as declarations arrive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
}

// ---------------------------------------------------------------------------------------------
// Career («Ma carrière»)

/// One month's declaration by one employer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Declaration {
    pub month: YearMonth,
    /// The employer's CNSS affiliation number (7 digits).
    pub employer_id: String,
    pub employer_name: String,
    /// Days declared in the month (0 to 26: CNSS counts at most 26 days a month).
    pub days: u32,
    /// The declared gross salary.
    pub salary: Centimes,
}

/// Days and salary over a period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Totals {
    pub days: u32,
    pub salary: Centimes,
}

/// `GET /v1/career`: the declarations and what they open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Career {
    /// The day the eligibility was computed for (today in Casablanca).
    pub as_of: NaiveDate,
    /// Newest month first; several employers in one month are several entries.
    pub declarations: Vec<Declaration>,
    pub total: Totals,
    pub last_6_months: Totals,
    pub last_12_months: Totals,
    pub last_36_months: Totals,
    /// Months without any declaration between the first declared month and the last complete
    /// month (for a pensioner, the month before the pension began), newest first: each can be
    /// reported as missing.
    pub gaps: Vec<YearMonth>,
    /// The employers who declared the person, to report a missing month against.
    pub employers: Vec<Employer>,
    /// Each benefit, computed with [`crate::benefits`] from these declarations.
    pub eligibility: Vec<Eligibility>,
}

/// An employer of the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Employer {
    pub employer_id: String,
    pub name: String,
}

// ---------------------------------------------------------------------------------------------
// AMO claims («Mes remboursements»)

/// Where a claim stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ClaimState {
    /// «Reçu»: the care sheet arrived.
    Received,
    /// «En cours de traitement».
    Processing,
    /// «Incomplet»: a document is missing (see `missing`).
    Incomplete,
    /// «Remboursé».
    Reimbursed,
    /// «Refusé» (see `refusal`).
    Refused,
}

impl ClaimState {
    pub const ALL: [Self; 5] = [
        Self::Received,
        Self::Processing,
        Self::Incomplete,
        Self::Reimbursed,
        Self::Refused,
    ];

    /// Still moving: received, being processed, or waiting for a document.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Received | Self::Processing | Self::Incomplete)
    }
}

/// What an incomplete claim waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MissingDocument {
    /// The doctor's prescription («ordonnance»).
    Prescription,
    /// The itemised invoice («facture détaillée»).
    Invoice,
    /// The doctor's stamp and signature on the care sheet.
    DoctorSignature,
    /// Laboratory or imaging results.
    Results,
}

/// Why a claim was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RefusalReason {
    /// Sent more than 60 days after the care.
    LateSubmission,
    /// The care or the medicine is not covered by AMO.
    NotCovered,
    /// AMO rights were closed on the date of care.
    RightsClosed,
    /// The same care was already claimed.
    Duplicate,
}

/// The kind of care claimed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CareKind {
    Consultation,
    Pharmacy,
    Laboratory,
    Imaging,
    Dental,
    Optical,
}

/// Who received the care.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Beneficiary {
    /// An opaque id, stable for the person (to filter by).
    pub id: String,
    pub first_name: String,
    pub relation: Relation,
}

/// The beneficiary's relation to the insured person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The insured person.
    Insured,
    Spouse,
    Child,
}

/// One step of a claim's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClaimEvent {
    pub state: ClaimState,
    pub on: NaiveDate,
}

/// An AMO reimbursement claim («dossier»).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Claim {
    /// The server's opaque id (deep links, `GET /v1/claims/{claim_id}`).
    pub id: String,
    /// The dossier number people quote. CNSS does not document its format: the reference
    /// server uses `AAAA-NNNNNNN` (year received, 7 digits).
    pub number: String,
    pub beneficiary: Beneficiary,
    pub care: CareKind,
    pub care_date: NaiveDate,
    pub received_on: NaiveDate,
    pub state: ClaimState,
    pub claimed: Centimes,
    /// Set once reimbursed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reimbursed: Option<Centimes>,
    /// What an incomplete claim waits for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing: Option<MissingDocument>,
    /// Why a refused claim was refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refusal: Option<RefusalReason>,
    /// Oldest first, ending with the current state.
    pub timeline: Vec<ClaimEvent>,
}

/// `GET /v1/claims`: every claim the holder may see (newest received first), and the
/// beneficiaries to filter by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Claims {
    pub claims: Vec<Claim>,
    pub beneficiaries: Vec<Beneficiary>,
}

// ---------------------------------------------------------------------------------------------
// Family allowances and TAWIDATY

/// A child's family allowance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AllowanceStatus {
    /// Paid every month.
    Paid,
    /// Suspended (a schooling check failed or was not answered).
    Suspended,
    /// The child is past the age limit.
    Ended,
}

/// Where a child's yearly schooling check stands (TAWIDATY).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SchoolingState {
    /// CNSS checked with the school itself: nothing to do.
    Verified,
    /// A school certificate is required before `due`.
    CertificateRequired,
    /// The certificate arrived and is being checked (it can still be replaced).
    Received,
    Accepted,
    /// Refused (see `refusal`): send another one before `due`.
    Refused,
    /// Nothing arrived in time: the allowance is suspended until a certificate is accepted.
    Suspended,
}

impl SchoolingState {
    /// A certificate can be sent now (first time, again after a refusal or a suspension, or
    /// replaced while not yet checked).
    pub fn accepts_upload(self) -> bool {
        matches!(
            self,
            Self::CertificateRequired | Self::Received | Self::Refused | Self::Suspended
        )
    }
}

/// Why a school certificate was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CertificateRefusal {
    /// It cannot be read.
    Unreadable,
    /// It is not for this school year.
    WrongYear,
    /// It does not bear the insured's immatriculation number.
    MissingImmatriculation,
    /// It is for another child.
    WrongChild,
}

/// The file received for a schooling check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UploadReceipt {
    pub id: String,
    pub media_type: UploadType,
    pub bytes: u64,
    /// SHA-256 of the bytes received, hex.
    pub sha256: String,
    pub received_on: NaiveDate,
}

/// The kinds of file a certificate may be (checked by content on the server).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum UploadType {
    #[serde(rename = "image/jpeg")]
    Jpeg,
    #[serde(rename = "image/png")]
    Png,
    #[serde(rename = "application/pdf")]
    Pdf,
}

impl UploadType {
    pub const ALL: [Self; 3] = [Self::Jpeg, Self::Png, Self::Pdf];

    pub fn media_type(self) -> &'static str {
        match self {
            Self::Jpeg => "image/jpeg",
            Self::Png => "image/png",
            Self::Pdf => "application/pdf",
        }
    }

    /// The type of `bytes`, read from their first bytes (the magic numbers), never from a
    /// name: JPEG `FF D8 FF`, PNG `89 50 4E 47 0D 0A 1A 0A`, PDF `%PDF-`.
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Self::Jpeg)
        } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
            Some(Self::Png)
        } else if bytes.starts_with(b"%PDF-") {
            Some(Self::Pdf)
        } else {
            None
        }
    }
}

/// The largest certificate accepted, in bytes (5 MB).
pub const MAX_UPLOAD_BYTES: usize = 5 * 1024 * 1024;

/// The yearly schooling check of one child.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchoolingCheck {
    /// The school year's first calendar year (2026 for 2026–2027).
    pub school_year: i32,
    pub state: SchoolingState,
    /// The certificate is due by this date (inclusive), when one is asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refusal: Option<CertificateRefusal>,
    /// The certificate received, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload: Option<UploadReceipt>,
}

/// A child of the insured person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Child {
    pub id: String,
    pub first_name: String,
    pub birth_date: NaiveDate,
    pub allowance: AllowanceStatus,
    /// This month's allowance for the child (zero when suspended or ended).
    pub monthly: Centimes,
    /// Children of 12 and over are checked yearly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schooling: Option<SchoolingCheck>,
}

/// `GET /v1/family`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Family {
    /// Oldest first.
    pub children: Vec<Child>,
    /// This month's allowances in all.
    pub monthly_total: Centimes,
}

// ---------------------------------------------------------------------------------------------
// Payments and pension

/// What a payment was for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentKind {
    AmoReimbursement,
    FamilyAllowance,
    DailyAllowance,
    Pension,
}

/// One payment CNSS made to the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Payment {
    pub id: String,
    pub paid_on: NaiveDate,
    pub kind: PaymentKind,
    pub amount: Centimes,
    /// The claim it reimbursed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim_number: Option<String>,
}

/// The yearly proof of life («attestation de vie») a pensioner gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProofOfLife {
    /// Given; valid until `proof_of_life_until`.
    Valid,
    /// To give before `proof_of_life_until`.
    Due,
    /// Late: the pension is held until it is given.
    Overdue,
}

/// A pensioner's pension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Pension {
    pub monthly: Centimes,
    pub since: NaiveDate,
    pub proof_of_life: ProofOfLife,
    pub proof_of_life_until: NaiveDate,
}

/// `GET /v1/payments`: newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Payments {
    pub payments: Vec<Payment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pension: Option<Pension>,
    /// Where payments go, masked; `None` when no account is declared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_account: Option<BankAccount>,
}

/// The declared bank account, masked: never the whole RIB on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BankAccount {
    /// The bank's name.
    pub bank: String,
    /// The last 4 digits of the account number (before the key).
    pub last_digits: String,
    pub since: NaiveDate,
}

// ---------------------------------------------------------------------------------------------
// Reports of a missing declaration («réclamations»)

/// Where a report stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReportState {
    /// Sent to CNSS.
    Submitted,
    /// CNSS asked the employer.
    InReview,
    /// The employer declared the month: the career now shows it.
    Resolved,
    /// The employer showed the person did not work for them that month.
    Rejected,
}

/// A report that a month is missing from the career.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Report {
    pub id: String,
    /// The reference people quote: `R-AAAA-NNNNNN` (defined by the reference server).
    pub reference: String,
    pub employer: Employer,
    pub month: YearMonth,
    pub state: ReportState,
    pub submitted_on: NaiveDate,
    /// When the state last changed.
    pub updated_on: NaiveDate,
}

/// `GET /v1/reports`: newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Reports {
    pub reports: Vec<Report>,
}

/// `POST /v1/reports`: a month missing from the career, against one of its employers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReportRequest {
    /// One of the career's `employers`.
    pub employer_id: String,
    /// A month before the current one, not before the career's first declared month.
    pub month: YearMonth,
}

// ---------------------------------------------------------------------------------------------
// Agencies

/// A CNSS agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Agency {
    pub name: String,
    pub city: String,
    pub address: String,
    /// E.164.
    pub phone: String,
}

// ---------------------------------------------------------------------------------------------
// Changing the bank account (step-up: the password again, then a code by SMS)

/// `POST /v1/bank-account/step-up`: the password again; a code goes to the account's phone.
/// `Debug` never shows the password.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct StepUpRequest {
    pub password: String,
}

impl fmt::Debug for StepUpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("StepUpRequest { password: •••• }")
    }
}

/// A step-up in progress: the code was sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StepUpResponse {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::opaque_id))]
    pub step_up_id: String,
    /// The phone the code went to, masked (`+212 6•• ••• •78`).
    pub sent_to: String,
    /// Seconds the code stays valid.
    pub expires_in: u64,
}

/// `POST /v1/bank-account`: the new RIB, with the step-up's code. `Debug` shows neither.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BankAccountChange {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::schema::opaque_id))]
    pub step_up_id: String,
    pub code: String,
    /// 24 digits, groups separated by spaces allowed; the key must match.
    pub rib: String,
}

impl fmt::Debug for BankAccountChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BankAccountChange { code: ••••••, rib: •••• }")
    }
}

impl BankAccountChange {
    /// The code and the RIB, each checked (every refused field reported at once).
    pub fn validate(
        &self,
    ) -> Result<(crate::validate::OtpCode, crate::validate::Rib), Vec<crate::FieldError>> {
        use crate::FieldError;
        let code = crate::validate::parse_otp(&self.code);
        let rib = crate::validate::parse_rib(&self.rib);
        match (code, rib) {
            (Ok(c), Ok(r)) => Ok((c, r)),
            (c, r) => Err(c
                .err()
                .map(|e| FieldError::new("code", e))
                .into_iter()
                .chain(r.err().map(|e| FieldError::new("rib", e)))
                .collect()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_step_up_and_the_bank_change_never_show_their_secrets_in_debug() {
        let step_up = StepUpRequest {
            password: "Tajine aux pruneaux 2026".into(),
        };
        assert!(!format!("{step_up:?}").contains("Tajine"));
        let change = BankAccountChange {
            step_up_id: "x".repeat(43),
            code: "482913".into(),
            rib: "007780000987654321012345".into(),
        };
        let shown = format!("{change:?}");
        assert!(
            !shown.contains("482913") && !shown.contains("0123"),
            "{shown}"
        );
    }

    #[test]
    fn a_bank_change_reports_every_refused_field() {
        let change = BankAccountChange {
            step_up_id: "x".repeat(43),
            code: "12a".into(),
            rib: "1234".into(),
        };
        let fields: Vec<_> = change
            .validate()
            .expect_err("refused")
            .into_iter()
            .map(|f| (f.field, f.code))
            .collect();
        assert_eq!(
            fields,
            [
                ("code".to_owned(), crate::ValidationError::CodeFormat),
                ("rib".to_owned(), crate::ValidationError::RibFormat)
            ]
        );
    }

    #[test]
    fn months_read_and_write_as_yyyy_mm() {
        let m: YearMonth = "2026-10".parse().expect("valid");
        assert_eq!((m.year(), m.month()), (2026, 10));
        assert_eq!(m.to_string(), "2026-10");
        assert_eq!(serde_json::to_string(&m).expect("valid"), "\"2026-10\"");
        for bad in [
            "2026-13",
            "2026-00",
            "26-10",
            "2026-1",
            "2026/10",
            "1899-12",
            "２０２６-10",
            "",
        ] {
            assert_eq!(bad.parse::<YearMonth>(), Err(NotAMonth), "{bad}");
        }
        assert!(serde_json::from_str::<YearMonth>("\"2026-13\"").is_err());
    }

    #[test]
    fn months_add_across_years() {
        let m = YearMonth::new(2026, 1).expect("valid");
        assert_eq!(m.plus(-1), YearMonth::new(2025, 12).expect("valid"));
        assert_eq!(m.plus(11), YearMonth::new(2026, 12).expect("valid"));
        assert_eq!(m.plus(12), YearMonth::new(2027, 1).expect("valid"));
        assert_eq!(m.plus(-36), YearMonth::new(2023, 1).expect("valid"));
        assert_eq!(m.months_until(m.plus(-36)), -36);
        assert_eq!(m.plus(5).months_until(m), -5);
    }

    #[test]
    fn uploads_are_typed_by_content() {
        assert_eq!(
            UploadType::sniff(&[0xFF, 0xD8, 0xFF, 0xE0]),
            Some(UploadType::Jpeg)
        );
        assert_eq!(
            UploadType::sniff(b"\x89PNG\r\n\x1a\nrest"),
            Some(UploadType::Png)
        );
        assert_eq!(UploadType::sniff(b"%PDF-1.7\n"), Some(UploadType::Pdf));
        assert_eq!(
            UploadType::sniff(b"MZ\x90\x00"),
            None,
            "a Windows executable"
        );
        assert_eq!(UploadType::sniff(b"%PD"), None);
        assert_eq!(UploadType::sniff(b""), None);
        assert_eq!(
            serde_json::to_string(&UploadType::Pdf).expect("valid"),
            "\"application/pdf\""
        );
    }
}
