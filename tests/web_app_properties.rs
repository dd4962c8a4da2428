//! Property tests for the web application's constructs: arbitrary valid
//! configurations of load balancers, Auto Scaling groups, certificates, web
//! ACLs, Aurora clusters and CloudFront distributions synthesize; every Guard rule passes unless a
//! waiver on the resource names it; the defaults each construct promises
//! hold in the template; the report claims only what the template shows;
//! the output is deterministic.

use proptest::prelude::*;
use serde_json::Value as Json;
use stackward::check;
use stackward::elb::{Forward, Route, Scheme};
use stackward::prelude::*;
use stackward::rds::{AuroraEngine, Capacity};
use stackward::vpc::Subnets;
mod common;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 48,
        ..ProptestConfig::default()
    }
}

fn waiver(rules: &[&str]) -> Waiver {
    Waiver::new("property test", rules.iter().copied()).unwrap()
}

#[derive(Debug, Clone)]
struct Spec {
    zones: u8,
    internet_facing: bool,
    web_acl: bool,
    fleets: Vec<FleetSpec>,
    cluster: Option<ClusterSpec>,
    allowed_regions: bool,
}

#[derive(Debug, Clone)]
struct FleetSpec {
    types: Vec<&'static str>,
    min: u32,
    extra: u32,
    port: u16,
    route: u8,
    plain_http: bool,
}

#[derive(Debug, Clone)]
struct ClusterSpec {
    postgres: bool,
    serverless: bool,
    instances: u32,
    days: u32,
}

/// Families of one architecture that encrypt traffic between instances.
const ARM: [&str; 4] = ["m7g.large", "c7g.xlarge", "r7g.large", "m7gd.2xlarge"];
const X86: [&str; 4] = ["m7i.large", "c7i.xlarge", "r7i.large", "m6i.large"];

fn fleet_spec() -> impl Strategy<Value = FleetSpec> {
    (
        any::<bool>(),
        proptest::sample::subsequence(vec![0usize, 1, 2, 3], 1..=3),
        1u32..=3,
        0u32..=4,
        // Any port a fleet may listen on: RDP (3389) is refused from any
        // peer, a load balancer included.
        (1024u16..=65000).prop_filter("RDP is refused", |p| *p != 3389),
        0u8..=2,
        prop::bool::weighted(0.2),
    )
        .prop_map(|(arm, picks, min, extra, port, route, plain_http)| {
            let family = if arm { ARM } else { X86 };
            FleetSpec {
                types: picks.into_iter().map(|i| family[i]).collect(),
                min,
                extra,
                port,
                route,
                plain_http,
            }
        })
}

fn cluster_spec() -> impl Strategy<Value = ClusterSpec> {
    (any::<bool>(), any::<bool>(), 1u32..=3, 1u32..=35).prop_map(
        |(postgres, serverless, instances, days)| ClusterSpec {
            postgres,
            serverless,
            instances,
            days,
        },
    )
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        2u8..=3,
        any::<bool>(),
        prop::bool::weighted(0.8),
        proptest::collection::vec(fleet_spec(), 0..=2),
        proptest::option::of(cluster_spec()),
        any::<bool>(),
    )
        .prop_map(
            |(zones, internet_facing, web_acl, fleets, cluster, allowed_regions)| Spec {
                zones,
                internet_facing,
                web_acl,
                fleets,
                cluster,
                allowed_regions,
            },
        )
}

