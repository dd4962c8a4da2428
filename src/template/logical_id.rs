//! Logical ids: the names resources, parameters and outputs have in a template.

use std::fmt;

use heck::ToUpperCamelCase;

use crate::error::{Error, Result};

/// CloudFormation's limit on the length of a logical id.
pub const MAX_LOGICAL_ID_LEN: usize = 255;

/// A valid CloudFormation logical id: ASCII letters and digits, starting with
/// a letter, at most 255 characters.
///
/// Made from the user's id in PascalCase, so `"data-bucket"`, `"data_bucket"`
/// and `"DataBucket"` all give `DataBucket`. The id depends only on the name
/// the user chose, never on where the code sits, so it is stable across
/// refactors and runs.
///
/// ```
/// use stackward::template::LogicalId;
/// assert_eq!(LogicalId::new("data-bucket").unwrap().as_str(), "DataBucket");
/// assert!(LogicalId::new("données").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LogicalId(String);

impl LogicalId {
    /// Turns a user's id into a logical id, or says which rule it breaks.
    pub fn new(user_id: &str) -> Result<Self> {
        let id = user_id.to_upper_camel_case();
        let err = |rule: &str| Error::InvalidLogicalId {
            id: user_id.to_owned(),
            rule: rule.to_owned(),
        };
        if id.is_empty() {
            return Err(err("must contain at least one letter or digit"));
        }
        if !id.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(err(
                "must be made of ASCII letters and digits (separators - _ . and spaces are dropped)",
            ));
        }
        if !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return Err(err("must start with a letter"));
        }
        if id.len() > MAX_LOGICAL_ID_LEN {
            return Err(err("must be at most 255 characters"));
        }
        Ok(LogicalId(id))
    }

    /// The id of a resource a construct creates beside its main one,
    /// e.g. `DataBucket` + `Policy` = `DataBucketPolicy`.
    pub fn child(&self, suffix: &str) -> Result<Self> {
        LogicalId::new(&format!("{}{}", self.0, suffix.to_upper_camel_case()))
    }

    /// Stands in for an invalid id so that synth can go on and report every
    /// problem; the invalid id itself is already recorded as an error.
    pub(crate) fn placeholder(n: usize) -> Self {
        LogicalId(format!("Invalid{n}"))
    }

    /// The id as a string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LogicalId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for LogicalId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pascal_case_from_any_separator() {
        for id in [
            "data bucket",
            "data-bucket",
            "data_bucket",
            "dataBucket",
            "DataBucket",
        ] {
            assert_eq!(LogicalId::new(id).unwrap().as_str(), "DataBucket", "{id}");
        }
    }

    #[test]
    fn rejects_what_cloudformation_rejects() {
        let rule = |id: &str| match LogicalId::new(id) {
            Err(Error::InvalidLogicalId { rule, .. }) => rule,
            other => panic!("{id}: expected an error, got {other:?}"),
        };
        assert_eq!(rule("--"), "must contain at least one letter or digit");
        assert!(rule("café").starts_with("must be made of ASCII letters and digits"));
        assert_eq!(rule("1bucket"), "must start with a letter");
        assert_eq!(rule(&"a".repeat(256)), "must be at most 255 characters");
        assert!(LogicalId::new(&"a".repeat(255)).is_ok());
    }

    #[test]
    fn child_ids_append_a_pascal_suffix() {
        let id = LogicalId::new("data").unwrap();
        assert_eq!(id.child("policy").unwrap().as_str(), "DataPolicy");
    }
}
