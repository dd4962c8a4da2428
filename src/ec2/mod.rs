//! EC2: security groups and instances.
//!
//! Defaults, each next to the duty it discharges (the Guard rule in brackets):
//!
//! | default | duty |
//! |---|---|
//! | a security group admits nothing [SG_NO_INGRESS_FROM_ANYWHERE, SG_ADMIN_PORTS_CLOSED, SG_DATABASE_PORTS_FROM_GROUPS_ONLY] | no public exposure, network segmentation |
//! | a security group sends nothing out but what is declared [SG_EGRESS_RESTRICTED] | network segmentation |
//! | instances in a private subnet, no public IP [EC2_INSTANCE_NO_PUBLIC_IP] | no public exposure |
//! | IMDSv2 only, hop limit 1 [EC2_IMDSV2_CHECK, EC2_TOKEN_HOP_LIMIT_CHECK] | instance hardening |
//! | no key pair: access through Session Manager [EC2_NO_KEY_PAIR] | instance hardening |
//! | detailed monitoring, EBS optimised [EC2_INSTANCE_DETAILED_MONITORING_ENABLED, EBS_OPTIMIZED_INSTANCE] | logging and monitoring, availability |
//! | volumes encrypted with the customer key, gp3 [ENCRYPTED_VOLUMES] | encryption at rest, key management |
//! | data volumes kept when the instance goes [EBS_DATA_VOLUMES_RETAINED] | data backup and recovery |
//! | a Nitro type that encrypts traffic between instances [EC2_NITRO_ENCRYPTION_IN_TRANSIT] | encryption in transit |
//! | an instance profile with only what Systems Manager needs [EC2_INSTANCE_PROFILE_ATTACHED] | least privilege |
//! | weekly `AWS-RunPatchBaseline` association [EC2_PATCHING_AUTOMATED] | guest OS patching |

mod instance;
mod security_group;

pub use instance::{Ami, Instance, InstanceRef, Patching, Volume, MAX_USER_DATA};
pub use security_group::{
    Direction, Peer, Port, Rule, SecurityGroup, SecurityGroupRef, ADMIN_PORTS, DATABASE_PORTS,
};

pub(crate) use security_group::{EGRESS_DUTIES, INGRESS_DUTIES, SECURITY_GROUP_DUTIES};

use crate::duty::{Duty, Evidence, Expect, Locate, ResourceDuties};

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
