//! L1: one struct per CloudFormation resource type, with fields named
//! exactly as CloudFormation names the properties.
//!
//! [`l1`] is generated from CloudFormation's provider schemas for every
//! listed type. [`ssm`] is the one hand-written struct left (an instance's
//! patch association), compared with the same schema by `cargo xtask
//! schemas`. Constructs fill these in; a user needs them only for resources
//! no construct makes ([`crate::template::Stack::add_resource`]).

pub mod l1;
pub mod ssm;

use schemars::JsonSchema;
use serde::Serialize;

/// A resource tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Tag {
    /// Tag key.
    pub key: String,
    /// Tag value.
    pub value: String,
}

impl Tag {
    /// What a tag must be, as errors state it.
    pub(crate) const RULE: &'static str =
        "a tag key must be 1-128 characters, not starting with aws:, and its value at most 256";

    /// A construct's own tags as a `Tags` list (none when it has none).
    pub(crate) fn list(tags: &[(String, String)]) -> Option<Vec<Tag>> {
        (!tags.is_empty()).then(|| {
            tags.iter()
                .map(|(key, value)| Tag {
                    key: key.clone(),
                    value: value.clone(),
                })
                .collect()
        })
    }

    /// Whether a key and value make a tag AWS accepts.
    pub(crate) fn is_valid(key: &str, value: &str) -> bool {
        !key.is_empty()
            && key.chars().count() <= 128
            && !key.to_ascii_lowercase().starts_with("aws:")
            && value.chars().count() <= 256
    }
}

/// The JSON schema of every L1 struct, by CloudFormation type, for checking
/// against CloudFormation's own resource provider schemas: each service's
/// list, in [`crate::services::ALL`] order.
pub fn schemas() -> Vec<(&'static str, schemars::schema::RootSchema)> {
    crate::services::ALL
        .iter()
        .flat_map(|s| (s.hand_written_l1)())
        .collect()
}

/// One L1 struct's JSON schema, by its CloudFormation type.
pub(crate) fn schema_of<R: crate::template::CfnResource + JsonSchema>(
) -> (&'static str, schemars::schema::RootSchema) {
    (R::TYPE, schemars::schema_for!(R))
}
