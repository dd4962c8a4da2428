//! `cargo xtask`: the repository's tasks.
//!
//! - `synth [--check]`, `report <stack>`, `diff [stack]`, `audit <template>`,
//!   `deploy`: stackward's own commands (`stackward::cli`), the ones a user's xtask
//!   gets, run over this repository's example stacks.
//! - `codegen [--check]`: write the L1 structs of the types listed in
//!   `src/cfn/l1/types.txt` from CloudFormation's provider schemas.
//! - `docs [--check]`: write the README's rule table and each service's
//!   `defaults.md` from its `duties.rs`.
//! - `lint`: run cfn-lint (a pinned version, installed into `target/`) over
//!   every template in `generated/`.
//! - `schemas`: compare every L1 struct's schema (schemars) with
//!   CloudFormation's resource provider schema shipped in cfn-lint.
//! - `controls [--write-mapping]`: run AWS Control Tower's proactive controls
//!   (cfn-guard rules from a pinned npm package, fetched into `target/`) over
//!   `generated/`, and check (or write) `src/compliance.json`, the framework
//!   mapping the reports use, against the controls' metadata.
//! - `smoke`: create every generated template in a local CloudFormation
//!   emulator (moto, pinned, installed into `target/`), check the deployed
//!   settings with describe calls, delete, and check what must be retained.
//! - `scan`: judge every template (this repository's and the user
//!   template's) with checkov and cdk-nag (pinned, installed into
//!   `target/`): no finding may be left unwaived, and every waiver must be
//!   what suppresses its finding.
//! - `sarif`: validate the SARIF findings (`generated/findings.sarif` and an
//!   audit's) against the SARIF 2.1.0 schema with a pinned validator.
//! - `new <dir> [--git URL [--rev REV]]`: write a team's repository from
//!   `templates/user-repo`, taking stackward from this checkout or a git URL.
//! - `user-template`: check the template's workflow, then scaffold a
//!   repository with `new` outside this checkout, build it, run its
//!   commands, and run its deploy script with the AWS CLI against the
//!   emulator.
//! - `bench`: every performance figure (criterion benches, whole-process
//!   synth, the AWS CDK peer, build cost) into `target/bench/report.md`;
//!   never part of CI.
//! - `ci`: everything CI runs: fmt, clippy, the tests, `cargo doc` with
//!   warnings denied, `synth --check`,
//!   `docs --check`, `lint`, `scan`, `codegen --check`, `sarif`, `user-template`, `schemas`, `controls`, `smoke`.

mod bench;
mod codegen;
mod controls;
mod docs;
mod examples;
mod sarif;
mod scaffold;
mod scan;
mod schemas;
mod smoke;
mod user_template;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use stackward::cli::{self, clap};

/// The cfn-lint version the templates are judged by.
const CFN_LINT_VERSION: &str = "1.58.0";

