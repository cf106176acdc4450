//! `link set`: a status, route or reference change, now or at the time it happened.

use anyhow::Context as _;

use crate::ctx::Ctx;
use crate::domain::ids::LinkId;
use crate::domain::link::{self, LinkStatus, Route};
use crate::domain::states::CaseOp;
use crate::error::ExitStatus;
use crate::store::LinkUpdate;

#[derive(Debug, clap::Args)]
pub(crate) struct SetArgs {
    id: LinkId,
    /// Where the link stands now
    #[arg(long, value_parser = super::status_parser())]
    status: Option<LinkStatus>,
    /// How it was reported
    #[arg(long, value_parser = super::route_parser())]
    route: Option<Route>,
    /// The platform's ticket or reference number (a new one counts as its reply in `stats`)
    #[arg(long = "ref", value_name = "REF")]
    reference: Option<String>,
    /// When it happened: RFC 3339, or a local `YYYY-MM-DD [HH:MM]` [default: now]
    #[arg(long, value_name = "TIME", value_parser = crate::cli::parse_time)]
    at: Option<jiff::Timestamp>,
}

pub(super) fn run(args: SetArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let SetArgs {
        id,
        status,
        route,
        reference,
        at,
    } = args;
    let store = ctx.store()?;
    let current = store.link(&id)?;
    crate::cmd::gate(ctx, &current.case, CaseOp::LinkSet)?;
    if let Some(to) = status.filter(|to| !current.status.can_become(*to)) {
        anyhow::bail!(
            "link `{id}` is {}; it cannot go back to {to}",
            current.status
        );
    }
    let now = ctx.now();
    let at = at.unwrap_or(now);
    let history: Vec<_> = store
        .link_events(&id)?
        .into_iter()
        .map(|e| (e.at, e.status))
        .collect();
    link::check_when(&history, status, at, now)
        .with_context(|| format!("cannot record this change of link `{id}`"))?;
    let update = LinkUpdate {
        status,
        route,
        reference,
    };
    store.update_link(&id, &update, at, ctx.staff()?, now)?;
    let updated = store.link(&id)?;
    if ctx.printer().json() {
        ctx.printer().json_line(&updated)?;
    } else {
        ctx.printer()
            .note(&format_args!("{id} is {}.", updated.status));
    }
    Ok(ExitStatus::Success)
}
