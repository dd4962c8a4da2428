//! Amazon CloudWatch: `cloudwatch::Alarm`'s defaults, the topic it tells
//! (whose policy and key admit CloudWatch), the metrics constructs offer,
//! the errors bad input gets, its rule firing without its default and
//! yielding to a waiver, and arbitrary valid alarms passing every rule.

mod common;

use proptest::prelude::*;
use serde_json::json;
use stackward::check;
use stackward::cloudwatch::{Alarm, Comparison, Metric, MissingData, Statistic};
use stackward::dynamodb::{Attribute, Table};
use stackward::lambda::{Code, Function, Runtime};
use stackward::prelude::*;

fn function(stack: &mut Stack) -> lambda::FunctionRef {
    stack.add(
        Function::builder()
            .id("ingest")
            .runtime(Runtime::Python313)
            .handler("index.handler")
            .code(Code::Inline("def handler(e, c):\n    return {}\n".into()))
            .outside_vpc(common::outside())
            .build(),
    )
}

#[test]
fn an_alarm_tells_its_topic_which_admits_cloudwatch_for_this_account() {
    let mut stack = Stack::new("Ops").unwrap();
    let key = stack.add(kms::Key::builder().id("alerts-key").build());
    let alerts = stack.add(sns::Topic::builder().id("alerts").key(key).build());
    let ingest = function(&mut stack);
    stack.add(
        Alarm::builder()
            .id("ingest-errors")
            .description("The ingest function fails: read its logs")
            .metric(ingest.metric_errors().period_s(60))
            .threshold(1.0)
            .evaluation_periods(5)
            .datapoints_to_alarm(2)
            .topic(alerts.clone())
            .build(),
    );
    stack.add(
        Alarm::builder()
            .id("ingest-throttles")
            .metric(ingest.metric_throttles())
            .threshold(1.0)
            .topic(alerts)
            .build(),
    );
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    assert_eq!(
        r["IngestErrors"]["Properties"],
        json!({
            "ActionsEnabled": true,
            "AlarmActions": [{ "Ref": "Alerts" }],
            "AlarmDescription": "The ingest function fails: read its logs",
            "ComparisonOperator": "GreaterThanOrEqualToThreshold",
            "DatapointsToAlarm": 2,
            "Dimensions": [{ "Name": "FunctionName", "Value": { "Ref": "Ingest" } }],
            "EvaluationPeriods": 5,
            "MetricName": "Errors",
            "Namespace": "AWS/Lambda",
            "OKActions": [{ "Ref": "Alerts" }],
            "Period": 60,
            "Statistic": "Sum",
            "Threshold": 1.0,
            "TreatMissingData": "notBreaching"
        })
    );
    // Two alarms, one statement each in the topic's policy and the key's.
    let topic_policy = r["AlertsPolicy"]["Properties"]["PolicyDocument"]["Statement"]
        .as_array()
        .unwrap();
    let cloudwatch: Vec<_> = topic_policy
        .iter()
        .filter(|s| s["Principal"]["Service"] == "cloudwatch.amazonaws.com")
        .collect();
    assert_eq!(cloudwatch.len(), 1);
    assert_eq!(cloudwatch[0]["Sid"], "CloudwatchAmazonawsComPublishes");
    assert_eq!(
        cloudwatch[0]["Condition"]["StringEquals"]["aws:SourceAccount"],
        json!({ "Ref": "AWS::AccountId" })
    );
    let key_policy = r["AlertsKey"]["Properties"]["KeyPolicy"]["Statement"]
        .as_array()
        .unwrap();
    assert_eq!(
        key_policy
            .iter()
            .filter(|s| s["Principal"]["Service"] == "cloudwatch.amazonaws.com")
            .count(),
        1
    );
    let report = serde_json::to_value(t.report()).unwrap();
    assert_eq!(
        common::credited(&report, "IngestErrors"),
        ["CLOUDWATCH_ALARM_ACTION_CHECK"]
    );
    assert!(common::broken_claims(t.json(), &report).is_empty());
}

#[test]
fn constructs_offer_the_metrics_worth_alarming_on() {
    let mut stack = Stack::new("Metrics").unwrap();
    let queue = stack.add(sqs::Queue::builder().id("jobs").build());
    let shared = stack.add(
        sqs::Queue::builder()
            .id("plain")
            .dead_letters(sqs::DeadLetters::None(
                Waiver::new("test", ["SQS_QUEUE_DEAD_LETTER"]).unwrap(),
            ))
            .build(),
    );
    let table = stack.add(
        Table::builder()
            .id("orders")
            .partition_key(Attribute::string("pk"))
            .build(),
    );
    let age = queue.metric_oldest_message_age();
    assert_eq!(
        (age.namespace(), age.name()),
        ("AWS/SQS", "ApproximateAgeOfOldestMessage")
    );
    assert_eq!(
        queue.metric_dead_letter_depth().unwrap().name(),
        "ApproximateNumberOfMessagesVisible"
    );
    assert!(shared.metric_dead_letter_depth().is_none());
    let throttles = table.metric_write_throttle_events();
    assert_eq!(
        (throttles.namespace(), throttles.name()),
        ("AWS/DynamoDB", "WriteThrottleEvents")
    );
    let alerts = stack.add(sns::Topic::builder().id("alerts").build());
    stack.add(
        Alarm::builder()
            .id("dead-letters")
            .metric(queue.metric_dead_letter_depth().unwrap())
            .threshold(1.0)
            .topic(alerts)
            .build(),
    );
    let t = stack.synth().unwrap();
    assert_eq!(
        t.json()["Resources"]["DeadLetters"]["Properties"]["Dimensions"],
        json!([{ "Name": "QueueName", "Value": { "Fn::GetAtt": ["JobsDeadLetters", "QueueName"] } }])
    );
}

