//! Grants: the ordinary way permissions appear. A grant adds one statement,
//! exact actions on exact resources, to the grantee role's own policy. Each
//! grant is recorded as a contribution to the role and written into its
//! policy once, at synth.

use crate::template::Handle;
use serde_json::{json, Value as Json};

use super::{RoleRef, Statement};
use crate::error::Error;
use crate::template::Stack;
use crate::waiver::Waiver;

/// Something that acts with an IAM role: a role, an instance, a function.
pub trait Grantee {
    /// The role permissions are granted to.
    fn role(&self) -> &RoleRef;
}

impl Grantee for RoleRef {
    fn role(&self) -> &RoleRef {
        self
    }
}

/// The inline policy grants write to.
pub(crate) const POLICY_NAME: &str = "least-privilege";

impl Stack {
    /// Adds `statement` to the grantee's role policy (once: an identical
    /// statement is not repeated).
    pub fn grant(&mut self, to: &impl Grantee, statement: Statement) {
        let role = to.role().id().clone();
        if self.resource(&role).is_none() {
            self.error(Error::invalid(
                role.as_str(),
                "Policies",
                "grant",
                "the role is not in this stack: grant in the stack that holds the role",
            ));
            return;
        }
        // A bucket's objects: `{"Fn::Join": ["", [<bucket ARN>, "/*"]]}`.
        let object_keys = statement.resources().iter().any(|r| {
            serde_json::to_value(r).ok().is_some_and(|r| {
                r.pointer("/Fn::Join/1")
                    .and_then(|parts| parts.as_array()?.last()?.as_str().map(|s| s == "/*"))
                    .unwrap_or(false)
            })
        });
        if object_keys {
            if let Some(resource) = self.resource_mut(&role) {
                resource.waive(Waiver::answered(&super::duties::OBJECT_KEYS));
            }
        }
        self.contribute(&role, statement.to_json());
    }
}

/// A role's renderer: appends the granted statements to its
/// `least-privilege` policy, creating the policy if the role has none, and
/// skipping statements the policy already holds.
pub(crate) fn render_grants(properties: &mut Json, statements: &[Json]) {
    let Some(props) = properties.as_object_mut() else {
        return;
    };
    let policies = props.entry("Policies").or_insert_with(|| json!([]));
    let Some(list) = policies.as_array_mut() else {
        return;
    };
    if !list.iter().any(|p| p["PolicyName"] == POLICY_NAME) {
        list.push(json!({
            "PolicyDocument": { "Version": "2012-10-17", "Statement": [] },
            "PolicyName": POLICY_NAME
        }));
    }
    let Some(existing) = list
        .iter_mut()
        .find(|p| p["PolicyName"] == POLICY_NAME)
        .and_then(|p| p["PolicyDocument"]["Statement"].as_array_mut())
    else {
        return;
    };
    for statement in statements {
        if !existing.contains(statement) {
            existing.push(statement.clone());
        }
    }
}
