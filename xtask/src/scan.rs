//! `cargo xtask scan`: checkov and cdk-nag as judges of every template.
//!
//! Both are pinned and installed into `target/` by this file: checkov from
//! PyPI into `target/checkov`, cdk-nag with the AWS CDK library from npm into
//! `target/cdk-nag`, where `xtask/scan/cdk-nag-app.js` loads each template
//! into a CDK stack with `CfnInclude` and applies the AwsSolutions,
//! HIPAA.Security, NIST.800.53.R5 and PCI.DSS.321 packs.
//!
//! The judges run over `generated/` and the user template's `generated/`:
//! - any finding neither fixed nor waived on its resource fails the run
//!   (a waiver is read by each tool itself, from the Metadata a stackward
//!   `Waiver` writes: `checkov.skip`, `cdk_nag.rules_to_suppress`);
//! - each template is judged again with every resource's Metadata removed,
//!   and every finding a waiver suppressed must then be reported: each
//!   waiver is what suppresses its finding, and each tool honours it;
//! - every equivalent id in stackward's rule tables must be a check the
//!   pinned tools have.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value as Json;
use stackward::duty::Equivalent;

use crate::{root, status};

/// The checkov version the templates are judged by.
const CHECKOV_VERSION: &str = "3.3.30";

/// One judge's verdict on one check of one resource.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Verdict {
    /// The template, relative to the folder the judge ran in.
    template: String,
    /// `checkov` or the cdk-nag pack.
    judge: String,
    /// The check's id.
    rule: String,
    /// The resource's logical id.
    resource: String,
    outcome: Outcome,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Passed,
    Failed,
    Waived,
}

/// The templates the judges run over: this repository's and the user
/// template's, relative to the repository's root.
pub fn templates() -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for dir in ["generated", "templates/user-repo/generated"] {
        let manifest = crate::manifest(&root().join(dir))?;
        for stack in manifest["stacks"].as_array().into_iter().flatten() {
            if let Some(t) = stack["template"].as_str() {
                out.push(format!("{dir}/{t}"));
            }
        }
    }
    Ok(out)
}

pub fn scan(templates: &[String]) -> Result<(), String> {
    let (checkov, nag) = std::thread::scope(|s| {
        let checkov = s.spawn(install_checkov);
        let nag = s.spawn(install_cdk_nag);
        (join(checkov), join(nag))
    });
    let (checkov, nag) = (checkov?, nag?);
    equivalents_exist(&checkov, &nag)?;
    let stripped_dir = root().join("target").join("scan").join("stripped");
    strip_metadata(templates, &stripped_dir)?;
    status(
        "Judging",
        &format!(
            "{} templates with checkov {CHECKOV_VERSION} and cdk-nag (4 packs), with and without their Metadata",
            templates.len()
        ),
    );
    let here = root();
    let runs = std::thread::scope(|s| {
        let a = s.spawn(|| run_checkov(&checkov, &here, templates));
        let b = s.spawn(|| run_cdk_nag(&nag, &here, templates));
        let c = s.spawn(|| run_checkov(&checkov, &stripped_dir, templates));
        let d = s.spawn(|| run_cdk_nag(&nag, &stripped_dir, templates));
        [join(a), join(b), join(c), join(d)]
    });
    let [a, b, c, d] = runs;
    let judged: Vec<Verdict> = a?.into_iter().chain(b?).collect();
    let bare: Vec<Verdict> = c?.into_iter().chain(d?).collect();
    print_counts(templates, &judged);
    let failed: Vec<&Verdict> = judged
        .iter()
        .filter(|v| v.outcome == Outcome::Failed)
        .collect();
    if !failed.is_empty() {
        let mut msg = format!(
            "{} findings of checkov or cdk-nag are neither fixed nor waived:",
            failed.len()
        );
        for v in failed {
            msg.push_str(&format!(
                "\n  {}: {} {} on {}",
                v.template, v.judge, v.rule, v.resource
            ));
        }
        return Err(msg);
    }
    let reported: BTreeSet<(&str, &str, &str)> = bare
        .iter()
        .filter(|v| v.outcome == Outcome::Failed)
        .map(|v| (v.template.as_str(), v.rule.as_str(), v.resource.as_str()))
        .collect();
    let unproven: Vec<&Verdict> = judged
        .iter()
        .filter(|v| v.outcome == Outcome::Waived)
        .filter(|v| {
            !reported.contains(&(v.template.as_str(), v.rule.as_str(), v.resource.as_str()))
        })
        .collect();
    if !unproven.is_empty() {
        let mut msg = String::from(
            "waived findings not reported once the Metadata is removed (the waiver is not what suppresses them):",
        );
        for v in unproven {
            msg.push_str(&format!("\n  {}: {} on {}", v.template, v.rule, v.resource));
        }
        return Err(msg);
    }
    let waived = judged
        .iter()
        .filter(|v| v.outcome == Outcome::Waived)
        .count();
    status(
        "Judged",
        &format!(
            "{} templates: 0 unwaived findings of checkov and cdk-nag; each of the {waived} waived findings is reported without its waiver",
            templates.len()
        ),
    );
    Ok(())
}