#[test]
fn bad_alarm_settings_are_typed_errors() {
    let mut stack = Stack::new("Bad").unwrap();
    let alerts = stack.add(sns::Topic::builder().id("alerts").build());
    stack.add(
        Alarm::builder()
            .id("bad")
            .metric(Metric::new("", "Errors", vec![], Statistic::Sum).period_s(45))
            .threshold(f64::NAN)
            .evaluation_periods(0)
            .datapoints_to_alarm(2)
            .topic(alerts.clone())
            .build(),
    );
    stack.add(
        Alarm::builder()
            .id("long")
            .metric(
                Metric::new("Custom/App", "Beats", vec![], Statistic::SampleCount).period_s(3600),
            )
            .threshold(1.0)
            .comparison(Comparison::Below)
            .missing_data(MissingData::Breaching)
            .evaluation_periods(25)
            .topic(alerts)
            .build(),
    );
    let i = common::invalid;
    assert_eq!(
        common::problems(&stack),
        [
            i(
                "Bad",
                "Namespace",
                "",
                "must be 1-255 characters, such as AWS/Lambda"
            ),
            i(
                "Bad",
                "Period",
                "45",
                "must be 10, 30 or a multiple of 60 seconds"
            ),
            i("Bad", "Threshold", "NaN", "must be a finite number"),
            i(
                "Bad",
                "EvaluationPeriods",
                "0",
                "at least 1, and the periods together at most one day"
            ),
            i(
                "Bad",
                "DatapointsToAlarm",
                "2",
                "must be 1 up to the evaluation periods"
            ),
            i(
                "Long",
                "EvaluationPeriods",
                "25",
                "at least 1, and the periods together at most one day"
            ),
        ]
    );
}

#[test]
fn the_rule_fires_without_an_action_and_yields_to_a_waiver() {
    let mut stack = Stack::new("Ops").unwrap();
    let alerts = stack.add(sns::Topic::builder().id("alerts").build());
    let ingest = function(&mut stack);
    stack.add(
        Alarm::builder()
            .id("errors")
            .metric(ingest.metric_errors())
            .threshold(1.0)
            .topic(alerts)
            .build(),
    );
    let base = stack.synth().unwrap().json().clone();
    common::assert_mutations(
        &base,
        vec![
            (
                "CLOUDWATCH_ALARM_ACTION_CHECK",
                |t| {
                    t["Resources"]["Errors"]["Properties"]
                        .as_object_mut()
                        .unwrap()
                        .remove("AlarmActions");
                },
                "Errors",
                "Errors",
            ),
            (
                "CLOUDWATCH_ALARM_ACTION_CHECK",
                |t| t["Resources"]["Errors"]["Properties"]["ActionsEnabled"] = json!(false),
                "Errors",
                "Errors",
            ),
        ],
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Any valid alarm passes every rule and synth is deterministic.
    #[test]
    fn valid_alarms_pass_every_rule(
        threshold in -1e6f64..1e6,
        period in prop_oneof![Just(10u32), Just(30), (1u32..=60).prop_map(|m| m * 60)],
        periods in 1u32..=8,
        comparison in prop_oneof![Just(Comparison::AtLeast), Just(Comparison::Above), Just(Comparison::Below), Just(Comparison::AtMost)],
        missing in prop_oneof![Just(MissingData::NotBreaching), Just(MissingData::Breaching), Just(MissingData::Ignore)],
    ) {
        let build = || {
            let mut stack = Stack::new("Prop").unwrap();
            let alerts = stack.add(sns::Topic::builder().id("alerts").build());
            let ingest = function(&mut stack);
            stack.add(
                Alarm::builder()
                    .id("alarm")
                    .metric(ingest.metric_errors().period_s(period))
                    .threshold(threshold)
                    .comparison(comparison)
                    .missing_data(missing)
                    .evaluation_periods(periods)
                    .topic(alerts)
                    .build(),
            );
            stack
        };
        let t = build().synth().unwrap();
        let report = check::stackward_rules(t.json()).unwrap();
        prop_assert!(report.failures.is_empty(), "{:?}", report.failures);
        let r = serde_json::to_value(t.report()).unwrap();
        prop_assert!(common::broken_claims(t.json(), &r).is_empty());
        let again = build().synth().unwrap();
        prop_assert_eq!(again.text(), t.text());
    }
}
