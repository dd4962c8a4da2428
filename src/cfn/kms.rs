//! `AWS::KMS::Key` and `AWS::KMS::Alias`.

use schemars::JsonSchema;
use serde::Serialize;

use super::Tag;
use crate::iam::PolicyDocument;
use crate::template::{CfnResource, Tagging, Value};

/// `AWS::KMS::Key`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Key {
    /// `Description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `Enabled`
    pub enabled: bool,
    /// `EnableKeyRotation`
    pub enable_key_rotation: bool,
    /// `KeyPolicy`
    pub key_policy: PolicyDocument,
    /// `KeySpec`
    pub key_spec: String,
    /// `KeyUsage`
    pub key_usage: String,
    /// `PendingWindowInDays`
    pub pending_window_in_days: u32,
    /// `RotationPeriodInDays`
    pub rotation_period_in_days: u32,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}

impl CfnResource for Key {
    const TYPE: &'static str = "AWS::KMS::Key";
    const TAGGING: Tagging = Tagging::List;
}

/// `AWS::KMS::Alias`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Alias {
    /// `AliasName`
    pub alias_name: String,
    /// `TargetKeyId`
    pub target_key_id: Value<String>,
}

impl CfnResource for Alias {
    const TYPE: &'static str = "AWS::KMS::Alias";
    const TAGGING: Tagging = Tagging::None;
}
