//! The responsibility report: for every resource of a template, what AWS
//! covers, what the configuration covers (with the JSON pointer and value
//! that show it), what the customer must still do, and what was waived.
//!
//! The report is read from the template itself, never from the builders, so
//! it cannot claim what the template does not do.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde::Serialize;
use serde_json::Value as Json;

use crate::check::references::escape;
use crate::duty::{ControlKind, Duty, Evidence, Locate, ALWAYS_RESIDUAL};
use crate::services::duties_for;

/// AWS Control Tower controls stackward's evidence refers to, with the
/// frameworks each maps to; derived from the controls' metadata files by
/// `cargo xtask controls --write-mapping` and checked by the test command.
pub const COMPLIANCE_MAPPING: &str = include_str!("compliance.json");

/// A stack's responsibility report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The stack's name.
    pub stack: String,
    /// Counts over every resource.
    pub summary: Summary,
    /// AWS's side, once per service.
    pub aws: BTreeMap<String, Vec<String>>,
    /// Account-level duties (an audit trail, threat detection), each with
    /// the stack of the App whose template shows it, or none.
    pub account: Vec<AccountLevel>,
    /// What every resource of the stack leaves to the customer alike,
    /// stated once.
    pub every_resource: Vec<Residual>,
    /// One entry per resource, in template order.
    pub resources: Vec<ResourceReport>,
    /// Per duty, which resources discharge it, leave it to the customer, or waive it.
    pub duties: Vec<DutyRow>,
    /// The controls the discharged duties support, with their framework ids.
    pub compliance: Vec<ComplianceHint>,
    /// A Mermaid flowchart of the resources and the references between them.
    pub diagram: String,
    /// Resources of types no stackward rule or duty table covers: nothing
    /// judged them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unchecked: Vec<Unchecked>,
}

/// A resource nothing in stackward judged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unchecked {
    /// Its logical id.
    pub id: String,
    /// Its type, as the template gives it.
    pub type_name: String,
}

/// Counts of duties over every resource.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Shown done by the template.
    pub discharged: usize,
    /// Left to the customer.
    pub residual: usize,
    /// Waived on purpose, with a reason.
    pub waived: usize,
}

/// What the report says of one resource.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResourceReport {
    /// Logical id.
    pub id: String,
    /// CloudFormation type.
    pub type_name: String,
    /// AWS service, `None` for types stackward has no duty table for.
    pub service: Option<String>,
    /// Duties the configuration discharges.
    pub discharged: Vec<Discharged>,
    /// Duties left to the customer; never empty.
    pub residual: Vec<Residual>,
    /// Duties waived, with the waiver's reason.
    pub waived: Vec<Waived>,
    /// Checks of other judges (checkov, cdk-nag, cfn_nag, cfn-lint) waived
    /// on this resource by a waiver that names no stackward rule: a finding
    /// the construct answers by design, or one the user waived.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_judges: Vec<OtherJudges>,
}

/// A waiver of other judges' checks only.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OtherJudges {
    /// The checks, as each judge names them.
    pub checks: Vec<String>,
    /// Why they do not apply, or what stackward does instead.
    pub reason: String,
}

/// A duty the template shows done.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Discharged {
    /// The duty.
    pub duty: Duty,
    /// Its control kind.
    pub kind: ControlKind,
    /// What the configuration does.
    pub what: String,
    /// JSON pointer into the template.
    pub pointer: String,
    /// The value found there.
    pub value: Json,
    /// The Guard rule that enforces it.
    pub rule: Option<String>,
    /// The Control Tower control that checks the same.
    pub control: Option<String>,
}

/// An account-level duty and where the App shows it discharged.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccountLevel {
    /// The duty.
    pub duty: Duty,
    /// Its control kind.
    pub kind: ControlKind,
    /// What discharges it.
    pub what: String,
    /// The stack, pointer and value that show it; `None` when no stack of
    /// the App does, and the duty is the customer's.
    pub shown_by: Option<ShownBy>,
}

