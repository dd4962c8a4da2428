//! Amazon RDS: `rds::Instance`, a PostgreSQL or MySQL database, and
//! `rds::Cluster`, an Aurora cluster, in the VPC's isolated tier,
//! encrypted, TLS-only, backed up, never public.
//!
#![doc = include_str!("defaults.md")]

mod actions;
mod cluster;
pub(crate) mod duties;

use std::collections::BTreeMap;

use typed_builder::TypedBuilder;

use crate::cfn::l1::rds as l1;
use crate::ec2::{Peer, Port, SecurityGroup, SecurityGroupRef};
use crate::error::Error;
use crate::iam::{Effect, Grantee, Role, RoleRef, Statement};
use crate::kms::KeyRef;
use crate::removal::Removal;
use crate::template::{
    Construct, DeletionPolicy, Handle, Intrinsic, LogicalId, Resource, Stack, Value,
};
use crate::vpc::{Tier, VpcRef};
use crate::waiver::Waiver;

/// Amazon RDS IAM authentication actions for grants.
pub use actions::RdsDbAction as Action;
pub use cluster::{
    AuroraEngine, Capacity, Cluster, ClusterRef, AURORA_FAMILIES, AURORA_MYSQL_VERSIONS,
    AURORA_POSTGRES_VERSIONS,
};

/// PostgreSQL versions stackward accepts: those RDS offers for new
/// instances and has not deprecated (as of cfn-lint 1.58's data).
pub const POSTGRES_VERSIONS: [&str; 28] = [
    "14.18", "14.19", "14.20", "14.21", "14.22", "14.23", "14.24", "15.13", "15.14", "15.15",
    "15.16", "15.17", "15.18", "15.19", "16.9", "16.10", "16.11", "16.12", "16.13", "16.14",
    "16.15", "17.5", "17.6", "17.7", "17.8", "17.9", "17.10", "17.11",
];
/// MySQL versions stackward accepts.
pub const MYSQL_VERSIONS: [&str; 12] = [
    "8.0.42", "8.0.43", "8.0.44", "8.0.45", "8.0.46", "8.4.5", "8.4.6", "8.4.7", "8.4.8", "8.4.9",
    "8.4.10", "8.4.11",
];

/// Instance families RDS offers for PostgreSQL and MySQL (current
/// generation): an instance class is `db.<family>.<size>`.
pub const CLASS_FAMILIES: [&str; 13] = [
    "t3", "t4g", "m5", "m6g", "m6i", "m7g", "m7i", "r5", "r6g", "r6i", "r7g", "r7i", "m8g",
];

/// A database engine and its version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Engine {
    /// PostgreSQL, one of [`POSTGRES_VERSIONS`].
    Postgres(String),
    /// MySQL, one of [`MYSQL_VERSIONS`].
    MySql(String),
}

impl Engine {
    fn name(&self) -> &'static str {
        match self {
            Engine::Postgres(_) => "postgres",
            Engine::MySql(_) => "mysql",
        }
    }

    fn version(&self) -> &str {
        match self {
            Engine::Postgres(v) | Engine::MySql(v) => v,
        }
    }

    fn kind(&self) -> Kind {
        match self {
            Engine::Postgres(_) => Kind::Postgres,
            Engine::MySql(_) => Kind::MySql,
        }
    }

    fn major(&self) -> String {
        match self {
            Engine::Postgres(v) => v.split('.').next().unwrap_or_default().to_owned(),
            Engine::MySql(v) => v.split('.').take(2).collect::<Vec<_>>().join("."),
        }
    }

    fn log_exports(&self) -> Vec<String> {
        let logs: &[&str] = match self {
            Engine::Postgres(_) => &["postgresql", "upgrade"],
            Engine::MySql(_) => &["audit", "error", "general", "slowquery"],
        };
        logs.iter().map(|s| s.to_string()).collect()
    }
}

/// The engine family, stand-alone or Aurora: what its port, default
/// administrators and TLS parameter are.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Postgres,
    MySql,
}

