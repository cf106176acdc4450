//! `evidence timestamp`: queued RFC 3161 requests sent now, the way `evidence add`, `evidence
//! capture` and the unattended job send them. Glue only: the query and the token's checks in
//! `tsp`, HTTP in `net`, the queue in `store`.

use anyhow::Context as _;

use crate::cmd::recheck::settings::settings;
use crate::ctx::Ctx;
use crate::domain::address::AllowedHosts;
use crate::domain::ids::EvidenceId;
use crate::error::ExitStatus;
use crate::net;
use crate::store::QueuedStamp;
use crate::tsp;

/// Fetch queued trusted timestamps now (RFC 3161)
///
/// Every evidence item gets a timestamp from the authorities in `timestamp.tsa` (config.yaml),
/// asked in order: only the item's SHA-256 is sent, and the token is kept once it is granted,
/// stamps that very SHA-256 with the nonce asked for, and its signature chains to a
/// certificate in `timestamp.trust`. Items whose stamp is queued (no authority answered, or
/// none answered with a good token) and items added before `timestamp.tsa` was set are asked
/// for now. `takedown cron` runs this. Exit 0 when nothing is left queued, 1 when some items
/// are still waiting (each named, with every authority's reason).
#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Examples:
  takedown evidence timestamp
  takedown evidence list --case C-7KQ2        the STAMP column")]
pub(crate) struct TimestampArgs {}

pub(crate) fn run(_args: TimestampArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    if ctx.config()?.timestamp.tsa.is_empty() {
        anyhow::bail!(
            "no time-stamping authority is configured: set `timestamp.tsa` and `timestamp.trust` in config.yaml"
        );
    }
    let pass = stamp(ctx, None)?;
    if pass.stamped == 0 && pass.waiting.is_empty() {
        ctx.printer().note(&"no evidence waits for a timestamp");
    }
    Ok(pass.status())
}

/// The unattended job: quiet when no authority is configured or nothing waits.
pub(crate) fn job(ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    if ctx.config()?.timestamp.tsa.is_empty() {
        return Ok(ExitStatus::Success);
    }
    Ok(stamp(ctx, None)?.status())
}

/// After `evidence add` or `capture`: the items just stored are stamped now or queued (older
/// queued items wait for `evidence timestamp`). The items are stored whatever happens here, so a
/// problem (an unreadable trust file) is a warning.
pub(crate) fn stamp_new(ctx: &Ctx<'_>, items: &[EvidenceId]) {
    if items.is_empty() {
        return;
    }
    if let Err(err) = stamp(ctx, Some(items)) {
        ctx.printer().warn(&format!(
            "the evidence is stored, but its timestamp is not: {err:#}"
        ));
    }
}

/// What one pass did.
pub(crate) struct Pass {
    pub(crate) stamped: usize,
    /// Items still queued.
    pub(crate) waiting: Vec<EvidenceId>,
}

impl Pass {
    fn status(&self) -> ExitStatus {
        match self.waiting.is_empty() {
            true => ExitStatus::Success,
            false => ExitStatus::Attention,
        }
    }
}

/// Queues every item without a request, then asks for the queued tokens (of `items` only, when
/// given: what a command just stored), printing each item's outcome. Nothing is queued or sent
/// without `timestamp.tsa`.
pub(crate) fn stamp(ctx: &Ctx<'_>, items: Option<&[EvidenceId]>) -> anyhow::Result<Pass> {
    let config = ctx.config()?;
    let mut pass = Pass {
        stamped: 0,
        waiting: Vec::new(),
    };
    if config.timestamp.tsa.is_empty() {
        return Ok(pass);
    }
    let trust = trust(ctx)?;
    let store = ctx.store()?;
    store.queue_unstamped(ctx.now())?;
    let queued: Vec<QueuedStamp> = store
        .queued_stamps()?
        .into_iter()
        .filter(|q| items.is_none_or(|items| items.contains(&q.evidence)))
        .collect();
    let digests = queued
        .iter()
        .map(|q| sha256_bytes(&q.sha256))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let queries = digests
        .iter()
        .map(|d| Ok(tsp::query(d, crate::secrets::random_bytes()?)))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let ders: Vec<Vec<u8>> = queries.iter().map(|q| q.der.clone()).collect();
    // The authorities are staff configuration, reachable wherever they are (as the proxy is);
    // no other host is.
    let hosts: Vec<&str> = config
        .timestamp
        .tsa
        .iter()
        .filter_map(|u| u.host_str())
        .collect();
    let net = settings(None, &config.recheck, &AllowedHosts::new(hosts))?;
    let answers = net::stamp_all(
        &net,
        &config.timestamp.tsa,
        &ders,
        tsp::MAX_ANSWER,
        |i, answer| {
            tsp::accept(answer, &queries[i], &digests[i], &trust)
                .map(|stamp| (stamp, answer.to_vec()))
                .map_err(|e| e.to_string())
        },
    )?;
    let by = ctx.staff()?;
    let printer = ctx.printer();
    for (item, answer) in queued.iter().zip(answers) {
        match answer {
            Ok(((stamp, token), authority)) => {
                store.save_stamp(item, &token, &authority, stamp.time, by, ctx.now())?;
                pass.stamped += 1;
                printer.note(&format!(
                    "{}: timestamped by `{authority}` at {}",
                    item.evidence, stamp.time
                ));
            }
            Err(refusals) => {
                let reasons = refusals
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ");
                store.stamp_failed(&item.evidence, &reasons)?;
                printer.warn(&format!(
                    "{}: timestamp queued, no authority gave a good token ({reasons}); `takedown evidence timestamp` asks again",
                    item.evidence
                ));
                pass.waiting.push(item.evidence.clone());
            }
        }
    }
    Ok(pass)
}

/// `timestamp.trust`'s certificates; required whenever an authority is configured.
pub(crate) fn trust(ctx: &Ctx<'_>) -> anyhow::Result<tsp::Trust> {
    let path = ctx.config()?.timestamp.trust.clone().context(
        "`timestamp.trust` is not set: name the PEM file of the authorities' certificates",
    )?;
    let pem = crate::config::read_ca_file(&path)
        .with_context(|| format!("cannot read `timestamp.trust` `{}`", path.display()))?;
    tsp::Trust::from_pem(&pem).with_context(|| {
        format!(
            "`timestamp.trust` `{}` holds no PEM certificate",
            path.display()
        )
    })
}

pub(crate) fn sha256_bytes(hex: &str) -> anyhow::Result<[u8; 32]> {
    let mut out = [0u8; 32];
    let bytes = hex.as_bytes();
    anyhow::ensure!(bytes.len() == 64, "a stored SHA-256 is not 64 hex digits");
    for (i, pair) in bytes.chunks(2).enumerate() {
        let text = std::str::from_utf8(pair)?;
        out[i] = u8::from_str_radix(text, 16).context("a stored SHA-256 is not hex")?;
    }
    Ok(out)
}
