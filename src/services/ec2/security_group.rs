//! `ec2::SecurityGroup`: typed rules, nothing in by default, nothing out
//! but what is declared.

use heck::ToUpperCamelCase;
use typed_builder::TypedBuilder;

use crate::cfn::l1::ec2::security_group::{Egress, Ingress};
use crate::cfn::l1::ec2::{SecurityGroupEgress, SecurityGroupIngress};
use crate::error::Error;
use crate::template::{Construct, Handle, LogicalId, Resource, Stack, Value};
use crate::vpc::{Cidr, VpcRef};
use crate::waiver::Waiver;

/// Ports of remote administration: SSH and RDP.
pub const ADMIN_PORTS: [u16; 2] = [22, 3389];

/// Ports of databases and caches: SQL Server, Oracle, MySQL, PostgreSQL,
/// Redshift, Redis, Memcached, MongoDB, Elasticsearch/OpenSearch, Cassandra.
pub const DATABASE_PORTS: [u16; 12] = [
    1433, 1521, 2483, 3306, 5432, 5439, 6379, 11211, 27017, 9200, 9300, 9042,
];

/// A protocol and port range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Port {
    protocol: &'static str,
    from: i32,
    to: i32,
}

impl Port {
    /// One TCP port.
    pub fn tcp(port: u16) -> Port {
        Port::tcp_range(port, port)
    }

    /// TCP ports `from` to `to`; `from` must not be above `to`.
    pub fn tcp_range(from: u16, to: u16) -> Port {
        Port {
            protocol: "tcp",
            from: i32::from(from),
            to: i32::from(to),
        }
    }

    /// One UDP port.
    pub fn udp(port: u16) -> Port {
        Port::udp_range(port, port)
    }

    /// UDP ports `from` to `to`.
    pub fn udp_range(from: u16, to: u16) -> Port {
        Port {
            protocol: "udp",
            from: i32::from(from),
            to: i32::from(to),
        }
    }

    /// Every ICMP type and code.
    pub fn icmp() -> Port {
        Port {
            protocol: "icmp",
            from: -1,
            to: -1,
        }
    }

    /// Every protocol and port.
    pub fn all_traffic() -> Port {
        Port {
            protocol: "-1",
            from: -1,
            to: -1,
        }
    }

    /// Whether the range admits this TCP or UDP port.
    pub fn covers(&self, port: u16) -> bool {
        self.protocol == "-1"
            || (self.protocol != "icmp"
                && self.from <= i32::from(port)
                && i32::from(port) <= self.to)
    }

    /// In words, for a rule's description: `tcp 443`, `udp 1000-2000`.
    fn words(&self) -> String {
        match self.protocol {
            "-1" => "all traffic".into(),
            "icmp" => "icmp".into(),
            p if self.from == self.to => format!("{p} {}", self.from),
            p => format!("{p} {}-{}", self.from, self.to),
        }
    }

    fn label(&self) -> String {
        match self.protocol {
            "-1" => "All".into(),
            "icmp" => "Icmp".into(),
            p if self.from == self.to => format!("{}{}", p.to_upper_camel_case(), self.from),
            p => format!("{}{}To{}", p.to_upper_camel_case(), self.from, self.to),
        }
    }
}

/// The other side of a rule.
#[derive(Debug, Clone, PartialEq)]
pub enum Peer {
    /// An IPv4 range (`Cidr::ANY` is the whole internet).
    Ipv4(Cidr),
    /// Every IPv6 address (`::/0`).
    AnyIpv6,
    /// A managed prefix list, e.g. `pl-63a5400a`.
    PrefixList(Value<String>),
    /// Another security group: whoever holds it.
    Group(SecurityGroupRef),
}

impl Peer {
    /// Every IPv4 address (`0.0.0.0/0`).
    pub fn any_ipv4() -> Peer {
        Peer::Ipv4(Cidr::ANY)
    }