/// Evidence in a stack's template, possibly another stack of the App.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ShownBy {
    /// The stack whose template shows it.
    pub stack: String,
    /// JSON pointer into that template.
    pub pointer: String,
    /// The value found there.
    pub value: Json,
}

/// The resource types whose properties can show an account-level duty.
pub(crate) fn account_level_types() -> Vec<&'static str> {
    crate::services::baseline::duties::ACCOUNT_DUTIES
        .iter()
        .map(|d| d.type_name)
        .collect()
}

/// The account-level duties, each found in the first of `stacks` (name and
/// template) that shows it.
pub(crate) fn account_level(stacks: &[(&str, &Json)]) -> Vec<AccountLevel> {
    crate::services::baseline::duties::ACCOUNT_DUTIES
        .iter()
        .map(|d| AccountLevel {
            duty: d.duty,
            kind: d.duty.kind(),
            what: d.what.to_owned(),
            shown_by: stacks.iter().find_map(|(stack, template)| {
                template["Resources"]
                    .as_object()?
                    .iter()
                    .filter(|(_, r)| r["Type"] == d.type_name)
                    .find_map(|(id, r)| {
                        let value = r.pointer(d.pointer)?;
                        d.expect.holds(value).then(|| ShownBy {
                            stack: (*stack).to_owned(),
                            pointer: format!("/Resources/{}{}", escape(id), d.pointer),
                            value: value.clone(),
                        })
                    })
            }),
        })
        .collect()
}

impl Report {
    /// The report with its account-level duties credited to whichever
    /// stack of the App (`stacks`: each stack's name and template) shows
    /// them, not only this stack.
    pub fn in_app(self, stacks: &[(&str, &Json)]) -> Self {
        self.with_account(account_level(stacks))
    }

    /// The report with the account-level duties of its App, worked out
    /// once for every stack by [`account_level`].
    pub(crate) fn with_account(mut self, account: Vec<AccountLevel>) -> Self {
        self.account = account;
        self.tally();
        self
    }

    fn tally(&mut self) {
        let shown = self.account.iter().filter(|a| a.shown_by.is_some()).count();
        self.summary = Summary {
            discharged: self
                .resources
                .iter()
                .map(|r| r.discharged.len())
                .sum::<usize>()
                + shown,
            residual: self
                .resources
                .iter()
                .map(|r| r.residual.len())
                .sum::<usize>()
                + self.every_resource.len()
                + (self.account.len() - shown),
            waived: self.resources.iter().map(|r| r.waived.len()).sum(),
        };
    }
}

/// A duty the customer must still do.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Residual {
    /// The duty.
    pub duty: Duty,
    /// Its control kind.
    pub kind: ControlKind,
    /// What to do.
    pub what: String,
}

/// A duty waived on purpose.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Waived {
    /// The duty.
    pub duty: Duty,
    /// What the default would have done.
    pub what: String,
    /// The rule the waiver names.
    pub rule: String,
    /// The waiver's reason.
    pub reason: String,
}

/// One duty across the stack's resources.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DutyRow {
    /// The duty.
    pub duty: Duty,
    /// Its control kind.
    pub kind: ControlKind,
    /// Resources that discharge it.
    pub discharged: Vec<String>,
    /// Resources that leave it to the customer.
    pub residual: Vec<String>,
    /// Resources that waive it.
    pub waived: Vec<String>,
}

/// A control a discharged duty supports; support, not certification.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComplianceHint {
    /// Control Tower control id.
    pub control: String,
    /// Its title.
    pub title: String,
    /// Security Hub controls it relates to.
    pub security_hub: Vec<String>,
    /// Framework name to the ids the control maps to.
    pub frameworks: BTreeMap<String, Vec<String>>,
}

