//! The private space against the demo records: every list of Omar Tazi (678901234) holds
//! records, computed as the contract's rules say; the other demo people's varied histories;
//! another person's ids are 404, malformed ones 400, no token 401; a dependant's narrower
//! space (403 not_available); the school certificate upload (typed by content, 5 MB, replaced
//! while not checked, idempotent); reports at each boundary; the demo routes that advance
//! claims, checks and reports; synthetic people's records made on first use.

use crate::helpers::*;
use chrono::{Months, NaiveDate, Utc};
use macnss_api::benefits::{self, Benefit, parameters_on};
use macnss_api::records::*;
use macnss_api::validate::casablanca_today;
use macnss_api::validate::patterns::is_opaque_id;
use serde::de::DeserializeOwned;
use serde_json::json;
use sha2::{Digest, Sha256};

fn today() -> NaiveDate {
    casablanca_today(Utc::now())
}

/// The month `n` months before the current one.
fn months_ago(n: i32) -> YearMonth {
    YearMonth::of(today()).plus(-n)
}

#[track_caller]
fn typed<T: DeserializeOwned>(a: &Answer) -> T {
    a.assert_ok();
    serde_json::from_value(a.body.clone()).expect("the contract's type")
}

async fn get<T: DeserializeOwned>(app: &TestApp, path: &str, token: &str) -> T {
    typed(&app.get_auth(path, token).await)
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A real JPEG: an 8 × 8 mid-grey baseline image (JFIF, one quantization table, one-code
/// Huffman tables: DC category 0, then end of block), as `identify` and every decoder read it.
pub fn tiny_jpeg() -> Vec<u8> {
    fn segment(out: &mut Vec<u8>, marker: u8, payload: &[u8]) {
        out.extend([0xFF, marker]);
        out.extend(
            u16::try_from(payload.len() + 2)
                .expect("short")
                .to_be_bytes(),
        );
        out.extend(payload);
    }
    let mut out = vec![0xFF, 0xD8];
    segment(&mut out, 0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
    let mut dqt = vec![0u8];
    dqt.extend([1u8; 64]);
    segment(&mut out, 0xDB, &dqt);
    segment(&mut out, 0xC0, &[8, 0, 8, 0, 8, 1, 1, 0x11, 0]);
    for class in [0x00, 0x10] {
        let mut dht = vec![class, 1];
        dht.extend([0u8; 15]);
        dht.push(0);
        segment(&mut out, 0xC4, &dht);
    }
    segment(&mut out, 0xDA, &[1, 1, 0, 0, 63, 0]);
    out.extend([0x3F, 0xFF, 0xD9]);
    out
}

/// A real one-page PDF, its cross-reference table at the right offsets.
pub fn tiny_pdf() -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    out
}

fn certificate_path(child_id: &str) -> String {
    routes_with(macnss_api::routes::CERTIFICATE, child_id)
}

fn routes_with(path: &str, id: &str) -> String {
    macnss_api::routes::with_ids(path, &[id]).expect("an opaque id")
}

fn child<'a>(family: &'a Family, name: &str) -> &'a Child {
    family
        .children
        .iter()
        .find(|c| c.first_name == name)
        .expect("the child")
}

