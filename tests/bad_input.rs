//! Every validated value and builder gives a clear, typed error naming the
//! resource, the property and the rule.

use stackward::prelude::*;
use stackward::s3::{AccessLogs, LifecycleRule, ObjectLock, RetentionMode, StorageClass};
use stackward::template::{Condition, LogicalId, Parameter, ParameterType};

/// The problems `synth` reports for a stack.
fn problems(stack: &Stack) -> Vec<Error> {
    match stack.synth() {
        Ok(_) => panic!("synth should fail"),
        Err(e) => e.problems().to_vec(),
    }
}

fn invalid(resource: &str, property: &str, value: &str, rule: &str) -> Error {
    Error::InvalidValue {
        resource: resource.into(),
        property: property.into(),
        value: value.into(),
        rule: rule.into(),
    }
}

fn bucket_named(name: &str) -> Vec<Error> {
    let mut stack = Stack::new("Names").unwrap();
    stack.add(s3::Bucket::builder().id("data").name(name).build());
    problems(&stack)
}

#[test]
fn bucket_names_follow_s3_rules() {
    let chars = "must be 3-63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit";
    for name in [
        "My_Bucket",
        "ab",
        &"a".repeat(64),
        "-bucket",
        "bucket-",
        "Bucket",
    ] {
        assert_eq!(
            bucket_named(name),
            vec![invalid("Data", "BucketName", name, chars)],
            "{name}"
        );
    }
    assert_eq!(
        bucket_named("my..bucket"),
        vec![invalid(
            "Data",
            "BucketName",
            "my..bucket",
            "must not contain two adjacent dots"
        )]
    );
    assert_eq!(
        bucket_named("192.168.5.4"),
        vec![invalid(
            "Data",
            "BucketName",
            "192.168.5.4",
            "must not be formatted as an IP address"
        )]
    );
    assert_eq!(
        bucket_named("xn--bucket"),
        vec![invalid(
            "Data",
            "BucketName",
            "xn--bucket",
            "must not start with xn--, sthree- or amzn-s3-demo-"
        )]
    );
    assert_eq!(
        bucket_named("bucket-s3alias"),
        vec![invalid(
            "Data",
            "BucketName",
            "bucket-s3alias",
            "must not end with -s3alias, --ol-s3, .mrap, --x-s3 or --table-s3"
        )]
    );
    assert_eq!(
        bucket_named("My_Bucket")[0].to_string(),
        "Data.BucketName = \"My_Bucket\": must be 3-63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit"
    );
}

#[test]
fn valid_bucket_names_pass() {
    for name in ["abc", "my.bucket-2", &"a".repeat(63), "1bucket"] {
        assert!(stackward::s3::validate_bucket_name(name).is_ok(), "{name}");
    }
}

#[test]
fn lifecycle_rules_are_validated() {
    let mut stack = Stack::new("Life").unwrap();
    stack.add(
        s3::Bucket::builder()
            .id("data")
            .lifecycle_rules(vec![
                LifecycleRule::builder()
                    .id("ia")
                    .transitions(vec![(StorageClass::StandardIa, 10)])
                    .build(),
                LifecycleRule::builder()
                    .id("ia")
                    .expire_after_days(0)
                    .build(),
                LifecycleRule::builder().id("nothing").build(),
                LifecycleRule::builder()
                    .id("abort-incomplete-multipart-uploads")
                    .expire_after_days(3)
                    .build(),
            ])
            .build(),
    );
    assert_eq!(
        problems(&stack),
        vec![
            invalid(
                "Data",
                "LifecycleConfiguration.Rules[ia].Transitions.TransitionInDays",
                "10",
                "must be at least 30 days for STANDARD_IA and ONEZONE_IA"
            ),
            invalid(
                "Data",
                "LifecycleConfiguration.Rules.Id",
                "ia",
                "must be unique in the bucket"
            ),
            invalid(
                "Data",
                "LifecycleConfiguration.Rules[ia].ExpirationInDays",
                "0",
                "must be at least 1 day"
            ),
            invalid(
                "Data",
                "LifecycleConfiguration.Rules[nothing].Status",
                "nothing",
                "a rule must expire or transition something"
            ),
            invalid(
                "Data",
                "LifecycleConfiguration.Rules.Id",
                "abort-incomplete-multipart-uploads",
                "must be unique in the bucket"
            ),
        ]
    );
}

