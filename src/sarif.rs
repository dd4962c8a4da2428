//! Findings as SARIF 2.1.0, the format code-scanning tools read: rules that
//! fail (from an audit) as errors, resources of types no rule checks as
//! warnings, and waivers as results suppressed in the source with the
//! waiver's reason, so a reviewer sees all of them beside the code.
//!
//! ```
//! use stackward::prelude::*;
//!
//! let mut stack = Stack::new("Logs").unwrap();
//! stack.add(s3::Bucket::builder().id("archive").build());
//! let template = stack.synth().unwrap();
//! let report = template.report();
//! let log = stackward::sarif::log(&[stackward::sarif::Artifact {
//!     uri: "generated/Logs.template.json".into(),
//!     text: template.text(),
//!     failures: &[],
//!     report: &report,
//! }]);
//! assert_eq!(log["version"], "2.1.0");
//! assert_eq!(log["runs"][0]["tool"]["driver"]["name"], "stackward");
//! ```

use std::collections::BTreeMap;

use serde_json::{json, Value as Json};

use crate::check::Finding;
use crate::report::Report;

/// The schema a SARIF log names.
pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The rule id of results for resources nothing in stackward checks.
pub const UNCHECKED_RULE: &str = "STACKWARD_UNCHECKED_TYPE";

/// One template's findings.
#[derive(Debug, Clone)]
pub struct Artifact<'a> {
    /// Where the template is, relative to the repository root
    /// (`generated/App.template.json`).
    pub uri: String,
    /// The template's text, for line numbers.
    pub text: &'a str,
    /// Rules that fail with no waiver.
    pub failures: &'a [Finding],
    /// The template's responsibility report, for its waivers.
    pub report: &'a Report,
}

/// A SARIF 2.1.0 log with one run of stackward over `artifacts`.
pub fn log(artifacts: &[Artifact<'_>]) -> Json {
    let mut rules: BTreeMap<String, String> = BTreeMap::new();
    let mut results = Vec::new();
    for a in artifacts {
        for f in a.failures {
            let resource = f.resource.as_deref();
            rules
                .entry(f.rule.clone())
                .or_insert_with(|| first_line(&f.message));
            results.push(result(
                a,
                &f.rule,
                "error",
                &format!(
                    "{}: {}",
                    resource.unwrap_or("(template)"),
                    first_line(&f.message)
                ),
                resource,
                None,
            ));
        }
        for u in &a.report.unchecked {
            rules
                .entry(UNCHECKED_RULE.to_owned())
                .or_insert_with(|| "a resource no stackward rule checks".to_owned());
            results.push(result(
                a,
                UNCHECKED_RULE,
                "warning",
                &format!(
                    "{}: no stackward rule checks type {}; review its configuration by hand",
                    u.id, u.type_name
                ),
                Some(&u.id),
                None,
            ));
        }
        for r in &a.report.resources {
            for w in &r.waived {
                rules
                    .entry(w.rule.clone())
                    .or_insert_with(|| w.what.clone());
                results.push(result(
                    a,
                    &w.rule,
                    "warning",
                    &format!("{}: waived: {}", r.id, w.what),
                    Some(&r.id),
                    Some(&w.reason),
                ));
            }
        }
    }
    let index: BTreeMap<&str, usize> = rules
        .keys()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    for result in &mut results {
        let id = result["ruleId"].as_str().unwrap_or_default();
        if let Some(i) = index.get(id) {
            result["ruleIndex"] = json!(i);
        }
    }
    let rules: Vec<Json> = rules
        .iter()
        .map(|(id, text)| json!({"id": id, "shortDescription": {"text": text}}))
        .collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "stackward",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://docs.rs/stackward",
                "rules": rules,
            }},
            "results": results,
        }],
    })
}

fn result(
    a: &Artifact<'_>,
    rule: &str,
    level: &str,
    message: &str,
    resource: Option<&str>,
    waiver: Option<&str>,
) -> Json {
    let line = resource.and_then(|id| line_of(a.text, id)).unwrap_or(1);
    let mut location = json!({
        "physicalLocation": {
            "artifactLocation": {"uri": a.uri},
            "region": {"startLine": line},
        }
    });
    if let Some(id) = resource {
        location["logicalLocations"] = json!([{
            "name": id,
            "fullyQualifiedName": format!("{}/Resources/{id}", a.report.stack),
            "kind": "resource",
        }]);
    }
    let mut result = json!({
        "ruleId": rule,
        "level": level,
        "message": {"text": message},
        "locations": [location],
    });
    if let Some(reason) = waiver {
        result["suppressions"] = json!([{"kind": "inSource", "justification": reason}]);
    }
    result
}

/// The 1-based line where resource `id` starts in a JSON or YAML template.
fn line_of(text: &str, id: &str) -> Option<usize> {
    let json_key = format!("\"{id}\":");
    let yaml_key = format!("{id}:");
    let mut in_resources = false;
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("\"Resources\"") || trimmed.starts_with("Resources:") {
            in_resources = true;
        } else if in_resources && (trimmed.starts_with(&json_key) || trimmed.starts_with(&yaml_key))
        {
            return Some(n + 1);
        }
    }
    None
}

fn first_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("stackward rule")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_found_in_json_and_yaml() {
        let json = "{\n  \"Resources\": {\n    \"A\": {},\n    \"Bucket\": {}\n  }\n}\n";
        assert_eq!(line_of(json, "Bucket"), Some(4));
        let yaml = "Parameters:\n  Bucket:\n    Type: String\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n";
        assert_eq!(line_of(yaml, "Bucket"), Some(5));
        assert_eq!(line_of(yaml, "Missing"), None);
    }
}
