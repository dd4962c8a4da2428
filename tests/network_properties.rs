//! Property tests for the network and compute constructs: arbitrary valid
//! VPC, security group and instance configurations synthesize; every Guard
//! rule passes unless a waiver on the resource names it; subnets never
//! overlap; the report claims only what the template shows; the output is
//! deterministic.

use proptest::prelude::*;
use serde_json::Value as Json;
use stackward::check;
use stackward::ec2::{Direction, Patching, Peer, Port, Rule, SecurityGroup, Volume};
use stackward::prelude::*;
use stackward::vpc::{Cidr, FlowLogs, GatewayEndpoint, InterfaceEndpoint, Nat, Subnets, Tier};
mod common;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 128,
        ..ProptestConfig::default()
    }
}

#[derive(Debug, Clone)]
struct VpcSpec {
    second_octet: u8,
    prefix: u8,
    zones: u8,
    public: Option<u8>,
    private: Option<u8>,
    isolated: Option<u8>,
    shared_nat: bool,
    flow_logs: bool,
    s3_endpoint: bool,
    endpoints: Vec<InterfaceEndpoint>,
    public_ips: bool,
}

fn vpc_spec() -> impl Strategy<Value = VpcSpec> {
    (
        any::<u8>(),
        16u8..=18,
        1u8..=3,
        proptest::option::of(24u8..=27),
        proptest::option::of(20u8..=26),
        proptest::option::of(22u8..=28),
        any::<bool>(),
        prop::bool::weighted(0.8),
        any::<bool>(),
        proptest::sample::subsequence(
            vec![
                InterfaceEndpoint::Ssm,
                InterfaceEndpoint::Kms,
                InterfaceEndpoint::Logs,
            ],
            0..=3,
        ),
        prop::bool::weighted(0.2),
    )
        .prop_map(
            |(
                second_octet,
                prefix,
                zones,
                public,
                private,
                isolated,
                shared_nat,
                flow_logs,
                s3_endpoint,
                endpoints,
                public_ips,
            )| {
                // Private subnets need a public tier for their NAT; a VPC needs a subnet.
                let public = if private.is_some() || (isolated.is_none() && public.is_none()) {
                    public.or(Some(24))
                } else {
                    public
                };
                VpcSpec {
                    second_octet,
                    prefix,
                    zones,
                    public,
                    private,
                    isolated,
                    shared_nat,
                    flow_logs,
                    s3_endpoint,
                    endpoints,
                    public_ips,
                }
            },
        )
}

#[derive(Debug, Clone)]
struct RuleSpec {
    peer: u8,
    port: Port,
    egress: bool,
}

fn port() -> impl Strategy<Value = Port> {
    prop_oneof![
        any::<u16>().prop_map(Port::tcp),
        (1u16..=65535, 0u16..=2000)
            .prop_map(|(a, span)| Port::tcp_range(a, a.saturating_add(span))),
        any::<u16>().prop_map(Port::udp),
        Just(Port::icmp()),
        Just(Port::all_traffic()),
        prop::sample::select(vec![22u16, 3389, 3306, 5432, 443, 80]).prop_map(Port::tcp),
    ]
}

fn rule_spec() -> impl Strategy<Value = RuleSpec> {
    (0u8..5, port(), any::<bool>()).prop_map(|(peer, port, egress)| RuleSpec { peer, port, egress })
}

#[derive(Debug, Clone)]
struct InstanceSpec {
    instance_type: &'static str,
    volumes: u8,
    delete_volumes: bool,
    patch: bool,
    public_ip: bool,
    user_data: Option<String>,
    root: Option<u32>,
    tier: Tier,
}

fn instance_spec() -> impl Strategy<Value = InstanceSpec> {
    (
        prop::sample::select(vec![
            "m7g.medium",
            "c7i.large",
            "r7g.2xlarge",
            "m6i.xlarge",
            "t3.micro",
            "t4g.small",
            "m5.large",
        ]),
        0u8..3,
        any::<bool>(),
        prop::bool::weighted(0.8),
        prop::bool::weighted(0.2),
        proptest::option::of("[ -~]{0,200}"),
        proptest::option::of(8u32..100),
        prop::sample::select(vec![Tier::Private, Tier::Isolated, Tier::Public]),
    )
        .prop_map(
            |(instance_type, volumes, delete_volumes, patch, public_ip, user_data, root, tier)| {
                InstanceSpec {
                    instance_type,
                    volumes,
                    delete_volumes,
                    patch,
                    public_ip,
                    user_data,
                    root,
                    tier,
                }
            },
        )
}

