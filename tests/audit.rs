//! Audit of templates stackward did not write.

use serde_json::{json, Value as Json};
use stackward::audit::audit;

#[test]
fn yaml_short_forms_read_as_their_long_forms() {
    let yaml = r#"
AWSTemplateFormatVersion: "2010-09-09"
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Parameters:
  Env: { Type: String }
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "${Env}-data-${AWS::AccountId}"
      Tags:
        - Key: arn
          Value: !GetAtt Data.Arn
        - Key: size
          Value: !If [IsProd, big, small]
"#;
    let a = audit("Yaml", yaml).unwrap();
    let props = &a.template["Resources"]["Data"]["Properties"];
    assert_eq!(
        props["BucketName"],
        json!({ "Fn::Sub": "${Env}-data-${AWS::AccountId}" })
    );
    assert_eq!(
        props["Tags"][0]["Value"],
        json!({ "Fn::GetAtt": ["Data", "Arn"] })
    );
    assert_eq!(
        props["Tags"][1]["Value"],
        json!({ "Fn::If": ["IsProd", "big", "small"] })
    );
    assert_eq!(
        a.template["Conditions"]["IsProd"],
        json!({ "Fn::Equals": [{ "Ref": "Env" }, "prod"] })
    );
    assert!(a.unresolved.is_empty(), "{:?}", a.unresolved);
}

#[test]
fn an_insecure_template_fails_the_rules_and_the_report_says_what_is_left() {
    let template = json!({
        "Resources": {
            "Uploads": { "Type": "AWS::S3::Bucket", "Properties": { "VersioningConfiguration": { "Status": "Suspended" } } },
            "Queue": { "Type": "AWS::Kinesis::Stream", "Properties": { "Dangling": { "Ref": "Nowhere" } } }
        }
    });
    let a = audit("Legacy", &template.to_string()).unwrap();
    let failed: Vec<&str> = a.failures.iter().map(|f| f.rule.as_str()).collect();
    for rule in [
        "S3_DEFAULT_ENCRYPTION_KMS",
        "S3_BUCKET_VERSIONING_ENABLED",
        "S3_BUCKET_LOGGING_ENABLED",
        "S3_BUCKET_RETAINED",
    ] {
        assert!(failed.contains(&rule), "{rule} should fail: {failed:?}");
    }
    assert_eq!(a.unresolved.len(), 1);
    let uploads = a
        .report
        .resources
        .iter()
        .find(|r| r.id == "Uploads")
        .unwrap();
    assert!(uploads.discharged.is_empty());
    assert!(uploads.residual.iter().any(|r| r.what
        == "not shown by the template: versioning keeps every overwritten and deleted object"));
    // A type stackward has no rule for is listed on its own as unchecked,
    // not folded into the resource's residual duties.
    assert!(a
        .report
        .unchecked
        .iter()
        .any(|u| u.id == "Queue" && u.type_name == "AWS::Kinesis::Stream"));
    let md = a.to_markdown();
    assert!(
        md.contains("| Uploads | S3_BUCKET_VERSIONING_ENABLED |"),
        "{md}"
    );
}

#[test]
fn auditing_a_generated_template_gives_its_committed_report() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("generated");
    let text = std::fs::read_to_string(dir.join("DataLake.template.json")).unwrap();
    let a = audit("DataLake", &text).unwrap();
    assert!(a.failures.is_empty(), "{:?}", a.failures);
    let committed: Json =
        serde_json::from_str(&std::fs::read_to_string(dir.join("DataLake.report.json")).unwrap())
            .unwrap();
    // Alone, the template shows no account-level duty; in its App, the
    // baseline stack shows them.
    assert!(a.report.account.iter().all(|d| d.shown_by.is_none()));
    let read = |name: &str| -> Json {
        serde_json::from_str(&std::fs::read_to_string(dir.join(name)).unwrap()).unwrap()
    };
    let (own, baseline) = (
        read("DataLake.template.json"),
        read("Landing-Baseline.template.json"),
    );
    let in_app = a
        .report
        .in_app(&[("DataLake", &own), ("Landing-Baseline", &baseline)]);
    assert_eq!(serde_json::to_value(&in_app).unwrap(), committed);
}

#[test]
fn text_that_is_not_a_template_is_refused() {
    let err = audit("Notes", "- just\n- a list\n").unwrap_err();
    assert!(
        err.to_string()
            .contains("a CloudFormation template needs a Resources section"),
        "{err}"
    );
    let err = audit("Broken", "{ not: [closed").unwrap_err();
    assert!(
        err.to_string().contains("is neither JSON nor YAML"),
        "{err}"
    );
}

