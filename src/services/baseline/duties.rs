//! What the template shows, resource type by resource type, for each duty
//! the account baseline discharges: the evidence the responsibility report
//! reads, and what stays with the customer.

use crate::duty::{
    AccountDuty, Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule,
};

/// The duties an account's baseline discharges for every stack of the
/// account: each stack's report credits them to whichever stack of the App
/// holds the resource that shows them.
pub(crate) const ACCOUNT_DUTIES: &[AccountDuty] = &[
    AccountDuty {
        duty: Duty::LoggingAndMonitoring,
        what: "an audit trail of every API call, in every region",
        type_name: "AWS::CloudTrail::Trail",
        pointer: "/Properties/IsMultiRegionTrail",
        expect: Expect::Equals("true"),
    },
    AccountDuty {
        duty: Duty::LoggingAndMonitoring,
        what: "a history of every resource's configuration",
        type_name: "AWS::Config::ConfigurationRecorder",
        pointer: "/Properties/RecordingGroup/AllSupported",
        expect: Expect::Equals("true"),
    },
    AccountDuty {
        duty: Duty::LoggingAndMonitoring,
        what: "threat detection over the account's API calls, data events and traffic",
        type_name: "AWS::GuardDuty::Detector",
        pointer: "/Properties/Enable",
        expect: Expect::Equals("true"),
    },
    AccountDuty {
        duty: Duty::AccountHygiene,
        what: "the account's configuration checked against a security standard",
        type_name: "AWS::SecurityHub::Standard",
        pointer: "/Properties/StandardsArn",
        expect: Expect::Present,
    },
    AccountDuty {
        duty: Duty::LeastPrivilege,
        what: "access from outside the account found and reported",
        type_name: "AWS::AccessAnalyzer::Analyzer",
        pointer: "/Properties/Type",
        expect: Expect::Present,
    },
];

const RETAINED: Evidence = Evidence {
    duty: Duty::LoggingAndMonitoring,
    what: "kept on stack deletion and replacement: a stack change never switches monitoring off",
    locate: Locate::Attribute("/DeletionPolicy"),
    expect: Expect::Equals("\"Retain\""),
    rule: Some("BASELINE_RETAINED"),
    control: None,
};

/// What a trail shows.
pub(crate) const TRAIL_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::CloudTrail::Trail",
    service: "AWS CloudTrail",
    aws: &[
        "recording every API call made in the account",
        "delivering log files and their digests",
    ],
    evidence: &[
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "every region's API calls are recorded, global services' included",
            locate: Locate::Own("/Properties/IsMultiRegionTrail"),
            expect: Expect::Equals("true"),
            rule: Some("CLOUDTRAIL_MULTI_REGION"),
            control: None,
        },
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "management events, read and write, are recorded",
            locate: Locate::Own("/Properties/EventSelectors/0/ReadWriteType"),
            expect: Expect::Equals("\"All\""),
            rule: Some("CLOUDTRAIL_MANAGEMENT_EVENTS"),
            control: None,
        },
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "log files carry digests, so tampering shows",
            locate: Locate::Own("/Properties/EnableLogFileValidation"),
            expect: Expect::Equals("true"),
            rule: Some("CLOUDTRAIL_LOG_FILE_VALIDATION"),
            control: Some("CT.CLOUDTRAIL.PR.2"),
        },
        Evidence {
            duty: Duty::EncryptionAtRest,
            what: "log files are encrypted with a customer-managed key",
            locate: Locate::Own("/Properties/KMSKeyId"),
            expect: Expect::Present,
            rule: Some("CLOUDTRAIL_ENCRYPTED"),
            control: Some("CT.CLOUDTRAIL.PR.1"),
        },
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "events also go to CloudWatch Logs, where the CIS alarms watch them",
            locate: Locate::Own("/Properties/CloudWatchLogsLogGroupArn"),
            expect: Expect::Present,
            rule: Some("CLOUDTRAIL_CLOUDWATCH_LOGS"),
            control: Some("CT.CLOUDTRAIL.PR.3"),
        },
        RETAINED,
        crate::duty::PINNED_TO_REGIONS,
    ],
    residual: &[
        (
            Duty::LoggingAndMonitoring,
            "read the alerts and the findings, and act on them",
        ),
        (
            Duty::AccountHygiene,
            "keep the trail's bucket and key out of everyday roles' reach; review who may read the logs",
        ),
    ],
};

