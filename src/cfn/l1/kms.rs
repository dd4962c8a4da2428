// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::KMS::*` types.

/// `AWS::KMS::Alias`: the resource and its property types.
pub mod alias {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::KMS::Alias`` resource specifies a display name for a KMS key. You can use an alias to identify a KMS key in the KMS console, in the DescribeKey operation, and in cryptographic operations, such as Decrypt and GenerateDataKey. Adding, deleting, or updating an alias can allow or deny permission to the KMS key. For details, see ABAC for in the *Developer Guide*. Using an alias to refer to a ...
    ///
    /// CloudFormation type `AWS::KMS::Alias`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Alias {
        /// Specifies the alias name. This value must begin with ``alias/`` followed by a name, such as ``alias/ExampleAlias``. If you change the value of the ``AliasName`` property, the existing alias is deleted and a new alias is created for the specified KMS key. This change can disrupt applications that use the alias. It can also allow or deny access to a KMS key affected by attribute-based access control ...
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "AliasName")]
        pub alias_name: Value<String>,
        /// Associates the alias with the specified . The KMS key must be in the same AWS-account and Region. A valid key ID is required. If you supply a null or empty string value, this operation returns an error. For help finding the key ID and ARN, see Finding the key ID and ARN in the *Developer Guide*. Specify the key ID or the key ARN of the KMS key. For example: + Key ID: ``1234abcd-12ab-34cd-56ef-1234567890ab`` ...
        ///
        /// Required.
        #[serde(rename = "TargetKeyId")]
        pub target_key_id: Value<String>,
    }

    impl CfnResource for Alias {
        const TYPE: &'static str = "AWS::KMS::Alias";
        const TAGGING: Tagging = Tagging::None;
    }
}
pub use alias::Alias;

