//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use crate::duty::{Answered, Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule};

const RDS_AWS_SIDE: &[&str] = &[
    "the database hosts, their operating system and the engine's patches",
    "automated backups, snapshots and Multi-AZ failover mechanics",
    "encryption of storage, backups and replicas with the chosen key",
];

/// What a DB instance's configuration shows.
pub(crate) const DB_INSTANCE_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::RDS::DBInstance",
    service: "Amazon RDS",
    aws: RDS_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::EncryptionAtRest,
            what: "storage encrypted",
            locate: Locate::Own("/Properties/StorageEncrypted"),
            expect: Expect::Equals("true"),
            rule: Some("RDS_STORAGE_ENCRYPTED"),
            control: Some("CT.RDS.PR.24"),
        },
        Evidence {
            duty: Duty::KeyManagement,
            what: "under a customer-managed key",
            locate: Locate::Own("/Properties/KmsKeyId"),
            expect: Expect::Present,
            rule: Some("RDS_STORAGE_ENCRYPTED"),
            control: Some("CT.RDS.PR.30"),
        },
        Evidence {
            duty: Duty::NoPublicExposure,
            what: "not publicly accessible",
            locate: Locate::Own("/Properties/PubliclyAccessible"),
            expect: Expect::Equals("false"),
            rule: Some("RDS_INSTANCE_PUBLIC_ACCESS_CHECK"),
            control: Some("CT.RDS.PR.23"),
        },
        Evidence {
            duty: Duty::SecretsHandling,
            what: "master password generated and kept by Secrets Manager",
            locate: Locate::Own("/Properties/ManageMasterUserPassword"),
            expect: Expect::Equals("true"),
            rule: Some("RDS_MANAGED_MASTER_PASSWORD"),
            control: None,
        },
        Evidence {
            duty: Duty::LeastPrivilege,
            what: "IAM database authentication",
            locate: Locate::Own("/Properties/EnableIAMDatabaseAuthentication"),
            expect: Expect::Equals("true"),
            rule: Some("RDS_INSTANCE_IAM_AUTHENTICATION_ENABLED"),
            control: Some("CT.RDS.PR.7"),
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "automated backups kept at least 7 days",
            locate: Locate::Own("/Properties/BackupRetentionPeriod"),
            expect: Expect::AtLeast(7),
            rule: Some("DB_INSTANCE_BACKUP_ENABLED"),
            control: Some("CT.RDS.PR.8"),
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "deletion protection",
            locate: Locate::Own("/Properties/DeletionProtection"),
            expect: Expect::Equals("true"),
            rule: Some("RDS_INSTANCE_DELETION_PROTECTION_ENABLED"),
            control: Some("CT.RDS.PR.13"),
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "a final snapshot on delete and replace",
            locate: Locate::Attribute("/DeletionPolicy"),
            expect: Expect::Equals("\"Snapshot\""),
            rule: Some("RDS_SNAPSHOT_ON_DELETE"),
            control: None,
        },
        Evidence {
            duty: Duty::Availability,
            what: "Multi-AZ",
            locate: Locate::Own("/Properties/MultiAZ"),
            expect: Expect::Equals("true"),
            rule: Some("RDS_MULTI_AZ_SUPPORT"),
            control: Some("CT.RDS.PR.1"),
        },
        Evidence {
            duty: Duty::GuestOsPatching,
            what: "minor engine versions applied in the maintenance window",
            locate: Locate::Own("/Properties/AutoMinorVersionUpgrade"),
            expect: Expect::Equals("true"),
            rule: Some("RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED"),
            control: Some("CT.RDS.PR.5"),
        },
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "engine logs exported to CloudWatch Logs",
            locate: Locate::Own("/Properties/EnableCloudwatchLogsExports/0"),
            expect: Expect::Present,
            rule: Some("RDS_LOGGING_ENABLED"),
            control: Some("CT.RDS.PR.14"),
        },
        Evidence {
            duty: Duty::EncryptionInTransit,
            what: "TLS required by its parameter group",
            locate: Locate::Referenced {
                reference: "/Properties/DBParameterGroupName",
                value: "/Properties/Parameters",
            },
            expect: Expect::AnyOf(&[("/rds.force_ssl", "1"), ("/require_secure_transport", "ON")]),
            rule: Some("RDS_TLS_REQUIRED"),
            control: None,
        },
        Evidence {
            duty: Duty::NoPublicExposure,
            what: "listens on a port other than the engine's default",
            locate: Locate::Own("/Properties/Port"),
            expect: Expect::Present,
            rule: Some("RDS_NON_DEFAULT_PORT"),
            control: Some("CT.RDS.PR.20"),
        },
        crate::duty::PINNED_TO_REGIONS,
        crate::services::backup::duties::ENROLLED,
    ],
    residual: &[
        (
            Duty::LeastPrivilege,
            "create database users and grants inside the engine; give applications IAM-authenticated users",
        ),
        (
            Duty::DataBackupAndRecovery,
            "test restores; copy snapshots to another account or region if the data needs it",
        ),
        (
            Duty::GuestOsPatching,
            "plan major version upgrades before the engine leaves standard support",
        ),
        (
            Duty::LoggingAndMonitoring,
            "set retention and encryption of the /aws/rds log groups RDS creates; alarm on them",
        ),
    ],
};

