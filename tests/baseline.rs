//! The account baseline: `baseline::Account`'s defaults, the errors bad
//! input gets, each rule firing without its default and yielding to a
//! waiver, and arbitrary valid baselines passing every rule with an honest
//! report.

mod common;

use common::Mutation;
use proptest::prelude::*;
use serde_json::{json, Value as Json};
use stackward::check;
use stackward::prelude::*;

fn baseline_stack(organization: bool) -> (Stack, baseline::AccountRef) {
    let mut stack = Stack::new("Baseline").unwrap();
    stack.allowed_regions(["eu-west-1"]);
    let account = stack.add(
        baseline::Account::builder()
            .id("account")
            .organization(organization)
            .alert_emails(vec!["security@example.com".into()])
            .build(),
    );
    (stack, account)
}

#[test]
fn the_trail_records_every_region_into_a_locked_encrypted_bucket_and_the_alarms_watch_it() {
    let (stack, account) = baseline_stack(false);
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    let trail = &r[account.trail().as_str()];
    let p = &trail["Properties"];
    assert_eq!(p["IsMultiRegionTrail"], true);
    assert_eq!(p["IncludeGlobalServiceEvents"], true);
    assert_eq!(p["EnableLogFileValidation"], true);
    assert_eq!(
        p["KMSKeyId"],
        json!({ "Fn::GetAtt": ["AccountKey", "Arn"] })
    );
    assert_eq!(p["EventSelectors"][0]["ReadWriteType"], "All");
    assert!(
        p["EventSelectors"][0]["DataResources"].is_null(),
        "data events are asked for"
    );
    assert_eq!(trail["DeletionPolicy"], "Retain");
    assert_eq!(trail["DependsOn"], json!(["AccountAuditLogsPolicy"]));

    let bucket = &r[account.bucket().id().as_str()]["Properties"];
    assert_eq!(bucket["ObjectLockEnabled"], true);
    assert_eq!(
        bucket["ObjectLockConfiguration"]["Rule"]["DefaultRetention"]["Days"],
        365
    );
    // CloudTrail may write only as this trail, into this account's prefix.
    let statements = &r["AccountAuditLogsPolicy"]["Properties"]["PolicyDocument"]["Statement"];
    let write = statements
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["Sid"] == "CloudTrailWrites")
        .unwrap();
    assert_eq!(write["Principal"]["Service"], "cloudtrail.amazonaws.com");
    assert_eq!(
        write["Condition"]["StringEquals"]["aws:SourceArn"]["Fn::Sub"],
        "arn:${AWS::Partition}:cloudtrail:${AWS::Region}:${AWS::AccountId}:trail/${AWS::StackName}-AccountTrail"
    );
    // The key admits CloudTrail only by the trail's encryption context.
    let key_statements = r["AccountKey"]["Properties"]["KeyPolicy"]["Statement"]
        .as_array()
        .unwrap();
    let trail_use = key_statements
        .iter()
        .find(|s| s["Sid"] == "CloudTrailEncryptsLogs")
        .unwrap();
    assert!(
        trail_use["Condition"]["StringLike"]["kms:EncryptionContext:aws:cloudtrail:arn"]
            .is_object()
    );
    // The role may write to its log group and nothing else.
    let role =
        &r["AccountTrailRole"]["Properties"]["Policies"][0]["PolicyDocument"]["Statement"][0];
    assert_eq!(
        role["Action"],
        json!(["logs:CreateLogStream", "logs:PutLogEvents"])
    );
    assert_eq!(
        role["Resource"],
        json!([{ "Fn::GetAtt": ["AccountTrailLogs", "Arn"] }])
    );

    let recorder = &r["AccountRecorder"]["Properties"]["RecordingGroup"];
    assert_eq!(recorder["AllSupported"], true);
    assert_eq!(recorder["IncludeGlobalResourceTypes"], true);
    assert_eq!(r["AccountAccessAnalyzer"]["Properties"]["Type"], "ACCOUNT");
    let features: Vec<&str> = r["AccountDetector"]["Properties"]["Features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["Name"].as_str().unwrap())
        .collect();
    assert_eq!(
        features,
        [
            "S3_DATA_EVENTS",
            "EBS_MALWARE_PROTECTION",
            "RUNTIME_MONITORING"
        ]
    );
    for standard in ["AccountStandardFsbp", "AccountStandardCis"] {
        assert_eq!(r[standard]["DependsOn"], json!(["AccountSecurityHub"]));
    }
    let filters = r
        .as_object()
        .unwrap()
        .values()
        .filter(|v| v["Type"] == "AWS::Logs::MetricFilter")
        .count();
    let alarms: Vec<&Json> = r
        .as_object()
        .unwrap()
        .values()
        .filter(|v| v["Type"] == "AWS::CloudWatch::Alarm")
        .collect();
    assert_eq!(
        (filters, alarms.len()),
        (baseline::CIS_ALARMS.len(), baseline::CIS_ALARMS.len())
    );
    assert!(alarms
        .iter()
        .all(|a| a["Properties"]["AlarmActions"][0]["Ref"] == "AccountAlerts"));
    assert_eq!(
        r["AccountAlertsToSecurityExampleCom"]["Properties"]["Protocol"],
        "email"
    );

    let report = serde_json::to_value(t.report()).unwrap();
    assert_eq!(
        common::credited(&report, "AccountTrail"),
        [
            "CLOUDTRAIL_MULTI_REGION",
            "CLOUDTRAIL_MANAGEMENT_EVENTS",
            "CLOUDTRAIL_LOG_FILE_VALIDATION",
            "CLOUDTRAIL_ENCRYPTED",
            "CLOUDTRAIL_CLOUDWATCH_LOGS",
            "BASELINE_RETAINED"
        ]
    );
}

