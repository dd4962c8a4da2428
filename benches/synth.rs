//! In-process cost of synth and of validation, for stacks of 10, 100 and
//! 500 resources built from stackward's constructs (`cargo bench --bench
//! synth`, or `cargo xtask bench` for every figure).
//!
//! - `build`: adding the constructs (each expands into its resources).
//! - `synth`: the template as JSON, reference resolution, CloudFormation's
//!   limits and the JSON text: everything `Stack::synth` does but the rules.
//! - `validate`: every Guard rule over the template, each evaluated by the
//!   engine (the verdict cache off).
//! - `validate-kept`: the same with every verdict kept from an earlier run
//!   (the verdict cache in `target/bench/verdicts`).
//! - `total`: build, then `Stack::synth` with the rules (cache off).

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use stackward::check;

mod common;

const SIZES: [usize; 3] = [10, 100, 500];

fn synth_without_rules(stack: &stackward::template::Stack) -> String {
    let json = stack.unchecked_json();
    let problems = check::references(&json);
    let text = serde_json::to_string_pretty(&json).expect("JSON always serializes");
    let limits = check::limits(stack.name(), &json, text.len());
    assert!(problems.is_empty() && limits.is_empty());
    text
}

fn benches(c: &mut Criterion) {
    // Before anything reads it: every figure but `validate-kept` is the
    // engine's, never a verdict kept by an earlier run.
    std::env::set_var("STACKWARD_CACHE", "off");
    let kept = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench/verdicts");
    let mut group = c.benchmark_group("stackward");
    for size in SIZES {
        let stack = common::mixed(size);
        assert_eq!(stack.resources().len(), size);
        let json = stack.unchecked_json();
        group.bench_with_input(BenchmarkId::new("build", size), &size, |b, &n| {
            b.iter(|| common::mixed(black_box(n)))
        });
        group.bench_with_input(BenchmarkId::new("synth", size), &stack, |b, s| {
            b.iter(|| synth_without_rules(black_box(s)))
        });
        group.bench_with_input(BenchmarkId::new("validate", size), &json, |b, t| {
            b.iter(|| check::stackward_rules_in(black_box(t), None).expect("rules evaluate"))
        });
        group.bench_with_input(BenchmarkId::new("validate-kept", size), &json, |b, t| {
            b.iter(|| check::stackward_rules_in(black_box(t), Some(&kept)).expect("rules evaluate"))
        });
        group.bench_with_input(BenchmarkId::new("total", size), &size, |b, &n| {
            b.iter(|| common::mixed(black_box(n)).synth().expect("synthesizes"))
        });
    }
    group.finish();
}

criterion_group!(stackward, benches);
criterion_main!(stackward);
