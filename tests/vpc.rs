//! Amazon VPC: what `vpc::Vpc`'s defaults produce (subnets in every zone,
//! NAT, flow logs), and the typed errors for CIDRs and subnet sizing.

mod common;

use common::{cidr, of_type, problem_texts as problems, three_tiers};
use stackward::prelude::*;
use stackward::vpc::{Cidr, FlowLogs, InterfaceEndpoint, Nat, Subnets, Tier};

#[test]
fn cidrs_are_parsed_and_checked() {
    for (text, rule) in [
        ("10.0.0.0", "must be an IPv4 block such as 10.0.0.0/16"),
        (
            "10.0.0.300/16",
            "the address must be four numbers 0-255 such as 10.0.0.0",
        ),
        ("10.0.0.0/40", "the prefix length must be a number 0-32"),
        (
            "10.0.1.0/16",
            "has host bits set: the block starts at 10.0.0.0/16",
        ),
    ] {
        let e = text.parse::<Cidr>().unwrap_err();
        assert_eq!(
            e,
            Error::InvalidValue {
                resource: "Cidr".into(),
                property: "CidrBlock".into(),
                value: text.into(),
                rule: rule.into()
            }
        );
    }
}

#[test]
fn subnets_are_laid_out_without_overlap_in_every_zone() {
    let mut stack = Stack::new("Net").unwrap();
    let net = three_tiers(&mut stack);
    let all: Vec<_> = [Tier::Public, Tier::Private, Tier::Isolated]
        .into_iter()
        .flat_map(|t| net.subnets(t))
        .collect();
    assert_eq!(all.len(), 9);
    for (i, a) in all.iter().enumerate() {
        assert!(net.cidr().contains(&a.cidr()), "{}", a.cidr());
        for b in &all[i + 1..] {
            assert!(!a.cidr().overlaps(&b.cidr()), "{} {}", a.cidr(), b.cidr());
        }
    }
    assert_eq!(net.subnet_group("data").len(), 3);
    let t = stack.synth().unwrap();
    let json = t.json();
    assert_eq!(of_type(json, "AWS::EC2::NatGateway").len(), 3);
    assert_eq!(of_type(json, "AWS::EC2::InternetGateway").len(), 1);
    let zone = &json["Resources"]["NetDataSubnet3"]["Properties"]["AvailabilityZone"];
    assert_eq!(zone["Fn::Select"][0], 2);
    assert_eq!(zone["Fn::Select"][1]["Fn::GetAZs"], "");
    // Isolated subnets have no route out; private ones go through their zone's NAT.
    let routes = of_type(json, "AWS::EC2::Route");
    assert!(routes
        .iter()
        .all(|(id, _)| !id.starts_with("NetDataSubnet")));
    let private2 = &json["Resources"]["NetPrivateSubnet2DefaultRoute"]["Properties"];
    assert_eq!(
        private2["NatGatewayId"]["Ref"],
        "NetPublicSubnet2NatGateway"
    );
    // The S3 gateway endpoint serves every route table.
    let s3 = &json["Resources"]["NetS3Endpoint"]["Properties"];
    assert_eq!(s3["RouteTableIds"].as_array().unwrap().len(), 9);
}

