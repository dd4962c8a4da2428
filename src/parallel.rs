//! Work spread over the machine's cores, results in input order, so what
//! runs in parallel still gives the same bytes on every run.

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

thread_local! {
    /// On a worker of [`map`]: how many of that map's items no worker has
    /// taken yet.
    static QUEUED: RefCell<Option<Arc<AtomicUsize>>> = const { RefCell::new(None) };
}

/// `f` applied to every item, on one worker thread per core (at most one
/// per item), each taking the next item in order; the results come back in
/// the items' order. A panic in `f` is carried over to the caller.
///
/// Called on a worker of another `map` whose items are not all taken (a
/// stack's rule files while the App's other stacks wait), it runs on that
/// worker alone: the cores are busy already, and more threads at once only
/// hold more memory. On the last items, idle cores help again.
pub(crate) fn map<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    let cores_busy = QUEUED.with(|q| {
        q.borrow()
            .as_ref()
            .is_some_and(|left| left.load(Ordering::Relaxed) > 0)
    });
    if workers <= 1 || cores_busy {
        return items.into_iter().map(f).collect();
    }
    let queued = Arc::new(AtomicUsize::new(items.len()));
    let queue = Mutex::new(items.into_iter().enumerate());
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let work = || {
            QUEUED.with(|q| *q.borrow_mut() = Some(queued.clone()));
            let mut done = Vec::new();
            loop {
                let next = queue.lock().unwrap_or_else(PoisonError::into_inner).next();
                let Some((i, item)) = next else { break done };
                queued.fetch_sub(1, Ordering::Relaxed);
                done.push((i, f(item)));
            }
        };
        let running: Vec<_> = (0..workers).map(|_| scope.spawn(work)).collect();
        running
            .into_iter()
            .flat_map(|t| {
                t.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_come_back_in_order() {
        let items: Vec<u64> = (0..100).collect();
        let squares = super::map(items.clone(), |n| {
            std::thread::sleep(std::time::Duration::from_micros(100 - n));
            n * n
        });
        assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>());
    }

    /// Whether each item of an inner map ran on the outer item's worker.
    fn on_the_outer_worker() -> Vec<Vec<bool>> {
        super::map((0..4).collect(), |_: u32| {
            let worker = std::thread::current().id();
            super::map((0..4).collect(), |_: u32| {
                std::thread::current().id() == worker
            })
        })
    }

    #[test]
    fn a_map_on_a_busy_worker_runs_there_and_the_last_items_spread_again() {
        let runs = on_the_outer_worker();
        // When the first item was taken, at least two were still queued.
        assert!(runs[0].iter().all(|here| *here), "{runs:?}");
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        if cores > 1 {
            // Nothing was queued when the last item was taken.
            assert!(runs[3].iter().any(|here| !*here), "{runs:?}");
        }
    }
}
