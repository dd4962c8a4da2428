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
    let mut all = Entries::default();
    for a in artifacts {
        all.extend(entries(a));
    }
    assemble(all)
}

/// The rules (id and description) and results one artifact contributes to
/// a log: what an App keeps of each stack once its files are written.
#[derive(Debug, Default)]
pub(crate) struct Entries {
    rules: BTreeMap<String, String>,
    results: Vec<Json>,
}

impl Entries {
    /// The entries as JSON, to keep between runs.
    pub(crate) fn to_json(&self) -> Json {
        json!({ "rules": self.rules, "results": self.results })
    }

    /// Entries kept by [`Entries::to_json`].
    pub(crate) fn from_json(value: &Json) -> Option<Entries> {
        Some(Entries {
            rules: value["rules"]
                .as_object()?
                .iter()
                .map(|(id, text)| Some((id.clone(), text.as_str()?.to_owned())))
                .collect::<Option<_>>()?,
            results: value["results"].as_array()?.clone(),
        })
    }

    /// Adds another artifact's entries (a rule's first description stays).
    pub(crate) fn extend(&mut self, other: Entries) {
        for (id, text) in other.rules {
            self.rules.entry(id).or_insert(text);
        }
        self.results.extend(other.results);
    }
}

/// One artifact's rules and results.
pub(crate) fn entries(a: &Artifact<'_>) -> Entries {
    let mut rules: BTreeMap<String, String> = BTreeMap::new();
    let mut results = Vec::new();
    let lines = resource_lines(a.text);
    let a = &Located { artifact: a, lines };
    for f in a.artifact.failures {
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
    for u in &a.artifact.report.unchecked {
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
    for r in &a.artifact.report.resources {
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
    Entries { rules, results }
}

/// The log of every artifact's entries.
pub(crate) fn assemble(entries: Entries) -> Json {
    let Entries { rules, mut results } = entries;
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

/// An artifact with the line where each of its resources starts, read once.
struct Located<'a> {
    artifact: &'a Artifact<'a>,
    lines: BTreeMap<String, usize>,
}

fn result(
    a: &Located<'_>,
    rule: &str,
    level: &str,
    message: &str,
    resource: Option<&str>,
    waiver: Option<&str>,
) -> Json {
    let line = resource
        .and_then(|id| a.lines.get(id).copied())
        .unwrap_or(1);
    let mut location = json!({
        "physicalLocation": {
            "artifactLocation": {"uri": a.artifact.uri},
            "region": {"startLine": line},
        }
    });
    if let Some(id) = resource {
        location["logicalLocations"] = json!([{
            "name": id,
            "fullyQualifiedName": format!("{}/Resources/{id}", a.artifact.report.stack),
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

/// The 1-based line where each resource starts in a JSON or YAML template,
/// in one pass: the keys that open a line at the indentation of the first
/// key under `Resources`, however the key is quoted or spaced
/// (`"Id" : {`, `'Id':`, `Id:`).
fn resource_lines(text: &str) -> BTreeMap<String, usize> {
    let mut lines = BTreeMap::new();
    let mut in_resources = false;
    let mut indent = None;
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        let Some(key) = leading_key(trimmed) else {
            continue;
        };
        let here = line.len() - trimmed.len();
        if !in_resources {
            in_resources = key == "Resources";
            continue;
        }
        match indent {
            None => indent = Some(here),
            Some(i) if here < i => break,
            Some(i) if here > i => continue,
            Some(_) => {}
        }
        lines.entry(key).or_insert(n + 1);
    }
    lines
}

/// The key a line of JSON or YAML opens with, unquoted.
fn leading_key(line: &str) -> Option<String> {
    let (key, rest) = if line.starts_with('"') {
        let mut escaped = false;
        let end = line.char_indices().skip(1).find_map(|(i, c)| {
            let end = c == '"' && !escaped;
            escaped = c == '\\' && !escaped;
            end.then_some(i)
        })?;
        (
            serde_json::from_str::<String>(&line[..=end]).ok()?,
            &line[end + 1..],
        )
    } else if let Some(quoted) = line.strip_prefix('\'') {
        let end = quoted.find('\'')?;
        (quoted[..end].to_owned(), &quoted[end + 1..])
    } else {
        let end = line.find(':')?;
        let key = &line[..end];
        if key.is_empty()
            || key.contains(char::is_whitespace)
            || key.starts_with(['-', '#', '{', '['])
        {
            return None;
        }
        (key.to_owned(), &line[end..])
    };
    rest.trim_start().starts_with(':').then_some(key)
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
        let json = "{\n  \"Resources\": {\n    \"A\": {\"Properties\": {\n      \"Bucket\": 1}},\n    \"Bucket\": {}\n  }\n}\n";
        assert_eq!(resource_lines(json).get("Bucket"), Some(&5));
        let yaml = "Parameters:\n  Bucket:\n    Type: String\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n";
        let lines = resource_lines(yaml);
        assert_eq!(lines.get("Bucket"), Some(&5));
        assert_eq!(lines.get("Type"), None);
        assert_eq!(lines.get("Missing"), None);
    }

    /// Keys written with space before the colon, quoted either way, or
    /// escaped, are found (issue 21: such results pointed at line 1).
    #[test]
    fn keys_however_written_are_found() {
        let json = "{\n \"Resources\" : {\n  \"Spaced\" : {\n   \"Type\" : \"AWS::S3::Bucket\"\n  },\n  \"Euro\\u20ac\" : {}\n }\n}\n";
        let lines = resource_lines(json);
        assert_eq!(lines.get("Spaced"), Some(&3));
        assert_eq!(lines.get("Euro\u{20ac}"), Some(&6));
        assert_eq!(lines.get("Type"), None);
        let yaml = "Resources:\n  'Quoted':\n    Type: AWS::S3::Bucket\n  \"Double\" :\n    Type: AWS::S3::Bucket\n";
        let lines = resource_lines(yaml);
        assert_eq!(
            (lines.get("Quoted"), lines.get("Double")),
            (Some(&2), Some(&4))
        );
    }
}
