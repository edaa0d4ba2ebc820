//! The connections: accepted, bounded and timed out here, before any
//! request reaches the router, so that nobody on the network can hold the
//! server by opening sockets and sending nothing (or a byte a minute).
//!
//! - A request's head must arrive within [`HEAD_TIMEOUT`] of the moment
//!   the server starts reading it: a new connection that sends nothing, one
//!   that trickles its head, and an idle keep-alive connection are all
//!   closed then (hyper's `header_read_timeout`).
//! - A connection with no request in progress that moves no byte for
//!   [`STALL_TIMEOUT`] is closed (a client that stops reading its answer).
//! - At most [`Limits::per_ip`] connections from one address and
//!   [`Limits::total`] in all, the latter below the process's limit of open
//!   files (which is raised to its hard limit at start). A connection over
//!   either limit takes the place of the oldest one of that address (or of
//!   all) that has no request in progress, so sockets held open by someone
//!   never lock out a request that is really being made; when every
//!   connection is busy with a request, the new one is closed at once.
//!
//! The request body is read by the guard, after the request is allowed in
//! (`guard::read_body`): with a deadline, within a memory budget.

use std::collections::{BTreeMap, HashMap};
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Uri};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

/// The time a request's head may take to arrive, and an idle keep-alive
/// connection may stay open.
pub(crate) const HEAD_TIMEOUT: Duration = Duration::from_secs(15);

/// The time a connection with no request in progress may move no byte
/// (its client no longer reads what it is sent).
pub(crate) const STALL_TIMEOUT: Duration = Duration::from_secs(60);

/// Files kept free for the server's own work (documents, versions, the
/// lock, fonts) below the limit of open files.
const FILES_KEPT: u64 = 64;

/// How many connections the server holds.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    /// From one address.
    pub(crate) per_ip: usize,
    /// In all.
    pub(crate) total: usize,
}

impl Limits {
    /// The limits for this process: 128 from one address (six browsers'
    /// worth of connections for twenty people behind one address), and in
    /// all at most 4,096 and [`FILES_KEPT`] below the limit of open files,
    /// raised first to its hard limit where the system allows.
    pub(crate) fn for_this_process() -> Limits {
        let files = raise_file_limit();
        let total = files.saturating_sub(FILES_KEPT).clamp(16, 4096) as usize;
        Limits {
            per_ip: total.min(128),
            total,
        }
    }
}

/// Raises the soft limit of open files to the hard one; the limit now.
#[cfg(unix)]
fn raise_file_limit() -> u64 {
    // SAFETY: getrlimit/setrlimit only read and write the struct passed.
    unsafe {
        let mut lim = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) != 0 {
            return 1024;
        }
        if lim.rlim_cur < lim.rlim_max {
            let raised = libc::rlimit {
                rlim_cur: lim.rlim_max,
                rlim_max: lim.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                lim.rlim_cur = lim.rlim_max;
            }
        }
        // `rlim_t` is u64 on Linux, not on every Unix.
        #[allow(clippy::unnecessary_cast)]
        let files = lim.rlim_cur as u64;
        files
    }
}

/// Windows has no such limit on sockets: the cap of 4,096 holds alone.
#[cfg(not(unix))]
fn raise_file_limit() -> u64 {
    4096 + FILES_KEPT
}

/// The address a request came from, as the guard reads it (extension).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Peer(pub(crate) SocketAddr);

/// One connection as the registry knows it.
struct Conn {
    ip: IpAddr,
    state: Arc<ConnState>,
}

/// What a connection's task and the registry share.
struct ConnState {
    /// Requests in progress (read, being answered).
    busy: AtomicUsize,
    /// Told when the registry takes the connection's place.
    kill: Notify,
    /// When a byte last moved, in milliseconds since the server started.
    moved: AtomicU64,
}

/// Every open connection, oldest first.
#[derive(Default)]
struct Registry {
    next: u64,
    conns: BTreeMap<u64, Conn>,
    per_ip: HashMap<IpAddr, usize>,
}