/// Builds the report of a template.
pub fn report(stack: &str, template: &Json) -> Report {
    let empty = serde_json::Map::new();
    let resources = template["Resources"].as_object().unwrap_or(&empty);
    let mapping = compliance_mapping();
    let by_type = ByType::of(resources);
    let mut out = Report {
        stack: stack.to_owned(),
        summary: Summary::default(),
        aws: BTreeMap::new(),
        account: account_level(&[(stack, template)]),
        every_resource: ALWAYS_RESIDUAL
            .iter()
            .map(|(duty, what)| Residual {
                duty: *duty,
                kind: duty.kind(),
                what: what.to_string(),
            })
            .collect(),
        resources: Vec::new(),
        duties: Vec::new(),
        compliance: Vec::new(),
        diagram: diagram(resources),
        unchecked: Vec::new(),
    };
    let mut controls = BTreeSet::new();
    for (id, resource) in resources {
        let type_name = resource["Type"].as_str().unwrap_or_default();
        let table = duties_for(resource);
        let mut r = ResourceReport {
            id: id.clone(),
            type_name: type_name.to_owned(),
            service: table.map(|t| t.service.to_owned()),
            discharged: Vec::new(),
            residual: Vec::new(),
            waived: Vec::new(),
            other_judges: other_judges(resource),
        };
        if let Some(table) = table {
            out.aws
                .entry(table.service.to_owned())
                .or_insert_with(|| table.aws.iter().map(|s| s.to_string()).collect());
            for e in table.evidence {
                // A waiver of the evidence's rule makes the duty waived, even
                // where the value the evidence reads is still there (an
                // instance type outside the Nitro families is still a type).
                let waiver = waiver_of(resource, e);
                match find(template, &by_type, id, resource, e) {
                    Some((pointer, value)) if waiver.is_none() && e.expect.holds(&value) => {
                        controls.extend(e.control);
                        r.discharged.push(Discharged {
                            duty: e.duty,
                            kind: e.duty.kind(),
                            what: e.what.to_owned(),
                            pointer,
                            value,
                            rule: e.rule.map(str::to_owned),
                            control: e.control.map(str::to_owned),
                        });
                    }
                    _ => match waiver {
                        Some((rule, reason)) => r.waived.push(Waived {
                            duty: e.duty,
                            what: e.what.to_owned(),
                            rule,
                            reason,
                        }),
                        None => r.residual.push(Residual {
                            duty: e.duty,
                            kind: e.duty.kind(),
                            what: match front_door_of(resource, e) {
                                Some(lb) => format!(
                                    "internet-facing by design: the front door of load balancer {lb}; keep its web ACL and the application behind it secure"
                                ),
                                None => format!("not shown by the template: {}", e.what),
                            },
                        }),
                    },
                }
            }
            r.residual
                .extend(table.residual.iter().map(|(duty, what)| Residual {
                    duty: *duty,
                    kind: duty.kind(),
                    what: what.to_string(),
                }));
        }
        out.resources.push(r);
    }
    out.duties = duty_rows(&out.resources);
    out.tally();
    out.unchecked = crate::check::unchecked(template)
        .into_iter()
        .map(|(id, type_name)| Unchecked { id, type_name })
        .collect();
    out.compliance = controls
        .into_iter()
        .filter_map(|c| hint(mapping, c))
        .collect();
    out
}

/// The compliance mapping, read once per process.
fn compliance_mapping() -> &'static Json {
    static MAPPING: std::sync::OnceLock<Json> = std::sync::OnceLock::new();
    MAPPING.get_or_init(|| serde_json::from_str(COMPLIANCE_MAPPING).unwrap_or_default())
}

/// A template's resources by type, in template order, so that evidence on
/// another resource (a referrer, a bucket's policy) is looked for among
/// the resources of its type, not all of them.
struct ByType<'a>(BTreeMap<&'a str, Vec<(&'a String, &'a Json)>>);

impl<'a> ByType<'a> {
    fn of(resources: &'a serde_json::Map<String, Json>) -> Self {
        let mut by_type: BTreeMap<&str, Vec<_>> = BTreeMap::new();
        for (id, r) in resources {
            by_type
                .entry(r["Type"].as_str().unwrap_or_default())
                .or_default()
                .push((id, r));
        }
        ByType(by_type)
    }

    fn of_type(&self, type_name: &str) -> impl Iterator<Item = &(&'a String, &'a Json)> {
        self.0.get(type_name).into_iter().flatten()
    }
}