/// A JSON reader keeps the last of two equal keys silently, so a bucket
/// could hide behind a second entry: audit refuses the text instead, naming
/// where the key stands twice.
#[test]
fn a_key_written_twice_is_refused() {
    let text = r#"{"Resources": {
        "Data": {"Type": "AWS::S3::Bucket", "Properties": {}},
        "Data": {"Type": "AWS::SNS::Topic", "Properties": {"A": 1, "A": 2}}
    }}"#;
    let err = audit("Twice", text).unwrap_err();
    assert!(
        matches!(&err, stackward::Error::Unreadable { name, reason }
        if name == "Twice" && reason.contains("/Resources/Data") && reason.contains("/Resources/Data/Properties/A")),
        "{err}"
    );
}

/// Findings exit 1, unreadable input exits 2, so a CI step can tell a
/// template with problems from a file that is not a template.
#[cfg(feature = "cli")]
#[test]
fn findings_and_unreadable_input_have_their_own_exit_codes() {
    use stackward::cli::exit_code;
    let findings = audit(
        "Open",
        r#"{"Resources": {"Data": {"Type": "AWS::S3::Bucket"}}}"#,
    )
    .unwrap();
    assert!(!findings.failures.is_empty());
    let rule = stackward::Error::RuleFailed {
        property: String::new(),
        resource: "Data".into(),
        rule: findings.failures[0].rule.clone(),
        message: String::new(),
    };
    assert_eq!(exit_code(&rule), 1);
    let unreadable = audit("Notes", "- just\n- a list\n").unwrap_err();
    assert_eq!(exit_code(&unreadable), 2);
    let missing = stackward::Error::Io {
        path: "nowhere.json".into(),
        message: "not found".into(),
    };
    assert_eq!(exit_code(&missing), 2);
}

/// Ids and types of an audited template reach the Markdown and the Mermaid
/// diagram escaped: no tag, link, image, table cell or Mermaid directive
/// can be written by a template (issue 21).
#[test]
fn hostile_ids_and_types_are_escaped_in_markdown_and_mermaid() {
    let hostile_id = "X<img src=x onerror=alert(1)>[a](javascript:alert(1))|`\"\nclick";
    let hostile_type = "AWS::S3::Bucket\"]\n    click A href \"javascript:alert(1)\"";
    let template = json!({
        "Resources": {
            hostile_id: { "Type": "AWS::S3::Bucket" },
            "Other": { "Type": hostile_type, "Properties": { "B": { "Ref": hostile_id } } }
        }
    });
    let a = audit("Hostile", &template.to_string()).unwrap();
    let full = a.to_markdown();
    // The Markdown around the diagram (which is checked below).
    let markdown = full.split("```mermaid").next().unwrap();
    for raw in ["<img", "[a]", "\nclick", "|`"] {
        assert!(!markdown.contains(raw), "{raw:?} reached the Markdown");
    }
    assert!(markdown
        .contains("X&lt;img src=x onerror=alert(1)&gt;\\[a\\](javascript:alert(1))\\|\\`\" click"));
    let diagram = &a.report.diagram;
    for line in diagram.lines().skip(1) {
        let line = line.trim_start();
        assert!(
            line.starts_with("resource") || line.starts_with("Other") || line.starts_with("class"),
            "a diagram line starts with template text: {line:?}"
        );
    }
    assert!(!diagram.contains("<img"));
    assert!(
        diagram.contains("resource0 --> resource1")
            || diagram.contains("resource1 --> resource0")
            || diagram.contains("Other --> resource")
    );
}

