//! The web application's constructs: an Auto Scaling group behind an
//! internet-facing load balancer with a certificate and a web ACL, their
//! wiring, the front door's check, and the exact errors of bad input.

#[macro_use]
mod common;

use common::{assert_has, invalid, network, problem_texts, problems};
use serde_json::{json, Value as Json};
use stackward::ec2::Patching;
use stackward::elb::{Forward, Route, Scheme};
use stackward::prelude::*;
use stackward::template::Resource;
use stackward::vpc::{Subnets, VpcRef};
use stackward::wafv2::Scope;

/// An invalid-value error as text.
fn bad(resource: &str, property: &str, value: &str, rule: &str) -> String {
    invalid(resource, property, value, rule).to_string()
}

fn waiver(rules: &[&str]) -> Waiver {
    Waiver::new("tested on purpose", rules.iter().copied()).unwrap()
}

fn fleet(id: &str, net: &VpcRef) -> autoscaling::Group {
    autoscaling::Group::builder()
        .id(id)
        .vpc(net)
        .instance_types(vec!["m7g.large".into(), "r7g.large".into()])
        .build()
}

fn certificate() -> acm::CertificateRef {
    acm::CertificateRef::from_arn("arn:aws:acm:eu-west-1:111122223333:certificate/abc")
}

/// A stack with a VPC, a web ACL and an internet-facing load balancer.
fn front(stack: &mut Stack) -> (VpcRef, elb::LoadBalancerRef) {
    let net = network(stack);
    let acl = stack.add(wafv2::WebAcl::builder().id("firewall").build());
    let lb = stack.add(
        elb::LoadBalancer::builder()
            .id("entry")
            .vpc(&net)
            .scheme(Scheme::InternetFacing)
            .certificate(certificate())
            .web_acl(&acl)
            .build(),
    );
    (net, lb)
}

#[test]
fn a_target_is_wired_both_ways_and_routed_by_default_or_by_path() {
    let mut stack = Stack::new("Web").unwrap();
    let (net, lb) = front(&mut stack);
    let web = stack.add(fleet("web", &net));
    let api = stack.add(fleet("api", &net));
    let targets = lb.add_target(&mut stack, &web, Forward::https(8443));
    targets.scale_on_requests(&mut stack, &web, 500);
    lb.add_target(
        &mut stack,
        &api,
        Forward::builder()
            .port(9443)
            .route(Route::Paths(vec!["/api/*".into()]))
            .build(),
    );
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];

    // The listener forwards to the first target by default; the path goes
    // to the second through a rule.
    assert_eq!(
        r["EntryHttps"]["Properties"]["DefaultActions"],
        json!([{ "Type": "forward", "TargetGroupArn": { "Ref": "EntryWeb8443" } }])
    );
    let rule = &r["EntryApi9443Rule"]["Properties"];
    assert_eq!(rule["Priority"], 10);
    assert_eq!(rule["Conditions"][0]["Field"], "path-pattern");
    assert_eq!(
        rule["Conditions"][0]["PathPatternConfig"]["Values"],
        json!(["/api/*"])
    );

    // Request-count tracking names the load balancer and the target group.
    let tracking = &r["WebRequestScaling"]["Properties"]["TargetTrackingConfiguration"];
    assert_eq!(tracking["TargetValue"], 500.0);
    assert_eq!(
        tracking["PredefinedMetricSpecification"]["ResourceLabel"]["Fn::Join"][1],
        json!([
            { "Fn::GetAtt": ["Entry", "LoadBalancerFullName"] },
            { "Fn::GetAtt": ["EntryWeb8443", "TargetGroupFullName"] }
        ])
    );

    // Security groups both ways, each with a description.
    let ingress = &r["WebSecurityGroupFromEntrySecurityGroupTcp8443"]["Properties"];
    assert_eq!(
        ingress["SourceSecurityGroupId"]["Fn::GetAtt"][0],
        "EntrySecurityGroup"
    );
    assert_eq!(ingress["Description"], "Entry to Web (HTTPS)");
    let egress = &r["EntrySecurityGroupToWebSecurityGroupTcp8443"]["Properties"];
    assert_eq!(
        egress["DestinationSecurityGroupId"]["Fn::GetAtt"][0],
        "WebSecurityGroup"
    );
    assert_eq!(egress["Description"], "Entry to Web (HTTPS)");

    // The group registers with its target group and uses its health checks.
    assert_eq!(
        r["Web"]["Properties"]["TargetGroupARNs"],
        json!([{ "Ref": "EntryWeb8443" }])
    );
    assert_eq!(r["Web"]["Properties"]["HealthCheckType"], "ELB");
    assert_eq!(r["EntryWeb8443"]["Properties"]["Protocol"], "HTTPS");

    // The front door: 443 and 80 from anywhere, marked, nothing else.
    let doors: Vec<&String> = r
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, v)| v["Properties"]["CidrIp"] == "0.0.0.0/0")
        .map(|(k, _)| k)
        .collect();
    assert_eq!(
        doors,
        [
            "EntrySecurityGroupFromAnyIpv4Tcp443",
            "EntrySecurityGroupFromAnyIpv4Tcp80"
        ]
    );
    for d in doors {
        assert_eq!(r[d]["Metadata"][elb::INTERNET_FACING], "Entry");
    }
}