#[tokio::test]
async fn omar_finds_records_in_every_list_computed_by_the_shared_rules() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let today = today();

    // The career: two employers, one gap month, totals and eligibility by `benefits`.
    let career: Career = get(&app, "/v1/career", &t).await;
    assert_eq!(career.as_of, today);
    assert_eq!(
        career
            .employers
            .iter()
            .map(|e| e.name.as_str())
            .collect::<Vec<_>>(),
        ["Maroc Logistique SA", "Atlas Textile SARL"],
        "the most recent first"
    );
    assert_eq!(career.gaps, [months_ago(13)]);
    assert_eq!(career.declarations[0].month, months_ago(1));
    assert_eq!(
        career.declarations.last().map(|d| d.month),
        Some(months_ago(96))
    );
    assert!(
        career
            .declarations
            .windows(2)
            .all(|w| w[0].month >= w[1].month)
    );
    let d = &career.declarations;
    assert_eq!(career.total, benefits::totals(d, today, None));
    assert_eq!(career.last_6_months, benefits::totals(d, today, Some(6)));
    assert_eq!(career.last_12_months, benefits::totals(d, today, Some(12)));
    assert_eq!(career.last_36_months, benefits::totals(d, today, Some(36)));
    assert_eq!(career.last_6_months.days, 6 * 26);
    let born: NaiveDate = "1975-08-20".parse().expect("date");
    assert_eq!(
        career.eligibility,
        benefits::eligibility(d, born, today, parameters_on(today))
    );
    let pension = career
        .eligibility
        .iter()
        .find(|e| e.benefit == Benefit::OldAgePension)
        .expect("pension");
    assert!(!pension.eligible && pension.days_missing > 0);

    // The claims: every state, a dependant's and a child's, newest first, their timelines.
    let claims: Claims = get(&app, "/v1/claims", &t).await;
    for state in ClaimState::ALL {
        assert!(claims.claims.iter().any(|c| c.state == state), "{state:?}");
    }
    assert!(
        claims
            .claims
            .iter()
            .any(|c| c.beneficiary.first_name == "Nadia")
    );
    assert!(
        claims.claims.iter().any(
            |c| c.beneficiary.first_name == "Lina" && c.beneficiary.relation == Relation::Child
        )
    );
    assert!(
        claims
            .claims
            .windows(2)
            .all(|w| w[0].received_on >= w[1].received_on)
    );
    for c in &claims.claims {
        assert!(is_opaque_id(&c.id), "{}", c.id);
        assert_eq!(c.timeline.last().map(|e| e.state), Some(c.state));
        assert_eq!(c.timeline.first().map(|e| e.on), Some(c.received_on));
        assert!(c.timeline.windows(2).all(|w| w[0].on <= w[1].on));
        assert_eq!(c.missing.is_some(), c.state == ClaimState::Incomplete);
        assert_eq!(c.refusal.is_some(), c.state == ClaimState::Refused);
        assert_eq!(c.reimbursed.is_some(), c.state == ClaimState::Reimbursed);
        let (year, digits) = c.number.split_once('-').expect("AAAA-NNNNNNN");
        assert_eq!(year, c.received_on.format("%Y").to_string());
        assert!(digits.len() == 7 && digits.bytes().all(|b| b.is_ascii_digit()));
        let one: Claim = get(&app, &routes_with(macnss_api::routes::CLAIM, &c.id), &t).await;
        assert_eq!(&one, c);
    }
    assert_eq!(claims.beneficiaries[0].relation, Relation::Insured);
    assert!(
        claims.beneficiaries.len() >= 5,
        "Omar, Samira, Nadia and the children"
    );

    // The family: three children, eldest first, one check due in a month.
    let family: Family = get(&app, "/v1/family", &t).await;
    let names: Vec<_> = family
        .children
        .iter()
        .map(|c| c.first_name.as_str())
        .collect();
    assert_eq!(names, ["Adam", "Yasmine", "Lina"]);
    let yasmine = child(&family, "Yasmine");
    let due = yasmine.schooling.as_ref().expect("checked");
    assert_eq!(due.state, SchoolingState::CertificateRequired);
    assert_eq!(due.due, today.checked_add_months(Months::new(1)));
    let age = benefits::age_on(yasmine.birth_date, today);
    assert!((12..21).contains(&age), "{age}");
    assert_eq!(
        child(&family, "Adam").schooling.as_ref().map(|s| s.state),
        Some(SchoolingState::Verified)
    );
    let lina = child(&family, "Lina");
    assert!(benefits::age_on(lina.birth_date, today) < 12 && lina.schooling.is_none());
    for c in &family.children {
        assert_eq!(
            (c.allowance, c.monthly),
            (AllowanceStatus::Paid, Centimes::dirhams(300))
        );
    }
    assert_eq!(family.monthly_total, Centimes::dirhams(900));

    // The payments, newest first; the account masked, the RIB nowhere.
    let raw = app.get_auth("/v1/payments", &t).await;
    let payments: Payments = typed(&raw);
    assert!(
        payments
            .payments
            .windows(2)
            .all(|w| w[0].paid_on >= w[1].paid_on)
    );
    for kind in [
        PaymentKind::AmoReimbursement,
        PaymentKind::FamilyAllowance,
        PaymentKind::DailyAllowance,
    ] {
        assert!(payments.payments.iter().any(|p| p.kind == kind), "{kind:?}");
    }
    let reimbursed: Vec<_> = claims
        .claims
        .iter()
        .filter(|c| c.state == ClaimState::Reimbursed)
        .map(|c| c.number.clone())
        .collect();
    for p in payments
        .payments
        .iter()
        .filter(|p| p.kind == PaymentKind::AmoReimbursement)
    {
        assert!(reimbursed.contains(p.claim_number.as_ref().expect("its claim")));
    }
    let account = payments.bank_account.expect("an account");
    assert_eq!(
        (account.bank.as_str(), account.last_digits.as_str()),
        ("Attijariwafa bank", "0123")
    );
    assert!(!raw.body.to_string().contains("0077800001234567890123"));
    assert!(!raw.body.to_string().contains("780000123456789"));
    assert_eq!(payments.pension, None);

    // The reports, newest first.
    let reports: Reports = get(&app, "/v1/reports", &t).await;
    assert_eq!(reports.reports.len(), 2);
    assert_eq!(reports.reports[0].state, ReportState::InReview);
    assert!(reports.reports[0].reference.starts_with("R-"));

    // «Mon espace», computed from the lists above.
    let space: SpaceSummary = get(&app, "/v1/space", &t).await;
    assert_eq!(
        space,
        SpaceSummary {
            last_declared_month: Some(months_ago(1)),
            has_career: true,
            claims_open: 3,
            claims_incomplete: 1,
            children: 3,
            certificates_due: 1,
            next_certificate_due: due.due,
            last_payment: Some(payments.payments[0].paid_on),
            amo: space.amo.clone(),
            // Yasmine's certificate, asked for when the records were made.
            unread_messages: 1,
        }
    );
    assert!(space.amo.open && space.amo.until.is_some_and(|u| u > today));
}