    fn is_anywhere(&self) -> bool {
        matches!(self, Peer::Ipv4(c) if *c == Cidr::ANY) || *self == Peer::AnyIpv6
    }

    /// In words, for a rule's description.
    fn words(&self) -> String {
        match self {
            Peer::Ipv4(c) if *c == Cidr::ANY => "anywhere (0.0.0.0/0)".into(),
            Peer::Ipv4(c) => format!("the range {c}"),
            Peer::AnyIpv6 => "anywhere (::/0)".into(),
            Peer::PrefixList(_) => "a managed prefix list".into(),
            Peer::Group(g) => format!("security group {}", g.id),
        }
    }

    fn label(&self) -> String {
        match self {
            Peer::Ipv4(c) if *c == Cidr::ANY => "AnyIpv4".into(),
            Peer::Ipv4(c) => format!("Cidr{}", c.to_string().replace(['.', '/'], "x")),
            Peer::AnyIpv6 => "AnyIpv6".into(),
            Peer::PrefixList(_) => "PrefixList".into(),
            Peer::Group(g) => g.id.to_string(),
        }
    }
}

impl From<Cidr> for Peer {
    fn from(c: Cidr) -> Self {
        Peer::Ipv4(c)
    }
}

impl From<&SecurityGroupRef> for Peer {
    fn from(g: &SecurityGroupRef) -> Self {
        Peer::Group(g.clone())
    }
}

/// Which way a rule admits traffic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Into the group.
    Ingress,
    /// Out of the group.
    Egress,
}

/// One ingress or egress rule.
///
/// Ingress from anywhere needs a waiver of `SG_NO_INGRESS_FROM_ANYWHERE`;
/// to SSH or RDP, of `SG_ADMIN_PORTS_CLOSED`; to a database port from an
/// address range rather than a group, of `SG_DATABASE_PORTS_FROM_GROUPS_ONLY`;
/// egress of every protocol to anywhere, of `SG_EGRESS_RESTRICTED`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    peer: Peer,
    port: Port,
    description: Option<String>,
    waiver: Option<Waiver>,
}

impl Rule {
    /// A rule for this peer and port range.
    pub fn new(peer: impl Into<Peer>, port: Port) -> Rule {
        Rule {
            peer: peer.into(),
            port,
            description: None,
            waiver: None,
        }
    }

    /// What the rule is for (shown in the console).
    #[must_use]
    pub fn description(mut self, text: impl Into<String>) -> Rule {
        self.description = Some(text.into());
        self
    }

    /// The waiver that allows this rule past stackward's rules.
    #[must_use]
    pub fn waived(mut self, waiver: Waiver) -> Rule {
        self.waiver = Some(waiver);
        self
    }

