// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::Logs::*` types.

/// `AWS::Logs::LogGroup`: the resource and its property types.
pub mod log_group {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::Logs::LogGroup`` resource specifies a log group. A log group defines common properties for log streams, such as their retention and access control rules. Each log stream must belong to one log group. You can create up to 1,000,000 log groups per Region per account. You must use the following guidelines when naming a log group: + Log group names must be unique within a Region for an AWS account. ...
    ///
    /// CloudFormation type `AWS::Logs::LogGroup`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LogGroup {
        /// Indicates whether bearer token authentication is enabled for this log group. When enabled, bearer token authentication is allowed on operations until it is explicitly disabled.
        #[serde(
            rename = "BearerTokenAuthenticationEnabled",
            skip_serializing_if = "Option::is_none"
        )]
        pub bearer_token_authentication_enabled: Option<Value<bool>>,
        /// The `DataProtectionPolicy` property.
        #[serde(
            rename = "DataProtectionPolicy",
            skip_serializing_if = "Option::is_none"
        )]
        pub data_protection_policy: Option<Json>,
        /// Indicates whether deletion protection is enabled for this log group. When enabled, deletion protection blocks all deletion operations until it is explicitly disabled.
        #[serde(
            rename = "DeletionProtectionEnabled",
            skip_serializing_if = "Option::is_none"
        )]
        pub deletion_protection_enabled: Option<Value<bool>>,
        /// Creates or updates a *field index policy* for the specified log group. Only log groups in the Standard log class support field index policies. For more information about log classes, see Log classes. You can use field index policies to create *field indexes* on fields found in log events in the log group. Creating field indexes lowers the costs for CWL Insights queries that reference those field indexes, ...
        #[serde(rename = "FieldIndexPolicies", skip_serializing_if = "Option::is_none")]
        pub field_index_policies: Option<Vec<Json>>,
        /// The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data. To associate an KMS key with the log group, specify the ARN of that KMS key here. If you do so, ingested data is encrypted using this key. This association is stored as long as the data encrypted with the KMS key is still within CWL. This enables CWL to decrypt this data whenever it is requested. If you attempt to associate ...
        #[serde(rename = "KmsKeyId", skip_serializing_if = "Option::is_none")]
        pub kms_key_id: Option<Value<String>>,
        /// Specifies the log group class for this log group. There are two classes: + The ``Standard`` log class supports all CWL features. + The ``Infrequent Access`` log class supports a subset of CWL features and incurs lower costs. For details about the features supported by each class, see Log classes
        #[serde(rename = "LogGroupClass", skip_serializing_if = "Option::is_none")]
        pub log_group_class: Option<Value<String>>,
        /// The name of the log group. If you don't specify a name, CFNlong generates a unique ID for the log group.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "LogGroupName", skip_serializing_if = "Option::is_none")]
        pub log_group_name: Option<Value<String>>,
        /// Creates or updates a resource policy for the specified log group that allows other services to put log events to this account. A LogGroup can have 1 resource policy.
        #[serde(
            rename = "ResourcePolicyDocument",
            skip_serializing_if = "Option::is_none"
        )]
        pub resource_policy_document: Option<Json>,
        /// The number of days to retain the log events in the specified log group. Possible values are: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, and 3653. To set a log group so that its log events do not expire, do not specify this property.
        #[serde(rename = "RetentionInDays", skip_serializing_if = "Option::is_none")]
        pub retention_in_days: Option<Value<i64>>,
        /// An array of key-value pairs to apply to the log group. For more information, see Tag.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
    }

    impl CfnResource for LogGroup {
        const TYPE: &'static str = "AWS::Logs::LogGroup";
        const TAGGING: Tagging = Tagging::List;
    }
}
pub use log_group::LogGroup;

