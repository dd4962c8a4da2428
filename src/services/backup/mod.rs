//! `backup::Plan`: AWS Backup for stateful resources, outside the resources
//! themselves: a vault under a customer-managed key, locked to a retention
//! range, whose policy denies deleting recovery points, with daily and
//! monthly backups, and resources enrolled by handle or by tag.
//!
#![doc = include_str!("defaults.md")]

pub(crate) mod duties;

use typed_builder::TypedBuilder;

use crate::cfn::l1::backup as l1;
use crate::error::Error;
use crate::iam::{Effect, ManagedPolicy, PolicyDocument, Principal, Role, RoleRef, Statement};
use crate::kms::KeyRef;
use crate::removal::Removal;
use crate::template::{Construct, Handle, LogicalId, Resource, Stack, Value};

/// A resource AWS Backup can protect, enrolled with [`PlanRef::enroll`].
pub trait Recoverable: Handle {
    /// The ARN a backup selection names it by.
    fn recovery_arn(&self) -> Value<String>;
}

impl Recoverable for crate::rds::InstanceRef {
    fn recovery_arn(&self) -> Value<String> {
        self.get_att("DBInstanceArn")
    }
}

impl Recoverable for crate::rds::ClusterRef {
    fn recovery_arn(&self) -> Value<String> {
        self.get_att("DBClusterArn")
    }
}

impl Recoverable for crate::dynamodb::TableRef {
    fn recovery_arn(&self) -> Value<String> {
        self.get_att("Arn")
    }
}

/// The recovery-point actions the vault's policy denies to everyone.
pub const DENIED_ACTIONS: [&str; 3] = [
    "backup:DeleteRecoveryPoint",
    "backup:UpdateRecoveryPointLifecycle",
    "backup:DeleteBackupVault",
];

/// An AWS Backup plan with its own locked vault.
///
/// ```
/// use stackward::prelude::*;
///
/// let mut stack = Stack::new("Data").unwrap();
/// let table = stack.add(
///     dynamodb::Table::builder()
///         .id("orders")
///         .partition_key(dynamodb::Attribute::string("id"))
///         .build(),
/// );
/// let plan = stack.add(backup::Plan::builder().id("backups").build());
/// plan.enroll(&mut stack, &table);
/// let t = stack.synth().unwrap();
/// let vault = &t.json()["Resources"]["BackupsVault"]["Properties"];
/// assert_eq!(vault["LockConfiguration"]["MinRetentionDays"], 7);
/// let rules = &t.json()["Resources"]["Backups"]["Properties"]["BackupPlan"]["BackupPlanRule"];
/// assert_eq!(rules[0]["Lifecycle"]["DeleteAfterDays"], 35.0);
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Plan {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The customer-managed key the vault encrypts recovery points with;
    /// the stack's default key when unset.
    #[builder(default, setter(strip_option))]
    pub key: Option<KeyRef>,
    /// Days a daily backup is kept.
    #[builder(default = 35)]
    pub daily_retention_days: u32,
    /// Days a monthly backup is kept.
    #[builder(default = 365)]
    pub monthly_retention_days: u32,
    /// The vault lock's shortest retention: no recovery point can be
    /// deleted earlier, by anyone.
    #[builder(default = 7)]
    pub lock_min_days: u32,
    /// The vault lock's longest retention.
    #[builder(default = 3650)]
    pub lock_max_days: u32,
    /// Also back up every resource of the account tagged with this key
    /// and value.
    #[builder(default, setter(strip_option))]
    pub tagged: Option<(String, String)>,
}

/// A handle to a plan in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanRef {
    id: LogicalId,
    role: RoleRef,
}

impl Handle for PlanRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl PlanRef {
    /// Backs `resource` up under this plan: a selection naming it.
    pub fn enroll(&self, stack: &mut Stack, resource: &impl Recoverable) -> LogicalId {
        let selection_id = stack.child_id(&self.id, &format!("Selects{}", resource.id()));
        let selection = selection(
            self,
            resource.id().as_str(),
            Some(resource.recovery_arn()),
            None,
        );
        stack.add_resource(Resource::new(selection_id.clone(), &selection));
        selection_id
    }
}

fn selection(
    plan: &PlanRef,
    name: &str,
    resource: Option<Value<String>>,
    tag: Option<&(String, String)>,
) -> l1::BackupSelection {
    l1::BackupSelection {
        backup_plan_id: plan.reference(),
        backup_selection: l1::backup_selection::BackupSelectionResourceType {
            selection_name: Value::Literal(name.into()),
            iam_role_arn: plan.role.arn(),
            resources: resource.map(|arn| vec![arn]),
            list_of_tags: tag.map(|(k, v)| {
                vec![l1::backup_selection::ConditionResourceType {
                    condition_key: Value::Literal(k.clone()),
                    condition_type: Value::Literal("STRINGEQUALS".into()),
                    condition_value: Value::Literal(v.clone()),
                }]
            }),
            ..Default::default()
        },
    }
}

