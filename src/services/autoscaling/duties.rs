//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use serde_json::Value as Json;

use crate::duty::{Answered, Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule};

const AUTO_SCALING_AWS_SIDE: &[&str] = &[
    "launching and terminating instances to keep the group's size",
    "spreading instances across the group's zones",
    "the hosts, the Nitro hypervisor and the physical network",
];

/// At least two entries.
fn two_or_more(value: &Json) -> bool {
    value.as_array().is_some_and(|list| list.len() >= 2)
}

/// Where a group names its launch template.
const LAUNCH_TEMPLATE: &str =
    "/Properties/MixedInstancesPolicy/LaunchTemplate/LaunchTemplateSpecification/LaunchTemplateId";

/// What an Auto Scaling group shows.
pub(crate) const GROUP_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::AutoScaling::AutoScalingGroup",
    service: "Amazon EC2 Auto Scaling",
    aws: AUTO_SCALING_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::InstanceHardening,
            what:
                "instances launched from a launch template (IMDSv2, encrypted volumes, no key pair)",
            locate: Locate::Own(LAUNCH_TEMPLATE),
            expect: Expect::Present,
            rule: Some("AUTOSCALING_LAUNCH_TEMPLATE"),
            control: Some("CT.AUTOSCALING.PR.8"),
        },
        Evidence {
            duty: Duty::NoPublicExposure,
            what: "instances launched without a public IP address",
            locate: Locate::Referenced {
                reference: LAUNCH_TEMPLATE,
                value:
                    "/Properties/LaunchTemplateData/NetworkInterfaces/0/AssociatePublicIpAddress",
            },
            expect: Expect::Equals("false"),
            rule: Some("EC2_INSTANCE_NO_PUBLIC_IP"),
            control: Some("CT.AUTOSCALING.PR.5"),
        },
        Evidence {
            duty: Duty::EncryptionAtRest,
            what: "instances' volumes encrypted",
            locate: Locate::Referenced {
                reference: LAUNCH_TEMPLATE,
                value: "/Properties/LaunchTemplateData/BlockDeviceMappings/0/Ebs/Encrypted",
            },
            expect: Expect::Equals("true"),
            rule: Some("ENCRYPTED_VOLUMES"),
            control: Some("CT.AUTOSCALING.PR.9"),
        },
        Evidence {
            duty: Duty::KeyManagement,
            what: "instances' volumes under a customer-managed key",
            locate: Locate::Referenced {
                reference: LAUNCH_TEMPLATE,
                value: "/Properties/LaunchTemplateData/BlockDeviceMappings/0/Ebs/KmsKeyId",
            },
            expect: Expect::Present,
            rule: Some("ENCRYPTED_VOLUMES"),
            control: None,
        },
        Evidence {
            duty: Duty::LeastPrivilege,
            what: "an instance profile (no credentials on the instances)",
            locate: Locate::Referenced {
                reference: LAUNCH_TEMPLATE,
                value: "/Properties/LaunchTemplateData/IamInstanceProfile/Arn",
            },
            expect: Expect::Present,
            rule: None,
            control: None,
        },
        Evidence {
            duty: Duty::Availability,
            what: "subnets in at least two Availability Zones",
            locate: Locate::Own("/Properties/VPCZoneIdentifier"),
            expect: Expect::Satisfies(two_or_more),
            rule: Some("AUTOSCALING_MULTIPLE_AZ"),
            control: Some("CT.AUTOSCALING.PR.1"),
        },
        Evidence {
            duty: Duty::Availability,
            what: "at least two instance types",
            locate: Locate::Own("/Properties/MixedInstancesPolicy/LaunchTemplate/Overrides"),
            expect: Expect::Satisfies(two_or_more),
            rule: Some("AUTOSCALING_MULTIPLE_INSTANCE_TYPES"),
            control: Some("CT.AUTOSCALING.PR.6"),
        },
        Evidence {
            duty: Duty::EncryptionInTransit,
            what: "Nitro instance types that encrypt traffic between instances",
            locate: Locate::Own("/Properties/MixedInstancesPolicy/LaunchTemplate/Overrides"),
            expect: Expect::Present,
            rule: Some("EC2_NITRO_ENCRYPTION_IN_TRANSIT"),
            control: Some("CT.AUTOSCALING.PR.11"),
        },
        Evidence {
            duty: Duty::GuestOsPatching,
            what: "instances patched on a schedule by AWS-RunPatchBaseline (by their group tag)",
            locate: Locate::Referrer {
                type_name: "AWS::SSM::Association",
                reference: "/Properties/Targets/0/Values/0",
                value: "/Properties/Name",
            },
            expect: Expect::Equals("\"AWS-RunPatchBaseline\""),
            rule: Some("EC2_PATCHING_AUTOMATED"),
            control: None,
        },
        Evidence {
            duty: Duty::Availability,
            what: "unhealthy instances replaced (load-balancer health checks once targeted)",
            locate: Locate::Own("/Properties/HealthCheckType"),
            expect: Expect::OneOf(&["ELB", "EC2"]),
            rule: Some("AUTOSCALING_GROUP_ELB_HEALTHCHECK_REQUIRED"),
            control: Some("CT.AUTOSCALING.PR.4"),
        },
    ],
    residual: &[
        (
            Duty::GuestOsPatching,
            "read patch compliance in Systems Manager; rebuild the image the group launches",
        ),
        (
            Duty::DataBackupAndRecovery,
            "keep state off the instances: a group replaces them at will",
        ),
        (
            Duty::LoggingAndMonitoring,
            "ship OS and application logs (CloudWatch agent) and alarm on them",
        ),
    ],
};