fn join<T>(handle: std::thread::ScopedJoinHandle<'_, Result<T, String>>) -> Result<T, String> {
    handle
        .join()
        .unwrap_or_else(|_| Err("a judge's thread panicked".into()))
}

/// Installs the pinned checkov (once); returns its virtualenv.
fn install_checkov() -> Result<PathBuf, String> {
    let venv = root().join("target").join("checkov");
    let installed = Command::new(venv.join("bin").join("checkov"))
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == CHECKOV_VERSION);
    if !installed {
        crate::venv_install(&venv, &format!("checkov=={CHECKOV_VERSION}"))?;
    }
    Ok(venv)
}

/// Installs the pinned CDK packages and cdk-nag (once) and copies the judge
/// app next to them; returns the folder.
fn install_cdk_nag() -> Result<PathBuf, String> {
    let app = root().join("xtask").join("scan").join("cdk-nag-app.js");
    crate::cdk_packages("cdk-nag", &app)
}

/// Every equivalent id of stackward's rule tables and answered findings is
/// a check of the pinned tools.
fn equivalents_exist(checkov: &Path, nag: &Path) -> Result<(), String> {
    let site = fs::read_dir(checkov.join("lib"))
        .map_err(|e| format!("{}: {e}", checkov.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path().join("site-packages").join("checkov"))
        .find(|p| p.is_dir())
        .ok_or("checkov's site-packages not found")?;
    let mut checkov_text = String::new();
    for sub in ["cloudformation", "common"] {
        read_tree(&site.join(sub), "py", &mut checkov_text);
    }
    let packs = nag
        .join("node_modules")
        .join("cdk-nag")
        .join("lib")
        .join("packs");
    let read = |name: &str| fs::read_to_string(packs.join(name)).unwrap_or_default();
    let solutions = read("aws-solutions.js");
    let compliance = ["hipaa-security.js", "nist-800-53-r5.js", "pci-dss-321.js"].map(read);
    let mut unknown = Vec::new();
    let rules = stackward::services::ALL.iter().flat_map(|s| {
        s.rules
            .iter()
            .flat_map(|r| r.equivalents.iter().map(|e| (r.name, *e)))
            .chain(
                s.answered
                    .iter()
                    .flat_map(|a| a.findings.iter().map(|e| ("answered by design", *e))),
            )
    });
    for (rule, e) in rules {
        let known = match e {
            Equivalent::Checkov(id) => checkov_text.contains(&format!("\"{id}\"")),
            Equivalent::AwsSolutions(suffix) => {
                solutions.contains(&format!("ruleSuffixOverride: '{suffix}'"))
            }
            Equivalent::Compliance(name) => compliance
                .iter()
                .any(|p| p.contains(&format!(".{name},")) || p.contains(&format!(".{name}\n"))),
            // cfn_nag is not one of the judges run here.
            Equivalent::CfnNag(_) => true,
        };
        if !known {
            unknown.push(format!("{rule}: {e:?}"));
        }
    }
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "equivalents the pinned checkov and cdk-nag do not have:\n  {}",
            unknown.join("\n  ")
        ))
    }
}

fn read_tree(dir: &Path, ext: &str, out: &mut String) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            read_tree(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push_str(&fs::read_to_string(&path).unwrap_or_default());
        }
    }
}

