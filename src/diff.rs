//! What a change to the code does to a deployed template: resources added,
//! removed and changed, property by property, with the changes a reviewer
//! must not miss called out: a waiver added or removed, a duty no longer
//! discharged, a security-relevant property changed (encryption, public
//! access, policies, network rules, logging, backups), and a replacement
//! forced by a property CloudFormation cannot update in place.
//!
//! ```
//! use stackward::prelude::*;
//! use stackward::s3::Versioning;
//!
//! let build = |versioning: Versioning| {
//!     let mut stack = Stack::new("Media").unwrap();
//!     stack.add(s3::Bucket::builder().id("uploads").versioning(versioning).build());
//!     stack.synth().unwrap().json().clone()
//! };
//! let waiver = Waiver::new("scratch data", ["S3_BUCKET_VERSIONING_ENABLED"]).unwrap();
//! let diff = stackward::diff::diff("Media", &build(Versioning::Enabled), &build(Versioning::Suspended(waiver)));
//! let uploads = diff.resources.iter().find(|r| r.id == "Uploads").unwrap();
//! assert!(uploads.waivers_added.iter().any(|w| w.contains("scratch data")));
//! assert!(uploads.duties_lost.iter().any(|d| d.contains("versioning")));
//! assert!(diff.security_relevant());
//! assert!(diff.to_text().contains("! waiver added"));
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::OnceLock;

use serde::Serialize;
use serde_json::{Map, Value as Json};

/// Properties CloudFormation cannot change in place, per resource type
/// (`createOnlyProperties` of the provider schemas, kept in sync by
/// `cargo xtask schemas`).
pub const REPLACEMENT_PROPERTIES: &str = include_str!("replacement.json");

/// Words in a property name that make its change security-relevant even
/// where no duty names it (templates stackward did not write).
const SENSITIVE: [&str; 22] = [
    "Encrypt",
    "Kms",
    "Key",
    "Public",
    "Policy",
    "Policies",
    "SecurityGroup",
    "Ingress",
    "Egress",
    "Ssl",
    "Tls",
    "Metadata",
    "Iam",
    "Role",
    "Principal",
    "Acl",
    "Logging",
    "Backup",
    "DeletionProtection",
    "Cidr",
    "Auth",
    "Secret",
];

/// Resource types that are network rules or policies themselves: adding or
/// removing one changes who can reach or do what.
const ACCESS_TYPES: [&str; 14] = [
    "AWS::EC2::SecurityGroupIngress",
    "AWS::EC2::SecurityGroupEgress",
    "AWS::EC2::SecurityGroup",
    "AWS::EC2::NetworkAclEntry",
    "AWS::EC2::Route",
    "AWS::IAM::Policy",
    "AWS::IAM::ManagedPolicy",
    "AWS::IAM::Role",
    "AWS::S3::BucketPolicy",
    "AWS::SQS::QueuePolicy",
    "AWS::SNS::TopicPolicy",
    "AWS::Lambda::Permission",
    "AWS::KMS::Key",
    "AWS::SecretsManager::ResourcePolicy",
];

/// The property names stackward's Guard rules read (`Properties.<Name>`),
/// from the rule files themselves: a change to any of them, on any
/// resource, is one some rule judges.
fn rule_properties() -> &'static BTreeSet<String> {
    static NAMES: OnceLock<BTreeSet<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        crate::check::rule_files()
            .iter()
            .flat_map(|(_, text)| text.split("Properties.").skip(1))
            .filter_map(|rest| {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect();
                (!name.is_empty()).then_some(name)
            })
            .collect()
    })
}

/// The differences between two versions of one stack's template.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StackDiff {
    /// The stack.
    pub stack: String,
    /// Resources added, removed or changed, in template order (removed ones
    /// in the old template's order, after the others).
    pub resources: Vec<ResourceDiff>,
    /// Changes outside `Resources` (parameters, outputs, rules, ...), as
    /// JSON pointers.
    pub other: Vec<PropertyChange>,
}