/// What a configuration recorder shows.
pub(crate) const RECORDER_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::Config::ConfigurationRecorder",
    service: "AWS Config",
    aws: &["recording configuration changes of the resources it supports"],
    evidence: &[
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "every supported resource type is recorded, global ones (IAM) included",
            locate: Locate::Own("/Properties/RecordingGroup/IncludeGlobalResourceTypes"),
            expect: Expect::Equals("true"),
            rule: Some("CONFIG_RECORDS_ALL_RESOURCES"),
            control: None,
        },
        RETAINED,
    ],
    residual: &[(
        Duty::AccountHygiene,
        "add the Config rules your standards need, and remediate what they find",
    )],
};

/// What a delivery channel shows.
pub(crate) const DELIVERY_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::Config::DeliveryChannel",
    service: "AWS Config",
    aws: &["delivering configuration snapshots and history"],
    evidence: &[
        Evidence {
            duty: Duty::EncryptionAtRest,
            what: "configuration history is delivered encrypted with a customer-managed key",
            locate: Locate::Own("/Properties/S3KmsKeyArn"),
            expect: Expect::Present,
            rule: Some("CONFIG_DELIVERY_ENCRYPTED"),
            control: None,
        },
        RETAINED,
    ],
    residual: &[],
};

/// What a GuardDuty detector shows.
pub(crate) const DETECTOR_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::GuardDuty::Detector",
    service: "Amazon GuardDuty",
    aws: &["threat intelligence and the analysis of logs, DNS and flow data"],
    evidence: &[
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "threat detection is on",
            locate: Locate::Own("/Properties/Enable"),
            expect: Expect::Equals("true"),
            rule: Some("GUARDDUTY_ENABLED"),
            control: None,
        },
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "S3 protection (S3_DATA_EVENTS) watches data events on every bucket",
            locate: Locate::Own("/Properties/Features/0/Status"),
            expect: Expect::Equals("\"ENABLED\""),
            rule: Some("GUARDDUTY_S3_PROTECTION"),
            control: Some("CT.GUARDDUTY.PR.1"),
        },
        Evidence {
            duty: Duty::InstanceHardening,
            what: "malware protection (EBS_MALWARE_PROTECTION) scans the volumes of instances with findings",
            locate: Locate::Own("/Properties/Features/1/Status"),
            expect: Expect::Equals("\"ENABLED\""),
            rule: Some("GUARDDUTY_MALWARE_PROTECTION"),
            control: None,
        },
        RETAINED,
    ],
    residual: &[(
        Duty::LoggingAndMonitoring,
        "triage GuardDuty's findings and respond to them",
    )],
};

/// What a Security Hub shows.
pub(crate) const HUB_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::SecurityHub::Hub",
    service: "AWS Security Hub",
    aws: &["running the standards' controls and gathering findings"],
    evidence: &[
        Evidence {
            duty: Duty::AccountHygiene,
            what: "findings are checked against the AWS Foundational Security Best Practices and CIS standards",
            locate: Locate::Referrer {
                type_name: "AWS::SecurityHub::Standard",
                reference: "/DependsOn/0",
                value: "/Properties/StandardsArn",
            },
            expect: Expect::Present,
            rule: Some("SECURITYHUB_STANDARDS"),
            control: None,
        },
        RETAINED,
    ],
    residual: &[(
        Duty::AccountHygiene,
        "work through the failed controls; suppress only with a documented reason",
    )],
};

/// A standard's evidence is reported on its hub.
pub(crate) const STANDARD_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::SecurityHub::Standard",
    service: "AWS Security Hub",
    aws: &["running the standard's controls"],
    evidence: &[RETAINED],
    residual: &[],
};

