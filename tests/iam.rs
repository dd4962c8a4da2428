//! IAM: grants name exact actions on exact ARNs, and a wildcard statement
//! needs a waiver.

#[macro_use]
mod common;

use common::{assert_has, network, outside, postgres, problem_texts as problems, statements};
use serde_json::json;
use stackward::iam::{Effect, Role, Statement};
use stackward::lambda::{Code, Function, Runtime};
use stackward::prelude::*;

#[test]
fn grants_name_exact_actions_on_exact_arns() {
    let mut stack = Stack::new("Grants").unwrap();
    let net = network(&mut stack);
    let key = stack.add(kms::Key::builder().id("data").build());
    let bucket = stack.add(
        s3::Bucket::builder()
            .id("reports")
            .encryption(key.clone())
            .build(),
    );
    let db = stack.add(postgres(&net));
    let f = stack.add(function!("worker").vpc(&net).build());
    let other = stack.add(function!("caller").outside_vpc(outside()).build());
    bucket.grant_read_write(&mut stack, &f);
    bucket.grant_read(&mut stack, &f); // a second grant adds nothing
    db.grant_connect(&mut stack, &f, "reporter");
    f.grant_invoke(&mut stack, &other);
    let t = stack.synth().unwrap();
    let s = statements(t.json(), "WorkerRole");
    let find = |action: &str| {
        s.iter()
            .find(|x| x["Action"].as_array().unwrap().iter().any(|a| a == action))
            .unwrap_or_else(|| panic!("{action} not granted: {s:#?}"))
            .clone()
    };
    assert_eq!(
        find("s3:ListBucket")["Resource"],
        json!([{ "Fn::GetAtt": ["Reports", "Arn"] }])
    );
    assert_eq!(
        find("s3:GetObject")["Resource"],
        json!([{ "Fn::Join": ["", [{ "Fn::GetAtt": ["Reports", "Arn"] }, "/*"]] }])
    );
    assert_eq!(
        find("s3:PutObject")["Action"],
        json!(["s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"])
    );
    assert_eq!(
        find("kms:Encrypt")["Resource"],
        json!([{ "Fn::GetAtt": ["Data", "Arn"] }])
    );
    let connect = find("rds-db:connect");
    assert_eq!(
        connect["Resource"][0]["Fn::Sub"][0],
        "arn:${AWS::Partition}:rds-db:${AWS::Region}:${AWS::AccountId}:dbuser:${ResourceId}/reporter"
    );
    assert_eq!(
        connect["Resource"][0]["Fn::Sub"][1]["ResourceId"],
        json!({ "Fn::GetAtt": ["Db", "DbiResourceId"] })
    );
    let listed = s
        .iter()
        .filter(|x| x["Action"][0] == "s3:ListBucket")
        .count();
    assert_eq!(listed, 1);
    let invoke = statements(t.json(), "CallerRole");
    assert!(invoke
        .iter()
        .any(|x| x["Action"] == json!(["lambda:InvokeFunction"])
            && x["Resource"] == json!([{ "Fn::GetAtt": ["Worker", "Arn"] }])));
    // No statement anywhere names a wildcard.
    for (id, r) in t.json()["Resources"].as_object().unwrap() {
        for st in statements(t.json(), id) {
            for a in st["Action"].as_array().unwrap() {
                assert!(!a.as_str().unwrap().contains('*'), "{id}: {a}");
            }
            assert!(
                st["Resource"].as_array().unwrap().iter().all(|r| r != "*"),
                "{id}"
            );
        }
        let _ = r;
    }
}

#[test]
fn a_wildcard_statement_needs_a_waiver() {
    let star = || Statement::new(Effect::Allow, ["s3:*"]).resource("*");
    let mut stack = Stack::new("Iam").unwrap();
    stack.add(
        Role::builder()
            .id("broad")
            .service("ec2.amazonaws.com")
            .statements(vec![star()])
            .build(),
    );
    let got = problems(&stack);
    assert_has(&got, "Broad.Policies = \"s3:*\": a statement with a * action or resource needs a Waiver naming IAM_POLICY_NO_WILDCARDS");
    // The rule fails at the same property: reported once, in the
    // construct's words.
    assert!(
        !got.iter()
            .any(|p| p.starts_with("Broad: rule IAM_POLICY_NO_WILDCARDS failed")),
        "{got:?}"
    );

    let mut stack = Stack::new("Iam").unwrap();
    let w = Waiver::new(
        "migration tool, removed after cut-over",
        ["IAM_POLICY_NO_WILDCARDS", "CT.IAM.PR.5"],
    )
    .unwrap();
    stack.add(
        Role::builder()
            .id("broad")
            .service("ec2.amazonaws.com")
            .statements(vec![star()])
            .waivers(vec![w])
            .build(),
    );
    stack.synth().unwrap();
}

