//! `cargo xtask synth [--check] | report <stack> | diff [stack] | audit <template> | deploy`
fn main() -> std::process::ExitCode {
    stackward::cli::main(infra::app)
}
