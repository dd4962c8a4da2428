//! Amazon SQS: `sqs::Queue`'s defaults, its grants, a topic's deliveries to
//! queues and functions, the errors bad input gets, each rule firing without
//! its default and yielding to a waiver, and arbitrary valid queues passing
//! every rule with an honest report.

mod common;

use common::Mutation;
use proptest::prelude::*;
use serde_json::{json, Value as Json};
use stackward::check;
use stackward::prelude::*;
use stackward::sqs::DeadLetters;

fn queue_stack() -> (Stack, sqs::QueueRef) {
    let mut stack = Stack::new("Jobs").unwrap();
    stack.allowed_regions(["eu-west-1"]);
    let key = stack.add(kms::Key::builder().id("jobs-key").build());
    let queue = stack.add(
        sqs::Queue::builder()
            .id("jobs")
            .name("jobs")
            .key(key)
            .visibility_timeout_s(180)
            .retention_s(86_400)
            .build(),
    );
    (stack, queue)
}

#[test]
fn a_queue_is_encrypted_tls_only_retained_and_has_its_own_dead_letter_queue() {
    let (stack, queue) = queue_stack();
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    let jobs = &r[queue.id().as_str()];
    let key = json!({ "Fn::GetAtt": ["JobsKey", "Arn"] });
    assert_eq!(jobs["Properties"]["KmsMasterKeyId"], key);
    assert_eq!(jobs["Properties"]["QueueName"], "jobs");
    assert_eq!(jobs["Properties"]["VisibilityTimeout"], 180);
    assert_eq!(jobs["Properties"]["MessageRetentionPeriod"], 86_400);
    assert_eq!(
        jobs["Properties"]["RedrivePolicy"],
        json!({ "deadLetterTargetArn": { "Fn::GetAtt": ["JobsDeadLetters", "Arn"] }, "maxReceiveCount": 5 })
    );
    assert_eq!(jobs["DeletionPolicy"], "Retain");
    assert_eq!(jobs["UpdateReplacePolicy"], "Retain");
    // The dead-letter queue: same key, 14 days, kept, and itself waived
    // from having a dead-letter queue, with the reason naming its source.
    let dlq = &r["JobsDeadLetters"];
    assert_eq!(dlq["Properties"]["KmsMasterKeyId"], key);
    assert_eq!(dlq["Properties"]["QueueName"], "jobs-dead-letters");
    assert_eq!(dlq["Properties"]["MessageRetentionPeriod"], 1_209_600);
    assert_eq!(dlq["DeletionPolicy"], "Retain");
    assert_eq!(
        dlq["Metadata"]["stackward"]["Waivers"][0]["reason"],
        "this queue is itself the dead-letter queue of Jobs"
    );
    assert_eq!(
        queue.dead_letters().map(|d| d.as_str()),
        Some("JobsDeadLetters")
    );
    for policy in ["JobsPolicy", "JobsDeadLettersPolicy"] {
        let s = &r[policy]["Properties"]["PolicyDocument"]["Statement"];
        assert_eq!(s.as_array().unwrap().len(), 1, "{policy}");
        assert_eq!(s[0]["Effect"], "Deny");
        assert_eq!(s[0]["Action"], json!(["sqs:*"]));
        assert_eq!(s[0]["Condition"]["Bool"]["aws:SecureTransport"], false);
    }
    let report = serde_json::to_value(t.report()).unwrap();
    assert_eq!(
        common::credited(&report, "Jobs"),
        [
            "SQS_QUEUE_ENCRYPTED_KMS",
            "SQS_QUEUE_TLS_ONLY",
            "SQS_QUEUE_NOT_PUBLIC",
            "SQS_QUEUE_DEAD_LETTER",
            "SQS_QUEUE_RETAINED"
        ]
    );
    assert!(common::broken_claims(t.json(), &report).is_empty());
}

