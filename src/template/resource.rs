//! A resource as it stands in the template, and the attributes around it.

use serde::Serialize;
use serde_json::{json, Map, Value as Json};

use super::{Handle, LogicalId};
use crate::waiver::Waiver;

/// What happens to a resource when it is deleted or replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DeletionPolicy {
    /// Delete the resource (data in it is lost).
    Delete,
    /// Keep the resource outside the stack.
    Retain,
    /// Keep it unless the stack's creation failed.
    RetainExceptOnCreate,
    /// Take a final snapshot, then delete (databases, volumes).
    Snapshot,
}

/// How a resource type takes tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tagging {
    /// `Tags: [{"Key": .., "Value": ..}]`
    List,
    /// `Tags: {"key": "value"}` (Serverless Application Model style types,
    /// SSM parameters, ...).
    Map,
    /// `Tags: [{"Key": .., "Value": .., "PropagateAtLaunch": true}]` (Auto
    /// Scaling groups: the tags reach the instances they launch).
    ListPropagated,
    /// The type has no `Tags` property.
    None,
}

/// How a resource folds in what other constructs contributed to it (grants
/// into a role's policy, key-policy statements, log-delivery sources): called
/// once at synth with its properties and the contributions in the order
/// they were made.
pub type Render = fn(&mut Json, &[Json]);

/// A CloudFormation resource type: an L1 struct whose fields serialize to
/// exactly the property names CloudFormation documents.
pub trait CfnResource: Serialize {
    /// The type name, e.g. `AWS::S3::Bucket`.
    const TYPE: &'static str;
    /// How the type takes tags.
    const TAGGING: Tagging;
}

/// A resource in a stack: its type, properties and resource attributes.
///
/// Constructs create these; [`crate::template::Stack::add_resource`] adds
/// one of a type stackward has no construct for ([`Resource::raw`] or an L1
/// struct with [`Resource::new`]), and [`crate::template::Stack::resource_mut`]
/// lets any resource, including one a construct made, be changed with
/// [`Resource::set`] and [`Resource::remove`]. Every rule runs on the final
/// template, so a change can never silently weaken a default.
///
/// ```
/// use serde_json::json;
/// use stackward::prelude::*;
/// use stackward::template::{DeletionPolicy, Resource};
///
/// let mut stack = Stack::new("Edge").unwrap();
/// let id = stack.logical_id("clicks");
/// stack
///     .add_resource(Resource::raw(id, "AWS::Kinesis::Stream", json!({ "Name": "clicks" })))
///     .set("/RetentionPeriodHours", 168)
///     .retention(DeletionPolicy::Retain);
/// let t = stack.synth().unwrap();
/// assert_eq!(t.json()["Resources"]["Clicks"]["Properties"]["RetentionPeriodHours"], 168);
/// ```
#[derive(Debug, Clone)]
pub struct Resource {
    pub(crate) id: LogicalId,
    pub(crate) type_name: std::borrow::Cow<'static, str>,
    pub(crate) properties: Json,
    pub(crate) tagging: Tagging,
    pub(crate) depends_on: Vec<LogicalId>,
    pub(crate) deletion_policy: Option<DeletionPolicy>,
    pub(crate) update_replace_policy: Option<DeletionPolicy>,
    pub(crate) condition: Option<String>,
    pub(crate) metadata: Map<String, Json>,
    pub(crate) waivers: Vec<Waiver>,
    pub(crate) render: Option<Render>,
    pub(crate) update_policy: Option<Json>,
    pub(crate) creation_policy: Option<Json>,
    /// Problems found by `set`, `remove` or `raw`, reported by synth.
    pub(crate) problems: Vec<crate::Error>,
}

impl Handle for Resource {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl Resource {
    /// A resource from an L1 struct.
    pub fn new<R: CfnResource>(id: LogicalId, properties: &R) -> Self {
        // L1 structs hold strings, numbers, booleans, string-keyed maps and
        // intrinsics: serializing them into a JSON value cannot fail.
        let properties = serde_json::to_value(properties).unwrap_or_else(|_| json!({}));
        Resource {
            id,
            type_name: R::TYPE.into(),
            properties,
            tagging: R::TAGGING,
            depends_on: Vec::new(),
            deletion_policy: None,
            update_replace_policy: None,
            condition: None,
            metadata: Map::new(),
            waivers: Vec::new(),
            render: None,
            update_policy: None,
            creation_policy: None,
            problems: Vec::new(),
        }
    }

