//! Template outputs, optionally exported for other stacks.

use serde_json::{json, Map, Value as Json};
use typed_builder::TypedBuilder;

use super::Value;

/// A stack output.
///
/// ```
/// use stackward::template::{Intrinsic, Output, Pseudo, Stack};
/// let mut stack = Stack::new("Outputs").unwrap();
/// stack.add_output(
///     Output::builder()
///         .id("region")
///         .value(Pseudo::Region)
///         .export_name(Intrinsic::sub("${AWS::StackName}-Region"))
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// assert_eq!(t.json()["Outputs"]["Region"]["Value"]["Ref"], "AWS::Region");
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Output {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The value.
    #[builder(setter(into))]
    pub value: Value<String>,
    /// What the value is.
    #[builder(default, setter(into, strip_option))]
    pub description: Option<String>,
    /// Export name, for `Fn::ImportValue` in other stacks of the same account and region.
    #[builder(default, setter(into, strip_option))]
    pub export_name: Option<Value<String>>,
    /// Name of a condition that must hold for the output to exist.
    #[builder(default, setter(into, strip_option))]
    pub condition: Option<String>,
}

impl Output {
    pub(crate) fn to_json(&self) -> Json {
        let mut m = Map::new();
        if let Some(d) = &self.description {
            m.insert("Description".into(), json!(d));
        }
        m.insert("Value".into(), json!(self.value));
        if let Some(e) = &self.export_name {
            m.insert("Export".into(), json!({ "Name": e }));
        }
        if let Some(c) = &self.condition {
            m.insert("Condition".into(), json!(c));
        }
        Json::Object(m)
    }
}