#[tokio::test]
async fn the_other_demo_people_have_their_own_histories() {
    let app = spawn_app().await;
    let today = today();
    let benefit = |c: &Career, b: Benefit| {
        c.eligibility
            .iter()
            .find(|e| e.benefit == b)
            .cloned()
            .expect("computed")
    };

    // Amina lost her job: nothing declared after the month before last. The loss is the
    // first day of last month; the allowance is judged on it, and asked for in time (60 days)
    // on every day but the 31st after a 31-day month.
    let amina = app.token_of(AMINA_ID).await;
    let career: Career = get(&app, "/v1/career", &amina).await;
    assert_eq!(career.declarations[0].month, months_ago(2));
    assert!(
        career.gaps.is_empty(),
        "the months since the loss are no gaps"
    );
    let job_loss = benefit(&career, Benefit::JobLoss);
    let since_loss = (today - months_ago(1).first_day()).num_days();
    assert_eq!(job_loss.conditions[2].actual, since_loss);
    assert_eq!(job_loss.eligible, since_loss <= 60);
    assert_eq!(job_loss.days_missing, 0, "the loss took no days away");
    let family_allowances = benefit(&career, Benefit::FamilyAllowances);
    assert_eq!(
        (family_allowances.eligible, family_allowances.days_missing),
        (true, 0),
        "five months of 26 days in the last six"
    );
    let family: Family = get(&app, "/v1/family", &amina).await;
    let salma = child(&family, "Salma");
    assert_eq!(
        (salma.allowance, salma.monthly),
        (AllowanceStatus::Ended, Centimes(0))
    );
    let rayan = child(&family, "Rayan").schooling.clone().expect("checked");
    assert_eq!(rayan.state, SchoolingState::Accepted);
    assert_eq!(
        rayan.upload.map(|u| u.media_type),
        Some(UploadType::Pdf),
        "the certificate that was accepted"
    );
    let reports: Reports = get(&app, "/v1/reports", &amina).await;
    assert_eq!(reports.reports[0].state, ReportState::Rejected);

    // María has declared too few days for anything yet.
    let maria = app.token_of("345678901").await;
    let career: Career = get(&app, "/v1/career", &maria).await;
    let sickness = benefit(&career, Benefit::DailySickness);
    assert_eq!((sickness.eligible, sickness.days_missing), (false, 6));
    let space: SpaceSummary = get(&app, "/v1/space", &maria).await;
    assert!(!space.amo.open);
    let payments: Payments = get(&app, "/v1/payments", &maria).await;
    assert_eq!(payments.bank_account, None);

    // Fatima Zahra is a pensioner whose proof of life is due.
    let fatima = app.token_of("567890123").await;
    let payments: Payments = get(&app, "/v1/payments", &fatima).await;
    let pension = payments.pension.expect("a pension");
    assert_eq!(pension.proof_of_life, ProofOfLife::Due);
    assert!(pension.proof_of_life_until > today);
    assert!(
        payments
            .payments
            .iter()
            .filter(|p| p.kind == PaymentKind::Pension)
            .all(|p| p.amount == pension.monthly)
    );
    let career: Career = get(&app, "/v1/career", &fatima).await;
    assert!(benefit(&career, Benefit::OldAgePension).eligible);
    assert!(
        career.gaps.is_empty(),
        "{:?}",
        &career.gaps[..3.min(career.gaps.len())]
    );

    // Youssef is self-employed: no declarations, AMO rights from his contributions.
    let youssef = app.token_of("234567890").await;
    let career: Career = get(&app, "/v1/career", &youssef).await;
    assert!(career.declarations.is_empty() && career.gaps.is_empty());
    let space: SpaceSummary = get(&app, "/v1/space", &youssef).await;
    assert!(space.amo.open && space.last_declared_month.is_none());
}

