//! Amazon DynamoDB and Lambda's event sources: `dynamodb::Table`'s
//! defaults, its grants, functions polling a queue and a table's stream,
//! the errors bad input gets, each rule firing without its default and
//! yielding to a waiver, and arbitrary valid tables passing every rule.

mod common;

use common::Mutation;
use proptest::prelude::*;
use serde_json::json;
use stackward::check;
use stackward::dynamodb::{Attribute, Billing, Index, Projection, Recovery, StreamView, Table};
use stackward::lambda::{Code, EventSource, Function, Runtime, StartingPosition};
use stackward::prelude::*;

fn orders() -> Table {
    Table::builder()
        .id("orders")
        .name("orders")
        .partition_key(Attribute::string("pk"))
        .sort_key(Attribute::number("created"))
        .indexes(vec![Index {
            name: "by-customer".into(),
            partition_key: Attribute::string("customer"),
            sort_key: Some(Attribute::number("created")),
            projection: Projection::Include(vec!["total".into()]),
        }])
        .stream(StreamView::NewAndOldImages)
        .time_to_live_attribute("expires")
        .build()
}

fn table_stack() -> (Stack, dynamodb::TableRef) {
    let mut stack = Stack::new("Orders").unwrap();
    stack.allowed_regions(["eu-west-1"]);
    let table = stack.add(orders());
    (stack, table)
}

fn function(id: &str, timeout_s: u32) -> Function {
    Function::builder()
        .id(id)
        .runtime(Runtime::Python313)
        .handler("index.handler")
        .code(Code::Inline("def handler(e, c):\n    return {}\n".into()))
        .timeout_s(timeout_s)
        .outside_vpc(common::outside())
        .build()
}

#[test]
fn a_table_is_encrypted_recoverable_protected_and_kept() {
    let (stack, table) = table_stack();
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"][table.id().as_str()];
    let p = &r["Properties"];
    assert_eq!(
        p["SSESpecification"],
        json!({ "SSEEnabled": true, "SSEType": "KMS", "KMSMasterKeyId": { "Fn::GetAtt": ["DefaultKey", "Arn"] } })
    );
    assert_eq!(
        p["PointInTimeRecoverySpecification"],
        json!({ "PointInTimeRecoveryEnabled": true, "RecoveryPeriodInDays": 35 })
    );
    assert_eq!(p["DeletionProtectionEnabled"], true);
    assert_eq!(p["BillingMode"], "PAY_PER_REQUEST");
    assert_eq!(
        p["KeySchema"],
        json!([{ "AttributeName": "pk", "KeyType": "HASH" }, { "AttributeName": "created", "KeyType": "RANGE" }])
    );
    // Each attribute defined once, though two keys use `created`.
    assert_eq!(
        p["AttributeDefinitions"],
        json!([
            { "AttributeName": "pk", "AttributeType": "S" },
            { "AttributeName": "created", "AttributeType": "N" },
            { "AttributeName": "customer", "AttributeType": "S" }
        ])
    );
    assert_eq!(
        p["GlobalSecondaryIndexes"][0]["Projection"],
        json!({ "ProjectionType": "INCLUDE", "NonKeyAttributes": ["total"] })
    );
    assert_eq!(
        p["StreamSpecification"]["StreamViewType"],
        "NEW_AND_OLD_IMAGES"
    );
    assert_eq!(
        p["TimeToLiveSpecification"],
        json!({ "AttributeName": "expires", "Enabled": true })
    );
    assert_eq!(r["DeletionPolicy"], "Retain");
    assert_eq!(r["UpdateReplacePolicy"], "Retain");
    let report = serde_json::to_value(t.report()).unwrap();
    assert_eq!(
        common::credited(&report, "Orders"),
        [
            "DYNAMODB_TABLE_ENCRYPTED_KMS",
            "DYNAMODB_PITR_ENABLED",
            "DYNAMODB_TABLE_DELETION_PROTECTION",
            "DYNAMODB_TABLE_RETAINED"
        ]
    );
    assert!(common::broken_claims(t.json(), &report).is_empty());
}

