//! One link: redirects followed by hand (bounded, each hop through the host gate, the final
//! path kept for the classifier), transient failures retried with backoff, the body read up to
//! the byte cap and no further. A page that names a picture in `og:image` has that picture
//! fetched too, under the image cap, so that re-uploads can be recognised by their PDQ hash.

use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, LOCATION, RETRY_AFTER};

use super::NetSettings;
use super::client::Client;
use super::hosts::Hosts;
use crate::domain::address::Refused;
use crate::domain::page_image;

/// What came back, as far as it was read.
pub(crate) struct Page {
    pub(crate) status: u16,
    /// The path of the last hop when there was a redirect.
    pub(crate) redirected_to: Option<String>,
    /// The host of the last hop, without the path (what `link show` may show).
    pub(crate) final_host: Option<String>,
    /// Redirects followed.
    pub(crate) redirects: u32,
    pub(crate) body: Vec<u8>,
    /// Whether the whole body was read (it was not cut at the byte cap).
    pub(crate) complete: bool,
    /// The picture a successful page names in `og:image`, when it was fetched whole.
    pub(crate) og_image: Option<Vec<u8>>,
}

/// Sizes and flags only: the redirect's path and the body can both say what the link is
/// (ARCHITECTURE §5).
impl fmt::Debug for Page {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Page")
            .field("status", &self.status)
            .field("redirects", &self.redirects)
            .field("body_bytes", &self.body.len())
            .field("complete", &self.complete)
            .field("og_image_bytes", &self.og_image.as_ref().map(Vec::len))
            .finish()
    }
}

/// Why a link could not be fetched. It never carries the URL (ARCHITECTURE §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub(crate) enum FetchError {
    #[error("timed out")]
    Timeout,
    #[error("the host name does not resolve (DNS)")]
    Dns,
    #[error("cannot connect (refused, unreachable, or the proxy)")]
    Connect,
    /// The certificate did not verify, or the TLS handshake failed: never read as an answer.
    #[error("the TLS handshake failed (an untrusted or invalid certificate)")]
    Tls,
    #[error("the connection was reset")]
    Reset,
    #[error("the server broke the HTTP protocol")]
    Protocol,
    #[error("too many redirects")]
    TooManyRedirects,
    #[error("a redirect without a usable http or https location")]
    BadRedirect,
    #[error("not an http or https URL")]
    BadUrl,
    /// The link, a redirect or its `og:image` names a host, or a name resolves to an address,
    /// that is not public (`domain::address`).
    #[error("the link or a redirect leads to a local or private address")]
    NotPublic,
}

impl FetchError {
    /// The short name stored with an `error` observation.
    pub(crate) fn kind(self) -> &'static str {
        match self {
            FetchError::Timeout => "timeout",
            FetchError::Dns => "dns",
            FetchError::Connect => "connect",
            FetchError::Tls => "tls",
            FetchError::Reset => "reset",
            FetchError::Protocol => "protocol",
            FetchError::TooManyRedirects => "too_many_redirects",
            FetchError::BadRedirect => "bad_redirect",
            FetchError::BadUrl => "bad_url",
            FetchError::NotPublic => "not_public",
        }
    }

    pub(super) fn is_transient(self) -> bool {
        matches!(
            self,
            FetchError::Timeout | FetchError::Connect | FetchError::Reset
        )
    }

    pub(super) fn from_reqwest(err: &reqwest::Error) -> FetchError {
        if err.is_timeout() {
            return FetchError::Timeout;
        }
        let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(err);
        while let Some(e) = cause {
            if e.is::<rustls::Error>() {
                return FetchError::Tls;
            }
            // The resolver refused every address of a name.
            if e.is::<Refused>() {
                return FetchError::NotPublic;
            }
            // hyper-util's connector names a failed lookup only in its message; the guard's
            // resolver fails a lookup too when it refused every address (found further down).
            if e.to_string().starts_with("dns error") {
                return if refused_below(e) {
                    FetchError::NotPublic
                } else {
                    FetchError::Dns
                };
            }
            if let Some(io) = e.downcast_ref::<std::io::Error>() {
                if io.kind() == std::io::ErrorKind::TimedOut {
                    return FetchError::Timeout;
                }
                // hyper hands rustls' error over inside `io::Error`s, whose `source` skips the
                // error they carry.
                if let Some(inner) = io.get_ref() {
                    cause = Some(inner);
                    continue;
                }
            }
            cause = e.source();
        }
        if err.is_connect() {
            return FetchError::Connect;
        }
        // A connection reset or closed mid-message (hyper says "incomplete message") is an
        // error of the request or the body; a malformed response is neither.
        if err.is_request() || err.is_body() {
            return FetchError::Reset;
        }
        FetchError::Protocol
    }
}

