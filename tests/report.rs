//! Honesty of the responsibility report: every claim is checked against the
//! template it was read from.

use std::fs;
use std::path::Path;

use serde_json::{json, Value as Json};
use stackward::prelude::*;
use stackward::report::{report, Report};

mod common;
use common::broken_claims;

#[test]
fn every_generated_report_matches_its_template() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("generated");
    let mut checked = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(stack) = name.strip_suffix(".template.json") else {
            continue;
        };
        let template: Json = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let report_path = dir.join(format!("{stack}.report.json"));
        let report: Json =
            serde_json::from_str(&fs::read_to_string(&report_path).unwrap()).unwrap();
        assert_eq!(
            broken_claims(&template, &report),
            Vec::<String>::new(),
            "{stack}"
        );
        checked += 1;
    }
    assert!(
        checked >= 2,
        "expected a report for every example, checked {checked}"
    );
}

fn data_stack() -> Stack {
    let mut stack = Stack::new("Honest").unwrap();
    stack.allowed_regions(["eu-west-1"]);
    stack.add(s3::Bucket::builder().id("data").build());
    stack
}

fn duty_of<'a>(r: &'a Report, id: &str) -> &'a stackward::report::ResourceReport {
    r.resources.iter().find(|x| x.id == id).unwrap()
}

#[test]
fn a_default_bucket_discharges_its_duties_with_evidence() {
    let t = data_stack().synth().unwrap();
    let r = t.report();
    let data = duty_of(&r, "Data");
    let whats: Vec<&str> = data.discharged.iter().map(|d| d.what.as_str()).collect();
    assert_eq!(whats.len(), 13, "{whats:?}");
    assert!(data.waived.is_empty());
    let tls = data
        .discharged
        .iter()
        .find(|d| d.what.contains("TLS"))
        .unwrap();
    assert_eq!(tls.pointer, "/Resources/DataPolicy/Properties/PolicyDocument/Statement/0/Condition/Bool/aws:SecureTransport");
    let residency = data
        .discharged
        .iter()
        .find(|d| d.what.contains("regions"))
        .unwrap();
    assert_eq!(
        residency.pointer,
        "/Rules/AllowedRegions/Assertions/0/Assert"
    );
    assert!(r
        .every_resource
        .iter()
        .any(|d| d.what.contains("secure the code")));
    // Without a baseline in the App, nobody discharges the account's half.
    assert!(r.account.iter().all(|a| a.shown_by.is_none()));
    assert_eq!(
        broken_claims(t.json(), &serde_json::to_value(&r).unwrap()),
        Vec::<String>::new()
    );
}

#[test]
fn the_report_follows_the_template_not_the_builder() {
    let t = data_stack().synth().unwrap();
    let mut json = t.json().clone();
    json["Resources"]["Data"]["Properties"]["VersioningConfiguration"] =
        json!({ "Status": "Suspended" });
    json["Resources"]["DataPolicy"]["Properties"]["PolicyDocument"]["Statement"] = json!([]);
    let r = report("Honest", &json);
    let data = duty_of(&r, "Data");
    assert!(!data
        .discharged
        .iter()
        .any(|d| d.what.contains("versioning") || d.what.contains("TLS")));
    let residual: Vec<&str> = data.residual.iter().map(|d| d.what.as_str()).collect();
    assert!(residual.contains(
        &"not shown by the template: versioning keeps every overwritten and deleted object"
    ));
    assert!(
        residual.contains(&"not shown by the template: bucket policy denies requests without TLS")
    );
}

#[test]
fn a_claim_the_template_does_not_back_is_caught() {
    let t = data_stack().synth().unwrap();
    let mut claimed = serde_json::to_value(t.report()).unwrap();
    let data = claimed["resources"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|r| r["id"] == "Data")
        .unwrap();
    data["discharged"][0]["value"] = json!("AES256");
    data["residual"] = json!([]);
    claimed["every_resource"] = json!([]);
    let broken = broken_claims(t.json(), &claimed);
    assert_eq!(broken.len(), 2, "{broken:?}");
}

#[test]
fn waivers_show_with_their_reason() {
    let mut stack = Stack::new("Waived").unwrap();
    stack.add(
        s3::Bucket::builder()
            .id("scratch")
            .versioning(s3::Versioning::Suspended(
                Waiver::new("scratch space", ["S3_BUCKET_VERSIONING_ENABLED"]).unwrap(),
            ))
            .build(),
    );
    let r = stack.synth().unwrap().report();
    let scratch = duty_of(&r, "Scratch");
    assert_eq!(scratch.waived.len(), 1);
    assert_eq!(scratch.waived[0].reason, "scratch space");
    assert_eq!(scratch.waived[0].rule, "S3_BUCKET_VERSIONING_ENABLED");
    assert!(r.to_markdown().contains("| data backup and recovery | versioning keeps every overwritten and deleted object | S3_BUCKET_VERSIONING_ENABLED | scratch space |"));
    assert!(r.diagram.contains("class AccessLogsBucket,Scratch waived"));
    // The scratch bucket's waiver and the access-log bucket's three.
    assert_eq!(r.summary.waived, 4);
}

#[test]
fn other_judges_checks_answered_by_design_show_with_their_reason() {
    let mut stack = Stack::new("Answered").unwrap();
    stack.add(s3::Bucket::builder().id("data").build());
    let r = stack.synth().unwrap().report();
    let data = duty_of(&r, "Data");
    assert_eq!(data.other_judges.len(), 1, "{:?}", data.other_judges);
    assert_eq!(
        data.other_judges[0].checks,
        [
            "HIPAA.Security-S3BucketReplicationEnabled",
            "NIST.800.53.R5-S3BucketReplicationEnabled",
            "PCI.DSS.321-S3BucketReplicationEnabled"
        ]
    );
    assert!(data.other_judges[0].reason.contains("one region"));
    assert!(r
        .to_markdown()
        .contains("Other judges' checks answered:\n\n| checks | reason |"));
    // Answered checks are not duties waived.
    assert!(data.waived.is_empty());
}

#[test]
fn compliance_hints_come_from_control_tower_metadata() {
    let r = data_stack().synth().unwrap().report();
    let public = r
        .compliance
        .iter()
        .find(|c| c.control == "CT.S3.PR.1")
        .unwrap();
    assert_eq!(public.security_hub, vec!["SH.S3.8"]);
    assert!(public.frameworks["CIS AWS Benchmark 1.4"].contains(&"2.1.5".to_owned()));
    assert!(r.to_markdown().contains("Support is not certification"));
}

#[test]
fn unknown_resource_types_are_still_reported() {
    let template =
        json!({ "Resources": { "Topic": { "Type": "AWS::Kinesis::Stream", "Properties": {} } } });
    let r = report("Audit", &template);
    assert_eq!(r.resources[0].service, None);
    assert_eq!(r.unchecked.len(), 1);
    assert_eq!(r.unchecked[0].id, "Topic");
    assert_eq!(r.unchecked[0].type_name, "AWS::Kinesis::Stream");
    assert!(r
        .to_markdown()
        .contains("| Topic | `AWS::Kinesis::Stream` |"));
}
