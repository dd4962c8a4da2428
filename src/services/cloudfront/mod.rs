//! Amazon CloudFront: `cloudfront::Distribution`, HTTPS at the edge in
//! front of an HTTPS origin (a load balancer under its own name) or a
//! private S3 bucket.
//!
#![doc = include_str!("defaults.md")]

pub(crate) mod duties;

use serde_json::{json, Value as Json};
use typed_builder::TypedBuilder;

use crate::acm::CertificateRef;
use crate::cfn::l1::cloudfront as l1;
use crate::error::Error;
use crate::iam::{Effect, Principal, Statement};
use crate::s3::{AccessLogs, Bucket, BucketRef, Encryption};
use crate::template::{
    CfnResource, Construct, Handle, Intrinsic, LogicalId, Resource, Stack, Value,
};
use crate::waiver::Waiver;

/// The lowest TLS version viewers may use, with the cipher suites of
/// CloudFront's 2021 policy.
pub const MINIMUM_PROTOCOL_VERSION: &str = "TLSv1.2_2021";

/// AWS's managed cache policies and the origin request policy stackward
/// uses: cache static content from S3, pass everything but the host header
/// to an application.
const CACHING_OPTIMIZED: &str = "658327ea-f89d-4fab-a63d-7e88639e58f6";
const CACHING_DISABLED: &str = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
const ALL_VIEWER_EXCEPT_HOST: &str = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

/// The hosted zone of every CloudFront domain name, for alias records.
pub const HOSTED_ZONE_ID: &str = "Z2FDTNDATAQYW2";

/// Where a distribution fetches what it serves.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    /// An HTTPS server under this name (a load balancer's alias covered by
    /// its certificate): HTTPS only, TLS 1.2.
    Https(String),
    /// A bucket of this stack, kept private: the distribution reads it
    /// through an origin access control, and the bucket policy allows this
    /// distribution only.
    Bucket(BucketRef),
}

/// Which edge locations serve the distribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PriceClass {
    /// Every edge location.
    #[default]
    All,
    /// North America, Europe, Asia, the Middle East and Africa.
    Class200,
    /// North America and Europe.
    Class100,
}

/// Countries viewers may or may not come from (ISO 3166-1 alpha-2 codes).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Geo {
    /// Everywhere.
    #[default]
    Anywhere,
    /// Only these countries.
    Allow(Vec<String>),
    /// Everywhere but these countries.
    Block(Vec<String>),
}

