//! The IAM actions of this service that grants and hand-written statements
//! name, one variant each, spelled exactly as IAM spells them.

crate::iam::actions!(
    /// AWS KMS actions.
    KmsAction, "kms", {
        /// Decrypt data or a data key.
        Decrypt => "Decrypt",
        /// Encrypt data.
        Encrypt => "Encrypt",
        /// Create a data key.
        GenerateDataKey => "GenerateDataKey",
        /// Create a data key without its plaintext.
        GenerateDataKeyWithoutPlaintext => "GenerateDataKeyWithoutPlaintext",
        /// Re-encrypt from this key.
        ReEncryptFrom => "ReEncryptFrom",
        /// Re-encrypt to this key.
        ReEncryptTo => "ReEncryptTo",
        /// Describe the key.
        DescribeKey => "DescribeKey",
    }
);