#[test]
fn an_organization_baseline_records_every_member_account() {
    let (stack, _) = baseline_stack(true);
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    assert_eq!(r["AccountTrail"]["Properties"]["IsOrganizationTrail"], true);
    assert_eq!(
        r["AccountAccessAnalyzer"]["Properties"]["Type"],
        "ORGANIZATION"
    );
}

#[test]
fn bad_input_names_the_baseline_and_the_setting() {
    let mut stack = Stack::new("Baseline").unwrap();
    stack.add(
        baseline::Account::builder()
            .id("account")
            .lock_days(0)
            .alert_emails(vec!["security".into()])
            .build(),
    );
    let problems: Vec<String> = stack
        .synth()
        .unwrap_err()
        .problems()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "AccountAuditLogs.ObjectLockConfiguration.Rule.DefaultRetention.Days = \"0\": must be 1-36500 days",
            "AccountAlerts.Subscription.Endpoint = \"security\": must be an email address",
        ]
    );
}

fn mutations() -> Vec<Mutation> {
    vec![
        (
            "CLOUDTRAIL_MULTI_REGION",
            |t| t["Resources"]["AccountTrail"]["Properties"]["IsMultiRegionTrail"] = json!(false),
            "AccountTrail",
            "AccountTrail",
        ),
        (
            "CLOUDTRAIL_MANAGEMENT_EVENTS",
            |t| {
                t["Resources"]["AccountTrail"]["Properties"]["EventSelectors"][0]["ReadWriteType"] =
                    json!("WriteOnly")
            },
            "AccountTrail",
            "AccountTrail",
        ),
        (
            "CLOUDTRAIL_LOG_FILE_VALIDATION",
            |t| {
                t["Resources"]["AccountTrail"]["Properties"]["EnableLogFileValidation"] =
                    json!(false)
            },
            "AccountTrail",
            "AccountTrail",
        ),
        (
            "CLOUDTRAIL_ENCRYPTED",
            |t| {
                t["Resources"]["AccountTrail"]["Properties"]
                    .as_object_mut()
                    .unwrap()
                    .remove("KMSKeyId");
            },
            "AccountTrail",
            "AccountTrail",
        ),
        (
            "CLOUDTRAIL_CLOUDWATCH_LOGS",
            |t| {
                let p = t["Resources"]["AccountTrail"]["Properties"]
                    .as_object_mut()
                    .unwrap();
                p.remove("CloudWatchLogsLogGroupArn");
                p.remove("CloudWatchLogsRoleArn");
            },
            "AccountTrail",
            "AccountTrail",
        ),
        (
            "CONFIG_RECORDS_ALL_RESOURCES",
            |t| {
                t["Resources"]["AccountRecorder"]["Properties"]["RecordingGroup"]
                    ["IncludeGlobalResourceTypes"] = json!(false)
            },
            "AccountRecorder",
            "AccountRecorder",
        ),
        (
            "CONFIG_DELIVERY_ENCRYPTED",
            |t| {
                t["Resources"]["AccountDelivery"]["Properties"]
                    .as_object_mut()
                    .unwrap()
                    .remove("S3KmsKeyArn");
            },
            "AccountDelivery",
            "AccountDelivery",
        ),
        (
            "GUARDDUTY_ENABLED",
            |t| t["Resources"]["AccountDetector"]["Properties"]["Enable"] = json!(false),
            "AccountDetector",
            "AccountDetector",
        ),
        (
            "GUARDDUTY_S3_PROTECTION",
            |t| {
                t["Resources"]["AccountDetector"]["Properties"]["Features"][0]["Status"] =
                    json!("DISABLED")
            },
            "AccountDetector",
            "AccountDetector",
        ),
        (
            "GUARDDUTY_MALWARE_PROTECTION",
            |t| {
                t["Resources"]["AccountDetector"]["Properties"]["Features"][1]["Status"] =
                    json!("DISABLED")
            },
            "AccountDetector",
            "AccountDetector",
        ),
        (
            "SECURITYHUB_STANDARDS",
            |t| {
                let r = t["Resources"].as_object_mut().unwrap();
                r.remove("AccountStandardFsbp");
                r.remove("AccountStandardCis");
            },
            "AccountSecurityHub",
            "AccountSecurityHub",
        ),
        (
            "ACCESS_ANALYZER_SCOPE",
            |t| t["Resources"]["AccountAccessAnalyzer"]["Properties"]["Type"] = json!("NONE"),
            "AccountAccessAnalyzer",
            "AccountAccessAnalyzer",
        ),
        (
            "BASELINE_RETAINED",
            |t| t["Resources"]["AccountSecurityHub"]["DeletionPolicy"] = json!("Delete"),
            "AccountSecurityHub",
            "AccountSecurityHub",
        ),
    ]
}