/// A CloudFront distribution.
///
/// Viewers are redirected to HTTPS and served with the custom certificate
/// under TLS 1.2 or later (SNI); origins are reached over HTTPS (TLS 1.2)
/// or, for a bucket, through an origin access control; every response
/// carries HSTS and the usual security headers; requests are logged to the
/// stack's CloudFront log bucket; a CLOUDFRONT-scope web ACL filters
/// requests; `/` serves `index.html`.
///
/// The certificate and the web ACL of a distribution live in us-east-1:
/// create them in a stack allowed only there and pass their ARNs.
///
/// ```
/// use stackward::prelude::*;
/// use stackward::cloudfront::{Distribution, Origin};
///
/// let mut stack = Stack::new("Edge").unwrap();
/// let cdn = stack.add(
///     Distribution::builder()
///         .id("cdn")
///         .origin(Origin::Https("origin.example.com".into()))
///         .aliases(vec!["www.example.com".into()])
///         .certificate(acm::CertificateRef::from_arn("arn:aws:acm:us-east-1:111122223333:certificate/abc"))
///         .web_acl_arn("arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/abc")
///         .single_origin(Waiver::new("one regional origin", ["CLOUDFRONT_ORIGIN_FAILOVER", "CT.CLOUDFRONT.PR.4"]).unwrap())
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// let c = &t.json()["Resources"]["Cdn"]["Properties"]["DistributionConfig"];
/// assert_eq!(c["DefaultCacheBehavior"]["ViewerProtocolPolicy"], "redirect-to-https");
/// assert_eq!(c["ViewerCertificate"]["MinimumProtocolVersion"], "TLSv1.2_2021");
/// # let _ = cdn;
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Distribution {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// What every request not matched by `paths` is served from.
    pub origin: Origin,
    /// Path patterns (`/static/*`) served from another origin, in order.
    #[builder(default)]
    pub paths: Vec<(String, Origin)>,
    /// An origin CloudFront turns to when the first answers 5xx errors
    /// (an origin group).
    #[builder(default, setter(strip_option))]
    pub failover: Option<Origin>,
    /// No failover origin: only with a waiver of
    /// `CLOUDFRONT_ORIGIN_FAILOVER`.
    #[builder(default, setter(strip_option))]
    pub single_origin: Option<Waiver>,
    /// The names viewers use (covered by `certificate`).
    #[builder(default)]
    pub aliases: Vec<String>,
    /// The certificate for `aliases`, issued in us-east-1.
    #[builder(default, setter(strip_option))]
    pub certificate: Option<CertificateRef>,
    /// Serve under `*.cloudfront.net` with CloudFront's certificate, which
    /// allows TLS 1.0: only with a waiver of `CLOUDFRONT_VIEWER_TLS`.
    #[builder(default, setter(strip_option))]
    pub default_certificate: Option<Waiver>,
    /// The ARN of a web ACL of scope CLOUDFRONT (created in us-east-1).
    #[builder(default, setter(into, strip_option))]
    pub web_acl_arn: Option<Value<String>>,
    /// No web ACL: only with a waiver of `CLOUDFRONT_WAF_ENABLED`.
    #[builder(default, setter(strip_option))]
    pub no_web_acl: Option<Waiver>,
    /// Edge locations.
    #[builder(default)]
    pub price_class: PriceClass,
    /// Countries.
    #[builder(default)]
    pub geo: Geo,
}

/// A handle to a distribution in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistributionRef {
    id: LogicalId,
}

impl Handle for DistributionRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl DistributionRef {
    /// The distribution's domain name (`d111111abcdef8.cloudfront.net`).
    pub fn domain_name(&self) -> Value<String> {
        self.get_att("DomainName")
    }

    /// The distribution's ARN.
    pub fn arn(&self) -> Value<String> {
        distribution_arn(&self.id)
    }
}

impl crate::route53::AliasTarget for DistributionRef {
    fn alias_dns_name(&self) -> Value<String> {
        self.domain_name()
    }
    fn alias_zone_id(&self) -> Value<String> {
        HOSTED_ZONE_ID.into()
    }
    fn evaluate_health(&self) -> bool {
        false
    }
}

fn distribution_arn(id: &LogicalId) -> Value<String> {
    Intrinsic::sub(format!(
        "arn:${{AWS::Partition}}:cloudfront::${{AWS::AccountId}}:distribution/${{{id}}}"
    ))
    .into()
}

/// The id of the stack's CloudFront log bucket.
const LOG_BUCKET: &str = "CloudFrontLogsBucket";

impl Stack {
    /// The stack's CloudFront log bucket, created on first use. CloudFront
    /// standard logging writes with ACLs and only to buckets encrypted with
    /// S3's keys: both are waived on this bucket, with the reasons.
    fn cloudfront_log_bucket(&mut self) -> BucketRef {
        let id = self.logical_id(LOG_BUCKET);
        if let Some(existing) = crate::s3::existing(self, &id) {
            return existing;
        }
        let waiver = |reason: &str, rules: &[&str]| {
            Waiver::new(reason, rules.iter().copied())
                .expect("a constant waiver with a reason and rules is valid")
        };
        self.add(
            Bucket::builder()
                .id(LOG_BUCKET)
                .encryption(Encryption::S3Managed(waiver(
                    "CloudFront standard logging delivers only to buckets encrypted with SSE-S3",
                    &["S3_DEFAULT_ENCRYPTION_KMS", "CT.S3.PR.10"],
                )))
                .acls_for_log_delivery(waiver(
                    "CloudFront standard logging writes log files with an ACL granting the bucket owner",
                    &["S3_BUCKET_ACL_PROHIBITED"],
                ))
                .access_logs(AccessLogs::StackLogBucket)
                .build(),
        )
    }
}

