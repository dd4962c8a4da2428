//! `AWS::Lambda::Function`, `AWS::Lambda::Url`, `AWS::Lambda::Permission`.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

use super::Tag;
use crate::template::{CfnResource, Tagging, Value};

/// `Code`: inline source or an S3 object.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Code {
    /// `ZipFile`: inline source (Python and Node.js).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zip_file: Option<String>,
    /// `S3Bucket`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub s3_bucket: Option<Value<String>>,
    /// `S3Key`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub s3_key: Option<Value<String>>,
    /// `S3ObjectVersion`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub s3_object_version: Option<Value<String>>,
}

/// `Environment`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Environment {
    /// `Variables`
    pub variables: BTreeMap<String, Value<String>>,
}

/// `TracingConfig`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TracingConfig {
    /// `Mode`: `Active`.
    pub mode: String,
}

/// `DeadLetterConfig`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DeadLetterConfig {
    /// `TargetArn`
    pub target_arn: Value<String>,
}

/// `VpcConfig`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct VpcConfig {
    /// `SubnetIds`
    pub subnet_ids: Vec<Value<String>>,
    /// `SecurityGroupIds`
    pub security_group_ids: Vec<Value<String>>,
}

/// `LoggingConfig`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct LoggingConfig {
    /// `LogGroup`: the group's name.
    pub log_group: Value<String>,
    /// `LogFormat`: `JSON`.
    pub log_format: String,
}

/// `AWS::Lambda::Function`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Function {
    /// `FunctionName`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function_name: Option<String>,
    /// `Description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `Runtime`
    pub runtime: String,
    /// `Handler`
    pub handler: String,
    /// `Architectures`
    pub architectures: Vec<String>,
    /// `Code`
    pub code: Code,
    /// `Role`: the execution role's ARN.
    pub role: Value<String>,
    /// `MemorySize` in MB.
    pub memory_size: u32,
    /// `Timeout` in seconds.
    pub timeout: u32,
    /// `Environment`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment: Option<Environment>,
    /// `KmsKeyArn`: encrypts environment variables.
    pub kms_key_arn: Value<String>,
    /// `TracingConfig`
    pub tracing_config: TracingConfig,
    /// `ReservedConcurrentExecutions`
    pub reserved_concurrent_executions: u32,
    /// `DeadLetterConfig`
    pub dead_letter_config: DeadLetterConfig,
    /// `VpcConfig`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vpc_config: Option<VpcConfig>,
    /// `LoggingConfig`
    pub logging_config: LoggingConfig,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}

impl CfnResource for Function {
    const TYPE: &'static str = "AWS::Lambda::Function";
    const TAGGING: Tagging = Tagging::List;
}

/// `AWS::Lambda::Url`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Url {
    /// `TargetFunctionArn`
    pub target_function_arn: Value<String>,
    /// `AuthType`: `AWS_IAM` or `NONE`.
    pub auth_type: String,
}

impl CfnResource for Url {
    const TYPE: &'static str = "AWS::Lambda::Url";
    const TAGGING: Tagging = Tagging::None;
}

/// `AWS::Lambda::Permission`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Permission {
    /// `Action`
    pub action: String,
    /// `FunctionName`: the function's name or ARN.
    pub function_name: Value<String>,
    /// `Principal`
    pub principal: String,
    /// `FunctionUrlAuthType`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function_url_auth_type: Option<String>,
}

impl CfnResource for Permission {
    const TYPE: &'static str = "AWS::Lambda::Permission";
    const TAGGING: Tagging = Tagging::None;
}
