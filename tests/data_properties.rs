//! Property tests for databases, functions and grants: arbitrary valid
//! configurations pass every Guard rule unless a waiver names it, every
//! generated IAM statement names no `*` action or resource, the report is
//! honest and the output deterministic; secret-named literals are refused.

use proptest::prelude::*;
use serde_json::Value as Json;
use stackward::check;
use stackward::lambda::{Code, Function, FunctionUrl, Runtime};
use stackward::prelude::*;
use stackward::rds::{Backups, Engine, MYSQL_VERSIONS, POSTGRES_VERSIONS};
use stackward::vpc::Subnets;
mod common;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 64,
        ..ProptestConfig::default()
    }
}

fn waiver(rules: &[&str]) -> Waiver {
    Waiver::new("a reason the property test gives", rules.iter().copied()).unwrap()
}

#[derive(Debug, Clone)]
struct DbSpec {
    postgres: bool,
    version: usize,
    class: &'static str,
    storage: u32,
    backups: u32,
    single_az: bool,
    delete: bool,
}

fn db_spec() -> impl Strategy<Value = DbSpec> {
    (
        any::<bool>(),
        any::<usize>(),
        prop::sample::select(vec![
            "db.t4g.micro",
            "db.m7g.large",
            "db.r7g.2xlarge",
            "db.m6i.xlarge",
        ]),
        20u32..2000,
        1u32..=35,
        prop::bool::weighted(0.2),
        prop::bool::weighted(0.2),
    )
        .prop_map(
            |(postgres, version, class, storage, backups, single_az, delete)| DbSpec {
                postgres,
                version,
                class,
                storage,
                backups,
                single_az,
                delete,
            },
        )
}

#[derive(Debug, Clone)]
struct FnSpec {
    runtime: Runtime,
    memory: u32,
    timeout: u32,
    concurrency: u32,
    in_vpc: bool,
    url: Option<bool>,
    env: Vec<(String, String)>,
    grants: Vec<u8>,
}

fn fn_spec() -> impl Strategy<Value = FnSpec> {
    (
        prop::sample::select(vec![
            Runtime::Python311,
            Runtime::Python312,
            Runtime::Python313,
            Runtime::Nodejs22,
        ]),
        128u32..=10_240,
        1u32..=900,
        1u32..100,
        any::<bool>(),
        proptest::option::of(prop::bool::weighted(0.3)),
        proptest::collection::vec(
            ("V[0-9]{0,8}(_(HOST|PORT|MODE|LEVEL|URL))?", "[ -~]{0,30}"),
            0..4,
        ),
        proptest::collection::vec(0u8..5, 0..6),
    )
        .prop_map(
            |(runtime, memory, timeout, concurrency, in_vpc, url, env, grants)| FnSpec {
                runtime,
                memory,
                timeout,
                concurrency,
                in_vpc,
                url,
                env,
                grants,
            },
        )
}

fn build(db: &DbSpec, fns: &[FnSpec]) -> Stack {
    let mut stack = Stack::new("DataProps").unwrap();
    let net = stack.add(
        vpc::Vpc::builder()
            .id("net")
            .cidr("10.0.0.0/16".parse().unwrap())
            .subnets(vec![
                Subnets::public(24),
                Subnets::private(20),
                Subnets::isolated(24),
            ])
            .build(),
    );
    let key = stack.add(kms::Key::builder().id("data").build());
    let bucket = stack.add(
        s3::Bucket::builder()
            .id("files")
            .encryption(key.clone())
            .build(),
    );
    let engine = if db.postgres {
        Engine::Postgres(POSTGRES_VERSIONS[db.version % POSTGRES_VERSIONS.len()].into())
    } else {
        Engine::MySql(MYSQL_VERSIONS[db.version % MYSQL_VERSIONS.len()].into())
    };
    let backups = if db.backups >= 7 {
        Backups::Days(db.backups)
    } else {
        Backups::Shorter(db.backups, waiver(&["DB_INSTANCE_BACKUP_ENABLED"]))
    };
    let removal = if db.delete {
        Removal::Delete(waiver(&[
            "RDS_INSTANCE_DELETION_PROTECTION_ENABLED",
            "RDS_SNAPSHOT_ON_DELETE",
        ]))
    } else {
        Removal::Retain
    };
    let builder = rds::Instance::builder()
        .id("db")
        .vpc(&net)
        .engine(engine)
        .instance_class(db.class)
        .storage_gib(db.storage)
        .backups(backups)
        .removal(removal)
        .key(key.clone());
    let database = if db.single_az {
        stack.add(builder.single_az(waiver(&["RDS_MULTI_AZ_SUPPORT"])).build())
    } else {
        stack.add(builder.build())
    };

    let mut functions = Vec::new();
    for (i, f) in fns.iter().enumerate() {
        let url = match f.url {
            None => None,
            Some(false) => Some(FunctionUrl::Iam),
            Some(true) => Some(FunctionUrl::Public(waiver(&[
                "LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED",
            ]))),
        };
        let mut seen = Vec::new();
        let env: Vec<(String, Value<String>)> = f
            .env
            .iter()
            .filter(|(k, _)| {
                !seen.contains(k) && {
                    seen.push(k.clone());
                    true
                }
            })
            .map(|(k, v)| (k.clone(), Value::Literal(v.clone())))
            .collect();
        let builder = Function::builder()
            .id(format!("fn{i}"))
            .runtime(f.runtime)
            .handler("index.handler")
            .code(Code::Inline("def handler(e, c):\n    return e\n".into()))
            .memory_mb(f.memory)
            .timeout_s(f.timeout)
            .reserved_concurrency(f.concurrency)
            .environment(env);
        let function = match (f.in_vpc, url) {
            (true, Some(u)) => stack.add(builder.vpc(&net).url(u).build()),
            (true, None) => stack.add(builder.vpc(&net).build()),
            (false, Some(u)) => stack.add(
                builder
                    .outside_vpc(waiver(&["LAMBDA_INSIDE_VPC"]))
                    .url(u)
                    .build(),
            ),
            (false, None) => stack.add(builder.outside_vpc(waiver(&["LAMBDA_INSIDE_VPC"])).build()),
        };
        for g in &f.grants {
            match g {
                0 => bucket.grant_read(&mut stack, &function),
                1 => bucket.grant_write(&mut stack, &function),
                2 => key.grant_decrypt(&mut stack, &function),
                3 => database.grant_connect(&mut stack, &function, "app_user"),
                _ => {
                    if let Some(first) = functions.first() {
                        let first: &stackward::lambda::FunctionRef = first;
                        first.grant_invoke(&mut stack, &function);
                    }
                }
            }
        }
        if f.in_vpc {
            if let Some(peer) = function.peer(&mut stack) {
                database.allow_from(&mut stack, peer);
            }
        }
        functions.push(function);
    }
    stack
}

