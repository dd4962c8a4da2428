//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use crate::duty::{Duty, Evidence, Expect, Locate, ResourceDuties};

/// What a role's configuration shows.
pub(crate) const ROLE_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::IAM::Role",
    service: "AWS Identity and Access Management",
    aws: &[
        "evaluation of every request against the policies",
        "short-lived credentials for the service that assumes the role",
    ],
    evidence: &[Evidence {
        duty: Duty::LeastPrivilege,
        what: "assumed by one AWS service only",
        locate: Locate::Own("/Properties/AssumeRolePolicyDocument/Statement/0/Principal/Service"),
        expect: Expect::Present,
        rule: Some("IAM_ROLE_TRUSTS_ONE_SERVICE"),
        control: None,
    }],
    residual: &[
        (
            Duty::LeastPrivilege,
            "review what the role may do as the application changes; remove what it no longer uses",
        ),
        (
            Duty::LoggingAndMonitoring,
            "watch the role's use in CloudTrail",
        ),
    ],
};
