// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::GuardDuty::*` types.

/// `AWS::GuardDuty::Detector`: the resource and its property types.
pub mod detector {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::GuardDuty::Detector
    ///
    /// CloudFormation type `AWS::GuardDuty::Detector`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Detector {
        /// The `DataSources` property.
        #[serde(rename = "DataSources", skip_serializing_if = "Option::is_none")]
        pub data_sources: Option<CfnDataSourceConfigurations>,
        /// The `Enable` property.
        ///
        /// Required.
        #[serde(rename = "Enable")]
        pub enable: Value<bool>,
        /// The `Features` property.
        #[serde(rename = "Features", skip_serializing_if = "Option::is_none")]
        pub features: Option<Vec<CfnFeatureConfiguration>>,
        /// The `FindingPublishingFrequency` property.
        #[serde(
            rename = "FindingPublishingFrequency",
            skip_serializing_if = "Option::is_none"
        )]
        pub finding_publishing_frequency: Option<Value<String>>,
        /// The `Tags` property.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
    }

    impl CfnResource for Detector {
        const TYPE: &'static str = "AWS::GuardDuty::Detector";
        const TAGGING: Tagging = Tagging::List;
    }

    /// The `CFNDataSourceConfigurations` property type of `AWS::GuardDuty::Detector`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CfnDataSourceConfigurations {
        /// The `Kubernetes` property.
        #[serde(rename = "Kubernetes", skip_serializing_if = "Option::is_none")]
        pub kubernetes: Option<CfnKubernetesConfiguration>,
        /// The `MalwareProtection` property.
        #[serde(rename = "MalwareProtection", skip_serializing_if = "Option::is_none")]
        pub malware_protection: Option<CfnMalwareProtectionConfiguration>,
        /// The `S3Logs` property.
        #[serde(rename = "S3Logs", skip_serializing_if = "Option::is_none")]
        pub s3_logs: Option<Cfns3LogsConfiguration>,
    }

    /// The `CFNFeatureAdditionalConfiguration` property type of `AWS::GuardDuty::Detector`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CfnFeatureAdditionalConfiguration {
        /// The `Name` property.
        #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
        pub name: Option<Value<String>>,
        /// The `Status` property.
        #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
        pub status: Option<Value<String>>,
    }

    /// The `CFNFeatureConfiguration` property type of `AWS::GuardDuty::Detector`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CfnFeatureConfiguration {
        /// The `AdditionalConfiguration` property.
        #[serde(
            rename = "AdditionalConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub additional_configuration: Option<Vec<CfnFeatureAdditionalConfiguration>>,
        /// The `Name` property.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// The `Status` property.
        ///
        /// Required.
        #[serde(rename = "Status")]
        pub status: Value<String>,
    }

    /// The `CFNKubernetesAuditLogsConfiguration` property type of `AWS::GuardDuty::Detector`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CfnKubernetesAuditLogsConfiguration {
        /// The `Enable` property.
        ///
        /// Required.
        #[serde(rename = "Enable")]
        pub enable: Value<bool>,
    }

    /// The `CFNKubernetesConfiguration` property type of `AWS::GuardDuty::Detector`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CfnKubernetesConfiguration {
        /// The `AuditLogs` property.
        ///
        /// Required.
        #[serde(rename = "AuditLogs")]
        pub audit_logs: CfnKubernetesAuditLogsConfiguration,
    }

    /// The `CFNMalwareProtectionConfiguration` property type of `AWS::GuardDuty::Detector`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CfnMalwareProtectionConfiguration {
        /// The `ScanEc2InstanceWithFindings` property.
        #[serde(
            rename = "ScanEc2InstanceWithFindings",
            skip_serializing_if = "Option::is_none"
        )]
        pub scan_ec2_instance_with_findings: Option<CfnScanEc2InstanceWithFindingsConfiguration>,
    }

    /// The `CFNS3LogsConfiguration` property type of `AWS::GuardDuty::Detector`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Cfns3LogsConfiguration {
        /// The `Enable` property.
        ///
        /// Required.
        #[serde(rename = "Enable")]
        pub enable: Value<bool>,
    }

    /// The `CFNScanEc2InstanceWithFindingsConfiguration` property type of `AWS::GuardDuty::Detector`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CfnScanEc2InstanceWithFindingsConfiguration {
        /// The `EbsVolumes` property.
        #[serde(rename = "EbsVolumes", skip_serializing_if = "Option::is_none")]
        pub ebs_volumes: Option<Value<bool>>,
    }
}
pub use detector::Detector;
