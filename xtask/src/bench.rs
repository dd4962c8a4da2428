//! `cargo xtask bench`: every performance figure, written to
//! `target/bench/report.md` (never run by CI).
//!
//! - In-process (criterion, `benches/synth.rs`): build, synth, validation
//!   and their total for stacks of 10, 100 and 500 resources; the growth
//!   from 10 to 500; peak memory (`benches/whole_process.rs`).
//! - Whole process: `cargo xtask synth` over every example, after the build,
//!   cold (empty output folder: every file written) and warm (up to date).
//! - Peer: the same three-tier stack and 400 buckets with AWS CDK v2 and
//!   cdk-nag (pinned, installed with npm into `target/cdk-bench`), against
//!   stackward's programs for the same, as whole processes.
//! - Build cost: a cold build of the library, with and without the `guard`
//!   feature, and the rebuild of an example after a one-line change.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value as Json;

use crate::{root, run, status};

/// Runs of each whole-process measurement.
const RUNS: usize = 7;

/// `cargo xtask bench`.
pub fn bench() -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = root().join("target").join("bench");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut report = String::from("# stackward benchmarks\n\n");
    report.push_str(&machine());

    status("Running", "criterion: benches/synth.rs");
    run(Command::new(&cargo)
        .current_dir(root())
        .args(["bench", "--bench", "synth"]))?;
    report.push_str(&criterion_table()?);

    let whole = bench_executable(&cargo)?;
    let memory = Command::new(&whole)
        .output()
        .map_err(|e| format!("{}: {e}", whole.display()))?;
    report.push_str(&format!(
        "\n{}\n",
        String::from_utf8_lossy(&memory.stdout).trim()
    ));

    status("Timing", "cargo xtask synth over every example");
    run(Command::new(&cargo)
        .current_dir(root())
        .args(["build", "--quiet", "-p", "xtask"]))?;
    let xtask = root().join("target").join("debug").join("xtask");
    let cold_dir = out.join("synth-cold");
    let cold = times(|| {
        let _ = std::fs::remove_dir_all(&cold_dir);
        Command::new(&xtask)
            .args(["synth", "--out"])
            .arg(&cold_dir)
            .output()
    })?;
    let warm = times(|| {
        Command::new(&xtask)
            .args(["synth", "--out"])
            .arg(&cold_dir)
            .output()
    })?;
    report.push_str("\n## Whole process: `cargo xtask synth` over every example (8 stacks)\n\n");
    report.push_str("| run | median | min | max |\n|---|---|---|---|\n");
    report.push_str(&row("cold (every file written)", &cold));
    report.push_str(&row("warm (up to date)", &warm));

    let node = crate::cdk_packages(
        "cdk-bench",
        &root().join("xtask").join("bench").join("cdk-app.js"),
    )?;
    report.push_str("\n## Peer: AWS CDK v2 with cdk-nag, as whole processes\n\n");
    report.push_str(&format!(
        "{} (AwsSolutions checks), Node.js {}.\n\n",
        crate::CDK_PACKAGES.join(", "),
        version("node")
    ));
    report.push_str(
        "| program | stackward median | CDK median | CDK / stackward |\n|---|---|---|---|\n",
    );
    for program in ["three-tier", "buckets"] {
        status("Timing", &format!("{program}: stackward and CDK"));
        let dir = out.join(format!("{program}-stackward"));
        let ours = times(|| Command::new(&whole).arg(program).arg(&dir).output())?;
        let cdk_dir = out.join(format!("{program}-cdk"));
        let theirs = times(|| {
            Command::new("node")
                .arg(node.join("cdk-app.js"))
                .arg(program)
                .arg(&cdk_dir)
                .current_dir(&node)
                .output()
        })?;
        let (a, b) = (median(&ours), median(&theirs));
        report.push_str(&format!(
            "| {program} | {} (min {}, max {}) | {} (min {}, max {}) | {:.0}x |\n",
            ms(a),
            ms(min(&ours)),
            ms(max(&ours)),
            ms(b),
            ms(min(&theirs)),
            ms(max(&theirs)),
            b.as_secs_f64() / a.as_secs_f64()
        ));
    }

    report.push_str("\n## Build cost (dev profile)\n\n| build | time |\n|---|---|\n");
    for (name, features) in [
        ("cold build of the library (guard on, the default)", &[][..]),
        (
            "cold build of the library, `--no-default-features`",
            &["--no-default-features"][..],
        ),
    ] {
        status("Timing", name);
        let target = out.join("cold-target");
        let _ = std::fs::remove_dir_all(&target);
        let start = Instant::now();
        run(Command::new(&cargo)
            .current_dir(root())
            .env("CARGO_TARGET_DIR", &target)
            .args(["build", "--quiet", "-p", "stackward"])
            .args(features))?;
        report.push_str(&format!(
            "| {name} | {:.1} s |\n",
            start.elapsed().as_secs_f64()
        ));
        let _ = std::fs::remove_dir_all(&target);
    }
    let incremental = incremental(&cargo)?;
    report.push_str(&format!(
        "| rebuild of `examples/three_tier.rs` after a one-line change (median of 3) | {:.2} s |\n",
        median(&incremental).as_secs_f64()
    ));

    let path = out.join("report.md");
    std::fs::write(&path, &report).map_err(|e| format!("{}: {e}", path.display()))?;
    print!("{report}");
    status("Wrote", &path.display().to_string());
    Ok(())
}

