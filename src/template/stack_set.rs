//! A stack deployed to every account of some organizational units, in some
//! regions, as a service-managed CloudFormation StackSet (an account
//! baseline belongs in every account).

use serde::Serialize;

use crate::error::Error;

/// Where and how a StackSet deploys its stack: the organizational units
/// whose accounts get an instance (new accounts too, automatically), the
/// regions, and how many accounts are updated at once and may fail.
///
/// ```
/// use stackward::prelude::*;
/// use stackward::template::StackSet;
///
/// let mut stack = Stack::new("Baseline").unwrap();
/// stack.deploy_as_stack_set(StackSet::new(["ou-ab12-34cd56ef"], ["eu-west-1", "eu-central-1"]));
/// assert!(stack.stack_set().is_some());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StackSet {
    /// The organizational units (`ou-...`, or the root `r-...`) whose
    /// accounts get the stack.
    pub organizational_units: Vec<String>,
    /// The regions each account gets it in.
    pub regions: Vec<String>,
    /// The share of accounts deployed at once, per region (1-100).
    pub max_concurrent_percentage: u32,
    /// The share of accounts that may fail before the operation stops, per
    /// region (0-100).
    pub failure_tolerance_percentage: u32,
}

impl StackSet {
    /// A StackSet for these units and regions, a quarter of the accounts at
    /// a time, stopping at the first failure.
    pub fn new<O, R>(organizational_units: O, regions: R) -> Self
    where
        O: IntoIterator,
        O::Item: Into<String>,
        R: IntoIterator,
        R::Item: Into<String>,
    {
        StackSet {
            organizational_units: organizational_units.into_iter().map(Into::into).collect(),
            regions: regions.into_iter().map(Into::into).collect(),
            max_concurrent_percentage: 25,
            failure_tolerance_percentage: 0,
        }
    }

    /// Everything wrong with it, named after the stack.
    pub(crate) fn problems(&self, stack: &str) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut bad = |property: &str, value: &dyn std::fmt::Display, rule: &str| {
            errors.push(Error::invalid(stack, property, value, rule));
        };
        if self.organizational_units.is_empty() {
            bad(
                "StackSet.OrganizationalUnitIds",
                &"(none)",
                "name at least one organizational unit",
            );
        }
        for ou in &self.organizational_units {
            if !is_unit_id(ou) {
                bad(
                    "StackSet.OrganizationalUnitIds",
                    ou,
                    "must be an organizational unit id (ou-xxxx-xxxxxxxx) or the root's (r-xxxx)",
                );
            }
        }
        if self.regions.is_empty() {
            bad("StackSet.Regions", &"(none)", "name at least one region");
        }
        for region in &self.regions {
            if !super::stack::is_region_name(region) {
                bad(
                    "StackSet.Regions",
                    region,
                    "must be a region name such as eu-west-1",
                );
            }
        }
        if !(1..=100).contains(&self.max_concurrent_percentage) {
            bad(
                "StackSet.MaxConcurrentPercentage",
                &self.max_concurrent_percentage,
                "must be 1-100",
            );
        }
        if self.failure_tolerance_percentage > 100 {
            bad(
                "StackSet.FailureTolerancePercentage",
                &self.failure_tolerance_percentage,
                "must be 0-100",
            );
        }
        errors
    }
}

/// `ou-` then 4-32 lowercase letters or digits, `-`, 8-32 more; or `r-`
/// then 4-32.
fn is_unit_id(id: &str) -> bool {
    let part = |s: &str, min: usize| {
        (min..=32).contains(&s.len())
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    };
    match (id.strip_prefix("ou-"), id.strip_prefix("r-")) {
        (Some(rest), _) => rest
            .split_once('-')
            .is_some_and(|(a, b)| part(a, 4) && part(b, 8)),
        (_, Some(root)) => part(root, 4),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_regions_and_shares_are_checked() {
        let good = StackSet::new(["ou-ab12-34cd56ef", "r-ab12"], ["eu-west-1"]);
        assert!(good.problems("B").is_empty());
        let mut bad = StackSet::new(["ou-AB-1", "workloads"], ["mars-1"]);
        bad.max_concurrent_percentage = 0;
        let problems: Vec<String> = bad.problems("B").iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[0].starts_with("B.StackSet.OrganizationalUnitIds = \"ou-AB-1\""));
        assert!(
            StackSet::new(Vec::<String>::new(), ["eu-west-1"])
                .problems("B")
                .len()
                == 1
        );
    }
}
