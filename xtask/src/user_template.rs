//! `templates/user-repo`: the folder `cargo xtask new` turns into a team's
//! repository. This task checks its GitHub Actions workflow (the file
//! parses, every `cargo xtask` command it runs exists, the deploy job runs
//! `cargo xtask deploy`), then does what a new team does, with no edits by
//! hand: scaffolds a repository outside this checkout, builds it, runs its
//! `synth --check`, `diff`, `report` and `audit`, and runs its deploy
//! script with the real AWS CLI (pinned, installed into `target/awscli`)
//! against the local emulator: a stack that fails stops the run naming it,
//! a first run deploys every stack, a second changes nothing, each stack
//! ends with termination protection and each function with its asset's
//! code.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use serde_json::Value as Json;
use stackward::cli::COMMANDS;

use crate::scaffold::{scaffold, Source};
use crate::smoke::Emulator;
use crate::{root, run, status};

/// The AWS CLI version the deploy script is run with.
const AWS_CLI_VERSION: &str = "1.46.3";
/// The region the scaffolded repository's stacks are pinned to.
const REGION: &str = "eu-west-1";
/// The asset bucket made in the emulator.
const ASSET_BUCKET: &str = "acme-assets";

/// The template folder.
pub fn folder() -> PathBuf {
    root().join("templates").join("user-repo")
}

/// Installs the pinned AWS CLI into `target/awscli` (once); returns its
/// executable.
fn aws_cli() -> Result<PathBuf, String> {
    let venv = root().join("target").join("awscli");
    let exe = venv.join("bin").join("aws");
    let installed = Command::new(&exe).arg("--version").output().is_ok_and(|o| {
        let said = [o.stdout, o.stderr].concat();
        String::from_utf8_lossy(&said).starts_with(&format!("aws-cli/{AWS_CLI_VERSION} "))
    });
    if !installed {
        crate::venv_install(&venv, &format!("awscli=={AWS_CLI_VERSION}"))?;
    }
    Ok(exe)
}

/// Removes the scaffolded repository on every path out.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn output(cmd: &mut Command) -> Result<Output, String> {
    let shown = format!("{cmd:?}");
    cmd.output().map_err(|e| format!("{shown}: {e}"))
}

