//! Elastic Load Balancing: `elb::LoadBalancer`, an application load
//! balancer that speaks only HTTPS to clients, and its target groups.
//!
#![doc = include_str!("defaults.md")]

pub(crate) mod duties;

use serde_json::{json, Value as Json};
use typed_builder::TypedBuilder;

use crate::acm::CertificateRef;
use crate::autoscaling::GroupRef;
use crate::cfn::l1::autoscaling::scaling_policy as scaling;
use crate::cfn::l1::ec2::SecurityGroupIngress;
use crate::cfn::l1::elasticloadbalancingv2 as l1;
use crate::ec2::{InstanceRef, Peer, Port, Rule, SecurityGroup, SecurityGroupRef};
use crate::error::Error;
use crate::template::{
    CfnResource, Construct, Handle, Intrinsic, LogicalId, Resource, Stack, Value,
};
use crate::vpc::{Tier, VpcRef};
use crate::wafv2::WebAclRef;
use crate::waiver::Waiver;

/// The TLS policy of every HTTPS listener: TLS 1.3 and 1.2 only, forward
/// secrecy, no CBC ciphers of TLS 1.2.
pub const TLS_POLICY: &str = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06";

/// Who can reach the load balancer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// Clients inside the VPC (and networks connected to it); in the
    /// private subnets, admitting HTTPS from the VPC's range.
    Internal,
    /// Clients on the internet: in the public subnets, admitting HTTPS
    /// (and HTTP, answered only with a redirect) from anywhere. This is the
    /// one resource whose purpose is internet ingress: the report records
    /// it as such, and stackward checks that the ingress belongs to an
    /// internet-facing load balancer.
    InternetFacing,
}

/// Who may connect to an internet-facing load balancer.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Clients {
    /// Anyone on the internet: HTTPS, and HTTP for the redirect.
    #[default]
    Anyone,
    /// CloudFront's origin-facing servers only: HTTPS from AWS's managed
    /// prefix list `com.amazonaws.global.cloudfront.origin-facing`, whose
    /// id in the stack's region this is (a literal `pl-...` or a
    /// parameter's `Ref`). Viewers reach the application through the
    /// distribution alone.
    CloudFront(Value<String>),
}

/// An application load balancer.
///
/// An HTTPS listener on 443 with the certificate and the TLS 1.3/1.2
/// policy, a listener on 80 that only redirects to HTTPS, invalid header
/// fields dropped, the strictest desync mitigation, access logs to the
/// stack's access-log bucket, deletion protection, and (when
/// internet-facing) a WAF web ACL. Requests no target matches get a 404.
///
/// ```
/// use stackward::prelude::*;
/// use stackward::vpc::Subnets;
///
/// let mut stack = Stack::new("Web").unwrap();
/// let net = stack.add(
///     vpc::Vpc::builder()
///         .id("net")
///         .cidr("10.0.0.0/16".parse().unwrap())
///         .subnets(vec![Subnets::public(24), Subnets::private(20)])
///         .build(),
/// );
/// let acl = stack.add(wafv2::WebAcl::builder().id("firewall").build());
/// let cert = acm::CertificateRef::from_arn("arn:aws:acm:eu-west-1:111122223333:certificate/abc");
/// let lb = stack.add(
///     elb::LoadBalancer::builder()
///         .id("front")
///         .vpc(&net)
///         .scheme(elb::Scheme::InternetFacing)
///         .certificate(cert)
///         .web_acl(&acl)
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// let r = &t.json()["Resources"];
/// assert_eq!(r["FrontHttps"]["Properties"]["SslPolicy"], elb::TLS_POLICY);
/// assert_eq!(r["FrontHttp"]["Properties"]["DefaultActions"][0]["Type"], "redirect");
/// # let _ = lb;
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct LoadBalancer {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The VPC.
    #[builder(setter(transform = |vpc: &VpcRef| vpc.clone()))]
    pub vpc: VpcRef,
    /// Internal or internet-facing.
    pub scheme: Scheme,
    /// Who may connect, when internet-facing.
    #[builder(default)]
    pub clients: Clients,
    /// The certificate of the HTTPS listener.
    pub certificate: CertificateRef,
    /// The web ACL that filters requests (a regional one).
    #[builder(default, setter(transform = |acl: &WebAclRef| Some(acl.clone())))]
    pub web_acl: Option<WebAclRef>,
    /// An internet-facing load balancer without a web ACL: only with a
    /// waiver of `ELB_WAF_ENABLED`.
    #[builder(default, setter(strip_option))]
    pub no_web_acl: Option<Waiver>,
    /// Seconds an idle connection stays open, 1-4000.
    #[builder(default = 60)]
    pub idle_timeout_seconds: u32,
    /// Deletion protection off: only with a waiver of
    /// `ELB_DELETION_PROTECTION_ENABLED`.
    #[builder(default, setter(strip_option))]
    pub deletable: Option<Waiver>,
}

