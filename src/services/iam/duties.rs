//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use serde_json::Value as Json;

use crate::duty::{
    elements, Answered, Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule,
};

/// No `Allow` statement of these inline policies names `*` or `service:*`
/// as an action, or `*` as a resource.
fn no_wildcards(policies: &Json) -> bool {
    fn texts(v: &Json) -> Vec<&str> {
        match v {
            Json::String(s) => vec![s.as_str()],
            Json::Array(items) => items.iter().filter_map(Json::as_str).collect(),
            _ => Vec::new(),
        }
    }
    policies.as_array().is_some_and(|policies| {
        policies.iter().all(|p| {
            elements(&p["PolicyDocument"]["Statement"]).is_some_and(|statements| {
                statements
                    .iter()
                    .filter(|s| s["Effect"] == "Allow")
                    .all(|s| {
                        !texts(&s["Action"])
                            .iter()
                            .any(|a| *a == "*" || a.ends_with(":*"))
                            && !texts(&s["Resource"]).contains(&"*")
                    })
            })
        })
    })
}

/// What a role's configuration shows.
pub(crate) const ROLE_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::IAM::Role",
    service: "AWS Identity and Access Management",
    aws: &[
        "evaluation of every request against the policies",
        "short-lived credentials for the service that assumes the role",
    ],
    evidence: &[
        Evidence {
            duty: Duty::LeastPrivilege,
            what: "assumed by one AWS service only",
            locate: Locate::Own(
                "/Properties/AssumeRolePolicyDocument/Statement/0/Principal/Service",
            ),
            expect: Expect::Present,
            rule: Some("IAM_ROLE_TRUSTS_ONE_SERVICE"),
            control: None,
        },
        Evidence {
            duty: Duty::LeastPrivilege,
            what: "its own statements allow exact actions on exact resources, never *",
            locate: Locate::Own("/Properties/Policies"),
            expect: Expect::Satisfies(no_wildcards),
            rule: Some("IAM_POLICY_NO_WILDCARDS"),
            control: Some("CT.IAM.PR.1"),
        },
    ],
    residual: &[
        (
            Duty::LeastPrivilege,
            "review what the role may do as the application changes; remove what it no longer uses",
        ),
        (
            Duty::LoggingAndMonitoring,
            "watch the role's use in CloudTrail",
        ),
    ],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "IAM_ROLE_TRUSTS_ONE_SERVICE",
        checks: "a role is assumed by AWS services only",
        waived_by: "none: roles trust one service",
        equivalents: &[Checkov("CKV_AWS_60")],
    },
    Rule {
        name: "IAM_POLICY_NO_WILDCARDS",
        checks: "no identity policy (a role's, user's or group's, stand-alone or managed) names a `*` action or resource, nor is AdministratorAccess, PowerUserAccess or a `*FullAccess` policy attached",
        waived_by: "`iam::Role` `.waivers(vec![w])`",
        equivalents: &[AwsSolutions("IAM5"), Compliance("IAMPolicyNoStatementsWithFullAccess"), CfnNag("W12")],
    },
];

/// The roles stackward writes keep their policies inline.
pub(crate) const INLINE_POLICIES: Answered = Answered {
    findings: &[Compliance("IAMNoInlinePolicy")],
    reason: "this role's own inline policies, written for it alone with exact actions on exact resources: the one-to-one case AWS recommends inline policies for",
};

/// The AWS managed policies stackward itself attaches to service roles.
pub(crate) const SERVICE_ROLE_POLICIES: Answered = Answered {
    findings: &[AwsSolutions("IAM4")],
    reason: "AWS's own managed policies for the one service this role serves, kept current by AWS; none grants administrative or data access",
};

/// Object actions on the keys of one bucket.
pub(crate) const OBJECT_KEYS: Answered = Answered {
    findings: &[AwsSolutions("IAM5")],
    reason: "object actions on one bucket's objects: the bucket's ARN followed by /* is the narrowest resource naming them; no action is a wildcard",
};