impl Kind {
    fn default_port(self) -> u16 {
        match self {
            Kind::Postgres => 5432,
            Kind::MySql => 3306,
        }
    }

    fn default_admins(self) -> &'static [&'static str] {
        match self {
            Kind::Postgres => &["postgres", "admin", "rdsadmin"],
            Kind::MySql => &["admin", "root", "rdsadmin", "mysql"],
        }
    }

    /// The parameter that requires TLS, and its value.
    fn tls_parameter(self) -> (&'static str, &'static str) {
        match self {
            Kind::Postgres => ("rds.force_ssl", "1"),
            Kind::MySql => ("require_secure_transport", "ON"),
        }
    }
}

/// How long automated backups are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backups {
    /// 7 to 35 days.
    Days(u32),
    /// 1 to 6 days.
    Shorter(u32, Waiver),
}

impl Default for Backups {
    fn default() -> Self {
        Backups::Days(7)
    }
}

impl Backups {
    /// The retention in days and the waiver that allows a shorter one.
    fn days(&self) -> (u32, Option<Waiver>) {
        match self {
            Backups::Days(d) => (*d, None),
            Backups::Shorter(d, w) => (*d, Some(w.clone())),
        }
    }

    /// The days given and the rule they break, if any.
    fn problem(&self) -> Option<(u32, &'static str)> {
        match self {
            Backups::Days(d) if !(7..=35).contains(d) => Some((
                *d,
                "7-35 days; fewer than 7 needs Backups::Shorter with a waiver",
            )),
            Backups::Shorter(d, _) if !(1..=6).contains(d) => {
                Some((*d, "Backups::Shorter takes 1-6 days"))
            }
            _ => None,
        }
    }
}

/// The settings by which clients reach a database, checked the same way
/// for instances and clusters.
struct Access<'a> {
    user: &'a str,
    default_admins: &'a [&'a str],
    database: Option<(&'static str, &'a str)>,
    port: u16,
    default_port: u16,
    default_port_waived: bool,
}

/// 1-`max` letters, digits and `_`, starting with a letter.
fn is_identifier(name: &str, max: usize) -> bool {
    (1..=max).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

impl Access<'_> {
    /// Every problem, as (property, value, rule).
    fn problems(&self) -> Vec<(&'static str, String, &'static str)> {
        let mut out = Vec::new();
        if !is_identifier(self.user, 16) {
            out.push((
                "MasterUsername",
                self.user.to_owned(),
                "must be 1-16 letters, digits and _, starting with a letter",
            ));
        } else if self
            .default_admins
            .contains(&self.user.to_ascii_lowercase().as_str())
        {
            out.push((
                "MasterUsername",
                self.user.to_owned(),
                "a default administrator name is the first one guessed: choose another",
            ));
        }
        if let Some((property, name)) = self.database {
            if !is_identifier(name, 63) {
                out.push((
                    property,
                    name.to_owned(),
                    "must be 1-63 letters, digits and _, starting with a letter",
                ));
            }
        }
        if self.port < 1150 {
            out.push((
                "Port",
                self.port.to_string(),
                "RDS accepts ports 1150-65535",
            ));
        }
        if self.port == self.default_port && !self.default_port_waived {
            out.push((
                "Port",
                self.port.to_string(),
                "the engine's default port needs .default_port(waiver) naming RDS_NON_DEFAULT_PORT",
            ));
        }
        out
    }
}

/// A database's subnet group over the VPC's `tier`.
fn subnet_group(
    stack: &mut Stack,
    id: &LogicalId,
    vpc: &VpcRef,
    tier: Tier,
    subnets: &str,
) -> LogicalId {
    let subnet_group = stack.child_id(id, "SubnetGroup");
    stack.add_resource(Resource::new(
        subnet_group.clone(),
        &l1::DbSubnetGroup {
            db_subnet_group_description: format!("{id}: {subnets} subnets").into(),
            subnet_ids: vpc.subnets(tier).iter().map(|s| s.subnet_id()).collect(),
            ..Default::default()
        },
    ));
    subnet_group
}

