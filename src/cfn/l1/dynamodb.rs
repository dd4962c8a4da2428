// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::DynamoDB::*` types.

/// `AWS::DynamoDB::Table`: the resource and its property types.
pub mod table {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::DynamoDB::Table`` resource creates a DDB table. For more information, see CreateTable in the *API Reference*. You should be aware of the following behaviors when working with DDB tables: + CFNlong typically creates DDB tables in parallel. However, if your template includes multiple DDB tables with indexes, you must declare dependencies so that the tables are created sequentially. DDBlong ...
    ///
    /// CloudFormation type `AWS::DynamoDB::Table`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Table {
        /// A list of attributes that describe the key schema for the table and indexes. This property is required to create a DDB table. You can add an ``AttributeDefinition`` without interruption. Changing the type of an existing ``AttributeDefinition`` requires replacement of the table.
        #[serde(
            rename = "AttributeDefinitions",
            skip_serializing_if = "Option::is_none"
        )]
        pub attribute_definitions: Option<Vec<AttributeDefinition>>,
        /// Specify how you are charged for read and write throughput and how you manage capacity. Valid values include: + ``PAY_PER_REQUEST`` - We recommend using ``PAY_PER_REQUEST`` for most DynamoDB workloads. ``PAY_PER_REQUEST`` sets the billing mode to On-demand capacity mode. + ``PROVISIONED`` - We recommend using ``PROVISIONED`` for steady workloads with predictable growth where capacity requirements can ...
        #[serde(rename = "BillingMode", skip_serializing_if = "Option::is_none")]
        pub billing_mode: Option<Value<String>>,
        /// The settings used to specify whether to enable CloudWatch Contributor Insights for the table and define which events to monitor.
        #[serde(
            rename = "ContributorInsightsSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub contributor_insights_specification: Option<ContributorInsightsSpecification>,
        /// Determines if a table is protected from deletion. When enabled, the table cannot be deleted by any user or process. This setting is disabled by default. For more information, see Using deletion protection in the *Developer Guide*.
        #[serde(
            rename = "DeletionProtectionEnabled",
            skip_serializing_if = "Option::is_none"
        )]
        pub deletion_protection_enabled: Option<Value<bool>>,
        /// Global secondary indexes to be created on the table. You can create up to 20 global secondary indexes. If you update a table to include a new global secondary index, CFNlong initiates the index creation and then proceeds with the stack update. CFNlong doesn't wait for the index to complete creation because the backfilling phase can take a long time, depending on the size of the table. You can't use ...
        #[serde(
            rename = "GlobalSecondaryIndexes",
            skip_serializing_if = "Option::is_none"
        )]
        pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndex>>,
        /// Specifies the properties of data being imported from the S3 bucket source to the" table. If you specify the ``ImportSourceSpecification`` property, and also specify either the ``StreamSpecification``, the ``TableClass`` property, the ``DeletionProtectionEnabled`` property, or the ``WarmThroughput`` property, the IAM entity creating/updating stack must have ``UpdateTable`` permission.
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "ImportSourceSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub import_source_specification: Option<ImportSourceSpecification>,
        /// Specifies the attributes that make up the primary key for the table. The attributes in the ``KeySchema`` property must also be defined in the ``AttributeDefinitions`` property.
        ///
        /// Required.
        #[serde(rename = "KeySchema")]
        pub key_schema: Json,
        /// The Kinesis Data Streams configuration for the specified table.
        #[serde(
            rename = "KinesisStreamSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub kinesis_stream_specification: Option<KinesisStreamSpecification>,
        /// Local secondary indexes to be created on the table. You can create up to 5 local secondary indexes. Each index is scoped to a given hash key value. The size of each hash key can be up to 10 gigabytes.
        #[serde(
            rename = "LocalSecondaryIndexes",
            skip_serializing_if = "Option::is_none"
        )]
        pub local_secondary_indexes: Option<Vec<LocalSecondaryIndex>>,
        /// Sets the maximum number of read and write units for the specified on-demand table. If you use this property, you must specify ``MaxReadRequestUnits``, ``MaxWriteRequestUnits``, or both.
        #[serde(rename = "OnDemandThroughput", skip_serializing_if = "Option::is_none")]
        pub on_demand_throughput: Option<OnDemandThroughput>,
        /// The settings used to enable point in time recovery.
        #[serde(
            rename = "PointInTimeRecoverySpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub point_in_time_recovery_specification: Option<PointInTimeRecoverySpecification>,
        /// Throughput for the specified table, which consists of values for ``ReadCapacityUnits`` and ``WriteCapacityUnits``. For more information about the contents of a provisioned throughput structure, see Amazon DynamoDB Table ProvisionedThroughput. If you set ``BillingMode`` as ``PROVISIONED``, you must specify this property. If you set ``BillingMode`` as ``PAY_PER_REQUEST``, you cannot specify this property.
        #[serde(
            rename = "ProvisionedThroughput",
            skip_serializing_if = "Option::is_none"
        )]
        pub provisioned_throughput: Option<ProvisionedThroughput>,
        /// An AWS resource-based policy document in JSON format that will be attached to the table. When you attach a resource-based policy while creating a table, the policy application is *strongly consistent*. The maximum size supported for a resource-based policy document is 20 KB. DynamoDB counts whitespaces when calculating the size of a policy against this limit. For a full list of all considerations that ...
        #[serde(rename = "ResourcePolicy", skip_serializing_if = "Option::is_none")]
        pub resource_policy: Option<ResourcePolicy>,
        /// Specifies the settings to enable server-side encryption.
        #[serde(rename = "SSESpecification", skip_serializing_if = "Option::is_none")]
        pub sse_specification: Option<SseSpecification>,
        /// The settings for the DDB table stream, which captures changes to items stored in the table. Including this property in your CFNlong template automatically enables streaming.
        #[serde(
            rename = "StreamSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub stream_specification: Option<StreamSpecification>,
        /// The table class of the new table. Valid values are ``STANDARD`` and ``STANDARD_INFREQUENT_ACCESS``.
        #[serde(rename = "TableClass", skip_serializing_if = "Option::is_none")]
        pub table_class: Option<Value<String>>,
        /// A name for the table. If you don't specify a name, CFNlong generates a unique physical ID and uses that ID for the table name. For more information, see Name Type. If you specify a name, you cannot perform updates that require replacement of this resource. You can perform updates that require no or some interruption. If you must replace the resource, specify a new name.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "TableName", skip_serializing_if = "Option::is_none")]
        pub table_name: Option<Value<String>>,
        /// An array of key-value pairs to apply to this resource. For more information, see Tag.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// Specifies the Time to Live (TTL) settings for the table. For detailed information about the limits in DynamoDB, see Limits in Amazon DynamoDB in the Amazon DynamoDB Developer Guide.
        #[serde(
            rename = "TimeToLiveSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub time_to_live_specification: Option<TimeToLiveSpecification>,
        /// The `VectorIndexes` property.
        #[serde(rename = "VectorIndexes", skip_serializing_if = "Option::is_none")]
        pub vector_indexes: Option<Vec<VectorIndex>>,
        /// Represents the warm throughput (in read units per second and write units per second) for creating a table.
        #[serde(rename = "WarmThroughput", skip_serializing_if = "Option::is_none")]
        pub warm_throughput: Option<WarmThroughput>,
    }

    impl CfnResource for Table {
        const TYPE: &'static str = "AWS::DynamoDB::Table";
        const TAGGING: Tagging = Tagging::List;
    }

    /// Represents an attribute for describing the schema for the table and indexes.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AttributeDefinition {
        /// A name for the attribute.
        ///
        /// Required.
        #[serde(rename = "AttributeName")]
        pub attribute_name: Value<String>,
        /// The data type for the attribute, where: + ``S`` - the attribute is of type String + ``N`` - the attribute is of type Number + ``B`` - the attribute is of type Binary
        ///
        /// Required.
        #[serde(rename = "AttributeType")]
        pub attribute_type: Value<String>,
    }

    /// Configures contributor insights settings for a table or one of its indexes.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ContributorInsightsSpecification {
        /// Indicates whether CloudWatch Contributor Insights are to be enabled (true) or disabled (false).
        ///
        /// Required.
        #[serde(rename = "Enabled")]
        pub enabled: Value<bool>,
        /// Specifies the CloudWatch Contributor Insights mode for a table. Valid values are ``ACCESSED_AND_THROTTLED_KEYS`` (tracks all access and throttled events) or ``THROTTLED_KEYS`` (tracks only throttled events). This setting determines what type of contributor insights data is collected for the table.
        #[serde(rename = "Mode", skip_serializing_if = "Option::is_none")]
        pub mode: Option<Value<String>>,
    }

    /// The options for imported source files in CSV format. The values are Delimiter and HeaderList.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Csv {
        /// The delimiter used for separating items in the CSV file being imported.
        #[serde(rename = "Delimiter", skip_serializing_if = "Option::is_none")]
        pub delimiter: Option<Value<String>>,
        /// List of the headers used to specify a common header for all source CSV files being imported. If this field is specified then the first line of each CSV file is treated as data instead of the header. If this field is not specified the the first line of each CSV file is treated as the header.
        #[serde(rename = "HeaderList", skip_serializing_if = "Option::is_none")]
        pub header_list: Option<Vec<Value<String>>>,
    }

    /// The `DeprecatedHashKeyElement` property type of `AWS::DynamoDB::Table`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DeprecatedHashKeyElement {
        /// The `AttributeName` property.
        ///
        /// Required.
        #[serde(rename = "AttributeName")]
        pub attribute_name: Value<String>,
        /// The `AttributeType` property.
        ///
        /// Required.
        #[serde(rename = "AttributeType")]
        pub attribute_type: Value<String>,
    }

    /// The `DeprecatedKeySchema` property type of `AWS::DynamoDB::Table`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DeprecatedKeySchema {
        /// The `HashKeyElement` property.
        ///
        /// Required.
        #[serde(rename = "HashKeyElement")]
        pub hash_key_element: DeprecatedHashKeyElement,
    }

    /// Represents the properties of a global secondary index.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct GlobalSecondaryIndex {
        /// The settings used to specify whether to enable CloudWatch Contributor Insights for the global table and define which events to monitor.
        #[serde(
            rename = "ContributorInsightsSpecification",
            skip_serializing_if = "Option::is_none"
        )]
        pub contributor_insights_specification: Option<ContributorInsightsSpecification>,
        /// The name of the global secondary index. The name must be unique among all other indexes on this table.
        ///
        /// Required.
        #[serde(rename = "IndexName")]
        pub index_name: Value<String>,
        /// The `KeySchema` property.
        ///
        /// Required.
        #[serde(rename = "KeySchema")]
        pub key_schema: Vec<Json>,
        /// The maximum number of read and write units for the specified global secondary index. If you use this parameter, you must specify ``MaxReadRequestUnits``, ``MaxWriteRequestUnits``, or both. You must use either ``OnDemandThroughput`` or ``ProvisionedThroughput`` based on your table's capacity mode.
        #[serde(rename = "OnDemandThroughput", skip_serializing_if = "Option::is_none")]
        pub on_demand_throughput: Option<OnDemandThroughput>,
        /// Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
        ///
        /// Required.
        #[serde(rename = "Projection")]
        pub projection: Projection,
        /// Represents the provisioned throughput settings for the specified global secondary index. You must use either ``OnDemandThroughput`` or ``ProvisionedThroughput`` based on your table's capacity mode. For current minimum and maximum provisioned throughput values, see Service, Account, and Table Quotas in the *Amazon DynamoDB Developer Guide*.
        #[serde(
            rename = "ProvisionedThroughput",
            skip_serializing_if = "Option::is_none"
        )]
        pub provisioned_throughput: Option<ProvisionedThroughput>,
        /// Represents the warm throughput value (in read units per second and write units per second) for the specified secondary index. If you use this parameter, you must specify ``ReadUnitsPerSecond``, ``WriteUnitsPerSecond``, or both.
        #[serde(rename = "WarmThroughput", skip_serializing_if = "Option::is_none")]
        pub warm_throughput: Option<WarmThroughput>,
    }

    /// Specifies the properties of data being imported from the S3 bucket source to the table.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ImportSourceSpecification {
        /// Type of compression to be used on the input coming from the imported table.
        #[serde(
            rename = "InputCompressionType",
            skip_serializing_if = "Option::is_none"
        )]
        pub input_compression_type: Option<Value<String>>,
        /// The format of the source data. Valid values for ``ImportFormat`` are ``CSV``, ``DYNAMODB_JSON`` or ``ION``.
        ///
        /// Required.
        #[serde(rename = "InputFormat")]
        pub input_format: Value<String>,
        /// Additional properties that specify how the input is formatted,
        #[serde(rename = "InputFormatOptions", skip_serializing_if = "Option::is_none")]
        pub input_format_options: Option<InputFormatOptions>,
        /// The S3 bucket that provides the source for the import.
        ///
        /// Required.
        #[serde(rename = "S3BucketSource")]
        pub s3_bucket_source: S3BucketSource,
    }

    /// The format options for the data that was imported into the target table. There is one value, CsvOption.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct InputFormatOptions {
        /// The options for imported source files in CSV format. The values are Delimiter and HeaderList.
        #[serde(rename = "Csv", skip_serializing_if = "Option::is_none")]
        pub csv: Option<Csv>,
    }

    /// The `KeySchema` property type of `AWS::DynamoDB::Table`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct KeySchema {
        /// The `AttributeName` property.
        #[serde(rename = "AttributeName", skip_serializing_if = "Option::is_none")]
        pub attribute_name: Option<Json>,
        /// The `KeyType` property.
        #[serde(rename = "KeyType", skip_serializing_if = "Option::is_none")]
        pub key_type: Option<Json>,
    }

    /// The Kinesis Data Streams configuration for the specified table.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct KinesisStreamSpecification {
        /// The precision for the time and date that the stream was created.
        #[serde(
            rename = "ApproximateCreationDateTimePrecision",
            skip_serializing_if = "Option::is_none"
        )]
        pub approximate_creation_date_time_precision: Option<Value<String>>,
        /// The ARN for a specific Kinesis data stream. Length Constraints: Minimum length of 37. Maximum length of 1024.
        ///
        /// Required.
        #[serde(rename = "StreamArn")]
        pub stream_arn: Value<String>,
    }

    /// Represents the properties of a local secondary index. A local secondary index can only be created when its parent table is created.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LocalSecondaryIndex {
        /// The name of the local secondary index. The name must be unique among all other indexes on this table.
        ///
        /// Required.
        #[serde(rename = "IndexName")]
        pub index_name: Value<String>,
        /// The `KeySchema` property.
        ///
        /// Required.
        #[serde(rename = "KeySchema")]
        pub key_schema: KeySchema,
        /// Represents attributes that are copied (projected) from the table into the local secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
        ///
        /// Required.
        #[serde(rename = "Projection")]
        pub projection: Projection,
    }

    /// Sets the maximum number of read and write units for the specified on-demand table. If you use this property, you must specify ``MaxReadRequestUnits``, ``MaxWriteRequestUnits``, or both.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct OnDemandThroughput {
        /// Maximum number of read request units for the specified table. To specify a maximum ``OnDemandThroughput`` on your table, set the value of ``MaxReadRequestUnits`` as greater than or equal to 1. To remove the maximum ``OnDemandThroughput`` that is currently set on your table, set the value of ``MaxReadRequestUnits`` to -1.
        #[serde(
            rename = "MaxReadRequestUnits",
            skip_serializing_if = "Option::is_none"
        )]
        pub max_read_request_units: Option<Value<i64>>,
        /// Maximum number of write request units for the specified table. To specify a maximum ``OnDemandThroughput`` on your table, set the value of ``MaxWriteRequestUnits`` as greater than or equal to 1. To remove the maximum ``OnDemandThroughput`` that is currently set on your table, set the value of ``MaxWriteRequestUnits`` to -1.
        #[serde(
            rename = "MaxWriteRequestUnits",
            skip_serializing_if = "Option::is_none"
        )]
        pub max_write_request_units: Option<Value<i64>>,
    }

    /// The settings used to enable point in time recovery.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct PointInTimeRecoverySpecification {
        /// Indicates whether point in time recovery is enabled (true) or disabled (false) on the table.
        #[serde(
            rename = "PointInTimeRecoveryEnabled",
            skip_serializing_if = "Option::is_none"
        )]
        pub point_in_time_recovery_enabled: Option<Value<bool>>,
        /// The number of preceding days for which continuous backups are taken and maintained. Your table data is only recoverable to any point-in-time from within the configured recovery period. This parameter is optional. If no value is provided, the value will default to 35.
        #[serde(
            rename = "RecoveryPeriodInDays",
            skip_serializing_if = "Option::is_none"
        )]
        pub recovery_period_in_days: Option<Value<i64>>,
    }

    /// Represents attributes that are copied (projected) from the table into an index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Projection {
        /// Represents the non-key attribute names which will be projected into the index. For global and local secondary indexes, the total count of ``NonKeyAttributes`` summed across all of the secondary indexes, must not exceed 100. If you project the same attribute into two different indexes, this counts as two distinct attributes when determining the total. This limit only applies when you specify the ProjectionType ...
        #[serde(rename = "NonKeyAttributes", skip_serializing_if = "Option::is_none")]
        pub non_key_attributes: Option<Vec<Value<String>>>,
        /// The set of attributes that are projected into the index: + ``KEYS_ONLY`` - Only the index and primary keys are projected into the index. + ``INCLUDE`` - In addition to the attributes described in ``KEYS_ONLY``, the secondary index will include other non-key attributes that you specify. + ``ALL`` - All of the table attributes are projected into the index. When using the DynamoDB console, ``ALL`` is ...
        #[serde(rename = "ProjectionType", skip_serializing_if = "Option::is_none")]
        pub projection_type: Option<Value<String>>,
    }

    /// Throughput for the specified table, which consists of values for ``ReadCapacityUnits`` and ``WriteCapacityUnits``. For more information about the contents of a provisioned throughput structure, see Table ProvisionedThroughput.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ProvisionedThroughput {
        /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a ``ThrottlingException``. For more information, see Specifying Read and Write Requirements in the *Amazon DynamoDB Developer Guide*. If read/write capacity mode is ``PAY_PER_REQUEST`` the value is set to 0.
        ///
        /// Required.
        #[serde(rename = "ReadCapacityUnits")]
        pub read_capacity_units: Value<i64>,
        /// The maximum number of writes consumed per second before DynamoDB returns a ``ThrottlingException``. For more information, see Specifying Read and Write Requirements in the *Amazon DynamoDB Developer Guide*. If read/write capacity mode is ``PAY_PER_REQUEST`` the value is set to 0.
        ///
        /// Required.
        #[serde(rename = "WriteCapacityUnits")]
        pub write_capacity_units: Value<i64>,
    }

    /// Creates or updates a resource-based policy document that contains the permissions for DDB resources, such as a table, its indexes, and stream. Resource-based policies let you define access permissions by specifying who has access to each resource, and the actions they are allowed to perform on each resource. In a CFNshort template, you can provide the policy in JSON or YAML format because CFNshort ...
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ResourcePolicy {
        /// The `PolicyDocument` property.
        ///
        /// Required.
        #[serde(rename = "PolicyDocument")]
        pub policy_document: Json,
    }

    /// The S3 bucket that is being imported from.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct S3BucketSource {
        /// The S3 bucket that is being imported from.
        ///
        /// Required.
        #[serde(rename = "S3Bucket")]
        pub s3_bucket: Value<String>,
        /// The account number of the S3 bucket that is being imported from. If the bucket is owned by the requester this is optional.
        #[serde(rename = "S3BucketOwner", skip_serializing_if = "Option::is_none")]
        pub s3_bucket_owner: Option<Value<String>>,
        /// The key prefix shared by all S3 Objects that are being imported.
        #[serde(rename = "S3KeyPrefix", skip_serializing_if = "Option::is_none")]
        pub s3_key_prefix: Option<Value<String>>,
    }

    /// Represents the settings used to enable server-side encryption.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SseSpecification {
        /// The KMS key that should be used for the KMS encryption. To specify a key, use its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this parameter if the key is different from the default DynamoDB key ``alias/aws/dynamodb``.
        #[serde(rename = "KMSMasterKeyId", skip_serializing_if = "Option::is_none")]
        pub kms_master_key_id: Option<Value<String>>,
        /// Indicates whether server-side encryption is done using an AWS managed key or an AWS owned key. If enabled (true), server-side encryption type is set to ``KMS`` and an AWS managed key is used (KMS charges apply). If disabled (false) or not specified, server-side encryption is set to AWS owned key.
        ///
        /// Required.
        #[serde(rename = "SSEEnabled")]
        pub sse_enabled: Value<bool>,
        /// Server-side encryption type. The only supported value is: + ``KMS`` - Server-side encryption that uses KMSlong. The key is stored in your account and is managed by KMS (KMS charges apply).
        #[serde(rename = "SSEType", skip_serializing_if = "Option::is_none")]
        pub sse_type: Option<Value<String>>,
    }

    /// The `SearchSchemaElement` property type of `AWS::DynamoDB::Table`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct SearchSchemaElement {
        /// The `AttributeName` property.
        ///
        /// Required.
        #[serde(rename = "AttributeName")]
        pub attribute_name: Value<String>,
        /// The `SearchSchemaElementType` property.
        ///
        /// Required.
        #[serde(rename = "SearchSchemaElementType")]
        pub search_schema_element_type: Value<String>,
    }

    /// Represents the DynamoDB Streams configuration for a table in DynamoDB.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct StreamSpecification {
        /// Creates or updates a resource-based policy document that contains the permissions for DDB resources, such as a table's streams. Resource-based policies let you define access permissions by specifying who has access to each resource, and the actions they are allowed to perform on each resource. When you remove the ``StreamSpecification`` property from the template, DynamoDB disables the stream but retains ...
        #[serde(rename = "ResourcePolicy", skip_serializing_if = "Option::is_none")]
        pub resource_policy: Option<ResourcePolicy>,
        /// When an item in the table is modified, ``StreamViewType`` determines what information is written to the stream for this table. Valid values for ``StreamViewType`` are: + ``KEYS_ONLY`` - Only the key attributes of the modified item are written to the stream. + ``NEW_IMAGE`` - The entire item, as it appears after it was modified, is written to the stream. + ``OLD_IMAGE`` - The entire item, as it appeared ...
        ///
        /// Required.
        #[serde(rename = "StreamViewType")]
        pub stream_view_type: Value<String>,
        /// Specifies the tags to apply to the DDB stream. Stream tags are independent of table tags. For an overview on tagging DynamoDB resources, see Tagging for DynamoDB in the *Amazon DynamoDB Developer Guide*.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
    }

    /// Represents the settings used to enable or disable Time to Live (TTL) for the specified table.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TimeToLiveSpecification {
        /// The name of the TTL attribute used to store the expiration time for items in the table. + The ``AttributeName`` property is required when enabling the TTL, or when TTL is already enabled. + To update this property, you must first disable TTL and then enable TTL with the new attribute name.
        #[serde(rename = "AttributeName", skip_serializing_if = "Option::is_none")]
        pub attribute_name: Option<Value<String>>,
        /// Indicates whether TTL is to be enabled (true) or disabled (false) on the table.
        ///
        /// Required.
        #[serde(rename = "Enabled")]
        pub enabled: Value<bool>,
    }

    /// The `VectorAttribute` property type of `AWS::DynamoDB::Table`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct VectorAttribute {
        /// The `AttributeName` property.
        ///
        /// Required.
        #[serde(rename = "AttributeName")]
        pub attribute_name: Value<String>,
    }

    /// The `VectorIndex` property type of `AWS::DynamoDB::Table`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct VectorIndex {
        /// The `Dimensions` property.
        ///
        /// Required.
        #[serde(rename = "Dimensions")]
        pub dimensions: Value<i64>,
        /// The `DistanceFunction` property.
        ///
        /// Required.
        #[serde(rename = "DistanceFunction")]
        pub distance_function: Value<String>,
        /// The `IndexName` property.
        ///
        /// Required.
        #[serde(rename = "IndexName")]
        pub index_name: Value<String>,
        /// Represents attributes that are copied (projected) from the table into an index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
        ///
        /// Required.
        #[serde(rename = "Projection")]
        pub projection: Projection,
        /// The `SearchSchema` property.
        #[serde(rename = "SearchSchema", skip_serializing_if = "Option::is_none")]
        pub search_schema: Option<Vec<SearchSchemaElement>>,
        /// The `VectorAttribute` property.
        ///
        /// Required.
        #[serde(rename = "VectorAttribute")]
        pub vector_attribute: VectorAttribute,
    }

    /// Provides visibility into the number of read and write operations your table or secondary index can instantaneously support. The settings can be modified using the ``UpdateTable`` operation to meet the throughput requirements of an upcoming peak event.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct WarmThroughput {
        /// Represents the number of read operations your base table can instantaneously support.
        #[serde(rename = "ReadUnitsPerSecond", skip_serializing_if = "Option::is_none")]
        pub read_units_per_second: Option<Value<i64>>,
        /// Represents the number of write operations your base table can instantaneously support.
        #[serde(
            rename = "WriteUnitsPerSecond",
            skip_serializing_if = "Option::is_none"
        )]
        pub write_units_per_second: Option<Value<i64>>,
    }
}
pub use table::Table;