impl Distribution {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut err = |property: &str, value: &dyn std::fmt::Display, rule: &str| {
            errors.push(Error::invalid(id.as_str(), property, value, rule));
        };
        let origins = std::iter::once(&self.origin)
            .chain(self.paths.iter().map(|(_, o)| o))
            .chain(&self.failover);
        for origin in origins {
            if let Origin::Https(domain) = origin {
                if !crate::acm::is_domain_name(domain) || domain.starts_with("*.") {
                    err(
                        "DomainName",
                        domain,
                        "an HTTPS origin is a domain name its certificate covers",
                    );
                }
            }
        }
        for (pattern, _) in &self.paths {
            if pattern.is_empty() || pattern.len() > 255 || pattern == "*" {
                err(
                    "PathPattern",
                    pattern,
                    "a path pattern is 1-255 characters and not the default (*)",
                );
            }
        }
        if self.paths.len() > 25 {
            err("CacheBehaviors", &self.paths.len(), "at most 25 paths");
        }
        for alias in &self.aliases {
            if !crate::acm::is_domain_name(alias) {
                err("Aliases", alias, "an alias is a domain name");
            }
        }
        match (&self.certificate, self.aliases.is_empty(), &self.default_certificate) {
            (Some(_), false, _) | (None, true, Some(_)) => {}
            (Some(_), true, _) => err(
                "Aliases",
                &"none",
                "a certificate serves aliases: give the names it covers",
            ),
            (None, false, _) => err(
                "ViewerCertificate",
                &"none",
                "aliases need a certificate issued in us-east-1",
            ),
            (None, true, None) => err(
                "ViewerCertificate",
                &"none",
                "give aliases and a certificate, or .default_certificate(waiver) naming CLOUDFRONT_VIEWER_TLS",
            ),
        }
        if self.web_acl_arn.is_none() && self.no_web_acl.is_none() {
            err(
                "WebACLId",
                &"none",
                "give .web_acl_arn(a CLOUDFRONT web ACL), or .no_web_acl(waiver) naming CLOUDFRONT_WAF_ENABLED",
            );
        }
        if self.failover.is_none() && self.single_origin.is_none() {
            err(
                "OriginGroups",
                &"none",
                "give a .failover(origin), or .single_origin(waiver) naming CLOUDFRONT_ORIGIN_FAILOVER",
            );
        }
        let codes = match &self.geo {
            Geo::Anywhere => &[][..],
            Geo::Allow(c) | Geo::Block(c) => c.as_slice(),
        };
        let country_ok = |c: &String| c.len() == 2 && c.chars().all(|c| c.is_ascii_uppercase());
        if !matches!(self.geo, Geo::Anywhere) && (codes.is_empty() || !codes.iter().all(country_ok))
        {
            err(
                "GeoRestriction",
                &codes.join(","),
                "give one or more ISO 3166-1 alpha-2 country codes such as DE",
            );
        }
        errors
    }
}

