//! `apigateway::HttpApi`: an API Gateway HTTP API whose every route needs
//! an authorizer, with structured access logs to an encrypted, retained log
//! group, throttling on its stage, Lambda integrations each invocable only
//! by its own route, typed CORS, and, behind a custom domain, TLS 1.2 and
//! the default endpoint turned off.
//!
#![doc = include_str!("defaults.md")]

pub(crate) mod duties;
mod route;

use typed_builder::TypedBuilder;

pub use route::{Method, Route, RouteAuth};

use crate::acm::CertificateRef;
use crate::cfn::l1::apigatewayv2 as l1;
use crate::error::Error;
use crate::kms::KeyRef;
use crate::lambda::FunctionRef;
use crate::logs::{LogGroup, Retention};
use crate::template::{Construct, Handle, Intrinsic, LogicalId, Resource, Stack, Value};

/// Who a route lets in: the API's authorizer, which every route uses
/// unless it names its own scopes or is made public with a waiver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Authorizer {
    /// JSON Web Tokens from an OpenID Connect or OAuth 2.0 issuer (Amazon
    /// Cognito, an identity provider), read from the `Authorization`
    /// header and checked against the issuer's keys and the audience.
    Jwt {
        /// The issuer's URL (`https://...`).
        issuer: String,
        /// The accepted audiences (client ids).
        audience: Vec<String>,
    },
    /// Callers sign requests with IAM credentials (`AWS_IAM`).
    Iam,
    /// A function of this stack decides (a simple `{"isAuthorized": ..}`
    /// answer, cached for `ttl_s` seconds per identity).
    Function {
        /// The authorizer function.
        function: FunctionRef,
        /// Where the identity is (`$request.header.Authorization`).
        identity_source: Vec<String>,
        /// How long an answer is cached (0-3600 seconds).
        ttl_s: u32,
    },
}

/// Cross-origin resource sharing: which web origins may call the API
/// from a browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cors {
    /// Origins (`https://app.example.com`; `*` only without credentials).
    pub origins: Vec<String>,
    /// Methods.
    pub methods: Vec<Method>,
    /// Request headers the browser may send.
    pub headers: Vec<String>,
    /// Whether the browser sends cookies and authorization headers.
    pub credentials: bool,
    /// How long a preflight answer is cached (0-86400 seconds).
    pub max_age_s: u32,
}

/// A custom domain for the API: a regional endpoint with TLS 1.2 and the
/// certificate given (of this region).
#[derive(Debug, Clone, PartialEq)]
pub struct Domain {
    /// The domain name (`api.example.com`).
    pub name: String,
    /// Its certificate, issued in the API's region.
    pub certificate: CertificateRef,
}

/// Steady-state and burst limits of every route on the default stage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Throttle {
    /// Requests per second (1-10,000).
    pub rate_per_s: u32,
    /// Requests at once (1-5,000).
    pub burst: u32,
}

impl Default for Throttle {
    fn default() -> Self {
        Throttle {
            rate_per_s: 100,
            burst: 200,
        }
    }
}

/// An HTTP API with stackward's secure defaults.
///
/// ```
/// use stackward::prelude::*;
/// use stackward::apigateway::{Authorizer, HttpApi, Method, Route};
/// use stackward::lambda::{Code, Function, Runtime};
///
/// let mut stack = Stack::new("Api").unwrap();
/// let handler = stack.add(
///     Function::builder()
///         .id("orders")
///         .runtime(Runtime::Python315)
///         .handler("index.handler")
///         .code(Code::Inline("def handler(e, c):\n    return {}\n".into()))
///         .outside_vpc(Waiver::new("calls only AWS APIs", ["LAMBDA_INSIDE_VPC", "CT.LAMBDA.PR.3"]).unwrap())
///         .build(),
/// );
/// let api = stack.add(
///     HttpApi::builder()
///         .id("public-api")
///         .authorizer(Authorizer::Jwt {
///             issuer: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_example".into(),
///             audience: vec!["example-client".into()],
///         })
///         .routes(vec![Route::new(Method::Get, "/orders/{id}", &handler)])
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// let r = &t.json()["Resources"];
/// assert_eq!(r["PublicApiRouteGetOrdersId"]["Properties"]["AuthorizationType"], "JWT");
/// assert_eq!(r["PublicApiStage"]["Properties"]["DefaultRouteSettings"]["ThrottlingRateLimit"], 100.0);
/// assert!(r["PublicApiStage"]["Properties"]["AccessLogSettings"]["DestinationArn"].is_object());
/// assert_eq!(api.id().as_str(), "PublicApi");
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct HttpApi {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The API's name; the stack's name and the id when unset.
    #[builder(default, setter(into, strip_option))]
    pub name: Option<String>,
    /// What the API is for.
    #[builder(default, setter(into, strip_option))]
    pub description: Option<String>,
    /// The authorizer every route uses unless it says otherwise.
    pub authorizer: Authorizer,
    /// The routes.
    #[builder(default)]
    pub routes: Vec<Route>,
    /// Which browser origins may call it.
    #[builder(default, setter(strip_option))]
    pub cors: Option<Cors>,
    /// Limits on the default stage.
    #[builder(default)]
    pub throttle: Throttle,
    /// A custom domain; the default `execute-api` endpoint is then off.
    #[builder(default, setter(strip_option))]
    pub domain: Option<Domain>,
    /// The key for the access logs; the stack's default key when unset.
    #[builder(default, setter(strip_option))]
    pub key: Option<KeyRef>,
    /// How long access logs are kept.
    #[builder(default)]
    pub log_retention: Retention,
}