impl Registry {
    /// Admits a connection from `ip`, making room as the module says; `None`
    /// when there is none to make.
    fn admit(&mut self, ip: IpAddr, limits: Limits, now: u64) -> Option<(u64, Arc<ConnState>)> {
        if self.per_ip.get(&ip).copied().unwrap_or(0) >= limits.per_ip
            && !self.evict_oldest_idle(Some(ip))
        {
            return None;
        }
        if self.conns.len() >= limits.total && !self.evict_oldest_idle(None) {
            return None;
        }
        let state = Arc::new(ConnState {
            busy: AtomicUsize::new(0),
            kill: Notify::new(),
            moved: AtomicU64::new(now),
        });
        let id = self.next;
        self.next += 1;
        self.conns.insert(
            id,
            Conn {
                ip,
                state: state.clone(),
            },
        );
        *self.per_ip.entry(ip).or_insert(0) += 1;
        Some((id, state))
    }

    /// Closes the oldest connection (of `ip`, or of all) with no request in
    /// progress; whether there was one.
    fn evict_oldest_idle(&mut self, ip: Option<IpAddr>) -> bool {
        let victim = self
            .conns
            .iter()
            .find(|(_, c)| {
                ip.is_none_or(|ip| c.ip == ip) && c.state.busy.load(Ordering::Acquire) == 0
            })
            .map(|(id, _)| *id);
        match victim {
            Some(id) => {
                if let Some(c) = self.remove(id) {
                    c.state.kill.notify_one();
                }
                true
            }
            None => false,
        }
    }

    fn remove(&mut self, id: u64) -> Option<Conn> {
        let c = self.conns.remove(&id)?;
        if let Some(n) = self.per_ip.get_mut(&c.ip) {
            *n -= 1;
            if *n == 0 {
                self.per_ip.remove(&c.ip);
            }
        }
        Some(c)
    }
}

/// Counts a request in progress on its connection until dropped.
struct InProgress(Arc<ConnState>);