#[test]
fn grants_name_exact_actions_on_the_table_each_index_and_the_key() {
    let (mut stack, table) = table_stack();
    let role = |stack: &mut Stack, id: &str| {
        stack.add(
            iam::Role::builder()
                .id(id)
                .service("ec2.amazonaws.com")
                .build(),
        )
    };
    let reader = role(&mut stack, "reader");
    let writer = role(&mut stack, "writer");
    let both = role(&mut stack, "both");
    table.grant_read_data(&mut stack, &reader);
    table.grant_write_data(&mut stack, &writer);
    table.grant_read_write_data(&mut stack, &both);
    let t = stack.synth().unwrap();
    let statements = |role: &str| {
        t.json()["Resources"][role]["Properties"]["Policies"][0]["PolicyDocument"]["Statement"]
            .clone()
    };
    let arns = json!([
        { "Fn::GetAtt": ["Orders", "Arn"] },
        { "Fn::Join": ["", [{ "Fn::GetAtt": ["Orders", "Arn"] }, "/index/by-customer"]] }
    ]);
    let key = json!([{ "Fn::GetAtt": ["DefaultKey", "Arn"] }]);
    let read = json!([
        "dynamodb:BatchGetItem",
        "dynamodb:ConditionCheckItem",
        "dynamodb:DescribeTable",
        "dynamodb:GetItem",
        "dynamodb:Query",
        "dynamodb:Scan"
    ]);
    let write = json!([
        "dynamodb:BatchWriteItem",
        "dynamodb:DeleteItem",
        "dynamodb:DescribeTable",
        "dynamodb:PutItem",
        "dynamodb:UpdateItem"
    ]);
    assert_eq!(
        statements("Reader"),
        json!([
            { "Effect": "Allow", "Action": read, "Resource": arns },
            { "Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": key }
        ])
    );
    assert_eq!(statements("Writer")[0]["Action"], write);
    assert_eq!(
        statements("Writer")[2]["Action"],
        json!(["kms:Encrypt", "kms:GenerateDataKey"])
    );
    assert_eq!(
        statements("Both")[0]["Action"],
        json!([
            "dynamodb:BatchGetItem",
            "dynamodb:BatchWriteItem",
            "dynamodb:ConditionCheckItem",
            "dynamodb:DeleteItem",
            "dynamodb:DescribeTable",
            "dynamodb:GetItem",
            "dynamodb:PutItem",
            "dynamodb:Query",
            "dynamodb:Scan",
            "dynamodb:UpdateItem"
        ])
    );
    for role in ["Reader", "Writer", "Both"] {
        let text = statements(role).to_string();
        assert!(
            !text.contains("\"*\"") && !text.contains("/*"),
            "{role}: {text}"
        );
    }
}