/// A database's security group, which admits only connected peers, and its
/// enhanced-monitoring role.
fn group_and_monitoring(
    stack: &mut Stack,
    id: &LogicalId,
    vpc: &VpcRef,
) -> (SecurityGroupRef, RoleRef) {
    let sg_id = stack.child_id(id, "SecurityGroup");
    let security_group = stack.add(
        SecurityGroup::builder()
            .id(sg_id.to_string())
            .vpc(vpc)
            .description(format!("{id}: connected peers only"))
            .build(),
    );
    let monitoring = stack.child_id(id, "MonitoringRole");
    let monitoring = stack.add(
        Role::builder()
            .id(monitoring.to_string())
            .service("monitoring.rds.amazonaws.com")
            .source_account(true)
            .description(format!("{id}: enhanced monitoring"))
            .statements(enhanced_monitoring_statements())
            .build(),
    );
    if let Some(role) = stack.resource_mut(monitoring.id()) {
        role.waive(Waiver::answered(&duties::MONITORING_STREAMS));
    }
    (security_group, monitoring)
}

/// What enhanced monitoring needs, exactly: the actions AWS's
/// `AmazonRDSEnhancedMonitoringRole` policy grants, on the one log group
/// RDS writes OS metrics to (`RDSOSMetrics`) in this account and region,
/// instead of that policy's every `RDS*` group in every region.
fn enhanced_monitoring_statements() -> Vec<Statement> {
    let group =
        "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:RDSOSMetrics";
    vec![
        Statement::new(
            Effect::Allow,
            ["logs:CreateLogGroup", "logs:PutRetentionPolicy"],
        )
        .resource(Intrinsic::sub(group)),
        Statement::new(
            Effect::Allow,
            [
                "logs:CreateLogStream",
                "logs:PutLogEvents",
                "logs:DescribeLogStreams",
                "logs:GetLogEvents",
            ],
        )
        .resource(Intrinsic::sub(format!("{group}:log-stream:*"))),
    ]
}

/// `Snapshot` on delete and replace, or `Delete` with its waiver.
fn apply_removal(resource: &mut Resource, removal: &Removal) {
    match removal {
        Removal::Retain => {
            resource.retention(DeletionPolicy::Snapshot);
        }
        Removal::Delete(w) => {
            resource.retention(DeletionPolicy::Delete).waive(w.clone());
        }
    }
}

/// The statement that lets a grantee connect as database user `user` of
/// the instance or cluster `id` with an IAM token: `rds-db:connect` on
/// `dbuser:<resource>/<user>`, where `resource` is a `Fn::Sub` pattern over
/// `${ResourceId}` (the resource id `resource_id` reads). `None`, with an
/// error on the stack, for a user name RDS would refuse.
fn connect_statement(
    stack: &mut Stack,
    id: &LogicalId,
    user: &str,
    resource: &str,
    resource_id: Value<String>,
) -> Option<Statement> {
    if !is_identifier(user, 63) {
        stack.error(Error::invalid(
            id.as_str(),
            "rds-db:connect",
            user,
            "a database user name is 1-63 letters, digits and _, starting with a letter",
        ));
        return None;
    }
    let arn = Intrinsic::sub_with(
        format!("arn:${{AWS::Partition}}:rds-db:${{AWS::Region}}:${{AWS::AccountId}}:dbuser:{resource}/{user}"),
        vec![("ResourceId".into(), resource_id)],
    );
    Some(Statement::new(Effect::Allow, [Action::Connect]).resource(arn))
}

