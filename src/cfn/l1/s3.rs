// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::S3::*` types.

/// `AWS::S3::Bucket`: the resource and its property types.
pub mod bucket {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::S3::Bucket`` resource creates an Amazon S3 bucket in the same AWS Region where you create the AWS CloudFormation stack. To control how AWS CloudFormation handles the bucket when the stack is deleted, you can set a deletion policy for your bucket. You can choose to *retain* the bucket or to *delete* the bucket. For more information, see DeletionPolicy Attribute. You can only delete empty ...
    ///
    /// CloudFormation type `AWS::S3::Bucket`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Bucket {
        /// The ABAC status of the general purpose bucket. When ABAC is enabled for the general purpose bucket, you can use tags to manage access to the general purpose buckets as well as for cost tracking purposes. When ABAC is disabled for the general purpose buckets, you can only use tags for cost tracking purposes. For more information, see Using tags with S3 general purpose buckets.
        #[serde(rename = "AbacStatus", skip_serializing_if = "Option::is_none")]
        pub abac_status: Option<Value<String>>,
        /// Configures the transfer acceleration state for an Amazon S3 bucket. For more information, see Amazon S3 Transfer Acceleration in the *Amazon S3 User Guide*.
        #[serde(
            rename = "AccelerateConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub accelerate_configuration: Option<AccelerateConfiguration>,
        /// This is a legacy property, and it is not recommended for most use cases. A majority of modern use cases in Amazon S3 no longer require the use of ACLs, and we recommend that you keep ACLs disabled. For more information, see Controlling object ownership in the *Amazon S3 User Guide*. A canned access control list (ACL) that grants predefined permissions to the bucket. For more information about canned ...
        #[serde(rename = "AccessControl", skip_serializing_if = "Option::is_none")]
        pub access_control: Option<Value<String>>,
        /// Specifies the configuration and any analyses for the analytics filter of an Amazon S3 bucket.
        #[serde(
            rename = "AnalyticsConfigurations",
            skip_serializing_if = "Option::is_none"
        )]
        pub analytics_configurations: Option<Vec<AnalyticsConfiguration>>,
        /// Specifies default encryption for a bucket using server-side encryption with Amazon S3-managed keys (SSE-S3), AWS KMS-managed keys (SSE-KMS), or dual-layer server-side encryption with KMS-managed keys (DSSE-KMS). For information about the Amazon S3 default encryption feature, see Amazon S3 Default Encryption for S3 Buckets in the *Amazon S3 User Guide*.
        #[serde(rename = "BucketEncryption", skip_serializing_if = "Option::is_none")]
        pub bucket_encryption: Option<BucketEncryption>,
        /// A name for the bucket. If you don't specify a name, AWS CloudFormation generates a unique ID and uses that ID for the bucket name. The bucket name must contain only lowercase letters, numbers, periods (.), and dashes (-) and must follow Amazon S3 bucket restrictions and limitations. For more information, see Rules for naming Amazon S3 buckets in the *Amazon S3 User Guide*. If you specify a name, you ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "BucketName", skip_serializing_if = "Option::is_none")]
        pub bucket_name: Option<Value<String>>,
        /// The `BucketNamePrefix` property.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "BucketNamePrefix", skip_serializing_if = "Option::is_none")]
        pub bucket_name_prefix: Option<Value<String>>,
        /// The `BucketNamespace` property.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "BucketNamespace", skip_serializing_if = "Option::is_none")]
        pub bucket_namespace: Option<Value<String>>,
        /// Describes the cross-origin access configuration for objects in an Amazon S3 bucket. For more information, see Enabling Cross-Origin Resource Sharing in the *Amazon S3 User Guide*.
        #[serde(rename = "CorsConfiguration", skip_serializing_if = "Option::is_none")]
        pub cors_configuration: Option<CorsConfiguration>,
        /// Defines how Amazon S3 handles Intelligent-Tiering storage.
        #[serde(
            rename = "IntelligentTieringConfigurations",
            skip_serializing_if = "Option::is_none"
        )]
        pub intelligent_tiering_configurations: Option<Vec<IntelligentTieringConfiguration>>,
        /// Specifies the S3 Inventory configuration for an Amazon S3 bucket. For more information, see GET Bucket inventory in the *Amazon S3 API Reference*.
        #[serde(
            rename = "InventoryConfigurations",
            skip_serializing_if = "Option::is_none"
        )]
        pub inventory_configurations: Option<Vec<InventoryConfiguration>>,
        /// Specifies the lifecycle configuration for objects in an Amazon S3 bucket. For more information, see Object Lifecycle Management in the *Amazon S3 User Guide*.
        #[serde(
            rename = "LifecycleConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub lifecycle_configuration: Option<LifecycleConfiguration>,
        /// Settings that define where logs are stored.
        #[serde(
            rename = "LoggingConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub logging_configuration: Option<LoggingConfiguration>,
        /// The S3 Metadata configuration for a general purpose bucket.
        #[serde(
            rename = "MetadataConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub metadata_configuration: Option<MetadataConfiguration>,
        /// The metadata table configuration of an S3 general purpose bucket.
        #[serde(
            rename = "MetadataTableConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub metadata_table_configuration: Option<MetadataTableConfiguration>,
        /// Specifies a metrics configuration for the CloudWatch request metrics (specified by the metrics configuration ID) from an Amazon S3 bucket. If you're updating an existing metrics configuration, note that this is a full replacement of the existing metrics configuration. If you don't include the elements you want to keep, they are erased. For more information, see PutBucketMetricsConfiguration.
        #[serde(
            rename = "MetricsConfigurations",
            skip_serializing_if = "Option::is_none"
        )]
        pub metrics_configurations: Option<Vec<MetricsConfiguration>>,
        /// Configuration that defines how Amazon S3 handles bucket notifications.
        #[serde(
            rename = "NotificationConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub notification_configuration: Option<NotificationConfiguration>,
        /// This operation is not supported for directory buckets. Places an Object Lock configuration on the specified bucket. The rule specified in the Object Lock configuration will be applied by default to every new object placed in the specified bucket. For more information, see Locking Objects. + The ``DefaultRetention`` settings require both a mode and a period. + The ``DefaultRetention`` period can be ...
        #[serde(
            rename = "ObjectLockConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub object_lock_configuration: Option<ObjectLockConfiguration>,
        /// Indicates whether this bucket has an Object Lock configuration enabled. Enable ``ObjectLockEnabled`` when you apply ``ObjectLockConfiguration`` to a bucket.
        #[serde(rename = "ObjectLockEnabled", skip_serializing_if = "Option::is_none")]
        pub object_lock_enabled: Option<Value<bool>>,
        /// Configuration that defines how Amazon S3 handles Object Ownership rules.
        #[serde(rename = "OwnershipControls", skip_serializing_if = "Option::is_none")]
        pub ownership_controls: Option<OwnershipControls>,
        /// Configuration that defines how Amazon S3 handles public access.
        #[serde(
            rename = "PublicAccessBlockConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub public_access_block_configuration: Option<PublicAccessBlockConfiguration>,
        /// Configuration for replicating objects in an S3 bucket. To enable replication, you must also enable versioning by using the ``VersioningConfiguration`` property. Amazon S3 can store replicated objects in a single destination bucket or multiple destination buckets. The destination bucket or buckets must already exist.
        #[serde(
            rename = "ReplicationConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub replication_configuration: Option<ReplicationConfiguration>,
        /// An arbitrary set of tags (key-value pairs) for this S3 bucket.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// Enables multiple versions of all objects in this bucket. You might enable versioning to prevent objects from being deleted or overwritten by mistake or to archive objects so that you can retrieve previous versions of them. When you enable versioning on a bucket for the first time, it might take a short amount of time for the change to be fully propagated. We recommend that you wait for 15 minutes after ...
        #[serde(
            rename = "VersioningConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub versioning_configuration: Option<VersioningConfiguration>,
        /// Information used to configure the bucket as a static website. For more information, see Hosting Websites on Amazon S3.
        #[serde(
            rename = "WebsiteConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub website_configuration: Option<WebsiteConfiguration>,
    }

    impl CfnResource for Bucket {
        const TYPE: &'static str = "AWS::S3::Bucket";
        const TAGGING: Tagging = Tagging::List;
    }

    /// Specifies the days since the initiation of an incomplete multipart upload that Amazon S3 will wait before permanently removing all parts of the upload. For more information, see Stopping Incomplete Multipart Uploads Using a Bucket Lifecycle Policy in the *Amazon S3 User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AbortIncompleteMultipartUpload {
        /// Specifies the number of days after which Amazon S3 stops an incomplete multipart upload.
        ///
        /// Required.
        #[serde(rename = "DaysAfterInitiation")]
        pub days_after_initiation: Value<i64>,
    }

    /// Configures the transfer acceleration state for an Amazon S3 bucket. For more information, see Amazon S3 Transfer Acceleration in the *Amazon S3 User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AccelerateConfiguration {
        /// Specifies the transfer acceleration status of the bucket.
        ///
        /// Required.
        #[serde(rename = "AccelerationStatus")]
        pub acceleration_status: Value<String>,
    }

    /// Specify this only in a cross-account scenario (where source and destination bucket owners are not the same), and you want to change replica ownership to the AWS-account that owns the destination bucket. If this is not specified in the replication configuration, the replicas are owned by same AWS-account that owns the source object.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AccessControlTranslation {
        /// Specifies the replica ownership. For default and valid values, see PUT bucket replication in the *Amazon S3 API Reference*.
        ///
        /// Required.
        #[serde(rename = "Owner")]
        pub owner: Value<String>,
    }

    /// Specifies the configuration and any analyses for the analytics filter of an Amazon S3 bucket.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AnalyticsConfiguration {
        /// The ID that identifies the analytics configuration.
        ///
        /// Required.
        #[serde(rename = "Id")]
        pub id: Value<String>,
        /// The prefix that an object must have to be included in the analytics results.
        #[serde(rename = "Prefix", skip_serializing_if = "Option::is_none")]
        pub prefix: Option<Value<String>>,
        /// Contains data related to access patterns to be collected and made available to analyze the tradeoffs between different storage classes.
        ///
        /// Required.
        #[serde(rename = "StorageClassAnalysis")]
        pub storage_class_analysis: StorageClassAnalysis,
        /// The tags to use when evaluating an analytics filter. The analytics only includes objects that meet the filter's criteria. If no filter is specified, all of the contents of the bucket are included in the analysis.
        #[serde(rename = "TagFilters", skip_serializing_if = "Option::is_none")]
        pub tag_filters: Option<Vec<crate::cfn::Tag>>,
    }

    /// The annotation table configuration for an S3 Metadata configuration. The annotation table tracks all annotations on objects in your bucket so that you can query annotation data at scale. If you've disabled your annotation table configuration and now want to re-enable it, you must first manually delete the old annotation table from your AWS managed table bucket. Otherwise, the newly re-enabled annotation ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AnnotationTableConfiguration {
        /// Specifies whether the annotation table configuration is enabled or disabled.
        ///
        /// Required.
        #[serde(rename = "ConfigurationState")]
        pub configuration_state: Value<String>,
        /// The encryption configuration for the annotation table. To encrypt your annotation table with server-side encryption using AWS Key Management Service (AWS KMS) keys (SSE-KMS), set ``SseAlgorithm`` to ``aws:kms``. You must also set ``KmsKeyArn`` to the ARN of a customer managed KMS key in the same Region where your general purpose bucket is located.
        #[serde(
            rename = "EncryptionConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub encryption_configuration: Option<MetadataTableEncryptionConfiguration>,
        /// The ARN of the IAM role that grants Amazon S3 Metadata permission to read annotations from your bucket.
        #[serde(rename = "Role", skip_serializing_if = "Option::is_none")]
        pub role: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) for the annotation table.
        #[serde(rename = "TableArn", skip_serializing_if = "Option::is_none")]
        pub table_arn: Option<Value<String>>,
        /// The name of the annotation table.
        #[serde(rename = "TableName", skip_serializing_if = "Option::is_none")]
        pub table_name: Option<Value<String>>,
    }

    /// A bucket-level setting for Amazon S3 general purpose buckets used to prevent the upload of new objects encrypted with the specified server-side encryption type. For example, blocking an encryption type will block ``PutObject``, ``CopyObject``, ``PostObject``, multipart upload, and replication requests to the bucket for objects with the specified encryption type. However, you can continue to read and ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BlockedEncryptionTypes {
        /// The object encryption type that you want to block or unblock for an Amazon S3 general purpose bucket. Currently, this parameter only supports blocking or unblocking server side encryption with customer-provided keys (SSE-C). For more information about SSE-C, see Using server-side encryption with customer-provided keys (SSE-C).
        #[serde(rename = "EncryptionType", skip_serializing_if = "Option::is_none")]
        pub encryption_type: Option<Vec<Value<String>>>,
    }

    /// Specifies default encryption for a bucket using server-side encryption with Amazon S3-managed keys (SSE-S3), AWS KMS-managed keys (SSE-KMS), or dual-layer server-side encryption with KMS-managed keys (DSSE-KMS). For information about the Amazon S3 default encryption feature, see Amazon S3 Default Encryption for S3 Buckets in the *Amazon S3 User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BucketEncryption {
        /// Specifies the default server-side-encryption configuration.
        ///
        /// Required.
        #[serde(rename = "ServerSideEncryptionConfiguration")]
        pub server_side_encryption_configuration: Vec<ServerSideEncryptionRule>,
    }

    /// Describes the cross-origin access configuration for objects in an Amazon S3 bucket. For more information, see Enabling Cross-Origin Resource Sharing in the *Amazon S3 User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CorsConfiguration {
        /// A set of origins and methods (cross-origin access that you want to allow). You can add up to 100 rules to the configuration.
        ///
        /// Required.
        #[serde(rename = "CorsRules")]
        pub cors_rules: Vec<CorsRule>,
    }

    /// Specifies a cross-origin access rule for an Amazon S3 bucket.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CorsRule {
        /// Headers that are specified in the ``Access-Control-Request-Headers`` header. These headers are allowed in a preflight OPTIONS request. In response to any preflight OPTIONS request, Amazon S3 returns any requested headers that are allowed.
        #[serde(rename = "AllowedHeaders", skip_serializing_if = "Option::is_none")]
        pub allowed_headers: Option<Vec<Value<String>>>,
        /// An HTTP method that you allow the origin to run. *Allowed values*: ``GET`` | ``PUT`` | ``HEAD`` | ``POST`` | ``DELETE``
        ///
        /// Required.
        #[serde(rename = "AllowedMethods")]
        pub allowed_methods: Vec<Value<String>>,
        /// One or more origins you want customers to be able to access the bucket from.
        ///
        /// Required.
        #[serde(rename = "AllowedOrigins")]
        pub allowed_origins: Vec<Value<String>>,
        /// One or more headers in the response that you want customers to be able to access from their applications (for example, from a JavaScript ``XMLHttpRequest`` object).
        #[serde(rename = "ExposedHeaders", skip_serializing_if = "Option::is_none")]
        pub exposed_headers: Option<Vec<Value<String>>>,
        /// A unique identifier for this rule. The value must be no more than 255 characters.
        #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
        pub id: Option<Value<String>>,
        /// The time in seconds that your browser is to cache the preflight response for the specified resource.
        #[serde(rename = "MaxAge", skip_serializing_if = "Option::is_none")]
        pub max_age: Option<Value<i64>>,
    }

    /// Specifies how data related to the storage class analysis for an Amazon S3 bucket should be exported.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DataExport {
        /// The place to store the data for an analysis.
        ///
        /// Required.
        #[serde(rename = "Destination")]
        pub destination: Destination,
        /// The version of the output schema to use when exporting data. Must be ``V_1``.
        ///
        /// Required.
        #[serde(rename = "OutputSchemaVersion")]
        pub output_schema_version: Value<String>,
    }

    /// The default Object Lock event hold duration that you want to apply to new objects placed in the specified bucket, unless an object's upload request specifies its own Object Lock settings. New object versions are placed under an event hold and remain protected while the hold is active. When the event hold is released, Amazon S3 retains the object version for this duration, measured from the time the ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DefaultEventHold {
        /// The number of days that you want to specify for the default event hold duration. Valid values are ``1`` to ``36500`` days. You must specify either ``Days`` or ``Years``, but not both.
        #[serde(rename = "Days", skip_serializing_if = "Option::is_none")]
        pub days: Option<Value<i64>>,
        /// The number of years that you want to specify for the default event hold duration. Valid values are ``1`` to ``100`` years. You must specify either ``Days`` or ``Years``, but not both.
        #[serde(rename = "Years", skip_serializing_if = "Option::is_none")]
        pub years: Option<Value<i64>>,
    }

    /// The container element for optionally specifying the default Object Lock retention settings for new objects placed in the specified bucket. + The ``DefaultRetention`` settings require both a mode and a period. + The ``DefaultRetention`` period can be either ``Days`` or ``Years`` but you must select one. You cannot specify ``Days`` and ``Years`` at the same time.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DefaultRetention {
        /// The number of days that you want to specify for the default retention period. If Object Lock is turned on, you must specify ``Mode`` and specify either ``Days`` or ``Years``.
        #[serde(rename = "Days", skip_serializing_if = "Option::is_none")]
        pub days: Option<Value<i64>>,
        /// The default Object Lock event hold duration that you want to apply to new objects placed in the specified bucket. When the event hold is released, Amazon S3 retains the object version for this duration. If you specify both a default retention period (``Days`` or ``Years``) and a ``DefaultEventHold``, the event hold duration can't exceed the default retention period.
        #[serde(rename = "DefaultEventHold", skip_serializing_if = "Option::is_none")]
        pub default_event_hold: Option<DefaultEventHold>,
        /// The default Object Lock retention mode you want to apply to new objects placed in the specified bucket. If Object Lock is turned on, you must specify ``Mode`` and specify either ``Days`` or ``Years``.
        #[serde(rename = "Mode", skip_serializing_if = "Option::is_none")]
        pub mode: Option<Value<String>>,
        /// The number of years that you want to specify for the default retention period. If Object Lock is turned on, you must specify ``Mode`` and specify either ``Days`` or ``Years``.
        #[serde(rename = "Years", skip_serializing_if = "Option::is_none")]
        pub years: Option<Value<i64>>,
    }

    /// Specifies whether Amazon S3 replicates delete markers. If you specify a ``Filter`` in your replication configuration, you must also include a ``DeleteMarkerReplication`` element. If your ``Filter`` includes a ``Tag`` element, the ``DeleteMarkerReplication``Status`` must be set to Disabled, because Amazon S3 does not support replicating delete markers for tag-based rules. For an example configuration, ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DeleteMarkerReplication {
        /// Indicates whether to replicate delete markers.
        #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
        pub status: Option<Value<String>>,
    }

    /// Specifies information about where to publish analysis or configuration results for an Amazon S3 bucket.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Destination {
        /// The account ID that owns the destination S3 bucket. If no account ID is provided, the owner is not validated before exporting data. Although this value is optional, we strongly recommend that you set it to help prevent problems if the destination bucket ownership changes.
        #[serde(rename = "BucketAccountId", skip_serializing_if = "Option::is_none")]
        pub bucket_account_id: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the bucket to which data is exported.
        ///
        /// Required.
        #[serde(rename = "BucketArn")]
        pub bucket_arn: Value<String>,
        /// Specifies the file format used when exporting data to Amazon S3. *Allowed values*: ``CSV`` | ``ORC`` | ``Parquet``
        ///
        /// Required.
        #[serde(rename = "Format")]
        pub format: Value<String>,
        /// The prefix to use when exporting data. The prefix is prepended to all results.
        #[serde(rename = "Prefix", skip_serializing_if = "Option::is_none")]
        pub prefix: Option<Value<String>>,
    }

    /// Specifies encryption-related information for an Amazon S3 bucket that is a destination for replicated objects. If you're specifying a customer managed KMS key, we recommend using a fully qualified KMS key ARN. If you use a KMS key alias instead, then KMS resolves the key within the requester’s account. This behavior can result in data that's encrypted with a KMS key that belongs to the requester, ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct EncryptionConfiguration {
        /// Specifies the ID (Key ARN or Alias ARN) of the customer managed AWS KMS key stored in AWS Key Management Service (KMS) for the destination bucket. Amazon S3 uses this key to encrypt replica objects. Amazon S3 only supports symmetric encryption KMS keys. For more information, see Asymmetric keys in KMS in the *Key Management Service Developer Guide*.
        ///
        /// Required.
        #[serde(rename = "ReplicaKmsKeyID")]
        pub replica_kms_key_id: Value<String>,
    }

    /// Amazon S3 can send events to Amazon EventBridge whenever certain events happen in your bucket, see Using EventBridge in the *Amazon S3 User Guide*. Unlike other destinations, delivery of events to EventBridge can be either enabled or disabled for a bucket. If enabled, all events will be sent to EventBridge and you can use EventBridge rules to route events to additional targets. For more information, ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct EventBridgeConfiguration {
        /// Enables delivery of events to Amazon EventBridge.
        ///
        /// Required.
        #[serde(rename = "EventBridgeEnabled")]
        pub event_bridge_enabled: Value<bool>,
    }

    /// Specifies the Amazon S3 object key name to filter on. An object key name is the name assigned to an object in your Amazon S3 bucket. You specify whether to filter on the suffix or prefix of the object key name. A prefix is a specific string of characters at the beginning of an object key name, which you can use to organize objects. For example, you can start the key names of related objects with a ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct FilterRule {
        /// The object key name prefix or suffix identifying one or more objects to which the filtering rule applies. The maximum length is 1,024 characters. Overlapping prefixes and suffixes are not supported. For more information, see Configuring Event Notifications in the *Amazon S3 User Guide*.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// The value that the filter searches for in object key names.
        ///
        /// Required.
        #[serde(rename = "Value")]
        pub value: Value<String>,
    }

    /// Specifies the S3 Intelligent-Tiering configuration for an Amazon S3 bucket. For information about the S3 Intelligent-Tiering storage class, see Storage class for automatically optimizing frequently and infrequently accessed objects.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct IntelligentTieringConfiguration {
        /// The ID used to identify the S3 Intelligent-Tiering configuration.
        ///
        /// Required.
        #[serde(rename = "Id")]
        pub id: Value<String>,
        /// An object key name prefix that identifies the subset of objects to which the rule applies.
        #[serde(rename = "Prefix", skip_serializing_if = "Option::is_none")]
        pub prefix: Option<Value<String>>,
        /// Specifies the status of the configuration.
        ///
        /// Required.
        #[serde(rename = "Status")]
        pub status: Value<String>,
        /// A container for a key-value pair.
        #[serde(rename = "TagFilters", skip_serializing_if = "Option::is_none")]
        pub tag_filters: Option<Vec<crate::cfn::Tag>>,
        /// Specifies a list of S3 Intelligent-Tiering storage class tiers in the configuration. At least one tier must be defined in the list. At most, you can specify two tiers in the list, one for each available AccessTier: ``ARCHIVE_ACCESS`` and ``DEEP_ARCHIVE_ACCESS``. You only need Intelligent Tiering Configuration enabled on a bucket if you want to automatically move objects stored in the Intelligent-Tiering ...
        ///
        /// Required.
        #[serde(rename = "Tierings")]
        pub tierings: Vec<Tiering>,
    }

    /// Specifies the S3 Inventory configuration for an Amazon S3 bucket. For more information, see GET Bucket inventory in the *Amazon S3 API Reference*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct InventoryConfiguration {
        /// Contains information about where to publish the inventory results.
        ///
        /// Required.
        #[serde(rename = "Destination")]
        pub destination: Destination,
        /// Specifies whether the inventory is enabled or disabled. If set to ``True``, an inventory list is generated. If set to ``False``, no inventory list is generated.
        ///
        /// Required.
        #[serde(rename = "Enabled")]
        pub enabled: Value<bool>,
        /// The ID used to identify the inventory configuration.
        ///
        /// Required.
        #[serde(rename = "Id")]
        pub id: Value<String>,
        /// Object versions to include in the inventory list. If set to ``All``, the list includes all the object versions, which adds the version-related fields ``VersionId``, ``IsLatest``, and ``DeleteMarker`` to the list. If set to ``Current``, the list does not contain these version-related fields.
        ///
        /// Required.
        #[serde(rename = "IncludedObjectVersions")]
        pub included_object_versions: Value<String>,
        /// Contains the optional fields that are included in the inventory results.
        #[serde(rename = "OptionalFields", skip_serializing_if = "Option::is_none")]
        pub optional_fields: Option<Vec<Value<String>>>,
        /// Specifies the inventory filter prefix.
        #[serde(rename = "Prefix", skip_serializing_if = "Option::is_none")]
        pub prefix: Option<Value<String>>,
        /// Specifies the schedule for generating inventory results.
        ///
        /// Required.
        #[serde(rename = "ScheduleFrequency")]
        pub schedule_frequency: Value<String>,
    }

    /// The inventory table configuration for an S3 Metadata configuration. If you've disabled your inventory table configuration and now want to re-enable it, you must first manually delete the old inventory table from your AWS managed table bucket. Otherwise, the newly re-enabled inventory table configuration will enter a failed state because the inventory table already exists in the table bucket.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct InventoryTableConfiguration {
        /// The configuration state of the inventory table, indicating whether the inventory table is enabled or disabled.
        ///
        /// Required.
        #[serde(rename = "ConfigurationState")]
        pub configuration_state: Value<String>,
        /// The encryption configuration for the inventory table.
        #[serde(
            rename = "EncryptionConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub encryption_configuration: Option<MetadataTableEncryptionConfiguration>,
        /// The Amazon Resource Name (ARN) for the inventory table.
        #[serde(rename = "TableArn", skip_serializing_if = "Option::is_none")]
        pub table_arn: Option<Value<String>>,
        /// The name of the inventory table.
        #[serde(rename = "TableName", skip_serializing_if = "Option::is_none")]
        pub table_name: Option<Value<String>>,
    }

    /// The journal table configuration for an S3 Metadata configuration. The journal table is required for each metadata table configuration and cannot be disabled. The journal configuration will enter a failed state if a journal table already exists in the table bucket. The journal table of a previous configuration must be deleted before a new journal table can be created successfully.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct JournalTableConfiguration {
        /// The encryption configuration for the journal table.
        #[serde(
            rename = "EncryptionConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub encryption_configuration: Option<MetadataTableEncryptionConfiguration>,
        /// The journal table record expiration settings for the journal table.
        ///
        /// Required.
        #[serde(rename = "RecordExpiration")]
        pub record_expiration: RecordExpiration,
        /// The Amazon Resource Name (ARN) for the journal table.
        #[serde(rename = "TableArn", skip_serializing_if = "Option::is_none")]
        pub table_arn: Option<Value<String>>,
        /// The name of the journal table.
        #[serde(rename = "TableName", skip_serializing_if = "Option::is_none")]
        pub table_name: Option<Value<String>>,
    }

    /// Describes the LAMlong functions to invoke and the events for which to invoke them.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LambdaConfiguration {
        /// The Amazon S3 bucket event for which to invoke the LAMlong function. For more information, see Supported Event Types in the *Amazon S3 User Guide*.
        ///
        /// Required.
        #[serde(rename = "Event")]
        pub event: Value<String>,
        /// The filtering rules that determine which objects invoke the AWS Lambda function. For example, you can create a filter so that only image files with a ``.jpg`` extension invoke the function when they are added to the Amazon S3 bucket.
        #[serde(rename = "Filter", skip_serializing_if = "Option::is_none")]
        pub filter: Option<NotificationFilter>,
        /// The Amazon Resource Name (ARN) of the LAMlong function that Amazon S3 invokes when the specified event type occurs.
        ///
        /// Required.
        #[serde(rename = "Function")]
        pub function: Value<String>,
    }

    /// Specifies the lifecycle configuration for objects in an Amazon S3 bucket. For more information, see Object Lifecycle Management in the *Amazon S3 User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LifecycleConfiguration {
        /// A lifecycle rule for individual objects in an Amazon S3 bucket.
        ///
        /// Required.
        #[serde(rename = "Rules")]
        pub rules: Vec<Rule>,
        /// Indicates which default minimum object size behavior is applied to the lifecycle configuration. This parameter applies to general purpose buckets only. It isn't supported for directory bucket lifecycle configurations. + ``all_storage_classes_128K`` - Objects smaller than 128 KB will not transition to any storage class by default. + ``varies_by_storage_class`` - Objects smaller than 128 KB will transition ...
        #[serde(
            rename = "TransitionDefaultMinimumObjectSize",
            skip_serializing_if = "Option::is_none"
        )]
        pub transition_default_minimum_object_size: Option<Value<String>>,
    }

    /// Describes where logs are stored and the prefix that Amazon S3 assigns to all log object keys for a bucket. For examples and more information, see PUT Bucket logging in the *Amazon S3 API Reference*. To successfully complete the ``AWS::S3::Bucket LoggingConfiguration`` request, you must have ``s3:PutObject`` and ``s3:PutObjectAcl`` in your IAM permissions.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LoggingConfiguration {
        /// The name of the bucket where Amazon S3 should store server access log files. You can store log files in any bucket that you own. By default, logs are stored in the bucket where the ``LoggingConfiguration`` property is defined.
        #[serde(
            rename = "DestinationBucketName",
            skip_serializing_if = "Option::is_none"
        )]
        pub destination_bucket_name: Option<Value<String>>,
        /// A prefix for all log object keys. If you store log files from multiple Amazon S3 buckets in a single bucket, you can use a prefix to distinguish which log files came from which bucket.
        #[serde(rename = "LogFilePrefix", skip_serializing_if = "Option::is_none")]
        pub log_file_prefix: Option<Value<String>>,
        /// Amazon S3 key format for log objects. Only one format, either PartitionedPrefix or SimplePrefix, is allowed.
        #[serde(
            rename = "TargetObjectKeyFormat",
            skip_serializing_if = "Option::is_none"
        )]
        pub target_object_key_format: Option<Json>,
    }

    /// Creates a V2 S3 Metadata configuration of a general purpose bucket. For more information, see Accelerating data discovery with S3 Metadata in the *Amazon S3 User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MetadataConfiguration {
        /// The annotation table configuration for a metadata configuration.
        #[serde(
            rename = "AnnotationTableConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub annotation_table_configuration: Option<AnnotationTableConfiguration>,
        /// The destination information for the S3 Metadata configuration.
        #[serde(rename = "Destination", skip_serializing_if = "Option::is_none")]
        pub destination: Option<MetadataDestination>,
        /// The inventory table configuration for a metadata configuration.
        #[serde(
            rename = "InventoryTableConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub inventory_table_configuration: Option<InventoryTableConfiguration>,
        /// The journal table configuration for a metadata configuration.
        ///
        /// Required.
        #[serde(rename = "JournalTableConfiguration")]
        pub journal_table_configuration: JournalTableConfiguration,
    }

    /// The destination information for the S3 Metadata configuration.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MetadataDestination {
        /// The Amazon Resource Name (ARN) of the table bucket where the metadata configuration is stored.
        #[serde(rename = "TableBucketArn", skip_serializing_if = "Option::is_none")]
        pub table_bucket_arn: Option<Value<String>>,
        /// The type of the table bucket where the metadata configuration is stored. The ``aws`` value indicates an AWS managed table bucket, and the ``customer`` value indicates a customer-managed table bucket. V2 metadata configurations are stored in AWS managed table buckets, and V1 metadata configurations are stored in customer-managed table buckets.
        ///
        /// Required.
        #[serde(rename = "TableBucketType")]
        pub table_bucket_type: Value<String>,
        /// The namespace in the table bucket where the metadata tables for a metadata configuration are stored.
        #[serde(rename = "TableNamespace", skip_serializing_if = "Option::is_none")]
        pub table_namespace: Option<Value<String>>,
    }

    /// We recommend that you create your S3 Metadata configurations by using the V2 MetadataConfiguration resource type. We no longer recommend using the V1 ``MetadataTableConfiguration`` resource type. If you created your S3 Metadata configuration before July 15, 2025, we recommend that you delete and re-create your configuration by using the MetadataConfiguration resource type so that you can expire journal ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MetadataTableConfiguration {
        /// The destination information for the metadata table configuration. The destination table bucket must be in the same Region and AWS-account as the general purpose bucket. The specified metadata table name must be unique within the ``aws_s3_metadata`` namespace in the destination table bucket.
        ///
        /// Required.
        #[serde(rename = "S3TablesDestination")]
        pub s3_tables_destination: S3TablesDestination,
    }

    /// The encryption settings for an S3 Metadata journal table or inventory table configuration.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MetadataTableEncryptionConfiguration {
        /// If server-side encryption with KMSlong (KMS) keys (SSE-KMS) is specified, you must also specify the KMS key Amazon Resource Name (ARN). You must specify a customer-managed KMS key that's located in the same Region as the general purpose bucket that corresponds to the metadata table configuration.
        #[serde(rename = "KmsKeyArn", skip_serializing_if = "Option::is_none")]
        pub kms_key_arn: Option<Value<String>>,
        /// The encryption type specified for a metadata table. To specify server-side encryption with KMSlong (KMS) keys (SSE-KMS), use the ``aws:kms`` value. To specify server-side encryption with Amazon S3 managed keys (SSE-S3), use the ``AES256`` value.
        ///
        /// Required.
        #[serde(rename = "SseAlgorithm")]
        pub sse_algorithm: Value<String>,
    }

    /// A container specifying replication metrics-related settings enabling replication metrics and events.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Metrics {
        /// A container specifying the time threshold for emitting the ``s3:Replication:OperationMissedThreshold`` event.
        #[serde(rename = "EventThreshold", skip_serializing_if = "Option::is_none")]
        pub event_threshold: Option<ReplicationTimeValue>,
        /// Specifies whether the replication metrics are enabled.
        ///
        /// Required.
        #[serde(rename = "Status")]
        pub status: Value<String>,
    }

    /// Specifies a metrics configuration for the CloudWatch request metrics (specified by the metrics configuration ID) from an Amazon S3 bucket. If you're updating an existing metrics configuration, note that this is a full replacement of the existing metrics configuration. If you don't include the elements you want to keep, they are erased. For examples, see AWS::S3::Bucket. For more information, see PUT ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MetricsConfiguration {
        /// The access point that was used while performing operations on the object. The metrics configuration only includes objects that meet the filter's criteria.
        #[serde(rename = "AccessPointArn", skip_serializing_if = "Option::is_none")]
        pub access_point_arn: Option<Value<String>>,
        /// The ID used to identify the metrics configuration. This can be any value you choose that helps you identify your metrics configuration.
        ///
        /// Required.
        #[serde(rename = "Id")]
        pub id: Value<String>,
        /// The prefix that an object must have to be included in the metrics results.
        #[serde(rename = "Prefix", skip_serializing_if = "Option::is_none")]
        pub prefix: Option<Value<String>>,
        /// Specifies a list of tag filters to use as a metrics configuration filter. The metrics configuration includes only objects that meet the filter's criteria.
        #[serde(rename = "TagFilters", skip_serializing_if = "Option::is_none")]
        pub tag_filters: Option<Vec<crate::cfn::Tag>>,
    }

    /// Specifies when noncurrent object versions expire. Upon expiration, S3 permanently deletes the noncurrent object versions. You set this lifecycle configuration action on a bucket that has versioning enabled (or suspended) to request that S3 delete noncurrent object versions at a specific period in the object's lifetime. For more information about setting a lifecycle rule configuration, see AWS::S3::Bucket ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct NoncurrentVersionExpiration {
        /// Specifies how many noncurrent versions S3 will retain. If there are this many more recent noncurrent versions, S3 will take the associated action. For more information about noncurrent versions, see Lifecycle configuration elements in the *Amazon S3 User Guide*.
        #[serde(
            rename = "NewerNoncurrentVersions",
            skip_serializing_if = "Option::is_none"
        )]
        pub newer_noncurrent_versions: Option<Value<i64>>,
        /// Specifies the number of days an object is noncurrent before S3 can perform the associated action. For information about the noncurrent days calculations, see How Amazon S3 Calculates When an Object Became Noncurrent in the *Amazon S3 User Guide*.
        ///
        /// Required.
        #[serde(rename = "NoncurrentDays")]
        pub noncurrent_days: Value<i64>,
    }

    /// Container for the transition rule that describes when noncurrent objects transition to the ``STANDARD_IA``, ``ONEZONE_IA``, ``INTELLIGENT_TIERING``, ``GLACIER_IR``, ``GLACIER``, or ``DEEP_ARCHIVE`` storage class. If your bucket is versioning-enabled (or versioning is suspended), you can set this action to request that Amazon S3 transition noncurrent object versions to the ``STANDARD_IA``, ``ONEZONE_IA``, ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct NoncurrentVersionTransition {
        /// Specifies how many noncurrent versions S3 will retain. If there are this many more recent noncurrent versions, S3 will take the associated action. For more information about noncurrent versions, see Lifecycle configuration elements in the *Amazon S3 User Guide*.
        #[serde(
            rename = "NewerNoncurrentVersions",
            skip_serializing_if = "Option::is_none"
        )]
        pub newer_noncurrent_versions: Option<Value<i64>>,
        /// The class of storage used to store the object.
        ///
        /// Required.
        #[serde(rename = "StorageClass")]
        pub storage_class: Value<String>,
        /// Specifies the number of days an object is noncurrent before Amazon S3 can perform the associated action. For information about the noncurrent days calculations, see How Amazon S3 Calculates How Long an Object Has Been Noncurrent in the *Amazon S3 User Guide*.
        ///
        /// Required.
        #[serde(rename = "TransitionInDays")]
        pub transition_in_days: Value<i64>,
    }

    /// Describes the notification configuration for an Amazon S3 bucket. If you create the target resource and related permissions in the same template, you might have a circular dependency. For example, you might use the ``AWS::Lambda::Permission`` resource to grant the bucket permission to invoke an AWS Lambda function. However, AWS CloudFormation can't create the bucket until the bucket has permission ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct NotificationConfiguration {
        /// Enables delivery of events to Amazon EventBridge.
        #[serde(
            rename = "EventBridgeConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub event_bridge_configuration: Option<EventBridgeConfiguration>,
        /// Describes the LAMlong functions to invoke and the events for which to invoke them.
        #[serde(
            rename = "LambdaConfigurations",
            skip_serializing_if = "Option::is_none"
        )]
        pub lambda_configurations: Option<Vec<LambdaConfiguration>>,
        /// The Amazon Simple Queue Service queues to publish messages to and the events for which to publish messages.
        #[serde(
            rename = "QueueConfigurations",
            skip_serializing_if = "Option::is_none"
        )]
        pub queue_configurations: Option<Vec<QueueConfiguration>>,
        /// The topic to which notifications are sent and the events for which notifications are generated.
        #[serde(
            rename = "TopicConfigurations",
            skip_serializing_if = "Option::is_none"
        )]
        pub topic_configurations: Option<Vec<TopicConfiguration>>,
    }

    /// Specifies object key name filtering rules. For information about key name filtering, see Configuring event notifications using object key name filtering in the *Amazon S3 User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct NotificationFilter {
        /// A container for object key name prefix and suffix filtering rules.
        ///
        /// Required.
        #[serde(rename = "S3Key")]
        pub s3_key: S3KeyFilter,
    }

    /// Places an Object Lock configuration on the specified bucket. The rule specified in the Object Lock configuration will be applied by default to every new object placed in the specified bucket. For more information, see Locking Objects.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ObjectLockConfiguration {
        /// Indicates whether this bucket has an Object Lock configuration enabled. Enable ``ObjectLockEnabled`` when you apply ``ObjectLockConfiguration`` to a bucket.
        #[serde(rename = "ObjectLockEnabled", skip_serializing_if = "Option::is_none")]
        pub object_lock_enabled: Option<Value<String>>,
        /// Specifies the Object Lock rule for the specified object. Enable this rule when you apply ``ObjectLockConfiguration`` to a bucket. If Object Lock is turned on, bucket settings require both ``Mode`` and a period of either ``Days`` or ``Years``. You cannot specify ``Days`` and ``Years`` at the same time. For more information, see ObjectLockRule and DefaultRetention.
        #[serde(rename = "Rule", skip_serializing_if = "Option::is_none")]
        pub rule: Option<ObjectLockRule>,
    }

    /// Specifies the Object Lock rule for the specified object. Enable the this rule when you apply ``ObjectLockConfiguration`` to a bucket.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ObjectLockRule {
        /// The default Object Lock retention mode and period that you want to apply to new objects placed in the specified bucket. If Object Lock is turned on, bucket settings require both ``Mode`` and a period of either ``Days`` or ``Years``. You cannot specify ``Days`` and ``Years`` at the same time. For more information about allowable values for mode and period, see DefaultRetention.
        #[serde(rename = "DefaultRetention", skip_serializing_if = "Option::is_none")]
        pub default_retention: Option<DefaultRetention>,
    }

    /// Specifies the container element for Object Ownership rules. S3 Object Ownership is an Amazon S3 bucket-level setting that you can use to disable access control lists (ACLs) and take ownership of every object in your bucket, simplifying access management for data stored in Amazon S3. For more information, see Controlling ownership of objects and disabling ACLs in the *Amazon S3 User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OwnershipControls {
        /// Specifies the container element for Object Ownership rules.
        ///
        /// Required.
        #[serde(rename = "Rules")]
        pub rules: Vec<OwnershipControlsRule>,
    }

    /// Specifies an Object Ownership rule. S3 Object Ownership is an Amazon S3 bucket-level setting that you can use to disable access control lists (ACLs) and take ownership of every object in your bucket, simplifying access management for data stored in Amazon S3. For more information, see Controlling ownership of objects and disabling ACLs in the *Amazon S3 User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OwnershipControlsRule {
        /// Specifies an object ownership rule.
        #[serde(rename = "ObjectOwnership", skip_serializing_if = "Option::is_none")]
        pub object_ownership: Option<Value<String>>,
    }

    /// Amazon S3 keys for log objects are partitioned in the following format: ``\[DestinationPrefix\]\[SourceAccountId\]/\[SourceRegion\]/\[SourceBucket\]/\[YYYY\]/\[MM\]/\[DD\]/\[YYYY\]-\[MM\]-\[DD\]-\[hh\]-\[mm\]-\[ss\]-\[UniqueString\]`` PartitionedPrefix defaults to EventTime delivery when server access logs are delivered.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PartitionedPrefix {
        /// Specifies the partition date source for the partitioned prefix. ``PartitionDateSource`` can be ``EventTime`` or ``DeliveryTime``. For ``DeliveryTime``, the time in the log file names corresponds to the delivery time for the log files. For ``EventTime``, The logs delivered are for a specific day only. The year, month, and day correspond to the day on which the event occurred, and the hour, minutes and ...
        #[serde(
            rename = "PartitionDateSource",
            skip_serializing_if = "Option::is_none"
        )]
        pub partition_date_source: Option<Value<String>>,
    }

    /// The PublicAccessBlock configuration that you want to apply to this Amazon S3 bucket. You can enable the configuration options in any combination. Bucket-level settings work alongside account-level settings (which may inherit from organization-level policies). For more information about when Amazon S3 considers a bucket or object public, see The Meaning of "Public" in the *Amazon S3 User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PublicAccessBlockConfiguration {
        /// Specifies whether Amazon S3 should block public access control lists (ACLs) for this bucket and objects in this bucket. Setting this element to ``TRUE`` causes the following behavior: + PUT Bucket ACL and PUT Object ACL calls fail if the specified ACL is public. + PUT Object calls fail if the request includes a public ACL. + PUT Bucket calls fail if the request includes a public ACL. Enabling this ...
        #[serde(rename = "BlockPublicAcls", skip_serializing_if = "Option::is_none")]
        pub block_public_acls: Option<Value<bool>>,
        /// Specifies whether Amazon S3 should block public bucket policies for this bucket. Setting this element to ``TRUE`` causes Amazon S3 to reject calls to PUT Bucket policy if the specified bucket policy allows public access. Enabling this setting doesn't affect existing bucket policies.
        #[serde(rename = "BlockPublicPolicy", skip_serializing_if = "Option::is_none")]
        pub block_public_policy: Option<Value<bool>>,
        /// Specifies whether Amazon S3 should ignore public ACLs for this bucket and objects in this bucket. Setting this element to ``TRUE`` causes Amazon S3 to ignore all public ACLs on this bucket and objects in this bucket. Enabling this setting doesn't affect the persistence of any existing ACLs and doesn't prevent new public ACLs from being set.
        #[serde(rename = "IgnorePublicAcls", skip_serializing_if = "Option::is_none")]
        pub ignore_public_acls: Option<Value<bool>>,
        /// Specifies whether Amazon S3 should restrict public bucket policies for this bucket. Setting this element to ``TRUE`` restricts access to this bucket to only AWS-service principals and authorized users within this account if the bucket has a public policy. Enabling this setting doesn't affect previously stored bucket policies, except that public and cross-account access within any public bucket policy, ...
        #[serde(
            rename = "RestrictPublicBuckets",
            skip_serializing_if = "Option::is_none"
        )]
        pub restrict_public_buckets: Option<Value<bool>>,
    }

    /// Specifies the configuration for publishing messages to an Amazon Simple Queue Service (Amazon SQS) queue when Amazon S3 detects specified events.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct QueueConfiguration {
        /// The Amazon S3 bucket event about which you want to publish messages to Amazon SQS. For more information, see Supported Event Types in the *Amazon S3 User Guide*.
        ///
        /// Required.
        #[serde(rename = "Event")]
        pub event: Value<String>,
        /// The filtering rules that determine which objects trigger notifications. For example, you can create a filter so that Amazon S3 sends notifications only when image files with a ``.jpg`` extension are added to the bucket. For more information, see Configuring event notifications using object key name filtering in the *Amazon S3 User Guide*.
        #[serde(rename = "Filter", skip_serializing_if = "Option::is_none")]
        pub filter: Option<NotificationFilter>,
        /// The Amazon Resource Name (ARN) of the Amazon SQS queue to which Amazon S3 publishes a message when it detects events of the specified type. FIFO queues are not allowed when enabling an SQS queue as the event notification destination.
        ///
        /// Required.
        #[serde(rename = "Queue")]
        pub queue: Value<String>,
    }

    /// The journal table record expiration settings for a journal table in an S3 Metadata configuration.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RecordExpiration {
        /// If you enable journal table record expiration, you can set the number of days to retain your journal table records. Journal table records must be retained for a minimum of 7 days. To set this value, specify any whole number from ``7`` to ``2147483647``. For example, to retain your journal table records for one year, set this value to ``365``.
        #[serde(rename = "Days", skip_serializing_if = "Option::is_none")]
        pub days: Option<Value<i64>>,
        /// Specifies whether journal table record expiration is enabled or disabled.
        ///
        /// Required.
        #[serde(rename = "Expiration")]
        pub expiration: Value<String>,
    }

    /// Specifies the redirect behavior of all requests to a website endpoint of an Amazon S3 bucket.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RedirectAllRequestsTo {
        /// Name of the host where requests are redirected.
        ///
        /// Required.
        #[serde(rename = "HostName")]
        pub host_name: Value<String>,
        /// Protocol to use when redirecting requests. The default is the protocol that is used in the original request.
        #[serde(rename = "Protocol", skip_serializing_if = "Option::is_none")]
        pub protocol: Option<Value<String>>,
    }

    /// Specifies how requests are redirected. In the event of an error, you can specify a different error code to return.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RedirectRule {
        /// The host name to use in the redirect request.
        #[serde(rename = "HostName", skip_serializing_if = "Option::is_none")]
        pub host_name: Option<Value<String>>,
        /// The HTTP redirect code to use on the response. Not required if one of the siblings is present.
        #[serde(rename = "HttpRedirectCode", skip_serializing_if = "Option::is_none")]
        pub http_redirect_code: Option<Value<String>>,
        /// Protocol to use when redirecting requests. The default is the protocol that is used in the original request.
        #[serde(rename = "Protocol", skip_serializing_if = "Option::is_none")]
        pub protocol: Option<Value<String>>,
        /// The object key prefix to use in the redirect request. For example, to redirect requests for all pages with prefix ``docs/`` (objects in the ``docs/`` folder) to ``documents/``, you can set a condition block with ``KeyPrefixEquals`` set to ``docs/`` and in the Redirect set ``ReplaceKeyPrefixWith`` to ``/documents``. Not required if one of the siblings is present. Can be present only if ``ReplaceKeyWith`` ...
        #[serde(
            rename = "ReplaceKeyPrefixWith",
            skip_serializing_if = "Option::is_none"
        )]
        pub replace_key_prefix_with: Option<Value<String>>,
        /// The specific object key to use in the redirect request. For example, redirect request to ``error.html``. Not required if one of the siblings is present. Can be present only if ``ReplaceKeyPrefixWith`` is not provided. Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests. For more information, see XML related object key constraints.
        #[serde(rename = "ReplaceKeyWith", skip_serializing_if = "Option::is_none")]
        pub replace_key_with: Option<Value<String>>,
    }

    /// A filter that you can specify for selection for modifications on replicas.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ReplicaModifications {
        /// Specifies whether Amazon S3 replicates modifications on replicas. *Allowed values*: ``Enabled`` | ``Disabled``
        ///
        /// Required.
        #[serde(rename = "Status")]
        pub status: Value<String>,
    }

    /// A container for replication rules. You can add up to 1,000 rules. The maximum size of a replication configuration is 2 MB. The latest version of the replication configuration XML is V2. For more information about XML V2 replication configurations, see Replication configuration in the *Amazon S3 User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ReplicationConfiguration {
        /// The Amazon Resource Name (ARN) of the IAMlong (IAM) role that Amazon S3 assumes when replicating objects. For more information, see How to Set Up Replication in the *Amazon S3 User Guide*.
        ///
        /// Required.
        #[serde(rename = "Role")]
        pub role: Value<String>,
        /// A container for one or more replication rules. A replication configuration must have at least one rule and can contain a maximum of 1,000 rules.
        ///
        /// Required.
        #[serde(rename = "Rules")]
        pub rules: Vec<ReplicationRule>,
    }

    /// A container for information about the replication destination and its configurations including enabling the S3 Replication Time Control (S3 RTC).
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ReplicationDestination {
        /// Specify this only in a cross-account scenario (where source and destination bucket owners are not the same), and you want to change replica ownership to the AWS-account that owns the destination bucket. If this is not specified in the replication configuration, the replicas are owned by same AWS-account that owns the source object.
        #[serde(
            rename = "AccessControlTranslation",
            skip_serializing_if = "Option::is_none"
        )]
        pub access_control_translation: Option<AccessControlTranslation>,
        /// Destination bucket owner account ID. In a cross-account scenario, if you direct Amazon S3 to change replica ownership to the AWS-account that owns the destination bucket by specifying the ``AccessControlTranslation`` property, this is the account ID of the destination bucket owner. For more information, see Cross-Region Replication Additional Configuration: Change Replica Owner in the *Amazon S3 User ...
        #[serde(rename = "Account", skip_serializing_if = "Option::is_none")]
        pub account: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the bucket where you want Amazon S3 to store the results.
        ///
        /// Required.
        #[serde(rename = "Bucket")]
        pub bucket: Value<String>,
        /// Specifies encryption-related information.
        #[serde(
            rename = "EncryptionConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub encryption_configuration: Option<EncryptionConfiguration>,
        /// A container specifying replication metrics-related settings enabling replication metrics and events.
        #[serde(rename = "Metrics", skip_serializing_if = "Option::is_none")]
        pub metrics: Option<Metrics>,
        /// A container specifying S3 Replication Time Control (S3 RTC), including whether S3 RTC is enabled and the time when all objects and operations on objects must be replicated. Must be specified together with a ``Metrics`` block.
        #[serde(rename = "ReplicationTime", skip_serializing_if = "Option::is_none")]
        pub replication_time: Option<ReplicationTime>,
        /// The storage class to use when replicating objects, such as S3 Standard or reduced redundancy. By default, Amazon S3 uses the storage class of the source object to create the object replica. For valid values, see the ``StorageClass`` element of the PUT Bucket replication action in the *Amazon S3 API Reference*. ``FSX_OPENZFS`` is not an accepted value when replicating objects.
        #[serde(rename = "StorageClass", skip_serializing_if = "Option::is_none")]
        pub storage_class: Option<Value<String>>,
    }

    /// Specifies which Amazon S3 objects to replicate and where to store the replicas.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ReplicationRule {
        /// Specifies whether Amazon S3 replicates delete markers. If you specify a ``Filter`` in your replication configuration, you must also include a ``DeleteMarkerReplication`` element. If your ``Filter`` includes a ``Tag`` element, the ``DeleteMarkerReplication``Status`` must be set to Disabled, because Amazon S3 does not support replicating delete markers for tag-based rules. For an example configuration, ...
        #[serde(
            rename = "DeleteMarkerReplication",
            skip_serializing_if = "Option::is_none"
        )]
        pub delete_marker_replication: Option<DeleteMarkerReplication>,
        /// A container for information about the replication destination and its configurations including enabling the S3 Replication Time Control (S3 RTC).
        ///
        /// Required.
        #[serde(rename = "Destination")]
        pub destination: ReplicationDestination,
        /// A filter that identifies the subset of objects to which the replication rule applies. A ``Filter`` must specify exactly one ``Prefix``, ``TagFilter``, or an ``And`` child element. The use of the filter field indicates that this is a V2 replication configuration. This field isn't supported in a V1 replication configuration. V1 replication configuration only supports filtering by key prefix. To filter ...
        #[serde(rename = "Filter", skip_serializing_if = "Option::is_none")]
        pub filter: Option<ReplicationRuleFilter>,
        /// A unique identifier for the rule. The maximum value is 255 characters. If you don't specify a value, AWS CloudFormation generates a random ID. When using a V2 replication configuration this property is capitalized as "ID".
        #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
        pub id: Option<Value<String>>,
        /// An object key name prefix that identifies the object or objects to which the rule applies. The maximum prefix length is 1,024 characters. To include all objects in a bucket, specify an empty string. To filter using a V1 replication configuration, add the ``Prefix`` directly as a child element of the ``Rule`` element. Replacement must be made for object keys containing special characters (such as carriage ...
        #[serde(rename = "Prefix", skip_serializing_if = "Option::is_none")]
        pub prefix: Option<Value<String>>,
        /// The priority indicates which rule has precedence whenever two or more replication rules conflict. Amazon S3 will attempt to replicate objects according to all replication rules. However, if there are two or more rules with the same destination bucket, then objects will be replicated according to the rule with the highest priority. The higher the number, the higher the priority. For more information, ...
        #[serde(rename = "Priority", skip_serializing_if = "Option::is_none")]
        pub priority: Option<Value<i64>>,
        /// A container that describes additional filters for identifying the source objects that you want to replicate. You can choose to enable or disable the replication of these objects.
        #[serde(
            rename = "SourceSelectionCriteria",
            skip_serializing_if = "Option::is_none"
        )]
        pub source_selection_criteria: Option<SourceSelectionCriteria>,
        /// Specifies whether the rule is enabled.
        ///
        /// Required.
        #[serde(rename = "Status")]
        pub status: Value<String>,
    }

    /// A container for specifying rule filters. The filters determine the subset of objects to which the rule applies. This element is required only if you specify more than one filter. For example: + If you specify both a ``Prefix`` and a ``TagFilter``, wrap these filters in an ``And`` tag. + If you specify a filter based on multiple tags, wrap the ``TagFilter`` elements in an ``And`` tag
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ReplicationRuleAndOperator {
        /// An object key name prefix that identifies the subset of objects to which the rule applies.
        #[serde(rename = "Prefix", skip_serializing_if = "Option::is_none")]
        pub prefix: Option<Value<String>>,
        /// An array of tags containing key and value pairs.
        #[serde(rename = "TagFilters", skip_serializing_if = "Option::is_none")]
        pub tag_filters: Option<Vec<crate::cfn::Tag>>,
    }

    /// A filter that identifies the subset of objects to which the replication rule applies. A ``Filter`` must specify exactly one ``Prefix``, ``TagFilter``, or an ``And`` child element.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ReplicationRuleFilter {
        /// A container for specifying rule filters. The filters determine the subset of objects to which the rule applies. This element is required only if you specify more than one filter. For example: + If you specify both a ``Prefix`` and a ``TagFilter``, wrap these filters in an ``And`` tag. + If you specify a filter based on multiple tags, wrap the ``TagFilter`` elements in an ``And`` tag.
        #[serde(rename = "And", skip_serializing_if = "Option::is_none")]
        pub and: Option<ReplicationRuleAndOperator>,
        /// An object key name prefix that identifies the subset of objects to which the rule applies. Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests. For more information, see XML related object key constraints.
        #[serde(rename = "Prefix", skip_serializing_if = "Option::is_none")]
        pub prefix: Option<Value<String>>,
        /// A container for specifying a tag key and value. The rule applies only to objects that have the tag in their tag set.
        #[serde(rename = "TagFilter", skip_serializing_if = "Option::is_none")]
        pub tag_filter: Option<crate::cfn::Tag>,
    }

    /// A container specifying S3 Replication Time Control (S3 RTC) related information, including whether S3 RTC is enabled and the time when all objects and operations on objects must be replicated. Must be specified together with a ``Metrics`` block.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ReplicationTime {
        /// Specifies whether the replication time is enabled.
        ///
        /// Required.
        #[serde(rename = "Status")]
        pub status: Value<String>,
        /// A container specifying the time by which replication should be complete for all objects and operations on objects.
        ///
        /// Required.
        #[serde(rename = "Time")]
        pub time: ReplicationTimeValue,
    }

    /// A container specifying the time value for S3 Replication Time Control (S3 RTC) and replication metrics ``EventThreshold``.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ReplicationTimeValue {
        /// Contains an integer specifying time in minutes. Valid value: 15
        ///
        /// Required.
        #[serde(rename = "Minutes")]
        pub minutes: Value<i64>,
    }

    /// Specifies the redirect behavior and when a redirect is applied. For more information about routing rules, see Configuring advanced conditional redirects in the *Amazon S3 User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RoutingRule {
        /// Container for redirect information. You can redirect requests to another host, to another page, or with another protocol. In the event of an error, you can specify a different error code to return.
        ///
        /// Required.
        #[serde(rename = "RedirectRule")]
        pub redirect_rule: RedirectRule,
        /// A container for describing a condition that must be met for the specified redirect to apply. For example, 1. If request is for pages in the ``/docs`` folder, redirect to the ``/documents`` folder. 2. If request results in HTTP error 4xx, redirect request to another host where you might process the error.
        #[serde(
            rename = "RoutingRuleCondition",
            skip_serializing_if = "Option::is_none"
        )]
        pub routing_rule_condition: Option<RoutingRuleCondition>,
    }

    /// A container for describing a condition that must be met for the specified redirect to apply. For example, 1. If request is for pages in the ``/docs`` folder, redirect to the ``/documents`` folder. 2. If request results in HTTP error 4xx, redirect request to another host where you might process the error.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RoutingRuleCondition {
        /// The HTTP error code when the redirect is applied. In the event of an error, if the error code equals this value, then the specified redirect is applied. Required when parent element ``Condition`` is specified and sibling ``KeyPrefixEquals`` is not specified. If both are specified, then both must be true for the redirect to be applied.
        #[serde(
            rename = "HttpErrorCodeReturnedEquals",
            skip_serializing_if = "Option::is_none"
        )]
        pub http_error_code_returned_equals: Option<Value<String>>,
        /// The object key name prefix when the redirect is applied. For example, to redirect requests for ``ExamplePage.html``, the key prefix will be ``ExamplePage.html``. To redirect request for all pages with the prefix ``docs/``, the key prefix will be ``docs/``, which identifies all objects in the docs/ folder. Required when the parent element ``Condition`` is specified and sibling ``HttpErrorCodeReturnedEquals`` ...
        #[serde(rename = "KeyPrefixEquals", skip_serializing_if = "Option::is_none")]
        pub key_prefix_equals: Option<Value<String>>,
    }

    /// Specifies lifecycle rules for an Amazon S3 bucket. For more information, see Put Bucket Lifecycle Configuration in the *Amazon S3 API Reference*. You must specify at least one of the following properties: ``AbortIncompleteMultipartUpload``, ``ExpirationDate``, ``ExpirationInDays``, ``NoncurrentVersionExpirationInDays``, ``NoncurrentVersionTransition``, ``NoncurrentVersionTransitions``, ``Transition``, ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Rule {
        /// Specifies a lifecycle rule that stops incomplete multipart uploads to an Amazon S3 bucket.
        #[serde(
            rename = "AbortIncompleteMultipartUpload",
            skip_serializing_if = "Option::is_none"
        )]
        pub abort_incomplete_multipart_upload: Option<AbortIncompleteMultipartUpload>,
        /// Indicates when objects are deleted from Amazon S3 and Amazon S3 Glacier. The date value must be in ISO 8601 format. The time is always midnight UTC. If you specify an expiration and transition time, you must use the same time unit for both properties (either in days or by date). The expiration time must also be later than the transition time.
        #[serde(rename = "ExpirationDate", skip_serializing_if = "Option::is_none")]
        pub expiration_date: Option<Value<String>>,
        /// Indicates the number of days after creation when objects are deleted from Amazon S3 and Amazon S3 Glacier. If you specify an expiration and transition time, you must use the same time unit for both properties (either in days or by date). The expiration time must also be later than the transition time.
        #[serde(rename = "ExpirationInDays", skip_serializing_if = "Option::is_none")]
        pub expiration_in_days: Option<Value<i64>>,
        /// Indicates whether Amazon S3 will remove a delete marker without any noncurrent versions. If set to true, the delete marker will be removed if there are no noncurrent versions. This cannot be specified with ``ExpirationInDays``, ``ExpirationDate``, or ``TagFilters``.
        #[serde(
            rename = "ExpiredObjectDeleteMarker",
            skip_serializing_if = "Option::is_none"
        )]
        pub expired_object_delete_marker: Option<Value<bool>>,
        /// Unique identifier for the rule. The value can't be longer than 255 characters.
        #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
        pub id: Option<Value<String>>,
        /// Specifies when noncurrent object versions expire. Upon expiration, S3 permanently deletes the noncurrent object versions. You set this lifecycle configuration action on a bucket that has versioning enabled (or suspended) to request that S3 delete noncurrent object versions at a specific period in the object's lifetime.
        #[serde(
            rename = "NoncurrentVersionExpiration",
            skip_serializing_if = "Option::is_none"
        )]
        pub noncurrent_version_expiration: Option<NoncurrentVersionExpiration>,
        /// (Deprecated.) For buckets with versioning enabled (or suspended), specifies the time, in days, between when a new version of the object is uploaded to the bucket and when old versions of the object expire. When object versions expire, Amazon S3 permanently deletes them. If you specify a transition and expiration time, the expiration time must be later than the transition time.
        #[serde(
            rename = "NoncurrentVersionExpirationInDays",
            skip_serializing_if = "Option::is_none"
        )]
        pub noncurrent_version_expiration_in_days: Option<Value<i64>>,
        /// (Deprecated.) For buckets with versioning enabled (or suspended), specifies when non-current objects transition to a specified storage class. If you specify a transition and expiration time, the expiration time must be later than the transition time. If you specify this property, don't specify the ``NoncurrentVersionTransitions`` property.
        #[serde(
            rename = "NoncurrentVersionTransition",
            skip_serializing_if = "Option::is_none"
        )]
        pub noncurrent_version_transition: Option<NoncurrentVersionTransition>,
        /// For buckets with versioning enabled (or suspended), one or more transition rules that specify when non-current objects transition to a specified storage class. If you specify a transition and expiration time, the expiration time must be later than the transition time. If you specify this property, don't specify the ``NoncurrentVersionTransition`` property.
        #[serde(
            rename = "NoncurrentVersionTransitions",
            skip_serializing_if = "Option::is_none"
        )]
        pub noncurrent_version_transitions: Option<Vec<NoncurrentVersionTransition>>,
        /// Specifies the minimum object size in bytes for this rule to apply to. Objects must be larger than this value in bytes. For more information about size based rules, see Lifecycle configuration using size-based rules in the *Amazon S3 User Guide*.
        #[serde(
            rename = "ObjectSizeGreaterThan",
            skip_serializing_if = "Option::is_none"
        )]
        pub object_size_greater_than: Option<Value<String>>,
        /// Specifies the maximum object size in bytes for this rule to apply to. Objects must be smaller than this value in bytes. For more information about sized based rules, see Lifecycle configuration using size-based rules in the *Amazon S3 User Guide*.
        #[serde(rename = "ObjectSizeLessThan", skip_serializing_if = "Option::is_none")]
        pub object_size_less_than: Option<Value<String>>,
        /// Object key prefix that identifies one or more objects to which this rule applies. Replacement must be made for object keys containing special characters (such as carriage returns) when using XML requests. For more information, see XML related object key constraints.
        #[serde(rename = "Prefix", skip_serializing_if = "Option::is_none")]
        pub prefix: Option<Value<String>>,
        /// If ``Enabled``, the rule is currently being applied. If ``Disabled``, the rule is not currently being applied.
        ///
        /// Required.
        #[serde(rename = "Status")]
        pub status: Value<String>,
        /// Tags to use to identify a subset of objects to which the lifecycle rule applies.
        #[serde(rename = "TagFilters", skip_serializing_if = "Option::is_none")]
        pub tag_filters: Option<Vec<crate::cfn::Tag>>,
        /// (Deprecated.) Specifies when an object transitions to a specified storage class. If you specify an expiration and transition time, you must use the same time unit for both properties (either in days or by date). The expiration time must also be later than the transition time. If you specify this property, don't specify the ``Transitions`` property.
        #[serde(rename = "Transition", skip_serializing_if = "Option::is_none")]
        pub transition: Option<Transition>,
        /// One or more transition rules that specify when an object transitions to a specified storage class. If you specify an expiration and transition time, you must use the same time unit for both properties (either in days or by date). The expiration time must also be later than the transition time. If you specify this property, don't specify the ``Transition`` property.
        #[serde(rename = "Transitions", skip_serializing_if = "Option::is_none")]
        pub transitions: Option<Vec<Transition>>,
    }

    /// A container for object key name prefix and suffix filtering rules. For more information about object key name filtering, see Configuring event notifications using object key name filtering in the *Amazon S3 User Guide*. The same type of filter rule cannot be used more than once. For example, you cannot specify two prefix rules.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct S3KeyFilter {
        /// A list of containers for the key-value pair that defines the criteria for the filter rule.
        ///
        /// Required.
        #[serde(rename = "Rules")]
        pub rules: Vec<FilterRule>,
    }

    /// The destination information for a V1 S3 Metadata configuration. The destination table bucket must be in the same Region and AWS-account as the general purpose bucket. The specified metadata table name must be unique within the ``aws_s3_metadata`` namespace in the destination table bucket.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct S3TablesDestination {
        /// The Amazon Resource Name (ARN) for the metadata table in the metadata table configuration. The specified metadata table name must be unique within the ``aws_s3_metadata`` namespace in the destination table bucket.
        #[serde(rename = "TableArn", skip_serializing_if = "Option::is_none")]
        pub table_arn: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) for the table bucket that's specified as the destination in the metadata table configuration. The destination table bucket must be in the same Region and AWS-account as the general purpose bucket.
        ///
        /// Required.
        #[serde(rename = "TableBucketArn")]
        pub table_bucket_arn: Value<String>,
        /// The name for the metadata table in your metadata table configuration. The specified metadata table name must be unique within the ``aws_s3_metadata`` namespace in the destination table bucket.
        ///
        /// Required.
        #[serde(rename = "TableName")]
        pub table_name: Value<String>,
        /// The table bucket namespace for the metadata table in your metadata table configuration. This value is always ``aws_s3_metadata``.
        #[serde(rename = "TableNamespace", skip_serializing_if = "Option::is_none")]
        pub table_namespace: Option<Value<String>>,
    }

    /// Describes the default server-side encryption to apply to new objects in the bucket. If a PUT Object request doesn't specify any server-side encryption, this default encryption will be applied. For more information, see PutBucketEncryption. + *General purpose buckets* - If you don't specify a customer managed key at configuration, Amazon S3 automatically creates an AWS KMS key (``aws/s3``) in your AWS ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ServerSideEncryptionByDefault {
        /// AWS Key Management Service (KMS) customer managed key ID to use for the default encryption. + *General purpose buckets* - This parameter is allowed if and only if ``SSEAlgorithm`` is set to ``aws:kms`` or ``aws:kms:dsse``. + *Directory buckets* - This parameter is allowed if and only if ``SSEAlgorithm`` is set to ``aws:kms``. You can specify the key ID, key alias, or the Amazon Resource Name (ARN) ...
        #[serde(rename = "KMSMasterKeyID", skip_serializing_if = "Option::is_none")]
        pub kms_master_key_id: Option<Value<String>>,
        /// Server-side encryption algorithm to use for the default encryption. For directory buckets, there are only two supported values for server-side encryption: ``AES256`` and ``aws:kms``.
        ///
        /// Required.
        #[serde(rename = "SSEAlgorithm")]
        pub sse_algorithm: Value<String>,
    }

    /// Specifies the default server-side encryption configuration. + *General purpose buckets* - If you're specifying a customer managed KMS key, we recommend using a fully qualified KMS key ARN. If you use a KMS key alias instead, then KMS resolves the key within the requester’s account. This behavior can result in data that's encrypted with a KMS key that belongs to the requester, and not the bucket owner. ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ServerSideEncryptionRule {
        /// A bucket-level setting for Amazon S3 general purpose buckets used to prevent the upload of new objects encrypted with the specified server-side encryption type. For example, blocking an encryption type will block ``PutObject``, ``CopyObject``, ``PostObject``, multipart upload, and replication requests to the bucket for objects with the specified encryption type. However, you can continue to read and ...
        #[serde(
            rename = "BlockedEncryptionTypes",
            skip_serializing_if = "Option::is_none"
        )]
        pub blocked_encryption_types: Option<BlockedEncryptionTypes>,
        /// Specifies whether Amazon S3 should use an S3 Bucket Key with server-side encryption using KMS (SSE-KMS) for new objects in the bucket. Existing objects are not affected. Setting the ``BucketKeyEnabled`` element to ``true`` causes Amazon S3 to use an S3 Bucket Key. By default, S3 Bucket Key is not enabled. For more information, see Amazon S3 Bucket Keys in the *Amazon S3 User Guide*.
        #[serde(rename = "BucketKeyEnabled", skip_serializing_if = "Option::is_none")]
        pub bucket_key_enabled: Option<Value<bool>>,
        /// Specifies the default server-side encryption to apply to new objects in the bucket. If a PUT Object request doesn't specify any server-side encryption, this default encryption will be applied.
        #[serde(
            rename = "ServerSideEncryptionByDefault",
            skip_serializing_if = "Option::is_none"
        )]
        pub server_side_encryption_by_default: Option<ServerSideEncryptionByDefault>,
    }

    /// A container that describes additional filters for identifying the source objects that you want to replicate. You can choose to enable or disable the replication of these objects.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SourceSelectionCriteria {
        /// A filter that you can specify for selection for modifications on replicas.
        #[serde(
            rename = "ReplicaModifications",
            skip_serializing_if = "Option::is_none"
        )]
        pub replica_modifications: Option<ReplicaModifications>,
        /// A container for filter information for the selection of Amazon S3 objects encrypted with AWS KMS.
        #[serde(
            rename = "SseKmsEncryptedObjects",
            skip_serializing_if = "Option::is_none"
        )]
        pub sse_kms_encrypted_objects: Option<SseKmsEncryptedObjects>,
    }

    /// A container for filter information for the selection of S3 objects encrypted with AWS KMS.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SseKmsEncryptedObjects {
        /// Specifies whether Amazon S3 replicates objects created with server-side encryption using an AWS KMS key stored in AWS Key Management Service.
        ///
        /// Required.
        #[serde(rename = "Status")]
        pub status: Value<String>,
    }

    /// Specifies data related to access patterns to be collected and made available to analyze the tradeoffs between different storage classes for an Amazon S3 bucket.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct StorageClassAnalysis {
        /// Specifies how data related to the storage class analysis for an Amazon S3 bucket should be exported.
        #[serde(rename = "DataExport", skip_serializing_if = "Option::is_none")]
        pub data_export: Option<DataExport>,
    }

    /// The S3 Intelligent-Tiering storage class is designed to optimize storage costs by automatically moving data to the most cost-effective storage access tier, without additional operational overhead.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Tiering {
        /// S3 Intelligent-Tiering access tier. See Storage class for automatically optimizing frequently and infrequently accessed objects for a list of access tiers in the S3 Intelligent-Tiering storage class.
        ///
        /// Required.
        #[serde(rename = "AccessTier")]
        pub access_tier: Value<String>,
        /// The number of consecutive days of no access after which an object will be eligible to be transitioned to the corresponding tier. The minimum number of days specified for Archive Access tier must be at least 90 days and Deep Archive Access tier must be at least 180 days. The maximum can be up to 2 years (730 days).
        ///
        /// Required.
        #[serde(rename = "Days")]
        pub days: Value<i64>,
    }

    /// A container for specifying the configuration for publication of messages to an Amazon Simple Notification Service (Amazon SNS) topic when Amazon S3 detects specified events.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TopicConfiguration {
        /// The Amazon S3 bucket event about which to send notifications. For more information, see Supported Event Types in the *Amazon S3 User Guide*.
        ///
        /// Required.
        #[serde(rename = "Event")]
        pub event: Value<String>,
        /// The filtering rules that determine for which objects to send notifications. For example, you can create a filter so that Amazon S3 sends notifications only when image files with a ``.jpg`` extension are added to the bucket.
        #[serde(rename = "Filter", skip_serializing_if = "Option::is_none")]
        pub filter: Option<NotificationFilter>,
        /// The Amazon Resource Name (ARN) of the Amazon SNS topic to which Amazon S3 publishes a message when it detects events of the specified type.
        ///
        /// Required.
        #[serde(rename = "Topic")]
        pub topic: Value<String>,
    }

    /// Specifies when an object transitions to a specified storage class. For more information about Amazon S3 lifecycle configuration rules, see Transitioning Objects Using Amazon S3 Lifecycle in the *Amazon S3 User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Transition {
        /// The storage class to which you want the object to transition.
        ///
        /// Required.
        #[serde(rename = "StorageClass")]
        pub storage_class: Value<String>,
        /// Indicates when objects are transitioned to the specified storage class. The date value must be in ISO 8601 format. The time is always midnight UTC.
        #[serde(rename = "TransitionDate", skip_serializing_if = "Option::is_none")]
        pub transition_date: Option<Value<String>>,
        /// Indicates the number of days after creation when objects are transitioned to the specified storage class. The value can be ``0`` or any positive integer. Be aware that some storage classes have a minimum storage duration and that you're charged for transitioning objects before their minimum storage duration. For more information, see Constraints and considerations for transitions in the *Amazon S3 ...
        #[serde(rename = "TransitionInDays", skip_serializing_if = "Option::is_none")]
        pub transition_in_days: Option<Value<i64>>,
    }

    /// Describes the versioning state of an Amazon S3 bucket. For more information, see PUT Bucket versioning in the *Amazon S3 API Reference*. Keep the following timing in mind when enabling, suspending, or transitioning between versioning states: + *Enabling versioning* - Changes may take up to 15 minutes to propagate across all AWS regions for full consistency. + *Suspending versioning* - Takes effect ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct VersioningConfiguration {
        /// The versioning state of the bucket.
        ///
        /// Required.
        #[serde(rename = "Status")]
        pub status: Value<String>,
    }

    /// Specifies website configuration parameters for an Amazon S3 bucket.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct WebsiteConfiguration {
        /// The name of the error document for the website.
        #[serde(rename = "ErrorDocument", skip_serializing_if = "Option::is_none")]
        pub error_document: Option<Value<String>>,
        /// The name of the index document for the website.
        #[serde(rename = "IndexDocument", skip_serializing_if = "Option::is_none")]
        pub index_document: Option<Value<String>>,
        /// The redirect behavior for every request to this bucket's website endpoint. If you specify this property, you can't specify any other property.
        #[serde(
            rename = "RedirectAllRequestsTo",
            skip_serializing_if = "Option::is_none"
        )]
        pub redirect_all_requests_to: Option<RedirectAllRequestsTo>,
        /// Rules that define when a redirect is applied and the redirect behavior.
        #[serde(rename = "RoutingRules", skip_serializing_if = "Option::is_none")]
        pub routing_rules: Option<Vec<RoutingRule>>,
    }
}
pub use bucket::Bucket;

