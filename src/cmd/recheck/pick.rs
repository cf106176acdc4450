//! Which links a run checks, and `recheck --dry-run`, which names them and fetches nothing: the
//! same selection, so what it lists (and how long the choice takes) is what a run would check.

use super::RecheckArgs;
use crate::ctx::Ctx;
use crate::domain::catalog::PlatformId;
use crate::domain::schedule;
use crate::domain::states::{self, CaseOp};
use crate::error::ExitStatus;
use crate::render::schedule::{Upcoming, table};
use crate::store::{CheckFilter, CheckTarget, Store};

/// The links of active cases that are due at `now` (all of them with `--all`), narrowed by
/// `--case` and `--platform`.
pub(super) fn targets(
    args: &RecheckArgs,
    ctx: &Ctx<'_>,
    store: &Store,
    now: jiff::Timestamp,
) -> anyhow::Result<Vec<CheckTarget>> {
    let policy = ctx.config()?.recheck.schedule.policy();
    // Bounds the store reads by, from the same rules as the exact test below.
    let filter = CheckFilter {
        case: args.case.clone(),
        platform: args.platform.clone().map(PlatformId::from),
        case_in: Some(states::permitting(CaseOp::Recheck)),
        checked_by: if args.all {
            None
        } else {
            schedule::due_if_checked_by(&policy, now)
        },
    };
    let started = std::time::Instant::now();
    let targets = store.check_targets(&filter, |clock| {
        clock.case_active && (args.all || schedule::is_due(&policy, clock, now))
    })?;
    // What `benches/scale.sh` reads: the choice alone, without the start-up around it.
    tracing::debug!(
        links = targets.len(),
        ms = %format!("{:.1}", started.elapsed().as_secs_f64() * 1000.0),
        "picked the links to check"
    );
    Ok(targets)
}

/// Lists what a run would check, by id, in the order it would check them. It records nothing,
/// so it needs no staff handle and never waits for a running re-check.
pub(super) fn dry_run(args: &RecheckArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    if let Some(case) = &args.case {
        crate::cmd::gate(ctx, case, CaseOp::LinkList)?;
    }
    let now = ctx.now();
    let policy = ctx.config()?.recheck.schedule.policy();
    let targets = targets(args, ctx, ctx.store()?, now)?;
    let rows: Vec<Upcoming<'_>> = targets
        .iter()
        .map(|t| Upcoming {
            link: &t.link,
            case: &t.case,
            platform: &t.platform,
            status: t.standing.last,
            next_check: schedule::next_check(&policy, &t.clock).unwrap_or(now),
        })
        .collect();
    ctx.printer().rows(&rows, || table(&rows))?;
    Ok(ExitStatus::Success)
}
