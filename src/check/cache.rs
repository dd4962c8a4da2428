//! Verdicts the Guard engine already gave, kept on disk so that a synth
//! re-evaluates only what changed since the last one.
//!
//! An entry is the engine's summary for one rule file over one subset of a
//! template, named by the SHA-256 of everything that summary depends on:
//! the engine's version, the rule file's name and text, and the exact text
//! evaluated. A changed rule or a changed resource is a different name, so
//! it is never served a verdict computed for something else. Entries are
//! written atomically (beside, then renamed); one that does not read back
//! is evaluated again.
//!
//! Where: `STACKWARD_CACHE=<folder>` names the folder,
//! `STACKWARD_CACHE=off` turns the cache off; otherwise it is
//! `stackward/verdicts` in the Cargo target folder the running program was
//! built in (the nearest folder above it holding Cargo's `CACHEDIR.TAG`),
//! and a program run from anywhere else keeps no cache. The folder is safe
//! to delete at any time, and keeps itself small: an entry not read for
//! [`UNUSED_DAYS`] days is removed (looked for at most once a day).

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde_json::Value as Json;
use sha2::{Digest, Sha256};

/// The engine whose verdicts are kept: the exact version `Cargo.toml` pins
/// (a test holds the two together), part of every entry's name.
pub(crate) const ENGINE: &str = "cfn-guard 3.2.1";

/// The folder of the verdict cache, or `None` when it is off: the folder
/// `STACKWARD_CACHE` names (`off` turns the cache off), else
/// `stackward/verdicts` in the Cargo target folder the running program was
/// built in, else none.
///
/// ```
/// // Tests and examples run from Cargo's target folder keep a cache there.
/// if let Some(folder) = stackward::check::cache_folder() {
///     assert!(folder.ends_with("stackward/verdicts") || std::env::var_os("STACKWARD_CACHE").is_some());
/// }
/// ```
pub fn folder() -> Option<&'static Path> {
    static FOLDER: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    FOLDER
        .get_or_init(|| match std::env::var_os("STACKWARD_CACHE") {
            Some(v) if v == "off" || v == "0" || v.is_empty() => None,
            Some(v) => Some(PathBuf::from(v)),
            None => target_folder().map(|t| t.join("stackward").join("verdicts")),
        })
        .as_deref()
}

/// The Cargo target folder the running program lives in.
fn target_folder() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    exe.ancestors()
        .skip(1)
        .find(|dir| dir.join("CACHEDIR.TAG").is_file())
        .map(Path::to_path_buf)
}

/// The name of the verdicts of `rules` (named `name`) over `data`.
pub(crate) fn key(name: &str, rules: &str, data: &str) -> String {
    key_of(&[ENGINE, env!("CARGO_PKG_VERSION"), name, rules, data])
}

/// The name of an entry that depends on exactly these parts (the first
/// says what the entry is).
pub(crate) fn key_of(parts: &[&str]) -> String {
    hex(hashed(parts))
}

/// [`key_of`] for `parts` followed by a JSON value's compact text, which
/// is streamed into the hash instead of being written out first (the last
/// part needs no length: every part before it has one).
pub(crate) fn key_of_json(parts: &[&str], json: &Json) -> String {
    let mut hash = hashed(parts);
    // Writing into a hash cannot fail, and a JSON value always serializes.
    let _ = serde_json::to_writer(&mut hash, json);
    hex(hash)
}

/// The hash of `parts`, each after its length, so no two splits of the
/// same bytes hash the same.
fn hashed(parts: &[&str]) -> Sha256 {
    let mut hash = Sha256::new();
    for part in parts {
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part.as_bytes());
    }
    hash
}

fn hex(hash: Sha256) -> String {
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn path(folder: &Path, key: &str) -> PathBuf {
    folder.join(&key[..2]).join(format!("{key}.json"))
}

/// Days an entry stays without being read.
pub const UNUSED_DAYS: u64 = 30;

/// The verdicts kept under `key`, if any read back whole (the entry is
/// marked as read now).
pub(crate) fn get(folder: &Path, key: &str) -> Option<Vec<Json>> {
    match get_json(folder, key)? {
        Json::Array(results) => Some(results),
        _ => None,
    }
}

/// The value kept under `key`, if it reads back whole (marked as read).
pub(crate) fn get_json(folder: &Path, key: &str) -> Option<Json> {
    let path = path(folder, key);
    let value = serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
    touch(&path);
    Some(value)
}

/// Marks a file as used now (its modification time).
fn touch(path: &Path) {
    if let Ok(file) = std::fs::File::options().append(true).open(path) {
        let _ = file.set_modified(SystemTime::now());
    }
}

/// Removes the entries not read for [`UNUSED_DAYS`] days, unless that was
/// done less than a day ago (the time of `.pruned`); at most once per
/// process.
fn prune(folder: &Path) {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| prune_now(folder, SystemTime::now()));
}

