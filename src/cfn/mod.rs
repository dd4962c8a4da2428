//! L1: one struct per CloudFormation resource type stackward uses, with
//! fields named exactly as CloudFormation names the properties.
//!
//! Constructs (`crate::s3`, `crate::kms`, ...) fill these in; users rarely
//! touch them, except through [`crate::template::Stack::add_resource`].

pub mod ec2;
pub mod iam;
pub mod kms;

pub mod l1;
pub mod lambda;
pub mod logs;
pub mod rds;
pub mod s3;
pub mod sqs;
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
