//! `sqs::Queue`: a queue encrypted with a customer-managed key, whose policy
//! refuses requests without TLS, with a dead-letter queue of its own, kept
//! when the stack is deleted or the queue replaced.
//!
#![doc = include_str!("defaults.md")]

mod actions;
pub(crate) mod duties;

use serde_json::json;
use typed_builder::TypedBuilder;

pub use actions::SqsAction as Action;

use crate::cfn::l1::sqs as l1;
use crate::error::Error;
use crate::iam::{Effect, Grantee, PolicyDocument, Principal, Statement};
use crate::kms::KeyRef;
use crate::removal::Removal;
use crate::template::{Construct, Handle, LogicalId, Resource, Stack, Value};
use crate::waiver::Waiver;

/// The longest a queue keeps a message, in seconds (14 days).
pub const MAX_RETENTION_S: u32 = 1_209_600;

/// Where messages go that consumers failed to process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeadLetters {
    /// A queue of its own (`<id>DeadLetters`), under the same key, keeping
    /// messages 14 days, after this many receives (1-1000).
    Own {
        /// Receives before a message moves to the dead-letter queue.
        max_receives: u32,
    },
    /// Another queue of this stack, after this many receives.
    Queue {
        /// The dead-letter queue.
        queue: QueueRef,
        /// Receives before a message moves to it.
        max_receives: u32,
    },
    /// No dead-letter queue: the queue is itself one, or failed messages
    /// may be dropped. A waiver of `SQS_QUEUE_DEAD_LETTER` says why.
    None(Waiver),
}

impl Default for DeadLetters {
    fn default() -> Self {
        DeadLetters::Own { max_receives: 5 }
    }
}

/// An SQS queue with stackward's secure defaults.
///
/// ```
/// use stackward::prelude::*;
///
/// let mut stack = Stack::new("Jobs").unwrap();
/// let jobs = stack.add(sqs::Queue::builder().id("jobs").visibility_timeout_s(120).build());
/// let t = stack.synth().unwrap();
/// let r = &t.json()["Resources"];
/// assert_eq!(r["Jobs"]["Properties"]["KmsMasterKeyId"]["Fn::GetAtt"][0], "DefaultKey");
/// assert_eq!(r["Jobs"]["Properties"]["RedrivePolicy"]["deadLetterTargetArn"]["Fn::GetAtt"][0], "JobsDeadLetters");
/// assert_eq!(r["Jobs"]["DeletionPolicy"], "Retain");
/// let deny = &r["JobsPolicy"]["Properties"]["PolicyDocument"]["Statement"][0];
/// assert_eq!(deny["Condition"]["Bool"]["aws:SecureTransport"], false);
/// assert_eq!(jobs.visibility_timeout_s(), 120);
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Queue {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The queue's name; CloudFormation generates one when unset. A FIFO
    /// queue's name ends in `.fifo`.
    #[builder(default, setter(into, strip_option))]
    pub name: Option<String>,
    /// The customer-managed key messages are encrypted with; the stack's
    /// default key when unset.
    #[builder(default, setter(strip_option))]
    pub key: Option<KeyRef>,
    /// A FIFO queue: ordered, exactly-once processing.
    #[builder(default)]
    pub fifo: bool,
    /// How long a message is kept, in seconds (60 to 1,209,600).
    #[builder(default = 345_600)]
    pub retention_s: u32,
    /// How long a received message stays invisible to other consumers, in
    /// seconds (0-43,200); at least a consuming function's timeout.
    #[builder(default = 30)]
    pub visibility_timeout_s: u32,
    /// How long a new message is delayed, in seconds (0-900).
    #[builder(default)]
    pub delay_s: u32,
    /// Where messages consumers failed on go.
    #[builder(default)]
    pub dead_letters: DeadLetters,
    /// Kept on stack deletion and replacement unless waived.
    #[builder(default)]
    pub removal: Removal,
    /// Tags of this queue (besides the stack's).
    #[builder(default)]
    pub tags: Vec<(String, String)>,
}

/// A handle to a queue in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueRef {
    id: LogicalId,
    key: KeyRef,
    visibility_timeout_s: u32,
    fifo: bool,
    dead_letters: Option<LogicalId>,
}

