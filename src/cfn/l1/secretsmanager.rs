// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::SecretsManager::*` types.

/// `AWS::SecretsManager::ResourcePolicy`: the resource and its property types.
pub mod resource_policy {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::SecretsManager::ResourcePolicy
    ///
    /// CloudFormation type `AWS::SecretsManager::ResourcePolicy`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ResourcePolicy {
        /// Specifies whether to block resource-based policies that allow broad access to the secret.
        #[serde(rename = "BlockPublicPolicy", skip_serializing_if = "Option::is_none")]
        pub block_public_policy: Option<Value<bool>>,
        /// The `ResourcePolicy` property.
        ///
        /// Required.
        #[serde(rename = "ResourcePolicy")]
        pub resource_policy: Json,
        /// The ARN or name of the secret to attach the resource-based policy.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "SecretId")]
        pub secret_id: Value<String>,
    }

    impl CfnResource for ResourcePolicy {
        const TYPE: &'static str = "AWS::SecretsManager::ResourcePolicy";
        const TAGGING: Tagging = Tagging::None;
    }
}
pub use resource_policy::ResourcePolicy;

/// `AWS::SecretsManager::RotationSchedule`: the resource and its property types.
pub mod rotation_schedule {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::SecretsManager::RotationSchedule
    ///
    /// CloudFormation type `AWS::SecretsManager::RotationSchedule`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RotationSchedule {
        /// The list of metadata needed to successfully rotate a managed external secret.
        #[serde(
            rename = "ExternalSecretRotationMetadata",
            skip_serializing_if = "Option::is_none"
        )]
        pub external_secret_rotation_metadata: Option<Vec<crate::cfn::Tag>>,
        /// The ARN of the IAM role that is used by Secrets Manager to rotate a managed external secret.
        #[serde(
            rename = "ExternalSecretRotationRoleArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub external_secret_rotation_role_arn: Option<Value<String>>,
        /// Creates a new Lambda rotation function based on one of the Secrets Manager rotation function templates. To use a rotation function that already exists, specify RotationLambdaARN instead.
        #[serde(
            rename = "HostedRotationLambda",
            skip_serializing_if = "Option::is_none"
        )]
        pub hosted_rotation_lambda: Option<HostedRotationLambda>,
        /// Specifies whether to rotate the secret immediately or wait until the next scheduled rotation window.
        #[serde(
            rename = "RotateImmediatelyOnUpdate",
            skip_serializing_if = "Option::is_none"
        )]
        pub rotate_immediately_on_update: Option<Value<bool>>,
        /// The ARN of an existing Lambda rotation function. To specify a rotation function that is also defined in this template, use the Ref function.
        #[serde(rename = "RotationLambdaARN", skip_serializing_if = "Option::is_none")]
        pub rotation_lambda_arn: Option<Value<String>>,
        /// A structure that defines the rotation configuration for this secret.
        #[serde(rename = "RotationRules", skip_serializing_if = "Option::is_none")]
        pub rotation_rules: Option<RotationRules>,
        /// The ARN or name of the secret to rotate.
        ///
        /// Required.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "SecretId")]
        pub secret_id: Value<String>,
    }

    impl CfnResource for RotationSchedule {
        const TYPE: &'static str = "AWS::SecretsManager::RotationSchedule";
        const TAGGING: Tagging = Tagging::None;
    }

    /// The `HostedRotationLambda` property type of `AWS::SecretsManager::RotationSchedule`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct HostedRotationLambda {
        /// A string of the characters that you don't want in the password.
        #[serde(rename = "ExcludeCharacters", skip_serializing_if = "Option::is_none")]
        pub exclude_characters: Option<Value<String>>,
        /// The ARN of the KMS key that Secrets Manager uses to encrypt the secret. If you don't specify this value, then Secrets Manager uses the key aws/secretsmanager. If aws/secretsmanager doesn't yet exist, then Secrets Manager creates it for you automatically the first time it encrypts the secret value.
        #[serde(rename = "KmsKeyArn", skip_serializing_if = "Option::is_none")]
        pub kms_key_arn: Option<Value<String>>,
        /// The ARN of the secret that contains superuser credentials, if you use the alternating users rotation strategy. CloudFormation grants the execution role for the Lambda rotation function GetSecretValue permission to the secret in this property.
        #[serde(rename = "MasterSecretArn", skip_serializing_if = "Option::is_none")]
        pub master_secret_arn: Option<Value<String>>,
        /// The ARN of the KMS key that Secrets Manager used to encrypt the superuser secret, if you use the alternating users strategy and the superuser secret is encrypted with a customer managed key. You don't need to specify this property if the superuser secret is encrypted using the key aws/secretsmanager. CloudFormation grants the execution role for the Lambda rotation function Decrypt, DescribeKey, and ...
        #[serde(
            rename = "MasterSecretKmsKeyArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub master_secret_kms_key_arn: Option<Value<String>>,
        /// The name of the Lambda rotation function.
        #[serde(rename = "RotationLambdaName", skip_serializing_if = "Option::is_none")]
        pub rotation_lambda_name: Option<Value<String>>,
        /// The type of rotation template to use
        ///
        /// Required.
        #[serde(rename = "RotationType")]
        pub rotation_type: Value<String>,
        /// The python runtime associated with the Lambda function
        #[serde(rename = "Runtime", skip_serializing_if = "Option::is_none")]
        pub runtime: Option<Value<String>>,
        /// The ARN of the secret that contains superuser credentials, if you use the alternating users rotation strategy. CloudFormation grants the execution role for the Lambda rotation function GetSecretValue permission to the secret in this property.
        #[serde(rename = "SuperuserSecretArn", skip_serializing_if = "Option::is_none")]
        pub superuser_secret_arn: Option<Value<String>>,
        /// The ARN of the KMS key that Secrets Manager used to encrypt the superuser secret, if you use the alternating users strategy and the superuser secret is encrypted with a customer managed key. You don't need to specify this property if the superuser secret is encrypted using the key aws/secretsmanager. CloudFormation grants the execution role for the Lambda rotation function Decrypt, DescribeKey, and ...
        #[serde(
            rename = "SuperuserSecretKmsKeyArn",
            skip_serializing_if = "Option::is_none"
        )]
        pub superuser_secret_kms_key_arn: Option<Value<String>>,
        /// A comma-separated list of security group IDs applied to the target database.
        #[serde(
            rename = "VpcSecurityGroupIds",
            skip_serializing_if = "Option::is_none"
        )]
        pub vpc_security_group_ids: Option<Value<String>>,
        /// A comma separated list of VPC subnet IDs of the target database network. The Lambda rotation function is in the same subnet group.
        #[serde(rename = "VpcSubnetIds", skip_serializing_if = "Option::is_none")]
        pub vpc_subnet_ids: Option<Value<String>>,
    }

    /// The `RotationRules` property type of `AWS::SecretsManager::RotationSchedule`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RotationRules {
        /// The number of days between automatic scheduled rotations of the secret. You can use this value to check that your secret meets your compliance guidelines for how often secrets must be rotated.
        #[serde(
            rename = "AutomaticallyAfterDays",
            skip_serializing_if = "Option::is_none"
        )]
        pub automatically_after_days: Option<Value<i64>>,
        /// The length of the rotation window in hours, for example 3h for a three hour window. Secrets Manager rotates your secret at any time during this window. The window must not extend into the next rotation window or the next UTC day. The window starts according to the ScheduleExpression. If you don't specify a Duration, for a ScheduleExpression in hours, the window automatically closes after one hour. ...
        #[serde(rename = "Duration", skip_serializing_if = "Option::is_none")]
        pub duration: Option<Value<String>>,
        /// A cron() or rate() expression that defines the schedule for rotating your secret. Secrets Manager rotation schedules use UTC time zone.
        #[serde(rename = "ScheduleExpression", skip_serializing_if = "Option::is_none")]
        pub schedule_expression: Option<Value<String>>,
    }
}
pub use rotation_schedule::RotationSchedule;

