//! Attestations: the list (what each person may ask for, and why not), issuing each kind from
//! the person's own records (the same facts: the same document), the PDF (A4, French and
//! Arabic, under 100 KB, read back by poppler and qpdf, its QR decoded by zbar and verified),
//! the published keys and their rotation, the public verification page (valid, revoked,
//! unknown; a pasted code checked by its signature; altered, truncated and foreign codes
//! refused; fr/ar; under the per-client limit), and a dependant's narrower list.

use crate::helpers::*;
use chrono::Utc;
use macnss_api::attestation::{
    AttestationKind, Catalog, Facts, Issued, PublishedKeys, Unavailable, VerifyError, verify_code,
};
use macnss_api::records::YearMonth;
use macnss_api::validate::casablanca_today;
use macnss_server::config::Config;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use std::process::Command;

#[track_caller]
fn typed<T: DeserializeOwned>(a: &Answer) -> T {
    a.assert_ok();
    serde_json::from_value(a.body.clone()).expect("the contract's type")
}

fn this_month() -> YearMonth {
    YearMonth::of(casablanca_today(Utc::now()))
}

async fn catalog(app: &TestApp, token: &str) -> Catalog {
    typed(&app.get_auth("/v1/attestations", token).await)
}

async fn issue(app: &TestApp, token: &str, body: Value) -> Answer {
    app.post_auth("/v1/attestations", token, body).await
}

async fn keys(app: &TestApp) -> PublishedKeys {
    typed(&app.get("/.well-known/macnss-attestation-keys.json").await)
}

/// The PDF of a document, as the server sends it.
async fn pdf(app: &TestApp, token: &str, id: &str) -> reqwest::Response {
    app.http
        .get(app.url(&format!("/v1/attestations/{id}/pdf")))
        .bearer_auth(token)
        .send()
        .await
        .expect("request")
}

/// The verification page's HTML.
async fn page(app: &TestApp, path: &str) -> (u16, String) {
    let res = app.http.get(app.url(path)).send().await.expect("request");
    (res.status().as_u16(), res.text().await.expect("body"))
}

async fn check(app: &TestApp, code: &str, lang: &str) -> (u16, String) {
    let res = app
        .http
        .post(app.url(&format!("/v/check?lang={lang}")))
        .form(&[("code", code)])
        .send()
        .await
        .expect("request");
    (res.status().as_u16(), res.text().await.expect("body"))
}

#[tokio::test]
async fn the_list_says_what_each_person_may_ask_for_and_why_not() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let list = catalog(&app, &omar).await;
    let kinds: Vec<_> = list.offers.iter().map(|o| o.kind).collect();
    assert_eq!(kinds, AttestationKind::ALL.to_vec());
    let why = |l: &Catalog, k| {
        l.offers
            .iter()
            .find(|o| o.kind == k)
            .expect("offer")
            .unavailable
    };
    assert_eq!(
        why(&list, AttestationKind::NonImmatriculation),
        Some(Unavailable::PublicOnly)
    );
    assert_eq!(why(&list, AttestationKind::SalaryDeclaration), None);
    assert_eq!(
        why(&list, AttestationKind::Pension),
        Some(Unavailable::NoPension)
    );
    assert!(list.covered.len() >= 2, "Omar and his household");
    let declared = list.declared.expect("a career");
    assert!(declared.from < declared.to);
    assert!(list.issued.is_empty());

    // A pensioner may ask for the pension's.
    let fatima = app.token_of("567890123").await;
    assert_eq!(
        why(&catalog(&app, &fatima).await, AttestationKind::Pension),
        None
    );

    // A dependant: only their own AMO rights.
    let nadia = app.token_of(NADIA_ID).await;
    let theirs = catalog(&app, &nadia).await;
    for kind in [
        AttestationKind::Immatriculation,
        AttestationKind::SalaryDeclaration,
        AttestationKind::FamilyAllowances,
        AttestationKind::Pension,
    ] {
        assert_eq!(
            why(&theirs, kind),
            Some(Unavailable::InsuredOnly),
            "{kind:?}"
        );
        let a = issue(&app, &nadia, json!({"kind": kind})).await;
        if kind == AttestationKind::SalaryDeclaration {
            a.assert_problem(422, "validation_failed");
        } else {
            a.assert_problem(403, "not_available");
        }
    }
    assert_eq!(why(&theirs, AttestationKind::AmoRights), None);
    assert_eq!(theirs.covered.len(), 1);
    assert_eq!(theirs.declared, None);
    // Omar's household member that is not Nadia: not hers to ask for.
    let other = list
        .covered
        .iter()
        .find(|c| c.id != theirs.covered[0].id)
        .expect("another");
    issue(
        &app,
        &nadia,
        json!({"kind": "amo_rights", "beneficiary": other.id}),
    )
    .await
    .assert_problem(404, "not_found");
    let own = issue(
        &app,
        &nadia,
        json!({"kind": "amo_rights", "beneficiary": theirs.covered[0].id}),
    )
    .await;
    let own: Issued = typed(&own);
    assert!(matches!(own.statement.facts, Facts::AmoRights { .. }));
}

