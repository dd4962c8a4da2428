//! CloudFormation's template limits.

use serde_json::Value as Json;

use crate::error::Error;

/// Most resources in one template.
pub const MAX_RESOURCES: usize = 500;
/// Most parameters in one template.
pub const MAX_PARAMETERS: usize = 200;
/// Most outputs in one template.
pub const MAX_OUTPUTS: usize = 200;
/// Largest template body, in bytes, when deployed from S3.
pub const MAX_BODY_BYTES: usize = 1_000_000;

/// Checks the template against CloudFormation's limits.
pub fn limits(stack: &str, template: &Json, body_bytes: usize) -> Vec<Error> {
    let count = |s: &str| template[s].as_object().map_or(0, |m| m.len());
    [
        ("resources", count("Resources"), MAX_RESOURCES),
        ("parameters", count("Parameters"), MAX_PARAMETERS),
        ("outputs", count("Outputs"), MAX_OUTPUTS),
        ("template body (bytes)", body_bytes, MAX_BODY_BYTES),
    ]
    .into_iter()
    .filter(|(_, actual, max)| actual > max)
    .map(|(limit, actual, max)| Error::LimitExceeded {
        stack: stack.to_owned(),
        limit,
        actual,
        max,
    })
    .collect()
}
