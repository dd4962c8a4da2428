//! `App::write` and `App::check`: what `cargo xtask synth [--check]` does.

use std::fs;
use std::path::PathBuf;

use stackward::prelude::*;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("stackward-app-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// An app with one stack, `Stack0`, holding these buckets.
fn app(bucket_ids: &[&str]) -> App {
    let mut stack = Stack::new("Stack0").unwrap();
    for id in bucket_ids {
        stack.add(s3::Bucket::builder().id(*id).build());
    }
    let mut app = App::new();
    app.add(stack);
    app
}

#[test]
fn write_then_check_is_clean_and_a_change_is_stale() {
    let dir = temp_dir("stale");
    app(&["a"]).write(&dir).unwrap();
    app(&["a"]).check(&dir).unwrap();

    let err = app(&["a", "b"]).check(&dir).unwrap_err();
    let shown = |name: &str| format!("{} (differs)", dir.join(name).display());
    assert_eq!(
        err,
        Error::Stale(vec![
            shown("Stack0.report.json"),
            shown("Stack0.report.md"),
            shown("Stack0.template.json")
        ])
    );
    assert!(err.to_string().contains("Stack0.template.json (differs)"));
}

#[test]
fn check_names_missing_and_extra_files() {
    let dir = temp_dir("extra");
    fs::write(dir.join("Old.template.json"), "{}").unwrap();
    let err = app(&["a"]).check(&dir).unwrap_err();
    let Error::Stale(files) = err else {
        panic!("{err}")
    };
    let missing = |name: &str| format!("{} (missing)", dir.join(name).display());
    assert_eq!(
        files,
        vec![
            missing("Stack0.report.json"),
            missing("Stack0.report.md"),
            missing("Stack0.template.json"),
            missing("findings.sarif"),
            missing("manifest.json"),
            format!(
                "{} (no stack produces it)",
                dir.join("Old.template.json").display()
            ),
        ]
    );
    // write removes the template no stack produces.
    app(&["a"]).write(&dir).unwrap();
    assert!(!dir.join("Old.template.json").exists());
    app(&["a"]).check(&dir).unwrap();
}

#[test]
fn a_failing_synth_writes_nothing() {
    let dir = temp_dir("atomic");
    app(&["a"]).write(&dir).unwrap();
    let before = fs::read_to_string(dir.join("Stack0.template.json")).unwrap();

    let mut broken = app(&["a", "b"]);
    let mut bad = Stack::new("Broken").unwrap();
    bad.add(s3::Bucket::builder().id("x").name("Not_Valid").build());
    broken.add(bad);
    assert!(broken.write(&dir).is_err());

    assert_eq!(
        fs::read_to_string(dir.join("Stack0.template.json")).unwrap(),
        before
    );
    assert!(!dir.join("Broken.template.json").exists());
    let leftovers: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 5, "{leftovers:?}");
}

/// A write after one that changed nothing reads each stack's record
/// instead of checking and rendering it again, yet a generated file changed
/// or removed by hand since is always written again.
#[test]
fn a_file_changed_by_hand_is_rewritten_even_when_nothing_else_changed() {
    let dir = temp_dir("record");
    let first = app(&["a"]).write(&dir).unwrap();
    assert!(!first.changed.is_empty());
    let second = app(&["a"]).write(&dir).unwrap();
    assert_eq!(second.changed, Vec::<std::path::PathBuf>::new());
    assert_eq!(
        (&second.files, &second.unchecked),
        (&first.files, &first.unchecked)
    );

    let template = dir.join("Stack0.template.json");
    let right = fs::read(&template).unwrap();
    let mut wrong = right.clone();
    // The same length, one character changed, at once.
    let at = wrong.iter().position(|b| *b == b'{').unwrap();
    wrong[at] = b'[';
    fs::write(&template, &wrong).unwrap();
    let third = app(&["a"]).write(&dir).unwrap();
    assert_eq!(third.changed, vec![template.clone()]);
    assert_eq!(fs::read(&template).unwrap(), right);

    let report = dir.join("Stack0.report.md");
    fs::remove_file(&report).unwrap();
    let fourth = app(&["a"]).write(&dir).unwrap();
    assert_eq!(fourth.changed, vec![report]);
    app(&["a"]).check(&dir).unwrap();
}

#[test]
fn stack_names_are_unique_in_an_app() {
    let mut app = App::new();
    app.add(Stack::new("Same").unwrap());
    app.add(Stack::new("Same").unwrap());
    let err = app.synth().unwrap_err();
    assert!(
        err.to_string()
            .contains("two stacks of the app have this name"),
        "{err}"
    );
}