#[tokio::test]
async fn each_kind_is_issued_from_the_records_signed_and_the_same_facts_give_the_same_document() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let list = catalog(&app, &omar).await;
    let published = keys(&app).await;
    assert_eq!(published.keys.len(), 1);
    assert_eq!(published.keys[0].alg, "EdDSA");
    let declared = list.declared.expect("a career");
    let to = declared.to;
    let from = to.plus(-5);
    let bodies = [
        json!({"kind": "immatriculation"}),
        json!({"kind": "salary_declaration", "period": {"from": from, "to": to}}),
        json!({"kind": "amo_rights", "beneficiary": list.covered[0].id}),
        json!({"kind": "amo_rights", "beneficiary": list.covered[1].id}),
        json!({"kind": "family_allowances"}),
    ];
    let mut ids = Vec::new();
    for body in &bodies {
        let issued: Issued = typed(&issue(&app, &omar, body.clone()).await);
        assert_eq!(issued.statement.immatriculation, OMAR_ID);
        assert_eq!(issued.statement.holder, "Omar Tazi");
        assert!(!issued.statement.masked_id.is_empty());
        assert!(issued.statement.masked_id.contains('•'));
        let verified = verify_code(&issued.code, &published, Some(&issued.id)).expect("verifies");
        assert_eq!(verified, issued.statement);
        assert!(
            issued.pdf_bytes > 1_000 && issued.pdf_bytes < 100_000,
            "{}",
            issued.pdf_bytes
        );
        // The same request again: the same document.
        let again: Issued = typed(&issue(&app, &omar, body.clone()).await);
        assert_eq!(again, issued);
        ids.push(issued.id);
    }
    ids.dedup();
    assert_eq!(ids.len(), bodies.len(), "one document per set of facts");

    // The salary attestation states the period's own sums.
    let salary: Issued = typed(&issue(&app, &omar, bodies[1].clone()).await);
    let career: macnss_api::records::Career = typed(&app.get_auth("/v1/career", &omar).await);
    let inside: Vec<_> = career
        .declarations
        .iter()
        .filter(|d| d.month >= from && d.month <= to)
        .collect();
    match salary.statement.facts {
        Facts::SalaryDeclaration {
            period,
            days,
            salary,
            ..
        } => {
            assert_eq!((period.from, period.to), (from, to));
            assert_eq!(days, inside.iter().map(|d| d.days).sum::<u32>());
            assert_eq!(salary, inside.iter().map(|d| d.salary).sum());
        }
        other => panic!("{other:?}"),
    }
    // Another period: another document.
    let longer: Issued = typed(
        &issue(
            &app,
            &omar,
            json!({"kind": "salary_declaration", "period": {"from": from.plus(-1), "to": to}}),
        )
        .await,
    );
    assert_ne!(longer.id, salary.id);

    // The list holds them, newest first; the pension's is refused to Omar.
    assert_eq!(catalog(&app, &omar).await.issued.len(), bodies.len() + 1);
    issue(&app, &omar, json!({"kind": "pension"}))
        .await
        .assert_problem(403, "not_available");
    issue(&app, &omar, json!({"kind": "non_immatriculation"}))
        .await
        .assert_problem(403, "not_available");

    // A pensioner's pension.
    let fatima = app.token_of("567890123").await;
    let pension: Issued = typed(&issue(&app, &fatima, json!({"kind": "pension"})).await);
    assert!(matches!(pension.statement.facts, Facts::Pension { .. }));
}

