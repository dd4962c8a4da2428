//! Amazon EC2 Auto Scaling: `autoscaling::Group`, a fleet of private,
//! hardened, patched instances across zones.
//!
#![doc = include_str!("defaults.md")]

pub(crate) mod duties;

use serde_json::{json, Value as Json};
use typed_builder::TypedBuilder;

use crate::cfn;
use crate::cfn::l1::autoscaling::auto_scaling_group as asg;
use crate::cfn::l1::autoscaling::scaling_policy as policy;
use crate::cfn::l1::ec2::launch_template as lt;
use crate::ec2::machine::{instance_group, is_arm, role_and_profile, Machine};
use crate::ec2::ROOT_DEVICE;
use crate::ec2::{Ami, Patching, Peer, Port, SecurityGroupRef, Volume};
use crate::error::Error;
use crate::iam::{Effect, Principal, RoleRef, Statement};
use crate::kms::KeyRef;
use crate::template::{
    CfnResource, Construct, Handle, Intrinsic, LogicalId, Resource, Stack, Value,
};
use crate::vpc::{Tier, VpcRef};
use crate::waiver::Waiver;

/// How the group grows and shrinks on its own.
#[derive(Debug, Clone, PartialEq)]
pub enum Scaling {
    /// Target tracking on average CPU use, in percent (10-90).
    Cpu(f64),
    /// A fixed size between the minimum and the maximum (no policy).
    Fixed,
}

impl Default for Scaling {
    /// Average CPU at 50%.
    fn default() -> Self {
        Scaling::Cpu(50.0)
    }
}

/// An Auto Scaling group of EC2 instances.
///
/// In the VPC's private subnets across every zone, launched from a launch
/// template with the defaults of `ec2::Instance` (IMDSv2 with hop limit 1,
/// gp3 volumes encrypted with the customer key, no key pair, no public IP,
/// detailed monitoring, an instance profile with what Systems Manager
/// needs plus grants), at least two instance types so a shortage of one
/// does not stop a launch, load-balancer health checks once a load
/// balancer targets it, a rolling update policy, CPU target tracking, tags
/// propagated to the instances, and the weekly patch association targeting
/// the group's instances by their `aws:autoscaling:groupName` tag.
///
/// ```
/// use stackward::prelude::*;
///
/// let mut stack = Stack::new("Web").unwrap();
/// let net = stack.add(vpc::Vpc::builder().id("net").cidr("10.0.0.0/16".parse().unwrap()).build());
/// let fleet = stack.add(
///     autoscaling::Group::builder()
///         .id("web")
///         .vpc(&net)
///         .instance_types(vec!["m7g.large".into(), "r7g.large".into()])
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// let r = &t.json()["Resources"];
/// let data = &r["WebLaunchTemplate"]["Properties"]["LaunchTemplateData"];
/// assert_eq!(data["MetadataOptions"]["HttpTokens"], "required");
/// assert_eq!(data["NetworkInterfaces"][0]["AssociatePublicIpAddress"], false);
/// assert_eq!(r["Web"]["Properties"]["MinSize"], "2");
/// assert_eq!(r["WebPatching"]["Properties"]["Targets"][0]["Key"], "tag:aws:autoscaling:groupName");
/// # let _ = fleet;
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Group {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The VPC; the instances go in its private subnets.
    #[builder(setter(transform = |vpc: &VpcRef| vpc.clone()))]
    pub vpc: VpcRef,
    /// Current-generation (Nitro) types of one architecture, in order of
    /// preference, such as `m7g.large` and `r7g.large`: at least two.
    pub instance_types: Vec<String>,
    /// One instance type only: only with a waiver of
    /// `AUTOSCALING_MULTIPLE_INSTANCE_TYPES`.
    #[builder(default, setter(strip_option))]
    pub single_instance_type: Option<Waiver>,
    /// The fewest instances, 2 by default so one zone can fail.
    #[builder(default = 2)]
    pub min_size: u32,
    /// The most instances.
    #[builder(default = 4)]
    pub max_size: u32,
    /// How many to start with; Auto Scaling decides when unset.
    #[builder(default, setter(strip_option))]
    pub desired: Option<u32>,
    /// How the group scales.
    #[builder(default)]
    pub scaling: Scaling,
    /// Seconds a new instance has before health checks count, 0-7200.
    #[builder(default = 300)]
    pub health_check_grace_seconds: u32,
    /// Wait for this many minutes (1-60) for each new instance to signal
    /// `cfn-signal` success, on creation and on rolling updates.
    #[builder(default, setter(strip_option))]
    pub signal_timeout_minutes: Option<u32>,
    /// The image.
    #[builder(default)]
    pub ami: Ami,
    /// The key for the volumes; the stack's default key when unset.
    #[builder(default, setter(strip_option))]
    pub key: Option<KeyRef>,
    /// Root volume size in GiB (gp3); the image's size when unset.
    #[builder(default, setter(strip_option))]
    pub root_size_gib: Option<u32>,
    /// Extra data volumes (deleted with their instance: a group's instances
    /// are replaceable, so keep state elsewhere).
    #[builder(default)]
    pub volumes: Vec<Volume>,
    /// User data (a script or cloud-init), at most 16 KiB.
    #[builder(default, setter(into, strip_option))]
    pub user_data: Option<String>,
    /// Patching of the guest OS.
    #[builder(default)]
    pub patching: Patching,
    /// Statements the instances' role holds besides what Systems Manager
    /// needs.
    #[builder(default)]
    pub statements: Vec<Statement>,
    /// An SSH key pair by name: only with a waiver of
    /// `EC2_NO_KEY_PAIR`.
    #[builder(default, setter(strip_option))]
    pub key_pair: Option<(String, Waiver)>,
    /// Instance types that do not encrypt traffic between instances: only
    /// with a waiver of `EC2_NITRO_ENCRYPTION_IN_TRANSIT`.
    #[builder(default, setter(strip_option))]
    pub unencrypted_transit: Option<Waiver>,
}

