//! Amazon EC2: security groups and instances, what their defaults produce,
//! and the typed errors for ports, instance types, volumes and user data.

mod common;

use common::{cidr, of_type, problem_texts as problems, three_tiers};
use stackward::ec2::{Ami, Direction, Patching, Peer, Port, Rule, SecurityGroup, Volume};
use stackward::prelude::*;
use stackward::vpc::Tier;

fn web() -> (Stack, stackward::vpc::VpcRef) {
    let mut stack = Stack::new("Web").unwrap();
    let net = three_tiers(&mut stack);
    (stack, net)
}

#[test]
fn open_ingress_admin_and_database_ports_need_waivers() {
    let cases = [
        (
            Rule::new(Peer::any_ipv4(), Port::tcp(443)),
            vec!["SG_NO_INGRESS_FROM_ANYWHERE"],
        ),
        (
            Rule::new(Peer::AnyIpv6, Port::tcp(80)),
            vec!["SG_NO_INGRESS_FROM_ANYWHERE"],
        ),
        (
            Rule::new(cidr("203.0.113.0/24"), Port::tcp(22)),
            vec!["SG_ADMIN_PORTS_CLOSED"],
        ),
        (
            Rule::new(cidr("10.0.0.0/16"), Port::tcp_range(3000, 4000)),
            vec![
                "SG_ADMIN_PORTS_CLOSED",
                "SG_DATABASE_PORTS_FROM_GROUPS_ONLY",
            ],
        ),
        (
            Rule::new(Peer::any_ipv4(), Port::tcp(5432)),
            vec![
                "SG_NO_INGRESS_FROM_ANYWHERE",
                "SG_DATABASE_PORTS_FROM_GROUPS_ONLY",
            ],
        ),
        (
            Rule::new(Peer::any_ipv4(), Port::all_traffic()),
            vec![
                "SG_NO_INGRESS_FROM_ANYWHERE",
                "SG_ADMIN_PORTS_CLOSED",
                "SG_DATABASE_PORTS_FROM_GROUPS_ONLY",
            ],
        ),
        (Rule::new(cidr("10.0.0.0/16"), Port::tcp(443)), vec![]),
        (Rule::new(cidr("10.0.0.0/16"), Port::icmp()), vec![]),
    ];
    for (rule, needed) in cases {
        assert_eq!(rule.rules_to_waive(Direction::Ingress), needed, "{rule:?}");
        let (mut stack, net) = web();
        stack.add(
            SecurityGroup::builder()
                .id("edge")
                .vpc(&net)
                .ingress(vec![rule.clone()])
                .build(),
        );
        if needed.is_empty() {
            stack.synth().unwrap();
            continue;
        }
        let got = problems(&stack);
        for rule_id in &needed {
            let expected = format!("needs Rule::waived with a Waiver naming {rule_id}");
            assert!(
                got.iter()
                    .any(|p| p.starts_with("Edge.SecurityGroupIngress") && p.ends_with(&expected)),
                "{expected}\n got {got:?}"
            );
        }
        // With a waiver naming every rule, the group synthesizes and the
        // waiver is in its Metadata.
        let (mut stack, net) = web();
        let waiver = Waiver::new("public HTTPS entry point", needed.iter().copied()).unwrap();
        stack.add(
            SecurityGroup::builder()
                .id("edge")
                .vpc(&net)
                .ingress(vec![rule.waived(waiver)])
                .build(),
        );
        let t = stack.synth().unwrap();
        let suppressed = &t.json()["Resources"]["Edge"]["Metadata"]["guard"]["SuppressedRules"];
        for rule_id in needed {
            assert!(suppressed.as_array().unwrap().iter().any(|r| r == rule_id));
        }
    }
}

