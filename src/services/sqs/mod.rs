//! Amazon SQS: the queues other constructs create (a function's dead-letter
//! queue), their IAM actions, evidence and rules.

mod actions;
pub(crate) mod duties;

pub use actions::SqsAction as Action;

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "sqs",
    rules: include_str!("rules.guard"),
    duties: &[&duties::QUEUE_DUTIES],
    l1: || vec![crate::cfn::schema_of::<crate::cfn::sqs::Queue>()],
};
