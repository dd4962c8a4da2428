//! Property tests: for arbitrary valid key and bucket configurations the
//! template is valid JSON, every reference resolves, logical ids are unique,
//! the output is deterministic, and every Guard rule passes unless a waiver
//! on the resource names it.

use proptest::prelude::*;
use serde_json::Value as Json;
use stackward::check;
use stackward::prelude::*;
mod common;

use stackward::s3::{
    AccessLogs, Encryption, LifecycleRule, ObjectLock, PublicAccess, RetentionMode, StorageClass,
    Versioning,
};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        ..ProptestConfig::default()
    }
}

fn bucket_name() -> impl Strategy<Value = String> {
    "[a-z0-9][a-z0-9-]{1,40}[a-z0-9]".prop_filter("valid S3 name", |n| {
        stackward::s3::validate_bucket_name(n).is_ok()
    })
}

fn reason() -> impl Strategy<Value = String> {
    "[a-zA-Z][a-zA-Z ,.]{4,60}"
}

fn waiver(rules: &'static [&'static str]) -> impl Strategy<Value = Waiver> {
    (
        reason(),
        // Extra rules that do not apply to the resource: real names, since
        // a waiver refuses a name no rule has.
        proptest::collection::vec(
            proptest::sample::select(vec![
                "SQS_QUEUE_DEAD_LETTER".to_owned(),
                "LAMBDA_INSIDE_VPC".to_owned(),
                "RDS_MULTI_AZ_SUPPORT".to_owned(),
                "CT.EC2.PR.7".to_owned(),
            ]),
            0..3,
        ),
    )
        .prop_map(move |(reason, extra)| {
            Waiver::new(reason, rules.iter().map(|r| r.to_string()).chain(extra)).unwrap()
        })
}

#[derive(Debug, Clone)]
struct BucketSpec {
    id: String,
    name: Option<String>,
    own_key: Option<usize>,
    sse_s3: Option<Waiver>,
    versioning: Versioning,
    logs: u8,
    logs_waiver: Waiver,
    public: PublicAccess,
    lock: ObjectLock,
    lifecycle: Vec<LifecycleRule>,
    removal: Removal,
    tags: Vec<(String, String)>,
}

fn lifecycle_rule() -> impl Strategy<Value = LifecycleRule> {
    (
        "[a-z][a-z0-9-]{0,20}",
        proptest::option::of("[a-z]{1,10}/"),
        proptest::option::of(400u32..1000),
        proptest::option::of(1u32..3650),
        proptest::option::of((
            prop_oneof![
                Just(StorageClass::StandardIa),
                Just(StorageClass::Glacier),
                Just(StorageClass::DeepArchive),
                Just(StorageClass::IntelligentTiering),
            ],
            30u32..365,
        )),
    )
        .prop_filter("a rule does something", |(_, _, e, n, t)| {
            e.is_some() || n.is_some() || t.is_some()
        })
        .prop_map(
            |(id, prefix, expire, noncurrent, transition)| LifecycleRule {
                id: format!("r-{id}"),
                prefix,
                expire_after_days: expire,
                noncurrent_expire_after_days: noncurrent,
                transitions: transition.into_iter().collect(),
            },
        )
}

fn bucket_spec(keys: usize) -> impl Strategy<Value = BucketSpec> {
    (
        (
            "[a-z][a-z0-9]{0,12}",
            proptest::option::of(bucket_name()),
            proptest::option::of(0..keys.max(1)),
            proptest::option::of(waiver(&["S3_DEFAULT_ENCRYPTION_KMS", "CT.S3.PR.10"])),
            prop_oneof![
                Just(None),
                waiver(&["S3_BUCKET_VERSIONING_ENABLED"]).prop_map(Some)
            ],
            0u8..3,
            waiver(&["S3_BUCKET_LOGGING_ENABLED"]),
        ),
        (
            prop_oneof![
                Just(None),
                waiver(&["S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED"]).prop_map(Some)
            ],
            prop_oneof![
                Just(ObjectLock::Enabled),
                (1u32..3650, any::<bool>()).prop_map(|(days, compliance)| {
                    ObjectLock::DefaultRetention {
                        mode: if compliance {
                            RetentionMode::Compliance
                        } else {
                            RetentionMode::Governance
                        },
                        days,
                    }
                }),
                waiver(&["S3_BUCKET_DEFAULT_LOCK_ENABLED"]).prop_map(ObjectLock::Disabled),
            ],
            proptest::collection::vec(lifecycle_rule(), 0..3),
            prop_oneof![
                Just(Removal::Retain),
                waiver(&["S3_BUCKET_RETAINED"]).prop_map(Removal::Delete)
            ],
            proptest::collection::vec(("[a-z][a-z0-9-]{0,20}", "[a-zA-Z0-9 ]{0,30}"), 0..3),
        ),
    )
        .prop_map(
            move |(
                (id, name, key, sse, versioning, logs, logs_waiver),
                (public, lock, lifecycle, removal, tags),
            )| {
                let mut lifecycle = lifecycle;
                lifecycle.dedup_by(|a, b| a.id == b.id);
                BucketSpec {
                    id: format!("bucket-{id}"),
                    name,
                    own_key: key.filter(|_| keys > 0),
                    sse_s3: sse,
                    versioning: versioning.map_or(Versioning::Enabled, Versioning::Suspended),
                    logs,
                    logs_waiver,
                    public: public.map_or(PublicAccess::Blocked, PublicAccess::PolicyMayAllow),
                    lock,
                    lifecycle,
                    removal,
                    tags,
                }
            },
        )
}