/// A handle to an Auto Scaling group in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupRef {
    id: LogicalId,
    security_group: SecurityGroupRef,
    role: RoleRef,
}

impl Handle for GroupRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl GroupRef {
    /// The group's name (`Ref`).
    pub fn name(&self) -> Value<String> {
        self.reference()
    }

    /// The instances' security group.
    pub fn security_group(&self) -> &SecurityGroupRef {
        &self.security_group
    }

    /// The instances' role.
    pub fn role(&self) -> &RoleRef {
        &self.role
    }

    /// Admits `port` from `peer` (see [`SecurityGroupRef::allow_from`]).
    pub fn allow_from(&self, stack: &mut Stack, peer: impl Into<Peer>, port: Port) {
        self.security_group.allow_from(stack, peer, port);
    }

    /// Registers the group's instances with a target group (its ARN): the
    /// group then replaces instances the load balancer finds unhealthy.
    pub fn attach_target_group(&self, stack: &mut Stack, target_group_arn: Value<String>) {
        stack.contribute(&self.id, json!({ "TargetGroupARN": target_group_arn }));
    }
}

impl From<&GroupRef> for Peer {
    fn from(g: &GroupRef) -> Peer {
        Peer::Group(g.security_group.clone())
    }
}

impl crate::iam::Grantee for GroupRef {
    fn role(&self) -> &RoleRef {
        &self.role
    }
}

/// The group's renderer: target groups attached after it was added, with
/// load-balancer health checks once there is one.
fn render_target_groups(properties: &mut Json, contributions: &[Json]) {
    let arns: Vec<Json> = contributions
        .iter()
        .filter_map(|c| c.get("TargetGroupARN").cloned())
        .collect();
    if arns.is_empty() {
        return;
    }
    properties["TargetGroupARNs"] = Json::Array(arns);
    properties["HealthCheckType"] = json!("ELB");
}

