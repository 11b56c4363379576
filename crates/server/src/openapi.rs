//! The OpenAPI 3 document of the API, built from the operations' declarations
//! (`macnss_api::operations`, and the demo's in `routes::dev`): each path item — method,
//! path, body or query, answer, bearer requirement, `Idempotency-Key` header, every refusal
//! grouped by status — comes from one `Operation`, and the schemas from the contract crate.
//! Served at `/openapi.json` and committed as `crates/server/openapi.json` (a test fails when
//! the two differ; regenerate with `UPDATE_OPENAPI=1 cargo test -p macnss-server openapi`).

use macnss_api::operations::{self, Auth, Input, Method, Operation, Output};
use macnss_api::{ErrorCode, PROBLEM_CONTENT_TYPE, routes};
use std::any::TypeId;
use std::collections::BTreeMap;
use utoipa::openapi::path::{HttpMethod, OperationBuilder, ParameterBuilder, ParameterIn};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, Required, ResponseBuilder};
use utoipa::{Modify, OpenApi, PartialSchema, ToSchema};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "MaCNSS API",
        description = "Create a CNSS online account, sign in, recover a forgotten password, and \
            reach the private space (career, claims, family, payments, bank account, reports) and \
            «Mon compte» (contact details, devices, deleting the account), ask for signed \
            attestations, and read the inbox («Mes messages»). \
            Every error is application/problem+json (RFC 9457) with a stable `code`. \
            The /dev routes exist only on a server started with --demo.",
        version = "1"
    ),
    components(schemas(macnss_api::Problem, macnss_api::ErrorCode, macnss_api::FieldError)),
    modifiers(&Operations, &BearerAuth, &CurrentTerms),
    tags(
        (name = "meta", description = "Health and documents"),
        (name = "sign-up", description = "Create an account (Assuré or Ayant droit)"),
        (name = "session", description = "Sign in, tokens, profile, password change"),
        (name = "recovery", description = "Mot de passe oublié"),
        (name = "space", description = "The private space: only the session holder's records"),
        (name = "account", description = "«Mon compte»: the online account's contact details, its sessions, its deletion"),
        (name = "attestations", description = "Signed attestations, their PDFs and the keys that verify them"),
        (name = "inbox", description = "«Mes messages»: notices of the holder's records and account, rendered by the app"),
        (name = "push", description = "Push notifications: the devices they go to, the topics pushed"),
        (name = "demo", description = "Only with --demo"),
    )
)]
pub struct ApiDoc;

/// Adds one path item per declared operation.
struct Operations;

impl Modify for Operations {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        macro_rules! add_each {
            ($($op:ty),*) => { $(add::<$op>(openapi);)* };
        }
        macnss_api::for_each_operation!(add_each);
        crate::for_each_dev_operation!(add_each);
    }
}

/// Registers `T` (and the schemas it refers to) as components; returns a reference to it.
fn component<T: ToSchema>(openapi: &mut utoipa::openapi::OpenApi) -> Ref {
    let components = openapi.components.get_or_insert_with(Default::default);
    let mut nested = Vec::new();
    T::schemas(&mut nested);
    for (name, schema) in nested {
        components.schemas.entry(name).or_insert(schema);
    }
    components
        .schemas
        .entry(T::name().into_owned())
        .or_insert_with(T::schema);
    Ref::from_schema_name(T::name())
}