#[derive(Debug, Clone)]
struct StackSpec {
    keys: Vec<(Option<String>, u32, u32)>,
    buckets: Vec<BucketSpec>,
    log_groups: Vec<(Option<usize>, u32, Option<Waiver>)>,
    tags: Vec<(String, String)>,
}

/// A log group: its key (own or the stack's), retention, and a waiver when short.
fn log_group(keys: usize) -> impl Strategy<Value = (Option<usize>, u32, Option<Waiver>)> {
    let days = proptest::sample::select(stackward::logs::RETENTION_DAYS.to_vec());
    (
        proptest::option::of(0..keys.max(1)),
        days,
        waiver(&["CW_LOGGROUP_RETENTION_PERIOD_CHECK"]),
    )
        .prop_map(move |(key, days, w)| {
            let short = days < stackward::logs::MIN_RETENTION_DAYS;
            (key.filter(|_| keys > 0), days, short.then_some(w))
        })
}

fn stack_spec() -> impl Strategy<Value = StackSpec> {
    (0usize..3)
        .prop_flat_map(|keys| {
            (
                proptest::collection::vec(
                    (
                        proptest::option::of("[a-z][a-z0-9/_-]{0,30}"),
                        7u32..=30,
                        90u32..=2560,
                    ),
                    keys,
                ),
                proptest::collection::vec(bucket_spec(keys), 0..5),
                proptest::collection::vec(log_group(keys), 0..3),
                proptest::collection::vec(("[a-z][a-z0-9-]{0,20}", "[a-zA-Z0-9 ]{0,30}"), 0..3),
            )
        })
        .prop_map(|(keys, mut buckets, log_groups, tags)| {
            buckets.sort_by(|a, b| a.id.cmp(&b.id));
            buckets.dedup_by(|a, b| a.id == b.id);
            let mut seen = std::collections::BTreeSet::new();
            for b in &mut buckets {
                if let Some(n) = &b.name {
                    if !seen.insert(n.clone()) {
                        b.name = None;
                    }
                }
            }
            StackSpec {
                keys,
                buckets,
                log_groups,
                tags,
            }
        })
}

/// Builds the stack and counts the resources it must have.
fn build(spec: &StackSpec) -> (Stack, usize) {
    let mut stack = Stack::new("Prop").unwrap();
    for (k, v) in &spec.tags {
        stack.tag(k, v);
    }
    let mut expected = 0;
    let mut keys = Vec::new();
    for (i, (alias, window, rotation)) in spec.keys.iter().enumerate() {
        let mut key = kms::Key::builder()
            .id(format!("key{i}"))
            .pending_window_days(*window)
            .rotation_period_days(*rotation)
            .build();
        if let Some(alias) = alias {
            key = kms::Key::builder()
                .id(format!("key{i}"))
                .alias(format!("alias/{alias}"))
                .pending_window_days(*window)
                .rotation_period_days(*rotation)
                .build();
            expected += 1;
        }
        keys.push(stack.add(key));
        expected += 1;
    }
    let (mut default_key, mut log_bucket) = (false, false);
    for b in &spec.buckets {
        let encryption = match (&b.sse_s3, b.own_key) {
            (Some(w), _) => Encryption::S3Managed(w.clone()),
            (None, Some(k)) => Encryption::Kms(keys[k].clone()),
            (None, None) => {
                default_key = true;
                Encryption::StackKey
            }
        };
        let access_logs = match b.logs {
            0 => {
                log_bucket = true;
                AccessLogs::StackLogBucket
            }
            1 => AccessLogs::Bucket {
                name: "central-access-logs".into(),
                prefix: format!("{}/", b.id),
            },
            _ => AccessLogs::Disabled(b.logs_waiver.clone()),
        };
        let builder = s3::Bucket::builder()
            .id(b.id.clone())
            .encryption(encryption)
            .versioning(b.versioning.clone())
            .access_logs(access_logs)
            .public_access(b.public.clone())
            .object_lock(b.lock.clone())
            .lifecycle_rules(b.lifecycle.clone())
            .removal(b.removal.clone())
            .tags(b.tags.clone());
        match &b.name {
            Some(n) => stack.add(builder.name(n.as_str()).build()),
            None => stack.add(builder.build()),
        };
        expected += 2;
    }
    for (i, (key, days, waiver)) in spec.log_groups.iter().enumerate() {
        let retention = match waiver {
            Some(w) => stackward::logs::Retention::Shorter(*days, w.clone()),
            None => stackward::logs::Retention::Days(*days),
        };
        let group = logs::LogGroup::builder()
            .id(format!("logs{i}"))
            .retention(retention);
        match key {
            Some(k) => stack.add(group.key(keys[*k].clone()).build()),
            None => {
                default_key = true;
                stack.add(group.build())
            }
        };
        expected += 1;
    }
    expected += usize::from(default_key) + 2 * usize::from(log_bucket);
    (stack, expected)
}

