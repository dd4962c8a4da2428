//! A CI build cache: disposable data, so versioning, Object Lock and
//! retention are waived, each with its reason. The waivers show in the
//! template's Metadata, where cfn-guard, cfn-lint, checkov and cfn_nag read
//! them.
//!
//! `cargo run --example build_cache` prints the template.

use stackward::prelude::*;
use stackward::s3::{LifecycleRule, ObjectLock, Versioning};
use stackward::template::Intrinsic;

/// The build cache stack.
pub fn stack() -> Result<Stack, Error> {
    let mut stack = Stack::new("BuildCache")?;
    stack
        .description("CI build cache: disposable, rebuilt from source at any time")
        .tag("project", "ci");

    stack.add_parameter(
        Parameter::builder()
            .id("environment")
            .description("The CI environment this cache serves")
            .allowed_values(vec!["dev".into(), "prod".into()])
            .default_value("dev")
            .build(),
    );

    let disposable = "cache entries are rebuilt from source on a miss; old versions have no value";
    let cache = stack.add(
        s3::Bucket::builder()
            .id("cache")
            .name(Intrinsic::sub(
                "build-cache-${Environment}-${AWS::AccountId}-${AWS::Region}",
            ))
            .versioning(Versioning::Suspended(
                Waiver::new(disposable, ["S3_BUCKET_VERSIONING_ENABLED", "CT.S3.PR.11"])?
                    .with_checkov(["CKV_AWS_21"])?,
            ))
            .object_lock(ObjectLock::Disabled(Waiver::new(
                disposable,
                ["S3_BUCKET_DEFAULT_LOCK_ENABLED", "CT.S3.PR.9"],
            )?))
            .removal(Removal::Delete(Waiver::new(
                "the cache may go with the stack",
                ["S3_BUCKET_RETAINED"],
            )?))
            .lifecycle_rules(vec![LifecycleRule::builder()
                .id("expire-cache-entries")
                .expire_after_days(14)
                .build()])
            .build(),
    );

    stack.add_output(
        Output::builder()
            .id("cache-bucket")
            .value(cache.name())
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