fn waived_rules(resource: &Json) -> Vec<&str> {
    resource["Metadata"]["guard"]["SuppressedRules"]
        .as_array()
        .map(|a| a.iter().filter_map(Json::as_str).collect())
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn valid_data_configurations_pass_every_rule_unless_waived(
        db in db_spec(),
        fns in proptest::collection::vec(fn_spec(), 0..3),
    ) {
        let stack = build(&db, &fns);
        let template = stack.synth().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let parsed: Json = serde_json::from_str(template.text()).unwrap();
        let resources = parsed["Resources"].as_object().unwrap();

        let report = check::stackward_rules(template.json()).unwrap();
        prop_assert!(report.failures.is_empty(), "{:?}", report.failures);
        for finding in &report.waived {
            if let Some(id) = finding.resource.as_deref() {
                prop_assert!(waived_rules(&resources[id]).contains(&finding.rule.as_str()));
            }
        }

        // Every IAM statement stackward generated names exact actions on
        // exact resources.
        for (id, r) in resources.iter().filter(|(_, r)| r["Type"] == "AWS::IAM::Role") {
            for policy in r["Properties"]["Policies"].as_array().into_iter().flatten() {
                for s in policy["PolicyDocument"]["Statement"].as_array().unwrap() {
                    for a in s["Action"].as_array().unwrap() {
                        let a = a.as_str().unwrap();
                        prop_assert!(a != "*" && !a.ends_with(":*"), "{}: {}", id, a);
                    }
                    for res in s["Resource"].as_array().unwrap() {
                        prop_assert!(res != "*", "{}", id);
                    }
                }
            }
        }

        // Databases are never public and keep their data unless waived.
        let d = &resources["Db"];
        prop_assert_eq!(&d["Properties"]["PubliclyAccessible"], false);
        prop_assert!(d["DeletionPolicy"] == "Snapshot" || waived_rules(d).contains(&"RDS_SNAPSHOT_ON_DELETE"));

        let report = serde_json::to_value(template.report()).unwrap();
        let broken = common::broken_claims(&parsed, &report);
        prop_assert!(broken.is_empty(), "{:?}", broken);

        let again = build(&db, &fns).synth().unwrap();
        prop_assert_eq!(again.text(), template.text());
    }

    #[test]
    fn secret_named_literals_are_refused(
        prefix in "[A-Z]{1,8}",
        word in prop::sample::select(vec!["PASSWORD", "SECRET", "TOKEN", "API_KEY", "PRIVATE_KEY", "CREDENTIALS"]),
        value in "[ -~]{1,30}",
    ) {
        let name = format!("{prefix}_{word}");
        let mut stack = Stack::new("Secrets").unwrap();
        stack.add(
            Function::builder()
                .id("f")
                .runtime(Runtime::Python313)
                .handler("index.handler")
                .code(Code::Inline("x = 1\n".into()))
                .environment(vec![(name.clone(), Value::Literal(value))])
                .outside_vpc(waiver(&["LAMBDA_INSIDE_VPC"]))
                .build(),
        );
        let err = stack.synth().unwrap_err();
        let named = err.problems().iter().any(|p| matches!(p,
            Error::InvalidValue { resource, property, value, rule }
                if resource == "F" && property == "Environment" && *value == name && rule.contains("Secrets Manager")));
        prop_assert!(named, "{}", err);
    }
}
