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
use crate::template::{CfnResource, Construct, Handle, LogicalId, Resource, Stack, Value};

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
pub struct Topic {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    id: String,
    /// The topic's name; CloudFormation generates one when unset. A FIFO
    /// topic's name ends in `.fifo`.
    #[builder(default, setter(into, strip_option))]
    name: Option<Value<String>>,
    /// The name shown in SMS and email messages (at most 100 characters).
    #[builder(default, setter(into, strip_option))]
    display_name: Option<String>,
    /// The customer-managed key messages are encrypted with; the stack's
    /// default key when unset.
    #[builder(default, setter(strip_option))]
    key: Option<KeyRef>,
    /// A FIFO topic: ordered, deduplicated delivery to SQS FIFO queues.
    #[builder(default)]
    fifo: bool,
    /// AWS services that may publish besides this account's principals
    /// (`cloudwatch.amazonaws.com` for alarms, `events.amazonaws.com` for
    /// EventBridge rules); each may also use the topic's key, when the key
    /// is in this stack.
    #[builder(default)]
    publishers: Vec<String>,
    /// Tags of this topic (besides the stack's).
    #[builder(default)]
    tags: Vec<(String, String)>,
}

/// A handle to a topic in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicRef {
    id: LogicalId,
    key: KeyRef,
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

/// The longest topic name SNS accepts, `.fifo` included.
pub const MAX_NAME: usize = 256;

impl Topic {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let bad = |prop: &str, v: &dyn std::fmt::Display, rule: &str| {
            Error::invalid(id.as_str(), prop, v, rule)
        };
        if let Some(Value::Literal(name)) = &self.name {
            let stem = name.strip_suffix(".fifo").unwrap_or(name);
            let chars_ok = !stem.is_empty()
                && stem
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !chars_ok || name.len() > MAX_NAME {
                errors.push(bad(
                    "TopicName",
                    name,
                    "must be 1-256 letters, digits, hyphens or underscores (a FIFO topic's ending in .fifo)",
                ));
            } else if self.fifo != name.ends_with(".fifo") {
                errors.push(bad(
                    "TopicName",
                    name,
                    "a FIFO topic's name ends in .fifo, and only a FIFO topic's does",
                ));
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
        };
        let l1 = l1::Topic {
            topic_name: self.name.clone(),
            display_name: self.display_name.clone().map(Value::Literal),
            kms_master_key_id: Some(key.arn()),
            fifo_topic: self.fifo.then_some(Value::Literal(true)),
            tags: (!self.tags.is_empty()).then(|| {
                self.tags
                    .iter()
                    .map(|(k, v)| crate::cfn::Tag {
                        key: k.clone(),
                        value: v.clone(),
                    })
                    .collect()
            }),
            ..Default::default()
        };
        stack.add_resource(Resource::new(id.clone(), &l1));

        let policy_id = stack.child_id(&id, "Policy");
        let policy = l1::TopicPolicy {
            policy_document: topic_policy(&topic, &self.publishers).to_json(),
            topics: vec![topic.arn()],
        };
        stack.add_resource(Resource::new(policy_id, &policy));

        // Services that publish must be able to use the key, when it is
        // this stack's to change.
        let key_here = stack
            .resource(key.id())
            .is_some_and(|r| r.type_name() == crate::cfn::l1::kms::Key::TYPE);
        if key_here {
            for service in &self.publishers {
                let statement = Statement::new(
                    Effect::Allow,
                    [
                        crate::kms::Action::Decrypt,
                        crate::kms::Action::GenerateDataKey,
                    ],
                )
                .sid(format!("{}Publishes", service_sid(service)))
                .principal(Principal::service(service.as_str()))
                .resource("*");
                stack.contribute(key.id(), statement.to_json());
            }
        }
        topic
    }
}

/// `CloudwatchAmazonawsCom` from `cloudwatch.amazonaws.com`: letters and
/// digits only, as a statement id takes.
fn service_sid(service: &str) -> String {
    use heck::ToUpperCamelCase;
    service.to_upper_camel_case()
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
    duties: &[&duties::TOPIC_DUTIES, &duties::TOPIC_POLICY_DUTIES],
    hand_written_l1: Vec::new,
    variants: &[],
};