/// `AWS::KMS::Key`: the resource and its property types.
pub mod key {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::KMS::Key`` resource specifies an KMS key in KMSlong. You can use this resource to create symmetric encryption KMS keys, asymmetric KMS keys for encryption or signing, and symmetric HMAC KMS keys. You can use ``AWS::KMS::Key`` to create multi-Region primary keys of all supported types. To replicate a multi-Region key, use the ``AWS::KMS::ReplicaKey`` resource. If you change the value of the ...
    ///
    /// CloudFormation type `AWS::KMS::Key`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Key {
        /// Skips ("bypasses") the key policy lockout safety check. The default value is false. Setting this value to true increases the risk that the KMS key becomes unmanageable. Do not set this value to true indiscriminately. For more information, see Default key policy in the *Developer Guide*. Use this parameter only when you intend to prevent the principal that is making the request from making a subsequent ...
        #[serde(
            rename = "BypassPolicyLockoutSafetyCheck",
            skip_serializing_if = "Option::is_none"
        )]
        pub bypass_policy_lockout_safety_check: Option<Value<bool>>,
        /// A description of the KMS key. Use a description that helps you to distinguish this KMS key from others in the account, such as its intended use.
        #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
        pub description: Option<Value<String>>,
        /// Enables automatic rotation of the key material for the specified KMS key. By default, automatic key rotation is not enabled. KMS supports automatic rotation only for symmetric encryption KMS keys (``KeySpec`` = ``SYMMETRIC_DEFAULT``). For asymmetric KMS keys, HMAC KMS keys, and KMS keys with Origin ``EXTERNAL``, omit the ``EnableKeyRotation`` property or set it to ``false``. To enable automatic key ...
        #[serde(rename = "EnableKeyRotation", skip_serializing_if = "Option::is_none")]
        pub enable_key_rotation: Option<Value<bool>>,
        /// Specifies whether the KMS key is enabled. Disabled KMS keys cannot be used in cryptographic operations. When ``Enabled`` is ``true``, the *key state* of the KMS key is ``Enabled``. When ``Enabled`` is ``false``, the key state of the KMS key is ``Disabled``. The default value is ``true``. The actual key state of the KMS key might be affected by actions taken outside of CloudFormation, such as running ...
        #[serde(rename = "Enabled", skip_serializing_if = "Option::is_none")]
        pub enabled: Option<Value<bool>>,
        /// The key policy to attach to the KMS key. If you provide a key policy, it must meet the following criteria: + The key policy must allow the caller to make a subsequent PutKeyPolicy request on the KMS key. This reduces the risk that the KMS key becomes unmanageable. For more information, see Default key policy in the *Developer Guide*. (To omit this condition, set ``BypassPolicyLockoutSafetyCheck`` to ...
        #[serde(rename = "KeyPolicy", skip_serializing_if = "Option::is_none")]
        pub key_policy: Option<Json>,
        /// Specifies the type of KMS key to create. The default value, ``SYMMETRIC_DEFAULT``, creates a KMS key with a 256-bit symmetric key for encryption and decryption. In China Regions, ``SYMMETRIC_DEFAULT`` creates a 128-bit symmetric key that uses SM4 encryption. You can't change the ``KeySpec`` value after the KMS key is created. For help choosing a key spec for your KMS key, see Choosing a KMS key type ...
        #[serde(rename = "KeySpec", skip_serializing_if = "Option::is_none")]
        pub key_spec: Option<Value<String>>,
        /// Determines the cryptographic operations for which you can use the KMS key. The default value is ``ENCRYPT_DECRYPT``. This property is required for asymmetric KMS keys and HMAC KMS keys. You can't change the ``KeyUsage`` value after the KMS key is created. If you change the value of the ``KeyUsage`` property on an existing KMS key, the update request fails, regardless of the value of the UpdateReplacePolicy ...
        #[serde(rename = "KeyUsage", skip_serializing_if = "Option::is_none")]
        pub key_usage: Option<Value<String>>,
        /// Creates a multi-Region primary key that you can replicate in other AWS-Regions. You can't change the ``MultiRegion`` value after the KMS key is created. For a list of AWS-Regions in which multi-Region keys are supported, see Multi-Region keys in in the **. If you change the value of the ``MultiRegion`` property on an existing KMS key, the update request fails, regardless of the value of the UpdateReplacePolicy ...
        #[serde(rename = "MultiRegion", skip_serializing_if = "Option::is_none")]
        pub multi_region: Option<Value<bool>>,
        /// The source of the key material for the KMS key. You cannot change the origin after you create the KMS key. The default is ``AWS_KMS``, which means that KMS creates the key material. To create a KMS key with no key material (for imported key material), set this value to ``EXTERNAL``. For more information about importing key material into KMS, see Importing Key Material in the *Developer Guide*. You ...
        #[serde(rename = "Origin", skip_serializing_if = "Option::is_none")]
        pub origin: Option<Value<String>>,
        /// Specifies the number of days in the waiting period before KMS deletes a KMS key that has been removed from a CloudFormation stack. Enter a value between 7 and 30 days. The default value is 30 days. When you remove a KMS key from a CloudFormation stack, KMS schedules the KMS key for deletion and starts the mandatory waiting period. The ``PendingWindowInDays`` property determines the length of waiting ...
        #[serde(
            rename = "PendingWindowInDays",
            skip_serializing_if = "Option::is_none"
        )]
        pub pending_window_in_days: Option<Value<i64>>,
        /// Specifies a custom period of time between each rotation date. If no value is specified, the default value is 365 days. The rotation period defines the number of days after you enable automatic key rotation that KMS will rotate your key material, and the number of days between each automatic rotation thereafter. You can use the kms:RotationPeriodInDays condition key to further constrain the values that ...
        #[serde(
            rename = "RotationPeriodInDays",
            skip_serializing_if = "Option::is_none"
        )]
        pub rotation_period_in_days: Option<Value<i64>>,
        /// Assigns one or more tags to the replica key. Tagging or untagging a KMS key can allow or deny permission to the KMS key. For details, see ABAC for in the *Developer Guide*. For information about tags in KMS, see Tagging keys in the *Developer Guide*. For information about tags in CloudFormation, see Tag.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
    }

    impl CfnResource for Key {
        const TYPE: &'static str = "AWS::KMS::Key";
        const TAGGING: Tagging = Tagging::List;
    }
}
pub use key::Key;
