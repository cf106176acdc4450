//! `takedown recheck`: glue only. Rules in `domain::recheck` and `domain::schedule`, HTTP in
//! `net`, SQL in `store`.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;

use crate::config::file::{self, parse_duration};
use crate::ctx::Ctx;
use crate::domain::ids::CaseId;
use crate::domain::recheck::{self, Marker, Outcome, Seen};
use crate::domain::states::CaseOp;
use crate::error::ExitStatus;
use crate::net;
use crate::render;

mod alert;
mod failing;
mod judge;
mod pick;
mod probe;
pub(crate) mod settings;
mod tally;

use crate::store::CheckTarget;
use alert::Attention;
use judge::judge;
use settings::settings;
use tally::Tally;

/// Check due links (or all links of open cases); exit 1 when one resurfaced or is past its deadline
///
/// Each link is fetched (bounded: a byte cap per body, bounded redirects, no cookies, TLS always
/// verified), judged with its platform's removal markers, and the observation is stored with
/// its time. A second run while one is going exits at once, quietly, with status 0. Every e-mail
/// in the outbox that needs a decision (uncertain, failed, withheld) is named, and also makes
/// the exit status 1.
#[derive(Debug, Default, clap::Args)]
#[command(after_long_help = "Examples:
  takedown recheck --due -q                  what cron runs
  takedown recheck --all --case C-7KQ2 --json
  takedown recheck --dry-run                 which links are due now, by id; nothing fetched
  takedown recheck --all --proxy socks5h://127.0.0.1:9050   through Tor")]
pub(crate) struct RecheckArgs {
    /// Only links whose next check is due (the default)
    #[arg(long, conflicts_with = "all")]
    due: bool,
    /// Every link of open and held cases, due or not
    #[arg(long)]
    all: bool,
    /// Only links of this case
    #[arg(long, value_name = "ID")]
    case: Option<CaseId>,
    /// Only links of this platform, e.g. `facebook`
    #[arg(long, value_name = "P")]
    platform: Option<String>,
    /// List the links this run would check, by id, and fetch none
    #[arg(long)]
    dry_run: bool,
    /// Requests in flight at once, over all hosts [default: 16]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    concurrency: Option<u16>,
    /// Requests in flight at once to one host [default: 2]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    per_host: Option<u16>,
    /// Least time between two requests to one host, e.g. `500ms`, `2s` [default: 1s]
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    host_interval: Option<Duration>,
    /// Time allowed for one request, e.g. `30s` [default: 30s]
    #[arg(long, value_name = "DURATION", value_parser = |s: &str| parse_duration(s).and_then(file::check_timeout))]
    timeout: Option<Duration>,
    /// Further tries after a reset, a timeout, a 429 or a 503 [default: 2]
    #[arg(long, value_name = "N", value_parser = |s: &str| number(s).and_then(file::check_retries))]
    retries: Option<u32>,
    /// Proxy for every request: http://, https:// or socks5h:// (Tor: socks5h://127.0.0.1:9050)
    #[arg(
        long,
        value_name = "URL",
        env = "TAKEDOWN_PROXY",
        hide_env_values = true
    )]
    proxy: Option<String>,
    /// User-Agent header sent with every request [default: takedown/VERSION]
    #[arg(long, value_name = "UA", value_parser = |s: &str| file::check_user_agent(s).map(|()| s.to_owned()))]
    user_agent: Option<String>,
    /// Bytes read of each page: enough for removal texts and a content hash [default: 1048576]
    #[arg(long, value_name = "BYTES", value_parser = |s: &str| number(s).and_then(|n| file::check_bytes(n, file::MIN_BODY)))]
    max_body: Option<usize>,
    /// Wait before the second fetch that confirms a change (removed, unavailable, resurfaced),
    /// e.g. `10s`, at most `10m` [default: 5s]
    #[arg(long, value_name = "DURATION", value_parser = |s: &str| parse_duration(s).and_then(file::check_confirm_after))]
    confirm_after: Option<Duration>,
    /// Bytes read of a picture (a link to an image, or a page's `og:image`), hashed with PDQ to
    /// recognise re-uploads [default: 16777216]
    #[arg(long, value_name = "BYTES", value_parser = |s: &str| number(s).and_then(|n| file::check_bytes(n, file::MIN_IMAGE)))]
    max_image: Option<usize>,
}

/// A whole number, for the flags that check their range after parsing.
fn number<N: std::str::FromStr>(text: &str) -> Result<N, String> {
    text.parse()
        .map_err(|_| format!("`{text}` is not a whole number"))
}

/// Unsaved observations are stored at least this often, even while hung servers keep a run going.
const SAVE_EVERY: Duration = Duration::from_secs(2);