impl Group {
    fn machine(&self) -> Machine<'_> {
        Machine {
            ami: &self.ami,
            root_size_gib: self.root_size_gib,
            volumes: &self.volumes,
            user_data: self.user_data.as_deref(),
            patching: &self.patching,
            key_pair: self.key_pair.as_ref().map(|(name, _)| name.as_str()),
        }
    }

    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let types: Vec<&str> = self.instance_types.iter().map(String::as_str).collect();
        let mut errors = self.machine().validate(id, &types);
        let mut err = |property: &str, value: &dyn std::fmt::Display, rule: &str| {
            errors.push(Error::invalid(id.as_str(), property, value, rule));
        };
        let listed = types.join(", ");
        match types.len() {
            0 => err("Overrides", &"none", "give at least one instance type"),
            1 if self.single_instance_type.is_none() => err(
                "Overrides",
                &listed,
                "give a second instance type, or .single_instance_type(waiver) naming AUTOSCALING_MULTIPLE_INSTANCE_TYPES",
            ),
            _ => {}
        }
        if types.len() > 40 {
            err("Overrides", &types.len(), "at most 40 instance types");
        }
        let mut seen: Vec<&str> = Vec::new();
        for t in &types {
            if seen.contains(t) {
                err("Overrides", t, "each instance type once");
            }
            seen.push(t);
        }
        if types.iter().any(|t| is_arm(t)) && !types.iter().all(|t| is_arm(t)) {
            err(
                "Overrides",
                &listed,
                "one image boots every instance: give types of one architecture (all Graviton or all x86)",
            );
        }
        if self.max_size == 0 || self.min_size > self.max_size {
            err(
                "MaxSize",
                &format!("{}-{}", self.min_size, self.max_size),
                "MinSize must not be above MaxSize, and MaxSize must be at least 1",
            );
        }
        if let Some(d) = self.desired {
            if d < self.min_size || d > self.max_size {
                err("DesiredCapacity", &d, "must be between MinSize and MaxSize");
            }
        }
        if let Scaling::Cpu(p) = self.scaling {
            if !(10.0..=90.0).contains(&p) {
                err("TargetValue", &p, "target CPU use is 10-90 percent");
            }
        }
        if self.health_check_grace_seconds > 7200 {
            err(
                "HealthCheckGracePeriod",
                &self.health_check_grace_seconds,
                "at most 7200 seconds",
            );
        }
        if let Some(m) = self.signal_timeout_minutes {
            if !(1..=60).contains(&m) {
                err("CreationPolicy", &m, "a signal timeout is 1-60 minutes");
            }
        }
        let private = self.vpc.subnets(Tier::Private).len();
        if private < 2 {
            err(
                "VPCZoneIdentifier",
                &self.vpc.id(),
                "an Auto Scaling group needs private subnets in at least two zones",
            );
        }
        errors
    }

    fn launch_template(
        &self,
        stack: &mut Stack,
        id: &LogicalId,
        key: &KeyRef,
        profile: &LogicalId,
        security_group: &SecurityGroupRef,
    ) -> LogicalId {
        let first = self.instance_types.first().map_or("", String::as_str);
        let image = self.machine().image(stack, id, first);
        let number = |n: u32| Value::Literal(i64::from(n));
        let volume = |device: &str, size: Option<u32>, iops: Option<u32>| lt::BlockDeviceMapping {
            device_name: Some(device.into()),
            ebs: Some(lt::Ebs {
                encrypted: Some(Value::Literal(true)),
                kms_key_id: Some(key.arn()),
                volume_type: Some("gp3".into()),
                volume_size: size.map(number),
                iops: iops.map(number),
                delete_on_termination: Some(Value::Literal(true)),
                ..Default::default()
            }),
            ..Default::default()
        };
        let mut mappings = vec![volume(ROOT_DEVICE, self.root_size_gib, None)];
        mappings.extend(
            self.volumes
                .iter()
                .map(|v| volume(&v.device, Some(v.size_gib), v.iops)),
        );
        let name = vec![cfn::Tag {
            key: "Name".into(),
            value: format!("{}/{}", stack.name(), id),
        }];
        let tags = |kind: &str| lt::TagSpecification {
            resource_type: Some(kind.into()),
            tags: Some(name.clone()),
        };
        let lt_id = stack.child_id(id, "LaunchTemplate");
        let data = lt::LaunchTemplateData {
            image_id: Some(image),
            metadata_options: Some(lt::MetadataOptions {
                http_endpoint: Some("enabled".into()),
                http_tokens: Some("required".into()),
                http_put_response_hop_limit: Some(Value::Literal(1)),
                ..Default::default()
            }),
            monitoring: Some(lt::Monitoring {
                enabled: Some(Value::Literal(true)),
            }),
            ebs_optimized: Some(Value::Literal(true)),
            iam_instance_profile: Some(lt::IamInstanceProfile {
                arn: Some(Intrinsic::get_att(profile.as_str(), "Arn").into()),
                ..Default::default()
            }),
            network_interfaces: Some(vec![lt::NetworkInterface {
                device_index: Some(Value::Literal(0)),
                associate_public_ip_address: Some(Value::Literal(false)),
                delete_on_termination: Some(Value::Literal(true)),
                groups: Some(vec![security_group.group_id()]),
                ..Default::default()
            }]),
            block_device_mappings: Some(mappings),
            key_name: self.key_pair.as_ref().map(|(name, _)| name.as_str().into()),
            user_data: self
                .user_data
                .as_ref()
                .map(|text| Intrinsic::base64(text.as_str()).into()),
            tag_specifications: Some(vec![tags("instance"), tags("volume")]),
            ..Default::default()
        };
        let resource = stack.add_resource(Resource::new(
            lt_id.clone(),
            &cfn::l1::ec2::LaunchTemplate {
                launch_template_data: data,
                ..Default::default()
            },
        ));
        if let Some((_, w)) = &self.key_pair {
            resource.waive(w.clone());
        }
        lt_id
    }
}

