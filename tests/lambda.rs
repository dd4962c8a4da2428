//! AWS Lambda: what `lambda::Function`'s defaults produce, its connections,
//! and the typed errors for memory, timeouts, handlers, secrets in
//! environment variables and public URLs.

#[macro_use]
mod common;

use common::{assert_has, network, outside, postgres, problem_texts as problems, statements};
use serde_json::json;
use stackward::lambda::{Code, Function, FunctionUrl, Runtime};
use stackward::prelude::*;

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

/// A function without environment variables has nothing for
/// LAMBDA_ENVIRONMENT_ENCRYPTED to judge; one with variables and no key
/// fails it.
#[test]
fn environment_encryption_is_judged_only_where_there_is_an_environment() {
    use serde_json::json;
    let mut template = json!({ "Resources": { "Fn": {
        "Type": "AWS::Lambda::Function",
        "Properties": { "Runtime": "python3.13", "Handler": "index.handler" }
    }}});
    let rules = |t: &serde_json::Value| -> Vec<String> {
        stackward::check::stackward_rules(t)
            .unwrap()
            .failures
            .into_iter()
            .map(|f| f.rule)
            .collect()
    };
    assert!(!rules(&template).contains(&"LAMBDA_ENVIRONMENT_ENCRYPTED".to_owned()));
    template["Resources"]["Fn"]["Properties"]["Environment"] = json!({ "Variables": { "A": "b" } });
    assert!(rules(&template).contains(&"LAMBDA_ENVIRONMENT_ENCRYPTED".to_owned()));
}
