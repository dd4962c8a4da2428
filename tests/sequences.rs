//! Bad input at scale: random sequences of builder calls, valid and invalid
//! values mixed, end either in a clean error that names the resource and
//! property, or in a template that passes every check. Never a panic, never
//! a file written for a stack that failed.

use proptest::prelude::*;
use serde_json::Value as Json;
use stackward::check;
use stackward::prelude::*;
use stackward::s3::{LifecycleRule, ObjectLock, RetentionMode, StorageClass, Versioning};

mod common;

#[derive(Debug, Clone)]
enum Call {
    Key {
        id: String,
        alias: Option<String>,
        window: u32,
        rotation: u32,
    },
    Bucket {
        id: String,
        name: Option<String>,
        lock_days: Option<u32>,
        transition: Option<u32>,
        unversioned: Option<&'static str>,
    },
    LogGroup {
        id: String,
        name: Option<String>,
        days: u32,
        short_waiver: Option<&'static str>,
    },
    Tag(String, String),
    Region(String),
    Output {
        id: String,
        target: String,
    },
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z][a-z0-9-]{0,20}", "[A-Za-z0-9_. -]{0,12}", "\\PC{0,8}",]
}

fn call() -> impl Strategy<Value = Call> {
    prop_oneof![
        (
            any_text(),
            proptest::option::of(prop_oneof!["alias/[a-z]{1,10}", any_text()]),
            0u32..40,
            0u32..3000
        )
            .prop_map(|(id, alias, window, rotation)| Call::Key {
                id,
                alias,
                window,
                rotation
            }),
        (
            any_text(),
            proptest::option::of(any_text()),
            proptest::option::of(0u32..40_000),
            proptest::option::of(0u32..60),
            proptest::option::of(prop_oneof![
                Just("S3_BUCKET_VERSIONING_ENABLED"),
                Just("S3_BUCKET_LOGGING_ENABLED")
            ]),
        )
            .prop_map(
                |(id, name, lock_days, transition, unversioned)| Call::Bucket {
                    id,
                    name,
                    lock_days,
                    transition,
                    unversioned
                }
            ),
        (
            any_text(),
            proptest::option::of(prop_oneof![3 => "/[a-z]{1,10}/[a-z]{1,10}", 1 => any_text()]),
            prop_oneof![4 => proptest::sample::select(stackward::logs::RETENTION_DAYS.to_vec()), 1 => 0u32..4000],
            proptest::option::of(prop_oneof![
                3 => Just("CW_LOGGROUP_RETENTION_PERIOD_CHECK"),
                1 => Just("LOG_GROUP_RETAINED")
            ]),
        )
            .prop_map(|(id, name, days, short_waiver)| Call::LogGroup {
                id,
                name,
                days,
                short_waiver,
            }),
        (any_text(), any_text()).prop_map(|(k, v)| Call::Tag(k, v)),
        prop_oneof![4 => "[a-z]{2}-[a-z]{4,7}-[1-3]", 1 => any_text()].prop_map(Call::Region),
        (
            any_text(),
            prop_oneof![3 => Just("AWS::Region".to_owned()), 1 => any_text()]
        )
            .prop_map(|(id, target)| Call::Output { id, target }),
    ]
}

