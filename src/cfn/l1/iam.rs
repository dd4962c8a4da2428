// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::IAM::*` types.

/// `AWS::IAM::InstanceProfile`: the resource and its property types.
pub mod instance_profile {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Creates a new instance profile. For information about instance profiles, see Using instance profiles. For information about the number of instance profiles you can create, see object quotas in the *User Guide*.
    ///
    /// CloudFormation type `AWS::IAM::InstanceProfile`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct InstanceProfile {
        /// The name of the instance profile to create. This parameter allows (through its regex pattern) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: _+=,.@-
        ///
        /// Changing it replaces the resource.
        #[serde(
            rename = "InstanceProfileName",
            skip_serializing_if = "Option::is_none"
        )]
        pub instance_profile_name: Option<Value<String>>,
        /// The path to the instance profile. For more information about paths, see IAM Identifiers in the *IAM User Guide*. This parameter is optional. If it is not included, it defaults to a slash (/). This parameter allows (through its regex pattern) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Path", skip_serializing_if = "Option::is_none")]
        pub path: Option<Value<String>>,
        /// The name of the role to associate with the instance profile. Only one role can be assigned to an EC2 instance at a time, and all applications on the instance share the same role and permissions.
        ///
        /// Required.
        #[serde(rename = "Roles")]
        pub roles: Vec<Value<String>>,
    }

    impl CfnResource for InstanceProfile {
        const TYPE: &'static str = "AWS::IAM::InstanceProfile";
        const TAGGING: Tagging = Tagging::None;
    }
}
pub use instance_profile::InstanceProfile;

/// `AWS::IAM::Policy`: the resource and its property types.
pub mod policy {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Adds or updates an inline policy document that is embedded in the specified IAM group, user or role. An IAM user can also have a managed policy attached to it. For information about policies, see Managed Policies and Inline Policies in the *User Guide*. The Groups, Roles, and Users properties are optional. However, you must specify at least one of these properties. For information about policy documents, ...
    ///
    /// CloudFormation type `AWS::IAM::Policy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Policy {
        /// The name of the group to associate the policy with. This parameter allows (through its regex pattern) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: _+=,.@-.
        #[serde(rename = "Groups", skip_serializing_if = "Option::is_none")]
        pub groups: Option<Vec<Value<String>>>,
        /// The policy document. You must provide policies in JSON format in IAM. However, for CFN templates formatted in YAML, you can provide the policy in JSON or YAML format. CFN always converts a YAML policy to JSON format before submitting it to IAM. The regex pattern used to validate this parameter is a string of characters consisting of the following: + Any printable ASCII character ranging from the space ...
        ///
        /// Required.
        #[serde(rename = "PolicyDocument")]
        pub policy_document: Json,
        /// The name of the policy document. This parameter allows (through its regex pattern) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: _+=,.@-
        ///
        /// Required.
        #[serde(rename = "PolicyName")]
        pub policy_name: Value<String>,
        /// The name of the role to associate the policy with. This parameter allows (per its regex pattern) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: _+=,.@- If an external policy (such as ``AWS::IAM::Policy`` or ``AWS::IAM::ManagedPolicy``) has a ``Ref`` to a role and if a resource (such as ``AWS::ECS::Service``) ...
        #[serde(rename = "Roles", skip_serializing_if = "Option::is_none")]
        pub roles: Option<Vec<Value<String>>>,
        /// The name of the user to associate the policy with. This parameter allows (through its regex pattern) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: _+=,.@-
        #[serde(rename = "Users", skip_serializing_if = "Option::is_none")]
        pub users: Option<Vec<Value<String>>>,
    }

    impl CfnResource for Policy {
        const TYPE: &'static str = "AWS::IAM::Policy";
        const TAGGING: Tagging = Tagging::None;
    }
}
pub use policy::Policy;

