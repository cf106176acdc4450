//! A run whose fetches failed (all of them, or more than `recheck.fail_share`) fails: exit 2 with
//! what the errors say; after `recheck.alert_after_failed_runs` such runs in a row, staff get an
//! alert e-mail, once per streak. A run that fetched ends the streak.

use super::alert::{self, Failing};
use crate::ctx::Ctx;
use crate::domain::recheck;

/// `kinds` holds one entry per failed fetch: the kind of network failure, or `None` for an
/// answer that was an error. Returns the error that fails the run, if it failed.
pub(super) fn watch(
    ctx: &Ctx<'_>,
    checked: usize,
    kinds: &[Option<&str>],
    proxy: bool,
) -> anyhow::Result<Option<anyhow::Error>> {
    let config = &ctx.config()?.recheck;
    let store = ctx.store()?;
    if checked == 0 {
        return Ok(None);
    }
    if !recheck::run_failed(checked, kinds.len(), config.fail_share) {
        store.recheck_worked()?;
        return Ok(None);
    }
    let why = recheck::why_failed(kinds, proxy);
    let streak = store.recheck_failed(ctx.now())?;
    if streak.runs >= config.alert_after_failed_runs && !streak.alerted {
        let failing = Failing {
            runs: streak.runs,
            since: crate::render::show_time(streak.since),
            why: why.to_owned(),
        };
        if alert::send_failing(ctx, failing) {
            store.failed_runs_alerted()?;
        }
    }
    let runs = match streak.runs {
        1 => String::new(),
        n => format!(" ({n} runs in a row)"),
    };
    let links = if checked == 1 { "link" } else { "links" };
    Ok(Some(anyhow::anyhow!(
        "{} of {checked} {links} could not be fetched: {why}{runs}",
        kinds.len()
    )))
}
