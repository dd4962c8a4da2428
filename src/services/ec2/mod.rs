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

pub(crate) mod duties;
mod instance;
mod security_group;

pub use instance::{Ami, Instance, InstanceRef, Patching, Volume, MAX_USER_DATA};
pub use security_group::{
    Direction, Peer, Port, Rule, SecurityGroup, SecurityGroupRef, ADMIN_PORTS, DATABASE_PORTS,
};

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "ec2",
    rules: include_str!("rules.guard"),
    duties: &[
        &duties::INTERNET_GATEWAY_DUTIES,
        &duties::ATTACHMENT_DUTIES,
        &duties::ROUTE_TABLE_DUTIES,
        &duties::ROUTE_DUTIES,
        &duties::ASSOCIATION_DUTIES,
        &duties::EIP_DUTIES,
        &duties::NAT_GATEWAY_DUTIES,
        &duties::ENDPOINT_DUTIES,
        &duties::SECURITY_GROUP_DUTIES,
        &duties::INGRESS_DUTIES,
        &duties::EGRESS_DUTIES,
        &duties::LAUNCH_TEMPLATE_DUTIES,
        &duties::INSTANCE_DUTIES,
        &duties::INSTANCE_PROFILE_DUTIES,
        &duties::ASSOCIATION_SSM_DUTIES,
    ],
    l1: || {
        vec![
            crate::cfn::schema_of::<crate::cfn::ec2::SecurityGroup>(),
            crate::cfn::schema_of::<crate::cfn::ec2::SecurityGroupIngress>(),
            crate::cfn::schema_of::<crate::cfn::ec2::SecurityGroupEgress>(),
            crate::cfn::schema_of::<crate::cfn::ec2::LaunchTemplate>(),
            crate::cfn::schema_of::<crate::cfn::ec2::Instance>(),
            crate::cfn::schema_of::<crate::cfn::ssm::Association>(),
        ]
    },
};
