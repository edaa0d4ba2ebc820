//! Request bodies: read by the guard once a request is let in (never
//! before: a body nobody may send is never buffered), whole, within
//! [`BODY_TIMEOUT`] and with no pause longer than [`BODY_PAUSE`], at most
//! the input limit each, and within a memory budget: [`BUDGET`] for all
//! large bodies held at once and [`BUDGET_PER_IP`] for one address, and a
//! budget of their own for small ones (up to [`SMALL`], what the pages
//! send as someone types), so that large bodies held by someone never
//! keep the pages from being answered. A body the budget cannot hold gets
//! 503 with `Retry-After` (it is not refused for what it is, only for now).
//!
//! A body is held from the moment its reading starts until its answer is
//! made: the budget bounds the memory of every body the server holds,
//! including those waiting in the work queue. The size reserved is the
//! announced `Content-Length` (the input limit for a chunked body).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use http_body_util::{BodyExt, Limited};

/// The time a body may take to arrive whole: 4 MiB at 1 Mbit/s takes 34 s.
pub(crate) const BODY_TIMEOUT: Duration = Duration::from_secs(60);

/// The longest a body may pause between two of its parts.
pub(crate) const BODY_PAUSE: Duration = Duration::from_secs(10);

/// A body up to this size is small: 256 KiB.
pub(crate) const SMALL: usize = 256 * 1024;

/// Largest body.
pub(crate) const MAX_BODY: usize = tirkeme::yaml::MAX_INPUT_BYTES;

/// Bytes of bodies held at once, in all.
pub(crate) const BUDGET: usize = 24 * MAX_BODY;

/// Bytes of bodies held at once from one address.
pub(crate) const BUDGET_PER_IP: usize = 6 * MAX_BODY;

/// Bytes of small bodies held at once, in all and from one address.
pub(crate) const SMALL_BUDGET: usize = 128 * SMALL;
/// See [`SMALL_BUDGET`].
pub(crate) const SMALL_BUDGET_PER_IP: usize = 32 * SMALL;

/// The bodies held now.
#[derive(Default)]
pub(crate) struct Budget {
    large: Mutex<Held>,
    small: Mutex<Held>,
}

#[derive(Default)]
struct Held {
    total: usize,
    per_ip: HashMap<IpAddr, usize>,
}

/// Part of the budget, given back when dropped.
pub(crate) struct Reservation {
    budget: Arc<Budget>,
    ip: IpAddr,
    bytes: usize,
}

impl Drop for Reservation {
    fn drop(&mut self) {
        let pool = if self.bytes <= SMALL {
            &self.budget.small
        } else {
            &self.budget.large
        };
        let mut held = pool.lock().unwrap_or_else(|e| e.into_inner());
        held.total -= self.bytes;
        if let Some(n) = held.per_ip.get_mut(&self.ip) {
            *n -= self.bytes;
            if *n == 0 {
                held.per_ip.remove(&self.ip);
            }
        }
    }
}

impl Budget {
    /// Reserves `bytes` for a body from `ip`; `None` when the budget cannot
    /// hold them now.
    pub(crate) fn reserve(self: &Arc<Self>, ip: IpAddr, bytes: usize) -> Option<Reservation> {
        let (pool, total, per_ip) = if bytes <= SMALL {
            (&self.small, SMALL_BUDGET, SMALL_BUDGET_PER_IP)
        } else {
            (&self.large, BUDGET, BUDGET_PER_IP)
        };
        let mut held = pool.lock().unwrap_or_else(|e| e.into_inner());
        let mine = held.per_ip.get(&ip).copied().unwrap_or(0);
        if held.total + bytes > total || mine + bytes > per_ip {
            return None;
        }
        held.total += bytes;
        *held.per_ip.entry(ip).or_insert(0) += bytes;
        Some(Reservation {
            budget: self.clone(),
            ip,
            bytes,
        })
    }
}

/// Why a body was not read.
#[derive(Debug, PartialEq)]
pub(crate) enum BodyError {
    /// Larger than [`MAX_BODY`] (413).
    TooLarge,
    /// Not whole within [`BODY_TIMEOUT`] (408).
    TooSlow,
    /// The connection broke while it was sent (400).
    Broken,
}

/// Reads a body whole. `announced`: its Content-Length (at most
/// [`MAX_BODY`], and already held of the budget), the size of the one
/// buffer it is read into; a buffer grown by doubling would hold up to
/// twice the bytes, and the allocator copies a large one it grows.
pub(crate) async fn read(body: Body, announced: Option<usize>) -> Result<Bytes, BodyError> {
    let deadline = tokio::time::Instant::now() + BODY_TIMEOUT;
    let mut body = Limited::new(body, MAX_BODY);
    let mut out = Vec::with_capacity(announced.unwrap_or(0).min(MAX_BODY));
    loop {
        let wait = deadline
            .saturating_duration_since(tokio::time::Instant::now())
            .min(BODY_PAUSE);
        let frame = match tokio::time::timeout(wait, body.frame()).await {
            Err(_) => return Err(BodyError::TooSlow),
            Ok(None) => return Ok(Bytes::from(out)),
            Ok(Some(Err(e))) if e.is::<http_body_util::LengthLimitError>() => {
                return Err(BodyError::TooLarge);
            }
            Ok(Some(Err(_))) => return Err(BodyError::Broken),
            Ok(Some(Ok(frame))) => frame,
        };
        if let Ok(data) = frame.into_data() {
            if out.is_empty() && out.capacity() == 0 {
                out.reserve(data.len());
            }
            out.extend_from_slice(&data);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_bodies_have_a_budget_of_their_own() {
        let b = Arc::new(Budget::default());
        let large: Vec<_> = (1..=40u8)
            .filter_map(|i| b.reserve(IpAddr::from([10, 0, 1, i]), MAX_BODY))
            .collect();
        assert_eq!(large.len(), BUDGET / MAX_BODY);
        assert!(b.reserve(IpAddr::from([10, 0, 2, 1]), 4096).is_some());
    }

    #[test]
    fn the_budget_is_shared_and_given_back() {
        let b = Arc::new(Budget::default());
        let a: IpAddr = IpAddr::from([10, 0, 0, 1]);
        let mine: Vec<_> = (0..6).filter_map(|_| b.reserve(a, MAX_BODY)).collect();
        assert_eq!(mine.len(), 6);
        assert!(
            b.reserve(a, SMALL + 1).is_none(),
            "one address holds at most its share"
        );
        let others: Vec<_> = (2..40u8)
            .filter_map(|i| b.reserve(IpAddr::from([10, 0, 0, i]), MAX_BODY))
            .collect();
        assert_eq!(mine.len() + others.len(), BUDGET / MAX_BODY);
        drop(mine);
        assert!(b.reserve(a, MAX_BODY).is_some());
    }
}
