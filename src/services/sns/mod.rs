//! `sns::Topic`: a topic encrypted with a customer-managed key, whose policy
//! refuses requests without TLS and lets only this account (and the
//! principals named) publish.
//!
#![doc = include_str!("defaults.md")]

mod actions;
pub(crate) mod duties;

use serde_json::json;
use typed_builder::TypedBuilder;

pub use actions::SnsAction as Action;

use crate::cfn::l1::sns as l1;
use crate::error::Error;
use crate::iam::{Effect, Grantee, PolicyDocument, Principal, Statement};
use crate::kms::KeyRef;
use crate::template::{Construct, Handle, LogicalId, Resource, Stack, Value};

/// An SNS topic with stackward's secure defaults.
///
/// ```
/// use stackward::prelude::*;
///
/// let mut stack = Stack::new("Alerts").unwrap();
/// let key = stack.add(kms::Key::builder().id("alerts-key").build());
/// let topic = stack.add(
///     sns::Topic::builder()
///         .id("alerts")
///         .key(key)
///         .publishers(vec!["cloudwatch.amazonaws.com".into()])
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// let props = &t.json()["Resources"][topic.id().as_str()]["Properties"];
/// assert_eq!(props["KmsMasterKeyId"]["Fn::GetAtt"][0], "AlertsKey");
/// let policy = &t.json()["Resources"]["AlertsPolicy"]["Properties"]["PolicyDocument"];
/// assert_eq!(policy["Statement"][0]["Condition"]["Bool"]["aws:SecureTransport"], false);
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Topic {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The topic's name; CloudFormation generates one when unset. A FIFO
    /// topic's name ends in `.fifo`.
    #[builder(default, setter(into, strip_option))]
    pub name: Option<Value<String>>,
    /// The name shown in SMS and email messages (at most 100 characters).
    #[builder(default, setter(into, strip_option))]
    pub display_name: Option<String>,
    /// The customer-managed key messages are encrypted with; the stack's
    /// default key when unset.
    #[builder(default, setter(strip_option))]
    pub key: Option<KeyRef>,
    /// A FIFO topic: ordered, deduplicated delivery to SQS FIFO queues.
    #[builder(default)]
    pub fifo: bool,
    /// AWS services that may publish besides this account's principals
    /// (`cloudwatch.amazonaws.com` for alarms, `events.amazonaws.com` for
    /// EventBridge rules); each may also use the topic's key, when the key
    /// is in this stack.
    #[builder(default)]
    pub publishers: Vec<String>,
    /// Tags of this topic (besides the stack's).
    #[builder(default)]
    pub tags: Vec<(String, String)>,
}

/// A handle to a topic in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicRef {
    id: LogicalId,
    key: KeyRef,
    fifo: bool,
}

impl Handle for TopicRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl TopicRef {
    /// The topic's ARN (a `Ref` to a topic gives its ARN).
    pub fn arn(&self) -> Value<String> {
        self.reference()
    }

    /// The topic's name (`Fn::GetAtt Topic.TopicName`).
    pub fn name(&self) -> Value<String> {
        self.get_att("TopicName")
    }

    /// The key the topic's messages are encrypted with.
    pub fn key(&self) -> &KeyRef {
        &self.key
    }

    /// Lets `to` publish to the topic (and encrypt under its key).
    ///
    /// ```
    /// use stackward::prelude::*;
    /// let mut stack = Stack::new("Publish").unwrap();
    /// let topic = stack.add(sns::Topic::builder().id("alerts").build());
    /// let app = stack.add(iam::Role::builder().id("app").service("ec2.amazonaws.com").build());
    /// topic.grant_publish(&mut stack, &app);
    /// let t = stack.synth().unwrap();
    /// let s = &t.json()["Resources"]["App"]["Properties"]["Policies"][0]["PolicyDocument"]["Statement"];
    /// assert_eq!(s[0]["Action"][0], "sns:Publish");
    /// assert_eq!(s[0]["Resource"][0]["Ref"], "Alerts");
    /// ```
    pub fn grant_publish(&self, stack: &mut Stack, to: &impl Grantee) {
        stack.grant(
            to,
            Statement::new(Effect::Allow, [Action::Publish]).resource(self.arn()),
        );
        self.key.grant_encrypt_decrypt(stack, to);
    }
}

/// Who a topic delivers to. Plain HTTP is not offered: messages leave AWS
/// only over HTTPS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subscriber {
    /// A queue of this stack: the queue's policy lets this topic send to
    /// it, and the queue's key lets SNS encrypt for it.
    Queue(crate::sqs::QueueRef),
    /// A function of this stack: a permission lets this topic invoke it.
    Function(crate::lambda::FunctionRef),
    /// An email address (the owner confirms the subscription).
    Email(String),
    /// An `https://` endpoint (it confirms the subscription).
    Https(String),
}

