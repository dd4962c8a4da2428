//! A serverless ingest function: a function behind an IAM-authenticated
//! URL that writes uploads into an encrypted bucket through a grant and
//! publishes to an encrypted alerts topic. No VPC: the function calls only
//! AWS APIs, and says so in a waiver.
//!
//! `cargo run --example serverless` (from the repository root) prints the
//! template;
//! `cargo xtask synth` writes it to `generated/Serverless.template.json`.

use stackward::lambda::{Code, Function, FunctionUrl, Runtime};
use stackward::prelude::*;

/// The function's code: a folder that synth zips deterministically into
/// `generated/assets/`, named by its hash (paths are relative to the
/// workspace root).
const INGEST: &str = "examples/assets/ingest";

/// The serverless stack.
pub fn stack() -> Result<Stack, Error> {
    let mut stack = Stack::new("Serverless")?;
    stack
        .description(
            "Serverless ingest: IAM-authenticated function URL writing to an encrypted bucket",
        )
        .allowed_regions(["eu-west-1"])
        .tag("project", "serverless-ingest");

    let key = stack.add(
        kms::Key::builder()
            .id("uploads-key")
            .description("Encrypts uploads, the function's environment and logs, and alerts")
            .alias("alias/serverless-ingest")
            .build(),
    );
    let uploads = stack.add(
        s3::Bucket::builder()
            .id("uploads")
            .encryption(key.clone())
            .build(),
    );
    let ingest = stack.add(
        Function::builder()
            .id("ingest")
            .runtime(Runtime::Python315)
            .handler("index.handler")
            .code(Code::Asset(INGEST.into()))
            .memory_mb(512)
            .timeout_s(20)
            .reserved_concurrency(20)
            .key(key.clone())
            .environment(vec![("UPLOADS_BUCKET".into(), uploads.name())])
            .url(FunctionUrl::Iam)
            .outside_vpc(Waiver::new(
                "calls only S3 through its role; it has no network resources to reach",
                ["LAMBDA_INSIDE_VPC", "CT.LAMBDA.PR.3"],
            )?)
            .build(),
    );
    uploads.grant_write(&mut stack, &ingest);
    let alerts = stack.add(
        sns::Topic::builder()
            .id("alerts")
            .display_name("Serverless ingest alerts")
            .key(key)
            .publishers(vec!["cloudwatch.amazonaws.com".into()])
            .build(),
    );
    alerts.grant_publish(&mut stack, &ingest);

    stack.add_output(
        Output::builder()
            .id("ingest-function")
            .value(ingest.arn())
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
