//! `AWS::RDS::*`: DB instances and the subnet, parameter and option groups
//! they use.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

use super::Tag;
use crate::template::{CfnResource, Tagging, Value};

/// `AWS::RDS::DBSubnetGroup`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DbSubnetGroup {
    /// `DBSubnetGroupDescription`
    #[serde(rename = "DBSubnetGroupDescription")]
    pub db_subnet_group_description: String,
    /// `SubnetIds`
    pub subnet_ids: Vec<Value<String>>,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}

impl CfnResource for DbSubnetGroup {
    const TYPE: &'static str = "AWS::RDS::DBSubnetGroup";
    const TAGGING: Tagging = Tagging::List;
}

/// `AWS::RDS::DBParameterGroup`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DbParameterGroup {
    /// `Description`
    pub description: String,
    /// `Family`, e.g. `postgres16`.
    pub family: String,
    /// `Parameters`
    pub parameters: BTreeMap<String, String>,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}

impl CfnResource for DbParameterGroup {
    const TYPE: &'static str = "AWS::RDS::DBParameterGroup";
    const TAGGING: Tagging = Tagging::List;
}

/// One option of an option group.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct OptionConfiguration {
    /// `OptionName`
    pub option_name: String,
}

/// `AWS::RDS::OptionGroup`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct OptionGroup {
    /// `EngineName`
    pub engine_name: String,
    /// `MajorEngineVersion`
    pub major_engine_version: String,
    /// `OptionGroupDescription`
    pub option_group_description: String,
    /// `OptionConfigurations`
    pub option_configurations: Vec<OptionConfiguration>,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}

impl CfnResource for OptionGroup {
    const TYPE: &'static str = "AWS::RDS::OptionGroup";
    const TAGGING: Tagging = Tagging::List;
}

/// `MasterUserSecret`: the Secrets Manager secret RDS manages.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MasterUserSecret {
    /// `KmsKeyId`
    pub kms_key_id: Value<String>,
}

/// `AWS::RDS::DBInstance`
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DbInstance {
    /// `Engine`
    pub engine: String,
    /// `EngineVersion`
    pub engine_version: String,
    /// `DBInstanceClass`
    #[serde(rename = "DBInstanceClass")]
    pub db_instance_class: String,
    /// `AllocatedStorage` in GiB (as text, as CloudFormation documents it).
    pub allocated_storage: String,
    /// `MaxAllocatedStorage`: storage autoscaling's ceiling.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_allocated_storage: Option<u32>,
    /// `StorageType`
    pub storage_type: String,
    /// `StorageEncrypted`
    pub storage_encrypted: bool,
    /// `KmsKeyId`
    pub kms_key_id: Value<String>,
    /// `MasterUsername`
    pub master_username: String,
    /// `ManageMasterUserPassword`
    pub manage_master_user_password: bool,
    /// `MasterUserSecret`
    pub master_user_secret: MasterUserSecret,
    /// `DBName`
    #[serde(rename = "DBName", skip_serializing_if = "Option::is_none")]
    pub db_name: Option<String>,
    /// `Port` (as text).
    pub port: String,
    /// `EnableIAMDatabaseAuthentication`
    #[serde(rename = "EnableIAMDatabaseAuthentication")]
    pub enable_iam_database_authentication: bool,
    /// `PubliclyAccessible`
    pub publicly_accessible: bool,
    /// `DBSubnetGroupName`
    #[serde(rename = "DBSubnetGroupName")]
    pub db_subnet_group_name: Value<String>,
    /// `VPCSecurityGroups`
    #[serde(rename = "VPCSecurityGroups")]
    pub vpc_security_groups: Vec<Value<String>>,
    /// `DBParameterGroupName`
    #[serde(rename = "DBParameterGroupName")]
    pub db_parameter_group_name: Value<String>,
    /// `OptionGroupName`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub option_group_name: Option<Value<String>>,
    /// `BackupRetentionPeriod` in days.
    pub backup_retention_period: u32,
    /// `DeletionProtection`
    pub deletion_protection: bool,
    /// `MultiAZ`
    #[serde(rename = "MultiAZ")]
    pub multi_az: bool,
    /// `AutoMinorVersionUpgrade`
    pub auto_minor_version_upgrade: bool,
    /// `CopyTagsToSnapshot`
    pub copy_tags_to_snapshot: bool,
    /// `EnableCloudwatchLogsExports`
    pub enable_cloudwatch_logs_exports: Vec<String>,
    /// `EnablePerformanceInsights`
    pub enable_performance_insights: bool,
    /// `PerformanceInsightsKMSKeyId`
    #[serde(rename = "PerformanceInsightsKMSKeyId")]
    pub performance_insights_kms_key_id: Value<String>,
    /// `PerformanceInsightsRetentionPeriod` in days.
    pub performance_insights_retention_period: u32,
    /// `MonitoringInterval`: enhanced monitoring every this many seconds.
    pub monitoring_interval: u32,
    /// `MonitoringRoleArn`
    pub monitoring_role_arn: Value<String>,
    /// `CACertificateIdentifier`
    #[serde(rename = "CACertificateIdentifier")]
    pub ca_certificate_identifier: String,
    /// `Tags`
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}

impl CfnResource for DbInstance {
    const TYPE: &'static str = "AWS::RDS::DBInstance";
    const TAGGING: Tagging = Tagging::List;
}
