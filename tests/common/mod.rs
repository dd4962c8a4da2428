//! Helpers shared by the integration tests.

use serde_json::Value as Json;

/// Checks a report against its template; returns every broken claim.
#[allow(dead_code)]
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
        if r["residual"].as_array().unwrap().is_empty() {
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