/// A handle to a load balancer in a stack.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadBalancerRef {
    id: LogicalId,
    https_listener: LogicalId,
    security_group: SecurityGroupRef,
    vpc_id: Value<String>,
}

impl Handle for LoadBalancerRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

/// What a load balancer forwards to: instances, an Auto Scaling group, or
/// addresses.
pub trait Target {
    /// The target's own id, for naming its target group.
    fn target_id(&self) -> &LogicalId;
    /// The target group's `TargetType`.
    fn target_type(&self) -> &'static str {
        "instance"
    }
    /// Registers the target with the target group of this id.
    fn register(&self, stack: &mut Stack, target_group: &LogicalId, port: u16);
    /// Lets the load balancer's group reach the target on `port`, each rule
    /// with `description`.
    fn admit(
        &self,
        stack: &mut Stack,
        load_balancer: &SecurityGroupRef,
        port: u16,
        description: String,
    );
}

/// An ingress rule of a target's own group from the load balancer's group.
fn admit_to(
    group: &SecurityGroupRef,
    stack: &mut Stack,
    load_balancer: &SecurityGroupRef,
    port: u16,
    description: String,
) {
    group.add_ingress(
        stack,
        Rule::new(load_balancer, Port::tcp(port)).description(description),
    );
}

impl Target for GroupRef {
    fn target_id(&self) -> &LogicalId {
        self.id()
    }
    fn register(&self, stack: &mut Stack, target_group: &LogicalId, _port: u16) {
        self.attach_target_group(stack, Intrinsic::reference(target_group.as_str()).into());
    }
    fn admit(
        &self,
        stack: &mut Stack,
        load_balancer: &SecurityGroupRef,
        port: u16,
        description: String,
    ) {
        admit_to(
            self.security_group(),
            stack,
            load_balancer,
            port,
            description,
        );
    }
}

impl Target for InstanceRef {
    fn target_id(&self) -> &LogicalId {
        self.id()
    }
    fn register(&self, stack: &mut Stack, target_group: &LogicalId, _port: u16) {
        stack.contribute(target_group, json!({ "Id": self.instance_id() }));
    }
    fn admit(
        &self,
        stack: &mut Stack,
        load_balancer: &SecurityGroupRef,
        port: u16,
        description: String,
    ) {
        admit_to(
            self.security_group(),
            stack,
            load_balancer,
            port,
            description,
        );
    }
}

/// Targets by IPv4 address, in the VPC or a network connected to it (a
/// container platform, servers on premises): the load balancer may send to
/// `range` on the target port, and each address is registered.
#[derive(Debug, Clone, PartialEq)]
pub struct Addresses {
    id: LogicalId,
    ips: Vec<std::net::Ipv4Addr>,
    range: crate::vpc::Cidr,
}

impl Addresses {
    /// The addresses `ips`, all inside `range`, named `id`.
    pub fn new(
        id: &str,
        ips: Vec<std::net::Ipv4Addr>,
        range: crate::vpc::Cidr,
    ) -> crate::error::Result<Addresses> {
        let id = LogicalId::new(id)?;
        let outside: Vec<String> = ips
            .iter()
            .filter(|ip| {
                !range.contains(&format!("{ip}/32").parse().unwrap_or(crate::vpc::Cidr::ANY))
            })
            .map(ToString::to_string)
            .collect();
        if ips.is_empty() || !outside.is_empty() {
            return Err(Error::invalid(
                id.as_str(),
                "Targets",
                outside.join(", "),
                "give one or more addresses, each inside the range",
            ));
        }
        Ok(Addresses { id, ips, range })
    }
}

