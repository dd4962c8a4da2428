//! `AWS::S3::Bucket` and `AWS::S3::BucketPolicy`.

use schemars::JsonSchema;
use serde::Serialize;

use super::Tag;
use crate::iam::PolicyDocument;
use crate::template::{CfnResource, Tagging, Value};

/// `AWS::S3::Bucket`
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Bucket {
    /// `BucketName`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket_name: Option<Value<String>>,
    /// `BucketEncryption`
    pub bucket_encryption: BucketEncryption,
    /// `PublicAccessBlockConfiguration`
    pub public_access_block_configuration: PublicAccessBlockConfiguration,
    /// `OwnershipControls`
    pub ownership_controls: OwnershipControls,
    /// `VersioningConfiguration`
    pub versioning_configuration: VersioningConfiguration,
    /// `LoggingConfiguration`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logging_configuration: Option<LoggingConfiguration>,
    /// `LifecycleConfiguration`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lifecycle_configuration: Option<LifecycleConfiguration>,
    /// `NotificationConfiguration`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_configuration: Option<NotificationConfiguration>,
    /// `ObjectLockEnabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object_lock_enabled: Option<bool>,
    /// `ObjectLockConfiguration`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object_lock_configuration: Option<ObjectLockConfiguration>,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}

impl CfnResource for Bucket {
    const TYPE: &'static str = "AWS::S3::Bucket";
    const TAGGING: Tagging = Tagging::List;
}

/// `BucketEncryption`
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct BucketEncryption {
    /// `ServerSideEncryptionConfiguration`
    pub server_side_encryption_configuration: Vec<ServerSideEncryptionRule>,
}

/// `ServerSideEncryptionRule`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ServerSideEncryptionRule {
    /// `BucketKeyEnabled`
    pub bucket_key_enabled: bool,
    /// `ServerSideEncryptionByDefault`
    pub server_side_encryption_by_default: ServerSideEncryptionByDefault,
}

/// `ServerSideEncryptionByDefault`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ServerSideEncryptionByDefault {
    /// `SSEAlgorithm`: `aws:kms`, `aws:kms:dsse` or `AES256`.
    #[serde(rename = "SSEAlgorithm")]
    pub sse_algorithm: String,
    /// `KMSMasterKeyID`
    #[serde(rename = "KMSMasterKeyID", skip_serializing_if = "Option::is_none")]
    pub kms_master_key_id: Option<Value<String>>,
}

/// `PublicAccessBlockConfiguration`
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PublicAccessBlockConfiguration {
    /// `BlockPublicAcls`
    pub block_public_acls: bool,
    /// `BlockPublicPolicy`
    pub block_public_policy: bool,
    /// `IgnorePublicAcls`
    pub ignore_public_acls: bool,
    /// `RestrictPublicBuckets`
    pub restrict_public_buckets: bool,
}

/// `OwnershipControls`
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct OwnershipControls {
    /// `Rules`
    pub rules: Vec<OwnershipControlsRule>,
}

/// `OwnershipControlsRule`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct OwnershipControlsRule {
    /// `ObjectOwnership`
    pub object_ownership: String,
}

/// `VersioningConfiguration`
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct VersioningConfiguration {
    /// `Status`: `Enabled` or `Suspended`.
    pub status: String,
}

/// `LoggingConfiguration`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct LoggingConfiguration {
    /// `DestinationBucketName`
    pub destination_bucket_name: Value<String>,
    /// `LogFilePrefix`
    pub log_file_prefix: String,
}

/// `LifecycleConfiguration`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct LifecycleConfiguration {
    /// `Rules`
    pub rules: Vec<LifecycleRule>,
}

/// `Rule` of a lifecycle configuration.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct LifecycleRule {
    /// `Id`
    pub id: String,
    /// `Status`
    pub status: String,
    /// `Prefix`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// `ExpirationInDays`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration_in_days: Option<u32>,
    /// `NoncurrentVersionExpiration`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub noncurrent_version_expiration: Option<NoncurrentVersionExpiration>,
    /// `AbortIncompleteMultipartUpload`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abort_incomplete_multipart_upload: Option<AbortIncompleteMultipartUpload>,
    /// `Transitions`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub transitions: Vec<Transition>,
}

/// `NoncurrentVersionExpiration`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct NoncurrentVersionExpiration {
    /// `NoncurrentDays`
    pub noncurrent_days: u32,
}

/// `AbortIncompleteMultipartUpload`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct AbortIncompleteMultipartUpload {
    /// `DaysAfterInitiation`
    pub days_after_initiation: u32,
}

/// `Transition`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Transition {
    /// `StorageClass`
    pub storage_class: String,
    /// `TransitionInDays`
    pub transition_in_days: u32,
}

/// `NotificationConfiguration`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct NotificationConfiguration {
    /// `EventBridgeConfiguration`
    pub event_bridge_configuration: EventBridgeConfiguration,
}

/// `EventBridgeConfiguration`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct EventBridgeConfiguration {
    /// `EventBridgeEnabled`
    pub event_bridge_enabled: bool,
}

/// `ObjectLockConfiguration`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ObjectLockConfiguration {
    /// `ObjectLockEnabled`: always `Enabled`.
    pub object_lock_enabled: String,
    /// `Rule`
    pub rule: ObjectLockRule,
}

/// `ObjectLockRule`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ObjectLockRule {
    /// `DefaultRetention`
    pub default_retention: DefaultRetention,
}

/// `DefaultRetention`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DefaultRetention {
    /// `Mode`: `GOVERNANCE` or `COMPLIANCE`.
    pub mode: String,
    /// `Days`
    pub days: u32,
}

/// `AWS::S3::BucketPolicy`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct BucketPolicy {
    /// `Bucket`
    pub bucket: Value<String>,
    /// `PolicyDocument`
    pub policy_document: PolicyDocument,
}

impl CfnResource for BucketPolicy {
    const TYPE: &'static str = "AWS::S3::BucketPolicy";
    const TAGGING: Tagging = Tagging::None;
}
