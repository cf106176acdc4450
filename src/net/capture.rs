//! One link captured as evidence (`evidence capture`): every hop's request and response, kept
//! whole, the server's certificate, and the page's main picture. Unlike `fetch`, nothing is cut
//! short: a body over the cap fails the capture, since half a page is not what the server sent.
//!
//! reqwest hands over parsed messages, not the bytes on the wire, so each head is written back
//! in HTTP/1.1 form: the request as this client sends it (line, `host`, `user-agent`,
//! `accept`), the response's status line (with the standard reason phrase) and its headers in
//! the order received, names in lower case as the parser gives them. The body is the bytes read;
//! a chunked body arrives de-chunked, so its `transfer-encoding` header is kept under another
//! name (`x-takedown-transfer-encoding`) and WARC readers do not try to de-chunk it again.

use std::fmt;

use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, TRANSFER_ENCODING};

use super::NetSettings;
use super::client::Client;
use super::fetch::{
    FetchError, backoff, body_cap, check_scheme, host_key_of, read_capped, redirect_target,
};
use super::hosts::Hosts;
use crate::domain::page_image;

/// One request and its answer.
pub(crate) struct Exchange {
    /// Where this hop went. Sensitive: never logged, never in an error.
    pub(crate) url: String,
    pub(crate) request_head: Vec<u8>,
    pub(crate) response_head: Vec<u8>,
    pub(crate) status: u16,
    pub(crate) content_type: Option<String>,
    pub(crate) body: Vec<u8>,
    /// The server's leaf certificate (DER) over TLS: all that reqwest exposes of the chain.
    pub(crate) certificate: Option<Vec<u8>>,
}

/// Sizes and status only (ARCHITECTURE §5).
impl fmt::Debug for Exchange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Exchange")
            .field("status", &self.status)
            .field("body_bytes", &self.body.len())
            .field("tls", &self.certificate.is_some())
            .finish()
    }
}

/// A link as captured.
#[derive(Debug)]
pub(crate) struct Capture {
    /// Redirects, then the page (a 2xx answer).
    pub(crate) hops: Vec<Exchange>,
    /// The hops to the picture the page names in `og:image`, when it has one; an error when the
    /// picture could not be fetched whole (the page is still captured).
    pub(crate) og_image: Option<Result<Vec<Exchange>, CaptureError>>,
}

/// Why a link (or its picture) could not be captured. Never carries the URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub(crate) enum CaptureError {
    #[error("{0}")]
    Fetch(FetchError),
    #[error("the server answered {0}, not a page")]
    Status(u16),
    #[error(
        "the answer is larger than the byte cap ({0} bytes: `recheck.max_body`, or `recheck.max_image` for pictures)"
    )]
    TooLarge(usize),
}

impl From<FetchError> for CaptureError {
    fn from(err: FetchError) -> CaptureError {
        CaptureError::Fetch(err)
    }
}

pub(super) async fn capture(
    client: &Client,
    hosts: &Hosts,
    settings: &NetSettings,
    url: &str,
) -> Result<Capture, CaptureError> {
    let hops = retried(client, hosts, settings, url).await?;
    let page = hops.last().expect("`follow` returns at least one hop");
    let is_image = page
        .content_type
        .as_deref()
        .is_some_and(|t| t.trim_start().to_ascii_lowercase().starts_with("image/"));
    let picture_url = (!is_image)
        .then(|| page_image::og_image(&page.body))
        .flatten()
        .and_then(|u| reqwest::Url::parse(&page.url).ok()?.join(&u).ok());
    let og_image = match picture_url {
        Some(url) => Some(retried(client, hosts, settings, url.as_str()).await),
        None => None,
    };
    Ok(Capture { hops, og_image })
}

/// `follow`, tried again after a transient failure, a 429 or a 503, then held to a 2xx answer.
async fn retried(
    client: &Client,
    hosts: &Hosts,
    settings: &NetSettings,
    url: &str,
) -> Result<Vec<Exchange>, CaptureError> {
    let mut attempt = 0;
    loop {
        let result = follow(client, hosts, settings, url).await;
        let busy = |hops: &[Exchange]| {
            hops.last().is_some_and(|h| {
                h.status == StatusCode::TOO_MANY_REQUESTS
                    || h.status == StatusCode::SERVICE_UNAVAILABLE
            })
        };
        let again = match &result {
            Err(CaptureError::Fetch(err)) => err.is_transient(),
            Ok(hops) => busy(hops),
            Err(_) => false,
        };
        if !again || attempt >= settings.retries {
            let hops = result?;
            let status = hops
                .last()
                .expect("`follow` returns at least one hop")
                .status;
            return match status {
                200..300 => Ok(hops),
                _ => Err(CaptureError::Status(status)),
            };
        }
        tokio::time::sleep(backoff(attempt).min(settings.max_retry_wait)).await;
        attempt += 1;
    }
}

