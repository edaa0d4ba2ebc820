//! The work pool: as many jobs at once as workers (the cores), a short
//! queue behind them, and a refusal beyond it, so that a burst of previews
//! never starves the server or grows its memory without bound. Every
//! request that costs CPU in proportion to its body (check, render, parse,
//! package, extract, import, drafts) runs here: [`Pool::bounded_for`] gives
//! the job's result, or the 503 answer with `Retry-After` to send as it is.
//! A job on a large body, or a package, is long: long jobs take at most
//! half the workers and a few places in the queue, so that someone sending
//! 4 MiB bodies never keeps the pages' small jobs waiting.
//!
//! The renders run on tokio's blocking threads. A rayon pool of the
//! workers' own (so that Typst's parallel layout would stay on them) was
//! measured and dropped: at 16 clients its p99 was 68–106 ms against
//! 42–70 ms here, three runs each alternating (a worker waiting in rayon's
//! `join` takes up the next render and finishes its own late).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use tirkeme::locale::id;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use tirkeme::locale::{UiLang, tr};
use tokio::sync::Semaphore;

/// A body over this many bytes makes a long job: 256 KiB is a 400-row
/// plan; the pages' own bodies are a few KiB.
pub(crate) const LONG_BODY: usize = 256 * 1024;

/// The pool is full: the caller answers 503 with `Retry-After`.
#[derive(Debug)]
pub(crate) struct Busy;

impl Busy {
    /// The answer to send: 503, `Retry-After: 1`, the message in `ui`.
    pub(crate) fn response(ui: UiLang) -> Response {
        let mut res =
            super::api::error(StatusCode::SERVICE_UNAVAILABLE, tr(ui, id::SERVE_BUSY, &[]));
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        res
    }
}

/// Renders at once and waiting, bounded.
pub(crate) struct Pool {
    running: Arc<Semaphore>,
    /// Long jobs (a package: a render for every teacher of a plan; any
    /// job on a body over [`LONG_BODY`]) take at most half the workers, so
    /// the other half keeps answering the pages.
    long: Arc<Semaphore>,
    /// Long jobs running and waiting, at most `long_capacity`: a flood of
    /// 4 MiB bodies never fills the queue the pages' small jobs wait in.
    long_inside: Arc<AtomicUsize>,
    long_capacity: usize,
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
        Pool {
            running: Arc::new(Semaphore::new(workers.max(1))),
            long: Arc::new(Semaphore::new((workers / 2).max(1))),
            long_inside: Arc::new(AtomicUsize::new(0)),
            long_capacity: (workers * 2).max(2),
            inside: Arc::new(AtomicUsize::new(0)),
            capacity: workers.max(1) + queue,
        }
    }

    /// [`Pool::run_for`] for a job that may take seconds (a package): at most
    /// half the workers run such jobs at once.
    pub(crate) async fn run_long<T, F>(&self, job: F) -> Result<T, Busy>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        self.run_in(true, job).await
    }

    /// Runs `job` on a blocking thread once a worker (and for a long job,
    /// the long lane) is free, or refuses at once when the queue is full.
    async fn run_in<T, F>(&self, long: bool, job: F) -> Result<T, Busy>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        if self.inside.fetch_add(1, Ordering::AcqRel) >= self.capacity {
            self.inside.fetch_sub(1, Ordering::AcqRel);
            return Err(Busy);
        }
        let ticket = Ticket(self.inside.clone());
        let lane = if long {
            if self.long_inside.fetch_add(1, Ordering::AcqRel) >= self.long_capacity {
                self.long_inside.fetch_sub(1, Ordering::AcqRel);
                return Err(Busy);
            }
            let long_ticket = Ticket(self.long_inside.clone());
            let permit = self.long.clone().acquire_owned().await.map_err(|_| Busy)?;
            Some((permit, long_ticket))
        } else {
            None
        };
        let permit = self
            .running
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| Busy)?;
        // The permit and ticket travel with the job: a client that leaves
        // does not free a worker that is still busy with its render.
        let handle = tokio::task::spawn_blocking(move || {
            let out = job();
            drop(permit);
            drop(lane);
            drop(ticket);
            out
        });
        handle.await.map_err(|_| Busy)
    }

    /// Runs a job on a body of `size` bytes (over [`LONG_BODY`] it is a
    /// long job), with the refusal as the answer to send:
    /// `match app.pool.bounded_for(ui, body.len(), move || work(body)).await { Ok(v) => …, Err(busy) => busy }`.
    pub(crate) async fn bounded_for<T, F>(
        &self,
        ui: UiLang,
        size: usize,
        job: F,
    ) -> Result<T, Response>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        self.run_for(size, job)
            .await
            .map_err(|Busy| Busy::response(ui))
    }

    /// Runs a job on a body of `size` bytes once a worker is free (over
    /// [`LONG_BODY`] it is a long job, [`Pool::run_long`]), or refuses at
    /// once when the queue is full.
    pub(crate) async fn run_for<T, F>(&self, size: usize, job: F) -> Result<T, Busy>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        self.run_in(size > LONG_BODY, job).await
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Duration;

    #[test]
    fn long_jobs_leave_a_worker_for_the_rest() {
        // Two packages at once on two workers: one runs, the other waits
        // for its lane, and a check still finds a free worker (it would
        // wait for a package to end if both took a worker).
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let pool = Arc::new(Pool::new(2, 16));
            let (release, wait) = mpsc::channel::<()>();
            let wait = Arc::new(std::sync::Mutex::new(wait));
            let mut long = Vec::new();
            for _ in 0..2 {
                let (pool, wait) = (pool.clone(), wait.clone());
                long.push(tokio::spawn(async move {
                    pool.run_long(move || {
                        let _ = wait.lock().unwrap().recv();
                    })
                    .await
                }));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
            let short = tokio::time::timeout(Duration::from_secs(10), pool.run_for(0, || 7)).await;
            assert_eq!(short.ok().and_then(Result::ok), Some(7));
            release.send(()).unwrap();
            release.send(()).unwrap();
            for l in long {
                assert!(l.await.unwrap().is_ok());
            }
        });
    }
}