#[tokio::test]
async fn another_persons_ids_are_not_found_malformed_ones_are_refused_and_a_token_is_needed() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let amina = app.token_of(AMINA_ID).await;
    let omar_claims: Claims = get(&app, "/v1/claims", &omar).await;
    let omar_family: Family = get(&app, "/v1/family", &omar).await;
    let yasmine = child(&omar_family, "Yasmine").id.clone();

    // Omar's claim and child, asked by Amina: exactly what an unknown id gets.
    let unknown = app
        .get_auth(&routes_with(macnss_api::routes::CLAIM, UNKNOWN_ID), &amina)
        .await;
    unknown.assert_problem(404, "not_found");
    for c in &omar_claims.claims {
        let a = app
            .get_auth(&routes_with(macnss_api::routes::CLAIM, &c.id), &amina)
            .await;
        a.assert_problem(404, "not_found");
        assert_eq!(a.body, unknown.body);
    }
    app.post_file(
        &certificate_path(&yasmine),
        &amina,
        tiny_pdf(),
        "application/pdf",
        None,
    )
    .await
    .assert_problem(404, "not_found");
    let amina_claims: Claims = get(&app, "/v1/claims", &amina).await;
    assert!(
        amina_claims
            .claims
            .iter()
            .all(|c| !omar_claims.claims.iter().any(|o| o.id == c.id))
    );
    assert!(
        amina_claims
            .beneficiaries
            .iter()
            .all(|b| !omar_claims.beneficiaries.iter().any(|o| o.id == b.id))
    );
    // Omar's certificate is still due: Amina's upload touched nothing.
    let family: Family = get(&app, "/v1/family", &omar).await;
    assert_eq!(
        child(&family, "Yasmine")
            .schooling
            .as_ref()
            .map(|s| s.state),
        Some(SchoolingState::CertificateRequired)
    );

    // Ids of a shape the server never issues: 400, before any lookup.
    for bad in [
        "abc",
        "A%2FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        &"A".repeat(44),
    ] {
        app.get_auth(&format!("/v1/claims/{bad}"), &omar)
            .await
            .assert_problem(400, "malformed_request");
        app.post_file(
            &format!("/v1/family/children/{bad}/certificate"),
            &omar,
            tiny_pdf(),
            "application/pdf",
            None,
        )
        .await
        .assert_problem(400, "malformed_request");
    }

    // No token: 401 everywhere but the agencies.
    for path in [
        "/v1/space",
        "/v1/career",
        "/v1/claims",
        "/v1/family",
        "/v1/payments",
        "/v1/reports",
    ] {
        app.get(path).await.assert_problem(401, "session_expired");
    }
    app.get(&routes_with(
        macnss_api::routes::CLAIM,
        &omar_claims.claims[0].id,
    ))
    .await
    .assert_problem(401, "session_expired");
    let agencies: Vec<Agency> = typed(&app.get("/v1/agencies").await);
    assert!(agencies.len() >= 10);
    assert!(agencies.iter().all(|a| a.phone.starts_with("+212")));
}

#[tokio::test]
async fn a_dependant_sees_only_their_own_rights_and_claims() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let nadia = app.token_of(NADIA_ID).await;

    let space: SpaceSummary = get(&app, "/v1/space", &nadia).await;
    let omar_space: SpaceSummary = get(&app, "/v1/space", &omar).await;
    assert!(!space.has_career);
    assert_eq!(
        (
            space.children,
            space.certificates_due,
            space.last_payment,
            space.last_declared_month
        ),
        (0, 0, None, None)
    );
    assert_eq!(space.amo, omar_space.amo, "the insured's rights cover her");
    assert_eq!(space.claims_open, 1);

    let claims: Claims = get(&app, "/v1/claims", &nadia).await;
    assert_eq!(claims.claims.len(), 2);
    assert!(
        claims
            .claims
            .iter()
            .all(|c| c.beneficiary.first_name == "Nadia")
    );
    assert_eq!(claims.beneficiaries.len(), 1);
    let omar_claims: Claims = get(&app, "/v1/claims", &omar).await;
    assert!(omar_claims.beneficiaries.contains(&claims.beneficiaries[0]));
    for c in &omar_claims.claims {
        let a = app
            .get_auth(&routes_with(macnss_api::routes::CLAIM, &c.id), &nadia)
            .await;
        if c.beneficiary.first_name == "Nadia" {
            assert_eq!(typed::<Claim>(&a), *c);
        } else {
            a.assert_problem(404, "not_found");
        }
    }

    for path in ["/v1/career", "/v1/family", "/v1/payments", "/v1/reports"] {
        app.get_auth(path, &nadia)
            .await
            .assert_problem(403, "not_available");
    }
    let gap = months_ago(13).to_string();
    app.post_auth(
        "/v1/reports",
        &nadia,
        json!({"employer_id": "1234567", "month": gap}),
    )
    .await
    .assert_problem(403, "not_available");
    app.post_auth(
        "/v1/bank-account/step-up",
        &nadia,
        json!({"password": OMAR_PASSWORD}),
    )
    .await
    .assert_problem(403, "not_available");
    app.post_auth(
        "/v1/bank-account",
        &nadia,
        json!({"step_up_id": UNKNOWN_ID, "code": "123456", "rib": "0"}),
    )
    .await
    .assert_problem(403, "not_available");
    let family: Family = get(&app, "/v1/family", &omar).await;
    app.post_file(
        &certificate_path(&child(&family, "Yasmine").id),
        &nadia,
        tiny_pdf(),
        "application/pdf",
        None,
    )
    .await
    .assert_problem(403, "not_available");
}

/// Omar's token and Yasmine's certificate path (her certificate is due).
async fn yasmine(app: &TestApp) -> (String, String) {
    let t = app.omar().await;
    let family: Family = get(app, "/v1/family", &t).await;
    let id = child(&family, "Yasmine").id.clone();
    (t, certificate_path(&id))
}

const UPLOADS_OF_CHILD: &str = "SELECT COUNT(*) FROM uploads WHERE child_id = ?1";

