//! The HTTP client: rustls with verified certificates (there is no switch to turn that off),
//! no cookies, redirects left to `fetch` so each hop is seen, and a proxy only when asked for.

use super::{Error, NetSettings};

pub(super) fn build(settings: &NetSettings) -> Result<reqwest::Client, Error> {
    let builder = reqwest::Client::builder()
        .user_agent(settings.user_agent.as_str())
        .timeout(settings.timeout)
        .connect_timeout(settings.timeout)
        .redirect(reqwest::redirect::Policy::none())
        .referer(false)
        .pool_max_idle_per_host(settings.per_host);
    let builder = match &settings.proxy {
        Some(proxy) => {
            let proxy = reqwest::Proxy::all(proxy.as_str()).map_err(|_| Error::Proxy)?;
            builder.proxy(proxy)
        }
        // A proxy that hides the helpline's address is chosen on purpose, never picked up
        // from a stray environment variable that cron may or may not have.
        None => builder.no_proxy(),
    };
    builder.build().map_err(|e| Error::Client(e.without_url()))
}