#[test]
fn object_lock_retention_and_log_target_are_validated() {
    let mut stack = Stack::new("Lock").unwrap();
    stack.add(
        s3::Bucket::builder()
            .id("data")
            .object_lock(ObjectLock::DefaultRetention {
                mode: RetentionMode::Governance,
                days: 0,
            })
            .access_logs(AccessLogs::Bucket {
                name: "Central_Logs".into(),
                prefix: "data/".into(),
            })
            .build(),
    );
    let p = problems(&stack);
    assert_eq!(
        p[0],
        invalid(
            "Data",
            "ObjectLockConfiguration.Rule.DefaultRetention.Days",
            "0",
            "must be 1-36500 days"
        )
    );
    assert!(
        matches!(&p[1], Error::InvalidValue { property, .. } if property == "LoggingConfiguration.DestinationBucketName")
    );
}

#[test]
fn key_settings_are_validated() {
    let mut stack = Stack::new("Keys").unwrap();
    stack.add(
        kms::Key::builder()
            .id("k")
            .alias("alias/aws/s3")
            .pending_window_days(3)
            .rotation_period_days(30)
            .build(),
    );
    stack.add(kms::Key::builder().id("j").alias("orders").build());
    assert_eq!(
        problems(&stack),
        vec![
            invalid(
                "K",
                "AliasName",
                "alias/aws/s3",
                "must be alias/ followed by letters, digits, / _ -, at most 256 characters, and not alias/aws/"
            ),
            invalid("K", "PendingWindowInDays", "3", "must be 7-30 days"),
            invalid("K", "RotationPeriodInDays", "30", "must be 90-2560 days"),
            invalid(
                "J",
                "AliasName",
                "orders",
                "must be alias/ followed by letters, digits, / _ -, at most 256 characters, and not alias/aws/"
            ),
        ]
    );
}

#[test]
fn stack_settings_are_validated() {
    assert_eq!(
        Stack::new("my_stack").unwrap_err(),
        invalid(
            "Stack",
            "StackName",
            "my_stack",
            "must start with a letter and hold only letters, digits and hyphens, at most 128 characters"
        )
    );
    let mut stack = Stack::new("Settings").unwrap();
    stack
        .allowed_regions(["eu-west-1", "Europe"])
        .tag("aws:owner", "me")
        .tag("team", "x".repeat(257))
        .description("d".repeat(1025));
    let p = problems(&stack);
    assert_eq!(
        p[0],
        invalid(
            "Settings",
            "AllowedRegions",
            "Europe",
            "must be a region name such as eu-west-1"
        )
    );
    assert_eq!(
        p[1],
        invalid(
            "Settings",
            "Tags",
            "aws:owner",
            "a tag key must be 1-128 characters and must not start with aws:"
        )
    );
    assert_eq!(
        p[2],
        invalid(
            "Settings",
            "Tags",
            "team",
            "a tag value must be at most 256 characters"
        )
    );
    assert!(
        matches!(&p[3], Error::InvalidValue { property, rule, .. } if property == "Description" && rule == "must be at most 1024 bytes")
    );
    assert_eq!(p.len(), 4);
}

#[test]
fn logical_ids_must_be_valid_and_unique() {
    let mut stack = Stack::new("Ids").unwrap();
    stack.add(s3::Bucket::builder().id("data").build());
    stack.add(s3::Bucket::builder().id("Data").build());
    stack.add(s3::Bucket::builder().id("été").build());
    let p = problems(&stack);
    assert!(p.contains(&Error::DuplicateLogicalId {
        stack: "Ids".into(),
        id: "Data".into()
    }));
    assert!(p.contains(&Error::DuplicateLogicalId {
        stack: "Ids".into(),
        id: "DataPolicy".into()
    }));
    assert!(p
        .iter()
        .any(|e| matches!(e, Error::InvalidLogicalId { id, .. } if id == "été")));
    assert!(LogicalId::new("x").is_ok());
}

#[test]
fn parameters_are_validated() {
    let mut stack = Stack::new("Params").unwrap();
    stack.add_parameter(
        Parameter::builder()
            .id("env")
            .allowed_values(vec!["dev".into(), "prod".into()])
            .default_value("test")
            .min_length(5)
            .max_length(2)
            .build(),
    );
    stack.add_parameter(
        Parameter::builder()
            .id("size")
            .kind(ParameterType::Number)
            .default_value("ten")
            .min_length(1)
            .build(),
    );
    assert_eq!(
        problems(&stack),
        vec![
            invalid(
                "Env",
                "MinLength",
                "5",
                "must not be greater than MaxLength"
            ),
            invalid("Env", "Default", "test", "must be one of AllowedValues"),
            invalid(
                "Env",
                "Default",
                "test",
                "must be within MinLength and MaxLength"
            ),
            invalid(
                "Size",
                "MinLength",
                "Number",
                "length constraints apply to String parameters only"
            ),
            invalid("Size", "Default", "ten", "must be a number"),
        ]
    );
}

