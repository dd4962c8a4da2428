//! Amazon S3: the typed errors for bucket names, lifecycle rules, Object
//! Lock and log targets, and the bucket policy's TLS statements.

mod common;

use common::{invalid, problems};
use stackward::prelude::*;
use stackward::s3::{AccessLogs, LifecycleRule, ObjectLock, RetentionMode, StorageClass};
use stackward::template::LogicalId;

fn bucket_named(name: &str) -> Vec<Error> {
    let mut stack = Stack::new("Names").unwrap();
    stack.add(s3::Bucket::builder().id("data").name(name).build());
    problems(&stack)
}

#[test]
fn bucket_names_follow_s3_rules() {
    let chars = "must be 3-63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit";
    for name in [
        "My_Bucket",
        "ab",
        &"a".repeat(64),
        "-bucket",
        "bucket-",
        "Bucket",
    ] {
        assert_eq!(
            bucket_named(name),
            vec![invalid("Data", "BucketName", name, chars)],
            "{name}"
        );
    }
    assert_eq!(
        bucket_named("my..bucket"),
        vec![invalid(
            "Data",
            "BucketName",
            "my..bucket",
            "must not contain two adjacent dots"
        )]
    );
    assert_eq!(
        bucket_named("192.168.5.4"),
        vec![invalid(
            "Data",
            "BucketName",
            "192.168.5.4",
            "must not be formatted as an IP address"
        )]
    );
    assert_eq!(
        bucket_named("xn--bucket"),
        vec![invalid(
            "Data",
            "BucketName",
            "xn--bucket",
            "must not start with xn--, sthree- or amzn-s3-demo-"
        )]
    );
    assert_eq!(
        bucket_named("bucket-s3alias"),
        vec![invalid(
            "Data",
            "BucketName",
            "bucket-s3alias",
            "must not end with -s3alias, --ol-s3, .mrap, --x-s3 or --table-s3"
        )]
    );
    assert_eq!(
        bucket_named("My_Bucket")[0].to_string(),
        "Data.BucketName = \"My_Bucket\": must be 3-63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit"
    );
}

#[test]
fn valid_bucket_names_pass() {
    for name in ["abc", "my.bucket-2", &"a".repeat(63), "1bucket"] {
        assert!(stackward::s3::validate_bucket_name(name).is_ok(), "{name}");
    }
}

#[test]
fn lifecycle_rules_are_validated() {
    let mut stack = Stack::new("Life").unwrap();
    stack.add(
        s3::Bucket::builder()
            .id("data")
            .lifecycle_rules(vec![
                LifecycleRule::builder()
                    .id("ia")
                    .transitions(vec![(StorageClass::StandardIa, 10)])
                    .build(),
                LifecycleRule::builder()
                    .id("ia")
                    .expire_after_days(0)
                    .build(),
                LifecycleRule::builder().id("nothing").build(),
                LifecycleRule::builder()
                    .id("abort-incomplete-multipart-uploads")
                    .expire_after_days(3)
                    .build(),
            ])
            .build(),
    );
    assert_eq!(
        problems(&stack),
        vec![
            invalid(
                "Data",
                "LifecycleConfiguration.Rules[ia].Transitions.TransitionInDays",
                "10",
                "must be at least 30 days for STANDARD_IA and ONEZONE_IA"
            ),
            invalid(
                "Data",
                "LifecycleConfiguration.Rules.Id",
                "ia",
                "must be unique in the bucket"
            ),
            invalid(
                "Data",
                "LifecycleConfiguration.Rules[ia].ExpirationInDays",
                "0",
                "must be at least 1 day"
            ),
            invalid(
                "Data",
                "LifecycleConfiguration.Rules[nothing].Status",
                "nothing",
                "a rule must expire or transition something"
            ),
            invalid(
                "Data",
                "LifecycleConfiguration.Rules.Id",
                "abort-incomplete-multipart-uploads",
                "must be unique in the bucket"
            ),
        ]
    );
}

#[test]
fn object_lock_retention_and_log_target_are_validated() {
    let mut stack = Stack::new("Lock").unwrap();
    stack.add(
        s3::Bucket::builder()
            .id("data")
            .object_lock(ObjectLock::DefaultRetention {
                mode: RetentionMode::Governance,
                days: 0,
            })
            .access_logs(AccessLogs::Bucket {
                name: "Central_Logs".into(),
                prefix: "data/".into(),
            })
            .build(),
    );
    let p = problems(&stack);
    assert_eq!(
        p[0],
        invalid(
            "Data",
            "ObjectLockConfiguration.Rule.DefaultRetention.Days",
            "0",
            "must be 1-36500 days"
        )
    );
    assert!(
        matches!(&p[1], Error::InvalidValue { property, .. } if property == "LoggingConfiguration.DestinationBucketName")
    );
}