impl Target for Addresses {
    fn target_id(&self) -> &LogicalId {
        &self.id
    }
    fn target_type(&self) -> &'static str {
        "ip"
    }
    fn register(&self, stack: &mut Stack, target_group: &LogicalId, port: u16) {
        for ip in &self.ips {
            stack.contribute(target_group, json!({ "Id": ip.to_string(), "Port": port }));
        }
    }
    fn admit(
        &self,
        stack: &mut Stack,
        load_balancer: &SecurityGroupRef,
        port: u16,
        description: String,
    ) {
        load_balancer.add_egress(
            stack,
            Rule::new(self.range, Port::tcp(port)).description(description),
        );
    }
}

/// Which requests a target group receives.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Route {
    /// Every request no other route matches (the listener's default).
    #[default]
    Default,
    /// Requests whose path matches one of these patterns (`/api/*`).
    Paths(Vec<String>),
    /// Requests for one of these host names (`api.example.com`).
    Hosts(Vec<String>),
}

/// How a load balancer forwards to a target.
#[derive(Debug, Clone, PartialEq, Eq, TypedBuilder)]
#[non_exhaustive]
pub struct Forward {
    /// The port the targets listen on.
    pub port: u16,
    /// Which requests go there.
    #[builder(default)]
    pub route: Route,
    /// The path the health check requests.
    #[builder(default = "/".into(), setter(into))]
    pub health_check_path: String,
    /// Plain HTTP to the targets (TLS ends at the load balancer): only with
    /// a waiver of `ELB_TARGETS_HTTPS`.
    #[builder(default, setter(strip_option))]
    pub plain_http: Option<Waiver>,
}

impl Forward {
    /// HTTPS to the targets on `port`, every request, health checks on `/`.
    pub fn https(port: u16) -> Forward {
        Forward::builder().port(port).build()
    }
}

impl LoadBalancerRef {
    /// Puts `action` on the HTTPS listener for the requests `route`
    /// selects: as its default action, or as a listener rule `<owner>Rule`
    /// (priorities 10, 20, ... in the order routes are added).
    fn route(&self, stack: &mut Stack, owner: &LogicalId, route: &Route, action: Json) {
        let patterns: &[String] = match route {
            Route::Default => {
                let taken = stack
                    .contributions_to(&self.https_listener)
                    .iter()
                    .any(|c| c.get("DefaultAction").is_some());
                if taken {
                    stack.error(Error::invalid(
                        owner.as_str(),
                        "DefaultActions",
                        self.https_listener.as_str(),
                        "the listener already has a default target: give this one Route::Paths or Route::Hosts",
                    ));
                } else {
                    stack.contribute(&self.https_listener, json!({ "DefaultAction": action }));
                }
                return;
            }
            Route::Paths(p) | Route::Hosts(p) => p,
        };
        if patterns.is_empty()
            || patterns.len() > 5
            || patterns.iter().any(|p| p.is_empty() || p.len() > 128)
        {
            stack.error(Error::invalid(
                owner.as_str(),
                "Conditions",
                patterns.join(", "),
                "a route takes 1-5 patterns of 1-128 characters",
            ));
            return;
        }
        let (field, key) = match route {
            Route::Paths(_) => ("path-pattern", "PathPatternConfig"),
            _ => ("host-header", "HostHeaderConfig"),
        };
        let rules_so_far = stack
            .resources()
            .iter()
            .filter(|r| {
                r.type_name() == l1::ListenerRule::TYPE
                    && r.properties()["ListenerArn"]["Ref"] == self.https_listener.as_str()
            })
            .count();
        let rule_id = stack.child_id(owner, "Rule");
        let rule = l1::ListenerRule {
            listener_arn: Some(Intrinsic::reference(self.https_listener.as_str()).into()),
            priority: Value::Literal(10 * (rules_so_far as i64 + 1)),
            ..Default::default()
        };
        stack
            .add_resource(Resource::new(rule_id, &rule))
            .set("/Actions", json!([action]))
            .set(
                "/Conditions",
                json!([{ "Field": field, key: { "Values": patterns } }]),
            );
    }

