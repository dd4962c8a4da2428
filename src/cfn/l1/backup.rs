// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::Backup::*` types.

/// `AWS::Backup::BackupPlan`: the resource and its property types.
pub mod backup_plan {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::Backup::BackupPlan
    ///
    /// CloudFormation type `AWS::Backup::BackupPlan`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BackupPlan {
        /// The `BackupPlan` property.
        ///
        /// Required.
        #[serde(rename = "BackupPlan")]
        pub backup_plan: BackupPlanResourceType,
        /// The `BackupPlanTags` property.
        #[serde(rename = "BackupPlanTags", skip_serializing_if = "Option::is_none")]
        pub backup_plan_tags: Option<BTreeMap<String, Value<String>>>,
    }

    impl CfnResource for BackupPlan {
        const TYPE: &'static str = "AWS::Backup::BackupPlan";
        const TAGGING: Tagging = Tagging::None;
    }

    /// The `AdvancedBackupSettingResourceType` property type of `AWS::Backup::BackupPlan`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AdvancedBackupSettingResourceType {
        /// The `BackupOptions` property.
        ///
        /// Required.
        #[serde(rename = "BackupOptions")]
        pub backup_options: Json,
        /// The `ResourceType` property.
        ///
        /// Required.
        #[serde(rename = "ResourceType")]
        pub resource_type: Value<String>,
    }

    /// The `BackupPlanResourceType` property type of `AWS::Backup::BackupPlan`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BackupPlanResourceType {
        /// The `AdvancedBackupSettings` property.
        #[serde(
            rename = "AdvancedBackupSettings",
            skip_serializing_if = "Option::is_none"
        )]
        pub advanced_backup_settings: Option<Vec<AdvancedBackupSettingResourceType>>,
        /// The `BackupPlanName` property.
        ///
        /// Required.
        #[serde(rename = "BackupPlanName")]
        pub backup_plan_name: Value<String>,
        /// The `BackupPlanRule` property.
        ///
        /// Required.
        #[serde(rename = "BackupPlanRule")]
        pub backup_plan_rule: Vec<BackupRuleResourceType>,
        /// The `ScanSettings` property.
        #[serde(rename = "ScanSettings", skip_serializing_if = "Option::is_none")]
        pub scan_settings: Option<Vec<ScanSettingResourceType>>,
    }

    /// The `BackupRuleResourceType` property type of `AWS::Backup::BackupPlan`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BackupRuleResourceType {
        /// The `CompletionWindowMinutes` property.
        #[serde(
            rename = "CompletionWindowMinutes",
            skip_serializing_if = "Option::is_none"
        )]
        pub completion_window_minutes: Option<Value<f64>>,
        /// The `CopyActions` property.
        #[serde(rename = "CopyActions", skip_serializing_if = "Option::is_none")]
        pub copy_actions: Option<Vec<CopyActionResourceType>>,
        /// The `EnableContinuousBackup` property.
        #[serde(
            rename = "EnableContinuousBackup",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_continuous_backup: Option<Value<bool>>,
        /// The `IndexActions` property.
        #[serde(rename = "IndexActions", skip_serializing_if = "Option::is_none")]
        pub index_actions: Option<Vec<IndexActionsResourceType>>,
        /// The `Lifecycle` property.
        #[serde(rename = "Lifecycle", skip_serializing_if = "Option::is_none")]
        pub lifecycle: Option<LifecycleResourceType>,
        /// The `RecoveryPointTags` property.
        #[serde(rename = "RecoveryPointTags", skip_serializing_if = "Option::is_none")]
        pub recovery_point_tags: Option<BTreeMap<String, Value<String>>>,
        /// The `RuleName` property.
        ///
        /// Required.
        #[serde(rename = "RuleName")]
        pub rule_name: Value<String>,
        /// The `ScanActions` property.
        #[serde(rename = "ScanActions", skip_serializing_if = "Option::is_none")]
        pub scan_actions: Option<Vec<ScanActionResourceType>>,
        /// The `ScheduleExpression` property.
        #[serde(rename = "ScheduleExpression", skip_serializing_if = "Option::is_none")]
        pub schedule_expression: Option<Value<String>>,
        /// The `ScheduleExpressionTimezone` property.
        #[serde(
            rename = "ScheduleExpressionTimezone",
            skip_serializing_if = "Option::is_none"
        )]
        pub schedule_expression_timezone: Option<Value<String>>,
        /// The `StartWindowMinutes` property.
        #[serde(rename = "StartWindowMinutes", skip_serializing_if = "Option::is_none")]
        pub start_window_minutes: Option<Value<f64>>,
        /// The `TargetBackupVault` property.
        ///
        /// Required.
        #[serde(rename = "TargetBackupVault")]
        pub target_backup_vault: Value<String>,
        /// The `TargetLogicallyAirGappedBackupVaultArn` property.
        #[serde(
            rename = "TargetLogicallyAirGappedBackupVaultArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub target_logically_air_gapped_backup_vault_arn: Option<Value<String>>,
    }

    /// The `CopyActionResourceType` property type of `AWS::Backup::BackupPlan`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CopyActionResourceType {
        /// The `DestinationBackupVaultArn` property.
        ///
        /// Required.
        #[serde(rename = "DestinationBackupVaultArn")]
        pub destination_backup_vault_arn: Value<String>,
        /// The `Lifecycle` property.
        #[serde(rename = "Lifecycle", skip_serializing_if = "Option::is_none")]
        pub lifecycle: Option<LifecycleResourceType>,
    }

    /// The `IndexActionsResourceType` property type of `AWS::Backup::BackupPlan`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct IndexActionsResourceType {
        /// The `ResourceTypes` property.
        #[serde(rename = "ResourceTypes", skip_serializing_if = "Option::is_none")]
        pub resource_types: Option<Vec<Value<String>>>,
    }

    /// The `LifecycleResourceType` property type of `AWS::Backup::BackupPlan`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LifecycleResourceType {
        /// The `DeleteAfterDays` property.
        #[serde(rename = "DeleteAfterDays", skip_serializing_if = "Option::is_none")]
        pub delete_after_days: Option<Value<f64>>,
        /// The `MoveToColdStorageAfterDays` property.
        #[serde(
            rename = "MoveToColdStorageAfterDays",
            skip_serializing_if = "Option::is_none"
        )]
        pub move_to_cold_storage_after_days: Option<Value<f64>>,
        /// The `OptInToArchiveForSupportedResources` property.
        #[serde(
            rename = "OptInToArchiveForSupportedResources",
            skip_serializing_if = "Option::is_none"
        )]
        pub opt_in_to_archive_for_supported_resources: Option<Value<bool>>,
    }

    /// The `ScanActionResourceType` property type of `AWS::Backup::BackupPlan`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ScanActionResourceType {
        /// The `MalwareScanner` property.
        #[serde(rename = "MalwareScanner", skip_serializing_if = "Option::is_none")]
        pub malware_scanner: Option<Value<String>>,
        /// The `ScanMode` property.
        #[serde(rename = "ScanMode", skip_serializing_if = "Option::is_none")]
        pub scan_mode: Option<Value<String>>,
    }

    /// The `ScanSettingResourceType` property type of `AWS::Backup::BackupPlan`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ScanSettingResourceType {
        /// The `MalwareScanner` property.
        #[serde(rename = "MalwareScanner", skip_serializing_if = "Option::is_none")]
        pub malware_scanner: Option<Value<String>>,
        /// The `ResourceTypes` property.
        #[serde(rename = "ResourceTypes", skip_serializing_if = "Option::is_none")]
        pub resource_types: Option<Vec<Value<String>>>,
        /// The `ScannerRoleArn` property.
        #[serde(rename = "ScannerRoleArn", skip_serializing_if = "Option::is_none")]
        pub scanner_role_arn: Option<Value<String>>,
    }
}
pub use backup_plan::BackupPlan;

