// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::AccessAnalyzer::*` types.

/// `AWS::AccessAnalyzer::Analyzer`: the resource and its property types.
pub mod analyzer {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The AWS::AccessAnalyzer::Analyzer type specifies an analyzer of the user's account
    ///
    /// CloudFormation type `AWS::AccessAnalyzer::Analyzer`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Analyzer {
        /// The configuration for the analyzer
        #[serde(
            rename = "AnalyzerConfiguration",
            skip_serializing_if = "Option::is_none"
        )]
        pub analyzer_configuration: Option<Json>,
        /// Analyzer name
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "AnalyzerName", skip_serializing_if = "Option::is_none")]
        pub analyzer_name: Option<Value<String>>,
        /// The `ArchiveRules` property.
        #[serde(rename = "ArchiveRules", skip_serializing_if = "Option::is_none")]
        pub archive_rules: Option<Vec<ArchiveRule>>,
        /// An array of key-value pairs to apply to this resource.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The type of the analyzer, must be one of ACCOUNT, ORGANIZATION, ACCOUNT_INTERNAL_ACCESS, ORGANIZATION_INTERNAL_ACCESS, ACCOUNT_UNUSED_ACCESS and ORGANIZATION_UNUSED_ACCESS
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Type")]
        pub r#type: Value<String>,
    }

    impl CfnResource for Analyzer {
        const TYPE: &'static str = "AWS::AccessAnalyzer::Analyzer";
        const TAGGING: Tagging = Tagging::List;
    }

    /// The criteria for an analysis rule for an analyzer.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AnalysisRuleCriteria {
        /// A list of AWS account IDs to apply to the analysis rule criteria. The accounts cannot include the organization analyzer owner account. Account IDs can only be applied to the analysis rule criteria for organization-level analyzers.
        #[serde(rename = "AccountIds", skip_serializing_if = "Option::is_none")]
        pub account_ids: Option<Vec<Value<String>>>,
        /// An array of key-value pairs to match for your resources. You can use the set of Unicode letters, digits, whitespace, _, ., /, =, +, and -.
        #[serde(rename = "ResourceTags", skip_serializing_if = "Option::is_none")]
        pub resource_tags: Option<Vec<Vec<crate::cfn::Tag>>>,
    }

    /// An Access Analyzer archive rule. Archive rules automatically archive new findings that meet the criteria you define when you create the rule.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ArchiveRule {
        /// The `Filter` property.
        ///
        /// Required.
        #[serde(rename = "Filter")]
        pub filter: Vec<Filter>,
        /// The archive rule name
        ///
        /// Required.
        #[serde(rename = "RuleName")]
        pub rule_name: Value<String>,
    }

    /// The `Filter` property type of `AWS::AccessAnalyzer::Analyzer`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Filter {
        /// The `Contains` property.
        #[serde(rename = "Contains", skip_serializing_if = "Option::is_none")]
        pub contains: Option<Vec<Value<String>>>,
        /// The `Eq` property.
        #[serde(rename = "Eq", skip_serializing_if = "Option::is_none")]
        pub eq: Option<Vec<Value<String>>>,
        /// The `Exists` property.
        #[serde(rename = "Exists", skip_serializing_if = "Option::is_none")]
        pub exists: Option<Value<bool>>,
        /// The `Neq` property.
        #[serde(rename = "Neq", skip_serializing_if = "Option::is_none")]
        pub neq: Option<Vec<Value<String>>>,
        /// The `Property` property.
        ///
        /// Required.
        #[serde(rename = "Property")]
        pub property: Value<String>,
    }

    /// The criteria for an analysis rule for an internal access analyzer.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct InternalAccessAnalysisRuleCriteria {
        /// A list of AWS account IDs to apply to the internal access analysis rule criteria. Account IDs can only be applied to the analysis rule criteria for organization-level analyzers and cannot include the organization owner account.
        #[serde(rename = "AccountIds", skip_serializing_if = "Option::is_none")]
        pub account_ids: Option<Vec<Value<String>>>,
        /// A list of resource ARNs to apply to the internal access analysis rule criteria. The analyzer will only generate findings for resources that match these ARNs.
        #[serde(rename = "ResourceArns", skip_serializing_if = "Option::is_none")]
        pub resource_arns: Option<Vec<Value<String>>>,
        /// A list of resource types to apply to the internal access analysis rule criteria. The analyzer will only generate findings for resources of these types.
        #[serde(rename = "ResourceTypes", skip_serializing_if = "Option::is_none")]
        pub resource_types: Option<Vec<Value<String>>>,
    }

    /// Specifies the configuration of an internal access analyzer for an AWS organization or account. This configuration determines how the analyzer evaluates internal access within your AWS environment.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct InternalAccessConfiguration {
        /// Contains information about analysis rules for the internal access analyzer. Analysis rules determine which entities will generate findings based on the criteria you define when you create the rule.
        #[serde(
            rename = "InternalAccessAnalysisRule",
            skip_serializing_if = "Option::is_none"
        )]
        pub internal_access_analysis_rule: Option<Json>,
    }

    /// The Configuration for Unused Access Analyzer
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct UnusedAccessConfiguration {
        /// Contains information about rules for the analyzer.
        #[serde(rename = "AnalysisRule", skip_serializing_if = "Option::is_none")]
        pub analysis_rule: Option<Json>,
        /// The specified access age in days for which to generate findings for unused access. For example, if you specify 90 days, the analyzer will generate findings for IAM entities within the accounts of the selected organization for any access that hasn't been used in 90 or more days since the analyzer's last scan. You can choose a value between 1 and 365 days.
        #[serde(rename = "UnusedAccessAge", skip_serializing_if = "Option::is_none")]
        pub unused_access_age: Option<Value<i64>>,
    }
}
pub use analyzer::Analyzer;
