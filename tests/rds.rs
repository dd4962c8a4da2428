//! Amazon RDS: what `rds::Instance`'s defaults produce, the waivers that ask
//! for less, and the typed errors for engines, classes, storage and ports.

mod common;

use common::{assert_has, network, postgres, problem_texts as problems};
use serde_json::json;
use stackward::prelude::*;
use stackward::rds::{Backups, Engine};
use stackward::vpc::Tier;

#[test]
fn a_database_is_private_encrypted_tls_only_and_backed_up() {
    let mut stack = Stack::new("Data").unwrap();
    let net = network(&mut stack);
    let db = stack.add(postgres(&net));
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    let p = &r["Db"]["Properties"];
    assert_eq!(p["StorageEncrypted"], true);
    assert_eq!(p["KmsKeyId"]["Fn::GetAtt"][0], "DefaultKey");
    assert_eq!(p["PubliclyAccessible"], false);
    assert_eq!(p["ManageMasterUserPassword"], true);
    assert!(p["MasterUserPassword"].is_null());
    assert_eq!(p["EnableIAMDatabaseAuthentication"], true);
    assert_eq!(p["BackupRetentionPeriod"], 7);
    assert_eq!(p["DeletionProtection"], true);
    assert_eq!(p["MultiAZ"], true);
    assert_eq!(p["CopyTagsToSnapshot"], true);
    assert_eq!(p["Port"], "5433");
    assert_eq!(p["MasterUsername"], "dbadmin");
    assert_eq!(
        p["EnableCloudwatchLogsExports"],
        json!(["postgresql", "upgrade"])
    );
    assert_eq!(
        p["PerformanceInsightsKMSKeyId"]["Fn::GetAtt"][0],
        "DefaultKey"
    );
    assert_eq!(r["Db"]["DeletionPolicy"], "Snapshot");
    assert_eq!(r["Db"]["UpdateReplacePolicy"], "Snapshot");
    assert_eq!(
        r["DbParameters"]["Properties"]["Parameters"],
        json!({ "rds.force_ssl": "1" })
    );
    assert_eq!(r["DbParameters"]["Properties"]["Family"], "postgres17");
    let subnets = r["DbSubnetGroup"]["Properties"]["SubnetIds"]
        .as_array()
        .unwrap();
    assert_eq!(subnets.len(), 2);
    assert!(subnets
        .iter()
        .all(|s| s["Ref"].as_str().unwrap().starts_with("NetIsolatedSubnet")));
    assert_eq!(
        r["DbSecurityGroup"]["Properties"]["SecurityGroupIngress"],
        json!([])
    );
    assert_eq!(db.port(), 5433);
    // The report shows TLS through the parameter group the database uses.
    let report = t.report();
    let dbr = report.resources.iter().find(|x| x.id == "Db").unwrap();
    let tls = dbr
        .discharged
        .iter()
        .find(|d| d.duty == stackward::duty::Duty::EncryptionInTransit)
        .unwrap();
    assert_eq!(tls.pointer, "/Resources/DbParameters/Properties/Parameters");
}

#[test]
fn mysql_gets_tls_and_the_audit_plugin_for_its_audit_log() {
    let mut stack = Stack::new("Data").unwrap();
    let net = network(&mut stack);
    stack.add(
        rds::Instance::builder()
            .id("db")
            .vpc(&net)
            .engine(Engine::MySql("8.4.6".into()))
            .instance_class("db.r7g.large")
            .build(),
    );
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    assert_eq!(
        r["DbParameters"]["Properties"]["Parameters"],
        json!({ "require_secure_transport": "ON" })
    );
    assert_eq!(r["DbParameters"]["Properties"]["Family"], "mysql8.4");
    assert_eq!(
        r["DbOptions"]["Properties"]["OptionConfigurations"][0]["OptionName"],
        "MARIADB_AUDIT_PLUGIN"
    );
    assert_eq!(r["Db"]["Properties"]["Port"], "3307");
}