fn said(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// `cargo xtask user-template`.
pub fn check() -> Result<(), String> {
    let workflow = folder()
        .join(".github")
        .join("workflows")
        .join("deploy.yml");
    let text =
        std::fs::read_to_string(&workflow).map_err(|e| format!("{}: {e}", workflow.display()))?;
    let problems = workflow_problems(&text);
    if !problems.is_empty() {
        return Err(format!(
            "{}:\n  {}",
            workflow.display(),
            problems.join("\n  ")
        ));
    }
    status(
        "Checked",
        "templates/user-repo/.github/workflows/deploy.yml",
    );

    let dir = std::env::temp_dir().join(format!("stackward-new-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let _scratch = Scratch(dir.clone());
    let files = scaffold(&folder(), &dir, &Source::Path(root()))?;
    status(
        "Scaffolded",
        &format!("{} ({files} files) with `cargo xtask new`", dir.display()),
    );
    // Built in this repository's target folder, so CI's cache serves it.
    let target = root().join("target").join("user-repo");
    let started = Instant::now();
    run(Command::new(crate::cargo())
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", &target)
        .args(["build", "--quiet", "--locked", "--package", "xtask"]))?;
    status(
        "Built",
        &format!(
            "the new repository's xtask in {:.1} s (Cargo.lock unchanged)",
            started.elapsed().as_secs_f64()
        ),
    );
    commands(&target, &dir)?;
    deploys(&target, &dir)
}

/// `cargo xtask` of a scaffolded repository built in `target`, as a team
/// types it: its xtask links stackward as a shared library, which cargo
/// tells the program where to find.
pub fn cargo_xtask(target: &Path) -> Command {
    let mut cmd = Command::new(crate::cargo());
    cmd.env("CARGO_TARGET_DIR", target).arg("xtask");
    cmd
}

/// `synth --check`, `diff`, `report` and `audit` in the new repository,
/// typed from a subfolder: the entry point finds the workspace root itself.
fn commands(target: &Path, dir: &Path) -> Result<(), String> {
    let infra = dir.join("infra");
    let started = Instant::now();
    run(cargo_xtask(target)
        .current_dir(&infra)
        .args(["synth", "--check"]))?;
    let synth_time = started.elapsed().as_secs_f64();
    let out = output(cargo_xtask(target).current_dir(&infra).arg("diff"))?;
    let printed = String::from_utf8_lossy(&out.stdout);
    let stacks = stack_names(dir)?;
    let unchanged = printed
        .lines()
        .filter(|l| l.ends_with(": no changes"))
        .count();
    if !out.status.success() || unchanged != stacks.len() {
        return Err(format!(
            "the new repository's `cargo xtask diff` should find {} unchanged stacks:\n{}",
            stacks.len(),
            said(&out)
        ));
    }
    let last = stacks.last().map_or("", String::as_str);
    let out = output(
        cargo_xtask(target)
            .current_dir(&infra)
            .args(["report", last]),
    )?;
    if !out.status.success() || !String::from_utf8_lossy(&out.stdout).contains(last) {
        return Err(format!(
            "`cargo xtask report {last}` printed no report:\n{}",
            said(&out)
        ));
    }
    let template = format!("generated/{}.template.json", stacks[0]);
    let out = output(
        cargo_xtask(target)
            .current_dir(dir)
            .args(["audit", &template]),
    )?;
    if !out.status.success() {
        return Err(format!(
            "`cargo xtask audit {template}` failed:\n{}",
            said(&out)
        ));
    }
    status(
        "Checked",
        &format!(
            "the new repository: synth --check ({synth_time:.2} s), diff, report and audit over {} stacks",
            stacks.len()
        ),
    );
    Ok(())
}

/// The stack names of a repository's `generated/manifest.json`, in order.
fn stack_names(dir: &Path) -> Result<Vec<String>, String> {
    Ok(crate::manifest(&dir.join("generated"))?["stacks"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["name"].as_str().map(str::to_owned))
        .collect())
}

/// The deploy script, run as the workflow runs it, against the emulator.
fn deploys(target: &Path, dir: &Path) -> Result<(), String> {
    let aws = aws_cli()?;
    let emulator = Emulator::start()?;
    // What every AWS CLI call and deploy run gets: the emulator, test
    // credentials, no user configuration, the region and the pinned CLI.
    let env: [(&str, &std::ffi::OsStr); 9] = [
        ("AWS_ENDPOINT_URL", emulator.endpoint.as_ref()),
        ("AWS_ACCESS_KEY_ID", "testing".as_ref()),
        ("AWS_SECRET_ACCESS_KEY", "testing".as_ref()),
        ("AWS_CONFIG_FILE", "/dev/null".as_ref()),
        ("AWS_SHARED_CREDENTIALS_FILE", "/dev/null".as_ref()),
        ("AWS_DEFAULT_REGION", REGION.as_ref()),
        ("AWS_REGION", REGION.as_ref()),
        ("AWS_CLI", aws.as_os_str()),
        ("ASSET_BUCKET", ASSET_BUCKET.as_ref()),
    ];
    let aws_json = |args: &[&str]| -> Result<Json, String> {
        let out = output(
            Command::new(&aws)
                .args(args)
                .args(["--output", "json"])
                .envs(env)
                .current_dir(dir),
        )?;
        if !out.status.success() {
            return Err(format!("aws {}: {}", args.join(" "), said(&out)));
        }
        if out.stdout.iter().all(u8::is_ascii_whitespace) {
            return Ok(Json::Null);
        }
        serde_json::from_slice(&out.stdout).map_err(|e| format!("aws {}: {e}", args.join(" ")))
    };
    let deploy = |out_dir: &str| -> Result<(Output, f64), String> {
        let started = Instant::now();
        let out = output(
            cargo_xtask(target)
                .args(["deploy", "--out", out_dir])
                .envs(env)
                .current_dir(dir),
        )?;
        Ok((out, started.elapsed().as_secs_f64()))
    };
    aws_json(&[
        "s3api",
        "create-bucket",
        "--bucket",
        ASSET_BUCKET,
        "--create-bucket-configuration",
        &format!("LocationConstraint={REGION}"),
    ])?;
    let stacks = stack_names(dir)?;

    // A stack that fails to create stops the run and is named; the one
    // before it stays, the ones after it are not started.
    let broken = broken_copy(dir, &stacks)?;
    let (out, _) = deploy(&broken)?;
    let printed = said(&out);
    let status_of = |stack: &str| -> Option<String> {
        aws_json(&["cloudformation", "describe-stacks", "--stack-name", stack])
            .ok()
            .and_then(|j| j["Stacks"][0]["StackStatus"].as_str().map(str::to_owned))
    };
    if out.status.code() != Some(1)
        || !printed.contains("error: stack Acme-Broken:")
        || !printed.contains("No export named Acme-Missing:Name")
        || status_of(&stacks[0]).as_deref() != Some("CREATE_COMPLETE")
        || status_of(&stacks[1]).is_some()
    {
        return Err(format!(
            "a failing stack should stop the deploy with exit code 1 naming it, {} deployed before it and {} not started:\n{printed}",
            stacks[0], stacks[1]
        ));
    }
    status(
        "Checked",
        &format!(
            "a stack that fails to create (its template read from the bucket) stops the deploy naming it; {} before it stays",
            stacks[0]
        ),
    );

    let mut times = Vec::new();
    for (run, changed) in [(1, stacks.len() - 1), (2, 0)] {
        let (out, seconds) = deploy("generated")?;
        times.push(seconds);
        let printed = said(&out);
        let summary = format!(
            "Deployed {} stacks to {REGION} ({changed} changed, {} unchanged)",
            stacks.len(),
            stacks.len() - changed
        );
        if !out.status.success() || !printed.contains(&summary) {
            return Err(format!(
                "deploy run {run} should say \"{summary}\":\n{printed}"
            ));
        }
    }
    let mut checked_code = 0;
    let manifest = crate::manifest(&dir.join("generated"))?;
    for (stack, entry) in stacks
        .iter()
        .zip(manifest["stacks"].as_array().into_iter().flatten())
    {
        let described = aws_json(&["cloudformation", "describe-stacks", "--stack-name", stack])?;
        if described["Stacks"][0]["EnableTerminationProtection"] != Json::Bool(true) {
            return Err(format!(
                "{stack} was deployed without termination protection"
            ));
        }
        for asset in entry["assets"].as_array().into_iter().flatten() {
            let logical = asset["resource"].as_str().unwrap_or_default();
            let resources = aws_json(&[
                "cloudformation",
                "list-stack-resources",
                "--stack-name",
                stack,
            ])?;
            let name = resources["StackResourceSummaries"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|r| r["LogicalResourceId"] == logical)
                .and_then(|r| r["PhysicalResourceId"].as_str())
                .unwrap_or_default()
                .to_owned();
            let function = aws_json(&[
                "lambda",
                "get-function-configuration",
                "--function-name",
                &name,
            ])?;
            let wanted = base64_of_hex(asset["sha256"].as_str().unwrap_or_default());
            if function["CodeSha256"].as_str() != Some(wanted.as_str()) {
                return Err(format!(
                    "{stack}: function {logical} has CodeSha256 {}, not its asset's {wanted}",
                    function["CodeSha256"]
                ));
            }
            checked_code += 1;
        }
    }
    status(
        "Deployed",
        &format!(
            "the new repository with the AWS CLI {AWS_CLI_VERSION}: {} stacks in {:.1} s, again unchanged in {:.1} s; termination protection on each, {checked_code} functions' CodeSha256 equal to their assets'",
            stacks.len(),
            times[0],
            times[1]
        ),
    );

    // A StackSet: this repository's baseline, to every account of a unit
    // of an organization made in the emulator.
    let org = |args: &[&str]| aws_json(&[&["organizations"], args].concat());
    org(&["create-organization", "--feature-set", "ALL"])?;
    let root = org(&["list-roots"])?["Roots"][0]["Id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let unit = org(&[
        "create-organizational-unit",
        "--parent-id",
        &root,
        "--name",
        "Workloads",
    ])?["OrganizationalUnit"]["Id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let member = org(&[
        "create-account",
        "--email",
        "member@example.com",
        "--account-name",
        "member",
    ])?["CreateAccountStatus"]["AccountId"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    org(&[
        "move-account",
        "--account-id",
        &member,
        "--source-parent-id",
        &root,
        "--destination-parent-id",
        &unit,
    ])
    .or_else(|e| {
        if e.contains("Expecting value") {
            Ok(Json::Null)
        } else {
            Err(e)
        }
    })?;
    let set_dir = stack_set_copy(dir, &unit)?;
    for run in [1, 2] {
        let (out, _) = deploy(&set_dir)?;
        let printed = said(&out);
        if !out.status.success()
            || !printed.contains("StackSets Landing-Baseline created or updated")
        {
            return Err(format!("StackSet deploy run {run} failed:\n{printed}"));
        }
    }
    let instances = aws_json(&[
        "cloudformation",
        "list-stack-instances",
        "--stack-set-name",
        "Landing-Baseline",
    ])?;
    let summaries = instances["Summaries"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if !summaries
        .iter()
        .any(|i| i["Account"] == member.as_str() && i["Region"] == REGION)
    {
        return Err(format!(
            "the StackSet has no instance in account {member}, {REGION}: {instances}"
        ));
    }
    status(
        "Deployed",
        &format!(
            "Landing-Baseline as a StackSet to unit {unit}: created, then updated; {} instance(s), account {member} in {REGION} among them",
            summaries.len()
        ),
    );
    Ok(())
}

/// A folder (under the repository's `target/`) whose manifest deploys this
/// repository's baseline template as a StackSet to `unit`, in the test's
/// region. Returns the folder, relative to the repository.
fn stack_set_copy(dir: &Path, unit: &str) -> Result<String, String> {
    let to = dir.join("target").join("stackset");
    std::fs::create_dir_all(&to).map_err(|e| format!("{}: {e}", to.display()))?;
    let template = "Landing-Baseline.template.json";
    std::fs::copy(crate::generated().join(template), to.join(template))
        .map_err(|e| format!("{template}: {e}"))?;
    let manifest = serde_json::json!({"version": 1, "stacks": [{
        "name": "Landing-Baseline", "template": template, "regions": [], "depends_on": [], "assets": [],
        "stack_set": {"organizational_units": [unit], "regions": [REGION],
                      "max_concurrent_percentage": 100, "failure_tolerance_percentage": 0}
    }]});
    std::fs::write(to.join(stackward::app::MANIFEST), manifest.to_string())
        .map_err(|e| e.to_string())?;
    Ok("target/stackset".into())
}

/// A copy of the repository's `generated/` (under its `target/`) whose
/// manifest has, second, a stack that cannot be created: it imports an
/// export nobody makes, from a template large enough to go through the
/// asset bucket. Returns the folder, relative to the repository.
fn broken_copy(dir: &Path, stacks: &[String]) -> Result<String, String> {
    let from = dir.join("generated");
    let to = dir.join("target").join("broken");
    std::fs::create_dir_all(&to).map_err(|e| format!("{}: {e}", to.display()))?;
    let mut manifest = crate::manifest(&from)?;
    for entry in manifest["stacks"].as_array().into_iter().flatten() {
        let file = entry["template"].as_str().unwrap_or_default();
        std::fs::copy(from.join(file), to.join(file)).map_err(|e| format!("{file}: {e}"))?;
    }
    // Over the 51,200 bytes a request carries, so it goes through the
    // bucket: the failure names the import only if the emulator read it
    // back from there.
    let template = serde_json::json!({
        "Metadata": {"Padding": "x".repeat(60_000)},
        "Resources": {"Topic": {
            "Type": "AWS::SNS::Topic",
            "Properties": {"TopicName": {"Fn::ImportValue": "Acme-Missing:Name"}}
        }}
    });
    std::fs::write(to.join("Acme-Broken.template.json"), template.to_string())
        .map_err(|e| e.to_string())?;
    if let Some(list) = manifest["stacks"].as_array_mut() {
        list.insert(
            1,
            serde_json::json!({"name": "Acme-Broken", "template": "Acme-Broken.template.json",
                "regions": [], "depends_on": [stacks[0]], "assets": []}),
        );
    }
    std::fs::write(to.join(stackward::app::MANIFEST), manifest.to_string())
        .map_err(|e| e.to_string())?;
    Ok("target/broken".into())
}

/// The base64 form (as Lambda reports `CodeSha256`) of a hex digest.
fn base64_of_hex(hex: &str) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let bytes: Vec<u8> = (0..hex.len() / 2)
        .filter_map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
        .collect();
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Everything wrong with the deploy workflow.
pub fn workflow_problems(text: &str) -> Vec<String> {
    let workflow: serde_yaml::Value = match serde_yaml::from_str(text) {
        Ok(w) => w,
        Err(e) => return vec![format!("does not parse: {e}")],
    };
    let mut problems = Vec::new();
    let jobs = &workflow["jobs"];
    if jobs.as_mapping().is_none_or(|j| j.is_empty()) {
        problems.push("has no jobs".into());
    }
    let runs = |job: &str| -> String {
        jobs[job]["steps"]
            .as_sequence()
            .into_iter()
            .flatten()
            .filter_map(|s| s["run"].as_str())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let (check, deploy) = (runs("check"), runs("deploy"));
    for rest in [&check, &deploy]
        .iter()
        .flat_map(|r| r.split("cargo xtask ").skip(1))
    {
        let command = rest.split_whitespace().next().unwrap_or_default();
        if !COMMANDS.contains(&command) {
            problems.push(format!(
                "runs `cargo xtask {command}`, which stackward::cli does not define"
            ));
        }
    }
    if !check.contains("cargo xtask synth --check") {
        problems.push("the check job does not run `cargo xtask synth --check`".into());
    }
    if !deploy.contains("cargo xtask deploy") {
        problems.push("the deploy job does not run `cargo xtask deploy`".into());
    }
    if deploy.contains("aws ") {
        problems.push(
            "the deploy job calls the AWS CLI itself; deploy steps belong in `cargo xtask deploy`, which the test command runs"
                .into(),
        );
    }
    if jobs["deploy"]["needs"].as_str() != Some("check") {
        problems.push("the deploy job must need the check job".into());
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workflow_parses_and_runs_only_commands_that_exist() {
        let path = folder().join(".github/workflows/deploy.yml");
        let text = std::fs::read_to_string(path).unwrap();
        assert_eq!(workflow_problems(&text), Vec::<String>::new());
    }

    #[test]
    fn a_broken_workflow_is_caught() {
        let text = std::fs::read_to_string(folder().join(".github/workflows/deploy.yml")).unwrap();
        let problems = workflow_problems(&text.replace("synth --check", "synthesize --check"));
        assert!(
            problems
                .iter()
                .any(|p| p.contains("`cargo xtask synthesize`")),
            "{problems:?}"
        );
        let problems = workflow_problems(&text.replace("cargo xtask deploy", "./deploy.sh"));
        assert!(
            problems
                .iter()
                .any(|p| p.contains("does not run `cargo xtask deploy`")),
            "{problems:?}"
        );
        let problems = workflow_problems(&text.replace(
            "cargo xtask deploy",
            "aws cloudformation deploy --stack-name X && cargo xtask deploy",
        ));
        assert!(
            problems
                .iter()
                .any(|p| p.contains("calls the AWS CLI itself")),
            "{problems:?}"
        );
        assert!(!workflow_problems("jobs: [").is_empty());
    }

    #[test]
    fn a_hex_digest_reads_as_lambda_reports_it() {
        // sha256("") in hex and as base64.
        let hex = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        assert_eq!(
            base64_of_hex(hex),
            "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
        assert_eq!(base64_of_hex("ff"), "/w==");
        assert_eq!(base64_of_hex("ffff"), "//8=");
    }

    #[test]
    fn the_readme_shows_the_user_xtask_in_under_15_lines() {
        let main = std::fs::read_to_string(folder().join("xtask/src/main.rs")).unwrap();
        assert!(main.lines().count() < 15);
        let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
        assert!(
            readme.contains(&main),
            "README.md must show templates/user-repo/xtask/src/main.rs as it is"
        );
    }
}
