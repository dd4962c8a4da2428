//! AWS Secrets Manager: `secretsmanager::Secret`'s defaults, its grant and
//! rotation, the errors bad input gets, each rule firing without its
//! default and yielding to a waiver, and arbitrary valid secrets passing
//! every rule with an honest report.

mod common;

use common::Mutation;
use proptest::prelude::*;
use serde_json::json;
use stackward::check;
use stackward::lambda::{Code, Function, Runtime};
use stackward::prelude::*;
use stackward::secretsmanager::{Rotation, Secret};

fn rotator(stack: &mut Stack) -> lambda::FunctionRef {
    stack.add(
        Function::builder()
            .id("rotator")
            .runtime(Runtime::Python313)
            .handler("index.handler")
            .code(Code::Inline("def handler(e, c):\n    return {}\n".into()))
            .outside_vpc(common::outside())
            .build(),
    )
}

fn secret_stack() -> (Stack, secretsmanager::SecretRef) {
    let mut stack = Stack::new("Secrets").unwrap();
    stack.allowed_regions(["eu-west-1"]);
    let function = rotator(&mut stack);
    let secret = stack.add(
        Secret::builder()
            .id("db-login")
            .name("app/db-login")
            .json_template((json!({ "username": "app" }), "password".into()))
            .rotation(Rotation::Function { function, days: 30 })
            .build(),
    );
    (stack, secret)
}

#[test]
fn a_secret_is_generated_encrypted_rotated_kept_and_closed_to_other_accounts() {
    let (stack, secret) = secret_stack();
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    let s = &r[secret.id().as_str()];
    assert_eq!(
        s["Properties"],
        json!({
            "Name": "app/db-login",
            "KmsKeyId": { "Fn::GetAtt": ["DefaultKey", "Arn"] },
            "GenerateSecretString": {
                "PasswordLength": 32,
                "ExcludeCharacters": "\"'/\\@",
                "SecretStringTemplate": "{\"username\":\"app\"}",
                "GenerateStringKey": "password"
            }
        })
    );
    assert_eq!(s["DeletionPolicy"], "Retain");
    let policy = &r["DbLoginPolicy"]["Properties"];
    assert_eq!(policy["BlockPublicPolicy"], true);
    assert_eq!(policy["SecretId"], json!({ "Ref": "DbLogin" }));
    let deny = &policy["ResourcePolicy"]["Statement"][0];
    assert_eq!(deny["Effect"], "Deny");
    assert_eq!(
        deny["Condition"]["StringNotEquals"]["aws:PrincipalAccount"],
        json!({ "Ref": "AWS::AccountId" })
    );
    // Rotation: a schedule after the permission that lets Secrets Manager
    // invoke the function for this secret only, and the function's grants.
    let rotation = &r["DbLoginRotation"];
    assert_eq!(
        rotation["Properties"],
        json!({
            "SecretId": { "Ref": "DbLogin" },
            "RotationLambdaARN": { "Fn::GetAtt": ["Rotator", "Arn"] },
            "RotationRules": { "AutomaticallyAfterDays": 30 }
        })
    );
    assert_eq!(rotation["DependsOn"], json!(["DbLoginRotationInvoke"]));
    assert_eq!(
        r["DbLoginRotationInvoke"]["Properties"]["SourceArn"],
        json!({ "Ref": "DbLogin" })
    );
    let role = common::statements(t.json(), "RotatorRole");
    assert!(role.contains(&json!({
        "Effect": "Allow",
        "Action": ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage"],
        "Resource": [{ "Ref": "DbLogin" }]
    })));
    let report = serde_json::to_value(t.report()).unwrap();
    assert_eq!(
        common::credited(&report, "DbLogin"),
        [
            "SECRETSMANAGER_USING_CMK",
            "SECRETSMANAGER_VALUE_GENERATED",
            "SECRETSMANAGER_ROTATION_ENABLED",
            "SECRETSMANAGER_NOT_PUBLIC",
            "SECRETSMANAGER_RETAINED"
        ]
    );
    assert!(common::broken_claims(t.json(), &report).is_empty());
}