/// A PostgreSQL or MySQL database instance.
///
/// ```
/// use stackward::prelude::*;
/// use stackward::vpc::Subnets;
///
/// let mut stack = Stack::new("Data").unwrap();
/// let net = stack.add(
///     vpc::Vpc::builder()
///         .id("net")
///         .cidr("10.0.0.0/16".parse().unwrap())
///         .subnets(vec![Subnets::public(24), Subnets::private(20), Subnets::isolated(24)])
///         .build(),
/// );
/// let db = stack.add(
///     rds::Instance::builder()
///         .id("orders")
///         .vpc(&net)
///         .engine(rds::Engine::Postgres("17.6".into()))
///         .instance_class("db.m7g.large")
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// let p = &t.json()["Resources"]["Orders"]["Properties"];
/// assert_eq!(p["PubliclyAccessible"], false);
/// assert_eq!(p["ManageMasterUserPassword"], true);
/// assert_eq!(t.json()["Resources"]["Orders"]["DeletionPolicy"], "Snapshot");
/// # let _ = db;
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Instance {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The VPC; the database goes in its isolated tier.
    #[builder(setter(transform = |vpc: &VpcRef| vpc.clone()))]
    pub vpc: VpcRef,
    /// Engine and version.
    pub engine: Engine,
    /// `db.<family>.<size>`, e.g. `db.m7g.large`.
    #[builder(setter(into))]
    pub instance_class: String,
    /// Allocated storage in GiB (gp3, 20-65536).
    #[builder(default = 20)]
    pub storage_gib: u32,
    /// Storage autoscaling up to this many GiB.
    #[builder(default, setter(strip_option))]
    pub max_storage_gib: Option<u32>,
    /// The administrator's name (not a default such as `postgres` or `admin`).
    #[builder(default = "dbadmin".into(), setter(into))]
    pub master_username: String,
    /// A database created at launch.
    #[builder(default, setter(into, strip_option))]
    pub database_name: Option<String>,
    /// The port; the engine's default plus one when unset.
    #[builder(default, setter(strip_option))]
    pub port: Option<u16>,
    /// The engine's default port: only with a waiver of `RDS_NON_DEFAULT_PORT`.
    #[builder(default, setter(strip_option))]
    pub default_port: Option<Waiver>,
    /// Backup retention.
    #[builder(default)]
    pub backups: Backups,
    /// One zone only: only with a waiver of `RDS_MULTI_AZ_SUPPORT`.
    #[builder(default, setter(strip_option))]
    pub single_az: Option<Waiver>,
    /// `Snapshot` and deletion protection unless waived.
    #[builder(default)]
    pub removal: Removal,
    /// The key for storage, the master secret and Performance Insights.
    #[builder(default, setter(strip_option))]
    pub key: Option<KeyRef>,
    /// The tier of the subnets; isolated by default.
    #[builder(default = Tier::Isolated)]
    pub tier: Tier,
}

/// A handle to a database in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceRef {
    id: LogicalId,
    port: u16,
    security_group: SecurityGroupRef,
}