/// Follows redirects by hand, keeping every hop whole.
async fn follow(
    client: &Client,
    hosts: &Hosts,
    settings: &NetSettings,
    url: &str,
) -> Result<Vec<Exchange>, CaptureError> {
    let mut current = reqwest::Url::parse(url).map_err(|_| FetchError::BadUrl)?;
    let mut hops = Vec::new();
    for _ in 0..=settings.max_redirects {
        check_scheme(&current, !hops.is_empty())?;
        let slot = hosts.enter(host_key_of(current.as_str())).await;
        let request_head = request_head(&current, &settings.user_agent);
        let mut response = client.get(current.clone()).await?;
        let next = redirect_target(&response, &current)?;
        let content_type = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let certificate = response
            .extensions()
            .get::<reqwest::tls::TlsInfo>()
            .and_then(reqwest::tls::TlsInfo::peer_certificate)
            .map(<[u8]>::to_vec);
        let response_head = response_head(&response);
        let status = response.status().as_u16();
        let (_, cap) = body_cap(&response, settings);
        let (body, complete) = read_capped(&mut response, cap).await?;
        drop(slot);
        if !complete {
            return Err(CaptureError::TooLarge(cap));
        }
        hops.push(Exchange {
            url: current.to_string(),
            request_head,
            response_head,
            status,
            content_type,
            body,
            certificate,
        });
        match next {
            Some(next) => current = next,
            None => return Ok(hops),
        }
    }
    Err(FetchError::TooManyRedirects.into())
}

/// The request this client sends for `url`, in HTTP/1.1 form.
fn request_head(url: &reqwest::Url, user_agent: &str) -> Vec<u8> {
    let mut target = url.path().to_owned();
    if let Some(query) = url.query() {
        target.push('?');
        target.push_str(query);
    }
    let host = match url.port() {
        Some(port) => format!("{}:{port}", url.host_str().unwrap_or_default()),
        None => url.host_str().unwrap_or_default().to_owned(),
    };
    format!(
        "GET {target} HTTP/1.1\r\nhost: {host}\r\nuser-agent: {user_agent}\r\naccept: */*\r\n\r\n"
    )
    .into_bytes()
}

/// The status line and headers as received, in HTTP/1.1 form.
fn response_head(response: &reqwest::Response) -> Vec<u8> {
    let status = response.status();
    let mut head = format!(
        "HTTP/1.1 {} {}\r\n",
        status.as_u16(),
        status.canonical_reason().unwrap_or("")
    )
    .into_bytes();
    for (name, value) in response.headers() {
        let name = if name == TRANSFER_ENCODING {
            "x-takedown-transfer-encoding"
        } else {
            name.as_str()
        };
        head.extend_from_slice(name.as_bytes());
        head.extend_from_slice(b": ");
        head.extend_from_slice(value.as_bytes());
        head.extend_from_slice(b"\r\n");
    }
    head.extend_from_slice(b"\r\n");
    head
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_request_head_names_the_host_and_port_and_keeps_the_query() {
        let url = reqwest::Url::parse("http://127.0.0.1:8080/a/b?c=1#frag").unwrap();
        assert_eq!(
            String::from_utf8(request_head(&url, "takedown/0")).unwrap(),
            "GET /a/b?c=1 HTTP/1.1\r\nhost: 127.0.0.1:8080\r\nuser-agent: takedown/0\r\naccept: */*\r\n\r\n"
        );
    }

    #[test]
    fn an_exchange_in_debug_shows_neither_its_url_nor_its_body() {
        let exchange = Exchange {
            url: "https://private.example/secret-path".to_owned(),
            request_head: b"GET /secret-path".to_vec(),
            response_head: b"HTTP/1.1 200 OK".to_vec(),
            status: 200,
            content_type: None,
            body: b"private page text".to_vec(),
            certificate: None,
        };
        let debug = format!("{exchange:?}");
        assert!(
            !debug.contains("secret") && !debug.contains("private"),
            "{debug}"
        );
    }
}