/// The JSON of one origin, and the key it is encrypted with (a bucket's).
fn origin_json(
    stack: &mut Stack,
    id: &LogicalId,
    origin_id: &str,
    origin: &Origin,
) -> (Json, Option<crate::kms::KeyRef>) {
    match origin {
        Origin::Https(domain) => (
            json!({
                "Id": origin_id,
                "DomainName": domain,
                "CustomOriginConfig": {
                    "OriginProtocolPolicy": "https-only",
                    "OriginSSLProtocols": ["TLSv1.2"],
                    "HTTPSPort": 443,
                    "OriginReadTimeout": 30,
                    "OriginKeepaliveTimeout": 5
                }
            }),
            None,
        ),
        Origin::Bucket(bucket) => {
            let oac = stack.child_id(id, "OriginAccess");
            if stack.resource(&oac).is_none() {
                let l1 = l1::OriginAccessControl {
                    origin_access_control_config:
                        l1::origin_access_control::OriginAccessControlConfig {
                            name: Intrinsic::sub(format!("${{AWS::StackName}}-{id}")).into(),
                            origin_access_control_origin_type: "s3".into(),
                            signing_behavior: "always".into(),
                            signing_protocol: "sigv4".into(),
                            ..Default::default()
                        },
                };
                stack.add_resource(Resource::new(oac.clone(), &l1));
            }
            bucket.allow(
                stack,
                Statement::new(Effect::Allow, ["s3:GetObject"])
                    .sid(format!("{id}Reads"))
                    .principal(Principal::service("cloudfront.amazonaws.com"))
                    .resource(bucket.objects_arn())
                    .condition(
                        json!({ "StringEquals": { "AWS:SourceArn": distribution_arn(id) } }),
                    ),
            );
            (
                json!({
                    "Id": origin_id,
                    "DomainName": bucket.regional_domain_name(),
                    "S3OriginConfig": {},
                    "OriginAccessControlId": { "Fn::GetAtt": [oac.as_str(), "Id"] }
                }),
                bucket.key().cloned(),
            )
        }
    }
}

impl Construct for Distribution {
    type Handle = DistributionRef;

