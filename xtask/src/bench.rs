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
//!   stackward's programs for the same with the verdict cache off (every
//!   rule evaluated on every run, as cdk-nag's are), as whole processes.
//! - Scale: the three-tier stack, one stack of 500 resources and an App of
//!   20 x 500 (stacks of one shape, as environments are, built on every
//!   core or added one by one, and of 20 shapes) as whole processes,
//!   first run (verdict cache empty), nothing changed, one stack changed
//!   and cache off, with peak memory, and the App of 40 x 500 on its
//!   first run; the same templates built by troposphere (pinned,
//!   installed with pip into `target/troposphere`) with no rule checked.
//! - Build cost: a cold build of the library, with and without the `guard`
//!   feature, the rebuild of an example after a one-line change, and the
//!   edit-rebuild-synth loop of a scaffolded team repository.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value as Json;

use crate::{root, run, status};

/// Runs of each whole-process measurement.
const RUNS: usize = 7;
/// The troposphere the peer program is run with.
const TROPOSPHERE: &str = "4.11.1";

/// `cargo xtask bench`.
pub fn bench() -> Result<(), String> {
    let cargo = crate::cargo();
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
    // Every rule evaluated: with kept verdicts the figure would depend on
    // what earlier runs left in the cache.
    let memory = Command::new(&whole)
        .env("STACKWARD_CACHE", "off")
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
    let stacks = crate::examples::app()
        .map_err(|e| e.to_string())?
        .stacks()
        .len();
    report.push_str(&format!(
        "\n## Whole process: `cargo xtask synth` over every example ({stacks} stacks)\n\n"
    ));
    report.push_str("| run | median | min | max |\n|---|---|---|---|\n");
    report.push_str(&row("cold (every file written)", &cold));
    report.push_str(&row("warm (up to date)", &warm));

    report.push_str(&scale(&whole, &out)?);

    let node = crate::cdk_packages(
        "cdk-bench",
        &root().join("xtask").join("bench").join("cdk-app.js"),
    )?;
    report.push_str("\n## Peer: AWS CDK v2 with cdk-nag, as whole processes\n\n");
    report.push_str(&format!(
        "{} (AwsSolutions checks), Node.js {}; stackward with the verdict cache off, so every rule is evaluated on every run.\n\n",
        crate::CDK_PACKAGES.join(", "),
        version("node")
    ));
    report.push_str(
        "| program | stackward median | CDK median | CDK / stackward |\n|---|---|---|---|\n",
    );
    for program in ["three-tier", "buckets"] {
        status("Timing", &format!("{program}: stackward and CDK"));
        let dir = out.join(format!("{program}-stackward"));
        // Every rule evaluated by the engine on every run, as cdk-nag runs
        // its checks on every run: no verdict kept between runs.
        let ours = times(|| {
            Command::new(&whole)
                .arg(program)
                .arg(&dir)
                .env("STACKWARD_CACHE", "off")
                .output()
        })?;
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

    let (edited, unchanged) = user_loop(&out)?;
    report.push_str(&format!(
        "| edit one line of a scaffolded repository's `infra` and run `cargo xtask synth` (median of 5; min, max): rebuild and synth of its 3 stacks | {:.2} s ({:.2}, {:.2}) |\n\
         | the same with nothing edited: cargo's check that nothing needs building, and the synth | {:.2} s ({:.2}, {:.2}) |\n",
        median(&edited).as_secs_f64(),
        min(&edited).as_secs_f64(),
        max(&edited).as_secs_f64(),
        median(&unchanged).as_secs_f64(),
        min(&unchanged).as_secs_f64(),
        max(&unchanged).as_secs_f64()
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
    format!(
        "{cpus} cores ({model}); {}; {} stackward rules.\n\n",
        version("rustc"),
        rule_count()
    )
}

/// Every Guard rule stackward evaluates, shown next to the figures so that
/// growth in rules shows in them.
fn rule_count() -> usize {
    stackward::services::ALL.iter().map(|s| s.rules.len()).sum()
}

/// Whole processes at scale: the App of 20 stacks x 500 resources (first
/// run, nothing changed, one stack changed, every rule evaluated) and of
/// 40 stacks (first run, for how memory grows with the stacks), the
/// three-tier stack with and without kept verdicts, and troposphere
/// building the same templates with no rule checked, at 500 and 10,000
/// resources.
fn scale(whole: &Path, out: &Path) -> Result<String, String> {
    let rules = rule_count();
    let verdicts = out.join("verdicts");
    let fresh = |name: &str| -> PathBuf {
        let dir = out.join(name);
        let _ = std::fs::remove_dir_all(&dir);
        dir
    };
    let program = |args: &[&str], dir: &Path, cache: &Path| {
        Command::new(whole)
            .args(&args[..1])
            .arg(dir)
            .args(&args[1..])
            .env("STACKWARD_CACHE", cache)
            .output()
    };
    let mut text = format!(
        "\n## Scale: whole processes, {rules} rules evaluated\n\n\
         The verdict cache (`STACKWARD_CACHE`) keeps the engine's verdicts by content hash; \
         \"first run\" starts each run with it empty, \"cache off\" evaluates every rule every time.\n\n\
         | program | median | min | max | peak RSS |\n|---|---|---|---|---|\n"
    );
    let row_rss = |name: &str, (runs, rss): &(Vec<Duration>, u64)| {
        format!(
            "| {name} | {} | {} | {} | {:.0} MiB |\n",
            ms(median(runs)),
            ms(min(runs)),
            ms(max(runs)),
            *rss as f64 / 1024.0
        )
    };
    let mut figures = Vec::new();
    for (label, args) in [
        ("three-tier stack (42 resources)", &["three-tier"][..]),
        ("one stack of 500 resources", &["stack"][..]),
        (
            "App of 20 stacks x 500 resources, one shape, built on every core",
            &["app"][..],
        ),
        (
            "App of 20 stacks x 500 resources, one shape, added one by one",
            &["app-serial"][..],
        ),
        (
            "App of 20 stacks x 500 resources, 20 shapes",
            &["distinct"][..],
        ),
    ] {
        status("Timing", label);
        let dir = fresh(&format!("{}-scale", args[0]));
        let first = measured(|| {
            let _ = std::fs::remove_dir_all(&verdicts);
            let _ = std::fs::remove_dir_all(&dir);
            program(args, &dir, &verdicts)
        })?;
        let unchanged = measured(|| program(args, &dir, &verdicts))?;
        let off = measured(|| program(args, &dir, Path::new("off")))?;
        text.push_str(&row_rss(&format!("{label}: first run"), &first));
        text.push_str(&row_rss(&format!("{label}: nothing changed"), &unchanged));
        if args[0].starts_with("app") {
            let mut edit = 0;
            let changed = measured(|| {
                edit += 1;
                program(&[args[0], &edit.to_string()], &dir, &verdicts)
            })?;
            text.push_str(&row_rss(&format!("{label}: one stack changed"), &changed));
        }
        text.push_str(&row_rss(&format!("{label}: cache off"), &off));
        figures.push((args[0], first.0, off.0, dir));
    }
    // Twice the stacks: what memory grows by besides the App itself.
    let label = "App of 40 stacks x 500 resources, one shape, built on every core";
    status("Timing", label);
    let dir = fresh("app40-scale");
    let first = measured(|| {
        let _ = std::fs::remove_dir_all(&verdicts);
        let _ = std::fs::remove_dir_all(&dir);
        program(&["app", "0", "40"], &dir, &verdicts)
    })?;
    text.push_str(&row_rss(&format!("{label}: first run"), &first));

    let python = root()
        .join("target")
        .join("troposphere")
        .join("bin")
        .join("python");
    let installed = Command::new(&python)
        .args([
            "-c",
            &format!("import troposphere; assert troposphere.__version__ == '{TROPOSPHERE}'"),
        ])
        .output()
        .is_ok_and(|o| o.status.success());
    if !installed {
        crate::venv_install(
            &root().join("target").join("troposphere"),
            &format!("troposphere=={TROPOSPHERE}"),
        )?;
    }
    let peer = root()
        .join("xtask")
        .join("bench")
        .join("troposphere-app.py");
    text.push_str(&format!(
        "\n## Peer: troposphere {TROPOSPHERE}, the same templates, no rule checked\n\n\
         troposphere builds each template stackward wrote as its typed objects (each resource class's `from_dict`; \
         a resource whose properties the pinned troposphere lacks is built untyped, which is cheaper) and writes it as JSON.\n\n\
         | resources | stackward, first run ({rules} rules) | stackward, cache off | troposphere | troposphere / stackward first run |\n|---|---|---|---|---|\n"
    ));
    for (program, first, off, dir) in figures.iter().filter(|f| f.0 == "stack" || f.0 == "app") {
        status("Timing", &format!("troposphere: {program}"));
        let built = out.join(format!("{program}-troposphere"));
        let theirs = times(|| {
            Command::new(&python)
                .arg(&peer)
                .arg(dir)
                .arg(&built)
                .output()
        })?;
        let resources = if *program == "app" { "10,000" } else { "500" };
        text.push_str(&format!(
            "| {resources} | {} | {} | {} (min {}, max {}) | {:.1}x |\n",
            ms(median(first)),
            ms(median(off)),
            ms(median(&theirs)),
            ms(min(&theirs)),
            ms(max(&theirs)),
            median(&theirs).as_secs_f64() / median(first).as_secs_f64()
        ));
    }
    Ok(text)
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

/// The edit-one-line loop of a team's repository: scaffolded from
/// `templates/user-repo` (stackward from this checkout), built in
/// `target/user-repo`, then five times a line added to `infra/src/lib.rs`
/// and `cargo xtask synth` run, as the team types it (the rebuild and the
/// synth); and five times `cargo xtask synth` with nothing edited (cargo's
/// check that nothing needs building, and the synth).
fn user_loop(out: &Path) -> Result<(Vec<Duration>, Vec<Duration>), String> {
    status(
        "Timing",
        "edit, rebuild and synth in a scaffolded repository",
    );
    let dir = out.join("user-loop");
    let _ = std::fs::remove_dir_all(&dir);
    crate::scaffold::scaffold(
        &crate::user_template::folder(),
        &dir,
        &crate::scaffold::Source::Path(root()),
    )?;
    let target = root().join("target").join("user-repo");
    let synth = || {
        run(crate::user_template::cargo_xtask(&target)
            .current_dir(dir.join("infra"))
            .arg("synth"))
    };
    synth()?;
    let file = dir.join("infra").join("src").join("lib.rs");
    let original =
        std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let (mut edited, mut unchanged) = (Vec::new(), Vec::new());
    for n in 0..5 {
        std::fs::write(&file, format!("{original}// benchmark edit {n}\n"))
            .map_err(|e| format!("{}: {e}", file.display()))?;
        let start = Instant::now();
        synth()?;
        edited.push(start.elapsed());
        let start = Instant::now();
        synth()?;
        unchanged.push(start.elapsed());
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok((edited, unchanged))
}

/// Runs `program` RUNS times (after one warm-up run), failing on a failed run.
fn times(
    program: impl FnMut() -> std::io::Result<std::process::Output>,
) -> Result<Vec<Duration>, String> {
    Ok(measured(program)?.0)
}

/// [`times`], with the largest peak resident set (KiB) the runs printed
/// (`peak-rss-kib N` on standard error).
fn measured(
    mut program: impl FnMut() -> std::io::Result<std::process::Output>,
) -> Result<(Vec<Duration>, u64), String> {
    let mut runs = Vec::new();
    let mut rss = 0;
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
            rss = rss.max(
                String::from_utf8_lossy(&out.stderr)
                    .lines()
                    .filter_map(|l| l.strip_prefix("peak-rss-kib "))
                    .filter_map(|n| n.trim().parse().ok())
                    .max()
                    .unwrap_or(0),
            );
        }
    }
    Ok((runs, rss))
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