#[test]
fn a_shared_nat_and_an_isolated_only_vpc() {
    let mut stack = Stack::new("Net").unwrap();
    stack.add(
        vpc::Vpc::builder()
            .id("shared")
            .cidr(cidr("10.1.0.0/16"))
            .nat(Nat::Shared)
            .build(),
    );
    stack.add(
        vpc::Vpc::builder()
            .id("closed")
            .cidr(cidr("10.2.0.0/24"))
            .subnets(vec![Subnets::isolated(26)])
            .interface_endpoints(InterfaceEndpoint::SESSION_MANAGER.to_vec())
            .build(),
    );
    let t = stack.synth().unwrap();
    let json = t.json();
    let nats = of_type(json, "AWS::EC2::NatGateway");
    assert_eq!(nats.len(), 1);
    for zone in ["1", "2"] {
        let route = &json["Resources"][format!("SharedPrivateSubnet{zone}DefaultRoute")];
        assert_eq!(
            route["Properties"]["NatGatewayId"]["Ref"],
            "SharedPublicSubnet1NatGateway"
        );
    }
    assert!(json["Resources"]["ClosedInternetGateway"].is_null());
    let ssm = &json["Resources"]["ClosedSsmEndpoint"]["Properties"];
    assert_eq!(ssm["VpcEndpointType"], "Interface");
    assert_eq!(ssm["PrivateDnsEnabled"], true);
    assert_eq!(ssm["SubnetIds"][1]["Ref"], "ClosedIsolatedSubnet2");
    let sg = &json["Resources"]["ClosedEndpointsSecurityGroup"]["Properties"];
    assert_eq!(sg["SecurityGroupIngress"][0]["CidrIp"], "10.2.0.0/24");
    assert_eq!(sg["SecurityGroupIngress"][0]["FromPort"], 443);
}

#[test]
fn flow_logs_go_to_an_encrypted_group_through_a_role_scoped_to_it() {
    let mut stack = Stack::new("Net").unwrap();
    let net = three_tiers(&mut stack);
    let group = net.flow_logs().unwrap().clone();
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    let flow = &r["NetFlowLog"]["Properties"];
    assert_eq!(flow["ResourceId"]["Ref"], "Net");
    assert_eq!(flow["TrafficType"], "ALL");
    assert_eq!(flow["LogGroupName"]["Ref"], group.id().as_str());
    let logs = &r[group.id().as_str()]["Properties"];
    assert_eq!(logs["KmsKeyId"]["Fn::GetAtt"][0], "DefaultKey");
    assert_eq!(logs["RetentionInDays"], 365);
    let role = &r["NetFlowLogsRole"]["Properties"];
    let trust = &role["AssumeRolePolicyDocument"]["Statement"][0];
    assert_eq!(trust["Principal"]["Service"], "vpc-flow-logs.amazonaws.com");
    assert_eq!(
        trust["Condition"]["StringEquals"]["aws:SourceAccount"]["Ref"],
        "AWS::AccountId"
    );
    let statement = &role["Policies"][0]["PolicyDocument"]["Statement"][0];
    assert_eq!(
        statement["Resource"][0]["Fn::GetAtt"][0],
        group.id().as_str()
    );
    assert!(statement["Action"].as_array().unwrap().iter().all(|a| a
        .as_str()
        .unwrap()
        .starts_with("logs:")
        && !a.as_str().unwrap().contains('*')));
}

#[test]
fn less_than_the_network_defaults_needs_a_waiver() {
    let flow_waiver = Waiver::new(
        "sandbox VPC, no traffic worth keeping",
        ["VPC_FLOW_LOGS_ENABLED"],
    )
    .unwrap();
    let ip_waiver = Waiver::new(
        "public test hosts",
        ["SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED"],
    )
    .unwrap();
    let mut stack = Stack::new("Sandbox").unwrap();
    stack.add(
        vpc::Vpc::builder()
            .id("sandbox")
            .cidr(cidr("10.9.0.0/16"))
            .subnets(vec![Subnets::public(24)])
            .flow_logs(FlowLogs::Disabled(flow_waiver))
            .public_ip_on_launch(ip_waiver)
            .build(),
    );
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    assert!(r["SandboxFlowLog"].is_null());
    assert_eq!(
        r["SandboxPublicSubnet1"]["Properties"]["MapPublicIpOnLaunch"],
        true
    );
    let report = t.report();
    let waived: Vec<&str> = report
        .resources
        .iter()
        .flat_map(|r| r.waived.iter().map(|w| w.rule.as_str()))
        .collect();
    assert!(waived.contains(&"VPC_FLOW_LOGS_ENABLED"), "{waived:?}");
    assert!(
        waived.contains(&"SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED"),
        "{waived:?}"
    );
}