fn find(
    template: &Json,
    by_type: &ByType<'_>,
    id: &str,
    resource: &Json,
    e: &Evidence,
) -> Option<(String, Json)> {
    let base = format!("/Resources/{}", escape(id));
    match e.locate {
        Locate::Own(p) | Locate::Attribute(p) => resource
            .pointer(p)
            .map(|v| (format!("{base}{p}"), v.clone())),
        Locate::Template(p) => template.pointer(p).map(|v| (p.to_owned(), v.clone())),
        Locate::OwnStatement(policy, key, value) => {
            statement(resource, policy, key, value).map(|(p, v)| (format!("{base}{p}"), v))
        }
        Locate::Referrer {
            type_name,
            reference,
            value,
        } => by_type.of_type(type_name).find_map(|(rid, r)| {
            let refers = r
                .pointer(reference)
                .is_some_and(|v| v["Ref"] == id || v["Fn::GetAtt"][0] == id || v == id);
            refers
                .then(|| r.pointer(value))
                .flatten()
                .map(|v| (format!("/Resources/{}{value}", escape(rid)), v.clone()))
        }),
        Locate::Referenced { reference, value } => {
            let target = resource.pointer(reference)?["Ref"].as_str()?;
            let found = template["Resources"][target].pointer(value)?;
            Some((
                format!("/Resources/{}{value}", escape(target)),
                found.clone(),
            ))
        }
        Locate::BucketPolicyStatement(key, value) => by_type
            .of_type("AWS::S3::BucketPolicy")
            .find_map(|(pid, p)| {
                let attached = p["Properties"]["Bucket"]["Ref"] == id;
                attached
                    .then(|| statement(p, "/Properties/PolicyDocument", key, value))
                    .flatten()
                    .map(|(ptr, v)| (format!("/Resources/{}{ptr}", escape(pid)), v))
            }),
    }
}

/// The load balancer whose front door this resource is, when the evidence
/// is of no public exposure (its ingress from anywhere is the purpose).
fn front_door_of<'a>(resource: &'a Json, e: &Evidence) -> Option<&'a str> {
    (e.duty == Duty::NoPublicExposure)
        .then(|| resource["Metadata"][crate::elb::INTERNET_FACING].as_str())
        .flatten()
}

/// The first statement of the policy at `policy` with `value` at `key`.
fn statement(resource: &Json, policy: &str, key: &str, value: &str) -> Option<(String, Json)> {
    let statements = resource
        .pointer(&format!("{policy}/Statement"))?
        .as_array()?;
    statements.iter().enumerate().find_map(|(i, s)| {
        let v = s.pointer(key)?;
        let text = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
        (text == value).then(|| (format!("{policy}/Statement/{i}{key}"), v.clone()))
    })
}

/// The waivers on the resource that name only other judges' checks.
fn other_judges(resource: &Json) -> Vec<OtherJudges> {
    let waivers = resource["Metadata"]["stackward"]["Waivers"].as_array();
    waivers
        .into_iter()
        .flatten()
        .filter(|w| w["rules"].as_array().map_or(true, Vec::is_empty))
        .map(|w| OtherJudges {
            checks: ["checkov", "cdk_nag", "cfn_nag", "cfn_lint"]
                .iter()
                .flat_map(|judge| w[judge].as_array().into_iter().flatten())
                .filter_map(|id| id.as_str().map(str::to_owned))
                .collect(),
            reason: w["reason"].as_str().unwrap_or_default().to_owned(),
        })
        .collect()
}

/// The waiver on the resource that names the evidence's rule or control.
fn waiver_of(resource: &Json, e: &Evidence) -> Option<(String, String)> {
    let names: Vec<&str> = e.rule.into_iter().chain(e.control).collect();
    let suppressed = resource["Metadata"]["guard"]["SuppressedRules"].as_array()?;
    let rule = names
        .iter()
        .find(|n| suppressed.iter().any(|s| s.as_str() == Some(n)))?
        .to_string();
    let reason = resource["Metadata"]["stackward"]["Waivers"]
        .as_array()
        .and_then(|ws| {
            ws.iter().find(|w| {
                w["rules"]
                    .as_array()
                    .is_some_and(|r| r.iter().any(|x| x == rule.as_str()))
            })
        })
        .and_then(|w| w["reason"].as_str())
        .unwrap_or("suppressed in the resource's Metadata; no reason recorded")
        .to_owned();
    Some((rule, reason))
}

