//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use crate::duty::{Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule};

const SQS_AWS_SIDE: &[&str] = &[
    "durable, redundant storage of messages",
    "server-side encryption with the chosen key",
];

/// What a queue shows.
pub(crate) const QUEUE_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::SQS::Queue",
    service: "Amazon SQS",
    aws: SQS_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::EncryptionAtRest,
            what: "messages encrypted with a customer-managed key",
            locate: Locate::Own("/Properties/KmsMasterKeyId"),
            expect: Expect::Present,
            rule: Some("SQS_QUEUE_ENCRYPTED_KMS"),
            control: Some("CT.SQS.PR.2"),
        },
        Evidence {
            duty: Duty::EncryptionInTransit,
            what: "the queue policy denies requests without TLS",
            locate: Locate::Referrer {
                type_name: "AWS::SQS::QueuePolicy",
                reference: "/Properties/Queues/0",
                value: "/Properties/PolicyDocument/Statement/0/Condition/Bool/aws:SecureTransport",
            },
            expect: Expect::Equals("false"),
            rule: Some("SQS_QUEUE_TLS_ONLY"),
            control: None,
        },
        Evidence {
            duty: Duty::NoPublicExposure,
            what: "the queue policy allows no one beyond the principals named",
            locate: Locate::Referrer {
                type_name: "AWS::SQS::QueuePolicy",
                reference: "/Properties/Queues/0",
                value: "/Properties/PolicyDocument/Statement",
            },
            expect: Expect::Satisfies(crate::duty::allows_no_one_at_all),
            rule: Some("SQS_QUEUE_NOT_PUBLIC"),
            control: None,
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "messages consumers fail on move to a dead-letter queue",
            locate: Locate::Own("/Properties/RedrivePolicy/deadLetterTargetArn"),
            expect: Expect::Present,
            rule: Some("SQS_QUEUE_DEAD_LETTER"),
            control: Some("CT.SQS.PR.1"),
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "the queue and its messages are kept on stack deletion and replacement",
            locate: Locate::Attribute("/DeletionPolicy"),
            expect: Expect::Equals("\"Retain\""),
            rule: Some("SQS_QUEUE_RETAINED"),
            control: None,
        },
        crate::duty::PINNED_TO_REGIONS,
    ],
    residual: &[
        (
            Duty::DataBackupAndRecovery,
            "read and replay or discard what lands in a dead-letter queue before its retention ends",
        ),
        (
            Duty::LoggingAndMonitoring,
            "alarm on the age of the oldest message and on a dead-letter queue that is not empty",
        ),
    ],
};

/// A queue policy's evidence is reported on its queue.
pub(crate) const QUEUE_POLICY_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::SQS::QueuePolicy",
    service: "Amazon SQS",
    aws: SQS_AWS_SIDE,
    evidence: &[],
    residual: &[(
        Duty::LeastPrivilege,
        "review every principal allowed to send beyond this account",
    )],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "SQS_QUEUE_ENCRYPTED_KMS",
        checks: "queue under a customer key",
        waived_by: "none: always encrypted",
        equivalents: &[Checkov("CKV_AWS_27"), AwsSolutions("SQS2")],
    },
    Rule {
        name: "SQS_QUEUE_TLS_ONLY",
        checks: "queue policy denies requests without TLS",
        waived_by: "none: always in the policy",
        equivalents: &[AwsSolutions("SQS4")],
    },
    Rule {
        name: "SQS_QUEUE_NOT_PUBLIC",
        checks: "queue policy allows no `*` principal",
        waived_by: "none: principals are named",
        equivalents: &[],
    },
    Rule {
        name: "SQS_QUEUE_DEAD_LETTER",
        checks: "queue has a dead-letter queue (a redrive policy)",
        waived_by: "`dead_letters(DeadLetters::None(waiver))`; a dead-letter queue carries its own",
        equivalents: &[AwsSolutions("SQS3")],
    },
    Rule {
        name: "SQS_QUEUE_RETAINED",
        checks: "queue kept on deletion and replacement",
        waived_by: "`removal(Removal::Delete(waiver))`",
        equivalents: &[],
    },
];
