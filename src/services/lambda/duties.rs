//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use super::RUNTIMES;
use crate::duty::{Duty, Equivalent::*, Evidence, Expect, Locate, ResourceDuties, Rule};

const LAMBDA_AWS_SIDE: &[&str] = &[
    "the execution environment, its isolation and the managed runtime's patches",
    "scaling, availability across zones, and delivery to the dead-letter queue",
];

/// What a function's configuration shows.
pub(crate) const FUNCTION_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::Lambda::Function",
    service: "AWS Lambda",
    aws: LAMBDA_AWS_SIDE,
    evidence: &[
        Evidence {
            duty: Duty::SecretsHandling,
            what: "environment encrypted with a customer-managed key",
            locate: Locate::Own("/Properties/KmsKeyArn"),
            expect: Expect::Present,
            rule: Some("LAMBDA_ENVIRONMENT_ENCRYPTED"),
            control: None,
        },
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "logs to its own encrypted, retained log group",
            locate: Locate::Own("/Properties/LoggingConfig/LogGroup"),
            expect: Expect::Present,
            rule: Some("LAMBDA_OWN_LOG_GROUP"),
            control: None,
        },
        Evidence {
            duty: Duty::LoggingAndMonitoring,
            what: "X-Ray tracing",
            locate: Locate::Own("/Properties/TracingConfig/Mode"),
            expect: Expect::Equals("\"Active\""),
            rule: Some("LAMBDA_TRACING_ENABLED"),
            control: None,
        },
        Evidence {
            duty: Duty::Availability,
            what: "reserved concurrency",
            locate: Locate::Own("/Properties/ReservedConcurrentExecutions"),
            expect: Expect::AtLeast(1),
            rule: Some("LAMBDA_CONCURRENCY_CHECK"),
            control: None,
        },
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "failed asynchronous events kept in a dead-letter queue",
            locate: Locate::Own("/Properties/DeadLetterConfig/TargetArn"),
            expect: Expect::Present,
            rule: Some("LAMBDA_DLQ_CHECK"),
            control: None,
        },
        Evidence {
            duty: Duty::NetworkSegmentation,
            what: "in the VPC's subnets behind its own security group",
            locate: Locate::Own("/Properties/VpcConfig/SubnetIds/0"),
            expect: Expect::Present,
            rule: Some("LAMBDA_INSIDE_VPC"),
            control: Some("CT.LAMBDA.PR.3"),
        },
        Evidence {
            duty: Duty::ApplicationSecurity,
            what: "a runtime AWS still supports",
            locate: Locate::Own("/Properties/Runtime"),
            expect: Expect::OneOf(&RUNTIMES),
            rule: Some("LAMBDA_SUPPORTED_RUNTIME"),
            control: None,
        },
    ],
    residual: &[
        (
            Duty::ApplicationSecurity,
            "keep the function's code and its dependencies patched; move to a new runtime before the old one is deprecated",
        ),
        (
            Duty::SecretsHandling,
            "read secrets from Secrets Manager at run time; never log them",
        ),
        (
            Duty::LoggingAndMonitoring,
            "alarm on errors, throttles and messages in the dead-letter queue",
        ),
    ],
};

/// What a function URL shows.
pub(crate) const URL_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::Lambda::Url",
    service: "AWS Lambda",
    aws: LAMBDA_AWS_SIDE,
    evidence: &[Evidence {
        duty: Duty::NoPublicExposure,
        what: "callers must sign requests with IAM credentials",
        locate: Locate::Own("/Properties/AuthType"),
        expect: Expect::Equals("\"AWS_IAM\""),
        rule: Some("LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED"),
        control: Some("CT.LAMBDA.PR.5"),
    }],
    residual: &[(
        Duty::LeastPrivilege,
        "grant lambda:InvokeFunctionUrl only to the callers that need it",
    )],
};

/// What a resource-based permission shows.
pub(crate) const PERMISSION_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::Lambda::Permission",
    service: "AWS Lambda",
    aws: LAMBDA_AWS_SIDE,
    evidence: &[Evidence {
        duty: Duty::LeastPrivilege,
        what: "the service may invoke the function only for this account's resources",
        locate: Locate::Own("/Properties/SourceAccount"),
        expect: Expect::Present,
        rule: Some("LAMBDA_PERMISSION_SCOPED"),
        control: None,
    }],
    residual: &[(
        Duty::LeastPrivilege,
        "review who the function's resource policy lets invoke it",
    )],
};

