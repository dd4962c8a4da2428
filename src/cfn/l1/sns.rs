// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::SNS::*` types.

/// `AWS::SNS::Subscription`: the resource and its property types.
pub mod subscription {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::SNS::Subscription
    ///
    /// CloudFormation type `AWS::SNS::Subscription`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Subscription {
        /// The delivery policy JSON assigned to the subscription. Enables the subscriber to define the message delivery retry strategy in the case of an HTTP/S endpoint subscribed to the topic.
        #[serde(rename = "DeliveryPolicy", skip_serializing_if = "Option::is_none")]
        pub delivery_policy: Option<Json>,
        /// The subscription's endpoint. The endpoint value depends on the protocol that you specify.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Endpoint", skip_serializing_if = "Option::is_none")]
        pub endpoint: Option<Value<String>>,
        /// The filter policy JSON assigned to the subscription. Enables the subscriber to filter out unwanted messages.
        #[serde(rename = "FilterPolicy", skip_serializing_if = "Option::is_none")]
        pub filter_policy: Option<Json>,
        /// This attribute lets you choose the filtering scope by using one of the following string value types: MessageAttributes (default) and MessageBody.
        #[serde(rename = "FilterPolicyScope", skip_serializing_if = "Option::is_none")]
        pub filter_policy_scope: Option<Value<String>>,
        /// The subscription's protocol.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Protocol")]
        pub protocol: Value<String>,
        /// When set to true, enables raw message delivery. Raw messages don't contain any JSON formatting and can be sent to Amazon SQS and HTTP/S endpoints.
        #[serde(rename = "RawMessageDelivery", skip_serializing_if = "Option::is_none")]
        pub raw_message_delivery: Option<Value<bool>>,
        /// When specified, sends undeliverable messages to the specified Amazon SQS dead-letter queue. Messages that can't be delivered due to client errors are held in the dead-letter queue for further analysis or reprocessing.
        #[serde(rename = "RedrivePolicy", skip_serializing_if = "Option::is_none")]
        pub redrive_policy: Option<Json>,
        /// For cross-region subscriptions, the region in which the topic resides.If no region is specified, AWS CloudFormation uses the region of the caller as the default.
        #[serde(rename = "Region", skip_serializing_if = "Option::is_none")]
        pub region: Option<Value<String>>,
        /// Specifies whether Amazon SNS resends the notification to the subscription when a message's attribute changes.
        #[serde(rename = "ReplayPolicy", skip_serializing_if = "Option::is_none")]
        pub replay_policy: Option<Json>,
        /// This property applies only to Amazon Data Firehose delivery stream subscriptions.
        #[serde(
            rename = "SubscriptionRoleArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub subscription_role_arn: Option<Value<String>>,
        /// The ARN of the topic to subscribe to.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "TopicArn")]
        pub topic_arn: Value<String>,
    }

    impl CfnResource for Subscription {
        const TYPE: &'static str = "AWS::SNS::Subscription";
        const TAGGING: Tagging = Tagging::None;
    }
}
pub use subscription::Subscription;

