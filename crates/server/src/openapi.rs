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
    modifiers(&BearerAuth, &ProblemContentType, &ClosedSignupStart),
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

/// `SignupStartRequest` is an internally tagged enum with `deny_unknown_fields`: say that
/// each of its variants refuses unknown properties, as the server does (400).
struct ClosedSignupStart;

impl Modify for ClosedSignupStart {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::RefOr;
        use utoipa::openapi::schema::{AdditionalProperties, Schema};
        let Some(schema) = openapi
            .components
            .as_mut()
            .and_then(|c| c.schemas.get_mut("SignupStartRequest"))
        else {
            return;
        };
        let RefOr::T(Schema::OneOf(one_of)) = schema else {
            return;
        };
        for variant in &mut one_of.items {
            if let RefOr::T(Schema::Object(object)) = variant {
                object.additional_properties =
                    Some(Box::new(AdditionalProperties::FreeForm(false)));
            }
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