fn build(s: &Spec) -> Stack {
    let mut stack = Stack::new("Prop").unwrap();
    if s.allowed_regions {
        stack.allowed_regions(["eu-west-1", "eu-central-2"]);
    }
    let net = stack.add(
        vpc::Vpc::builder()
            .id("net")
            .cidr(common::cidr("10.0.0.0/16"))
            .zones(s.zones)
            .subnets(vec![
                Subnets::public(24),
                Subnets::private(20),
                Subnets::isolated(24),
            ])
            .build(),
    );
    let certificate = stack.add(
        acm::Certificate::builder()
            .id("cert")
            .domain("app.example.com")
            .hosted_zone_id("Z0123456789ABCDEFGHIJ")
            .build(),
    );
    let lb = elb::LoadBalancer::builder()
        .id("entry")
        .vpc(&net)
        .scheme(if s.internet_facing {
            Scheme::InternetFacing
        } else {
            Scheme::Internal
        })
        .certificate((*certificate).clone());
    let lb = if s.web_acl {
        let acl = stack.add(wafv2::WebAcl::builder().id("firewall").build());
        stack.add(lb.web_acl(&acl).build())
    } else if s.internet_facing {
        stack.add(lb.no_web_acl(waiver(&["ELB_WAF_ENABLED"])).build())
    } else {
        stack.add(lb.build())
    };

    let mut fleets = Vec::new();
    for (i, f) in s.fleets.iter().enumerate() {
        let group = autoscaling::Group::builder()
            .id(format!("fleet{i}"))
            .vpc(&net)
            .instance_types(f.types.iter().map(|t| t.to_string()).collect())
            .min_size(f.min)
            .max_size(f.min + f.extra);
        let group = if f.types.len() == 1 {
            stack.add(
                group
                    .single_instance_type(waiver(&["AUTOSCALING_MULTIPLE_INSTANCE_TYPES"]))
                    .build(),
            )
        } else {
            stack.add(group.build())
        };
        // One default target per listener: later fleets take a route.
        let route = match if i == 0 { f.route } else { 1 + f.route % 2 } {
            0 => Route::Default,
            1 => Route::Paths(vec![format!("/api{i}/*")]),
            _ => Route::Hosts(vec![format!("h{i}.example.com")]),
        };
        let forward = Forward::builder().port(f.port).route(route);
        let forward = if f.plain_http {
            forward.plain_http(waiver(&["ELB_TARGETS_HTTPS"])).build()
        } else {
            forward.build()
        };
        lb.add_target(&mut stack, &group, forward);
        fleets.push(group);
    }

    if let Some(c) = &s.cluster {
        let engine = if c.postgres {
            AuroraEngine::Postgres("16.9".into())
        } else {
            AuroraEngine::MySql("8.0.mysql_aurora.3.10.0".into())
        };
        let capacity = if c.serverless {
            Capacity::Serverless { min: 0.5, max: 4.0 }
        } else {
            Capacity::Provisioned("db.r7g.large".into())
        };
        let backups = if c.days < 7 {
            stackward::rds::Backups::Shorter(c.days, waiver(&["RDS_CLUSTER_BACKUP_ENABLED"]))
        } else {
            stackward::rds::Backups::Days(c.days)
        };
        let cluster = rds::Cluster::builder()
            .id("db")
            .vpc(&net)
            .engine(engine)
            .capacity(capacity)
            .instances(c.instances)
            .backups(backups);
        let cluster = if c.instances == 1 {
            stack.add(
                cluster
                    .single_instance(waiver(&["RDS_CLUSTER_MULTI_AZ_ENABLED"]))
                    .build(),
            )
        } else {
            stack.add(cluster.build())
        };
        for f in &fleets {
            cluster.allow_from(&mut stack, f);
            cluster.grant_connect(&mut stack, f, "app");
        }
    }
    stack
}

fn waived_rules(resource: &Json) -> Vec<&str> {
    resource["Metadata"]["guard"]["SuppressedRules"]
        .as_array()
        .map(|a| a.iter().filter_map(Json::as_str).collect())
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn valid_web_applications_pass_every_rule_unless_waived(s in spec()) {
        let template = build(&s).synth().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let parsed: Json = serde_json::from_str(template.text()).unwrap();
        let resources = parsed["Resources"].as_object().unwrap();

        // Every Guard rule passes unless a waiver on the resource names it.
        let report = check::stackward_rules(template.json()).unwrap();
        prop_assert!(report.failures.is_empty(), "{:?}", report.failures);
        for finding in &report.waived {
            if let Some(id) = finding.resource.as_deref() {
                prop_assert!(waived_rules(&resources[id]).contains(&finding.rule.as_str()));
            }
        }

        // Only the load balancer's front door admits the internet, on 80 and 443.
        for (id, r) in resources {
            let open = r["Properties"]["CidrIp"] == "0.0.0.0/0"
                && r["Type"] == "AWS::EC2::SecurityGroupIngress";
            if open {
                prop_assert!(s.internet_facing, "{}", id);
                prop_assert_eq!(&r["Metadata"][elb::INTERNET_FACING], "Entry");
                let port = r["Properties"]["FromPort"].as_i64().unwrap();
                prop_assert!(port == 80 || port == 443);
            }
        }

        // Listeners: HTTPS with the current policy, or a redirect.
        for r in resources.values().filter(|r| r["Type"] == "AWS::ElasticLoadBalancingV2::Listener") {
            let p = &r["Properties"];
            let https = p["Protocol"] == "HTTPS" && p["SslPolicy"] == elb::TLS_POLICY;
            let redirect = p["DefaultActions"][0]["RedirectConfig"]["Protocol"] == "HTTPS";
            prop_assert!(https || redirect);
        }

        // Fleets: launch template with IMDSv2, encrypted volumes, no public
        // IP; at least two zones; health checks of the load balancer.
        for (id, r) in resources.iter().filter(|(_, r)| r["Type"] == "AWS::AutoScaling::AutoScalingGroup") {
            let p = &r["Properties"];
            let lt = p["MixedInstancesPolicy"]["LaunchTemplate"]["LaunchTemplateSpecification"]["LaunchTemplateId"]["Ref"].as_str().unwrap();
            let data = &resources[lt]["Properties"]["LaunchTemplateData"];
            prop_assert_eq!(&data["MetadataOptions"]["HttpTokens"], "required");
            prop_assert_eq!(&data["NetworkInterfaces"][0]["AssociatePublicIpAddress"], false);
            for m in data["BlockDeviceMappings"].as_array().unwrap() {
                prop_assert_eq!(&m["Ebs"]["Encrypted"], true);
            }
            prop_assert_eq!(p["VPCZoneIdentifier"].as_array().unwrap().len(), usize::from(s.zones));
            prop_assert_eq!(&p["HealthCheckType"], "ELB", "{}", id);
        }

        // Clusters: encrypted, managed secret, members never public.
        for r in resources.values() {
            if r["Type"] == "AWS::RDS::DBCluster" {
                prop_assert_eq!(&r["Properties"]["StorageEncrypted"], true);
                prop_assert_eq!(&r["Properties"]["ManageMasterUserPassword"], true);
                prop_assert_eq!(&r["DeletionPolicy"], "Snapshot");
            }
            if r["Type"] == "AWS::RDS::DBInstance" {
                prop_assert_eq!(&r["Properties"]["PubliclyAccessible"], false);
            }
        }

        // The report is honest about every resource.
        let report = serde_json::to_value(template.report()).unwrap();
        let broken = common::broken_claims(&parsed, &report);
        prop_assert!(broken.is_empty(), "{:?}", broken);

        // Deterministic.
        let again = build(&s).synth().unwrap();
        prop_assert_eq!(again.text(), template.text());
    }
}

