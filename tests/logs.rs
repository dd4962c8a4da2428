//! CloudWatch Logs: the typed errors for log group settings, shorter
//! retention by waiver, and the key-policy statement a log group contributes.

mod common;

use common::{invalid, problems};
use stackward::prelude::*;

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
            // The Guard rule fails for B and C at the same property:
            // reported once, in the construct's words.
        ]
    );
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