#[test]
fn load_balancer_logs_reach_the_access_log_bucket_from_the_allowed_regions_only() {
    let mut stack = Stack::new("Web").unwrap();
    stack.allowed_regions(["eu-west-1", "eu-central-2"]);
    front(&mut stack);
    let t = stack.synth().unwrap();
    let statements = &t.json()["Resources"]["AccessLogsBucketPolicy"]["Properties"]
        ["PolicyDocument"]["Statement"];
    let by_sid = |sid: &str| -> Json {
        statements
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["Sid"] == sid)
            .cloned()
            .unwrap_or_else(|| panic!("no {sid} in {statements}"))
    };
    let service = by_sid("AllowLoadBalancerLogDelivery");
    assert_eq!(
        service["Principal"]["Service"],
        "logdelivery.elasticloadbalancing.amazonaws.com"
    );
    // eu-west-1 delivers from its regional account; eu-central-2 (opened
    // after August 2022) through the service principal alone.
    let regional = by_sid("AllowRegionalLoadBalancerLogDelivery");
    assert_eq!(regional["Principal"]["AWS"], "156460612806");
    assert_eq!(regional["Action"], json!(["s3:PutObject"]));
    let resource = regional["Resource"].to_string();
    assert!(
        resource.contains("/elb/Entry/AWSLogs/${AWS::AccountId}/*"),
        "{resource}"
    );
}

#[test]
fn the_report_records_the_front_door_as_internet_facing_by_design() {
    let mut stack = Stack::new("Web").unwrap();
    front(&mut stack);
    let report = stack.report().unwrap();
    let door = report
        .resources
        .iter()
        .find(|r| r.id == "EntrySecurityGroupFromAnyIpv4Tcp443")
        .unwrap();
    assert!(
        door.residual.iter().any(|r| r
            .what
            .starts_with("internet-facing by design: the front door of load balancer Entry")),
        "{:#?}",
        door.residual
    );
    assert!(door.waived.is_empty());
}

#[test]
fn a_front_door_mark_on_anything_else_is_refused() {
    let mut stack = Stack::new("Web").unwrap();
    let net = network(&mut stack);
    let group = stack.add(ec2::SecurityGroup::builder().id("app").vpc(&net).build());
    let id = stack.logical_id("sneaky");
    stack
        .add_resource(Resource::raw(
            id,
            "AWS::EC2::SecurityGroupIngress",
            json!({
                "GroupId": group.group_id(),
                "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"
            }),
        ))
        .metadata(elb::INTERNET_FACING, json!("App"));
    let got = problem_texts(&stack);
    assert!(
        got.iter().any(
            |p| p.starts_with("Sneaky.Metadata/InternetFacingLoadBalancer = \"App\"")
                && p.contains(
                    "only an ingress rule of an internet-facing load balancer's own security group"
                )
        ),
        "{got:#?}"
    );
}

