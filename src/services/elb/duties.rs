//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use serde_json::Value as Json;

use crate::duty::{
    elements, Answered, Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule,
};

const ELB_AWS_SIDE: &[&str] = &[
    "the load balancer's nodes, their scaling and their patching",
    "TLS termination with the chosen policy, and protection against network-layer DDoS (Shield Standard)",
];

/// The `LoadBalancerAttributes` entry with this key has this value.
fn attribute(value: &Json, key: &str, wanted: &[&str]) -> bool {
    elements(value).is_some_and(|entries| {
        entries
            .iter()
            .any(|e| e["Key"] == key && e["Value"].as_str().is_some_and(|v| wanted.contains(&v)))
    })
}

fn logs_on(value: &Json) -> bool {
    attribute(value, "access_logs.s3.enabled", &["true"])
}

fn deletion_protected(value: &Json) -> bool {
    attribute(value, "deletion_protection.enabled", &["true"])
}

fn drops_invalid_headers(value: &Json) -> bool {
    attribute(
        value,
        "routing.http.drop_invalid_header_fields.enabled",
        &["true"],
    )
}

fn desync_mitigated(value: &Json) -> bool {
    attribute(
        value,
        "routing.http.desync_mitigation_mode",
        &["strictest", "defensive"],
    )
}

const ATTRIBUTES: &str = "/Properties/LoadBalancerAttributes";

/// What a load balancer shows.
pub(crate) const LOAD_BALANCER_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::ElasticLoadBalancingV2::LoadBalancer",
    service: "Elastic Load Balancing",
    aws: ELB_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "access logs delivered to S3",
            locate: Locate::Own(ATTRIBUTES),
            expect: Expect::Satisfies(logs_on),
            rule: Some("ELB_LOGGING_ENABLED"),
            control: Some("CT.ELASTICLOADBALANCING.PR.6"),
        },
        Evidence {
            duty: Duty::Availability,
            what: "deletion protection on",
            locate: Locate::Own(ATTRIBUTES),
            expect: Expect::Satisfies(deletion_protected),
            rule: Some("ELB_DELETION_PROTECTION_ENABLED"),
            control: Some("CT.ELASTICLOADBALANCING.PR.5"),
        },
        Evidence {
            duty: Duty::ApplicationSecurity,
            what: "requests with invalid header fields dropped",
            locate: Locate::Own(ATTRIBUTES),
            expect: Expect::Satisfies(drops_invalid_headers),
            rule: Some("ELB_DROP_INVALID_HEADERS"),
            control: Some("CT.ELASTICLOADBALANCING.PR.4"),
        },
        Evidence {
            duty: Duty::ApplicationSecurity,
            what: "HTTP desync mitigation at its strictest",
            locate: Locate::Own(ATTRIBUTES),
            expect: Expect::Satisfies(desync_mitigated),
            rule: Some("ELB_DESYNC_MITIGATION_STRICTEST"),
            control: Some("CT.ELASTICLOADBALANCING.PR.3"),
        },
        Evidence {
            duty: Duty::ApplicationSecurity,
            what: "behind a WAF web ACL",
            locate: Locate::Referrer {
                type_name: "AWS::WAFv2::WebACLAssociation",
                reference: "/Properties/ResourceArn",
                value: "/Properties/WebACLArn",
            },
            expect: Expect::Present,
            rule: Some("ELB_WAF_ENABLED"),
            control: None,
        },
    ],
    residual: &[
        (
            Duty::NoPublicExposure,
            "an internet-facing load balancer is reachable by anyone: authenticate users in the application or at the listener",
        ),
        (
            Duty::LoggingAndMonitoring,
            "read the access logs, and alarm on 5xx responses and unhealthy targets",
        ),
    ],
};

/// What a listener shows.
pub(crate) const LISTENER_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::ElasticLoadBalancingV2::Listener",
    service: "Elastic Load Balancing",
    aws: ELB_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::EncryptionInTransit,
            what: "HTTPS with a TLS 1.3/1.2 policy, or HTTP that only redirects to HTTPS",
            locate: Locate::Own("/Properties"),
            expect: Expect::AnyOf(&[
                ("/SslPolicy", "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"),
                ("/SslPolicy", "ELBSecurityPolicy-TLS13-1-3-2021-06"),
                ("/DefaultActions/0/RedirectConfig/Protocol", "HTTPS"),
            ]),
            rule: Some("ELB_TLS_HTTPS_LISTENERS_ONLY"),
            control: Some("CT.ELASTICLOADBALANCING.PR.1"),
        },
        Evidence {
            duty: Duty::EncryptionInTransit,
            what: "a current TLS policy and a certificate from AWS Certificate Manager",
            locate: Locate::Own("/Properties"),
            expect: Expect::AnyOf(&[
                ("/SslPolicy", "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"),
                ("/SslPolicy", "ELBSecurityPolicy-TLS13-1-3-2021-06"),
                ("/DefaultActions/0/RedirectConfig/Protocol", "HTTPS"),
            ]),
            rule: Some("ELB_TLS_POLICY_CURRENT"),
            control: Some("CT.ELASTICLOADBALANCING.PR.2"),
        },
    ],
    residual: &[],
};