#[test]
fn functions_poll_a_queue_and_a_stream_with_exactly_the_access_they_need() {
    let (mut stack, table) = table_stack();
    let jobs = stack.add(
        sqs::Queue::builder()
            .id("jobs")
            .visibility_timeout_s(180)
            .build(),
    );
    let worker = stack.add(function("worker", 30));
    let projector = stack.add(function("projector", 30));
    let from_queue = worker.add_event_source(
        &mut stack,
        EventSource::queue(&jobs)
            .batch_size(50)
            .batching_window_s(5)
            .max_concurrency(4),
    );
    let from_stream = projector.add_event_source(
        &mut stack,
        EventSource::table_stream(&table)
            .retries(2)
            .starting_position(StartingPosition::TrimHorizon),
    );
    assert_eq!(
        [from_queue.as_str(), from_stream.as_str()],
        ["WorkerJobs", "ProjectorOrders"]
    );
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    assert_eq!(
        r["WorkerJobs"]["Properties"],
        json!({
            "BatchSize": 50,
            "EventSourceArn": { "Fn::GetAtt": ["Jobs", "Arn"] },
            "FunctionName": { "Fn::GetAtt": ["Worker", "Arn"] },
            "FunctionResponseTypes": ["ReportBatchItemFailures"],
            "MaximumBatchingWindowInSeconds": 5,
            "ScalingConfig": { "MaximumConcurrency": 4 }
        })
    );
    assert_eq!(
        r["ProjectorOrders"]["Properties"],
        json!({
            "BatchSize": 100,
            "BisectBatchOnFunctionError": true,
            "DestinationConfig": { "OnFailure": { "Destination": { "Fn::GetAtt": ["ProjectorDeadLetters", "Arn"] } } },
            "EventSourceArn": { "Fn::GetAtt": ["Orders", "StreamArn"] },
            "FunctionName": { "Fn::GetAtt": ["Projector", "Arn"] },
            "FunctionResponseTypes": ["ReportBatchItemFailures"],
            "MaximumRetryAttempts": 2,
            "StartingPosition": "TRIM_HORIZON"
        })
    );
    let worker_role = common::statements(t.json(), "WorkerRole");
    assert!(worker_role.contains(&json!({
        "Effect": "Allow",
        "Action": ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"],
        "Resource": [{ "Fn::GetAtt": ["Jobs", "Arn"] }]
    })));
    let projector_role = common::statements(t.json(), "ProjectorRole");
    assert!(projector_role.contains(&json!({
        "Effect": "Allow",
        "Action": ["dynamodb:DescribeStream", "dynamodb:GetShardIterator", "dynamodb:GetRecords"],
        "Resource": [{ "Fn::GetAtt": ["Orders", "StreamArn"] }]
    })));
    // The stream reader may not read the table itself.
    assert!(!projector_role
        .iter()
        .any(|s| s["Action"].to_string().contains("dynamodb:GetItem")));
    let report = serde_json::to_value(t.report()).unwrap();
    assert_eq!(
        common::credited(&report, "WorkerJobs"),
        ["LAMBDA_EVENT_SOURCE_PARTIAL_FAILURES"]
    );
    assert_eq!(
        common::credited(&report, "ProjectorOrders"),
        [
            "LAMBDA_EVENT_SOURCE_PARTIAL_FAILURES",
            "LAMBDA_STREAM_FAILURE_DESTINATION"
        ]
    );
    assert!(common::broken_claims(t.json(), &report).is_empty());
}

#[test]
fn bad_table_and_event_source_settings_are_typed_errors() {
    let mut stack = Stack::new("Bad").unwrap();
    let table = stack.add(
        Table::builder()
            .id("orders")
            .name("o")
            .partition_key(Attribute::string("pk"))
            .sort_key(Attribute::string("pk"))
            .indexes(vec![
                Index {
                    name: "by-pk".into(),
                    partition_key: Attribute::number("pk"),
                    sort_key: None,
                    projection: Projection::Include(vec![]),
                },
                Index {
                    name: "by-pk".into(),
                    partition_key: Attribute::string("x"),
                    sort_key: None,
                    projection: Projection::All,
                },
            ])
            .billing(Billing::Provisioned { read: 0, write: 5 })
            .recovery(Recovery::Days(36))
            .build(),
    );
    let jobs = stack.add(
        sqs::Queue::builder()
            .id("jobs")
            .visibility_timeout_s(10)
            .build(),
    );
    let worker = stack.add(function("worker", 60));
    worker.add_event_source(
        &mut stack,
        EventSource::queue(&jobs).batch_size(50).max_concurrency(1),
    );
    worker.add_event_source(
        &mut stack,
        EventSource::table_stream(&table).max_concurrency(5),
    );
    let i = common::invalid;
    assert_eq!(
        common::problems(&stack),
        [
            i("Orders", "TableName", "o", "must be 3-255 letters, digits, _, - and ."),
            i("Orders", "AttributeDefinitions", "pk", "an attribute has one type across the table's and its indexes' keys"),
            i("Orders", "KeySchema", "pk", "the sort key is another attribute than the partition key"),
            i("Orders", "GlobalSecondaryIndexes.Projection.NonKeyAttributes", "by-pk", "an index includes 1-100 attributes besides its keys"),
            i("Orders", "GlobalSecondaryIndexes.IndexName", "by-pk", "two indexes have this name"),
            i("Orders", "ProvisionedThroughput", "0/5", "provisioned capacity is at least 1 read and 1 write unit"),
            i("Orders", "PointInTimeRecoverySpecification.RecoveryPeriodInDays", "36", "must be 1-35 days"),
            i("WorkerJobs", "BatchSize", "50", "a batch of more than 10 messages needs a batching window of at least 1 second"),
            i("WorkerJobs", "ScalingConfig.MaximumConcurrency", "1", "must be 2-1000"),
            i("WorkerJobs", "VisibilityTimeout", "10", "the queue's visibility timeout is at least the function's timeout (60 s), or messages are delivered twice"),
            i("WorkerOrders", "ScalingConfig.MaximumConcurrency", "Orders", "maximum concurrency is for queues"),
            i("Orders", "StreamSpecification", "none", "the table has no stream: give it .stream(StreamView::...) to read its changes"),
        ]
    );
}