#[test]
fn vpc_sizing_errors_name_the_vpc_and_the_rule() {
    let cases: Vec<(vpc::Vpc, &str)> = vec![
        (
            vpc::Vpc::builder().id("big").cidr(cidr("10.0.0.0/8")).build(),
            "Big.CidrBlock = \"10.0.0.0/8\": a VPC's block must be /16 to /28",
        ),
        (
            vpc::Vpc::builder().id("zones").cidr(cidr("10.0.0.0/16")).zones(7).build(),
            "Zones.AvailabilityZone = \"7\": the number of zones must be 1-6",
        ),
        (
            vpc::Vpc::builder()
                .id("small")
                .cidr(cidr("10.0.0.0/24"))
                .subnets(vec![Subnets::public(25), Subnets::private(25)])
                .build(),
            "Small.Subnets = \"10.0.0.0/24\": too small: the subnets need 512 addresses in 2 zone(s) beside 0 fixed, the VPC holds 256",
        ),
        (
            vpc::Vpc::builder()
                .id("tiny")
                .cidr(cidr("10.0.0.0/16"))
                .subnets(vec![Subnets::isolated(29)])
                .build(),
            "Tiny.Subnets = \"isolated /29\": a subnet must be /16 to /28",
        ),
        (
            vpc::Vpc::builder()
                .id("nat")
                .cidr(cidr("10.0.0.0/16"))
                .subnets(vec![Subnets::private(24)])
                .build(),
            "Nat.Subnets = \"private\": private subnets leave through NAT gateways in a public tier: add Subnets::public, or use Subnets::isolated for no route out",
        ),
        (
            vpc::Vpc::builder()
                .id("overlap")
                .cidr(cidr("10.0.0.0/16"))
                .subnets(vec![
                    Subnets::isolated(24).cidrs(vec![cidr("10.0.0.0/24"), cidr("10.0.1.0/24")]),
                    Subnets::isolated(24)
                        .named("more")
                        .cidrs(vec![cidr("10.0.1.0/25"), cidr("10.0.2.0/24")]),
                ])
                .build(),
            "Overlap.Subnets = \"10.0.1.0/25\": overlaps 10.0.1.0/24",
        ),
        (
            vpc::Vpc::builder()
                .id("outside")
                .cidr(cidr("10.0.0.0/16"))
                .subnets(vec![Subnets::isolated(24).cidrs(vec![cidr("10.0.0.0/24"), cidr("10.1.0.0/24")])])
                .build(),
            "Outside.Subnets = \"10.1.0.0/24\": a subnet must be /16 to /28 and inside the VPC's block",
        ),
        (
            vpc::Vpc::builder()
                .id("twice")
                .cidr(cidr("10.0.0.0/16"))
                .subnets(vec![Subnets::isolated(24), Subnets::isolated(24)])
                .build(),
            "Twice.Subnets = \"isolated\": two subnet groups have the same name: name one with Subnets::named",
        ),
    ];
    for (v, expected) in cases {
        let mut stack = Stack::new("Sizes").unwrap();
        stack.add(v);
        let got = problems(&stack);
        assert!(
            got.iter().any(|p| p == expected),
            "{expected}\n got {got:?}"
        );
    }
}

#[test]
fn fixed_and_computed_subnets_share_the_range() {
    let mut stack = Stack::new("Mixed").unwrap();
    let net = stack.add(
        vpc::Vpc::builder()
            .id("mixed")
            .cidr(cidr("10.0.0.0/16"))
            .subnets(vec![
                Subnets::public(24),
                Subnets::isolated(24).cidrs(vec![cidr("10.0.0.0/24"), cidr("10.0.2.0/24")]),
            ])
            .build(),
    );
    let public: Vec<String> = net
        .subnets(Tier::Public)
        .iter()
        .map(|s| s.cidr().to_string())
        .collect();
    assert_eq!(public, ["10.0.1.0/24", "10.0.3.0/24"]);
    stack.synth().unwrap();
}
