//! What an instance runs, shared by `ec2::Instance` and the instances of an
//! Auto Scaling group: the image, the volumes, user data, patching, the
//! role and its instance profile.

use std::fmt::Display;

use typed_builder::TypedBuilder;

use crate::cfn;
use crate::error::Error;
use crate::iam::{ManagedPolicy, Role, RoleRef, Statement};
use crate::template::{Intrinsic, LogicalId, Parameter, ParameterType, Resource, Stack, Value};
use crate::waiver::Waiver;

/// The largest user data EC2 accepts, in bytes before base64.
pub const MAX_USER_DATA: usize = 16 * 1024;

/// The root volume's device name on the Amazon Linux images instances use.
pub const ROOT_DEVICE: &str = "/dev/xvda";

/// Instance families built on the Xen hypervisor (previous generation):
/// not Nitro, so no EBS encryption by default guarantees, no IMDSv2-only
/// AMIs, no encryption in transit between instances.
pub const XEN_FAMILIES: [&str; 21] = [
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
#[non_exhaustive]
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

/// Whether an instance type is Arm (Graviton): the letters after the
/// generation number hold a `g` (`m7g`, `c6gn`, `t4g`, `g5g`).
pub(crate) fn is_arm(instance_type: &str) -> bool {
    let family = instance_type.split('.').next().unwrap_or_default();
    let after_digits = family
        .trim_start_matches(|c: char| c.is_ascii_lowercase())
        .trim_start_matches(|c: char| c.is_ascii_digit());
    after_digits.contains('g')
}

pub(crate) fn check_instance_type(t: &str) -> Result<(), String> {
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

/// The machine settings of one construct, to validate and render them the
/// same way wherever instances are launched.
pub(crate) struct Machine<'a> {
    pub ami: &'a Ami,
    pub root_size_gib: Option<u32>,
    pub volumes: &'a [Volume],
    pub user_data: Option<&'a str>,
    pub patching: &'a Patching,
    pub key_pair: Option<&'a str>,
}

impl Machine<'_> {
    /// Every problem with the settings, as (property, value, rule).
    pub fn validate(&self, id: &LogicalId, instance_types: &[&str]) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut err = |property: &str, value: &dyn Display, rule: &str| {
            errors.push(Error::invalid(id.as_str(), property, value, rule));
        };
        for t in instance_types {
            if let Err(rule) = check_instance_type(t) {
                err("InstanceType", t, &rule);
            }
        }
        if let Ami::Id(ami) = self.ami {
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
        if let Ami::SsmParameter(name) = self.ami {
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
        for v in self.volumes {
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
        if let Some(data) = self.user_data {
            if data.len() > MAX_USER_DATA {
                err(
                    "UserData",
                    &format!("{} bytes", data.len()),
                    "user data is at most 16384 bytes before base64",
                );
            }
        }
        if let Patching::Scheduled(expr) = self.patching {
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
        if let Some(name) = self.key_pair {
            if name.is_empty() || name.len() > 255 {
                err("KeyName", &name, "a key pair's name is 1-255 characters");
            }
        }
        errors
    }

    /// The image id: a literal, or a parameter read from SSM at deploy time
    /// (one per image, shared by every construct that boots it).
    pub fn image(&self, stack: &mut Stack, id: &LogicalId, instance_type: &str) -> Value<String> {
        let (param, path) = match self.ami {
            Ami::Id(ami) => return Value::Literal(ami.clone()),
            Ami::AmazonLinux2023 => {
                let (name, arch) = if is_arm(instance_type) {
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

    /// The weekly patch association for the instances `target` selects, or
    /// the waiver on `owner` when patching is done elsewhere.
    pub fn patch(&self, stack: &mut Stack, owner: &LogicalId, target: cfn::ssm::Target) {
        match self.patching {
            Patching::Scheduled(schedule) => {
                let aid = stack.child_id(owner, "Patching");
                let l1 = cfn::ssm::Association {
                    name: "AWS-RunPatchBaseline".into(),
                    association_name: Intrinsic::sub(format!(
                        "${{AWS::StackName}}-{owner}-patching"
                    ))
                    .into(),
                    targets: vec![target],
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
                if let Some(r) = stack.resource_mut(owner) {
                    r.waive(w.clone());
                }
            }
        }
    }
}

/// The instances' own security group: HTTPS out (patches, Systems
/// Manager), nothing in until a peer is allowed.
pub(crate) fn instance_group(
    stack: &mut Stack,
    id: &LogicalId,
    vpc: &crate::vpc::VpcRef,
) -> super::SecurityGroupRef {
    let sg_id = stack.child_id(id, "SecurityGroup");
    stack.add(
        super::SecurityGroup::builder()
            .id(sg_id.to_string())
            .vpc(vpc)
            .description(format!("{id}: HTTPS out for patches and Systems Manager"))
            .egress(vec![super::Rule::new(
                super::Peer::any_ipv4(),
                super::Port::tcp(443),
            )
            .description("HTTPS for patches and Systems Manager")])
            .build(),
    )
}

/// The role instances run as (what Systems Manager needs, plus
/// `statements`) and the instance profile that carries it.
pub(crate) fn role_and_profile(
    stack: &mut Stack,
    id: &LogicalId,
    statements: &[Statement],
) -> (RoleRef, LogicalId) {
    let role_id = stack.child_id(id, "Role");
    let role = stack.add(
        Role::builder()
            .id(role_id.to_string())
            .service("ec2.amazonaws.com")
            .description(format!("{id}: Systems Manager management"))
            .managed_policies(vec![ManagedPolicy::aws("AmazonSSMManagedInstanceCore")])
            .statements(statements.to_vec())
            .build(),
    );
    let profile_id = stack.child_id(id, "InstanceProfile");
    stack.add_resource(Resource::new(
        profile_id.clone(),
        &cfn::l1::iam::InstanceProfile {
            roles: vec![role.name()],
            ..Default::default()
        },
    ));
    (role, profile_id)
}