#[test]
fn an_internet_facing_load_balancer_needs_a_web_acl_or_a_waiver() {
    let mut stack = Stack::new("Web").unwrap();
    let net = network(&mut stack);
    stack.add(
        elb::LoadBalancer::builder()
            .id("entry")
            .vpc(&net)
            .scheme(Scheme::InternetFacing)
            .certificate(certificate())
            .build(),
    );
    assert_has(
        &problem_texts(&stack),
        &bad("Entry", "WebACLArn", "none", "an internet-facing load balancer takes .web_acl(&acl), or .no_web_acl(waiver) naming ELB_WAF_ENABLED"),
    );

    let mut stack = Stack::new("Web").unwrap();
    let net = network(&mut stack);
    stack.add(
        elb::LoadBalancer::builder()
            .id("entry")
            .vpc(&net)
            .scheme(Scheme::InternetFacing)
            .certificate(certificate())
            .no_web_acl(waiver(&["ELB_WAF_ENABLED"]))
            .build(),
    );
    let report = stack.report().unwrap();
    let lb = report.resources.iter().find(|r| r.id == "Entry").unwrap();
    assert_eq!(lb.waived.len(), 1, "{:#?}", lb.waived);
    assert_eq!(lb.waived[0].rule, "ELB_WAF_ENABLED");
}

#[test]
fn an_internal_load_balancer_admits_the_vpc_in_private_subnets() {
    let mut stack = Stack::new("Web").unwrap();
    let net = network(&mut stack);
    stack.add(
        elb::LoadBalancer::builder()
            .id("inside")
            .vpc(&net)
            .scheme(Scheme::Internal)
            .certificate(certificate())
            .build(),
    );
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    assert_eq!(r["Inside"]["Properties"]["Scheme"], "internal");
    assert_eq!(
        r["Inside"]["Properties"]["Subnets"][0],
        json!({ "Ref": "NetPrivateSubnet1" })
    );
    assert_eq!(
        r["InsideSecurityGroupFromCidr10x0x0x0x16Tcp443"]["Properties"]["CidrIp"],
        "10.0.0.0/16"
    );
    assert!(r.get("InsideWebAcl").is_none());
}

#[test]
fn a_cloudfront_web_acl_cannot_guard_a_load_balancer() {
    let mut stack = Stack::new("Edge").unwrap();
    let net = network(&mut stack);
    let acl = stack.add(
        wafv2::WebAcl::builder()
            .id("edge")
            .scope(Scope::CloudFront)
            .build(),
    );
    stack.add(
        elb::LoadBalancer::builder()
            .id("entry")
            .vpc(&net)
            .scheme(Scheme::InternetFacing)
            .certificate(certificate())
            .web_acl(&acl)
            .build(),
    );
    assert_has(
        &problem_texts(&stack),
        &bad("Entry", "WebACLArn", "Edge", "a load balancer or API takes a web ACL of Scope::Regional; Scope::CloudFront is for distributions"),
    );
}

#[test]
fn a_cloudfront_web_acl_pins_its_stack_to_us_east_1() {
    let mut stack = Stack::new("Edge").unwrap();
    stack.add(
        wafv2::WebAcl::builder()
            .id("edge")
            .scope(Scope::CloudFront)
            .build(),
    );
    assert_eq!(stack.regions(), ["us-east-1"]);

    let mut stack = Stack::new("Edge").unwrap();
    stack.allowed_regions(["eu-west-1"]);
    stack.add(
        wafv2::WebAcl::builder()
            .id("edge")
            .scope(Scope::CloudFront)
            .build(),
    );
    assert_has(
        &problem_texts(&stack),
        &bad("Edge", "Scope", "eu-west-1", "a CLOUDFRONT web ACL is created in us-east-1: put it in a stack of its own allowed only there"),
    );
}

#[test]
fn a_group_shares_the_default_key_with_auto_scaling_and_patches_by_tag() {
    let mut stack = Stack::new("Web").unwrap();
    let net = network(&mut stack);
    stack.add(fleet("web", &net));
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    let policy = r["DefaultKey"]["Properties"]["KeyPolicy"]["Statement"].to_string();
    assert!(policy.contains("AWSServiceRoleForAutoScaling"), "{policy}");
    assert!(policy.contains("AutoScalingGrantsForVolumes"), "{policy}");
    let patching = &r["WebPatching"]["Properties"]["Targets"][0];
    assert_eq!(patching["Key"], "tag:aws:autoscaling:groupName");
    assert_eq!(patching["Values"][0], json!({ "Ref": "Web" }));
    let data = &r["WebLaunchTemplate"]["Properties"]["LaunchTemplateData"];
    assert_eq!(data["BlockDeviceMappings"][0]["Ebs"]["Encrypted"], true);
    assert_eq!(data["MetadataOptions"]["HttpPutResponseHopLimit"], 1);
    assert!(data.get("KeyName").is_none());
    assert_eq!(
        r["Web"]["Properties"]["AvailabilityZones"][1],
        json!({ "Fn::GetAtt": ["NetPrivateSubnet2", "AvailabilityZone"] })
    );
}