#[test]
fn database_settings_are_validated() {
    let mut stack = Stack::new("Data").unwrap();
    let net = network(&mut stack);
    let base = |id: &str, engine: Engine| rds::Instance::builder().id(id).vpc(&net).engine(engine);
    stack.add(
        base("old", Engine::Postgres("12.1".into()))
            .instance_class("db.m7g.large")
            .build(),
    );
    stack.add(
        base("class", Engine::Postgres("17.6".into()))
            .instance_class("m7g.large")
            .build(),
    );
    stack.add(
        base("small", Engine::Postgres("17.6".into()))
            .instance_class("db.t4g.micro")
            .storage_gib(10)
            .build(),
    );
    stack.add(
        base("admin", Engine::MySql("8.0.44".into()))
            .instance_class("db.m7g.large")
            .master_username("admin")
            .build(),
    );
    stack.add(
        base("port", Engine::Postgres("17.6".into()))
            .instance_class("db.m7g.large")
            .port(5432)
            .build(),
    );
    stack.add(
        base("backups", Engine::Postgres("17.6".into()))
            .instance_class("db.m7g.large")
            .backups(Backups::Days(3))
            .build(),
    );
    stack.add(
        base("public", Engine::Postgres("17.6".into()))
            .instance_class("db.m7g.large")
            .tier(Tier::Public)
            .build(),
    );
    let got = problems(&stack);
    assert_has(&got, "Old.EngineVersion = \"12.1\": supported postgres versions: 14.18, 14.19, 14.20, 14.21, 14.22, 14.23, 14.24, 15.13, 15.14, 15.15, 15.16, 15.17, 15.18, 15.19, 16.9, 16.10, 16.11, 16.12, 16.13, 16.14, 16.15, 17.5, 17.6, 17.7, 17.8, 17.9, 17.10, 17.11");
    assert_has(&got, "Class.DBInstanceClass = \"m7g.large\": must be db.<family>.<size> with a family of t3, t4g, m5, m6g, m6i, m7g, m7i, r5, r6g, r6i, r7g, r7i, m8g");
    assert_has(
        &got,
        "Small.AllocatedStorage = \"10\": gp3 storage is 20-65536 GiB",
    );
    assert_has(&got, "Admin.MasterUsername = \"admin\": a default administrator name is the first one guessed: choose another");
    assert_has(&got, "Port.Port = \"5432\": the engine's default port needs .default_port(waiver) naming RDS_NON_DEFAULT_PORT");
    assert_has(&got, "Backups.BackupRetentionPeriod = \"3\": 7-35 days; fewer than 7 needs Backups::Shorter with a waiver");
    assert_has(
        &got,
        "Public.DBSubnetGroupName = \"Public\": a database does not go in public subnets",
    );
}

#[test]
fn less_than_the_database_defaults_needs_waivers_that_reach_the_report() {
    let mut stack = Stack::new("Data").unwrap();
    let net = network(&mut stack);
    let w = |rules: &[&str]| Waiver::new("throwaway test database", rules.iter().copied()).unwrap();
    stack.add(
        rds::Instance::builder()
            .id("scratch")
            .vpc(&net)
            .engine(Engine::Postgres("17.6".into()))
            .instance_class("db.t4g.micro")
            .backups(Backups::Shorter(1, w(&["DB_INSTANCE_BACKUP_ENABLED"])))
            .single_az(w(&["RDS_MULTI_AZ_SUPPORT"]))
            .removal(Removal::Delete(w(&[
                "RDS_INSTANCE_DELETION_PROTECTION_ENABLED",
                "RDS_SNAPSHOT_ON_DELETE",
            ])))
            .build(),
    );
    let t = stack.synth().unwrap();
    let p = &t.json()["Resources"]["Scratch"];
    assert_eq!(p["Properties"]["MultiAZ"], false);
    assert_eq!(p["Properties"]["DeletionProtection"], false);
    assert_eq!(p["DeletionPolicy"], "Delete");
    let report = t.report();
    let r = report.resources.iter().find(|r| r.id == "Scratch").unwrap();
    let mut waived: Vec<&str> = r.waived.iter().map(|w| w.rule.as_str()).collect();
    waived.sort_unstable();
    assert_eq!(
        waived,
        [
            "DB_INSTANCE_BACKUP_ENABLED",
            "RDS_INSTANCE_DELETION_PROTECTION_ENABLED",
            "RDS_MULTI_AZ_SUPPORT",
            "RDS_SNAPSHOT_ON_DELETE"
        ]
    );
}

/// An Aurora cluster member takes storage encryption, credentials, backups,
/// deletion protection, availability, logs and port from its cluster: the
/// DB-instance rules for those settings do not fire on it, while the
/// instance's own settings (public access, minor versions) are still judged.
#[test]
fn aurora_members_are_judged_only_on_their_own_settings() {
    use serde_json::json;
    let template = json!({ "Resources": {
        "Member": {
            "Type": "AWS::RDS::DBInstance",
            "Properties": {
                "DBClusterIdentifier": { "Ref": "Cluster" },
                "DBInstanceClass": "db.r7g.large",
                "Engine": "aurora-postgresql",
                "PubliclyAccessible": false
            }
        }
    }});
    let report = stackward::check::stackward_rules(&template).unwrap();
    assert!(report.failures.is_empty(), "{:?}", report.failures);
    let mut public = template.clone();
    public["Resources"]["Member"]["Properties"]["PubliclyAccessible"] = json!(true);
    let report = stackward::check::stackward_rules(&public).unwrap();
    let failed: Vec<&str> = report.failures.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(failed, ["RDS_INSTANCE_PUBLIC_ACCESS_CHECK"]);
}