/// The key-policy statements that let Auto Scaling's service-linked role
/// launch instances whose volumes a key of this stack encrypts: use of the
/// key, and grants for the volumes only.
fn auto_scaling_may_use_key() -> [Json; 2] {
    let role = Principal::Aws(vec![crate::template::arn(
        "iam",
        "",
        "${AWS::AccountId}",
        "role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling",
    )
    .into()]);
    [
        Statement::new(Effect::Allow, crate::kms::USE_ACTIONS)
            .sid("AutoScalingUse")
            .principal(role.clone())
            .resource("*")
            .to_json(),
        Statement::new(Effect::Allow, ["kms:CreateGrant"])
            .sid("AutoScalingGrantsForVolumes")
            .principal(role)
            .resource("*")
            .condition(json!({ "Bool": { "kms:GrantIsForAWSResource": "true" } }))
            .to_json(),
    ]
}

impl Construct for Group {
    type Handle = GroupRef;

    fn add_to(self, stack: &mut Stack) -> GroupRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let key = self.key.clone().unwrap_or_else(|| stack.default_key());
        if stack
            .resource(key.id())
            .is_some_and(|r| r.type_name() == cfn::l1::kms::Key::TYPE)
        {
            for statement in auto_scaling_may_use_key() {
                stack.contribute(key.id(), statement);
            }
        }

        let security_group = instance_group(stack, &id, &self.vpc);
        let (role, profile) = role_and_profile(stack, &id, &self.statements);
        let lt_id = self.launch_template(stack, &id, &key, &profile, &security_group);