#[test]
fn egress_of_everything_to_anywhere_needs_a_waiver() {
    let (mut stack, net) = web();
    stack.add(
        SecurityGroup::builder()
            .id("open")
            .vpc(&net)
            .egress(vec![Rule::new(Peer::any_ipv4(), Port::all_traffic())])
            .build(),
    );
    assert_eq!(
        problems(&stack),
        [
            // The Guard rule, run on the template, fails at the same
            // property: reported once, in the construct's words.
            "Open.SecurityGroupEgress = \"all traffic 0.0.0.0/0\": needs Rule::waived with a Waiver naming SG_EGRESS_RESTRICTED",
        ]
    );
}

#[test]
fn a_group_with_no_rules_admits_nothing_and_sends_nothing() {
    let (mut stack, net) = web();
    stack.add(SecurityGroup::builder().id("quiet").vpc(&net).build());
    let t = stack.synth().unwrap();
    let p = &t.json()["Resources"]["Quiet"]["Properties"];
    assert_eq!(p["SecurityGroupIngress"], serde_json::json!([]));
    let egress = p["SecurityGroupEgress"].as_array().unwrap();
    assert_eq!(egress.len(), 1);
    assert_eq!(egress[0]["CidrIp"], "255.255.255.255/32");
}

#[test]
fn connections_write_both_sides_once() {
    let (mut stack, net) = web();
    let lb = stack.add(SecurityGroup::builder().id("lb").vpc(&net).build());
    let app = stack.add(SecurityGroup::builder().id("app").vpc(&net).build());
    app.allow_from(&mut stack, &lb, Port::tcp(8443));
    app.allow_from(&mut stack, &lb, Port::tcp(8443));
    // Database port from a group: no waiver needed.
    let db = stack.add(SecurityGroup::builder().id("db").vpc(&net).build());
    db.allow_from(&mut stack, &app, Port::tcp(5432));
    let t = stack.synth().unwrap();
    let json = t.json();
    assert_eq!(of_type(json, "AWS::EC2::SecurityGroupIngress").len(), 2);
    assert_eq!(of_type(json, "AWS::EC2::SecurityGroupEgress").len(), 2);
    let back = &json["Resources"]["AppToDbTcp5432"]["Properties"];
    assert_eq!(back["GroupId"]["Fn::GetAtt"][0], "App");
    assert_eq!(back["DestinationSecurityGroupId"]["Fn::GetAtt"][0], "Db");
}

#[test]
fn port_ranges_and_descriptions_are_checked() {
    let (mut stack, net) = web();
    let g = stack.add(SecurityGroup::builder().id("g").vpc(&net).build());
    g.allow_from(&mut stack, cidr("10.0.0.0/16"), Port::tcp_range(9000, 8000));
    g.add_ingress(
        &mut stack,
        Rule::new(cidr("10.0.0.0/16"), Port::udp(53)).description("DNS ü"),
    );
    let got = problems(&stack);
    assert!(got.contains(&"GFromCidr10x0x0x0x16Tcp9000To8000.SecurityGroupIngress = \"tcp 9000-8000\": FromPort must not be above ToPort".to_string()), "{got:?}");
    assert!(
        got.iter()
            .any(|p| p.starts_with("GFromCidr10x0x0x0x16Udp53.SecurityGroupIngress = \"DNS ü\"")),
        "{got:?}"
    );
}

fn instance(stack: &mut Stack, net: &stackward::vpc::VpcRef) -> ec2::InstanceRef {
    stack.add(
        ec2::Instance::builder()
            .id("app")
            .vpc(net)
            .instance_type("c7i.large")
            .build(),
    )
}

