//! In-process checks run by every `Stack::synth`: references, CloudFormation
//! limits, load balancers' front doors and stackward's own Guard rules.

pub(crate) mod cache;
mod canonical;
mod coverage;
mod front_doors;
pub(crate) mod guard;
mod limits;
pub(crate) mod references;

pub use coverage::unchecked;
pub use front_doors::front_doors;
pub use guard::{
    cache_folder, evaluate, guard_rules, rule_files, stackward_rules, stackward_rules_in, Finding,
    GuardReport,
};
pub use limits::{limits, MAX_BODY_BYTES, MAX_OUTPUTS, MAX_PARAMETERS, MAX_RESOURCES};
pub use references::references;

/// The strings of a JSON array (other items and non-arrays give nothing).
pub(crate) fn json_strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}