/// `AWS::SecretsManager::Secret`: the resource and its property types.
pub mod secret {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Creates a new secret. A *secret* can be a password, a set of credentials such as a user name and password, an OAuth token, or other secret information that you store in an encrypted form in Secrets Manager. For RDS master user credentials, see AWS::RDS::DBCluster MasterUserSecret. For RS admin user credentials, see AWS::Redshift::Cluster. To retrieve a secret in a CFNshort template, use a *dynamic ...
    ///
    /// CloudFormation type `AWS::SecretsManager::Secret`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Secret {
        /// The description of the secret.
        #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
        pub description: Option<Value<String>>,
        /// A structure that specifies how to generate a password to encrypt and store in the secret. To include a specific string in the secret, use ``SecretString`` instead. If you omit both ``GenerateSecretString`` and ``SecretString``, you create an empty secret. When you make a change to this property, a new secret version is created. We recommend that you specify the maximum length and include every character ...
        #[serde(
            rename = "GenerateSecretString",
            skip_serializing_if = "Option::is_none"
        )]
        pub generate_secret_string: Option<GenerateSecretString>,
        /// The ARN, key ID, or alias of the KMS key that Secrets Manager uses to encrypt the secret value in the secret. An alias is always prefixed by ``alias/``, for example ``alias/aws/secretsmanager``. For more information, see About aliases. To use a KMS key in a different account, use the key ARN or the alias ARN. If you don't specify this value, then Secrets Manager uses the key ``aws/secretsmanager``. ...
        #[serde(rename = "KmsKeyId", skip_serializing_if = "Option::is_none")]
        pub kms_key_id: Option<Value<String>>,
        /// The name of the new secret. The secret name can contain ASCII letters, numbers, and the following characters: /_+=.@- Do not end your secret name with a hyphen followed by six characters. If you do so, you risk confusion and unexpected results when searching for a secret by partial ARN. Secrets Manager automatically adds a hyphen and six random characters after the secret name at the end of the ARN.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
        pub name: Option<Value<String>>,
        /// A custom type that specifies a ``Region`` and the ``KmsKeyId`` for a replica secret.
        #[serde(rename = "ReplicaRegions", skip_serializing_if = "Option::is_none")]
        pub replica_regions: Option<Vec<ReplicaRegion>>,
        /// The text to encrypt and store in the secret. We recommend you use a JSON structure of key/value pairs for your secret value. To generate a random password, use ``GenerateSecretString`` instead. If you omit both ``GenerateSecretString`` and ``SecretString``, you create an empty secret. When you make a change to this property, a new secret version is created.
        #[serde(rename = "SecretString", skip_serializing_if = "Option::is_none")]
        pub secret_string: Option<Value<String>>,
        /// A list of tags to attach to the secret. Each tag is a key and value pair of strings in a JSON text string, for example: ``\[{"Key":"CostCenter","Value":"12345"},{"Key":"environment","Value":"production"}\]`` Secrets Manager tag key names are case sensitive. A tag with the key "ABC" is a different tag from one with key "abc". Stack-level tags, tags you apply to the CloudFormation stack, are also attached ...
        #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<crate::cfn::Tag>>,
        /// The exact string that identifies the third-party partner that holds the external secret. For more information, see Managed external secret partners.
        #[serde(rename = "Type", skip_serializing_if = "Option::is_none")]
        pub r#type: Option<Value<String>>,
    }

    impl CfnResource for Secret {
        const TYPE: &'static str = "AWS::SecretsManager::Secret";
        const TAGGING: Tagging = Tagging::List;
    }

    /// Generates a random password. We recommend that you specify the maximum length and include every character type that the system you are generating a password for can support. *Required permissions:*``secretsmanager:GetRandomPassword``. For more information, see IAM policy actions for Secrets Manager and Authentication and access control in Secrets Manager.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct GenerateSecretString {
        /// A string of the characters that you don't want in the password.
        #[serde(rename = "ExcludeCharacters", skip_serializing_if = "Option::is_none")]
        pub exclude_characters: Option<Value<String>>,
        /// Specifies whether to exclude lowercase letters from the password. If you don't include this switch, the password can contain lowercase letters.
        #[serde(rename = "ExcludeLowercase", skip_serializing_if = "Option::is_none")]
        pub exclude_lowercase: Option<Value<bool>>,
        /// Specifies whether to exclude numbers from the password. If you don't include this switch, the password can contain numbers.
        #[serde(rename = "ExcludeNumbers", skip_serializing_if = "Option::is_none")]
        pub exclude_numbers: Option<Value<bool>>,
        /// Specifies whether to exclude the following punctuation characters from the password: ''! " # $ % & ' ( ) * + , - . / : ; &lt; = &gt; ? @ \[  \] ^ _ ' { | } ~''. If you don't include this switch, the password can contain punctuation.
        #[serde(rename = "ExcludePunctuation", skip_serializing_if = "Option::is_none")]
        pub exclude_punctuation: Option<Value<bool>>,
        /// Specifies whether to exclude uppercase letters from the password. If you don't include this switch, the password can contain uppercase letters.
        #[serde(rename = "ExcludeUppercase", skip_serializing_if = "Option::is_none")]
        pub exclude_uppercase: Option<Value<bool>>,
        /// The JSON key name for the key/value pair, where the value is the generated password. This pair is added to the JSON structure specified by the ``SecretStringTemplate`` parameter. If you specify this parameter, then you must also specify ``SecretStringTemplate``.
        #[serde(rename = "GenerateStringKey", skip_serializing_if = "Option::is_none")]
        pub generate_string_key: Option<Value<String>>,
        /// Specifies whether to include the space character. If you include this switch, the password can contain space characters.
        #[serde(rename = "IncludeSpace", skip_serializing_if = "Option::is_none")]
        pub include_space: Option<Value<bool>>,
        /// The length of the password. If you don't include this parameter, the default length is 32 characters.
        #[serde(rename = "PasswordLength", skip_serializing_if = "Option::is_none")]
        pub password_length: Option<Value<i64>>,
        /// Specifies whether to include at least one upper and lowercase letter, one number, and one punctuation. If you don't include this switch, the password contains at least one of every character type.
        #[serde(
            rename = "RequireEachIncludedType",
            skip_serializing_if = "Option::is_none"
        )]
        pub require_each_included_type: Option<Value<bool>>,
        /// A template that the generated string must match. When you make a change to this property, a new secret version is created.
        #[serde(
            rename = "SecretStringTemplate",
            skip_serializing_if = "Option::is_none"
        )]
        pub secret_string_template: Option<Value<String>>,
    }

    /// Specifies a ``Region`` and the ``KmsKeyId`` for a replica secret.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct ReplicaRegion {
        /// The ARN, key ID, or alias of the KMS key to encrypt the secret. If you don't include this field, Secrets Manager uses ``aws/secretsmanager``.
        #[serde(rename = "KmsKeyId", skip_serializing_if = "Option::is_none")]
        pub kms_key_id: Option<Value<String>>,
        /// A string that represents a ``Region``, for example "us-east-1".
        ///
        /// Required.
        #[serde(rename = "Region")]
        pub region: Value<String>,
    }
}
pub use secret::Secret;
