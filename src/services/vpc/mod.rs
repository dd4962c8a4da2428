//! `vpc::Vpc`: a network cut into public, private and isolated subnets in
//! every zone, with flow logs and private routes to AWS services.
//!
#![doc = include_str!("defaults.md")]

mod cidr;
pub(crate) mod duties;

pub use cidr::Cidr;

use heck::ToUpperCamelCase;
use typed_builder::TypedBuilder;

use crate::cfn::l1::ec2 as l1;
use crate::cfn::Tag;
use crate::ec2::{Peer, Port, Rule, SecurityGroup, SecurityGroupRef};
use crate::error::Error;
use crate::iam::{Effect, Role, Statement};
use crate::kms::KeyRef;
use crate::logs::{LogGroup, LogGroupRef, Retention};
use crate::template::{Construct, Handle, Intrinsic, LogicalId, Resource, Stack, Value};
use crate::waiver::Waiver;

/// What a network tier can reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tier {
    /// Routes to and from the internet through an internet gateway (load
    /// balancers, NAT gateways).
    Public,
    /// Out to the internet through NAT only; nothing comes in.
    Private,
    /// No route out of the VPC at all (databases).
    Isolated,
}

impl Tier {
    fn name(self) -> &'static str {
        match self {
            Tier::Public => "public",
            Tier::Private => "private",
            Tier::Isolated => "isolated",
        }
    }
}

/// A group of subnets, one per zone, all in the same tier.
///
/// ```
/// use stackward::vpc::{Subnets, Tier};
/// let app = Subnets::private(20).named("app");
/// assert_eq!(app.tier(), Tier::Private);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Subnets {
    name: String,
    tier: Tier,
    size: SubnetSize,
}

#[derive(Debug, Clone, PartialEq)]
enum SubnetSize {
    Prefix(u8),
    Fixed(Vec<Cidr>),
}

impl Subnets {
    /// Public subnets of `/prefix` each (16-28), named `public`.
    pub fn public(prefix: u8) -> Self {
        Subnets::new(Tier::Public, prefix)
    }

    /// Private subnets of `/prefix` each, named `private`.
    pub fn private(prefix: u8) -> Self {
        Subnets::new(Tier::Private, prefix)
    }

    /// Isolated subnets of `/prefix` each, named `isolated`.
    pub fn isolated(prefix: u8) -> Self {
        Subnets::new(Tier::Isolated, prefix)
    }

    fn new(tier: Tier, prefix: u8) -> Self {
        Subnets {
            name: tier.name().into(),
            tier,
            size: SubnetSize::Prefix(prefix),
        }
    }

    /// Another name for the group (in logical ids and lookups), for more
    /// than one group in a tier.
    #[must_use]
    pub fn named(mut self, name: impl Into<String>) -> Self {
        self.name = name.into();
        self
    }

    /// These exact blocks, one per zone, instead of computed ones.
    #[must_use]
    pub fn cidrs(mut self, blocks: Vec<Cidr>) -> Self {
        self.size = SubnetSize::Fixed(blocks);
        self
    }

    /// The tier.
    pub fn tier(&self) -> Tier {
        self.tier
    }
}

/// How private subnets reach the internet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Nat {
    /// A NAT gateway in every zone: a zone's outage leaves the others online.
    #[default]
    PerZone,
    /// One NAT gateway in the first zone for every private subnet: cheaper,
    /// but a zone's outage cuts every private subnet off.
    Shared,
}

/// Where VPC flow logs go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FlowLogs {
    /// To an encrypted CloudWatch Logs group kept this long.
    CloudWatch(Retention),
    /// No flow logs.
    Disabled(Waiver),
}

impl Default for FlowLogs {
    fn default() -> Self {
        FlowLogs::CloudWatch(Retention::default())
    }
}

/// AWS services reached through a gateway endpoint (free, route-table based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GatewayEndpoint {
    /// Amazon S3.
    S3,
    /// Amazon DynamoDB.
    DynamoDb,
}

/// AWS services reached through an interface endpoint in the private (or
/// isolated) subnets, with private DNS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InterfaceEndpoint {
    /// Systems Manager.
    Ssm,
    /// Session Manager's channels.
    SsmMessages,
    /// Systems Manager's agent messages.
    Ec2Messages,
    /// AWS KMS.
    Kms,
    /// CloudWatch Logs.
    Logs,
    /// Secrets Manager.
    SecretsManager,
    /// AWS STS.
    Sts,
    /// Amazon SQS.
    Sqs,
    /// AWS Lambda.
    Lambda,
}