    /// A resource of any type from its properties as JSON, for types
    /// stackward has no construct or L1 struct for. It takes the stack's tags
    /// in the shape its type takes them when the type is one of the listed
    /// L1 types ([`crate::cfn::l1::tagging`]), otherwise none unless
    /// [`Resource::tagging`] says how. A type
    /// stackward has no rule for is listed as unchecked by synth, in the
    /// report and in the SARIF findings.
    pub fn raw(id: LogicalId, type_name: impl Into<String>, properties: Json) -> Self {
        let type_name = type_name.into();
        let mut resource = Resource {
            id,
            type_name: type_name.clone().into(),
            properties: json!({}),
            tagging: crate::cfn::l1::tagging(&type_name).unwrap_or(Tagging::None),
            depends_on: Vec::new(),
            deletion_policy: None,
            update_replace_policy: None,
            condition: None,
            metadata: Map::new(),
            waivers: Vec::new(),
            render: None,
            update_policy: None,
            creation_policy: None,
            problems: Vec::new(),
        };
        if !is_type_name(&type_name) {
            resource.problem(
                "Type",
                &type_name,
                "must be AWS::Service::Resource (letters and digits) or Custom::Name",
            );
        }
        match properties {
            Json::Object(_) => resource.properties = properties,
            other => resource.problem("Properties", other, "must be a JSON object"),
        }
        resource
    }

    /// How the resource takes the stack's tags (for raw resources; typed
    /// ones know it).
    pub fn tagging(&mut self, tagging: Tagging) -> &mut Self {
        self.tagging = tagging;
        self
    }

    /// Sets the value at `path`, a JSON pointer below `Properties`
    /// (`/CorsConfiguration/CorsRules/0/MaxAge`; the leading `/` may be left
    /// out), creating objects on the way; `-` as the last step appends to a
    /// list. A path that cannot be followed is reported by synth.
    pub fn set(&mut self, path: &str, value: impl Into<Json>) -> &mut Self {
        let value = value.into();
        match pointer_parts(path) {
            Some((parents, last)) => {
                if let Err(why) = set_at(&mut self.properties, &parents, &last, value) {
                    self.problem(&format!("Properties{}", display_path(path)), path, &why);
                }
            }
            None => self.problem("Properties", path, "the path names no property"),
        }
        self
    }

    /// Removes the value at `path` (a JSON pointer below `Properties`, as in
    /// [`Resource::set`]); a path with nothing there is reported by synth.
    pub fn remove(&mut self, path: &str) -> &mut Self {
        let removed = pointer_parts(path).and_then(|(parents, last)| {
            let mut at = &mut self.properties;
            for part in &parents {
                at = match at {
                    Json::Object(m) => m.get_mut(part)?,
                    Json::Array(a) => a.get_mut(part.parse::<usize>().ok()?)?,
                    _ => return None,
                };
            }
            match at {
                Json::Object(m) => m.shift_remove(&last),
                Json::Array(a) => {
                    let i = last.parse::<usize>().ok().filter(|i| *i < a.len())?;
                    Some(a.remove(i))
                }
                _ => None,
            }
        });
        if removed.is_none() {
            self.problem(
                &format!("Properties{}", display_path(path)),
                path,
                "there is nothing at this path to remove",
            );
        }
        self
    }

    /// Sets `DeletionPolicy` alone.
    pub fn deletion_policy(&mut self, policy: DeletionPolicy) -> &mut Self {
        self.deletion_policy = Some(policy);
        self
    }

    /// Sets `UpdateReplacePolicy` alone.
    pub fn update_replace_policy(&mut self, policy: DeletionPolicy) -> &mut Self {
        self.update_replace_policy = Some(policy);
        self
    }

    /// Sets the `UpdatePolicy` attribute (Auto Scaling groups, ElastiCache,
    /// OpenSearch, Lambda aliases) as CloudFormation documents it.
    pub fn update_policy(&mut self, policy: Json) -> &mut Self {
        self.update_policy = Some(policy);
        self
    }

    /// Sets the `CreationPolicy` attribute (signals from instances or Auto
    /// Scaling groups) as CloudFormation documents it.
    pub fn creation_policy(&mut self, policy: Json) -> &mut Self {
        self.creation_policy = Some(policy);
        self
    }