/// How a resource changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ChangeKind {
    /// New in the template.
    Added,
    /// Gone from the template.
    Removed,
    /// Still there, with changes.
    Modified,
}

/// One resource's changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResourceDiff {
    /// Logical id.
    pub id: String,
    /// CloudFormation type (the new one when it changed).
    pub type_name: String,
    /// Added, removed or modified.
    pub kind: ChangeKind,
    /// Property and attribute changes (for a modified resource).
    pub changes: Vec<PropertyChange>,
    /// The properties whose change makes CloudFormation replace the
    /// resource (a new physical resource, the old one deleted).
    pub replaced_by: Vec<String>,
    /// Waivers added (reason and rules).
    pub waivers_added: Vec<String>,
    /// Waivers removed.
    pub waivers_removed: Vec<String>,
    /// Duties the old template discharged that the new one does not.
    pub duties_lost: Vec<String>,
    /// Duties the new template discharges that the old one did not.
    pub duties_gained: Vec<String>,
    /// For a removed resource: what happens to it (`DeletionPolicy`).
    pub on_removal: Option<String>,
    /// For an added or removed network rule or policy: what it changes.
    pub access: Option<String>,
}

/// One changed value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PropertyChange {
    /// Path inside the resource (`Properties/BucketEncryption/...`,
    /// `DeletionPolicy`) or, outside resources, a JSON pointer.
    pub path: String,
    /// The old value; `None` when added.
    pub old: Option<Json>,
    /// The new value; `None` when removed.
    pub new: Option<Json>,
    /// Why the change matters for security, when it does.
    pub security: Option<String>,
}

/// Compares two versions of a stack's template.
pub fn diff(stack: &str, old: &Json, new: &Json) -> StackDiff {
    let old_report = crate::report::report(stack, old);
    let new_report = crate::report::report(stack, new);
    let empty = Map::new();
    let old_res = old["Resources"].as_object().unwrap_or(&empty);
    let new_res = new["Resources"].as_object().unwrap_or(&empty);
    let evidence: BTreeMap<String, String> = old_report
        .resources
        .iter()
        .chain(&new_report.resources)
        .flat_map(|r| &r.discharged)
        .map(|d| (d.pointer.clone(), format!("{}: {}", d.duty.title(), d.what)))
        .collect();
    let duties = |report: &crate::report::Report, id: &str| -> BTreeSet<String> {
        report
            .resources
            .iter()
            .filter(|r| r.id == id)
            .flat_map(|r| &r.discharged)
            .map(|d| format!("{}: {}", d.duty.title(), d.what))
            .collect()
    };

    let mut resources = Vec::new();
    for (id, n) in new_res {
        let type_name = n["Type"].as_str().unwrap_or_default().to_owned();
        let mut r = ResourceDiff {
            id: id.clone(),
            type_name: type_name.clone(),
            kind: ChangeKind::Added,
            changes: Vec::new(),
            replaced_by: Vec::new(),
            waivers_added: waivers(n).into_iter().collect(),
            waivers_removed: Vec::new(),
            duties_lost: Vec::new(),
            duties_gained: Vec::new(),
            on_removal: None,
            access: access_change(&type_name, "adds"),
        };
        if let Some(o) = old_res.get(id) {
            r.kind = ChangeKind::Modified;
            r.access = None;
            let mut changes = Vec::new();
            values(&mut changes, o, n);
            for c in &mut changes {
                c.security = security_of(&evidence, id, &c.path);
            }
            r.changes = changes;
            if o["Type"] != n["Type"] {
                r.replaced_by.push("Type".into());
            }
            r.replaced_by.extend(replacements(&type_name, &r.changes));
            let (before, after) = (waivers(o), waivers(n));
            r.waivers_added = after.difference(&before).cloned().collect();
            r.waivers_removed = before.difference(&after).cloned().collect();
            let (before, after) = (duties(&old_report, id), duties(&new_report, id));
            r.duties_lost = before.difference(&after).cloned().collect();
            r.duties_gained = after.difference(&before).cloned().collect();
            if r.changes.is_empty() {
                continue;
            }
        }
        resources.push(r);
    }
    for (id, o) in old_res.iter().filter(|(id, _)| !new_res.contains_key(*id)) {
        let policy = o["DeletionPolicy"].as_str().unwrap_or("Delete");
        resources.push(ResourceDiff {
            id: id.clone(),
            type_name: o["Type"].as_str().unwrap_or_default().to_owned(),
            kind: ChangeKind::Removed,
            changes: Vec::new(),
            replaced_by: Vec::new(),
            waivers_added: Vec::new(),
            waivers_removed: waivers(o).into_iter().collect(),
            duties_lost: duties(&old_report, id).into_iter().collect(),
            duties_gained: Vec::new(),
            access: access_change(o["Type"].as_str().unwrap_or_default(), "removes"),
            on_removal: Some(match policy {
                "Retain" | "RetainExceptOnCreate" => {
                    format!("DeletionPolicy {policy}: kept in the account, no longer managed")
                }
                "Snapshot" => "DeletionPolicy Snapshot: deleted after a final snapshot".into(),
                _ => "deleted with its data".into(),
            }),
        });
    }

    let mut other = Vec::new();
    let keys: BTreeSet<&String> = old
        .as_object()
        .unwrap_or(&empty)
        .keys()
        .chain(new.as_object().unwrap_or(&empty).keys())
        .filter(|k| *k != "Resources")
        .collect();
    for key in keys {
        changed(&mut other, &format!("/{key}"), old.get(key), new.get(key));
    }
    StackDiff {
        stack: stack.to_owned(),
        resources,
        other,
    }
}

