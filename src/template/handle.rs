//! `Handle`: what every handle [`crate::template::Stack::add`] returns has in
//! common: the logical id of what it names, and that resource's `Ref` and
//! `Fn::GetAtt`.

use super::{Intrinsic, LogicalId, Value};

/// A handle to something in a stack. Implementors give their logical id;
/// the intrinsics come with it.
///
/// ```
/// use stackward::prelude::*;
///
/// let mut stack = Stack::new("Handles").unwrap();
/// let key = stack.add(kms::Key::builder().id("data").build());
/// assert_eq!(key.id().as_str(), "Data");
/// let arn: Value<String> = key.get_att("Arn");
/// assert_eq!(serde_json::to_value(&arn).unwrap()["Fn::GetAtt"][0], "Data");
/// ```
pub trait Handle {
    /// The logical id.
    fn id(&self) -> &LogicalId;

    /// `{"Ref": "<id>"}`: the value CloudFormation returns for a `Ref` to it
    /// (a name, an id).
    fn reference<T>(&self) -> Value<T> {
        Intrinsic::reference(self.id().as_str()).into()
    }

    /// `{"Fn::GetAtt": ["<id>", attribute]}`.
    fn get_att<T>(&self, attribute: &str) -> Value<T> {
        Intrinsic::get_att(self.id().as_str(), attribute).into()
    }
}
