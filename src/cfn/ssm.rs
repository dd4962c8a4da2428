//! `AWS::SSM::Association`.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

use crate::template::{CfnResource, Tagging, Value};

/// Parameters of an SSM association: each name takes a list of strings.
pub type AssociationParameters = BTreeMap<String, Vec<String>>;

/// Which managed instances an association runs on.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Target {
    /// `Key`, e.g. `InstanceIds`.
    pub key: String,
    /// `Values`
    pub values: Vec<Value<String>>,
}

/// `AWS::SSM::Association`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Association {
    /// `Name`: the SSM document, e.g. `AWS-RunPatchBaseline`.
    pub name: String,
    /// `AssociationName`
    pub association_name: Value<String>,
    /// `Targets`
    pub targets: Vec<Target>,
    /// `Parameters`
    pub parameters: AssociationParameters,
    /// `ScheduleExpression`: a cron or rate expression.
    pub schedule_expression: String,
    /// `ComplianceSeverity`
    pub compliance_severity: String,
    /// `MaxErrors`
    pub max_errors: String,
    /// `MaxConcurrency`
    pub max_concurrency: String,
}

impl CfnResource for Association {
    const TYPE: &'static str = "AWS::SSM::Association";
    const TAGGING: Tagging = Tagging::None;
}