fn mutations() -> Vec<Mutation> {
    vec![
        (
            "DYNAMODB_TABLE_ENCRYPTED_KMS",
            |t| {
                t["Resources"]["Orders"]["Properties"]["SSESpecification"] =
                    json!({ "SSEEnabled": false })
            },
            "Orders",
            "Orders",
        ),
        (
            "DYNAMODB_TABLE_ENCRYPTED_KMS",
            |t| {
                t["Resources"]["Orders"]["Properties"]["SSESpecification"]
                    .as_object_mut()
                    .unwrap()
                    .remove("KMSMasterKeyId");
            },
            "Orders",
            "Orders",
        ),
        (
            "DYNAMODB_PITR_ENABLED",
            |t| {
                t["Resources"]["Orders"]["Properties"]
                    .as_object_mut()
                    .unwrap()
                    .remove("PointInTimeRecoverySpecification");
            },
            "Orders",
            "Orders",
        ),
        (
            "DYNAMODB_TABLE_DELETION_PROTECTION",
            |t| t["Resources"]["Orders"]["Properties"]["DeletionProtectionEnabled"] = json!(false),
            "Orders",
            "Orders",
        ),
        (
            "DYNAMODB_TABLE_RETAINED",
            |t| t["Resources"]["Orders"]["UpdateReplacePolicy"] = json!("Delete"),
            "Orders",
            "Orders",
        ),
        (
            "LAMBDA_EVENT_SOURCE_PARTIAL_FAILURES",
            |t| {
                t["Resources"]["ProjectorOrders"]["Properties"]
                    .as_object_mut()
                    .unwrap()
                    .remove("FunctionResponseTypes");
            },
            "ProjectorOrders",
            "ProjectorOrders",
        ),
        (
            "LAMBDA_STREAM_FAILURE_DESTINATION",
            |t| t["Resources"]["ProjectorOrders"]["Properties"]["MaximumRetryAttempts"] = json!(-1),
            "ProjectorOrders",
            "ProjectorOrders",
        ),
        (
            "LAMBDA_STREAM_FAILURE_DESTINATION",
            |t| {
                t["Resources"]["ProjectorOrders"]["Properties"]
                    .as_object_mut()
                    .unwrap()
                    .remove("DestinationConfig");
            },
            "ProjectorOrders",
            "ProjectorOrders",
        ),
    ]
}

#[test]
fn each_rule_fires_without_its_default_and_yields_to_a_waiver() {
    let (mut stack, table) = table_stack();
    let projector = stack.add(function("projector", 30));
    projector.add_event_source(&mut stack, EventSource::table_stream(&table));
    common::assert_mutations(stack.synth().unwrap().json(), mutations());
}