#[test]
fn grants_name_exact_actions_on_the_queue_and_its_key() {
    let (mut stack, queue) = queue_stack();
    let producer = stack.add(
        iam::Role::builder()
            .id("producer")
            .service("ec2.amazonaws.com")
            .build(),
    );
    let consumer = stack.add(
        iam::Role::builder()
            .id("consumer")
            .service("ec2.amazonaws.com")
            .build(),
    );
    queue.grant_send(&mut stack, &producer);
    queue.grant_consume(&mut stack, &consumer);
    let t = stack.synth().unwrap();
    let statements = |role: &str| {
        t.json()["Resources"][role]["Properties"]["Policies"][0]["PolicyDocument"]["Statement"]
            .clone()
    };
    let arn = json!([{ "Fn::GetAtt": ["Jobs", "Arn"] }]);
    let key = json!([{ "Fn::GetAtt": ["JobsKey", "Arn"] }]);
    assert_eq!(
        statements("Producer"),
        json!([
            { "Effect": "Allow", "Action": ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"], "Resource": arn },
            { "Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": key },
            { "Effect": "Allow", "Action": ["kms:Encrypt", "kms:GenerateDataKey"], "Resource": key }
        ])
    );
    assert_eq!(
        statements("Consumer"),
        json!([
            { "Effect": "Allow", "Action": ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"], "Resource": arn },
            { "Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": key }
        ])
    );
}

#[test]
fn a_topic_delivers_to_a_queue_and_a_function_it_alone_may_use() {
    let (mut stack, queue) = queue_stack();
    let topic = stack.add(sns::Topic::builder().id("orders").build());
    let function = stack.add(
        lambda::Function::builder()
            .id("notify")
            .runtime(lambda::Runtime::Python313)
            .handler("index.handler")
            .code(lambda::Code::Inline(
                "def handler(e, c):\n    return e\n".into(),
            ))
            .outside_vpc(common::outside())
            .build(),
    );
    let to_queue = topic.subscribe(&mut stack, sns::Subscriber::Queue(queue), true);
    let to_function = topic.subscribe(&mut stack, sns::Subscriber::Function(function), false);
    let to_ops = topic.subscribe(
        &mut stack,
        sns::Subscriber::Email("ops@example.com".into()),
        false,
    );
    assert_eq!(
        [to_queue.as_str(), to_function.as_str(), to_ops.as_str()],
        ["OrdersToJobs", "OrdersToNotify", "OrdersToOpsExampleCom"]
    );
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    assert_eq!(
        r["OrdersToJobs"]["Properties"],
        json!({
            "Protocol": "sqs",
            "Endpoint": { "Fn::GetAtt": ["Jobs", "Arn"] },
            "TopicArn": { "Ref": "Orders" },
            "RawMessageDelivery": true
        })
    );
    // The queue admits this topic only, and its key lets SNS encrypt.
    let allow = &r["JobsPolicy"]["Properties"]["PolicyDocument"]["Statement"][1];
    assert_eq!(
        *allow,
        json!({
            "Sid": "OrdersSends",
            "Effect": "Allow",
            "Principal": { "Service": "sns.amazonaws.com" },
            "Action": ["sqs:SendMessage"],
            "Resource": [{ "Fn::GetAtt": ["Jobs", "Arn"] }],
            "Condition": { "ArnEquals": { "aws:SourceArn": { "Ref": "Orders" } } }
        })
    );
    let key_statements = r["JobsKey"]["Properties"]["KeyPolicy"]["Statement"]
        .as_array()
        .unwrap();
    assert!(key_statements
        .iter()
        .any(|s| s["Principal"]["Service"] == "sns.amazonaws.com"));
    // The function admits this topic, from this account.
    assert_eq!(
        r["OrdersToNotifyInvoke"]["Properties"],
        json!({
            "Action": "lambda:InvokeFunction",
            "FunctionName": { "Fn::GetAtt": ["Notify", "Arn"] },
            "Principal": "sns.amazonaws.com",
            "SourceAccount": { "Ref": "AWS::AccountId" },
            "SourceArn": { "Ref": "Orders" }
        })
    );
    assert_eq!(
        r["OrdersToOpsExampleCom"]["Properties"]["Protocol"],
        "email"
    );
    let report = serde_json::to_value(t.report()).unwrap();
    assert_eq!(
        common::credited(&report, "OrdersToJobs"),
        ["SNS_SUBSCRIPTION_NO_HTTP"]
    );
    assert_eq!(
        common::credited(&report, "OrdersToNotifyInvoke"),
        ["LAMBDA_PERMISSION_SCOPED"]
    );
    assert!(common::broken_claims(t.json(), &report).is_empty());
}

#[test]
fn bad_queue_and_subscription_settings_are_typed_errors() {
    let mut stack = Stack::new("Bad").unwrap();
    let standard = stack.add(
        sqs::Queue::builder()
            .id("orders")
            .name("orders list")
            .retention_s(30)
            .visibility_timeout_s(50_000)
            .delay_s(901)
            .dead_letters(DeadLetters::Own { max_receives: 0 })
            .build(),
    );
    stack.add(
        sqs::Queue::builder()
            .id("fifo")
            .name("fifo.fifo")
            .fifo(true)
            .dead_letters(DeadLetters::Queue {
                queue: standard.clone(),
                max_receives: 3,
            })
            .build(),
    );
    stack.add(
        sqs::Queue::builder()
            .id("long")
            .name("q".repeat(70))
            .build(),
    );
    let topic = stack.add(
        sns::Topic::builder()
            .id("events")
            .name("events.fifo")
            .fifo(true)
            .build(),
    );
    topic.subscribe(&mut stack, sns::Subscriber::Queue(standard), false);
    topic.subscribe(
        &mut stack,
        sns::Subscriber::Https("http://example.com/hook".into()),
        false,
    );
    topic.subscribe(
        &mut stack,
        sns::Subscriber::Email("not-an-address".into()),
        true,
    );
    let i = common::invalid;
    assert_eq!(
        common::problems(&stack),
        [
            i("Orders", "QueueName", "orders list", "must be 1-80 letters, digits, hyphens or underscores (a FIFO queue's ending in .fifo)"),
            i("Orders", "MessageRetentionPeriod", "30", "must be 60-1209600 seconds (1 minute to 14 days)"),
            i("Orders", "VisibilityTimeout", "50000", "must be 0-43200 seconds (12 hours)"),
            i("Orders", "DelaySeconds", "901", "must be 0-900 seconds"),
            i("Orders", "RedrivePolicy.maxReceiveCount", "0", "must be 1-1000 receives"),
            i("Fifo", "RedrivePolicy.deadLetterTargetArn", "Orders", "a FIFO queue's dead-letter queue is a FIFO queue, and a standard queue's a standard one"),
            i("Long", "QueueName", &"q".repeat(70), "leaves no room for the dead-letter queue's name (the name and -dead-letters, at most 80 characters)"),
            i("Events", "Subscription.Endpoint", "Orders", "a FIFO topic delivers to FIFO queues, and a standard topic to standard queues"),
            i("Events", "Subscription.Endpoint", "http://example.com/hook", "must be an https:// URL: messages leave AWS only over TLS"),
            i("Events", "Subscription.Protocol", "https", "a FIFO topic delivers only to SQS queues"),
            i("Events", "Subscription.Endpoint", "not-an-address", "must be an email address"),
            i("Events", "Subscription.Protocol", "email", "a FIFO topic delivers only to SQS queues"),
            i("Events", "Subscription.RawMessageDelivery", "email", "raw delivery is for queues and HTTPS endpoints"),
        ]
    );
}

fn mutations() -> Vec<Mutation> {
    vec![
        (
            "SQS_QUEUE_ENCRYPTED_KMS",
            |t| {
                t["Resources"]["Jobs"]["Properties"]
                    .as_object_mut()
                    .unwrap()
                    .remove("KmsMasterKeyId");
            },
            "Jobs",
            "Jobs",
        ),
        (
            "SQS_QUEUE_TLS_ONLY",
            |t| {
                for policy in ["JobsPolicy", "JobsDeadLettersPolicy"] {
                    t["Resources"].as_object_mut().unwrap().remove(policy);
                }
                // The dead-letter queue is waived so the finding on Jobs is
                // the one this case looks at.
                t["Resources"]["JobsDeadLetters"]["Metadata"] = json!({ "guard": { "SuppressedRules": ["SQS_QUEUE_DEAD_LETTER", "SQS_QUEUE_TLS_ONLY"] } });
            },
            "Jobs",
            "Jobs",
        ),
        (
            "SQS_QUEUE_TLS_ONLY",
            |t| {
                t["Resources"]["JobsPolicy"]["Properties"]["PolicyDocument"]["Statement"][0]
                    ["Condition"] = json!({});
            },
            "JobsPolicy",
            "JobsPolicy",
        ),
        (
            "SQS_QUEUE_NOT_PUBLIC",
            |t| {
                let statements = t["Resources"]["JobsPolicy"]["Properties"]["PolicyDocument"]
                    ["Statement"]
                    .as_array_mut()
                    .unwrap();
                statements.push(json!({ "Effect": "Allow", "Principal": "*", "Action": ["sqs:SendMessage"], "Resource": "*" }));
            },
            "JobsPolicy",
            "JobsPolicy",
        ),
        (
            "SQS_QUEUE_DEAD_LETTER",
            |t| {
                t["Resources"]["Jobs"]["Properties"]
                    .as_object_mut()
                    .unwrap()
                    .remove("RedrivePolicy");
            },
            "Jobs",
            "Jobs",
        ),
        (
            "SQS_QUEUE_RETAINED",
            |t| t["Resources"]["Jobs"]["DeletionPolicy"] = json!("Delete"),
            "Jobs",
            "Jobs",
        ),
    ]
}

#[test]
fn each_rule_fires_without_its_default_and_yields_to_a_waiver() {
    let (stack, _) = queue_stack();
    common::assert_mutations(stack.synth().unwrap().json(), mutations());
}

#[test]
fn subscription_and_permission_rules_fire_without_their_defaults() {
    let (mut stack, queue) = queue_stack();
    let topic = stack.add(sns::Topic::builder().id("orders").build());
    let function = stack.add(
        lambda::Function::builder()
            .id("notify")
            .runtime(lambda::Runtime::Python313)
            .handler("index.handler")
            .code(lambda::Code::Inline(
                "def handler(e, c):\n    return e\n".into(),
            ))
            .outside_vpc(common::outside())
            .build(),
    );
    topic.subscribe(&mut stack, sns::Subscriber::Queue(queue), false);
    topic.subscribe(&mut stack, sns::Subscriber::Function(function), false);
    let base: Json = stack.synth().unwrap().json().clone();
    common::assert_mutations(
        &base,
        vec![
            (
                "SNS_SUBSCRIPTION_NO_HTTP",
                |t| {
                    let p = &mut t["Resources"]["OrdersToJobs"]["Properties"];
                    p["Protocol"] = json!("http");
                    p["Endpoint"] = json!("http://example.com");
                },
                "OrdersToJobs",
                "OrdersToJobs",
            ),
            (
                "LAMBDA_PERMISSION_SCOPED",
                |t| {
                    let p = t["Resources"]["OrdersToNotifyInvoke"]["Properties"]
                        .as_object_mut()
                        .unwrap();
                    p.remove("SourceArn");
                    p.remove("SourceAccount");
                },
                "OrdersToNotifyInvoke",
                "OrdersToNotifyInvoke",
            ),
        ],
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Any valid queue passes every rule, its report is honest, and synth
    /// is deterministic.
    #[test]
    fn valid_queues_pass_every_rule(
        name in proptest::option::of("[a-zA-Z0-9_-]{1,40}"),
        fifo in any::<bool>(),
        own_key in any::<bool>(),
        retention in 60u32..=1_209_600,
        visibility in 0u32..=43_200,
        delay in 0u32..=900,
        max_receives in 1u32..=1000,
        shared_dead_letters in any::<bool>(),
        subscribed in any::<bool>(),
    ) {
        let build = || {
            let mut stack = Stack::new("Prop").unwrap();
            let key = own_key.then(|| stack.add(kms::Key::builder().id("queue-key").build()));
            let name = name.clone().map(|n| if fifo { format!("{n}.fifo") } else { n });
            let dead_letters = if shared_dead_letters {
                let dlq = stack.add(
                    sqs::Queue::builder()
                        .id("shared-dead-letters")
                        .fifo(fifo)
                        .dead_letters(DeadLetters::None(
                            Waiver::new("a shared dead-letter queue", ["SQS_QUEUE_DEAD_LETTER", "CT.SQS.PR.1"]).unwrap(),
                        ))
                        .build(),
                );
                DeadLetters::Queue { queue: dlq, max_receives }
            } else {
                DeadLetters::Own { max_receives }
            };
            let queue = sqs::Queue::builder()
                .id("queue")
                .fifo(fifo)
                .retention_s(retention)
                .visibility_timeout_s(visibility)
                .delay_s(delay)
                .dead_letters(dead_letters);
            let queue = stack.add(match (name, key) {
                (Some(n), Some(k)) => queue.name(n).key(k).build(),
                (Some(n), None) => queue.name(n).build(),
                (None, Some(k)) => queue.key(k).build(),
                (None, None) => queue.build(),
            });
            if subscribed {
                let topic = stack.add(sns::Topic::builder().id("topic").fifo(fifo).build());
                topic.subscribe(&mut stack, sns::Subscriber::Queue(queue), true);
            }
            stack
        };
        let t = build().synth().unwrap();
        let report = check::stackward_rules(t.json()).unwrap();
        prop_assert!(report.failures.is_empty(), "{:?}", report.failures);
        prop_assert!(report.waived.iter().all(|w| w.rule == "SQS_QUEUE_DEAD_LETTER"));
        prop_assert!(check::references(t.json()).is_empty());
        let r = serde_json::to_value(t.report()).unwrap();
        let broken = common::broken_claims(t.json(), &r);
        prop_assert!(broken.is_empty(), "{:?}", broken);
        let again = build().synth().unwrap();
        prop_assert_eq!(again.text(), t.text());
    }
}
