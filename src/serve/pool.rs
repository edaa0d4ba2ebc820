//! The render pool: as many renders at once as workers (the cores), a short
//! queue behind them, and a refusal beyond it, so that a burst of previews
//! never starves the server or grows its memory without bound.
//!
//! The renders run on a rayon pool of their own, one thread a worker: Typst
//! lays pages out with rayon, and from inside this pool its parallel work
//! stays on these threads (a lone preview of a long plan uses every core;
//! under load each thread renders its own document) instead of a second set
//! of rayon threads spinning beside the workers.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::{Semaphore, oneshot};

/// The pool is full (or could not run the job): the caller answers 503
/// with `Retry-After`.
#[derive(Debug)]
pub(crate) struct Busy;

/// Renders at once and waiting, bounded.
pub(crate) struct Pool {
    threads: Option<rayon::ThreadPool>,
    running: Arc<Semaphore>,
    inside: Arc<AtomicUsize>,
    capacity: usize,
}

/// Counts a job in the pool until it is dropped (also when the client goes).
struct Ticket(Arc<AtomicUsize>);

impl Drop for Ticket {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

impl Pool {
    /// A pool of `workers` running and `queue` waiting.
    pub(crate) fn new(workers: usize, queue: usize) -> Pool {
        let workers = workers.max(1);
        let threads = rayon::ThreadPoolBuilder::new()
            .num_threads(workers)
            .thread_name(|i| format!("tirkeme render {i}"))
            // Deeply nested templates recurse; the main thread's size.
            .stack_size(8 << 20)
            .build()
            .ok();
        Pool {
            threads,
            running: Arc::new(Semaphore::new(workers)),
            inside: Arc::new(AtomicUsize::new(0)),
            capacity: workers + queue,
        }
    }

    /// Runs `job` on a render thread once a worker is free, or refuses at
    /// once when the queue is full.
    pub(crate) async fn run<T, F>(&self, job: F) -> Result<T, Busy>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        if self.inside.fetch_add(1, Ordering::AcqRel) >= self.capacity {
            self.inside.fetch_sub(1, Ordering::AcqRel);
            return Err(Busy);
        }
        let ticket = Ticket(self.inside.clone());
        let permit = self
            .running
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| Busy)?;
        // The permit and ticket travel with the job: a client that leaves
        // does not free a worker that is still busy with its render.
        let work = move || {
            // A panic is this request's failure, never the server's end.
            let out = std::panic::catch_unwind(AssertUnwindSafe(job)).ok();
            drop(permit);
            drop(ticket);
            out
        };
        let Some(threads) = &self.threads else {
            // No threads of our own could be made: tokio's blocking ones.
            return tokio::task::spawn_blocking(work)
                .await
                .ok()
                .flatten()
                .ok_or(Busy);
        };
        let (tx, rx) = oneshot::channel();
        threads.spawn(move || {
            let _ = tx.send(work());
        });
        rx.await.ok().flatten().ok_or(Busy)
    }
}
