//! `logs::LogGroup`: CloudWatch Logs groups for flow logs, functions and
//! applications, encrypted with a customer key and kept for a year.
//!
#![doc = include_str!("defaults.md")]

mod actions;
pub(crate) mod duties;

use typed_builder::TypedBuilder;

use crate::cfn;
use crate::error::Error;
use crate::iam::{Effect, Principal, Statement};
use crate::kms::KeyRef;
use crate::removal::Removal;
use crate::template::{
    CfnResource, Construct, Handle, Intrinsic, LogicalId, Resource, Stack, Value,
};
use crate::waiver::Waiver;

/// CloudWatch Logs actions for grants and hand-written statements.
pub use actions::LogsAction as Action;

/// The retention periods CloudWatch Logs accepts, in days.
pub const RETENTION_DAYS: [u32; 22] = [
    1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922,
    3288, 3653,
];

/// The shortest retention kept without a waiver: one year.
pub const MIN_RETENTION_DAYS: u32 = 365;

/// How long log events are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Retention {
    /// This many days, one of [`RETENTION_DAYS`] and at least 365.
    Days(u32),
    /// Fewer than 365 days (one of [`RETENTION_DAYS`]).
    Shorter(u32, Waiver),
}

impl Default for Retention {
    fn default() -> Self {
        Retention::Days(MIN_RETENTION_DAYS)
    }
}

/// A CloudWatch Logs log group.
///
/// ```
/// use stackward::prelude::*;
///
/// let mut stack = Stack::new("Jobs").unwrap();
/// let logs = stack.add(logs::LogGroup::builder().id("ingest-logs").build());
/// let t = stack.synth().unwrap();
/// let props = &t.json()["Resources"][logs.id().as_str()]["Properties"];
/// assert_eq!(props["RetentionInDays"], 365);
/// assert_eq!(props["KmsKeyId"]["Fn::GetAtt"][0], "DefaultKey");
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct LogGroup {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The group's name; CloudFormation generates one when unset.
    #[builder(default, setter(into, strip_option))]
    pub name: Option<Value<String>>,
    /// The customer-managed key; the stack's default key when unset.
    #[builder(default, setter(strip_option))]
    pub key: Option<KeyRef>,
    /// How long events are kept.
    #[builder(default)]
    pub retention: Retention,
    /// Kept on stack deletion unless waived.
    #[builder(default)]
    pub removal: Removal,
}

/// A handle to a log group in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogGroupRef {
    id: LogicalId,
}

impl Handle for LogGroupRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl LogGroupRef {
    /// The group's name (`Ref`).
    pub fn name(&self) -> Value<String> {
        self.reference()
    }

    /// The group's ARN (`Fn::GetAtt LogGroup.Arn`, ending in `:*`).
    pub fn arn(&self) -> Value<String> {
        self.get_att("Arn")
    }
}

impl LogGroup {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        if let Some(Value::Literal(name)) = &self.name {
            let ok = !name.is_empty()
                && name.len() <= 512
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._-/#".contains(c));
            if !ok {
                errors.push(Error::invalid(
                    id.as_str(),
                    "LogGroupName",
                    name,
                    "must be 1-512 letters, digits and . _ - / #",
                ));
            }
        }
        let days = match &self.retention {
            Retention::Days(d) | Retention::Shorter(d, _) => *d,
        };
        if !RETENTION_DAYS.contains(&days) {
            errors.push(Error::invalid(
                id.as_str(),
                "RetentionInDays",
                days,
                "must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653",
            ));
        } else if matches!(self.retention, Retention::Shorter(d, _) if d >= MIN_RETENTION_DAYS) {
            errors.push(Error::invalid(
                id.as_str(),
                "RetentionInDays",
                days,
                "is not shorter than 365 days: use Retention::Days, which needs no waiver",
            ));
        } else if matches!(self.retention, Retention::Days(d) if d < MIN_RETENTION_DAYS) {
            errors.push(Error::invalid(
                id.as_str(),
                "RetentionInDays",
                days,
                "keeping logs less than 365 days needs Retention::Shorter with a waiver",
            ));
        }
        errors
    }
}

impl Construct for LogGroup {
    type Handle = LogGroupRef;

    fn add_to(self, stack: &mut Stack) -> LogGroupRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let key = self.key.clone().unwrap_or_else(|| stack.default_key());
        // CloudWatch Logs may use a key of this stack for this account's log
        // groups; a key from elsewhere carries its own policy.
        if stack
            .resource(key.id())
            .is_some_and(|r| r.type_name() == cfn::l1::kms::Key::TYPE)
        {
            stack.contribute(key.id(), logs_may_use_key());
        }
        let (days, waiver) = match &self.retention {
            Retention::Days(d) => (*d, None),
            Retention::Shorter(d, w) => (*d, Some(w.clone())),
        };
        let l1 = cfn::l1::logs::LogGroup {
            log_group_name: self.name.clone(),
            kms_key_id: Some(key.arn()),
            retention_in_days: Some(Value::Literal(days.into())),
            ..Default::default()
        };
        let resource = stack.add_resource(Resource::new(id.clone(), &l1));
        self.removal.apply(resource);
        if let Some(w) = waiver {
            resource.waive(w);
        }
        LogGroupRef { id }
    }
}

/// The key-policy statement that lets CloudWatch Logs use a key for this
/// account's log groups in the stack's region, scoped by encryption context.
fn logs_may_use_key() -> serde_json::Value {
    Statement::new(Effect::Allow, crate::kms::USE_ACTIONS)
        .sid("CloudWatchLogsUse")
        .principal(Principal::service(Intrinsic::sub(
            "logs.${AWS::Region}.amazonaws.com",
        )))
        .resource("*")
        .condition(serde_json::json!({
            "ArnLike": {
                "kms:EncryptionContext:aws:logs:arn":
                    crate::template::arn("logs", "${AWS::Region}", "${AWS::AccountId}", "log-group:*")
            }
        }))
        .to_json()
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "logs",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[&duties::LOG_GROUP_DUTIES],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[],
};
