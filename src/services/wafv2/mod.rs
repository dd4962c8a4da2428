//! AWS WAF: `wafv2::WebAcl`, a web ACL with AWS's managed rules, a rate
//! limit and logging, for load balancers (and, in a us-east-1 stack,
//! CloudFront).
//!
#![doc = include_str!("defaults.md")]

pub(crate) mod duties;

use serde_json::json;
use typed_builder::TypedBuilder;

use crate::cfn::l1::wafv2 as l1;
use crate::error::Error;
use crate::logs::LogGroup;
use crate::template::{Construct, Handle, Intrinsic, LogicalId, Resource, Stack, Value};
use crate::waiver::Waiver;

/// The AWS managed rule groups every web ACL runs, in order: the core rule
/// set (OWASP top risks), known bad inputs (exploit payloads such as
/// Log4j), and Amazon's IP reputation list.
pub const MANAGED_RULE_GROUPS: [&str; 3] = [
    "AWSManagedRulesCommonRuleSet",
    "AWSManagedRulesKnownBadInputsRuleSet",
    "AWSManagedRulesAmazonIpReputationList",
];

/// What a web ACL protects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// Application load balancers and API Gateway APIs in the stack's region.
    #[default]
    Regional,
    /// CloudFront distributions: the web ACL's stack must be deployed to
    /// us-east-1, so a stack with one allows only that region.
    CloudFront,
}

/// A WAF web ACL.
///
/// Allows by default and blocks what AWS's managed rule groups
/// ([`MANAGED_RULE_GROUPS`]) and a per-address rate limit block, with
/// CloudWatch metrics and sampled requests for every rule, and every
/// request logged to an encrypted log group whose name starts with
/// `aws-waf-logs-` (as WAF requires).
///
/// ```
/// use stackward::prelude::*;
///
/// let mut stack = Stack::new("Edge").unwrap();
/// let acl = stack.add(wafv2::WebAcl::builder().id("firewall").build());
/// let t = stack.synth().unwrap();
/// let p = &t.json()["Resources"]["Firewall"]["Properties"];
/// assert_eq!(p["Scope"], "REGIONAL");
/// assert_eq!(p["Rules"][0]["Statement"]["ManagedRuleGroupStatement"]["Name"], "AWSManagedRulesCommonRuleSet");
/// # let _ = acl;
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct WebAcl {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// What it protects.
    #[builder(default)]
    pub scope: Scope,
    /// Requests one address may make in 5 minutes before it is blocked
    /// (100-2000000000).
    #[builder(default = 2000)]
    pub rate_limit: u64,
    /// No request logging: only with a waiver of `WAFV2_LOGGING_ENABLED`.
    #[builder(default, setter(strip_option))]
    pub no_logging: Option<Waiver>,
}

/// A handle to a web ACL in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebAclRef {
    id: LogicalId,
    scope: Scope,
}

impl Handle for WebAclRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl WebAclRef {
    /// The web ACL's ARN.
    pub fn arn(&self) -> Value<String> {
        self.get_att("Arn")
    }

    /// What it protects.
    pub fn scope(&self) -> Scope {
        self.scope
    }

    /// Associates the web ACL with a regional resource (a load balancer, an
    /// API stage) whose ARN this is, as resource `<owner>WebAcl`.
    pub(crate) fn associate(&self, stack: &mut Stack, owner: &LogicalId, arn: Value<String>) {
        if self.scope != Scope::Regional {
            stack.error(Error::invalid(
                owner.as_str(),
                "WebACLArn",
                self.id.as_str(),
                "a load balancer or API takes a web ACL of Scope::Regional; Scope::CloudFront is for distributions",
            ));
            return;
        }
        let aid = stack.child_id(owner, "WebAcl");
        stack.add_resource(Resource::new(
            aid,
            &l1::WebAclAssociation {
                resource_arn: arn,
                web_acl_arn: self.arn(),
            },
        ));
    }
}

fn visibility(metric: &str) -> serde_json::Value {
    json!({
        "CloudWatchMetricsEnabled": true,
        "MetricName": metric,
        "SampledRequestsEnabled": true,
    })
}

