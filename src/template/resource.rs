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
pub trait CfnResource: Serialize + schemars::JsonSchema {
    /// The type name, e.g. `AWS::S3::Bucket`.
    const TYPE: &'static str;
    /// How the type takes tags.
    const TAGGING: Tagging;
}

/// A resource in a stack: its type, properties and resource attributes.
///
/// Constructs create these; [`crate::template::Stack::add_resource`] adds a
/// raw one for types stackward has no construct for yet.
#[derive(Debug, Clone)]
pub struct Resource {
    pub(crate) id: LogicalId,
    pub(crate) type_name: &'static str,
    pub(crate) properties: Json,
    pub(crate) tagging: Tagging,
    pub(crate) depends_on: Vec<LogicalId>,
    pub(crate) deletion_policy: Option<DeletionPolicy>,
    pub(crate) update_replace_policy: Option<DeletionPolicy>,
    pub(crate) condition: Option<String>,
    pub(crate) metadata: Map<String, Json>,
    pub(crate) waivers: Vec<Waiver>,
    pub(crate) render: Option<Render>,
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
            type_name: R::TYPE,
            properties,
            tagging: R::TAGGING,
            depends_on: Vec::new(),
            deletion_policy: None,
            update_replace_policy: None,
            condition: None,
            metadata: Map::new(),
            waivers: Vec::new(),
            render: None,
        }
    }

    /// Replaces the properties with those of an L1 struct of the same type.
    pub fn set_properties<R: CfnResource>(&mut self, properties: &R) {
        let fresh = Resource::new(self.id.clone(), properties);
        self.type_name = fresh.type_name;
        self.tagging = fresh.tagging;
        self.properties = fresh.properties;
    }

    /// The CloudFormation type.
    pub fn type_name(&self) -> &'static str {
        self.type_name
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

    /// The resource's JSON with the contributions made to it rendered and
    /// the stack's tags merged in (the resource's own tags win on the same
    /// key).
    pub(crate) fn to_json(&self, stack_tags: &[(String, String)], contributions: &[Json]) -> Json {
        let mut m = Map::new();
        m.insert("Type".into(), json!(self.type_name));
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
        if self.tagging == Tagging::List && !stack_tags.is_empty() {
            merge_tags(&mut props, stack_tags);
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

fn merge_tags(props: &mut Json, stack_tags: &[(String, String)]) {
    let Some(obj) = props.as_object_mut() else {
        return;
    };
    let own: Vec<Json> = obj
        .remove("Tags")
        .and_then(|t| t.as_array().cloned())
        .unwrap_or_default();
    let own_key = |k: &str| own.iter().any(|t| t["Key"] == k);
    let mut tags: Vec<Json> = stack_tags
        .iter()
        .filter(|(k, _)| !own_key(k))
        .map(|(k, v)| json!({ "Key": k, "Value": v }))
        .collect();
    tags.extend(own);
    obj.insert("Tags".into(), Json::Array(tags));
}