    /// The stackward rules this rule breaks, each of which its waiver must
    /// name: for ingress, from anywhere, to SSH or RDP, to a database port
    /// from an address range; for egress, every protocol to anywhere.
    pub fn rules_to_waive(&self, direction: Direction) -> Vec<&'static str> {
        let mut out = Vec::new();
        let anywhere = self.peer.is_anywhere();
        match direction {
            Direction::Ingress => {
                if anywhere {
                    out.push("SG_NO_INGRESS_FROM_ANYWHERE");
                }
                if ADMIN_PORTS.iter().any(|p| self.port.covers(*p)) {
                    out.push("SG_ADMIN_PORTS_CLOSED");
                }
                let range = matches!(self.peer, Peer::Ipv4(_) | Peer::AnyIpv6);
                if range && DATABASE_PORTS.iter().any(|p| self.port.covers(*p)) {
                    out.push("SG_DATABASE_PORTS_FROM_GROUPS_ONLY");
                }
            }
            Direction::Egress => {
                if anywhere && self.port.protocol == "-1" {
                    out.push("SG_EGRESS_RESTRICTED");
                }
            }
        }
        out
    }

    /// `tcp 443 0.0.0.0/0`, `all traffic ::/0`, `udp 53 Resolver`.
    fn describe(&self) -> String {
        let port = match self.port.protocol {
            "-1" => "all traffic".to_owned(),
            "icmp" => "icmp".to_owned(),
            p if self.port.from == self.port.to => format!("{p} {}", self.port.from),
            p => format!("{p} {}-{}", self.port.from, self.port.to),
        };
        let peer = match &self.peer {
            Peer::Ipv4(c) => c.to_string(),
            Peer::AnyIpv6 => "::/0".to_owned(),
            Peer::PrefixList(_) => "prefix list".to_owned(),
            Peer::Group(g) => g.id.to_string(),
        };
        format!("{port} {peer}")
    }

    fn validate(&self, id: &LogicalId, direction: Direction) -> Vec<Error> {
        let mut errors = Vec::new();
        let property = match direction {
            Direction::Ingress => "SecurityGroupIngress",
            Direction::Egress => "SecurityGroupEgress",
        };
        for rule in self.rules_to_waive(direction) {
            if !self.waiver.as_ref().is_some_and(|w| w.covers(rule)) {
                errors.push(Error::invalid(
                    id.as_str(),
                    property,
                    self.describe(),
                    format!("needs Rule::waived with a Waiver naming {rule}"),
                ));
            }
        }
        if self.port.from > self.port.to {
            errors.push(Error::invalid(
                id.as_str(),
                property,
                format!("{} {}-{}", self.port.protocol, self.port.from, self.port.to),
                "FromPort must not be above ToPort",
            ));
        }
        if let Some(d) = &self.description {
            let ok = d.len() <= 255
                && d.chars()
                    .all(|c| c.is_ascii_alphanumeric() || " ._-:/()#,@[]+=&;{}!$*".contains(c));
            if !ok {
                errors.push(Error::invalid(
                    id.as_str(),
                    property,
                    d,
                    "a rule's description must be at most 255 of a-z A-Z 0-9 spaces and ._-:/()#,@[]+=&;{}!$*",
                ));
            }
        }
        errors
    }

    fn ingress(&self) -> Ingress {
        let (cidr_ip, cidr_ipv6, group, prefix) = self.peer_fields();
        Ingress {
            ip_protocol: self.port.protocol.into(),
            from_port: Some(Value::Literal(i64::from(self.port.from))),
            to_port: Some(Value::Literal(i64::from(self.port.to))),
            cidr_ip: cidr_ip.map(Value::Literal),
            cidr_ipv6: cidr_ipv6.map(Value::Literal),
            source_security_group_id: group,
            source_prefix_list_id: prefix,
            description: Some(Value::Literal(self.description.clone().unwrap_or_else(
                || format!("admits {} from {}", self.port.words(), self.peer.words()),
            ))),
            ..Default::default()
        }
    }

    fn egress(&self) -> Egress {
        let (cidr_ip, cidr_ipv6, group, prefix) = self.peer_fields();
        Egress {
            ip_protocol: self.port.protocol.into(),
            from_port: Some(Value::Literal(i64::from(self.port.from))),
            to_port: Some(Value::Literal(i64::from(self.port.to))),
            cidr_ip: cidr_ip.map(Value::Literal),
            cidr_ipv6: cidr_ipv6.map(Value::Literal),
            destination_security_group_id: group,
            destination_prefix_list_id: prefix,
            description: Some(Value::Literal(self.description.clone().unwrap_or_else(
                || format!("sends {} to {}", self.port.words(), self.peer.words()),
            ))),
        }
    }

    #[allow(clippy::type_complexity)]
    fn peer_fields(
        &self,
    ) -> (
        Option<String>,
        Option<String>,
        Option<Value<String>>,
        Option<Value<String>>,
    ) {
        match &self.peer {
            Peer::Ipv4(c) => (Some(c.to_string()), None, None, None),
            Peer::AnyIpv6 => (None, Some("::/0".into()), None, None),
            Peer::Group(g) => (None, None, Some(g.group_id()), None),
            Peer::PrefixList(p) => (None, None, None, Some(p.clone())),
        }
    }
}

