//! `ec2::Instance`: a private, hardened, patched instance managed through
//! Systems Manager.

use typed_builder::TypedBuilder;

use super::machine::{instance_group, role_and_profile, Machine};
use super::{Ami, Patching, Peer, Port, SecurityGroupRef, Volume, ROOT_DEVICE};
use crate::cfn;
use crate::cfn::l1::ec2::instance::{
    BlockDeviceMapping, Ebs, LaunchTemplateSpecification, NetworkInterface,
};
use crate::cfn::l1::ec2::launch_template::{LaunchTemplateData, MetadataOptions, Monitoring};
use crate::error::Error;
use crate::iam::{RoleRef, Statement};
use crate::kms::KeyRef;
use crate::template::{Construct, Handle, Intrinsic, LogicalId, Resource, Stack, Value};
use crate::vpc::{SubnetRef, Tier, VpcRef};
use crate::waiver::Waiver;

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
#[non_exhaustive]
pub struct Instance {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The VPC.
    #[builder(setter(transform = |vpc: &VpcRef| vpc.clone()))]
    pub vpc: VpcRef,
    /// A current-generation (Nitro) type such as `m7g.medium`.
    #[builder(setter(into))]
    pub instance_type: String,
    /// A subnet; the first private subnet when unset.
    #[builder(default, setter(strip_option))]
    pub subnet: Option<SubnetRef>,
    /// The image.
    #[builder(default)]
    pub ami: Ami,
    /// The key for the volumes; the stack's default key when unset.
    #[builder(default, setter(strip_option))]
    pub key: Option<KeyRef>,
    /// Root volume size in GiB (gp3); the image's size when unset.
    #[builder(default, setter(strip_option))]
    pub root_size_gib: Option<u32>,
    /// Extra data volumes.
    #[builder(default)]
    pub volumes: Vec<Volume>,
    /// User data (a script or cloud-init), at most 16 KiB.
    #[builder(default, setter(into, strip_option))]
    pub user_data: Option<String>,
    /// Patching of the guest OS.
    #[builder(default)]
    pub patching: Patching,
    /// Statements the role holds besides what Systems Manager needs.
    #[builder(default)]
    pub statements: Vec<Statement>,
    /// A public IP on the network interface: only with a waiver of
    /// `EC2_INSTANCE_NO_PUBLIC_IP`.
    #[builder(default, setter(strip_option))]
    pub public_ip: Option<Waiver>,
    /// An SSH key pair by name: only with a waiver of `EC2_NO_KEY_PAIR`.
    #[builder(default, setter(strip_option))]
    pub key_pair: Option<(String, Waiver)>,
    /// An instance type that does not encrypt traffic between instances
    /// (t3, t4g, m5, ...): only with a waiver of
    /// `EC2_NITRO_ENCRYPTION_IN_TRANSIT`.
    #[builder(default, setter(strip_option))]
    pub unencrypted_transit: Option<Waiver>,
    /// Let the EC2 API terminate the instance (and a stack update replace
    /// or delete it) without first turning termination protection off:
    /// only with a waiver of `EC2_TERMINATION_PROTECTED`.
    #[builder(default, setter(strip_option))]
    pub termination_allowed: Option<Waiver>,
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

impl Instance {
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
        let mut errors = self.machine().validate(id, &[self.instance_type.as_str()]);
        let mut err = |property: &str, value: &dyn std::fmt::Display, rule: &str| {
            errors.push(Error::invalid(id.as_str(), property, value, rule));
        };
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

        let security_group = instance_group(stack, &id, &self.vpc);

        let (role, profile_id) = role_and_profile(stack, &id, &self.statements);

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

        let image = self.machine().image(stack, &id, &self.instance_type);
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
            disable_api_termination: Some(Value::Literal(self.termination_allowed.is_none())),
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
        resource.waive(Waiver::answered(&super::duties::SUBNET_OF_INTERFACE));
        let waivers = self
            .public_ip
            .iter()
            .chain(self.key_pair.iter().map(|(_, w)| w))
            .chain(self.unencrypted_transit.iter())
            .chain(self.termination_allowed.iter())
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

        self.machine().patch(
            stack,
            &id,
            cfn::ssm::Target {
                key: "InstanceIds".into(),
                values: vec![Intrinsic::reference(id.as_str()).into()],
            },
        );
        InstanceRef {
            id,
            security_group,
            role,
        }
    }
}