impl WebAcl {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        if !(100..=2_000_000_000).contains(&self.rate_limit) {
            errors.push(Error::invalid(
                id.as_str(),
                "RateBasedStatement",
                self.rate_limit,
                "a rate limit is 100-2000000000 requests per 5 minutes",
            ));
        }
        errors
    }
}

impl Construct for WebAcl {
    type Handle = WebAclRef;

    fn add_to(self, stack: &mut Stack) -> WebAclRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let mut rules: Vec<serde_json::Value> = MANAGED_RULE_GROUPS
            .iter()
            .enumerate()
            .map(|(i, name)| {
                json!({
                    "Name": name,
                    "Priority": i,
                    "OverrideAction": { "None": {} },
                    "Statement": {
                        "ManagedRuleGroupStatement": { "VendorName": "AWS", "Name": name }
                    },
                    "VisibilityConfig": visibility(&format!("{id}{name}")),
                })
            })
            .collect();
        rules.push(json!({
            "Name": "RateLimitPerAddress",
            "Priority": MANAGED_RULE_GROUPS.len(),
            "Action": { "Block": {} },
            "Statement": {
                "RateBasedStatement": { "Limit": self.rate_limit, "AggregateKeyType": "IP" }
            },
            "VisibilityConfig": visibility(&format!("{id}RateLimit")),
        }));
        let acl = l1::WebAcl {
            scope: match self.scope {
                Scope::Regional => "REGIONAL",
                Scope::CloudFront => "CLOUDFRONT",
            }
            .into(),
            default_action: l1::web_acl::DefaultAction {
                allow: Some(Default::default()),
                ..Default::default()
            },
            visibility_config: l1::web_acl::VisibilityConfig {
                cloud_watch_metrics_enabled: Value::Literal(true),
                metric_name: id.as_str().into(),
                sampled_requests_enabled: Value::Literal(true),
            },
            ..Default::default()
        };
        let resource = stack.add_resource(Resource::new(id.clone(), &acl));
        resource.set("/Rules", json!(rules));
        if let Some(w) = &self.no_logging {
            resource.waive(w.clone());
        }
        if self.scope == Scope::CloudFront {
            let elsewhere: Vec<String> = stack
                .regions()
                .iter()
                .filter(|r| *r != "us-east-1")
                .cloned()
                .collect();
            if elsewhere.is_empty() {
                stack.allowed_regions(["us-east-1"]);
            } else {
                stack.error(Error::invalid(
                    id.as_str(),
                    "Scope",
                    elsewhere.join(", "),
                    "a CLOUDFRONT web ACL is created in us-east-1: put it in a stack of its own allowed only there",
                ));
            }
        }

        if self.no_logging.is_none() {
            // WAF writes only to log groups whose name starts with
            // aws-waf-logs-; it takes the group's ARN without the `:*`.
            let name = format!("aws-waf-logs-${{AWS::StackName}}-{id}");
            let group_id = stack.child_id(&id, "Logs");
            let group = stack.add(
                LogGroup::builder()
                    .id(group_id.to_string())
                    .name(Value::from(Intrinsic::sub(name.clone())))
                    .build(),
            );
            let logging_id = stack.child_id(&id, "Logging");
            let logging = l1::LoggingConfiguration {
                resource_arn: Intrinsic::get_att(id.as_str(), "Arn").into(),
                log_destination_configs: vec![crate::template::arn(
                    "logs",
                    "${AWS::Region}",
                    "${AWS::AccountId}",
                    &format!("log-group:{name}"),
                )
                .into()],
                ..Default::default()
            };
            stack
                .add_resource(Resource::new(logging_id, &logging))
                .depends_on(group.id());
        }
        WebAclRef {
            id,
            scope: self.scope,
        }
    }
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "wafv2",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[
        &duties::WEB_ACL_DUTIES,
        &duties::ASSOCIATION_DUTIES,
        &duties::LOGGING_DUTIES,
    ],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[],
};