/// A handle to an HTTP API in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpApiRef {
    id: LogicalId,
    stage: LogicalId,
}

impl Handle for HttpApiRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl HttpApiRef {
    /// The API's id (`Ref`).
    pub fn api_id(&self) -> Value<String> {
        self.reference()
    }

    /// The default endpoint's URL (`Fn::GetAtt Api.ApiEndpoint`), off when
    /// the API has a custom domain.
    pub fn endpoint(&self) -> Value<String> {
        self.get_att("ApiEndpoint")
    }

    /// Requests answered with a server error (`AWS/ApiGateway 5xx` on the
    /// `$default` stage, summed): a function failing or timing out.
    pub fn metric_5xx(&self) -> crate::cloudwatch::Metric {
        crate::cloudwatch::Metric::of(
            "AWS/ApiGateway",
            "5xx",
            vec![("ApiId", self.api_id()), ("Stage", "$default".into())],
            crate::cloudwatch::Statistic::Sum,
        )
    }

    /// The logical id of the API's `$default` stage.
    pub fn stage(&self) -> &LogicalId {
        &self.stage
    }
}

/// The access log line: one JSON object per request, on one line.
pub const ACCESS_LOG_FORMAT: &str = concat!(
    r#"{"requestId":"$context.requestId","#,
    r#""ip":"$context.identity.sourceIp","#,
    r#""requestTime":"$context.requestTime","#,
    r#""routeKey":"$context.routeKey","#,
    r#""status":"$context.status","#,
    r#""protocol":"$context.protocol","#,
    r#""responseLength":"$context.responseLength","#,
    r#""integrationError":"$context.integrationErrorMessage","#,
    r#""authorizerError":"$context.authorizer.error"}"#
);