#[test]
fn a_table_deleted_with_its_stack_or_without_recovery_says_so_in_waivers() {
    let mut stack = Stack::new("Scratch").unwrap();
    stack.add(
        Table::builder()
            .id("scratch")
            .partition_key(Attribute::string("pk"))
            .recovery(Recovery::Off(
                Waiver::new(
                    "rebuilt from the event log",
                    ["DYNAMODB_PITR_ENABLED", "CT.DYNAMODB.PR.1"],
                )
                .unwrap(),
            ))
            .removal(Removal::Delete(
                Waiver::new(
                    "a cache",
                    [
                        "DYNAMODB_TABLE_RETAINED",
                        "DYNAMODB_TABLE_DELETION_PROTECTION",
                    ],
                )
                .unwrap(),
            ))
            .build(),
    );
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"]["Scratch"];
    assert_eq!(r["DeletionPolicy"], "Delete");
    assert_eq!(r["Properties"]["DeletionProtectionEnabled"], false);
    assert_eq!(
        r["Properties"]["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"],
        false
    );
    let report = t.report();
    let scratch = report.resources.iter().find(|r| r.id == "Scratch").unwrap();
    let waived: Vec<&str> = scratch.waived.iter().map(|w| w.rule.as_str()).collect();
    for rule in [
        "DYNAMODB_PITR_ENABLED",
        "DYNAMODB_TABLE_RETAINED",
        "DYNAMODB_TABLE_DELETION_PROTECTION",
    ] {
        assert!(waived.contains(&rule), "{rule}: {waived:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Any valid table passes every rule, its grants name no wildcard, its
    /// report is honest, and synth is deterministic.
    #[test]
    fn valid_tables_pass_every_rule(
        sort in any::<bool>(),
        index_count in 0usize..4,
        provisioned in proptest::option::of((1u32..1000, 1u32..1000)),
        days in 1u32..=35,
        stream in proptest::option::of(prop_oneof![
            Just(StreamView::KeysOnly), Just(StreamView::NewImage),
            Just(StreamView::OldImage), Just(StreamView::NewAndOldImages)]),
        insights in any::<bool>(),
        own_key in any::<bool>(),
    ) {
        let build = || {
            let mut stack = Stack::new("Prop").unwrap();
            let key = own_key.then(|| stack.add(kms::Key::builder().id("table-key").build()));
            let indexes = (0..index_count)
                .map(|i| Index {
                    name: format!("index-{i}"),
                    partition_key: Attribute::string(format!("gsi{i}")),
                    sort_key: sort.then(|| Attribute::number("sk")),
                    projection: match i % 3 { 0 => Projection::KeysOnly, 1 => Projection::All, _ => Projection::Include(vec!["a".into()]) },
                })
                .collect();
            let billing = provisioned.map_or(Billing::OnDemand, |(read, write)| Billing::Provisioned { read, write });
            let table = Table::builder()
                .id("table")
                .partition_key(Attribute::string("pk"))
                .indexes(indexes)
                .billing(billing)
                .recovery(Recovery::Days(days))
                .contributor_insights(insights);
            let table = match (sort, stream, key) {
                (true, Some(s), Some(k)) => table.sort_key(Attribute::number("sk")).stream(s).key(k).build(),
                (true, Some(s), None) => table.sort_key(Attribute::number("sk")).stream(s).build(),
                (true, None, Some(k)) => table.sort_key(Attribute::number("sk")).key(k).build(),
                (true, None, None) => table.sort_key(Attribute::number("sk")).build(),
                (false, Some(s), Some(k)) => table.stream(s).key(k).build(),
                (false, Some(s), None) => table.stream(s).build(),
                (false, None, Some(k)) => table.key(k).build(),
                (false, None, None) => table.build(),
            };
            let table = stack.add(table);
            let app = stack.add(function("app", 30));
            table.grant_read_write_data(&mut stack, &app);
            if stream.is_some() {
                let projector = stack.add(function("projector", 30));
                projector.add_event_source(&mut stack, EventSource::table_stream(&table));
            }
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