/// What a listener rule shows: it only routes.
pub(crate) const LISTENER_RULE_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::ElasticLoadBalancingV2::ListenerRule",
    service: "Elastic Load Balancing",
    aws: ELB_AWS_SIDE,
    evidence: &[],
    residual: &[],
};

/// What a target group shows.
pub(crate) const TARGET_GROUP_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::ElasticLoadBalancingV2::TargetGroup",
    service: "Elastic Load Balancing",
    aws: ELB_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::EncryptionInTransit,
            what: "HTTPS from the load balancer to the targets",
            locate: Locate::Own("/Properties/Protocol"),
            expect: Expect::Equals("\"HTTPS\""),
            rule: Some("ELB_TARGETS_HTTPS"),
            control: None,
        },
        Evidence {
            duty: Duty::Availability,
            what: "health checks take failing targets out of service",
            locate: Locate::Own("/Properties/HealthCheckEnabled"),
            expect: Expect::Equals("true"),
            rule: None,
            control: None,
        },
    ],
    residual: &[(
        Duty::EncryptionInTransit,
        "serve TLS on the targets (the load balancer accepts their certificate without checking it)",
    )],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "ELB_LOGGING_ENABLED",
        checks: "load balancer delivers access logs",
        waived_by: "none: always to the stack's access-log bucket",
        equivalents: &[
            Checkov("CKV_AWS_91"),
            AwsSolutions("ELB2"),
            Compliance("ELBLoggingEnabled"),
        ],
    },
    Rule {
        name: "ELB_DELETION_PROTECTION_ENABLED",
        checks: "load balancer deletion protection on",
        waived_by: "`elb::LoadBalancer` `.deletable(w)`",
        equivalents: &[Compliance("ELBDeletionProtectionEnabled")],
    },
    Rule {
        name: "ELB_DROP_INVALID_HEADERS",
        checks: "invalid header fields dropped",
        waived_by: "none: always dropped",
        equivalents: &[
            Checkov("CKV_AWS_131"),
            Compliance("ALBHttpDropInvalidHeaderEnabled"),
        ],
    },
    Rule {
        name: "ELB_DESYNC_MITIGATION_STRICTEST",
        checks: "HTTP desync mitigation defensive or strictest",
        waived_by: "none: always strictest",
        equivalents: &[],
    },
    Rule {
        name: "ELB_TLS_HTTPS_LISTENERS_ONLY",
        checks: "listeners speak HTTPS or only redirect to it",
        waived_by: "none: port 80 only redirects",
        equivalents: &[
            Checkov("CKV_AWS_2"),
            Compliance("ELBv2ACMCertificateRequired"),
            Compliance("ALBHttpToHttpsRedirection"),
        ],
    },
    Rule {
        name: "ELB_TLS_POLICY_CURRENT",
        checks: "HTTPS listeners use a TLS 1.3/1.2 policy and an ACM certificate",
        waived_by: "none: always `elb::TLS_POLICY`",
        equivalents: &[Checkov("CKV_AWS_103")],
    },
    Rule {
        name: "ELB_TARGETS_HTTPS",
        checks: "HTTPS to the targets",
        waived_by: "`elb::Forward` `.plain_http(w)`",
        equivalents: &[],
    },
    Rule {
        name: "ELB_WAF_ENABLED",
        checks: "internet-facing load balancer behind a web ACL",
        waived_by: "`elb::LoadBalancer` `.no_web_acl(w)`",
        equivalents: &[Compliance("ALBWAFEnabled")],
    },
];

/// The HTTP listener that only redirects.
pub(crate) const HTTP_REDIRECT: Answered = Answered {
    findings: &[Compliance("ELBv2ACMCertificateRequired")],
    reason: "only redirects to HTTPS (301) and serves no content; the certificate is on the HTTPS listener",
};