/// The Guard rules each resource's waivers name.
fn waived_rules(resource: &Json) -> Vec<String> {
    resource["Metadata"]["guard"]["SuppressedRules"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|r| r.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn valid_configurations_synthesize_to_checked_templates(spec in stack_spec()) {
        let (stack, expected) = build(&spec);
        let template = stack.synth().map_err(|e| TestCaseError::fail(e.to_string()))?;

        // Valid JSON, the same as the value synth returned.
        let parsed: Json = serde_json::from_str(template.text()).unwrap();
        prop_assert_eq!(&parsed, template.json());

        // Every reference resolves.
        prop_assert!(check::references(&parsed).is_empty());

        // Logical ids are unique: no resource overwrote another.
        let resources = parsed["Resources"].as_object().unwrap();
        prop_assert_eq!(resources.len(), expected);
        prop_assert!(resources.keys().all(|id| id.chars().all(|c| c.is_ascii_alphanumeric()) && id.len() <= 255));

        // Every Guard rule passes unless a waiver on the resource names it.
        let report = check::evaluate(template.text(), check::rule_files()).unwrap();
        prop_assert!(report.failures.is_empty(), "{:?}", report.failures);
        for finding in &report.waived {
            let id = finding.resource.as_deref().unwrap();
            prop_assert!(waived_rules(&resources[id]).contains(&finding.rule));
        }

        // Stateful resources are retained unless a waiver says otherwise.
        for (id, r) in resources {
            if r["Type"] == "AWS::S3::Bucket" || r["Type"] == "AWS::KMS::Key" || r["Type"] == "AWS::Logs::LogGroup" {
                let retained = r["DeletionPolicy"] == "Retain";
                let waived = waived_rules(r).iter().any(|w| w == "S3_BUCKET_RETAINED");
                prop_assert!(retained || waived, "{} is deleted with the stack without a waiver", id);
            }
        }

        // Stack tags reach every taggable resource.
        for (k, _) in &spec.tags {
            let taggable = ["AWS::S3::Bucket", "AWS::KMS::Key", "AWS::Logs::LogGroup"];
            for r in resources.values().filter(|r| taggable.iter().any(|t| r["Type"] == *t)) {
                prop_assert!(r["Properties"]["Tags"].as_array().unwrap().iter().any(|t| t["Key"] == k.as_str()));
            }
        }

        // The report claims only what the template shows, lists every
        // resource and waiver, and never leaves the customer column empty.
        let report = serde_json::to_value(template.report()).unwrap();
        let broken = common::broken_claims(&parsed, &report);
        prop_assert!(broken.is_empty(), "{:?}", broken);

        // Deterministic: the same stack gives the same bytes.
        let (again, _) = build(&spec);
        let again = again.synth().unwrap();
        prop_assert_eq!(again.text(), template.text());
    }

    #[test]
    fn invalid_bucket_names_give_a_typed_error(name in "\\PC{0,70}") {
        prop_assume!(stackward::s3::validate_bucket_name(&name).is_err());
        let mut stack = Stack::new("Bad").unwrap();
        stack.add(s3::Bucket::builder().id("data").name(name.as_str()).build());
        let err = stack.synth().unwrap_err();
        let names_the_property = err.problems().iter().any(|e| matches!(e,
            Error::InvalidValue { resource, property, value, .. }
                if resource == "Data" && property == "BucketName" && *value == name));
        prop_assert!(names_the_property, "{}", err);
    }

    #[test]
    fn arbitrary_user_ids_never_panic(id in "\\PC{0,300}") {
        let mut stack = Stack::new("Ids").unwrap();
        stack.add(s3::Bucket::builder().id(id.as_str()).build());
        match stack.synth() {
            Ok(t) => prop_assert!(t.json()["Resources"].as_object().unwrap().len() == 5),
            Err(e) => {
                let only_id_problems = e.problems().iter().all(|p| matches!(p, Error::InvalidLogicalId { .. } | Error::DuplicateLogicalId { .. }));
                prop_assert!(only_id_problems, "{}", e);
            }
        }
    }
}