#[tokio::test]
async fn a_certificate_is_received_by_its_content_and_replaced_while_not_checked() {
    let app = spawn_app().await;
    let (t, path) = yasmine(&app).await;
    let child_id = path.split('/').nth(4).expect("id").to_owned();

    let jpeg = tiny_jpeg();
    let a = app
        .post_file(&path, &t, jpeg.clone(), "image/jpeg", None)
        .await;
    let check: SchoolingCheck = typed(&a);
    assert_eq!(check.state, SchoolingState::Received);
    let receipt = check.upload.expect("the receipt");
    assert_eq!(receipt.media_type, UploadType::Jpeg);
    assert_eq!(receipt.bytes, jpeg.len() as u64);
    assert_eq!(receipt.sha256, sha256_hex(&jpeg));
    assert_eq!(receipt.received_on, today());
    assert!(is_opaque_id(&receipt.id));
    assert_eq!(
        check.due,
        today().checked_add_months(Months::new(1)),
        "still due then"
    );

    // Replaced while not checked, by a PDF sent as octet-stream: its content says it is one.
    let pdf = tiny_pdf();
    let again: SchoolingCheck = typed(
        &app.post_file(&path, &t, pdf.clone(), "application/octet-stream", None)
            .await,
    );
    let second = again.upload.expect("the receipt");
    assert_eq!(
        (second.media_type, second.sha256.as_str()),
        (UploadType::Pdf, sha256_hex(&pdf).as_str())
    );
    assert_ne!(second.id, receipt.id);
    assert_eq!(
        app.count(UPLOADS_OF_CHILD, &child_id).await,
        1,
        "the first is gone"
    );
    let stored = app
        .count(
            "SELECT COUNT(*) FROM uploads WHERE sha256 = ?1 AND length(content) = size",
            &second.sha256,
        )
        .await;
    assert_eq!(stored, 1, "the bytes themselves are in the database");
    let family: Family = get(&app, "/v1/family", &t).await;
    assert_eq!(
        child(&family, "Yasmine")
            .schooling
            .as_ref()
            .and_then(|s| s.upload.clone()),
        Some(second)
    );
    let space: SpaceSummary = get(&app, "/v1/space", &t).await;
    assert_eq!(space.certificates_due, 0, "nothing left to send");
}

#[tokio::test]
async fn a_file_that_is_not_a_jpeg_png_or_pdf_is_refused_whatever_its_name_or_type() {
    let app = spawn_app().await;
    let (t, path) = yasmine(&app).await;
    let child_id = path.split('/').nth(4).expect("id").to_owned();
    let mut exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF".to_vec();
    exe.extend([0u8; 512]);
    for declared in ["application/pdf", "image/jpeg", "image/png"] {
        app.post_file(&path, &t, exe.clone(), declared, None)
            .await
            .assert_problem(415, "file_type_refused");
    }
    app.post_file(&path, &t, Vec::new(), "application/pdf", None)
        .await
        .assert_problem(415, "file_type_refused");
    assert_eq!(app.count(UPLOADS_OF_CHILD, &child_id).await, 0);
}

#[tokio::test]
async fn a_certificate_may_weigh_5_mb_and_not_a_byte_more() {
    let app = spawn_app().await;
    let (t, path) = yasmine(&app).await;
    let mut pdf = tiny_pdf();
    pdf.resize(MAX_UPLOAD_BYTES + 1, b' ');
    app.post_file(&path, &t, pdf.clone(), "application/pdf", None)
        .await
        .assert_problem(413, "payload_too_large");
    pdf.truncate(MAX_UPLOAD_BYTES);
    let check: SchoolingCheck =
        typed(&app.post_file(&path, &t, pdf, "application/pdf", None).await);
    assert_eq!(check.upload.map(|u| u.bytes), Some(MAX_UPLOAD_BYTES as u64));
    // Every other route keeps its own limit.
    let big = "x".repeat(20_000);
    app.post_auth(
        "/v1/reports",
        &t,
        json!({"employer_id": big, "month": "2026-01"}),
    )
    .await
    .assert_problem(413, "payload_too_large");
}

#[tokio::test]
async fn a_retried_certificate_is_stored_once() {
    let app = spawn_app().await;
    let (t, path) = yasmine(&app).await;
    let child_id = path.split('/').nth(4).expect("id").to_owned();
    let jpeg = tiny_jpeg();
    let first = app
        .post_file(&path, &t, jpeg.clone(), "image/jpeg", Some("cert-1"))
        .await;
    first.assert_ok();
    let retry = app
        .post_file(&path, &t, jpeg.clone(), "image/jpeg", Some("cert-1"))
        .await;
    assert_eq!(retry.body, first.body, "the first answer again");
    assert_eq!(app.count(UPLOADS_OF_CHILD, &child_id).await, 1);
    let all = app
        .count(
            "SELECT COUNT(*) FROM uploads WHERE sha256 = ?1",
            &sha256_hex(&jpeg),
        )
        .await;
    assert_eq!(all, 1, "stored once");
    // The same key with other bytes: refused, nothing stored.
    app.post_file(&path, &t, tiny_pdf(), "application/pdf", Some("cert-1"))
        .await
        .assert_problem(422, "idempotency_key_reused");
    assert_eq!(app.count(UPLOADS_OF_CHILD, &child_id).await, 1);
}

