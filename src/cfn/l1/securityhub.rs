// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::SecurityHub::*` types.

/// `AWS::SecurityHub::Hub`: the resource and its property types.
pub mod hub {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The AWS::SecurityHub::Hub resource represents the implementation of the AWS Security Hub service in your account. One hub resource is created for each Region in which you enable Security Hub.
    ///
    /// CloudFormation type `AWS::SecurityHub::Hub`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Hub {
        /// Whether to automatically enable new controls when they are added to standards that are enabled
        #[serde(rename = "AutoEnableControls", skip_serializing_if = "Option::is_none")]
        pub auto_enable_controls: Option<Value<bool>>,
        /// This field, used when enabling Security Hub, specifies whether the calling account has consolidated control findings turned on. If the value for this field is set to SECURITY_CONTROL, Security Hub generates a single finding for a control check even when the check applies to multiple enabled standards. If the value for this field is set to STANDARD_CONTROL, Security Hub generates separate findings for ...
        #[serde(
            rename = "ControlFindingGenerator",
            skip_serializing_if = "Option::is_none"
        )]
        pub control_finding_generator: Option<Value<String>>,
        /// Whether to enable the security standards that Security Hub has designated as automatically enabled.
        #[serde(
            rename = "EnableDefaultStandards",
            skip_serializing_if = "Option::is_none"
        )]
        pub enable_default_standards: Option<Value<bool>>,
        /// A key-value pair to associate with a resource.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<BTreeMap<String, Value<String>>>,
    }

    impl CfnResource for Hub {
        const TYPE: &'static str = "AWS::SecurityHub::Hub";
        const TAGGING: Tagging = Tagging::Map;
    }
}
pub use hub::Hub;

/// `AWS::SecurityHub::Standard`: the resource and its property types.
pub mod standard {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// The ``AWS::SecurityHub::Standard`` resource specifies the enablement of a security standard. The standard is identified by the ``StandardsArn`` property. To view a list of ASH standards and their Amazon Resource Names (ARNs), use the DescribeStandards API operation. You must create a separate ``AWS::SecurityHub::Standard`` resource for each standard that you want to enable. For more information about ...
    ///
    /// CloudFormation type `AWS::SecurityHub::Standard`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Standard {
        /// Specifies which controls are to be disabled in a standard. *Maximum*: ``100``
        #[serde(
            rename = "DisabledStandardsControls",
            skip_serializing_if = "Option::is_none"
        )]
        pub disabled_standards_controls: Option<Vec<StandardsControl>>,
        /// The ARN of the standard that you want to enable. To view a list of available ASH standards and their ARNs, use the DescribeStandards API operation.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "StandardsArn")]
        pub standards_arn: Value<String>,
    }

    impl CfnResource for Standard {
        const TYPE: &'static str = "AWS::SecurityHub::Standard";
        const TAGGING: Tagging = Tagging::None;
    }

    /// Provides details about an individual security control. For a list of ASH controls, see controls reference in the *User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct StandardsControl {
        /// A user-defined reason for changing a control's enablement status in a specified standard. If you are disabling a control, then this property is required.
        #[serde(rename = "Reason", skip_serializing_if = "Option::is_none")]
        pub reason: Option<Value<String>>,
        /// The Amazon Resource Name (ARN) of the control.
        ///
        /// Required.
        #[serde(rename = "StandardsControlArn")]
        pub standards_control_arn: Value<String>,
    }
}
pub use standard::Standard;