/// Whether the address rule's refusal is among the causes of `err`.
fn refused_below(err: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(err);
    while let Some(e) = cause {
        if e.is::<Refused>() {
            return true;
        }
        cause = match e
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => Some(inner),
            None => e.source(),
        };
    }
    false
}

/// `host:port` of a URL, the key of the per-host limit; the URL's text if it has no authority.
pub(super) fn host_key_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host)
}

pub(super) async fn fetch(
    client: &Client,
    hosts: &Hosts,
    settings: &NetSettings,
    url: &str,
) -> Result<Page, FetchError> {
    let mut attempt = 0;
    loop {
        let wait = match follow(client, hosts, settings, url, true).await {
            Err(err) if err.is_transient() && attempt < settings.retries => backoff(attempt),
            Ok(Attempt::Busy(retry_after, _)) if attempt < settings.retries => {
                retry_after.unwrap_or_else(|| backoff(attempt))
            }
            // The last answer as it came: a challenge page is told by its body (issue 19).
            Ok(Attempt::Busy(_, page)) => return Ok(page),
            Ok(Attempt::Done(page)) => return Ok(page),
            Err(err) => return Err(err),
        };
        attempt += 1;
        tokio::time::sleep(wait.min(settings.max_retry_wait)).await;
    }
}

enum Attempt {
    Done(Page),
    /// 429 or 503: try again, after `Retry-After` when the server gave one; the page is what
    /// the last try leaves.
    Busy(Option<Duration>, Page),
}

pub(super) fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(500) * 2u32.saturating_pow(attempt)
}

async fn follow(
    client: &Client,
    hosts: &Hosts,
    settings: &NetSettings,
    url: &str,
    with_og_image: bool,
) -> Result<Attempt, FetchError> {
    let mut current = reqwest::Url::parse(url).map_err(|_| FetchError::BadUrl)?;
    let mut redirects = 0;
    for _ in 0..=settings.max_redirects {
        let redirected = redirects > 0;
        check_scheme(&current, redirected)?;
        let slot = hosts.enter(host_key_of(current.as_str())).await;
        let mut response = client.get(current.clone()).await?;
        let status = response.status();
        if let Some(next) = redirect_target(&response, &current)? {
            current = next;
            redirects += 1;
            continue;
        }
        let landed = |body, complete, og_image| Page {
            status: status.as_u16(),
            redirected_to: redirected.then(|| current.path().to_owned()),
            final_host: current.host_str().map(str::to_owned),
            redirects,
            body,
            complete,
            og_image,
        };
        if status == StatusCode::TOO_MANY_REQUESTS || status == StatusCode::SERVICE_UNAVAILABLE {
            let wait = retry_after(response.headers());
            let (body, complete) = read_capped(&mut response, settings.max_body).await?;
            return Ok(Attempt::Busy(wait, landed(body, complete, None)));
        }
        let (is_image, cap) = body_cap(&response, settings);
        let (body, complete) = read_capped(&mut response, cap).await?;
        // The image may live on the same host: its request must not wait for this slot.
        drop(slot);
        let image_url = (with_og_image && status.is_success() && !is_image)
            .then(|| page_image::og_image(&body))
            .flatten()
            .and_then(|u| current.join(&u).ok());
        let og_image = match image_url {
            // Boxed: an async fn cannot hold itself inline. One level only (`false`).
            Some(url) => match Box::pin(follow(client, hosts, settings, url.as_str(), false)).await
            {
                Ok(Attempt::Done(p)) if p.complete && (200..300).contains(&p.status) => {
                    Some(p.body)
                }
                _ => None,
            },
            None => None,
        };
        return Ok(Attempt::Done(landed(body, complete, og_image)));
    }
    Err(FetchError::TooManyRedirects)
}