/// `AWS::Backup::BackupSelection`: the resource and its property types.
pub mod backup_selection {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::Backup::BackupSelection
    ///
    /// CloudFormation type `AWS::Backup::BackupSelection`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BackupSelection {
        /// The `BackupPlanId` property.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "BackupPlanId")]
        pub backup_plan_id: Value<String>,
        /// The `BackupSelection` property.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "BackupSelection")]
        pub backup_selection: BackupSelectionResourceType,
    }

    impl CfnResource for BackupSelection {
        const TYPE: &'static str = "AWS::Backup::BackupSelection";
        const TAGGING: Tagging = Tagging::None;
    }

    /// The `BackupSelectionResourceType` property type of `AWS::Backup::BackupSelection`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BackupSelectionResourceType {
        /// The `Conditions` property.
        #[serde(rename = "Conditions", skip_serializing_if = "Option::is_none")]
        pub conditions: Option<Json>,
        /// The `IamRoleArn` property.
        ///
        /// Required.
        #[serde(rename = "IamRoleArn")]
        pub iam_role_arn: Value<String>,
        /// The `ListOfTags` property.
        #[serde(rename = "ListOfTags", skip_serializing_if = "Option::is_none")]
        pub list_of_tags: Option<Vec<ConditionResourceType>>,
        /// The `NotResources` property.
        #[serde(rename = "NotResources", skip_serializing_if = "Option::is_none")]
        pub not_resources: Option<Vec<Value<String>>>,
        /// The `Resources` property.
        #[serde(rename = "Resources", skip_serializing_if = "Option::is_none")]
        pub resources: Option<Vec<Value<String>>>,
        /// The `SelectionName` property.
        ///
        /// Required.
        #[serde(rename = "SelectionName")]
        pub selection_name: Value<String>,
    }

    /// The `ConditionParameter` property type of `AWS::Backup::BackupSelection`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ConditionParameter {
        /// The `ConditionKey` property.
        #[serde(rename = "ConditionKey", skip_serializing_if = "Option::is_none")]
        pub condition_key: Option<Value<String>>,
        /// The `ConditionValue` property.
        #[serde(rename = "ConditionValue", skip_serializing_if = "Option::is_none")]
        pub condition_value: Option<Value<String>>,
    }

    /// The `ConditionResourceType` property type of `AWS::Backup::BackupSelection`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ConditionResourceType {
        /// The `ConditionKey` property.
        ///
        /// Required.
        #[serde(rename = "ConditionKey")]
        pub condition_key: Value<String>,
        /// The `ConditionType` property.
        ///
        /// Required.
        #[serde(rename = "ConditionType")]
        pub condition_type: Value<String>,
        /// The `ConditionValue` property.
        ///
        /// Required.
        #[serde(rename = "ConditionValue")]
        pub condition_value: Value<String>,
    }
}
pub use backup_selection::BackupSelection;

