use std::io::{self, Write as _};

use clap::CommandFactory as _;

use super::Cli;
use crate::ctx::Ctx;
use crate::error::ExitStatus;

/// Print a shell completion script
#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Examples:
  takedown completions bash > ~/.local/share/bash-completion/completions/takedown
  takedown completions zsh > ~/.zfunc/_takedown
  takedown completions fish > ~/.config/fish/completions/takedown.fish")]
pub(crate) struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

/// Print the manual page (roff)
#[derive(Debug, clap::Args)]
#[command(after_long_help = "Example:\n  takedown man > ~/.local/share/man/man1/takedown.1")]
pub(crate) struct ManArgs {}

pub(crate) fn completions(args: CompletionsArgs, _ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "takedown", &mut out);
    io::stdout().lock().write_all(&out)?;
    Ok(ExitStatus::Success)
}

pub(crate) fn man(_args: ManArgs, _ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    io::stdout().lock().write_all(&out)?;
    Ok(ExitStatus::Success)
}