#[tokio::test]
async fn a_household_sends_ten_certificates_a_day_and_reports_ten_months() {
    let app = spawn_app().await;
    let (t, path) = yasmine(&app).await;
    // Ten replacements while it is being checked: each a new send (no key), all received.
    for i in 0..10 {
        app.post_file(&path, &t, tiny_jpeg(), "image/jpeg", None)
            .await
            .assert_ok();
        assert!(i < 10);
    }
    // One more (the eleventh in 24 h) is refused, whatever its type.
    let eleventh = app
        .post_file(&path, &t, tiny_pdf(), "application/pdf", None)
        .await;
    eleventh.assert_problem(429, "rate_limited");
    let wait = eleventh.retry_after();
    assert!(
        (86_000..=86_400).contains(&wait),
        "until the first leaves the day: {wait}"
    );
    // A day later the household may send again (signed in again: the access token expired).
    app.advance(86_401).await;
    let t = app.omar().await;
    app.post_file(&path, &t, tiny_pdf(), "application/pdf", None)
        .await
        .assert_ok();

    // Reports: ten months reported in a day, the eleventh waits.
    let t = app.omar().await;
    let report = |month: YearMonth| serde_json::json!({"employer_id": "7654321", "month": month.to_string()});
    for n in 14..24 {
        app.post_auth("/v1/reports", &t, report(months_ago(n)))
            .await
            .assert_ok();
    }
    app.post_auth("/v1/reports", &t, report(months_ago(24)))
        .await
        .assert_problem(429, "rate_limited");
}

#[tokio::test]
async fn a_certificate_nobody_asked_for_is_not_expected() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let family: Family = get(&app, "/v1/family", &t).await;
    for name in ["Adam", "Lina"] {
        app.post_file(
            &certificate_path(&child(&family, name).id),
            &t,
            tiny_pdf(),
            "application/pdf",
            None,
        )
        .await
        .assert_problem(409, "certificate_not_expected");
    }
}

#[tokio::test]
async fn a_report_names_an_employer_of_the_career_and_a_month_it_can_hold() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let report = |employer: &str, month: YearMonth| json!({"employer_id": employer, "month": month.to_string()});
    let atlas = "1234567";
    let fields = |a: &Answer| -> Vec<(String, String)> {
        a.body["errors"]
            .as_array()
            .expect("errors")
            .iter()
            .map(|e| {
                (
                    e["field"].as_str().unwrap_or("").to_owned(),
                    e["code"].as_str().unwrap_or("").to_owned(),
                )
            })
            .collect()
    };

    // The month: before the current one, not before the first declared (96 months ago).
    for month in [months_ago(0), months_ago(-1), months_ago(97)] {
        let a = app.post_auth("/v1/reports", &t, report(atlas, month)).await;
        a.assert_problem(422, "validation_failed");
        assert_eq!(
            fields(&a),
            [("month".into(), "month_out_of_range".into())],
            "{month}"
        );
    }
    // The employer: one of the career's.
    let a = app
        .post_auth("/v1/reports", &t, report("9999999", months_ago(2)))
        .await;
    a.assert_problem(422, "validation_failed");
    assert_eq!(
        fields(&a),
        [("employer_id".into(), "employer_unknown".into())]
    );
    let both = app
        .post_auth("/v1/reports", &t, report("9999999", months_ago(0)))
        .await;
    assert_eq!(fields(&both).len(), 2, "every refusal at once");

    // A month the employer did declare: nothing is missing.
    let declared = app
        .post_auth("/v1/reports", &t, report(atlas, months_ago(50)))
        .await;
    declared.assert_problem(422, "validation_failed");
    assert_eq!(
        fields(&declared),
        [("month".into(), "month_declared".into())]
    );

    // The boundaries that are allowed: the last complete month, the first declared month
    // (both missing for the employers named).
    for (employer, month) in [(atlas, months_ago(1)), ("7654321", months_ago(96))] {
        let r: Report = typed(
            &app.post_auth("/v1/reports", &t, report(employer, month))
                .await,
        );
        assert_eq!((r.month, r.state), (month, ReportState::Submitted));
        assert_eq!((r.submitted_on, r.updated_on), (today(), today()));
        let (year, digits) = r.reference["R-".len()..]
            .split_once('-')
            .expect("R-AAAA-NNNNNN");
        assert_eq!(year, today().format("%Y").to_string());
        assert_eq!(digits.len(), 6);
        // Open now: the same employer and month again is refused.
        app.post_auth("/v1/reports", &t, report(employer, month))
            .await
            .assert_problem(409, "report_exists");
    }
    // The demo's open report (in review) blocks its month; the resolved one does not.
    app.post_auth("/v1/reports", &t, report(atlas, months_ago(13)))
        .await
        .assert_problem(409, "report_exists");
    app.post_auth("/v1/reports", &t, report("7654321", months_ago(13)))
        .await
        .assert_ok();
    app.post_auth("/v1/reports", &t, report("7654321", months_ago(40)))
        .await
        .assert_ok();

    // A retry with its key: the same report, not a second one.
    let body = report(atlas, months_ago(5));
    let key = [("idempotency-key", "report-5")];
    let first = app
        .post_auth_with("/v1/reports", &t, body.clone(), &key)
        .await;
    first.assert_ok();
    let again = app.post_auth_with("/v1/reports", &t, body, &key).await;
    assert_eq!(again.body, first.body);
    let reports: Reports = get(&app, "/v1/reports", &t).await;
    assert_eq!(reports.reports.len(), 2 + 5);
    assert_eq!(reports.reports[0].submitted_on, today());
}

