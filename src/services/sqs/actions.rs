//! The IAM actions of this service that grants and hand-written statements
//! name, one variant each, spelled exactly as IAM spells them.

crate::iam::actions!(
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
