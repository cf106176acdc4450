//! The top-level parser, the command enum and dispatch; then one file per command (owning its
//! clap arguments): glue that loads, asks `domain` to decide, acts, saves, and renders.

pub(crate) mod case;
pub(crate) mod cron;
pub(crate) mod escalate;
pub(crate) mod evidence;
pub(crate) mod generate;
pub(crate) mod guide;
pub(crate) mod hash;
pub(crate) mod init;
pub(crate) mod key;
pub(crate) mod link;
pub(crate) mod mail;
pub(crate) mod outbox;
pub(crate) mod platforms;
pub(crate) mod recheck;
pub(crate) mod report;
pub(crate) mod schedule;
pub(crate) mod stats;
pub(crate) mod wipe;

use std::io::{self, BufRead as _, IsTerminal as _, Write as _};

use clap::{Parser, Subcommand};

use crate::cli::{ColorChoice, GlobalArgs};
use crate::config::Locations;
use crate::ctx::Ctx;
use crate::domain::category::Category;
use crate::domain::ids::CaseId;
use crate::domain::states::{self, CaseOp, Permit};
use crate::error::ExitStatus;
use crate::render::{OutputSettings, Verbosity};
use crate::store::CaseSummary;

const ABOUT: &str = "Takedown toolkit for online-harassment helplines.

Track the links a victim sends, report them to each platform the way that platform takes them,
and keep everything in an encrypted case store that holds no victim's name, phone or e-mail.";

const EXAMPLES: &str = "\
Examples:
  takedown init --key-file ~/.config/takedown/key      create the encrypted store
  c=$(takedown case new --category ncii --consent platforms)
  takedown link add --case \"$c\" -  < links.txt          add links without putting them in argv
  takedown link list --case \"$c\"
  takedown platforms show facebook";

#[derive(Debug, Parser)]
#[command(name = "takedown", version, about = ABOUT, after_long_help = EXAMPLES)]
#[command(propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    Init(init::InitArgs),
    #[command(subcommand)]
    Key(key::KeyCommand),
    #[command(subcommand)]
    Case(case::CaseCommand),
    #[command(subcommand)]
    Link(link::LinkCommand),
    #[command(subcommand)]
    Platforms(platforms::PlatformsCommand),
    Report(report::ReportArgs),
    Escalate(escalate::EscalateArgs),
    #[command(subcommand)]
    Outbox(outbox::OutboxCommand),
    #[command(subcommand)]
    Mail(mail::MailCommand),
    Guide(guide::GuideArgs),
    Recheck(recheck::RecheckArgs),
    Cron(cron::CronArgs),
    #[command(subcommand)]
    Schedule(schedule::ScheduleCommand),
    Stats(stats::StatsArgs),
    Hash(hash::HashArgs),
    #[command(subcommand)]
    Wipe(wipe::WipeCommand),
    #[command(subcommand)]
    Evidence(evidence::EvidenceCommand),
    Completions(generate::CompletionsArgs),
    Man(generate::ManArgs),
}

impl Cli {
    /// How output should look, from `--json`, `-v`/`-q` and `--color`.
    pub(crate) fn output(&self) -> OutputSettings {
        let g = &self.global;
        OutputSettings {
            json: g.json,
            verbosity: match (g.quiet, g.verbose) {
                (true, _) => Verbosity::Quiet,
                (false, 0) => Verbosity::Normal,
                (false, 1) => Verbosity::Debug,
                (false, _) => Verbosity::Trace,
            },
            color: match g.color {
                ColorChoice::Auto => None,
                ColorChoice::Always => Some(true),
                ColorChoice::Never => Some(false),
            },
        }
    }

    /// The files and directories the user named with flags or the environment.
    pub(crate) fn locations(&self) -> Locations {
        Locations {
            home: self.global.home.clone(),
            platforms: self.global.platforms.clone(),
            config: self.global.config.clone(),
            templates: self.global.templates.clone(),
        }
    }