#[tokio::test]
async fn a_request_of_the_wrong_shape_is_refused_field_by_field() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let field = |a: &Answer| a.body["errors"][0].clone();
    let month = this_month();
    let cases = [
        (json!({"kind": "salary_declaration"}), "period", "required"),
        (
            json!({"kind": "salary_declaration", "period": {"from": month, "to": month.plus(-1)}}),
            "period",
            "period_reversed",
        ),
        (
            json!({"kind": "salary_declaration", "period": {"from": month.plus(-120), "to": month}}),
            "period",
            "period_too_long",
        ),
        (
            json!({"kind": "salary_declaration", "period": {"from": month, "to": month.plus(1)}}),
            "period.to",
            "date_in_future",
        ),
        (json!({"kind": "amo_rights"}), "beneficiary", "required"),
        (
            json!({"kind": "immatriculation", "beneficiary": "x"}),
            "beneficiary",
            "not_applicable",
        ),
        (
            json!({"kind": "pension", "period": {"from": month, "to": month}}),
            "period",
            "not_applicable",
        ),
    ];
    for (body, name, code) in cases {
        let a = issue(&app, &omar, body.clone()).await;
        a.assert_problem(422, "validation_failed");
        assert_eq!(field(&a)["field"], name, "{body}");
        assert_eq!(field(&a)["code"], code, "{body}");
    }
    issue(&app, &omar, json!({"kind": "a_letter"}))
        .await
        .assert_problem(400, "malformed_request");
    // Nothing was issued.
    assert!(catalog(&app, &omar).await.issued.is_empty());
}

#[tokio::test]
async fn the_pdf_is_the_holders_only() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let issued: Issued = typed(&issue(&app, &omar, json!({"kind": "immatriculation"})).await);
    let res = pdf(&app, &omar, &issued.id).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert_eq!(res.headers()["cache-control"], "private, no-store");
    let bytes = res.bytes().await.expect("body");
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(bytes.len() as u64, issued.pdf_bytes);
    // Another person's document is as unknown as one that does not exist.
    let nadia = app.token_of(NADIA_ID).await;
    let a = Answer::from(pdf(&app, &nadia, &issued.id).await).await;
    a.assert_problem(404, "not_found");
    let a = Answer::from(pdf(&app, &omar, UNKNOWN_ID).await).await;
    a.assert_problem(404, "not_found");
    let a = Answer::from(pdf(&app, &omar, "short").await).await;
    a.assert_problem(400, "malformed_request");
    let a = app
        .get(&format!("/v1/attestations/{}/pdf", issued.id))
        .await;
    a.assert_problem(401, "session_expired");
}

#[tokio::test]
async fn the_verification_page_says_valid_revoked_or_unknown_in_french_and_arabic() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let issued: Issued = typed(&issue(&app, &omar, json!({"kind": "family_allowances"})).await);
    let (status, html) = page(&app, &format!("/v/{}", issued.id)).await;
    assert_eq!(status, 200);
    assert!(html.contains("lang=\"fr\" dir=\"ltr\""));
    assert!(html.contains("Attestation valide"), "{html}");
    assert!(html.contains("Omar Tazi"));
    assert!(html.contains(&issued.statement.reference));
    assert!(!html.contains("<script"));
    let (_, arabic) = page(&app, &format!("/v/{}?lang=ar", issued.id)).await;
    assert!(arabic.contains("lang=\"ar\" dir=\"rtl\""));
    assert!(arabic.contains("شهادة صحيحة"));
    // Accept-Language chooses when no ?lang= does.
    let res = app
        .http
        .get(app.url(&format!("/v/{}", issued.id)))
        .header("accept-language", "ar-MA,ar;q=0.9")
        .send()
        .await
        .expect("request");
    assert!(res.text().await.expect("body").contains("dir=\"rtl\""));

    let (status, unknown) = page(&app, &format!("/v/{UNKNOWN_ID}")).await;
    assert_eq!(status, 404);
    assert!(unknown.contains("Aucune attestation ne correspond"));
    assert!(!unknown.contains("Omar"));
    let (status, _) = page(&app, "/v/not-an-id").await;
    assert_eq!(status, 404);
    // The form alone, in each language.
    let (status, form) = page(&app, "/v/check?lang=ar").await;
    assert_eq!(status, 200);
    assert!(
        form.contains("dir=\"rtl\"") && form.contains("id=\"code\""),
        "{form}"
    );

    // Revoked (the demo's route): the page says so; asking again issues a new document.
    let a = app
        .post(
            &format!("/dev/attestations/{}/revoke", issued.id),
            json!(null),
        )
        .await;
    assert_eq!(a.status, 204, "{}", a.body);
    let (_, revoked) = page(&app, &format!("/v/{}", issued.id)).await;
    assert!(revoked.contains("Attestation annulée"), "{revoked}");
    let (status, signed) = check(&app, &issued.code, "fr").await;
    assert_eq!(status, 200);
    assert!(signed.contains("ce document a été annulé"));
    let again: Issued = typed(&issue(&app, &omar, json!({"kind": "family_allowances"})).await);
    assert_ne!(again.id, issued.id);
    assert!(
        catalog(&app, &omar)
            .await
            .issued
            .iter()
            .all(|i| i.id != issued.id)
    );
}

