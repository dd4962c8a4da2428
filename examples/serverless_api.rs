//! A serverless orders API: an HTTP API with a JWT authorizer in front of a
//! function that reads and writes a DynamoDB table and queues each new
//! order; a second function consumes the queue, books the delivery with a
//! partner whose API key is a Secrets Manager secret, and keeps receipts in
//! a bucket; alarms tell an encrypted topic when anything fails. Every
//! resource comes from a typed construct; grants name exact actions.
//!
//! `cargo run --example serverless_api` (from the repository root) prints
//! the template; `cargo xtask synth` writes it to
//! `generated/ServerlessApi.template.json`.

use stackward::apigateway::{Authorizer, Cors, HttpApi, Method, Route, RouteAuth};
use stackward::cloudwatch::Alarm;
use stackward::dynamodb::{Attribute, Index, Projection, Table};
use stackward::lambda::{Code, EventSource, Function, Runtime};
use stackward::prelude::*;
use stackward::secretsmanager::{Rotation, Secret};

/// The functions' code: folders that synth zips deterministically into
/// `generated/assets/` (paths relative to the workspace root).
const ORDERS_API: &str = "examples/assets/orders_api";
const FULFILMENT: &str = "examples/assets/fulfilment";

/// The identity provider whose tokens the API accepts.
const ISSUER: &str = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Orders";

