//! `ec2::Instance`: a private, hardened, patched instance managed through
//! Systems Manager.

use typed_builder::TypedBuilder;

use super::{Peer, Port, Rule, SecurityGroup, SecurityGroupRef};
use crate::cfn;
use crate::cfn::l1::ec2::instance::{
    BlockDeviceMapping, Ebs, LaunchTemplateSpecification, NetworkInterface,
};
use crate::cfn::l1::ec2::launch_template::{LaunchTemplateData, MetadataOptions, Monitoring};
use crate::error::Error;
use crate::iam::{ManagedPolicy, Role, RoleRef, Statement};
use crate::kms::KeyRef;
use crate::template::{
    Construct, Handle, Intrinsic, LogicalId, Parameter, ParameterType, Resource, Stack, Value,
};
use crate::vpc::{SubnetRef, Tier, VpcRef};
use crate::waiver::Waiver;

/// The largest user data EC2 accepts, in bytes before base64.
pub const MAX_USER_DATA: usize = 16 * 1024;

/// The root volume's device name on the Amazon Linux images instances use.
pub const ROOT_DEVICE: &str = "/dev/xvda";

/// Instance families built on the Xen hypervisor (previous generation):
/// not Nitro, so no EBS encryption by default guarantees, no IMDSv2-only
/// AMIs, no encryption in transit between instances.
const XEN_FAMILIES: [&str; 21] = [
    "t1", "t2", "m1", "m2", "m3", "m4", "c1", "c3", "c4", "r3", "r4", "i2", "i3", "d2", "g2", "g3",
    "g3s", "p2", "p3", "x1", "x1e",
];

/// The image an instance boots.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Ami {
    /// The latest Amazon Linux 2023 for the instance's architecture, read
    /// from AWS's public SSM parameter at deploy time.
    #[default]
    AmazonLinux2023,
    /// An image id read at deploy time from this SSM parameter.
    SsmParameter(String),
    /// A fixed image id (`ami-` and 8 or 17 hexadecimal digits).
    Id(String),
}

/// How the guest operating system is patched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Patching {
    /// `AWS-RunPatchBaseline` (install, reboot if needed) on this cron or
    /// rate schedule.
    Scheduled(String),
    /// Patching is done elsewhere (an image pipeline, a maintenance window
    /// in another stack).
    Elsewhere(Waiver),
}

impl Default for Patching {
    /// Sundays at 03:00 UTC.
    fn default() -> Self {
        Patching::Scheduled("cron(0 3 ? * SUN *)".into())
    }
}

/// An extra EBS data volume (gp3, encrypted with the customer key).
#[derive(Debug, Clone, PartialEq, Eq, TypedBuilder)]
pub struct Volume {
    /// `/dev/sdf` ... `/dev/sdp` or `/dev/xvdb` ... `/dev/xvdz`.
    #[builder(setter(into))]
    pub device: String,
    /// Size in GiB, 1-16384.
    pub size_gib: u32,
    /// Provisioned IOPS, 3000-16000.
    #[builder(default, setter(strip_option))]
    pub iops: Option<u32>,
    /// Kept when the instance is terminated or replaced unless waived.
    #[builder(default, setter(strip_option))]
    pub delete_on_termination: Option<Waiver>,
}

