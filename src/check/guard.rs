//! Guard rules, run in-process through the cfn-guard engine: stackward's own
//! rules on every synth, and any other rule set (such as AWS Control Tower's
//! proactive controls) through [`evaluate`].

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value as Json;

use super::canonical::Names;
use crate::error::Error;

pub use super::cache::folder as cache_folder;

/// stackward's own rule files, by service name, compiled into the library:
/// one per service in [`crate::services::ALL`].
pub fn rule_files() -> &'static [(&'static str, &'static str)] {
    static FILES: std::sync::OnceLock<Vec<(&str, &str)>> = std::sync::OnceLock::new();
    FILES.get_or_init(|| {
        crate::services::ALL
            .iter()
            .map(|s| (s.name, s.guard))
            .collect()
    })
}

/// A rule that failed for one resource.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    /// The rule's name.
    pub rule: String,
    /// Logical id of the failing resource, when the engine names one.
    pub resource: Option<String>,
    /// Where below the resource the rule found what it rejects
    /// (`Properties/DisableApiTermination`); empty when the engine names
    /// only the resource, or no resource.
    pub property: String,
    /// The rule's message, or the engine's when the rule has none.
    pub message: String,
}

/// What a set of rule files said about one template.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GuardReport {
    /// Rules that passed.
    pub compliant: BTreeSet<String>,
    /// Rules whose conditions did not apply to the template.
    pub not_applicable: BTreeSet<String>,
    /// Failures not covered by a waiver, one per rule and resource.
    pub failures: Vec<Finding>,
    /// Failures a waiver on the resource covers.
    pub waived: Vec<Finding>,
}

/// Evaluates stackward's own rules (see [`rule_files`]) over a template.
///
/// Waivers are applied here, in one place, not in the rules: a failure on
/// a resource whose `Metadata.guard.SuppressedRules` names the rule is
/// reported in [`GuardReport::waived`], not in the failures.
///
/// Each rule file runs over only the resources of the types it names (its
/// rules select resources by `Type`), and the files run on parallel
/// threads; a file whose types the template lacks is not applicable.
/// Findings come back in file order, so the result is deterministic. A
/// file's verdicts over the same resources are taken from the verdict
/// cache when an earlier run kept them (see [`cache_folder`]); the rules
/// see each resource under a name given by its place in the template, so
/// stacks of one shape (a service in several environments) share verdicts.
/// Without the `guard` feature no rule runs and the report is empty.
pub fn stackward_rules(template: &Json) -> Result<GuardReport, Error> {
    stackward_rules_in(template, cache_folder())
}

/// [`stackward_rules`] with the verdicts kept in `cache` (see
/// [`cache_folder`]), or, with `None`, every rule evaluated by the engine.
pub fn stackward_rules_in(
    template: &Json,
    cache: Option<&std::path::Path>,
) -> Result<GuardReport, Error> {
    let empty = serde_json::Map::new();
    let resources = template["Resources"].as_object().unwrap_or(&empty);
    rules_under(template, cache, &Names::of(resources))
}