fn network() -> (Stack, stackward::vpc::VpcRef) {
    let mut stack = Stack::new("Net").unwrap();
    let vpc = stack.add(
        vpc::Vpc::builder()
            .id("main")
            .cidr("10.0.0.0/16".parse().unwrap())
            .build(),
    );
    (stack, vpc)
}

#[test]
fn handles_from_another_stack_become_exports_and_imports() {
    let (net_stack, vpc) = network();
    let mut svc = Stack::new("Svc").unwrap();
    let app_host = svc.add(
        ec2::Instance::builder()
            .id("host")
            .vpc(&vpc)
            .instance_type("m7g.medium")
            .build(),
    );
    let mut app = App::new();
    app.add(svc).add(net_stack);
    let templates = app.synth().unwrap();
    let svc_t = templates[0].json();
    let net_t = templates[1].json();
    assert_eq!(
        svc_t["Resources"]["Host"]["Properties"]["NetworkInterfaces"][0]["SubnetId"],
        serde_json::json!({ "Fn::ImportValue": "Net:MainPrivateSubnet1" })
    );
    assert_eq!(
        svc_t["Resources"]["HostSecurityGroup"]["Properties"]["VpcId"],
        serde_json::json!({ "Fn::ImportValue": "Net:Main" })
    );
    let outputs = net_t["Outputs"].as_object().unwrap();
    assert_eq!(
        outputs["ExportMain"]["Value"],
        serde_json::json!({ "Ref": "Main" })
    );
    assert_eq!(outputs["ExportMain"]["Export"]["Name"], "Net:Main");
    assert!(outputs.contains_key("ExportMainPrivateSubnet1"));
    // The producer deploys first, whatever the order stacks were added in.
    let manifest = app.manifest().unwrap();
    assert_eq!(manifest["stacks"][0]["name"], "Net");
    assert_eq!(manifest["stacks"][1]["name"], "Svc");
    assert_eq!(
        manifest["stacks"][1]["depends_on"],
        serde_json::json!(["Net"])
    );
    // Stable: the same app gives the same bytes.
    assert_eq!(app.synth().unwrap()[1].text(), templates[1].text());
    let _ = app_host;
}

#[test]
fn attributes_from_another_stack_are_exported_by_name_and_attribute() {
    let mut data = Stack::new("Data").unwrap();
    let bucket = data.add(s3::Bucket::builder().id("files").build());
    let mut svc = Stack::new("Svc").unwrap();
    let role = svc.add(
        stackward::iam::Role::builder()
            .id("reader")
            .service("ec2.amazonaws.com")
            .build(),
    );
    bucket.grant_read(&mut svc, &role);
    let mut app = App::new();
    app.add(data).add(svc);
    let templates = app.synth().unwrap();
    let statements = &templates[1].json()["Resources"]["Reader"]["Properties"]["Policies"][0]
        ["PolicyDocument"]["Statement"];
    assert_eq!(
        statements[0]["Resource"][0],
        serde_json::json!({ "Fn::ImportValue": "Data:Files:Arn" })
    );
    let out = &templates[0].json()["Outputs"]["ExportFilesArn"];
    assert_eq!(
        out["Value"],
        serde_json::json!({ "Fn::GetAtt": ["Files", "Arn"] })
    );
    assert_eq!(out["Export"]["Name"], "Data:Files:Arn");
}

#[test]
fn a_cycle_between_stacks_is_an_error_that_names_it() {
    let mut a = Stack::new("A").unwrap();
    let mut b = Stack::new("B").unwrap();
    let bucket_a = a.add(s3::Bucket::builder().id("in-a").build());
    let bucket_b = b.add(s3::Bucket::builder().id("in-b").build());
    let role_a = a.add(
        stackward::iam::Role::builder()
            .id("role-a")
            .service("ec2.amazonaws.com")
            .build(),
    );
    let role_b = b.add(
        stackward::iam::Role::builder()
            .id("role-b")
            .service("ec2.amazonaws.com")
            .build(),
    );
    bucket_b.grant_read(&mut a, &role_a);
    bucket_a.grant_read(&mut b, &role_b);
    let mut app = App::new();
    app.add(a).add(b);
    let err = app.synth().unwrap_err();
    assert_eq!(err, Error::StackCycle("A -> B -> A".into()), "{err}");
    assert_eq!(
        err.to_string(),
        "stacks import from each other in a cycle: A -> B -> A"
    );
}

