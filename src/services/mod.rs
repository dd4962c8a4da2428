//! The AWS services stackward has constructs for, one folder each.
//!
//! A service's folder holds its constructs and handles (`mod.rs` and the
//! files it names), its IAM actions (`actions.rs`), the evidence its
//! resources show for each duty (`duties.rs`) and its Guard rules
//! (`rules.guard`). [`ALL`] is the one list of services: the duty catalogue,
//! the rule files every synth runs and the L1 schema list are read from it,
//! never kept beside it.
//!
//! Adding a service is a folder of that shape plus one line in [`ALL`].

use crate::duty::ResourceDuties;

pub mod ec2;
pub mod iam;
pub mod kms;
pub mod lambda;
pub mod logs;
pub mod rds;
pub mod s3;
pub mod sqs;
pub mod vpc;

/// What a service contributes to every synth: its rules, its duty tables
/// and the L1 types its constructs emit.
#[derive(Debug, Clone, Copy)]
pub struct Service {
    /// The folder's name, e.g. `s3`; the rule file is named after it.
    pub name: &'static str,
    /// The text of its Guard rule file.
    pub rules: &'static str,
    /// The duty table of each resource type its constructs emit.
    pub duties: &'static [&'static ResourceDuties],
    /// The JSON schema of each L1 struct it uses, by CloudFormation type.
    pub l1: fn() -> Vec<(&'static str, schemars::schema::RootSchema)>,
}

/// Every service, in the order its rule file runs and its findings are
/// listed.
pub const ALL: &[Service] = &[
    ec2::SERVICE,
    iam::SERVICE,
    kms::SERVICE,
    lambda::SERVICE,
    logs::SERVICE,
    rds::SERVICE,
    s3::SERVICE,
    sqs::SERVICE,
    vpc::SERVICE,
];

/// The duty tables of every resource type stackward knows.
pub fn catalogue() -> impl Iterator<Item = &'static ResourceDuties> {
    ALL.iter().flat_map(|s| s.duties.iter().copied())
}

/// The duty table of a resource type, if stackward knows it.
pub fn duties_of(type_name: &str) -> Option<&'static ResourceDuties> {
    catalogue().find(|d| d.type_name == type_name)
}
