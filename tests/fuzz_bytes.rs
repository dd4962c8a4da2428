//! A bounded fuzz test of `audit` over raw text: every generated template,
//! as JSON and as YAML, with random byte and structure mutations (bytes
//! flipped, inserted or removed, brackets and quotes dropped in, ranges cut,
//! repeated or truncated). Thousands of cases, each held to a time and a
//! heap limit: no input may panic, hang or blow up; each gives a report or
//! a typed error. (`tests/fuzz.rs` mutates parsed templates instead.)
//!
//! Its own test binary: the heap limit is read from a counting allocator,
//! which only one test at a time may use.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use stackward::audit::audit;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Cases in one run.
const CASES: usize = 3000;
/// The most one case may take (a debug build; a release build is about
/// ten times faster): only a hang reaches it.
const TIME: Duration = Duration::from_secs(20);
/// The most heap one case may add to what was live before it.
const HEAP: usize = 256 << 20;

/// A small deterministic generator: the same cases on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Bytes that change structure: brackets, quotes, separators, YAML's
/// indicators, a multi-byte character's lead byte alone.
const STRUCTURAL: &[u8] = b"{}[]\"':,-&*!|>#\n\t\\ \xe2\xc3\x00";

fn mutate(text: &mut Vec<u8>, rng: &mut Rng) {
    let at = rng.below(text.len());
    match rng.below(7) {
        0 => text[at] ^= 1 << rng.below(8),
        1 => text.insert(at, STRUCTURAL[rng.below(STRUCTURAL.len())]),
        2 => text.insert(at, rng.next() as u8),
        3 => {
            let end = (at + 1 + rng.below(64)).min(text.len());
            text.drain(at..end);
        }
        4 => {
            // A range repeated: deeper nesting, duplicate keys, longer lists.
            let end = (at + 1 + rng.below(512)).min(text.len());
            let copy = text[at..end].to_vec();
            let times = 1 + rng.below(8);
            for _ in 0..times {
                text.splice(at..at, copy.iter().copied());
            }
        }
        5 => text.truncate(at),
        _ => {
            let other = rng.below(text.len());
            text.swap(at, other);
        }
    }
}

fn originals() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("generated");
    let mut texts = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".template.json"))
        .collect();
    entries.sort();
    for path in entries {
        let json = std::fs::read_to_string(&path).unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        texts.push((
            format!("{name} as YAML"),
            serde_yaml::to_string(&value).unwrap(),
        ));
        texts.push((name, json));
    }
    texts
}

#[test]
fn mutated_texts_are_audited_or_refused_within_bounds() {
    // The verdicts of this run's thousands of one-off templates are kept
    // apart, and removed at the end.
    let cache = std::env::temp_dir().join(format!("stackward-fuzz-{}", std::process::id()));
    std::env::set_var("STACKWARD_CACHE", &cache);
    let originals = originals();
    assert!(originals.len() >= 24, "every generated template, twice");
    let mut rng = Rng(0x5eed_cafe_f00d);
    let (mut audited, mut refused) = (0, 0);
    let mut slowest = Duration::ZERO;
    let mut most_heap = 0;
    for case in 0..CASES {
        let (name, original) = &originals[case % originals.len()];
        let mut text = original.clone().into_bytes();
        for _ in 0..1 + rng.below(8) {
            if text.is_empty() {
                break;
            }
            mutate(&mut text, &mut rng);
        }
        let text = String::from_utf8_lossy(&text).into_owned();
        let before = LIVE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let started = Instant::now();
        let outcome = audit("Fuzz", &text).map(|a| (a.to_markdown(), a.to_sarif("f", &text)));
        let took = started.elapsed();
        let heap = PEAK.load(Ordering::Relaxed).saturating_sub(before);
        match outcome {
            Ok(_) => audited += 1,
            Err(e) => {
                refused += 1;
                let message = e.to_string();
                assert!(!message.is_empty() && !message.contains("panicked"));
            }
        }
        assert!(took < TIME, "case {case} ({name}) took {took:?}");
        assert!(heap < HEAP, "case {case} ({name}) used {} MiB", heap >> 20);
        slowest = slowest.max(took);
        most_heap = most_heap.max(heap);
    }
    let _ = std::fs::remove_dir_all(&cache);
    println!(
        "{CASES} cases: {audited} audited, {refused} refused; slowest {slowest:?}, most heap {} MiB",
        most_heap >> 20
    );
    // The mutations reach both paths.
    assert!(
        audited > CASES / 10 && refused > CASES / 10,
        "{audited} audited, {refused} refused"
    );
}