/// Copies of the templates with every resource's Metadata removed, under
/// `dir` at the same relative paths.
fn strip_metadata(templates: &[String], dir: &Path) -> Result<(), String> {
    for t in templates {
        let mut template = crate::read_json(&root().join(t))?;
        for resource in template["Resources"]
            .as_object_mut()
            .into_iter()
            .flat_map(|r| r.values_mut())
        {
            if let Some(r) = resource.as_object_mut() {
                r.remove("Metadata");
            }
        }
        let path = dir.join(t);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        let text = serde_json::to_string_pretty(&template).map_err(|e| e.to_string())?;
        fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

fn run_checkov(venv: &Path, dir: &Path, templates: &[String]) -> Result<Vec<Verdict>, String> {
    let out = Command::new(venv.join("bin").join("checkov"))
        .current_dir(dir)
        .env("BC_SKIP_MAPPING", "TRUE")
        .args([
            "--framework",
            "cloudformation",
            "--output",
            "json",
            "--skip-download",
            "--compact",
        ])
        .args(templates.iter().flat_map(|t| ["--file", t.as_str()]))
        .output()
        .map_err(|e| format!("checkov: {e}"))?;
    // checkov exits 1 when a check fails; only unreadable output is an error.
    let report: Json = serde_json::from_slice(&out.stdout).map_err(|e| {
        format!(
            "checkov's output is not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })?;
    let reports = match report {
        Json::Array(list) => list,
        one => vec![one],
    };
    let mut verdicts = Vec::new();
    for report in &reports {
        for (key, outcome) in [
            ("passed_checks", Outcome::Passed),
            ("failed_checks", Outcome::Failed),
            ("skipped_checks", Outcome::Waived),
        ] {
            for check in report["results"][key].as_array().into_iter().flatten() {
                let text = |k: &str| check[k].as_str().unwrap_or_default().to_owned();
                let resource = text("resource");
                verdicts.push(Verdict {
                    template: text("file_path").trim_start_matches('/').to_owned(),
                    judge: "checkov".into(),
                    rule: text("check_id"),
                    resource: resource.rsplit('.').next().unwrap_or_default().to_owned(),
                    outcome,
                });
            }
        }
    }
    Ok(verdicts)
}

fn run_cdk_nag(app: &Path, dir: &Path, templates: &[String]) -> Result<Vec<Verdict>, String> {
    let out_file = dir.join(format!("cdk-nag-{}.jsonl", std::process::id()));
    let out = Command::new("node")
        .current_dir(dir)
        .arg(app.join("cdk-nag-app.js"))
        .arg(&out_file)
        .args(templates)
        .output()
        .map_err(|e| format!("node: {e} (is Node.js installed?)"))?;
    if !out.status.success() {
        return Err(format!(
            "cdk-nag failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let text = fs::read_to_string(&out_file).map_err(|e| format!("{}: {e}", out_file.display()))?;
    let _ = fs::remove_file(&out_file);
    text.lines()
        .map(|line| {
            let v: Json = serde_json::from_str(line).map_err(|e| format!("cdk-nag output: {e}"))?;
            let text = |k: &str| v[k].as_str().unwrap_or_default().to_owned();
            let outcome = match v["verdict"].as_str() {
                Some("compliant") => Outcome::Passed,
                Some("suppressed") => Outcome::Waived,
                _ => Outcome::Failed,
            };
            let mut rule = text("rule");
            if !v["error"].is_null() {
                rule.push_str(&format!(" (the rule failed: {})", text("error")));
            }
            Ok(Verdict {
                template: text("template"),
                judge: text("pack"),
                rule,
                resource: text("resource"),
                outcome,
            })
        })
        .collect()
}

/// Per template and judge: passed / failed / waived.
fn print_counts(templates: &[String], verdicts: &[Verdict]) {
    let mut counts: BTreeMap<(&str, &str), [usize; 3]> = BTreeMap::new();
    for v in verdicts {
        let c = counts
            .entry((v.template.as_str(), v.judge.as_str()))
            .or_default();
        c[v.outcome as usize] += 1;
    }
    for t in templates {
        let line: Vec<String> = counts
            .range((t.as_str(), "")..)
            .take_while(|((tt, _), _)| *tt == t.as_str())
            .map(|((_, judge), [p, f, w])| format!("{judge} {p}/{f}/{w}"))
            .collect();
        status("Scanned", &format!("{t}: {}", line.join(", ")));
    }
    eprintln!("{:>12} counts are passed/failed/waived", "");
}
