//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use crate::duty::{Answered, Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule};

const S3_AWS_SIDE: &[&str] = &[
    "storage infrastructure, durability and availability",
    "encryption, versioning, Object Lock, logging and access-control features",
    "physical and network security of the facilities",
];

/// What a bucket's configuration shows, next to the defaults above.
pub(crate) const BUCKET_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::S3::Bucket",
    service: "Amazon S3",
    aws: S3_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::EncryptionAtRest,
            what: "default encryption with SSE-KMS",
            locate: Locate::Own("/Properties/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/SSEAlgorithm"),
            expect: Expect::OneOf(&["aws:kms", "aws:kms:dsse"]),
            rule: Some("S3_DEFAULT_ENCRYPTION_KMS"),
            control: Some("CT.S3.PR.10"),
        },
        Evidence {
            duty: Duty::KeyManagement,
            what: "objects encrypted under a customer-managed key",
            locate: Locate::Own("/Properties/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/KMSMasterKeyID"),
            expect: Expect::Present,
            rule: Some("S3_DEFAULT_ENCRYPTION_KMS"),
            control: Some("CT.S3.PR.10"),
        },
        Evidence {
            duty: Duty::EncryptionInTransit,
            what: "bucket policy denies requests without TLS",
            locate: Locate::BucketPolicyStatement("/Condition/Bool/aws:SecureTransport", "false"),
            // stackward writes the string form Control Tower's CT.S3.PR.8
            // requires; the JSON boolean means the same to IAM.
            expect: Expect::Satisfies(|v| *v == false || *v == "false"),
            rule: Some("S3_BUCKET_SSL_REQUESTS_ONLY"),
            control: Some("CT.S3.PR.8"),
        },
        Evidence {
            duty: Duty::EncryptionInTransit,
            what: "bucket policy denies requests over TLS older than 1.2",
            locate: Locate::BucketPolicyStatement("/Condition/NumericLessThan/s3:TlsVersion", "1.2"),
            expect: Expect::Present,
            rule: Some("S3_BUCKET_SSL_REQUESTS_ONLY"),
            control: None,
        },
        Evidence {
            duty: Duty::NoPublicExposure,
            what: "all four public-access-block settings on",
            locate: Locate::Own("/Properties/PublicAccessBlockConfiguration"),
            expect: Expect::Equals(r#"{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true}"#),
            rule: Some("S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED"),
            control: Some("CT.S3.PR.1"),
        },
        Evidence {
            duty: Duty::LeastPrivilege,
            what: "ACLs disabled: access only through policies",
            locate: Locate::Own("/Properties/OwnershipControls/Rules/0/ObjectOwnership"),
            expect: Expect::Equals("\"BucketOwnerEnforced\""),
            rule: Some("S3_BUCKET_ACL_PROHIBITED"),
            control: Some("CT.S3.PR.5"),
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "versioning keeps every overwritten and deleted object",
            locate: Locate::Own("/Properties/VersioningConfiguration/Status"),
            expect: Expect::Equals("\"Enabled\""),
            rule: Some("S3_BUCKET_VERSIONING_ENABLED"),
            control: Some("CT.S3.PR.11"),
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "Object Lock available for write-once retention",
            locate: Locate::Own("/Properties/ObjectLockEnabled"),
            expect: Expect::Equals("true"),
            rule: Some("S3_BUCKET_DEFAULT_LOCK_ENABLED"),
            control: Some("CT.S3.PR.9"),
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "lifecycle rules manage what is kept",
            locate: Locate::Own("/Properties/LifecycleConfiguration/Rules/0/Status"),
            expect: Expect::Equals("\"Enabled\""),
            rule: Some("S3_LIFECYCLE_POLICY_CHECK"),
            control: Some("CT.S3.PR.6"),
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "bucket and its data retained on stack deletion",
            locate: Locate::Attribute("/DeletionPolicy"),
            expect: Expect::Equals("\"Retain\""),
            rule: Some("S3_BUCKET_RETAINED"),
            control: None,
        },
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "server access logs delivered to a log bucket",
            locate: Locate::Own("/Properties/LoggingConfiguration/DestinationBucketName"),
            expect: Expect::Present,
            rule: Some("S3_BUCKET_LOGGING_ENABLED"),
            control: Some("CT.S3.PR.2"),
        },
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "object events sent to EventBridge",
            locate: Locate::Own("/Properties/NotificationConfiguration/EventBridgeConfiguration/EventBridgeEnabled"),
            expect: Expect::Equals("true"),
            rule: Some("S3_EVENT_NOTIFICATIONS_ENABLED"),
            control: Some("CT.S3.PR.4"),
        },
        crate::duty::PINNED_TO_REGIONS,
    ],
    residual: &[
        (Duty::LeastPrivilege, "grant access through IAM with exact actions, and review who holds s3:* in the account"),
        (Duty::DataBackupAndRecovery, "classify the data, and decide on retention periods and copies in another region (`replication`)"),
        (Duty::LoggingAndMonitoring, "watch the access logs and events: alarms, CloudTrail data events"),
    ],
};