impl TopicRef {
    /// Lets an AWS service publish to the topic for this account's
    /// resources (CloudWatch for an alarm), and use its key: statements
    /// contributed to the topic's policy and the key's.
    pub(crate) fn allow_service(&self, stack: &mut Stack, service: &str) {
        use heck::ToUpperCamelCase;
        let statement = Statement::new(Effect::Allow, [Action::Publish])
            .sid(format!("{}Publishes", service.to_upper_camel_case()))
            .principal(Principal::service(service))
            .resource(self.arn())
            .condition(json!({
                "StringEquals": { "aws:SourceAccount": { "Ref": "AWS::AccountId" } }
            }));
        let policy_id = stack.child_id(&self.id, "Policy");
        stack.contribute(&policy_id, statement.to_json());
        self.key.allow_service(stack, service);
    }

    /// Delivers the topic's messages to `to` (raw, without SNS's envelope,
    /// when `raw` and the subscriber is a queue or HTTPS endpoint): an
    /// `AWS::SNS::Subscription` `<topic>To<subscriber>`, and what the
    /// subscriber needs to accept deliveries from this topic only.
    ///
    /// ```
    /// use stackward::prelude::*;
    /// let mut stack = Stack::new("Fanout").unwrap();
    /// let topic = stack.add(sns::Topic::builder().id("orders").build());
    /// let queue = stack.add(sqs::Queue::builder().id("billing").build());
    /// topic.subscribe(&mut stack, sns::Subscriber::Queue(queue), true);
    /// let t = stack.synth().unwrap();
    /// let r = &t.json()["Resources"];
    /// assert_eq!(r["OrdersToBilling"]["Properties"]["Protocol"], "sqs");
    /// let allow = &r["BillingPolicy"]["Properties"]["PolicyDocument"]["Statement"][1];
    /// assert_eq!(allow["Principal"]["Service"], "sns.amazonaws.com");
    /// assert_eq!(allow["Condition"]["ArnEquals"]["aws:SourceArn"]["Ref"], "Orders");
    /// ```
    pub fn subscribe(&self, stack: &mut Stack, to: Subscriber, raw: bool) -> LogicalId {
        let bad = |property: &str, value: &dyn std::fmt::Display, rule: &str| {
            Error::invalid(self.id.as_str(), property, value, rule)
        };
        let (protocol, endpoint, name) = match &to {
            Subscriber::Queue(queue) => {
                if queue.is_fifo() != self.fifo {
                    stack.error(bad(
                        "Subscription.Endpoint",
                        queue.id(),
                        "a FIFO topic delivers to FIFO queues, and a standard topic to standard queues",
                    ));
                }
                ("sqs", queue.arn(), queue.id().to_string())
            }
            Subscriber::Function(function) => {
                if self.fifo {
                    stack.error(bad(
                        "Subscription.Protocol",
                        function.id(),
                        "a FIFO topic delivers only to SQS queues: subscribe a FIFO queue the function consumes",
                    ));
                }
                ("lambda", function.arn(), function.id().to_string())
            }
            Subscriber::Email(address) => {
                let ok = address.split_once('@').is_some_and(|(user, domain)| {
                    !user.is_empty()
                        && domain.contains('.')
                        && !address.contains(char::is_whitespace)
                });
                if !ok {
                    stack.error(bad(
                        "Subscription.Endpoint",
                        address,
                        "must be an email address",
                    ));
                }
                ("email", address.into(), address_name(address))
            }
            Subscriber::Https(url) => {
                let host = url.strip_prefix("https://").unwrap_or("");
                if host.is_empty() || host.starts_with('/') || url.contains(char::is_whitespace) {
                    stack.error(bad(
                        "Subscription.Endpoint",
                        url,
                        "must be an https:// URL: messages leave AWS only over TLS",
                    ));
                }
                ("https", url.into(), address_name(host))
            }
        };
        if self.fifo && matches!(to, Subscriber::Email(_) | Subscriber::Https(_)) {
            stack.error(bad(
                "Subscription.Protocol",
                &protocol,
                "a FIFO topic delivers only to SQS queues",
            ));
        }
        let id = stack.child_id(
            &self.id,
            &format!(
                "To{}",
                heck::ToUpperCamelCase::to_upper_camel_case(name.as_str())
            ),
        );
        let takes_raw = matches!(to, Subscriber::Queue(_) | Subscriber::Https(_));
        if raw && !takes_raw {
            stack.error(bad(
                "Subscription.RawMessageDelivery",
                &protocol,
                "raw delivery is for queues and HTTPS endpoints",
            ));
        }
        stack.add_resource(Resource::new(
            id.clone(),
            &l1::Subscription {
                protocol: protocol.into(),
                endpoint: Some(endpoint),
                topic_arn: self.arn(),
                raw_message_delivery: (raw && takes_raw).then_some(Value::Literal(true)),
                ..Default::default()
            },
        ));
        match to {
            Subscriber::Queue(queue) => {
                queue.allow(
                    stack,
                    Statement::new(Effect::Allow, [crate::sqs::Action::SendMessage])
                        .sid(format!("{}Sends", self.id))
                        .principal(Principal::service("sns.amazonaws.com"))
                        .resource(queue.arn())
                        .condition(json!({ "ArnEquals": { "aws:SourceArn": self.arn() } })),
                );
                queue.key().allow_service(stack, "sns.amazonaws.com");
            }
            Subscriber::Function(function) => {
                let permission = stack.child_id(&id, "Invoke");
                function.allow_invoke(stack, permission, "sns.amazonaws.com", self.arn());
            }
            Subscriber::Email(_) | Subscriber::Https(_) => {}
        }
        id
    }
}

