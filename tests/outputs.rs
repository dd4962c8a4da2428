//! What an app writes besides templates: YAML copies, code assets and their
//! manifest entries, SARIF findings; and the diff between two versions.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value as Json;
use stackward::diff::{diff, ChangeKind};
use stackward::lambda::{Code, Function, Runtime};
use stackward::prelude::*;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("stackward-out-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn outside() -> Waiver {
    Waiver::new(
        "calls only AWS APIs",
        ["LAMBDA_INSIDE_VPC", "CT.LAMBDA.PR.3"],
    )
    .unwrap()
}

fn function_app(code: &Path) -> App {
    let mut stack = Stack::new("Fn").unwrap();
    stack.add(
        Function::builder()
            .id("thumbnailer")
            .runtime(Runtime::Python313)
            .handler("index.handler")
            .code(Code::Asset(code.to_path_buf()))
            .outside_vpc(outside())
            .build(),
    );
    let mut app = App::new();
    app.add(stack);
    app
}

fn read_json(path: &Path) -> Json {
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn an_asset_is_zipped_named_by_hash_and_taken_as_parameters() {
    let dir = temp_dir("asset");
    let code = dir.join("code");
    fs::create_dir_all(&code).unwrap();
    fs::write(code.join("index.py"), "def handler(e, c):\n    return 1\n").unwrap();
    let out = dir.join("generated");
    function_app(&code).write(&out).unwrap();

    let manifest = read_json(&out.join("manifest.json"));
    let asset = &manifest["stacks"][0]["assets"][0];
    let key = asset["key"].as_str().unwrap();
    assert!(key.starts_with("assets/") && key.ends_with(".zip"), "{key}");
    assert_eq!(asset["resource"], "Thumbnailer");
    assert_eq!(asset["bucket_parameter"], "AssetBucket");
    assert_eq!(asset["key_parameter"], "ThumbnailerAssetKey");
    let zip = fs::read(out.join(key)).unwrap();
    assert_eq!(&zip[..4], b"PK\x03\x04");

    let t = read_json(&out.join("Fn.template.json"));
    assert_eq!(t["Parameters"]["ThumbnailerAssetKey"]["Default"], key);
    assert!(t["Parameters"]["AssetBucket"]["Default"].is_null());
    let code_prop = &t["Resources"]["Thumbnailer"]["Properties"]["Code"];
    assert_eq!(code_prop["S3Bucket"]["Ref"], "AssetBucket");
    assert_eq!(code_prop["S3Key"]["Ref"], "ThumbnailerAssetKey");

    // New content: a new key, the old zip removed, check clean.
    fs::write(code.join("index.py"), "def handler(e, c):\n    return 2\n").unwrap();
    let app = function_app(&code);
    assert!(app.check(&out).is_err());
    app.write(&out).unwrap();
    let new_key = read_json(&out.join("manifest.json"))["stacks"][0]["assets"][0]["key"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_ne!(new_key, key);
    assert!(!out.join(key).exists(), "the old zip is removed");
    assert!(out.join(&new_key).exists());
    app.check(&out).unwrap();
}

#[test]
fn a_missing_asset_folder_is_a_typed_error_and_writes_nothing() {
    let dir = temp_dir("missing");
    let out = dir.join("generated");
    let err = function_app(&dir.join("nowhere")).write(&out).unwrap_err();
    let problem = err
        .problems()
        .iter()
        .find(|p| matches!(p, Error::InvalidValue { resource, property, .. } if resource == "Thumbnailer" && property == "Code"))
        .unwrap_or_else(|| panic!("{err}"));
    assert!(
        problem.to_string().contains("cannot read the folder"),
        "{problem}"
    );
    assert!(!out.exists());
}

#[test]
fn yaml_copies_hold_the_same_template() {
    let dir = temp_dir("yaml");
    let mut stack = Stack::new("Docs").unwrap();
    stack.description("yes: a description that looks like YAML #not-a-comment");
    stack.add(s3::Bucket::builder().id("archive").build());
    let mut app = App::new();
    app.add(stack).yaml(true);
    app.write(&dir).unwrap();
    let json = read_json(&dir.join("Docs.template.json"));
    let text = fs::read_to_string(dir.join("Docs.template.yaml")).unwrap();
    let yaml: Json = serde_yaml::from_str(&text).unwrap();
    assert_eq!(yaml, json);
    assert!(text.contains("AWSTemplateFormatVersion: \"2010-09-09\""));
    // Without the option there is no YAML, and a stale copy is removed.
    let mut plain = App::new();
    let mut stack = Stack::new("Docs").unwrap();
    stack.description("yes: a description that looks like YAML #not-a-comment");
    stack.add(s3::Bucket::builder().id("archive").build());
    plain.add(stack);
    plain.write(&dir).unwrap();
    assert!(!dir.join("Docs.template.yaml").exists());
}

#[test]
fn an_audit_gives_sarif_errors_at_the_failing_resource() {
    let text = "Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      PubliclyAccessible: true\n";
    let audit = stackward::audit::audit("Legacy", text).unwrap();
    let log = audit.to_sarif("legacy.yaml", text);
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), audit.failures.len());
    let public = results
        .iter()
        .find(|r| r["ruleId"] == "RDS_INSTANCE_PUBLIC_ACCESS_CHECK")
        .expect("the public database fails");
    assert_eq!(public["level"], "error");
    let location = &public["locations"][0];
    assert_eq!(location["physicalLocation"]["region"]["startLine"], 4);
    assert_eq!(location["logicalLocations"][0]["name"], "Db");
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let index = public["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(rules[index]["id"], "RDS_INSTANCE_PUBLIC_ACCESS_CHECK");
}

#[test]
fn waivers_are_suppressed_sarif_results_with_their_reason() {
    let dir = temp_dir("sarif");
    let mut stack = Stack::new("Fn").unwrap();
    stack.add(
        Function::builder()
            .id("job")
            .runtime(Runtime::Python313)
            .handler("index.handler")
            .code(Code::Inline("def handler(e, c):\n    return 1\n".into()))
            .outside_vpc(outside())
            .build(),
    );
    let mut app = App::new();
    app.add(stack);
    app.write(&dir).unwrap();
    let log = read_json(&dir.join("findings.sarif"));
    let waived = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "LAMBDA_INSIDE_VPC")
        .expect("the waiver is a result");
    assert_eq!(waived["suppressions"][0]["kind"], "inSource");
    assert_eq!(
        waived["suppressions"][0]["justification"],
        "calls only AWS APIs"
    );
    assert_eq!(
        waived["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "Fn.template.json"
    );
}

fn database_stack(storage_gb: u32, with_replica_key: bool) -> Json {
    let mut stack = Stack::new("Data").unwrap();
    let net = stack.add(
        vpc::Vpc::builder()
            .id("net")
            .cidr("10.0.0.0/16".parse().unwrap())
            .subnets(vec![vpc::Subnets::isolated(24)])
            .build(),
    );
    stack.add(
        rds::Instance::builder()
            .id("db")
            .engine(rds::Engine::Postgres("16.9".into()))
            .instance_class("db.t4g.micro")
            .storage_gib(storage_gb)
            .vpc(&net)
            .build(),
    );
    if with_replica_key {
        stack.add(kms::Key::builder().id("replica").build());
    }
    stack.synth().unwrap().json().clone()
}

#[test]
fn a_diff_names_changed_properties_replacements_and_removals() {
    let old = database_stack(20, true);
    assert!(diff("Data", &old, &old).is_empty());

    let new = database_stack(50, false);
    let d = diff("Data", &old, &new);
    let db = d.resources.iter().find(|r| r.id == "Db").unwrap();
    assert_eq!(db.kind, ChangeKind::Modified);
    let storage = db
        .changes
        .iter()
        .find(|c| c.path == "Properties/AllocatedStorage")
        .unwrap();
    assert_eq!(storage.old, Some(Json::from("20")));
    assert_eq!(storage.new, Some(Json::from("50")));
    assert!(db.replaced_by.is_empty(), "storage grows in place");

    let replica = d.resources.iter().find(|r| r.id == "Replica").unwrap();
    assert_eq!(replica.kind, ChangeKind::Removed);
    assert!(replica
        .on_removal
        .as_deref()
        .unwrap()
        .contains("kept in the account"));
    assert!(d.security_relevant());
    let text = d.to_text();
    assert!(text.contains("- Replica (AWS::KMS::Key)"), "{text}");
    assert!(
        text.contains("Properties/AllocatedStorage: \"20\" -> \"50\""),
        "{text}"
    );
}

#[test]
fn a_diff_flags_a_forced_replacement_and_lost_encryption() {
    let old = database_stack(20, false);
    let mut new = old.clone();
    new["Resources"]["Db"]["Properties"]["StorageEncrypted"] = Json::Bool(false);
    new["Resources"]["Db"]["Properties"]
        .as_object_mut()
        .unwrap()
        .remove("KmsKeyId");
    let d = diff("Data", &old, &new);
    let db = d.resources.iter().find(|r| r.id == "Db").unwrap();
    assert!(
        db.replaced_by.contains(&"KmsKeyId".to_owned()),
        "{:?}",
        db.replaced_by
    );
    assert!(db.replaced_by.contains(&"StorageEncrypted".to_owned()));
    let encrypted = db
        .changes
        .iter()
        .find(|c| c.path == "Properties/StorageEncrypted")
        .unwrap();
    assert!(encrypted.security.is_some());
    assert!(
        !db.duties_lost.is_empty(),
        "encryption is no longer discharged"
    );
    assert!(d.to_text().contains("! no longer discharged"));
}

/// A new security group rule or policy resource, and a changed property
/// some rule reads (on a raw resource too), are security-relevant; duties
/// read as words; long values say how to see them whole.
#[test]
fn a_diff_flags_new_access_and_properties_rules_read() {
    let old = serde_json::json!({ "Resources": {
        "Web": { "Type": "AWS::EC2::SecurityGroup", "Properties": { "GroupDescription": "web" } },
        "Raw": { "Type": "AWS::Route53::RecordSet", "Properties": { "Name": "a.example.com", "Type": "TXT", "TTL": "60" } }
    }});
    let mut new = old.clone();
    new["Resources"]["WebFromAnywhere"] = serde_json::json!({
        "Type": "AWS::EC2::SecurityGroupIngress",
        "Properties": { "GroupId": { "Ref": "Web" }, "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0" }
    });
    new["Resources"]["Raw"]["Properties"]["Type"] = serde_json::json!("A");
    new["Resources"]["Web"]["Properties"]["GroupDescription"] = serde_json::json!("x".repeat(200));
    let d = diff("Net", &old, &new);
    let rule = d
        .resources
        .iter()
        .find(|r| r.id == "WebFromAnywhere")
        .unwrap();
    assert_eq!(rule.kind, ChangeKind::Added);
    assert!(rule.security_relevant());
    let raw = d.resources.iter().find(|r| r.id == "Raw").unwrap();
    assert_eq!(
        raw.changes[0].security.as_deref(),
        Some("Type is read by a stackward rule")
    );
    let text = d.to_text();
    assert!(
        text.contains("! access: adds a AWS::EC2::SecurityGroupIngress"),
        "{text}"
    );
    assert!(
        text.contains("(202 characters; `diff --json` shows it whole)"),
        "{text}"
    );

    let bucket = |versioned: bool| {
        let mut stack = Stack::new("Media").unwrap();
        let b = s3::Bucket::builder().id("uploads");
        stack.add(if versioned {
            b.build()
        } else {
            b.versioning(s3::Versioning::Suspended(
                Waiver::new("scratch", ["S3_BUCKET_VERSIONING_ENABLED"]).unwrap(),
            ))
            .build()
        });
        stack.synth().unwrap().json().clone()
    };
    let d = diff("Media", &bucket(true), &bucket(false));
    let lost = &d
        .resources
        .iter()
        .find(|r| r.id == "Uploads")
        .unwrap()
        .duties_lost;
    assert!(
        lost.iter()
            .any(|l| l.starts_with("data backup and recovery: ")),
        "{lost:?}"
    );
}
