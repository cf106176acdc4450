//! The address rule (`domain::address`) on every connection the client makes. Two checks, one
//! rule: each request's host before it is sent (address literals never reach a resolver), and
//! every address a name resolves to, inside the client's own resolver, which hands the
//! connector only the addresses it checked. The connection therefore goes to a checked address:
//! no second lookup that a rebinding DNS server could answer differently.
//!
//! Behind an http or `socks5h` proxy the proxy resolves names, so only address literals and
//! local names can be refused there (README says so).

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use futures::future::BoxFuture;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};

use crate::domain::address::{self, AllowedHosts, Refused};

/// Turns a name into addresses: the system's resolver, or a fixed table in tests.
pub(super) type Lookup =
    Arc<dyn Fn(String) -> BoxFuture<'static, io::Result<Vec<IpAddr>>> + Send + Sync>;

/// The system resolver (`getaddrinfo`, on a blocking thread), as reqwest's own default uses.
pub(super) fn system_lookup() -> Lookup {
    Arc::new(|name: String| {
        Box::pin(async move {
            let found = tokio::net::lookup_host((name.as_str(), 0)).await?;
            Ok(found.map(|at| at.ip()).collect())
        })
    })
}

/// Whether a request may go to `url`'s host: the same rule as `link add`, applied to every hop.
pub(super) fn check_url(url: &reqwest::Url, allowed: &AllowedHosts) -> Result<(), Refused> {
    let host = url.host_str().ok_or(Refused::Malformed)?;
    address::check(host, None, allowed)
}

/// The client's resolver: resolves, then keeps only the addresses the rule allows.
pub(super) struct Resolver {
    allowed: AllowedHosts,
    lookup: Lookup,
}

impl Resolver {
    /// `allowed` also holds the proxy's host, which staff chose: a proxy on `localhost` is
    /// reached through this resolver too.
    pub(super) fn new(allowed: AllowedHosts, lookup: Lookup) -> Resolver {
        Resolver { allowed, lookup }
    }
}

impl Resolve for Resolver {
    fn resolve(&self, name: Name) -> Resolving {
        let name = name.as_str().to_owned();
        let allowed = self.allowed.clone();
        let lookup = Arc::clone(&self.lookup);
        Box::pin(async move {
            // Unwrapped, so that `FetchError` finds the `Refused` in the error's sources.
            let checked = addresses(&name, &allowed, &lookup).await.map_err(
                |why| -> Box<dyn std::error::Error + Send + Sync> {
                    match why {
                        Unreachable::Refused(why) => Box::new(why),
                        Unreachable::Lookup(err) => Box::new(err),
                    }
                },
            )?;
            Ok(Box::new(checked.into_iter().map(|ip| SocketAddr::new(ip, 0))) as Addrs)
        })
    }
}