#[test]
fn bad_fleets_get_exact_errors() {
    let mut stack = Stack::new("Web").unwrap();
    let net = network(&mut stack);
    let one = |id: &str, types: &[&str]| {
        autoscaling::Group::builder()
            .id(id)
            .vpc(&net)
            .instance_types(types.iter().map(|t| t.to_string()).collect())
    };
    stack.add(one("single", &["m7g.large"]).build());
    stack.add(one("mixed", &["m7g.large", "m7i.large"]).build());
    stack.add(one("twice", &["m7g.large", "m7g.large"]).build());
    stack.add(
        one("sizes", &["m7g.large", "r7g.large"])
            .min_size(5)
            .max_size(3)
            .build(),
    );
    stack.add(
        one("desired", &["m7g.large", "r7g.large"])
            .desired(9)
            .build(),
    );
    stack.add(
        one("patch", &["m7g.large", "r7g.large"])
            .patching(Patching::Scheduled("sundays".into()))
            .build(),
    );
    let got = problem_texts(&stack);
    assert_has(&got, &bad("Single", "Overrides", "m7g.large", "give a second instance type, or .single_instance_type(waiver) naming AUTOSCALING_MULTIPLE_INSTANCE_TYPES"));
    assert_has(&got, &bad("Mixed", "Overrides", "m7g.large, m7i.large", "one image boots every instance: give types of one architecture (all Graviton or all x86)"));
    assert_has(
        &got,
        &bad("Twice", "Overrides", "m7g.large", "each instance type once"),
    );
    assert_has(
        &got,
        &bad(
            "Sizes",
            "MaxSize",
            "5-3",
            "MinSize must not be above MaxSize, and MaxSize must be at least 1",
        ),
    );
    assert_has(
        &got,
        &bad(
            "Desired",
            "DesiredCapacity",
            "9",
            "must be between MinSize and MaxSize",
        ),
    );
    assert_has(
        &got,
        &bad(
            "Patch",
            "ScheduleExpression",
            "sundays",
            "must be a cron(...) or rate(...) expression",
        ),
    );

    let mut stack = Stack::new("Web").unwrap();
    let flat = stack.add(
        vpc::Vpc::builder()
            .id("flat")
            .cidr(common::cidr("10.1.0.0/16"))
            .subnets(vec![Subnets::public(24)])
            .build(),
    );
    stack.add(fleet("web", &flat));
    let errors = problems(&stack);
    assert!(
        errors.iter().any(|e| e.to_string()
            == bad(
                "Web",
                "VPCZoneIdentifier",
                "Flat",
                "an Auto Scaling group needs private subnets in at least two zones"
            )),
        "{errors:#?}"
    );
}

#[test]
fn a_single_type_and_plain_http_to_targets_take_waivers_and_show_as_waived() {
    let mut stack = Stack::new("Web").unwrap();
    let (net, lb) = front(&mut stack);
    let web = stack.add(
        autoscaling::Group::builder()
            .id("web")
            .vpc(&net)
            .instance_types(vec!["m7g.large".into()])
            .single_instance_type(waiver(&[
                "AUTOSCALING_MULTIPLE_INSTANCE_TYPES",
                "CT.AUTOSCALING.PR.6",
            ]))
            .build(),
    );
    lb.add_target(
        &mut stack,
        &web,
        Forward::builder()
            .port(8080)
            .plain_http(waiver(&["ELB_TARGETS_HTTPS"]))
            .build(),
    );
    let report = stack.report().unwrap();
    let waived: Vec<(&str, &str)> = report
        .resources
        .iter()
        .flat_map(|r| {
            r.waived
                .iter()
                .map(move |w| (r.id.as_str(), w.rule.as_str()))
        })
        .collect();
    assert!(
        waived.contains(&("Web", "AUTOSCALING_MULTIPLE_INSTANCE_TYPES")),
        "{waived:?}"
    );
    assert!(
        waived.contains(&("EntryWeb8080", "ELB_TARGETS_HTTPS")),
        "{waived:?}"
    );
}

