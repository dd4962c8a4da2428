//! Beyond the constructs: raw resources of any type, overrides of any
//! property (also on resources a construct made), and the resources nothing
//! in stackward checks, listed where a reviewer looks.

use serde_json::json;
use stackward::prelude::*;
use stackward::template::{Condition, DeletionPolicy, LogicalId, Resource, Tagging};

fn problems(stack: &Stack) -> Vec<Error> {
    match stack.synth() {
        Ok(_) => panic!("synth should fail"),
        Err(e) => e.problems().to_vec(),
    }
}

/// A raw queue carries none of `sqs::Queue`'s policy, dead-letter queue
/// or retention: a test of raw resources waives those rules.
fn raw_queue() -> Waiver {
    Waiver::new(
        "a raw queue in a test of raw resources",
        [
            "SQS_QUEUE_DEAD_LETTER",
            "SQS_QUEUE_RETAINED",
            "SQS_QUEUE_TLS_ONLY",
        ],
    )
    .unwrap()
}

#[test]
fn a_raw_resource_takes_every_attribute_and_the_stack_tags_in_its_shape() {
    let mut stack = Stack::new("Raw").unwrap();
    stack.tag("team", "edge");
    let queue = stack.logical_id("queue");
    let topic = stack.logical_id("topic");
    let prod = stack.add_condition(
        "is-prod",
        Condition::equals(Value::<String>::from(Pseudo::StackName), "prod".into()),
    );
    // A listed type takes the stack's tags in its schema's shape by itself.
    stack
        .add_resource(Resource::raw(
            queue.clone(),
            "AWS::SQS::Queue",
            json!({ "KmsMasterKeyId": "alias/q" }),
        ))
        .waive(raw_queue());
    stack
        .add_resource(Resource::raw(
            topic.clone(),
            "AWS::SSM::Parameter",
            json!({ "Type": "String", "Value": "x", "Tags": { "team": "own", "tier": "1" } }),
        ))
        .tagging(Tagging::Map)
        .depends_on(&queue)
        .condition(prod.clone())
        .deletion_policy(DeletionPolicy::Retain)
        .update_replace_policy(DeletionPolicy::Delete)
        .update_policy(json!({ "AutoScalingReplacingUpdate": { "WillReplace": true } }))
        .creation_policy(json!({ "ResourceSignal": { "Count": 1 } }))
        .metadata("owner", json!("edge team"));
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    assert_eq!(
        r["Queue"]["Properties"]["Tags"],
        json!([{ "Key": "team", "Value": "edge" }])
    );
    let p = &r["Topic"];
    // The resource's own tag wins; the stack's others are added as a map.
    assert_eq!(
        p["Properties"]["Tags"],
        json!({ "team": "own", "tier": "1" })
    );
    assert_eq!(p["DependsOn"], json!(["Queue"]));
    assert_eq!(p["Condition"], json!(prod));
    assert_eq!(p["DeletionPolicy"], "Retain");
    assert_eq!(p["UpdateReplacePolicy"], "Delete");
    assert_eq!(
        p["UpdatePolicy"]["AutoScalingReplacingUpdate"]["WillReplace"],
        true
    );
    assert_eq!(p["CreationPolicy"]["ResourceSignal"]["Count"], 1);
    assert_eq!(p["Metadata"]["owner"], "edge team");
    let _ = topic;
}

#[test]
fn any_property_of_a_construct_can_be_set_or_removed() {
    let mut stack = Stack::new("Overrides").unwrap();
    let bucket = stack.add(s3::Bucket::builder().id("assets").build());
    stack
        .resource_mut(bucket.id())
        .unwrap()
        .set(
            "CorsConfiguration",
            json!({ "CorsRules": [{ "AllowedMethods": ["GET"], "AllowedOrigins": ["https://example.com"] }] }),
        )
        .set("/CorsConfiguration/CorsRules/0/MaxAge", 600)
        .set("/LifecycleConfiguration/Rules/-", json!({ "Id": "expire", "Status": "Enabled", "ExpirationInDays": 30 }))
        .set("/AccelerateConfiguration/AccelerationStatus", "Enabled")
        .remove("/AccelerateConfiguration");
    let t = stack.synth().unwrap();
    let props = &t.json()["Resources"]["Assets"]["Properties"];
    assert_eq!(props["CorsConfiguration"]["CorsRules"][0]["MaxAge"], 600);
    assert_eq!(props["LifecycleConfiguration"]["Rules"][1]["Id"], "expire");
    assert!(props.get("AccelerateConfiguration").is_none());
}