/// An EC2 instance.
///
/// In the VPC's private tier, with no public IP, no key pair, IMDSv2 only
/// (hop limit 1) through a launch template, detailed monitoring, EBS
/// optimisation, volumes encrypted with the customer key, an instance
/// profile that holds what Systems Manager needs, a security group that
/// allows HTTPS out (patches, Systems Manager) and nothing in, and a weekly
/// patch association.
///
/// ```
/// use stackward::prelude::*;
///
/// let mut stack = Stack::new("App").unwrap();
/// let net = stack.add(vpc::Vpc::builder().id("net").cidr("10.0.0.0/16".parse().unwrap()).build());
/// let web = stack.add(ec2::Instance::builder().id("web").vpc(&net).instance_type("m7g.medium").build());
/// let t = stack.synth().unwrap();
/// let r = &t.json()["Resources"];
/// assert_eq!(r["WebLaunchTemplate"]["Properties"]["LaunchTemplateData"]["MetadataOptions"]["HttpTokens"], "required");
/// assert_eq!(r["Web"]["Properties"]["NetworkInterfaces"][0]["AssociatePublicIpAddress"], false);
/// assert_eq!(r["WebPatching"]["Properties"]["Name"], "AWS-RunPatchBaseline");
/// # let _ = web;
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
pub struct Instance {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    id: String,
    /// The VPC.
    #[builder(setter(transform = |vpc: &VpcRef| vpc.clone()))]
    vpc: VpcRef,
    /// A current-generation (Nitro) type such as `m7g.medium`.
    #[builder(setter(into))]
    instance_type: String,
    /// A subnet; the first private subnet when unset.
    #[builder(default, setter(strip_option))]
    subnet: Option<SubnetRef>,
    /// The image.
    #[builder(default)]
    ami: Ami,
    /// The key for the volumes; the stack's default key when unset.
    #[builder(default, setter(strip_option))]
    key: Option<KeyRef>,
    /// Root volume size in GiB (gp3); the image's size when unset.
    #[builder(default, setter(strip_option))]
    root_size_gib: Option<u32>,
    /// Extra data volumes.
    #[builder(default)]
    volumes: Vec<Volume>,
    /// User data (a script or cloud-init), at most 16 KiB.
    #[builder(default, setter(into, strip_option))]
    user_data: Option<String>,
    /// Patching of the guest OS.
    #[builder(default)]
    patching: Patching,
    /// Statements the role holds besides what Systems Manager needs.
    #[builder(default)]
    statements: Vec<Statement>,
    /// A public IP on the network interface: only with a waiver of
    /// `EC2_INSTANCE_NO_PUBLIC_IP`.
    #[builder(default, setter(strip_option))]
    public_ip: Option<Waiver>,
    /// An SSH key pair by name: only with a waiver of `EC2_NO_KEY_PAIR`.
    #[builder(default, setter(strip_option))]
    key_pair: Option<(String, Waiver)>,
    /// An instance type that does not encrypt traffic between instances
    /// (t3, t4g, m5, ...): only with a waiver of
    /// `EC2_NITRO_ENCRYPTION_IN_TRANSIT`.
    #[builder(default, setter(strip_option))]
    unencrypted_transit: Option<Waiver>,
}

/// A handle to an instance in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceRef {
    id: LogicalId,
    security_group: SecurityGroupRef,
    role: RoleRef,
}

impl Handle for InstanceRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl InstanceRef {
    /// The instance id (`Ref`).
    pub fn instance_id(&self) -> Value<String> {
        self.reference()
    }

    /// The private IP address.
    pub fn private_ip(&self) -> Value<String> {
        self.get_att("PrivateIp")
    }

    /// The instance's own security group.
    pub fn security_group(&self) -> &SecurityGroupRef {
        &self.security_group
    }

    /// The instance's role.
    pub fn role(&self) -> &RoleRef {
        &self.role
    }

    /// Admits `port` from `peer` (see [`SecurityGroupRef::allow_from`]).
    pub fn allow_from(&self, stack: &mut Stack, peer: impl Into<Peer>, port: Port) {
        self.security_group.allow_from(stack, peer, port);
    }
}

impl From<&InstanceRef> for Peer {
    fn from(i: &InstanceRef) -> Peer {
        Peer::Group(i.security_group.clone())
    }
}

impl crate::iam::Grantee for InstanceRef {
    fn role(&self) -> &RoleRef {
        &self.role
    }
}

/// Whether an instance type is Arm (Graviton): the letters after the
/// generation number hold a `g` (`m7g`, `c6gn`, `t4g`, `g5g`).
fn is_arm(instance_type: &str) -> bool {
    let family = instance_type.split('.').next().unwrap_or_default();
    let after_digits = family
        .trim_start_matches(|c: char| c.is_ascii_lowercase())
        .trim_start_matches(|c: char| c.is_ascii_digit());
    after_digits.contains('g')
}