/// `AWS::S3::BucketPolicy`: the resource and its property types.
pub mod bucket_policy {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Applies an Amazon S3 bucket policy to an Amazon S3 bucket. If you are using an identity other than the root user of the AWS-account that owns the bucket, the calling identity must have the ``PutBucketPolicy`` permissions on the specified bucket and belong to the bucket owner's account in order to use this operation. If you don't have ``PutBucketPolicy`` permissions, Amazon S3 returns a ``403 Access ...
    ///
    /// CloudFormation type `AWS::S3::BucketPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BucketPolicy {
        /// The name of the Amazon S3 bucket to which the policy applies.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Bucket")]
        pub bucket: Value<String>,
        /// A policy document containing permissions to add to the specified bucket. In IAM, you must provide policy documents in JSON format. However, in CloudFormation you can provide the policy in JSON or YAML format because CloudFormation converts YAML to JSON before submitting it to IAM. For more information, see the AWS::IAM::Policy PolicyDocument resource description in this guide and Access Policy Language ...
        ///
        /// Required.
        #[serde(rename = "PolicyDocument")]
        pub policy_document: Json,
    }

    impl CfnResource for BucketPolicy {
        const TYPE: &'static str = "AWS::S3::BucketPolicy";
        const TAGGING: Tagging = Tagging::None;
    }
}
pub use bucket_policy::BucketPolicy;
