//! Amazon Route 53: a hosted zone this stack writes alias records into.
//!
#![doc = include_str!("defaults.md")]

pub(crate) mod duties;

use crate::cfn::l1::route53 as l1;
use crate::elb::LoadBalancerRef;
use crate::error::Error;
use crate::template::{Resource, Stack, Value};

/// A hosted zone that exists outside this stack, by id (a literal such as
/// `Z0123456789ABCDEFGHIJ`, or a parameter's `Ref`) and domain name.
#[derive(Debug, Clone, PartialEq)]
pub struct Zone {
    id: Value<String>,
    domain: String,
}

/// What an alias record can point at: its DNS name and the hosted zone
/// that name lives in.
pub trait AliasTarget {
    /// The target's DNS name.
    fn alias_dns_name(&self) -> Value<String>;
    /// The hosted zone of that name.
    fn alias_zone_id(&self) -> Value<String>;
    /// Whether Route 53 should answer only while the target is healthy.
    fn evaluate_health(&self) -> bool;
}

impl AliasTarget for LoadBalancerRef {
    fn alias_dns_name(&self) -> Value<String> {
        self.dns_name()
    }
    fn alias_zone_id(&self) -> Value<String> {
        self.canonical_hosted_zone_id()
    }
    fn evaluate_health(&self) -> bool {
        true
    }
}

impl Zone {
    /// The zone with this id, serving `domain` (such as `example.com`).
    ///
    /// ```
    /// use stackward::prelude::*;
    /// use stackward::route53::Zone;
    ///
    /// let zone = Zone::new("Z0123456789ABCDEFGHIJ", "example.com");
    /// assert_eq!(zone.domain(), "example.com");
    /// ```
    pub fn new(id: impl Into<Value<String>>, domain: impl Into<String>) -> Zone {
        Zone {
            id: id.into(),
            domain: domain.into().trim_end_matches('.').to_owned(),
        }
    }

    /// The zone's id.
    pub fn id(&self) -> Value<String> {
        self.id.clone()
    }

    /// The zone's domain name.
    pub fn domain(&self) -> &str {
        &self.domain
    }

    /// Points `name` (a name inside the zone, such as `app.example.com`)
    /// at `target` with alias A records, as resource `<id>` of the stack:
    /// no IP address to go stale, and (for a load balancer) answers only
    /// while the target is healthy.
    pub fn alias(&self, stack: &mut Stack, id: &str, name: &str, target: &impl AliasTarget) {
        let rid = stack.construct_id(id, |rid| {
            let inside = name == self.domain || name.ends_with(&format!(".{}", self.domain));
            let mut errors = Vec::new();
            if !crate::acm::is_domain_name(name) || !inside {
                errors.push(Error::invalid(
                    rid.as_str(),
                    "Name",
                    name,
                    format!(
                        "an alias is a domain name inside the zone's domain {}",
                        self.domain
                    ),
                ));
            }
            errors
        });
        let record = l1::RecordSet {
            hosted_zone_id: Some(self.id.clone()),
            name: name.into(),
            r#type: "A".into(),
            alias_target: Some(l1::record_set::AliasTarget {
                dns_name: target.alias_dns_name(),
                hosted_zone_id: target.alias_zone_id(),
                evaluate_target_health: Some(Value::Literal(target.evaluate_health())),
            }),
            ..Default::default()
        };
        stack.add_resource(Resource::new(rid, &record));
    }
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "route53",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[&duties::RECORD_SET_DUTIES],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[],
};
