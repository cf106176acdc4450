//! The network settings of one run: a flag wins over `config.yaml`, which wins over the
//! built-in defaults.

use std::time::Duration;

use super::RecheckArgs;
use crate::config::file::{RecheckConfig, check_proxy};
use crate::domain::address::AllowedHosts;
use crate::net::NetSettings;

/// A flag wins over `config.yaml`, which wins over the built-in defaults. Only the hosts the
/// user's platforms file names exactly may be reached when they are not public.
pub(super) fn settings(
    args: &RecheckArgs,
    config: &RecheckConfig,
    allowed_hosts: &AllowedHosts,
) -> anyhow::Result<NetSettings> {
    let proxy = args.proxy.clone().or_else(|| config.proxy.clone());
    // Checked here rather than by clap, whose message would repeat the value (a password).
    if let Some(proxy) = &proxy {
        check_proxy(proxy).map_err(anyhow::Error::msg)?;
    }
    Ok(NetSettings {
        concurrency: args.concurrency.unwrap_or(config.concurrency).into(),
        per_host: args.per_host.unwrap_or(config.per_host).into(),
        host_interval: args.host_interval.unwrap_or(config.host_interval),
        timeout: args.timeout.unwrap_or(config.timeout),
        proxy,
        user_agent: args
            .user_agent
            .clone()
            .unwrap_or_else(|| config.user_agent.clone()),
        max_body: args.max_body.unwrap_or(config.max_body),
        max_image: args.max_image.unwrap_or(config.max_image),
        max_redirects: 10,
        retries: args.retries.unwrap_or(config.retries),
        max_retry_wait: Duration::from_secs(60),
        allowed_hosts: allowed_hosts.clone(),
    })
}
