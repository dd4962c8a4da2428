//! Amazon SQS: the queues other constructs create (a function's dead-letter
//! queue), their IAM actions, evidence and rules.
//!
#![doc = include_str!("defaults.md")]

mod actions;
pub(crate) mod duties;

pub use actions::SqsAction as Action;

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "sqs",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[&duties::QUEUE_DUTIES],
    hand_written_l1: Vec::new,
    variants: &[],
};
