//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use crate::duty::{Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule};

/// What a table shows.
pub(crate) const TABLE_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::DynamoDB::Table",
    service: "Amazon DynamoDB",
    aws: &[
        "storage replicated across three Availability Zones",
        "patching and scaling of the service",
        "encryption with the chosen key and TLS on its endpoints",
    ],
    evidence: &[
        Evidence {
            duty: Duty::EncryptionAtRest,
            what: "items encrypted with a customer-managed key",
            locate: Locate::Own("/Properties/SSESpecification/KMSMasterKeyId"),
            expect: Expect::Present,
            rule: Some("DYNAMODB_TABLE_ENCRYPTED_KMS"),
            control: Some("CT.DYNAMODB.PR.2"),
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "point-in-time recovery restores the table to any second",
            locate: Locate::Own(
                "/Properties/PointInTimeRecoverySpecification/PointInTimeRecoveryEnabled",
            ),
            expect: Expect::Equals("true"),
            rule: Some("DYNAMODB_PITR_ENABLED"),
            control: Some("CT.DYNAMODB.PR.1"),
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "deletion protection refuses to delete the table",
            locate: Locate::Own("/Properties/DeletionProtectionEnabled"),
            expect: Expect::Equals("true"),
            rule: Some("DYNAMODB_TABLE_DELETION_PROTECTION"),
            control: None,
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "the table is kept on stack deletion and replacement",
            locate: Locate::Attribute("/DeletionPolicy"),
            expect: Expect::Equals("\"Retain\""),
            rule: Some("DYNAMODB_TABLE_RETAINED"),
            control: None,
        },
        crate::duty::PINNED_TO_REGIONS,
        crate::services::backup::duties::ENROLLED,
    ],
    residual: &[
        (
            Duty::LeastPrivilege,
            "grant each function the table actions it needs, and use condition keys for per-user items",
        ),
        (
            Duty::ApplicationSecurity,
            "validate what is written: DynamoDB stores what the application sends",
        ),
        (
            Duty::LoggingAndMonitoring,
            "alarm on throttled requests and system errors",
        ),
    ],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "DYNAMODB_TABLE_ENCRYPTED_KMS",
        checks: "table under a customer key",
        waived_by: "none: always encrypted",
        equivalents: &[Checkov("CKV_AWS_119")],
    },
    Rule {
        name: "DYNAMODB_PITR_ENABLED",
        checks: "point-in-time recovery",
        waived_by: "`recovery(Recovery::Off(waiver))`",
        equivalents: &[
            Checkov("CKV_AWS_28"),
            AwsSolutions("DDB3"),
            Compliance("DynamoDBPITREnabled"),
        ],
    },
    Rule {
        name: "DYNAMODB_TABLE_DELETION_PROTECTION",
        checks: "deletion protection",
        waived_by: "`removal(Removal::Delete(waiver))`",
        equivalents: &[],
    },
    Rule {
        name: "DYNAMODB_TABLE_RETAINED",
        checks: "table kept on deletion and replacement",
        waived_by: "`removal(Removal::Delete(waiver))`",
        equivalents: &[],
    },
];