/// A bucket policy's evidence is reported on its bucket.
pub(crate) const BUCKET_POLICY_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::S3::BucketPolicy",
    service: "Amazon S3",
    aws: S3_AWS_SIDE,
    evidence: &[],
    residual: &[(
        Duty::LeastPrivilege,
        "review every statement added beyond the TLS-only deny",
    )],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "S3_DEFAULT_ENCRYPTION_KMS",
        checks: "SSE-KMS, customer key, Bucket Keys",
        waived_by: "`s3::Encryption::S3Managed(w)`",
        equivalents: &[Compliance("S3DefaultEncryptionKMS")],
    },
    Rule {
        name: "S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED",
        checks: "all four public-access blocks",
        waived_by: "`s3::PublicAccess::PolicyMayAllow(w)`",
        equivalents: &[
            Checkov("CKV_AWS_53"),
            Checkov("CKV_AWS_54"),
            Checkov("CKV_AWS_55"),
            Checkov("CKV_AWS_56"),
            Checkov("CKV_AWS_20"),
            Checkov("CKV_AWS_57"),
            AwsSolutions("S2"),
            Compliance("S3BucketLevelPublicAccessProhibited"),
            Compliance("S3BucketPublicReadProhibited"),
            Compliance("S3BucketPublicWriteProhibited"),
        ],
    },
    Rule {
        name: "S3_BUCKET_ACL_PROHIBITED",
        checks: "ACLs disabled",
        waived_by: "none: always disabled",
        equivalents: &[],
    },
    Rule {
        name: "S3_BUCKET_VERSIONING_ENABLED",
        checks: "versioning",
        waived_by: "`s3::Versioning::Suspended(w)`",
        equivalents: &[
            Checkov("CKV_AWS_21"),
            Compliance("S3BucketVersioningEnabled"),
        ],
    },
    Rule {
        name: "S3_BUCKET_LOGGING_ENABLED",
        checks: "server access logs",
        waived_by: "`s3::AccessLogs::Disabled(w)`",
        equivalents: &[
            Checkov("CKV_AWS_18"),
            AwsSolutions("S1"),
            Compliance("S3BucketLoggingEnabled"),
            CfnNag("W35"),
        ],
    },
    Rule {
        name: "S3_LIFECYCLE_POLICY_CHECK",
        checks: "an enabled lifecycle rule",
        waived_by: "none: always one",
        equivalents: &[],
    },
    Rule {
        name: "S3_EVENT_NOTIFICATIONS_ENABLED",
        checks: "events to EventBridge",
        waived_by: "none: always on",
        equivalents: &[],
    },
    Rule {
        name: "S3_BUCKET_DEFAULT_LOCK_ENABLED",
        checks: "Object Lock",
        waived_by: "`s3::ObjectLock::Disabled(w)`",
        equivalents: &[],
    },
    Rule {
        name: "S3_BUCKET_RETAINED",
        checks: "bucket kept on stack deletion",
        waived_by: "`s3::Bucket` `.removal(Removal::Delete(w))`",
        equivalents: &[],
    },
    Rule {
        name: "S3_BUCKET_SSL_REQUESTS_ONLY",
        checks: "bucket policy denies requests without TLS and over TLS older than 1.2",
        waived_by: "none: always in the policy",
        equivalents: &[AwsSolutions("S10"), Compliance("S3BucketSSLRequestsOnly")],
    },
];

/// A bucket kept in one region.
pub(crate) const ONE_REGION: Answered = Answered {
    findings: &[Compliance("S3BucketReplicationEnabled")],
    reason: "kept in one region, versioned and retained there; a cross-region copy is the customer's disaster-recovery choice",
};
