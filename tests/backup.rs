//! AWS Backup: `backup::Plan`'s defaults, enrolling resources by handle and
//! by tag, the report crediting enrolled resources, the errors bad input
//! gets, each rule firing without its default and yielding to a waiver,
//! and arbitrary valid plans passing every rule.

mod common;

use common::Mutation;
use proptest::prelude::*;
use serde_json::json;
use stackward::check;
use stackward::prelude::*;

fn plan_stack() -> Stack {
    let mut stack = Stack::new("Data").unwrap();
    let table = stack.add(
        dynamodb::Table::builder()
            .id("orders")
            .partition_key(dynamodb::Attribute::string("id"))
            .build(),
    );
    let plan = stack.add(
        backup::Plan::builder()
            .id("backups")
            .tagged(("backup".into(), "daily".into()))
            .build(),
    );
    plan.enroll(&mut stack, &table);
    stack
}

#[test]
fn a_plan_backs_up_into_a_locked_encrypted_vault_nobody_may_delete_from() {
    let t = plan_stack().synth().unwrap();
    let r = &t.json()["Resources"];
    let vault = &r["BackupsVault"];
    assert_eq!(vault["DeletionPolicy"], "Retain");
    let p = &vault["Properties"];
    assert_eq!(
        p["EncryptionKeyArn"],
        json!({ "Fn::GetAtt": ["DefaultKey", "Arn"] })
    );
    assert_eq!(
        p["LockConfiguration"],
        json!({ "MaxRetentionDays": 3650, "MinRetentionDays": 7 })
    );
    let deny = &p["AccessPolicy"]["Statement"][0];
    assert_eq!(deny["Effect"], "Deny");
    assert_eq!(deny["Principal"], json!({ "AWS": "*" }));
    assert_eq!(deny["Action"][0], "backup:DeleteRecoveryPoint");
    let rules = &r["Backups"]["Properties"]["BackupPlan"]["BackupPlanRule"];
    assert_eq!(rules[0]["ScheduleExpression"], "cron(0 3 * * ? *)");
    assert_eq!(rules[1]["Lifecycle"]["DeleteAfterDays"], 365.0);
    assert_eq!(
        rules[0]["TargetBackupVault"],
        json!({ "Ref": "BackupsVault" })
    );
    let by_handle = &r["BackupsSelectsOrders"]["Properties"]["BackupSelection"];
    assert_eq!(
        by_handle["Resources"],
        json!([{ "Fn::GetAtt": ["Orders", "Arn"] }])
    );
    assert_eq!(
        by_handle["IamRoleArn"],
        json!({ "Fn::GetAtt": ["BackupsRole", "Arn"] })
    );
    let by_tag = &r["BackupsSelectsTagged"]["Properties"]["BackupSelection"]["ListOfTags"][0];
    assert_eq!(by_tag["ConditionKey"], "backup");

    let report = serde_json::to_value(t.report()).unwrap();
    let orders = report["resources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "Orders")
        .unwrap();
    assert!(
        orders["discharged"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["pointer"] == "/Resources/BackupsSelectsOrders/Properties/BackupPlanId"),
        "the enrolled table is credited with the plan: {orders}"
    );
    let broken = common::broken_claims(t.json(), &report);
    assert!(broken.is_empty(), "{broken:?}");
}

#[test]
fn retention_outside_the_lock_is_refused_naming_the_plan() {
    let mut stack = Stack::new("Data").unwrap();
    stack.add(
        backup::Plan::builder()
            .id("backups")
            .daily_retention_days(3)
            .lock_min_days(7)
            .lock_max_days(100)
            .build(),
    );
    let problems: Vec<String> = stack
        .synth()
        .unwrap_err()
        .problems()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "Backups.daily_retention_days = \"3\": must be within the vault lock's 7-100 days, or the vault refuses the recovery point",
            "Backups.monthly_retention_days = \"365\": must be within the vault lock's 7-100 days, or the vault refuses the recovery point",
            "Backups: rule BACKUP_PLAN_RETENTION failed at Properties/BackupPlan/BackupPlanRule/0/Lifecycle/DeleteAfterDays: data backup and recovery: every backup rule keeps its recovery points at least 7 days",
        ]
    );
}

fn mutations() -> Vec<Mutation> {
    vec![
        (
            "BACKUP_VAULT_ENCRYPTED",
            |t| {
                t["Resources"]["BackupsVault"]["Properties"]
                    .as_object_mut()
                    .unwrap()
                    .remove("EncryptionKeyArn");
            },
            "BackupsVault",
            "BackupsVault",
        ),
        (
            "BACKUP_VAULT_LOCKED",
            |t| {
                t["Resources"]["BackupsVault"]["Properties"]
                    .as_object_mut()
                    .unwrap()
                    .remove("LockConfiguration");
            },
            "BackupsVault",
            "BackupsVault",
        ),
        (
            "BACKUP_VAULT_DELETE_DENIED",
            |t| {
                t["Resources"]["BackupsVault"]["Properties"]["AccessPolicy"]["Statement"][0]
                    ["Effect"] = json!("Allow")
            },
            "BackupsVault",
            "BackupsVault",
        ),
        (
            "BACKUP_VAULT_RETAINED",
            |t| t["Resources"]["BackupsVault"]["DeletionPolicy"] = json!("Delete"),
            "BackupsVault",
            "BackupsVault",
        ),
        (
            "BACKUP_PLAN_RETENTION",
            |t| {
                t["Resources"]["Backups"]["Properties"]["BackupPlan"]["BackupPlanRule"][0]
                    ["Lifecycle"]["DeleteAfterDays"] = json!(1)
            },
            "Backups",
            "Backups",
        ),
    ]
}

#[test]
fn each_rule_fires_without_its_default_and_yields_to_a_waiver() {
    common::assert_mutations(plan_stack().synth().unwrap().json(), mutations());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Any valid plan passes every rule and its report is honest.
    #[test]
    fn valid_plans_pass_every_rule(
        min in 1u32..=400,
        span in 0u32..=3000,
        daily_at in 0u32..=3000,
        monthly_at in 0u32..=3000,
        tagged in any::<bool>(),
    ) {
        let max = min + span;
        let mut stack = Stack::new("Prop").unwrap();
        let table = stack.add(
            dynamodb::Table::builder()
                .id("t")
                .partition_key(dynamodb::Attribute::string("id"))
                .build(),
        );
        let plan = backup::Plan::builder()
            .id("plan")
            .lock_min_days(min)
            .lock_max_days(max)
            .daily_retention_days((min + daily_at % (span + 1)).max(7).min(max))
            .monthly_retention_days(min + monthly_at % (span + 1));
        let plan = stack.add(if tagged { plan.tagged(("k".into(), "v".into())).build() } else { plan.build() });
        plan.enroll(&mut stack, &table);
        let daily = (min + daily_at % (span + 1)).max(7).min(max);
        let monthly = min + monthly_at % (span + 1);
        match stack.synth() {
            Ok(t) => {
                let report = check::stackward_rules(t.json()).unwrap();
                prop_assert!(report.failures.is_empty(), "{:?}", report.failures);
                let r = serde_json::to_value(t.report()).unwrap();
                let broken = common::broken_claims(t.json(), &r);
                prop_assert!(broken.is_empty(), "{:?}", broken);
            }
            // Only retention under the rule's 7 days may fail, and then
            // with the rule's message.
            Err(e) => prop_assert!(daily < 7 || monthly < 7, "{e}"),
        }
    }
}