/// [`stackward_rules_in`], the rules seeing each resource under the name
/// `names` gives it (see [`Names`]).
fn rules_under(
    template: &Json,
    cache: Option<&std::path::Path>,
    names: &Names,
) -> Result<GuardReport, Error> {
    if !cfg!(feature = "guard") {
        // No rule runs, so there is nothing to prepare.
        return Ok(GuardReport::default());
    }
    let empty = serde_json::Map::new();
    let resources = template["Resources"].as_object().unwrap_or(&empty);
    let front_doors = super::front_doors::proven(template);
    let default_log_groups = lambda_default_log_groups(resources);
    let subsets: Vec<Option<String>> = parsed_rule_files()
        .iter()
        .map(|file| {
            let subset: serde_json::Map<String, Json> = resources
                .iter()
                .filter(|(_, r)| r["Type"].as_str().is_some_and(|t| file.types.contains(&t)))
                .map(|(id, r)| {
                    let mut r = pruned(r, &file.words, front_doors.contains(id));
                    if let Some(group) = default_log_groups.get(id.as_str()) {
                        // The function logs to the group Lambda writes to by
                        // default, which the template declares.
                        if r["Properties"]["LoggingConfig"]["LogGroup"].is_null() {
                            r["Properties"]["LoggingConfig"]["LogGroup"] =
                                serde_json::json!({ "Ref": group });
                        }
                    }
                    names.rename(&mut r);
                    (names.of_id(id).to_owned(), r)
                })
                .collect();
            (!subset.is_empty()).then(|| serde_json::json!({ "Resources": subset }).to_string())
        })
        .collect();
    // Largest subsets first, so the longest evaluations start first.
    let mut jobs: Vec<usize> = (0..rule_files().len())
        .filter(|i| subsets[*i].is_some())
        .collect();
    jobs.sort_by_key(|i| std::cmp::Reverse(subsets[*i].as_ref().map_or(0, String::len)));
    let job = |i: usize| {
        let (name, rules) = rule_files()[i];
        (subsets[i].as_deref().unwrap_or_default(), name, rules)
    };
    // Verdicts another thread is evaluating now (a stack of the same
    // shape) are waited for last, after this stack's other rule files.
    let first = crate::parallel::map(jobs, |i| {
        let (data, name, rules) = job(i);
        (i, evaluate_unless_busy(data, name, rules, cache))
    });
    let mut outcomes: Vec<(usize, Result<Vec<Json>, Error>)> = first
        .into_iter()
        .map(|(i, outcome)| {
            let (data, name, rules) = job(i);
            (
                i,
                outcome.unwrap_or_else(|| evaluate_kept(data, name, rules, cache)),
            )
        })
        .collect();
    outcomes.sort_by_key(|(i, _)| *i);
    let mut results = Vec::new();
    for (_, outcome) in outcomes {
        results.extend(outcome?);
    }
    let mut results = Json::Array(results);
    names.restore(&mut results);
    let mut report = read_results(&results, template);
    for ((_, rules), subset) in rule_files().iter().zip(&subsets) {
        if subset.is_none() {
            report.not_applicable.extend(rule_names(rules));
        }
    }
    Ok(report)
}

/// One rule file's results over `data`: the verdicts kept in the cache
/// folder for exactly this engine, rule file and data (see
/// [`cache_folder`]), else evaluated and kept there. Threads that ask for
/// the same verdicts at once (stacks of one shape checked in parallel)
/// share one evaluation: this waits for another thread's.
fn evaluate_kept(
    data: &str,
    name: &str,
    rules: &str,
    cache: Option<&std::path::Path>,
) -> Result<Vec<Json>, Error> {
    // Waiting, `kept` always answers.
    kept(data, name, rules, cache, true).unwrap_or_else(|| evaluate_file(data, name, rules))
}

/// [`evaluate_kept`], or `None` when another thread is evaluating the same
/// verdicts now, so the caller can do other work first.
fn evaluate_unless_busy(
    data: &str,
    name: &str,
    rules: &str,
    cache: Option<&std::path::Path>,
) -> Option<Result<Vec<Json>, Error>> {
    kept(data, name, rules, cache, false)
}

/// [`evaluate_kept`], which returns `None` only when not `wait`ing.
fn kept(
    data: &str,
    name: &str,
    rules: &str,
    cache: Option<&std::path::Path>,
    wait: bool,
) -> Option<Result<Vec<Json>, Error>> {
    type Pending = std::sync::Arc<std::sync::OnceLock<Result<Vec<Json>, Error>>>;
    static PENDING: std::sync::Mutex<BTreeMap<String, Pending>> =
        std::sync::Mutex::new(BTreeMap::new());
    let Some(folder) = cache else {
        return Some(evaluate_file(data, name, rules));
    };
    let key = super::cache::key(name, rules, data);
    if let Some(kept) = super::cache::get(folder, &key) {
        return Some(Ok(kept));
    }
    let pending = || {
        PENDING
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    };
    let (cell, another) = {
        let mut pending = pending();
        let another = pending.contains_key(&key);
        (pending.entry(key.clone()).or_default().clone(), another)
    };
    if another && !wait && cell.get().is_none() {
        return None;
    }
    let results = cell
        .get_or_init(|| {
            let results = evaluate_file(data, name, rules)?;
            super::cache::put(folder, &key, &results);
            Ok(results)
        })
        .clone();
    // Kept on disk now: later askers read it there.
    pending().remove(&key);
    Some(results)
}