impl HttpApi {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut bad = |prop: &str, v: &dyn std::fmt::Display, rule: &str| {
            errors.push(Error::invalid(id.as_str(), prop, v, rule));
        };
        if let Some(name) = &self.name {
            if name.is_empty() || name.len() > 128 {
                bad("Name", name, "must be 1-128 characters");
            }
        }
        match &self.authorizer {
            Authorizer::Jwt { issuer, audience } => {
                let host = issuer.strip_prefix("https://").unwrap_or("");
                if host.is_empty() || issuer.contains(char::is_whitespace) {
                    bad(
                        "JwtConfiguration.Issuer",
                        issuer,
                        "must be the issuer's https:// URL",
                    );
                }
                if audience.is_empty() || audience.iter().any(String::is_empty) {
                    bad(
                        "JwtConfiguration.Audience",
                        &audience.join(","),
                        "name at least one audience (a client id): without one any token of the issuer is accepted",
                    );
                }
            }
            Authorizer::Function {
                identity_source,
                ttl_s,
                ..
            } => {
                if identity_source.is_empty() || identity_source.iter().any(|s| !s.starts_with('$'))
                {
                    bad(
                        "IdentitySource",
                        &identity_source.join(","),
                        "name where the identity is, such as $request.header.Authorization",
                    );
                }
                if *ttl_s > 3600 {
                    bad(
                        "AuthorizerResultTtlInSeconds",
                        ttl_s,
                        "must be 0-3600 seconds",
                    );
                }
            }
            Authorizer::Iam => {}
        }
        let mut keys: Vec<String> = Vec::new();
        for route in &self.routes {
            let key = route.key();
            if let Some(problem) = route.problem(&self.authorizer) {
                bad("Route.RouteKey", &key, problem);
            } else if keys.contains(&key) {
                bad(
                    "Route.RouteKey",
                    &key,
                    "two routes have this method and path",
                );
            }
            keys.push(key);
        }
        if let Some(cors) = &self.cors {
            for origin in &cors.origins {
                let ok = origin == "*"
                    || origin
                        .strip_prefix("https://")
                        .or_else(|| origin.strip_prefix("http://localhost"))
                        .is_some_and(|rest| {
                            !rest.contains(char::is_whitespace) && !rest.ends_with('/')
                        });
                if !ok {
                    bad(
                        "CorsConfiguration.AllowOrigins",
                        origin,
                        "an origin is https://host (http://localhost for development), without a path, or *",
                    );
                } else if origin == "*" && cors.credentials {
                    bad(
                        "CorsConfiguration.AllowOrigins",
                        origin,
                        "with credentials allowed, name each origin: * would let any site call the API as the user",
                    );
                }
            }
            if cors.origins.is_empty() {
                bad(
                    "CorsConfiguration.AllowOrigins",
                    &"(none)",
                    "name at least one origin",
                );
            }
            if cors.max_age_s > 86_400 {
                bad(
                    "CorsConfiguration.MaxAge",
                    &cors.max_age_s,
                    "must be 0-86400 seconds",
                );
            }
        }
        if !(1..=10_000).contains(&self.throttle.rate_per_s) {
            bad(
                "DefaultRouteSettings.ThrottlingRateLimit",
                &self.throttle.rate_per_s,
                "must be 1-10000 requests per second",
            );
        }
        if !(1..=5_000).contains(&self.throttle.burst) {
            bad(
                "DefaultRouteSettings.ThrottlingBurstLimit",
                &self.throttle.burst,
                "must be 1-5000 requests",
            );
        }
        if let Some(domain) = &self.domain {
            let ok = domain.name.len() <= 253
                && domain.name.split('.').count() >= 2
                && domain.name.split('.').all(|label| {
                    !label.is_empty()
                        && label.len() <= 63
                        && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                });
            if !ok {
                bad(
                    "DomainName",
                    &domain.name,
                    "must be a domain name such as api.example.com",
                );
            }
        }
        errors
    }
}

impl Construct for HttpApi {
    type Handle = HttpApiRef;

    fn add_to(self, stack: &mut Stack) -> HttpApiRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let name = self
            .name
            .clone()
            .unwrap_or_else(|| format!("{}-{}", stack.name(), self.id));
        let cors = self.cors.as_ref().map(|c| l1::api::Cors {
            allow_origins: Some(c.origins.iter().map(|o| o.as_str().into()).collect()),
            allow_methods: (!c.methods.is_empty())
                .then(|| c.methods.iter().map(|m| m.name().into()).collect()),
            allow_headers: (!c.headers.is_empty())
                .then(|| c.headers.iter().map(|h| h.as_str().into()).collect()),
            allow_credentials: Some(Value::Literal(c.credentials)),
            max_age: Some(Value::Literal(c.max_age_s.into())),
            ..Default::default()
        });
        stack.add_resource(Resource::new(
            id.clone(),
            &l1::Api {
                name: Some(name.into()),
                description: self.description.clone().map(Value::Literal),
                protocol_type: Some("HTTP".into()),
                cors_configuration: cors,
                disable_execute_api_endpoint: self.domain.is_some().then_some(Value::Literal(true)),
                ..Default::default()
            },
        ));
        let api = HttpApiRef {
            id: id.clone(),
            stage: stack.child_id(&id, "Stage"),
        };

        let authorizer = add_authorizer(stack, &api, &self.authorizer);
        let mut added: Vec<String> = Vec::new();
        for route in &self.routes {
            // A second route of the same method and path is an error above.
            if !added.contains(&route.key()) {
                route.add_to(stack, &api, &self.authorizer, authorizer.as_ref());
                added.push(route.key());
            }
        }

        let logs_id = stack.child_id(&id, "AccessLogs");
        let key = self.key.clone().unwrap_or_else(|| stack.default_key());
        let logs = stack.add(
            LogGroup::builder()
                .id(logs_id.to_string())
                .key(key)
                .retention(self.log_retention.clone())
                .build(),
        );
        stack.add_resource(Resource::new(
            api.stage.clone(),
            &l1::Stage {
                api_id: api.api_id(),
                stage_name: "$default".into(),
                auto_deploy: Some(Value::Literal(true)),
                access_log_settings: Some(l1::stage::AccessLogSettings {
                    destination_arn: Some(logs.arn()),
                    format: Some(ACCESS_LOG_FORMAT.into()),
                }),
                default_route_settings: Some(l1::stage::RouteSettings {
                    throttling_rate_limit: Some(Value::Literal(self.throttle.rate_per_s.into())),
                    throttling_burst_limit: Some(Value::Literal(self.throttle.burst.into())),
                    detailed_metrics_enabled: Some(Value::Literal(true)),
                    ..Default::default()
                }),
                ..Default::default()
            },
        ));

