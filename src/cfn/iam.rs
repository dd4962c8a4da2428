//! `AWS::IAM::Role` and `AWS::IAM::InstanceProfile`.

use schemars::JsonSchema;
use serde::Serialize;

use super::Tag;
use crate::iam::PolicyDocument;
use crate::template::{CfnResource, Tagging, Value};

/// An inline policy of a role.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Policy {
    /// `PolicyName`
    pub policy_name: String,
    /// `PolicyDocument`
    pub policy_document: PolicyDocument,
}

/// `AWS::IAM::Role`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Role {
    /// `AssumeRolePolicyDocument`
    pub assume_role_policy_document: PolicyDocument,
    /// `Description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `ManagedPolicyArns`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub managed_policy_arns: Vec<Value<String>>,
    /// `Policies`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub policies: Vec<Policy>,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}

impl CfnResource for Role {
    const TYPE: &'static str = "AWS::IAM::Role";
    const TAGGING: Tagging = Tagging::List;
}

/// `AWS::IAM::InstanceProfile`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceProfile {
    /// `Roles`: exactly one role's name.
    pub roles: Vec<Value<String>>,
}

impl CfnResource for InstanceProfile {
    const TYPE: &'static str = "AWS::IAM::InstanceProfile";
    const TAGGING: Tagging = Tagging::None;
}