impl InterfaceEndpoint {
    /// What Session Manager needs to manage instances without the internet.
    pub const SESSION_MANAGER: [InterfaceEndpoint; 3] = [
        InterfaceEndpoint::Ssm,
        InterfaceEndpoint::SsmMessages,
        InterfaceEndpoint::Ec2Messages,
    ];

    fn service(self) -> &'static str {
        match self {
            InterfaceEndpoint::Ssm => "ssm",
            InterfaceEndpoint::SsmMessages => "ssmmessages",
            InterfaceEndpoint::Ec2Messages => "ec2messages",
            InterfaceEndpoint::Kms => "kms",
            InterfaceEndpoint::Logs => "logs",
            InterfaceEndpoint::SecretsManager => "secretsmanager",
            InterfaceEndpoint::Sts => "sts",
            InterfaceEndpoint::Sqs => "sqs",
            InterfaceEndpoint::Lambda => "lambda",
        }
    }
}

/// A VPC with subnets in every zone, routes, NAT, flow logs and endpoints.
///
/// ```
/// use stackward::prelude::*;
/// use stackward::vpc::{Subnets, Tier};
///
/// let mut stack = Stack::new("Network").unwrap();
/// let vpc = stack.add(
///     vpc::Vpc::builder()
///         .id("main")
///         .cidr("10.0.0.0/16".parse().unwrap())
///         .subnets(vec![Subnets::public(24), Subnets::private(20), Subnets::isolated(24)])
///         .build(),
/// );
/// assert_eq!(vpc.subnets(Tier::Private).len(), 2);
/// assert_eq!(vpc.subnets(Tier::Isolated)[1].cidr().to_string(), "10.0.49.0/24");
/// let t = stack.synth().unwrap();
/// let r = &t.json()["Resources"];
/// assert_eq!(r["MainPrivateSubnet1"]["Properties"]["MapPublicIpOnLaunch"], false);
/// assert_eq!(r["MainFlowLog"]["Properties"]["TrafficType"], "ALL");
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Vpc {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The VPC's address range, `/16` to `/28`.
    pub cidr: Cidr,
    /// How many zones (1-6), taken in order from `Fn::GetAZs`.
    #[builder(default = 2)]
    pub zones: u8,
    /// The subnet groups; public `/24` and private `/20` when unset.
    #[builder(default = vec![Subnets::public(24), Subnets::private(20)])]
    pub subnets: Vec<Subnets>,
    /// NAT gateways for private subnets.
    #[builder(default)]
    pub nat: Nat,
    /// Flow logs.
    #[builder(default)]
    pub flow_logs: FlowLogs,
    /// The key of the flow-log group; the stack's default key when unset.
    #[builder(default, setter(strip_option))]
    pub key: Option<KeyRef>,
    /// Gateway endpoints on every route table.
    #[builder(default = vec![GatewayEndpoint::S3])]
    pub gateway_endpoints: Vec<GatewayEndpoint>,
    /// Interface endpoints in the private (else isolated) subnets.
    #[builder(default)]
    pub interface_endpoints: Vec<InterfaceEndpoint>,
    /// Public IPs on launch in the public tier: only with a waiver of
    /// `SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED`.
    #[builder(default, setter(strip_option))]
    pub public_ip_on_launch: Option<Waiver>,
}

/// A subnet in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubnetRef {
    id: LogicalId,
    group: String,
    tier: Tier,
    zone: u8,
    cidr: Cidr,
}

impl Handle for SubnetRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl SubnetRef {
    /// The subnet id (`Ref`).
    pub fn subnet_id(&self) -> Value<String> {
        self.reference()
    }

    /// The group's name.
    pub fn group(&self) -> &str {
        &self.group
    }

    /// The tier.
    pub fn tier(&self) -> Tier {
        self.tier
    }

    /// The zone's index (0-based) in `Fn::GetAZs`.
    pub fn zone(&self) -> u8 {
        self.zone
    }

    /// The address range.
    pub fn cidr(&self) -> Cidr {
        self.cidr
    }
}

/// A handle to a VPC in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VpcRef {
    id: LogicalId,
    cidr: Cidr,
    subnets: Vec<SubnetRef>,
    flow_logs: Option<LogGroupRef>,
}

impl Handle for VpcRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl VpcRef {
    /// The VPC id (`Ref`).
    pub fn vpc_id(&self) -> Value<String> {
        self.reference()
    }