impl StackDiff {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.resources.is_empty() && self.other.is_empty()
    }

    /// Whether any change is one a security reviewer must see.
    pub fn security_relevant(&self) -> bool {
        self.resources.iter().any(ResourceDiff::security_relevant)
    }

    /// The diff as text, one line per change; `!` marks what is
    /// security-relevant.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        if self.is_empty() {
            let _ = writeln!(out, "{}: no changes", self.stack);
            return out;
        }
        let _ = writeln!(out, "{}:", self.stack);
        for r in &self.resources {
            let sign = match r.kind {
                ChangeKind::Added => '+',
                ChangeKind::Removed => '-',
                ChangeKind::Modified => '~',
            };
            let _ = writeln!(out, "  {sign} {} ({})", r.id, r.type_name);
            if !r.replaced_by.is_empty() {
                let _ = writeln!(
                    out,
                    "      ! replacement: CloudFormation creates a new {} and deletes the old one ({} changed)",
                    r.type_name,
                    r.replaced_by.join(", ")
                );
            }
            if let Some(removal) = &r.on_removal {
                let _ = writeln!(out, "      ! removed: {removal}");
            }
            if let Some(access) = &r.access {
                let _ = writeln!(out, "      ! {access}");
            }
            for c in &r.changes {
                let mark = if c.security.is_some() { '!' } else { ' ' };
                let _ = write!(out, "    {mark} {}: {}", c.path, change_text(c));
                if let Some(why) = &c.security {
                    let _ = write!(out, "   [{why}]");
                }
                out.push('\n');
            }
            for w in &r.waivers_added {
                let _ = writeln!(out, "      ! waiver added: {w}");
            }
            for w in &r.waivers_removed {
                let _ = writeln!(out, "        waiver removed: {w}");
            }
            for d in &r.duties_lost {
                let _ = writeln!(out, "      ! no longer discharged: {d}");
            }
            for d in &r.duties_gained {
                let _ = writeln!(out, "        now discharged: {d}");
            }
        }
        for c in &self.other {
            let _ = writeln!(out, "  ~ {}: {}", c.path, change_text(c));
        }
        out
    }
}