const PARTIAL_FAILURES: Evidence = Evidence {
    duty: Duty::Availability,
    what: "the function reports failed items, so one bad message is retried alone",
    locate: Locate::Own("/Properties/FunctionResponseTypes/0"),
    expect: Expect::Equals("\"ReportBatchItemFailures\""),
    rule: Some("LAMBDA_EVENT_SOURCE_PARTIAL_FAILURES"),
    control: None,
};

/// What an event source mapping of a queue shows (its failures go to the
/// queue's own dead-letter queue).
pub(crate) const EVENT_SOURCE_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::Lambda::EventSourceMapping",
    service: "AWS Lambda",
    aws: LAMBDA_AWS_SIDE,
    evidence: &[PARTIAL_FAILURES],
    residual: &[(
        Duty::ApplicationSecurity,
        "treat every message as untrusted input, and make handling it idempotent",
    )],
};

/// What an event source mapping of a stream shows.
pub(crate) const STREAM_SOURCE_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::Lambda::EventSourceMapping",
    service: "AWS Lambda",
    aws: LAMBDA_AWS_SIDE,
    evidence: &[
        PARTIAL_FAILURES,
        Evidence {
            duty: Duty::DataBackupAndRecovery,
            what: "records that keep failing go to the function's dead-letter queue instead of blocking the shard",
            locate: Locate::Own("/Properties/DestinationConfig/OnFailure/Destination"),
            expect: Expect::Present,
            rule: Some("LAMBDA_STREAM_FAILURE_DESTINATION"),
            control: None,
        },
    ],
    residual: &[(
        Duty::ApplicationSecurity,
        "treat every record as untrusted input, and make handling it idempotent",
    )],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[
    Rule {
        name: "LAMBDA_EVENT_SOURCE_PARTIAL_FAILURES",
        checks: "an event source mapping reports failed batch items",
        waived_by: "none: `lambda::EventSource` always does",
        equivalents: &[],
    },
    Rule {
        name: "LAMBDA_STREAM_FAILURE_DESTINATION",
        checks:
            "a stream mapping retries a bounded number of times, then sends failures to a queue",
        waived_by: "none: `lambda::EventSource::retries` bounds it",
        equivalents: &[],
    },
    Rule {
        name: "LAMBDA_PERMISSION_SCOPED",
        checks: "a service's permission to invoke names its source account or resource",
        waived_by: "none: permissions stackward writes name both",
        equivalents: &[Checkov("CKV_AWS_364")],
    },
    Rule {
        name: "LAMBDA_SUPPORTED_RUNTIME",
        checks: "a runtime AWS still supports",
        waived_by: "none: `lambda::Runtime` lists only those",
        equivalents: &[Checkov("CKV_AWS_363")],
    },
    Rule {
        name: "LAMBDA_ENVIRONMENT_ENCRYPTED",
        checks: "environment under a customer key",
        waived_by: "none: always encrypted",
        equivalents: &[Checkov("CKV_AWS_173")],
    },
    Rule {
        name: "LAMBDA_OWN_LOG_GROUP",
        checks: "logs to its own encrypted, retained group",
        waived_by: "none: always its own group",
        equivalents: &[],
    },
    Rule {
        name: "LAMBDA_TRACING_ENABLED",
        checks: "X-Ray tracing",
        waived_by: "none: always active",
        equivalents: &[],
    },
    Rule {
        name: "LAMBDA_CONCURRENCY_CHECK",
        checks: "reserved concurrency",
        waived_by: "none: `.reserved_concurrency(n)`, at least 1",
        equivalents: &[
            Checkov("CKV_AWS_115"),
            Compliance("LambdaConcurrency"),
            CfnNag("W92"),
        ],
    },
    Rule {
        name: "LAMBDA_DLQ_CHECK",
        checks: "a dead-letter queue",
        waived_by: "none: always one",
        equivalents: &[Checkov("CKV_AWS_116"), Compliance("LambdaDLQ")],
    },
    Rule {
        name: "LAMBDA_INSIDE_VPC",
        checks: "in a VPC's subnets",
        waived_by: "`lambda::Function` `.outside_vpc(w)`",
        equivalents: &[
            Checkov("CKV_AWS_117"),
            Compliance("LambdaInsideVPC"),
            CfnNag("W89"),
        ],
    },
    Rule {
        name: "LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED",
        checks: "URLs with IAM auth, no public permission",
        waived_by: "`lambda::FunctionUrl::Public(w)`",
        equivalents: &[Compliance("LambdaFunctionPublicAccessProhibited")],
    },
];