        let count = |n: u32| Value::Literal(n.to_string());
        let subnets = self.vpc.subnets(Tier::Private);
        let l1 = asg::AutoScalingGroup {
            min_size: count(self.min_size),
            max_size: count(self.max_size),
            desired_capacity: self.desired.map(count),
            vpc_zone_identifier: Some(subnets.iter().map(|s| s.subnet_id()).collect()),
            availability_zones: Some(
                subnets
                    .iter()
                    .map(|s| Intrinsic::get_att(s.id().as_str(), "AvailabilityZone").into())
                    .collect(),
            ),
            mixed_instances_policy: Some(asg::MixedInstancesPolicy {
                launch_template: asg::LaunchTemplate {
                    launch_template_specification: asg::LaunchTemplateSpecification {
                        launch_template_id: Some(Intrinsic::reference(lt_id.as_str()).into()),
                        version: Intrinsic::get_att(lt_id.as_str(), "LatestVersionNumber").into(),
                        ..Default::default()
                    },
                    overrides: Some(
                        self.instance_types
                            .iter()
                            .map(|t| asg::LaunchTemplateOverrides {
                                instance_type: Some(t.as_str().into()),
                                ..Default::default()
                            })
                            .collect(),
                    ),
                },
                instances_distribution: Some(asg::InstancesDistribution {
                    on_demand_allocation_strategy: Some("prioritized".into()),
                    on_demand_percentage_above_base_capacity: Some(Value::Literal(100)),
                    ..Default::default()
                }),
            }),
            health_check_type: Some("EC2".into()),
            health_check_grace_period: Some(Value::Literal(i64::from(
                self.health_check_grace_seconds,
            ))),
            capacity_rebalance: Some(Value::Literal(true)),
            metrics_collection: Some(vec![asg::MetricsCollection {
                granularity: "1Minute".into(),
                ..Default::default()
            }]),
            tags: Some(vec![asg::TagProperty {
                key: "Name".into(),
                value: format!("{}/{}", stack.name(), id).into(),
                propagate_at_launch: Value::Literal(true),
            }]),
            ..Default::default()
        };
        let in_service = self.min_size.min(self.max_size.saturating_sub(1));
        let signals = self.signal_timeout_minutes;
        let resource = stack.add_resource(Resource::new(id.clone(), &l1));
        resource
            .waive(Waiver::answered(&duties::MIXED_INSTANCES_TEMPLATE))
            .waive(Waiver::answered(&duties::SCALING_ACTIVITY))
            .takes_contributions(render_target_groups)
            .update_policy(json!({
                "AutoScalingRollingUpdate": {
                    "MinInstancesInService": in_service,
                    "MaxBatchSize": 1,
                    "PauseTime": format!("PT{}M", signals.unwrap_or(5)),
                    "WaitOnResourceSignals": signals.is_some(),
                    "SuspendProcesses": ["HealthCheck", "ReplaceUnhealthy", "AZRebalance", "AlarmNotification", "ScheduledActions"],
                }
            }));
        if let Some(minutes) = signals {
            resource.creation_policy(json!({
                "ResourceSignal": {
                    "Count": self.desired.unwrap_or(self.min_size),
                    "Timeout": format!("PT{minutes}M"),
                }
            }));
        }
        let waivers = [
            self.single_instance_type.clone(),
            self.unencrypted_transit.clone(),
        ];
        for w in waivers.into_iter().flatten() {
            resource.waive(w);
        }

        if let Scaling::Cpu(percent) = self.scaling {
            let pid = stack.child_id(&id, "CpuScaling");
            stack.add_resource(Resource::new(
                pid,
                &policy::ScalingPolicy {
                    auto_scaling_group_name: Intrinsic::reference(id.as_str()).into(),
                    policy_type: Some("TargetTrackingScaling".into()),
                    target_tracking_configuration: Some(policy::TargetTrackingConfiguration {
                        predefined_metric_specification: Some(
                            policy::PredefinedMetricSpecification {
                                predefined_metric_type: "ASGAverageCPUUtilization".into(),
                                ..Default::default()
                            },
                        ),
                        target_value: Value::Literal(percent),
                        ..Default::default()
                    }),
                    ..Default::default()
                },
            ));
        }

        self.machine().patch(
            stack,
            &id,
            cfn::ssm::Target {
                key: "tag:aws:autoscaling:groupName".into(),
                values: vec![Intrinsic::reference(id.as_str()).into()],
            },
        );
        GroupRef {
            id,
            security_group,
            role,
        }
    }
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "autoscaling",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[&duties::GROUP_DUTIES, &duties::SCALING_POLICY_DUTIES],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[&duties::MIXED_INSTANCES_TEMPLATE, &duties::SCALING_ACTIVITY],
};
