//! stackward, as `infra` and `xtask` use it, built as one shared library
//! (see `Cargo.toml`).

pub use stackward::*;
