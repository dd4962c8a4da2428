// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::CloudTrail::*` types.

/// `AWS::CloudTrail::Trail`: the resource and its property types.
pub mod trail {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Creates a trail that specifies the settings for delivery of log data to an Amazon S3 bucket. A maximum of five trails can exist in a region, irrespective of the region in which they were created.
    ///
    /// CloudFormation type `AWS::CloudTrail::Trail`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Trail {
        /// The advanced event selectors that were used to select events for the data store.
        #[serde(
            rename = "AdvancedEventSelectors",
            skip_serializing_if = "Option::is_none"
        )]
        pub advanced_event_selectors: Option<Vec<AdvancedEventSelector>>,
        /// Specifies the aggregation configuration to aggregate CloudTrail Events. A maximum of 1 aggregation configuration is allowed.
        #[serde(
            rename = "AggregationConfigurations",
            skip_serializing_if = "Option::is_none"
        )]
        pub aggregation_configurations: Option<Vec<AggregationConfiguration>>,
        /// Specifies a log group name using an Amazon Resource Name (ARN), a unique identifier that represents the log group to which CloudTrail logs will be delivered. Not required unless you specify CloudWatchLogsRoleArn.
        #[serde(
            rename = "CloudWatchLogsLogGroupArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub cloud_watch_logs_log_group_arn: Option<Value<String>>,
        /// Specifies the role for the CloudWatch Logs endpoint to assume to write to a user's log group.
        #[serde(
            rename = "CloudWatchLogsRoleArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub cloud_watch_logs_role_arn: Option<Value<String>>,
        /// Specifies whether log file validation is enabled. The default is false.
        #[serde(
            rename = "EnableLogFileValidation",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_log_file_validation: Option<Value<bool>>,
        /// Use event selectors to further specify the management and data event settings for your trail. By default, trails created without specific event selectors will be configured to log all read and write management events, and no data events. When an event occurs in your account, CloudTrail evaluates the event selector for all trails. For each trail, if the event matches any event selector, the trail processes ...
        #[serde(rename = "EventSelectors", skip_serializing_if = "Option::is_none")]
        pub event_selectors: Option<Vec<EventSelector>>,
        /// Specifies whether the trail is publishing events from global services such as IAM to the log files.
        #[serde(
            rename = "IncludeGlobalServiceEvents",
            skip_serializing_if = "Option::is_none"
        )]
        pub include_global_service_events: Option<Value<bool>>,
        /// Lets you enable Insights event logging by specifying the Insights selectors that you want to enable on an existing trail.
        #[serde(rename = "InsightSelectors", skip_serializing_if = "Option::is_none")]
        pub insight_selectors: Option<Vec<InsightSelector>>,
        /// Whether the CloudTrail is currently logging AWS API calls.
        ///
        /// Required.
        #[serde(rename = "IsLogging")]
        pub is_logging: Value<bool>,
        /// Specifies whether the trail applies only to the current region or to all regions. The default is false. If the trail exists only in the current region and this value is set to true, shadow trails (replications of the trail) will be created in the other regions. If the trail exists in all regions and this value is set to false, the trail will remain in the region where it was created, and its shadow ...
        #[serde(rename = "IsMultiRegionTrail", skip_serializing_if = "Option::is_none")]
        pub is_multi_region_trail: Option<Value<bool>>,
        /// Specifies whether the trail is created for all accounts in an organization in AWS Organizations, or only for the current AWS account. The default is false, and cannot be true unless the call is made on behalf of an AWS account that is the master account for an organization in AWS Organizations.
        #[serde(
            rename = "IsOrganizationTrail",
            skip_serializing_if = "Option::is_none"
        )]
        pub is_organization_trail: Option<Value<bool>>,
        /// Specifies the KMS key ID to use to encrypt the logs delivered by CloudTrail. The value can be an alias name prefixed by 'alias/', a fully specified ARN to an alias, a fully specified ARN to a key, or a globally unique identifier.
        #[serde(rename = "KMSKeyId", skip_serializing_if = "Option::is_none")]
        pub kms_key_id: Option<Value<String>>,
        /// Specifies the name of the Amazon S3 bucket designated for publishing log files. See Amazon S3 Bucket Naming Requirements.
        ///
        /// Required.
        #[serde(rename = "S3BucketName")]
        pub s3_bucket_name: Value<String>,
        /// Specifies the Amazon S3 key prefix that comes after the name of the bucket you have designated for log file delivery. For more information, see Finding Your CloudTrail Log Files. The maximum length is 200 characters.
        #[serde(rename = "S3KeyPrefix", skip_serializing_if = "Option::is_none")]
        pub s3_key_prefix: Option<Value<String>>,
        /// Specifies the name of the Amazon SNS topic defined for notification of log file delivery. The maximum length is 256 characters.
        #[serde(rename = "SnsTopicName", skip_serializing_if = "Option::is_none")]
        pub sns_topic_name: Option<Value<String>>,
        /// The `Tags` property.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The `TrailName` property.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "TrailName", skip_serializing_if = "Option::is_none")]
        pub trail_name: Option<Value<String>>,
    }

    impl CfnResource for Trail {
        const TYPE: &'static str = "AWS::CloudTrail::Trail";
        const TAGGING: Tagging = Tagging::List;
    }

    /// Advanced event selectors let you create fine-grained selectors for the following AWS CloudTrail event record fields. They help you control costs by logging only those events that are important to you.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AdvancedEventSelector {
        /// Contains all selector statements in an advanced event selector.
        ///
        /// Required.
        #[serde(rename = "FieldSelectors")]
        pub field_selectors: Vec<AdvancedFieldSelector>,
        /// An optional, descriptive name for an advanced event selector, such as "Log data events for only two S3 buckets".
        #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
        pub name: Option<Value<String>>,
    }

    /// A single selector statement in an advanced event selector.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AdvancedFieldSelector {
        /// An operator that includes events that match the last few characters of the event record field specified as the value of Field.
        #[serde(rename = "EndsWith", skip_serializing_if = "Option::is_none")]
        pub ends_with: Option<Vec<Value<String>>>,
        /// An operator that includes events that match the exact value of the event record field specified as the value of Field. This is the only valid operator that you can use with the readOnly, eventCategory, and resources.type fields.
        #[serde(rename = "Equals", skip_serializing_if = "Option::is_none")]
        pub equals: Option<Vec<Value<String>>>,
        /// A field in an event record on which to filter events to be logged. Supported fields include readOnly, eventCategory, eventSource (for management events), eventName, resources.type, and resources.ARN.
        ///
        /// Required.
        #[serde(rename = "Field")]
        pub field: Value<String>,
        /// An operator that excludes events that match the last few characters of the event record field specified as the value of Field.
        #[serde(rename = "NotEndsWith", skip_serializing_if = "Option::is_none")]
        pub not_ends_with: Option<Vec<Value<String>>>,
        /// An operator that excludes events that match the exact value of the event record field specified as the value of Field.
        #[serde(rename = "NotEquals", skip_serializing_if = "Option::is_none")]
        pub not_equals: Option<Vec<Value<String>>>,
        /// An operator that excludes events that match the first few characters of the event record field specified as the value of Field.
        #[serde(rename = "NotStartsWith", skip_serializing_if = "Option::is_none")]
        pub not_starts_with: Option<Vec<Value<String>>>,
        /// An operator that includes events that match the first few characters of the event record field specified as the value of Field.
        #[serde(rename = "StartsWith", skip_serializing_if = "Option::is_none")]
        pub starts_with: Option<Vec<Value<String>>>,
    }

    /// Configure to add aggregation rules to aggregate CloudTrail Events.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AggregationConfiguration {
        /// The category of events to be aggregated.
        ///
        /// Required.
        #[serde(rename = "EventCategory")]
        pub event_category: Value<String>,
        /// Contains all templates in an aggregation configuration.
        ///
        /// Required.
        #[serde(rename = "Templates")]
        pub templates: Vec<Value<String>>,
    }

    /// CloudTrail supports data event logging for Amazon S3 objects and AWS Lambda functions. You can specify up to 250 resources for an individual event selector, but the total number of data resources cannot exceed 250 across all event selectors in a trail. This limit does not apply if you configure resource logging for all data events.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct DataResource {
        /// The resource type in which you want to log data events. You can specify AWS::S3::Object or AWS::Lambda::Function resources.
        ///
        /// Required.
        #[serde(rename = "Type")]
        pub r#type: Value<String>,
        /// An array of Amazon Resource Name (ARN) strings or partial ARN strings for the specified objects.
        #[serde(rename = "Values", skip_serializing_if = "Option::is_none")]
        pub values: Option<Vec<Value<String>>>,
    }

    /// The type of email sending events to publish to the event destination.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct EventSelector {
        /// The `DataResources` property.
        #[serde(rename = "DataResources", skip_serializing_if = "Option::is_none")]
        pub data_resources: Option<Vec<DataResource>>,
        /// An optional list of service event sources from which you do not want management events to be logged on your trail. In this release, the list can be empty (disables the filter), or it can filter out AWS Key Management Service events by containing "kms.amazonaws.com". By default, ExcludeManagementEventSources is empty, and AWS KMS events are included in events that are logged to your trail.
        #[serde(
            rename = "ExcludeManagementEventSources",
            skip_serializing_if = "Option::is_none"
        )]
        pub exclude_management_event_sources: Option<Vec<Value<String>>>,
        /// Specify if you want your event selector to include management events for your trail.
        #[serde(
            rename = "IncludeManagementEvents",
            skip_serializing_if = "Option::is_none"
        )]
        pub include_management_events: Option<Value<bool>>,
        /// Specify if you want your trail to log read-only events, write-only events, or all. For example, the EC2 GetConsoleOutput is a read-only API operation and RunInstances is a write-only API operation.
        #[serde(rename = "ReadWriteType", skip_serializing_if = "Option::is_none")]
        pub read_write_type: Option<Value<String>>,
    }

    /// A string that contains insight types that are logged on a trail.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct InsightSelector {
        /// The categories of events for which to log insights. By default, insights are logged for management events only.
        #[serde(rename = "EventCategories", skip_serializing_if = "Option::is_none")]
        pub event_categories: Option<Vec<Value<String>>>,
        /// The type of insight to log on a trail.
        #[serde(rename = "InsightType", skip_serializing_if = "Option::is_none")]
        pub insight_type: Option<Value<String>>,
    }
}
pub use trail::Trail;