fn waiver(rules: &[&str]) -> Waiver {
    Waiver::new("a reason the property test gives", rules.iter().copied()).unwrap()
}

fn encrypts_in_transit(t: &str) -> bool {
    ["m7g.", "c7i.", "r7g.", "m6i."]
        .iter()
        .any(|p| t.starts_with(p))
}

fn build(v: &VpcSpec, rules: &[RuleSpec], instances: &[InstanceSpec]) -> Stack {
    let mut stack = Stack::new("Props").unwrap();
    let cidr = Cidr::new(std::net::Ipv4Addr::new(10, v.second_octet, 0, 0), v.prefix).unwrap();
    let mut subnets = Vec::new();
    subnets.extend(v.public.map(Subnets::public));
    subnets.extend(v.private.map(Subnets::private));
    subnets.extend(v.isolated.map(Subnets::isolated));
    let builder = vpc::Vpc::builder()
        .id("net")
        .cidr(cidr)
        .zones(v.zones)
        .subnets(subnets)
        .nat(if v.shared_nat {
            Nat::Shared
        } else {
            Nat::PerZone
        })
        .flow_logs(if v.flow_logs {
            FlowLogs::default()
        } else {
            FlowLogs::Disabled(waiver(&["VPC_FLOW_LOGS_ENABLED"]))
        })
        .gateway_endpoints(if v.s3_endpoint {
            vec![GatewayEndpoint::S3]
        } else {
            vec![]
        })
        .interface_endpoints(if v.private.is_some() || v.isolated.is_some() {
            v.endpoints.clone()
        } else {
            vec![]
        });
    let net = if v.public_ips {
        stack.add(
            builder
                .public_ip_on_launch(waiver(&["SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED"]))
                .build(),
        )
    } else {
        stack.add(builder.build())
    };

    let a = stack.add(SecurityGroup::builder().id("a").vpc(&net).build());
    let b = stack.add(SecurityGroup::builder().id("b").vpc(&net).build());
    for r in rules {
        let peer = match r.peer {
            0 => Peer::any_ipv4(),
            1 => Peer::AnyIpv6,
            2 => Peer::Ipv4(net.cidr()),
            3 => Peer::Group(b.clone()),
            _ => Peer::Ipv4("192.0.2.0/24".parse().unwrap()),
        };
        let rule = Rule::new(peer, r.port);
        let direction = if r.egress {
            Direction::Egress
        } else {
            Direction::Ingress
        };
        let needed = rule.rules_to_waive(direction);
        let rule = if needed.is_empty() {
            rule
        } else {
            rule.waived(waiver(&needed))
        };
        match direction {
            Direction::Ingress => a.add_ingress(&mut stack, rule),
            Direction::Egress => a.add_egress(&mut stack, rule),
        }
    }

    for (i, s) in instances.iter().enumerate() {
        let Some(subnet) = net.subnets(s.tier).into_iter().next() else {
            continue;
        };
        let volumes = (0..s.volumes)
            .map(|n| {
                let v = Volume::builder()
                    .device(format!("/dev/sd{}", (b'f' + n) as char))
                    .size_gib(10 + u32::from(n));
                if s.delete_volumes {
                    v.delete_on_termination(waiver(&["EBS_DATA_VOLUMES_RETAINED"]))
                        .build()
                } else {
                    v.build()
                }
            })
            .collect();
        let mut waivers = Vec::new();
        if !encrypts_in_transit(s.instance_type) {
            waivers.push("EC2_NITRO_ENCRYPTION_IN_TRANSIT");
        }
        if s.public_ip {
            waivers.push("EC2_INSTANCE_NO_PUBLIC_IP");
        }
        let builder = ec2::Instance::builder()
            .id(format!("host{i}"))
            .vpc(&net)
            .instance_type(s.instance_type)
            .subnet(subnet)
            .volumes(volumes)
            .patching(if s.patch {
                Patching::default()
            } else {
                Patching::Elsewhere(waiver(&["EC2_PATCHING_AUTOMATED"]))
            });
        // Each optional setting is a different builder type; spell out the
        // combinations the spec can ask for.
        let instance = match (
            s.public_ip,
            encrypts_in_transit(s.instance_type),
            &s.user_data,
            s.root,
        ) {
            (true, false, _, _) => builder
                .public_ip(waiver(&waivers))
                .unencrypted_transit(waiver(&waivers))
                .build(),
            (true, true, _, _) => builder.public_ip(waiver(&waivers)).build(),
            (false, false, Some(d), _) => builder
                .unencrypted_transit(waiver(&waivers))
                .user_data(d.clone())
                .build(),
            (false, false, None, _) => builder.unencrypted_transit(waiver(&waivers)).build(),
            (false, true, Some(d), Some(root)) => {
                builder.user_data(d.clone()).root_size_gib(root).build()
            }
            (false, true, _, _) => builder.build(),
        };
        stack.add(instance);
    }
    stack
}