fn check_instance_type(t: &str) -> Result<(), String> {
    let Some((family, size)) = t.split_once('.') else {
        return Err("must be <family>.<size>, such as m7g.medium".into());
    };
    let letters = family.trim_start_matches(|c: char| c.is_ascii_lowercase() || c == '-');
    let family_ok = family.len() >= 2
        && family.starts_with(|c: char| c.is_ascii_lowercase())
        && family
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && family.chars().any(|c| c.is_ascii_digit())
        && letters.len() < family.len();
    let size_ok = [
        "nano", "micro", "small", "medium", "large", "xlarge", "metal",
    ]
    .contains(&size)
        || size
            .strip_suffix("xlarge")
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        || size
            .strip_prefix("metal-")
            .is_some_and(|n| n.ends_with("xl"));
    if !family_ok || !size_ok {
        return Err("must be <family>.<size>, such as m7g.medium".into());
    }
    if XEN_FAMILIES.contains(&family) {
        return Err(format!(
            "{family} is a previous-generation (Xen) family: choose a Nitro type such as m7g, m7i, c7g or r7g"
        ));
    }
    Ok(())
}

fn check_device(d: &str) -> bool {
    let tail = d
        .strip_prefix("/dev/sd")
        .map(|t| (t, 'f'..='p'))
        .or_else(|| d.strip_prefix("/dev/xvd").map(|t| (t, 'b'..='z')));
    matches!(tail, Some((t, range)) if t.len() == 1 && t.chars().all(|c| range.contains(&c)))
}

impl Instance {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut err = |property: &str, value: &dyn std::fmt::Display, rule: &str| {
            errors.push(Error::invalid(id.as_str(), property, value, rule));
        };
        if let Err(rule) = check_instance_type(&self.instance_type) {
            err("InstanceType", &self.instance_type, &rule);
        }
        if let Ami::Id(ami) = &self.ami {
            let hex = ami.strip_prefix("ami-").unwrap_or_default();
            let ok = (hex.len() == 8 || hex.len() == 17)
                && hex
                    .chars()
                    .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c));
            if !ok {
                err(
                    "ImageId",
                    ami,
                    "must be ami- and 8 or 17 lowercase hexadecimal digits",
                );
            }
        }
        if let Ami::SsmParameter(name) = &self.ami {
            let ok = name.starts_with('/')
                && name.len() <= 2048
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "/_.-".contains(c));
            if !ok {
                err(
                    "ImageId",
                    name,
                    "an SSM parameter name starts with / and holds letters, digits and / _ . -",
                );
            }
        }
        if let Some(size) = self.root_size_gib {
            if !(1..=16_384).contains(&size) {
                err("BlockDeviceMappings", &size, "a gp3 volume is 1-16384 GiB");
            }
        }
        let mut devices: Vec<&str> = Vec::new();
        for v in &self.volumes {
            if !check_device(&v.device) {
                err(
                    "BlockDeviceMappings",
                    &v.device,
                    "a data volume's device is /dev/sdf-/dev/sdp or /dev/xvdb-/dev/xvdz",
                );
            } else if devices.contains(&v.device.as_str()) {
                err(
                    "BlockDeviceMappings",
                    &v.device,
                    "two volumes use the same device",
                );
            }
            devices.push(&v.device);
            if !(1..=16_384).contains(&v.size_gib) {
                err(
                    "BlockDeviceMappings",
                    &v.size_gib,
                    "a gp3 volume is 1-16384 GiB",
                );
            }
            if let Some(iops) = v.iops {
                if !(3_000..=16_000).contains(&iops) {
                    err("Iops", &iops, "gp3 takes 3000-16000 IOPS");
                }
            }
        }
        if let Some(data) = &self.user_data {
            if data.len() > MAX_USER_DATA {
                err(
                    "UserData",
                    &format!("{} bytes", data.len()),
                    "user data is at most 16384 bytes before base64",
                );
            }
        }
        if let Patching::Scheduled(expr) = &self.patching {
            let ok = (expr.starts_with("cron(") || expr.starts_with("rate("))
                && expr.ends_with(')')
                && expr.len() <= 256;
            if !ok {
                err(
                    "ScheduleExpression",
                    expr,
                    "must be a cron(...) or rate(...) expression",
                );
            }
        }
        if let Some((name, _)) = &self.key_pair {
            if name.is_empty() || name.len() > 255 {
                err("KeyName", name, "a key pair's name is 1-255 characters");
            }
        }
        if let Some(subnet) = &self.subnet {
            if !self.vpc.subnet_group(subnet.group()).contains(subnet) {
                err(
                    "SubnetId",
                    subnet.id(),
                    "the subnet is not in the instance's VPC",
                );
            }
        }
        if self.subnet.is_none() && self.vpc.subnets(Tier::Private).is_empty() {
            err(
                "SubnetId",
                &self.vpc.id(),
                "the VPC has no private subnet: add Subnets::private or give a subnet",
            );
        }
        errors
    }

    fn image(&self, stack: &mut Stack, id: &LogicalId) -> Value<String> {
        let (param, path) = match &self.ami {
            Ami::Id(ami) => return Value::Literal(ami.clone()),
            Ami::AmazonLinux2023 => {
                let (name, arch) = if is_arm(&self.instance_type) {
                    ("AmazonLinux2023Arm64", "arm64")
                } else {
                    ("AmazonLinux2023X8664", "x86_64")
                };
                (
                    name.to_owned(),
                    format!(
                        "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-{arch}"
                    ),
                )
            }
            Ami::SsmParameter(path) => (format!("{id}Ami"), path.clone()),
        };
        let pid = stack.logical_id(&param);
        if !stack.has_parameter(&pid) {
            stack.add_parameter(
                Parameter::builder()
                    .id(pid.to_string())
                    .kind(ParameterType::Aws(
                        "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>".into(),
                    ))
                    .description("The image id, read from a public SSM parameter at deploy time")
                    .default_value(path)
                    .build(),
            );
        }
        Intrinsic::reference(pid.as_str()).into()
    }
}