/// What an Aurora cluster's configuration shows: the settings it holds for
/// all its instances.
pub(crate) const DB_CLUSTER_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::RDS::DBCluster",
    service: "Amazon RDS",
    aws: RDS_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::EncryptionAtRest,
            what: "cluster storage encrypted",
            locate: Locate::Own("/Properties/StorageEncrypted"),
            expect: Expect::Equals("true"),
            rule: Some("RDS_CLUSTER_STORAGE_ENCRYPTED"),
            control: Some("CT.RDS.PR.16"),
        },
        Evidence {
            duty: Duty::KeyManagement,
            what: "under a customer-managed key",
            locate: Locate::Own("/Properties/KmsKeyId"),
            expect: Expect::Present,
            rule: Some("RDS_CLUSTER_STORAGE_ENCRYPTED"),
            control: None,
        },
        Evidence {
            duty: Duty::SecretsHandling,
            what: "master password generated, kept and rotated by Secrets Manager",
            locate: Locate::Own("/Properties/ManageMasterUserPassword"),
            expect: Expect::Equals("true"),
            rule: Some("RDS_CLUSTER_MANAGED_MASTER_PASSWORD"),
            control: None,
        },
        Evidence {
            duty: Duty::LeastPrivilege,
            what: "IAM database authentication",
            locate: Locate::Own("/Properties/EnableIAMDatabaseAuthentication"),
            expect: Expect::Equals("true"),
            rule: Some("RDS_CLUSTER_IAM_AUTHENTICATION_ENABLED"),
            control: Some("CT.RDS.PR.4"),
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "automated backups kept at least 7 days",
            locate: Locate::Own("/Properties/BackupRetentionPeriod"),
            expect: Expect::AtLeast(7),
            rule: Some("RDS_CLUSTER_BACKUP_ENABLED"),
            control: None,
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "deletion protection",
            locate: Locate::Own("/Properties/DeletionProtection"),
            expect: Expect::Equals("true"),
            rule: Some("RDS_CLUSTER_DELETION_PROTECTION_ENABLED"),
            control: Some("CT.RDS.PR.3"),
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "a final snapshot on delete and replace",
            locate: Locate::Attribute("/DeletionPolicy"),
            expect: Expect::Equals("\"Snapshot\""),
            rule: Some("RDS_CLUSTER_SNAPSHOT_ON_DELETE"),
            control: None,
        },
        Evidence {
            duty: Duty::Availability,
            what: "a reader to fail over to, in another zone",
            locate: Locate::Referrer {
                type_name: "AWS::RDS::DBInstance",
                reference: "/Properties/DBClusterIdentifier",
                value: "/Properties/DBClusterIdentifier",
            },
            expect: Expect::Present,
            rule: Some("RDS_CLUSTER_MULTI_AZ_ENABLED"),
            control: None,
        },
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "every engine log type exported to CloudWatch Logs",
            locate: Locate::Own("/Properties/EnableCloudwatchLogsExports/0"),
            expect: Expect::Present,
            rule: Some("RDS_CLUSTER_LOGGING_ENABLED"),
            control: Some("CT.RDS.PR.25"),
        },
        Evidence {
            duty: Duty::EncryptionInTransit,
            what: "TLS required by its cluster parameter group",
            locate: Locate::Referenced {
                reference: "/Properties/DBClusterParameterGroupName",
                value: "/Properties/Parameters",
            },
            expect: Expect::AnyOf(&[("/rds.force_ssl", "1"), ("/require_secure_transport", "ON")]),
            rule: Some("RDS_CLUSTER_TLS_REQUIRED"),
            control: Some("CT.RDS.PR.27"),
        },
        Evidence {
            duty: Duty::NoPublicExposure,
            what: "listens on a port other than the engine's default",
            locate: Locate::Own("/Properties/Port"),
            expect: Expect::Present,
            rule: Some("RDS_CLUSTER_NON_DEFAULT_PORT"),
            control: None,
        },
        crate::duty::PINNED_TO_REGIONS,
        crate::services::backup::duties::ENROLLED,
    ],
    residual: &[
        (
            Duty::LeastPrivilege,
            "create database users and grants inside the engine; give applications IAM-authenticated users",
        ),
        (
            Duty::DataBackupAndRecovery,
            "test restores; copy snapshots to another account or region if the data needs it",
        ),
        (
            Duty::GuestOsPatching,
            "plan major version upgrades before the engine leaves standard support",
        ),
        (
            Duty::LoggingAndMonitoring,
            "set retention and encryption of the /aws/rds log groups RDS creates; alarm on them",
        ),
    ],
};