impl Handle for QueueRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl QueueRef {
    /// The queue's ARN (`Fn::GetAtt Queue.Arn`).
    pub fn arn(&self) -> Value<String> {
        self.get_att("Arn")
    }

    /// The queue's URL (a `Ref` to a queue gives its URL).
    pub fn url(&self) -> Value<String> {
        self.reference()
    }

    /// The queue's name (`Fn::GetAtt Queue.QueueName`).
    pub fn name(&self) -> Value<String> {
        self.get_att("QueueName")
    }

    /// The key the queue's messages are encrypted with.
    pub fn key(&self) -> &KeyRef {
        &self.key
    }

    /// The queue's visibility timeout in seconds.
    pub fn visibility_timeout_s(&self) -> u32 {
        self.visibility_timeout_s
    }

    /// Whether the queue is a FIFO queue.
    pub fn is_fifo(&self) -> bool {
        self.fifo
    }

    /// The logical id of the queue's own dead-letter queue, when it has one.
    pub fn dead_letters(&self) -> Option<&LogicalId> {
        self.dead_letters.as_ref()
    }

    /// How old the oldest message waiting is, in seconds
    /// (`AWS/SQS ApproximateAgeOfOldestMessage`, maximum): consumers
    /// falling behind.
    pub fn metric_oldest_message_age(&self) -> crate::cloudwatch::Metric {
        queue_metric(self.name(), "ApproximateAgeOfOldestMessage")
    }

    /// Messages waiting in the queue's own dead-letter queue
    /// (`ApproximateNumberOfMessagesVisible`, maximum): anything above 0
    /// is a message consumers gave up on. `None` for a queue without its
    /// own dead-letter queue.
    pub fn metric_dead_letter_depth(&self) -> Option<crate::cloudwatch::Metric> {
        self.dead_letters.as_ref().map(|dlq| {
            queue_metric(
                crate::template::Intrinsic::get_att(dlq.as_str(), "QueueName").into(),
                "ApproximateNumberOfMessagesVisible",
            )
        })
    }

    /// Lets `to` send messages (and encrypt them under the queue's key).
    ///
    /// ```
    /// use stackward::prelude::*;
    /// let mut stack = Stack::new("Send").unwrap();
    /// let jobs = stack.add(sqs::Queue::builder().id("jobs").build());
    /// let app = stack.add(iam::Role::builder().id("app").service("ec2.amazonaws.com").build());
    /// jobs.grant_send(&mut stack, &app);
    /// let t = stack.synth().unwrap();
    /// let s = &t.json()["Resources"]["App"]["Properties"]["Policies"][0]["PolicyDocument"]["Statement"];
    /// assert_eq!(s[0]["Action"], serde_json::json!(["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"]));
    /// ```
    pub fn grant_send(&self, stack: &mut Stack, to: &impl Grantee) {
        stack.grant(
            to,
            Statement::new(
                Effect::Allow,
                [
                    Action::SendMessage,
                    Action::GetQueueAttributes,
                    Action::GetQueueUrl,
                ],
            )
            .resource(self.arn()),
        );
        self.key.grant_encrypt_decrypt(stack, to);
    }

    /// Lets `to` receive, delete and hold messages (and decrypt them).
    pub fn grant_consume(&self, stack: &mut Stack, to: &impl Grantee) {
        stack.grant(
            to,
            Statement::new(
                Effect::Allow,
                [
                    Action::ReceiveMessage,
                    Action::DeleteMessage,
                    Action::ChangeMessageVisibility,
                    Action::GetQueueAttributes,
                    Action::GetQueueUrl,
                ],
            )
            .resource(self.arn()),
        );
        self.key.grant_decrypt(stack, to);
    }

    /// Adds a statement to the queue's policy (a topic that delivers to
    /// the queue).
    pub(crate) fn allow(&self, stack: &mut Stack, statement: Statement) {
        let policy_id = stack.child_id(&self.id, "Policy");
        stack.contribute(&policy_id, statement.to_json());
    }
}