    /// Answers the requests `route` selects with a fixed response (`404`,
    /// `503` for maintenance, ...) of this status and plain-text body, as
    /// `<load balancer><id>Rule` (or the listener's default).
    pub fn add_fixed_response(
        &self,
        stack: &mut Stack,
        id: &str,
        route: Route,
        status: u16,
        body: &str,
    ) {
        let owner = stack.child_id(&self.id, &heck::ToUpperCamelCase::to_upper_camel_case(id));
        if !(200..=599).contains(&status) || body.len() > 1024 {
            stack.error(Error::invalid(
                owner.as_str(),
                "FixedResponseConfig",
                format!("{status} ({} bytes)", body.len()),
                "a fixed response has a status of 200-599 and a body of at most 1024 bytes",
            ));
            return;
        }
        let action = json!({
            "Type": "fixed-response",
            "FixedResponseConfig": {
                "StatusCode": status.to_string(),
                "ContentType": "text/plain",
                "MessageBody": body
            }
        });
        self.route(stack, &owner, &route, action);
    }

    /// Forwards the requests `route` selects to a Lambda function: a target
    /// group of type `lambda` (as `<load balancer><function>`) and the
    /// permission that lets Elastic Load Balancing invoke the function from
    /// this account's target groups in the region (not this one by ARN: the
    /// group needs the permission before it can exist).
    pub fn add_function(
        &self,
        stack: &mut Stack,
        function: &crate::lambda::FunctionRef,
        route: Route,
    ) -> TargetGroupRef {
        let tg_id = stack.child_id(&self.id, function.id().as_str());
        let permission = stack.child_id(&tg_id, "Invoke");
        let permission = function.allow_invoke(
            stack,
            permission,
            "elasticloadbalancing.amazonaws.com",
            Intrinsic::sub(
                "arn:${AWS::Partition}:elasticloadbalancing:${AWS::Region}:${AWS::AccountId}:targetgroup/*",
            )
            .into(),
        );
        let tg = l1::TargetGroup {
            target_type: Some("lambda".into()),
            health_check_enabled: Some(Value::Literal(false)),
            targets: Some(vec![l1::target_group::TargetDescription {
                id: function.arn(),
                ..Default::default()
            }]),
            ..Default::default()
        };
        stack
            .add_resource(Resource::new(tg_id.clone(), &tg))
            .depends_on(&permission);
        let action = json!({ "Type": "forward", "TargetGroupArn": { "Ref": tg_id.as_str() } });
        self.route(stack, &tg_id, &route, action);
        TargetGroupRef {
            id: tg_id,
            load_balancer: self.id.clone(),
        }
    }

    /// The load balancer's ARN (`Ref`).
    pub fn arn(&self) -> Value<String> {
        self.reference()
    }

    /// The DNS name clients use.
    pub fn dns_name(&self) -> Value<String> {
        self.get_att("DNSName")
    }

    /// The Route 53 hosted zone of the DNS name, for alias records.
    pub fn canonical_hosted_zone_id(&self) -> Value<String> {
        self.get_att("CanonicalHostedZoneID")
    }

    /// The load balancer's security group.
    pub fn security_group(&self) -> &SecurityGroupRef {
        &self.security_group
    }