    fn problem(&mut self, property: &str, value: impl std::fmt::Display, rule: &str) {
        let problem = crate::Error::invalid(self.id.as_str(), property, value, rule);
        self.problems.push(problem);
    }

    /// Replaces the properties with those of an L1 struct of the same type.
    pub fn set_properties<R: CfnResource>(&mut self, properties: &R) {
        let fresh = Resource::new(self.id.clone(), properties);
        self.type_name = fresh.type_name;
        self.tagging = fresh.tagging;
        self.properties = fresh.properties;
    }

    /// The CloudFormation type.
    pub fn type_name(&self) -> &str {
        &self.type_name
    }

    /// The properties as JSON.
    pub fn properties(&self) -> &Json {
        &self.properties
    }

    /// Lets other constructs contribute to this resource
    /// ([`crate::template::Stack::contribute`]); `render` folds their
    /// contributions into the properties at synth.
    pub fn takes_contributions(&mut self, render: Render) -> &mut Self {
        self.render = Some(render);
        self
    }

    /// The waivers granted to this resource.
    pub fn waivers(&self) -> &[Waiver] {
        &self.waivers
    }

    /// Create this resource only after `other`.
    pub fn depends_on(&mut self, other: &LogicalId) -> &mut Self {
        if !self.depends_on.contains(other) {
            self.depends_on.push(other.clone());
        }
        self
    }

    /// Set both `DeletionPolicy` and `UpdateReplacePolicy`.
    pub fn retention(&mut self, policy: DeletionPolicy) -> &mut Self {
        self.deletion_policy = Some(policy);
        self.update_replace_policy = Some(policy);
        self
    }

    /// Create this resource only when the named condition holds.
    pub fn condition(&mut self, name: impl Into<String>) -> &mut Self {
        self.condition = Some(name.into());
        self
    }

    /// Add an entry to the resource's `Metadata`.
    pub fn metadata(&mut self, key: impl Into<String>, value: Json) -> &mut Self {
        self.metadata.insert(key.into(), value);
        self
    }

    /// Record a waiver on this resource: it goes into `Metadata` and suppresses
    /// the rules it names for this resource only.
    pub fn waive(&mut self, waiver: Waiver) -> &mut Self {
        if !self.waivers.contains(&waiver) {
            self.waivers.push(waiver);
        }
        self
    }

    /// Calls `each` with every part of [`Resource::to_json`] that can refer
    /// to another resource: the properties (with the contributions
    /// rendered), the metadata entries and the creation and update
    /// policies. They are read in place; only a resource with contributions
    /// is rendered into a copy. The rest of `to_json` is literal: the type,
    /// the condition's and dependencies' names, the stack's tags and the
    /// waivers' text. An App finds the references between its stacks this
    /// way before it expands any (a test of `Stack` compares both).
    pub(crate) fn each_json_part(&self, contributions: &[Json], each: &mut dyn FnMut(&Json)) {
        match (self.render, contributions.is_empty()) {
            (Some(render), false) => {
                let mut props = self.properties.clone();
                render(&mut props, contributions);
                each(&props);
            }
            _ => each(&self.properties),
        }
        self.metadata.values().for_each(&mut *each);
        [&self.creation_policy, &self.update_policy]
            .into_iter()
            .flatten()
            .for_each(each);
    }

