//! `templates/user-repo`: the folder a team copies to use stackward. This
//! task builds it against this checkout (stackward patched in by path, in
//! its own target folder), runs its `cargo xtask synth --check` and `diff`
//! from a subfolder, and checks its GitHub Actions workflow: the file
//! parses, every `cargo xtask` command it runs exists, the manifest fields
//! it reads exist, and it deploys with change sets in manifest order.

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value as Json;
use stackward::cli::COMMANDS;

use crate::{root, run, status};

/// The template folder.
pub fn folder() -> PathBuf {
    root().join("templates").join("user-repo")
}

/// `cargo xtask user-template`.
pub fn check() -> Result<(), String> {
    let dir = folder();
    let workflow = dir.join(".github").join("workflows").join("deploy.yml");
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

    let target = root().join("target").join("user-repo");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    status("Building", "templates/user-repo against this checkout");
    run(Command::new(cargo)
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", &target)
        .args(["build", "--quiet", "--package", "xtask", "--config"])
        .arg(format!(
            "patch.crates-io.stackward.path={:?}",
            root().display().to_string()
        )))?;
    let xtask = target.join("debug").join("xtask");
    // From a subfolder: the entry point finds the workspace root itself.
    let infra = dir.join("infra");
    run(Command::new(&xtask)
        .current_dir(&infra)
        .args(["synth", "--check"]))?;
    let out = Command::new(&xtask)
        .current_dir(&infra)
        .arg("diff")
        .output()
        .map_err(|e| format!("{}: {e}", xtask.display()))?;
    let printed = String::from_utf8_lossy(&out.stdout);
    let stacks = crate::manifest(&dir.join("generated"))?["stacks"]
        .as_array()
        .map_or(0, Vec::len);
    let unchanged = printed
        .lines()
        .filter(|l| l.ends_with(": no changes"))
        .count();
    if !out.status.success() || unchanged != stacks {
        return Err(format!(
            "templates/user-repo: `cargo xtask diff` should find {stacks} unchanged stacks:\n{printed}{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    status(
        "Checked",
        &format!("templates/user-repo: synth --check and diff over {stacks} stacks"),
    );
    Ok(())
}

/// Every key in this repository's `generated/manifest.json`.
fn manifest_fields() -> Vec<String> {
    fn keys(v: &Json, out: &mut Vec<String>) {
        match v {
            Json::Object(m) => {
                for (k, v) in m {
                    out.push(k.clone());
                    keys(v, out);
                }
            }
            Json::Array(a) => a.iter().for_each(|v| keys(v, out)),
            _ => {}
        }
    }
    let manifest = crate::manifest(&crate::generated()).unwrap_or_default();
    let mut out = Vec::new();
    keys(&manifest, &mut out);
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
    let runs = |job: &str| -> Vec<String> {
        jobs[job]["steps"]
            .as_sequence()
            .into_iter()
            .flatten()
            .filter_map(|s| s["run"].as_str().map(str::to_owned))
            .collect()
    };
    let all: Vec<String> = ["check", "deploy"].iter().flat_map(|j| runs(j)).collect();
    for run in &all {
        for rest in run.split("cargo xtask ").skip(1) {
            let command = rest.split_whitespace().next().unwrap_or_default();
            if !COMMANDS.contains(&command) {
                problems.push(format!(
                    "runs `cargo xtask {command}`, which stackward::cli does not define"
                ));
            }
        }
    }
    let check = runs("check").join("\n");
    if !check.contains("cargo xtask synth --check") {
        problems.push("the check job does not run `cargo xtask synth --check`".into());
    }
    let deploy = runs("deploy").join("\n");
    for needed in [
        "aws cloudformation deploy",
        "--no-fail-on-empty-changeset",
        "generated/manifest.json",
        "aws s3 cp",
        "AssetBucket=",
    ] {
        if !deploy.contains(needed) {
            problems.push(format!("the deploy job does not use {needed:?}"));
        }
    }
    if jobs["deploy"]["needs"].as_str() != Some("check") {
        problems.push("the deploy job must need the check job".into());
    }
    // The manifest fields the jq filters (the single-quoted parts) read
    // must be fields stackward writes.
    let fields = manifest_fields();
    for filter in deploy.split('\'').skip(1).step_by(2) {
        for after_dot in filter.split('.').skip(1) {
            let field: String = after_dot
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !field.is_empty() && !fields.contains(&field) {
                problems.push(format!("reads .{field}, which the manifest does not have"));
            }
        }
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
        let problems = workflow_problems(&text.replace(" --no-fail-on-empty-changeset", ""));
        assert!(
            problems
                .iter()
                .any(|p| p.contains("no-fail-on-empty-changeset")),
            "{problems:?}"
        );
        let problems = workflow_problems(&text.replace("\\(.template)", "\\(.file_name)"));
        assert!(
            problems.iter().any(|p| p.contains(".file_name")),
            "{problems:?}"
        );
        assert!(!workflow_problems("jobs: [").is_empty());
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