#[tokio::test]
async fn a_pasted_code_is_checked_by_its_signature_and_a_bad_one_is_told_why() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let issued: Issued = typed(&issue(&app, &omar, json!({"kind": "immatriculation"})).await);
    let url = format!("http://example.invalid/v/{}#{}", issued.id, issued.code);
    for good in [issued.code.as_str(), url.as_str()] {
        let (status, html) = check(&app, good, "fr").await;
        assert_eq!(status, 200);
        assert!(html.contains("Signature valide"), "{html}");
        assert!(html.contains("Omar Tazi"));
    }
    let (_, arabic) = check(&app, &issued.code, "ar").await;
    assert!(arabic.contains("توقيع صحيح"));

    // One character of the signed part changed; cut short; a code of another format.
    let mut altered: Vec<char> = issued.code.chars().collect();
    let at = altered.len() / 2;
    altered[at] = if altered[at] == 'A' { 'B' } else { 'A' };
    let altered: String = altered.into_iter().collect();
    let (status, html) = check(&app, &altered, "fr").await;
    assert_eq!(status, 422);
    assert!(
        html.contains("La signature ne correspond pas") || html.contains("Copiez tout le code"),
        "{html}"
    );
    assert!(!html.contains("Omar"));
    assert!(
        html.contains(&format!(">{altered}</textarea>")),
        "what was pasted stays in the field"
    );
    let (status, html) = check(&app, &issued.code[..issued.code.len() - 10], "fr").await;
    assert_eq!(status, 422);
    assert!(html.contains("Copiez tout le code"));
    let (_, html) = check(&app, "HC1:6BFOXN*TS0BI$ZD", "fr").await;
    assert!(html.contains("Copiez tout le code"));
    // Signed by a key CNSS never published.
    let forged = macnss_api::attestation::sign_statement(&issued.statement, "Zm9yZ2Vk", &[3; 32]);
    let (status, html) = check(&app, &forged, "fr").await;
    assert_eq!(status, 422);
    assert!(
        html.contains("pas été signé par une clé de la CNSS"),
        "{html}"
    );
    let (_, html) = check(&app, &forged, "ar").await;
    assert!(html.contains("الوثيقة غير أصلية"));
    // The code is never echoed into a URL: the form posts it.
    assert!(html.contains("method=\"post\""));
}

#[tokio::test]
async fn a_rotated_key_stays_published_and_its_documents_still_verify() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let before: Issued = typed(&issue(&app, &omar, json!({"kind": "immatriculation"})).await);
    let a = app.post("/dev/attestation-keys/rotate", json!(null)).await;
    a.assert_ok();
    let new_kid = a.body["kid"].as_str().expect("kid").to_owned();
    let published = keys(&app).await;
    assert_eq!(published.keys.len(), 2);
    assert!(published.keys[0].retired.is_some());
    assert_eq!(published.keys[1].kid, new_kid);
    assert_eq!(published.keys[1].retired, None);
    assert!(verify_code(&before.code, &published, None).is_ok());
    let (status, _) = check(&app, &before.code, "fr").await;
    assert_eq!(status, 200);
    // A new document is signed with the new key; the old key alone does not verify it.
    let after: Issued = typed(&issue(&app, &omar, json!({"kind": "family_allowances"})).await);
    assert!(verify_code(&after.code, &published, None).is_ok());
    let old_only = PublishedKeys {
        keys: vec![published.keys[0].clone()],
    };
    assert_eq!(
        verify_code(&after.code, &old_only, None),
        Err(VerifyError::UnknownKey)
    );
}