impl ResourceDiff {
    /// Whether this change is one a security reviewer must see.
    pub fn security_relevant(&self) -> bool {
        !self.replaced_by.is_empty()
            || !self.waivers_added.is_empty()
            || !self.duties_lost.is_empty()
            || self.kind == ChangeKind::Removed
            || self.access.is_some()
            || self.changes.iter().any(|c| c.security.is_some())
    }
}

fn change_text(c: &PropertyChange) -> String {
    let show = |v: &Json| {
        let s = v.to_string();
        let length = s.chars().count();
        if length > 120 {
            format!(
                "{}... ({length} characters; `diff --json` shows it whole)",
                s.chars().take(117).collect::<String>()
            )
        } else {
            s
        }
    };
    match (&c.old, &c.new) {
        (Some(o), Some(n)) => format!("{} -> {}", show(o), show(n)),
        (None, Some(n)) => format!("added {}", show(n)),
        (Some(o), None) => format!("removed (was {})", show(o)),
        (None, None) => String::new(),
    }
}

/// The waivers in a resource's Metadata, as "reason [rules]".
fn waivers(resource: &Json) -> BTreeSet<String> {
    resource["Metadata"]["stackward"]["Waivers"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|w| {
            let rules: Vec<&str> = w["rules"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Json::as_str)
                .collect();
            format!(
                "{:?} waives {}",
                w["reason"].as_str().unwrap_or_default(),
                rules.join(", ")
            )
        })
        .chain(
            resource["Metadata"]["guard"]["SuppressedRules"]
                .as_array()
                .filter(|_| resource["Metadata"]["stackward"].is_null())
                .into_iter()
                .flatten()
                .filter_map(Json::as_str)
                .map(|r| format!("suppresses {r}")),
        )
        .collect()
}

/// Changes between two resources, skipping `Type`, recursing into objects
/// of the resource (arrays compare whole).
fn values(out: &mut Vec<PropertyChange>, old: &Json, new: &Json) {
    let empty = Map::new();
    let (o, n) = (
        old.as_object().unwrap_or(&empty),
        new.as_object().unwrap_or(&empty),
    );
    let keys: BTreeSet<&String> = o.keys().chain(n.keys()).filter(|k| *k != "Type").collect();
    for key in keys {
        changed(out, key, o.get(key), n.get(key));
    }
}

fn changed(out: &mut Vec<PropertyChange>, path: &str, old: Option<&Json>, new: Option<&Json>) {
    match (old, new) {
        (Some(Json::Object(o)), Some(Json::Object(n))) if o != n => {
            let keys: BTreeSet<&String> = o.keys().chain(n.keys()).collect();
            for key in keys {
                changed(out, &format!("{path}/{key}"), o.get(key), n.get(key));
            }
        }
        (o, n) if o != n => out.push(PropertyChange {
            path: path.to_owned(),
            old: o.cloned(),
            new: n.cloned(),
            security: None,
        }),
        _ => {}
    }
}

/// Why a change at `path` of resource `id` is security-relevant: a duty's
/// evidence lies at or under it, or its name says so.
fn security_of(evidence: &BTreeMap<String, String>, id: &str, path: &str) -> Option<String> {
    let pointer = format!("/Resources/{id}/{path}");
    let under = |long: &str, short: &str| {
        long.strip_prefix(short)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    };
    let duty = evidence
        .iter()
        .find(|(p, _)| under(p, &pointer) || under(&pointer, p));
    if let Some((_, duty)) = duty {
        return Some(duty.clone());
    }
    if path == "DeletionPolicy" || path == "UpdateReplacePolicy" {
        return Some("data retention on delete".into());
    }
    if let Some(name) = path
        .strip_prefix("Properties/")
        .and_then(|rest| rest.split('/').next())
        .filter(|name| rule_properties().contains(*name))
    {
        return Some(format!("{name} is read by a stackward rule"));
    }
    path.split('/')
        .find(|part| SENSITIVE.iter().any(|w| part.contains(w)))
        .map(|part| format!("{part} is security-relevant"))
}

