//! Politeness per host: at most `per_host` requests in flight to one host, and request starts at
//! least `interval` apart. Sites run by abusers should not see a burst from the helpline, and
//! platforms rate-limit bursts with 429s that cost more time than the interval.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

/// Shared by the fetches on every worker thread. The locks are held for a lookup or a time
/// swap only, never across an `.await`.
pub(super) struct Hosts {
    per_host: usize,
    interval: Duration,
    hosts: Mutex<HashMap<String, Arc<Host>>>,
}

struct Host {
    slots: Arc<Semaphore>,
    next_start: Mutex<Instant>,
}

impl Hosts {
    pub(super) fn new(per_host: usize, interval: Duration) -> Hosts {
        Hosts {
            per_host: per_host.max(1),
            interval,
            hosts: Mutex::default(),
        }
    }

    /// Waits for a free slot and this host's next start time; the slot is held until the
    /// returned permit is dropped.
    pub(super) async fn enter(&self, host: &str) -> OwnedSemaphorePermit {
        let host = Arc::clone(
            self.hosts
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .entry(host.to_owned())
                .or_insert_with(|| {
                    Arc::new(Host {
                        slots: Arc::new(Semaphore::new(self.per_host)),
                        next_start: Mutex::new(Instant::now()),
                    })
                }),
        );
        let permit = Arc::clone(&host.slots)
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        let now = Instant::now();
        let start = {
            let mut next = host
                .next_start
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            let start = (*next).max(now);
            *next = start + self.interval;
            start
        };
        // A timer costs a turn of the driver even when it is already due.
        if start > now {
            tokio::time::sleep_until(start).await;
        }
        permit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_to_one_host_are_spaced_and_other_hosts_do_not_wait() {
        let hosts = Hosts::new(4, Duration::from_millis(200));
        let elapsed = crate::net::runtime::block_on(async {
            let begin = Instant::now();
            let _a = hosts.enter("a").await;
            let _b = hosts.enter("b").await;
            let quick = begin.elapsed();
            let _a2 = hosts.enter("a").await;
            (quick, begin.elapsed())
        });
        assert!(elapsed.0 < Duration::from_millis(150), "{elapsed:?}");
        assert!(elapsed.1 >= Duration::from_millis(200), "{elapsed:?}");
    }

    #[test]
    fn at_most_per_host_requests_in_flight() {
        let hosts = Hosts::new(1, Duration::ZERO);
        crate::net::runtime::block_on(async {
            let held = hosts.enter("a").await;
            let second = tokio::time::timeout(Duration::from_millis(50), hosts.enter("a")).await;
            assert!(second.is_err(), "a second slot was granted");
            drop(held);
            let third = tokio::time::timeout(Duration::from_secs(30), hosts.enter("a")).await;
            assert!(third.is_ok());
        });
    }
}