    /// The VPC's address range.
    pub fn cidr(&self) -> Cidr {
        self.cidr
    }

    /// Every subnet of a tier, group by group, zone by zone.
    pub fn subnets(&self, tier: Tier) -> Vec<SubnetRef> {
        self.subnets
            .iter()
            .filter(|s| s.tier == tier)
            .cloned()
            .collect()
    }

    /// The subnets of the group with this name.
    pub fn subnet_group(&self, name: &str) -> Vec<SubnetRef> {
        self.subnets
            .iter()
            .filter(|s| s.group == name)
            .cloned()
            .collect()
    }

    /// The flow-log group, unless flow logs were waived.
    pub fn flow_logs(&self) -> Option<&LogGroupRef> {
        self.flow_logs.as_ref()
    }
}

/// Addresses per zone of each group, in order.
struct Layout {
    blocks: Vec<Vec<Cidr>>,
}

impl Vpc {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut err = |property: &str, value: String, rule: &str| {
            errors.push(Error::invalid(id.as_str(), property, value, rule));
        };
        if !cidr::PREFIX_RANGE.contains(&self.cidr.prefix()) {
            err(
                "CidrBlock",
                self.cidr.to_string(),
                "a VPC's block must be /16 to /28",
            );
        }
        if !(1..=6).contains(&self.zones) {
            err(
                "AvailabilityZone",
                self.zones.to_string(),
                "the number of zones must be 1-6",
            );
        }
        if self.subnets.is_empty() {
            err(
                "Subnets",
                "none".into(),
                "a VPC needs at least one subnet group",
            );
        }
        let mut names = Vec::new();
        for group in &self.subnets {
            let key = group.name.to_upper_camel_case();
            if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric()) {
                err(
                    "Subnets",
                    group.name.clone(),
                    "a subnet group's name must hold letters or digits",
                );
            } else if names.contains(&key) {
                err(
                    "Subnets",
                    group.name.clone(),
                    "two subnet groups have the same name: name one with Subnets::named",
                );
            }
            names.push(key);
            match &group.size {
                SubnetSize::Prefix(p) if !cidr::PREFIX_RANGE.contains(p) => err(
                    "Subnets",
                    format!("{} /{p}", group.name),
                    "a subnet must be /16 to /28",
                ),
                SubnetSize::Prefix(p) if *p < self.cidr.prefix() => err(
                    "Subnets",
                    format!("{} /{p}", group.name),
                    "a subnet cannot be larger than its VPC",
                ),
                SubnetSize::Fixed(blocks) if blocks.len() != usize::from(self.zones) => {
                    err("Subnets", group.name.clone(), "give one block per zone")
                }
                SubnetSize::Fixed(blocks) => {
                    for b in blocks {
                        if !self.cidr.contains(b) || !cidr::PREFIX_RANGE.contains(&b.prefix()) {
                            err(
                                "Subnets",
                                b.to_string(),
                                "a subnet must be /16 to /28 and inside the VPC's block",
                            );
                        }
                    }
                }
                SubnetSize::Prefix(_) => {}
            }
        }
        let has = |t: Tier| self.subnets.iter().any(|s| s.tier == t);
        if has(Tier::Private) && !has(Tier::Public) {
            err(
                "Subnets",
                "private".into(),
                "private subnets leave through NAT gateways in a public tier: add Subnets::public, or use Subnets::isolated for no route out",
            );
        }
        if !self.interface_endpoints.is_empty() && !has(Tier::Private) && !has(Tier::Isolated) {
            err(
                "VpcEndpoint",
                "interface endpoints".into(),
                "interface endpoints go in private or isolated subnets; the VPC has none",
            );
        }
        errors
    }

    /// Every group's blocks, or an error naming what does not fit.
    fn layout(&self, id: &LogicalId) -> Result<Layout, Error> {
        let zones = usize::from(self.zones);
        let mut fixed: Vec<Cidr> = Vec::new();
        for group in &self.subnets {
            if let SubnetSize::Fixed(blocks) = &group.size {
                for b in blocks {
                    if let Some(other) = fixed.iter().find(|f| f.overlaps(b)) {
                        return Err(Error::invalid(
                            id.as_str(),
                            "Subnets",
                            b,
                            format!("overlaps {other}"),
                        ));
                    }
                    fixed.push(*b);
                }
            }
        }
        let prefixes: Vec<u8> = self
            .subnets
            .iter()
            .filter_map(|g| match g.size {
                SubnetSize::Prefix(p) => Some(vec![p; zones]),
                SubnetSize::Fixed(_) => None,
            })
            .flatten()
            .collect();
        let computed = cidr::allocate(&self.cidr, &prefixes, &fixed).ok_or_else(|| {
            let wanted: u64 = prefixes.iter().map(|p| 1u64 << (32 - u32::from(*p))).sum();
            Error::invalid(
                id.as_str(),
                "Subnets",
                self.cidr,
                format!(
                    "too small: the subnets need {wanted} addresses in {zones} zone(s) beside {} fixed, the VPC holds {}",
                    fixed.len(),
                    self.cidr.size()
                ),
            )
        })?;
        let mut computed = computed.into_iter();
        let blocks = self
            .subnets
            .iter()
            .map(|g| match &g.size {
                SubnetSize::Fixed(b) => b.clone(),
                SubnetSize::Prefix(_) => computed.by_ref().take(zones).collect(),
            })
            .collect();
        Ok(Layout { blocks })
    }
}

