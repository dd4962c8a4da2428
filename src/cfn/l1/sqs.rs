// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::SQS::*` types.

/// `AWS::SQS::Queue`: the resource and its property types.
pub mod queue {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::SQS::Queue`` resource creates an SQS standard or FIFO queue. Keep the following caveats in mind: + If you don't specify the ``FifoQueue`` property, SQS creates a standard queue. You can't change the queue type after you create it and you can't convert an existing standard queue into a FIFO queue. You must either create a new FIFO queue for your application or delete your existing standard ...
    ///
    /// CloudFormation type `AWS::SQS::Queue`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Queue {
        /// For first-in-first-out (FIFO) queues, specifies whether to enable content-based deduplication. During the deduplication interval, SQS treats messages that are sent with identical content as duplicates and delivers only one copy of the message. For more information, see the ``ContentBasedDeduplication`` attribute for the ``CreateQueue`` action in the *API Reference*.
        #[serde(
            rename = "ContentBasedDeduplication",
            skip_serializing_if = "Option::is_none"
        )]
        pub content_based_deduplication: Option<Value<bool>>,
        /// For high throughput for FIFO queues, specifies whether message deduplication occurs at the message group or queue level. Valid values are ``messageGroup`` and ``queue``. To enable high throughput for a FIFO queue, set this attribute to ``messageGroup``*and* set the ``FifoThroughputLimit`` attribute to ``perMessageGroupId``. If you set these attributes to anything other than these values, normal throughput ...
        #[serde(rename = "DeduplicationScope", skip_serializing_if = "Option::is_none")]
        pub deduplication_scope: Option<Value<String>>,
        /// The time in seconds for which the delivery of all messages in the queue is delayed. You can specify an integer value of ``0`` to ``900`` (15 minutes). The default value is ``0``.
        #[serde(rename = "DelaySeconds", skip_serializing_if = "Option::is_none")]
        pub delay_seconds: Option<Value<i64>>,
        /// If set to true, creates a FIFO queue. If you don't specify this property, SQS creates a standard queue. For more information, see Amazon SQS FIFO queues in the *Developer Guide*.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "FifoQueue", skip_serializing_if = "Option::is_none")]
        pub fifo_queue: Option<Value<bool>>,
        /// For high throughput for FIFO queues, specifies whether the FIFO queue throughput quota applies to the entire queue or per message group. Valid values are ``perQueue`` and ``perMessageGroupId``. To enable high throughput for a FIFO queue, set this attribute to ``perMessageGroupId``*and* set the ``DeduplicationScope`` attribute to ``messageGroup``. If you set these attributes to anything other than these ...
        #[serde(
            rename = "FifoThroughputLimit",
            skip_serializing_if = "Option::is_none"
        )]
        pub fifo_throughput_limit: Option<Value<String>>,
        /// The length of time in seconds for which SQS can reuse a data key to encrypt or decrypt messages before calling KMS again. The value must be an integer between 60 (1 minute) and 86,400 (24 hours). The default is 300 (5 minutes). A shorter time period provides better security, but results in more calls to KMS, which might incur charges after Free Tier. For more information, see Encryption at rest in ...
        #[serde(
            rename = "KmsDataKeyReusePeriodSeconds",
            skip_serializing_if = "Option::is_none"
        )]
        pub kms_data_key_reuse_period_seconds: Option<Value<i64>>,
        /// The ID of an AWS Key Management Service (KMS) for SQS, or a custom KMS. To use the AWS managed KMS for SQS, specify a (default) alias ARN, alias name (for example ``alias/aws/sqs``), key ARN, or key ID. For more information, see the following: + Encryption at rest in the *Developer Guide* + CreateQueue in the *API Reference* + Request Parameters in the *Key Management Service API Reference* + The Key ...
        #[serde(rename = "KmsMasterKeyId", skip_serializing_if = "Option::is_none")]
        pub kms_master_key_id: Option<Value<String>>,
        /// The limit of how many bytes that a message can contain before SQS rejects it. You can specify an integer from 1,024 bytes (1 KiB) to 1,048,576 bytes (1 MiB). Default: 1,048,576 bytes (1 MiB).
        #[serde(rename = "MaximumMessageSize", skip_serializing_if = "Option::is_none")]
        pub maximum_message_size: Option<Value<i64>>,
        /// The number of seconds that SQS retains a message. You can specify an integer value from ``60`` seconds (1 minute) to ``1,209,600`` seconds (14 days). The default value is ``345,600`` seconds (4 days).
        #[serde(
            rename = "MessageRetentionPeriod",
            skip_serializing_if = "Option::is_none"
        )]
        pub message_retention_period: Option<Value<i64>>,
        /// A name for the queue. To create a FIFO queue, the name of your FIFO queue must end with the ``.fifo`` suffix. For more information, see Amazon SQS FIFO queues in the *Developer Guide*. If you don't specify a name, CFN generates a unique physical ID and uses that ID for the queue name. For more information, see Name type in the *User Guide*. If you specify a name, you can't perform updates that require ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "QueueName", skip_serializing_if = "Option::is_none")]
        pub queue_name: Option<Value<String>>,
        /// Specifies the duration, in seconds, that the ReceiveMessage action call waits until a message is in the queue in order to include it in the response, rather than returning an empty response if a message isn't yet available. You can specify an integer from 1 to 20. Short polling is used as the default or when you specify 0 for this property. For more information, see Consuming messages using long polling ...
        #[serde(
            rename = "ReceiveMessageWaitTimeSeconds",
            skip_serializing_if = "Option::is_none"
        )]
        pub receive_message_wait_time_seconds: Option<Value<i64>>,
        /// The string that includes the parameters for the permissions for the dead-letter queue redrive permission and which source queues can specify dead-letter queues as a JSON object. The parameters are as follows: + ``redrivePermission``: The permission type that defines which source queues can specify the current queue as the dead-letter queue. Valid values are: + ``allowAll``: (Default) Any source queues ...
        #[serde(rename = "RedriveAllowPolicy", skip_serializing_if = "Option::is_none")]
        pub redrive_allow_policy: Option<Json>,
        /// The string that includes the parameters for the dead-letter queue functionality of the source queue as a JSON object. The parameters are as follows: + ``deadLetterTargetArn``: The Amazon Resource Name (ARN) of the dead-letter queue to which SQS moves messages after the value of ``maxReceiveCount`` is exceeded. + ``maxReceiveCount``: The number of times a message is received by a consumer of the source ...
        #[serde(rename = "RedrivePolicy", skip_serializing_if = "Option::is_none")]
        pub redrive_policy: Option<Json>,
        /// Enables server-side queue encryption using SQS owned encryption keys. Only one server-side encryption option is supported per queue (for example, SSE-KMS or SSE-SQS). When ``SqsManagedSseEnabled`` is not defined, ``SSE-SQS`` encryption is enabled by default.
        #[serde(
            rename = "SqsManagedSseEnabled",
            skip_serializing_if = "Option::is_none"
        )]
        pub sqs_managed_sse_enabled: Option<Value<bool>>,
        /// The tags that you attach to this queue. For more information, see Resource tag in the *User Guide*.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The length of time during which a message will be unavailable after a message is delivered from the queue. This blocks other components from receiving the same message and gives the initial component time to process and delete the message from the queue. Values must be from 0 to 43,200 seconds (12 hours). If you don't specify a value, AWS CloudFormation uses the default value of 30 seconds. For more ...
        #[serde(rename = "VisibilityTimeout", skip_serializing_if = "Option::is_none")]
        pub visibility_timeout: Option<Value<i64>>,
    }

    impl CfnResource for Queue {
        const TYPE: &'static str = "AWS::SQS::Queue";
        const TAGGING: Tagging = Tagging::List;
    }
}
pub use queue::Queue;

/// `AWS::SQS::QueuePolicy`: the resource and its property types.
pub mod queue_policy {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::SQS::QueuePolicy`` type applies a policy to SQS queues. For an example snippet, see Declaring an policy in the *User Guide*.
    ///
    /// CloudFormation type `AWS::SQS::QueuePolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct QueuePolicy {
        /// A policy document that contains the permissions for the specified SQS queues. For more information about SQS policies, see Using custom policies with the access policy language in the *Developer Guide*.
        ///
        /// Required.
        #[serde(rename = "PolicyDocument")]
        pub policy_document: Json,
        /// The URLs of the queues to which you want to add the policy. You can use the ``Ref`` function to specify an ``AWS::SQS::Queue`` resource.
        ///
        /// Required.
        #[serde(rename = "Queues")]
        pub queues: Vec<Value<String>>,
    }

    impl CfnResource for QueuePolicy {
        const TYPE: &'static str = "AWS::SQS::QueuePolicy";
        const TAGGING: Tagging = Tagging::None;
    }
}
pub use queue_policy::QueuePolicy;
