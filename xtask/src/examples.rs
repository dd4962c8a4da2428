//! The example stacks of this repository, built into the xtask so that
//! `cargo xtask synth` writes a template for each of them.

use stackward::{App, Error};

#[path = "../../examples/build_cache.rs"]
#[allow(dead_code)]
mod build_cache;
#[path = "../../examples/data_lake.rs"]
#[allow(dead_code)]
mod data_lake;
#[path = "../../examples/serverless.rs"]
#[allow(dead_code)]
mod serverless;
#[path = "../../examples/three_tier.rs"]
#[allow(dead_code)]
mod three_tier;
#[path = "../../examples/web_tier.rs"]
#[allow(dead_code)]
mod web_tier;

/// A function that builds one example's stack.
type StackFn = fn() -> Result<stackward::template::Stack, Error>;

/// The example files, by name under `examples/`, with the function that
/// builds each one's stack.
pub const EXAMPLES: [(&str, StackFn); 5] = [
    ("build_cache.rs", build_cache::stack),
    ("data_lake.rs", data_lake::stack),
    ("serverless.rs", serverless::stack),
    ("three_tier.rs", three_tier::stack),
    ("web_tier.rs", web_tier::stack),
];

/// Every example stack in one app.
pub fn app() -> Result<App, Error> {
    let mut app = App::new();
    for (_, stack) in EXAMPLES {
        app.add(stack()?);
    }
    Ok(app)
}