/// Functions (by id) whose default log group, `/aws/lambda/<name>`, the
/// template declares (by id): named literally after the function's
/// `FunctionName`, or by `Fn::Sub` or `Fn::Join` over the function's `Ref`.
fn lambda_default_log_groups(resources: &serde_json::Map<String, Json>) -> BTreeMap<&str, &str> {
    const PREFIX: &str = "/aws/lambda/";
    let of_type = |t: &'static str| {
        resources
            .iter()
            .filter(move |(_, r)| r["Type"] == t)
            .map(|(id, r)| (id.as_str(), r))
    };
    // Each function by its id, and by its name where the template gives one.
    let mut functions: BTreeMap<(bool, &str), &str> = BTreeMap::new();
    for (id, f) in of_type("AWS::Lambda::Function") {
        functions.insert((true, id), id);
        if let Some(name) = f["Properties"]["FunctionName"].as_str() {
            functions.insert((false, name), id);
        }
    }
    let mut found = BTreeMap::new();
    for (group, r) in of_type("AWS::Logs::LogGroup") {
        let name = &r["Properties"]["LogGroupName"];
        // (by id, the function's id or name) the group's name stands for.
        let named = if let Some(literal) = name.as_str() {
            literal.strip_prefix(PREFIX).map(|n| (false, n))
        } else if let Some(sub) = name["Fn::Sub"].as_str() {
            sub.strip_prefix(PREFIX)
                .and_then(|rest| rest.strip_prefix("${"))
                .and_then(|rest| rest.strip_suffix('}'))
                .map(|id| (true, id))
        } else {
            match name["Fn::Join"].as_array().map(Vec::as_slice) {
                Some([sep, parts]) if sep == "" => match parts.as_array().map(Vec::as_slice) {
                    Some([prefix, reference]) if prefix == PREFIX => {
                        reference["Ref"].as_str().map(|id| (true, id))
                    }
                    _ => None,
                },
                _ => None,
            }
        };
        if let Some(function) = named.and_then(|key| functions.get(&key)) {
            found.insert(*function, group);
        }
    }
    found
}

/// A resource with only what a rule file can read: `Type`, the
/// resource's attributes, the mark of a load balancer's front door (when
/// `front_door`: the mark holds), and in `Properties` every key, at any
/// depth, that the file names (a rule cannot read a key it does not name)
/// or that is not a plain word (intrinsics such as `Fn::GetAtt`, condition
/// keys such as `aws:SecureTransport`). Less for the engine to convert,
/// copy and walk. Waivers stay out: they are applied to the verdicts after
/// the engine ran (no rule reads them), so a new waiver reuses the kept
/// verdicts.
fn pruned(resource: &Json, words: &BTreeSet<&str>, front_door: bool) -> Json {
    let Some(fields) = resource.as_object() else {
        return resource.clone();
    };
    let mut out = serde_json::Map::new();
    for (key, value) in fields {
        let kept = match key.as_str() {
            "Properties" => named_only(value, words),
            "Metadata" => {
                let mark = crate::elb::INTERNET_FACING;
                if !front_door || value[mark].is_null() {
                    continue;
                }
                serde_json::json!({ mark: value[mark].clone() })
            }
            _ => value.clone(),
        };
        out.insert(key.clone(), kept);
    }
    Json::Object(out)
}

