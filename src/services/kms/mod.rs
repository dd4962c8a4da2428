//! `kms::Key`: customer-managed keys for everything stackward encrypts.
//!
#![doc = include_str!("defaults.md")]

mod actions;
pub(crate) mod duties;

use serde_json::{json, Value as Json};
use typed_builder::TypedBuilder;

use crate::cfn;
use crate::error::Error;
use crate::iam::{Effect, Grantee, PolicyDocument, Principal, Statement};
use crate::removal::Removal;
use crate::template::{CfnResource, Construct, Handle, LogicalId, Resource, Stack, Value};

/// AWS KMS actions for grants and hand-written statements.
pub use actions::KmsAction as Action;

/// Actions a key user may call: encrypt and decrypt data, nothing else.
pub(crate) const USE_ACTIONS: [&str; 5] = [
    "kms:Decrypt",
    "kms:DescribeKey",
    "kms:Encrypt",
    "kms:GenerateDataKey*",
    "kms:ReEncrypt*",
];

/// A symmetric, customer-managed KMS key with rotation on.
///
/// ```
/// use stackward::prelude::*;
/// use stackward::iam::Principal;
///
/// let mut stack = Stack::new("Keys").unwrap();
/// let key = stack.add(
///     kms::Key::builder()
///         .id("orders")
///         .description("Encrypts the orders data")
///         .alias("alias/orders")
///         .users(vec![Principal::service("logs.amazonaws.com")])
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// let props = &t.json()["Resources"][key.id().as_str()]["Properties"];
/// assert_eq!(props["EnableKeyRotation"], true);
/// assert_eq!(t.json()["Resources"]["Orders"]["DeletionPolicy"], "Retain");
/// assert_eq!(t.json()["Resources"]["OrdersAlias"]["Properties"]["AliasName"], "alias/orders");
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Key {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// What the key protects.
    #[builder(default, setter(into, strip_option))]
    pub description: Option<String>,
    /// An alias such as `alias/orders`.
    #[builder(default, setter(into, strip_option))]
    pub alias: Option<String>,
    /// Principals, besides the account's IAM policies, that may use the key.
    #[builder(default)]
    pub users: Vec<Principal>,
    /// Days between a deletion request and the deletion (7-30).
    #[builder(default = 30)]
    pub pending_window_days: u32,
    /// Days between automatic rotations (90-2560).
    #[builder(default = 365)]
    pub rotation_period_days: u32,
    /// Kept on stack deletion unless waived.
    #[builder(default)]
    pub removal: Removal,
}

/// A handle to a key in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRef {
    id: LogicalId,
}

impl Handle for KeyRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl KeyRef {
    /// The key's ARN (`Fn::GetAtt Key.Arn`).
    pub fn arn(&self) -> Value<String> {
        self.get_att("Arn")
    }

    /// The key id (`Ref`).
    pub fn key_id(&self) -> Value<String> {
        self.reference()
    }

    /// Lets `to` decrypt with this key.
    pub fn grant_decrypt(&self, stack: &mut Stack, to: &impl Grantee) {
        stack.grant(
            to,
            Statement::new(Effect::Allow, [Action::Decrypt]).resource(self.arn()),
        );
    }

    /// Lets `to` encrypt, decrypt and create data keys with this key.
    pub fn grant_encrypt_decrypt(&self, stack: &mut Stack, to: &impl Grantee) {
        self.grant_decrypt(stack, to);
        stack.grant(
            to,
            Statement::new(Effect::Allow, [Action::Encrypt, Action::GenerateDataKey])
                .resource(self.arn()),
        );
    }

    /// Lets an AWS service that delivers into something encrypted with
    /// this key (SNS into a queue, CloudWatch into a topic) create data
    /// keys and decrypt with it, for this account's resources only: a
    /// statement contributed to the key's policy, when the key is in this
    /// stack (an imported key's policy is its owner's to change).
    pub(crate) fn allow_service(&self, stack: &mut Stack, service: &str) {
        let key_here = stack
            .resource(&self.id)
            .is_some_and(|r| r.type_name() == cfn::l1::kms::Key::TYPE);
        if !key_here {
            return;
        }
        use heck::ToUpperCamelCase;
        let statement = Statement::new(Effect::Allow, [Action::Decrypt, Action::GenerateDataKey])
            .sid(format!("{}Publishes", service.to_upper_camel_case()))
            .principal(Principal::service(service))
            .resource("*");
        stack.contribute(&self.id, statement.to_json());
    }
}

