//! What the fuzz targets check, as plain functions (no libFuzzer here): a panic is a finding.
//!
//! - `validators`: the bytes (lossy UTF-8) go through every parser; none panics, and every
//!   accepted value parses again to itself (the same invariants as the property tests).
//! - `request_decoding`: the bytes are decoded as every request body the server accepts and
//!   every answer the app reads (as `serde_json` does in the server's extractor and in the
//!   app's client); a body that decodes is validated, and re-encoding it decodes to the same.

use macnss_api::Problem;
use macnss_api::types::{
    ChangePasswordRequest, CodeSentResponse, RecoveryCompleteRequest, RecoverySendRequest,
    RecoveryStartRequest, RecoveryStartResponse, RecoveryVerifiedResponse, RecoveryVerifyRequest,
    RefreshRequest, SessionResponse, SignInRequest, SignOutRequest, SignupCompleteResponse,
    SignupContactRequest, SignupResendRequest, SignupStartRequest, SignupStartResponse,
    SignupVerifyRequest, TermsResponse,
};
use macnss_api::validate::{
    IdDocumentKind, RecoveryIdentifier, ascii_digits, check_new_password, compact,
    is_top_common_password, normalize_password, parse_account_id, parse_date_parts, parse_email,
    parse_id_document, parse_iso_date, parse_mobile_phone, parse_otp, parse_recovery_identifier,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Every validator and normaliser on `data`.
pub fn validators(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let s = text.as_ref();

    let once = ascii_digits(s);
    assert_eq!(ascii_digits(&once), once);
    let once = compact(s);
    assert_eq!(compact(&once), once);
    let once = normalize_password(s);
    assert_eq!(normalize_password(&once), once);
    let _ = is_top_common_password(s);

    if let Ok(id) = parse_account_id(s) {
        assert_eq!(parse_account_id(id.as_str()), Ok(id.clone()));
        let _ = id.masked();
    }
    match parse_recovery_identifier(s) {
        Ok(RecoveryIdentifier::Account(id)) => assert_eq!(
            parse_recovery_identifier(id.as_str()),
            Ok(RecoveryIdentifier::Account(id.clone()))
        ),
        Ok(RecoveryIdentifier::Cnie(doc)) => assert_eq!(
            parse_recovery_identifier(doc.as_str()),
            Ok(RecoveryIdentifier::Cnie(doc.clone()))
        ),
        Err(_) => {}
    }
    for kind in IdDocumentKind::ALL {
        if let Ok(n) = parse_id_document(kind, s) {
            assert_eq!(parse_id_document(kind, n.as_str()), Ok(n.clone()));
            let _ = n.masked();
        }
    }
    if let Ok(p) = parse_mobile_phone(s) {
        assert_eq!(parse_mobile_phone(p.as_e164()), Ok(p.clone()));
        let _ = p.masked();
    }
    if let Ok(e) = parse_email(s) {
        assert_eq!(parse_email(e.as_str()), Ok(e.clone()));
        let _ = e.masked();
    }
    if let Ok(c) = parse_otp(s) {
        assert_eq!(parse_otp(c.as_str()), Ok(c.clone()));
    }
    if let Ok(p) = check_new_password(s, Some("123456789"), is_top_common_password) {
        assert_eq!(
            check_new_password(p.expose(), Some("123456789"), is_top_common_password),
            Ok(p.clone())
        );
    }
    if let Ok(d) = parse_iso_date(s) {
        assert_eq!(parse_iso_date(&d.format("%Y-%m-%d").to_string()), Ok(d));
    }
    // The three date fields: the input split in three.
    let parts: Vec<&str> = s.splitn(3, '/').collect();
    if let [d, m, y] = parts[..] {
        let _ = parse_date_parts(d, m, y);
    }
}

/// Decodes `data` as `T`; when it decodes, re-encoding decodes to an equal value.
fn decodes<T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug>(
    data: &[u8],
) -> Option<T> {
    let value: T = serde_json::from_slice(data).ok()?;
    let again = serde_json::to_vec(&value).expect("a decoded body re-encodes");
    let back: T = serde_json::from_slice(&again).expect("a re-encoded body decodes");
    assert_eq!(back, value);
    Some(value)
}

/// Every request and answer body of the contract on `data`.
pub fn request_decoding(data: &[u8]) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 15).unwrap_or_default();
    if let Some(r) = decodes::<SignupStartRequest>(data) {
        let _ = r.validate(today);
    }
    if let Some(r) = decodes::<SignupContactRequest>(data) {
        let _ = r.validate();
    }
    if let Some(r) = decodes::<SignupVerifyRequest>(data) {
        let _ = r.validate();
    }
    if let Some(r) = decodes::<SignInRequest>(data) {
        let _ = r.validate();
    }
    if let Some(r) = decodes::<RecoveryStartRequest>(data) {
        let _ = r.validate();
    }
    if let Some(r) = decodes::<RecoveryVerifyRequest>(data) {
        let _ = r.validate();
    }
    decodes::<SignupResendRequest>(data);
    decodes::<RefreshRequest>(data);
    decodes::<SignOutRequest>(data);
    decodes::<ChangePasswordRequest>(data);
    decodes::<RecoverySendRequest>(data);
    decodes::<RecoveryCompleteRequest>(data);
    // What the app reads.
    decodes::<Problem>(data);
    decodes::<SignupStartResponse>(data);
    decodes::<CodeSentResponse>(data);
    decodes::<SignupCompleteResponse>(data);
    decodes::<SessionResponse>(data);
    decodes::<RecoveryStartResponse>(data);
    decodes::<RecoveryVerifiedResponse>(data);
    decodes::<TermsResponse>(data);
}