#[tokio::test]
async fn the_verification_page_shares_the_per_client_limit() {
    let mut config = Config::for_tests();
    config.limits.requests_per_client_per_minute = 5;
    let app = spawn_with(config).await;
    let mut statuses = Vec::new();
    for _ in 0..7 {
        statuses.push(page(&app, &format!("/v/{UNKNOWN_ID}")).await.0);
    }
    assert_eq!(&statuses[..5], &[404; 5]);
    assert_eq!(statuses[6], 429);
}

/// Runs a tool of poppler, qpdf or zbar (installed by scripts/setup-test).
fn run(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} (scripts/setup-test installs it): {e}"));
    assert!(
        out.status.success(),
        "{tool} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test]
async fn the_pdf_reads_back_in_both_languages_passes_qpdf_and_its_qr_verifies() {
    let app = spawn_app().await;
    let omar = app.omar().await;
    let list = catalog(&app, &omar).await;
    let to = list.declared.expect("career").to;
    let issued: Issued = typed(
        &issue(
            &app,
            &omar,
            json!({"kind": "salary_declaration", "period": {"from": to.plus(-11), "to": to}}),
        )
        .await,
    );
    let bytes = pdf(&app, &omar, &issued.id)
        .await
        .bytes()
        .await
        .expect("pdf");
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("attestation.pdf");
    std::fs::write(&file, &bytes).expect("write");
    let path = file.to_str().expect("utf-8");

    let text = run("pdftotext", &["-layout", "-enc", "UTF-8", path, "-"]);
    for french in [
        "Caisse Nationale de Sécurité Sociale",
        "Attestation de déclaration de salaire",
        "Omar Tazi",
        OMAR_ID,
        &issued.statement.reference,
    ] {
        assert!(text.contains(french), "{french:?} not in:\n{text}");
    }
    // The Arabic in logical order: poppler reads each right-to-left run back in reading order
    // (a line that mixes Arabic and digits comes out run by run, in their visual order).
    for arabic in [
        "الصندوق الوطني للضمان الاجتماعي",
        "شهادة التصريح بالأجور",
        "رقم التسجيل",
        "الأجر المصرح به",
        "من دجنبر",
    ] {
        assert!(text.contains(arabic), "{arabic:?} not in:\n{text}");
    }
    let info = run("pdfinfo", &[path]);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Pages:") && l.trim_end().ends_with(" 1")),
        "{info}"
    );
    assert!(info.contains("595.28 x 841.89"), "A4: {info}");
    let fonts = run("pdffonts", &[path]);
    assert!(fonts.contains("NotoNaskhArabic"), "{fonts}");
    assert!(
        fonts.lines().skip(2).all(|l| l.contains(" yes ")),
        "embedded subsets: {fonts}"
    );
    run("qpdf", &["--check", path]);

    // Rendered, then the QR read back from the picture verifies.
    let png = dir.path().join("page");
    run(
        "pdftoppm",
        &[
            "-r",
            "150",
            "-png",
            "-singlefile",
            path,
            png.to_str().expect("utf-8"),
        ],
    );
    let scanned = run(
        "zbarimg",
        &[
            "--quiet",
            "--raw",
            dir.path().join("page.png").to_str().expect("utf-8"),
        ],
    );
    let scanned = scanned.trim();
    assert!(scanned.ends_with(&issued.code), "{scanned}");
    assert!(scanned.contains(&format!("/v/{}#", issued.id)));
    let verified = verify_code(scanned, &keys(&app).await, None).expect("the QR verifies");
    assert_eq!(verified, issued.statement);
    if let Ok(out) = std::env::var("MACNSS_ATTESTATION_PNG") {
        std::fs::copy(dir.path().join("page.png"), &out).expect("copy");
        std::fs::copy(&file, format!("{out}.pdf")).expect("copy");
    }
}