/// The egress rule that matches nothing: a group needs one egress rule, or
/// EC2 allows all traffic out.
fn no_egress() -> Egress {
    Egress {
        ip_protocol: "icmp".into(),
        from_port: Some(Value::Literal(252)),
        to_port: Some(Value::Literal(86)),
        cidr_ip: Some("255.255.255.255/32".into()),
        description: Some("No egress: matches no traffic".into()),
        ..Default::default()
    }
}

/// A VPC security group.
///
/// ```
/// use stackward::prelude::*;
/// use stackward::ec2::{Port, Rule, SecurityGroup};
///
/// let mut stack = Stack::new("Web").unwrap();
/// let net = stack.add(vpc::Vpc::builder().id("net").cidr("10.0.0.0/16".parse().unwrap()).build());
/// let lb = stack.add(SecurityGroup::builder().id("lb").vpc(&net).build());
/// let app = stack.add(
///     SecurityGroup::builder()
///         .id("app")
///         .vpc(&net)
///         .egress(vec![Rule::new(ec2::Peer::any_ipv4(), Port::tcp(443)).description("HTTPS out")])
///         .build(),
/// );
/// app.allow_from(&mut stack, &lb, Port::tcp(8080));
/// let t = stack.synth().unwrap();
/// let r = &t.json()["Resources"];
/// assert_eq!(r["AppFromLbTcp8080"]["Properties"]["SourceSecurityGroupId"]["Fn::GetAtt"][0], "Lb");
/// assert_eq!(r["LbToAppTcp8080"]["Properties"]["DestinationSecurityGroupId"]["Fn::GetAtt"][0], "App");
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct SecurityGroup {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The VPC.
    #[builder(setter(transform = |vpc: &VpcRef| vpc.clone()))]
    pub vpc: VpcRef,
    /// `GroupDescription`; from the id when unset.
    #[builder(default, setter(into, strip_option))]
    pub description: Option<String>,
    /// Ingress rules; none by default.
    #[builder(default)]
    pub ingress: Vec<Rule>,
    /// Egress rules; none by default (a rule that matches nothing is written).
    #[builder(default)]
    pub egress: Vec<Rule>,
}

/// A handle to a security group in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityGroupRef {
    id: LogicalId,
}

impl Handle for SecurityGroupRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl SecurityGroupRef {
    /// The group id (`Fn::GetAtt Group.GroupId`).
    pub fn group_id(&self) -> Value<String> {
        self.get_att("GroupId")
    }

    /// Admits `port` from `peer`. For a group peer, the peer's group also
    /// gets the matching egress rule, so the two stay in step.
    pub fn allow_from(&self, stack: &mut Stack, peer: impl Into<Peer>, port: Port) {
        self.add_ingress(stack, Rule::new(peer, port));
    }

    /// Adds an ingress rule as its own resource (`<Group>From<Peer><Port>`);
    /// for a group peer, also the peer's egress (`<Peer>To<Group><Port>`).
    pub fn add_ingress(&self, stack: &mut Stack, rule: Rule) {
        let rid = stack.child_id(
            &self.id,
            &format!("From{}{}", rule.peer.label(), rule.port.label()),
        );
        if stack.resource_mut(&rid).is_some() {
            return;
        }
        stack.errors_from(rule.validate(&rid, Direction::Ingress));
        let i = rule.ingress();
        let l1 = SecurityGroupIngress {
            group_id: Some(self.group_id()),
            ip_protocol: i.ip_protocol,
            from_port: i.from_port,
            to_port: i.to_port,
            cidr_ip: i.cidr_ip,
            cidr_ipv6: i.cidr_ipv6,
            source_security_group_id: i.source_security_group_id,
            source_prefix_list_id: i.source_prefix_list_id,
            description: i.description,
            ..Default::default()
        };
        let resource = stack.add_resource(Resource::new(rid, &l1));
        if let Some(w) = &rule.waiver {
            resource.waive(w.clone());
        }
        if let Peer::Group(peer) = &rule.peer {
            let back = Rule {
                peer: Peer::Group(self.clone()),
                ..rule.clone()
            };
            peer.add_egress(stack, back);
        }
    }

