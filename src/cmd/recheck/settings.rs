//! The network settings of one run: a flag wins over `config.yaml`, which wins over the
//! built-in defaults. `evidence capture` takes `config.yaml`'s, with no flags of its own.

use std::time::Duration;

use super::RecheckArgs;
use crate::config::file::{RecheckConfig, check_proxy};
use crate::domain::address::AllowedHosts;
use crate::net::NetSettings;

/// A flag (when `args` has one) wins over `config.yaml`, which wins over the built-in defaults.
/// Only the hosts the user's platforms file names exactly may be reached when they are not
/// public.
pub(crate) fn settings(
    args: Option<&RecheckArgs>,
    config: &RecheckConfig,
    allowed_hosts: &AllowedHosts,
) -> anyhow::Result<NetSettings> {
    let proxy = args
        .and_then(|a| a.proxy.clone())
        .or_else(|| config.proxy.clone());
    // Checked here rather than by clap, whose message would repeat the value (a password).
    if let Some(proxy) = &proxy {
        check_proxy(proxy).map_err(anyhow::Error::msg)?;
    }
    Ok(NetSettings {
        concurrency: args
            .and_then(|a| a.concurrency)
            .unwrap_or(config.concurrency)
            .into(),
        per_host: args
            .and_then(|a| a.per_host)
            .unwrap_or(config.per_host)
            .into(),
        host_interval: args
            .and_then(|a| a.host_interval)
            .unwrap_or(config.host_interval),
        timeout: args.and_then(|a| a.timeout).unwrap_or(config.timeout),
        proxy,
        user_agent: args
            .and_then(|a| a.user_agent.clone())
            .unwrap_or_else(|| config.user_agent.clone()),
        max_body: args.and_then(|a| a.max_body).unwrap_or(config.max_body),
        max_image: args.and_then(|a| a.max_image).unwrap_or(config.max_image),
        max_redirects: 10,
        retries: args.and_then(|a| a.retries).unwrap_or(config.retries),
        max_retry_wait: Duration::from_secs(60),
        allowed_hosts: allowed_hosts.clone(),
        ca_file: config.ca_file.clone(),
    })
}