#[test]
fn a_name_defined_in_two_producers_is_ambiguous() {
    let (net1, vpc) = network();
    let mut net2 = Stack::new("Net2").unwrap();
    net2.add(
        vpc::Vpc::builder()
            .id("main")
            .cidr("10.1.0.0/16".parse().unwrap())
            .build(),
    );
    let mut svc = Stack::new("Svc").unwrap();
    svc.add(ec2::SecurityGroup::builder().id("g").vpc(&vpc).build());
    let mut app = App::new();
    app.add(net1).add(net2).add(svc);
    let err = app.synth().unwrap_err();
    assert!(
        err.problems().iter().any(|p| p.to_string()
            == "Svc.Fn::ImportValue = \"Main\": is defined in stacks Net and Net2: a handle must come from one stack"),
        "{err}"
    );
}

#[test]
fn one_stack_function_gives_one_template_per_environment() {
    fn service(env: &str, class: &str) -> Stack {
        let mut s = Stack::new(format!("Svc-{env}")).unwrap();
        s.tag("environment", env);
        let net = s.add(
            vpc::Vpc::builder()
                .id("net")
                .cidr("10.0.0.0/16".parse().unwrap())
                .build(),
        );
        s.add(
            ec2::Instance::builder()
                .id("app")
                .vpc(&net)
                .instance_type(class)
                .build(),
        );
        s
    }
    let mut app = App::new();
    app.add(service("dev", "m7g.medium"))
        .add(service("prod", "m7g.2xlarge"));
    let t = app.synth().unwrap();
    assert_eq!(t[0].file_name(), "Svc-dev.template.json");
    assert_eq!(t[1].file_name(), "Svc-prod.template.json");
    assert_eq!(
        t[1].json()["Resources"]["App"]["Properties"]["InstanceType"],
        "m7g.2xlarge"
    );
}

/// A service stack of one environment in the VPC of `Net`.
fn environment(env: &str, vpc: &stackward::vpc::VpcRef) -> Result<Stack, Error> {
    let mut stack = Stack::new(format!("Svc-{env}"))?;
    stack.tag("environment", env);
    stack.add(
        ec2::Instance::builder()
            .id("app")
            .vpc(vpc)
            .instance_type("m7g.medium")
            .build(),
    );
    stack.add(s3::Bucket::builder().id("uploads").build());
    Ok(stack)
}

#[test]
fn stacks_built_on_every_core_are_those_added_one_by_one_in_the_same_order() {
    let envs: Vec<String> = (0..9).map(|n| format!("env{n}")).collect();
    let (net, vpc) = network();
    let mut serial = App::new();
    serial.add(net);
    for env in &envs {
        serial.add(environment(env, &vpc).unwrap());
    }
    let (net, vpc) = network();
    let mut each = App::new();
    each.add(net);
    each.add_each(&envs, |env| environment(env, &vpc)).unwrap();
    let names: Vec<&str> = each.stacks().iter().map(Stack::name).collect();
    assert_eq!(
        names[1..],
        envs.iter().map(|e| format!("Svc-{e}")).collect::<Vec<_>>()
    );
    let texts = |app: &App| -> Vec<String> {
        app.synth()
            .unwrap()
            .iter()
            .map(|t| t.text().to_owned())
            .collect()
    };
    assert_eq!(texts(&each), texts(&serial));
    // The handle of a stack built before became an import in each.
    assert!(texts(&each)[3].contains("Net:Main"));
}

#[test]
fn a_failed_build_among_stacks_built_together_names_the_first_and_adds_none() {
    let (net, vpc) = network();
    let mut app = App::new();
    app.add(net);
    let err = app
        .add_each(["dev", "bad name!", "prod", "worse name?"], |env| {
            environment(env, &vpc)
        })
        .unwrap_err();
    assert!(err.to_string().contains("bad name!"), "{err}");
    assert!(!err.to_string().contains("worse name?"), "{err}");
    assert_eq!(app.stacks().len(), 1);
}

#[test]
fn an_import_no_stack_of_the_app_exports_is_an_error_unless_declared_outside() {
    use stackward::template::Intrinsic;
    let service = || {
        let mut stack = Stack::new("Service").unwrap();
        stack.add_output(
            Output::builder()
                .id("vpc")
                .value(Intrinsic::import_value("Netwrk:Net"))
                .build(),
        );
        stack
    };
    let mut app = App::new();
    app.add(service());
    let err = app.synth().unwrap_err();
    assert!(err.problems().contains(&Error::UnresolvedImport {
        stack: "Service".into(),
        path: "/Outputs/Vpc/Value".into(),
        name: "Netwrk:Net".into(),
    }));
    let mut app = App::new();
    app.add(service()).imports_from_outside(["Netwrk:Net"]);
    assert!(app.synth().is_ok());
}