        if let Some(domain) = &self.domain {
            let domain_id = stack.child_id(&id, "Domain");
            stack.add_resource(Resource::new(
                domain_id.clone(),
                &l1::DomainName {
                    domain_name: domain.name.as_str().into(),
                    domain_name_configurations: Some(vec![
                        l1::domain_name::DomainNameConfiguration {
                            certificate_arn: Some(domain.certificate.arn()),
                            endpoint_type: Some("REGIONAL".into()),
                            security_policy: Some("TLS_1_2".into()),
                            ..Default::default()
                        },
                    ]),
                    ..Default::default()
                },
            ));
            let mapping_id = stack.child_id(&id, "Mapping");
            stack
                .add_resource(Resource::new(
                    mapping_id,
                    &l1::ApiMapping {
                        api_id: api.api_id(),
                        domain_name: Intrinsic::reference(domain_id.as_str()).into(),
                        stage: Intrinsic::reference(api.stage.as_str()).into(),
                        ..Default::default()
                    },
                ))
                .depends_on(&api.stage);
        }
        api
    }
}

/// The authorizer resource, for JWT and function authorizers (IAM needs
/// none): its logical id.
fn add_authorizer(
    stack: &mut Stack,
    api: &HttpApiRef,
    authorizer: &Authorizer,
) -> Option<LogicalId> {
    let id = stack.child_id(&api.id, "Authorizer");
    let l1 = match authorizer {
        Authorizer::Iam => return None,
        Authorizer::Jwt { issuer, audience } => l1::Authorizer {
            api_id: api.api_id(),
            name: "jwt".into(),
            authorizer_type: "JWT".into(),
            identity_source: Some(vec!["$request.header.Authorization".into()]),
            jwt_configuration: Some(l1::authorizer::JwtConfiguration {
                issuer: Some(issuer.as_str().into()),
                audience: Some(audience.iter().map(|a| a.as_str().into()).collect()),
            }),
            ..Default::default()
        },
        Authorizer::Function {
            function,
            identity_source,
            ttl_s,
        } => {
            let permission = stack.child_id(&id, "Invoke");
            let source = Intrinsic::sub(format!(
                "arn:${{AWS::Partition}}:execute-api:${{AWS::Region}}:${{AWS::AccountId}}:${{{}}}/authorizers/${{{}}}",
                api.id, id
            ));
            function.allow_invoke(stack, permission, "apigateway.amazonaws.com", source.into());
            l1::Authorizer {
                api_id: api.api_id(),
                name: "function".into(),
                authorizer_type: "REQUEST".into(),
                authorizer_uri: Some(invocation_uri(function)),
                authorizer_payload_format_version: Some("2.0".into()),
                enable_simple_responses: Some(Value::Literal(true)),
                authorizer_result_ttl_in_seconds: Some(Value::Literal((*ttl_s).into())),
                identity_source: Some(identity_source.iter().map(|s| s.as_str().into()).collect()),
                ..Default::default()
            }
        }
    };
    stack.add_resource(Resource::new(id.clone(), &l1));
    Some(id)
}

/// The URI API Gateway invokes a function by.
fn invocation_uri(function: &FunctionRef) -> Value<String> {
    Intrinsic::sub(format!(
        "arn:${{AWS::Partition}}:apigateway:${{AWS::Region}}:lambda:path/2015-03-31/functions/${{{}.Arn}}/invocations",
        function.id()
    ))
    .into()
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "apigateway",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[
        &duties::API_DUTIES,
        &duties::ROUTE_DUTIES,
        &duties::STAGE_DUTIES,
        &duties::DOMAIN_DUTIES,
        &duties::AUTHORIZER_DUTIES,
        &duties::INTEGRATION_DUTIES,
        &duties::MAPPING_DUTIES,
    ],
    hand_written_l1: Vec::new,
    variants: &[crate::services::Variant {
        label: "an API behind a custom domain",
        when: "/Properties/DisableExecuteApiEndpoint",
        duties: &duties::API_BEHIND_DOMAIN_DUTIES,
    }],
    answered: &[],
};
