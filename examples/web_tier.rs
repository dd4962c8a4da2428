//! A web tier: a VPC with public, private and isolated subnets in two
//! zones, and an application instance in the private tier that admits only
//! HTTPS from inside the VPC, managed and patched through Systems Manager.
//!
//! `cargo run --example web_tier` prints the template;
//! `cargo xtask synth` writes it to `generated/WebTier.template.json`.

use stackward::ec2::{Port, Volume};
use stackward::prelude::*;
use stackward::vpc::{InterfaceEndpoint, Subnets, Tier};

/// The web tier stack.
pub fn stack() -> Result<Stack, Error> {
    let mut stack = Stack::new("WebTier")?;
    stack
        .description("Web tier: three-tier VPC and a private, patched application instance")
        .allowed_regions(["eu-west-1", "eu-central-1"])
        .tag("project", "web-tier");

    let network = stack.add(
        vpc::Vpc::builder()
            .id("network")
            .cidr("10.20.0.0/16".parse()?)
            .subnets(vec![
                Subnets::public(24),
                Subnets::private(20),
                Subnets::isolated(24),
            ])
            .interface_endpoints(InterfaceEndpoint::SESSION_MANAGER.to_vec())
            .build(),
    );

    let app = stack.add(
        ec2::Instance::builder()
            .id("app")
            .vpc(&network)
            .instance_type("m7g.medium")
            .root_size_gib(20)
            .volumes(vec![Volume::builder()
                .device("/dev/sdf")
                .size_gib(50)
                .build()])
            .user_data("#!/bin/bash\ndnf install -y nginx\nsystemctl enable --now nginx\n")
            .build(),
    );
    app.allow_from(&mut stack, network.cidr(), Port::tcp(443));

    stack.add_output(
        Output::builder()
            .id("app-private-ip")
            .value(app.private_ip())
            .build(),
    );
    for (i, subnet) in network.subnets(Tier::Isolated).iter().enumerate() {
        stack.add_output(
            Output::builder()
                .id(format!("isolated-subnet-{}", i + 1))
                .value(subnet.subnet_id())
                .export_name(Intrinsic::sub(format!(
                    "${{AWS::StackName}}-isolated-subnet-{}",
                    i + 1
                )))
                .build(),
        );
    }
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