#[test]
fn each_rule_fires_without_its_default_and_yields_to_a_waiver() {
    let (stack, _) = baseline_stack(false);
    common::assert_mutations(stack.synth().unwrap().json(), mutations());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Any valid baseline passes every rule, its report is honest, and
    /// synth is deterministic.
    #[test]
    fn valid_baselines_pass_every_rule(
        data_events in any::<bool>(),
        organization in any::<bool>(),
        lock_days in 1u32..=36_500,
        emails in proptest::collection::vec("[a-z]{1,8}@[a-z]{1,8}\\.com", 0..3),
    ) {
        let build = || {
            let mut stack = Stack::new("Prop").unwrap();
            stack.add(
                baseline::Account::builder()
                    .id("account")
                    .data_events(data_events)
                    .organization(organization)
                    .lock_days(lock_days)
                    .alert_emails(emails.clone())
                    .build(),
            );
            stack
        };
        let t = build().synth().unwrap();
        let report = check::stackward_rules(t.json()).unwrap();
        prop_assert!(report.failures.is_empty(), "{:?}", report.failures);
        prop_assert!(check::references(t.json()).is_empty());
        let r = serde_json::to_value(t.report()).unwrap();
        let broken = common::broken_claims(t.json(), &r);
        prop_assert!(broken.is_empty(), "{:?}", broken);
        let again = build().synth().unwrap();
        prop_assert_eq!(again.text(), t.text());
    }
}