#[test]
fn bad_certificates_and_routes_get_exact_errors() {
    let mut stack = Stack::new("Web").unwrap();
    let (net, lb) = front(&mut stack);
    stack.add(
        acm::Certificate::builder()
            .id("cert")
            .domain("-bad-.example.com")
            .alternative_names(vec!["nodots".into()])
            .hosted_zone_id("Z123")
            .build(),
    );
    let web = stack.add(fleet("web", &net));
    lb.add_target(
        &mut stack,
        &web,
        Forward::builder()
            .port(8443)
            .route(Route::Hosts(vec![]))
            .health_check_path("health")
            .build(),
    );
    let got = problem_texts(&stack);
    let rule = "a domain name is at most 253 characters of labels (1-63 letters, digits and inner hyphens) joined by dots, with an optional leading *.";
    assert_has(&got, &bad("Cert", "DomainName", "-bad-.example.com", rule));
    assert_has(&got, &bad("Cert", "DomainName", "nodots", rule));
    assert_has(
        &got,
        &bad(
            "EntryWeb8443",
            "Conditions",
            "",
            "a route takes 1-5 patterns of 1-128 characters",
        ),
    );
    assert_has(
        &got,
        &bad(
            "EntryWeb8443",
            "HealthCheckPath",
            "health",
            "a health check path starts with / and has at most 1024 visible ASCII characters",
        ),
    );
}

#[test]
fn an_alias_points_a_name_of_the_zone_at_the_load_balancer() {
    let mut stack = Stack::new("Web").unwrap();
    let (_, lb) = front(&mut stack);
    let zone = route53::Zone::new("Z0123456789ABCDEFGHIJ", "example.com.");
    zone.alias(&mut stack, "app", "app.example.com", &lb);
    zone.alias(&mut stack, "elsewhere", "app.example.org", &lb);
    let got = problem_texts(&stack);
    assert_has(
        &got,
        &bad(
            "Elsewhere",
            "Name",
            "app.example.org",
            "an alias is a domain name inside the zone's domain example.com",
        ),
    );
    assert_eq!(got.len(), 1, "{got:#?}");

    let mut stack = Stack::new("Web").unwrap();
    let (_, lb) = front(&mut stack);
    zone.alias(&mut stack, "app", "app.example.com", &lb);
    let t = stack.synth().unwrap();
    let record = &t.json()["Resources"]["App"]["Properties"];
    assert_eq!(record["Type"], "A");
    assert_eq!(record["HostedZoneId"], "Z0123456789ABCDEFGHIJ");
    assert_eq!(
        record["AliasTarget"],
        json!({
            "DNSName": { "Fn::GetAtt": ["Entry", "DNSName"] },
            "HostedZoneId": { "Fn::GetAtt": ["Entry", "CanonicalHostedZoneID"] },
            "EvaluateTargetHealth": true
        })
    );
}

fn edge_certificate() -> acm::CertificateRef {
    acm::CertificateRef::from_arn("arn:aws:acm:us-east-1:111122223333:certificate/edge")
}

fn single() -> Waiver {
    waiver(&["CLOUDFRONT_ORIGIN_FAILOVER", "CT.CLOUDFRONT.PR.4"])
}