/// The three columns of the duty table.
enum Column {
    Discharged,
    Residual,
    Waived,
}

fn duty_rows(resources: &[ResourceReport]) -> Vec<DutyRow> {
    let mut rows: BTreeMap<Duty, DutyRow> = BTreeMap::new();
    for r in resources {
        let all = r
            .discharged
            .iter()
            .map(|d| (d.duty, Column::Discharged))
            .chain(r.residual.iter().map(|d| (d.duty, Column::Residual)))
            .chain(r.waived.iter().map(|d| (d.duty, Column::Waived)));
        for (duty, column) in all {
            let row = rows.entry(duty).or_insert_with(|| DutyRow {
                duty,
                kind: duty.kind(),
                discharged: Vec::new(),
                residual: Vec::new(),
                waived: Vec::new(),
            });
            let list = match column {
                Column::Discharged => &mut row.discharged,
                Column::Residual => &mut row.residual,
                Column::Waived => &mut row.waived,
            };
            if !list.contains(&r.id) {
                list.push(r.id.clone());
            }
        }
    }
    rows.into_values().collect()
}

fn hint(mapping: &Json, control: &str) -> Option<ComplianceHint> {
    let c = mapping.get(control)?;
    let strings = crate::check::json_strings;
    Some(ComplianceHint {
        control: control.to_owned(),
        title: c["title"].as_str().unwrap_or_default().to_owned(),
        security_hub: strings(&c["security_hub"]),
        frameworks: c["frameworks"]
            .as_object()
            .map(|m| m.iter().map(|(k, v)| (k.clone(), strings(v))).collect())
            .unwrap_or_default(),
    })
}

/// Every logical id a value refers to through `Ref`, `Fn::GetAtt` or `Fn::Sub`.
fn referenced(value: &Json, out: &mut BTreeSet<String>) {
    match value {
        Json::Object(m) => {
            for (k, v) in m {
                match (k.as_str(), v) {
                    ("Ref", Json::String(id)) if !id.starts_with("AWS::") => {
                        out.insert(id.clone());
                    }
                    ("Fn::GetAtt", Json::Array(a)) => {
                        out.extend(a.first().and_then(Json::as_str).map(str::to_owned));
                    }
                    ("Fn::Sub", v) => {
                        let text = v.as_str().or_else(|| v[0].as_str()).unwrap_or_default();
                        for part in text.split("${").skip(1) {
                            let name = part.split('}').next().unwrap_or_default();
                            let id = name.split('.').next().unwrap_or_default();
                            if !id.starts_with("AWS::") && !id.starts_with('!') {
                                out.insert(id.to_owned());
                            }
                        }
                        referenced(v, out);
                    }
                    _ => referenced(v, out),
                }
            }
        }
        Json::Array(a) => a.iter().for_each(|v| referenced(v, out)),
        _ => {}
    }
}

fn diagram(resources: &serde_json::Map<String, Json>) -> String {
    let mut d = String::from("flowchart LR\n");
    let mut waived = Vec::new();
    // A logical id CloudFormation takes (letters and digits) is its own
    // node id; anything else an audited template holds gets a numbered one,
    // so no text of the template is read as Mermaid syntax.
    let node: BTreeMap<&str, String> = resources
        .keys()
        .enumerate()
        .map(|(i, id)| {
            let safe = !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric());
            (
                id.as_str(),
                if safe {
                    id.clone()
                } else {
                    format!("resource{i}")
                },
            )
        })
        .collect();
    for (id, r) in resources {
        let _ = writeln!(
            d,
            "    {}[\"{}<br/>{}\"]",
            node[id.as_str()],
            mermaid_text(id),
            mermaid_text(r["Type"].as_str().unwrap_or_default())
        );
        if r["Metadata"]["guard"]["SuppressedRules"].is_array() {
            waived.push(node[id.as_str()].as_str());
        }
    }
    for (id, r) in resources {
        let mut targets = BTreeSet::new();
        referenced(&r["Properties"], &mut targets);
        for t in targets
            .iter()
            .filter(|t| *t != id && resources.contains_key(*t))
        {
            let _ = writeln!(d, "    {} --> {}", node[id.as_str()], node[t.as_str()]);
        }
    }
    if !waived.is_empty() {
        d.push_str("    classDef waived stroke:#d97706,stroke-width:3px,stroke-dasharray:5 3\n");
        let _ = writeln!(d, "    class {} waived", waived.join(","));
    }
    d
}

