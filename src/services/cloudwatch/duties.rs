//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use crate::duty::{Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule};

/// What an alarm shows.
pub(crate) const ALARM_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::CloudWatch::Alarm",
    service: "Amazon CloudWatch",
    aws: &[
        "collecting the services' metrics",
        "evaluating the alarm and sending its notifications",
    ],
    evidence: &[Evidence {
        duty: Duty::LoggingAndMonitoring,
        what: "the alarm notifies a topic when it fires and when it clears",
        locate: Locate::Own("/Properties/AlarmActions/0"),
        expect: Expect::Present,
        rule: Some("CLOUDWATCH_ALARM_ACTION_CHECK"),
        control: Some("CT.CLOUDWATCH.PR.1"),
    }],
    residual: &[(
        Duty::LoggingAndMonitoring,
        "subscribe someone who acts to the topic, and keep a runbook for each alarm",
    )],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "CLOUDWATCH_ALARM_ACTION_CHECK",
    checks: "alarm notifies a topic, with actions enabled",
    waived_by: "none: `topic` is required",
    equivalents: &[Compliance("CloudWatchAlarmAction")],
}];