#[test]
fn a_bucket_origin_stays_private_and_only_its_distribution_reads_it() {
    use stackward::cloudfront::{Distribution, Origin};
    let mut stack = Stack::new("Site").unwrap();
    let site = stack.add(s3::Bucket::builder().id("site").build());
    let cdn = stack.add(
        Distribution::builder()
            .id("cdn")
            .origin(Origin::Bucket(site.clone()))
            .paths(vec![(
                "/api/*".into(),
                Origin::Https("api.example.com".into()),
            )])
            .single_origin(single())
            .aliases(vec!["www.example.com".into()])
            .certificate(edge_certificate())
            .web_acl_arn("arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/abc")
            .build(),
    );
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    let config = &r["Cdn"]["Properties"]["DistributionConfig"];
    assert_eq!(
        config["Origins"][0]["OriginAccessControlId"],
        json!({ "Fn::GetAtt": ["CdnOriginAccess", "Id"] })
    );
    assert_eq!(
        config["Origins"][1]["CustomOriginConfig"]["OriginProtocolPolicy"],
        "https-only"
    );
    assert_eq!(config["CacheBehaviors"][0]["PathPattern"], "/api/*");
    assert_eq!(
        config["CacheBehaviors"][0]["ViewerProtocolPolicy"],
        "redirect-to-https"
    );
    assert_eq!(config["ViewerCertificate"]["SslSupportMethod"], "sni-only");
    assert_eq!(
        config["Logging"]["Bucket"],
        json!({ "Fn::GetAtt": ["CloudFrontLogsBucket", "DomainName"] })
    );
    assert_eq!(
        r["CdnSecurityHeaders"]["Properties"]["ResponseHeadersPolicyConfig"]
            ["SecurityHeadersConfig"]["StrictTransportSecurity"]["AccessControlMaxAgeSec"],
        63_072_000
    );
    // The bucket policy lets this distribution read objects, nothing more.
    let statements = r["SitePolicy"]["Properties"]["PolicyDocument"]["Statement"]
        .as_array()
        .unwrap();
    let reads = statements.iter().find(|s| s["Sid"] == "CdnReads").unwrap();
    assert_eq!(reads["Principal"]["Service"], "cloudfront.amazonaws.com");
    assert_eq!(reads["Action"], json!(["s3:GetObject"]));
    assert_eq!(
        reads["Condition"]["StringEquals"]["AWS:SourceArn"],
        json!({ "Fn::Sub": "arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Cdn}" })
    );
    // ... and decrypt them under the bucket's key.
    let key = r["DefaultKey"]["Properties"]["KeyPolicy"]["Statement"].to_string();
    assert!(key.contains("CdnDecrypts"), "{key}");
    // The log bucket takes ACLs, waived with the reason.
    assert_eq!(
        r["CloudFrontLogsBucket"]["Properties"]["OwnershipControls"]["Rules"][0]["ObjectOwnership"],
        "BucketOwnerPreferred"
    );
    let _ = cdn;
}

#[test]
fn a_distribution_fails_over_to_a_second_origin() {
    use stackward::cloudfront::{Distribution, Origin};
    let mut stack = Stack::new("Site").unwrap();
    stack.add(
        Distribution::builder()
            .id("cdn")
            .origin(Origin::Https("eu.example.com".into()))
            .failover(Origin::Https("us.example.com".into()))
            .aliases(vec!["www.example.com".into()])
            .certificate(edge_certificate())
            .web_acl_arn("arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/abc")
            .build(),
    );
    let t = stack.synth().unwrap();
    let config = &t.json()["Resources"]["Cdn"]["Properties"]["DistributionConfig"];
    assert_eq!(config["OriginGroups"]["Items"][0]["Members"]["Quantity"], 2);
    assert_eq!(
        config["DefaultCacheBehavior"]["TargetOriginId"],
        "origin1-group"
    );
}

