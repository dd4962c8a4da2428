//! Event sources a function polls: an SQS queue or a DynamoDB table's
//! stream, through an `AWS::Lambda::EventSourceMapping`, with the role
//! granted exactly what polling takes.

use super::{l1, FunctionRef};
use crate::dynamodb::TableRef;
use crate::error::Error;
use crate::sqs::QueueRef;
use crate::template::{Handle, LogicalId, Resource, Stack, Value};

/// Where a function's batches come from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    Queue(QueueRef),
    TableStream(TableRef),
}

/// Where a stream's reading starts when the mapping is created.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StartingPosition {
    /// With the next change.
    #[default]
    Latest,
    /// With the oldest record the stream still holds (24 hours).
    TrimHorizon,
}

/// An event source for [`FunctionRef::add_event_source`].
///
/// Every batch reports its failed items (`ReportBatchItemFailures`), so one
/// bad message is retried alone. A queue's failures go to the queue's
/// dead-letter queue; a stream's records are retried a bounded number of
/// times, the batch split in two on each error, and then sent to the
/// function's dead-letter queue instead of blocking the shard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventSource {
    source: Source,
    batch_size: Option<u32>,
    batching_window_s: u32,
    max_concurrency: Option<u32>,
    retries: u32,
    starting_position: StartingPosition,
}

impl EventSource {
    /// Messages of a queue of this stack, 10 to a batch.
    pub fn queue(queue: &QueueRef) -> Self {
        Self::new(Source::Queue(queue.clone()))
    }

    /// Changes on a table's stream, 100 to a batch, from the latest.
    pub fn table_stream(table: &TableRef) -> Self {
        Self::new(Source::TableStream(table.clone()))
    }

    fn new(source: Source) -> Self {
        EventSource {
            source,
            batch_size: None,
            batching_window_s: 0,
            max_concurrency: None,
            retries: 3,
            starting_position: StartingPosition::Latest,
        }
    }

    /// Records per batch (a queue: 1-10,000, above 10 with a batching
    /// window; a stream: 1-10,000).
    pub fn batch_size(mut self, n: u32) -> Self {
        self.batch_size = Some(n);
        self
    }

    /// Seconds to gather a batch before invoking (0-300).
    pub fn batching_window_s(mut self, s: u32) -> Self {
        self.batching_window_s = s;
        self
    }

    /// At most this many concurrent invocations for a queue (2-1000).
    pub fn max_concurrency(mut self, n: u32) -> Self {
        self.max_concurrency = Some(n);
        self
    }

    /// Retries of a failing stream batch before it goes to the function's
    /// dead-letter queue (0-10,000).
    pub fn retries(mut self, n: u32) -> Self {
        self.retries = n;
        self
    }

    /// Where a stream's reading starts.
    pub fn starting_position(mut self, p: StartingPosition) -> Self {
        self.starting_position = p;
        self
    }

    fn source_id(&self) -> &LogicalId {
        match &self.source {
            Source::Queue(q) => q.id(),
            Source::TableStream(t) => t.id(),
        }
    }

    fn validate(&self, function: &FunctionRef) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut bad = |property: &str, value: &dyn std::fmt::Display, rule: &str| {
            errors.push(Error::invalid(
                format!("{}{}", function.id(), self.source_id()),
                property,
                value,
                rule,
            ));
        };
        if self.batching_window_s > 300 {
            bad(
                "MaximumBatchingWindowInSeconds",
                &self.batching_window_s,
                "must be 0-300 seconds",
            );
        }
        match &self.source {
            Source::Queue(queue) => {
                let size = self.batch_size.unwrap_or(10);
                let max = if queue.is_fifo() { 10 } else { 10_000 };
                if size == 0 || size > max {
                    bad(
                        "BatchSize",
                        &size,
                        "a queue's batches are 1-10,000 messages (1-10 from a FIFO queue)",
                    );
                } else if size > 10 && self.batching_window_s == 0 {
                    bad(
                        "BatchSize",
                        &size,
                        "a batch of more than 10 messages needs a batching window of at least 1 second",
                    );
                }
                if let Some(n) = self.max_concurrency {
                    if !(2..=1000).contains(&n) {
                        bad("ScalingConfig.MaximumConcurrency", &n, "must be 2-1000");
                    }
                }
                if queue.visibility_timeout_s() < function.timeout_s {
                    bad(
                        "VisibilityTimeout",
                        &queue.visibility_timeout_s(),
                        &format!(
                            "the queue's visibility timeout is at least the function's timeout ({} s), or messages are delivered twice",
                            function.timeout_s
                        ),
                    );
                }
            }
            Source::TableStream(table) => {
                let size = self.batch_size.unwrap_or(100);
                if size == 0 || size > 10_000 {
                    bad(
                        "BatchSize",
                        &size,
                        "a stream's batches are 1-10,000 records",
                    );
                }
                if self.max_concurrency.is_some() {
                    bad(
                        "ScalingConfig.MaximumConcurrency",
                        table.id(),
                        "maximum concurrency is for queues",
                    );
                }
                if self.retries > 10_000 {
                    bad("MaximumRetryAttempts", &self.retries, "must be 0-10,000");
                }
            }
        }
        errors
    }
}