/// `AWS::Backup::BackupVault`: the resource and its property types.
pub mod backup_vault {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::Backup::BackupVault
    ///
    /// CloudFormation type `AWS::Backup::BackupVault`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct BackupVault {
        /// The `AccessPolicy` property.
        #[serde(rename = "AccessPolicy", skip_serializing_if = "Option::is_none")]
        pub access_policy: Option<Json>,
        /// The `BackupVaultName` property.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "BackupVaultName")]
        pub backup_vault_name: Value<String>,
        /// The `BackupVaultTags` property.
        #[serde(rename = "BackupVaultTags", skip_serializing_if = "Option::is_none")]
        pub backup_vault_tags: Option<BTreeMap<String, Value<String>>>,
        /// The `EncryptionKeyArn` property.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "EncryptionKeyArn", skip_serializing_if = "Option::is_none")]
        pub encryption_key_arn: Option<Value<String>>,
        /// The `LockConfiguration` property.
        #[serde(rename = "LockConfiguration", skip_serializing_if = "Option::is_none")]
        pub lock_configuration: Option<LockConfigurationType>,
        /// The `Notifications` property.
        #[serde(rename = "Notifications", skip_serializing_if = "Option::is_none")]
        pub notifications: Option<NotificationObjectType>,
    }

    impl CfnResource for BackupVault {
        const TYPE: &'static str = "AWS::Backup::BackupVault";
        const TAGGING: Tagging = Tagging::None;
    }

    /// The `LockConfigurationType` property type of `AWS::Backup::BackupVault`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct LockConfigurationType {
        /// The `ChangeableForDays` property.
        #[serde(rename = "ChangeableForDays", skip_serializing_if = "Option::is_none")]
        pub changeable_for_days: Option<Value<i64>>,
        /// The `MaxRetentionDays` property.
        #[serde(rename = "MaxRetentionDays", skip_serializing_if = "Option::is_none")]
        pub max_retention_days: Option<Value<i64>>,
        /// The `MinRetentionDays` property.
        ///
        /// Required.
        #[serde(rename = "MinRetentionDays")]
        pub min_retention_days: Value<i64>,
    }

    /// The `NotificationObjectType` property type of `AWS::Backup::BackupVault`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct NotificationObjectType {
        /// The `BackupVaultEvents` property.
        ///
        /// Required.
        #[serde(rename = "BackupVaultEvents")]
        pub backup_vault_events: Vec<Value<String>>,
        /// The `SNSTopicArn` property.
        ///
        /// Required.
        #[serde(rename = "SNSTopicArn")]
        pub sns_topic_arn: Value<String>,
    }
}
pub use backup_vault::BackupVault;