/// What an access analyzer shows.
pub(crate) const ANALYZER_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::AccessAnalyzer::Analyzer",
    service: "IAM Access Analyzer",
    aws: &["reasoning over resource policies to find access from outside"],
    evidence: &[
        Evidence {
            duty: Duty::LeastPrivilege,
            what: "resources shared outside the account (or organization) are found",
            locate: Locate::Own("/Properties/Type"),
            expect: Expect::Present,
            rule: Some("ACCESS_ANALYZER_SCOPE"),
            control: None,
        },
        RETAINED,
    ],
    residual: &[(
        Duty::LeastPrivilege,
        "review each finding: archive what is meant to be shared, remove the rest",
    )],
};

/// What a metric filter shows.
pub(crate) const METRIC_FILTER_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::Logs::MetricFilter",
    service: "Amazon CloudWatch Logs",
    aws: &["matching log events and publishing the metric"],
    evidence: &[Evidence {
        duty: Duty::LoggingAndMonitoring,
        what: "matching events become a metric an alarm watches",
        locate: Locate::Own("/Properties/MetricTransformations/0/MetricName"),
        expect: Expect::Present,
        rule: None,
        control: None,
    }],
    residual: &[],
};

/// The Guard rules in this folder's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "CLOUDTRAIL_MULTI_REGION",
        checks: "trail logging in every region, global services included",
        waived_by: "none: always",
        equivalents: &[Checkov("CKV_AWS_67")],
    },
    Rule {
        name: "CLOUDTRAIL_MANAGEMENT_EVENTS",
        checks: "management events, read and write",
        waived_by: "none: always",
        equivalents: &[],
    },
    Rule {
        name: "CLOUDTRAIL_LOG_FILE_VALIDATION",
        checks: "log file validation on",
        waived_by: "none: always",
        equivalents: &[
            Checkov("CKV_AWS_36"),
            Compliance("CloudTrailLogFileValidationEnabled"),
        ],
    },
    Rule {
        name: "CLOUDTRAIL_ENCRYPTED",
        checks: "log files under a customer key",
        waived_by: "none: always",
        equivalents: &[
            Checkov("CKV_AWS_35"),
            Compliance("CloudTrailEncryptionEnabled"),
        ],
    },
    Rule {
        name: "CLOUDTRAIL_CLOUDWATCH_LOGS",
        checks: "events also sent to CloudWatch Logs",
        waived_by: "none: always",
        equivalents: &[Compliance("CloudTrailCloudWatchLogsEnabled")],
    },
    Rule {
        name: "CONFIG_RECORDS_ALL_RESOURCES",
        checks: "all supported resource types, global ones included",
        waived_by: "none: always",
        equivalents: &[],
    },
    Rule {
        name: "CONFIG_DELIVERY_ENCRYPTED",
        checks: "history delivered under a customer key",
        waived_by: "none: always",
        equivalents: &[],
    },
    Rule {
        name: "GUARDDUTY_ENABLED",
        checks: "detector enabled",
        waived_by: "none: always",
        equivalents: &[],
    },
    Rule {
        name: "GUARDDUTY_S3_PROTECTION",
        checks: "S3 protection on",
        waived_by: "none: always",
        equivalents: &[],
    },
    Rule {
        name: "GUARDDUTY_MALWARE_PROTECTION",
        checks: "malware scans of EBS volumes on",
        waived_by: "none: always",
        equivalents: &[],
    },
    Rule {
        name: "SECURITYHUB_STANDARDS",
        checks: "a hub has standards enabled",
        waived_by: "none: always",
        equivalents: &[],
    },
    Rule {
        name: "ACCESS_ANALYZER_SCOPE",
        checks: "analyzer over the account or organization",
        waived_by: "none: always",
        equivalents: &[],
    },
    Rule {
        name: "BASELINE_RETAINED",
        checks: "baseline resources kept on deletion and replacement",
        waived_by: "none: always",
        equivalents: &[],
    },
];
