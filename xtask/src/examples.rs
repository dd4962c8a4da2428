//! The example stacks of this repository, built into the xtask so that
//! `cargo xtask synth` writes a template for each of them.

use stackward::{App, Error};

#[path = "../../examples/build_cache.rs"]
#[allow(dead_code)]
mod build_cache;
#[path = "../../examples/data_lake.rs"]
#[allow(dead_code)]
mod data_lake;
#[path = "../../examples/landing.rs"]
#[allow(dead_code)]
mod landing;
#[path = "../../examples/platform.rs"]
#[allow(dead_code)]
mod platform;
#[path = "../../examples/serverless.rs"]
#[allow(dead_code)]
mod serverless;
#[path = "../../examples/serverless_api.rs"]
#[allow(dead_code)]
mod serverless_api;
#[path = "../../examples/three_tier.rs"]
#[allow(dead_code)]
mod three_tier;
#[path = "../../examples/web_app.rs"]
#[allow(dead_code)]
mod web_app;
#[path = "../../examples/web_tier.rs"]
#[allow(dead_code)]
mod web_tier;

/// A function that builds one example's stacks.
type StacksFn = fn() -> Result<Vec<stackward::template::Stack>, Error>;

/// The example files, by name under `examples/`, with the function that
/// builds each one's stack.
pub const EXAMPLES: [(&str, StacksFn); 9] = [
    ("build_cache.rs", || Ok(vec![build_cache::stack()?])),
    ("data_lake.rs", || Ok(vec![data_lake::stack()?])),
    ("landing.rs", || Ok(vec![landing::stack()?])),
    ("platform.rs", platform::stacks),
    ("serverless.rs", || Ok(vec![serverless::stack()?])),
    ("serverless_api.rs", || Ok(vec![serverless_api::stack()?])),
    ("three_tier.rs", || Ok(vec![three_tier::stack()?])),
    ("web_app.rs", web_app::stacks),
    ("web_tier.rs", || Ok(vec![web_tier::stack()?])),
];

/// Every example stack in one app, with YAML copies of the templates. Code
/// asset paths are relative to the repository root, which becomes the
/// current directory.
pub fn app() -> Result<App, Error> {
    let root = crate::root();
    std::env::set_current_dir(&root).map_err(|e| Error::Io {
        path: root.display().to_string(),
        message: e.to_string(),
    })?;
    let mut app = App::new();
    app.yaml(true);
    for (_, stacks) in EXAMPLES {
        for stack in stacks()? {
            app.add(stack);
        }
    }
    Ok(app)
}