/// Only http and https are fetched; anything else is a bad link, or a bad redirect after one.
pub(super) fn check_scheme(url: &reqwest::Url, redirected: bool) -> Result<(), FetchError> {
    match (url.scheme(), redirected) {
        ("http" | "https", _) => Ok(()),
        (_, true) => Err(FetchError::BadRedirect),
        (_, false) => Err(FetchError::BadUrl),
    }
}

/// Where a redirect points, resolved against the URL asked for; `None` for any other answer (a
/// 3xx without `Location` is an answer too).
pub(super) fn redirect_target(
    response: &reqwest::Response,
    current: &reqwest::Url,
) -> Result<Option<reqwest::Url>, FetchError> {
    let location = match response.headers().get(LOCATION) {
        Some(location) if response.status().is_redirection() => location,
        _ => return Ok(None),
    };
    location
        .to_str()
        .ok()
        .and_then(|l| current.join(l).ok())
        .map(Some)
        .ok_or(FetchError::BadRedirect)
}

/// Whether the answer is a picture (`image/*`), and so how much of its body is read.
pub(super) fn body_cap(response: &reqwest::Response, settings: &NetSettings) -> (bool, usize) {
    let is_image = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.trim_start().to_ascii_lowercase().starts_with("image/"));
    let cap = if is_image {
        settings.max_image
    } else {
        settings.max_body
    };
    (is_image, cap)
}

/// Reads chunks until the cap, then stops: the rest of a large video is never downloaded.
pub(super) async fn read_capped(
    response: &mut reqwest::Response,
    cap: usize,
) -> Result<(Vec<u8>, bool), FetchError> {
    let mut body = Vec::with_capacity(cap.min(64 * 1024));
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| FetchError::from_reqwest(&e.without_url()))?
    {
        let room = cap - body.len();
        if chunk.len() > room {
            body.extend_from_slice(&chunk[..room]);
            return Ok((body, false));
        }
        body.extend_from_slice(&chunk);
    }
    Ok((body, true))
}

/// `Retry-After` as seconds or as an HTTP date.
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = jiff::fmt::rfc2822::parse(value).ok()?.timestamp();
    let wait = date.duration_since(jiff::Timestamp::now());
    Some(Duration::try_from(wait).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_in_debug_shows_neither_its_redirect_nor_its_body() {
        let page = Page {
            status: 200,
            redirected_to: Some("/private-path/after-redirect".to_owned()),
            final_host: Some("private-host.example".to_owned()),
            redirects: 1,
            body: b"<title>private page text</title>".to_vec(),
            complete: true,
            og_image: Some(b"private picture bytes".to_vec()),
        };
        let debug = format!("{page:?}");
        for secret in [
            "private-path",
            "after-redirect",
            "private page text",
            "picture",
            "private-host",
        ] {
            assert!(!debug.contains(secret), "{debug}");
        }
        assert!(debug.contains("status: 200"), "{debug}");
    }

    #[test]
    fn host_keys_keep_the_port_and_drop_the_rest() {
        assert_eq!(host_key_of("https://a.example/x?y"), "a.example");
        assert_eq!(host_key_of("http://127.0.0.1:8080/x"), "127.0.0.1:8080");
        assert_eq!(host_key_of("http://u@a.example#f"), "a.example");
    }

    #[test]
    fn retry_after_takes_seconds_or_a_date() {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(RETRY_AFTER, "3".parse().unwrap());
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(3)));
        headers.insert(
            RETRY_AFTER,
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
        );
        assert_eq!(retry_after(&headers), Some(Duration::ZERO), "a past date");
        headers.insert(RETRY_AFTER, "soon".parse().unwrap());
        assert_eq!(retry_after(&headers), None);
    }

    #[test]
    fn backoff_doubles() {
        assert_eq!(backoff(0), Duration::from_millis(500));
        assert_eq!(backoff(2), Duration::from_secs(2));
    }
}
