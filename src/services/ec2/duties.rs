//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use serde_json::Value as Json;

use super::{ADMIN_PORTS, DATABASE_PORTS, ROOT_DEVICE};
use crate::duty::{
    elements, Answered, Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule,
};

/// Whether an ingress entry admits traffic to `port`: every protocol does,
/// ICMP has no ports, and a range that cannot be read counts as admitting.
fn admits_port(entry: &Json, port: u16) -> bool {
    let number = |key: &str| {
        let v = &entry[key];
        v.as_i64()
            .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
    };
    match entry["IpProtocol"].as_str() {
        Some("-1") => true,
        Some("icmp" | "icmpv6") => false,
        _ => match (number("FromPort"), number("ToPort")) {
            (Some(from), Some(to)) => from <= i64::from(port) && i64::from(port) <= to,
            _ => true,
        },
    }
}

/// No ingress entry admits SSH or RDP, from any peer.
fn admin_ports_closed(value: &Json) -> bool {
    elements(value).is_some_and(|entries| {
        !entries
            .iter()
            .any(|e| ADMIN_PORTS.iter().any(|p| admits_port(e, *p)))
    })
}

/// No ingress entry admits an address range to a database port.
fn database_ports_from_groups_only(value: &Json) -> bool {
    elements(value).is_some_and(|entries| {
        !entries.iter().any(|e| {
            (e.get("CidrIp").is_some() || e.get("CidrIpv6").is_some())
                && DATABASE_PORTS.iter().any(|p| admits_port(e, *p))
        })
    })
}

/// Every block device but the root volume is kept when the instance goes.
fn data_volumes_kept(value: &Json) -> bool {
    elements(value).is_some_and(|devices| {
        devices
            .iter()
            .filter(|d| d["DeviceName"] != ROOT_DEVICE)
            .all(|d| d["Ebs"]["DeleteOnTermination"] == false)
    })
}

/// Rule entries that admit any address.
const ANYWHERE: &[(&str, &str)] = &[("/CidrIp", "0.0.0.0/0"), ("/CidrIpv6", "::/0")];
/// Rule entries that admit every protocol.
const ALL_PROTOCOLS: &[(&str, &str)] = &[("/IpProtocol", "-1")];

pub(crate) const EC2_AWS_SIDE: &[&str] = &[
    "the hosts, the Nitro hypervisor and the physical network",
    "EBS durability and the encryption engine",
    "enforcement of security group rules",
];

/// What an instance's configuration shows.
pub(crate) const INSTANCE_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::EC2::Instance",
    service: "Amazon EC2",
    aws: EC2_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::NoPublicExposure,
            what: "no public IP address",
            locate: Locate::Own("/Properties/NetworkInterfaces/0/AssociatePublicIpAddress"),
            expect: Expect::Equals("false"),
            rule: Some("EC2_INSTANCE_NO_PUBLIC_IP"),
            control: Some("CT.EC2.PR.8"),
        },
        Evidence {
            duty: Duty::InstanceHardening,
            what: "launched through a launch template that requires IMDSv2",
            locate: Locate::Own("/Properties/LaunchTemplate/LaunchTemplateId"),
            expect: Expect::Present,
            rule: Some("EC2_IMDSV2_CHECK"),
            control: None,
        },
        Evidence {
            duty: Duty::InstanceHardening,
            what: "no SSH key pair: access through Session Manager",
            locate: Locate::Own("/Properties"),
            expect: Expect::Lacks("/KeyName"),
            rule: Some("EC2_NO_KEY_PAIR"),
            control: None,
        },
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "detailed (one-minute) monitoring",
            locate: Locate::Own("/Properties/Monitoring"),
            expect: Expect::Equals("true"),
            rule: Some("EC2_INSTANCE_DETAILED_MONITORING_ENABLED"),
            control: Some("CT.EC2.PR.13"),
        },
        Evidence {
            duty: Duty::Availability,
            what: "EBS-optimised",
            locate: Locate::Own("/Properties/EbsOptimized"),
            expect: Expect::Equals("true"),
            rule: Some("EBS_OPTIMIZED_INSTANCE"),
            control: None,
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "protected from termination by the API or a stack update",
            locate: Locate::Own("/Properties/DisableApiTermination"),
            expect: Expect::Equals("true"),
            rule: Some("EC2_TERMINATION_PROTECTED"),
            control: None,
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "data volumes kept when the instance is terminated",
            locate: Locate::Own("/Properties/BlockDeviceMappings"),
            expect: Expect::Satisfies(data_volumes_kept),
            rule: Some("EBS_DATA_VOLUMES_RETAINED"),
            control: None,
        },
        Evidence {
            duty: Duty::EncryptionInTransit,
            what: "a Nitro instance type that encrypts traffic between instances",
            locate: Locate::Own("/Properties/InstanceType"),
            expect: Expect::Present,
            rule: Some("EC2_NITRO_ENCRYPTION_IN_TRANSIT"),
            control: Some("CT.EC2.PR.19"),
        },
        Evidence {
            duty: Duty::EncryptionAtRest,
            what: "root volume encrypted",
            locate: Locate::Own("/Properties/BlockDeviceMappings/0/Ebs/Encrypted"),
            expect: Expect::Equals("true"),
            rule: Some("ENCRYPTED_VOLUMES"),
            control: Some("CT.EC2.PR.7"),
        },
        Evidence {
            duty: Duty::KeyManagement,
            what: "volumes under a customer-managed key",
            locate: Locate::Own("/Properties/BlockDeviceMappings/0/Ebs/KmsKeyId"),
            expect: Expect::Present,
            rule: Some("ENCRYPTED_VOLUMES"),
            control: Some("CT.EC2.PR.7"),
        },
        Evidence {
            duty: Duty::LeastPrivilege,
            what: "an instance profile (no credentials on the instance)",
            locate: Locate::Own("/Properties/IamInstanceProfile"),
            expect: Expect::Present,
            rule: Some("EC2_INSTANCE_PROFILE_ATTACHED"),
            control: None,
        },
        Evidence {
            duty: Duty::GuestOsPatching,
            what: "patched on a schedule by AWS-RunPatchBaseline",
            locate: Locate::Referrer {
                type_name: "AWS::SSM::Association",
                reference: "/Properties/Targets/0/Values/0",
                value: "/Properties/Name",
            },
            expect: Expect::Equals("\"AWS-RunPatchBaseline\""),
            rule: Some("EC2_PATCHING_AUTOMATED"),
            control: None,
        },
    ],
    residual: &[
        (
            Duty::GuestOsPatching,
            "read patch compliance in Systems Manager and act on failures; update the application's own packages",
        ),
        (
            Duty::InstanceHardening,
            "harden the operating system: users, services, a CIS benchmark",
        ),
        (
            Duty::LoggingAndMonitoring,
            "ship OS and application logs (CloudWatch agent) and alarm on them",
        ),
        (
            Duty::DataBackupAndRecovery,
            "back up data volumes (AWS Backup or snapshots)",
        ),
    ],
};

