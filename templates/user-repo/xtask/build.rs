//! Runs on the first build only. The `cargo xtask` alias builds quietly, so
//! on a terminal this says why the first command takes minutes.

use std::io::Write;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if let Ok(mut tty) = std::fs::OpenOptions::new().write(true).open("/dev/tty") {
        let _ = writeln!(
            tty,
            "    Building the xtask for the first time: compiling stackward and its rule engine takes a few minutes; later commands start in a second"
        );
    }
}