fn machine() -> String {
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    format!("{cpus} cores ({model}); {}.\n\n", version("rustc"))
}

fn version(tool: &str) -> String {
    Command::new(tool)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|_| format!("{tool} (not found)"))
}

/// The criterion estimates of `benches/synth.rs` as a table.
fn criterion_table() -> Result<String, String> {
    let dir = root().join("target").join("criterion").join("stackward");
    let estimate = |phase: &str, size: usize| -> Result<(f64, f64, f64), String> {
        let path = dir
            .join(phase)
            .join(size.to_string())
            .join("new")
            .join("estimates.json");
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let json: Json =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let median = &json["median"];
        let ns = |v: &Json| v.as_f64().unwrap_or(f64::NAN) / 1e6;
        Ok((
            ns(&median["point_estimate"]),
            ns(&median["confidence_interval"]["lower_bound"]),
            ns(&median["confidence_interval"]["upper_bound"]),
        ))
    };
    let mut table = String::from(
        "## In process (criterion; median, 95% interval of the median, in ms)\n\n| phase | 10 resources | 100 resources | 500 resources | 500 / 10 |\n|---|---|---|---|---|\n",
    );
    for phase in ["build", "synth", "validate", "validate-kept", "total"] {
        let mut cells = Vec::new();
        let mut medians = Vec::new();
        for size in [10, 100, 500] {
            let (m, lo, hi) = estimate(phase, size)?;
            medians.push(m);
            cells.push(format!("{m:.3} [{lo:.3}, {hi:.3}]"));
        }
        table.push_str(&format!(
            "| {phase} | {} | {:.0}x |\n",
            cells.join(" | "),
            medians[2] / medians[0]
        ));
    }
    Ok(table)
}

/// The path of the optimized `whole_process` bench program.
fn bench_executable(cargo: &str) -> Result<PathBuf, String> {
    let out = Command::new(cargo)
        .current_dir(root())
        .args([
            "bench",
            "--bench",
            "whole_process",
            "--no-run",
            "--message-format=json",
        ])
        .output()
        .map_err(|e| format!("cargo bench --no-run: {e}"))?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<Json>(l).ok())
        .filter(|m| m["target"]["name"] == "whole_process")
        .filter_map(|m| m["executable"].as_str().map(PathBuf::from))
        .next_back()
        .ok_or_else(|| "cargo bench --no-run did not name the whole_process program".into())
}

/// Rebuilds of `examples/three_tier.rs` after appending a line, three times.
fn incremental(cargo: &str) -> Result<Vec<Duration>, String> {
    let build = || {
        run(Command::new(cargo).current_dir(root()).args([
            "build",
            "--quiet",
            "--example",
            "three_tier",
        ]))
    };
    build()?;
    let file = root().join("examples").join("three_tier.rs");
    let original =
        std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut runs = Vec::new();
    let mut outcome = Ok(());
    for n in 0..3 {
        let changed = format!("{original}// benchmark edit {n}\n");
        if let Err(e) = std::fs::write(&file, changed) {
            outcome = Err(format!("{}: {e}", file.display()));
            break;
        }
        let start = Instant::now();
        if let Err(e) = build() {
            outcome = Err(e);
            break;
        }
        runs.push(start.elapsed());
    }
    std::fs::write(&file, original).map_err(|e| format!("{}: {e}", file.display()))?;
    outcome?;
    build()?;
    Ok(runs)
}

/// Runs `program` RUNS times (after one warm-up run), failing on a failed run.
fn times(
    mut program: impl FnMut() -> std::io::Result<std::process::Output>,
) -> Result<Vec<Duration>, String> {
    let mut runs = Vec::new();
    for n in 0..=RUNS {
        let start = Instant::now();
        let out = program().map_err(|e| e.to_string())?;
        let took = start.elapsed();
        if !out.status.success() {
            // The end of its error output: the message, not the stack dump.
            let stderr = String::from_utf8_lossy(&out.stderr);
            let start = stderr.char_indices().rev().nth(599).map_or(0, |(i, _)| i);
            return Err(format!("a benchmark program failed: {}", &stderr[start..]));
        }
        if n > 0 {
            runs.push(took);
        }
    }
    Ok(runs)
}

fn median(runs: &[Duration]) -> Duration {
    let mut sorted = runs.to_vec();
    sorted.sort();
    sorted[sorted.len() / 2]
}

fn min(runs: &[Duration]) -> Duration {
    runs.iter().copied().min().unwrap_or_default()
}

fn max(runs: &[Duration]) -> Duration {
    runs.iter().copied().max().unwrap_or_default()
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn row(name: &str, runs: &[Duration]) -> String {
    format!(
        "| {name} | {} | {} | {} |\n",
        ms(median(runs)),
        ms(min(runs)),
        ms(max(runs))
    )
}
