//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use serde_json::Value as Json;

use crate::duty::{Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule};

const APIGW_AWS_SIDE: &[&str] = &[
    "the API endpoints' availability and scaling across Availability Zones",
    "TLS termination on every endpoint",
    "validation of JWTs against the issuer's keys, and of IAM signatures",
];

/// Whether an API's CORS settings, if any, name each origin when they
/// allow credentials.
fn cors_names_origins(properties: &Json) -> bool {
    let cors = &properties["CorsConfiguration"];
    cors["AllowCredentials"] != true
        || cors["AllowOrigins"]
            .as_array()
            .is_some_and(|o| o.iter().all(|o| o != "*"))
}

const CORS: Evidence = Evidence {
    duty: Duty::NoPublicExposure,
    what: "browsers send credentials only to origins named in CORS, never *",
    locate: Locate::Own("/Properties"),
    expect: Expect::Satisfies(cors_names_origins),
    rule: Some("APIGW_CORS_NO_WILDCARD_WITH_CREDENTIALS"),
    control: None,
};

const API_RESIDUAL: &[(Duty, &str)] = &[
    (
        Duty::ApplicationSecurity,
        "validate every request's input in the functions; an authorizer says who calls, not what they send",
    ),
    (
        Duty::NoPublicExposure,
        "put a WAF web ACL in front (a CloudFront distribution) when the API faces the internet",
    ),
];

/// What an API shows.
pub(crate) const API_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::ApiGatewayV2::Api",
    service: "Amazon API Gateway",
    aws: APIGW_AWS_SIDE,
    evidence: &[CORS, crate::duty::PINNED_TO_REGIONS],
    residual: API_RESIDUAL,
};

/// What an API behind a custom domain shows.
pub(crate) const API_BEHIND_DOMAIN_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::ApiGatewayV2::Api",
    service: "Amazon API Gateway",
    aws: APIGW_AWS_SIDE,
    evidence: &[
        CORS,
        Evidence {
            duty: Duty::NoPublicExposure,
            what: "the default execute-api endpoint is off: callers come through the custom domain",
            locate: Locate::Own("/Properties/DisableExecuteApiEndpoint"),
            expect: Expect::Equals("true"),
            rule: Some("APIGW_DEFAULT_ENDPOINT_DISABLED"),
            control: None,
        },
        crate::duty::PINNED_TO_REGIONS,
    ],
    residual: API_RESIDUAL,
};

/// What a route shows.
pub(crate) const ROUTE_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::ApiGatewayV2::Route",
    service: "Amazon API Gateway",
    aws: APIGW_AWS_SIDE,
    evidence: &[Evidence {
        duty: Duty::NoPublicExposure,
        what: "the route requires an authorizer",
        locate: Locate::Own("/Properties/AuthorizationType"),
        expect: Expect::OneOf(&["JWT", "AWS_IAM", "CUSTOM"]),
        rule: Some("APIGW_ROUTE_AUTHORIZED"),
        control: Some("CT.APIGATEWAY.PR.5"),
    }],
    residual: &[(
        Duty::LeastPrivilege,
        "check in the function what the caller may do with the item asked for: the authorizer only says who called",
    )],
};

/// What a stage shows.
pub(crate) const STAGE_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::ApiGatewayV2::Stage",
    service: "Amazon API Gateway",
    aws: APIGW_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "every request is written to an encrypted, retained access log",
            locate: Locate::Own("/Properties/AccessLogSettings/DestinationArn"),
            expect: Expect::Present,
            rule: Some("APIGW_STAGE_ACCESS_LOGGING"),
            control: Some("CT.APIGATEWAY.PR.4"),
        },
        Evidence {
            duty: Duty::Availability,
            what: "request rate and burst are limited",
            locate: Locate::Own("/Properties/DefaultRouteSettings/ThrottlingRateLimit"),
            expect: Expect::Present,
            rule: Some("APIGW_STAGE_THROTTLED"),
            control: None,
        },
    ],
    residual: &[(
        Duty::LoggingAndMonitoring,
        "alarm on 5xx responses and read the access log when one fires",
    )],
};

/// What a custom domain shows.
pub(crate) const DOMAIN_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::ApiGatewayV2::DomainName",
    service: "Amazon API Gateway",
    aws: APIGW_AWS_SIDE,
    evidence: &[Evidence {
        duty: Duty::EncryptionInTransit,
        what: "the custom domain requires TLS 1.2 or later",
        locate: Locate::Own("/Properties/DomainNameConfigurations/0/SecurityPolicy"),
        expect: Expect::Equals("\"TLS_1_2\""),
        rule: Some("APIGW_DOMAIN_TLS12"),
        control: None,
    }],
    residual: &[(
        Duty::EncryptionInTransit,
        "point the domain's DNS record at the API's regional domain name",
    )],
};

/// An authorizer is the API's identity check.
pub(crate) const AUTHORIZER_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::ApiGatewayV2::Authorizer",
    service: "Amazon API Gateway",
    aws: APIGW_AWS_SIDE,
    evidence: &[],
    residual: &[(
        Duty::AccountHygiene,
        "keep the identity provider's users, clients and token lifetimes reviewed",
    )],
};

/// An integration connects a route to its function.
pub(crate) const INTEGRATION_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::ApiGatewayV2::Integration",
    service: "Amazon API Gateway",
    aws: APIGW_AWS_SIDE,
    evidence: &[],
    residual: &[(
        Duty::ApplicationSecurity,
        "the function answers untrusted input: validate it and never echo secrets",
    )],
};

/// A mapping puts a stage behind a custom domain.
pub(crate) const MAPPING_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::ApiGatewayV2::ApiMapping",
    service: "Amazon API Gateway",
    aws: APIGW_AWS_SIDE,
    evidence: &[],
    residual: &[],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "APIGW_ROUTE_AUTHORIZED",
        checks: "every route requires an authorizer",
        waived_by: "`Route::auth(RouteAuth::Public(waiver))`",
        equivalents: &[AwsSolutions("APIG4")],
    },
    Rule {
        name: "APIGW_STAGE_ACCESS_LOGGING",
        checks: "stage access logs to an encrypted, retained group",
        waived_by: "none: always logged",
        equivalents: &[Checkov("CKV_AWS_95"), AwsSolutions("APIG1")],
    },
    Rule {
        name: "APIGW_STAGE_THROTTLED",
        checks: "stage rate and burst limits",
        waived_by: "none: `throttle` sets the limits",
        equivalents: &[],
    },
    Rule {
        name: "APIGW_DOMAIN_TLS12",
        checks: "custom domain requires TLS 1.2",
        waived_by: "none: always TLS 1.2",
        equivalents: &[],
    },
    Rule {
        name: "APIGW_DEFAULT_ENDPOINT_DISABLED",
        checks: "default endpoint off behind a custom domain",
        waived_by: "none: off whenever a domain is set",
        equivalents: &[],
    },
    Rule {
        name: "APIGW_CORS_NO_WILDCARD_WITH_CREDENTIALS",
        checks: "CORS with credentials names each origin",
        waived_by: "none: refused at build time",
        equivalents: &[],
    },
];