/// Why a host has no address the tool may connect to.
#[derive(Debug, thiserror::Error)]
pub(super) enum Unreachable {
    #[error(transparent)]
    Refused(#[from] Refused),
    #[error(transparent)]
    Lookup(#[from] io::Error),
}

/// The addresses the tool may connect to for `host` (a URL's host): an address literal as it
/// is, without asking anyone; a name through `lookup`, after the rule has seen the name (so
/// `localhost` never reaches a resolver), keeping only the addresses the rule allows. The
/// rule's refusal when it left none.
pub(super) async fn addresses(
    host: &str,
    allowed: &AllowedHosts,
    lookup: &Lookup,
) -> Result<Vec<IpAddr>, Unreachable> {
    address::check(host, None, allowed)?;
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    if let Ok(ip) = bare.parse::<IpAddr>() {
        return Ok(vec![ip]);
    }
    let mut refused = None;
    let checked: Vec<IpAddr> = lookup(host.to_owned())
        .await?
        .into_iter()
        .filter(|&ip| match address::check(host, Some(ip), allowed) {
            Ok(()) => true,
            Err(why) => {
                refused = Some(why);
                false
            }
        })
        .collect();
    match (checked.is_empty(), refused) {
        (true, Some(why)) => Err(why.into()),
        _ => Ok(checked),
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Read as _, Write as _};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    use super::*;
    use crate::net::NetSettings;
    use crate::net::client::Client;
    use crate::net::fetch::FetchError;

    /// A server on 127.0.0.1 that counts connections and answers each with `200 ok`.
    fn server() -> (u16, Arc<AtomicUsize>) {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let port = listener.local_addr().expect("bound").port();
        let connections = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&connections);
        std::thread::spawn(move || {
            for mut conn in listener.incoming().flatten() {
                counted.fetch_add(1, Ordering::SeqCst);
                let mut request = [0; 4096];
                let _ = conn.read(&mut request);
                let _ = conn.write_all(
                    b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok",
                );
            }
        });
        (port, connections)
    }

    fn settings(allowed: &[&str]) -> NetSettings {
        NetSettings {
            concurrency: 1,
            per_host: 1,
            host_interval: Duration::ZERO,
            timeout: Duration::from_secs(10),
            proxy: None,
            user_agent: "test".to_owned(),
            max_body: 1024,
            max_image: 1024,
            max_redirects: 0,
            retries: 0,
            max_retry_wait: Duration::ZERO,
            allowed_hosts: AllowedHosts::new(allowed.iter().copied()),
            ca_file: None,
        }
    }

    /// Every name resolves to 127.0.0.1, as a rebinding or hostile DNS server would answer;
    /// the calls are counted.
    fn loopback_dns(calls: &Arc<AtomicUsize>) -> Lookup {
        let calls = Arc::clone(calls);
        Arc::new(move |_name: String| {
            calls.fetch_add(1, Ordering::SeqCst);
            Box::pin(async {
                Ok(vec![
                    IpAddr::from([127, 0, 0, 1]),
                    IpAddr::from([10, 0, 0, 1]),
                ])
            })
        })
    }

    #[test]
    fn a_name_resolving_to_a_local_address_is_never_connected_to() {
        let (port, connections) = server();
        let calls = Arc::new(AtomicUsize::new(0));
        let client =
            Client::with_lookup(&settings(&["mirror.example"]), loopback_dns(&calls), false)
                .expect("a client");
        let get = |host: &str| {
            let url = reqwest::Url::parse(&format!("http://{host}:{port}/")).expect("a URL");
            crate::net::runtime::block_on(async {
                client.get(url).await.map(|r| r.status().as_u16())
            })
        };
        assert!(matches!(get("evil.example"), Err(FetchError::NotPublic)));
        assert_eq!(connections.load(Ordering::SeqCst), 0, "it connected");
        assert_eq!(
            calls.load(Ordering::SeqCst),
            1,
            "one lookup, no second one to rebind"
        );
        // A local name is refused before any lookup.
        assert!(matches!(get("localhost"), Err(FetchError::NotPublic)));
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        // The host the helpline named is reached at the address the lookup gave, and only
        // through that one lookup.
        assert_eq!(get("mirror.example").ok(), Some(200));
        assert_eq!(connections.load(Ordering::SeqCst), 1);
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn a_proxy_on_a_local_host_is_reached_and_local_literals_are_still_refused() {
        let (port, connections) = server();
        let calls = Arc::new(AtomicUsize::new(0));
        let mut with_proxy = settings(&[]);
        // An http proxy that is really our little server: it answers every request with 200.
        with_proxy.proxy = Some(format!("http://proxy.example:{port}"));
        let client =
            Client::with_lookup(&with_proxy, loopback_dns(&calls), false).expect("a client");
        let get = |url: &str| {
            let url = reqwest::Url::parse(url).expect("a URL");
            crate::net::runtime::block_on(async {
                client.get(url).await.map(|r| r.status().as_u16())
            })
        };
        assert_eq!(get("http://public.example/").ok(), Some(200));
        assert_eq!(connections.load(Ordering::SeqCst), 1);
        // Only the proxy's name was looked up: behind a proxy, the proxy resolves the rest,
        // so only literals and local names are refused there.
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        for local in ["http://127.0.0.1/", "http://localhost/", "http://[::1]/"] {
            assert!(matches!(get(local), Err(FetchError::NotPublic)), "{local}");
        }
        assert_eq!(connections.load(Ordering::SeqCst), 1);
    }
}
