// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::SSM::*` types.

/// `AWS::SSM::Association`: the resource and its property types.
pub mod association {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The AWS::SSM::Association resource associates an SSM document in AWS Systems Manager with EC2 instances that contain a configuration agent to process the document.
    ///
    /// CloudFormation type `AWS::SSM::Association`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Association {
        /// The `ApplyOnlyAtCronInterval` property.
        #[serde(
            rename = "ApplyOnlyAtCronInterval",
            skip_serializing_if = "Option::is_none"
        )]
        pub apply_only_at_cron_interval: Option<Value<bool>>,
        /// A role used by association to take actions on your behalf.
        #[serde(
            rename = "AssociationDispatchAssumeRole",
            skip_serializing_if = "Option::is_none"
        )]
        pub association_dispatch_assume_role: Option<Value<String>>,
        /// The name of the association.
        #[serde(rename = "AssociationName", skip_serializing_if = "Option::is_none")]
        pub association_name: Option<Value<String>>,
        /// The `AutomationTargetParameterName` property.
        #[serde(
            rename = "AutomationTargetParameterName",
            skip_serializing_if = "Option::is_none"
        )]
        pub automation_target_parameter_name: Option<Value<String>>,
        /// The `CalendarNames` property.
        #[serde(rename = "CalendarNames", skip_serializing_if = "Option::is_none")]
        pub calendar_names: Option<Vec<Value<String>>>,
        /// The `ComplianceSeverity` property.
        #[serde(rename = "ComplianceSeverity", skip_serializing_if = "Option::is_none")]
        pub compliance_severity: Option<Value<String>>,
        /// The version of the SSM document to associate with the target.
        #[serde(rename = "DocumentVersion", skip_serializing_if = "Option::is_none")]
        pub document_version: Option<Value<String>>,
        /// The ID of the instance that the SSM document is associated with.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "InstanceId", skip_serializing_if = "Option::is_none")]
        pub instance_id: Option<Value<String>>,
        /// The `MaxConcurrency` property.
        #[serde(rename = "MaxConcurrency", skip_serializing_if = "Option::is_none")]
        pub max_concurrency: Option<Value<String>>,
        /// The `MaxErrors` property.
        #[serde(rename = "MaxErrors", skip_serializing_if = "Option::is_none")]
        pub max_errors: Option<Value<String>>,
        /// The name of the SSM document.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// The `OutputLocation` property.
        #[serde(rename = "OutputLocation", skip_serializing_if = "Option::is_none")]
        pub output_location: Option<InstanceAssociationOutputLocation>,
        /// Parameter values that the SSM document uses at runtime.
        #[serde(rename = "Parameters", skip_serializing_if = "Option::is_none")]
        pub parameters: Option<Json>,
        /// A Cron or Rate expression that specifies when the association is applied to the target.
        #[serde(rename = "ScheduleExpression", skip_serializing_if = "Option::is_none")]
        pub schedule_expression: Option<Value<String>>,
        /// The `ScheduleOffset` property.
        #[serde(rename = "ScheduleOffset", skip_serializing_if = "Option::is_none")]
        pub schedule_offset: Option<Value<i64>>,
        /// The `SyncCompliance` property.
        #[serde(rename = "SyncCompliance", skip_serializing_if = "Option::is_none")]
        pub sync_compliance: Option<Value<String>>,
        /// A key-value pair to associate with a resource.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The targets that the SSM document sends commands to.
        #[serde(rename = "Targets", skip_serializing_if = "Option::is_none")]
        pub targets: Option<Vec<Target>>,
        /// The `WaitForSuccessTimeoutSeconds` property.
        #[serde(
            rename = "WaitForSuccessTimeoutSeconds",
            skip_serializing_if = "Option::is_none"
        )]
        pub wait_for_success_timeout_seconds: Option<Value<i64>>,
    }

    impl CfnResource for Association {
        const TYPE: &'static str = "AWS::SSM::Association";
        const TAGGING: Tagging = Tagging::List;
    }

    /// The `InstanceAssociationOutputLocation` property type of `AWS::SSM::Association`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct InstanceAssociationOutputLocation {
        /// The `S3Location` property.
        #[serde(rename = "S3Location", skip_serializing_if = "Option::is_none")]
        pub s3_location: Option<S3OutputLocation>,
    }

    /// The `S3OutputLocation` property type of `AWS::SSM::Association`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct S3OutputLocation {
        /// The `OutputS3BucketName` property.
        #[serde(rename = "OutputS3BucketName", skip_serializing_if = "Option::is_none")]
        pub output_s3_bucket_name: Option<Value<String>>,
        /// The `OutputS3KeyPrefix` property.
        #[serde(rename = "OutputS3KeyPrefix", skip_serializing_if = "Option::is_none")]
        pub output_s3_key_prefix: Option<Value<String>>,
        /// The `OutputS3Region` property.
        #[serde(rename = "OutputS3Region", skip_serializing_if = "Option::is_none")]
        pub output_s3_region: Option<Value<String>>,
    }

    /// The `Target` property type of `AWS::SSM::Association`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Target {
        /// The `Key` property.
        ///
        /// Required.
        #[serde(rename = "Key")]
        pub key: Value<String>,
        /// The `Values` property.
        ///
        /// Required.
        #[serde(rename = "Values")]
        pub values: Vec<Value<String>>,
    }
}
pub use association::Association;