fn aurora(net: &stackward::vpc::VpcRef) -> rds::Cluster {
    rds::Cluster::builder()
        .id("orders")
        .vpc(net)
        .engine(rds::AuroraEngine::Postgres("17.6".into()))
        .capacity(rds::Capacity::Provisioned("db.r7g.large".into()))
        .build()
}

#[test]
fn an_aurora_cluster_holds_the_settings_and_its_instances_stay_private() {
    let mut stack = Stack::new("Data").unwrap();
    let net = network(&mut stack);
    let db = stack.add(aurora(&net));
    let role = stack.add(
        iam::Role::builder()
            .id("app")
            .service("ec2.amazonaws.com")
            .build(),
    );
    db.grant_connect(&mut stack, &role, "app");
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    let c = &r["Orders"]["Properties"];
    assert_eq!(c["Engine"], "aurora-postgresql");
    assert_eq!(c["StorageEncrypted"], true);
    assert_eq!(c["ManageMasterUserPassword"], true);
    assert_eq!(c["EnableIAMDatabaseAuthentication"], true);
    assert_eq!(c["BackupRetentionPeriod"], 7);
    assert_eq!(c["DeletionProtection"], true);
    assert_eq!(c["Port"], 5433);
    assert_eq!(c["EnableCloudwatchLogsExports"], json!(["postgresql"]));
    assert_eq!(r["Orders"]["UpdateReplacePolicy"], "Snapshot");
    assert_eq!(
        r["OrdersParameters"]["Properties"],
        json!({
            "Description": "Orders: TLS required",
            "Family": "aurora-postgresql17",
            "Parameters": { "rds.force_ssl": "1" }
        })
    );
    for i in ["OrdersInstance1", "OrdersInstance2"] {
        let p = &r[i]["Properties"];
        assert_eq!(p["DBClusterIdentifier"], json!({ "Ref": "Orders" }));
        assert_eq!(p["PubliclyAccessible"], false);
        assert_eq!(
            p["PerformanceInsightsKMSKeyId"],
            json!({ "Fn::GetAtt": ["DefaultKey", "Arn"] })
        );
        assert!(
            p.get("StorageEncrypted").is_none(),
            "the cluster holds storage"
        );
    }
    let policy = common::statements(t.json(), "App")[0].clone();
    assert_eq!(policy["Action"], json!(["rds-db:connect"]));
    assert_eq!(
        policy["Resource"][0]["Fn::Sub"][1]["ResourceId"],
        json!({ "Fn::GetAtt": ["Orders", "DBClusterResourceId"] })
    );
    assert!(policy["Resource"][0]["Fn::Sub"][0]
        .as_str()
        .unwrap()
        .ends_with(":dbuser:${ResourceId}/app"));
}

#[test]
fn the_report_judges_cluster_instances_by_what_they_hold() {
    let mut stack = Stack::new("Data").unwrap();
    stack.allowed_regions(["eu-west-1"]);
    let net = network(&mut stack);
    stack.add(aurora(&net));
    let report = stack.report().unwrap();
    let member = report
        .resources
        .iter()
        .find(|r| r.id == "OrdersInstance1")
        .unwrap();
    assert!(
        member
            .residual
            .iter()
            .all(|r| !r.what.starts_with("not shown")),
        "{:#?}",
        member.residual
    );
    let duties: Vec<&str> = member.discharged.iter().map(|d| d.what.as_str()).collect();
    assert!(duties.contains(&"not publicly accessible"), "{duties:?}");
    let cluster = report.resources.iter().find(|r| r.id == "Orders").unwrap();
    // Only the backup plan, an option outside the cluster, may be missing.
    let enrolled = "not shown by the template: backed up by an AWS Backup plan";
    assert!(
        cluster
            .residual
            .iter()
            .all(|r| !r.what.starts_with("not shown") || r.what.starts_with(enrolled)),
        "{:#?}",
        cluster.residual
    );
    assert!(cluster.discharged.len() >= 12, "{:#?}", cluster.discharged);
}