fn prune_now(folder: &Path, now: SystemTime) {
    let day = Duration::from_secs(24 * 60 * 60);
    let age = |p: &Path| {
        std::fs::metadata(p)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
    };
    let marker = folder.join(".pruned");
    if age(&marker).is_some_and(|a| a < day) {
        return;
    }
    let _ = std::fs::write(&marker, b"");
    touch(&marker);
    let Ok(shards) = std::fs::read_dir(folder) else {
        return;
    };
    for shard in shards.flatten().filter(|s| s.path().is_dir()) {
        for entry in std::fs::read_dir(shard.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            if age(&entry.path()).is_some_and(|a| a > day * UNUSED_DAYS as u32) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// Keeps `results` under `key`. A cache that cannot be written is no
/// error: the verdicts were computed, only not kept.
pub(crate) fn put(folder: &Path, key: &str, results: &[Json]) {
    put_json(folder, key, &Json::Array(results.to_vec()));
}

/// Keeps `value` under `key` (no error when it cannot).
pub(crate) fn put_json(folder: &Path, key: &str, value: &Json) {
    prune(folder);
    let path = path(folder, key);
    let Some(parent) = path.parent() else { return };
    if std::fs::create_dir_all(parent).is_err() {
        return;
    }
    // Unique per thread and process, so parallel writers never share one.
    let tmp = parent.join(format!(
        ".{key}.{}.{:?}.tmp",
        std::process::id(),
        std::thread::current().id()
    ));
    let text = serde_json::to_vec(value).unwrap_or_default();
    if std::fs::write(&tmp, text).is_ok() && std::fs::rename(&tmp, &path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_engine_named_is_the_one_cargo_toml_pins() {
        let manifest = include_str!("../../Cargo.toml");
        let version = ENGINE.trim_start_matches("cfn-guard ");
        assert!(
            manifest.contains(&format!("cfn-guard = {{ version = \"={version}\"")),
            "Cargo.toml must pin cfn-guard to ={version}, the version in the cache's key"
        );
    }

    #[test]
    fn names_differ_with_every_part() {
        let base = key("s3", "rule A {}", "{}");
        assert_ne!(base, key("s4", "rule A {}", "{}"));
        assert_ne!(base, key("s3", "rule B {}", "{}"));
        assert_ne!(base, key("s3", "rule A {}", "{ }"));
        // Moving bytes from one part to the next is another name.
        assert_ne!(key("ab", "c", ""), key("a", "bc", ""));
        assert_eq!(base.len(), 64);
    }

    #[test]
    fn entries_unread_for_a_month_are_removed_once_a_day() {
        let folder =
            std::env::temp_dir().join(format!("stackward-cache-prune-{}", std::process::id()));
        let (old, fresh) = (key("a", "", ""), key("b", "", ""));
        put(&folder, &old, &[]);
        put(&folder, &fresh, &[]);
        let now = SystemTime::now();
        let month_ago = now - Duration::from_secs(31 * 24 * 60 * 60);
        let set = |p: &Path, t: SystemTime| {
            let file = std::fs::File::options()
                .append(true)
                .create(true)
                .open(p)
                .unwrap();
            file.set_modified(t).unwrap();
        };
        set(&folder.join(".pruned"), now);
        set(&path(&folder, &old), month_ago);
        // Pruned a moment ago: nothing is looked at.
        prune_now(&folder, now);
        assert!(path(&folder, &old).exists());
        // A day later the unread entry goes, the other stays.
        let hour = Duration::from_secs(60 * 60);
        prune_now(&folder, now + 25 * hour);
        assert!(!path(&folder, &old).exists());
        assert!(path(&folder, &fresh).exists());
        // Reading an entry keeps it.
        set(&path(&folder, &fresh), month_ago);
        assert!(get(&folder, &fresh).is_some());
        prune_now(&folder, now + 50 * hour);
        assert!(path(&folder, &fresh).exists());
        std::fs::remove_dir_all(&folder).unwrap();
    }

    #[test]
    fn an_entry_reads_back_and_a_damaged_one_is_a_miss() {
        let folder = std::env::temp_dir().join(format!("stackward-cache-{}", std::process::id()));
        let k = key("s3", "rule A {}", "{}");
        assert_eq!(get(&folder, &k), None);
        let results = vec![serde_json::json!({"compliant": ["A"]})];
        put(&folder, &k, &results);
        assert_eq!(get(&folder, &k), Some(results));
        std::fs::write(path(&folder, &k), b"[{\"compl").unwrap();
        assert_eq!(get(&folder, &k), None);
        std::fs::remove_dir_all(&folder).unwrap();
    }
}