/// What adding or removing a resource of `type_name` changes, for network
/// rules and policies.
fn access_change(type_name: &str, verb: &str) -> Option<String> {
    ACCESS_TYPES
        .contains(&type_name)
        .then(|| format!("access: {verb} a {type_name}, which decides who can reach or do what"))
}

/// The create-only properties among `changes`, for `type_name`.
fn replacements(type_name: &str, changes: &[PropertyChange]) -> Vec<String> {
    static TABLE: OnceLock<BTreeMap<String, Vec<String>>> = OnceLock::new();
    let table =
        TABLE.get_or_init(|| serde_json::from_str(REPLACEMENT_PROPERTIES).unwrap_or_default());
    let Some(create_only) = table.get(type_name) else {
        return Vec::new();
    };
    let mut found: Vec<String> = changes
        .iter()
        .filter_map(|c| c.path.strip_prefix("Properties/"))
        .filter_map(|p| {
            create_only
                .iter()
                .find(|c| {
                    p == c.as_str()
                        || p.starts_with(&format!("{c}/"))
                        || c.starts_with(&format!("{p}/"))
                })
                .cloned()
        })
        .collect();
    found.sort();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn bucket(props: Json) -> Json {
        json!({"Resources": {"Logs": {"Type": "AWS::S3::Bucket", "Properties": props}}})
    }

    #[test]
    fn identical_templates_have_no_changes() {
        let t = bucket(json!({"BucketName": "a"}));
        let d = diff("S", &t, &t);
        assert!(d.is_empty());
        assert!(!d.security_relevant());
        assert_eq!(d.to_text(), "S: no changes\n");
    }

    #[test]
    fn a_create_only_property_forces_replacement() {
        let d = diff(
            "S",
            &bucket(json!({"BucketName": "a"})),
            &bucket(json!({"BucketName": "b"})),
        );
        assert_eq!(d.resources[0].replaced_by, vec!["BucketName"]);
        assert!(d.to_text().contains("! replacement"), "{}", d.to_text());
    }

    #[test]
    fn nested_changes_are_reported_by_path_and_flagged_by_name() {
        let d = diff(
            "S",
            &bucket(
                json!({"PublicAccessBlockConfiguration": {"BlockPublicAcls": true}, "Tags": []}),
            ),
            &bucket(
                json!({"PublicAccessBlockConfiguration": {"BlockPublicAcls": false}, "Tags": [{"Key": "a", "Value": "b"}]}),
            ),
        );
        let changes = &d.resources[0].changes;
        assert_eq!(changes.len(), 2);
        assert_eq!(
            changes[0].path,
            "Properties/PublicAccessBlockConfiguration/BlockPublicAcls"
        );
        assert!(changes[0].security.is_some());
        assert_eq!(changes[1].path, "Properties/Tags");
        assert!(changes[1].security.is_none());
    }

    #[test]
    fn removed_resources_say_what_happens_to_their_data() {
        let old = json!({"Resources": {
            "Keep": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Retain"},
            "Drop": {"Type": "AWS::SQS::Queue"}
        }});
        let d = diff("S", &old, &json!({"Resources": {}}));
        assert_eq!(d.resources.len(), 2);
        assert!(d.resources[0]
            .on_removal
            .as_deref()
            .unwrap()
            .contains("kept in the account"));
        assert_eq!(
            d.resources[1].on_removal.as_deref(),
            Some("deleted with its data")
        );
        assert!(d.security_relevant());
    }

    #[test]
    fn the_replacement_table_parses_and_covers_every_generated_type() {
        let table: BTreeMap<String, Vec<String>> =
            serde_json::from_str(REPLACEMENT_PROPERTIES).unwrap();
        for (type_name, _) in crate::cfn::schemas() {
            assert!(
                table.contains_key(type_name),
                "{type_name} missing from replacement.json"
            );
        }
    }
}
