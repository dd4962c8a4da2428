//! The serverless orders API example, end to end: every resource comes from
//! a typed construct, every rule passes with only the example's own
//! waivers, the report credits each default with the value that shows it
//! and leaves nothing "not shown", and each function holds exactly the
//! grants it was given.

mod common;

use serde_json::Value as Json;
use stackward::check;

#[path = "../examples/serverless_api.rs"]
#[allow(dead_code)]
mod example;

fn template() -> (Json, Json) {
    let stack = example::stack().unwrap();
    let t = stack.synth().unwrap();
    let report = serde_json::to_value(t.report()).unwrap();
    (t.json().clone(), report)
}

#[test]
fn every_rule_passes_with_only_the_examples_waivers() {
    let (t, _) = template();
    let report = check::stackward_rules(&t).unwrap();
    assert_eq!(report.failures, []);
    let mut waived: Vec<(String, String)> = report
        .waived
        .iter()
        .map(|w| (w.rule.clone(), w.resource.clone().unwrap_or_default()))
        .collect();
    waived.sort();
    waived.dedup();
    let expected = [
        ("LAMBDA_INSIDE_VPC", "Fulfil"),
        ("LAMBDA_INSIDE_VPC", "OrdersHandler"),
        ("S3_BUCKET_LOGGING_ENABLED", "AccessLogsBucket"),
        ("S3_DEFAULT_ENCRYPTION_KMS", "AccessLogsBucket"),
        ("SECRETSMANAGER_ROTATION_ENABLED", "PartnerApiKey"),
        ("SQS_QUEUE_DEAD_LETTER", "FulfilDeadLetters"),
        ("SQS_QUEUE_DEAD_LETTER", "FulfilmentDeadLetters"),
        ("SQS_QUEUE_DEAD_LETTER", "OrdersHandlerDeadLetters"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(r, id)| (r.to_string(), id.to_string()))
        .collect();
    assert_eq!(waived, expected);
}

#[test]
fn every_resource_is_typed_checked_and_its_report_complete() {
    let (t, report) = template();
    // Every resource is of a type a construct made and a rule checks.
    assert!(report
        .get("unchecked")
        .and_then(Json::as_array)
        .is_none_or(Vec::is_empty));
    assert!(common::broken_claims(&t, &report).is_empty());
    let not_shown: Vec<String> = report["resources"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| {
            r["residual"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|x| x["what"].as_str().unwrap().starts_with("not shown"))
                .map(move |x| format!("{}: {}", r["id"], x["what"]))
        })
        .collect();
    assert_eq!(not_shown, Vec::<String>::new());
    for (id, rules) in [
        ("Orders", 4),
        ("Fulfilment", 5),
        ("PartnerApiKey", 4),
        ("OrdersApiStage", 2),
        ("OrdersApiRouteGetOrdersId", 1),
        ("FulfilFulfilment", 1),
        ("Api5xx", 1),
    ] {
        assert_eq!(common::credited(&report, id).len(), rules, "{id}");
    }
}

#[test]
fn each_function_holds_exactly_its_grants() {
    let (t, _) = template();
    let actions = |role: &str| -> Vec<String> {
        let mut all: Vec<String> = common::statements(&t, role)
            .iter()
            .flat_map(|s| s["Action"].as_array().unwrap().clone())
            .map(|a| a.as_str().unwrap().to_owned())
            .collect();
        all.sort();
        all.dedup();
        all
    };
    assert_eq!(
        actions("OrdersHandlerRole"),
        [
            "dynamodb:BatchGetItem",
            "dynamodb:BatchWriteItem",
            "dynamodb:ConditionCheckItem",
            "dynamodb:DeleteItem",
            "dynamodb:DescribeTable",
            "dynamodb:GetItem",
            "dynamodb:PutItem",
            "dynamodb:Query",
            "dynamodb:Scan",
            "dynamodb:UpdateItem",
            "kms:Decrypt",
            "kms:Encrypt",
            "kms:GenerateDataKey",
            "logs:CreateLogStream",
            "logs:PutLogEvents",
            "sqs:GetQueueAttributes",
            "sqs:GetQueueUrl",
            "sqs:SendMessage",
        ]
    );
    assert_eq!(
        actions("FulfilRole"),
        [
            "kms:Decrypt",
            "kms:Encrypt",
            "kms:GenerateDataKey",
            "logs:CreateLogStream",
            "logs:PutLogEvents",
            "s3:AbortMultipartUpload",
            "s3:DeleteObject",
            "s3:PutObject",
            "secretsmanager:DescribeSecret",
            "secretsmanager:GetSecretValue",
            "sqs:ChangeMessageVisibility",
            "sqs:DeleteMessage",
            "sqs:GetQueueAttributes",
            "sqs:GetQueueUrl",
            "sqs:ReceiveMessage",
            "sqs:SendMessage",
        ]
    );
    // No statement of either names `*` as a resource.
    for role in ["OrdersHandlerRole", "FulfilRole"] {
        for s in common::statements(&t, role) {
            assert!(
                s["Resource"].as_array().unwrap().iter().all(|r| r != "*"),
                "{role}: {s}"
            );
        }
    }
}