/// An id part from an address: its letters and digits, words split where
/// anything else was (`ops@example.com` gives `OpsExampleCom`).
fn address_name(address: &str) -> String {
    address
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// The longest topic name SNS accepts, `.fifo` included.
pub const MAX_NAME: usize = 256;

impl Topic {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let bad = |prop: &str, v: &dyn std::fmt::Display, rule: &str| {
            Error::invalid(id.as_str(), prop, v, rule)
        };
        if let Some(Value::Literal(name)) = &self.name {
            if let Some(rule) = crate::sqs::fifo_name_problem(name, self.fifo, MAX_NAME, "topic") {
                errors.push(bad("TopicName", name, &rule));
            }
        }
        if let Some(d) = &self.display_name {
            if d.is_empty() || d.chars().count() > 100 {
                errors.push(bad("DisplayName", d, "must be 1-100 characters"));
            }
        }
        for p in &self.publishers {
            if !p.ends_with(".amazonaws.com") || p.contains(char::is_whitespace) {
                errors.push(bad(
                    "Policy.Principal.Service",
                    p,
                    "must be an AWS service principal such as cloudwatch.amazonaws.com",
                ));
            }
        }
        for (k, v) in &self.tags {
            if !crate::cfn::Tag::is_valid(k, v) {
                errors.push(bad("Tags", k, crate::cfn::Tag::RULE));
            }
        }
        errors
    }
}

impl Construct for Topic {
    type Handle = TopicRef;

    fn add_to(self, stack: &mut Stack) -> TopicRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let key = self.key.clone().unwrap_or_else(|| stack.default_key());
        let topic = TopicRef {
            id: id.clone(),
            key: key.clone(),
            fifo: self.fifo,
        };
        let l1 = l1::Topic {
            topic_name: self.name.clone(),
            display_name: self.display_name.clone().map(Value::Literal),
            kms_master_key_id: Some(key.arn()),
            fifo_topic: self.fifo.then_some(Value::Literal(true)),
            tags: crate::cfn::Tag::list(&self.tags),
            ..Default::default()
        };
        stack.add_resource(Resource::new(id.clone(), &l1));

        let policy_id = stack.child_id(&id, "Policy");
        let policy = l1::TopicPolicy {
            policy_document: topic_policy(&topic, &self.publishers).to_json(),
            topics: vec![topic.arn()],
        };
        stack
            .add_resource(Resource::new(policy_id, &policy))
            .takes_contributions(crate::iam::render_policy_statements);

        // Services that publish must be able to use the key.
        for service in &self.publishers {
            key.allow_service(stack, service);
        }
        topic
    }
}

/// The topic policy: TLS only, then this account and the named services
/// may publish.
fn topic_policy(topic: &TopicRef, publishers: &[String]) -> PolicyDocument {
    let mut statements = vec![
        Statement::new(Effect::Deny, [Action::Publish])
            .sid("DenyRequestsWithoutTls")
            .principal(Principal::Any)
            .resource(topic.arn())
            .condition(json!({ "Bool": { "aws:SecureTransport": false } })),
        Statement::new(Effect::Allow, [Action::Publish])
            .sid("AccountPublishes")
            .principal(Principal::this_account())
            .resource(topic.arn()),
    ];
    if !publishers.is_empty() {
        statements.push(
            Statement::new(Effect::Allow, [Action::Publish])
                .sid("ServicesPublish")
                .principal(Principal::Service(
                    publishers.iter().map(|p| p.as_str().into()).collect(),
                ))
                .resource(topic.arn())
                .condition(json!({
                    "StringEquals": { "aws:SourceAccount": { "Ref": "AWS::AccountId" } }
                })),
        );
    }
    PolicyDocument::new(statements)
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "sns",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[
        &duties::TOPIC_DUTIES,
        &duties::TOPIC_POLICY_DUTIES,
        &duties::SUBSCRIPTION_DUTIES,
    ],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[],
};