fn main() -> ExitCode {
    let flag = |name: &'static str, help: &'static str| {
        clap::Arg::new(name)
            .long(name)
            .action(clap::ArgAction::SetTrue)
            .help(help)
    };
    let task = |name: &'static str, about: &'static str| clap::Command::new(name).about(about);
    let matches = cli::command()
        .subcommand(task("lint", "Run the pinned cfn-lint over generated/"))
        .subcommand(
            task(
                "codegen",
                "Write the L1 structs of src/cfn/l1/types.txt from CloudFormation's provider schemas",
            )
            .arg(flag("check", "fail if a generated file is stale")),
        )
        .subcommand(
            task(
                "docs",
                "Write the README rule table and each service's defaults.md from its duties.rs",
            )
            .arg(flag("check", "fail if a generated table is stale")),
        )
        .subcommand(
            task(
                "schemas",
                "Compare the L1 structs with CloudFormation's provider schemas",
            )
            .arg(flag("write-replacement", "rewrite src/replacement.json")),
        )
        .subcommand(
            task(
                "controls",
                "Run AWS Control Tower's proactive controls over generated/",
            )
            .arg(flag("write-mapping", "rewrite src/compliance.json")),
        )
        .subcommand(task(
            "scan",
            "Judge every template with the pinned checkov and cdk-nag (4 packs)",
        ))
        .subcommand(task(
            "sarif",
            "Validate the SARIF findings against the SARIF 2.1.0 schema",
        ))
        .subcommand(task(
            "user-template",
            "Build the user xtask template and check its generated/",
        ))
        .subcommand(task(
            "smoke",
            "Create, describe and delete every template in a local emulator",
        ))
        .subcommand(task(
            "bench",
            "Every performance figure, into target/bench/report.md (not in CI)",
        ))
        .subcommand(
            task(
                "new",
                "Write a ready repository of your own from templates/user-repo, using this checkout (or a git URL)",
            )
            .arg(clap::Arg::new("dir").required(true).help("the new repository's folder"))
            .arg(
                clap::Arg::new("git")
                    .long("git")
                    .value_name("URL")
                    .help("take stackward from this git repository instead of this checkout"),
            )
            .arg(
                clap::Arg::new("rev")
                    .long("rev")
                    .value_name("REV")
                    .help("the git revision to take (with --git)"),
            ),
        )
        .subcommand(task("ci", "Everything CI runs"))
        .get_matches();
    // `new` takes a folder relative to where it was typed.
    if let Some(("new", m)) = matches.subcommand() {
        let text = |name: &str| m.get_one::<String>(name).map(String::as_str);
        let dir = std::path::absolute(text("dir").unwrap_or_default());
        let done = dir
            .map_err(|e| e.to_string())
            .and_then(|dir| scaffold::new(&dir, text("git"), text("rev")));
        return match done {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        };
    }
    if std::env::set_current_dir(root()).is_err() {
        eprintln!("error: cannot enter {}", root().display());
        return ExitCode::FAILURE;
    }
    let result = match matches.subcommand() {
        Some((name, _)) if cli::COMMANDS.contains(&name) => {
            return cli::finish(cli::run(examples::app, &matches));
        }
        Some(("lint", _)) => lint(),
        Some(("docs", m)) => docs::docs(m.get_flag("check")),
        Some(("codegen", m)) => codegen::codegen(m.get_flag("check")),
        Some(("schemas", m)) if m.get_flag("write-replacement") => schemas::sync_replacement(true),
        Some(("schemas", _)) => schemas::check().and_then(|()| schemas::sync_replacement(false)),
        Some(("controls", m)) if m.get_flag("write-mapping") => controls::sync_mapping(true),
        Some(("controls", _)) => controls::sync_mapping(false)
            .and_then(|()| templates())
            .and_then(|t| controls::check_generated(&t)),
        Some(("sarif", _)) => sarif::check(),
        Some(("scan", _)) => scan::templates().and_then(|t| scan::scan(&t)),
        Some(("user-template", _)) => user_template::check(),
        Some(("smoke", _)) => templates().and_then(|t| smoke::smoke(&t)),
        Some(("bench", _)) => bench::bench(),
        Some(("ci", _)) => ci(),
        _ => Err("unknown command".into()),
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

/// The cargo running this task (`CARGO`), else the one on the `PATH`.
pub(crate) fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

pub(crate) fn generated() -> PathBuf {
    root().join("generated")
}

pub(crate) fn status(verb: &str, what: &str) {
    cli::status(verb, what);
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

/// Downloads (once) a pinned npm package with `npm pack` into
/// `target/<folder>/` and unpacks it; returns the package's folder.
pub(crate) fn npm_package(package: &str, version: &str, folder: &str) -> Result<PathBuf, String> {
    let dir = root().join("target").join(folder);
    let unpacked = dir.join(format!("package-{version}"));
    let package_dir = unpacked.join("package");
    if package_dir.join("package.json").is_file() {
        return Ok(package_dir);
    }
    status("Fetching", &format!("{package}@{version} with npm pack"));
    std::fs::create_dir_all(&unpacked).map_err(|e| format!("{}: {e}", unpacked.display()))?;
    let mut tarball = String::new();
    retry(|| {
        let out = Command::new("npm")
            .args(["pack", "--silent", &format!("{package}@{version}")])
            .current_dir(&dir)
            .output()
            .map_err(|e| format!("npm pack: {e} (is Node.js installed?)"))?;
        if !out.status.success() {
            return Err(format!(
                "npm pack failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        tarball = String::from_utf8_lossy(&out.stdout)
            .trim()
            .lines()
            .last()
            .unwrap_or_default()
            .to_owned();
        Ok(())
    })?;
    run(Command::new("tar")
        .arg("xzf")
        .arg(dir.join(&tarball))
        .arg("-C")
        .arg(&unpacked))?;
    Ok(package_dir)
}

/// The npm packages the AWS CDK peer of the benchmarks and the cdk-nag judge
/// run in, pinned.
pub(crate) const CDK_PACKAGES: [&str; 3] =
    ["aws-cdk-lib@2.276.0", "constructs@10.8.1", "cdk-nag@2.36.8"];

/// Installs [`CDK_PACKAGES`] into `target/<folder>` (once) and copies the
/// Node.js program `app` there; returns the folder.
pub(crate) fn cdk_packages(folder: &str, app: &Path) -> Result<PathBuf, String> {
    let dir = root().join("target").join(folder);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let installed = CDK_PACKAGES.iter().all(|spec| {
        let (name, version) = spec.rsplit_once('@').unwrap_or((spec, ""));
        read_json(&dir.join("node_modules").join(name).join("package.json"))
            .is_ok_and(|p| p["version"] == version)
    });
    if !installed {
        status(
            "Installing",
            &format!("{} into {}", CDK_PACKAGES.join(" "), dir.display()),
        );
        retry(|| {
            run(Command::new("npm")
                .current_dir(&dir)
                .args(["install", "--no-audit", "--no-fund", "--silent"])
                .args(CDK_PACKAGES))
        })?;
    }
    let name = app
        .file_name()
        .ok_or_else(|| format!("{}: not a file", app.display()))?;
    std::fs::copy(app, dir.join(name)).map_err(|e| format!("{}: {e}", app.display()))?;
    Ok(dir)
}

/// A JSON file, read and parsed, errors naming the file.
pub(crate) fn read_json(path: &Path) -> Result<serde_json::Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The deploy manifest in a folder of generated files.
pub(crate) fn manifest(dir: &Path) -> Result<serde_json::Value, String> {
    read_json(&dir.join(stackward::app::MANIFEST))
        .map_err(|e| format!("{e}: run `cargo xtask synth`"))
}

/// The generated templates in deploy order, as `generated/manifest.json`
/// lists them.
fn templates() -> Result<Vec<PathBuf>, String> {
    let dir = generated();
    let manifest = manifest(&dir)?;
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
            dir.join(stackward::app::MANIFEST).display()
        ));
    }
    Ok(files)
}

fn lint() -> Result<(), String> {
    let exe = cfn_lint()?;
    let mut files = templates()?;
    let yaml: Vec<PathBuf> = files
        .iter()
        .map(|f| f.with_extension("yaml"))
        .filter(|f| f.is_file())
        .collect();
    files.extend(yaml);
    status(
        "Linting",
        &format!("{} templates with cfn-lint {CFN_LINT_VERSION}", files.len()),
    );
    // Errors and warnings both fail; informational findings are printed.
    run(Command::new(&exe)
        .args(["--non-zero-exit-code", "warning", "--"])
        .args(&files))?;
    status(
        "Linted",
        &format!("{} templates: no errors, no warnings", files.len()),
    );
    yaml_round_trip(&exe, &files)
}

/// Each YAML copy, read by cfn-lint's YAML 1.1 decoder (the one AWS's
/// Python tools share), equals its JSON template.
fn yaml_round_trip(cfn_lint: &Path, files: &[PathBuf]) -> Result<(), String> {
    let pairs: Vec<&PathBuf> = files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "yaml"))
        .collect();
    let script = "import json, sys\n\
        from cfnlint.decode import decode\n\
        bad = [y for y in sys.argv[1:] if decode(y)[0] != json.load(open(y[:-4] + 'json'))]\n\
        print('\\n'.join(y + ': differs from its JSON template' for y in bad))\n\
        sys.exit(1 if bad else 0)";
    run(Command::new(cfn_lint.with_file_name("python"))
        .arg("-c")
        .arg(script)
        .args(&pairs))?;
    status(
        "Compared",
        &format!(
            "{} YAML templates read back equal to their JSON",
            pairs.len()
        ),
    );
    Ok(())
}

fn ci() -> Result<(), String> {
    let cargo = cargo();
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
    status("Running", "cargo doc (warnings denied)");
    run(Command::new(&cargo)
        .current_dir(root())
        .env("RUSTDOCFLAGS", "-D warnings")
        .args(["doc", "--no-deps", "--workspace", "--all-features"]))?;
    let app = examples::app().map_err(|e| e.to_string())?;
    cli::synth(&app, &generated(), true).map_err(|e| e.to_string())?;
    docs::docs(true)?;
    lint()?;
    scan::scan(&scan::templates()?)?;
    codegen::codegen(true)?;
    sarif::check()?;
    user_template::check()?;
    schemas::check()?;
    schemas::sync_replacement(false)?;
    controls::sync_mapping(false)?;
    controls::check_generated(&templates()?)?;
    smoke::smoke(&templates()?)?;
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
    fn generated_yaml_equals_json_and_diff_finds_no_change() {
        for t in examples::app().unwrap().synth().unwrap() {
            let read = |name: String| std::fs::read_to_string(generated().join(name)).unwrap();
            let json: serde_json::Value = serde_json::from_str(&read(t.file_name())).unwrap();
            let yaml: serde_json::Value = serde_yaml::from_str(&read(t.yaml_file_name())).unwrap();
            assert_eq!(yaml, json, "{}", t.yaml_file_name());
            let diff = stackward::diff::diff(t.stack_name(), &json, t.json());
            assert!(diff.is_empty(), "{}", diff.to_text());
        }
    }

    #[test]
    fn the_command_line_takes_stackward_and_repository_commands() {
        let parse = |args: &[&str]| cli::command().try_get_matches_from(args);
        assert!(parse(&["xtask", "synth", "--check"]).is_ok());
        assert!(parse(&["xtask", "diff", "WebTier", "--out", "elsewhere"]).is_ok());
        assert!(parse(&["xtask", "audit", "t.yaml", "--sarif", "t.sarif"]).is_ok());
        assert!(parse(&["xtask", "synth", "--chek"]).is_err());
        assert!(parse(&["xtask", "report"]).is_err(), "report needs a stack");
        for name in cli::COMMANDS {
            assert!(cli::command().find_subcommand(name).is_some(), "{name}");
        }
    }

    /// Every account-level duty a committed report credits to a stack
    /// resolves, in that stack's committed template, to the value claimed;
    /// with the baseline in the App, every stack's report credits all of
    /// them.
    #[test]
    fn cross_stack_evidence_resolves_in_the_named_stack() {
        let app = examples::app().unwrap();
        let mut credited = 0;
        for t in app.synth().unwrap() {
            let report =
                crate::read_json(&generated().join(format!("{}.report.json", t.stack_name())))
                    .unwrap();
            for a in report["account"].as_array().unwrap() {
                let by = &a["shown_by"];
                assert!(
                    by.is_object(),
                    "{}: {} is shown by nobody",
                    t.stack_name(),
                    a["what"]
                );
                let stack = by["stack"].as_str().unwrap();
                let template =
                    crate::read_json(&generated().join(format!("{stack}.template.json"))).unwrap();
                let pointer = by["pointer"].as_str().unwrap();
                assert_eq!(
                    template.pointer(pointer),
                    Some(&by["value"]),
                    "{stack}{pointer}"
                );
                credited += 1;
            }
        }
        assert!(credited > 0);
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