/// Text inside a quoted Mermaid label: quotes, angle brackets, ampersands
/// and line breaks as entity codes, so a label cannot end itself, open a
/// tag or start a directive.
fn mermaid_text(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            '#' => out.push_str("#35;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A name of the template (a resource type) as a code span when it holds
/// only letters, digits and `:._-/`, else as escaped text.
fn markdown_code(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ":._-/".contains(c));
    if plain {
        format!("`{text}`")
    } else {
        markdown_text(text)
    }
}

/// Text of the template in Markdown: HTML, brackets, backticks, pipes and
/// backslashes escaped, on one line, so it never reads as a link, an image,
/// a tag, a code span or another table cell.
pub(crate) fn markdown_text(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '[' | ']' | '|' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

impl Report {
    /// The report as Markdown, for `generated/<stack>.report.md`.
    pub fn to_markdown(&self) -> String {
        let mut m = String::new();
        let s = &self.summary;
        let _ = writeln!(m, "# Responsibility report: {}\n", self.stack);
        let _ = writeln!(
            m,
            "Read by stackward from the template of stack {}. Every discharged duty cites the JSON \
             pointer in the template that shows it and the value found there. AWS secures the cloud; \
             the rows below are the customer's side, resource by resource.\n",
            self.stack
        );
        m.push_str("## Summary\n\n| customer duties | count |\n|---|---|\n");
        let _ = writeln!(m, "| discharged by the configuration | {} |", s.discharged);
        let _ = writeln!(m, "| left to the customer | {} |", s.residual);
        let _ = writeln!(m, "| waived, with a reason | {} |\n", s.waived);
        m.push_str(
            "## Account-level duties\n\nDischarged once for the whole account, by a baseline \
             (`baseline::Account`) in this or another stack of the App.\n\n\
             | duty | what | shown by | value |\n|---|---|---|---|\n",
        );
        for a in &self.account {
            let (by, value) = match &a.shown_by {
                Some(s) => (
                    format!(
                        "stack {}: {}",
                        markdown_text(&s.stack),
                        markdown_code(&s.pointer)
                    ),
                    markdown_code(&s.value.to_string()),
                ),
                None => (
                    "nobody: no stack of this App; the customer's to do".to_owned(),
                    String::new(),
                ),
            };
            let _ = writeln!(m, "| {} | {} | {by} | {value} |", a.duty.title(), a.what);
        }
        m.push_str("\n## Left to the customer for every resource\n\n");
        for r in &self.every_resource {
            let _ = writeln!(m, "- {} ({}): {}", r.duty.title(), kind(r.kind), r.what);
        }
        m.push('\n');
        if !self.unchecked.is_empty() {
            m.push_str(
                "## Not checked by stackward\n\nNo stackward rule or duty table covers these \
                 resources' types: nothing judged them. Review their configuration by hand.\n\n\
                 | resource | type |\n|---|---|\n",
            );
            for u in &self.unchecked {
                let _ = writeln!(
                    m,
                    "| {} | {} |",
                    markdown_text(&u.id),
                    markdown_code(&u.type_name)
                );
            }
            m.push('\n');
        }

        m.push_str("## Duties across resources\n\n| duty | kind | discharged | left to the customer | waived |\n|---|---|---|---|---|\n");
        for row in &self.duties {
            let _ = writeln!(
                m,
                "| {} | {} | {} | {} | {} |",
                row.duty.title(),
                kind(row.kind),
                list(&row.discharged),
                list(&row.residual),
                list(&row.waived)
            );
        }

        m.push_str("\n## What AWS covers (inherited)\n\n");
        for (service, covers) in &self.aws {
            let _ = writeln!(m, "- **{service}**: {}.", covers.join("; "));
        }
        m.push_str("- **Every service**: facilities, hardware, the global network, the hypervisor and isolation between customers.\n");

        m.push_str("\n## Resources\n");
        for r in &self.resources {
            let _ = writeln!(
                m,
                "\n### {} ({})\n",
                markdown_text(&r.id),
                markdown_code(&r.type_name)
            );
            if !r.discharged.is_empty() {
                m.push_str("Discharged by the configuration:\n\n| duty | what | evidence | value |\n|---|---|---|---|\n");
                for d in &r.discharged {
                    let _ = writeln!(
                        m,
                        "| {} | {} | {} | {} |",
                        d.duty.title(),
                        d.what,
                        markdown_code(&d.pointer),
                        compact(&d.value)
                    );
                }
                m.push('\n');
            }
            if !r.waived.is_empty() {
                m.push_str("Waived:\n\n| duty | what the default does | rule | reason |\n|---|---|---|---|\n");
                for w in &r.waived {
                    let _ = writeln!(
                        m,
                        "| {} | {} | {} | {} |",
                        w.duty.title(),
                        w.what,
                        markdown_text(&w.rule),
                        markdown_text(&w.reason)
                    );
                }
                m.push('\n');
            }
            if !r.other_judges.is_empty() {
                m.push_str("Other judges' checks answered:\n\n| checks | reason |\n|---|---|\n");
                for o in &r.other_judges {
                    let checks: Vec<String> = o.checks.iter().map(|c| markdown_code(c)).collect();
                    let _ = writeln!(m, "| {} | {} |", checks.join(" "), markdown_text(&o.reason));
                }
                m.push('\n');
            }
            m.push_str("Left to the customer:\n\n");
            for d in &r.residual {
                let _ = writeln!(m, "- {} ({}): {}", d.duty.title(), kind(d.kind), d.what);
            }
        }

        m.push_str("\n## Diagram\n\nResources and the references between them; waived resources have a dashed orange border.\n\n```mermaid\n");
        m.push_str(&self.diagram);
        m.push_str("```\n");

        if !self.compliance.is_empty() {
            m.push_str(
                "\n## Compliance hints\n\nThe discharged duties support these controls, as mapped by AWS Control Tower's \
                 control metadata. Support is not certification: the compliance of your use stays yours.\n\n\
                 | control | title | Security Hub | frameworks |\n|---|---|---|---|\n",
            );
            for c in &self.compliance {
                let frameworks: Vec<String> = c
                    .frameworks
                    .iter()
                    .map(|(f, ids)| format!("{f}: {}", ids.join(", ")))
                    .collect();
                let _ = writeln!(
                    m,
                    "| {} | {} | {} | {} |",
                    c.control,
                    c.title,
                    list(&c.security_hub),
                    frameworks.join("; ")
                );
            }
        }
        m
    }

    /// The report as pretty JSON, for `generated/<stack>.report.json`.
    pub fn to_json_text(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

fn kind(k: ControlKind) -> &'static str {
    match k {
        ControlKind::Inherited => "inherited",
        ControlKind::Shared => "shared",
        ControlKind::CustomerSpecific => "customer-specific",
    }
}

/// Ids of the template, escaped, in one cell.
fn list(items: &[String]) -> String {
    items
        .iter()
        .map(|i| markdown_text(i))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A value of the template in one cell: a code span, or escaped text when
/// it holds what would end one.
fn compact(v: &Json) -> String {
    let text = serde_json::to_string(v).unwrap_or_default();
    if text.contains(['`', '\n', '<', '>']) {
        markdown_text(&text)
    } else {
        format!("`{}`", text.replace('|', "\\|"))
    }
}