#[test]
fn an_instance_is_private_hardened_encrypted_and_patched() {
    let (mut stack, net) = web();
    let app = instance(&mut stack, &net);
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    let p = &r["App"]["Properties"];
    assert_eq!(
        p["NetworkInterfaces"][0]["SubnetId"]["Ref"],
        "NetPrivateSubnet1"
    );
    assert_eq!(p["NetworkInterfaces"][0]["AssociatePublicIpAddress"], false);
    assert!(p["KeyName"].is_null());
    assert_eq!(p["Monitoring"], true);
    assert_eq!(p["EbsOptimized"], true);
    assert_eq!(p["DisableApiTermination"], true);
    assert_eq!(p["BlockDeviceMappings"][0]["Ebs"]["VolumeType"], "gp3");
    assert_eq!(p["BlockDeviceMappings"][0]["Ebs"]["Encrypted"], true);
    assert_eq!(p["ImageId"]["Ref"], "AmazonLinux2023X8664");
    assert_eq!(
        t.json()["Parameters"]["AmazonLinux2023X8664"]["Default"],
        "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
    );
    let lt = &r["AppLaunchTemplate"]["Properties"]["LaunchTemplateData"]["MetadataOptions"];
    assert_eq!(lt["HttpTokens"], "required");
    assert_eq!(lt["HttpPutResponseHopLimit"], 1);
    let role = &r[app.role().id().as_str()]["Properties"];
    assert_eq!(
        role["AssumeRolePolicyDocument"]["Statement"][0]["Principal"]["Service"],
        "ec2.amazonaws.com"
    );
    assert_eq!(
        role["ManagedPolicyArns"][0]["Fn::Sub"],
        "arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"
    );
    let sg = &r[app.security_group().id().as_str()]["Properties"];
    assert_eq!(sg["SecurityGroupIngress"], serde_json::json!([]));
    assert_eq!(sg["SecurityGroupEgress"][0]["FromPort"], 443);
    let patch = &r["AppPatching"]["Properties"];
    assert_eq!(patch["Targets"][0]["Values"][0]["Ref"], "App");
    assert_eq!(patch["ScheduleExpression"], "cron(0 3 ? * SUN *)");
    // The report shows patching as automated, with the association as evidence.
    let report = t.report();
    let app_report = report.resources.iter().find(|r| r.id == "App").unwrap();
    let patching = app_report
        .discharged
        .iter()
        .find(|d| d.duty == stackward::duty::Duty::GuestOsPatching)
        .unwrap();
    assert_eq!(patching.pointer, "/Resources/AppPatching/Properties/Name");
}

#[test]
fn graviton_types_get_the_arm64_image_and_fixed_images_are_checked() {
    let (mut stack, net) = web();
    stack.add(
        ec2::Instance::builder()
            .id("a")
            .vpc(&net)
            .instance_type("c7g.large")
            .build(),
    );
    stack.add(
        ec2::Instance::builder()
            .id("b")
            .vpc(&net)
            .instance_type("m7g.xlarge")
            .build(),
    );
    stack.add(
        ec2::Instance::builder()
            .id("c")
            .vpc(&net)
            .instance_type("m7i.large")
            .ami(Ami::Id("ami-0123456789abcdef0".into()))
            .build(),
    );
    let t = stack.synth().unwrap();
    let params = t.json()["Parameters"].as_object().unwrap();
    assert_eq!(params.len(), 1, "one shared image parameter: {params:?}");
    assert_eq!(
        t.json()["Resources"]["A"]["Properties"]["ImageId"]["Ref"],
        "AmazonLinux2023Arm64"
    );
    assert_eq!(
        t.json()["Resources"]["C"]["Properties"]["ImageId"],
        "ami-0123456789abcdef0"
    );
}

