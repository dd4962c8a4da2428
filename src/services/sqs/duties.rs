//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use crate::duty::{Duty, Evidence, Expect, Locate, ResourceDuties, Rule};

/// What a queue shows.
pub(crate) const QUEUE_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::SQS::Queue",
    service: "Amazon SQS",
    aws: &[
        "durable, redundant storage of messages",
        "server-side encryption with the chosen key",
    ],
    evidence: &[Evidence {
        duty: Duty::EncryptionAtRest,
        what: "messages encrypted with a customer-managed key",
        locate: Locate::Own("/Properties/KmsMasterKeyId"),
        expect: Expect::Present,
        rule: Some("SQS_QUEUE_ENCRYPTED_KMS"),
        control: Some("CT.SQS.PR.2"),
    }],
    residual: &[(
        Duty::DataBackupAndRecovery,
        "read and replay or discard what lands in the queue within its 14 days",
    )],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "SQS_QUEUE_ENCRYPTED_KMS",
    checks: "queue under a customer key",
    waived_by: "none: always encrypted",
}];
