//! What happens to a stateful resource when its stack is deleted or the
//! resource is replaced.

use crate::template::{DeletionPolicy, Resource};
use crate::waiver::Waiver;

/// Removal behaviour of a stateful resource (bucket, key, log group, ...).
///
/// The default keeps the resource and its data. Deleting data with the stack
/// has to be asked for with a [`Waiver`] naming the rules it breaks.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Removal {
    /// `DeletionPolicy: Retain` and `UpdateReplacePolicy: Retain`.
    #[default]
    Retain,
    /// `Delete` on both: the data goes with the stack.
    Delete(Waiver),
}

impl Removal {
    pub(crate) fn apply(&self, resource: &mut Resource) {
        match self {
            Removal::Retain => {
                resource.retention(DeletionPolicy::Retain);
            }
            Removal::Delete(waiver) => {
                resource
                    .retention(DeletionPolicy::Delete)
                    .waive(waiver.clone());
            }
        }
    }
}