/// What a scaling policy shows.
pub(crate) const SCALING_POLICY_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::AutoScaling::ScalingPolicy",
    service: "Amazon EC2 Auto Scaling",
    aws: AUTO_SCALING_AWS_SIDE,
    evidence: &[Evidence {
        duty: Duty::Availability,
        what: "capacity follows load (target tracking)",
        locate: Locate::Own("/Properties/PolicyType"),
        expect: Expect::Equals("\"TargetTrackingScaling\""),
        rule: None,
        control: None,
    }],
    residual: &[(
        Duty::Availability,
        "choose a maximum size that covers peak load and a budget alarm that covers the maximum",
    )],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "AUTOSCALING_LAUNCH_TEMPLATE",
        checks: "group launches from a launch template",
        waived_by: "none: always a launch template",
        equivalents: &[],
    },
    Rule {
        name: "AUTOSCALING_MULTIPLE_AZ",
        checks: "group spans at least two zones",
        waived_by: "none: private subnets in two zones are required",
        equivalents: &[],
    },
    Rule {
        name: "AUTOSCALING_MULTIPLE_INSTANCE_TYPES",
        checks: "group may launch at least two instance types",
        waived_by: "`autoscaling::Group` `.single_instance_type(w)`",
        equivalents: &[],
    },
    Rule {
        name: "AUTOSCALING_GROUP_ELB_HEALTHCHECK_REQUIRED",
        checks: "group behind a load balancer uses its health checks",
        waived_by: "none: set when a target group is attached",
        equivalents: &[Compliance("AutoScalingGroupELBHealthCheckRequired")],
    },
];

/// A group that launches through a mixed instances policy.
pub(crate) const MIXED_INSTANCES_TEMPLATE: Answered = Answered {
    findings: &[Compliance("EC2IMDSv2Enabled"), AwsSolutions("EC26")],
    reason: "launches through MixedInstancesPolicy from a launch template that requires IMDSv2 and encrypts every volume (stackward checks it); the check reads only a top-level LaunchTemplate",
};

/// Scaling activity, recorded without a topic.
pub(crate) const SCALING_ACTIVITY: Answered = Answered {
    findings: &[AwsSolutions("AS3")],
    reason: "scaling activity is in the group's 1-minute metrics and CloudTrail; a topic per launch and termination is the team's choice",
};
