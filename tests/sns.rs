//! Amazon SNS: `sns::Topic`'s defaults, its grant, the errors bad input
//! gets, each rule firing without its default and yielding to a waiver, and
//! arbitrary valid topics passing every rule with an honest report.

mod common;

use proptest::prelude::*;
use serde_json::json;
use stackward::check;
use stackward::prelude::*;

fn topic_stack() -> (Stack, sns::TopicRef) {
    let mut stack = Stack::new("Alerts").unwrap();
    stack.allowed_regions(["eu-west-1"]);
    let key = stack.add(kms::Key::builder().id("alerts-key").build());
    let topic = stack.add(
        sns::Topic::builder()
            .id("alerts")
            .name("alerts")
            .display_name("Alerts")
            .key(key)
            .publishers(vec!["cloudwatch.amazonaws.com".into()])
            .tags(vec![("owner".into(), "ops".into())])
            .build(),
    );
    (stack, topic)
}

#[test]
fn a_topic_is_encrypted_tls_only_and_published_to_by_this_account() {
    let (stack, topic) = topic_stack();
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    let props = &r[topic.id().as_str()]["Properties"];
    assert_eq!(
        props["KmsMasterKeyId"],
        json!({ "Fn::GetAtt": ["AlertsKey", "Arn"] })
    );
    assert_eq!(props["TopicName"], "alerts");
    assert_eq!(props["Tags"], json!([{ "Key": "owner", "Value": "ops" }]));
    let policy = &r["AlertsPolicy"]["Properties"];
    assert_eq!(policy["Topics"], json!([{ "Ref": "Alerts" }]));
    let statements = &policy["PolicyDocument"]["Statement"];
    assert_eq!(statements[0]["Effect"], "Deny");
    assert_eq!(
        statements[0]["Condition"]["Bool"]["aws:SecureTransport"],
        false
    );
    assert_eq!(statements[1]["Effect"], "Allow");
    assert_eq!(
        statements[1]["Principal"]["AWS"],
        json!({ "Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:root" })
    );
    assert_eq!(
        statements[2]["Principal"]["Service"],
        "cloudwatch.amazonaws.com"
    );
    assert_eq!(
        statements[2]["Condition"]["StringEquals"]["aws:SourceAccount"],
        json!({ "Ref": "AWS::AccountId" })
    );
    // The publishing service may use the key: a statement contributed to
    // the key's policy, before its closing deny.
    let key_statements = r["AlertsKey"]["Properties"]["KeyPolicy"]["Statement"]
        .as_array()
        .unwrap();
    let n = key_statements.len();
    assert_eq!(
        key_statements[n - 2]["Sid"],
        "CloudwatchAmazonawsComPublishes"
    );
    assert_eq!(
        key_statements[n - 2]["Principal"]["Service"],
        "cloudwatch.amazonaws.com"
    );
    assert_eq!(key_statements[n - 1]["Sid"], "GrantsOnlyForAwsResources");
    // The report credits each default with the value that shows it.
    let report = serde_json::to_value(t.report()).unwrap();
    let alerts = report["resources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "Alerts")
        .unwrap();
    let credited: Vec<&str> = alerts["discharged"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["rule"].as_str())
        .collect();
    assert_eq!(
        credited,
        [
            "SNS_ENCRYPTED_KMS",
            "SNS_TOPIC_TLS_ONLY",
            "SNS_TOPIC_NOT_PUBLIC"
        ]
    );
    assert!(common::broken_claims(t.json(), &report).is_empty());
}

#[test]
fn grant_publish_allows_exactly_publish_and_the_key() {
    let (mut stack, topic) = topic_stack();
    let app = stack.add(
        iam::Role::builder()
            .id("app")
            .service("ec2.amazonaws.com")
            .build(),
    );
    topic.grant_publish(&mut stack, &app);
    let t = stack.synth().unwrap();
    let s =
        &t.json()["Resources"]["App"]["Properties"]["Policies"][0]["PolicyDocument"]["Statement"];
    assert_eq!(
        *s,
        json!([
            { "Effect": "Allow", "Action": ["sns:Publish"], "Resource": [{ "Ref": "Alerts" }] },
            { "Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": [{ "Fn::GetAtt": ["AlertsKey", "Arn"] }] },
            { "Effect": "Allow", "Action": ["kms:Encrypt", "kms:GenerateDataKey"], "Resource": [{ "Fn::GetAtt": ["AlertsKey", "Arn"] }] }
        ])
    );
}

#[test]
fn a_topic_without_a_key_uses_the_stack_default_key() {
    let mut stack = Stack::new("Default").unwrap();
    stack.add(sns::Topic::builder().id("events").build());
    let t = stack.synth().unwrap();
    assert_eq!(
        t.json()["Resources"]["Events"]["Properties"]["KmsMasterKeyId"],
        json!({ "Fn::GetAtt": ["DefaultKey", "Arn"] })
    );
}

#[test]
fn bad_topic_settings_are_typed_errors() {
    let mut stack = Stack::new("Bad").unwrap();
    stack.add(
        sns::Topic::builder()
            .id("orders")
            .name("orders list")
            .display_name("x".repeat(101))
            .publishers(vec!["cloudwatch".into()])
            .build(),
    );
    stack.add(
        sns::Topic::builder()
            .id("fifo")
            .name("fifo")
            .fifo(true)
            .build(),
    );
    let problems = stack.synth().unwrap_err().problems().to_vec();
    let invalid = |resource: &str, property: &str, value: &str, rule: &str| Error::InvalidValue {
        resource: resource.into(),
        property: property.into(),
        value: value.into(),
        rule: rule.into(),
    };
    assert_eq!(
        problems,
        [
            invalid(
                "Orders",
                "TopicName",
                "orders list",
                "must be 1-256 letters, digits, hyphens or underscores (a FIFO topic's ending in .fifo)"
            ),
            invalid("Orders", "DisplayName", &"x".repeat(101), "must be 1-100 characters"),
            invalid(
                "Orders",
                "Policy.Principal.Service",
                "cloudwatch",
                "must be an AWS service principal such as cloudwatch.amazonaws.com"
            ),
            invalid(
                "Fifo",
                "TopicName",
                "fifo",
                "a FIFO topic's name ends in .fifo, and only a FIFO topic's does"
            ),
        ]
    );
}

use common::Mutation;

fn mutations() -> Vec<Mutation> {
    vec![
        (
            "SNS_ENCRYPTED_KMS",
            |t| {
                t["Resources"]["Alerts"]["Properties"]
                    .as_object_mut()
                    .unwrap()
                    .remove("KmsMasterKeyId");
            },
            "Alerts",
            "Alerts",
        ),
        (
            "SNS_TOPIC_TLS_ONLY",
            |t| {
                t["Resources"]["AlertsPolicy"]["Properties"]["PolicyDocument"]["Statement"][0]
                    ["Condition"] = json!({});
            },
            "AlertsPolicy",
            "AlertsPolicy",
        ),
        (
            "SNS_TOPIC_TLS_ONLY",
            |t| {
                t["Resources"]
                    .as_object_mut()
                    .unwrap()
                    .remove("AlertsPolicy");
            },
            "Alerts",
            "Alerts",
        ),
        (
            "SNS_TOPIC_NOT_PUBLIC",
            |t| {
                t["Resources"]["AlertsPolicy"]["Properties"]["PolicyDocument"]["Statement"][1]
                    ["Principal"] = json!({ "AWS": "*" });
            },
            "AlertsPolicy",
            "AlertsPolicy",
        ),
    ]
}

#[test]
fn each_rule_fires_without_its_default_and_yields_to_a_waiver() {
    let (stack, _) = topic_stack();
    common::assert_mutations(stack.synth().unwrap().json(), mutations());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Any valid topic passes every rule, its report is honest, and synth
    /// is deterministic.
    #[test]
    fn valid_topics_pass_every_rule(
        name in proptest::option::of("[a-zA-Z0-9_-]{1,40}"),
        display in "[!-~][ -~]{0,99}",
        fifo in any::<bool>(),
        own_key in any::<bool>(),
        publishers in proptest::collection::btree_set(
            prop_oneof![Just("cloudwatch"), Just("events"), Just("budgets"), Just("s3")], 0..3),
        tags in proptest::collection::vec(("[a-z]{1,10}", "[a-z0-9]{0,10}"), 0..3),
    ) {
        let build = || {
            let mut stack = Stack::new("Prop").unwrap();
            let key = own_key.then(|| stack.add(kms::Key::builder().id("topic-key").build()));
            let publishers: Vec<String> =
                publishers.iter().map(|p| format!("{p}.amazonaws.com")).collect();
            let name = name.clone().map(|n| if fifo { format!("{n}.fifo") } else { n });
            let topic = sns::Topic::builder()
                .id("topic")
                .display_name(display.clone())
                .fifo(fifo)
                .publishers(publishers)
                .tags(tags.clone());
            stack.add(match (name, key) {
                (Some(n), Some(k)) => topic.name(n).key(k).build(),
                (Some(n), None) => topic.name(n).build(),
                (None, Some(k)) => topic.key(k).build(),
                (None, None) => topic.build(),
            });
            stack
        };
        let t = build().synth().unwrap();
        let report = check::stackward_rules(t.json()).unwrap();
        prop_assert!(report.failures.is_empty(), "{:?}", report.failures);
        prop_assert!(report.waived.is_empty());
        prop_assert!(check::references(t.json()).is_empty());
        let r = serde_json::to_value(t.report()).unwrap();
        let broken = common::broken_claims(t.json(), &r);
        prop_assert!(broken.is_empty(), "{:?}", broken);
        let again = build().synth().unwrap();
        prop_assert_eq!(again.text(), t.text());
    }
}
