//! `AWS::Logs::LogGroup`.

use schemars::JsonSchema;
use serde::Serialize;

use super::Tag;
use crate::template::{CfnResource, Tagging, Value};

/// `AWS::Logs::LogGroup`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct LogGroup {
    /// `LogGroupName`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_group_name: Option<Value<String>>,
    /// `KmsKeyId`: the key's ARN.
    pub kms_key_id: Value<String>,
    /// `RetentionInDays`
    pub retention_in_days: u32,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}

impl CfnResource for LogGroup {
    const TYPE: &'static str = "AWS::Logs::LogGroup";
    const TAGGING: Tagging = Tagging::List;
}