fn name_tag(stack: &Stack, id: &LogicalId) -> Option<Vec<Tag>> {
    Some(vec![Tag {
        key: "Name".into(),
        value: format!("{}/{}", stack.name(), id),
    }])
}

fn zone(index: u8) -> Value<String> {
    Intrinsic::select(u32::from(index), Intrinsic::get_azs()).into()
}

fn reference(id: &LogicalId) -> Value<String> {
    Intrinsic::reference(id.as_str()).into()
}

impl Construct for Vpc {
    type Handle = VpcRef;

    fn add_to(self, stack: &mut Stack) -> VpcRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let layout = match self.layout(&id) {
            Ok(l) => l,
            Err(e) => {
                stack.error(e);
                Layout {
                    blocks: vec![Vec::new(); self.subnets.len()],
                }
            }
        };
        let yes = || Some(Value::Literal(true));
        let vpc_l1 = l1::Vpc {
            cidr_block: Some(self.cidr.to_string().into()),
            enable_dns_hostnames: yes(),
            enable_dns_support: yes(),
            instance_tenancy: Some("default".into()),
            tags: name_tag(stack, &id),
            ..Default::default()
        };
        stack
            .add_resource(Resource::new(id.clone(), &vpc_l1))
            .waive(Waiver::answered(&duties::DEFAULT_GROUP_UNUSED));
        let vpc_id = reference(&id);

        let has_public = self.subnets.iter().any(|s| s.tier == Tier::Public);
        let igw = has_public.then(|| {
            let igw = stack.child_id(&id, "InternetGateway");
            let l1 = l1::InternetGateway {
                tags: name_tag(stack, &igw),
            };
            stack.add_resource(Resource::new(igw.clone(), &l1));
            let attachment = stack.child_id(&igw, "Attachment");
            let l1 = l1::VpcGatewayAttachment {
                vpc_id: vpc_id.clone(),
                internet_gateway_id: Some(reference(&igw)),
                ..Default::default()
            };
            stack.add_resource(Resource::new(attachment.clone(), &l1));
            (igw, attachment)
        });

