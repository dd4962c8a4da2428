//! What the template shows, resource type by resource type, for each duty
//! the configuration of this service discharges: the evidence the
//! responsibility report reads, and what stays with the customer.

use crate::duty::{Duty, Evidence, Expect, Locate, ResourceDuties, Rule};

/// What a record shows.
pub(crate) const RECORD_SET_DUTIES: ResourceDuties = ResourceDuties {
    type_name: "AWS::Route53::RecordSet",
    service: "Amazon Route 53",
    aws: &[
        "answering queries from its global name servers",
        "resolving an alias to the target's current addresses",
    ],
    evidence: &[Evidence {
        duty: Duty::NoPublicExposure,
        what: "an alias to an AWS resource, so no record dangles when it goes",
        locate: Locate::Own("/Properties/AliasTarget/DNSName"),
        expect: Expect::Present,
        rule: Some("ROUTE53_ALIAS_NOT_ADDRESS"),
        control: None,
    }],
    residual: &[(
        Duty::AccountHygiene,
        "sign the zone with DNSSEC and lock the domain's registration",
    )],
};

/// The Guard rules in this service's `rules.guard`: what each checks and
/// the option that asks for less (with a waiver).
pub(crate) const RULES: &[Rule] = &[Rule {
    name: "ROUTE53_ALIAS_NOT_ADDRESS",
    checks: "address and CNAME records are aliases",
    waived_by: "none: stackward writes aliases only",
    equivalents: &[],
}];
