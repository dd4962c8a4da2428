//! Helpers shared by the integration tests; each test file uses some.
#![allow(dead_code)]

use serde_json::Value as Json;
use stackward::prelude::*;
use stackward::rds::Engine;
use stackward::vpc::{Cidr, Subnets, VpcRef};

/// Checks a report against its template; returns every broken claim.
pub fn broken_claims(template: &Json, report: &Json) -> Vec<String> {
    let mut broken = Vec::new();
    let resources = template["Resources"].as_object().unwrap();
    let reported: Vec<&str> = report["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    for id in resources.keys() {
        if !reported.contains(&id.as_str()) {
            broken.push(format!("{id} is not in the report"));
        }
    }
    for r in report["resources"].as_array().unwrap() {
        let id = r["id"].as_str().unwrap();
        for d in r["discharged"].as_array().unwrap() {
            let pointer = d["pointer"].as_str().unwrap();
            match template.pointer(pointer) {
                Some(v) if *v == d["value"] => {}
                Some(v) => broken.push(format!(
                    "{id}: {pointer} is {v}, the report says {}",
                    d["value"]
                )),
                None => broken.push(format!("{id}: {pointer} does not resolve")),
            }
        }
        let for_all = report["every_resource"].as_array().map_or(0, Vec::len);
        if r["residual"].as_array().unwrap().is_empty() && for_all == 0 {
            broken.push(format!("{id}: the customer column is empty"));
        }
        let suppressed = &resources[id]["Metadata"]["guard"]["SuppressedRules"];
        for w in r["waived"].as_array().unwrap() {
            let rule = &w["rule"];
            if !suppressed.as_array().is_some_and(|s| s.contains(rule)) {
                broken.push(format!("{id}: waiver of {rule} is not in the template"));
            }
        }
        for waiver in resources[id]["Metadata"]["stackward"]["Waivers"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let reason = &waiver["reason"];
            let listed = r["waived"]
                .as_array()
                .unwrap()
                .iter()
                .any(|w| w["reason"] == *reason);
            // A waiver of a rule the report has no evidence for is still
            // listed on the template; the report must show every waiver whose
            // rule it knows.
            let known = waiver["rules"].as_array().unwrap().iter().any(|rule| {
                stackward::services::duties_of(resources[id]["Type"].as_str().unwrap()).is_some_and(
                    |t| {
                        t.evidence
                            .iter()
                            .any(|e| e.rule == rule.as_str() || e.control == rule.as_str())
                    },
                )
            });
            if known && !listed {
                broken.push(format!("{id}: waiver {reason} is missing from the report"));
            }
        }
    }
    broken
}

/// A Python function builder with the required settings filled in.
#[allow(unused_macros)]
macro_rules! function {
    ($id:expr) => {
        Function::builder()
            .id($id)
            .runtime(Runtime::Python313)
            .handler("index.handler")
            .code(Code::Inline("def handler(e, c):\n    return e\n".into()))
    };
}

/// The problems `synth` reports for a stack that must fail.
pub fn problems(stack: &Stack) -> Vec<Error> {
    match stack.synth() {
        Ok(_) => panic!("synth should fail"),
        Err(e) => e.problems().to_vec(),
    }
}

/// The same problems as text.
pub fn problem_texts(stack: &Stack) -> Vec<String> {
    problems(stack).iter().map(ToString::to_string).collect()
}

/// The error an invalid value gets.
pub fn invalid(resource: &str, property: &str, value: &str, rule: &str) -> Error {
    Error::InvalidValue {
        resource: resource.into(),
        property: property.into(),
        value: value.into(),
        rule: rule.into(),
    }
}

/// Asserts `expected` is among the problems.
pub fn assert_has(got: &[String], expected: &str) {
    assert!(
        got.iter().any(|p| p == expected),
        "{expected}\n got {got:#?}"
    );
}

/// A parsed CIDR block.
pub fn cidr(s: &str) -> Cidr {
    s.parse().unwrap()
}

/// The resources of one type, by logical id.
pub fn of_type<'a>(t: &'a Json, type_name: &'a str) -> Vec<(&'a String, &'a Json)> {
    t["Resources"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, r)| r["Type"] == type_name)
        .collect()
}

/// A VPC with public, private and isolated tiers in two zones.
pub fn network(stack: &mut Stack) -> VpcRef {
    stack.add(
        vpc::Vpc::builder()
            .id("net")
            .cidr(cidr("10.0.0.0/16"))
            .subnets(vec![
                Subnets::public(24),
                Subnets::private(20),
                Subnets::isolated(24),
            ])
            .build(),
    )
}

/// A VPC with public, private and a named isolated tier in three zones.
pub fn three_tiers(stack: &mut Stack) -> VpcRef {
    stack.add(
        vpc::Vpc::builder()
            .id("net")
            .cidr(cidr("10.0.0.0/16"))
            .zones(3)
            .subnets(vec![
                Subnets::public(24),
                Subnets::private(20),
                Subnets::isolated(24).named("data"),
            ])
            .build(),
    )
}

/// The statements of a role's own policy.
pub fn statements(t: &Json, role: &str) -> Vec<Json> {
    t["Resources"][role]["Properties"]["Policies"][0]["PolicyDocument"]["Statement"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// A PostgreSQL database in `net`.
pub fn postgres(net: &VpcRef) -> rds::Instance {
    rds::Instance::builder()
        .id("db")
        .vpc(net)
        .engine(Engine::Postgres("17.6".into()))
        .instance_class("db.m7g.large")
        .build()
}

/// The waiver a test function outside any VPC carries.
pub fn outside() -> Waiver {
    Waiver::new("test function", ["LAMBDA_INSIDE_VPC"]).unwrap()
}

/// A rule, a change to the template that removes its default, the resource
/// it then fails on, and where the waiver goes.
pub type Mutation = (&'static str, fn(&mut Json), &'static str, &'static str);

/// Each mutation of `base` makes exactly its rule fail, on exactly its
/// resource; a waiver of the rule on the resource named silences it and is
/// reported as waived there.
pub fn assert_mutations(base: &Json, mutations: Vec<Mutation>) {
    use serde_json::json;
    use stackward::check;
    for (rule, change, fails_on, waive_on) in mutations {
        let mut t = base.clone();
        change(&mut t);
        let report = check::stackward_rules(&t).unwrap();
        let failures: Vec<_> = report
            .failures
            .iter()
            .map(|f| (f.rule.as_str(), f.resource.as_deref()))
            .collect();
        assert_eq!(failures, [(rule, Some(fails_on))], "{rule}");
        // The rule's own words, never the engine's text.
        let message = &report.failures[0].message;
        assert!(
            !message.contains("compliant")
                && !message.contains("/Resources/")
                && message.contains(": "),
            "{rule}: {message}"
        );
        t["Resources"][waive_on]["Metadata"] = json!({ "guard": { "SuppressedRules": [rule] } });
        let report = check::stackward_rules(&t).unwrap();
        assert!(report.failures.is_empty(), "{rule}: {:?}", report.failures);
        assert!(
            report
                .waived
                .iter()
                .any(|f| f.rule == rule && f.resource.as_deref() == Some(waive_on)),
            "{rule} is not reported as waived on {waive_on}"
        );
    }
}

/// The rules the report credits a resource with, in its order.
pub fn credited(report: &Json, id: &str) -> Vec<String> {
    report["resources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("{id} is not in the report"))["discharged"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["rule"].as_str().map(str::to_owned))
        .collect()
}