impl Construct for Instance {
    type Handle = InstanceRef;

    fn add_to(self, stack: &mut Stack) -> InstanceRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let key = self.key.clone().unwrap_or_else(|| stack.default_key());
        let subnet = self
            .subnet
            .clone()
            .or_else(|| self.vpc.subnets(Tier::Private).into_iter().next());

        let sg_id = stack.child_id(&id, "SecurityGroup");
        let security_group = stack.add(
            SecurityGroup::builder()
                .id(sg_id.to_string())
                .vpc(&self.vpc)
                .description(format!("{id}: HTTPS out for patches and Systems Manager"))
                .egress(vec![Rule::new(Peer::any_ipv4(), Port::tcp(443))
                    .description("HTTPS for patches and Systems Manager")])
                .build(),
        );

        let role_id = stack.child_id(&id, "Role");
        let role = stack.add(
            Role::builder()
                .id(role_id.to_string())
                .service("ec2.amazonaws.com")
                .description(format!("{id}: Systems Manager management"))
                .managed_policies(vec![ManagedPolicy::aws("AmazonSSMManagedInstanceCore")])
                .statements(self.statements.clone())
                .build(),
        );
        let profile_id = stack.child_id(&id, "InstanceProfile");
        stack.add_resource(Resource::new(
            profile_id.clone(),
            &cfn::l1::iam::InstanceProfile {
                roles: vec![role.name()],
                ..Default::default()
            },
        ));

        let lt_id = stack.child_id(&id, "LaunchTemplate");
        stack.add_resource(Resource::new(
            lt_id.clone(),
            &cfn::l1::ec2::LaunchTemplate {
                launch_template_data: LaunchTemplateData {
                    metadata_options: Some(MetadataOptions {
                        http_endpoint: Some("enabled".into()),
                        http_tokens: Some("required".into()),
                        http_put_response_hop_limit: Some(Value::Literal(1)),
                        ..Default::default()
                    }),
                    monitoring: Some(Monitoring {
                        enabled: Some(Value::Literal(true)),
                    }),
                    ..Default::default()
                },
                ..Default::default()
            },
        ));

