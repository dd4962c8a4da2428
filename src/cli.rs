//! The `cargo xtask` of a repository that uses stackward (feature `cli`).
//!
//! A team's `xtask/src/main.rs` builds its [`App`] and hands it over:
//!
//! ```no_run
//! use stackward::prelude::*;
//!
//! fn app() -> Result<App, Error> {
//!     let mut app = App::new();
//!     let mut stack = Stack::new("Media")?;
//!     stack.add(s3::Bucket::builder().id("uploads").build());
//!     app.add(stack);
//!     Ok(app)
//! }
//!
//! fn main() -> std::process::ExitCode {
//!     stackward::cli::main(app)
//! }
//! ```
//!
//! and gets `cargo xtask synth [--check]`, `report <stack>`, `diff [stack]`,
//! `audit <template> [--sarif FILE]` and `deploy [--region R]
//! [--asset-bucket B] [--parameter Stack:Key=Value]...` (see
//! [`crate::deploy`]), run from the workspace root (the
//! nearest folder above the current one whose `Cargo.toml` has a
//! `[workspace]`), so `generated/` and relative asset paths mean the same
//! wherever the command is typed.
//!
//! Exit codes: 0 when everything passed; 1 when the stacks or the audited
//! template have problems (a rule fails, a value is invalid, `generated/`
//! is stale); 2 when the input could not be read at all (a missing file,
//! text that is not a template).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub use clap;
use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::app::App;
use crate::error::{Error, Result};

/// The commands [`command`] defines.
pub const COMMANDS: [&str; 5] = ["synth", "report", "diff", "audit", "deploy"];

/// Parses the process's arguments, runs the command on the app `build`
/// returns, prints the outcome the way cargo does, and returns the exit code.
pub fn main<F: FnOnce() -> Result<App>>(build: F) -> ExitCode {
    main_of(Box::new(build))
}

/// [`main`], compiled once, in stackward: a program calling a generic
/// `main` would compile all of it again on every rebuild after an edit.
fn main_of(build: Box<dyn FnOnce() -> Result<App> + '_>) -> ExitCode {
    let matches = command().get_matches();
    go_to_workspace_root();
    let mut built = None;
    let outcome = dispatch(|| Ok(&*built.insert(build()?)), &matches);
    // The process ends here: the system takes back the App's memory at
    // once, where freeing its resources one by one takes a while (14 ms
    // for 10,000 resources).
    std::mem::forget(built);
    finish(outcome)
}

/// Prints an error (with its problems and hints) and turns the outcome into
/// an exit code: 1 for problems found in the stacks or template, 2 for input
/// that could not be read.
pub fn finish(outcome: Result<()>) -> ExitCode {
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            print_error(&e);
            ExitCode::from(exit_code(&e))
        }
    }
}

/// 1 for findings (the run read everything and found problems), 2 for
/// input it could not read.
pub fn exit_code(error: &Error) -> u8 {
    match error {
        Error::Io { .. } | Error::Unreadable { .. } => 2,
        _ => 1,
    }
}

