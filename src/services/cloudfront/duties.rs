//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use crate::duty::{Answered, Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule};

const CLOUDFRONT_AWS_SIDE: &[&str] = &[
    "the edge locations, their TLS termination and their patching",
    "protection against network-layer DDoS (Shield Standard)",
];

const CONFIG: &str = "/Properties/DistributionConfig";

/// What a distribution shows.
pub(crate) const DISTRIBUTION_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::CloudFront::Distribution",
    service: "Amazon CloudFront",
    aws: CLOUDFRONT_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::EncryptionInTransit,
            what: "viewers redirected to HTTPS",
            locate: Locate::Own(
                "/Properties/DistributionConfig/DefaultCacheBehavior/ViewerProtocolPolicy",
            ),
            expect: Expect::OneOf(&["redirect-to-https", "https-only"]),
            rule: Some("CLOUDFRONT_VIEWER_HTTPS"),
            control: Some("CT.CLOUDFRONT.PR.3"),
        },
        Evidence {
            duty: Duty::EncryptionInTransit,
            what: "TLS 1.2 or later for viewers, with a custom certificate over SNI",
            locate: Locate::Own(
                "/Properties/DistributionConfig/ViewerCertificate/MinimumProtocolVersion",
            ),
            expect: Expect::OneOf(&["TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"]),
            rule: Some("CLOUDFRONT_VIEWER_TLS"),
            control: Some("CT.CLOUDFRONT.PR.9"),
        },
        Evidence {
            duty: Duty::EncryptionInTransit,
            what: "origins reached over HTTPS (TLS 1.2) or through an origin access control",
            locate: Locate::Own(CONFIG),
            expect: Expect::Present,
            rule: Some("CLOUDFRONT_ORIGIN_HTTPS"),
            control: Some("CT.CLOUDFRONT.PR.8"),
        },
        Evidence {
            duty: Duty::NoPublicExposure,
            what: "bucket origins stay private behind an origin access control",
            locate: Locate::Own(CONFIG),
            expect: Expect::Present,
            rule: Some("CLOUDFRONT_ORIGIN_ACCESS_CONTROL"),
            control: Some("CT.CLOUDFRONT.PR.10"),
        },
        Evidence {
            duty: Duty::NoPublicExposure,
            what: "/ serves index.html",
            locate: Locate::Own("/Properties/DistributionConfig/DefaultRootObject"),
            expect: Expect::Present,
            rule: Some("CLOUDFRONT_DEFAULT_ROOT_OBJECT"),
            control: Some("CT.CLOUDFRONT.PR.1"),
        },
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "requests logged to S3",
            locate: Locate::Own("/Properties/DistributionConfig/Logging/Bucket"),
            expect: Expect::Present,
            rule: Some("CLOUDFRONT_ACCESSLOGS_ENABLED"),
            control: Some("CT.CLOUDFRONT.PR.5"),
        },
        Evidence {
            duty: Duty::ApplicationSecurity,
            what: "behind a web ACL of scope CLOUDFRONT",
            locate: Locate::Own("/Properties/DistributionConfig/WebACLId"),
            expect: Expect::Present,
            rule: Some("CLOUDFRONT_WAF_ENABLED"),
            control: None,
        },
        Evidence {
            duty: Duty::ApplicationSecurity,
            what: "HSTS and security headers on every response",
            locate: Locate::Own(
                "/Properties/DistributionConfig/DefaultCacheBehavior/ResponseHeadersPolicyId",
            ),
            expect: Expect::Present,
            rule: Some("CLOUDFRONT_SECURITY_HEADERS"),
            control: None,
        },
        Evidence {
            duty: Duty::Availability,
            what: "an origin group fails over to a second origin",
            locate: Locate::Own(
                "/Properties/DistributionConfig/OriginGroups/Items/0/Members/Quantity",
            ),
            expect: Expect::AtLeast(2),
            rule: Some("CLOUDFRONT_ORIGIN_FAILOVER"),
            control: Some("CT.CLOUDFRONT.PR.4"),
        },
    ],
    residual: &[
        (
            Duty::ApplicationSecurity,
            "set cache and origin request policies that never cache personal responses",
        ),
        (
            Duty::NoPublicExposure,
            "keep origins from answering requests that did not come through CloudFront",
        ),
    ],
};

/// What an origin access control shows: it only signs.
pub(crate) const ORIGIN_ACCESS_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::CloudFront::OriginAccessControl",
    service: "Amazon CloudFront",
    aws: CLOUDFRONT_AWS_SIDE,
    evidence: &[],
    residual: &[],
};

/// What a response headers policy shows.
pub(crate) const HEADERS_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::CloudFront::ResponseHeadersPolicy",
    service: "Amazon CloudFront",
    aws: CLOUDFRONT_AWS_SIDE,
    evidence: &[],
    residual: &[(
        Duty::ApplicationSecurity,
        "add a Content-Security-Policy that fits the application",
    )],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "CLOUDFRONT_VIEWER_HTTPS",
        checks: "viewers redirected to HTTPS",
        waived_by: "none: always redirected",
        equivalents: &[Checkov("CKV_AWS_34")],
    },
    Rule {
        name: "CLOUDFRONT_VIEWER_TLS",
        checks: "custom certificate, SNI, TLS 1.2 or later",
        waived_by: "`cloudfront::Distribution` `.default_certificate(w)`",
        equivalents: &[Checkov("CKV_AWS_174"), AwsSolutions("CFR4")],
    },
    Rule {
        name: "CLOUDFRONT_ORIGIN_HTTPS",
        checks: "custom origins over HTTPS with TLS 1.2",
        waived_by: "none: always HTTPS",
        equivalents: &[AwsSolutions("CFR5")],
    },
    Rule {
        name: "CLOUDFRONT_ORIGIN_ACCESS_CONTROL",
        checks: "bucket origins through an origin access control",
        waived_by: "none: always",
        equivalents: &[AwsSolutions("CFR7")],
    },
    Rule {
        name: "CLOUDFRONT_ACCESSLOGS_ENABLED",
        checks: "requests logged",
        waived_by: "none: always to the stack's CloudFront log bucket",
        equivalents: &[Checkov("CKV_AWS_86"), AwsSolutions("CFR3")],
    },
    Rule {
        name: "CLOUDFRONT_WAF_ENABLED",
        checks: "a web ACL filters requests",
        waived_by: "`cloudfront::Distribution` `.no_web_acl(w)`",
        equivalents: &[Checkov("CKV_AWS_68"), AwsSolutions("CFR2")],
    },
    Rule {
        name: "CLOUDFRONT_SECURITY_HEADERS",
        checks: "HSTS and security headers",
        waived_by: "none: always",
        equivalents: &[],
    },
    Rule {
        name: "CLOUDFRONT_DEFAULT_ROOT_OBJECT",
        checks: "/ serves a page",
        waived_by: "none: always index.html",
        equivalents: &[],
    },
    Rule {
        name: "CLOUDFRONT_ORIGIN_FAILOVER",
        checks: "an origin group with a second origin",
        waived_by: "`cloudfront::Distribution` `.single_origin(w)`",
        equivalents: &[],
    },
];

/// Viewers from every country.
pub(crate) const EVERY_COUNTRY: Answered = Answered {
    findings: &[AwsSolutions("CFR1")],
    reason: "serves every country: which countries a business serves is its decision, not a security default; the web ACL filters abuse",
};