impl Drop for InProgress {
    fn drop(&mut self) {
        self.0.busy.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Serves `router` on `listener` until the process ends. `base` is the
/// path prefix of `--public-url` (`/` without one): a request under it is
/// routed as if it had come without it, so a proxy may pass the prefix on
/// or strip it.
pub(crate) async fn serve(listener: TcpListener, router: Router, base: String, limits: Limits) {
    let registry = Arc::new(Mutex::new(Registry::default()));
    let start = Instant::now();
    let base: Arc<str> = base.into();
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(c) => c,
            Err(e) => {
                // Out of files or a connection reset before it was
                // accepted: wait a little rather than spin.
                if !matches!(
                    e.kind(),
                    io::ErrorKind::ConnectionAborted | io::ErrorKind::ConnectionReset
                ) {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                continue;
            }
        };
        let now = start.elapsed().as_millis() as u64;
        let admitted =
            registry
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .admit(peer.ip(), limits, now);
        let Some((id, state)) = admitted else {
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let registry = registry.clone();
        let router = router.clone();
        let base = base.clone();
        tokio::spawn(async move {
            connection(stream, peer, router, base, state, start).await;
            registry
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(id);
        });
    }
}

/// One connection, until it ends, times out or is evicted.
async fn connection(
    stream: TcpStream,
    peer: SocketAddr,
    router: Router,
    base: Arc<str>,
    state: Arc<ConnState>,
    start: Instant,
) {
    let io = TokioIo::new(Tracked {
        inner: stream,
        moved: state.clone(),
        start,
    });
    let svc_state = state.clone();
    let service = hyper::service::service_fn(move |mut req: Request<Incoming>| {
        svc_state.busy.fetch_add(1, Ordering::AcqRel);
        let guard = InProgress(svc_state.clone());
        let router = router.clone();
        req.extensions_mut().insert(Peer(peer));
        strip_base(&mut req, &base);
        async move {
            let res = tower::ServiceExt::oneshot(router, req.map(Body::new)).await;
            drop(guard);
            res
        }
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(HEAD_TIMEOUT)
        .keep_alive(true);
    let conn = builder.serve_connection(io, service);
    tokio::select! {
        _ = conn => {}
        () = state.kill.notified() => {}
        () = stalled(&state, start) => {}
    }
}

/// Resolves when the connection has had no request in progress and moved
/// no byte for [`STALL_TIMEOUT`].
async fn stalled(state: &ConnState, start: Instant) {
    loop {
        let moved = Duration::from_millis(state.moved.load(Ordering::Acquire));
        let quiet = start.elapsed().saturating_sub(moved);
        if quiet >= STALL_TIMEOUT && state.busy.load(Ordering::Acquire) == 0 {
            return;
        }
        tokio::time::sleep(
            STALL_TIMEOUT
                .saturating_sub(quiet)
                .max(Duration::from_secs(1)),
        )
        .await;
    }
}

/// Routes `/kafedra/api/forms` as `/api/forms` when the base is `/kafedra/`.
fn strip_base<B>(req: &mut Request<B>, base: &str) {
    if base == "/" {
        return;
    }
    let path = req.uri().path();
    let rest = match path.strip_prefix(base.trim_end_matches('/')) {
        Some("") => "/",
        Some(r) if r.starts_with('/') => r,
        _ => return,
    };
    let new = match req.uri().query() {
        Some(q) => format!("{rest}?{q}"),
        None => rest.to_owned(),
    };
    if let Ok(uri) = new.parse::<Uri>() {
        *req.uri_mut() = uri;
    }
}

/// A socket that notes when a byte last moved.
struct Tracked {
    inner: TcpStream,
    moved: Arc<ConnState>,
    start: Instant,
}

impl Tracked {
    fn note(&self) {
        self.moved
            .moved
            .store(self.start.elapsed().as_millis() as u64, Ordering::Release);
    }
}

impl AsyncRead for Tracked {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let r = Pin::new(&mut self.inner).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.note();
        }
        r
    }
}

impl AsyncWrite for Tracked {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let r = Pin::new(&mut self.inner).poll_write(cx, buf);
        if matches!(r, Poll::Ready(Ok(n)) if n > 0) {
            self.note();
        }
        r
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let r = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(r, Poll::Ready(Ok(n)) if n > 0) {
            self.note();
        }
        r
    }
    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn a_full_address_gives_up_its_oldest_idle_connection() {
        let limits = Limits {
            per_ip: 2,
            total: 3,
        };
        let mut r = Registry::default();
        let (a, sa) = r.admit(ip("10.0.0.1"), limits, 0).unwrap();
        let (_b, sb) = r.admit(ip("10.0.0.1"), limits, 0).unwrap();
        // The third from the same address takes the place of the first.
        assert!(r.admit(ip("10.0.0.1"), limits, 0).is_some());
        assert!(!r.conns.contains_key(&a));
        drop(sa);
        // All busy: no place to take.
        sb.busy.store(1, Ordering::Release);
        for c in r.conns.values() {
            c.state.busy.store(1, Ordering::Release);
        }
        assert!(r.admit(ip("10.0.0.1"), limits, 0).is_none());
        // Another address still gets in, up to the total; beyond it, a
        // newcomer takes the place of the oldest idle one of any address.
        let (c, _) = r.admit(ip("10.0.0.2"), limits, 0).unwrap();
        assert!(r.admit(ip("10.0.0.3"), limits, 0).is_some());
        assert!(!r.conns.contains_key(&c));
        for c in r.conns.values() {
            c.state.busy.store(1, Ordering::Release);
        }
        assert!(r.admit(ip("10.0.0.4"), limits, 0).is_none());
        assert_eq!(r.per_ip.values().sum::<usize>(), r.conns.len());
    }

    #[test]
    fn the_base_is_taken_off() {
        let mut req = Request::new(());
        *req.uri_mut() = "/kafedra/api/forms?ui=ru".parse().unwrap_or_default();
        strip_base(&mut req, "/kafedra/");
        assert_eq!(req.uri().to_string(), "/api/forms?ui=ru");
        *req.uri_mut() = "/kafedra".parse().unwrap_or_default();
        strip_base(&mut req, "/kafedra/");
        assert_eq!(req.uri().path(), "/");
        *req.uri_mut() = "/kafedraX/a".parse().unwrap_or_default();
        strip_base(&mut req, "/kafedra/");
        assert_eq!(req.uri().path(), "/kafedraX/a");
        *req.uri_mut() = "/api/forms".parse().unwrap_or_default();
        strip_base(&mut req, "/kafedra/");
        assert_eq!(req.uri().path(), "/api/forms");
    }
}
