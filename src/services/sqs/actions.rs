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
        /// Change how long a received message stays invisible.
        ChangeMessageVisibility => "ChangeMessageVisibility",
        /// Read a queue's attributes.
        GetQueueAttributes => "GetQueueAttributes",
        /// Look a queue's URL up by its name.
        GetQueueUrl => "GetQueueUrl",
    }
);