#[tokio::test]
async fn the_demo_routes_move_claims_checks_and_reports_as_cnss_would() {
    let app = spawn_app().await;
    let t = app.omar().await;
    let claims: Claims = get(&app, "/v1/claims", &t).await;
    let received = claims
        .claims
        .iter()
        .find(|c| c.state == ClaimState::Received)
        .expect("a received claim")
        .clone();
    let advance = |id: &str| routes_with("/dev/claims/{claim_id}/advance", id);

    // received → processing → reimbursed, each step dated today, the reimbursement paid.
    let c: Claim = typed(&app.post(&advance(&received.id), json!({})).await);
    assert_eq!(c.state, ClaimState::Processing);
    let c: Claim = typed(&app.post(&advance(&received.id), json!({})).await);
    assert_eq!(c.state, ClaimState::Reimbursed);
    assert_eq!(
        c.timeline
            .iter()
            .map(|e| (e.state, e.on))
            .collect::<Vec<_>>(),
        [
            (ClaimState::Received, received.received_on),
            (ClaimState::Processing, today()),
            (ClaimState::Reimbursed, today())
        ]
    );
    let amount = c.reimbursed.expect("an amount");
    assert!(amount.0 > 0 && amount <= c.claimed);
    let payments: Payments = get(&app, "/v1/payments", &t).await;
    assert!(
        payments
            .payments
            .iter()
            .any(|p| p.claim_number.as_ref() == Some(&c.number)
                && p.amount == amount
                && p.paid_on == today())
    );
    app.post(&advance(&received.id), json!({}))
        .await
        .assert_problem(422, "validation_failed");

    // processing → refused with a reason; incomplete → processing.
    let processing = claims
        .claims
        .iter()
        .find(|c| c.state == ClaimState::Processing)
        .expect("one");
    let c: Claim = typed(
        &app.post(
            &advance(&processing.id),
            json!({"to": "refused", "refusal": "duplicate"}),
        )
        .await,
    );
    assert_eq!(
        (c.state, c.refusal),
        (ClaimState::Refused, Some(RefusalReason::Duplicate))
    );
    let incomplete = claims
        .claims
        .iter()
        .find(|c| c.state == ClaimState::Incomplete)
        .expect("one");
    let c: Claim = typed(&app.post(&advance(&incomplete.id), json!({})).await);
    assert_eq!((c.state, c.missing), (ClaimState::Processing, None));
    app.post(&advance(UNKNOWN_ID), json!({}))
        .await
        .assert_problem(404, "not_found");

    // A certificate that never came: suspended (the allowance stops); one sent meanwhile
    // does not lift it; accepted, it does.
    let family: Family = get(&app, "/v1/family", &t).await;
    let id = child(&family, "Yasmine").id.clone();
    let schooling = routes_with("/dev/children/{child_id}/schooling/advance", &id);
    let s: SchoolingCheck = typed(&app.post(&schooling, json!({})).await);
    assert_eq!(s.state, SchoolingState::Suspended);
    let family: Family = get(&app, "/v1/family", &t).await;
    let y = child(&family, "Yasmine");
    assert_eq!(
        (y.allowance, y.monthly),
        (AllowanceStatus::Suspended, Centimes(0))
    );
    assert_eq!(family.monthly_total, Centimes::dirhams(600));
    app.post_file(
        &certificate_path(&id),
        &t,
        tiny_pdf(),
        "application/pdf",
        None,
    )
    .await
    .assert_ok();
    let family: Family = get(&app, "/v1/family", &t).await;
    assert_eq!(
        child(&family, "Yasmine").allowance,
        AllowanceStatus::Suspended
    );
    let s: SchoolingCheck = typed(
        &app.post(
            &schooling,
            json!({"to": "refused", "refusal": "wrong_year"}),
        )
        .await,
    );
    assert_eq!(
        (s.state, s.refusal, s.due),
        (
            SchoolingState::Refused,
            Some(CertificateRefusal::WrongYear),
            today().checked_add_months(Months::new(1))
        )
    );
    app.post_file(&certificate_path(&id), &t, tiny_jpeg(), "image/jpeg", None)
        .await
        .assert_ok();
    let s: SchoolingCheck = typed(&app.post(&schooling, json!({})).await);
    assert_eq!((s.state, s.refusal), (SchoolingState::Accepted, None));
    let family: Family = get(&app, "/v1/family", &t).await;
    assert_eq!(
        child(&family, "Yasmine").monthly,
        Centimes::dirhams(300),
        "paid again"
    );
    app.post(&schooling, json!({}))
        .await
        .assert_problem(422, "validation_failed");

    // The report in review resolved: the career now shows the month, the gap is gone.
    let reports: Reports = get(&app, "/v1/reports", &t).await;
    let open = &reports.reports[0];
    assert_eq!(
        (open.state, open.month),
        (ReportState::InReview, months_ago(13))
    );
    let r: Report = typed(
        &app.post(
            &routes_with("/dev/reports/{report_id}/advance", &open.id),
            json!({}),
        )
        .await,
    );
    assert_eq!((r.state, r.updated_on), (ReportState::Resolved, today()));
    let career: Career = get(&app, "/v1/career", &t).await;
    assert!(career.gaps.is_empty());
    assert!(
        career
            .declarations
            .iter()
            .any(|d| d.month == months_ago(13) && d.employer_id == "1234567" && d.days == 26)
    );
}

