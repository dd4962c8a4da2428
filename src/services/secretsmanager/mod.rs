//! `secretsmanager::Secret`: a secret whose value Secrets Manager generates
//! (never a literal in the template), encrypted with a customer-managed key,
//! rotated on a schedule, readable only from this account, and kept when
//! the stack is deleted.
//!
#![doc = include_str!("defaults.md")]

mod actions;
pub(crate) mod duties;

use serde_json::{json, Value as Json};
use typed_builder::TypedBuilder;

pub use actions::SecretsManagerAction as Action;

use crate::cfn::l1::secretsmanager as l1;
use crate::error::Error;
use crate::iam::{Effect, Grantee, PolicyDocument, Principal, Statement};
use crate::kms::KeyRef;
use crate::lambda::FunctionRef;
use crate::removal::Removal;
use crate::template::{Construct, Handle, LogicalId, Pseudo, Resource, Stack, Value};
use crate::waiver::Waiver;

/// How the secret's value is renewed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rotation {
    /// A function of this stack rotates it every `days` days (1-365; the
    /// rule asks for at most 90). The function is granted what rotating
    /// takes, and Secrets Manager may invoke it for this secret only.
    Function {
        /// The rotation function.
        function: FunctionRef,
        /// Days between rotations.
        days: u32,
    },
    /// Rotated by hand (a partner's API key): only with a waiver of
    /// `SECRETSMANAGER_ROTATION_ENABLED` saying who rotates it and when.
    Manual(Waiver),
}

/// A Secrets Manager secret with stackward's secure defaults.
///
/// ```
/// use stackward::prelude::*;
/// use stackward::secretsmanager::{Rotation, Secret};
///
/// let mut stack = Stack::new("Partner").unwrap();
/// let key = stack.add(
///     Secret::builder()
///         .id("partner-key")
///         .description("The partner API's key; set with put-secret-value after deploy")
///         .rotation(Rotation::Manual(
///             Waiver::new("the partner issues the key; rotated with them each quarter", ["SECRETSMANAGER_ROTATION_ENABLED"]).unwrap(),
///         ))
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// let p = &t.json()["Resources"][key.id().as_str()]["Properties"];
/// assert!(p.get("SecretString").is_none());
/// assert_eq!(p["GenerateSecretString"]["PasswordLength"], 32);
/// assert_eq!(t.json()["Resources"]["PartnerKeyPolicy"]["Properties"]["BlockPublicPolicy"], true);
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Secret {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The secret's name; CloudFormation generates one when unset.
    #[builder(default, setter(into, strip_option))]
    pub name: Option<String>,
    /// What the secret is for.
    #[builder(default, setter(into, strip_option))]
    pub description: Option<String>,
    /// The customer-managed key; the stack's default key when unset.
    #[builder(default, setter(strip_option))]
    pub key: Option<KeyRef>,
    /// How long the generated value is (20-4096 characters).
    #[builder(default = 32)]
    pub length: u32,
    /// Whether the generated value may hold punctuation (never
    /// `" ' / \ @`, which break connection strings and shells).
    #[builder(default = true)]
    pub punctuation: bool,
    /// A JSON object the generated value is added to, under a key:
    /// `({"username": "app"}, "password")`.
    #[builder(default, setter(strip_option))]
    pub json_template: Option<(Json, String)>,
    /// How the value is renewed.
    pub rotation: Rotation,
    /// Kept on stack deletion and replacement unless waived.
    #[builder(default)]
    pub removal: Removal,
    /// Tags of this secret (besides the stack's).
    #[builder(default)]
    pub tags: Vec<(String, String)>,
}

/// A handle to a secret in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretRef {
    id: LogicalId,
    key: KeyRef,
}

impl Handle for SecretRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl SecretRef {
    /// The secret's ARN (a `Ref` to a secret gives its ARN): what a
    /// function's environment holds (a variable ending in `_ARN`).
    pub fn arn(&self) -> Value<String> {
        self.reference()
    }

    /// The key the secret is encrypted with.
    pub fn key(&self) -> &KeyRef {
        &self.key
    }

    /// Lets `to` read the secret's value and metadata, and decrypt it.
    ///
    /// ```
    /// use stackward::prelude::*;
    /// use stackward::secretsmanager::{Rotation, Secret};
    /// let mut stack = Stack::new("Read").unwrap();
    /// let manual = Waiver::new("rotated by hand", ["SECRETSMANAGER_ROTATION_ENABLED"]).unwrap();
    /// let secret = stack.add(Secret::builder().id("token").rotation(Rotation::Manual(manual)).build());
    /// let app = stack.add(iam::Role::builder().id("app").service("ec2.amazonaws.com").build());
    /// secret.grant_read(&mut stack, &app);
    /// let t = stack.synth().unwrap();
    /// let s = &t.json()["Resources"]["App"]["Properties"]["Policies"][0]["PolicyDocument"]["Statement"];
    /// assert_eq!(s[0]["Action"], serde_json::json!(["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]));
    /// assert_eq!(s[0]["Resource"][0]["Ref"], "Token");
    /// ```
    pub fn grant_read(&self, stack: &mut Stack, to: &impl Grantee) {
        stack.grant(
            to,
            Statement::new(
                Effect::Allow,
                [Action::GetSecretValue, Action::DescribeSecret],
            )
            .resource(self.arn()),
        );
        self.key.grant_decrypt(stack, to);
    }

