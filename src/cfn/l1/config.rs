// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::Config::*` types.

/// `AWS::Config::ConfigurationRecorder`: the resource and its property types.
pub mod configuration_recorder {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource type definition for AWS::Config::ConfigurationRecorder
    ///
    /// CloudFormation type `AWS::Config::ConfigurationRecorder`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ConfigurationRecorder {
        /// The name of the configuration recorder. By default, AWS Config assigns the name "default" when creating the configuration recorder. To change the configuration recorder name, you must use the DeleteConfigurationRecorder action to delete your current configuration recorder, and then you must use the PutConfigurationRecorder command to create a configuration recorder that has the desired name.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
        pub name: Option<Value<String>>,
        /// Specifies which resource types are in scope for the configuration recorder to record.
        #[serde(rename = "RecordingGroup", skip_serializing_if = "Option::is_none")]
        pub recording_group: Option<RecordingGroup>,
        /// Specifies the default recording frequency for the configuration recorder.
        #[serde(rename = "RecordingMode", skip_serializing_if = "Option::is_none")]
        pub recording_mode: Option<RecordingMode>,
        /// The Amazon Resource Name (ARN) of the role that allows AWS Config to read S3 objects.
        ///
        /// Required.
        #[serde(rename = "RoleARN")]
        pub role_arn: Value<String>,
        /// Defaults to 'true'. Controls whether the recorder starts recording after the create operation. Set this to 'false' for development and testing purposes.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "StartedOnCreate", skip_serializing_if = "Option::is_none")]
        pub started_on_create: Option<Value<bool>>,
    }

    impl CfnResource for ConfigurationRecorder {
        const TYPE: &'static str = "AWS::Config::ConfigurationRecorder";
        const TAGGING: Tagging = Tagging::None;
    }

    /// Specifies whether the configuration recorder excludes certain resource types from being recorded.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ExclusionByResourceTypes {
        /// A comma-separated list of resource types to exclude from recording by the configuration recorder.
        ///
        /// Required.
        #[serde(rename = "ResourceTypes")]
        pub resource_types: Vec<Value<String>>,
    }

    /// Specifies which resource types AWS Config records for configuration changes.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RecordingGroup {
        /// Specifies whether AWS Config records configuration changes for all supported resource types, excluding the global IAM resource types.
        #[serde(rename = "AllSupported", skip_serializing_if = "Option::is_none")]
        pub all_supported: Option<Value<bool>>,
        /// An object that specifies how AWS Config excludes resource types from being recorded by the configuration recorder.
        #[serde(
            rename = "ExclusionByResourceTypes",
            skip_serializing_if = "Option::is_none"
        )]
        pub exclusion_by_resource_types: Option<ExclusionByResourceTypes>,
        /// This option is a bundle which only applies to the global IAM resource types: IAM users, groups, roles, and customer managed policies.
        #[serde(
            rename = "IncludeGlobalResourceTypes",
            skip_serializing_if = "Option::is_none"
        )]
        pub include_global_resource_types: Option<Value<bool>>,
        /// An object that specifies the recording strategy for the configuration recorder.
        #[serde(rename = "RecordingStrategy", skip_serializing_if = "Option::is_none")]
        pub recording_strategy: Option<RecordingStrategy>,
        /// A comma-separated list that specifies which resource types AWS Config records.
        #[serde(rename = "ResourceTypes", skip_serializing_if = "Option::is_none")]
        pub resource_types: Option<Vec<Value<String>>>,
    }

    /// Specifies the default recording frequency for the configuration recorder.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RecordingMode {
        /// The default recording frequency that AWS Config uses to record configuration changes.
        ///
        /// Required.
        #[serde(rename = "RecordingFrequency")]
        pub recording_frequency: Value<String>,
        /// An array of 'RecordingModeOverride' objects for you to specify your overrides for the recording mode.
        #[serde(
            rename = "RecordingModeOverrides",
            skip_serializing_if = "Option::is_none"
        )]
        pub recording_mode_overrides: Option<Vec<RecordingModeOverride>>,
    }

    /// Specifies your overrides for the recording mode
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RecordingModeOverride {
        /// A description that you provide for the override.
        #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
        pub description: Option<Value<String>>,
        /// The recording frequency that will be applied to all the resource types specified in the override.
        ///
        /// Required.
        #[serde(rename = "RecordingFrequency")]
        pub recording_frequency: Value<String>,
        /// A comma-separated list that specifies which resource types AWS Config includes in the override.
        ///
        /// Required.
        #[serde(rename = "ResourceTypes")]
        pub resource_types: Vec<Value<String>>,
    }

    /// Specifies the recording strategy of the configuration recorder.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RecordingStrategy {
        /// The `UseOnly` property.
        ///
        /// Required.
        #[serde(rename = "UseOnly")]
        pub use_only: Value<String>,
    }
}
pub use configuration_recorder::ConfigurationRecorder;

/// `AWS::Config::DeliveryChannel`: the resource and its property types.
pub mod delivery_channel {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource type definition for AWS::Config::DeliveryChannel
    ///
    /// CloudFormation type `AWS::Config::DeliveryChannel`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DeliveryChannel {
        /// The options for how often AWS Config delivers configuration snapshots to the Amazon S3 bucket.
        #[serde(
            rename = "ConfigSnapshotDeliveryProperties",
            skip_serializing_if = "Option::is_none"
        )]
        pub config_snapshot_delivery_properties: Option<ConfigSnapshotDeliveryProperties>,
        /// The name of the delivery channel. By default, AWS Config assigns the name "default" when creating the delivery channel. To change the delivery channel name, you must use the DeleteDeliveryChannel action to delete your current delivery channel, and then you must use the PutDeliveryChannel command to create a delivery channel that has the desired name.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
        pub name: Option<Value<String>>,
        /// The name of the Amazon S3 bucket to which AWS Config delivers configuration snapshots and configuration history files.
        ///
        /// Required.
        #[serde(rename = "S3BucketName")]
        pub s3_bucket_name: Value<String>,
        /// The prefix for the specified Amazon S3 bucket.
        #[serde(rename = "S3KeyPrefix", skip_serializing_if = "Option::is_none")]
        pub s3_key_prefix: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the AWS Key Management Service (AWS KMS ) AWS KMS key (KMS key) used to encrypt objects delivered by AWS Config. Must belong to the same Region as the destination S3 bucket.
        #[serde(rename = "S3KmsKeyArn", skip_serializing_if = "Option::is_none")]
        pub s3_kms_key_arn: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the Amazon SNS topic to which AWS Config sends notifications about configuration changes.
        #[serde(rename = "SnsTopicARN", skip_serializing_if = "Option::is_none")]
        pub sns_topic_arn: Option<Value<String>>,
    }

    impl CfnResource for DeliveryChannel {
        const TYPE: &'static str = "AWS::Config::DeliveryChannel";
        const TAGGING: Tagging = Tagging::None;
    }

    /// The `ConfigSnapshotDeliveryProperties` property type of `AWS::Config::DeliveryChannel`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ConfigSnapshotDeliveryProperties {
        /// The frequency with which AWS Config delivers configuration snapshots.
        #[serde(rename = "DeliveryFrequency", skip_serializing_if = "Option::is_none")]
        pub delivery_frequency: Option<Value<String>>,
    }
}
pub use delivery_channel::DeliveryChannel;