#[test]
fn bad_distributions_get_exact_errors() {
    use stackward::cloudfront::{Distribution, Geo, Origin};
    let mut stack = Stack::new("Site").unwrap();
    stack.add(
        Distribution::builder()
            .id("bare")
            .origin(Origin::Https("*.example.com".into()))
            .build(),
    );
    stack.add(
        Distribution::builder()
            .id("names")
            .origin(Origin::Https("origin.example.com".into()))
            .single_origin(single())
            .aliases(vec!["www.example.com".into()])
            .no_web_acl(waiver(&["CLOUDFRONT_WAF_ENABLED"]))
            .geo(Geo::Allow(vec!["germany".into()]))
            .build(),
    );
    let got = problem_texts(&stack);
    assert_has(
        &got,
        &bad(
            "Bare",
            "DomainName",
            "*.example.com",
            "an HTTPS origin is a domain name its certificate covers",
        ),
    );
    assert_has(&got, &bad("Bare", "ViewerCertificate", "none", "give aliases and a certificate, or .default_certificate(waiver) naming CLOUDFRONT_VIEWER_TLS"));
    assert_has(&got, &bad("Bare", "WebACLId", "none", "give .web_acl_arn(a CLOUDFRONT web ACL), or .no_web_acl(waiver) naming CLOUDFRONT_WAF_ENABLED"));
    assert_has(
        &got,
        &bad(
            "Bare",
            "OriginGroups",
            "none",
            "give a .failover(origin), or .single_origin(waiver) naming CLOUDFRONT_ORIGIN_FAILOVER",
        ),
    );
    assert_has(
        &got,
        &bad(
            "Names",
            "ViewerCertificate",
            "none",
            "aliases need a certificate issued in us-east-1",
        ),
    );
    assert_has(
        &got,
        &bad(
            "Names",
            "GeoRestriction",
            "germany",
            "give one or more ISO 3166-1 alpha-2 country codes such as DE",
        ),
    );
}

#[test]
fn a_load_balancer_behind_cloudfront_admits_only_its_prefix_list() {
    use stackward::elb::Clients;
    let mut stack = Stack::new("Web").unwrap();
    let net = network(&mut stack);
    stack.add(
        elb::LoadBalancer::builder()
            .id("entry")
            .vpc(&net)
            .scheme(Scheme::InternetFacing)
            .clients(Clients::CloudFront("pl-3b927c52".into()))
            .certificate(certificate())
            .no_web_acl(waiver(&["ELB_WAF_ENABLED"]))
            .build(),
    );
    let t = stack.synth().unwrap();
    let r = t.json()["Resources"].as_object().unwrap();
    let ingress: Vec<&String> = r
        .iter()
        .filter(|(_, v)| v["Type"] == "AWS::EC2::SecurityGroupIngress")
        .map(|(k, _)| k)
        .collect();
    assert_eq!(ingress, ["EntrySecurityGroupFromPrefixListTcp443"]);
    let p = &r["EntrySecurityGroupFromPrefixListTcp443"]["Properties"];
    assert_eq!(p["SourcePrefixListId"], "pl-3b927c52");
    assert!(p.get("CidrIp").is_none());

    let mut stack = Stack::new("Web").unwrap();
    let net = network(&mut stack);
    stack.add(
        elb::LoadBalancer::builder()
            .id("inside")
            .vpc(&net)
            .scheme(Scheme::Internal)
            .clients(Clients::CloudFront("cloudfront".into()))
            .certificate(certificate())
            .build(),
    );
    let got = problem_texts(&stack);
    assert_has(&got, &bad("Inside", "SecurityGroupIngress", "CloudFront", "an internal load balancer admits its VPC; Clients::CloudFront is for internet-facing ones"));
    assert_has(
        &got,
        &bad(
            "Inside",
            "SourcePrefixListId",
            "cloudfront",
            "a prefix list id is pl- and 8-17 hexadecimal digits",
        ),
    );
}

#[test]
fn functions_and_fixed_responses_take_routes_of_their_own() {
    use stackward::lambda::{Code, Function, Runtime};
    let mut stack = Stack::new("Web").unwrap();
    let (net, lb) = front(&mut stack);
    let api = stack.add(function!("api").vpc(&net).build());
    lb.add_function(&mut stack, &api, Route::Paths(vec!["/api/*".into()]));
    lb.add_fixed_response(
        &mut stack,
        "maintenance",
        Route::Hosts(vec!["old.example.com".into()]),
        503,
        "Moved",
    );
    let web = stack.add(fleet("web", &net));
    lb.add_target(&mut stack, &web, Forward::https(8443));
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    let group = &r["EntryApi"];
    assert_eq!(group["Properties"]["TargetType"], "lambda");
    assert_eq!(
        group["Properties"]["Targets"][0]["Id"],
        json!({ "Fn::GetAtt": ["Api", "Arn"] })
    );
    assert_eq!(group["DependsOn"], json!(["EntryApiInvoke"]));
    let permission = &r["EntryApiInvoke"]["Properties"];
    assert_eq!(
        permission["Principal"],
        "elasticloadbalancing.amazonaws.com"
    );
    assert_eq!(
        permission["SourceAccount"],
        json!({ "Ref": "AWS::AccountId" })
    );
    assert_eq!(r["EntryApiRule"]["Properties"]["Priority"], 10);
    let fixed = &r["EntryMaintenanceRule"]["Properties"];
    assert_eq!(fixed["Priority"], 20);
    assert_eq!(
        fixed["Actions"][0]["FixedResponseConfig"]["StatusCode"],
        "503"
    );
    assert_eq!(fixed["Conditions"][0]["Field"], "host-header");

    // One default target; a second one must take a route.
    let other = stack.add(fleet("other", &net));
    lb.add_target(&mut stack, &other, Forward::https(9443));
    lb.add_fixed_response(&mut stack, "teapot", Route::Default, 999, "");
    let got = problem_texts(&stack);
    assert_has(
        &got,
        &bad(
            "EntryOther9443",
            "DefaultActions",
            "EntryHttps",
            "the listener already has a default target: give this one Route::Paths or Route::Hosts",
        ),
    );
    assert_has(
        &got,
        &bad(
            "EntryTeapot",
            "FixedResponseConfig",
            "999 (0 bytes)",
            "a fixed response has a status of 200-599 and a body of at most 1024 bytes",
        ),
    );
}