    /// Lets `to` rotate the secret: read it, write new versions and move
    /// their labels, with the key.
    fn grant_rotate(&self, stack: &mut Stack, to: &impl Grantee) {
        stack.grant(
            to,
            Statement::new(
                Effect::Allow,
                [
                    Action::DescribeSecret,
                    Action::GetSecretValue,
                    Action::PutSecretValue,
                    Action::UpdateSecretVersionStage,
                ],
            )
            .resource(self.arn()),
        );
        self.key.grant_encrypt_decrypt(stack, to);
    }
}

/// Characters a generated value never holds.
pub const EXCLUDED_CHARACTERS: &str = "\"'/\\@";

impl Secret {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut bad = |prop: &str, v: &dyn std::fmt::Display, rule: &str| {
            errors.push(Error::invalid(id.as_str(), prop, v, rule));
        };
        if let Some(name) = &self.name {
            let ok = (1..=512).contains(&name.len())
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "/_+=.@-".contains(c));
            if !ok {
                bad("Name", name, "must be 1-512 letters, digits and /_+=.@-");
            }
        }
        if let Some(d) = &self.description {
            if d.len() > 2048 {
                bad(
                    "Description",
                    &format!("{} bytes", d.len()),
                    "must be at most 2048 bytes",
                );
            }
        }
        if !(20..=4096).contains(&self.length) {
            bad(
                "GenerateSecretString.PasswordLength",
                &self.length,
                "must be 20-4096 characters: shorter values are guessable",
            );
        }
        if let Some((template, key)) = &self.json_template {
            if !template.is_object() {
                bad(
                    "GenerateSecretString.SecretStringTemplate",
                    template,
                    "must be a JSON object",
                );
            } else if key.is_empty() || template.get(key).is_some() {
                bad(
                    "GenerateSecretString.GenerateStringKey",
                    key,
                    "must be a key the template does not already hold",
                );
            }
        }
        if let Rotation::Function { days, .. } = &self.rotation {
            if !(1..=365).contains(days) {
                bad(
                    "RotationRules.AutomaticallyAfterDays",
                    days,
                    "must be 1-365 days",
                );
            }
        }
        for (k, v) in &self.tags {
            if !crate::cfn::Tag::is_valid(k, v) {
                bad("Tags", k, crate::cfn::Tag::RULE);
            }
        }
        errors
    }
}

impl Construct for Secret {
    type Handle = SecretRef;

    fn add_to(self, stack: &mut Stack) -> SecretRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let key = self.key.clone().unwrap_or_else(|| stack.default_key());
        let (template, string_key) = match &self.json_template {
            Some((t, k)) => (
                Some(Value::Literal(t.to_string())),
                Some(Value::Literal(k.clone())),
            ),
            None => (None, None),
        };
        let l1 = l1::Secret {
            name: self.name.clone().map(Value::Literal),
            description: self.description.clone().map(Value::Literal),
            kms_key_id: Some(key.arn()),
            generate_secret_string: Some(l1::secret::GenerateSecretString {
                password_length: Some(Value::Literal(self.length.into())),
                exclude_characters: Some(EXCLUDED_CHARACTERS.into()),
                exclude_punctuation: (!self.punctuation).then_some(Value::Literal(true)),
                secret_string_template: template,
                generate_string_key: string_key,
                ..Default::default()
            }),
            tags: crate::cfn::Tag::list(&self.tags),
            ..Default::default()
        };
        let resource = stack.add_resource(Resource::new(id.clone(), &l1));
        self.removal.apply(resource);
        if let Rotation::Manual(w) = &self.rotation {
            resource.waive(w.clone());
        }
        let secret = SecretRef {
            id: id.clone(),
            key,
        };

        let policy_id = stack.child_id(&id, "Policy");
        stack.add_resource(Resource::new(
            policy_id,
            &l1::ResourcePolicy {
                secret_id: secret.arn(),
                block_public_policy: Some(Value::Literal(true)),
                resource_policy: resource_policy(&secret).to_json(),
            },
        ));

        if let Rotation::Function { function, days } = &self.rotation {
            secret.grant_rotate(stack, function);
            let permission = stack.child_id(&id, "RotationInvoke");
            let permission = function.allow_invoke(
                stack,
                permission,
                "secretsmanager.amazonaws.com",
                secret.arn(),
            );
            let rotation_id = stack.child_id(&id, "Rotation");
            stack
                .add_resource(Resource::new(
                    rotation_id,
                    &l1::RotationSchedule {
                        secret_id: secret.arn(),
                        rotation_lambda_arn: Some(function.arn()),
                        rotation_rules: Some(l1::rotation_schedule::RotationRules {
                            automatically_after_days: Some(Value::Literal((*days).into())),
                            ..Default::default()
                        }),
                        ..Default::default()
                    },
                ))
                .depends_on(&permission);
        }
        secret
    }
}

/// The secret's resource policy: no principal of another account may use
/// it, whatever that account's policies say (AWS services acting for this
/// account are not principals of another account).
fn resource_policy(secret: &SecretRef) -> PolicyDocument {
    PolicyDocument::new(vec![Statement::new(Effect::Deny, ["secretsmanager:*"])
        .sid("DenyOtherAccounts")
        .principal(Principal::Any)
        .resource(secret.arn())
        .condition(json!({
            "StringNotEquals": { "aws:PrincipalAccount": Value::<String>::from(Pseudo::AccountId) },
            "Bool": { "aws:PrincipalIsAWSService": "false" }
        }))])
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "secretsmanager",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[
        &duties::SECRET_DUTIES,
        &duties::RESOURCE_POLICY_DUTIES,
        &duties::ROTATION_DUTIES,
    ],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[],
};