/// What an instance of an Aurora cluster shows: storage, credentials,
/// backups and logs are the cluster's; the instance holds its own access,
/// patching and monitoring.
pub(crate) const CLUSTER_MEMBER_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::RDS::DBInstance",
    service: "Amazon RDS",
    aws: RDS_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::NoPublicExposure,
            what: "not publicly accessible",
            locate: Locate::Own("/Properties/PubliclyAccessible"),
            expect: Expect::Equals("false"),
            rule: Some("RDS_INSTANCE_PUBLIC_ACCESS_CHECK"),
            control: Some("CT.RDS.PR.23"),
        },
        Evidence {
            duty: Duty::GuestOsPatching,
            what: "minor engine versions applied in the maintenance window",
            locate: Locate::Own("/Properties/AutoMinorVersionUpgrade"),
            expect: Expect::Equals("true"),
            rule: Some("RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED"),
            control: Some("CT.RDS.PR.5"),
        },
        Evidence {
            duty: Duty::KeyManagement,
            what: "Performance Insights under a customer-managed key",
            locate: Locate::Own("/Properties/PerformanceInsightsKMSKeyId"),
            expect: Expect::Present,
            rule: Some("RDS_CLUSTER_MEMBER_INSIGHTS_ENCRYPTED"),
            control: None,
        },
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "enhanced monitoring every 60 seconds",
            locate: Locate::Own("/Properties/MonitoringInterval"),
            expect: Expect::AtLeast(1),
            rule: None,
            control: None,
        },
    ],
    residual: &[],
};

/// What a cluster parameter group shows.
pub(crate) const CLUSTER_PARAMETER_GROUP_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::RDS::DBClusterParameterGroup",
    service: "Amazon RDS",
    aws: RDS_AWS_SIDE,
    evidence: &[],
    residual: &[(
        Duty::EncryptionInTransit,
        "make clients verify the server certificate (sslmode=verify-full, ssl-mode=VERIFY_IDENTITY)",
    )],
};