impl FunctionRef {
    /// Polls `source` and invokes the function with its batches: an event
    /// source mapping `<function><source>`, and the role granted exactly
    /// what reading the source takes.
    ///
    /// ```
    /// use stackward::prelude::*;
    /// use stackward::lambda::{Code, EventSource, Function, Runtime};
    ///
    /// let mut stack = Stack::new("Workers").unwrap();
    /// let jobs = stack.add(sqs::Queue::builder().id("jobs").visibility_timeout_s(180).build());
    /// let worker = stack.add(
    ///     Function::builder()
    ///         .id("worker")
    ///         .runtime(Runtime::Python315)
    ///         .handler("index.handler")
    ///         .code(Code::Inline("def handler(e, c):\n    return {}\n".into()))
    ///         .outside_vpc(Waiver::new("calls only AWS APIs", ["LAMBDA_INSIDE_VPC", "CT.LAMBDA.PR.3"]).unwrap())
    ///         .build(),
    /// );
    /// let mapping = worker.add_event_source(&mut stack, EventSource::queue(&jobs).max_concurrency(5));
    /// let t = stack.synth().unwrap();
    /// let p = &t.json()["Resources"][mapping.as_str()]["Properties"];
    /// assert_eq!(p["FunctionResponseTypes"][0], "ReportBatchItemFailures");
    /// assert_eq!(p["ScalingConfig"]["MaximumConcurrency"], 5);
    /// ```
    pub fn add_event_source(&self, stack: &mut Stack, source: EventSource) -> LogicalId {
        stack.errors_from(source.validate(self));
        let id = stack.child_id(&self.id, source.source_id().as_str());
        let mapping = match &source.source {
            Source::Queue(queue) => {
                queue.grant_consume(stack, self);
                l1::EventSourceMapping {
                    event_source_arn: Some(queue.arn()),
                    batch_size: Some(Value::Literal(source.batch_size.unwrap_or(10).into())),
                    scaling_config: source.max_concurrency.map(|n| {
                        l1::event_source_mapping::ScalingConfig {
                            maximum_concurrency: Some(Value::Literal(n.into())),
                        }
                    }),
                    ..Default::default()
                }
            }
            Source::TableStream(table) => {
                table.grant_stream_read(stack, self);
                l1::EventSourceMapping {
                    event_source_arn: table.stream_arn(),
                    batch_size: Some(Value::Literal(source.batch_size.unwrap_or(100).into())),
                    starting_position: Some(
                        match source.starting_position {
                            StartingPosition::Latest => "LATEST",
                            StartingPosition::TrimHorizon => "TRIM_HORIZON",
                        }
                        .into(),
                    ),
                    maximum_retry_attempts: Some(Value::Literal(source.retries.into())),
                    bisect_batch_on_function_error: Some(Value::Literal(true)),
                    destination_config: Some(l1::event_source_mapping::DestinationConfig {
                        on_failure: Some(l1::event_source_mapping::OnFailure {
                            destination: Some(self.dead_letters.arn()),
                        }),
                    }),
                    ..Default::default()
                }
            }
        };
        let mapping = l1::EventSourceMapping {
            function_name: self.arn(),
            function_response_types: Some(vec!["ReportBatchItemFailures".into()]),
            maximum_batching_window_in_seconds: (source.batching_window_s > 0)
                .then_some(Value::Literal(source.batching_window_s.into())),
            ..mapping
        };
        stack.add_resource(Resource::new(id.clone(), &mapping));
        id
    }
}
