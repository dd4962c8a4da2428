//! IAM: policy documents (key, bucket and role policies) and roles that
//! one AWS service assumes.
//!
#![doc = include_str!("defaults.md")]

pub mod actions;
pub(crate) mod duties;
mod grant;
mod policy;
mod role;

pub(crate) use actions::actions;
pub use grant::Grantee;
pub(crate) use policy::render_policy_statements;
pub use policy::{Effect, PolicyDocument, Principal, Statement};
pub use role::{ManagedPolicy, Role, RoleRef};

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "iam",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[&duties::ROLE_DUTIES],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[
        &duties::INLINE_POLICIES,
        &duties::SERVICE_ROLE_POLICIES,
        &duties::OBJECT_KEYS,
    ],
};