fn apply(stack: &mut Stack, call: &Call) {
    match call {
        Call::Key {
            id,
            alias,
            window,
            rotation,
        } => {
            let key = kms::Key::builder()
                .id(id.as_str())
                .pending_window_days(*window)
                .rotation_period_days(*rotation);
            match alias {
                Some(a) => stack.add(key.alias(a.as_str()).build()),
                None => stack.add(key.build()),
            };
        }
        Call::Bucket {
            id,
            name,
            lock_days,
            transition,
            unversioned,
        } => {
            let lock = match lock_days {
                Some(days) => ObjectLock::DefaultRetention {
                    mode: RetentionMode::Governance,
                    days: *days,
                },
                None => ObjectLock::Enabled,
            };
            let versioning = match unversioned {
                Some(rule) => Versioning::Suspended(Waiver::new("scratch data", [*rule]).unwrap()),
                None => Versioning::Enabled,
            };
            let rules = transition
                .map(|days| {
                    vec![LifecycleRule::builder()
                        .id("move")
                        .transitions(vec![(StorageClass::OnezoneIa, days)])
                        .build()]
                })
                .unwrap_or_default();
            let bucket = s3::Bucket::builder()
                .id(id.as_str())
                .object_lock(lock)
                .versioning(versioning)
                .lifecycle_rules(rules);
            match name {
                Some(n) => stack.add(bucket.name(n.as_str()).build()),
                None => stack.add(bucket.build()),
            };
        }
        Call::LogGroup {
            id,
            name,
            days,
            short_waiver,
        } => {
            let retention = match short_waiver {
                Some(rule) => logs::Retention::Shorter(
                    *days,
                    Waiver::new("short-lived debug logs", [*rule]).unwrap(),
                ),
                None => logs::Retention::Days(*days),
            };
            let group = logs::LogGroup::builder()
                .id(id.as_str())
                .retention(retention);
            match name {
                Some(n) => stack.add(group.name(n.as_str()).build()),
                None => stack.add(group.build()),
            };
        }
        Call::Tag(k, v) => {
            stack.tag(k.as_str(), v.as_str());
        }
        Call::Region(r) => {
            stack.allowed_regions([r.as_str()]);
        }
        Call::Output { id, target } => {
            stack.add_output(
                Output::builder()
                    .id(id.as_str())
                    .value(Intrinsic::reference(target.as_str()))
                    .build(),
            );
        }
    }
}

/// Whether an error says what is wrong, where.
fn names_its_place(e: &Error) -> bool {
    match e {
        Error::InvalidValue {
            resource,
            property,
            rule,
            ..
        } => !resource.is_empty() && !property.is_empty() && !rule.is_empty(),
        Error::InvalidLogicalId { rule, .. } => !rule.is_empty(),
        Error::DuplicateLogicalId { id, .. } => !id.is_empty(),
        Error::UnresolvedReference { resource, path, .. } => {
            !resource.is_empty() && path.starts_with('/')
        }
        Error::RuleFailed { resource, rule, .. } => !resource.is_empty() && !rule.is_empty(),
        Error::LimitExceeded { .. } => true,
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_builder_sequences_end_in_a_clean_error_or_a_checked_template(calls in proptest::collection::vec(call(), 1..10)) {
        let mut stack = Stack::new("Random").unwrap();
        for c in &calls {
            apply(&mut stack, c);
        }
        let dir = std::env::temp_dir().join(format!("stackward-seq-{}-{}", std::process::id(), calls.len()));
        let _ = std::fs::remove_dir_all(&dir);
        let mut app = App::new();
        match stack.synth() {
            Ok(t) => {
                let json: Json = serde_json::from_str(t.text()).unwrap();
                prop_assert!(check::references(&json).is_empty());
                let guard = check::evaluate(t.text(), check::rule_files()).unwrap();
                prop_assert!(guard.failures.is_empty(), "{:?}", guard.failures);
                let report = serde_json::to_value(t.report()).unwrap();
                let broken = common::broken_claims(&json, &report);
                prop_assert!(broken.is_empty(), "{:?}", broken);
                app.add(stack);
                prop_assert!(app.write(&dir).is_ok());
                prop_assert!(dir.join("Random.template.json").exists());
            }
            Err(e) => {
                let unclear: Vec<&Error> = e.problems().iter().filter(|p| !names_its_place(p)).collect();
                prop_assert!(unclear.is_empty(), "{:?}", unclear);
                app.add(stack);
                prop_assert!(app.write(&dir).is_err());
                prop_assert!(!dir.join("Random.template.json").exists());
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
