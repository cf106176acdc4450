//! The network edge and the only async code: one current-thread runtime (`runtime`), polite
//! concurrency (`hosts`), and bounded fetches (`fetch`). Plain data in and out: it never sees
//! the store, and neither its errors nor its logs carry a URL.

mod client;
mod fetch;
mod hosts;
mod runtime;

use std::time::Duration;

use futures::StreamExt as _;
use futures::future::Either;

pub(crate) use fetch::{FetchError, Page};

/// How links are fetched. `cmd/recheck` fills it from flags; the defaults are polite.
#[derive(Debug, Clone)]
pub(crate) struct NetSettings {
    /// Requests in flight at once, over all hosts.
    pub(crate) concurrency: usize,
    pub(crate) per_host: usize,
    /// The least time between the starts of two requests to one host.
    pub(crate) host_interval: Duration,
    /// For one request, from connecting to the last byte read.
    pub(crate) timeout: Duration,
    /// `http://`, `https://` or `socks5h://` (names resolved by the proxy: Tor).
    pub(crate) proxy: Option<String>,
    pub(crate) user_agent: String,
    /// Bytes read of each body: enough for removal texts and a content hash.
    pub(crate) max_body: usize,
    /// Bytes read of a body served as `image/*` (the link itself or its page's `og:image`):
    /// larger than `max_body`, since a picture cut short cannot be hashed.
    pub(crate) max_image: usize,
    pub(crate) max_redirects: usize,
    /// Further tries after a transient failure (reset, timeout, 429, 503).
    pub(crate) retries: u32,
    /// The longest wait before a retry, whatever `Retry-After` asks.
    pub(crate) max_retry_wait: Duration,
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    /// No cause attached: it could repeat parts of the address, which may hold a password.
    #[error("the proxy address is not a usable http, https or socks5h URL")]
    Proxy,
    #[error("cannot set up the HTTP client")]
    Client(#[source] reqwest::Error),
}

/// What `fetch_all` hands back while it runs.
#[derive(Debug)]
pub(crate) enum Event {
    /// The result for `urls[index]`.
    Fetched(usize, Result<Page, FetchError>),
    /// Nothing arrived for a while: a moment to save what has.
    Idle,
}

/// Fetches every URL and hands each result to `on_event` as it arrives, so only the bodies in
/// flight are ever held: 10,000 links never mean 10,000 bodies in memory. `on_event` runs
/// between fetches on this thread, and at least every `idle` even when nothing arrives (hung
/// servers must not keep finished results unsaved); an error from it ends the run.
pub(crate) fn fetch_all<E: From<Error>>(
    settings: &NetSettings,
    urls: &[&str],
    idle: Duration,
    mut on_event: impl FnMut(Event) -> Result<(), E>,
) -> Result<(), E> {
    let client = client::build(settings)?;
    let hosts = hosts::Hosts::new(settings.per_host, settings.host_interval);
    let order = interleave_hosts(urls);
    runtime::block_on(async {
        let mut results = futures::stream::iter(order)
            .map(|index| {
                let fetch = fetch::fetch(&client, &hosts, settings, urls[index]);
                async move { (index, fetch.await) }
            })
            .buffer_unordered(settings.concurrency.max(1));
        loop {
            let next = std::pin::pin!(results.next());
            let tick = std::pin::pin!(tokio::time::sleep(idle));
            // Dropping an unfinished `next` loses nothing: the stream keeps its fetches.
            match futures::future::select(next, tick).await {
                Either::Left((Some((index, result)), _)) => {
                    on_event(Event::Fetched(index, result))?;
                }
                Either::Left((None, _)) => return Ok(()),
                Either::Right(_) => on_event(Event::Idle)?,
            }
        }
    })
}

/// Round-robin over hosts, so that a host's queue does not fill every global slot while the
/// per-host limit makes them wait and other hosts sit idle.
fn interleave_hosts(urls: &[&str]) -> Vec<usize> {
    let mut rank: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut order: Vec<(usize, usize)> = urls
        .iter()
        .enumerate()
        .map(|(index, url)| {
            let n = rank.entry(fetch::host_key_of(url)).or_default();
            *n += 1;
            (*n, index)
        })
        .collect();
    order.sort_unstable();
    order.into_iter().map(|(_, index)| index).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_take_turns() {
        let urls = [
            "http://a.example/1",
            "http://a.example/2",
            "http://a.example/3",
            "http://b.example/1",
            "http://c.example:8080/1",
        ];
        assert_eq!(interleave_hosts(&urls), [0, 3, 4, 1, 2]);
    }
}