/// `AWS::IAM::Role`: the resource and its property types.
pub mod role {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Creates a new role for your AWS-account. For more information about roles, see IAM roles in the *IAM User Guide*. For information about quotas for role names and the number of roles you can create, see IAM and quotas in the *IAM User Guide*.
    ///
    /// CloudFormation type `AWS::IAM::Role`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Role {
        /// The trust policy that is associated with this role. Trust policies define which entities can assume the role. You can associate only one trust policy with a role. For an example of a policy that can be used to assume a role, see Template Examples. For more information about the elements that you can use in an IAM policy, see Policy Elements Reference in the *User Guide*.
        ///
        /// Required.
        #[serde(rename = "AssumeRolePolicyDocument")]
        pub assume_role_policy_document: Json,
        /// A description of the role that you provide.
        #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
        pub description: Option<Value<String>>,
        /// A list of Amazon Resource Names (ARNs) of the IAM managed policies that you want to attach to the role. For more information about ARNs, see Amazon Resource Names (ARNs) and Service Namespaces in the *General Reference*.
        #[serde(rename = "ManagedPolicyArns", skip_serializing_if = "Option::is_none")]
        pub managed_policy_arns: Option<Vec<Value<String>>>,
        /// The maximum session duration (in seconds) that you want to set for the specified role. If you do not specify a value for this setting, the default value of one hour is applied. This setting can have a value from 1 hour to 12 hours. Anyone who assumes the role from the CLI or API can use the ``DurationSeconds`` API parameter or the ``duration-seconds``CLI parameter to request a longer session. The ``MaxSessionDuration`` ...
        #[serde(rename = "MaxSessionDuration", skip_serializing_if = "Option::is_none")]
        pub max_session_duration: Option<Value<i64>>,
        /// The path to the role. For more information about paths, see IAM Identifiers in the *IAM User Guide*. This parameter is optional. If it is not included, it defaults to a slash (/). This parameter allows (through its regex pattern) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Path", skip_serializing_if = "Option::is_none")]
        pub path: Option<Value<String>>,
        /// The ARN of the policy used to set the permissions boundary for the role. For more information about permissions boundaries, see Permissions boundaries for IAM identities in the *IAM User Guide*.
        #[serde(
            rename = "PermissionsBoundary",
            skip_serializing_if = "Option::is_none"
        )]
        pub permissions_boundary: Option<Value<String>>,
        /// Adds or updates an inline policy document that is embedded in the specified IAM role. When you embed an inline policy in a role, the inline policy is used as part of the role's access (permissions) policy. The role's trust policy is created at the same time as the role. You can update a role's trust policy later. For more information about IAM roles, go to Using Roles to Delegate Permissions and Federate ...
        #[serde(rename = "Policies", skip_serializing_if = "Option::is_none")]
        pub policies: Option<Vec<Policy>>,
        /// A name for the IAM role, up to 64 characters in length. For valid values, see the ``RoleName`` parameter for the CreateRole action in the *User Guide*. This parameter allows (per its regex pattern) a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: _+=,.@-. The role name must be unique within the account. ...
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "RoleName", skip_serializing_if = "Option::is_none")]
        pub role_name: Option<Value<String>>,
        /// A list of tags that are attached to the role. For more information about tagging, see Tagging IAM resources in the *IAM User Guide*.
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
    }

    impl CfnResource for Role {
        const TYPE: &'static str = "AWS::IAM::Role";
        const TAGGING: Tagging = Tagging::List;
    }

    /// Contains information about an attached policy. An attached policy is a managed policy that has been attached to a user, group, or role. For more information about managed policies, refer to Managed Policies and Inline Policies in the *User Guide*.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Policy {
        /// The entire contents of the policy that defines permissions. For more information, see Overview of JSON policies.
        ///
        /// Required.
        #[serde(rename = "PolicyDocument")]
        pub policy_document: Json,
        /// The friendly name (not ARN) identifying the policy.
        ///
        /// Required.
        #[serde(rename = "PolicyName")]
        pub policy_name: Value<String>,
    }
}
pub use role::Role;