impl Key {
    fn policy(&self) -> PolicyDocument {
        let mut statements = vec![Statement::new(Effect::Allow, ["kms:*"])
            .sid("AccountAdministersKey")
            .principal(Principal::this_account())
            .resource("*")];
        for (i, user) in self.users.iter().enumerate() {
            statements.push(
                Statement::new(Effect::Allow, USE_ACTIONS)
                    .sid(format!("KeyUse{}", i + 1))
                    .principal(user.clone())
                    .resource("*"),
            );
        }
        statements.push(
            Statement::new(Effect::Deny, ["kms:CreateGrant"])
                .sid("GrantsOnlyForAwsResources")
                .principal(Principal::Any)
                .resource("*")
                .condition(json!({
                    "BoolIfExists": {
                        "kms:GrantIsForAWSResource": "false",
                        "aws:PrincipalIsAWSService": "false"
                    }
                })),
        );
        PolicyDocument::new(statements)
    }

    fn l1(&self) -> cfn::l1::kms::Key {
        cfn::l1::kms::Key {
            description: self.description.clone().map(Value::Literal),
            enabled: Some(Value::Literal(true)),
            enable_key_rotation: Some(Value::Literal(true)),
            key_policy: Some(self.policy().to_json()),
            key_spec: Some("SYMMETRIC_DEFAULT".into()),
            key_usage: Some("ENCRYPT_DECRYPT".into()),
            pending_window_in_days: Some(Value::Literal(self.pending_window_days.into())),
            rotation_period_in_days: Some(Value::Literal(self.rotation_period_days.into())),
            ..Default::default()
        }
    }

    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        if let Some(alias) = &self.alias {
            let name = alias.strip_prefix("alias/").unwrap_or("");
            let ok = !name.is_empty()
                && alias.len() <= 256
                && !name.starts_with("aws/")
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "/_-".contains(c));
            if !ok {
                errors.push(Error::invalid(
                    id.as_str(),
                    "AliasName",
                    alias,
                    "must be alias/ followed by letters, digits, / _ -, at most 256 characters, and not alias/aws/",
                ));
            }
        }
        if !(7..=30).contains(&self.pending_window_days) {
            errors.push(Error::invalid(
                id.as_str(),
                "PendingWindowInDays",
                self.pending_window_days,
                "must be 7-30 days",
            ));
        }
        if !(90..=2560).contains(&self.rotation_period_days) {
            errors.push(Error::invalid(
                id.as_str(),
                "RotationPeriodInDays",
                self.rotation_period_days,
                "must be 90-2560 days",
            ));
        }
        if let Some(d) = &self.description {
            if d.len() > 8192 {
                errors.push(Error::invalid(
                    id.as_str(),
                    "Description",
                    format!("{} bytes", d.len()),
                    "must be at most 8192 bytes",
                ));
            }
        }
        errors
    }
}

impl Construct for Key {
    type Handle = KeyRef;

    fn add_to(self, stack: &mut Stack) -> KeyRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let resource = stack.add_resource(Resource::new(id.clone(), &self.l1()));
        resource.takes_contributions(render_key_policy);
        self.removal.apply(resource);
        let key = KeyRef { id };
        if let Some(alias) = self.alias.clone() {
            let alias_id = stack.child_id(&key.id, "Alias");
            let l1 = cfn::l1::kms::Alias {
                alias_name: alias.into(),
                target_key_id: key.key_id(),
            };
            stack.add_resource(Resource::new(alias_id, &l1));
        }
        key
    }
}

/// A key's renderer: statements other constructs contributed (a service
/// that may use the key, scoped by encryption context) go before the
/// policy's closing deny statement.
fn render_key_policy(properties: &mut Json, statements: &[Json]) {
    let Some(list) = properties["KeyPolicy"]["Statement"].as_array_mut() else {
        return;
    };
    let at = list.len().saturating_sub(1);
    for (i, statement) in statements.iter().enumerate() {
        list.insert(at + i, statement.clone());
    }
}

/// The id of the stack's default key.
const DEFAULT_KEY: &str = "DefaultKey";

impl Stack {
    /// The stack's default customer-managed key (logical id `DefaultKey`),
    /// created on first use. Constructs that encrypt use it unless given a key.
    pub fn default_key(&mut self) -> KeyRef {
        let id = self.logical_id(DEFAULT_KEY);
        if self
            .resource(&id)
            .is_some_and(|r| r.type_name() == cfn::l1::kms::Key::TYPE)
        {
            return KeyRef { id };
        }
        let description = format!("Default customer-managed key of stack {}", self.name());
        self.add(
            Key::builder()
                .id(DEFAULT_KEY)
                .description(description)
                .build(),
        )
    }
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "kms",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[&duties::KEY_DUTIES, &duties::ALIAS_DUTIES],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[],
};
