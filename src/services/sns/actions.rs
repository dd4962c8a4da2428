//! The IAM actions of this service that grants and hand-written statements
//! name, one variant each, spelled exactly as IAM spells them.

crate::iam::actions!(
    /// Amazon SNS actions.
    SnsAction, "sns", {
        /// Publish a message to a topic.
        Publish => "Publish",
    }
);
