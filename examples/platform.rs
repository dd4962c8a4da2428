//! A platform of several stacks: one shared network, and the same service
//! stack for each environment (`dev`, `prod`) built by one function with
//! per-environment settings. The service stacks use the network's VPC
//! handle; `App` turns that into exports of the network stack and imports
//! in the service stacks, and writes the deploy order to
//! `generated/manifest.json`.
//!
//! `cargo run --example platform` prints the deploy manifest.

use stackward::ec2::Port;
use stackward::prelude::*;
use stackward::rds::Engine;
use stackward::vpc::{Subnets, VpcRef};

/// What differs between environments.
pub struct Environment {
    /// Short name, part of the stack name.
    pub name: &'static str,
    /// The regions the environment may be deployed to.
    pub regions: &'static [&'static str],
    /// Instance type of the application hosts.
    pub instance_type: &'static str,
    /// Database instance class.
    pub db_class: &'static str,
    /// Dev databases live in one zone; production in two.
    pub single_az: bool,
}

/// The environments this platform runs.
pub const ENVIRONMENTS: [Environment; 2] = [
    Environment {
        name: "dev",
        regions: &["eu-west-1"],
        instance_type: "m7g.medium",
        db_class: "db.t4g.micro",
        single_az: true,
    },
    Environment {
        name: "prod",
        regions: &["eu-west-1", "eu-central-1"],
        instance_type: "m7g.xlarge",
        db_class: "db.r7g.large",
        single_az: false,
    },
];

/// The shared network.
pub fn network() -> Result<(Stack, VpcRef), Error> {
    let mut stack = Stack::new("Platform-Network")?;
    stack
        .description("Shared network of the platform")
        .allowed_regions(["eu-west-1", "eu-central-1"])
        .tag("project", "platform");
    let net = stack.add(
        vpc::Vpc::builder()
            .id("shared")
            .cidr("10.40.0.0/16".parse()?)
            .subnets(vec![
                Subnets::public(24),
                Subnets::private(20),
                Subnets::isolated(24),
            ])
            .build(),
    );
    Ok((stack, net))
}

/// The service stack of one environment, in the shared network.
pub fn service(env: &Environment, net: &VpcRef) -> Result<Stack, Error> {
    let mut stack = Stack::new(format!("Platform-Service-{}", env.name))?;
    stack
        .description(format!("Service, {} environment", env.name))
        .allowed_regions(env.regions.iter().copied())
        .tag("project", "platform")
        .tag("environment", env.name);
    let app = stack.add(
        ec2::Instance::builder()
            .id("app")
            .vpc(net)
            .instance_type(env.instance_type)
            .build(),
    );
    app.allow_from(&mut stack, net.cidr(), Port::tcp(443));
    let db = rds::Instance::builder()
        .id("db")
        .vpc(net)
        .engine(Engine::Postgres("17.6".into()))
        .instance_class(env.db_class);
    let db = if env.single_az {
        stack.add(
            db.single_az(Waiver::new(
                "dev data is synthetic and rebuilt from fixtures",
                ["RDS_MULTI_AZ_SUPPORT", "CT.RDS.PR.1"],
            )?)
            .build(),
        )
    } else {
        stack.add(db.build())
    };
    db.allow_from(&mut stack, &app);
    // Backups outside the database: a deleted instance or a bad migration
    // does not take them along.
    let backups = stack.add(backup::Plan::builder().id("backups").build());
    backups.enroll(&mut stack, &db);
    Ok(stack)
}

/// Every stack of the platform: the network first, then each environment.
pub fn stacks() -> Result<Vec<Stack>, Error> {
    let (network, net) = network()?;
    let mut stacks = vec![network];
    for env in &ENVIRONMENTS {
        stacks.push(service(env, &net)?);
    }
    Ok(stacks)
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
