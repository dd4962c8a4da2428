//! A web application as most teams run one on AWS: a VPC with public,
//! private and isolated subnets in two zones; an internet-facing
//! application load balancer that speaks only HTTPS, with a certificate
//! validated through Route 53 and a WAF web ACL in front; an Auto Scaling
//! group of private, patched instances behind it; and an Aurora PostgreSQL
//! cluster in the isolated tier that only the fleet reaches.
//!
//! `cargo run --example web_app` prints the template;
//! `cargo xtask synth` writes it to `generated/WebApp.template.json`.

use stackward::elb::{Forward, Scheme};
use stackward::prelude::*;
use stackward::template::ParameterType;
use stackward::vpc::{InterfaceEndpoint, Subnets};

/// The web application stack.
pub fn stack() -> Result<Stack, Error> {
    let mut stack = Stack::new("WebApp")?;
    stack
        .description("Web application: load-balanced, auto-scaled, private instances")
        .allowed_regions(["eu-west-1", "eu-central-1"])
        .tag("project", "web-app");

    let zone = stack.add_parameter(
        Parameter::builder()
            .id("hosted-zone-id")
            .kind(ParameterType::Aws("AWS::Route53::HostedZone::Id".into()))
            .description("The Route 53 hosted zone of example.com")
            .build(),
    );
    let zone = route53::Zone::new(zone.value::<String>(), "example.com");

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
            .domain("app.example.com")
            .hosted_zone_id(zone.id())
            .build(),
    );
    let firewall = stack.add(wafv2::WebAcl::builder().id("firewall").build());
    let entry = stack.add(
        elb::LoadBalancer::builder()
            .id("entry")
            .vpc(&network)
            .scheme(Scheme::InternetFacing)
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

    zone.alias(&mut stack, "app-record", "app.example.com", &entry);

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

fn main() {
    match stack().and_then(|s| s.synth()) {
        Ok(template) => print!("{}", template.text()),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