/// A template over CloudFormation's limit of outputs is audited and
/// reported as CloudFormation would refuse it (issue 21: audit did not
/// check); one over its 500 resources is refused before any rule runs,
/// with the limit named (issue 20: 10,000 buckets took 22 s and 937 MB).
#[test]
fn a_template_over_cloudformations_limits_says_so() {
    let outputs: serde_json::Map<String, serde_json::Value> = (0..201)
        .map(|i| (format!("Out{i}"), json!({ "Value": "x" })))
        .collect();
    let template = json!({
        "Resources": { "Topic": { "Type": "AWS::SNS::Topic" } },
        "Outputs": outputs
    });
    let a = audit("Big", &template.to_string()).unwrap();
    assert_eq!(a.over_limits.len(), 1);
    let text = a.over_limits[0].to_string();
    assert!(
        text.contains("outputs") && text.contains("201") && text.contains("200"),
        "{text}"
    );
    assert!(a.to_markdown().contains("over CloudFormation's limits"));

    let buckets: serde_json::Map<String, serde_json::Value> = (0..10_000)
        .map(|i| (format!("Bucket{i}"), json!({ "Type": "AWS::S3::Bucket" })))
        .collect();
    let text = json!({ "Resources": buckets }).to_string();
    assert!(text.len() < 1_000_000, "within the size limit");
    let started = std::time::Instant::now();
    let err = audit("Buckets", &text).unwrap_err().to_string();
    assert!(
        err.contains("10000 resources") && err.contains("limit of 500"),
        "{err}"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
}

/// A short YAML text whose aliases would expand to gigabytes is refused as
/// CloudFormation refuses aliases, before anything is expanded (issue 21:
/// 70 KB reached 4 GB and 29 s).
#[test]
fn yaml_aliases_are_refused_before_they_expand() {
    let items = vec!["x"; 20_000].join(", ");
    let aliases = vec!["*a0"; 2_000].join(", ");
    let text = format!(
        "a0: &a0 [{items}]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: [{aliases}]\n"
    );
    match audit("Laughs", &text) {
        Err(stackward::Error::Unreadable { reason, .. }) => {
            assert!(
                reason.starts_with("line 1 has a YAML anchor or alias"),
                "{reason}"
            )
        }
        other => panic!("{other:?}"),
    }
}

/// A template whose resources are of types no rule checks (a mistyped
/// `AWS::S3::bucket`, a missing type) is not summed up as passing every
/// rule (issue 21).
#[test]
fn unknown_types_are_not_reported_as_passing() {
    let template = json!({ "Resources": {
        "Typo": { "Type": "AWS::S3::bucket" },
        "NoType": { "Properties": {} }
    } });
    let a = audit("Typo", &template.to_string()).unwrap();
    assert!(a.failures.is_empty());
    let markdown = a.to_markdown();
    assert!(
        !markdown.contains("Every stackward rule passes.\n"),
        "{markdown}"
    );
    assert!(markdown.contains("2 resource(s) are of types no rule checks"));
}

/// `Fn::ForEach` loops of the language-extensions transform are expanded
/// as CloudFormation expands them: one resource per value, the loop
/// variable replaced in keys, strings and `Ref`s; nothing is unresolved and
/// every expanded resource is judged (issue 21's false positives).
#[test]
fn for_each_loops_are_expanded_before_the_checks() {
    let template = json!({
        "Transform": "AWS::LanguageExtensions",
        "Parameters": { "Teams": { "Type": "CommaDelimitedList", "Default": "red, blue" } },
        "Resources": {
            "Fn::ForEach::Buckets": ["Name", ["Logs", "Data-2"], {
                "&{Name}Bucket": { "Type": "AWS::S3::Bucket", "Properties": {
                    "BucketName": { "Fn::Sub": "${Name}-bucket" },
                    "Tags": [{ "Key": "purpose", "Value": { "Ref": "Name" } }]
                } }
            }],
            "Fn::ForEach::Topics": ["Team", { "Ref": "Teams" }, {
                "${Team}Topic": { "Type": "AWS::SNS::Topic", "Properties": { "TopicName": "${Team}" } }
            }]
        }
    });
    let a = audit("Loops", &template.to_string()).unwrap();
    let ids: Vec<&str> = a.report.resources.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids.len(), 4, "{ids:?}");
    for id in ["LogsBucket", "Data2Bucket", "redTopic", "blueTopic"] {
        assert!(ids.contains(&id), "{id} not in {ids:?}");
    }
    assert_eq!(a.unresolved, []);
    assert!(a.report.unchecked.is_empty());
    assert_eq!(
        a.template["Resources"]["Data2Bucket"]["Properties"]["BucketName"],
        json!({ "Fn::Sub": "Data-2-bucket" })
    );
    assert!(a
        .failures
        .iter()
        .any(|f| f.rule == "S3_BUCKET_VERSIONING_ENABLED"
            && f.resource.as_deref() == Some("LogsBucket")));
}

/// Input nested deeper than any template, or over CloudFormation's size
/// limit, is refused up front, before a parser recurses or reads it (a
/// 100,000-deep YAML flow list took 22 s to reject before).
#[test]
fn deep_or_oversized_input_is_refused_before_parsing() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    for text in [deep.clone(), format!("Resources: {deep}\n")] {
        let started = std::time::Instant::now();
        let err = audit("Deep", &text).unwrap_err().to_string();
        assert!(err.contains("nest more than 64 deep by line 1"), "{err}");
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }
    let big = format!("Resources: {{}}\n#{}\n", "x".repeat(1_000_001));
    let err = audit("Big", &big).unwrap_err().to_string();
    assert!(
        err.contains("over CloudFormation's limit of 1000000"),
        "{err}"
    );
    // Brackets in strings and comments, and apostrophes in plain
    // scalars, are not nesting.
    let fine = format!(
        "Description: \"it's a test with ' and {}\"\n# {}\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: it's plain\n      DisplayName: '{}'\n",
        "[".repeat(100),
        "{".repeat(100),
        "[".repeat(100)
    );
    assert!(audit("Fine", &fine).is_ok());
}
