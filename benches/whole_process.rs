//! Whole-process programs for `cargo xtask bench`, and the memory figure.
//!
//! - `whole_process three-tier DIR`: synthesizes the three-tier example and
//!   writes it into DIR, as a CDK app writes `cdk.out`.
//! - `whole_process buckets DIR`: 400 buckets under one key per stack, in
//!   four stacks of 100, as the CDK peer must split them (CloudFormation
//!   allows 500 resources in a stack; CDK makes a bucket four).
//! - `whole_process stack DIR`: one stack of 500 resources, the first of
//!   the App below, written into DIR.
//! - `whole_process app DIR [EDIT [STACKS]]`: an App of 20 (or STACKS)
//!   stacks of 500 resources (10,000 in all for 20) of one shape, as one
//!   service's environments are, with logical ids of their own, built on
//!   every core (`App::add_each`) and written into DIR; `app-serial`
//!   builds the same App adding its stacks one by one. EDIT (a number)
//!   puts that many log groups first in the first stack, so that every
//!   resource of it stands at another place and every rule file sees other
//!   resources there (the largest edit of one stack).
//! - `whole_process distinct DIR`: the same App with stacks of 20 shapes
//!   (stack n has n log groups first), so no two stacks give a rule file
//!   the same resources.
//! - `whole_process memory` (also what `cargo bench --bench whole_process`
//!   runs): builds and synthesizes, rules included, a stack of 500
//!   resources and prints the peak heap and the peak resident set
//!   (`cargo xtask bench` runs it with `STACKWARD_CACHE=off`, so that
//!   every rule is evaluated).
//!
//! `three-tier`, `stack` and `app` print their peak resident set to
//! standard error (`peak-rss-kib N`). The App programs leave the App
//! unfreed at the end, as `stackward::cli::main` does.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use stackward::prelude::*;

mod common;

#[path = "../examples/three_tier.rs"]
#[allow(dead_code)]
mod three_tier;

/// The system allocator, counting the bytes live and their peak while
/// `COUNTING` is on (only for the memory figure: the shared counters would
/// slow the timed programs' threads).
struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() && COUNTING.load(Ordering::Relaxed) {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        if COUNTING.load(Ordering::Relaxed) {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn buckets() -> Result<App, Error> {
    let mut app = App::new();
    for part in 0..4 {
        let mut stack = Stack::new(format!("Buckets{part}"))?;
        let key = stack.add(kms::Key::builder().id("data").build());
        for n in 0..100 {
            stack.add(
                s3::Bucket::builder()
                    .id(format!("bucket{n}"))
                    .encryption(key.clone())
                    .build(),
            );
        }
        app.add(stack);
    }
    Ok(app)
}

/// The App of `stacks` stacks of 500 resources, stack n with `shift(n)`
/// log groups first, built on every core (`App::add_each`), as a team
/// builds its environments, or added one by one.
fn app(stacks: usize, shift: impl Fn(usize) -> usize + Sync, each: bool) -> App {
    let stack =
        |n: usize| common::mixed_shifted(&format!("Service{n}"), 500, &format!("s{n}"), shift(n));
    let mut app = App::new();
    if each {
        app.add_each(0..stacks, |n| Ok(stack(n)))
            .expect("the bench's stacks build");
    } else {
        for n in 0..stacks {
            app.add(stack(n));
        }
    }
    app
}

/// Writes the App and leaves it to the end of the process unfreed, as
/// `stackward::cli::main` does.
fn write_and_exit(app: App, dir: &Path) -> Result<(), Error> {
    let outcome = write(&app, dir);
    std::mem::forget(app);
    outcome
}

fn write(app: &App, dir: &Path) -> Result<(), Error> {
    app.write(dir).map(|_| ())
}

/// Peak resident set of this process in KiB, from `getrusage` (reading
/// `/proc/self/status` took 45 ms in a process that had held the App's
/// 150 MiB, which the timed figures would have counted).
fn peak_rss_kib() -> Option<u64> {
    // SAFETY: getrusage writes only the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let status = unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    // Linux gives ru_maxrss in KiB.
    (status == 0).then(|| u64::try_from(usage.ru_maxrss).unwrap_or(0))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["three-tier", dir] => three_tier::stack().and_then(|s| {
            let mut app = App::new();
            app.add(s);
            let outcome = write(&app, Path::new(dir));
            eprintln!("peak-rss-kib {}", peak_rss_kib().unwrap_or(0));
            outcome
        }),
        ["stack", dir] => {
            let mut app = App::new();
            app.add(common::mixed_named("Service0", 500, "s0"));
            let outcome = write(&app, Path::new(dir));
            eprintln!("peak-rss-kib {}", peak_rss_kib().unwrap_or(0));
            outcome
        }
        ["buckets", dir] => buckets().and_then(|app| write(&app, Path::new(dir))),
        [program @ ("app" | "app-serial"), dir, rest @ ..] => {
            let edit: usize = rest.first().and_then(|e| e.parse().ok()).unwrap_or(0);
            let stacks: usize = rest.get(1).and_then(|s| s.parse().ok()).unwrap_or(20);
            let app = app(stacks, |n| if n == 0 { edit } else { 0 }, *program == "app");
            let outcome = write_and_exit(app, Path::new(dir));
            eprintln!("peak-rss-kib {}", peak_rss_kib().unwrap_or(0));
            outcome
        }
        ["distinct", dir] => {
            let outcome = write_and_exit(app(20, |n| n, true), Path::new(dir));
            eprintln!("peak-rss-kib {}", peak_rss_kib().unwrap_or(0));
            outcome
        }
        _ => {
            COUNTING.store(true, Ordering::Relaxed);
            let template = common::mixed(500).synth();
            COUNTING.store(false, Ordering::Relaxed);
            // Blocks freed while counting that were allocated before it can
            // make LIVE wrap below zero; the peak is what was reached.
            let peak = PEAK.load(Ordering::Relaxed);
            template.map(|t| {
                println!(
                    "memory: 500-resource stack, build + synth + rules: peak heap {:.1} MiB, peak RSS {:.1} MiB, template {} KiB",
                    peak as f64 / (1024.0 * 1024.0),
                    peak_rss_kib().unwrap_or(0) as f64 / 1024.0,
                    t.text().len() / 1024
                )
            })
        }
    };
    if let Err(e) = outcome {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
