//! `iam::Role`: a role that exactly one AWS service assumes, holding only
//! the statements its construct needs.

use serde_json::json;
use typed_builder::TypedBuilder;

use super::{Effect, PolicyDocument, Principal, Statement};
use crate::cfn;
use crate::template::{Construct, Handle, Intrinsic, LogicalId, Resource, Stack, Value};
use crate::waiver::Waiver;

/// The AWS managed policies stackward's own constructs attach: each is
/// AWS's policy for the one service its role serves.
pub(crate) const SERVICE_ROLE_POLICIES: [&str; 6] = [
    "AmazonSSMManagedInstanceCore",
    "AWSXRayDaemonWriteAccess",
    "service-role/AWSLambdaENIManagementAccess",
    "service-role/AWSBackupServiceRolePolicyForBackup",
    "service-role/AWSBackupServiceRolePolicyForRestores",
    "service-role/AWS_ConfigRole",
];

/// Whether an AWS managed policy grants administrative or service-wide
/// power: AdministratorAccess, PowerUserAccess, or a `*FullAccess` policy.
pub(crate) fn is_broad(policy_name: &str) -> bool {
    let name = policy_name.rsplit('/').next().unwrap_or(policy_name);
    name == "AdministratorAccess" || name == "PowerUserAccess" || name.contains("FullAccess")
}

/// An AWS managed policy, named without its ARN prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManagedPolicy(String);

impl ManagedPolicy {
    /// `arn:${AWS::Partition}:iam::aws:policy/<name>`.
    pub fn aws(name: impl Into<String>) -> Self {
        ManagedPolicy(name.into())
    }

    /// The policy's ARN in the stack's partition.
    pub fn arn(&self) -> Value<String> {
        Intrinsic::sub(format!(
            "arn:${{AWS::Partition}}:iam::aws:policy/{}",
            self.0
        ))
        .into()
    }
}

/// An IAM role that one AWS service assumes.
///
/// The trust policy names the service and nothing else; with
/// `source_account(true)` it also requires the request to come from the
/// stack's own account (confused-deputy protection for services that send
/// `aws:SourceAccount`).
///
/// ```
/// use stackward::iam::{Effect, Role, Statement};
/// use stackward::prelude::*;
///
/// let mut stack = Stack::new("Jobs").unwrap();
/// let role = stack.add(
///     Role::builder()
///         .id("exporter")
///         .service("export.rds.amazonaws.com")
///         .statements(vec![Statement::new(Effect::Allow, ["s3:PutObject"])
///             .resource("arn:aws:s3:::exports/*")])
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// let trust = &t.json()["Resources"][role.id().as_str()]["Properties"]["AssumeRolePolicyDocument"];
/// assert_eq!(trust["Statement"][0]["Principal"]["Service"], "export.rds.amazonaws.com");
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Role {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The service principal that assumes the role, e.g. `ec2.amazonaws.com`.
    #[builder(setter(into))]
    pub service: String,
    /// Require `aws:SourceAccount` to be the stack's account.
    #[builder(default)]
    pub source_account: bool,
    /// What the role is for.
    #[builder(default, setter(into, strip_option))]
    pub description: Option<String>,
    /// AWS managed policies.
    #[builder(default)]
    pub managed_policies: Vec<ManagedPolicy>,
    /// The role's own statements (exact actions on exact resources).
    #[builder(default)]
    pub statements: Vec<Statement>,
    /// Waivers, e.g. of `IAM_POLICY_NO_WILDCARDS` for a statement whose
    /// action or resource is `*`.
    #[builder(default)]
    pub waivers: Vec<Waiver>,
}

/// Whether an allow statement names `*` (or `service:*`) as an action or
/// `*` as a resource.
pub(crate) fn has_wildcard(statement: &Statement) -> bool {
    statement.effect() == Effect::Allow
        && (statement
            .actions()
            .iter()
            .any(|a| a == "*" || a.ends_with(":*"))
            || statement
                .resources()
                .iter()
                .any(|r| r.literal().is_some_and(|r| r == "*")))
}

/// A handle to a role in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleRef {
    id: LogicalId,
}

impl Handle for RoleRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl RoleRef {
    /// The role's name (`Ref`).
    pub fn name(&self) -> Value<String> {
        self.reference()
    }

    /// The role's ARN.
    pub fn arn(&self) -> Value<String> {
        self.get_att("Arn")
    }
}

fn valid_service(s: &str) -> bool {
    s.ends_with(".amazonaws.com")
        && s.len() > ".amazonaws.com".len()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
}

impl Construct for Role {
    type Handle = RoleRef;

    fn add_to(self, stack: &mut Stack) -> RoleRef {
        let service = self.service.clone();
        let id = stack.construct_id(&self.id, |id| {
            let mut errors = Vec::new();
            if !valid_service(&service) {
                errors.push(crate::Error::invalid(
                    id.as_str(),
                    "AssumeRolePolicyDocument",
                    &service,
                    "must be one AWS service principal such as ec2.amazonaws.com",
                ));
            }
            let waived = self.waivers.iter().any(|w| w.covers("IAM_POLICY_NO_WILDCARDS"));
            for p in self.managed_policies.iter().filter(|p| is_broad(&p.0)) {
                if !waived {
                    errors.push(crate::Error::invalid(
                        id.as_str(),
                        "ManagedPolicyArns",
                        &p.0,
                        "grants every action of a service or more: grant exact actions instead, or add a Waiver naming IAM_POLICY_NO_WILDCARDS",
                    ));
                }
            }
            for s in self.statements.iter().filter(|s| has_wildcard(s)) {
                if !waived {
                    errors.push(crate::Error::invalid(
                        id.as_str(),
                        "Policies",
                        s.actions().join(", "),
                        "a statement with a * action or resource needs a Waiver naming IAM_POLICY_NO_WILDCARDS",
                    ));
                }
            }
            errors
        });
        let mut trust = Statement::new(Effect::Allow, ["sts:AssumeRole"])
            .principal(Principal::service(service));
        if self.source_account {
            trust = trust.condition(json!({
                "StringEquals": { "aws:SourceAccount": { "Ref": "AWS::AccountId" } }
            }));
        }
        let policies = (!self.statements.is_empty()).then(|| {
            vec![cfn::l1::iam::role::Policy {
                policy_document: PolicyDocument::new(self.statements).to_json(),
                policy_name: super::grant::POLICY_NAME.into(),
            }]
        });
        let l1 = cfn::l1::iam::Role {
            assume_role_policy_document: PolicyDocument::new(vec![trust]).to_json(),
            description: self.description.map(Value::Literal),
            managed_policy_arns: (!self.managed_policies.is_empty()).then(|| {
                self.managed_policies
                    .iter()
                    .map(ManagedPolicy::arn)
                    .collect()
            }),
            policies,
            ..Default::default()
        };
        let resource = stack.add_resource(Resource::new(id.clone(), &l1));
        resource.takes_contributions(super::grant::render_grants);
        resource.waive(Waiver::answered(&super::duties::INLINE_POLICIES));
        let service_roles_only = self
            .managed_policies
            .iter()
            .all(|p| SERVICE_ROLE_POLICIES.contains(&p.0.as_str()));
        if !self.managed_policies.is_empty() && service_roles_only {
            resource.waive(Waiver::answered(&super::duties::SERVICE_ROLE_POLICIES));
        }
        for w in self.waivers {
            resource.waive(w);
        }
        RoleRef { id }
    }
}
