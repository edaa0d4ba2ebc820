//! Request bodies: read by the guard once a request is let in (never
//! before: a body nobody may send is never buffered), whole, within
//! [`BODY_TIMEOUT`], at most the input limit each, and within a memory
//! budget of [`BUDGET`] for all bodies held at once and [`BUDGET_PER_IP`]
//! for one address. A body the budget cannot hold gets 503 with
//! `Retry-After` (it is not refused for what it is, only for now).
//!
//! A body is held from the moment its reading starts until its answer is
//! made: the budget bounds the memory of every body the server holds,
//! including those waiting in the work queue.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use http_body_util::{BodyExt, Limited};

/// The time a body may take to arrive whole: 4 MiB at 1 Mbit/s takes 34 s.
pub(crate) const BODY_TIMEOUT: Duration = Duration::from_secs(60);

/// Largest body.
pub(crate) const MAX_BODY: usize = tirkeme::yaml::MAX_INPUT_BYTES;

/// Bytes of bodies held at once, in all.
pub(crate) const BUDGET: usize = 24 * MAX_BODY;

/// Bytes of bodies held at once from one address.
pub(crate) const BUDGET_PER_IP: usize = 6 * MAX_BODY;

/// The bodies held now.
#[derive(Default)]
pub(crate) struct Budget {
    held: Mutex<Held>,
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
        let mut held = self.budget.held.lock().unwrap_or_else(|e| e.into_inner());
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
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        let mine = held.per_ip.get(&ip).copied().unwrap_or(0);
        if held.total + bytes > BUDGET || mine + bytes > BUDGET_PER_IP {
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

/// Reads a body whole.
pub(crate) async fn read(body: Body) -> Result<Bytes, BodyError> {
    let limited = Limited::new(body, MAX_BODY);
    match tokio::time::timeout(BODY_TIMEOUT, limited.collect()).await {
        Err(_) => Err(BodyError::TooSlow),
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => Err(BodyError::TooLarge),
        Ok(Err(_)) => Err(BodyError::Broken),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_is_shared_and_given_back() {
        let b = Arc::new(Budget::default());
        let a: IpAddr = IpAddr::from([10, 0, 0, 1]);
        let mine: Vec<_> = (0..6).filter_map(|_| b.reserve(a, MAX_BODY)).collect();
        assert_eq!(mine.len(), 6);
        assert!(
            b.reserve(a, 1).is_none(),
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
