//! The HTTP client: rustls with verified certificates (there is no switch to turn that off),
//! no cookies, redirects left to `fetch` so each hop is seen, a proxy only when asked for, and
//! the address rule on every connection (`guard`). Its only ways to send a request are [`get`]
//! and, for a time-stamping authority's query, [`post`], so nothing that fetches (recheck,
//! `og:image`, a capture, a timestamp) can skip the rule.
//!
//! [`get`]: Client::get
//! [`post`]: Client::post

use std::path::Path;

use super::fetch::FetchError;
use super::guard::{self, Lookup, Resolver};
use super::{Error, NetSettings};
use crate::domain::address::AllowedHosts;

pub(super) struct Client {
    http: reqwest::Client,
    allowed: AllowedHosts,
}

impl Client {
    pub(super) fn build(settings: &NetSettings) -> Result<Client, Error> {
        Client::with_lookup(settings, guard::system_lookup(), false)
    }

    /// The same client keeping each response's server certificate, which only a capture
    /// records.
    pub(super) fn capturing(settings: &NetSettings) -> Result<Client, Error> {
        Client::with_lookup(settings, guard::system_lookup(), true)
    }

    pub(super) fn with_lookup(
        settings: &NetSettings,
        lookup: Lookup,
        tls_info: bool,
    ) -> Result<Client, Error> {
        let proxy_host = match &settings.proxy {
            Some(proxy) => Some(
                reqwest::Url::parse(proxy)
                    .ok()
                    .and_then(|u| u.host_str().map(str::to_owned))
                    .ok_or(Error::Proxy)?,
            ),
            None => None,
        };
        let resolving = match &proxy_host {
            Some(host) => settings.allowed_hosts.with(host),
            None => settings.allowed_hosts.clone(),
        };
        let builder = reqwest::Client::builder()
            .user_agent(settings.user_agent.as_str())
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .referer(false)
            .tls_info(tls_info)
            .pool_max_idle_per_host(settings.per_host)
            .dns_resolver(Resolver::new(resolving, lookup));
        let builder = match &settings.ca_file {
            Some(path) => builder.tls_certs_merge(read_ca(path)?),
            None => builder,
        };
        let builder = match &settings.proxy {
            Some(proxy) => {
                let proxy = reqwest::Proxy::all(proxy.as_str()).map_err(|_| Error::Proxy)?;
                builder.proxy(proxy)
            }
            // A proxy that hides the helpline's address is chosen on purpose, never picked up
            // from a stray environment variable that cron may or may not have.
            None => builder.no_proxy(),
        };
        Ok(Client {
            http: builder
                .build()
                .map_err(|e| Error::Client(e.without_url()))?,
            allowed: settings.allowed_hosts.clone(),
        })
    }

    /// Sends a GET to `url` when its host passes the address rule. A user name and password
    /// in the URL (a redirect's `Location` may carry them) are dropped, never sent on as
    /// `Authorization`.
    pub(super) async fn get(&self, mut url: reqwest::Url) -> Result<reqwest::Response, FetchError> {
        guard::check_url(&url, &self.allowed).map_err(|_| FetchError::NotPublic)?;
        // Both succeed for every http(s) URL with a host, which `check_url` has seen.
        let _ = url.set_username("");
        let _ = url.set_password(None);
        self.http
            .get(url)
            .send()
            .await
            .map_err(|e| FetchError::from_reqwest(&e.without_url()))
    }
}

impl Client {
    /// Sends a POST of `body` to `url` when its host passes the address rule: a time-stamping
    /// authority's query (`tsa`). Its answer is never followed anywhere.
    pub(super) async fn post(
        &self,
        url: reqwest::Url,
        content_type: &'static str,
        body: Vec<u8>,
    ) -> Result<reqwest::Response, FetchError> {
        guard::check_url(&url, &self.allowed).map_err(|_| FetchError::NotPublic)?;
        self.http
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, content_type)
            .body(body)
            .send()
            .await
            .map_err(|e| FetchError::from_reqwest(&e.without_url()))
    }
}

/// The certificates of a PEM file, added to (never replacing) the OS roots.
fn read_ca(path: &Path) -> Result<Vec<reqwest::Certificate>, Error> {
    let pem = crate::config::read_ca_file(path).map_err(|source| Error::CaFile {
        path: path.to_owned(),
        source,
    })?;
    match reqwest::Certificate::from_pem_bundle(&pem) {
        Ok(certs) if !certs.is_empty() => Ok(certs),
        _ => Err(Error::BadCaFile {
            path: path.to_owned(),
        }),
    }
}