/// What a parameter group shows.
pub(crate) const PARAMETER_GROUP_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::RDS::DBParameterGroup",
    service: "Amazon RDS",
    aws: RDS_AWS_SIDE,
    evidence: &[],
    residual: &[(
        Duty::EncryptionInTransit,
        "make clients verify the server certificate (sslmode=verify-full, ssl-mode=VERIFY_IDENTITY)",
    )],
};

/// What a subnet group shows: where the database may be placed.
pub(crate) const SUBNET_GROUP_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::RDS::DBSubnetGroup",
    service: "Amazon RDS",
    aws: RDS_AWS_SIDE,
    evidence: &[],
    residual: &[],
};

/// What an option group shows.
pub(crate) const OPTION_GROUP_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::RDS::OptionGroup",
    service: "Amazon RDS",
    aws: RDS_AWS_SIDE,
    evidence: &[],
    residual: &[],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "RDS_STORAGE_ENCRYPTED",
        checks: "storage and Performance Insights under a customer key",
        waived_by: "none: always encrypted",
        equivalents: &[
            Checkov("CKV_AWS_16"),
            AwsSolutions("RDS2"),
            Compliance("RDSStorageEncrypted"),
        ],
    },
    Rule {
        name: "RDS_INSTANCE_PUBLIC_ACCESS_CHECK",
        checks: "not publicly accessible",
        waived_by: "none: there is no knob",
        equivalents: &[Checkov("CKV_AWS_17"), Compliance("RDSInstancePublicAccess")],
    },
    Rule {
        name: "RDS_MANAGED_MASTER_PASSWORD",
        checks: "the master password is managed by Secrets Manager",
        waived_by: "none: a literal password cannot be given",
        equivalents: &[],
    },
    Rule {
        name: "RDS_INSTANCE_IAM_AUTHENTICATION_ENABLED",
        checks: "IAM database authentication",
        waived_by: "none: always on",
        equivalents: &[Checkov("CKV_AWS_161")],
    },
    Rule {
        name: "DB_INSTANCE_BACKUP_ENABLED",
        checks: "backups kept 7 days or more",
        waived_by: "`rds::Backups::Shorter(days, w)`",
        equivalents: &[
            AwsSolutions("RDS13"),
            Compliance("RDSInstanceBackupEnabled"),
        ],
    },
    Rule {
        name: "RDS_INSTANCE_DELETION_PROTECTION_ENABLED",
        checks: "deletion protection",
        waived_by: "`rds::Instance` `.removal(Removal::Delete(w))`",
        equivalents: &[
            AwsSolutions("RDS10"),
            Compliance("RDSInstanceDeletionProtectionEnabled"),
        ],
    },
    Rule {
        name: "RDS_SNAPSHOT_ON_DELETE",
        checks: "`Snapshot` on delete and replace",
        waived_by: "`rds::Instance` `.removal(Removal::Delete(w))`",
        equivalents: &[],
    },
    Rule {
        name: "RDS_MULTI_AZ_SUPPORT",
        checks: "Multi-AZ",
        waived_by: "`rds::Instance` `.single_az(w)`",
        equivalents: &[
            Checkov("CKV_AWS_157"),
            AwsSolutions("RDS3"),
            Compliance("RDSMultiAZSupport"),
        ],
    },
    Rule {
        name: "RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED",
        checks: "minor versions applied",
        waived_by: "none: always on",
        equivalents: &[Compliance("RDSAutomaticMinorVersionUpgradeEnabled")],
    },
    Rule {
        name: "RDS_LOGGING_ENABLED",
        checks: "engine logs exported to CloudWatch Logs",
        waived_by: "none: every log type",
        equivalents: &[Compliance("RDSLoggingEnabled")],
    },
    Rule {
        name: "RDS_NON_DEFAULT_PORT",
        checks: "not the engine's default port",
        waived_by: "`rds::Instance` `.default_port(w)`",
        equivalents: &[AwsSolutions("RDS11")],
    },
    Rule {
        name: "RDS_TLS_REQUIRED",
        checks: "the parameter group requires TLS",
        waived_by: "none: always required",
        equivalents: &[],
    },
    Rule {
        name: "RDS_CLUSTER_STORAGE_ENCRYPTED",
        checks: "cluster storage under a customer key",
        waived_by: "none: always encrypted",
        equivalents: &[Checkov("CKV_AWS_96"), AwsSolutions("RDS2")],
    },
    Rule {
        name: "RDS_CLUSTER_MEMBER_INSIGHTS_ENCRYPTED",
        checks: "cluster instances' Performance Insights under a customer key",
        waived_by: "none: always under the key",
        equivalents: &[],
    },
    Rule {
        name: "RDS_CLUSTER_MANAGED_MASTER_PASSWORD",
        checks: "cluster master password managed by Secrets Manager",
        waived_by: "none: always managed",
        equivalents: &[],
    },
    Rule {
        name: "RDS_CLUSTER_IAM_AUTHENTICATION_ENABLED",
        checks: "cluster IAM database authentication",
        waived_by: "none: always on",
        equivalents: &[Checkov("CKV_AWS_162")],
    },
    Rule {
        name: "RDS_CLUSTER_BACKUP_ENABLED",
        checks: "cluster backups kept 7 days or more",
        waived_by: "`rds::Cluster` `.backups(Backups::Shorter(d, w))`",
        equivalents: &[AwsSolutions("RDS13")],
    },
    Rule {
        name: "RDS_CLUSTER_DELETION_PROTECTION_ENABLED",
        checks: "cluster deletion protection",
        waived_by: "`rds::Cluster` `.removal(Removal::Delete(w))`",
        equivalents: &[AwsSolutions("RDS10")],
    },
    Rule {
        name: "RDS_CLUSTER_SNAPSHOT_ON_DELETE",
        checks: "cluster snapshot on delete and replace",
        waived_by: "`rds::Cluster` `.removal(Removal::Delete(w))`",
        equivalents: &[],
    },
    Rule {
        name: "RDS_CLUSTER_LOGGING_ENABLED",
        checks: "cluster log exports",
        waived_by: "none: every log type",
        equivalents: &[],
    },
    Rule {
        name: "RDS_CLUSTER_NON_DEFAULT_PORT",
        checks: "cluster not on the engine's default port",
        waived_by: "`rds::Cluster` `.default_port(w)`",
        equivalents: &[AwsSolutions("RDS11")],
    },
    Rule {
        name: "RDS_CLUSTER_MULTI_AZ_ENABLED",
        checks: "a reader to fail over to",
        waived_by: "`rds::Cluster` `.single_instance(w)`",
        equivalents: &[],
    },
    Rule {
        name: "RDS_CLUSTER_TLS_REQUIRED",
        checks: "cluster parameter group requires TLS",
        waived_by: "none: always required",
        equivalents: &[],
    },
];

/// An Aurora cluster's member instance.
pub(crate) const AURORA_MEMBER_BACKUP: Answered = Answered {
    findings: &[Compliance("RDSInBackupPlan")],
    reason: "an Aurora cluster member: backups are of the cluster's shared volume (RDS_CLUSTER_BACKUP_ENABLED, or a Backup plan on the cluster)",
};

/// The log streams of the one group enhanced monitoring writes.
pub(crate) const MONITORING_STREAMS: Answered = Answered {
    findings: &[AwsSolutions("IAM5")],
    reason: "the log streams of the one group RDS writes OS metrics to (RDSOSMetrics): RDS names a stream per instance as it starts, so the group's ARN with :log-stream:* is the narrowest resource naming them",
};