fn named_only(value: &Json, words: &BTreeSet<&str>) -> Json {
    // A list chosen by a condition is read as both lists: a rule must hold
    // whichever the condition picks.
    if let Some(branches) = if_branches(value) {
        if branches.iter().all(|b| b.is_array() || is_no_value(b)) {
            let both: Vec<Json> = branches
                .iter()
                .filter_map(|b| b.as_array())
                .flatten()
                .cloned()
                .collect();
            return named_only(&Json::Array(both), words);
        }
    }
    match value {
        // An intrinsic stands for a value the template gives at deploy time:
        // kept whole, so a rule sees `{"Ref": ..}` as written, never `{}`.
        Json::Object(m) if m.len() == 1 && m.keys().all(|k| is_intrinsic(k)) => value.clone(),
        Json::Object(m) => Json::Object(
            m.iter()
                .filter(|(k, _)| {
                    words.contains(k.as_str()) || !k.chars().all(|c| c.is_ascii_alphanumeric())
                })
                .map(|(k, v)| (k.clone(), as_cloudformation_reads(k, named_only(v, words))))
                .collect(),
        ),
        Json::Array(items) => Json::Array(
            items
                .iter()
                .flat_map(|item| either_branch(item, &mut 64))
                .map(|v| named_only(&v, words))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Properties the rules compare as numbers, which CloudFormation also takes
/// as strings of digits (`"443"`).
const NUMBER_PROPERTIES: &[&str] = &[
    "FromPort",
    "ToPort",
    "Port",
    "BackupRetentionPeriod",
    "RetentionInDays",
    "ReservedConcurrentExecutions",
    "HttpPutResponseHopLimit",
    "AutomaticallyAfterDays",
    "Quantity",
];

/// A value as CloudFormation reads it for the property `key`: `"true"` and
/// `"false"` are booleans (IAM reads them so in policy conditions too), and
/// a string of digits is a number where the property is one.
fn as_cloudformation_reads(key: &str, value: Json) -> Json {
    match value.as_str() {
        Some("true" | "True") => Json::Bool(true),
        Some("false" | "False") => Json::Bool(false),
        Some(digits) if NUMBER_PROPERTIES.contains(&key) => digits
            .parse::<i64>()
            .ok()
            .filter(|n| n.to_string() == digits)
            .map_or(value, Json::from),
        _ => value,
    }
}

/// The two branches of `{"Fn::If": [condition, a, b]}`.
fn if_branches(value: &Json) -> Option<[&Json; 2]> {
    let args = value
        .as_object()
        .filter(|m| m.len() == 1)?
        .get("Fn::If")?
        .as_array()?;
    match args.as_slice() {
        [_, a, b] => Some([a, b]),
        _ => None,
    }
}

/// `{"Ref": "AWS::NoValue"}`: the property or element is left out.
fn is_no_value(value: &Json) -> bool {
    value.as_object().is_some_and(|m| m.len() == 1)
        && value.get("Ref").and_then(Json::as_str) == Some("AWS::NoValue")
}

/// What an element of a list stands for, for the rules: each branch of an
/// `Fn::If` element (none for `AWS::NoValue`), and an object once for each
/// branch of an `Fn::If` among its values (an ingress rule whose range a
/// condition picks is two rules), within a budget of 64 elements so that
/// nested conditions cannot multiply without bound.
fn either_branch(item: &Json, budget: &mut usize) -> Vec<Json> {
    if *budget == 0 {
        return vec![item.clone()];
    }
    if let Some(branches) = if_branches(item) {
        *budget = budget.saturating_sub(1);
        return branches
            .into_iter()
            .filter(|b| !is_no_value(b))
            .flat_map(|b| either_branch(b, budget))
            .collect();
    }
    let Json::Object(map) = item else {
        return vec![item.clone()];
    };
    let chosen = map.iter().find_map(|(key, value)| {
        if_branches(value)
            .filter(|b| b.iter().all(|b| !b.is_array()))
            .map(|b| (key, b))
    });
    let Some((key, branches)) = chosen else {
        return vec![item.clone()];
    };
    *budget = budget.saturating_sub(1);
    branches
        .into_iter()
        .flat_map(|branch| {
            let mut one = map.clone();
            if is_no_value(branch) {
                one.remove(key);
            } else {
                one.insert(key.clone(), branch.clone());
            }
            either_branch(&Json::Object(one), budget)
        })
        .collect()
}

/// `Ref`, `Condition` or an `Fn::` function: a key CloudFormation resolves.
fn is_intrinsic(key: &str) -> bool {
    key == "Ref" || key == "Condition" || key.starts_with("Fn::")
}

/// What a rule file selects and reads, worked out once per process.
struct RuleFile {
    /// The resource types it selects.
    types: Vec<&'static str>,
    /// Every word of its text.
    words: BTreeSet<&'static str>,
}

fn parsed_rule_files() -> &'static [RuleFile] {
    static FILES: std::sync::OnceLock<Vec<RuleFile>> = std::sync::OnceLock::new();
    FILES.get_or_init(|| {
        rule_files()
            .iter()
            .map(|(_, rules)| RuleFile {
                types: rule_types(rules),
                words: rule_words(rules),
            })
            .collect()
    })
}

/// Every word (letters and digits) of a rule file.
fn rule_words(rules: &str) -> BTreeSet<&str> {
    rules
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The resource types a rule file selects (`Type == 'AWS::S3::Bucket'`).
pub(crate) fn rule_types(rules: &str) -> Vec<&str> {
    rules
        .split('\'')
        .filter(|s| s.starts_with("AWS::") && s.matches("::").count() == 2)
        .collect()
}

/// The names of a file's rules, helpers (taking parameters) excluded.
pub(crate) fn rule_names(rules: &str) -> impl Iterator<Item = String> + '_ {
    rules
        .lines()
        .filter_map(|l| l.strip_prefix("rule "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| !name.contains('('))
        .map(str::to_owned)
}

/// Runs stackward's own rules over a template; one error per failure that
/// no waiver covers.
pub fn guard_rules(template: &Json) -> Result<Vec<Error>, Error> {
    let report = stackward_rules(template)?;
    Ok(report
        .failures
        .into_iter()
        .map(|f| Error::RuleFailed {
            resource: f.resource.unwrap_or_else(|| "(template)".into()),
            property: f.property,
            rule: f.rule,
            message: f.message,
        })
        .collect())
}

/// Evaluates rule files over a template with the cfn-guard engine.
///
/// A failure is waived when the failing resource's
/// `Metadata.guard.SuppressedRules` names the rule (or, for rule sets whose
/// rules carry a control id such as `[CT.S3.PR.1]` in their message, that id).
#[cfg(feature = "guard")]
pub fn evaluate(template_text: &str, rule_files: &[(&str, &str)]) -> Result<GuardReport, Error> {
    let template: Json = serde_json::from_str(template_text)
        .map_err(|e| Error::Guard(format!("template is not JSON: {e}")))?;
    let mut results = Vec::new();
    for (name, rules) in rule_files {
        results.extend(evaluate_file(template_text, name, rules)?);
    }
    Ok(read_results(&Json::Array(results), &template))
}

/// One rule file's results, as the engine's JSON summary of one data file.
///
/// The fast path is `cfn_guard::run_checks`, which reads the template with
/// serde_json; it returns only the last 8 KiB of a longer summary (the tail
/// of an unflushed buffer), so a summary that does not parse is computed
/// again through the `validate` command, which is slower but returns the
/// whole summary. That command reads its data with the engine's YAML
/// reader, which refuses some JSON (a key longer than 1024 characters, a
/// NEL character) and, refusing, slices the text's first 100 bytes (a
/// panic inside a multi-byte character): it is given the template as
/// [`yaml_flow`], which it reads back as the same values.
#[cfg(feature = "guard")]
fn evaluate_file(template_text: &str, name: &str, rules: &str) -> Result<Vec<Json>, Error> {
    use cfn_guard::commands::validate::{OutputFormatType, ShowSummaryType};
    use cfn_guard::commands::Executable;
    use cfn_guard::utils::reader::{ReadBuffer, Reader};
    use cfn_guard::utils::writer::{WriteBuffer, Writer};
    use cfn_guard::{CommandBuilder, ValidateInput};

    let engine = |e: cfn_guard::Error| Error::Guard(format!("{name}: {e}"));
    let data = ValidateInput {
        content: template_text,
        file_name: "template",
    };
    let rule_input = ValidateInput {
        content: rules,
        file_name: name,
    };
    let summary = cfn_guard::run_checks(data, rule_input, false).map_err(engine)?;
    if let Ok(Json::Object(file)) = serde_json::from_str::<Json>(&summary) {
        return Ok(vec![Json::Object(file)]);
    }
    let data = serde_json::from_str::<Json>(template_text)
        .map(|t| yaml_flow(&t))
        .map_err(|e| Error::Guard(format!("{name}: template is not JSON: {e}")))?;
    let payload = serde_json::json!({ "rules": [rules], "data": [data] });
    let validate = cfn_guard::ValidateBuilder::default()
        .payload(true)
        .structured(true)
        .output_format(OutputFormatType::JSON)
        .show_summary(vec![ShowSummaryType::None])
        .try_build()
        .map_err(engine)?;
    let mut writer = Writer::new(WriteBuffer::Vec(Vec::new())).map_err(engine)?;
    let mut reader = Reader::new(ReadBuffer::Cursor(std::io::Cursor::new(
        payload.to_string().into_bytes(),
    )));
    validate.execute(&mut writer, &mut reader).map_err(engine)?;
    let out = writer.into_string().map_err(engine)?;
    match serde_json::from_str::<Json>(&out) {
        Ok(Json::Array(files)) => Ok(files),
        _ => Err(Error::Guard(format!("{name}: unreadable engine output"))),
    }
}

/// A JSON value as one line of YAML flow, in ASCII only: every string
/// double-quoted with control and non-ASCII characters escaped (`\uXXXX`,
/// `\UXXXXXXXX`), every key explicit (`? "key": value`) so no key-length
/// limit applies. A YAML reader reads back exactly the JSON value.
#[cfg_attr(not(feature = "guard"), allow(dead_code))]
fn yaml_flow(value: &Json) -> String {
    fn string(s: &str, out: &mut String) {
        use std::fmt::Write;
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                ' '..='~' => out.push(c),
                c if (c as u32) <= 0xFFFF => {
                    let _ = write!(out, "\\u{:04X}", c as u32);
                }
                c => {
                    let _ = write!(out, "\\U{:08X}", c as u32);
                }
            }
        }
        out.push('"');
    }
    fn emit(value: &Json, out: &mut String) {
        match value {
            Json::String(s) => string(s, out),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    emit(item, out);
                }
                out.push(']');
            }
            Json::Object(map) => {
                out.push('{');
                for (i, (key, item)) in map.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str("? ");
                    string(key, out);
                    out.push_str(": ");
                    emit(item, out);
                }
                out.push('}');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let mut out = String::new();
    emit(value, &mut out);
    out
}

/// Without the `guard` feature no rule is evaluated.
#[cfg(not(feature = "guard"))]
fn evaluate_file(_template_text: &str, _name: &str, _rules: &str) -> Result<Vec<Json>, Error> {
    Ok(Vec::new())
}

#[cfg(not(feature = "guard"))]
/// Without the `guard` feature no rule runs.
pub fn evaluate(_template_text: &str, _rule_files: &[(&str, &str)]) -> Result<GuardReport, Error> {
    Ok(GuardReport::default())
}

#[cfg_attr(not(feature = "guard"), allow(dead_code))]
fn read_results(results: &Json, template: &Json) -> GuardReport {
    let mut report = GuardReport::default();
    let names = super::json_strings;
    let mut failed = BTreeSet::new();
    for file in results.as_array().into_iter().flatten() {
        report.compliant.extend(names(&file["compliant"]));
        report.not_applicable.extend(names(&file["not_applicable"]));
        for item in file["not_compliant"].as_array().into_iter().flatten() {
            let rule = &item["Rule"];
            let name = rule["name"].as_str().unwrap_or("(unnamed rule)").to_owned();
            failed.insert(name.clone());
            // The rule's own words: a custom message of its checks, else
            // what its table says it checks; the engine's text only for
            // rules outside stackward's tables (Control Tower's).
            let message = first_message(&rule["checks"], "custom_message")
                .or_else(|| described(&name))
                .or_else(|| first_message(&rule["checks"], "error_message"))
                .unwrap_or_else(|| name.clone());
            let control = control_id(&message);
            // The resources the failing checks point at, each with the
            // messages of the checks on the way to it.
            let mut resources = BTreeMap::new();
            messages_by_resource(&rule["checks"], (None, None), &mut resources);
            let targets: Vec<(Option<String>, Messages)> = if resources.is_empty() {
                vec![(None, (None, None))]
            } else {
                resources.into_iter().map(|(id, m)| (Some(id), m)).collect()
            };
            for (resource, (custom, property)) in targets {
                // The message of the checks on the way to this resource,
                // else the rule's own words.
                let message = custom.map_or_else(|| message.clone(), str::to_owned);
                let finding = Finding {
                    rule: name.clone(),
                    resource: resource.clone(),
                    property: property.unwrap_or_default().to_owned(),
                    message,
                };
                let waived = resource.as_deref().is_some_and(|id| {
                    let suppressed =
                        &template["Resources"][id]["Metadata"]["guard"]["SuppressedRules"];
                    suppressed.as_array().is_some_and(|list| {
                        list.iter().any(|r| {
                            r.as_str() == Some(&name)
                                || (control.is_some() && r.as_str() == control)
                        })
                    })
                });
                if waived {
                    report.waived.push(finding);
                } else {
                    report.failures.push(finding);
                }
            }
        }
    }
    // A rule that fails for one resource and passes for another is reported
    // by the engine as failed only.
    report.compliant.retain(|r| !failed.contains(r));
    report.failures.sort();
    report.failures.dedup();
    report.waived.sort();
    report.waived.dedup();
    report
}

/// A check's custom message, where it has one, and the deepest path below
/// the resource the checks looked at.
type Messages<'a> = (Option<&'a str>, Option<&'a str>);

/// For each resource the failing checks point at, the first custom message
/// of the checks on the way to it and the deepest path below it they
/// looked at.
fn messages_by_resource<'a>(
    v: &'a Json,
    inherited: Messages<'a>,
    out: &mut BTreeMap<String, Messages<'a>>,
) {
    match v {
        Json::Object(m) => {
            let own = |key: &str| {
                m.get("messages")
                    .and_then(|msgs| msgs.get(key))
                    .and_then(Json::as_str)
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
            };
            let here = (inherited.0.or_else(|| own("custom_message")), inherited.1);
            if let Some(rest) = m
                .get("path")
                .and_then(Json::as_str)
                .and_then(|p| p.strip_prefix("/Resources/"))
            {
                let (id, below) = rest.split_once('/').unwrap_or((rest, ""));
                let entry = out.entry(id.to_owned()).or_default();
                entry.0 = entry.0.or(here.0);
                if below.len() > entry.1.map_or(0, str::len) {
                    entry.1 = Some(below);
                }
            }
            for (k, v) in m {
                if k != "path" {
                    messages_by_resource(v, here, out);
                }
            }
        }
        Json::Array(a) => a
            .iter()
            .for_each(|v| messages_by_resource(v, inherited, out)),
        _ => {}
    }
}