#[test]
fn conditions_need_two_to_ten_operands() {
    let mut stack = Stack::new("Conds").unwrap();
    stack.add_condition("lonely", Condition::And(vec![Condition::Named("x".into())]));
    let p = problems(&stack);
    assert_eq!(
        p[0],
        invalid("Lonely", "Fn::And/Fn::Or", "1", "takes 2 to 10 conditions")
    );
    // The named condition "x" does not exist either.
    assert!(p
        .iter()
        .any(|e| matches!(e, Error::UnresolvedReference { target, .. } if target == "x")));
}

#[test]
fn dangling_references_are_reported() {
    let mut stack = Stack::new("Refs").unwrap();
    stack.add_output(
        Output::builder()
            .id("missing")
            .value(Intrinsic::get_att("Nowhere", "Arn"))
            .build(),
    );
    assert_eq!(
        problems(&stack),
        vec![Error::UnresolvedReference {
            resource: "Missing".into(),
            path: "/Outputs/Missing/Value/Fn::GetAtt".into(),
            target: "Nowhere".into(),
        }]
    );
}

#[test]
fn limits_are_enforced() {
    let mut stack = Stack::new("Big").unwrap();
    for i in 0..201 {
        stack.add_output(
            Output::builder()
                .id(format!("o{i}"))
                .value(Pseudo::Region)
                .build(),
        );
    }
    assert_eq!(
        problems(&stack),
        vec![Error::LimitExceeded {
            stack: "Big".into(),
            limit: "outputs",
            actual: 201,
            max: 200
        }]
    );
    let mut stack = Stack::new("Many").unwrap();
    for i in 0..240 {
        stack.add(s3::Bucket::builder().id(format!("b{i}")).build());
    }
    for i in 0..20 {
        stack.add(kms::Key::builder().id(format!("k{i}")).build());
    }
    // 240 buckets and their policies, the log bucket and its policy, the
    // default key and 20 more keys.
    assert_eq!(
        problems(&stack),
        vec![Error::LimitExceeded {
            stack: "Many".into(),
            limit: "resources",
            actual: 503,
            max: 500
        }]
    );

    let mut stack = Stack::new("Big").unwrap();
    for i in 0..200 {
        stack.add_output(
            Output::builder()
                .id(format!("o{i}"))
                .value("x".repeat(5_000))
                .build(),
        );
    }
    let body = problems(&stack);
    assert_eq!(body.len(), 1, "{body:?}");
    assert!(
        matches!(&body[0], Error::LimitExceeded { limit: "template body (bytes)", max: 1_000_000, actual, .. } if *actual > 1_000_000)
    );
}

#[test]
fn a_rule_broken_without_a_waiver_fails_synth() {
    use stackward::cfn;
    use stackward::template::Resource;
    let mut stack = Stack::new("Raw").unwrap();
    let mut props = cfn::s3::Bucket::default();
    props.versioning_configuration.status = "Suspended".into();
    stack.add_resource(Resource::new(LogicalId::new("raw").unwrap(), &props));
    let p = problems(&stack);
    assert!(p.contains(&Error::RuleFailed {
        resource: "Raw".into(),
        rule: "S3_BUCKET_VERSIONING_ENABLED".into(),
        message: "data backup and recovery: versioning must be Enabled".into(),
    }));
    // Every failure is the raw bucket's; the TLS rule, which finds no bucket
    // policy at all, is the template's.
    assert!(p.iter().all(|e| matches!(e, Error::RuleFailed { resource, rule, .. }
        if resource == "Raw" || (resource == "(template)" && rule == "S3_BUCKET_SSL_REQUESTS_ONLY"))));
    assert_eq!(p.len(), 10, "{p:#?}");
}