    /// Forwards the requests `forward.route` selects to `target` over
    /// HTTPS (or plain HTTP with a waiver) on `forward.port`: a target
    /// group with health checks, the route on the HTTPS listener, and the
    /// security-group rules both ways (the load balancer's egress to the
    /// target, the target's ingress from the load balancer).
    pub fn add_target(
        &self,
        stack: &mut Stack,
        target: &impl Target,
        forward: Forward,
    ) -> TargetGroupRef {
        let tg_id = stack.child_id(&self.id, &format!("{}{}", target.target_id(), forward.port));
        let mut problems = Vec::new();
        if forward.port == 0 {
            problems.push(Error::invalid(
                tg_id.as_str(),
                "Port",
                forward.port,
                "a target port is 1-65535",
            ));
        }
        let path_ok = forward.health_check_path.starts_with('/')
            && forward.health_check_path.len() <= 1024
            && forward
                .health_check_path
                .chars()
                .all(|c| c.is_ascii_graphic());
        if !path_ok {
            problems.push(Error::invalid(
                tg_id.as_str(),
                "HealthCheckPath",
                &forward.health_check_path,
                "a health check path starts with / and has at most 1024 visible ASCII characters",
            ));
        }
        stack.errors_from(problems);
        let protocol = if forward.plain_http.is_some() {
            "HTTP"
        } else {
            "HTTPS"
        };
        let tg = l1::TargetGroup {
            vpc_id: Some(self.vpc_id.clone()),
            port: Some(Value::Literal(i64::from(forward.port))),
            protocol: Some(protocol.into()),
            protocol_version: Some("HTTP1".into()),
            target_type: Some(target.target_type().into()),
            health_check_enabled: Some(Value::Literal(true)),
            health_check_protocol: Some(protocol.into()),
            health_check_path: Some(forward.health_check_path.as_str().into()),
            health_check_interval_seconds: Some(Value::Literal(15)),
            healthy_threshold_count: Some(Value::Literal(2)),
            unhealthy_threshold_count: Some(Value::Literal(3)),
            matcher: Some(l1::target_group::Matcher {
                http_code: Some("200-399".into()),
                ..Default::default()
            }),
            ..Default::default()
        };
        let resource = stack.add_resource(Resource::new(tg_id.clone(), &tg));
        resource
            .set(
                "/TargetGroupAttributes",
                json!([
                    { "Key": "deregistration_delay.timeout_seconds", "Value": "30" },
                    { "Key": "load_balancing.cross_zone.enabled", "Value": "true" }
                ]),
            )
            .takes_contributions(render_targets);
        if let Some(w) = &forward.plain_http {
            resource.waive(w.clone());
        }
        target.register(stack, &tg_id, forward.port);
        let description = format!("{} to {} ({protocol})", self.id, target.target_id());
        target.admit(stack, &self.security_group, forward.port, description);

        let forward_action = json!({
            "Type": "forward",
            "TargetGroupArn": { "Ref": tg_id.as_str() },
        });
        self.route(stack, &tg_id, &forward.route, forward_action);
        TargetGroupRef {
            id: tg_id,
            load_balancer: self.id.clone(),
        }
    }
}

/// A handle to a target group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetGroupRef {
    id: LogicalId,
    load_balancer: LogicalId,
}

impl Handle for TargetGroupRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl TargetGroupRef {
    /// The target group's ARN (`Ref`).
    pub fn arn(&self) -> Value<String> {
        self.reference()
    }

    /// Scales `group` (a target of this group) to keep about `per_target`
    /// requests a minute on each instance, as resource
    /// `<group>RequestScaling`: target tracking on the load balancer's
    /// request count per target.
    pub fn scale_on_requests(&self, stack: &mut Stack, group: &GroupRef, per_target: u32) {
        let pid = stack.child_id(group.id(), "RequestScaling");
        if !(1..=1_000_000).contains(&per_target) {
            stack.error(Error::invalid(
                pid.as_str(),
                "TargetValue",
                per_target,
                "requests per target per minute is 1-1000000",
            ));
            return;
        }
        let label = Intrinsic::join(
            "/",
            vec![
                Intrinsic::get_att(self.load_balancer.as_str(), "LoadBalancerFullName").into(),
                self.get_att("TargetGroupFullName"),
            ],
        );
        let policy = crate::cfn::l1::autoscaling::ScalingPolicy {
            auto_scaling_group_name: group.name(),
            policy_type: Some("TargetTrackingScaling".into()),
            target_tracking_configuration: Some(scaling::TargetTrackingConfiguration {
                predefined_metric_specification: Some(scaling::PredefinedMetricSpecification {
                    predefined_metric_type: "ALBRequestCountPerTarget".into(),
                    resource_label: Some(label.into()),
                }),
                target_value: Value::Literal(f64::from(per_target)),
                ..Default::default()
            }),
            ..Default::default()
        };
        stack.add_resource(Resource::new(pid, &policy));
    }
}

/// A target group's renderer: instances registered after it was added.
fn render_targets(properties: &mut Json, targets: &[Json]) {
    if !targets.is_empty() {
        properties["Targets"] = Json::Array(targets.to_vec());
    }
}

/// The HTTPS listener's renderer: the first target routed by default
/// replaces the 404 answer.
fn render_default_action(properties: &mut Json, contributions: &[Json]) {
    if let Some(action) = contributions.iter().find_map(|c| c.get("DefaultAction")) {
        properties["DefaultActions"] = json!([action]);
    }
}

