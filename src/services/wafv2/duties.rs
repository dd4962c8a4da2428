//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use crate::duty::{Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule};

const WAF_AWS_SIDE: &[&str] = &[
    "the filtering infrastructure in front of the protected resource",
    "keeping AWS's managed rule groups and IP reputation list current",
];

/// What a web ACL shows.
pub(crate) const WEB_ACL_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::WAFv2::WebACL",
    service: "AWS WAF",
    aws: WAF_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::ApplicationSecurity,
            what: "AWS managed rule groups and a per-address rate limit filter requests",
            locate: Locate::Own("/Properties/Rules/0/Statement/ManagedRuleGroupStatement/Name"),
            expect: Expect::Present,
            rule: Some("WAFV2_WEBACL_NOT_EMPTY"),
            control: Some("CT.WAFV2.PR.1"),
        },
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "requests logged to a log group",
            locate: Locate::Referrer {
                type_name: "AWS::WAFv2::LoggingConfiguration",
                reference: "/Properties/ResourceArn/Fn::GetAtt/0",
                value: "/Properties/LogDestinationConfigs/0",
            },
            expect: Expect::Present,
            rule: Some("WAFV2_LOGGING_ENABLED"),
            control: None,
        },
    ],
    residual: &[
        (
            Duty::ApplicationSecurity,
            "read the blocked and counted requests; add rules for the application's own paths and abuse",
        ),
        (
            Duty::Availability,
            "set the rate limit from the traffic the application really takes",
        ),
    ],
};

/// What a web ACL association shows: it only connects the two.
pub(crate) const ASSOCIATION_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::WAFv2::WebACLAssociation",
    service: "AWS WAF",
    aws: WAF_AWS_SIDE,
    evidence: &[],
    residual: &[],
};

/// What a web ACL's logging configuration shows.
pub(crate) const LOGGING_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::WAFv2::LoggingConfiguration",
    service: "AWS WAF",
    aws: WAF_AWS_SIDE,
    evidence: &[],
    residual: &[],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "WAFV2_WEBACL_NOT_EMPTY",
        checks: "web ACL runs rules",
        waived_by: "none: managed rule groups and a rate limit always",
        equivalents: &[],
    },
    Rule {
        name: "WAFV2_LOGGING_ENABLED",
        checks: "web ACL logs requests",
        waived_by: "`wafv2::WebAcl` `.no_logging(w)`",
        equivalents: &[Compliance("WAFv2LoggingEnabled")],
    },
];
