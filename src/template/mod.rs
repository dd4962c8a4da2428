//! The template core: stacks, logical ids, intrinsic functions, parameters,
//! outputs, conditions, resource attributes and the synthesized template.

mod condition;
mod handle;
mod logical_id;
mod output;
mod parameter;
mod resource;
mod stack;
mod stack_set;
#[allow(clippy::module_inception)]
mod template;
mod value;
mod yaml;

pub use condition::Condition;
pub use handle::Handle;
pub use logical_id::{LogicalId, MAX_LOGICAL_ID_LEN};
pub use output::Output;
pub use parameter::{Parameter, ParameterRef, ParameterType};
pub use resource::{CfnResource, DeletionPolicy, Render, Resource, Tagging};
pub(crate) use stack::finish;
pub use stack::{Construct, Stack, ASSET_BUCKET_PARAMETER};
pub use stack_set::StackSet;
pub(crate) use template::to_text;
pub use template::Template;
pub use value::{arn, Intrinsic, Pseudo, Value};
pub(crate) use yaml::to_yaml;