impl Handle for InstanceRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl InstanceRef {
    /// The endpoint address.
    pub fn address(&self) -> Value<String> {
        self.get_att("Endpoint.Address")
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The ARN of the master user's secret in Secrets Manager.
    pub fn secret_arn(&self) -> Value<String> {
        self.get_att("MasterUserSecret.SecretArn")
    }

    /// The database's security group.
    pub fn security_group(&self) -> &SecurityGroupRef {
        &self.security_group
    }

    /// Admits `peer` on the database port (and lets a group peer out to it).
    pub fn allow_from(&self, stack: &mut Stack, peer: impl Into<Peer>) {
        self.security_group
            .allow_from(stack, peer, Port::tcp(self.port));
    }

    /// Lets `to` connect as database user `user` with an IAM token
    /// (`rds-db:connect` on that user of this instance only).
    pub fn grant_connect(&self, stack: &mut Stack, to: &impl Grantee, user: &str) {
        if let Some(statement) = connect_statement(
            stack,
            &self.id,
            user,
            "${ResourceId}",
            self.get_att("DbiResourceId"),
        ) {
            stack.grant(to, statement);
        }
    }
}

/// `db.<family>.<size>` with one of `families` and a size of `sizes` or
/// `<n>xlarge`.
fn check_class(class: &str, families: &[&str], sizes: &[&str]) -> bool {
    let mut parts = class.split('.');
    let (Some("db"), Some(family), Some(size), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let size_ok = sizes.contains(&size)
        || size
            .strip_suffix("xlarge")
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    families.contains(&family) && size_ok
}

impl Instance {
    fn port_number(&self) -> u16 {
        self.port.unwrap_or(self.engine.kind().default_port() + 1)
    }

    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut err = |property: &str, value: &dyn std::fmt::Display, rule: &str| {
            errors.push(Error::invalid(id.as_str(), property, value, rule));
        };
        let supported: &[&str] = match self.engine {
            Engine::Postgres(_) => &POSTGRES_VERSIONS,
            Engine::MySql(_) => &MYSQL_VERSIONS,
        };
        if !supported.contains(&self.engine.version()) {
            err(
                "EngineVersion",
                &self.engine.version(),
                &format!(
                    "supported {} versions: {}",
                    self.engine.name(),
                    supported.join(", ")
                ),
            );
        }
        if !check_class(
            &self.instance_class,
            &CLASS_FAMILIES,
            &["micro", "small", "medium", "large", "xlarge"],
        ) {
            err(
                "DBInstanceClass",
                &self.instance_class,
                &format!(
                    "must be db.<family>.<size> with a family of {}",
                    CLASS_FAMILIES.join(", ")
                ),
            );
        }
        if !(20..=65_536).contains(&self.storage_gib) {
            err(
                "AllocatedStorage",
                &self.storage_gib,
                "gp3 storage is 20-65536 GiB",
            );
        }
        if let Some(max) = self.max_storage_gib {
            if max <= self.storage_gib || max > 65_536 {
                err(
                    "MaxAllocatedStorage",
                    &max,
                    "must be above AllocatedStorage and at most 65536 GiB",
                );
            }
        }
        let access = Access {
            user: &self.master_username,
            default_admins: self.engine.kind().default_admins(),
            database: self.database_name.as_deref().map(|n| ("DBName", n)),
            port: self.port_number(),
            default_port: self.engine.kind().default_port(),
            default_port_waived: self.default_port.is_some(),
        };
        for (property, value, rule) in access.problems() {
            err(property, &value, rule);
        }
        if let Some((days, rule)) = self.backups.problem() {
            err("BackupRetentionPeriod", &days, rule);
        }
        if self.vpc.subnets(self.tier).len() < 2 {
            err(
                "DBSubnetGroupName",
                &format!("{:?}", self.tier),
                "a DB subnet group needs subnets of the tier in at least two zones",
            );
        }
        if self.tier == Tier::Public {
            err(
                "DBSubnetGroupName",
                &"Public",
                "a database does not go in public subnets",
            );
        }
        errors
    }
}

impl Construct for Instance {
    type Handle = InstanceRef;

    fn add_to(self, stack: &mut Stack) -> InstanceRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let key = self.key.clone().unwrap_or_else(|| stack.default_key());
        let port = self.port_number();

        let subnet_group = subnet_group(
            stack,
            &id,
            &self.vpc,
            self.tier,
            &format!("{:?}", self.tier),
        );

        let (name, value) = self.engine.kind().tls_parameter();
        let params = stack.child_id(&id, "Parameters");
        stack.add_resource(Resource::new(
            params.clone(),
            &l1::DbParameterGroup {
                description: format!("{id}: TLS required").into(),
                family: format!("{}{}", self.engine.name(), self.engine.major()).into(),
                parameters: serde_json::to_value(BTreeMap::from([(name, value)])).ok(),
                ..Default::default()
            },
        ));

