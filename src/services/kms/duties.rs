//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use crate::duty::{Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule};

const KMS_AWS_SIDE: &[&str] = &[
    "hardware security modules that never export key material",
    "availability and durability of the key service",
    "the mechanics of rotation, and a record of every key use in CloudTrail",
];

/// What a key's configuration shows, next to the defaults above.
pub(crate) const KEY_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::KMS::Key",
    service: "AWS KMS",
    aws: KMS_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::KeyManagement,
            what: "automatic key rotation",
            locate: Locate::Own("/Properties/EnableKeyRotation"),
            expect: Expect::Equals("true"),
            rule: Some("KMS_KEY_ROTATION_ENABLED"),
            control: Some("CT.KMS.PR.1"),
        },
        Evidence {
            duty: Duty::LeastPrivilege,
            what: "key policy allows grants only for AWS services acting on AWS resources",
            locate: Locate::OwnStatement(
                "/Properties/KeyPolicy",
                "/Condition/BoolIfExists/kms:GrantIsForAWSResource",
                "false",
            ),
            expect: Expect::Equals("\"false\""),
            rule: Some("KMS_KEY_POLICY_LIMITS_GRANTS"),
            control: Some("CT.KMS.PR.3"),
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "key retained on stack deletion, so encrypted data stays readable",
            locate: Locate::Attribute("/DeletionPolicy"),
            expect: Expect::Equals("\"Retain\""),
            rule: Some("KMS_KEY_RETAINED"),
            control: None,
        },
        crate::duty::PINNED_TO_REGIONS,
    ],
    residual: &[(
        Duty::KeyManagement,
        "decide who may use the key through IAM policies, and review its use in CloudTrail",
    )],
};

/// An alias only names a key.
pub(crate) const ALIAS_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::KMS::Alias",
    service: "AWS KMS",
    aws: KMS_AWS_SIDE,
    evidence: &[],
    residual: &[],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "KMS_KEY_ROTATION_ENABLED",
        checks: "automatic key rotation",
        waived_by: "none: always on",
        equivalents: &[
            Checkov("CKV_AWS_7"),
            AwsSolutions("KMS5"),
            Compliance("KMSBackingKeyRotationEnabled"),
        ],
    },
    Rule {
        name: "KMS_KEY_RETAINED",
        checks: "key kept on stack deletion",
        waived_by: "`kms::Key` `.removal(Removal::Delete(w))`",
        equivalents: &[],
    },
    Rule {
        name: "KMS_KEY_POLICY_LIMITS_GRANTS",
        checks: "key policy denies grants except for AWS services",
        waived_by: "none: always in the policy",
        equivalents: &[],
    },
];