/// `AWS::SNS::Topic`: the resource and its property types.
pub mod topic {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::SNS::Topic`` resource creates a topic to which notifications can be published. One account can create a maximum of 100,000 standard topics and 1,000 FIFO topics. For more information, see endpoints and quotas in the *General Reference*. The structure of ``AUTHPARAMS`` depends on the .signature of the API request. For more information, see Examples of the complete Signature Version 4 signing ...
    ///
    /// CloudFormation type `AWS::SNS::Topic`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Topic {
        /// The `ArchivePolicy` property.
        #[serde(rename = "ArchivePolicy", skip_serializing_if = "Option::is_none")]
        pub archive_policy: Option<Json>,
        /// ``ContentBasedDeduplication`` enables deduplication of messages based on their content for FIFO topics. By default, this property is set to false. If you create a FIFO topic with ``ContentBasedDeduplication`` set to false, you must provide a ``MessageDeduplicationId`` for each ``Publish`` action. When set to true, SNS automatically generates a ``MessageDeduplicationId`` using a SHA-256 hash of the ...
        #[serde(
            rename = "ContentBasedDeduplication",
            skip_serializing_if = "Option::is_none"
        )]
        pub content_based_deduplication: Option<Value<bool>>,
        /// The `DataProtectionPolicy` property.
        #[serde(
            rename = "DataProtectionPolicy",
            skip_serializing_if = "Option::is_none"
        )]
        pub data_protection_policy: Option<Json>,
        /// The ``DeliveryStatusLogging`` configuration enables you to log the delivery status of messages sent from your Amazon SNS topic to subscribed endpoints with the following supported delivery protocols: + HTTP + Amazon Kinesis Data Firehose + AWS Lambda + Platform application endpoint + Amazon Simple Queue Service Once configured, log entries are sent to Amazon CloudWatch Logs.
        #[serde(
            rename = "DeliveryStatusLogging",
            skip_serializing_if = "Option::is_none"
        )]
        pub delivery_status_logging: Option<Vec<LoggingConfig>>,
        /// The display name to use for an SNS topic with SMS subscriptions. The display name must be maximum 100 characters long, including hyphens (-), underscores (_), spaces, and tabs.
        #[serde(rename = "DisplayName", skip_serializing_if = "Option::is_none")]
        pub display_name: Option<Value<String>>,
        /// Specifies the throughput quota and deduplication behavior to apply for the FIFO topic. Valid values are ``Topic`` or ``MessageGroup``.
        #[serde(
            rename = "FifoThroughputScope",
            skip_serializing_if = "Option::is_none"
        )]
        pub fifo_throughput_scope: Option<Value<String>>,
        /// Set to true to create a FIFO topic.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "FifoTopic", skip_serializing_if = "Option::is_none")]
        pub fifo_topic: Option<Value<bool>>,
        /// The ID of an AWS managed customer master key (CMK) for SNS or a custom CMK. For more information, see Key terms. For more examples, see ``KeyId`` in the *API Reference*. This property applies only to server-side-encryption.
        #[serde(rename = "KmsMasterKeyId", skip_serializing_if = "Option::is_none")]
        pub kms_master_key_id: Option<Value<String>>,
        /// The `MaximumMessageSize` property.
        #[serde(rename = "MaximumMessageSize", skip_serializing_if = "Option::is_none")]
        pub maximum_message_size: Option<Value<i64>>,
        /// The signature version corresponds to the hashing algorithm used while creating the signature of the notifications, subscription confirmations, or unsubscribe confirmation messages sent by Amazon SNS. By default, ``SignatureVersion`` is set to ``1``.
        #[serde(rename = "SignatureVersion", skip_serializing_if = "Option::is_none")]
        pub signature_version: Option<Value<String>>,
        /// The SNS subscriptions (endpoints) for this topic. If you specify the ``Subscription`` property in the ``AWS::SNS::Topic`` resource and it creates an associated subscription resource, the associated subscription is not deleted when the ``AWS::SNS::Topic`` resource is deleted.
        #[serde(rename = "Subscription", skip_serializing_if = "Option::is_none")]
        pub subscription: Option<Vec<Subscription>>,
        /// The list of tags to add to a new topic. To be able to tag a topic on creation, you must have the ``sns:CreateTopic`` and ``sns:TagResource`` permissions.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The name of the topic you want to create. Topic names must include only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long. FIFO topic names must end with ``.fifo``. If you don't specify a name, CFN generates a unique physical ID and uses that ID for the topic name. For more information, see Name type. If you specify a name, you can't ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "TopicName", skip_serializing_if = "Option::is_none")]
        pub topic_name: Option<Value<String>>,
        /// Tracing mode of an SNS topic. By default ``TracingConfig`` is set to ``PassThrough``, and the topic passes through the tracing header it receives from an SNS publisher to its subscriptions. If set to ``Active``, SNS will vend X-Ray segment data to topic owner account if the sampled flag in the tracing header is true.
        #[serde(rename = "TracingConfig", skip_serializing_if = "Option::is_none")]
        pub tracing_config: Option<Value<String>>,
    }

    impl CfnResource for Topic {
        const TYPE: &'static str = "AWS::SNS::Topic";
        const TAGGING: Tagging = Tagging::List;
    }

    /// The ``LoggingConfig`` property type specifies the ``Delivery`` status logging configuration for an AWS::SNS::Topic.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LoggingConfig {
        /// The IAM role ARN to be used when logging failed message deliveries in Amazon CloudWatch.
        #[serde(
            rename = "FailureFeedbackRoleArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub failure_feedback_role_arn: Option<Value<String>>,
        /// Indicates one of the supported protocols for the Amazon SNS topic. At least one of the other three ``LoggingConfig`` properties is recommend along with ``Protocol``.
        ///
        /// Required.
        #[serde(rename = "Protocol")]
        pub protocol: Value<String>,
        /// The IAM role ARN to be used when logging successful message deliveries in Amazon CloudWatch.
        #[serde(
            rename = "SuccessFeedbackRoleArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub success_feedback_role_arn: Option<Value<String>>,
        /// The percentage of successful message deliveries to be logged in Amazon CloudWatch. Valid percentage values range from 0 to 100.
        #[serde(
            rename = "SuccessFeedbackSampleRate",
            skip_serializing_if = "Option::is_none"
        )]
        pub success_feedback_sample_rate: Option<Value<String>>,
    }

    /// ``Subscription`` is an embedded property that describes the subscription endpoints of an SNS topic. For full control over subscription behavior (for example, delivery policy, filtering, raw message delivery, and cross-region subscriptions), use the AWS::SNS::Subscription resource.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Subscription {
        /// The endpoint that receives notifications from the SNS topic. The endpoint value depends on the protocol that you specify. For more information, see the ``Endpoint`` parameter of the ``Subscribe`` action in the *API Reference*.
        ///
        /// Required.
        #[serde(rename = "Endpoint")]
        pub endpoint: Value<String>,
        /// The subscription's protocol. For more information, see the ``Protocol`` parameter of the ``Subscribe`` action in the *API Reference*.
        ///
        /// Required.
        #[serde(rename = "Protocol")]
        pub protocol: Value<String>,
    }
}
pub use topic::Topic;

/// `AWS::SNS::TopicPolicy`: the resource and its property types.
pub mod topic_policy {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::SNS::TopicPolicy`` resource associates SNS topics with a policy. For an example snippet, see Declaring an policy in the *User Guide*.
    ///
    /// CloudFormation type `AWS::SNS::TopicPolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct TopicPolicy {
        /// A policy document that contains permissions to add to the specified SNS topics.
        ///
        /// Required.
        #[serde(rename = "PolicyDocument")]
        pub policy_document: Json,
        /// The Amazon Resource Names (ARN) of the topics to which you want to add the policy. You can use the ``Ref`` function to specify an ``AWS::SNS::Topic`` resource.
        ///
        /// Required.
        #[serde(rename = "Topics")]
        pub topics: Vec<Value<String>>,
    }

    impl CfnResource for TopicPolicy {
        const TYPE: &'static str = "AWS::SNS::TopicPolicy";
        const TAGGING: Tagging = Tagging::None;
    }
}
pub use topic_policy::TopicPolicy;
