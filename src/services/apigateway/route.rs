//! A route of an HTTP API: a method and path, the function that answers,
//! and who may call it.

use heck::ToUpperCamelCase;

use super::{invocation_uri, Authorizer, HttpApiRef};
use crate::cfn::l1::apigatewayv2 as l1;
use crate::lambda::FunctionRef;
use crate::template::{Handle, Intrinsic, LogicalId, Resource, Stack, Value};
use crate::waiver::Waiver;

/// An HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
    /// `PUT`.
    Put,
    /// `PATCH`.
    Patch,
    /// `DELETE`.
    Delete,
    /// `HEAD`.
    Head,
    /// `OPTIONS`.
    Options,
    /// Any method (`ANY`).
    Any,
}

impl Method {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Head => "HEAD",
            Method::Options => "OPTIONS",
            Method::Any => "ANY",
        }
    }
}

/// Who may call a route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RouteAuth {
    /// The API's authorizer.
    Authorizer,
    /// The API's JWT authorizer, with a token holding one of these scopes.
    Scopes(Vec<String>),
    /// Anyone: only with a waiver of `APIGW_ROUTE_AUTHORIZED` saying why
    /// (a health check, a public catalogue).
    Public(Waiver),
}

/// A route: `GET /orders/{id}` answered by a function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    method: Method,
    path: String,
    function: FunctionRef,
    auth: RouteAuth,
}

impl Route {
    /// A route the API's authorizer guards.
    pub fn new(method: Method, path: impl Into<String>, function: &FunctionRef) -> Self {
        Route {
            method,
            path: path.into(),
            function: function.clone(),
            auth: RouteAuth::Authorizer,
        }
    }

    /// Who may call it.
    pub fn auth(mut self, auth: RouteAuth) -> Self {
        self.auth = auth;
        self
    }

    /// `GET /orders/{id}`.
    pub(crate) fn key(&self) -> String {
        format!("{} {}", self.method.name(), self.path)
    }

    /// What is wrong with the route, if anything.
    pub(crate) fn problem(&self, authorizer: &Authorizer) -> Option<&'static str> {
        if !is_path(&self.path) {
            return Some(
                "a path is / or /segments, each letters, digits, - _ . or a {parameter} ({proxy+} last)",
            );
        }
        match (&self.auth, authorizer) {
            (RouteAuth::Scopes(_), Authorizer::Iam | Authorizer::Function { .. }) => {
                Some("scopes are for a JWT authorizer")
            }
            (RouteAuth::Scopes(scopes), _)
                if scopes.is_empty() || scopes.iter().any(String::is_empty) =>
            {
                Some("name at least one scope, none empty")
            }
            _ => None,
        }
    }

    /// `GetOrdersId` from `GET /orders/{id}`.
    fn name(&self) -> String {
        let words: String = self
            .key()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
            .collect();
        let name = words.to_lowercase().to_upper_camel_case();
        if self.path == "/" {
            format!("{name}Root")
        } else {
            name
        }
    }

    /// The route's resources: the integration with its function (one per
    /// function), the permission that lets this route alone invoke it, and
    /// the route.
    pub(crate) fn add_to(
        &self,
        stack: &mut Stack,
        api: &HttpApiRef,
        authorizer: &Authorizer,
        authorizer_id: Option<&LogicalId>,
    ) {
        let integration = stack.child_id(api.id(), &format!("{}Integration", self.function.id()));
        if stack.resource(&integration).is_none() {
            stack.add_resource(Resource::new(
                integration.clone(),
                &l1::Integration {
                    api_id: api.api_id(),
                    integration_type: "AWS_PROXY".into(),
                    integration_uri: Some(invocation_uri(&self.function)),
                    payload_format_version: Some("2.0".into()),
                    ..Default::default()
                },
            ));
        }
        let route_id = stack.child_id(api.id(), &format!("Route{}", self.name()));
        let method = match self.method {
            Method::Any => "*",
            m => m.name(),
        };
        let path: String = self
            .path
            .split('/')
            .map(|s| if s.starts_with('{') { "*" } else { s })
            .collect::<Vec<_>>()
            .join("/");
        let source = Intrinsic::sub(format!(
            "arn:${{AWS::Partition}}:execute-api:${{AWS::Region}}:${{AWS::AccountId}}:${{{}}}/*/{method}{path}",
            api.id()
        ));
        let permission = stack.child_id(&route_id, "Invoke");
        self.function
            .allow_invoke(stack, permission, "apigateway.amazonaws.com", source.into());

        let (authorization_type, scopes) = match (&self.auth, authorizer) {
            (RouteAuth::Public(_), _) => ("NONE", None),
            (_, Authorizer::Iam) => ("AWS_IAM", None),
            (RouteAuth::Scopes(s), Authorizer::Jwt { .. }) => {
                ("JWT", Some(s.iter().map(|s| s.as_str().into()).collect()))
            }
            (_, Authorizer::Jwt { .. }) => ("JWT", None),
            (_, Authorizer::Function { .. }) => ("CUSTOM", None),
        };
        let uses_authorizer = !matches!(authorization_type, "NONE" | "AWS_IAM");
        let resource = stack.add_resource(Resource::new(
            route_id,
            &l1::Route {
                api_id: api.api_id(),
                route_key: self.key().into(),
                target: Some(
                    Intrinsic::join(
                        "",
                        vec![
                            "integrations/".into(),
                            Intrinsic::reference(integration.as_str()).into(),
                        ],
                    )
                    .into(),
                ),
                authorization_type: Some(authorization_type.into()),
                authorizer_id: authorizer_id
                    .filter(|_| uses_authorizer)
                    .map(|a| Value::from(Intrinsic::reference(a.as_str()))),
                authorization_scopes: scopes,
                ..Default::default()
            },
        ));
        if let RouteAuth::Public(w) = &self.auth {
            resource.waive(w.clone());
        }
    }
}

/// Whether `path` is a route path API Gateway takes: `/`, or segments of
/// letters, digits, `-`, `_` and `.`, or `{parameter}`s, with a greedy
/// `{proxy+}` only last.
fn is_path(path: &str) -> bool {
    if path == "/" {
        return true;
    }
    let Some(rest) = path.strip_prefix('/') else {
        return false;
    };
    let segments: Vec<&str> = rest.split('/').collect();
    let last = segments.len() - 1;
    path.len() <= 512
        && segments.iter().enumerate().all(|(i, segment)| {
            match segment.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
                Some(param) => {
                    let name = match param.strip_suffix('+') {
                        Some(greedy) if i == last => greedy,
                        _ => param,
                    };
                    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                }
                None => {
                    !segment.is_empty()
                        && segment
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
                }
            }
        })
}