/// A queue metric by the queue's name, its maximum over each period.
fn queue_metric(queue_name: Value<String>, metric: &str) -> crate::cloudwatch::Metric {
    crate::cloudwatch::Metric::of(
        "AWS/SQS",
        metric,
        vec![("QueueName", queue_name)],
        crate::cloudwatch::Statistic::Maximum,
    )
}

/// What is wrong with the name of a queue or topic (`kind`), if anything:
/// 1 to `max` letters, digits, hyphens or underscores, ending in `.fifo`
/// exactly when it is a FIFO one.
pub(crate) fn fifo_name_problem(name: &str, fifo: bool, max: usize, kind: &str) -> Option<String> {
    let stem = name.strip_suffix(".fifo").unwrap_or(name);
    let chars_ok = !stem.is_empty()
        && stem
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !chars_ok || name.len() > max {
        Some(format!(
            "must be 1-{max} letters, digits, hyphens or underscores (a FIFO {kind}'s ending in .fifo)"
        ))
    } else if fifo != name.ends_with(".fifo") {
        Some(format!(
            "a FIFO {kind}'s name ends in .fifo, and only a FIFO {kind}'s does"
        ))
    } else {
        None
    }
}

/// The longest queue name SQS accepts, `.fifo` included.
pub const MAX_NAME: usize = 80;

impl Queue {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut bad = |prop: &str, v: &dyn std::fmt::Display, rule: &str| {
            errors.push(Error::invalid(id.as_str(), prop, v, rule));
        };
        if let Some(name) = &self.name {
            if let Some(rule) = fifo_name_problem(name, self.fifo, MAX_NAME, "queue") {
                bad("QueueName", name, &rule);
            } else if matches!(self.dead_letters, DeadLetters::Own { .. })
                && name.len() + DEAD_LETTER_SUFFIX.len() > MAX_NAME
            {
                bad(
                    "QueueName",
                    name,
                    "leaves no room for the dead-letter queue's name (the name and -dead-letters, at most 80 characters)",
                );
            }
        }
        if !(60..=MAX_RETENTION_S).contains(&self.retention_s) {
            bad(
                "MessageRetentionPeriod",
                &self.retention_s,
                "must be 60-1209600 seconds (1 minute to 14 days)",
            );
        }
        if self.visibility_timeout_s > 43_200 {
            bad(
                "VisibilityTimeout",
                &self.visibility_timeout_s,
                "must be 0-43200 seconds (12 hours)",
            );
        }
        if self.delay_s > 900 {
            bad("DelaySeconds", &self.delay_s, "must be 0-900 seconds");
        }
        match &self.dead_letters {
            DeadLetters::Own { max_receives } | DeadLetters::Queue { max_receives, .. }
                if !(1..=1000).contains(max_receives) =>
            {
                bad(
                    "RedrivePolicy.maxReceiveCount",
                    max_receives,
                    "must be 1-1000 receives",
                );
            }
            DeadLetters::Queue { queue, .. } if queue.fifo != self.fifo => bad(
                "RedrivePolicy.deadLetterTargetArn",
                queue.id(),
                "a FIFO queue's dead-letter queue is a FIFO queue, and a standard queue's a standard one",
            ),
            _ => {}
        }
        for (k, v) in &self.tags {
            if !crate::cfn::Tag::is_valid(k, v) {
                bad("Tags", k, crate::cfn::Tag::RULE);
            }
        }
        errors
    }

    fn l1(&self, key: &KeyRef, redrive: Option<(Value<String>, u32)>) -> l1::Queue {
        l1::Queue {
            queue_name: self.name.clone().map(Value::Literal),
            fifo_queue: self.fifo.then_some(Value::Literal(true)),
            kms_master_key_id: Some(key.arn()),
            kms_data_key_reuse_period_seconds: Some(Value::Literal(300)),
            message_retention_period: Some(Value::Literal(self.retention_s.into())),
            visibility_timeout: Some(Value::Literal(self.visibility_timeout_s.into())),
            delay_seconds: (self.delay_s > 0).then_some(Value::Literal(self.delay_s.into())),
            redrive_policy: redrive
                .map(|(arn, max)| json!({ "deadLetterTargetArn": arn, "maxReceiveCount": max })),
            tags: crate::cfn::Tag::list(&self.tags),
            ..Default::default()
        }
    }
}

