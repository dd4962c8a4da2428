//! The stack core gives a clear, typed error naming the resource, the
//! property and the rule: stack settings, logical ids, parameters,
//! conditions, references, limits, rule failures and waivers. Each
//! service's own bad-input tests are in its file (`tests/s3.rs`, ...).

mod common;

use common::{invalid, problems};
use stackward::prelude::*;
use stackward::template::{Condition, LogicalId, Parameter, ParameterType};

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
        id: "Data".into(),
        by: vec!["\"data\"".into(), "\"Data\"".into()],
    }));
    assert!(p.contains(&Error::DuplicateLogicalId {
        stack: "Ids".into(),
        id: "DataPolicy".into(),
        by: vec![
            "\"the Policy of data\"".into(),
            "\"the Policy of Data\"".into()
        ],
    }));
    assert!(p.iter().any(|e| e.to_string()
        == "logical id \"Data\" is used twice in stack Ids, by \"data\" and by \"Data\""));
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
    for i in 0..100 {
        stack.add(s3::Bucket::builder().id(format!("b{i}")).build());
    }
    for i in 0..300 {
        stack.add(kms::Key::builder().id(format!("k{i}")).build());
    }
    // 100 buckets and their policies, the log bucket and its policy, the
    // default key and 300 more keys (a stack under the byte limit).
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
    use cfn::l1::s3::bucket::{Bucket, VersioningConfiguration};
    let props = Bucket {
        versioning_configuration: Some(VersioningConfiguration {
            status: "Suspended".into(),
        }),
        ..Default::default()
    };
    stack.add_resource(Resource::new(LogicalId::new("raw").unwrap(), &props));
    let p = problems(&stack);
    assert!(p.contains(&Error::RuleFailed {
        property: "Properties/VersioningConfiguration/Status".into(),
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
            property: "Properties/VersioningConfiguration/Status".into(),
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