impl LoadBalancer {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut err = |property: &str, value: &dyn std::fmt::Display, rule: &str| {
            errors.push(Error::invalid(id.as_str(), property, value, rule));
        };
        if !(1..=4000).contains(&self.idle_timeout_seconds) {
            err(
                "LoadBalancerAttributes",
                &self.idle_timeout_seconds,
                "idle_timeout.timeout_seconds is 1-4000",
            );
        }
        let tier = self.tier();
        if self.vpc.subnets(tier).len() < 2 {
            err(
                "Subnets",
                &format!("{tier:?}"),
                "an application load balancer needs subnets of its tier in at least two zones",
            );
        }
        if self.scheme == Scheme::Internal && self.clients != Clients::Anyone {
            err(
                "SecurityGroupIngress",
                &"CloudFront",
                "an internal load balancer admits its VPC; Clients::CloudFront is for internet-facing ones",
            );
        }
        if let Clients::CloudFront(Value::Literal(id)) = &self.clients {
            let ok = id.strip_prefix("pl-").is_some_and(|h| {
                (8..=17).contains(&h.len()) && h.chars().all(|c| c.is_ascii_hexdigit())
            });
            if !ok {
                err(
                    "SourcePrefixListId",
                    id,
                    "a prefix list id is pl- and 8-17 hexadecimal digits",
                );
            }
        }
        if self.scheme == Scheme::InternetFacing
            && self.web_acl.is_none()
            && self.no_web_acl.is_none()
        {
            err(
                "WebACLArn",
                &"none",
                "an internet-facing load balancer takes .web_acl(&acl), or .no_web_acl(waiver) naming ELB_WAF_ENABLED",
            );
        }
        errors
    }

    fn tier(&self) -> Tier {
        match self.scheme {
            Scheme::Internal => Tier::Private,
            Scheme::InternetFacing => Tier::Public,
        }
    }
}

impl Construct for LoadBalancer {
    type Handle = LoadBalancerRef;

    fn add_to(self, stack: &mut Stack) -> LoadBalancerRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let sg_id = stack.child_id(&id, "SecurityGroup");
        let security_group = stack.add(
            SecurityGroup::builder()
                .id(sg_id.to_string())
                .vpc(&self.vpc)
                .description(format!("{id}: HTTPS from clients, to its targets only"))
                .build(),
        );
        match self.scheme {
            Scheme::Internal => security_group.add_ingress(
                stack,
                Rule::new(self.vpc.cidr(), Port::tcp(443)).description("HTTPS from the VPC"),
            ),
            Scheme::InternetFacing => match &self.clients {
                Clients::Anyone => {
                    for (port, what) in [(443, "HTTPS"), (80, "HTTP, redirected to HTTPS")] {
                        front_door(stack, &id, &security_group, port, what);
                    }
                }
                Clients::CloudFront(prefix_list) => security_group.add_ingress(
                    stack,
                    Rule::new(Peer::PrefixList(prefix_list.clone()), Port::tcp(443))
                        .description("HTTPS from the CloudFront origin-facing servers"),
                ),
            },
        }

        let prefix = format!("elb/{id}");
        let bucket = stack.load_balancer_logs(&prefix);
        let scheme = match self.scheme {
            Scheme::Internal => "internal",
            Scheme::InternetFacing => "internet-facing",
        };
        let l1 = l1::LoadBalancer {
            r#type: Some("application".into()),
            scheme: Some(scheme.into()),
            ip_address_type: Some("ipv4".into()),
            subnets: Some(
                self.vpc
                    .subnets(self.tier())
                    .iter()
                    .map(|s| s.subnet_id())
                    .collect(),
            ),
            security_groups: Some(vec![security_group.group_id()]),
            ..Default::default()
        };
        let attribute = |key: &str, value: Json| json!({ "Key": key, "Value": value });
        let resource = stack.add_resource(Resource::new(id.clone(), &l1));
        resource.set(
            "/LoadBalancerAttributes",
            json!([
                attribute("access_logs.s3.enabled", json!("true")),
                attribute("access_logs.s3.bucket", json!(bucket)),
                attribute("access_logs.s3.prefix", json!(prefix)),
                attribute(
                    "deletion_protection.enabled",
                    json!(self.deletable.is_none().to_string()),
                ),
                attribute(
                    "routing.http.drop_invalid_header_fields.enabled",
                    json!("true")
                ),
                attribute("routing.http.desync_mitigation_mode", json!("strictest")),
                attribute(
                    "idle_timeout.timeout_seconds",
                    json!(self.idle_timeout_seconds.to_string()),
                ),
                attribute(
                    "routing.http.x_amzn_tls_version_and_cipher_suite.enabled",
                    json!("true")
                ),
                attribute("routing.http.xff_client_port.enabled", json!("true")),
            ]),
        );
        for w in [self.deletable.clone(), self.no_web_acl.clone()]
            .into_iter()
            .flatten()
        {
            resource.waive(w);
        }

