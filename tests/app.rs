//! `App::write` and `App::check`: what `cargo xtask synth [--check]` does.

use std::fs;
use std::path::PathBuf;

use stackward::prelude::*;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("stackward-app-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// An app with one stack, `Stack0`, holding these buckets.
fn app(bucket_ids: &[&str]) -> App {
    let mut stack = Stack::new("Stack0").unwrap();
    for id in bucket_ids {
        stack.add(s3::Bucket::builder().id(*id).build());
    }
    let mut app = App::new();
    app.add(stack);
    app
}

#[test]
fn write_then_check_is_clean_and_a_change_is_stale() {
    let dir = temp_dir("stale");
    app(&["a"]).write(&dir).unwrap();
    app(&["a"]).check(&dir).unwrap();

    let err = app(&["a", "b"]).check(&dir).unwrap_err();
    let shown = |name: &str| format!("{} (differs)", dir.join(name).display());
    assert_eq!(
        err,
        Error::Stale(vec![
            shown("Stack0.report.json"),
            shown("Stack0.report.md"),
            shown("Stack0.template.json")
        ])
    );
    assert!(err.to_string().contains("Stack0.template.json (differs)"));
}

#[test]
fn check_names_missing_and_extra_files() {
    let dir = temp_dir("extra");
    fs::write(dir.join("Old.template.json"), "{}").unwrap();
    let err = app(&["a"]).check(&dir).unwrap_err();
    let Error::Stale(files) = err else {
        panic!("{err}")
    };
    let missing = |name: &str| format!("{} (missing)", dir.join(name).display());
    assert_eq!(
        files,
        vec![
            missing("Stack0.report.json"),
            missing("Stack0.report.md"),
            missing("Stack0.template.json"),
            format!(
                "{} (no stack produces it)",
                dir.join("Old.template.json").display()
            ),
        ]
    );
    // write removes the template no stack produces.
    app(&["a"]).write(&dir).unwrap();
    assert!(!dir.join("Old.template.json").exists());
    app(&["a"]).check(&dir).unwrap();
}

#[test]
fn a_failing_synth_writes_nothing() {
    let dir = temp_dir("atomic");
    app(&["a"]).write(&dir).unwrap();
    let before = fs::read_to_string(dir.join("Stack0.template.json")).unwrap();

    let mut broken = app(&["a", "b"]);
    let mut bad = Stack::new("Broken").unwrap();
    bad.add(s3::Bucket::builder().id("x").name("Not_Valid").build());
    broken.add(bad);
    assert!(broken.write(&dir).is_err());

    assert_eq!(
        fs::read_to_string(dir.join("Stack0.template.json")).unwrap(),
        before
    );
    assert!(!dir.join("Broken.template.json").exists());
    let leftovers: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 3, "{leftovers:?}");
}

#[test]
fn stack_names_are_unique_in_an_app() {
    let mut app = App::new();
    app.add(Stack::new("Same").unwrap());
    app.add(Stack::new("Same").unwrap());
    let err = app.synth().unwrap_err();
    assert!(
        err.to_string()
            .contains("two stacks of the app have this name"),
        "{err}"
    );
}
