//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use crate::duty::{Answered, Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule};

const VPC_AWS_SIDE: &[&str] = &[
    "the physical network, hypervisor isolation between VPCs and tenants",
    "availability of gateways, endpoints and the flow-log service",
];

/// What a VPC's configuration shows.
pub(crate) const VPC_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::EC2::VPC",
    service: "Amazon VPC",
    aws: VPC_AWS_SIDE,
    evidence: &[Evidence {
        duty: Duty::LoggingAndMonitoring,
        what: "flow logs of all traffic",
        locate: Locate::Referrer {
            type_name: "AWS::EC2::FlowLog",
            reference: "/Properties/ResourceId",
            value: "/Properties/TrafficType",
        },
        expect: Expect::Equals("\"ALL\""),
        rule: Some("VPC_FLOW_LOGS_ENABLED"),
        control: None,
    }],
    residual: &[
        (
            Duty::NetworkSegmentation,
            "keep the default security group unused and review network ACLs (both allow traffic inside the VPC)",
        ),
        (
            Duty::LoggingAndMonitoring,
            "analyse flow logs: alarms on rejected traffic, unusual destinations",
        ),
    ],
};

/// What a subnet's configuration shows.
pub(crate) const SUBNET_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::EC2::Subnet",
    service: "Amazon VPC",
    aws: VPC_AWS_SIDE,
    evidence: &[Evidence {
        duty: Duty::NoPublicExposure,
        what: "instances get no public IP on launch",
        locate: Locate::Own("/Properties/MapPublicIpOnLaunch"),
        expect: Expect::Equals("false"),
        rule: Some("SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED"),
        control: Some("CT.EC2.PR.11"),
    }],
    residual: &[(
        Duty::NetworkSegmentation,
        "decide which workloads belong in which tier",
    )],
};

/// What a flow log's configuration shows.
pub(crate) const FLOW_LOG_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::EC2::FlowLog",
    service: "Amazon VPC",
    aws: VPC_AWS_SIDE,
    evidence: &[Evidence {
        duty: Duty::LoggingAndMonitoring,
        what: "delivered to CloudWatch Logs",
        locate: Locate::Own("/Properties/LogDestinationType"),
        expect: Expect::Equals("\"cloud-watch-logs\""),
        rule: Some("VPC_FLOW_LOGS_ENABLED"),
        control: None,
    }],
    residual: &[],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED",
        checks: "subnets give no public IP on launch",
        waived_by: "`vpc::Vpc` `.public_ip_on_launch(w)`",
        equivalents: &[Compliance("VPCSubnetAutoAssignPublicIpDisabled")],
    },
    Rule {
        name: "VPC_FLOW_LOGS_ENABLED",
        checks: "flow logs of all traffic in a stack with VPCs",
        waived_by: "`vpc::FlowLogs::Disabled(w)`",
        equivalents: &[AwsSolutions("VPC7"), Compliance("VPCFlowLogsEnabled")],
    },
];

/// A public subnet's route to the internet gateway.
pub(crate) const PUBLIC_ROUTE: Answered = Answered {
    findings: &[Compliance("VPCNoUnrestrictedRouteToIGW")],
    reason: "a public subnet's route to the internet gateway, for the load balancers and NAT gateways there; workloads are in private subnets",
};

/// The VPC's default security group, which nothing of stackward's uses.
pub(crate) const DEFAULT_GROUP_UNUSED: Answered = Answered {
    findings: &[Compliance("VPCDefaultSecurityGroupClosed")],
    reason: "nothing stackward creates uses the VPC's default security group: every instance, function, database and endpoint gets a group of its own; the default group keeps the rules AWS gives it",
};
