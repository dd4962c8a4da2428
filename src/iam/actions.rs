//! Typed IAM actions, one enum per service, re-exported by each service's
//! module (`s3::Action`, `kms::Action`, ...). Each names one action exactly;
//! there are no wildcards.

macro_rules! actions {
    ($(#[$doc:meta])* $name:ident, $prefix:literal, { $($(#[$vdoc:meta])* $variant:ident => $action:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $name {
            /// The action as IAM spells it, e.g. `s3:GetObject`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => concat!($prefix, ":", $action)),+
                }
            }
        }

        impl From<$name> for String {
            fn from(a: $name) -> String {
                a.as_str().to_owned()
            }
        }
    };
}

actions!(
    /// Amazon S3 actions.
    S3Action, "s3", {
        /// Read an object.
        GetObject => "GetObject",
        /// Read an object's version.
        GetObjectVersion => "GetObjectVersion",
        /// Write an object.
        PutObject => "PutObject",
        /// Delete an object.
        DeleteObject => "DeleteObject",
        /// Abort a multipart upload.
        AbortMultipartUpload => "AbortMultipartUpload",
        /// List a bucket's keys.
        ListBucket => "ListBucket",
        /// Read a bucket's region.
        GetBucketLocation => "GetBucketLocation",
    }
);

actions!(
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

actions!(
    /// CloudWatch Logs actions.
    LogsAction, "logs", {
        /// Create a stream in a group.
        CreateLogStream => "CreateLogStream",
        /// Write events to a stream.
        PutLogEvents => "PutLogEvents",
        /// List a group's streams.
        DescribeLogStreams => "DescribeLogStreams",
    }
);

actions!(
    /// AWS Lambda actions.
    LambdaAction, "lambda", {
        /// Invoke a function.
        InvokeFunction => "InvokeFunction",
        /// Invoke a function through its URL.
        InvokeFunctionUrl => "InvokeFunctionUrl",
    }
);

actions!(
    /// Amazon SQS actions.
    SqsAction, "sqs", {
        /// Send a message.
        SendMessage => "SendMessage",
        /// Receive messages.
        ReceiveMessage => "ReceiveMessage",
        /// Delete a message.
        DeleteMessage => "DeleteMessage",
        /// Read a queue's attributes.
        GetQueueAttributes => "GetQueueAttributes",
    }
);

actions!(
    /// Amazon RDS IAM database authentication.
    RdsDbAction, "rds-db", {
        /// Connect as a database user with an IAM token.
        Connect => "connect",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_are_spelled_as_iam_spells_them() {
        assert_eq!(S3Action::GetObject.as_str(), "s3:GetObject");
        assert_eq!(RdsDbAction::Connect.as_str(), "rds-db:connect");
        assert_eq!(
            String::from(KmsAction::GenerateDataKey),
            "kms:GenerateDataKey"
        );
    }
}