        // MySQL's audit log needs the audit plugin, from an option group.
        let options = matches!(self.engine, Engine::MySql(_)).then(|| {
            let options = stack.child_id(&id, "Options");
            stack.add_resource(Resource::new(
                options.clone(),
                &l1::OptionGroup {
                    engine_name: "mysql".into(),
                    major_engine_version: self.engine.major().into(),
                    option_group_description: format!("{id}: audit plugin for the audit log")
                        .into(),
                    option_configurations: Some(vec![l1::option_group::OptionConfiguration {
                        option_name: "MARIADB_AUDIT_PLUGIN".into(),
                        ..Default::default()
                    }]),
                    ..Default::default()
                },
            ));
            options
        });

        let (security_group, monitoring) = group_and_monitoring(stack, &id, &self.vpc);

        let (retention, backup_waiver) = self.backups.days();
        let deleting = matches!(self.removal, Removal::Delete(_));
        let yes = || Some(Value::Literal(true));
        let number = |n: u32| Some(Value::Literal(i64::from(n)));
        let instance = l1::DbInstance {
            engine: Some(self.engine.name().into()),
            engine_version: Some(self.engine.version().into()),
            db_instance_class: Some(self.instance_class.as_str().into()),
            allocated_storage: Some(self.storage_gib.to_string().into()),
            max_allocated_storage: self.max_storage_gib.and_then(number),
            storage_type: Some("gp3".into()),
            storage_encrypted: yes(),
            kms_key_id: Some(key.arn()),
            master_username: Some(self.master_username.as_str().into()),
            manage_master_user_password: yes(),
            master_user_secret: Some(l1::db_instance::MasterUserSecret {
                kms_key_id: Some(key.arn()),
                ..Default::default()
            }),
            db_name: self.database_name.clone().map(Value::Literal),
            port: Some(port.to_string().into()),
            enable_iam_database_authentication: yes(),
            publicly_accessible: Some(Value::Literal(false)),
            db_subnet_group_name: Some(Intrinsic::reference(subnet_group.as_str()).into()),
            vpc_security_groups: Some(vec![security_group.group_id()]),
            db_parameter_group_name: Some(Intrinsic::reference(params.as_str()).into()),
            option_group_name: options.map(|o| Intrinsic::reference(o.as_str()).into()),
            backup_retention_period: number(retention),
            deletion_protection: Some(Value::Literal(!deleting)),
            multi_az: Some(Value::Literal(self.single_az.is_none())),
            auto_minor_version_upgrade: yes(),
            copy_tags_to_snapshot: yes(),
            enable_cloudwatch_logs_exports: Some(
                self.engine
                    .log_exports()
                    .into_iter()
                    .map(Value::Literal)
                    .collect(),
            ),
            enable_performance_insights: yes(),
            performance_insights_kms_key_id: Some(key.arn()),
            performance_insights_retention_period: number(7),
            monitoring_interval: number(60),
            monitoring_role_arn: Some(monitoring.arn()),
            ca_certificate_identifier: Some("rds-ca-rsa2048-g1".into()),
            ..Default::default()
        };
        let resource = stack.add_resource(Resource::new(id.clone(), &instance));
        apply_removal(resource, &self.removal);
        let waivers = [
            backup_waiver,
            self.single_az.clone(),
            self.default_port.clone(),
        ];
        for w in waivers.into_iter().flatten() {
            resource.waive(w);
        }
        InstanceRef {
            id,
            port,
            security_group,
        }
    }
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "rds",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[
        &duties::DB_INSTANCE_DUTIES,
        &duties::DB_CLUSTER_DUTIES,
        &duties::CLUSTER_PARAMETER_GROUP_DUTIES,
        &duties::PARAMETER_GROUP_DUTIES,
        &duties::SUBNET_GROUP_DUTIES,
        &duties::OPTION_GROUP_DUTIES,
    ],
    hand_written_l1: Vec::new,
    variants: &[crate::services::Variant {
        label: "a member of an Aurora cluster",
        when: "/Properties/DBClusterIdentifier",
        duties: &duties::CLUSTER_MEMBER_DUTIES,
    }],
    answered: &[&duties::AURORA_MEMBER_BACKUP, &duties::MONITORING_STREAMS],
};
