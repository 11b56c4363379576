//! Paths and headers of the API, used by the operations' declarations
//! ([`crate::operations`], where each operation's method, types and refusals are). Every secret
//! travels in a body or a header, never in a path or a query string.

pub const HEALTHZ: &str = "/healthz";
pub const OPENAPI: &str = "/openapi.json";

pub const SIGNUP_START: &str = "/v1/signup/start";
pub const SIGNUP_CONTACT: &str = "/v1/signup/contact";
pub const SIGNUP_RESEND: &str = "/v1/signup/resend";
pub const SIGNUP_VERIFY: &str = "/v1/signup/verify";

pub const SIGN_IN: &str = "/v1/session";
pub const REFRESH: &str = "/v1/session/refresh";
pub const SIGN_OUT: &str = "/v1/session/sign-out";
pub const ME: &str = "/v1/me";
pub const CHANGE_PASSWORD: &str = "/v1/me/password";

pub const RECOVERY_START: &str = "/v1/recovery/start";
pub const RECOVERY_SEND: &str = "/v1/recovery/send";
pub const RECOVERY_VERIFY: &str = "/v1/recovery/verify";
pub const RECOVERY_COMPLETE: &str = "/v1/recovery/complete";

pub const TERMS: &str = "/v1/terms";

// The private space. `{name}` is a path parameter (an opaque id), filled by [`with_ids`].
pub const SPACE: &str = "/v1/space";
pub const CAREER: &str = "/v1/career";
pub const CLAIMS: &str = "/v1/claims";
pub const CLAIM: &str = "/v1/claims/{claim_id}";
pub const FAMILY: &str = "/v1/family";
pub const CERTIFICATE: &str = "/v1/family/children/{child_id}/certificate";
pub const PAYMENTS: &str = "/v1/payments";
pub const BANK_STEP_UP: &str = "/v1/bank-account/step-up";
pub const BANK_ACCOUNT: &str = "/v1/bank-account";
pub const REPORTS: &str = "/v1/reports";
pub const AGENCIES: &str = "/v1/agencies";

// «Mon compte»: the online account itself.
pub const ACCOUNT: &str = "/v1/account";
pub const ACCOUNT_STEP_UP: &str = "/v1/account/step-up";
pub const ACCOUNT_CONTACT: &str = "/v1/account/contact";
pub const ACCOUNT_CONTACT_RESEND: &str = "/v1/account/contact/resend";
pub const ACCOUNT_CONTACT_VERIFY: &str = "/v1/account/contact/verify";
pub const ACCOUNT_DELETE: &str = "/v1/account/delete";
pub const ACCOUNT_SESSION_REVOKE: &str = "/v1/account/sessions/{session_id}/revoke";
pub const ACCOUNT_SESSIONS_REVOKE_OTHERS: &str = "/v1/account/sessions/revoke-others";

// Attestations.
pub const ATTESTATIONS: &str = "/v1/attestations";
pub const ATTESTATION_PDF: &str = "/v1/attestations/{attestation_id}/pdf";
/// The issuer's public keys (public, outside the API's per-client limit: verifiers cache it).
pub const ATTESTATION_KEYS: &str = "/.well-known/macnss-attestation-keys.json";

// The inbox («Mes messages»).
pub const INBOX: &str = "/v1/inbox";
pub const INBOX_WAIT: &str = "/v1/inbox/wait";
pub const INBOX_READ: &str = "/v1/inbox/{message_id}/read";
pub const INBOX_READ_ALL: &str = "/v1/inbox/read-all";
pub const INBOX_MESSAGE: &str = "/v1/inbox/{message_id}";

// Push notifications.
pub const PUSH_WEB_KEY: &str = "/v1/push/web-key";
pub const PUSH_DEVICES: &str = "/v1/push/devices";
pub const PUSH_DEVICE_REMOVE: &str = "/v1/push/devices/{device_id}/remove";
pub const PUSH_PREFERENCES: &str = "/v1/push/preferences";

/// The names of the path parameters of `path`, in order (`{claim_id}` → `claim_id`).
pub fn parameters(path: &str) -> Vec<&str> {
    path.split('/')
        .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .collect()
}

/// `path` with its parameters replaced by `ids`, in order; `None` when the count differs or
/// an id is not an opaque id of this server (so nothing but base64url ever reaches a path).
pub fn with_ids(path: &str, ids: &[&str]) -> Option<String> {
    let mut ids = ids.iter();
    let mut out = Vec::new();
    for segment in path.split('/') {
        if segment.starts_with('{') && segment.ends_with('}') {
            let id = ids.next()?;
            if !crate::validate::patterns::is_opaque_id(id) {
                return None;
            }
            out.push(*id);
        } else {
            out.push(segment);
        }
    }
    ids.next().is_none().then(|| out.join("/"))
}

/// Every operation of the app's API lives under this prefix (the per-client limit applies
/// there).
pub const API_PREFIX: &str = "/v1/";

/// The app's version, sent with every request; too old an app gets `app_version_unsupported`.
pub const APP_VERSION_HEADER: &str = "x-app-version";
/// Makes a code-sending request safe to retry: a replay returns the first answer.
pub const IDEMPOTENCY_KEY_HEADER: &str = "idempotency-key";
