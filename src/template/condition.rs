//! Template conditions.

use serde_json::{json, Value as Json};

use super::Value;

/// A condition expression, for the template's `Conditions` section.
///
/// ```
/// use stackward::template::{Condition, Intrinsic, Value};
/// let is_prod = Condition::equals(Intrinsic::reference("Environment").into(), "prod".into());
/// assert_eq!(
///     is_prod.to_json(),
///     serde_json::json!({"Fn::Equals": [{"Ref": "Environment"}, "prod"]})
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    /// `Fn::Equals`
    Equals(Value<String>, Value<String>),
    /// `Fn::Not`
    Not(Box<Condition>),
    /// `Fn::And` (2 to 10 conditions)
    And(Vec<Condition>),
    /// `Fn::Or` (2 to 10 conditions)
    Or(Vec<Condition>),
    /// Another named condition.
    Named(String),
}

impl Condition {
    /// `Fn::Equals`.
    pub fn equals(a: Value<String>, b: Value<String>) -> Self {
        Condition::Equals(a, b)
    }

    /// `Fn::Not`.
    #[allow(clippy::should_implement_trait)]
    pub fn not(c: Condition) -> Self {
        Condition::Not(Box::new(c))
    }

    /// The JSON CloudFormation reads.
    pub fn to_json(&self) -> Json {
        match self {
            Condition::Equals(a, b) => json!({ "Fn::Equals": [a, b] }),
            Condition::Not(c) => json!({ "Fn::Not": [c.to_json()] }),
            Condition::And(cs) => {
                json!({ "Fn::And": cs.iter().map(Condition::to_json).collect::<Vec<_>>() })
            }
            Condition::Or(cs) => {
                json!({ "Fn::Or": cs.iter().map(Condition::to_json).collect::<Vec<_>>() })
            }
            Condition::Named(n) => json!({ "Condition": n }),
        }
    }

    /// Number of operands where CloudFormation limits them (`And`, `Or`: 2-10).
    pub(crate) fn arity_problem(&self) -> Option<usize> {
        match self {
            Condition::And(cs) | Condition::Or(cs) if !(2..=10).contains(&cs.len()) => {
                Some(cs.len())
            }
            Condition::And(cs) | Condition::Or(cs) => cs.iter().find_map(Condition::arity_problem),
            Condition::Not(c) => c.arity_problem(),
            _ => None,
        }
    }
}