        let mut subnets = Vec::new();
        let mut route_tables = Vec::new();
        // NAT gateways by zone, in the first public group's subnets.
        let mut nats: Vec<LogicalId> = Vec::new();
        let public_ip = self.public_ip_on_launch.clone();
        let nat_group = self
            .subnets
            .iter()
            .position(|s| s.tier == Tier::Public)
            .filter(|_| self.subnets.iter().any(|s| s.tier == Tier::Private));
        for (index, (group, blocks)) in self.subnets.iter().zip(&layout.blocks).enumerate() {
            let group_key = group.name.to_upper_camel_case();
            for (zone_index, block) in blocks.iter().enumerate() {
                let zone_index = u8::try_from(zone_index).unwrap_or(u8::MAX);
                let sid = stack.child_id(&id, &format!("{group_key}Subnet{}", zone_index + 1));
                let map_public = group.tier == Tier::Public && public_ip.is_some();
                let l1 = l1::Subnet {
                    vpc_id: vpc_id.clone(),
                    cidr_block: Some(block.to_string().into()),
                    availability_zone: Some(zone(zone_index)),
                    map_public_ip_on_launch: Some(Value::Literal(map_public)),
                    tags: Some(vec![
                        Tag {
                            key: "Name".into(),
                            value: format!("{}/{}", stack.name(), sid),
                        },
                        Tag {
                            key: "stackward:tier".into(),
                            value: group.tier.name().into(),
                        },
                    ]),
                    ..Default::default()
                };
                let resource = stack.add_resource(Resource::new(sid.clone(), &l1));
                if let (true, Some(w)) = (map_public, &public_ip) {
                    resource.waive(w.clone());
                }
                let rt = stack.child_id(&sid, "RouteTable");
                let l1 = l1::RouteTable {
                    vpc_id: vpc_id.clone(),
                    tags: name_tag(stack, &rt),
                };
                stack.add_resource(Resource::new(rt.clone(), &l1));
                let assoc = stack.child_id(&sid, "RouteTableAssociation");
                let l1 = l1::SubnetRouteTableAssociation {
                    subnet_id: reference(&sid),
                    route_table_id: reference(&rt),
                };
                stack.add_resource(Resource::new(assoc, &l1));
                route_tables.push(rt.clone());
                if let (Tier::Public, Some((igw, attachment))) = (group.tier, &igw) {
                    let route = stack.child_id(&sid, "DefaultRoute");
                    let l1 = l1::Route {
                        route_table_id: reference(&rt),
                        destination_cidr_block: Some("0.0.0.0/0".into()),
                        gateway_id: Some(reference(igw)),
                        ..Default::default()
                    };
                    stack
                        .add_resource(Resource::new(route.clone(), &l1))
                        .depends_on(attachment)
                        .waive(Waiver::answered(&duties::PUBLIC_ROUTE));
                    let wants_nat = match self.nat {
                        Nat::PerZone => true,
                        Nat::Shared => zone_index == 0,
                    };
                    if wants_nat && nat_group == Some(index) {
                        let eip = stack.child_id(&sid, "NatEip");
                        let l1 = l1::Eip {
                            domain: Some("vpc".into()),
                            tags: name_tag(stack, &eip),
                            ..Default::default()
                        };
                        stack
                            .add_resource(Resource::new(eip.clone(), &l1))
                            .depends_on(attachment);
                        let nat = stack.child_id(&sid, "NatGateway");
                        let l1 = l1::NatGateway {
                            subnet_id: Some(reference(&sid)),
                            allocation_id: Some(
                                Intrinsic::get_att(eip.as_str(), "AllocationId").into(),
                            ),
                            tags: name_tag(stack, &nat),
                            ..Default::default()
                        };
                        stack
                            .add_resource(Resource::new(nat.clone(), &l1))
                            .depends_on(&route);
                        nats.push(nat);
                    }
                }
                subnets.push((
                    SubnetRef {
                        id: sid,
                        group: group.name.clone(),
                        tier: group.tier,
                        zone: zone_index,
                        cidr: *block,
                    },
                    rt,
                ));
            }
        }
        for (subnet, rt) in subnets.iter().filter(|(s, _)| s.tier == Tier::Private) {
            let nat = match self.nat {
                Nat::PerZone => nats.get(usize::from(subnet.zone)),
                Nat::Shared => nats.first(),
            };
            if let Some(nat) = nat {
                let route = stack.child_id(&subnet.id, "DefaultRoute");
                let l1 = l1::Route {
                    route_table_id: reference(rt),
                    destination_cidr_block: Some("0.0.0.0/0".into()),
                    nat_gateway_id: Some(reference(nat)),
                    ..Default::default()
                };
                stack.add_resource(Resource::new(route, &l1));
            }
        }
        let subnets: Vec<SubnetRef> = subnets.into_iter().map(|(s, _)| s).collect();

        let flow_logs = match &self.flow_logs {
            FlowLogs::CloudWatch(retention) => Some(self.add_flow_logs(stack, &id, retention)),
            FlowLogs::Disabled(w) => {
                if let Some(r) = stack.resource_mut(&id) {
                    r.waive(w.clone());
                }
                None
            }
        };

        for endpoint in &self.gateway_endpoints {
            let (name, service) = match endpoint {
                GatewayEndpoint::S3 => ("S3Endpoint", "s3"),
                GatewayEndpoint::DynamoDb => ("DynamoDbEndpoint", "dynamodb"),
            };
            let eid = stack.child_id(&id, name);
            let l1 = l1::VpcEndpoint {
                service_name: Some(
                    Intrinsic::sub(format!("com.amazonaws.${{AWS::Region}}.{service}")).into(),
                ),
                vpc_id: vpc_id.clone(),
                vpc_endpoint_type: Some("Gateway".into()),
                route_table_ids: Some(route_tables.iter().map(reference).collect()),
                ..Default::default()
            };
            stack.add_resource(Resource::new(eid, &l1));
        }

