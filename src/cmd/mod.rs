//! One file per command: glue that loads, asks `domain` to decide, acts, saves, and renders.

pub(crate) mod case;
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

use std::io::{self, BufRead as _, IsTerminal as _, Read as _, Write as _};

use anyhow::Context as _;

use crate::cli::Command;
use crate::ctx::Ctx;
use crate::error::ExitStatus;

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
        Command::Schedule(command) => schedule::run(command, ctx),
        Command::Stats(args) => stats::run(args, ctx),
        Command::Hash(args) => hash::run(args, ctx),
        Command::Wipe(command) => wipe::run(command, ctx),
        Command::Evidence(command) => evidence::run(command, ctx),
        Command::Completions(args) => generate::completions(args, ctx),
        Command::Man(args) => generate::man(args, ctx),
    }
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
    let mut text = String::new();
    io::stdin()
        .lock()
        .take(cap + 1)
        .read_to_string(&mut text)
        .context("cannot read standard input as UTF-8 text")?;
    if text.len() as u64 > cap {
        anyhow::bail!("standard input is larger than {cap} bytes");
    }
    Ok(text)
}
