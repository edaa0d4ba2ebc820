//! `tirkeme serve`: the forms in a browser, for people who never open a
//! terminal. An axum server on tokio over one folder (DIR, the only storage):
//! pages generated from each form's JSON Schema, an API the pages and
//! scripts use, renders on a bounded pool, and guards against other sites.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use tirkeme::locale::id;

use tirkeme::locale::UiLang;

use crate::cli::{Status, say};

mod api;
mod assets;
mod guard;
mod package;
mod pages;
mod pool;
mod roster;
mod schema;
mod store;

/// What `tirkeme serve` was asked for.
pub(crate) struct ServeArgs {
    /// The folder served.
    pub(crate) dir: PathBuf,
    /// The address to listen on.
    pub(crate) listen: String,
    /// The token every request needs (required off loopback).
    pub(crate) token: Option<String>,
    /// Renders at once (default: the cores).
    pub(crate) jobs: Option<usize>,
    /// Renders waiting beyond those (default: 16 per worker).
    pub(crate) queue: Option<usize>,
    /// How PDFs are made (PDF/A; the date of `SOURCE_DATE_EPOCH`).
    pub(crate) pdf: tirkeme::pipeline::RenderOptions,
}

/// What every handler shares. Nothing here changes after start: the server
/// keeps no state of its own beyond DIR.
pub(crate) struct App {
    /// The folder served.
    pub(crate) dir: store::Dir,
    /// The render pool.
    pub(crate) pool: pool::Pool,
    /// The token, when one is needed.
    pub(crate) token: Option<String>,
    /// The address listened on (for the `Host` check).
    pub(crate) addr: SocketAddr,
    /// How PDFs are made (PDF/A; the date of `SOURCE_DATE_EPOCH`).
    pub(crate) pdf: tirkeme::pipeline::RenderOptions,
}

/// `tirkeme serve`.
pub(crate) fn serve(ui: UiLang, args: ServeArgs) -> Status {
    let addr: SocketAddr = match args.listen.parse() {
        Ok(a) => a,
        Err(_) => {
            say(ui, id::SERVE_BAD_LISTEN, &[("listen", &args.listen)]);
            return Status::Io;
        }
    };
    if !addr.ip().is_loopback() && args.token.as_deref().is_none_or(str::is_empty) {
        say(ui, id::SERVE_NEEDS_TOKEN, &[("listen", &args.listen)]);
        return Status::Io;
    }
    let dir = match store::Dir::open(&args.dir) {
        Ok(d) => d,
        Err(e) => {
            return crate::cli::io_error(ui, id::IO_READ, &args.dir, e);
        }
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let workers = args.jobs.unwrap_or(cores).clamp(1, 64);
    let queue = args.queue.unwrap_or(workers * 16);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(cores.clamp(1, 4))
        .max_blocking_threads(workers + 4)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => return crate::cli::io_error(ui, id::IO_WRITE, &args.dir, e),
    };
    tirkeme::engine::warm_up();
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::bind(addr).await {
            Ok(l) => l,
            Err(e) => {
                say(
                    ui,
                    id::SERVE_BIND_FAILED,
                    &[("listen", &args.listen), ("detail", &e.to_string())],
                );
                return Status::Io;
            }
        };
        let local = listener.local_addr().unwrap_or(addr);
        let app = Arc::new(App {
            dir,
            pool: pool::Pool::new(workers, queue),
            token: args.token.filter(|t| !t.is_empty()),
            addr: local,
            pdf: args.pdf,
        });
        let host = match local {
            SocketAddr::V6(a) if a.ip().is_unspecified() => format!("[::1]:{}", a.port()),
            SocketAddr::V4(a) if a.ip().is_unspecified() => format!("127.0.0.1:{}", a.port()),
            a => a.to_string(),
        };
        // The first line on standard output is the address to open (SPEC 9).
        println!("http://{host}/");
        say(
            ui,
            id::SERVE_STARTED,
            &[
                ("dir", &app.dir.path().display().to_string()),
                ("workers", &workers.to_string()),
            ],
        );
        let router = api::router(app);
        match axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        {
            Ok(()) => Status::Ok,
            Err(e) => {
                say(
                    ui,
                    id::SERVE_BIND_FAILED,
                    &[("listen", &args.listen), ("detail", &e.to_string())],
                );
                Status::Io
            }
        }
    })
}