        let number = |n: u32| Value::Literal(i64::from(n));
        let volume = |size: Option<u32>, iops: Option<u32>, delete: bool| Ebs {
            encrypted: Some(Value::Literal(true)),
            kms_key_id: Some(key.arn()),
            volume_type: Some("gp3".into()),
            volume_size: size.map(number),
            iops: iops.map(number),
            delete_on_termination: Some(Value::Literal(delete)),
            ..Default::default()
        };
        let mut mappings = vec![BlockDeviceMapping {
            device_name: ROOT_DEVICE.into(),
            ebs: Some(volume(self.root_size_gib, None, true)),
            ..Default::default()
        }];
        mappings.extend(self.volumes.iter().map(|v| BlockDeviceMapping {
            device_name: v.device.as_str().into(),
            ebs: Some(volume(
                Some(v.size_gib),
                v.iops,
                v.delete_on_termination.is_some(),
            )),
            ..Default::default()
        }));

        let image = self.image(stack, &id);
        let yes = || Some(Value::Literal(true));
        let l1 = cfn::l1::ec2::Instance {
            image_id: Some(image),
            instance_type: Some(self.instance_type.as_str().into()),
            launch_template: Some(LaunchTemplateSpecification {
                launch_template_id: Some(Intrinsic::reference(lt_id.as_str()).into()),
                version: Some(Intrinsic::get_att(lt_id.as_str(), "LatestVersionNumber").into()),
                ..Default::default()
            }),
            network_interfaces: Some(vec![NetworkInterface {
                device_index: "0".into(),
                subnet_id: Some(
                    subnet
                        .map(|s| s.subnet_id())
                        .unwrap_or_else(|| Value::Literal(String::new())),
                ),
                group_set: Some(vec![security_group.group_id()]),
                associate_public_ip_address: Some(Value::Literal(self.public_ip.is_some())),
                delete_on_termination: yes(),
                ..Default::default()
            }]),
            iam_instance_profile: Some(Intrinsic::reference(profile_id.as_str()).into()),
            monitoring: yes(),
            ebs_optimized: yes(),
            block_device_mappings: Some(mappings),
            propagate_tags_to_volume_on_creation: yes(),
            key_name: self.key_pair.as_ref().map(|(name, _)| name.as_str().into()),
            user_data: self
                .user_data
                .as_ref()
                .map(|text| Intrinsic::base64(text.as_str()).into()),
            tags: Some(vec![cfn::Tag {
                key: "Name".into(),
                value: format!("{}/{}", stack.name(), id),
            }]),
            ..Default::default()
        };
        let resource = stack.add_resource(Resource::new(id.clone(), &l1));
        let waivers = self
            .public_ip
            .iter()
            .chain(self.key_pair.iter().map(|(_, w)| w))
            .chain(self.unencrypted_transit.iter())
            .chain(
                self.volumes
                    .iter()
                    .filter_map(|v| v.delete_on_termination.as_ref()),
            )
            .cloned()
            .collect::<Vec<_>>();
        for w in waivers {
            resource.waive(w);
        }

        match &self.patching {
            Patching::Scheduled(schedule) => {
                let aid = stack.child_id(&id, "Patching");
                let l1 = cfn::ssm::Association {
                    name: "AWS-RunPatchBaseline".into(),
                    association_name: Intrinsic::sub(format!("${{AWS::StackName}}-{id}-patching"))
                        .into(),
                    targets: vec![cfn::ssm::Target {
                        key: "InstanceIds".into(),
                        values: vec![Intrinsic::reference(id.as_str()).into()],
                    }],
                    parameters: [
                        ("Operation".to_owned(), vec!["Install".to_owned()]),
                        ("RebootOption".to_owned(), vec!["RebootIfNeeded".to_owned()]),
                    ]
                    .into_iter()
                    .collect(),
                    schedule_expression: schedule.clone(),
                    compliance_severity: "HIGH".into(),
                    max_errors: "0".into(),
                    max_concurrency: "1".into(),
                };
                stack.add_resource(Resource::new(aid, &l1));
            }
            Patching::Elsewhere(w) => {
                if let Some(r) = stack.resource_mut(&id) {
                    r.waive(w.clone());
                }
            }
        }
        InstanceRef {
            id,
            security_group,
            role,
        }
    }
}