impl Plan {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let (min, max) = (self.lock_min_days, self.lock_max_days);
        if !(1..=36_500).contains(&min) || max < min || max > 36_500 {
            errors.push(Error::invalid(
                id.as_str(),
                "LockConfiguration",
                format!("{min}-{max} days"),
                "the lock's minimum must be 1-36500 days and its maximum at least the minimum, at most 36500",
            ));
        }
        for (property, days) in [
            ("daily_retention_days", self.daily_retention_days),
            ("monthly_retention_days", self.monthly_retention_days),
        ] {
            if !(min..=max).contains(&days) {
                errors.push(Error::invalid(
                    id.as_str(),
                    property,
                    days,
                    format!("must be within the vault lock's {min}-{max} days, or the vault refuses the recovery point"),
                ));
            }
        }
        errors
    }
}

fn rule(
    name: &str,
    schedule: &str,
    vault: &LogicalId,
    days: u32,
) -> l1::backup_plan::BackupRuleResourceType {
    l1::backup_plan::BackupRuleResourceType {
        rule_name: Value::Literal(name.into()),
        target_backup_vault: Value::from(crate::template::Intrinsic::reference(vault.as_str())),
        schedule_expression: Some(Value::Literal(schedule.into())),
        lifecycle: Some(l1::backup_plan::LifecycleResourceType {
            delete_after_days: Some(Value::Literal(days.into())),
            ..Default::default()
        }),
        ..Default::default()
    }
}

impl Construct for Plan {
    type Handle = PlanRef;

    fn add_to(self, stack: &mut Stack) -> PlanRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let key = self.key.clone().unwrap_or_else(|| stack.default_key());

        let vault_id = stack.child_id(&id, "Vault");
        let policy = PolicyDocument::new(vec![Statement::new(Effect::Deny, DENIED_ACTIONS)
            .sid("NoOneDeletesRecoveryPoints")
            .principal(Principal::Any)
            .resource("*")]);
        let vault = l1::BackupVault {
            backup_vault_name: Value::from(crate::template::Intrinsic::sub(format!(
                "${{AWS::StackName}}-{vault_id}"
            ))),
            encryption_key_arn: Some(key.arn()),
            lock_configuration: Some(l1::backup_vault::LockConfigurationType {
                min_retention_days: Value::Literal(self.lock_min_days.into()),
                max_retention_days: Some(Value::Literal(self.lock_max_days.into())),
                ..Default::default()
            }),
            access_policy: Some(policy.to_json()),
            ..Default::default()
        };
        let resource = stack.add_resource(Resource::new(vault_id.clone(), &vault));
        Removal::Retain.apply(resource);

        let plan = l1::BackupPlan {
            backup_plan: l1::backup_plan::BackupPlanResourceType {
                backup_plan_name: Value::from(crate::template::Intrinsic::sub(format!(
                    "${{AWS::StackName}}-{id}"
                ))),
                backup_plan_rule: vec![
                    rule(
                        "Daily",
                        "cron(0 3 * * ? *)",
                        &vault_id,
                        self.daily_retention_days,
                    ),
                    rule(
                        "Monthly",
                        "cron(0 4 1 * ? *)",
                        &vault_id,
                        self.monthly_retention_days,
                    ),
                ],
                ..Default::default()
            },
            ..Default::default()
        };
        stack.add_resource(Resource::new(id.clone(), &plan));

        let role_id = stack.child_id(&id, "Role");
        let role = stack.add(
            Role::builder()
                .id(role_id.as_str())
                .service("backup.amazonaws.com")
                .source_account(true)
                .description("AWS Backup takes and restores the plan's backups")
                // AWS Backup's managed policies list the snapshot and
                // restore actions of every service it supports and follow
                // them as services are added; AWS documents them as the
                // role's policies.
                .managed_policies(vec![
                    ManagedPolicy::aws("service-role/AWSBackupServiceRolePolicyForBackup"),
                    ManagedPolicy::aws("service-role/AWSBackupServiceRolePolicyForRestores"),
                ])
                .build(),
        );
        // Recovery points are encrypted with the vault's key as the role.
        key.grant_encrypt_decrypt(stack, &role);
        let plan_ref = PlanRef {
            id: id.clone(),
            role,
        };
        if let Some(tag) = &self.tagged {
            let selection_id = stack.child_id(&id, "SelectsTagged");
            let selection = selection(&plan_ref, "tagged", None, Some(tag));
            stack.add_resource(Resource::new(selection_id, &selection));
        }
        plan_ref
    }
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "backup",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[
        &duties::VAULT_DUTIES,
        &duties::PLAN_DUTIES,
        &duties::SELECTION_DUTIES,
    ],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[],
};
