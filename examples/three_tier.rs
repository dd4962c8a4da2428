//! A three-tier application: a VPC with public, private and isolated
//! subnets; a web instance in the private tier; a reporting function that
//! reads an encrypted bucket through a grant and connects to a PostgreSQL
//! database in the isolated tier with IAM authentication.
//!
//! `cargo run --example three_tier` prints the template;
//! `cargo xtask synth` writes it to `generated/ThreeTier.template.json`.

use stackward::backup;
use stackward::ec2::Port;
use stackward::lambda::{Code, Function, Runtime};
use stackward::prelude::*;
use stackward::vpc::Subnets;

const WORKER: &str = "\
import json, os

def handler(event, context):
    # Reads report requests; connects to the database with an IAM token.
    return {\"bucket\": os.environ[\"REPORTS_BUCKET\"], \"request\": json.dumps(event)}
";

/// The three-tier stack.
pub fn stack() -> Result<Stack, Error> {
    let mut stack = Stack::new("ThreeTier")?;
    stack
        .description("Three tiers: web instance, reporting function, PostgreSQL")
        .allowed_regions(["eu-west-1"])
        .tag("project", "three-tier");

    let net = stack.add(
        vpc::Vpc::builder()
            .id("net")
            .cidr("10.30.0.0/16".parse()?)
            .subnets(vec![
                Subnets::public(24),
                Subnets::private(20),
                Subnets::isolated(24),
            ])
            .build(),
    );
    let data_key = stack.add(
        kms::Key::builder()
            .id("data")
            .description("Encrypts reports and the orders database")
            .alias("alias/three-tier-data")
            .build(),
    );
    let reports = stack.add(
        s3::Bucket::builder()
            .id("reports")
            .encryption(data_key.clone())
            .build(),
    );

    let web = stack.add(
        ec2::Instance::builder()
            .id("web")
            .vpc(&net)
            .instance_type("m7g.medium")
            .build(),
    );
    web.allow_from(&mut stack, net.cidr(), Port::tcp(443));

    let db = stack.add(
        rds::Instance::builder()
            .id("orders")
            .vpc(&net)
            .engine(rds::Engine::Postgres("17.6".into()))
            .instance_class("db.m7g.large")
            .storage_gib(50)
            .max_storage_gib(200)
            .database_name("orders")
            .key(data_key.clone())
            .build(),
    );

    let worker = stack.add(
        Function::builder()
            .id("report-worker")
            .runtime(Runtime::Python315)
            .handler("index.handler")
            .code(Code::Inline(WORKER.into()))
            .vpc(&net)
            .key(data_key)
            .environment(vec![
                ("REPORTS_BUCKET".into(), reports.name()),
                ("DB_HOST".into(), db.address()),
                ("DB_SECRET_ARN".into(), db.secret_arn()),
            ])
            .build(),
    );
    reports.grant_read(&mut stack, &worker);
    db.grant_connect(&mut stack, &worker, "reporter");
    if let Some(peer) = worker.peer(&mut stack) {
        db.allow_from(&mut stack, peer);
    }
    db.allow_from(&mut stack, &web);
    let backups = stack.add(backup::Plan::builder().id("backups").build());
    backups.enroll(&mut stack, &db);

    stack.add_output(
        Output::builder()
            .id("orders-endpoint")
            .value(db.address())
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