fn waived_rules(resource: &Json) -> Vec<&str> {
    resource["Metadata"]["guard"]["SuppressedRules"]
        .as_array()
        .map(|a| a.iter().filter_map(Json::as_str).collect())
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn valid_network_configurations_pass_every_rule_unless_waived(
        v in vpc_spec(),
        rules in proptest::collection::vec(rule_spec(), 0..6),
        instances in proptest::collection::vec(instance_spec(), 0..3),
    ) {
        let stack = build(&v, &rules, &instances);
        let template = match stack.synth() {
            Ok(t) => t,
            Err(e) => {
                // The only valid refusal: the requested subnets do not fit.
                let too_small = e.problems().iter().all(|p| p.to_string().contains("too small"));
                prop_assert!(too_small, "{}", e);
                return Ok(());
            }
        };
        let parsed: Json = serde_json::from_str(template.text()).unwrap();
        prop_assert!(check::references(&parsed).is_empty());
        let resources = parsed["Resources"].as_object().unwrap();

        // Every Guard rule passes unless a waiver on the resource names it.
        let report = check::stackward_rules(template.json()).unwrap();
        prop_assert!(report.failures.is_empty(), "{:?}", report.failures);
        for finding in &report.waived {
            if let Some(id) = finding.resource.as_deref() {
                prop_assert!(waived_rules(&resources[id]).contains(&finding.rule.as_str()));
            }
        }

        // Subnets never overlap and lie inside the VPC.
        let vpc_cidr: Cidr = resources["Net"]["Properties"]["CidrBlock"].as_str().unwrap().parse().unwrap();
        let blocks: Vec<Cidr> = resources
            .values()
            .filter(|r| r["Type"] == "AWS::EC2::Subnet")
            .map(|r| r["Properties"]["CidrBlock"].as_str().unwrap().parse().unwrap())
            .collect();
        for (i, a) in blocks.iter().enumerate() {
            prop_assert!(vpc_cidr.contains(a));
            for b in &blocks[i + 1..] {
                prop_assert!(!a.overlaps(b), "{} {}", a, b);
            }
        }

        // No subnet hands out public IPs without the waiver.
        for r in resources.values().filter(|r| r["Type"] == "AWS::EC2::Subnet") {
            let public = r["Properties"]["MapPublicIpOnLaunch"] == true;
            prop_assert!(!public || waived_rules(r).contains(&"SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED"));
        }

        // Every instance: IMDSv2 template, encrypted volumes, protected from
        // termination, patched or waived.
        for (id, r) in resources.iter().filter(|(_, r)| r["Type"] == "AWS::EC2::Instance") {
            let lt = r["Properties"]["LaunchTemplate"]["LaunchTemplateId"]["Ref"].as_str().unwrap();
            prop_assert_eq!(&resources[lt]["Properties"]["LaunchTemplateData"]["MetadataOptions"]["HttpTokens"], "required");
            for m in r["Properties"]["BlockDeviceMappings"].as_array().unwrap() {
                prop_assert_eq!(&m["Ebs"]["Encrypted"], true);
            }
            prop_assert_eq!(&r["Properties"]["DisableApiTermination"], true);
            let patched = resources.values().any(|a| a["Type"] == "AWS::SSM::Association" && a["Properties"]["Targets"][0]["Values"][0]["Ref"] == id.as_str());
            prop_assert!(patched || waived_rules(r).contains(&"EC2_PATCHING_AUTOMATED"), "{}", id);
        }

        // The report is honest about every resource.
        let report = serde_json::to_value(template.report()).unwrap();
        let broken = common::broken_claims(&parsed, &report);
        prop_assert!(broken.is_empty(), "{:?}", broken);

        // Deterministic.
        let again = build(&v, &rules, &instances).synth().unwrap();
        prop_assert_eq!(again.text(), template.text());
    }

    #[test]
    fn arbitrary_cidr_text_parses_or_gives_a_typed_error(text in "[0-9./]{0,20}") {
        match text.parse::<Cidr>() {
            Ok(c) => prop_assert_eq!(c.to_string().parse::<Cidr>().unwrap(), c),
            Err(Error::InvalidValue { resource, property, value, .. }) => {
                prop_assert_eq!(resource, "Cidr");
                prop_assert_eq!(property, "CidrBlock");
                prop_assert_eq!(value, text);
            }
            Err(e) => prop_assert!(false, "{}", e),
        }
    }
}
