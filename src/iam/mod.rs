//! IAM: policy documents (key, bucket and role policies) and roles that
//! one AWS service assumes.

pub mod actions;
mod grant;
mod policy;
mod role;

pub use grant::Grantee;
pub use policy::{Effect, PolicyDocument, Principal, Statement};
pub use role::{ManagedPolicy, Role, RoleRef, ROLE_DUTIES};
