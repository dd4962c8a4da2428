//! The IAM actions of this service that grants and hand-written statements
//! name, one variant each, spelled exactly as IAM spells them.

crate::iam::actions!(
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
