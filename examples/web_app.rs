//! A web application as most teams run one on AWS, in two stacks.
//!
//! `WebApp` (eu-west-1 or eu-central-1): a VPC with public, private and
//! isolated subnets in two zones; an internet-facing application load
//! balancer at `origin.example.com` that speaks only HTTPS, admits only
//! CloudFront's origin-facing servers, and has a certificate validated
//! through Route 53 and a regional WAF web ACL; an
//! Auto Scaling group of private, patched instances behind it; an Aurora
//! PostgreSQL cluster in the isolated tier that only the fleet reaches; an
//! uploads bucket the fleet reads and writes.
//!
//! `WebAppEdge` (us-east-1, where CloudFront's certificates and web ACLs
//! live): the CloudFront distribution viewers reach at `app.example.com`,
//! with its certificate and a CLOUDFRONT web ACL, in front of the load
//! balancer.
//!
//! `cargo run --example web_app` prints the deploy manifest;
//! `cargo xtask synth` writes both templates to `generated/`.

use stackward::elb::{Clients, Forward, Scheme};
use stackward::prelude::*;
use stackward::template::ParameterType;
use stackward::vpc::{InterfaceEndpoint, Subnets};

/// Both stacks, the regional one first.
pub fn stacks() -> Result<Vec<Stack>, Error> {
    Ok(vec![regional()?, edge()?])
}

/// The Route 53 zone of example.com, by a parameter of the stack.
fn zone(stack: &mut Stack) -> route53::Zone {
    let zone = stack.add_parameter(
        Parameter::builder()
            .id("hosted-zone-id")
            .kind(ParameterType::Aws("AWS::Route53::HostedZone::Id".into()))
            .description("The Route 53 hosted zone of example.com")
            .build(),
    );
    route53::Zone::new(zone.value::<String>(), "example.com")
}

/// The regional stack: network, load balancer, fleet, database, uploads.
fn regional() -> Result<Stack, Error> {
    let mut stack = Stack::new("WebApp")?;
    stack
        .description("Web application: load-balanced, auto-scaled, private instances")
        .allowed_regions(["eu-west-1", "eu-central-1"])
        .tag("project", "web-app");

    let zone = zone(&mut stack);
    let cloudfront = stack.add_parameter(
        Parameter::builder()
            .id("cloudfront-prefix-list-id")
            .description(
                "The id of com.amazonaws.global.cloudfront.origin-facing in this region \
                 (aws ec2 describe-managed-prefix-lists)",
            )
            .allowed_pattern("^pl-[0-9a-f]{8,17}$")
            .build(),
    );

    let network = stack.add(
        vpc::Vpc::builder()
            .id("network")
            .cidr("10.30.0.0/16".parse()?)
            .subnets(vec![
                Subnets::public(24),
                Subnets::private(20),
                Subnets::isolated(24),
            ])
            .interface_endpoints(InterfaceEndpoint::SESSION_MANAGER.to_vec())
            .build(),
    );

    let fleet = stack.add(
        autoscaling::Group::builder()
            .id("web")
            .vpc(&network)
            .instance_types(vec!["m7g.large".into(), "c7g.xlarge".into()])
            .min_size(2)
            .max_size(6)
            .root_size_gib(20)
            .user_data("#!/bin/bash\ndnf install -y nginx\nsystemctl enable --now nginx\n")
            .build(),
    );

    let certificate = stack.add(
        acm::Certificate::builder()
            .id("certificate")
            .domain("origin.example.com")
            .hosted_zone_id(zone.id())
            .build(),
    );
    let firewall = stack.add(wafv2::WebAcl::builder().id("firewall").build());
    let entry = stack.add(
        elb::LoadBalancer::builder()
            .id("entry")
            .vpc(&network)
            .scheme(Scheme::InternetFacing)
            .clients(Clients::CloudFront(cloudfront.value()))
            .certificate((*certificate).clone())
            .web_acl(&firewall)
            .build(),
    );
    let targets = entry.add_target(
        &mut stack,
        &fleet,
        Forward::builder()
            .port(8443)
            .health_check_path("/health")
            .build(),
    );
    targets.scale_on_requests(&mut stack, &fleet, 1000);

    zone.alias(&mut stack, "origin-record", "origin.example.com", &entry);

    let uploads = stack.add(s3::Bucket::builder().id("uploads").build());
    uploads.grant_read_write(&mut stack, &fleet);

    let database = stack.add(
        rds::Cluster::builder()
            .id("database")
            .vpc(&network)
            .engine(rds::AuroraEngine::Postgres("17.6".into()))
            .capacity(rds::Capacity::Provisioned("db.r7g.large".into()))
            .database_name("app")
            .build(),
    );
    database.allow_from(&mut stack, &fleet);
    database.grant_connect(&mut stack, &fleet, "app");

    stack.add_output(
        Output::builder()
            .id("entry-dns-name")
            .value(entry.dns_name())
            .build(),
    );
    Ok(stack)
}

/// The edge stack: CloudFront in front of the load balancer's name.
fn edge() -> Result<Stack, Error> {
    let mut stack = Stack::new("WebAppEdge")?;
    stack
        .description("Web application edge: CloudFront, its certificate and web ACL")
        .allowed_regions(["us-east-1"])
        .tag("project", "web-app");
    let zone = zone(&mut stack);
    let certificate = stack.add(
        acm::Certificate::builder()
            .id("certificate")
            .domain("app.example.com")
            .hosted_zone_id(zone.id())
            .build(),
    );
    let firewall = stack.add(
        wafv2::WebAcl::builder()
            .id("firewall")
            .scope(wafv2::Scope::CloudFront)
            .build(),
    );
    let cdn = stack.add(
        cloudfront::Distribution::builder()
            .id("cdn")
            .origin(cloudfront::Origin::Https("origin.example.com".into()))
            .single_origin(Waiver::new(
                "the origin is one load balancer across two zones; a second origin needs a second region",
                ["CLOUDFRONT_ORIGIN_FAILOVER", "CT.CLOUDFRONT.PR.4"],
            )?)
            .aliases(vec!["app.example.com".into()])
            .certificate((*certificate).clone())
            .web_acl_arn(firewall.arn())
            .build(),
    );
    zone.alias(&mut stack, "app-record", "app.example.com", &cdn);
    stack.add_output(
        Output::builder()
            .id("cdn-domain-name")
            .value(cdn.domain_name())
            .build(),
    );
    Ok(stack)
}

fn main() {
    let mut app = App::new();
    match stacks() {
        Ok(stacks) => {
            for s in stacks {
                app.add(s);
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
    match app.manifest() {
        Ok(manifest) => println!("{manifest:#}"),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