/// What a launch template's configuration shows.
pub(crate) const LAUNCH_TEMPLATE_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::EC2::LaunchTemplate",
    service: "Amazon EC2",
    aws: EC2_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::InstanceHardening,
            what: "IMDSv2 required",
            locate: Locate::Own("/Properties/LaunchTemplateData/MetadataOptions/HttpTokens"),
            expect: Expect::Equals("\"required\""),
            rule: Some("EC2_IMDSV2_CHECK"),
            control: Some("CT.EC2.PR.1"),
        },
        Evidence {
            duty: Duty::InstanceHardening,
            what: "metadata reachable from the instance only (hop limit 1)",
            locate: Locate::Own(
                "/Properties/LaunchTemplateData/MetadataOptions/HttpPutResponseHopLimit",
            ),
            expect: Expect::Equals("1"),
            rule: Some("EC2_TOKEN_HOP_LIMIT_CHECK"),
            control: Some("CT.EC2.PR.2"),
        },
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "detailed (one-minute) monitoring of the instances it launches",
            locate: Locate::Own("/Properties/LaunchTemplateData/Monitoring/Enabled"),
            expect: Expect::Equals("true"),
            rule: Some("EC2_INSTANCE_DETAILED_MONITORING_ENABLED"),
            control: None,
        },
        Evidence {
            duty: Duty::InstanceHardening,
            what: "no SSH key pair: access through Session Manager",
            locate: Locate::Own("/Properties/LaunchTemplateData"),
            expect: Expect::Lacks("/KeyName"),
            rule: Some("EC2_NO_KEY_PAIR"),
            control: None,
        },
    ],
    residual: &[],
};

/// Types that only wire the network together: their duties are the VPC's.
macro_rules! plumbing {
    ($name:ident, $type_name:literal) => {
        pub(crate) const $name: ResourceDuties = ResourceDuties {
            type_name: $type_name,
            service: "Amazon VPC",
            aws: EC2_AWS_SIDE,
            evidence: &[],
            residual: &[],
        };
    };
}

plumbing!(INTERNET_GATEWAY_DUTIES, "AWS::EC2::InternetGateway");

plumbing!(ATTACHMENT_DUTIES, "AWS::EC2::VPCGatewayAttachment");

plumbing!(ROUTE_TABLE_DUTIES, "AWS::EC2::RouteTable");

plumbing!(ROUTE_DUTIES, "AWS::EC2::Route");

plumbing!(ASSOCIATION_DUTIES, "AWS::EC2::SubnetRouteTableAssociation");

