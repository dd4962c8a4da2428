//! EC2: security groups and instances.
//!
#![doc = include_str!("defaults.md")]

pub(crate) mod duties;
mod instance;
pub(crate) mod machine;
mod security_group;

pub use instance::{Instance, InstanceRef};
pub use machine::{Ami, Patching, Volume, MAX_USER_DATA, ROOT_DEVICE, XEN_FAMILIES};
pub use security_group::{
    Direction, Peer, Port, Rule, SecurityGroup, SecurityGroupRef, ADMIN_PORTS, DATABASE_PORTS,
};

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "ec2",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
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
    hand_written_l1: || vec![crate::cfn::schema_of::<crate::cfn::ssm::Association>()],
    variants: &[],
    answered: &[&duties::SUBNET_OF_INTERFACE],
};
