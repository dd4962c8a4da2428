//! `cargo xtask`: the repository's tasks.
//!
//! - `synth [--check]`: write every example stack's template into
//!   `generated/`, or check that `generated/` is up to date.
//! - `report <stack>`: print a stack's responsibility report.
//! - `audit <template>`: stackward's rules and report over a JSON or YAML
//!   template it did not write.
//! - `lint`: run cfn-lint (a pinned version, installed into `target/`) over
//!   every template in `generated/`.
//! - `schemas`: compare every L1 struct's schema (schemars) with
//!   CloudFormation's resource provider schema shipped in cfn-lint.
//! - `controls [--write-mapping]`: run AWS Control Tower's proactive controls
//!   (cfn-guard rules from a pinned npm package, fetched into `target/`) over
//!   `generated/`, and check (or write) `src/compliance.json`, the framework
//!   mapping the reports use, against the controls' metadata.
//! - `deploy`: create every generated template in a local CloudFormation
//!   emulator (moto, pinned, installed into `target/`), check the deployed
//!   settings with describe calls, delete, and check what must be retained.
//! - `ci`: everything CI runs: fmt, clippy, the tests, `synth --check`,
//!   `lint`, `schemas`, `controls`, `deploy`.

mod controls;
mod deploy;
mod examples;
mod schemas;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The cfn-lint version the templates are judged by.
const CFN_LINT_VERSION: &str = "1.58.0";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["synth"] => synth(false),
        ["synth", "--check"] => synth(true),
        ["lint"] => lint(),
        ["controls"] => controls::sync_mapping(false)
            .and_then(|()| templates())
            .and_then(|t| controls::check_generated(&t)),
        ["controls", "--write-mapping"] => controls::sync_mapping(true),
        ["schemas"] => schemas::check(),
        ["deploy"] => templates().and_then(|t| deploy::smoke(&t)),
        ["report", stack] => report(stack),
        ["audit", file] => audit(Path::new(file)),
        ["ci"] => ci(),
        _ => Err(format!(
            "usage: cargo xtask <synth [--check] | report <stack> | audit <template> | lint | schemas | controls [--write-mapping] | deploy | ci>, not {:?}",
            args.join(" ")
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn generated() -> PathBuf {
    root().join("generated")
}

pub(crate) fn status(verb: &str, what: &str) {
    eprintln!("{verb:>12} {what}");
}

fn report(stack: &str) -> Result<(), String> {
    let app = examples::app().map_err(|e| e.to_string())?;
    let template = app
        .synth()
        .map_err(|e| e.to_string())?
        .into_iter()
        .find(|t| t.stack_name() == stack)
        .ok_or_else(|| {
            let names: Vec<&str> = app.stacks().iter().map(|s| s.name()).collect();
            format!(
                "no stack named {stack:?}; the stacks are {}",
                names.join(", ")
            )
        })?;
    print!("{}", template.report().to_markdown());
    Ok(())
}

/// Runs stackward's rules and the responsibility report over a template
/// stackward did not write; fails when a rule fails.
fn audit(file: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
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
    let audit = stackward::audit::audit(&name, &text).map_err(|e| e.to_string())?;
    print!("{}", audit.to_markdown());
    match audit.failures.len() {
        0 => Ok(()),
        n => Err(format!("{}: {n} rule failure(s)", file.display())),
    }
}

fn synth(check: bool) -> Result<(), String> {
    let app = examples::app().map_err(|e| e.to_string())?;
    let dir = generated();
    if check {
        app.check(&dir).map_err(|e| e.to_string())?;
        status(
            "Checked",
            &format!("{} stacks: generated/ is up to date", app.stacks().len()),
        );
    } else {
        for path in app.write(&dir).map_err(|e| e.to_string())? {
            let shown = path.strip_prefix(root()).unwrap_or(&path);
            status("Synthesized", &shown.display().to_string());
        }
    }
    Ok(())
}

/// Installs the pinned cfn-lint into `target/cfn-lint` (once) and returns
/// the path of its executable.
pub(crate) fn cfn_lint() -> Result<PathBuf, String> {
    let venv = root().join("target").join("cfn-lint");
    let exe = venv.join("bin").join("cfn-lint");
    let installed = Command::new(&exe)
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains(CFN_LINT_VERSION));
    if !installed {
        venv_install(&venv, &format!("cfn-lint=={CFN_LINT_VERSION}"))?;
    }
    Ok(exe)
}

/// Creates a fresh virtualenv at `venv` and pip-installs one pinned
/// requirement into it, trying the download up to three times.
pub(crate) fn venv_install(venv: &Path, requirement: &str) -> Result<(), String> {
    status(
        "Installing",
        &format!("{requirement} into {}", venv.display()),
    );
    run(Command::new("python3")
        .args(["-m", "venv", "--clear"])
        .arg(venv))?;
    let pip = venv.join("bin").join("pip");
    retry(|| {
        run(Command::new(&pip).args([
            "install",
            "--quiet",
            "--disable-pip-version-check",
            requirement,
        ]))
    })
}

/// Runs `attempt` up to three times, for downloads from a package registry.
pub(crate) fn retry(mut attempt: impl FnMut() -> Result<(), String>) -> Result<(), String> {
    let mut last = Ok(());
    for n in 1..=3 {
        last = attempt();
        if last.is_ok() {
            break;
        }
        if n < 3 {
            std::thread::sleep(std::time::Duration::from_secs(5 * n));
        }
    }
    last
}

/// The generated templates in deploy order, as `generated/manifest.json`
/// lists them.
fn templates() -> Result<Vec<PathBuf>, String> {
    let dir = generated();
    let path = dir.join(stackward::app::MANIFEST);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: {e}: run `cargo xtask synth`", path.display()))?;
    let manifest: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let files: Vec<PathBuf> = manifest["stacks"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["template"].as_str())
        .map(|t| dir.join(t))
        .collect();
    if files.is_empty() {
        return Err(format!(
            "no templates in {}: run `cargo xtask synth`",
            path.display()
        ));
    }
    Ok(files)
}

fn lint() -> Result<(), String> {
    let exe = cfn_lint()?;
    let files = templates()?;
    status(
        "Linting",
        &format!("{} templates with cfn-lint {CFN_LINT_VERSION}", files.len()),
    );
    // Errors and warnings both fail; informational findings are printed.
    run(Command::new(exe)
        .args(["--non-zero-exit-code", "warning", "--"])
        .args(&files))?;
    status(
        "Linted",
        &format!("{} templates: no errors, no warnings", files.len()),
    );
    Ok(())
}

fn ci() -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let step = |name: &str, args: &[&str]| -> Result<(), String> {
        status("Running", name);
        run(Command::new(&cargo).current_dir(root()).args(args))
    };
    step("cargo fmt --check", &["fmt", "--all", "--", "--check"])?;
    step(
        "cargo clippy",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    step("cargo test", &["test", "--workspace"])?;
    synth(true)?;
    lint()?;
    schemas::check()?;
    controls::sync_mapping(false)?;
    controls::check_generated(&templates()?)?;
    deploy::smoke(&templates()?)?;
    status("Finished", "ci: every check passed");
    Ok(())
}

pub(crate) fn run(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let status = cmd.status().map_err(|e| format!("{shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed with {status}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Golden test: each example's template equals its committed file.
    #[test]
    fn every_example_matches_its_generated_template() {
        let app = examples::app().unwrap();
        for t in app.synth().unwrap() {
            let path = generated().join(t.file_name());
            let committed = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}; run `cargo xtask synth`", path.display()));
            assert!(
                committed == t.text(),
                "{} is stale; run `cargo xtask synth`",
                path.display()
            );
        }
    }

    #[test]
    fn every_example_file_is_registered() {
        let mut on_disk: Vec<String> = std::fs::read_dir(root().join("examples"))
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".rs"))
            .collect();
        on_disk.sort();
        let registered: Vec<String> = examples::EXAMPLES
            .iter()
            .map(|(n, _)| n.to_string())
            .collect();
        assert_eq!(
            on_disk, registered,
            "register every example in xtask/src/examples.rs"
        );
    }

    #[test]
    fn synth_is_deterministic() {
        let texts = || -> Vec<String> {
            let templates = examples::app().unwrap().synth().unwrap();
            templates.iter().map(|t| t.text().to_owned()).collect()
        };
        assert_eq!(texts(), texts());
    }
}

#[cfg(test)]
mod readme_tests {
    use super::root;

    /// The README's table of rules names every rule stackward runs.
    #[test]
    fn the_readme_lists_every_rule() {
        let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
        for (file, text) in stackward::check::RULE_FILES {
            for line in text.lines().filter(|l| l.starts_with("rule ")) {
                let name = line.split_whitespace().nth(1).unwrap();
                if name.contains('(') {
                    continue; // a helper that rules call, not a rule of its own
                }
                assert!(
                    readme.contains(&format!("| `{name}` |")),
                    "README.md does not list {name} from {file}"
                );
            }
        }
    }
}
