//! `takedown cron`: every unattended job in one run, each run even when another fails, the exit
//! status the worst of theirs. Glue only: each job is the command staff would run by hand.

use crate::ctx::Ctx;
use crate::error::{self, ExitStatus};

/// Run every unattended job: queued e-mail, due re-checks, due follow-ups, queued timestamps
///
/// What `takedown schedule install` puts in the crontab (`takedown cron --quiet --as cron`). In
/// order: every message waiting in the outbox is tried again (an alert the server deferred
/// goes out with the next run), due links are re-checked (staff are alerted to what
/// resurfaced or passed its deadline), due follow-ups are queued and sent, and evidence whose
/// trusted timestamp is queued is stamped (`evidence timestamp`; nothing without `timestamp.tsa`). A job that fails
/// does not stop the others. Exit 0 when all is well, 1 when something new needs attention, 2
/// when a job failed (a re-check whose fetches failed, an unreadable setting). With `--quiet`
/// a run prints nothing unless something new needs attention, and then only ids.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "Examples:
  takedown cron --quiet --as cron          what the installed cron line runs
  takedown schedule print                  the line, with every setting in force here")]
pub(crate) struct CronArgs {}

/// One unattended job: its name, for the error that says which one failed, and how it runs.
type Job = (&'static str, fn(&Ctx<'_>) -> anyhow::Result<ExitStatus>);

/// Every job, in the order they run: the outbox first, so that what earlier runs could not
/// send goes before anything new is queued. A new job is one line here.
const JOBS: &[Job] = &[
    ("outbox", retry_outbox),
    ("recheck", |ctx| {
        super::recheck::run(super::recheck::RecheckArgs::default(), ctx)
    }),
    ("followup", super::escalate::followups_due),
    ("timestamp", super::evidence::timestamp::job),
];

pub(crate) fn run(_args: CronArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    // Everything cron records says who did it; refuse before any job starts.
    ctx.staff()?;
    ctx.run_unattended();
    let mut worst = ExitStatus::Success;
    for (name, job) in JOBS {
        let status = job(ctx).unwrap_or_else(|err| {
            error::report(
                &err.context(format!("cron: `{name}` failed")),
                ctx.printer(),
            );
            ExitStatus::Failure
        });
        worst = worst.max(status);
    }
    Ok(worst)
}

/// Tries every queued message again; quiet when nothing waits or no relay is set up (the
/// messages then wait, and `recheck` named them when they were queued).
fn retry_outbox(ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let store = ctx.store()?;
    store.settle_abandoned(ctx.now(), &crate::process::holder)?;
    let ids = store.sendable(None)?;
    if ids.is_empty() || ctx.config()?.mail.host.is_none() {
        return Ok(ExitStatus::Success);
    }
    super::outbox::send(ctx, ids)
}
