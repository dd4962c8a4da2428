//! The front-door check: an ingress rule marked as the front door of an
//! internet-facing load balancer (which stackward's rule on ingress from
//! anywhere accepts on 80 and 443) must be exactly that.

use std::collections::BTreeSet;

use serde_json::Value as Json;

use crate::elb::INTERNET_FACING;
use crate::error::Error;

/// Every resource whose `Metadata` carries the front-door mark, unless it
/// is an ingress rule of a security group that an internet-facing load
/// balancer of this template holds, and the mark names that load balancer.
pub fn front_doors(template: &Json) -> Vec<Error> {
    marked(template)
        .filter(|(_, _, proven)| !proven)
        .map(|(id, mark, _)| {
            Error::invalid(
                id,
                format!("Metadata/{INTERNET_FACING}"),
                mark.as_str().map_or_else(|| mark.to_string(), str::to_owned),
                "only an ingress rule of an internet-facing load balancer's own security group is its front door: build it with elb::LoadBalancer, or waive SG_NO_INGRESS_FROM_ANYWHERE on the rule",
            )
        })
        .collect()
}

/// The ids of the resources whose front-door mark holds: the rules may
/// read the mark of these only (any other mark is ignored, so a template
/// cannot exempt an ingress rule by writing the mark).
pub(crate) fn proven(template: &Json) -> BTreeSet<String> {
    marked(template)
        .filter(|(_, _, proven)| *proven)
        .map(|(id, _, _)| id.to_owned())
        .collect()
}

/// Each marked resource: its id, the mark, and whether the mark holds.
fn marked(template: &Json) -> impl Iterator<Item = (&str, &Json, bool)> {
    let resources = template["Resources"].as_object().into_iter().flatten();
    resources.filter_map(move |(id, resource)| {
        let mark = resource["Metadata"].get(INTERNET_FACING)?;
        let balancer = &template["Resources"][mark.as_str().unwrap_or_default()];
        let holds_group = balancer["Properties"]["SecurityGroups"]
            .as_array()
            .is_some_and(|groups| groups.contains(&resource["Properties"]["GroupId"]));
        let proven = resource["Type"] == "AWS::EC2::SecurityGroupIngress"
            && balancer["Type"] == "AWS::ElasticLoadBalancingV2::LoadBalancer"
            && balancer["Properties"]["Scheme"] == "internet-facing"
            && holds_group;
        Some((id.as_str(), mark, proven))
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn template(scheme: &str, held: &str) -> Json {
        json!({ "Resources": {
            "Lb": { "Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {
                "Scheme": scheme,
                "SecurityGroups": [{ "Fn::GetAtt": [held, "GroupId"] }]
            }},
            "In": { "Type": "AWS::EC2::SecurityGroupIngress",
                "Metadata": { INTERNET_FACING: "Lb" },
                "Properties": { "GroupId": { "Fn::GetAtt": ["LbGroup", "GroupId"] } } }
        }})
    }

    #[test]
    fn a_mark_holds_only_on_an_internet_facing_balancers_own_group() {
        assert!(front_doors(&template("internet-facing", "LbGroup")).is_empty());
        let internal = front_doors(&template("internal", "LbGroup"));
        assert_eq!(internal.len(), 1);
        assert!(internal[0].to_string().contains("In"), "{}", internal[0]);
        assert_eq!(
            front_doors(&template("internet-facing", "OtherGroup")).len(),
            1
        );
        let mut t = template("internet-facing", "LbGroup");
        t["Resources"]["In"]["Metadata"][INTERNET_FACING] = json!("Nowhere");
        assert_eq!(front_doors(&t).len(), 1);
    }
}