    fn add_to(self, stack: &mut Stack) -> DistributionRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));

        let headers_id = stack.child_id(&id, "SecurityHeaders");
        let headers = json!({
            "ResponseHeadersPolicyConfig": {
                "Name": { "Fn::Sub": format!("${{AWS::StackName}}-{id}-security-headers") },
                "Comment": "HSTS and the usual security headers on every response",
                "SecurityHeadersConfig": {
                    "StrictTransportSecurity": {
                        "AccessControlMaxAgeSec": 63_072_000,
                        "IncludeSubdomains": true,
                        "Preload": true,
                        "Override": true
                    },
                    "ContentTypeOptions": { "Override": true },
                    "FrameOptions": { "FrameOption": "DENY", "Override": true },
                    "ReferrerPolicy": {
                        "ReferrerPolicy": "strict-origin-when-cross-origin",
                        "Override": true
                    },
                    "XSSProtection": { "Protection": true, "ModeBlock": true, "Override": true }
                }
            }
        });
        stack.add_resource(Resource::raw(
            headers_id.clone(),
            l1::ResponseHeadersPolicy::TYPE,
            headers,
        ));

        let mut origins = Vec::new();
        let mut keys = Vec::new();
        let mut behavior_for = |stack: &mut Stack, origin: &Origin, n: usize| -> Json {
            let origin_id = format!("origin{n}");
            let (json, key) = origin_json(stack, &id, &origin_id, origin);
            origins.push(json);
            keys.extend(key);
            let (cache, request) = match origin {
                Origin::Bucket(_) => (CACHING_OPTIMIZED, None),
                Origin::Https(_) => (CACHING_DISABLED, Some(ALL_VIEWER_EXCEPT_HOST)),
            };
            let mut behavior = json!({
                "TargetOriginId": origin_id,
                "ViewerProtocolPolicy": "redirect-to-https",
                "Compress": true,
                "CachePolicyId": cache,
                "ResponseHeadersPolicyId": { "Ref": headers_id.as_str() },
                "AllowedMethods": match origin {
                    Origin::Bucket(_) => json!(["GET", "HEAD", "OPTIONS"]),
                    Origin::Https(_) => json!(["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"]),
                },
            });
            if let Some(request) = request {
                behavior["OriginRequestPolicyId"] = json!(request);
            }
            behavior
        };
        let mut default = behavior_for(stack, &self.origin, 1);
        let mut groups = Vec::new();
        if let Some(failover) = &self.failover {
            behavior_for(stack, failover, 2);
            groups.push(json!({
                "Id": "origin1-group",
                "FailoverCriteria": { "StatusCodes": { "Quantity": 4, "Items": [500, 502, 503, 504] } },
                "Members": {
                    "Quantity": 2,
                    "Items": [{ "OriginId": "origin1" }, { "OriginId": "origin2" }]
                }
            }));
            default["TargetOriginId"] = json!("origin1-group");
            default["AllowedMethods"] = json!(["GET", "HEAD", "OPTIONS"]);
        }
        let base = 1 + usize::from(self.failover.is_some());
        let paths: Vec<Json> = self
            .paths
            .iter()
            .enumerate()
            .map(|(i, (pattern, origin))| {
                let mut b = behavior_for(stack, origin, base + i + 1);
                b["PathPattern"] = json!(pattern);
                b
            })
            .collect();

        let logs = stack.cloudfront_log_bucket();
        let viewer_certificate = match &self.certificate {
            Some(cert) => json!({
                "AcmCertificateArn": cert.arn(),
                "MinimumProtocolVersion": MINIMUM_PROTOCOL_VERSION,
                "SslSupportMethod": "sni-only"
            }),
            None => json!({ "CloudFrontDefaultCertificate": true }),
        };
        let restrictions = match &self.geo {
            Geo::Anywhere => json!({ "GeoRestriction": { "RestrictionType": "none" } }),
            Geo::Allow(c) => {
                json!({ "GeoRestriction": { "RestrictionType": "whitelist", "Locations": c } })
            }
            Geo::Block(c) => {
                json!({ "GeoRestriction": { "RestrictionType": "blacklist", "Locations": c } })
            }
        };
        let mut config = json!({
            "Enabled": true,
            "Comment": format!("{}/{id}", stack.name()),
            "HttpVersion": "http2and3",
            "IPV6Enabled": true,
            "DefaultRootObject": "index.html",
            "PriceClass": match self.price_class {
                PriceClass::All => "PriceClass_All",
                PriceClass::Class200 => "PriceClass_200",
                PriceClass::Class100 => "PriceClass_100",
            },
            "Origins": origins,
            "DefaultCacheBehavior": default,
            "ViewerCertificate": viewer_certificate,
            "Restrictions": restrictions,
            "Logging": {
                "Bucket": logs.get_att::<String>("DomainName"),
                "Prefix": format!("{id}/"),
                "IncludeCookies": false
            },
        });
        if !self.aliases.is_empty() {
            config["Aliases"] = json!(self.aliases);
        }
        if !paths.is_empty() {
            config["CacheBehaviors"] = json!(paths);
        }
        if !groups.is_empty() {
            config["OriginGroups"] = json!({ "Quantity": groups.len(), "Items": groups });
        }
        if let Some(acl) = &self.web_acl_arn {
            config["WebACLId"] = json!(acl);
        }
        let resource = stack.add_resource(Resource::raw(
            id.clone(),
            l1::Distribution::TYPE,
            json!({ "DistributionConfig": config }),
        ));
        resource.waive(Waiver::answered(&duties::EVERY_COUNTRY));
        for w in [
            self.single_origin.clone(),
            self.default_certificate.clone(),
            self.no_web_acl.clone(),
        ]
        .into_iter()
        .flatten()
        {
            resource.waive(w);
        }

        // CloudFront decrypts the objects of a bucket under a key of this
        // stack, for this distribution only.
        for key in keys {
            if stack
                .resource(key.id())
                .is_some_and(|r| r.type_name() == crate::cfn::l1::kms::Key::TYPE)
            {
                let statement = Statement::new(Effect::Allow, ["kms:Decrypt"])
                    .sid(format!("{id}Decrypts"))
                    .principal(Principal::service("cloudfront.amazonaws.com"))
                    .resource("*")
                    .condition(
                        json!({ "StringEquals": { "AWS:SourceArn": distribution_arn(&id) } }),
                    );
                stack.contribute(key.id(), statement.to_json());
            }
        }
        DistributionRef { id }
    }
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "cloudfront",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[
        &duties::DISTRIBUTION_DUTIES,
        &duties::ORIGIN_ACCESS_DUTIES,
        &duties::HEADERS_DUTIES,
    ],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[&duties::EVERY_COUNTRY],
};
