//! The OpenAPI 3 document of the API, generated from the handlers' `#[utoipa::path]`
//! annotations and the contract crate's schemas; served at `/openapi.json` and committed as
//! `crates/server/openapi.json` (a test fails when the two differ; regenerate with
//! `UPDATE_OPENAPI=1 cargo test -p macnss-server openapi`).

use crate::routes::{dev, meta, recovery, session, signup};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "MaCNSS API",
        description = "Create a CNSS online account, sign in, recover a forgotten password. \
            Every error is application/problem+json (RFC 9457) with a stable `code`. \
            The /dev routes exist only on a server started with --demo.",
        version = "1"
    ),
    paths(
        meta::healthz, meta::openapi_json, meta::terms,
        signup::start, signup::contact, signup::resend, signup::verify,
        session::sign_in, session::refresh, session::sign_out, session::me,
        session::change_password,
        recovery::start, recovery::send, recovery::verify, recovery::complete,
        dev::outbox, dev::clock, dev::reset,
    ),
    components(schemas(macnss_api::Problem, macnss_api::ErrorCode, macnss_api::FieldError)),
    modifiers(&BearerAuth, &CommonResponses, &ProblemContentType, &CurrentTerms),
    tags(
        (name = "meta", description = "Health and documents"),
        (name = "sign-up", description = "Create an account (Assuré or Ayant droit)"),
        (name = "session", description = "Sign in, tokens, profile, password change"),
        (name = "recovery", description = "Mot de passe oublié"),
        (name = "demo", description = "Only with --demo"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(c) = openapi.components.as_mut() {
            c.add_security_scheme(
                "bearer",
                SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
            );
        }
    }
}

/// The refusals every operation shares, added where an operation does not list them itself:
/// a bad body (400, 413) wherever there is a body, the per-client limit (429) on `/v1/*`, an
/// app too old (426, when the server is started with `--min-app-version`) and a failure (500)
/// everywhere.
struct CommonResponses;

impl Modify for CommonResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let problem = |description: &str| {
            ResponseBuilder::new()
                .description(description)
                .content(
                    macnss_api::PROBLEM_CONTENT_TYPE,
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("Problem")))
                        .build(),
                )
                .build()
        };
        for (path, item) in openapi.paths.paths.iter_mut() {
            let operations = [
                &mut item.get,
                &mut item.post,
                &mut item.put,
                &mut item.delete,
                &mut item.patch,
            ];
            for operation in operations.into_iter().flatten() {
                let mut common = Vec::new();
                if operation.request_body.is_some() {
                    common.push((
                        "400",
                        "malformed_request: not JSON, no JSON content type, a field missing, \
                         unknown or of the wrong type, or an id this server never issues",
                    ));
                    common.push(("413", "payload_too_large"));
                }
                if path.starts_with("/v1/") {
                    common.push((
                        "429",
                        "rate_limited: too many requests from this client (Retry-After)",
                    ));
                }
                common.push((
                    "426",
                    "app_version_unsupported: the x-app-version header is older than the server's minimum",
                ));
                common.push((
                    "500",
                    "internal: the service failed; the request can be retried",
                ));
                let responses = &mut operation.responses.responses;
                for (status, description) in common {
                    if !responses.contains_key(status) {
                        responses.insert(status.to_owned(), problem(description).into());
                    }
                }
            }
        }
    }
}

/// Every error body is served as `application/problem+json` (RFC 9457): the document says so,
/// instead of utoipa's default `application/json` for a `body = Problem` response.
struct ProblemContentType;

impl Modify for ProblemContentType {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::RefOr;
        for item in openapi.paths.paths.values_mut() {
            let operations = [
                &mut item.get,
                &mut item.post,
                &mut item.put,
                &mut item.delete,
                &mut item.patch,
            ];
            for operation in operations.into_iter().flatten() {
                for response in operation.responses.responses.values_mut() {
                    let RefOr::T(response) = response else {
                        continue;
                    };
                    let is_problem = response.content.get("application/json").is_some_and(|c| {
                        matches!(&c.schema, Some(RefOr::Ref(r)) if r.ref_location.ends_with("/Problem"))
                    });
                    if is_problem && let Some(c) = response.content.shift_remove("application/json")
                    {
                        response
                            .content
                            .insert(macnss_api::PROBLEM_CONTENT_TYPE.to_owned(), c);
                    }
                }
            }
        }
    }
}

/// The CGU version a sign-up accepts is the server's current one: the document says which.
struct CurrentTerms;

impl Modify for CurrentTerms {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::RefOr;
        use utoipa::openapi::schema::Schema;
        let Some(RefOr::T(Schema::Object(contact))) = openapi
            .components
            .as_mut()
            .and_then(|c| c.schemas.get_mut("SignupContactRequest"))
        else {
            return;
        };
        if let Some(RefOr::T(Schema::Object(version))) = contact.properties.get_mut("terms_version")
        {
            version.enum_values = Some(vec![crate::terms::CURRENT_VERSION.into()]);
        }
    }
}

/// The document, pretty-printed, newline-terminated (as committed).
pub fn document_json() -> String {
    let mut s = ApiDoc::openapi()
        .to_pretty_json()
        .unwrap_or_else(|_| "{}".to_owned());
    s.push('\n');
    s
}