#[test]
fn addresses_are_targets_the_load_balancer_may_send_to() {
    use stackward::elb::Addresses;
    let mut stack = Stack::new("Web").unwrap();
    let (_, lb) = front(&mut stack);
    let servers = Addresses::new(
        "on-premises",
        vec![
            "10.0.200.10".parse().unwrap(),
            "10.0.200.11".parse().unwrap(),
        ],
        common::cidr("10.0.200.0/24"),
    )
    .unwrap();
    lb.add_target(&mut stack, &servers, Forward::https(443));
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    let group = &r["EntryOnPremises443"]["Properties"];
    assert_eq!(group["TargetType"], "ip");
    assert_eq!(
        group["Targets"],
        json!([{ "Id": "10.0.200.10", "Port": 443 }, { "Id": "10.0.200.11", "Port": 443 }])
    );
    let egress = &r["EntrySecurityGroupToCidr10x0x200x0x24Tcp443"]["Properties"];
    assert_eq!(egress["CidrIp"], "10.0.200.0/24");
    assert_eq!(egress["Description"], "Entry to OnPremises (HTTPS)");

    let outside = Addresses::new(
        "far",
        vec!["192.168.1.1".parse().unwrap()],
        common::cidr("10.0.0.0/16"),
    );
    assert_eq!(
        outside.unwrap_err().to_string(),
        bad(
            "Far",
            "Targets",
            "192.168.1.1",
            "give one or more addresses, each inside the range"
        )
    );
}

/// The rules read a front-door mark only where it holds: an audited
/// template cannot exempt an ingress rule from anywhere by writing it.
#[test]
fn a_written_front_door_mark_exempts_nothing() {
    let forged = r#"{ "Resources": {
        "Group": { "Type": "AWS::EC2::SecurityGroup", "Properties": {
            "GroupDescription": "app", "VpcId": "vpc-1",
            "SecurityGroupEgress": [{ "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "10.0.0.0/16" }]
        }},
        "Open": { "Type": "AWS::EC2::SecurityGroupIngress",
            "Metadata": { "InternetFacingLoadBalancer": "Nowhere" },
            "Properties": { "GroupId": { "Fn::GetAtt": ["Group", "GroupId"] },
                "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0" } }
    }}"#;
    let audit = stackward::audit::audit("Forged", forged).unwrap();
    assert!(
        audit
            .failures
            .iter()
            .any(|f| f.rule == "SG_NO_INGRESS_FROM_ANYWHERE"
                && f.resource.as_deref() == Some("Open")),
        "{:?}",
        audit.failures
    );

    // The same rule, marked by a real internet-facing load balancer, passes.
    let mut stack = Stack::new("Web").unwrap();
    front(&mut stack);
    let t = stack.synth().unwrap();
    let report = stackward::check::stackward_rules(t.json()).unwrap();
    assert!(report.failures.is_empty(), "{:?}", report.failures);
    assert!(report.compliant.contains("SG_NO_INGRESS_FROM_ANYWHERE"));
}
