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

/// Every operation of the app's API lives under this prefix (the per-client limit applies
/// there).
pub const API_PREFIX: &str = "/v1/";

/// The app's version, sent with every request; too old an app gets `app_version_unsupported`.
pub const APP_VERSION_HEADER: &str = "x-app-version";
/// Makes a code-sending request safe to retry: a replay returns the first answer.
pub const IDEMPOTENCY_KEY_HEADER: &str = "idempotency-key";
