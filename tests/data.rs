//! RDS, Lambda and grants: what the defaults produce, exact grants, and the
//! typed errors for engines, classes, storage, ports, memory, timeouts,
//! handlers, secrets in environment variables and wildcard statements.

use serde_json::{json, Value as Json};
use stackward::iam::{Effect, Role, Statement};
use stackward::lambda::{Code, Function, FunctionUrl, Runtime};
use stackward::prelude::*;
use stackward::rds::{Backups, Engine};
use stackward::vpc::{Subnets, Tier, VpcRef};

fn problems(stack: &Stack) -> Vec<String> {
    match stack.synth() {
        Ok(_) => panic!("synth should fail"),
        Err(e) => e.problems().iter().map(ToString::to_string).collect(),
    }
}

fn assert_has(got: &[String], expected: &str) {
    assert!(
        got.iter().any(|p| p == expected),
        "{expected}\n got {got:#?}"
    );
}

fn network(stack: &mut Stack) -> VpcRef {
    stack.add(
        vpc::Vpc::builder()
            .id("net")
            .cidr("10.0.0.0/16".parse().unwrap())
            .subnets(vec![
                Subnets::public(24),
                Subnets::private(20),
                Subnets::isolated(24),
            ])
            .build(),
    )
}

fn statements(t: &Json, role: &str) -> Vec<Json> {
    t["Resources"][role]["Properties"]["Policies"][0]["PolicyDocument"]["Statement"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn postgres(net: &VpcRef) -> rds::Instance {
    rds::Instance::builder()
        .id("db")
        .vpc(net)
        .engine(Engine::Postgres("17.6".into()))
        .instance_class("db.m7g.large")
        .build()
}

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

/// A Python function builder with the required settings filled in.
macro_rules! function {
    ($id:expr) => {
        Function::builder()
            .id($id)
            .runtime(Runtime::Python313)
            .handler("index.handler")
            .code(Code::Inline("def handler(e, c):\n    return e\n".into()))
    };
}

fn outside() -> Waiver {
    Waiver::new("test function", ["LAMBDA_INSIDE_VPC"]).unwrap()
}

#[test]
fn a_function_logs_to_its_own_group_through_a_role_scoped_to_it() {
    let mut stack = Stack::new("Fn").unwrap();
    let net = network(&mut stack);
    let f = stack.add(function!("worker").vpc(&net).build());
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    let p = &r["Worker"]["Properties"];
    assert_eq!(p["LoggingConfig"]["LogGroup"]["Ref"], "WorkerLogs");
    assert_eq!(p["KmsKeyArn"]["Fn::GetAtt"][0], "DefaultKey");
    assert_eq!(p["TracingConfig"]["Mode"], "Active");
    assert_eq!(p["ReservedConcurrentExecutions"], 10);
    assert_eq!(
        p["DeadLetterConfig"]["TargetArn"]["Fn::GetAtt"][0],
        "WorkerDeadLetters"
    );
    assert_eq!(p["VpcConfig"]["SubnetIds"][0]["Ref"], "NetPrivateSubnet1");
    assert_eq!(p["Architectures"], json!(["arm64"]));
    assert_eq!(
        r["WorkerDeadLetters"]["Properties"]["KmsMasterKeyId"]["Fn::GetAtt"][0],
        "DefaultKey"
    );
    assert_eq!(r["WorkerLogs"]["Properties"]["RetentionInDays"], 365);
    let s = statements(t.json(), f.role().id().as_str());
    assert_eq!(
        s[0]["Action"],
        json!(["logs:CreateLogStream", "logs:PutLogEvents"])
    );
    assert_eq!(s[0]["Resource"][0]["Fn::GetAtt"][0], "WorkerLogs");
    assert_eq!(s[1]["Action"], json!(["sqs:SendMessage"]));
    let trust = &r["WorkerRole"]["Properties"]["AssumeRolePolicyDocument"]["Statement"][0];
    assert_eq!(trust["Principal"]["Service"], "lambda.amazonaws.com");
    let sg = &r["WorkerSecurityGroup"]["Properties"];
    assert_eq!(sg["SecurityGroupEgress"][0]["FromPort"], 443);
}

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
fn connecting_a_function_and_an_instance_to_a_database() {
    let mut stack = Stack::new("Conn").unwrap();
    let net = network(&mut stack);
    let db = stack.add(postgres(&net));
    let f = stack.add(function!("worker").vpc(&net).build());
    let web = stack.add(
        ec2::Instance::builder()
            .id("web")
            .vpc(&net)
            .instance_type("m7g.medium")
            .build(),
    );
    let peer = f.peer(&mut stack).unwrap();
    db.allow_from(&mut stack, peer);
    db.allow_from(&mut stack, &web);
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    let ingress = &r["DbSecurityGroupFromWorkerSecurityGroupTcp5433"]["Properties"];
    assert_eq!(
        ingress["SourceSecurityGroupId"]["Fn::GetAtt"][0],
        "WorkerSecurityGroup"
    );
    assert_eq!(ingress["FromPort"], 5433);
    assert!(r["WebSecurityGroupToDbSecurityGroupTcp5433"].is_object());

    // A function outside a VPC has no security group to connect.
    let mut stack = Stack::new("Conn").unwrap();
    let f = stack.add(function!("loose").outside_vpc(outside()).build());
    assert!(f.peer(&mut stack).is_none());
    assert_has(
        &problems(&stack),
        "Loose.VpcConfig = \"none\": the function is not in a VPC: give it .vpc(&vpc) to connect it to other resources",
    );
}

#[test]
fn function_settings_are_validated() {
    let mut stack = Stack::new("Fn").unwrap();
    stack.add(
        function!("mem")
            .memory_mb(64)
            .outside_vpc(outside())
            .build(),
    );
    stack.add(
        function!("time")
            .timeout_s(901)
            .outside_vpc(outside())
            .build(),
    );
    stack.add(
        function!("zero")
            .reserved_concurrency(0)
            .outside_vpc(outside())
            .build(),
    );
    stack.add(
        Function::builder()
            .id("spaces")
            .runtime(Runtime::Python313)
            .handler("index handler")
            .code(Code::Inline("x".into()))
            .outside_vpc(outside())
            .build(),
    );
    stack.add(
        Function::builder()
            .id("java")
            .runtime(Runtime::Java21)
            .handler("app.Handler::handle")
            .code(Code::Inline("class A {}".into()))
            .outside_vpc(outside())
            .build(),
    );
    stack.add(
        Function::builder()
            .id("big")
            .runtime(Runtime::Nodejs22)
            .handler("index.handler")
            .code(Code::Inline("x".repeat(4097)))
            .outside_vpc(outside())
            .build(),
    );
    stack.add(
        function!("secrets")
            .environment(vec![
                ("DB_PASSWORD".into(), "hunter2".into()),
                ("API_TOKEN".into(), "abc".into()),
                (
                    "DB_SECRET_ARN".into(),
                    "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db".into(),
                ),
                ("AWS_REGION".into(), "eu-west-1".into()),
                ("1BAD".into(), "x".into()),
            ])
            .outside_vpc(outside())
            .build(),
    );
    stack.add(function!("nowhere").build());
    let got = problems(&stack);
    assert_has(&got, "Mem.MemorySize = \"64\": must be 128-10240 MB");
    assert_has(&got, "Time.Timeout = \"901\": must be 1-900 seconds");
    assert_has(
        &got,
        "Zero.ReservedConcurrentExecutions = \"0\": 0 stops every invocation: reserve at least 1",
    );
    assert_has(&got, "Spaces.Handler = \"index handler\": must be 1-128 characters without spaces, such as index.handler");
    assert_has(
        &got,
        "Java.Code = \"java21\": inline code is for Python and Node.js runtimes; use Code::Bucket",
    );
    assert_has(
        &got,
        "Big.Code = \"4097 bytes\": inline code is 1-4096 bytes; use Code::Bucket for more",
    );
    let secret = "looks like a secret written into the template: keep it in Secrets Manager and pass the secret's ARN (a variable ending in _ARN)";
    assert_has(
        &got,
        &format!("Secrets.Environment = \"DB_PASSWORD\": {secret}"),
    );
    assert_has(
        &got,
        &format!("Secrets.Environment = \"API_TOKEN\": {secret}"),
    );
    assert!(!got.iter().any(|p| p.contains("DB_SECRET_ARN")), "{got:?}");
    assert_has(
        &got,
        "Secrets.Environment = \"AWS_REGION\": names starting with AWS_ are reserved by Lambda",
    );
    assert_has(&got, "Secrets.Environment = \"1BAD\": a variable name is letters, digits and _, starting with a letter");
    assert_has(&got, "Nowhere.VpcConfig = \"none\": give .vpc(&vpc), or .outside_vpc(waiver) naming LAMBDA_INSIDE_VPC");
}

#[test]
fn a_public_function_url_needs_a_waiver() {
    let mut stack = Stack::new("Fn").unwrap();
    stack.add(
        function!("iam")
            .url(FunctionUrl::Iam)
            .outside_vpc(outside())
            .build(),
    );
    let t = stack.synth().unwrap();
    assert_eq!(
        t.json()["Resources"]["IamUrl"]["Properties"]["AuthType"],
        "AWS_IAM"
    );

    let mut stack = Stack::new("Fn").unwrap();
    let w = Waiver::new("wrong rule named", ["LAMBDA_TRACING_ENABLED"]).unwrap();
    stack.add(
        function!("open")
            .url(FunctionUrl::Public(w))
            .outside_vpc(outside())
            .build(),
    );
    let got = problems(&stack);
    assert!(got.iter().any(|p| p.starts_with("OpenUrl: rule LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED failed")), "{got:?}");

    let mut stack = Stack::new("Fn").unwrap();
    let w = Waiver::new(
        "public webhook, verified by signature",
        ["LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED", "CT.LAMBDA.PR.5"],
    )
    .unwrap();
    stack.add(
        function!("open")
            .url(FunctionUrl::Public(w))
            .outside_vpc(outside())
            .build(),
    );
    let t = stack.synth().unwrap();
    assert_eq!(
        t.json()["Resources"]["OpenUrl"]["Properties"]["AuthType"],
        "NONE"
    );
    assert_eq!(
        t.json()["Resources"]["OpenPublicUrlPermission"]["Properties"]["Principal"],
        "*"
    );
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
    assert!(
        got.iter()
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
