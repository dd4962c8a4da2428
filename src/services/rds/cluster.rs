//! `rds::Cluster`: an Aurora PostgreSQL or Aurora MySQL cluster in the
//! VPC's isolated tier, encrypted, TLS-only, backed up, never public.

use std::collections::BTreeMap;

use typed_builder::TypedBuilder;

use super::{
    apply_removal, check_class, connect_statement, group_and_monitoring, subnet_group, Access,
    Backups, Kind,
};
use crate::cfn::l1::rds as l1;
use crate::ec2::{Peer, Port, SecurityGroupRef};
use crate::error::Error;
use crate::iam::Grantee;
use crate::kms::KeyRef;
use crate::removal::Removal;
use crate::template::{Construct, Handle, Intrinsic, LogicalId, Resource, Stack, Value};
use crate::vpc::{Tier, VpcRef};
use crate::waiver::Waiver;

/// Aurora PostgreSQL versions stackward accepts: those RDS offers for new
/// clusters and has not deprecated (cfn-lint 1.58's data), 14 and later.
pub const AURORA_POSTGRES_VERSIONS: [&str; 34] = [
    "14.17", "14.18", "14.19", "14.20", "14.22", "14.23", "14.24", "15.10", "15.12", "15.13",
    "15.14", "15.15", "15.17", "15.18", "15.19", "16.8", "16.9", "16.10", "16.11", "16.13",
    "16.14", "16.15", "17.4", "17.5", "17.6", "17.7", "17.9", "17.10", "17.11", "18.3", "18.4",
    "18.6", "17", "18",
];

/// Aurora MySQL versions stackward accepts: version 3 (MySQL 8.0) from
/// 3.04, the long-term support release, and 8.4.
pub const AURORA_MYSQL_VERSIONS: [&str; 23] = [
    "8.0.mysql_aurora.3.04.0",
    "8.0.mysql_aurora.3.04.1",
    "8.0.mysql_aurora.3.04.2",
    "8.0.mysql_aurora.3.04.3",
    "8.0.mysql_aurora.3.04.4",
    "8.0.mysql_aurora.3.04.6",
    "8.0.mysql_aurora.3.08.0",
    "8.0.mysql_aurora.3.08.1",
    "8.0.mysql_aurora.3.08.2",
    "8.0.mysql_aurora.3.09.0",
    "8.0.mysql_aurora.3.10.0",
    "8.0.mysql_aurora.3.10.1",
    "8.0.mysql_aurora.3.10.2",
    "8.0.mysql_aurora.3.10.3",
    "8.0.mysql_aurora.3.10.4",
    "8.0.mysql_aurora.3.10.5",
    "8.0.mysql_aurora.3.10.6",
    "8.0.mysql_aurora.3.11.1",
    "8.0.mysql_aurora.3.12.0",
    "8.0.mysql_aurora.3.13.0",
    "8.4",
    "8.4.mysql_aurora.8.4.7",
    "8.4.mysql_aurora.8.4.8",
];

/// Instance families Aurora offers for provisioned instances: a class is
/// `db.<family>.<size>`.
pub const AURORA_FAMILIES: [&str; 7] = ["r6g", "r6i", "r7g", "r7i", "r8g", "t4g", "x2g"];

/// An Aurora engine and its version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuroraEngine {
    /// Aurora PostgreSQL, one of [`AURORA_POSTGRES_VERSIONS`].
    Postgres(String),
    /// Aurora MySQL, one of [`AURORA_MYSQL_VERSIONS`].
    MySql(String),
}