#[tokio::test]
async fn the_demo_advance_routes_are_absent_without_demo() {
    let mut config = macnss_server::Config::for_tests();
    config.demo = false;
    let app = spawn_with(config).await;
    // A real claim and child (a synthetic person's): the routes are not there to move them.
    let t = app.token_of("800000003").await;
    let claims: Claims = get(&app, "/v1/claims", &t).await;
    let claim = &claims.claims[0];
    let family: Family = get(&app, "/v1/family", &t).await;
    let child_id = family
        .children
        .first()
        .map_or(UNKNOWN_ID, |c| c.id.as_str());
    for (path, id) in [
        ("/dev/claims/{claim_id}/advance", claim.id.as_str()),
        ("/dev/children/{child_id}/schooling/advance", child_id),
        ("/dev/reports/{report_id}/advance", UNKNOWN_ID),
    ] {
        app.post(&routes_with(path, id), json!({}))
            .await
            .assert_problem(404, "not_found");
    }
    let again: Claim = get(&app, &routes_with(macnss_api::routes::CLAIM, &claim.id), &t).await;
    assert_eq!(&again, claim, "unchanged");
}

#[tokio::test]
async fn a_synthetic_persons_records_are_made_on_first_use_the_same_every_time() {
    let read = |app: TestApp| async move {
        let t = app.token_of("800000007").await;
        let before = app
            .count(
                "SELECT COUNT(*) FROM record_seeds WHERE account_id = ?1",
                "800000007",
            )
            .await;
        let career: Career = get(&app, "/v1/career", &t).await;
        let claims: Claims = get(&app, "/v1/claims", &t).await;
        let family: Family = get(&app, "/v1/family", &t).await;
        app.server.shutdown().await;
        (before, career, claims, family)
    };
    let (seeded_before, career, claims, family) = read(spawn_app().await).await;
    assert_eq!(seeded_before, 0, "nothing made before the first read");
    assert!(!career.declarations.is_empty() && !claims.claims.is_empty());
    let (_, career2, claims2, family2) = read(spawn_app().await).await;
    assert_eq!(career, career2);
    let strip = |c: &Claims| -> Vec<_> {
        c.claims
            .iter()
            .map(|c| (c.state, c.care, c.claimed, c.received_on))
            .collect()
    };
    assert_eq!(strip(&claims), strip(&claims2));
    let kids = |f: &Family| -> Vec<_> {
        f.children
            .iter()
            .map(|c| {
                (
                    c.birth_date,
                    c.allowance,
                    c.schooling.as_ref().map(|s| s.state),
                )
            })
            .collect()
    };
    assert_eq!(kids(&family), kids(&family2));
}

#[tokio::test]
async fn a_demo_reset_wipes_every_record_and_makes_the_demo_ones_again() {
    let app = spawn_app().await;
    let (t, path) = yasmine(&app).await;
    app.post_file(&path, &t, tiny_pdf(), "application/pdf", None)
        .await
        .assert_ok();
    let before: Claims = get(&app, "/v1/claims", &t).await;
    app.post("/dev/reset", json!({})).await.assert_ok();
    let t = app.omar().await;
    let family: Family = get(&app, "/v1/family", &t).await;
    assert_eq!(
        child(&family, "Yasmine")
            .schooling
            .as_ref()
            .map(|s| s.state),
        Some(SchoolingState::CertificateRequired),
        "made again, as the demo has it"
    );
    let uploads = app
        .count(
            "SELECT COUNT(*) FROM uploads WHERE account_id = ?1",
            OMAR_ID,
        )
        .await;
    assert_eq!(uploads, 0, "the certificate sent is gone");
    let after: Claims = get(&app, "/v1/claims", &t).await;
    assert_eq!(after.claims.len(), before.claims.len());
    assert!(
        after
            .claims
            .iter()
            .all(|c| !before.claims.iter().any(|b| b.id == c.id)),
        "new records, new ids"
    );
    let seeds = app
        .count(
            "SELECT COUNT(*) FROM record_seeds WHERE account_id = ?1",
            OMAR_ID,
        )
        .await;
    assert_eq!(seeds, 1);
}