/// The serverless API stack.
pub fn stack() -> Result<Stack, Error> {
    let mut stack = Stack::new("ServerlessApi")?;
    stack
        .description("Serverless orders API: HTTP API, DynamoDB, SQS, SNS, Secrets Manager")
        .allowed_regions(["eu-west-1"])
        .tag("project", "orders-api");
    let outside_vpc = || {
        Waiver::new(
            "calls only AWS APIs and the partner's HTTPS endpoint; it has no network resources to reach",
            ["LAMBDA_INSIDE_VPC", "CT.LAMBDA.PR.3"],
        )
    };

    let key = stack.add(
        kms::Key::builder()
            .id("orders-key")
            .description("Encrypts the orders API's table, queue, secret, bucket, logs and alerts")
            .alias("alias/orders-api")
            .build(),
    );
    let orders = stack.add(
        Table::builder()
            .id("orders")
            .partition_key(Attribute::string("pk"))
            .sort_key(Attribute::string("sk"))
            .indexes(vec![Index {
                name: "by-customer".into(),
                partition_key: Attribute::string("customer"),
                sort_key: Some(Attribute::string("pk")),
                projection: Projection::KeysOnly,
            }])
            .key(key.clone())
            .build(),
    );
    // Daily and monthly backups of the table into a locked vault, kept
    // apart from the table's own point-in-time recovery.
    let backups = stack.add(
        backup::Plan::builder()
            .id("backups")
            .key(key.clone())
            .build(),
    );
    backups.enroll(&mut stack, &orders);
    let receipts = stack.add(
        s3::Bucket::builder()
            .id("receipts")
            .encryption(key.clone())
            .build(),
    );
    let fulfilment = stack.add(
        sqs::Queue::builder()
            .id("fulfilment")
            .key(key.clone())
            .visibility_timeout_s(180)
            .build(),
    );
    let partner_key = stack.add(
        Secret::builder()
            .id("partner-api-key")
            .description("The delivery partner's API key: put it with put-secret-value after the first deploy")
            .key(key.clone())
            .rotation(Rotation::Manual(Waiver::new(
                "the partner issues the key; it is rotated with them each quarter",
                ["SECRETSMANAGER_ROTATION_ENABLED"],
            )?))
            .build(),
    );
    let alerts = stack.add(
        sns::Topic::builder()
            .id("alerts")
            .display_name("Orders API alerts")
            .key(key.clone())
            .build(),
    );
    alerts.subscribe(
        &mut stack,
        sns::Subscriber::Email("orders-oncall@example.com".into()),
        false,
    );

    let api_handler = stack.add(
        Function::builder()
            .id("orders-handler")
            .runtime(Runtime::Python315)
            .handler("index.handler")
            .code(Code::Asset(ORDERS_API.into()))
            .timeout_s(10)
            .reserved_concurrency(50)
            .key(key.clone())
            .environment(vec![
                ("ORDERS_TABLE".into(), orders.name()),
                ("FULFILMENT_QUEUE".into(), fulfilment.url()),
            ])
            .outside_vpc(outside_vpc()?)
            .build(),
    );
    orders.grant_read_write_data(&mut stack, &api_handler);
    fulfilment.grant_send(&mut stack, &api_handler);

    let fulfil = stack.add(
        Function::builder()
            .id("fulfil")
            .runtime(Runtime::Python315)
            .handler("index.handler")
            .code(Code::Asset(FULFILMENT.into()))
            .timeout_s(60)
            .reserved_concurrency(5)
            .key(key.clone())
            .environment(vec![
                ("RECEIPTS_BUCKET".into(), receipts.name()),
                ("PARTNER_KEY_ARN".into(), partner_key.arn()),
            ])
            .outside_vpc(outside_vpc()?)
            .build(),
    );
    fulfil.add_event_source(
        &mut stack,
        EventSource::queue(&fulfilment)
            .batch_size(10)
            .max_concurrency(5),
    );
    receipts.grant_write(&mut stack, &fulfil);
    partner_key.grant_read(&mut stack, &fulfil);

    let api = stack.add(
        HttpApi::builder()
            .id("orders-api")
            .description("Orders for signed-in customers")
            .authorizer(Authorizer::Jwt {
                issuer: ISSUER.into(),
                audience: vec!["orders-web".into()],
            })
            .routes(vec![
                Route::new(Method::Get, "/orders/{id}", &api_handler),
                Route::new(Method::Post, "/orders", &api_handler)
                    .auth(RouteAuth::Scopes(vec!["orders/write".into()])),
            ])
            .cors(Cors {
                origins: vec!["https://shop.example.com".into()],
                methods: vec![Method::Get, Method::Post],
                headers: vec!["authorization".into(), "content-type".into()],
                credentials: true,
                max_age_s: 600,
            })
            .key(key)
            .build(),
    );

    let mut alarm = |id: &str, description: &str, metric: stackward::cloudwatch::Metric| {
        stack.add(
            Alarm::builder()
                .id(id)
                .description(description)
                .metric(metric)
                .threshold(1.0)
                .topic(alerts.clone())
                .build(),
        );
    };
    alarm(
        "api-5xx",
        "The API answers with server errors: read the access log and the handler's logs",
        api.metric_5xx(),
    );
    alarm(
        "handler-errors",
        "The orders handler fails: read its logs",
        api_handler.metric_errors(),
    );
    alarm(
        "handler-throttles",
        "The orders handler is at its reserved concurrency",
        api_handler.metric_throttles(),
    );
    alarm(
        "fulfil-errors",
        "Fulfilment fails: read its logs and the partner's status",
        fulfil.metric_errors(),
    );
    if let Some(depth) = fulfilment.metric_dead_letter_depth() {
        alarm(
            "dead-orders",
            "Orders were given up on: replay them from the dead-letter queue",
            depth,
        );
    }
    alarm(
        "orders-write-throttles",
        "The orders table refuses writes",
        orders.metric_write_throttle_events(),
    );
    stack.add(
        Alarm::builder()
            .id("fulfilment-backlog")
            .description("Orders wait more than 15 minutes for fulfilment")
            .metric(fulfilment.metric_oldest_message_age())
            .threshold(900.0)
            .evaluation_periods(2)
            .topic(alerts)
            .build(),
    );

    stack.add_output(
        Output::builder()
            .id("api-endpoint")
            .value(api.endpoint())
            .build(),
    );
    Ok(stack)
}

fn main() {
    match stack().and_then(|s| s.synth()) {
        Ok(template) => print!("{}", template.text()),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