/// What a stackward rule checks, from its service's table, for a rule
/// whose failing checks carry no message of their own.
fn described(rule: &str) -> Option<String> {
    crate::services::ALL
        .iter()
        .flat_map(|s| s.rules.iter())
        .find(|r| r.name == rule)
        .map(|r| format!("the rule checks: {}", r.checks))
}

/// The first message of this kind (`custom_message`, the rule's words, or
/// `error_message`, the engine's) in the failing checks.
fn first_message(checks: &Json, key: &str) -> Option<String> {
    match checks {
        Json::Object(m) => m
            .get("messages")
            .and_then(|msgs| msgs[key].as_str())
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.trim().to_owned())
            .or_else(|| m.values().find_map(|v| first_message(v, key))),
        Json::Array(a) => a.iter().find_map(|v| first_message(v, key)),
        _ => None,
    }
}

/// `CT.S3.PR.1` from a message such as `[CT.S3.PR.1]: Require ...`.
fn control_id(message: &str) -> Option<&str> {
    let start = message.find("[CT.")? + 1;
    let end = start + message[start..].find(']')?;
    Some(&message[start..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fallback's text is ASCII and reads back as the same value, keys
    /// longer than a YAML reader's simple-key limit and characters YAML
    /// treats as line breaks included.
    #[test]
    fn yaml_flow_reads_back_as_the_same_value() {
        let long = "\u{20ac}".repeat(2000);
        let value = serde_json::json!({
            "\u{85}\u{20ac}\u{1F600}": [1, -2.5, true, null, "a \"quoted\" \\ path\n\t"],
            long.clone(): { "k": "\u{0}\u{7f}\u{2028}" },
            "#not a comment": "- not a list: {x}",
            "": ["", "yes", "no", "~", "0x10", "1e3"]
        });
        let text = yaml_flow(&value);
        assert!(text.is_ascii());
        let back: Json = serde_yaml::from_str(&text).unwrap();
        assert_eq!(back, value);
    }

    /// A rule file runs only over the types it names in single quotes
    /// (`Type == 'AWS::S3::Bucket'`); a type written any other way would
    /// leave its rules silently not applicable.
    #[test]
    fn every_rule_file_selects_its_types_in_single_quotes() {
        for (name, rules) in rule_files() {
            assert!(!rule_types(rules).is_empty(), "{name} selects no type");
            for line in rules.lines() {
                for (at, _) in line.match_indices("Type ") {
                    let selector = line[..at].ends_with([' ', '[']) || at == 0;
                    let quoted = line[at..]
                        .trim_start_matches("Type ")
                        .starts_with("== 'AWS::");
                    assert!(
                        !selector || quoted,
                        "{name}: select types as Type == 'AWS::...': {line}"
                    );
                }
            }
        }
    }

    #[test]
    fn pruning_keeps_named_keys_and_intrinsics_not_waivers() {
        let words = rule_words("Properties.BucketEncryption.SSEAlgorithm exists");
        let resource = serde_json::json!({
            "Type": "AWS::S3::Bucket",
            "DeletionPolicy": "Retain",
            "Metadata": {"guard": {"SuppressedRules": ["X"]}, "other": 1},
            "Properties": {
                "BucketEncryption": {"SSEAlgorithm": "aws:kms", "Unnamed": 1, "Fn::If": [1]},
                "Tags": [{"Key": "a"}]
            }
        });
        assert_eq!(
            pruned(&resource, &words, false),
            serde_json::json!({
                "Type": "AWS::S3::Bucket",
                "DeletionPolicy": "Retain",
                "Properties": {"BucketEncryption": {"SSEAlgorithm": "aws:kms", "Fn::If": [1]}}
            })
        );
    }

    #[test]
    fn control_ids_are_read_from_messages() {
        assert_eq!(
            control_id("\n[CT.S3.PR.1]: Require an Amazon S3 bucket"),
            Some("CT.S3.PR.1")
        );
        assert_eq!(control_id("no id here"), None);
    }

    /// A kept verdict is served only for the same rule text over the same
    /// data: a changed rule and a changed resource are evaluated afresh, in
    /// a cache already holding the verdicts of the unchanged ones.
    #[cfg(feature = "guard")]
    #[test]
    fn the_cache_never_serves_a_stale_verdict() {
        let folder =
            std::env::temp_dir().join(format!("stackward-verdicts-{}", std::process::id()));
        let rule = |value: &str| {
            format!("let b = Resources.*[ Type == 'AWS::S3::Bucket' ]\nrule R when %b !empty {{ %b.Properties.X == {value} }}\n")
        };
        let data = |x: &str| {
            format!(
                r#"{{"Resources": {{"B": {{"Type": "AWS::S3::Bucket", "Properties": {{"X": {x}}}}}}}}}"#
            )
        };
        let verdict = |rules: &str, data: &str| {
            let results = evaluate_kept(data, "s3", rules, Some(&folder)).unwrap();
            let template: Json = serde_json::from_str(data).unwrap();
            read_results(&Json::Array(results), &template)
                .failures
                .len()
        };
        for _ in 0..2 {
            // The second round reads every verdict back from the cache.
            assert_eq!(verdict(&rule("1"), &data("1")), 0);
            assert_eq!(verdict(&rule("2"), &data("1")), 1, "a changed rule");
            assert_eq!(verdict(&rule("1"), &data("2")), 1, "a changed resource");
        }
        let kept: usize = std::fs::read_dir(&folder)
            .unwrap()
            .map(|d| std::fs::read_dir(d.unwrap().path()).unwrap().count())
            .sum();
        assert_eq!(kept, 3, "one verdict kept per rule text and data");
        std::fs::remove_dir_all(&folder).unwrap();
    }

    /// The rules see each resource under its canonical name (see [`Names`]),
    /// and say exactly what they say of it under its own id: on every
    /// committed template, and on each with any one property of the first
    /// resource of each type removed.
    #[cfg(feature = "guard")]
    #[test]
    fn canonical_ids_change_no_verdict() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("generated");
        let mut templates = Vec::new();
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.to_string_lossy().ends_with(".template.json") {
                let text = std::fs::read_to_string(&path).unwrap();
                templates.push(serde_json::from_str::<Json>(&text).unwrap());
            }
        }
        assert!(templates.len() >= 10, "{}", templates.len());
        // A rule that follows a `Ref` to the resource it names: the mapping
        // of the API whose default endpoint is off passes, the other fails.
        let api = |off: bool| serde_json::json!({ "Type": "AWS::ApiGatewayV2::Api", "Properties": { "DisableExecuteApiEndpoint": off } });
        let mapping = |api: &str| serde_json::json!({ "Type": "AWS::ApiGatewayV2::ApiMapping", "Properties": { "ApiId": { "Ref": api } } });
        let followed = serde_json::json!({ "Resources": {
            "Closed": api(true), "Open": api(false),
            "ToClosed": mapping("Closed"), "ToOpen": mapping("Open")
        } });
        let report = stackward_rules_in(&followed, None).unwrap();
        let failed: Vec<_> = report
            .failures
            .iter()
            .map(|f| (f.rule.as_str(), f.resource.as_deref()))
            .collect();
        assert!(
            failed.contains(&("APIGW_DEFAULT_ENDPOINT_DISABLED", Some("Open"))),
            "{failed:?}"
        );
        assert_eq!(
            failed
                .iter()
                .filter(|f| f.0 == "APIGW_DEFAULT_ENDPOINT_DISABLED")
                .count(),
            1
        );
        templates.push(followed);
        let mut compared = 0;
        let mut failures = 0;
        for template in &templates {
            let resources = template["Resources"].as_object().unwrap();
            let mut cases = vec![template.clone()];
            let mut seen = BTreeSet::new();
            for (id, resource) in resources {
                if !seen.insert(resource["Type"].as_str().unwrap_or_default()) {
                    continue;
                }
                for key in resource["Properties"]
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|p| p.0)
                {
                    let mut changed = template.clone();
                    changed["Resources"][id]["Properties"]
                        .as_object_mut()
                        .unwrap()
                        .remove(key);
                    cases.push(changed);
                }
            }
            for case in cases {
                let canonical = stackward_rules_in(&case, None).unwrap();
                let as_written = rules_under(&case, None, &Names::none()).unwrap();
                assert_eq!(canonical, as_written);
                compared += 1;
                failures += canonical.failures.len();
            }
        }
        // The mutations reach the rules: many of them fail one.
        assert!(compared > 300 && failures > 100, "{compared} {failures}");
    }

    #[cfg(feature = "guard")]
    #[test]
    fn every_rule_file_parses_and_runs() {
        let empty = r#"{"Resources": {}}"#;
        let report = evaluate(empty, rule_files()).unwrap();
        assert!(report.failures.is_empty());
        assert!(report
            .not_applicable
            .contains("S3_BUCKET_VERSIONING_ENABLED"));
        assert!(report.not_applicable.contains("KMS_KEY_ROTATION_ENABLED"));
    }
}
