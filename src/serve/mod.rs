//! `tirkeme serve`: the forms in a browser, for people who never open a
//! terminal. An axum router on tokio over one folder (DIR, the only
//! storage): pages generated from each form's JSON Schema, an API the pages
//! and scripts use, the work of every request on a bounded pool, and guards
//! against other sites and against anyone holding the server down
//! (`conn`, `guard`, `body`, `access`).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use tirkeme::locale::{Id, id};

use tirkeme::locale::UiLang;

use crate::report::{Status, say};

mod access;
mod api;
mod assets;
mod body;
mod conn;
mod department;
mod documents;
mod extract;
mod guard;
mod package;
mod pages;
mod pool;
mod roster;
mod schema;
mod store;
mod versions;
mod year;

/// What `tirkeme serve` was asked for (its command-line arguments; the
/// help of each is localized by the `cli-serve-*` messages).
#[derive(clap::Args)]
pub(crate) struct ServeArgs {
    /// The folder whose YAML documents are listed, opened and saved.
    #[arg(default_value = ".")]
    pub(crate) dir: PathBuf,
    /// The address to listen on; port 0 takes a free one. Any address
    /// beyond loopback needs `--token` or `--keys`.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub(crate) listen: String,
    /// The secret every request must carry (`Authorization: Bearer`, or
    /// the cookie set by opening `/?token=TOKEN` once); 16 characters at
    /// least.
    #[arg(long)]
    pub(crate) token: Option<String>,
    /// A file of `name: key` lines, a key per person (16 characters at
    /// least), used as `--token`; each save is written with its person.
    #[arg(long)]
    pub(crate) keys: Option<PathBuf>,
    /// The address people open when the server is behind a reverse proxy
    /// (`https://host/kafedra/`): `Host` and `Origin` are checked against
    /// it, the pages work under its path, cookies are `Secure` with https.
    #[arg(long)]
    pub(crate) public_url: Option<String>,
    /// Renders at once (default: the number of cores).
    #[arg(long)]
    pub(crate) jobs: Option<usize>,
    /// Renders that may wait beyond those before the server answers 503
    /// (default: 16 per render at once).
    #[arg(long)]
    pub(crate) queue: Option<usize>,
}

/// What every handler shares. Nothing here changes after start but the
/// guards' counts: the server keeps no state of its own beyond DIR.
pub(crate) struct App {
    /// The folder served.
    pub(crate) dir: store::Dir,
    /// The work pool (renders, checks, parses, packages, imports).
    pub(crate) pool: pool::Pool,
    /// The token and keys, when one is needed.
    pub(crate) keys: Option<access::Keys>,
    /// The address behind the reverse proxy (`--public-url`).
    pub(crate) public: Option<access::PublicUrl>,
    /// Wrong keys, by address, to slow them down.
    pub(crate) failures: access::Failures,
    /// The memory all request bodies held at once may take.
    pub(crate) budget: Arc<body::Budget>,
    /// The address listened on (for the `Host` check).
    pub(crate) addr: SocketAddr,
    /// The path every page and API address starts with: `/`, or the
    /// prefix of `--public-url` (`/kafedra/`) behind a reverse proxy. Always
    /// begins and ends with `/`; pages put it in `<base href>`.
    pub(crate) base: String,
    /// How PDFs are made (PDF/A; the date of `SOURCE_DATE_EPOCH`).
    pub(crate) pdf: tirkeme::pipeline::RenderOptions,
}