plumbing!(EIP_DUTIES, "AWS::EC2::EIP");

plumbing!(NAT_GATEWAY_DUTIES, "AWS::EC2::NatGateway");

plumbing!(ENDPOINT_DUTIES, "AWS::EC2::VPCEndpoint");

/// What an instance profile shows: it only carries its role.
pub(crate) const INSTANCE_PROFILE_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::IAM::InstanceProfile",
    service: "AWS Identity and Access Management",
    aws: &["delivery of short-lived role credentials to the instance"],
    evidence: &[],
    residual: &[],
};

/// What a patch association shows.
pub(crate) const ASSOCIATION_SSM_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::SSM::Association",
    service: "AWS Systems Manager",
    aws: &[
        "the patch baselines and the agent's delivery of patches",
        "running the association on its schedule",
    ],
    evidence: &[Evidence {
        duty: Duty::GuestOsPatching,
        what: "installs missing patches and reboots if needed",
        locate: Locate::Own("/Properties/Parameters/Operation/0"),
        expect: Expect::Equals("\"Install\""),
        rule: None,
        control: None,
    }],
    residual: &[(
        Duty::GuestOsPatching,
        "decide the patch baseline and the reboot window the workload can take",
    )],
};

/// What a security group's configuration shows.
pub(crate) const SECURITY_GROUP_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::EC2::SecurityGroup",
    service: "Amazon EC2",
    aws: EC2_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::NoPublicExposure,
            what: "no ingress from anywhere on the internet",
            locate: Locate::Own("/Properties/SecurityGroupIngress"),
            expect: Expect::NoElementWith(ANYWHERE),
            rule: Some("SG_NO_INGRESS_FROM_ANYWHERE"),
            control: Some("CT.EC2.PR.3"),
        },
        Evidence {
            duty: Duty::InstanceHardening,
            what: "no ingress to SSH or RDP: administration through Session Manager",
            locate: Locate::Own("/Properties/SecurityGroupIngress"),
            expect: Expect::Satisfies(admin_ports_closed),
            rule: Some("SG_ADMIN_PORTS_CLOSED"),
            control: Some("CT.EC2.PR.4"),
        },
        Evidence {
            duty: Duty::NetworkSegmentation,
            what: "database ports admit security groups, not address ranges",
            locate: Locate::Own("/Properties/SecurityGroupIngress"),
            expect: Expect::Satisfies(database_ports_from_groups_only),
            rule: Some("SG_DATABASE_PORTS_FROM_GROUPS_ONLY"),
            control: Some("CT.EC2.PR.4"),
        },
        Evidence {
            duty: Duty::NetworkSegmentation,
            what: "egress limited to declared protocols and ports",
            locate: Locate::Own("/Properties/SecurityGroupEgress"),
            expect: Expect::NoElementWith(ALL_PROTOCOLS),
            rule: Some("SG_EGRESS_RESTRICTED"),
            control: None,
        },
    ],
    residual: &[(
        Duty::NetworkSegmentation,
        "review the rules as the application's traffic changes",
    )],
};

/// What a stand-alone ingress rule shows.
pub(crate) const INGRESS_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::EC2::SecurityGroupIngress",
    service: "Amazon EC2",
    aws: EC2_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::NoPublicExposure,
            what: "not open to anywhere on the internet",
            locate: Locate::Own("/Properties"),
            expect: Expect::NoElementWith(ANYWHERE),
            rule: Some("SG_NO_INGRESS_FROM_ANYWHERE"),
            control: Some("CT.EC2.PR.3"),
        },
        Evidence {
            duty: Duty::InstanceHardening,
            what: "no ingress to SSH or RDP: administration through Session Manager",
            locate: Locate::Own("/Properties"),
            expect: Expect::Satisfies(admin_ports_closed),
            rule: Some("SG_ADMIN_PORTS_CLOSED"),
            control: Some("CT.EC2.PR.4"),
        },
        Evidence {
            duty: Duty::NetworkSegmentation,
            what: "database ports admit security groups, not address ranges",
            locate: Locate::Own("/Properties"),
            expect: Expect::Satisfies(database_ports_from_groups_only),
            rule: Some("SG_DATABASE_PORTS_FROM_GROUPS_ONLY"),
            control: Some("CT.EC2.PR.4"),
        },
    ],
    residual: &[],
};

