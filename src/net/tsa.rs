//! RFC 3161 time-stamping authorities over HTTP (RFC 3161 §3.4): one POST of a DER query as
//! `application/timestamp-query` per authority, in the order configured, until one answers with
//! something the caller accepts. Same client as the fetches (TLS verified, the proxy, no
//! redirects followed), the answer read up to a cap. Only the query leaves: it holds a hash.
//!
//! The address rule applies as to every request, with the authorities' own hosts allowed: staff
//! name them in `config.yaml`, as they name the proxy, so a helpline may run its authority on
//! its own network; nothing a victim or an abuser sends can add one.

use std::fmt;

use super::client::Client;
use super::fetch::read_capped;
use super::{Error, NetSettings, runtime};
use futures::StreamExt as _;

/// Why one authority gave no token. It names the authority (staff configuration, not evidence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refusal {
    pub(crate) authority: String,
    pub(crate) reason: String,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}`: {}", self.authority, self.reason)
    }
}

/// One query's outcome: the accepted value and the authority that gave it, or every
/// authority's refusal.
pub(crate) type Answer<T> = Result<(T, String), Vec<Refusal>>;

/// The host (and port) of an authority's URL: what messages and the store name.
fn authority_name(url: &url::Url) -> String {
    match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_owned(),
        _ => url.as_str().to_owned(),
    }
}

/// Sends each query to the authorities in turn; `accept(index, answer)` checks an answer and
/// says why it is not a token. Each result is the accepted value and the authority's name, or
/// every authority's refusal. At most `settings.per_host` queries are out at once.
pub(crate) fn stamp_all<T, A>(
    settings: &NetSettings,
    authorities: &[url::Url],
    queries: &[Vec<u8>],
    max_answer: usize,
    accept: A,
) -> Result<Vec<Answer<T>>, Error>
where
    A: Fn(usize, &[u8]) -> Result<T, String>,
{
    let client = Client::build(settings)?;
    let ask = |index: usize| {
        let (client, accept) = (&client, &accept);
        async move {
            let mut refusals = Vec::new();
            for url in authorities {
                let authority = authority_name(url);
                let reason = match post(client, url, &queries[index], max_answer).await {
                    Ok(answer) => match accept(index, &answer) {
                        Ok(value) => return Ok((value, authority)),
                        Err(reason) => reason,
                    },
                    Err(reason) => reason,
                };
                tracing::debug!(%authority, %reason, "no timestamp");
                refusals.push(Refusal { authority, reason });
            }
            Err(refusals)
        }
    };
    Ok(runtime::block_on(
        futures::stream::iter(0..queries.len())
            .map(ask)
            .buffered(settings.per_host.max(1))
            .collect(),
    ))
}

async fn post(
    client: &Client,
    url: &url::Url,
    query: &[u8],
    max_answer: usize,
) -> Result<Vec<u8>, String> {
    let mut response = client
        .post(url.clone(), "application/timestamp-query", query.to_vec())
        .await
        .map_err(|e| e.to_string())?;
    let status = response.status();
    if !status.is_success() {
        return Err(format!("answered HTTP {}", status.as_u16()));
    }
    let (answer, complete) = read_capped(&mut response, max_answer)
        .await
        .map_err(|e| e.to_string())?;
    if !complete {
        return Err(format!(
            "the answer is larger than {max_answer} bytes, so not a token"
        ));
    }
    Ok(answer)
}