impl AuroraEngine {
    fn name(&self) -> &'static str {
        match self {
            AuroraEngine::Postgres(_) => "aurora-postgresql",
            AuroraEngine::MySql(_) => "aurora-mysql",
        }
    }

    fn version(&self) -> &str {
        match self {
            AuroraEngine::Postgres(v) | AuroraEngine::MySql(v) => v,
        }
    }

    /// The parameter group family: `aurora-postgresql16`, `aurora-mysql8.0`.
    fn family(&self) -> String {
        match self {
            AuroraEngine::Postgres(v) => {
                format!("aurora-postgresql{}", v.split('.').next().unwrap_or(""))
            }
            AuroraEngine::MySql(v) => {
                format!(
                    "aurora-mysql{}",
                    v.split('.').take(2).collect::<Vec<_>>().join(".")
                )
            }
        }
    }

    fn kind(&self) -> Kind {
        match self {
            AuroraEngine::Postgres(_) => Kind::Postgres,
            AuroraEngine::MySql(_) => Kind::MySql,
        }
    }

    /// Every log type the engine exports.
    fn log_exports(&self) -> &'static [&'static str] {
        match self {
            AuroraEngine::Postgres(_) => &["postgresql"],
            AuroraEngine::MySql(_) => &["audit", "error", "general", "slowquery"],
        }
    }
}

/// What the cluster's instances run on.
#[derive(Debug, Clone, PartialEq)]
pub enum Capacity {
    /// Provisioned instances of this class, such as `db.r7g.large`.
    Provisioned(String),
    /// Aurora Serverless v2 between these Aurora capacity units (0-256, in
    /// steps of 0.5; 0 pauses an idle cluster).
    Serverless {
        /// The fewest units.
        min: f64,
        /// The most units.
        max: f64,
    },
}

/// An Aurora DB cluster and its instances.
///
/// In the isolated tier across at least two zones, with a writer and (by
/// default) one reader in another zone, storage encrypted with the
/// customer key, a master password generated, kept and rotated by Secrets
/// Manager under that key, IAM authentication, TLS required by the cluster
/// parameter group, backups kept 7 days, deletion protection, `Snapshot`
/// on delete and replace, every log type exported, Performance Insights
/// under the key, enhanced monitoring, a non-default port, instances never
/// publicly accessible, and a security group that admits only
/// [`ClusterRef::allow_from`] peers.
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
///     rds::Cluster::builder()
///         .id("orders")
///         .vpc(&net)
///         .engine(rds::AuroraEngine::Postgres("17.6".into()))
///         .capacity(rds::Capacity::Provisioned("db.r7g.large".into()))
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// let r = &t.json()["Resources"];
/// assert_eq!(r["Orders"]["Properties"]["StorageEncrypted"], true);
/// assert_eq!(r["OrdersInstance2"]["Properties"]["PubliclyAccessible"], false);
/// assert_eq!(r["Orders"]["DeletionPolicy"], "Snapshot");
/// # let _ = db;
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Cluster {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The VPC; the cluster goes in its isolated tier.
    #[builder(setter(transform = |vpc: &VpcRef| vpc.clone()))]
    pub vpc: VpcRef,
    /// Engine and version.
    pub engine: AuroraEngine,
    /// Provisioned instances or Serverless v2.
    pub capacity: Capacity,
    /// Instances: a writer and readers, 2-16.
    #[builder(default = 2)]
    pub instances: u32,
    /// One instance only: only with a waiver of `RDS_CLUSTER_MULTI_AZ_ENABLED`.
    #[builder(default, setter(strip_option))]
    pub single_instance: Option<Waiver>,
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
    /// `Snapshot` and deletion protection unless waived.
    #[builder(default)]
    pub removal: Removal,
    /// The key for storage, the master secret and Performance Insights.
    #[builder(default, setter(strip_option))]
    pub key: Option<KeyRef>,
}

/// A handle to an Aurora cluster in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterRef {
    id: LogicalId,
    port: u16,
    security_group: SecurityGroupRef,
}

impl Handle for ClusterRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl ClusterRef {
    /// The writer endpoint's address.
    pub fn address(&self) -> Value<String> {
        self.get_att("Endpoint.Address")
    }