    /// The staff handle given with `--as` or `TAKEDOWN_STAFF`, unchecked: only commands that
    /// record an action check it, so a bad one never stops `hash` or `man`.
    pub(crate) fn staff(&self) -> Option<String> {
        self.global.staff.clone()
    }
}

pub(crate) fn dispatch(command: Command, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    match command {
        Command::Init(args) => init::run(args, ctx),
        Command::Key(command) => key::run(command, ctx),
        Command::Case(command) => case::run(command, ctx),
        Command::Link(command) => link::run(command, ctx),
        Command::Platforms(command) => platforms::run(command, ctx),
        Command::Report(args) => report::run(args, ctx),
        Command::Escalate(args) => escalate::run(args, ctx),
        Command::Outbox(command) => outbox::run(command, ctx),
        Command::Mail(command) => mail::run(command, ctx),
        Command::Guide(args) => guide::run(args, ctx),
        Command::Recheck(args) => recheck::run(args, ctx),
        Command::Cron(args) => cron::run(args, ctx),
        Command::Schedule(command) => schedule::run(command, ctx),
        Command::Stats(args) => stats::run(args, ctx),
        Command::Hash(args) => hash::run(args, ctx),
        Command::Wipe(command) => wipe::run(command, ctx),
        Command::Evidence(command) => evidence::run(command, ctx),
        Command::Completions(args) => generate::completions(args, ctx),
        Command::Man(args) => generate::man(args, ctx),
    }
}

/// The refusal is the state table's; its hint is the table's too.
impl crate::error::Hint for states::Refusal {
    fn hint(&self) -> Option<&'static str> {
        self.why.hint()
    }
}

/// The case `id`, if the state table (`domain::states`) lets `op` run on it now, and how. A
/// command that records an action first makes sure it knows who is acting, so it refuses
/// before anything is read or written.
pub(crate) fn gate(
    ctx: &Ctx<'_>,
    id: &CaseId,
    op: CaseOp,
) -> anyhow::Result<(CaseSummary, Permit)> {
    if states::row_of(op).records {
        ctx.staff()?;
    }
    let case = ctx.store()?.case_summary(id)?;
    let permit = states::permit(op, id, case.status)?;
    Ok((case, permit))
}

/// Every category a case carries, its own and its links': what the child-protection rules
/// (`domain::protection`) look at, so a `csam` link makes its case one.
pub(crate) fn all_categories(ctx: &Ctx<'_>, case: &CaseSummary) -> anyhow::Result<Vec<Category>> {
    let mut categories = case.categories.clone();
    categories.extend(ctx.store()?.link_categories(&case.id)?);
    Ok(categories)
}

/// Asks a yes/no question on the terminal. Without a terminal it never waits: cron and scripts
/// get an error telling them to pass `--yes`.
pub(crate) fn confirm(question: &str) -> anyhow::Result<bool> {
    if !io::stdin().is_terminal() {
        anyhow::bail!("no terminal to confirm on; pass `--yes` to go ahead without asking");
    }
    let mut err = io::stderr().lock();
    write!(err, "{question} [y/N] ")?;
    err.flush()?;
    let mut answer = String::new();
    io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "Yes" | "YES"))
}

/// Reads all of stdin as text, refusing more than `cap` bytes so a runaway pipe cannot exhaust
/// memory.
pub(crate) fn read_stdin(cap: u64) -> anyhow::Result<String> {
    String::from_utf8(read_stdin_bytes(cap)?)
        .map_err(|_| anyhow::anyhow!("cannot read standard input as UTF-8 text"))
}

/// Reads all of stdin, refusing more than `cap` bytes: it stops one byte past the cap, so an
/// endless pipe (`/dev/zero`) ends too.
pub(crate) fn read_stdin_bytes(cap: u64) -> anyhow::Result<Vec<u8>> {
    crate::input::read_capped(io::stdin().lock(), cap).map_err(|e| {
        if e.kind() == io::ErrorKind::FileTooLarge {
            anyhow::anyhow!("standard input is larger than {cap} bytes")
        } else {
            anyhow::Error::new(e).context("cannot read standard input")
        }
    })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory as _;

    #[test]
    fn the_command_line_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