#[test]
fn a_secret_rotated_by_hand_says_so_and_who_may_read_it_is_granted() {
    let mut stack = Stack::new("Partner").unwrap();
    let secret = stack.add(
        Secret::builder()
            .id("partner-key")
            .punctuation(false)
            .rotation(Rotation::Manual(
                Waiver::new(
                    "the partner issues the key; rotated with them each quarter",
                    ["SECRETSMANAGER_ROTATION_ENABLED"],
                )
                .unwrap(),
            ))
            .build(),
    );
    let app = stack.add(
        iam::Role::builder()
            .id("app")
            .service("ec2.amazonaws.com")
            .build(),
    );
    secret.grant_read(&mut stack, &app);
    let t = stack.synth().unwrap();
    assert_eq!(
        t.json()["Resources"]["PartnerKey"]["Properties"]["GenerateSecretString"]
            ["ExcludePunctuation"],
        true
    );
    assert_eq!(
        common::statements(t.json(), "App"),
        [
            json!({ "Effect": "Allow", "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], "Resource": [{ "Ref": "PartnerKey" }] }),
            json!({ "Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": [{ "Fn::GetAtt": ["DefaultKey", "Arn"] }] }),
        ]
    );
    let report = t.report();
    let partner = report
        .resources
        .iter()
        .find(|r| r.id == "PartnerKey")
        .unwrap();
    assert_eq!(partner.waived[0].rule, "SECRETSMANAGER_ROTATION_ENABLED");
}

#[test]
fn bad_secret_settings_are_typed_errors() {
    let mut stack = Stack::new("Bad").unwrap();
    let function = rotator(&mut stack);
    stack.add(
        Secret::builder()
            .id("short")
            .name("bad name")
            .length(8)
            .json_template((json!(["x"]), "k".into()))
            .rotation(Rotation::Function {
                function: function.clone(),
                days: 400,
            })
            .build(),
    );
    stack.add(
        Secret::builder()
            .id("clash")
            .json_template((json!({ "password": "x" }), "password".into()))
            .rotation(Rotation::Function { function, days: 30 })
            .build(),
    );
    let i = common::invalid;
    assert_eq!(
        common::problems(&stack),
        [
            i(
                "Short",
                "Name",
                "bad name",
                "must be 1-512 letters, digits and /_+=.@-"
            ),
            i(
                "Short",
                "GenerateSecretString.PasswordLength",
                "8",
                "must be 20-4096 characters: shorter values are guessable"
            ),
            i(
                "Short",
                "GenerateSecretString.SecretStringTemplate",
                "[\"x\"]",
                "must be a JSON object"
            ),
            i(
                "Short",
                "RotationRules.AutomaticallyAfterDays",
                "400",
                "must be 1-365 days"
            ),
            i(
                "Clash",
                "GenerateSecretString.GenerateStringKey",
                "password",
                "must be a key the template does not already hold"
            ),
            // Valid for Secrets Manager, but longer than the rule allows
            // without a waiver.
            Error::RuleFailed {
                property: "Properties/RotationRules/AutomaticallyAfterDays".into(),
                resource: "ShortRotation".into(),
                rule: "SECRETSMANAGER_ROTATION_ENABLED".into(),
                message: "secrets handling: the secret is rotated at least every 90 days".into(),
            },
        ]
    );
}

fn mutations() -> Vec<Mutation> {
    vec![
        (
            "SECRETSMANAGER_USING_CMK",
            |t| {
                t["Resources"]["DbLogin"]["Properties"]
                    .as_object_mut()
                    .unwrap()
                    .remove("KmsKeyId");
            },
            "DbLogin",
            "DbLogin",
        ),
        (
            "SECRETSMANAGER_VALUE_GENERATED",
            |t| {
                let p = t["Resources"]["DbLogin"]["Properties"]
                    .as_object_mut()
                    .unwrap();
                p.remove("GenerateSecretString");
                p.insert("SecretString".into(), json!("hunter2"));
            },
            "DbLogin",
            "DbLogin",
        ),
        (
            "SECRETSMANAGER_ROTATION_ENABLED",
            |t| {
                t["Resources"]
                    .as_object_mut()
                    .unwrap()
                    .remove("DbLoginRotation");
            },
            "DbLogin",
            "DbLogin",
        ),
        (
            "SECRETSMANAGER_ROTATION_ENABLED",
            |t| {
                t["Resources"]["DbLoginRotation"]["Properties"]["RotationRules"]
                    ["AutomaticallyAfterDays"] = json!(365);
            },
            "DbLoginRotation",
            "DbLoginRotation",
        ),
        (
            "SECRETSMANAGER_NOT_PUBLIC",
            |t| t["Resources"]["DbLoginPolicy"]["Properties"]["BlockPublicPolicy"] = json!(false),
            "DbLoginPolicy",
            "DbLoginPolicy",
        ),
        (
            "SECRETSMANAGER_NOT_PUBLIC",
            |t| {
                t["Resources"]
                    .as_object_mut()
                    .unwrap()
                    .remove("DbLoginPolicy");
            },
            "DbLogin",
            "DbLogin",
        ),
        (
            "SECRETSMANAGER_RETAINED",
            |t| t["Resources"]["DbLogin"]["DeletionPolicy"] = json!("Delete"),
            "DbLogin",
            "DbLogin",
        ),
    ]
}

#[test]
fn each_rule_fires_without_its_default_and_yields_to_a_waiver() {
    let (stack, _) = secret_stack();
    common::assert_mutations(stack.synth().unwrap().json(), mutations());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Any valid secret passes every rule, its report is honest, and synth
    /// is deterministic.
    #[test]
    fn valid_secrets_pass_every_rule(
        name in proptest::option::of("[a-zA-Z0-9/_+=.@-]{1,60}"),
        length in 20u32..=4096,
        punctuation in any::<bool>(),
        days in proptest::option::of(1u32..=90),
        template in any::<bool>(),
        readers in 0usize..3,
    ) {
        let build = || {
            let mut stack = Stack::new("Prop").unwrap();
            let rotation = match days {
                Some(days) => Rotation::Function { function: rotator(&mut stack), days },
                None => Rotation::Manual(Waiver::new("by hand", ["SECRETSMANAGER_ROTATION_ENABLED"]).unwrap()),
            };
            let secret = Secret::builder()
                .id("secret")
                .length(length)
                .punctuation(punctuation)
                .rotation(rotation);
            let secret = stack.add(match (name.clone(), template) {
                (Some(n), true) => secret.name(n).json_template((json!({ "user": "u" }), "password".into())).build(),
                (Some(n), false) => secret.name(n).build(),
                (None, true) => secret.json_template((json!({ "user": "u" }), "password".into())).build(),
                (None, false) => secret.build(),
            });
            for i in 0..readers {
                let role = stack.add(iam::Role::builder().id(format!("reader-{i}")).service("ec2.amazonaws.com").build());
                secret.grant_read(&mut stack, &role);
            }
            stack
        };
        let t = build().synth().unwrap();
        let report = check::stackward_rules(t.json()).unwrap();
        prop_assert!(report.failures.is_empty(), "{:?}", report.failures);
        prop_assert!(report.waived.iter().all(|w| ["SECRETSMANAGER_ROTATION_ENABLED", "LAMBDA_INSIDE_VPC", "SQS_QUEUE_DEAD_LETTER"].contains(&w.rule.as_str())));
        prop_assert!(check::references(t.json()).is_empty());
        let r = serde_json::to_value(t.report()).unwrap();
        let broken = common::broken_claims(t.json(), &r);
        prop_assert!(broken.is_empty(), "{:?}", broken);
        let again = build().synth().unwrap();
        prop_assert_eq!(again.text(), t.text());
    }
}