    /// The reader endpoint's address.
    pub fn reader_address(&self) -> Value<String> {
        self.get_att("ReadEndpoint.Address")
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The ARN of the master user's secret in Secrets Manager.
    pub fn secret_arn(&self) -> Value<String> {
        self.get_att("MasterUserSecret.SecretArn")
    }

    /// The cluster's security group.
    pub fn security_group(&self) -> &SecurityGroupRef {
        &self.security_group
    }

    /// Admits `peer` on the database port (and lets a group peer out to it).
    pub fn allow_from(&self, stack: &mut Stack, peer: impl Into<Peer>) {
        self.security_group
            .allow_from(stack, peer, Port::tcp(self.port));
    }

    /// Lets `to` connect as database user `user` with an IAM token
    /// (`rds-db:connect` on that user of this cluster only).
    pub fn grant_connect(&self, stack: &mut Stack, to: &impl Grantee, user: &str) {
        if let Some(statement) = connect_statement(
            stack,
            &self.id,
            user,
            "${ResourceId}",
            self.get_att("DBClusterResourceId"),
        ) {
            stack.grant(to, statement);
        }
    }
}

impl Cluster {
    fn port_number(&self) -> u16 {
        self.port.unwrap_or(self.engine.kind().default_port() + 1)
    }

    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut err = |property: &str, value: &dyn std::fmt::Display, rule: &str| {
            errors.push(Error::invalid(id.as_str(), property, value, rule));
        };
        let supported: &[&str] = match self.engine {
            AuroraEngine::Postgres(_) => &AURORA_POSTGRES_VERSIONS,
            AuroraEngine::MySql(_) => &AURORA_MYSQL_VERSIONS,
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
        match &self.capacity {
            Capacity::Provisioned(class)
                if !check_class(class, &AURORA_FAMILIES, &["medium", "large", "xlarge"]) =>
            {
                err(
                    "DBInstanceClass",
                    class,
                    &format!(
                        "must be db.<family>.<size> with a family of {}",
                        AURORA_FAMILIES.join(", ")
                    ),
                )
            }
            Capacity::Serverless { min, max } => {
                let step = |v: f64| (v * 2.0).fract() == 0.0;
                if !(0.0..=256.0).contains(min)
                    || !(1.0..=256.0).contains(max)
                    || min > max
                    || !step(*min)
                    || !step(*max)
                {
                    err(
                        "ServerlessV2ScalingConfiguration",
                        &format!("{min}-{max}"),
                        "capacity is 0-256 units in steps of 0.5, the maximum at least 1 and not below the minimum",
                    );
                }
            }
            _ => {}
        }
        if !(1..=16).contains(&self.instances) {
            err(
                "DBInstances",
                &self.instances,
                "a cluster has 1-16 instances",
            );
        } else if self.instances == 1 && self.single_instance.is_none() {
            err(
                "DBInstances",
                &1,
                "one instance has no failover: add a reader, or .single_instance(waiver) naming RDS_CLUSTER_MULTI_AZ_ENABLED",
            );
        }
        let access = Access {
            user: &self.master_username,
            default_admins: self.engine.kind().default_admins(),
            database: self.database_name.as_deref().map(|n| ("DatabaseName", n)),
            port: self.port_number(),
            default_port: self.engine.kind().default_port(),
            default_port_waived: self.default_port.is_some(),
        };
        for (property, value, rule) in access.problems() {
            err(property, &value, rule);
        }
        if let Some(e) = self.backups.problem() {
            err("BackupRetentionPeriod", &e.0, e.1);
        }
        if self.vpc.subnets(Tier::Isolated).len() < 2 {
            err(
                "DBSubnetGroupName",
                &"Isolated",
                "a DB subnet group needs isolated subnets in at least two zones",
            );
        }
        errors
    }
}

impl Construct for Cluster {
    type Handle = ClusterRef;

    fn add_to(self, stack: &mut Stack) -> ClusterRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let key = self.key.clone().unwrap_or_else(|| stack.default_key());
        let port = self.port_number();

        let subnet_group = subnet_group(stack, &id, &self.vpc, Tier::Isolated, "isolated");

        let (name, value) = self.engine.kind().tls_parameter();
        let params = stack.child_id(&id, "Parameters");
        stack.add_resource(Resource::new(
            params.clone(),
            &l1::DbClusterParameterGroup {
                description: format!("{id}: TLS required").into(),
                family: self.engine.family().into(),
                parameters: serde_json::to_value(BTreeMap::from([(name, value)]))
                    .unwrap_or_default(),
                ..Default::default()
            },
        ));