/// The key rules: what `--token`, `--keys` and `--public-url` say, or the
/// message that refuses them (already said).
fn access_of(
    ui: UiLang,
    args: &ServeArgs,
) -> Result<(Option<access::Keys>, Option<access::PublicUrl>), Status> {
    let refuse = |id: Id<'static>, extra: &[(&str, &str)]| {
        say(ui, id, extra);
        Err(Status::Io)
    };
    let token = args.token.as_deref();
    if let Some(t) = token {
        match access::key_problem(t) {
            Some(access::KeyProblem::Short) => return refuse(id::SERVE_TOKEN_SHORT, &[]),
            Some(access::KeyProblem::BadChar) => return refuse(id::SERVE_TOKEN_CHARS, &[]),
            None => {}
        }
    }
    let mut people = Vec::new();
    if let Some(path) = &args.keys {
        let shown = path.display().to_string();
        let text = match read_keys_file(path) {
            Ok(t) => t,
            Err(e) => return Err(crate::report::io_error(ui, id::IO_READ, path, e)),
        };
        people = match access::parse_keys(&text) {
            Ok(p) => p,
            Err(e) => {
                let (id, line) = match e {
                    access::KeysError::Shape(n) => (id::SERVE_KEYS_SHAPE, n),
                    access::KeysError::Key(n, access::KeyProblem::Short) => {
                        (id::SERVE_KEYS_SHORT, n)
                    }
                    access::KeysError::Key(n, access::KeyProblem::BadChar) => {
                        (id::SERVE_KEYS_CHARS, n)
                    }
                    access::KeysError::Duplicate(n) => (id::SERVE_KEYS_DUPLICATE, n),
                    access::KeysError::Empty => (id::SERVE_KEYS_EMPTY, 0),
                };
                return refuse(id, &[("path", &shown), ("line", &line.to_string())]);
            }
        };
    }
    let public = match &args.public_url {
        None => None,
        Some(url) => match access::PublicUrl::parse(url) {
            Some(p) => Some(p),
            None => return refuse(id::SERVE_BAD_PUBLIC_URL, &[("url", url)]),
        },
    };
    let keys = access::Keys::new(token, &people);
    if keys.is_none() && public.is_some() {
        return refuse(id::SERVE_PUBLIC_NEEDS_TOKEN, &[]);
    }
    Ok((keys, public))
}

/// A keys file, read with a limit (it is a short list of people).
fn read_keys_file(path: &std::path::Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut text = String::new();
    std::fs::File::open(path)?
        .take(1 << 20)
        .read_to_string(&mut text)?;
    Ok(text)
}

/// Whether the start is said on the terminal (the address, then the folder).
/// A double-click's window says it in its own words instead (`desktop`).
pub(crate) static ANNOUNCE: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(true);

/// `tirkeme serve`.
pub(crate) fn serve(ui: UiLang, args: ServeArgs, pdf: tirkeme::pipeline::RenderOptions) -> Status {
    let addr: SocketAddr = match args.listen.parse() {
        Ok(a) => a,
        Err(_) => {
            say(ui, id::SERVE_BAD_LISTEN, &[("listen", &args.listen)]);
            return Status::Io;
        }
    };
    let (keys, public) = match access_of(ui, &args) {
        Ok(a) => a,
        Err(status) => return status,
    };
    if !addr.ip().is_loopback() && keys.is_none() {
        say(ui, id::SERVE_NEEDS_TOKEN, &[("listen", &args.listen)]);
        return Status::Io;
    }
    let dir = match store::Dir::open(&args.dir) {
        Ok(d) => d,
        Err(e) => {
            return crate::report::io_error(ui, id::IO_READ, &args.dir, e);
        }
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let workers = args.jobs.unwrap_or(cores).clamp(1, 64);
    let queue = args.queue.unwrap_or(workers * 16);
    let limits = conn::Limits::for_this_process();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(cores.clamp(1, 4))
        .max_blocking_threads(workers + 4)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => return crate::report::io_error(ui, id::IO_WRITE, &args.dir, e),
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
        let base = public
            .as_ref()
            .map_or_else(|| "/".to_owned(), |p| p.base.clone());
        let app = Arc::new(App {
            dir,
            pool: pool::Pool::new(workers, queue),
            keys,
            public,
            failures: access::Failures::default(),
            budget: Arc::new(body::Budget::default()),
            addr: local,
            base: base.clone(),
            pdf,
        });
        let host = match local {
            SocketAddr::V6(a) if a.ip().is_unspecified() => format!("[::1]:{}", a.port()),
            SocketAddr::V4(a) if a.ip().is_unspecified() => format!("127.0.0.1:{}", a.port()),
            a => a.to_string(),
        };
        // The first line on standard output is the address to open (SPEC 9).
        if ANNOUNCE.load(std::sync::atomic::Ordering::Relaxed) {
            println!("http://{host}/");
            say(
                ui,
                id::SERVE_STARTED,
                &[
                    ("dir", &app.dir.path().display().to_string()),
                    ("workers", &workers.to_string()),
                ],
            );
        }
        if let Some(p) = &app.public {
            say(
                ui,
                id::SERVE_PUBLIC,
                &[("url", &format!("{}{}", p.origin(), p.base))],
            );
        }
        let router = api::router(app);
        conn::serve(listener, router, base, limits).await;
        Status::Ok
    })
}