#[test]
fn a_waiver_must_name_the_rule_it_suppresses() {
    let mut stack = Stack::new("Wrong").unwrap();
    stack.add(
        s3::Bucket::builder()
            .id("data")
            .versioning(s3::Versioning::Suspended(
                Waiver::new("scratch data", ["S3_BUCKET_LOGGING_ENABLED"]).unwrap(),
            ))
            .build(),
    );
    let found = problems(&stack);
    assert_eq!(
        found,
        vec![Error::RuleFailed {
            resource: "Data".into(),
            rule: "S3_BUCKET_VERSIONING_ENABLED".into(),
            message: "data backup and recovery: versioning must be Enabled".into(),
        }]
    );
    // The error says what to do about it.
    let hint = found[0].hint().unwrap();
    assert!(
        hint.contains("Waiver naming S3_BUCKET_VERSIONING_ENABLED"),
        "{hint}"
    );
    assert!(Error::Stale(vec!["x".into()])
        .hint()
        .unwrap()
        .contains("cargo xtask synth"));
    assert!(Error::InvalidWaiver("no reason".into()).hint().is_some());
}

#[test]
fn resource_attributes_reach_the_template() {
    use serde_json::json;
    use stackward::template::DeletionPolicy;
    let mut stack = Stack::new("Attrs").unwrap();
    let is_prod = stack.add_condition(
        "is-prod",
        Condition::equals(Pseudo::AccountId.into(), "123456789012".into()),
    );
    let key = stack.add(kms::Key::builder().id("k").build());
    let bucket = stack.add(
        s3::Bucket::builder()
            .id("data")
            .name(Intrinsic::if_(
                &is_prod,
                "prod-data",
                Intrinsic::reference("AWS::NoValue"),
            ))
            .encryption(key.clone())
            .build(),
    );
    stack
        .resource_mut(bucket.id())
        .unwrap()
        .depends_on(key.id())
        .condition(is_prod.clone())
        .retention(DeletionPolicy::Delete)
        .waive(Waiver::new("test data", ["S3_BUCKET_RETAINED"]).unwrap())
        .metadata("owner", json!("data-team"));
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"]["Data"];
    assert_eq!(r["DependsOn"], json!(["K"]));
    assert_eq!(r["Condition"], "IsProd");
    assert_eq!(r["DeletionPolicy"], "Delete");
    assert_eq!(r["UpdateReplacePolicy"], "Delete");
    assert_eq!(r["Metadata"]["owner"], "data-team");
    assert_eq!(
        r["Metadata"]["guard"]["SuppressedRules"],
        json!(["S3_BUCKET_RETAINED"])
    );
    assert_eq!(
        r["Properties"]["BucketName"],
        json!({ "Fn::If": ["IsProd", "prod-data", { "Ref": "AWS::NoValue" }] })
    );
    assert_eq!(
        t.json()["Conditions"]["IsProd"]["Fn::Equals"][0],
        json!({ "Ref": "AWS::AccountId" })
    );
    let keys: Vec<&String> = t.json().as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        ["AWSTemplateFormatVersion", "Conditions", "Resources"]
    );
}

#[test]
fn synth_reports_invalid_values_and_rule_failures_together() {
    let mut stack = Stack::new("Both").unwrap();
    stack.add(
        s3::Bucket::builder()
            .id("data")
            .name("Not_Valid")
            .versioning(s3::Versioning::Suspended(
                Waiver::new("scratch", ["S3_BUCKET_LOGGING_ENABLED"]).unwrap(),
            ))
            .build(),
    );
    let p = problems(&stack);
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(matches!(&p[0], Error::InvalidValue { property, .. } if property == "BucketName"));
    assert!(
        matches!(&p[1], Error::RuleFailed { rule, .. } if rule == "S3_BUCKET_VERSIONING_ENABLED")
    );
}

#[test]
fn log_group_settings_are_validated() {
    use stackward::logs::{LogGroup, Retention};
    let mut stack = Stack::new("Logs").unwrap();
    stack.add(
        LogGroup::builder()
            .id("a")
            .name("bad name!")
            .retention(Retention::Days(400))
            .build(),
    );
    stack.add(
        LogGroup::builder()
            .id("b")
            .retention(Retention::Days(100))
            .build(),
    );
    stack.add(
        LogGroup::builder()
            .id("c")
            .retention(Retention::Days(30))
            .build(),
    );
    let needless = Waiver::new("short", ["CW_LOGGROUP_RETENTION_PERIOD_CHECK"]).unwrap();
    stack.add(
        LogGroup::builder()
            .id("d")
            .retention(Retention::Shorter(400, needless))
            .build(),
    );
    assert_eq!(
        problems(&stack),
        vec![
            invalid("A", "LogGroupName", "bad name!", "must be 1-512 letters, digits and . _ - / #"),
            invalid(
                "B",
                "RetentionInDays",
                "100",
                "must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653"
            ),
            invalid(
                "C",
                "RetentionInDays",
                "30",
                "keeping logs less than 365 days needs Retention::Shorter with a waiver"
            ),
            invalid(
                "D",
                "RetentionInDays",
                "400",
                "is not shorter than 365 days: use Retention::Days, which needs no waiver"
            ),
            // The Guard rule says the same of B and C, independently.
            rule_failed("B"),
            rule_failed("C"),
        ]
    );
}