/// The path item of `O`.
fn add<O: Operation>(openapi: &mut utoipa::openapi::OpenApi)
where
    O::Request: ToSchema,
    O::Response: ToSchema + 'static,
{
    let mut op = OperationBuilder::new()
        .tag(O::TAG)
        .operation_id(Some(O::ID))
        .summary(Some(O::SUMMARY))
        .description((!O::DESCRIPTION.is_empty()).then_some(O::DESCRIPTION));
    for name in routes::parameters(O::PATH) {
        op = op.parameter(
            ParameterBuilder::new()
                .name(name)
                .parameter_in(ParameterIn::Path)
                .required(Required::True)
                .description(Some(
                    "An id this server issued (43 base64url characters); any other shape is \
                     `malformed_request`. One that is not the caller's, or that does not \
                     exist, is `not_found`: the two cannot be told apart.",
                ))
                .schema(Some(
                    ObjectBuilder::new()
                        .schema_type(Type::String)
                        .min_length(Some(43))
                        .max_length(Some(43))
                        .pattern(Some(macnss_api::validate::patterns::OPAQUE_ID)),
                )),
        );
    }
    match O::INPUT {
        Input::None => {}
        Input::File => {
            // The raw bytes, under each media type the server accepts.
            let mut body = RequestBodyBuilder::new().required(Some(Required::True));
            for kind in macnss_api::records::UploadType::ALL {
                body = body.content(
                    kind.media_type(),
                    ContentBuilder::new()
                        .schema(Some(O::Request::schema()))
                        .build(),
                );
            }
            op = op.request_body(Some(
                body.description(Some(format!(
                    "The file as the raw body, at most {} bytes; its type is read from its \
                     content.",
                    macnss_api::records::MAX_UPLOAD_BYTES
                )))
                .build(),
            ));
        }
        Input::Json => {
            let body = component::<O::Request>(openapi);
            op = op.request_body(Some(
                RequestBodyBuilder::new()
                    .content(
                        "application/json",
                        ContentBuilder::new().schema(Some(body)).build(),
                    )
                    .required(Some(Required::True))
                    .build(),
            ));
        }
        Input::Query => {
            // Each property of the query type is a query parameter.
            if let RefOr::T(Schema::Object(query)) = O::Request::schema() {
                for (name, schema) in query.properties {
                    let required = if query.required.contains(&name) {
                        Required::True
                    } else {
                        Required::False
                    };
                    let description = match &schema {
                        RefOr::T(Schema::Object(o)) => o.description.clone(),
                        _ => None,
                    };
                    op = op.parameter(
                        ParameterBuilder::new()
                            .name(name)
                            .parameter_in(ParameterIn::Query)
                            .required(required)
                            .description(description)
                            .schema(Some(schema)),
                    );
                }
            }
        }
    }
    if O::IDEMPOTENCY_KEY {
        op = op.parameter(
            ParameterBuilder::new()
                .name(routes::IDEMPOTENCY_KEY_HEADER)
                .parameter_in(ParameterIn::Header)
                .required(Required::False)
                .description(Some(
                    "Makes a retry safe: a request with the same key and the same body (byte \
                     for byte) gets the first successful answer again and sends nothing. The \
                     same key with another body is `idempotency_key_reused`; while the first \
                     request with a key runs, `request_in_progress` (Retry-After: 1). \
                     Refusals are not stored: a retry is judged afresh.",
                ))
                .schema(Some(
                    ObjectBuilder::new()
                        .schema_type(Type::String)
                        .min_length(Some(1))
                        .max_length(Some(200))
                        .pattern(Some("^[!-~]([\\t -~]*[!-~])?$")),
                )),
        );
    }
    if O::AUTH != Auth::None {
        op = op.security(SecurityRequirement::new("bearer", Vec::<String>::new()));
    }
    let success = match O::OUTPUT {
        Output::Json => {
            // The OpenAPI document itself has no schema of its own: inline, not a component.
            let answer = if TypeId::of::<O::Response>() == TypeId::of::<operations::JsonDocument>()
            {
                O::Response::schema()
            } else {
                RefOr::Ref(component::<O::Response>(openapi))
            };
            ResponseBuilder::new().description(O::ANSWER).content(
                "application/json",
                ContentBuilder::new().schema(Some(answer)).build(),
            )
        }
        Output::Text => ResponseBuilder::new().description(O::ANSWER).content(
            "text/plain",
            ContentBuilder::new()
                .schema(Some(O::Response::schema()))
                .build(),
        ),
        Output::NoContent => ResponseBuilder::new().description(O::ANSWER),
        Output::Pdf => ResponseBuilder::new().description(O::ANSWER).content(
            "application/pdf",
            ContentBuilder::new()
                .schema(Some(O::Response::schema()))
                .build(),
        ),
    };
    let success_status = if O::OUTPUT == Output::NoContent {
        "204"
    } else {
        "200"
    };
    op = op.response(success_status, success.build());
    let mut by_status: BTreeMap<u16, Vec<ErrorCode>> = BTreeMap::new();
    for code in operations::errors::<O>() {
        by_status.entry(code.status()).or_default().push(code);
    }
    for (status, codes) in by_status {
        let description = codes
            .iter()
            .map(|c| refusal(*c))
            .collect::<Vec<_>>()
            .join("; ");
        op = op.response(
            status.to_string(),
            ResponseBuilder::new()
                .description(description)
                .content(
                    PROBLEM_CONTENT_TYPE,
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("Problem")))
                        .build(),
                )
                .build(),
        );
    }
    let method = match O::METHOD {
        Method::Get => HttpMethod::Get,
        Method::Post => HttpMethod::Post,
    };
    openapi
        .paths
        .add_path_operation(O::PATH, vec![method], op.build());
}

/// "`code`: title", with what the problem carries besides.
fn refusal(code: ErrorCode) -> String {
    let extra = match code {
        ErrorCode::ValidationFailed | ErrorCode::PasswordTooWeak => " (`errors`)",
        ErrorCode::CodeInvalid => " (`attempts_remaining`)",
        ErrorCode::TooManyAttempts
        | ErrorCode::ResendTooSoon
        | ErrorCode::RateLimited
        | ErrorCode::SlowDown
        | ErrorCode::RequestInProgress => " (`retry_after`, Retry-After)",
        _ => "",
    };
    format!("`{}`: {}{extra}", code.as_str(), code.title())
}

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
