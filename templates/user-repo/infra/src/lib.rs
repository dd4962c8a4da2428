//! The team's infrastructure: one network stack, and the same service stack
//! for each environment.

use stackward::lambda::{Code, Function, Runtime};
use stackward::prelude::*;
use stackward::vpc::VpcRef;

/// What differs between environments.
struct Environment {
    name: &'static str,
    region: &'static str,
    memory_mb: u32,
}

const ENVIRONMENTS: [Environment; 2] = [
    Environment { name: "dev", region: "eu-west-1", memory_mb: 256 },
    Environment { name: "prod", region: "eu-west-1", memory_mb: 1024 },
];

/// Every stack, in one app; `cargo xtask synth` writes them to `generated/`.
pub fn app() -> Result<App, Error> {
    let mut app = App::new();
    let mut network = Stack::new("Acme-Network")?;
    network.allowed_regions(["eu-west-1"]);
    let net = network.add(vpc::Vpc::builder().id("net").cidr("10.20.0.0/16".parse()?).build());
    app.add(network);
    // The environments' stacks are built on every core.
    app.add_each(&ENVIRONMENTS, |env| service(env, &net))?;
    Ok(app)
}

/// The service stack of one environment: a function in the shared VPC.
fn service(env: &Environment, net: &VpcRef) -> Result<Stack, Error> {
    let mut stack = Stack::new(format!("Acme-Service-{}", env.name))?;
    stack.allowed_regions([env.region]).tag("environment", env.name);
    stack.add(
        Function::builder()
            .id("hello")
            .runtime(Runtime::Python315)
            .handler("index.handler")
            .code(Code::Asset("functions/hello".into()))
            .memory_mb(env.memory_mb)
            .vpc(net)
            .build(),
    );
    Ok(stack)
}