#[test]
fn serverless_and_mysql_clusters_take_their_own_settings() {
    let mut stack = Stack::new("Data").unwrap();
    let net = network(&mut stack);
    stack.add(
        rds::Cluster::builder()
            .id("events")
            .vpc(&net)
            .engine(rds::AuroraEngine::MySql("8.0.mysql_aurora.3.10.0".into()))
            .capacity(rds::Capacity::Serverless { min: 0.5, max: 8.0 })
            .build(),
    );
    stack.add(
        rds::Cluster::builder()
            .id("ledger")
            .vpc(&net)
            .engine(rds::AuroraEngine::MySql("8.4.mysql_aurora.8.4.7".into()))
            .capacity(rds::Capacity::Provisioned("db.r8g.large".into()))
            .build(),
    );
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    assert_eq!(
        r["Events"]["Properties"]["ServerlessV2ScalingConfiguration"],
        json!({ "MaxCapacity": 8.0, "MinCapacity": 0.5 })
    );
    assert_eq!(
        r["EventsInstance1"]["Properties"]["DBInstanceClass"],
        "db.serverless"
    );
    assert_eq!(r["Events"]["Properties"]["Port"], 3307);
    assert!(r["Events"]["Properties"].get("BacktrackWindow").is_none());
    assert_eq!(r["Ledger"]["Properties"]["BacktrackWindow"], 86400);
    assert_eq!(
        r["EventsParameters"]["Properties"]["Parameters"],
        json!({ "require_secure_transport": "ON" })
    );
    assert_eq!(
        r["LedgerParameters"]["Properties"]["Family"],
        "aurora-mysql8.4"
    );
    assert_eq!(
        r["Ledger"]["Properties"]["EnableCloudwatchLogsExports"],
        json!(["audit", "error", "general", "slowquery"])
    );
}

#[test]
fn bad_clusters_get_exact_errors() {
    let mut stack = Stack::new("Data").unwrap();
    let net = network(&mut stack);
    let base = |id: &str, engine: rds::AuroraEngine, capacity: rds::Capacity| {
        rds::Cluster::builder()
            .id(id)
            .vpc(&net)
            .engine(engine)
            .capacity(capacity)
    };
    let pg = || rds::AuroraEngine::Postgres("17.6".into());
    let r7g = || rds::Capacity::Provisioned("db.r7g.large".into());
    stack.add(base("old", rds::AuroraEngine::Postgres("13.9".into()), r7g()).build());
    stack.add(
        base(
            "class",
            pg(),
            rds::Capacity::Provisioned("db.m5.large".into()),
        )
        .build(),
    );
    stack.add(
        base(
            "units",
            pg(),
            rds::Capacity::Serverless {
                min: 4.0,
                max: 2.25,
            },
        )
        .build(),
    );
    stack.add(base("alone", pg(), r7g()).instances(1).build());
    stack.add(
        base("admin", pg(), r7g())
            .master_username("postgres")
            .build(),
    );
    stack.add(base("port", pg(), r7g()).port(5432).build());
    stack.add(
        base("backups", pg(), r7g())
            .backups(Backups::Days(3))
            .build(),
    );
    let got = problems(&stack);
    let starts = |prefix: &str| {
        assert!(
            got.iter().any(|p| p.starts_with(prefix)),
            "{prefix}\n got {got:#?}"
        );
    };
    starts("Old.EngineVersion = \"13.9\": supported aurora-postgresql versions: 14.17,");
    assert_has(&got, "Class.DBInstanceClass = \"db.m5.large\": must be db.<family>.<size> with a family of r6g, r6i, r7g, r7i, r8g, t4g, x2g");
    assert_has(&got, "Units.ServerlessV2ScalingConfiguration = \"4-2.25\": capacity is 0-256 units in steps of 0.5, the maximum at least 1 and not below the minimum");
    assert_has(&got, "Alone.DBInstances = \"1\": one instance has no failover: add a reader, or .single_instance(waiver) naming RDS_CLUSTER_MULTI_AZ_ENABLED");
    assert_has(&got, "Admin.MasterUsername = \"postgres\": a default administrator name is the first one guessed: choose another");
    assert_has(&got, "Port.Port = \"5432\": the engine's default port needs .default_port(waiver) naming RDS_NON_DEFAULT_PORT");
    assert_has(&got, "Backups.BackupRetentionPeriod = \"3\": 7-35 days; fewer than 7 needs Backups::Shorter with a waiver");
}

/// Enhanced monitoring's role holds the actions of AWS's managed policy on
/// the one log group RDS writes to, in this account and region, not the
/// managed policy's every `RDS*` group everywhere.
#[test]
fn the_monitoring_role_is_scoped_to_the_rds_os_metrics_group() {
    let mut stack = Stack::new("Data").unwrap();
    let net = network(&mut stack);
    stack.add(postgres(&net));
    let t = stack.synth().unwrap();
    let role = &t.json()["Resources"]["DbMonitoringRole"]["Properties"];
    assert!(role["ManagedPolicyArns"].is_null(), "{role}");
    let statements = &role["Policies"][0]["PolicyDocument"]["Statement"];
    let group =
        "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:RDSOSMetrics";
    assert_eq!(statements[0]["Resource"][0]["Fn::Sub"], group);
    assert_eq!(
        statements[1]["Resource"][0]["Fn::Sub"],
        format!("{group}:log-stream:*")
    );
    assert_eq!(
        statements[1]["Action"],
        json!([
            "logs:CreateLogStream",
            "logs:PutLogEvents",
            "logs:DescribeLogStreams",
            "logs:GetLogEvents"
        ])
    );
}
