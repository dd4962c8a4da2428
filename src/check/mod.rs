//! In-process checks run by every `Stack::synth`: references, CloudFormation
//! limits and stackward's own Guard rules.

mod guard;
mod limits;
pub(crate) mod references;

pub use guard::{evaluate, guard_rules, Finding, GuardReport, RULE_FILES};
pub use limits::{limits, MAX_BODY_BYTES, MAX_OUTPUTS, MAX_PARAMETERS, MAX_RESOURCES};
pub use references::references;
