//! `AWS::SQS::Queue`.

use schemars::JsonSchema;
use serde::Serialize;

use super::Tag;
use crate::template::{CfnResource, Tagging, Value};

/// `AWS::SQS::Queue`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Queue {
    /// `KmsMasterKeyId`
    pub kms_master_key_id: Value<String>,
    /// `KmsDataKeyReusePeriodSeconds`
    pub kms_data_key_reuse_period_seconds: u32,
    /// `MessageRetentionPeriod` in seconds.
    pub message_retention_period: u32,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}

impl CfnResource for Queue {
    const TYPE: &'static str = "AWS::SQS::Queue";
    const TAGGING: Tagging = Tagging::List;
}