pub(crate) fn run(args: RecheckArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    if args.dry_run {
        return pick::dry_run(&args, ctx);
    }
    let printer = ctx.printer();
    // What a re-check sees moves links' statuses: recorded with who ran it (`cron` on schedule).
    let by = ctx.staff()?;
    if let Some(case) = &args.case {
        crate::cmd::gate(ctx, case, CaseOp::Recheck)?;
    }
    let store = ctx.store()?;
    let Some(_lock) = ctx.run_lock()? else {
        printer.note(&"another `takedown recheck` is running; this one stops without checking");
        return Ok(ExitStatus::Success);
    };
    let catalog = ctx.catalog()?;
    let config = &ctx.config()?.recheck;
    let targets = pick::targets(&args, ctx, store, ctx.now())?;
    let known = tally::Known {
        removed_content: store.removed_content()?,
        removed_images: store.removed_images()?,
        live_images: store.live_images()?,
        threshold: ctx.config()?.matching.threshold,
    };
    let mut by_platform: HashMap<&str, Arc<[Marker]>> = HashMap::new();
    let markers: Vec<Arc<[Marker]>> = targets
        .iter()
        .map(|t| {
            let markers = by_platform
                .entry(t.platform.as_str())
                .or_insert_with(|| catalog.removal_markers_for(t.platform.as_str()).into());
            Arc::clone(markers)
        })
        .collect();
    let mut tally = Tally {
        ctx,
        known,
        log: store.observation_log(SAVE_EVERY, by),
        bar: printer.progress(targets.len()),
        counts: [0; Seen::ALL.len()],
        failures: Vec::new(),
        attention: Attention::default(),
    };
    // Both looks, the first and the confirming one, go through the same guarded settings.
    let net = settings(Some(&args), config, catalog.allowed_hosts())?;
    // First looks; a change waits for a second look (index, the first look's outcome).
    let mut held: Vec<(usize, Outcome)> = Vec::new();
    let (fetch, answers) = probe::targets(catalog, &targets);
    let first_markers = markers.clone();
    let digest = move |index: usize, fetched| judge(fetched, &first_markers[index]);
    let probe = move |index: usize, fetched| probe::judge(fetched, &answers[index]);
    net::fetch_all(&net, fetch, SAVE_EVERY, probe, digest, |event| {
        let net::Event::Fetched(index, (seen, facts)) = event else {
            return tally.log.save(false).context("cannot store observations");
        };
        let target = &targets[index];
        let sha256 = facts.sha256.as_deref();
        let outcome = recheck::observe(
            &target.standing,
            seen,
            sha256,
            &tally.known.removed_content,
            ctx.now(),
        );
        if !outcome.needs_confirming() {
            return tally.finish(target, outcome, facts);
        }
        let first = recheck::unconfirmed(&target.standing, seen, ctx.now());
        held.push((index, first.clone()));
        tally.hold(target, first, facts)
    })?;
    if !held.is_empty() {
        std::thread::sleep(args.confirm_after.unwrap_or(config.confirm_after));
        let again: Vec<CheckTarget> = held.iter().map(|(i, _)| targets[*i].clone()).collect();
        let (fetch, answers) = probe::targets(catalog, &again);
        let second: Vec<_> = held.iter().map(|(i, _)| Arc::clone(&markers[*i])).collect();
        let digest = move |index: usize, fetched| judge(fetched, &second[index]);
        let probe = move |index: usize, fetched| probe::judge(fetched, &answers[index]);
        net::fetch_all(&net, fetch, SAVE_EVERY, probe, digest, |event| {
            let net::Event::Fetched(index, (seen, facts)) = event else {
                return tally.log.save(false).context("cannot store observations");
            };
            let (target, first) = (&targets[held[index].0], &held[index].1);
            let sha256 = facts.sha256.as_deref();
            let outcome =
                recheck::confirm(first, seen, sha256, &tally.known.removed_content, ctx.now());
            tally.finish(target, outcome, facts)
        })?;
    }
    let Tally {
        mut log,
        bar,
        counts,
        failures,
        attention,
        ..
    } = tally;
    log.save(true).context("cannot store observations")?;
    bar.finish_and_clear();
    // Under `-q` (cron) the warnings above are the summary: a quiet run that found nothing says
    // nothing.
    if !printer.json() && !printer.quiet() {
        printer.line(&render::recheck::summary(
            targets.len(),
            &counts,
            attention.resurfaced,
            attention.past_deadline,
        ))?;
    }
    alert::send(ctx, &attention.alerts);
    // The unattended run names every e-mail a person must decide on (uncertain, failed,
    // withheld): nobody else would notice them.
    let mail = crate::cmd::outbox::name_needing_attention(ctx)?;
    if let Some(failed) = failing::watch(ctx, targets.len(), &failures, net.proxy.is_some())? {
        return Err(failed);
    }
    Ok(
        if attention.resurfaced + attention.past_deadline + mail > 0 {
            ExitStatus::Attention
        } else {
            ExitStatus::Success
        },
    )
}
