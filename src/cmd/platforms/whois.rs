//! `takedown platforms whois`: the hosting provider's abuse contact for a link on a host no
//! catalogue knows. Glue: the link's host is resolved once under the address rule (`net::resolve`), its address goes to
//! the registry IANA's bootstrap file names (`config::rdap`), through the same guarded client and caps
//! as recheck (`net::fetch_one`), and the answer is read by `domain::rdap`. Nothing but the host
//! name (to the resolver) and the address (to the registry) leaves the machine.

use std::time::Duration;

use anyhow::{Context as _, anyhow, bail};

use crate::config;
use crate::ctx::Ctx;
use crate::domain::address::AllowedHosts;
use crate::domain::ids::LinkId;
use crate::domain::rdap;
use crate::domain::url::{self, NormalizedUrl};
use crate::error::ExitStatus;
use crate::net::{self, NetSettings};
use crate::render::whois::{WhoisView, page};

/// Find a host's hosting provider and its abuse contact (RDAP); exit 1 when none is listed
#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Only the link's host name goes to the resolver and only its address goes to the registry; \
the link's path and query never leave the machine. A registry that no longer holds the address \
redirects to the one that does.

Examples:
  takedown platforms whois L-7KQ2X
  echo 'https://files.example.pk/v/123' | takedown platforms whois -
  takedown platforms whois L-7KQ2X --json")]
pub(crate) struct WhoisArgs {
    /// A link id, or `-` to read one link from standard input
    #[arg(value_name = "LINK")]
    target: String,
    /// Ask this RDAP server instead of the registry IANA's bootstrap file names (a helpline's
    /// mirror): https, or http to this machine only
    #[arg(long, value_name = "URL")]
    rdap_server: Option<String>,
}

/// Registry answers are small; a larger body is cut, and then is no JSON.
const MAX_ANSWER: usize = 1024 * 1024;

pub(crate) fn run(args: WhoisArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let catalog = ctx.catalog()?;
    let (link, url) = target(&args.target, ctx)?;
    let label = link
        .as_ref()
        .map_or_else(|| "the link".to_owned(), |id| format!("`{id}`"));
    let host = url.host();
    // A registry holds public addresses only, so no host is exempt here, not even one a
    // platforms file names: the rule refuses a local host before anything is sent.
    let addr = match net::resolve(host, &AllowedHosts::default()) {
        Ok(addrs) => addrs[0],
        Err(net::Error::NotPublic(why)) => bail!(
            "the host of {label} is or resolves to an address that is not public ({why}): no registry holds it"
        ),
        Err(err) => {
            return Err(err)
                .with_context(|| format!("cannot find the address of the host of {label}"));
        }
    };
    let (base, bootstrap) = match &args.rdap_server {
        Some(text) => (config::rdap::server(text)?, None),
        None => {
            let bootstrap = config::rdap::bootstrap(addr)?;
            let base = bootstrap
                .registry(addr)
                .context("IANA's bootstrap file names no registry for this address")?
                .parse()?;
            (base, Some(bootstrap.publication))
        }
    };
    let asked = base.host_str().unwrap_or_default().to_owned();
    let query = base.join(&format!("ip/{addr}"))?;
    let recheck = &ctx.config()?.recheck;
    let settings = NetSettings {
        concurrency: 1,
        per_host: 1,
        host_interval: Duration::ZERO,
        timeout: recheck.timeout,
        proxy: recheck.proxy.clone(),
        user_agent: recheck.user_agent.clone(),
        max_body: MAX_ANSWER,
        max_image: MAX_ANSWER,
        max_redirects: 5,
        retries: recheck.retries,
        max_retry_wait: Duration::from_secs(30),
        // The one host the rule lets through although it may be local: the server the user
        // named with `--rdap-server` (a mirror, or a test's registry). IANA's registries and
        // every redirect are checked like any fetch.
        allowed_hosts: match args.rdap_server {
            Some(_) => AllowedHosts::new([asked.as_str()]),
            None => AllowedHosts::default(),
        },
        ca_file: recheck.ca_file.clone(),
    };
    let answered_at = ctx.now();
    let answer = net::fetch_one(&settings, query.as_str())?
        .map_err(|err| anyhow!("the registry `{asked}` did not answer: {err}"))?;
    match answer.status {
        200..=299 => {}
        404 => bail!("the registry `{asked}` has no network for the address of {label}"),
        status => bail!("the registry `{asked}` answered HTTP {status} instead of a network"),
    }
    let network = rdap::parse_network(&answer.body)
        .map_err(|err| anyhow!("the answer of the registry `{asked}` cannot be used: {err}"))?;
    let link_text = link.map(|id| id.to_string());
    let view = WhoisView {
        link: link_text.as_deref(),
        host,
        address: addr.to_string(),
        platform: catalog.detect(host).map(|p| p.id.as_str()),
        asked: &asked,
        bootstrap: bootstrap.as_deref(),
        answered_at,
        network: &network,
    };
    if ctx.printer().json() {
        ctx.printer().json_line(&view)?;
    } else {
        ctx.printer().line(&page(&view))?;
    }
    if let Some(platform) = view.platform {
        ctx.printer().note(&format_args!(
            "the host belongs to `{platform}`: its own channels come first (`takedown platforms show {platform}`)"
        ));
    }
    Ok(if network.abuse.iter().any(|c| !c.emails.is_empty()) {
        ExitStatus::Success
    } else {
        ctx.printer()
            .warn(&"the registry lists no abuse e-mail for this network");
        ExitStatus::Attention
    })
}

/// The link asked about: a stored link by id, or one line from standard input.
fn target(text: &str, ctx: &Ctx<'_>) -> anyhow::Result<(Option<LinkId>, NormalizedUrl)> {
    if text == "-" {
        let input = crate::cmd::read_stdin(64 * 1024)?;
        let line = input
            .lines()
            .map(str::trim)
            .find(|line| !line.is_empty())
            .context("no link on standard input")?;
        let url = url::normalize(line, ctx.catalog()?).context("cannot read the link")?;
        return Ok((None, url));
    }
    let id: LinkId = text
        .parse()
        .map_err(|err| anyhow!("{err} (give a link id such as `L-7KQ2X`, or `-`)"))?;
    let link = ctx.store()?.link(&id)?;
    Ok((Some(id), link.url))
}