/// What a queue's own dead-letter queue's name adds to the queue's.
const DEAD_LETTER_SUFFIX: &str = "-dead-letters";

impl Construct for Queue {
    type Handle = QueueRef;

    fn add_to(self, stack: &mut Stack) -> QueueRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let key = self.key.clone().unwrap_or_else(|| stack.default_key());

        let (redrive, own_dead_letters) = match &self.dead_letters {
            DeadLetters::Own { max_receives } => {
                let dlq_id = stack.child_id(&id, "DeadLetters");
                let name = self.name.as_ref().map(|n| match n.strip_suffix(".fifo") {
                    Some(stem) => format!("{stem}{DEAD_LETTER_SUFFIX}.fifo"),
                    None => format!("{n}{DEAD_LETTER_SUFFIX}"),
                });
                let dead_letters = Queue {
                    id: dlq_id.to_string(),
                    name,
                    key: Some(key.clone()),
                    fifo: self.fifo,
                    retention_s: MAX_RETENTION_S,
                    visibility_timeout_s: self.visibility_timeout_s,
                    delay_s: 0,
                    dead_letters: DeadLetters::None(is_dead_letter_queue(&id)),
                    removal: Removal::Retain,
                    tags: self.tags.clone(),
                };
                let dlq = dead_letters.add_under(stack, dlq_id);
                (Some((dlq.arn(), *max_receives)), Some(dlq.id))
            }
            DeadLetters::Queue {
                queue,
                max_receives,
            } => (Some((queue.arn(), *max_receives)), None),
            DeadLetters::None(_) => (None, None),
        };
        let queue = self.add_under_with(stack, id, key, redrive);
        QueueRef {
            dead_letters: own_dead_letters,
            ..queue
        }
    }
}

/// The waiver a dead-letter queue carries: it has none of its own.
pub(crate) fn is_dead_letter_queue(of: &LogicalId) -> Waiver {
    Waiver::new(
        format!("this queue is itself the dead-letter queue of {of}"),
        ["SQS_QUEUE_DEAD_LETTER", "CT.SQS.PR.1"],
    )
    .expect("a waiver with a reason and rules is valid")
}

impl Queue {
    /// Adds a queue whose id is already claimed (a construct's own queue,
    /// with settings the construct chose, not validated again: a problem
    /// in what they derive from is reported on the construct).
    pub(crate) fn add_under(self, stack: &mut Stack, id: LogicalId) -> QueueRef {
        let key = self.key.clone().unwrap_or_else(|| stack.default_key());
        self.add_under_with(stack, id, key, None)
    }

    fn add_under_with(
        self,
        stack: &mut Stack,
        id: LogicalId,
        key: KeyRef,
        redrive: Option<(Value<String>, u32)>,
    ) -> QueueRef {
        let resource = stack.add_resource(Resource::new(id.clone(), &self.l1(&key, redrive)));
        self.removal.apply(resource);
        if let DeadLetters::None(waiver) = &self.dead_letters {
            resource.waive(waiver.clone());
        }
        let queue = QueueRef {
            id: id.clone(),
            key,
            visibility_timeout_s: self.visibility_timeout_s,
            fifo: self.fifo,
            dead_letters: None,
        };
        let policy_id = stack.child_id(&id, "Policy");
        let policy = l1::QueuePolicy {
            policy_document: queue_policy(&queue).to_json(),
            queues: vec![queue.url()],
        };
        stack
            .add_resource(Resource::new(policy_id, &policy))
            .takes_contributions(crate::iam::render_policy_statements);
        queue
    }
}

/// The queue policy: TLS only; what other constructs allow is added after.
fn queue_policy(queue: &QueueRef) -> PolicyDocument {
    PolicyDocument::new(vec![Statement::new(Effect::Deny, ["sqs:*"])
        .sid("DenyRequestsWithoutTls")
        .principal(Principal::Any)
        .resource(queue.arn())
        .condition(json!({ "Bool": { "aws:SecureTransport": false } }))])
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "sqs",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[&duties::QUEUE_DUTIES, &duties::QUEUE_POLICY_DUTIES],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[],
};