/// The `xtask` command line with stackward's subcommands; a repository can
/// add its own subcommands and pass stackward's to [`run`].
pub fn command() -> Command {
    let out = Arg::new("out")
        .long("out")
        .value_name("DIR")
        .default_value("generated")
        .help("the folder of generated files");
    Command::new("xtask")
        .bin_name("cargo xtask")
        .about("Synthesize, check, compare and audit CloudFormation templates with stackward")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            Command::new("synth")
                .about("Write every stack's template, report, manifest, findings and assets")
                .arg(
                    Arg::new("check")
                        .long("check")
                        .action(ArgAction::SetTrue)
                        .help("write nothing; fail if the folder differs from what the code produces"),
                )
                .arg(out.clone()),
        )
        .subcommand(
            Command::new("report")
                .about("Print a stack's responsibility report")
                .arg(Arg::new("stack").required(true)),
        )
        .subcommand(
            Command::new("diff")
                .about("Compare freshly synthesized templates with the generated ones, per resource and property")
                .arg(Arg::new("stack").help("only this stack"))
                .arg(
                    Arg::new("json")
                        .long("json")
                        .action(ArgAction::SetTrue)
                        .help("print the differences as JSON"),
                )
                .arg(out.clone()),
        )
        .subcommand(
            Command::new("audit")
                .about("Run stackward's rules and report over a template it did not write")
                .arg(Arg::new("template").required(true).help("a JSON or YAML template"))
                .arg(
                    Arg::new("sarif")
                        .long("sarif")
                        .value_name("FILE")
                        .help("also write the findings as SARIF 2.1.0"),
                ),
        )
        .subcommand(
            Command::new("deploy")
                .about("Deploy the generated stacks with the AWS CLI, in manifest order, through change sets")
                .arg(
                    Arg::new("region")
                        .long("region")
                        .value_name("REGION")
                        .help("the region to deploy to [default: $AWS_REGION, else $AWS_DEFAULT_REGION]"),
                )
                .arg(
                    Arg::new("asset-bucket")
                        .long("asset-bucket")
                        .value_name("BUCKET")
                        .help("the bucket code assets and large templates are uploaded to [default: $ASSET_BUCKET]"),
                )
                .arg(
                    Arg::new("parameter")
                        .long("parameter")
                        .value_name("STACK:KEY=VALUE")
                        .action(ArgAction::Append)
                        .help("a value for one of a stack's own parameters (repeatable)"),
                )
                .arg(out.clone()),
        )
}

/// Runs one of stackward's subcommands (see [`COMMANDS`]); the app is built
/// only by the commands that need it.
pub fn run<F: FnOnce() -> Result<App>>(build: F, matches: &ArgMatches) -> Result<()> {
    let mut built = None;
    dispatch(|| Ok(&*built.insert(build()?)), matches)
}

/// [`run`] on the app `build` makes, held by the caller.
fn dispatch<'a>(build: impl FnOnce() -> Result<&'a App>, matches: &ArgMatches) -> Result<()> {
    let out = |m: &ArgMatches| {
        PathBuf::from(
            m.get_one::<String>("out")
                .map_or("generated", String::as_str),
        )
    };
    match matches.subcommand() {
        Some(("synth", m)) => synth(build()?, &out(m), m.get_flag("check")),
        Some(("report", m)) => {
            let stack = m.get_one::<String>("stack").map_or("", String::as_str);
            report(build()?, stack)
        }
        Some(("diff", m)) => diff(
            build()?,
            &out(m),
            m.get_one::<String>("stack").map(String::as_str),
            m.get_flag("json"),
        ),
        Some(("audit", m)) => audit(
            Path::new(m.get_one::<String>("template").map_or("", String::as_str)),
            m.get_one::<String>("sarif").map(Path::new),
        ),
        Some(("deploy", m)) => deploy(
            m.get_one::<String>("region").cloned(),
            m.get_one::<String>("asset-bucket").cloned(),
            m.get_many::<String>("parameter")
                .into_iter()
                .flatten()
                .map(String::as_str)
                .collect(),
            &out(m),
        ),
        Some((other, _)) => Err(Error::invalid(
            "xtask",
            "command",
            other,
            format!("stackward's commands are {}", COMMANDS.join(", ")),
        )),
        None => Err(Error::invalid(
            "xtask",
            "command",
            "(none)",
            "give a command",
        )),
    }
}

/// Writes or checks the app's files in `dir`.
pub fn synth(app: &App, dir: &Path, check: bool) -> Result<()> {
    if check {
        app.check(dir)?;
        status(
            "Checked",
            &format!(
                "{} stacks: {} is up to date",
                app.stacks().len(),
                dir.display()
            ),
        );
    } else {
        let written = app.write(dir)?;
        for path in &written.changed {
            status("Synthesized", &path.display().to_string());
        }
        for path in &written.removed {
            status("Removed", &path.display().to_string());
        }
        for resource in &written.unchecked {
            status(
                "Unchecked",
                &format!("{resource}: no stackward rule checks this type; review it by hand"),
            );
        }
        status(
            "Finished",
            &format!(
                "{} stacks, {} files in {} ({} changed, {} removed)",
                app.stacks().len(),
                written.files.len(),
                dir.display(),
                written.changed.len(),
                written.removed.len()
            ),
        );
    }
    Ok(())
}

