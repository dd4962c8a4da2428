//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use super::MIN_RETENTION_DAYS;
use crate::duty::{Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule};

/// What a log group's configuration shows, next to the defaults above.
pub(crate) const LOG_GROUP_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::Logs::LogGroup",
    service: "Amazon CloudWatch Logs",
    aws: &[
        "durable, encrypted storage of log events",
        "availability of ingestion and queries",
        "deletion of events once the retention period ends",
    ],
    evidence: &[
        Evidence {
            duty: Duty::EncryptionAtRest,
            what: "log events encrypted under a customer-managed key",
            locate: Locate::Own("/Properties/KmsKeyId"),
            expect: Expect::Present,
            rule: Some("CLOUDWATCH_LOG_GROUP_ENCRYPTED"),
            control: Some("CT.CLOUDWATCH.PR.3"),
        },
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "log events kept for at least a year",
            locate: Locate::Own("/Properties/RetentionInDays"),
            expect: Expect::AtLeast(MIN_RETENTION_DAYS as u64),
            rule: Some("CW_LOGGROUP_RETENTION_PERIOD_CHECK"),
            control: Some("CT.CLOUDWATCH.PR.2"),
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "log group retained on stack deletion",
            locate: Locate::Attribute("/DeletionPolicy"),
            expect: Expect::Equals("\"Retain\""),
            rule: Some("LOG_GROUP_RETAINED"),
            control: None,
        },
        crate::duty::PINNED_TO_REGIONS,
    ],
    residual: &[
        (
            Duty::LoggingAndMonitoring,
            "watch the logs: metric filters, alarms and someone who reads them",
        ),
        (
            Duty::LeastPrivilege,
            "decide who may read the logs (logs:GetLogEvents, logs:StartQuery)",
        ),
        (
            Duty::SecretsHandling,
            "keep secrets and personal data out of what is logged",
        ),
    ],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "CLOUDWATCH_LOG_GROUP_ENCRYPTED",
        checks: "log group under a customer key",
        waived_by: "none: always encrypted",
        equivalents: &[
            Checkov("CKV_AWS_158"),
            Compliance("CloudWatchLogGroupEncrypted"),
            CfnNag("W84"),
        ],
    },
    Rule {
        name: "CW_LOGGROUP_RETENTION_PERIOD_CHECK",
        checks: "at least 365 days of retention",
        waived_by: "`logs::Retention::Shorter(days, w)`",
        equivalents: &[
            Checkov("CKV_AWS_66"),
            Compliance("CloudWatchLogGroupRetentionPeriod"),
            CfnNag("W86"),
        ],
    },
    Rule {
        name: "LOG_GROUP_RETAINED",
        checks: "log group kept on stack deletion",
        waived_by: "`logs::LogGroup` `.removal(Removal::Delete(w))`",
        equivalents: &[],
    },
];
