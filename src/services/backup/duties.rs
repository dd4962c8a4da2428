//! What the template shows, resource type by resource type, for each duty
//! AWS Backup's configuration discharges: the evidence the responsibility
//! report reads, and what stays with the customer.

use crate::duty::{Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule};

const BACKUP_AWS_SIDE: &[&str] = &[
    "taking the backups on schedule and storing recovery points durably",
    "enforcing the vault lock",
];

/// What a vault shows.
pub(crate) const VAULT_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::Backup::BackupVault",
    service: "AWS Backup",
    aws: BACKUP_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::EncryptionAtRest,
            what: "recovery points are encrypted with a customer-managed key",
            locate: Locate::Own("/Properties/EncryptionKeyArn"),
            expect: Expect::Present,
            rule: Some("BACKUP_VAULT_ENCRYPTED"),
            control: None,
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "a vault lock keeps every recovery point for its minimum retention, whoever asks",
            locate: Locate::Own("/Properties/LockConfiguration/MinRetentionDays"),
            expect: Expect::Present,
            rule: Some("BACKUP_VAULT_LOCKED"),
            control: None,
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "the vault's policy denies deleting recovery points to everyone",
            locate: Locate::Own("/Properties/AccessPolicy/Statement/0/Effect"),
            expect: Expect::Equals("\"Deny\""),
            rule: Some("BACKUP_VAULT_DELETE_DENIED"),
            control: None,
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "the vault is kept on stack deletion and replacement",
            locate: Locate::Attribute("/DeletionPolicy"),
            expect: Expect::Equals("\"Retain\""),
            rule: Some("BACKUP_VAULT_RETAINED"),
            control: None,
        },
    ],
    residual: &[(
        Duty::DataBackupAndRecovery,
        "restore from a recovery point on a schedule, to know that restoring works and how long it takes",
    )],
};

/// What a plan shows.
pub(crate) const PLAN_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::Backup::BackupPlan",
    service: "AWS Backup",
    aws: BACKUP_AWS_SIDE,
    evidence: &[Evidence {
        duty: Duty::DataBackupAndRecovery,
        what: "backups are taken on a schedule and kept for a set number of days",
        locate: Locate::Own("/Properties/BackupPlan/BackupPlanRule/0/Lifecycle/DeleteAfterDays"),
        expect: Expect::Present,
        rule: Some("BACKUP_PLAN_RETENTION"),
        control: None,
    }],
    residual: &[],
};

/// A selection's evidence is reported on the resources it enrolls.
pub(crate) const SELECTION_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::Backup::BackupSelection",
    service: "AWS Backup",
    aws: BACKUP_AWS_SIDE,
    evidence: &[],
    residual: &[(
        Duty::LeastPrivilege,
        "let the backup role use the keys of the resources it backs up, and nothing more",
    )],
};

/// The evidence an enrolled resource shows: a selection of a plan names it.
pub(crate) const ENROLLED: Evidence = Evidence {
    duty: Duty::DataBackupAndRecovery,
    what: "backed up by an AWS Backup plan into a locked vault, outside the resource",
    locate: Locate::Referrer {
        type_name: "AWS::Backup::BackupSelection",
        reference: "/Properties/BackupSelection/Resources/0",
        value: "/Properties/BackupPlanId",
    },
    expect: Expect::Present,
    rule: None,
    control: None,
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "BACKUP_VAULT_ENCRYPTED",
        checks: "vault under a customer key",
        waived_by: "none: always",
        equivalents: &[Checkov("CKV_AWS_166")],
    },
    Rule {
        name: "BACKUP_VAULT_LOCKED",
        checks: "vault lock with a minimum retention",
        waived_by: "none: always",
        equivalents: &[],
    },
    Rule {
        name: "BACKUP_VAULT_DELETE_DENIED",
        checks: "access policy denies deleting recovery points",
        waived_by: "none: always",
        equivalents: &[],
    },
    Rule {
        name: "BACKUP_VAULT_RETAINED",
        checks: "vault kept on deletion and replacement",
        waived_by: "none: always",
        equivalents: &[],
    },
    Rule {
        name: "BACKUP_PLAN_RETENTION",
        checks: "every rule keeps backups at least 7 days",
        waived_by: "none: always",
        equivalents: &[],
    },
];