#[test]
fn instance_settings_are_validated() {
    let (mut stack, net) = web();
    let other = {
        let mut s = Stack::new("Other").unwrap();
        let v = s.add(
            vpc::Vpc::builder()
                .id("other")
                .cidr(cidr("10.0.0.0/16"))
                .build(),
        );
        v.subnets(Tier::Private)[0].clone()
    };
    let bad = |id: &str| ec2::Instance::builder().id(id).vpc(&net);
    stack.add(bad("t1").instance_type("m7g").build());
    stack.add(bad("t2").instance_type("t2.micro").build());
    stack.add(bad("t3").instance_type("m7g.huge").build());
    stack.add(
        bad("ami")
            .instance_type("m7g.large")
            .ami(Ami::Id("ami-xyz".into()))
            .build(),
    );
    stack.add(
        bad("vols")
            .instance_type("m7g.large")
            .root_size_gib(0)
            .volumes(vec![
                Volume::builder().device("/dev/sda").size_gib(10).build(),
                Volume::builder()
                    .device("/dev/sdf")
                    .size_gib(20_000)
                    .iops(100)
                    .build(),
            ])
            .build(),
    );
    stack.add(
        bad("data")
            .instance_type("m7g.large")
            .user_data("x".repeat(16 * 1024 + 1))
            .build(),
    );
    stack.add(
        bad("cron")
            .instance_type("m7g.large")
            .patching(Patching::Scheduled("every sunday".into()))
            .build(),
    );
    stack.add(
        bad("elsewhere")
            .instance_type("m7g.large")
            .subnet(other)
            .build(),
    );
    let got = problems(&stack);
    for expected in [
        "T1.InstanceType = \"m7g\": must be <family>.<size>, such as m7g.medium",
        "T2.InstanceType = \"t2.micro\": t2 is a previous-generation (Xen) family: choose a Nitro type such as m7g, m7i, c7g or r7g",
        "T3.InstanceType = \"m7g.huge\": must be <family>.<size>, such as m7g.medium",
        "Ami.ImageId = \"ami-xyz\": must be ami- and 8 or 17 lowercase hexadecimal digits",
        "Vols.BlockDeviceMappings = \"0\": a gp3 volume is 1-16384 GiB",
        "Vols.BlockDeviceMappings = \"/dev/sda\": a data volume's device is /dev/sdf-/dev/sdp or /dev/xvdb-/dev/xvdz",
        "Vols.BlockDeviceMappings = \"20000\": a gp3 volume is 1-16384 GiB",
        "Vols.Iops = \"100\": gp3 takes 3000-16000 IOPS",
        "Data.UserData = \"16385 bytes\": user data is at most 16384 bytes before base64",
        "Cron.ScheduleExpression = \"every sunday\": must be a cron(...) or rate(...) expression",
        "Elsewhere.SubnetId = \"OtherPrivateSubnet1\": the subnet is not in the instance's VPC",
    ] {
        assert!(got.iter().any(|p| p == expected), "{expected}\n got {got:#?}");
    }
}

#[test]
fn instance_types_without_encryption_in_transit_need_a_waiver() {
    let (mut stack, net) = web();
    stack.add(
        ec2::Instance::builder()
            .id("cheap")
            .vpc(&net)
            .instance_type("t3.micro")
            .build(),
    );
    let got = problems(&stack);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("Cheap: rule EC2_NITRO_ENCRYPTION_IN_TRANSIT failed"),
        "{got:?}"
    );

    let (mut stack, net) = web();
    let w = Waiver::new(
        "build agents exchange no data between instances",
        ["EC2_NITRO_ENCRYPTION_IN_TRANSIT", "CT.EC2.PR.19"],
    )
    .unwrap();
    stack.add(
        ec2::Instance::builder()
            .id("cheap")
            .vpc(&net)
            .instance_type("t3.micro")
            .unencrypted_transit(w)
            .build(),
    );
    stack.synth().unwrap();
}

#[test]
fn termination_is_allowed_only_with_a_waiver_that_every_judge_reads() {
    let (mut stack, net) = web();
    stack.add(
        ec2::Instance::builder()
            .id("build-host")
            .vpc(&net)
            .instance_type("c7i.large")
            .termination_allowed(
                Waiver::new(
                    "rebuilt from its image every night",
                    ["EC2_TERMINATION_PROTECTED"],
                )
                .unwrap(),
            )
            .build(),
    );
    let t = stack.synth().unwrap();
    let host = &t.json()["Resources"]["BuildHost"];
    assert_eq!(host["Properties"]["DisableApiTermination"], false);
    assert!(host["Metadata"]["guard"]["SuppressedRules"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r == "EC2_TERMINATION_PROTECTED"));
    let nag: Vec<&str> = host["Metadata"]["cdk_nag"]["rules_to_suppress"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    assert!(nag.contains(&"AwsSolutions-EC29"), "{nag:?}");
}
