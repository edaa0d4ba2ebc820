//! The work pool: as many jobs at once as workers (the cores), a short
//! queue behind them, and a refusal beyond it, so that a burst of previews
//! never starves the server or grows its memory without bound. Every
//! request that costs CPU in proportion to its body (check, render, parse,
//! package, extract, import, drafts) runs here: [`Pool::bounded`] gives the
//! job's result, or the 503 answer with `Retry-After` to send as it is.
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
            inside: Arc::new(AtomicUsize::new(0)),
            capacity: workers.max(1) + queue,
        }
    }

    /// Runs `job` on a blocking thread once a worker is free, or refuses at
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
        let handle = tokio::task::spawn_blocking(move || {
            let out = job();
            drop(permit);
            drop(ticket);
            out
        });
        handle.await.map_err(|_| Busy)
    }

    /// [`Pool::run`], with the refusal as the answer to send:
    /// `match app.pool.bounded(ui, move || work(body)).await { Ok(v) => …, Err(busy) => busy }`.
    pub(crate) async fn bounded<T, F>(&self, ui: UiLang, job: F) -> Result<T, Response>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        self.run(job).await.map_err(|Busy| Busy::response(ui))
    }
}
