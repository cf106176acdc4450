//! The network edge and the only async code: one runtime per run (`runtime`), polite
//! concurrency (`hosts`), bounded fetches (`fetch`), captures (`capture`) and time-stamping
//! authorities (`tsa`). Plain data in and out: it never sees
//! the store, and neither its errors nor its logs carry a URL.

mod capture;
mod client;
mod fetch;
mod guard;
mod hosts;
mod runtime;
mod tsa;

use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;
use tokio::sync::mpsc::Sender;

pub(crate) use capture::{Capture, CaptureError, Exchange};
pub(crate) use fetch::{FetchError, Page};
pub(crate) use tsa::stamp_all;

use crate::domain::address::AllowedHosts;
use crate::domain::url::{NormalizedUrl, ProbeUrl};

/// What to fetch for one link: its page, and first its platform's probe when it has one.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    pub(crate) page: NormalizedUrl,
    pub(crate) probe: Option<ProbeUrl>,
}

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
    /// Hosts reachable even when not public: those the user's platforms file names exactly.
    pub(crate) allowed_hosts: AllowedHosts,
    /// PEM certificates trusted beside the OS roots (`recheck.ca_file`): a helpline's own
    /// interception proxy, or a test server's CA.
    pub(crate) ca_file: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    /// No cause attached: it could repeat parts of the address, which may hold a password.
    #[error("the proxy address is not a usable http, https or socks5h URL")]
    Proxy,
    #[error("cannot set up the HTTP client")]
    Client(#[source] reqwest::Error),
    /// No cause attached: the resolver's message may repeat the host name.
    #[error("the host name does not resolve to an address")]
    Resolve,
    /// The host, or every address it resolves to, is not public.
    #[error("the host is {0}, not a public address")]
    NotPublic(crate::domain::address::Refused),
    #[error("cannot read the CA file `{}`", .path.display())]
    CaFile {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the CA file `{}` holds no PEM certificate", .path.display())]
    BadCaFile { path: PathBuf },
}

/// What `fetch_all` hands back while it runs.
#[derive(Debug)]
pub(crate) enum Event<T> {
    /// What `digest` made of the fetch of `urls[index]`.
    Fetched(usize, T),
    /// Nothing arrived for a while: a moment to save what has.
    Idle,
}

/// Results wait here for the calling thread. They are small (`digest` has dropped the body), so
/// the queue can be long enough that workers never wait for a store that is busy committing.
const QUEUE: usize = 4096;

/// How long the calling thread lets results gather before it takes them: on a fast network
/// they arrive thousands a second, and waking the thread for each would cost more than the
/// storing does.
const GATHER: Duration = Duration::from_millis(2);

/// Fetches every target on the runtime's workers, where `digest` turns each page into what the
/// caller keeps and drops the body, and hands each result to `on_event` on this thread. A target
/// with a probe has the probe fetched first and judged by `probe`; only when that gives no
/// answer is the page fetched too (`None`: the probe did not say). At most
/// `concurrency` fetches (and so bodies) are under way at once: 10,000 links never mean 10,000
/// bodies in memory. `on_event` also runs at least every `idle` when nothing arrives (hung
/// servers must not keep finished results unsaved); an error from it ends the run.
pub(crate) fn fetch_all<T, E>(
    settings: &NetSettings,
    targets: Vec<Target>,
    idle: Duration,
    probe: impl Fn(usize, Result<Page, FetchError>) -> Option<T> + Send + Sync + 'static,
    digest: impl Fn(usize, Result<Page, FetchError>) -> T + Send + Sync + 'static,
    mut on_event: impl FnMut(Event<T>) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send + 'static,
    E: From<Error>,
{
    let order = interleave_hosts(targets.iter().map(|t| t.page.as_str()));
    let run = Arc::new(Run {
        client: client::Client::build(settings)?,
        hosts: hosts::Hosts::new(settings.per_host, settings.host_interval),
        settings: settings.clone(),
        targets,
        probe,
        digest,
    });
    let (sender, mut results) = tokio::sync::mpsc::channel(QUEUE);
    runtime::block_on(async move {
        tokio::spawn(feed(run, order, sender));
        let mut arrived = Vec::with_capacity(QUEUE);
        loop {
            match tokio::time::timeout(idle, results.recv_many(&mut arrived, QUEUE)).await {
                Ok(0) => return Ok(()),
                Ok(_) => {
                    for (index, result) in arrived.drain(..) {
                        on_event(Event::Fetched(index, result))?;
                    }
                }
                Err(_) => on_event(Event::Idle)?,
            }
            tokio::time::sleep(GATHER).await;
        }
    })
}

/// The addresses `host` (a URL's host: a name, an IPv4 address or a bracketed IPv6 address)
/// resolves to that the address rule allows, through the system resolver, in the order it gives
/// them: the same check the client makes before it connects (`guard`). An address literal is
/// taken as it is, without asking anyone, and a local name never reaches the resolver.
pub(crate) fn resolve(host: &str, allowed: &AllowedHosts) -> Result<Vec<IpAddr>, Error> {
    let lookup = guard::system_lookup();
    let addrs =
        runtime::block_on(guard::addresses(host, allowed, &lookup)).map_err(|why| match why {
            guard::Unreachable::Refused(why) => Error::NotPublic(why),
            guard::Unreachable::Lookup(_) => Error::Resolve,
        })?;
    if addrs.is_empty() {
        return Err(Error::Resolve);
    }
    Ok(addrs)
}

/// Fetches one URL the way `fetch_all` fetches links (the same guarded client, redirects, caps
/// and retries), for a one-off question such as an RDAP query.
pub(crate) fn fetch_one(
    settings: &NetSettings,
    url: &str,
) -> Result<Result<Page, FetchError>, Error> {
    let client = client::Client::build(settings)?;
    let hosts = hosts::Hosts::new(settings.per_host, settings.host_interval);
    Ok(runtime::block_on(fetch::fetch(
        &client, &hosts, settings, url,
    )))
}

/// Captures every URL for evidence (`evidence capture`), with the same client, politeness and
/// caps as `fetch_all`, and the server certificates kept. Results come back in the order of
/// `urls`; each capture is whole (a body over the cap fails it), so at most `concurrency` of them
/// are in memory while they run, and all of them once it returns: callers pass a batch.
pub(crate) fn capture_all(
    settings: &NetSettings,
    urls: &[NormalizedUrl],
) -> Result<Vec<Result<Capture, CaptureError>>, Error> {
    use futures::StreamExt as _;
    let client = client::Client::capturing(settings)?;
    let hosts = hosts::Hosts::new(settings.per_host, settings.host_interval);
    Ok(runtime::block_on(
        futures::stream::iter(urls)
            .map(|url| capture::capture(&client, &hosts, settings, url.as_str()))
            .buffered(settings.concurrency.max(1))
            .collect(),
    ))
}

/// What every fetch of one run shares.
struct Run<P, D> {
    client: client::Client,
    hosts: hosts::Hosts,
    settings: NetSettings,
    targets: Vec<Target>,
    probe: P,
    digest: D,
}

impl<T, P, D> Run<P, D>
where
    P: Fn(usize, Result<Page, FetchError>) -> Option<T>,
    D: Fn(usize, Result<Page, FetchError>) -> T,
{
    /// The probe's verdict when it gives one, else the page's.
    async fn check(&self, index: usize) -> T {
        let target = &self.targets[index];
        if let Some(url) = &target.probe {
            let answer =
                fetch::fetch(&self.client, &self.hosts, &self.settings, url.as_str()).await;
            if let Some(verdict) = (self.probe)(index, answer) {
                return verdict;
            }
        }
        let page = fetch::fetch(
            &self.client,
            &self.hosts,
            &self.settings,
            target.page.as_str(),
        )
        .await;
        (self.digest)(index, page)
    }
}

/// Starts the fetches in `order`, at most `concurrency` at once. The run ends when the last
/// sender is dropped: here, once every fetch has started, and in each fetch once its result is
/// handed over.
async fn feed<T, P, D>(run: Arc<Run<P, D>>, order: Vec<usize>, results: Sender<(usize, T)>)
where
    T: Send + 'static,
    P: Fn(usize, Result<Page, FetchError>) -> Option<T> + Send + Sync + 'static,
    D: Fn(usize, Result<Page, FetchError>) -> T + Send + Sync + 'static,
{
    let slots = Arc::new(Semaphore::new(run.settings.concurrency.max(1)));
    for index in order {
        let slot = Arc::clone(&slots)
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        let (run, results) = (Arc::clone(&run), results.clone());
        tokio::spawn(async move {
            // Hashing a page takes microseconds, so it runs right here; decoding a picture
            // takes longer but holds only this worker while the other keeps the I/O going.
            let digested = run.check(index).await;
            drop(slot);
            // `Err` only when the run ended early and nobody receives.
            let _ = results.send((index, digested)).await;
        });
    }
}

/// Round-robin over hosts, so that a host's queue does not fill every global slot while the
/// per-host limit makes them wait and other hosts sit idle.
fn interleave_hosts<'u>(urls: impl Iterator<Item = &'u str>) -> Vec<usize> {
    let mut rank: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut order: Vec<(usize, usize)> = urls
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
    fn resolving_takes_public_literals_as_they_are_and_refuses_local_hosts() {
        let none = AllowedHosts::default();
        assert_eq!(
            resolve("8.8.8.8", &none).unwrap(),
            ["8.8.8.8".parse::<IpAddr>().unwrap()]
        );
        assert_eq!(
            resolve("[2a00:1450::1]", &none).unwrap(),
            ["2a00:1450::1".parse::<IpAddr>().unwrap()]
        );
        for local in [
            "localhost",
            "127.0.0.1",
            "[::1]",
            "10.1.2.3",
            "169.254.169.254",
        ] {
            assert!(
                matches!(resolve(local, &none), Err(Error::NotPublic(_))),
                "{local}"
            );
        }
        // A host the user named is reachable wherever it is, as for every fetch.
        assert_eq!(
            resolve("127.0.0.1", &AllowedHosts::new(["127.0.0.1"])).unwrap(),
            ["127.0.0.1".parse::<IpAddr>().unwrap()]
        );
        assert!(matches!(
            resolve("no-such-host.invalid", &none),
            Err(Error::Resolve)
        ));
    }

    #[test]
    fn hosts_take_turns() {
        let urls = [
            "http://a.example/1",
            "http://a.example/2",
            "http://a.example/3",
            "http://b.example/1",
            "http://c.example:8080/1",
        ]
        .map(String::from);
        assert_eq!(
            interleave_hosts(urls.iter().map(String::as_str)),
            [0, 3, 4, 1, 2]
        );
    }
}