        let https_id = stack.child_id(&id, "Https");
        let https = l1::Listener {
            load_balancer_arn: Intrinsic::reference(id.as_str()).into(),
            port: Some(Value::Literal(443)),
            protocol: Some("HTTPS".into()),
            ssl_policy: Some(TLS_POLICY.into()),
            certificates: Some(vec![l1::listener::Certificate {
                certificate_arn: Some(self.certificate.arn()),
            }]),
            default_actions: vec![l1::listener::Action {
                r#type: "fixed-response".into(),
                fixed_response_config: Some(l1::listener::FixedResponseConfig {
                    status_code: "404".into(),
                    content_type: Some("text/plain".into()),
                    message_body: Some("Not found".into()),
                }),
                ..Default::default()
            }],
            ..Default::default()
        };
        stack
            .add_resource(Resource::new(https_id.clone(), &https))
            .takes_contributions(render_default_action);

        let http_id = stack.child_id(&id, "Http");
        let http = l1::Listener {
            load_balancer_arn: Intrinsic::reference(id.as_str()).into(),
            port: Some(Value::Literal(80)),
            protocol: Some("HTTP".into()),
            default_actions: vec![l1::listener::Action {
                r#type: "redirect".into(),
                redirect_config: Some(l1::listener::RedirectConfig {
                    protocol: Some("HTTPS".into()),
                    port: Some("443".into()),
                    status_code: "HTTP_301".into(),
                    ..Default::default()
                }),
                ..Default::default()
            }],
            ..Default::default()
        };
        stack
            .add_resource(Resource::new(http_id, &http))
            .waive(Waiver::answered(&duties::HTTP_REDIRECT));

        if let Some(acl) = &self.web_acl {
            acl.associate(stack, &id, Intrinsic::reference(id.as_str()).into());
        }
        LoadBalancerRef {
            id,
            https_listener: https_id,
            security_group,
            vpc_id: self.vpc.vpc_id(),
        }
    }
}

/// An internet-facing load balancer's ingress from anywhere on `port`,
/// marked in its `Metadata` as the front door of load balancer `lb`:
/// stackward's rule on ingress from anywhere accepts it on 80 and 443
/// only, and `check::front_doors` proves the load balancer exists, is
/// internet-facing and holds the group.
fn front_door(stack: &mut Stack, lb: &LogicalId, group: &SecurityGroupRef, port: u16, what: &str) {
    let rid = stack.child_id(group.id(), &format!("FromAnyIpv4Tcp{port}"));
    let l1 = SecurityGroupIngress {
        group_id: Some(group.group_id()),
        ip_protocol: "tcp".into(),
        from_port: Some(Value::Literal(i64::from(port))),
        to_port: Some(Value::Literal(i64::from(port))),
        cidr_ip: Some("0.0.0.0/0".into()),
        description: Some(format!("{what} from the internet").into()),
        ..Default::default()
    };
    stack
        .add_resource(Resource::new(rid, &l1))
        .metadata(INTERNET_FACING, json!(lb.as_str()));
}

/// The `Metadata` key that marks an ingress rule as the front door of an
/// internet-facing load balancer (its value: the load balancer's id).
pub const INTERNET_FACING: &str = "InternetFacingLoadBalancer";

impl From<&LoadBalancerRef> for Peer {
    fn from(lb: &LoadBalancerRef) -> Peer {
        Peer::Group(lb.security_group.clone())
    }
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "elb",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[
        &duties::LOAD_BALANCER_DUTIES,
        &duties::LISTENER_DUTIES,
        &duties::LISTENER_RULE_DUTIES,
        &duties::TARGET_GROUP_DUTIES,
    ],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[&duties::HTTP_REDIRECT],
};
