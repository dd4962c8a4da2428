//! A data landing zone: raw and curated buckets and the ingestion jobs' log
//! group under one customer-managed key, pinned to EU regions, with server
//! access logs and lifecycle rules.
//!
//! `cargo run --example data_lake` prints the template;
//! `cargo xtask synth` writes it to `generated/DataLake.template.json`.

use stackward::iam::Principal;
use stackward::prelude::*;
use stackward::s3::{LifecycleRule, StorageClass};
use stackward::template::Intrinsic;

/// The data lake stack.
pub fn stack() -> Result<Stack, Error> {
    let mut stack = Stack::new("DataLake")?;
    stack
        .description(
            "Data landing zone: raw and curated data, encrypted under a customer-managed key",
        )
        .allowed_regions(["eu-west-1", "eu-central-1"])
        .tag("project", "data-lake")
        .tag("data-classification", "confidential");

    let key = stack.add(
        kms::Key::builder()
            .id("data")
            .description("Encrypts the data lake's objects")
            .alias("alias/data-lake")
            .users(vec![Principal::service("s3.amazonaws.com")])
            .build(),
    );

    let raw = stack.add(
        s3::Bucket::builder()
            .id("raw")
            .encryption(key.clone())
            .lifecycle_rules(vec![LifecycleRule::builder()
                .id("archive-raw")
                .transitions(vec![(StorageClass::GlacierInstantRetrieval, 90)])
                .noncurrent_expire_after_days(365)
                .build()])
            .build(),
    );
    let curated = stack.add(
        s3::Bucket::builder()
            .id("curated")
            .encryption(key.clone())
            .tags(vec![("layer".into(), "curated".into())])
            .build(),
    );

    let ingest_logs = stack.add(
        logs::LogGroup::builder()
            .id("ingest-logs")
            .name("/data-lake/ingest")
            .key(key.clone())
            .retention(logs::Retention::Days(731))
            .build(),
    );
    stack.add_output(
        Output::builder()
            .id("ingest-log-group")
            .value(ingest_logs.name())
            .build(),
    );

    for (id, bucket) in [("raw-bucket-name", &raw), ("curated-bucket-name", &curated)] {
        stack.add_output(
            Output::builder()
                .id(id)
                .value(bucket.name())
                .export_name(Intrinsic::sub(format!("${{AWS::StackName}}-{id}")))
                .build(),
        );
    }
    stack.add_output(
        Output::builder()
            .id("data-key-arn")
            .value(key.arn())
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