/// Prints one stack's responsibility report as Markdown.
pub fn report(app: &App, stack: &str) -> Result<()> {
    let templates = app.synth()?;
    let template = templates
        .iter()
        .find(|t| t.stack_name() == stack)
        .ok_or_else(|| unknown_stack(app, stack))?;
    let stacks: Vec<(&str, &serde_json::Value)> = templates
        .iter()
        .map(|t| (t.stack_name(), t.json()))
        .collect();
    print!("{}", template.report().in_app(&stacks).to_markdown());
    Ok(())
}

/// Prints what changed between the committed templates in `dir` and the
/// code's, per resource and property, security-relevant changes marked `!`.
pub fn diff(app: &App, dir: &Path, only: Option<&str>, json: bool) -> Result<()> {
    let templates = app.synth()?;
    if let Some(stack) = only {
        if !templates.iter().any(|t| t.stack_name() == stack) {
            return Err(unknown_stack(app, stack));
        }
    }
    let mut diffs = Vec::new();
    for t in templates
        .iter()
        .filter(|t| only.map_or(true, |s| s == t.stack_name()))
    {
        let path = dir.join(t.file_name());
        let old = match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| {
                Error::invalid(
                    t.stack_name(),
                    "(template)",
                    path.display(),
                    format!("is not JSON: {e}"),
                )
            })?,
            Err(_) => serde_json::json!({ "Resources": {} }),
        };
        diffs.push(crate::diff::diff(t.stack_name(), &old, t.json()));
    }
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&diffs).unwrap_or_default()
        );
    } else {
        for d in &diffs {
            print!("{}", d.to_text());
        }
    }
    let changed = diffs.iter().filter(|d| !d.is_empty()).count();
    let flagged = diffs.iter().filter(|d| d.security_relevant()).count();
    status(
        "Compared",
        &format!(
            "{} stacks with {}: {changed} changed, {flagged} with security-relevant changes",
            diffs.len(),
            dir.display()
        ),
    );
    Ok(())
}