/// Every rule runs on the final template: an override cannot silently
/// weaken a default. It fails synth with the rule's own error.
#[test]
fn an_override_that_weakens_a_default_fails_with_the_rule() {
    let mut stack = Stack::new("Weakened").unwrap();
    let bucket = stack.add(s3::Bucket::builder().id("assets").build());
    stack
        .resource_mut(bucket.id())
        .unwrap()
        .set("/PublicAccessBlockConfiguration/BlockPublicPolicy", false)
        .remove("/VersioningConfiguration");
    let problems = problems(&stack);
    let rules: Vec<(&str, &str)> = problems
        .iter()
        .filter_map(|p| match p {
            Error::RuleFailed { resource, rule, .. } => Some((resource.as_str(), rule.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        rules,
        [
            ("Assets", "S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED"),
            ("Assets", "S3_BUCKET_VERSIONING_ENABLED"),
        ],
        "{problems:?}"
    );
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn paths_that_cannot_be_followed_and_bad_raw_resources_are_typed_errors() {
    let mut stack = Stack::new("BadPaths").unwrap();
    let bucket = stack.add(s3::Bucket::builder().id("assets").build());
    stack
        .resource_mut(bucket.id())
        .unwrap()
        .set("/LifecycleConfiguration/Rules/7/Id", "x")
        .set(
            "/BucketEncryption/ServerSideEncryptionConfiguration/0/BucketKeyEnabled/Deeper",
            1,
        )
        .remove("/NoSuchProperty")
        .set("", 1);
    let bad_type = LogicalId::new("bad-type").unwrap();
    stack.add_resource(Resource::raw(bad_type, "AWS::S3", json!({})));
    let bad_props = LogicalId::new("bad-props").unwrap();
    stack.add_resource(Resource::raw(bad_props, "AWS::SNS::Topic", json!([1])));
    let problems = problems(&stack);
    let invalid = |resource: &str, property: &str, value: &str, rule: &str| Error::InvalidValue {
        resource: resource.into(),
        property: property.into(),
        value: value.into(),
        rule: rule.into(),
    };
    for expected in [
        invalid(
            "Assets",
            "Properties.LifecycleConfiguration.Rules.7.Id",
            "/LifecycleConfiguration/Rules/7/Id",
            "7 is not an index of this list of 1",
        ),
        invalid(
            "Assets",
            "Properties.BucketEncryption.ServerSideEncryptionConfiguration.0.BucketKeyEnabled.Deeper",
            "/BucketEncryption/ServerSideEncryptionConfiguration/0/BucketKeyEnabled/Deeper",
            "Deeper is below a value that is neither an object nor a list",
        ),
        invalid(
            "Assets",
            "Properties.NoSuchProperty",
            "/NoSuchProperty",
            "there is nothing at this path to remove",
        ),
        invalid("Assets", "Properties", "", "the path names no property"),
        invalid(
            "BadType",
            "Type",
            "AWS::S3",
            "must be AWS::Service::Resource (letters and digits) or Custom::Name",
        ),
        invalid("BadProps", "Properties", "[1]", "must be a JSON object"),
    ] {
        assert!(problems.contains(&expected), "{expected:?} not in {problems:?}");
    }
}

#[test]
fn a_contribution_to_a_resource_that_takes_none_is_an_error() {
    let mut stack = Stack::new("Contrib").unwrap();
    let bucket = stack.add(s3::Bucket::builder().id("assets").build());
    stack.contribute(bucket.id(), json!({ "Effect": "Allow" }));
    let problems = problems(&stack);
    assert!(
        problems.iter().any(
            |p| matches!(p, Error::InvalidValue { resource, property, .. }
            if resource == "Assets" && property == "Properties")
        ),
        "{problems:?}"
    );
}

/// Whatever a stack holds, checking never stops silently: a type stackward
/// has no rule for shows as unchecked in the report, its Markdown, the
/// SARIF findings and synth's output.
#[test]
fn resources_nothing_checks_are_listed_everywhere_a_reviewer_looks() {
    let mut stack = Stack::new("Mixed").unwrap();
    stack.add(s3::Bucket::builder().id("assets").build());
    let topic = stack.logical_id("orders");
    stack.add_resource(Resource::raw(topic, "AWS::Kinesis::Stream", json!({})));
    let t = stack.synth().unwrap();
    let report = t.report();
    assert_eq!(report.unchecked.len(), 1);
    assert_eq!(report.unchecked[0].id, "Orders");
    assert_eq!(report.unchecked[0].type_name, "AWS::Kinesis::Stream");
    let markdown = report.to_markdown();
    assert!(markdown.contains("## Not checked by stackward"));
    assert!(markdown.contains("| Orders | `AWS::Kinesis::Stream` |"));
    let sarif = stackward::sarif::log(&[stackward::sarif::Artifact {
        uri: "generated/Mixed.template.json".into(),
        text: t.text(),
        failures: &[],
        report: &report,
    }]);
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(results
        .iter()
        .any(|r| r["ruleId"] == stackward::sarif::UNCHECKED_RULE
            && r["level"] == "warning"
            && r["message"]["text"]
                .as_str()
                .unwrap()
                .starts_with("Orders: no stackward rule checks type AWS::Kinesis::Stream")));

    let mut app = App::new();
    app.add(stack);
    let dir = std::env::temp_dir().join(format!("stackward-unchecked-{}", std::process::id()));
    let written = app.write(&dir).unwrap();
    assert_eq!(written.unchecked, ["Mixed: Orders (AWS::Kinesis::Stream)"]);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// How a type takes tags is read from its provider schema by the
/// generator, not kept by hand.
#[test]
fn tag_shapes_come_from_the_schemas() {
    use stackward::cfn::l1;
    assert_eq!(l1::tagging("AWS::S3::Bucket"), Some(Tagging::List));
    assert_eq!(
        l1::tagging("AWS::AutoScaling::AutoScalingGroup"),
        Some(Tagging::ListPropagated)
    );
    assert_eq!(l1::tagging("AWS::ApiGatewayV2::Api"), Some(Tagging::Map));
    assert_eq!(l1::tagging("AWS::KMS::Alias"), Some(Tagging::None));
    assert_eq!(l1::tagging("AWS::Not::Listed"), None);
    assert!(l1::TYPES.contains(&"AWS::WAFv2::WebACL"));
}

/// A generated L1 struct serializes to exactly CloudFormation's property
/// names, leaving out what is not set.
#[test]
fn generated_l1_structs_use_cloudformation_names() {
    use stackward::cfn::l1::sqs::Queue;
    let queue = Queue {
        kms_master_key_id: Some("alias/q".into()),
        visibility_timeout: Some(Value::Literal(60)),
        redrive_policy: Some(json!({ "maxReceiveCount": 3 })),
        ..Default::default()
    };
    let mut stack = Stack::new("L1").unwrap();
    let id = stack.logical_id("jobs");
    stack
        .add_resource(Resource::new(id, &queue))
        .waive(raw_queue());
    let t = stack.synth().unwrap();
    assert_eq!(
        t.json()["Resources"]["Jobs"]["Properties"],
        json!({ "KmsMasterKeyId": "alias/q", "RedrivePolicy": { "maxReceiveCount": 3 }, "VisibilityTimeout": 60 })
    );
}