    /// Allows `port` out to `peer`, as its own resource.
    pub fn allow_to(&self, stack: &mut Stack, peer: impl Into<Peer>, port: Port) {
        self.add_egress(stack, Rule::new(peer, port));
    }

    /// Adds an egress rule as its own resource (`<Group>To<Peer><Port>`).
    pub fn add_egress(&self, stack: &mut Stack, rule: Rule) {
        let rid = stack.child_id(
            &self.id,
            &format!("To{}{}", rule.peer.label(), rule.port.label()),
        );
        if stack.resource_mut(&rid).is_some() {
            return;
        }
        stack.errors_from(rule.validate(&rid, Direction::Egress));
        let e = rule.egress();
        let l1 = SecurityGroupEgress {
            group_id: self.group_id(),
            ip_protocol: e.ip_protocol,
            from_port: e.from_port,
            to_port: e.to_port,
            cidr_ip: e.cidr_ip,
            cidr_ipv6: e.cidr_ipv6,
            destination_security_group_id: e.destination_security_group_id,
            destination_prefix_list_id: e.destination_prefix_list_id,
            description: e.description,
        };
        let resource = stack.add_resource(Resource::new(rid, &l1));
        if let Some(w) = &rule.waiver {
            resource.waive(w.clone());
        }
    }
}

impl Construct for SecurityGroup {
    type Handle = SecurityGroupRef;

    fn add_to(self, stack: &mut Stack) -> SecurityGroupRef {
        let id = stack.construct_id(&self.id, |id| {
            let mut errors: Vec<Error> = Vec::new();
            for r in &self.ingress {
                errors.extend(r.validate(id, Direction::Ingress));
                if matches!(r.peer, Peer::Group(_)) {
                    errors.push(Error::invalid(
                        id.as_str(),
                        "SecurityGroupIngress",
                        r.peer.label(),
                        "rules between groups are added with allow_from after both groups exist",
                    ));
                }
            }
            for r in &self.egress {
                errors.extend(r.validate(id, Direction::Egress));
                if matches!(r.peer, Peer::Group(_)) {
                    errors.push(Error::invalid(
                        id.as_str(),
                        "SecurityGroupEgress",
                        r.peer.label(),
                        "rules between groups are added with allow_to after both groups exist",
                    ));
                }
            }
            if let Some(d) = &self.description {
                if d.is_empty() || d.len() > 255 {
                    errors.push(Error::invalid(
                        id.as_str(),
                        "GroupDescription",
                        d,
                        "must be 1-255 characters",
                    ));
                }
            }
            errors
        });
        let mut egress: Vec<Egress> = self.egress.iter().map(Rule::egress).collect();
        if egress.is_empty() {
            egress.push(no_egress());
        }
        let l1 = crate::cfn::l1::ec2::SecurityGroup {
            group_description: self
                .description
                .clone()
                .unwrap_or_else(|| format!("{} security group", id))
                .into(),
            vpc_id: Some(self.vpc.vpc_id()),
            security_group_ingress: Some(self.ingress.iter().map(Rule::ingress).collect()),
            security_group_egress: Some(egress),
            ..Default::default()
        };
        let resource = stack.add_resource(Resource::new(id.clone(), &l1));
        for w in self
            .ingress
            .iter()
            .chain(&self.egress)
            .filter_map(|r| r.waiver.clone())
        {
            resource.waive(w);
        }
        SecurityGroupRef { id }
    }
}