    /// The resource's JSON with the contributions made to it rendered and
    /// the stack's tags merged in (the resource's own tags win on the same
    /// key).
    pub(crate) fn to_json(&self, stack_tags: &[(String, String)], contributions: &[Json]) -> Json {
        let mut m = Map::new();
        m.insert("Type".into(), json!(self.type_name));
        if let Some(p) = &self.creation_policy {
            m.insert("CreationPolicy".into(), p.clone());
        }
        if let Some(p) = &self.update_policy {
            m.insert("UpdatePolicy".into(), p.clone());
        }
        if let Some(c) = &self.condition {
            m.insert("Condition".into(), json!(c));
        }
        if !self.depends_on.is_empty() {
            m.insert(
                "DependsOn".into(),
                json!(self
                    .depends_on
                    .iter()
                    .map(LogicalId::as_str)
                    .collect::<Vec<_>>()),
            );
        }
        let mut metadata = self.metadata.clone();
        crate::waiver::write_metadata(&self.waivers, &mut metadata);
        if !metadata.is_empty() {
            m.insert("Metadata".into(), Json::Object(metadata));
        }
        let mut props = self.properties.clone();
        if let (Some(render), false) = (self.render, contributions.is_empty()) {
            render(&mut props, contributions);
        }
        if !stack_tags.is_empty() {
            merge_tags(&mut props, stack_tags, self.tagging);
        }
        m.insert("Properties".into(), props);
        if let Some(p) = self.deletion_policy {
            m.insert("DeletionPolicy".into(), json!(p));
        }
        if let Some(p) = self.update_replace_policy {
            m.insert("UpdateReplacePolicy".into(), json!(p));
        }
        Json::Object(m)
    }
}

fn merge_tags(props: &mut Json, stack_tags: &[(String, String)], tagging: Tagging) {
    let Some(obj) = props.as_object_mut() else {
        return;
    };
    match tagging {
        Tagging::None => {}
        Tagging::Map => {
            let mut tags: Map<String, Json> = stack_tags
                .iter()
                .map(|(k, v)| (k.clone(), json!(v)))
                .collect();
            if let Some(Json::Object(own)) = obj.remove("Tags") {
                tags.extend(own);
            }
            obj.insert("Tags".into(), Json::Object(tags));
        }
        Tagging::List | Tagging::ListPropagated => {
            let own: Vec<Json> = obj
                .remove("Tags")
                .and_then(|t| t.as_array().cloned())
                .unwrap_or_default();
            let own_key = |k: &str| own.iter().any(|t| t["Key"] == k);
            let mut tags: Vec<Json> = stack_tags
                .iter()
                .filter(|(k, _)| !own_key(k))
                .map(|(k, v)| {
                    if tagging == Tagging::ListPropagated {
                        json!({ "Key": k, "Value": v, "PropagateAtLaunch": true })
                    } else {
                        json!({ "Key": k, "Value": v })
                    }
                })
                .collect();
            tags.extend(own);
            obj.insert("Tags".into(), Json::Array(tags));
        }
    }
}

/// `AWS::Service::Resource` or `Custom::Name`, as CloudFormation accepts.
fn is_type_name(name: &str) -> bool {
    let word = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphanumeric());
    let parts: Vec<&str> = name.split("::").collect();
    match parts.as_slice() {
        ["AWS" | "Alexa", service, resource] => word(service) && word(resource),
        ["Custom", custom] => {
            !custom.is_empty()
                && custom.len() <= 60
                && custom
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_@-".contains(c))
        }
        _ => false,
    }
}

/// A JSON pointer below `Properties`, split into the steps before the last
/// and the last (with `~1` and `~0` unescaped); `None` for the empty path.
fn pointer_parts(path: &str) -> Option<(Vec<String>, String)> {
    let path = path.strip_prefix('/').unwrap_or(path);
    if path.is_empty() {
        return None;
    }
    let mut parts: Vec<String> = path
        .split('/')
        .map(|p| p.replace("~1", "/").replace("~0", "~"))
        .collect();
    let last = parts.pop()?;
    Some((parts, last))
}

/// `.A.B.0` for `/A/B/0`, as errors name property paths.
fn display_path(path: &str) -> String {
    let path = path.strip_prefix('/').unwrap_or(path);
    format!(".{}", path.replace('/', "."))
}

fn set_at(root: &mut Json, parents: &[String], last: &str, value: Json) -> Result<(), String> {
    let mut at = root;
    for part in parents {
        at = match at {
            Json::Object(m) => m.entry(part.clone()).or_insert_with(|| json!({})),
            Json::Array(a) => {
                let len = a.len();
                let i = part
                    .parse::<usize>()
                    .ok()
                    .filter(|i| *i < len)
                    .ok_or_else(|| format!("{part} is not an index of this list of {len}"))?;
                &mut a[i]
            }
            _ => {
                return Err(format!(
                    "{part} is below a value that is neither an object nor a list"
                ))
            }
        };
    }
    match at {
        Json::Object(m) => {
            m.insert(last.to_owned(), value);
            Ok(())
        }
        Json::Array(a) if last == "-" => {
            a.push(value);
            Ok(())
        }
        Json::Array(a) => {
            let len = a.len();
            let i = last
                .parse::<usize>()
                .ok()
                .filter(|i| *i < len)
                .ok_or_else(|| {
                    format!("{last} is not an index of this list of {len} (use - to append)")
                })?;
            a[i] = value;
            Ok(())
        }
        _ => Err(format!(
            "{last} is below a value that is neither an object nor a list"
        )),
    }
}
