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

use crate::duty::{Answered, ResourceDuties, Rule};

pub mod acm;
pub mod apigateway;
pub mod autoscaling;
pub mod backup;
pub mod baseline;
pub mod cloudfront;
pub mod cloudwatch;
pub mod dynamodb;
pub mod ec2;
pub mod elb;
pub mod iam;
pub mod kms;
pub mod lambda;
pub mod logs;
pub mod rds;
pub mod route53;
pub mod s3;
pub mod secretsmanager;
pub mod sns;
pub mod sqs;
pub mod vpc;
pub mod wafv2;

/// What a service contributes to every synth: its rules, its duty tables
/// and the L1 types its constructs emit.
#[derive(Debug, Clone, Copy)]
pub struct Service {
    /// The folder's name, e.g. `s3`; the rule file is named after it.
    pub name: &'static str,
    /// The text of its Guard rule file.
    pub guard: &'static str,
    /// What each rule of that file checks and how to waive it.
    pub rules: &'static [Rule],
    /// The duty table of each resource type its constructs emit.
    pub duties: &'static [&'static ResourceDuties],
    /// The JSON schema of each hand-written L1 struct it uses, by
    /// CloudFormation type, checked against CloudFormation's schemas
    /// (structs generated into `crate::cfn::l1` come from those schemas).
    pub hand_written_l1: fn() -> Vec<(&'static str, schemars::schema::RootSchema)>,
    /// Duty tables for resources of one of its types in a particular role
    /// (a DB instance that is a member of an Aurora cluster), used instead
    /// of the type's table for those resources.
    pub variants: &'static [Variant],
    /// Findings of other judges that its constructs answer by design (an
    /// inline policy bound to one role, a public subnet's route to the
    /// internet), each waived on the resource with the reason stated here.
    pub answered: &'static [&'static Answered],
}

/// The duty table of resources of a type that have a value at a pointer.
#[derive(Debug, Clone, Copy)]
pub struct Variant {
    /// What these resources are, for the documentation
    /// ("a member of an Aurora cluster").
    pub label: &'static str,
    /// The pointer below the resource whose presence selects the variant.
    pub when: &'static str,
    /// The table (its `type_name` is the type it varies).
    pub duties: &'static ResourceDuties,
}

/// Every service, in the order its rule file runs and its findings are
/// listed.
pub const ALL: &[Service] = &[
    acm::SERVICE,
    apigateway::SERVICE,
    autoscaling::SERVICE,
    backup::SERVICE,
    baseline::SERVICE,
    cloudfront::SERVICE,
    cloudwatch::SERVICE,
    dynamodb::SERVICE,
    ec2::SERVICE,
    elb::SERVICE,
    iam::SERVICE,
    kms::SERVICE,
    lambda::SERVICE,
    logs::SERVICE,
    rds::SERVICE,
    route53::SERVICE,
    s3::SERVICE,
    secretsmanager::SERVICE,
    sns::SERVICE,
    sqs::SERVICE,
    vpc::SERVICE,
    wafv2::SERVICE,
];

/// The duty tables of every resource type stackward knows.
pub fn catalogue() -> impl Iterator<Item = &'static ResourceDuties> {
    ALL.iter().flat_map(|s| s.duties.iter().copied())
}

/// The duty table of a resource type, if stackward knows it.
pub fn duties_of(type_name: &str) -> Option<&'static ResourceDuties> {
    catalogue().find(|d| d.type_name == type_name)
}

/// Every duty table, the variants' included.
pub fn all_tables() -> impl Iterator<Item = &'static ResourceDuties> {
    catalogue().chain(ALL.iter().flat_map(|s| s.variants.iter().map(|v| v.duties)))
}

/// The duty table of one resource of a template: its variant's, when it has
/// one, or its type's.
pub fn duties_for(resource: &serde_json::Value) -> Option<&'static ResourceDuties> {
    let type_name = resource["Type"].as_str()?;
    ALL.iter()
        .flat_map(|s| s.variants)
        .find(|v| v.duties.type_name == type_name && resource.pointer(v.when).is_some())
        .map(|v| v.duties)
        .or_else(|| duties_of(type_name))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::check::guard::rule_names;

    /// Each service's rule list names exactly the rules of its rule file.
    #[test]
    fn every_rule_file_and_its_rule_list_name_the_same_rules() {
        for service in ALL {
            let in_file: BTreeSet<String> = rule_names(service.guard).collect();
            let listed: BTreeSet<String> =
                service.rules.iter().map(|r| r.name.to_owned()).collect();
            assert_eq!(
                in_file, listed,
                "{}: rules.guard against RULES",
                service.name
            );
        }
    }

    /// Evidence names only rules that exist, and every rule has evidence, so
    /// the report credits the duty each rule enforces.
    #[test]
    fn evidence_and_rules_name_each_other() {
        let rules: BTreeSet<&str> = ALL
            .iter()
            .flat_map(|s| s.rules.iter().map(|r| r.name))
            .collect();
        let evidenced: BTreeSet<&str> = all_tables()
            .flat_map(|t| t.evidence.iter().filter_map(|e| e.rule))
            .collect();
        let unknown: Vec<_> = evidenced.difference(&rules).collect();
        assert!(
            unknown.is_empty(),
            "evidence names no such rule: {unknown:?}"
        );
        let without: Vec<_> = rules.difference(&evidenced).collect();
        assert!(
            without.is_empty(),
            "rules without an evidence row: {without:?}"
        );
    }

    /// One duty table per resource type, each named by exactly one service.
    #[test]
    fn each_type_has_one_duty_table() {
        let mut seen = BTreeSet::new();
        for table in catalogue() {
            assert!(seen.insert(table.type_name), "{} twice", table.type_name);
        }
        let names: BTreeSet<&str> = ALL.iter().map(|s| s.name).collect();
        assert_eq!(names.len(), ALL.len(), "service names are unique");
    }
}