/// Audits a template stackward did not write: prints the failing rules and
/// the report, optionally writes the findings as SARIF, and fails when a
/// rule fails.
pub fn audit(file: &Path, sarif: Option<&Path>) -> Result<()> {
    let text = std::fs::read_to_string(file).map_err(|e| Error::io(file, e))?;
    let name = file
        .file_name()
        .map(|n| {
            n.to_string_lossy()
                .split('.')
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .unwrap_or_default();
    let audit = crate::audit::audit(&name, &text)?;
    print!("{}", audit.to_markdown());
    if let Some(out) = sarif {
        let log = audit.to_sarif(&file.to_string_lossy(), &text);
        let text = serde_json::to_string_pretty(&log).unwrap_or_default() + "\n";
        std::fs::write(out, text).map_err(|e| Error::io(out, e))?;
        status("Wrote", &format!("findings to {}", out.display()));
    }
    if audit.failures.is_empty() && audit.over_limits.is_empty() {
        let unchecked = audit.report.unchecked.len();
        let verdict = if unchecked == 0 {
            "every stackward rule passes".to_owned()
        } else {
            format!("every stackward rule passes on the resources it checks; {unchecked} of types no rule checks")
        };
        status("Audited", &format!("{}: {verdict}", file.display()));
        Ok(())
    } else {
        Err(Error::Synth {
            stack: name,
            problems: audit
                .over_limits
                .iter()
                .cloned()
                .chain(audit.failures.iter().map(|f| {
                    Error::RuleFailed {
                        resource: f.resource.clone().unwrap_or_else(|| "(template)".into()),
                        property: f.property.clone(),
                        rule: f.rule.clone(),
                        message: f
                            .message
                            .lines()
                            .next()
                            .unwrap_or_default()
                            .trim()
                            .to_owned(),
                    }
                }))
                .collect(),
        })
    }
}

/// Deploys the stacks in `dir` with the AWS CLI (see [`crate::deploy`]).
/// The region and bucket fall back to `AWS_REGION` (or
/// `AWS_DEFAULT_REGION`) and `ASSET_BUCKET`.
pub fn deploy(
    region: Option<String>,
    asset_bucket: Option<String>,
    parameters: Vec<&str>,
    dir: &Path,
) -> Result<()> {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let region = region
        .or_else(|| env("AWS_REGION"))
        .or_else(|| env("AWS_DEFAULT_REGION"))
        .ok_or_else(|| {
            Error::invalid(
                "(app)",
                "region",
                "(none)",
                "say where to deploy: `--region` or AWS_REGION",
            )
        })?;
    let mut options = crate::deploy::Options {
        dir: dir.to_path_buf(),
        region,
        asset_bucket: asset_bucket.or_else(|| env("ASSET_BUCKET")),
        ..crate::deploy::Options::default()
    };
    for given in parameters {
        options.parameter(given)?;
    }
    let done = crate::deploy::deploy(&options)?;
    let sets = if done.stack_sets.is_empty() {
        String::new()
    } else {
        format!(
            "; StackSets {} created or updated with their instances",
            done.stack_sets.join(", ")
        )
    };
    let skipped = if done.skipped.is_empty() {
        String::new()
    } else {
        format!(
            "; skipped {} pinned to other regions",
            done.skipped.join(", ")
        )
    };
    status(
        "Deployed",
        &format!(
            "{} stacks to {} ({} changed, {} unchanged), {} assets uploaded{sets}{skipped}",
            done.changed.len() + done.unchanged.len(),
            options.region,
            done.changed.len(),
            done.unchanged.len(),
            done.uploaded
        ),
    );
    Ok(())
}

fn unknown_stack(app: &App, stack: &str) -> Error {
    let names: Vec<&str> = app.stacks().iter().map(|s| s.name()).collect();
    Error::invalid(
        "(app)",
        "stack",
        stack,
        format!(
            "no stack has this name; the stacks are {}",
            names.join(", ")
        ),
    )
}

/// Makes the workspace root the current directory: the nearest folder at or
/// above the current one whose `Cargo.toml` declares a `[workspace]`.
pub fn go_to_workspace_root() {
    let Ok(here) = std::env::current_dir() else {
        return;
    };
    let root = here.ancestors().find(|dir| {
        std::fs::read_to_string(dir.join("Cargo.toml"))
            .is_ok_and(|t| t.lines().any(|l| l.trim() == "[workspace]"))
    });
    if let Some(root) = root {
        let _ = std::env::set_current_dir(root);
    }
}

/// Prints a progress line as cargo does: a right-aligned green verb, then
/// what it did.
pub fn status(verb: &str, what: &str) {
    crate::status::status(verb, what);
}

/// Prints an error with each of its problems and what to do about them.
pub fn print_error(error: &Error) {
    match error {
        Error::Synth { stack, problems } => {
            eprintln!(
                "{} stack {stack}: {} problem(s)",
                crate::status::paint("1;31", "error:"),
                problems.len()
            );
            for p in problems {
                eprintln!("  {} {p}", crate::status::paint("1;34", "-->"));
                if let Some(hint) = p.hint() {
                    eprintln!("      {} {hint}", crate::status::paint("1;36", "help:"));
                }
            }
        }
        other => {
            eprintln!("{} {other}", crate::status::paint("1;31", "error:"));
            if let Some(hint) = other.hint() {
                eprintln!("  {} {hint}", crate::status::paint("1;36", "help:"));
            }
        }
    }
}