        let (security_group, monitoring) = group_and_monitoring(stack, &id, &self.vpc);

        let (retention, backup_waiver) = self.backups.days();
        let deleting = matches!(self.removal, Removal::Delete(_));
        let yes = || Some(Value::Literal(true));
        let serverless = match self.capacity {
            Capacity::Serverless { min, max } => {
                Some(l1::db_cluster::ServerlessV2ScalingConfiguration {
                    min_capacity: Some(Value::Literal(min)),
                    max_capacity: Some(Value::Literal(max)),
                    ..Default::default()
                })
            }
            Capacity::Provisioned(_) => None,
        };
        let backtrack = matches!(
            (&self.engine, &self.capacity),
            (AuroraEngine::MySql(_), Capacity::Provisioned(_))
        );
        let cluster = l1::DbCluster {
            engine: Some(self.engine.name().into()),
            engine_version: Some(self.engine.version().into()),
            storage_encrypted: yes(),
            kms_key_id: Some(key.arn()),
            master_username: Some(self.master_username.as_str().into()),
            manage_master_user_password: yes(),
            master_user_secret: Some(l1::db_cluster::MasterUserSecret {
                kms_key_id: Some(key.arn()),
                ..Default::default()
            }),
            database_name: self.database_name.clone().map(Value::Literal),
            port: Some(Value::Literal(i64::from(port))),
            enable_iam_database_authentication: yes(),
            db_subnet_group_name: Some(Intrinsic::reference(subnet_group.as_str()).into()),
            vpc_security_group_ids: Some(vec![security_group.group_id()]),
            db_cluster_parameter_group_name: Some(Intrinsic::reference(params.as_str()).into()),
            backup_retention_period: Some(Value::Literal(i64::from(retention))),
            deletion_protection: Some(Value::Literal(!deleting)),
            copy_tags_to_snapshot: yes(),
            enable_cloudwatch_logs_exports: Some(
                self.engine
                    .log_exports()
                    .iter()
                    .map(|l| Value::Literal(l.to_string()))
                    .collect(),
            ),
            backtrack_window: backtrack.then_some(Value::Literal(86_400)),
            serverless_v2_scaling_configuration: serverless,
            ..Default::default()
        };
        let resource = stack.add_resource(Resource::new(id.clone(), &cluster));
        apply_removal(resource, &self.removal);
        for w in [
            backup_waiver,
            self.default_port.clone(),
            self.single_instance.clone(),
        ]
        .into_iter()
        .flatten()
        {
            resource.waive(w);
        }

        let class = match &self.capacity {
            Capacity::Provisioned(class) => class.as_str(),
            Capacity::Serverless { .. } => "db.serverless",
        };
        for n in 1..=self.instances.clamp(1, 16) {
            let iid = stack.child_id(&id, &format!("Instance{n}"));
            let instance = l1::DbInstance {
                db_cluster_identifier: Some(Intrinsic::reference(id.as_str()).into()),
                engine: Some(self.engine.name().into()),
                db_instance_class: Some(class.into()),
                publicly_accessible: Some(Value::Literal(false)),
                auto_minor_version_upgrade: yes(),
                enable_performance_insights: yes(),
                performance_insights_kms_key_id: Some(key.arn()),
                performance_insights_retention_period: Some(Value::Literal(7)),
                monitoring_interval: Some(Value::Literal(60)),
                monitoring_role_arn: Some(monitoring.arn()),
                ca_certificate_identifier: Some("rds-ca-rsa2048-g1".into()),
                promotion_tier: Some(Value::Literal(i64::from(n.min(15)))),
                ..Default::default()
            };
            stack
                .add_resource(Resource::new(iid, &instance))
                .waive(Waiver::answered(&super::duties::AURORA_MEMBER_BACKUP));
        }
        ClusterRef {
            id,
            port,
            security_group,
        }
    }
}

impl From<&ClusterRef> for Peer {
    fn from(c: &ClusterRef) -> Peer {
        Peer::Group(c.security_group.clone())
    }
}