        let handle = VpcRef {
            id: id.clone(),
            cidr: self.cidr,
            subnets,
            flow_logs,
        };
        if !self.interface_endpoints.is_empty() {
            add_interface_endpoints(stack, &handle, &self.interface_endpoints);
        }
        handle
    }
}

impl Vpc {
    /// The flow-log group, the role that writes to it, and the flow log.
    fn add_flow_logs(
        &self,
        stack: &mut Stack,
        id: &LogicalId,
        retention: &Retention,
    ) -> LogGroupRef {
        let group_id = stack.child_id(id, "FlowLogs");
        let key = self.key.clone().unwrap_or_else(|| stack.default_key());
        let group = stack.add(
            LogGroup::builder()
                .id(group_id.to_string())
                .retention(retention.clone())
                .key(key)
                .build(),
        );
        let role_id = stack.child_id(id, "FlowLogsRole");
        let role = stack.add(
            Role::builder()
                .id(role_id.to_string())
                .service("vpc-flow-logs.amazonaws.com")
                .source_account(true)
                .description("Lets VPC flow logs write to their own log group only")
                .statements(vec![Statement::new(
                    Effect::Allow,
                    [
                        "logs:CreateLogStream",
                        "logs:PutLogEvents",
                        "logs:DescribeLogStreams",
                    ],
                )
                .resource(group.arn())])
                .build(),
        );
        let flow = stack.child_id(id, "FlowLog");
        let l1 = l1::FlowLog {
            resource_id: reference(id),
            resource_type: "VPC".into(),
            traffic_type: Some("ALL".into()),
            log_destination_type: Some("cloud-watch-logs".into()),
            log_group_name: Some(group.name()),
            deliver_logs_permission_arn: Some(role.arn()),
            max_aggregation_interval: Some(Value::Literal(60)),
            tags: name_tag(stack, &flow),
            ..Default::default()
        };
        stack.add_resource(Resource::new(flow, &l1));
        group
    }
}

/// Interface endpoints with private DNS in the private (else isolated)
/// subnets, behind a group that admits HTTPS from the VPC only.
fn add_interface_endpoints(stack: &mut Stack, vpc: &VpcRef, endpoints: &[InterfaceEndpoint]) {
    let tier = if vpc.subnets.iter().any(|s| s.tier == Tier::Private) {
        Tier::Private
    } else {
        Tier::Isolated
    };
    // One subnet per zone: the first group of the tier.
    let mut zones_seen = Vec::new();
    let subnets: Vec<Value<String>> = vpc
        .subnets(tier)
        .into_iter()
        .filter(|s| {
            let fresh = !zones_seen.contains(&s.zone);
            zones_seen.push(s.zone);
            fresh
        })
        .map(|s| s.subnet_id())
        .collect();
    let sg_id = stack.child_id(&vpc.id, "EndpointsSecurityGroup");
    let group: SecurityGroupRef = stack.add(
        SecurityGroup::builder()
            .id(sg_id.to_string())
            .vpc(vpc)
            .description("Interface endpoints: HTTPS from inside the VPC")
            .ingress(vec![
                Rule::new(Peer::Ipv4(vpc.cidr), Port::tcp(443)).description("HTTPS from the VPC")
            ])
            .build(),
    );
    for endpoint in endpoints {
        let service = endpoint.service();
        let eid = stack.child_id(
            &vpc.id,
            &format!("{}Endpoint", service.to_upper_camel_case()),
        );
        let l1 = l1::VpcEndpoint {
            service_name: Some(
                Intrinsic::sub(format!("com.amazonaws.${{AWS::Region}}.{service}")).into(),
            ),
            vpc_id: vpc.vpc_id(),
            vpc_endpoint_type: Some("Interface".into()),
            subnet_ids: Some(subnets.clone()),
            security_group_ids: Some(vec![group.group_id()]),
            private_dns_enabled: Some(Value::Literal(true)),
            ..Default::default()
        };
        stack.add_resource(Resource::new(eid, &l1));
    }
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "vpc",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[
        &duties::VPC_DUTIES,
        &duties::SUBNET_DUTIES,
        &duties::FLOW_LOG_DUTIES,
    ],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[&duties::PUBLIC_ROUTE, &duties::DEFAULT_GROUP_UNUSED],
};