fn rule_failed(resource: &str) -> Error {
    Error::RuleFailed {
        resource: resource.into(),
        rule: "CW_LOGGROUP_RETENTION_PERIOD_CHECK".into(),
        message: "logging and monitoring: log events kept for at least 365 days".into(),
    }
}

#[test]
fn shorter_log_retention_takes_a_waiver_naming_the_rule() {
    use stackward::logs::{LogGroup, Retention};
    let mut stack = Stack::new("Short").unwrap();
    let waiver = Waiver::new(
        "debug logs of a test environment",
        ["CW_LOGGROUP_RETENTION_PERIOD_CHECK", "CT.CLOUDWATCH.PR.2"],
    )
    .unwrap();
    let group = stack.add(
        LogGroup::builder()
            .id("debug")
            .retention(Retention::Shorter(30, waiver))
            .build(),
    );
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"][group.id().as_str()];
    assert_eq!(r["Properties"]["RetentionInDays"], 30);
    let report = t.report();
    let debug = report.resources.iter().find(|x| x.id == "Debug").unwrap();
    assert_eq!(debug.waived[0].reason, "debug logs of a test environment");

    let mut stack = Stack::new("Wrong").unwrap();
    let wrong = Waiver::new("debug logs", ["LOG_GROUP_RETAINED"]).unwrap();
    stack.add(
        LogGroup::builder()
            .id("debug")
            .retention(Retention::Shorter(30, wrong))
            .build(),
    );
    assert!(problems(&stack).iter().any(|p| matches!(p, Error::RuleFailed { rule, .. } if rule == "CW_LOGGROUP_RETENTION_PERIOD_CHECK")));
}

#[test]
fn a_log_group_lets_cloudwatch_logs_use_its_key_and_nothing_more() {
    use stackward::logs::LogGroup;
    let mut stack = Stack::new("KeyUse").unwrap();
    let key = stack.add(kms::Key::builder().id("k").build());
    let plain = stack.synth().unwrap();
    let statements = |t: &stackward::template::Template| {
        t.json()["Resources"]["K"]["Properties"]["KeyPolicy"]["Statement"].clone()
    };
    assert!(!statements(&plain).to_string().contains("logs."));
    stack.add(LogGroup::builder().id("g1").key(key.clone()).build());
    stack.add(LogGroup::builder().id("g2").key(key).build());
    let t = stack.synth().unwrap();
    let with_logs = statements(&t);
    let logs: Vec<&serde_json::Value> = with_logs
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["Sid"] == "CloudWatchLogsUse")
        .collect();
    assert_eq!(logs.len(), 1);
    assert_eq!(
        logs[0]["Principal"]["Service"]["Fn::Sub"],
        "logs.${AWS::Region}.amazonaws.com"
    );
    assert_eq!(
        logs[0]["Condition"]["ArnLike"]["kms:EncryptionContext:aws:logs:arn"]["Fn::Sub"],
        "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*"
    );
}

#[test]
fn a_bucket_policy_must_refuse_old_tls_too() {
    let mut stack = Stack::new("Tls").unwrap();
    let bucket = stack.add(s3::Bucket::builder().id("data").build());
    let policy = stackward::cfn::s3::BucketPolicy {
        bucket: bucket.name(),
        policy_document: stackward::iam::PolicyDocument::new(vec![stackward::iam::Statement::new(
            stackward::iam::Effect::Deny,
            ["s3:*"],
        )
        .principal(stackward::iam::Principal::Any)
        .resource(bucket.arn())
        .condition(serde_json::json!({ "Bool": { "aws:SecureTransport": "false" } }))]),
    };
    let id = LogicalId::new("DataPolicy").unwrap();
    stack.resource_mut(&id).unwrap().set_properties(&policy);
    assert!(problems(&stack).contains(&Error::RuleFailed {
        resource: "DataPolicy".into(),
        rule: "S3_BUCKET_SSL_REQUESTS_ONLY".into(),
        message:
            "encryption in transit: the bucket policy must deny requests over TLS older than 1.2"
                .into(),
    }));
}