/// `*` on `*` is caught in every identity policy a template can hold (a
/// stand-alone, managed, role, user or group policy, a statement given as
/// one object) and in AWS's AdministratorAccess attached by ARN; exact
/// statements and other managed policies pass (issue 21's misses).
#[test]
fn wildcards_are_caught_in_every_kind_of_identity_policy() {
    let star = json!({ "Statement": [{ "Effect": "Allow", "Action": "*", "Resource": "*" }] });
    let one = json!({ "Statement": { "Effect": "Allow", "Action": "*", "Resource": "*" } });
    let exact = json!({ "Statement": { "Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::b/*" } });
    let trust = json!({ "Statement": [{ "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" }] });
    let role_with = |arn: serde_json::Value| json!({ "Type": "AWS::IAM::Role", "Properties": { "AssumeRolePolicyDocument": trust, "ManagedPolicyArns": [arn] } });
    let cases = [
        (
            "Policy",
            json!({ "Type": "AWS::IAM::Policy", "Properties": { "PolicyName": "p", "PolicyDocument": star, "Roles": ["r"] } }),
            true,
        ),
        (
            "OneStatement",
            json!({ "Type": "AWS::IAM::Policy", "Properties": { "PolicyName": "p", "PolicyDocument": one, "Roles": ["r"] } }),
            true,
        ),
        (
            "Managed",
            json!({ "Type": "AWS::IAM::ManagedPolicy", "Properties": { "PolicyDocument": star } }),
            true,
        ),
        (
            "RolePolicy",
            json!({ "Type": "AWS::IAM::RolePolicy", "Properties": { "PolicyName": "p", "RoleName": "r", "PolicyDocument": star } }),
            true,
        ),
        (
            "User",
            json!({ "Type": "AWS::IAM::User", "Properties": { "Policies": [{ "PolicyName": "p", "PolicyDocument": star }] } }),
            true,
        ),
        (
            "Group",
            json!({ "Type": "AWS::IAM::Group", "Properties": { "Policies": [{ "PolicyName": "p", "PolicyDocument": star }] } }),
            true,
        ),
        (
            "Admin",
            role_with(json!("arn:aws:iam::aws:policy/AdministratorAccess")),
            true,
        ),
        (
            "AdminSub",
            role_with(
                json!({ "Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess" }),
            ),
            true,
        ),
        (
            "PowerUser",
            role_with(
                json!({ "Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/PowerUserAccess" }),
            ),
            true,
        ),
        (
            "S3Full",
            role_with(json!("arn:aws:iam::aws:policy/AmazonS3FullAccess")),
            true,
        ),
        (
            "LambdaFull",
            role_with(
                json!({ "Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/AWSLambda_FullAccess" }),
            ),
            true,
        ),
        (
            "ReadOnly",
            role_with(
                json!({ "Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/AmazonS3ReadOnlyAccess" }),
            ),
            false,
        ),
        (
            "Exact",
            json!({ "Type": "AWS::IAM::ManagedPolicy", "Properties": { "PolicyDocument": exact } }),
            false,
        ),
        (
            "Patching",
            role_with(
                json!({ "Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore" }),
            ),
            false,
        ),
    ];
    for (id, resource, caught) in cases {
        let report =
            stackward::check::stackward_rules(&json!({ "Resources": { id: resource } })).unwrap();
        let found: Vec<_> = report
            .failures
            .iter()
            .map(|f| (f.rule.as_str(), f.resource.as_deref()))
            .collect();
        let expected = if caught {
            vec![("IAM_POLICY_NO_WILDCARDS", Some(id))]
        } else {
            vec![]
        };
        assert_eq!(found, expected, "{id}");
    }
}

#[test]
fn a_broad_aws_managed_policy_needs_a_waiver() {
    let role = |waivers: Vec<Waiver>| {
        Role::builder()
            .id("ops")
            .service("ec2.amazonaws.com")
            .managed_policies(vec![stackward::iam::ManagedPolicy::aws(
                "AmazonS3FullAccess",
            )])
            .waivers(waivers)
            .build()
    };
    let mut stack = Stack::new("Broad").unwrap();
    stack.add(role(Vec::new()));
    let texts = problems(&stack);
    assert!(
        texts.iter().any(|t| t.contains("Ops")
            && t.contains("ManagedPolicyArns")
            && t.contains("AmazonS3FullAccess")
            && t.contains("IAM_POLICY_NO_WILDCARDS")),
        "{texts:?}"
    );
    let mut stack = Stack::new("Waived").unwrap();
    stack.add(role(vec![Waiver::new(
        "break-glass role, used by the on-call engineer only",
        ["IAM_POLICY_NO_WILDCARDS"],
    )
    .unwrap()]));
    let t = stack.synth().unwrap();
    // A user's managed policy is not one stackward answers for.
    assert!(
        t.json()["Resources"]["Ops"]["Metadata"]["cdk_nag"]["rules_to_suppress"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["id"] != "AwsSolutions-IAM4")
    );
}
