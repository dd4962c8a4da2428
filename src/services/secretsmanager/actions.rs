//! The IAM actions of this service that grants and hand-written statements
//! name, one variant each, spelled exactly as IAM spells them.

crate::iam::actions!(
    /// AWS Secrets Manager actions.
    SecretsManagerAction, "secretsmanager", {
        /// Read a secret's value.
        GetSecretValue => "GetSecretValue",
        /// Read a secret's metadata.
        DescribeSecret => "DescribeSecret",
        /// Write a new version of a secret's value.
        PutSecretValue => "PutSecretValue",
        /// Move a version's staging labels (rotation's last step).
        UpdateSecretVersionStage => "UpdateSecretVersionStage",
    }
);
