//! `case states`: the state table every command obeys, as `doc/case-states.md` (Markdown) or
//! one JSON line per command and state.

use crate::ctx::Ctx;
use crate::error::ExitStatus;
use crate::render::states;

/// Print which command runs in which case state (open, resolved, held, wiped), and why not
///
/// The table commands check before they touch a case; `doc/case-states.md` is this output.
/// With `--json`, one line per command and state.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "Examples:
  takedown case states
  takedown case states --json | jq 'select(.state == \"held\")'")]
pub(crate) struct StatesArgs {}

pub(super) fn run(_args: &StatesArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let printer = ctx.printer();
    if printer.json() {
        states::rows()
            .iter()
            .try_for_each(|row| printer.json_line(row))?;
    } else {
        printer.line(&states::markdown().trim_end())?;
    }
    Ok(ExitStatus::Success)
}