#[derive(Debug, Clone)]
struct EdgeSpec {
    bucket_origin: bool,
    paths: u8,
    failover: bool,
    aliases: u8,
    price: u8,
    geo: u8,
}

fn edge_spec() -> impl Strategy<Value = EdgeSpec> {
    (
        any::<bool>(),
        0u8..=3,
        any::<bool>(),
        1u8..=3,
        0u8..=2,
        0u8..=2,
    )
        .prop_map(
            |(bucket_origin, paths, failover, aliases, price, geo)| EdgeSpec {
                bucket_origin,
                paths,
                failover,
                aliases,
                price,
                geo,
            },
        )
}

fn edge(s: &EdgeSpec) -> Stack {
    use stackward::cloudfront::{Distribution, Geo, Origin, PriceClass};
    let mut stack = Stack::new("Edge").unwrap();
    let site = stack.add(s3::Bucket::builder().id("site").build());
    let origin = |n: u8| {
        if s.bucket_origin && n == 0 {
            Origin::Bucket(site.clone())
        } else {
            Origin::Https(format!("o{n}.example.com"))
        }
    };
    let builder = Distribution::builder()
        .id("cdn")
        .origin(origin(0))
        .paths(
            (1..=s.paths)
                .map(|n| (format!("/p{n}/*"), origin(n)))
                .collect(),
        )
        .aliases(
            (0..s.aliases)
                .map(|n| format!("w{n}.example.com"))
                .collect(),
        )
        .certificate(acm::CertificateRef::from_arn(
            "arn:aws:acm:us-east-1:111122223333:certificate/edge",
        ))
        .web_acl_arn("arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/abc")
        .price_class(match s.price {
            0 => PriceClass::All,
            1 => PriceClass::Class200,
            _ => PriceClass::Class100,
        })
        .geo(match s.geo {
            0 => Geo::Anywhere,
            1 => Geo::Allow(vec!["DE".into(), "FR".into()]),
            _ => Geo::Block(vec!["KP".into()]),
        });
    let cdn = if s.failover {
        builder
            .failover(Origin::Https("backup.example.com".into()))
            .build()
    } else {
        builder
            .single_origin(waiver(&["CLOUDFRONT_ORIGIN_FAILOVER"]))
            .build()
    };
    stack.add(cdn);
    stack
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn valid_distributions_pass_every_rule_unless_waived(s in edge_spec()) {
        let template = edge(&s).synth().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let parsed: Json = serde_json::from_str(template.text()).unwrap();
        let report = check::stackward_rules(template.json()).unwrap();
        prop_assert!(report.failures.is_empty(), "{:?}", report.failures);
        let config = &parsed["Resources"]["Cdn"]["Properties"]["DistributionConfig"];
        let behaviors = std::iter::once(&config["DefaultCacheBehavior"])
            .chain(config["CacheBehaviors"].as_array().into_iter().flatten());
        for b in behaviors {
            prop_assert_eq!(&b["ViewerProtocolPolicy"], "redirect-to-https");
            prop_assert!(b["ResponseHeadersPolicyId"].is_object());
        }
        for o in config["Origins"].as_array().unwrap() {
            let private_bucket = o["OriginAccessControlId"].is_object();
            let https = o["CustomOriginConfig"]["OriginProtocolPolicy"] == "https-only";
            prop_assert!(private_bucket || https, "{}", o);
        }
        // A bucket origin: its policy lets this distribution read, nothing else public.
        if s.bucket_origin {
            let statements = parsed["Resources"]["SitePolicy"]["Properties"]["PolicyDocument"]["Statement"].to_string();
            prop_assert!(statements.contains("cloudfront.amazonaws.com"));
            prop_assert!(!statements.contains("\"Principal\":\"*\""));
        }
        let report = serde_json::to_value(template.report()).unwrap();
        let broken = common::broken_claims(&parsed, &report);
        prop_assert!(broken.is_empty(), "{:?}", broken);
        let again = edge(&s).synth().unwrap();
        prop_assert_eq!(again.text(), template.text());
    }
}