/// `AWS::Logs::MetricFilter`: the resource and its property types.
pub mod metric_filter {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::Logs::MetricFilter`` resource specifies a metric filter that describes how CWL extracts information from logs and transforms it into Amazon CloudWatch metrics. If you have multiple metric filters that are associated with a log group, all the filters are applied to the log streams in that group. The maximum number of metric filters that can be associated with a log group is 100.
    ///
    /// CloudFormation type `AWS::Logs::MetricFilter`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MetricFilter {
        /// This parameter is valid only for log groups that have an active log transformer. For more information about log transformers, see PutTransformer. If this value is ``true``, the metric filter is applied on the transformed version of the log events instead of the original ingested log events.
        #[serde(
            rename = "ApplyOnTransformedLogs",
            skip_serializing_if = "Option::is_none"
        )]
        pub apply_on_transformed_logs: Option<Value<bool>>,
        /// The list of system fields that are emitted as additional dimensions in the generated metrics. Returns the ``emitSystemFieldDimensions`` value if it was specified when the metric filter was created.
        #[serde(
            rename = "EmitSystemFieldDimensions",
            skip_serializing_if = "Option::is_none"
        )]
        pub emit_system_field_dimensions: Option<Vec<Value<String>>>,
        /// The filter expression that specifies which log events are processed by this metric filter based on system fields. Returns the ``fieldSelectionCriteria`` value if it was specified when the metric filter was created.
        #[serde(
            rename = "FieldSelectionCriteria",
            skip_serializing_if = "Option::is_none"
        )]
        pub field_selection_criteria: Option<Value<String>>,
        /// The name of the metric filter.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "FilterName", skip_serializing_if = "Option::is_none")]
        pub filter_name: Option<Value<String>>,
        /// A filter pattern for extracting metric data out of ingested log events. For more information, see Filter and Pattern Syntax.
        ///
        /// Required.
        #[serde(rename = "FilterPattern")]
        pub filter_pattern: Value<String>,
        /// The name of an existing log group that you want to associate with this metric filter.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "LogGroupName")]
        pub log_group_name: Value<String>,
        /// The metric transformations.
        ///
        /// Required.
        #[serde(rename = "MetricTransformations")]
        pub metric_transformations: Vec<MetricTransformation>,
    }

    impl CfnResource for MetricFilter {
        const TYPE: &'static str = "AWS::Logs::MetricFilter";
        const TAGGING: Tagging = Tagging::None;
    }

    /// ``MetricTransformation`` is a property of the ``AWS::Logs::MetricFilter`` resource that describes how to transform log streams into a CloudWatch metric.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct MetricTransformation {
        /// (Optional) The value to emit when a filter pattern does not match a log event. This value can be null.
        #[serde(rename = "DefaultValue", skip_serializing_if = "Option::is_none")]
        pub default_value: Option<Value<f64>>,
        /// The fields to use as dimensions for the metric. One metric filter can include as many as three dimensions. Metrics extracted from log events are charged as custom metrics. To prevent unexpected high charges, do not specify high-cardinality fields such as ``IPAddress`` or ``requestID`` as dimensions. Each different value found for a dimension is treated as a separate metric and accrues charges as a ...
        #[serde(rename = "Dimensions", skip_serializing_if = "Option::is_none")]
        pub dimensions: Option<Vec<crate::cfn::Tag>>,
        /// The name of the CloudWatch metric.
        ///
        /// Required.
        #[serde(rename = "MetricName")]
        pub metric_name: Value<String>,
        /// A custom namespace to contain your metric in CloudWatch. Use namespaces to group together metrics that are similar. For more information, see Namespaces.
        ///
        /// Required.
        #[serde(rename = "MetricNamespace")]
        pub metric_namespace: Value<String>,
        /// The value that is published to the CloudWatch metric. For example, if you're counting the occurrences of a particular term like ``Error``, specify 1 for the metric value. If you're counting the number of bytes transferred, reference the value that is in the log event by using $. followed by the name of the field that you specified in the filter pattern, such as ``$.size``.
        ///
        /// Required.
        #[serde(rename = "MetricValue")]
        pub metric_value: Value<String>,
        /// The unit to assign to the metric. If you omit this, the unit is set as ``None``.
        #[serde(rename = "Unit", skip_serializing_if = "Option::is_none")]
        pub unit: Option<Value<String>>,
    }
}
pub use metric_filter::MetricFilter;