/// What a stand-alone egress rule shows.
pub(crate) const EGRESS_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::EC2::SecurityGroupEgress",
    service: "Amazon EC2",
    aws: EC2_AWS_SIDE,
    evidence: &[Evidence {
        duty: Duty::NetworkSegmentation,
        what: "limited to declared protocols and ports",
        locate: Locate::Own("/Properties"),
        expect: Expect::NoElementWith(ALL_PROTOCOLS),
        rule: Some("SG_EGRESS_RESTRICTED"),
        control: None,
    }],
    residual: &[],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "EC2_IMDSV2_CHECK",
        checks: "IMDSv2 only, through a launch template",
        waived_by: "none: always required",
        equivalents: &[Checkov("CKV_AWS_79"), Compliance("EC2IMDSv2Enabled")],
    },
    Rule {
        name: "EC2_TOKEN_HOP_LIMIT_CHECK",
        checks: "metadata hop limit 1",
        waived_by: "none: always 1",
        equivalents: &[],
    },
    Rule {
        name: "EC2_INSTANCE_NO_PUBLIC_IP",
        checks: "no public IP on the instance",
        waived_by: "`ec2::Instance` `.public_ip(w)`",
        equivalents: &[Checkov("CKV_AWS_88"), Compliance("EC2InstanceNoPublicIp")],
    },
    Rule {
        name: "EC2_INSTANCE_DETAILED_MONITORING_ENABLED",
        checks: "detailed monitoring",
        waived_by: "none: always on",
        equivalents: &[
            AwsSolutions("EC28"),
            Compliance("EC2InstanceDetailedMonitoringEnabled"),
        ],
    },
    Rule {
        name: "EBS_OPTIMIZED_INSTANCE",
        checks: "EBS-optimised",
        waived_by: "none: always on",
        equivalents: &[Compliance("EC2EBSOptimizedInstance")],
    },
    Rule {
        name: "EC2_TERMINATION_PROTECTED",
        checks: "standalone instance protected from termination",
        waived_by: "`termination_allowed(waiver)`",
        equivalents: &[AwsSolutions("EC29")],
    },
    Rule {
        name: "ENCRYPTED_VOLUMES",
        checks: "every volume encrypted under a customer key",
        waived_by: "none: always encrypted",
        equivalents: &[
            Checkov("CKV_AWS_3"),
            Checkov("CKV_AWS_8"),
            AwsSolutions("EC26"),
        ],
    },
    Rule {
        name: "EBS_DATA_VOLUMES_RETAINED",
        checks: "data volumes kept when the instance goes",
        waived_by: "`ec2::Volume` `.delete_on_termination(w)`",
        equivalents: &[],
    },
    Rule {
        name: "EC2_INSTANCE_PROFILE_ATTACHED",
        checks: "an instance profile",
        waived_by: "none: always one",
        equivalents: &[Compliance("EC2InstanceProfileAttached")],
    },
    Rule {
        name: "EC2_NO_KEY_PAIR",
        checks: "no SSH key pair",
        waived_by: "`ec2::Instance` `.key_pair((name, w))`",
        equivalents: &[],
    },
    Rule {
        name: "EC2_NITRO_ENCRYPTION_IN_TRANSIT",
        checks: "a type that encrypts traffic between instances",
        waived_by: "`ec2::Instance` `.unencrypted_transit(w)`",
        equivalents: &[],
    },
    Rule {
        name: "EC2_PATCHING_AUTOMATED",
        checks: "an `AWS-RunPatchBaseline` association",
        waived_by: "`ec2::Patching::Elsewhere(w)`",
        equivalents: &[],
    },
    Rule {
        name: "SG_NO_INGRESS_FROM_ANYWHERE",
        checks: "no ingress from 0.0.0.0/0 or ::/0",
        waived_by: "`ec2::Rule::new(..).waived(w)`",
        equivalents: &[
            Checkov("CKV_AWS_260"),
            AwsSolutions("EC23"),
            Compliance("EC2RestrictedCommonPorts"),
            CfnNag("W2"),
            CfnNag("W9"),
        ],
    },
    Rule {
        name: "SG_ADMIN_PORTS_CLOSED",
        checks: "no ingress to SSH or RDP",
        waived_by: "`ec2::Rule::new(..).waived(w)`",
        equivalents: &[
            Checkov("CKV_AWS_24"),
            Checkov("CKV_AWS_25"),
            Compliance("EC2RestrictedSSH"),
        ],
    },
    Rule {
        name: "SG_DATABASE_PORTS_FROM_GROUPS_ONLY",
        checks: "database ports admit security groups, not address ranges",
        waived_by: "`ec2::Rule::new(..).waived(w)`",
        equivalents: &[],
    },
    Rule {
        name: "SG_EGRESS_RESTRICTED",
        checks: "egress declared; never every protocol to anywhere",
        waived_by: "`ec2::Rule::new(Peer::any_ipv4(), Port::all_traffic()).waived(w)`",
        equivalents: &[CfnNag("W5")],
    },
];

/// An instance whose subnet is named by its network interface.
pub(crate) const SUBNET_OF_INTERFACE: Answered = Answered {
    findings: &[Compliance("EC2InstancesInVPC")],
    reason: "in a VPC: the network interface names the subnet (NetworkInterfaces/0/SubnetId); the check reads only a top-level SubnetId",
};
