//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use crate::duty::{Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule};

const SNS_AWS_SIDE: &[&str] = &[
    "durable, redundant storage of messages until delivery",
    "server-side encryption with the chosen key",
    "retries of deliveries to subscribers",
];

/// What a topic shows.
pub(crate) const TOPIC_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::SNS::Topic",
    service: "Amazon SNS",
    aws: SNS_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::EncryptionAtRest,
            what: "messages encrypted with a customer-managed key",
            locate: Locate::Own("/Properties/KmsMasterKeyId"),
            expect: Expect::Present,
            rule: Some("SNS_ENCRYPTED_KMS"),
            control: None,
        },
        Evidence {
            duty: Duty::EncryptionInTransit,
            what: "the topic policy denies requests without TLS",
            locate: Locate::Referrer {
                type_name: "AWS::SNS::TopicPolicy",
                reference: "/Properties/Topics/0",
                value: "/Properties/PolicyDocument/Statement/0/Condition/Bool/aws:SecureTransport",
            },
            expect: Expect::Equals("false"),
            rule: Some("SNS_TOPIC_TLS_ONLY"),
            control: None,
        },
        Evidence {
            duty: Duty::NoPublicExposure,
            what: "the topic policy lets only this account and named principals publish",
            locate: Locate::Referrer {
                type_name: "AWS::SNS::TopicPolicy",
                reference: "/Properties/Topics/0",
                value: "/Properties/PolicyDocument/Statement/1/Principal",
            },
            expect: Expect::Present,
            rule: Some("SNS_TOPIC_NOT_PUBLIC"),
            control: None,
        },
        crate::duty::PINNED_TO_REGIONS,
    ],
    residual: &[
        (
            Duty::LeastPrivilege,
            "subscribe only endpoints you control, and review who may subscribe",
        ),
        (
            Duty::LoggingAndMonitoring,
            "alarm on failed deliveries and watch the topic's use in CloudTrail",
        ),
    ],
};

/// A topic policy's evidence is reported on its topic.
pub(crate) const TOPIC_POLICY_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::SNS::TopicPolicy",
    service: "Amazon SNS",
    aws: SNS_AWS_SIDE,
    evidence: &[],
    residual: &[(
        Duty::LeastPrivilege,
        "review every principal allowed to publish beyond this account",
    )],
};

/// What a subscription shows.
pub(crate) const SUBSCRIPTION_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::SNS::Subscription",
    service: "Amazon SNS",
    aws: SNS_AWS_SIDE,
    evidence: &[Evidence {
        duty: Duty::EncryptionInTransit,
        what: "messages are delivered within AWS or over HTTPS, never plain HTTP",
        locate: Locate::Own("/Properties/Protocol"),
        expect: Expect::OneOf(&[
            "sqs",
            "lambda",
            "https",
            "firehose",
            "application",
            "email",
            "email-json",
            "sms",
        ]),
        rule: Some("SNS_SUBSCRIPTION_NO_HTTP"),
        control: None,
    }],
    residual: &[(
        Duty::EncryptionInTransit,
        "an email or SMS subscriber receives the message in clear: publish nothing sensitive to such topics",
    )],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "SNS_ENCRYPTED_KMS",
        checks: "topic under a customer key",
        waived_by: "none: always encrypted",
        equivalents: &[Checkov("CKV_AWS_26"), Compliance("SNSEncryptedKMS")],
    },
    Rule {
        name: "SNS_TOPIC_TLS_ONLY",
        checks: "topic policy denies requests without TLS",
        waived_by: "none: always in the policy",
        equivalents: &[AwsSolutions("SNS3")],
    },
    Rule {
        name: "SNS_TOPIC_NOT_PUBLIC",
        checks: "topic policy allows no `*` principal",
        waived_by: "none: publishers are named",
        equivalents: &[],
    },
    Rule {
        name: "SNS_SUBSCRIPTION_NO_HTTP",
        checks: "no subscription delivers over plain HTTP",
        waived_by: "none: `sns::Subscriber` has no HTTP endpoint",
        equivalents: &[],
    },
];