#[test]
fn a_bucket_policy_must_refuse_old_tls_too() {
    let mut stack = Stack::new("Tls").unwrap();
    let bucket = stack.add(s3::Bucket::builder().id("data").build());
    let policy = stackward::cfn::l1::s3::BucketPolicy {
        bucket: bucket.name(),
        policy_document: stackward::iam::PolicyDocument::new(vec![stackward::iam::Statement::new(
            stackward::iam::Effect::Deny,
            ["s3:*"],
        )
        .principal(stackward::iam::Principal::Any)
        .resource(bucket.arn())
        .condition(serde_json::json!({ "Bool": { "aws:SecureTransport": "false" } }))])
        .to_json(),
    };
    let id = LogicalId::new("DataPolicy").unwrap();
    stack.resource_mut(&id).unwrap().set_properties(&policy);
    let found = problems(&stack);
    assert!(found.contains(&Error::RuleFailed {
        property: "Properties/PolicyDocument/Statement/0/Condition".into(),
        resource: "DataPolicy".into(),
        rule: "S3_BUCKET_SSL_REQUESTS_ONLY".into(),
        message:
            "encryption in transit: the bucket policy must deny requests over TLS older than 1.2"
                .into(),
    }), "{found:?}");
}

#[test]
fn an_allow_to_everyone_needs_a_condition_or_a_public_bucket_waiver() {
    use stackward::iam::{Effect, Principal, Statement};
    let read_all = || {
        Statement::new(Effect::Allow, ["s3:GetObject"])
            .principal(Principal::Any)
            .resource("arn:aws:s3:::site/*")
    };
    let mut stack = Stack::new("Public").unwrap();
    stack.add(
        s3::Bucket::builder()
            .id("site")
            .policy_statements(vec![read_all()])
            .build(),
    );
    let texts: Vec<String> = problems(&stack).iter().map(ToString::to_string).collect();
    assert!(
        texts.iter().any(|t| t.contains("Site")
            && t.contains("PolicyDocument")
            && t.contains("Principal::Any")
            && t.contains("PublicAccess::PolicyMayAllow")),
        "{texts:?}"
    );

    let mut stack = Stack::new("Narrowed").unwrap();
    stack.add(
        s3::Bucket::builder()
            .id("site")
            .policy_statements(vec![read_all().condition(serde_json::json!({
                "StringEquals": { "aws:PrincipalOrgID": "o-abc123" }
            }))])
            .build(),
    );
    assert!(stack.synth().is_ok());

    let mut stack = Stack::new("Waived").unwrap();
    stack.add(
        s3::Bucket::builder()
            .id("site")
            .public_access(s3::PublicAccess::PolicyMayAllow(
                Waiver::new(
                    "public website assets",
                    ["S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED"],
                )
                .unwrap(),
            ))
            .policy_statements(vec![read_all()])
            .build(),
    );
    let left = stack
        .synth()
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(!left.contains("Principal::Any"), "{left}");
}

/// Replication: S3 gets a role and a separate policy with exactly what
/// replication needs, and the other judges' one-region finding is no
/// longer answered for the replicated bucket.
#[test]
fn a_replicated_bucket_copies_every_version_under_the_destination_key() {
    use stackward::s3::Replication;
    let replica = || Replication {
        bucket_arn: "arn:aws:s3:::lake-replica".into(),
        key_arn: "arn:aws:kms:eu-central-1:111122223333:key/replica".into(),
    };
    let mut stack = Stack::new("Lake").unwrap();
    stack.add(
        s3::Bucket::builder()
            .id("curated")
            .replication(replica())
            .build(),
    );
    stack.add(s3::Bucket::builder().id("scratch").build());
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    let config = &r["Curated"]["Properties"]["ReplicationConfiguration"];
    assert_eq!(config["Role"]["Fn::GetAtt"][0], "CuratedReplicationRole");
    let rule = &config["Rules"][0];
    assert_eq!(rule["Status"], "Enabled");
    assert_eq!(rule["DeleteMarkerReplication"]["Status"], "Enabled");
    assert_eq!(
        rule["SourceSelectionCriteria"]["SseKmsEncryptedObjects"]["Status"],
        "Enabled"
    );
    assert_eq!(
        rule["Destination"]["EncryptionConfiguration"]["ReplicaKmsKeyID"],
        "arn:aws:kms:eu-central-1:111122223333:key/replica"
    );
    let policy = &r["CuratedReplicationPolicy"];
    assert_eq!(
        policy["Properties"]["Roles"][0]["Ref"],
        "CuratedReplicationRole"
    );
    let actions: Vec<&str> = policy["Properties"]["PolicyDocument"]["Statement"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["Action"].as_array().unwrap())
        .filter_map(|a| a.as_str())
        .collect();
    assert!(actions.contains(&"s3:ReplicateObject") && actions.contains(&"kms:Decrypt"));
    assert!(!actions.iter().any(|a| a.ends_with('*')), "{actions:?}");
    let answered = |id: &str| {
        r[id]["Metadata"]["cdk_nag"]["rules_to_suppress"]
            .as_array()
            .is_some_and(|l| {
                l.iter()
                    .any(|x| x["id"] == "HIPAA.Security-S3BucketReplicationEnabled")
            })
    };
    assert!(!answered("Curated") && answered("Scratch"));

    let mut stack = Stack::new("Unversioned").unwrap();
    stack.add(
        s3::Bucket::builder()
            .id("curated")
            .versioning(s3::Versioning::Suspended(
                Waiver::new("scratch", ["S3_BUCKET_VERSIONING_ENABLED"]).unwrap(),
            ))
            .replication(replica())
            .build(),
    );
    let texts: Vec<String> = problems(&stack).iter().map(ToString::to_string).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("Curated.ReplicationConfiguration")
                && t.contains("keep versioning enabled")),
        "{texts:?}"
    );
}
