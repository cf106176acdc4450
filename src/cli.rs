//! Command-line types only: flag names, help texts, and parsing into checked values. No I/O.
//! Each command's own arguments live beside its code in `cmd/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::cmd;

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
    pub(crate) global: GlobalArgs,
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Flags every command takes.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub(crate) struct GlobalArgs {
    /// Data directory: the encrypted case store [default: the platform's data dir, e.g. ~/.local/share/takedown]
    #[arg(
        long,
        global = true,
        env = "TAKEDOWN_HOME",
        hide_env_values = true,
        value_name = "DIR"
    )]
    pub(crate) home: Option<PathBuf>,
    /// A platforms file merged over the built-in one by platform `id`
    #[arg(
        long,
        global = true,
        env = "TAKEDOWN_PLATFORMS",
        hide_env_values = true,
        value_name = "FILE"
    )]
    pub(crate) platforms: Option<PathBuf>,
    /// Settings file [default: config.yaml in the config dir, e.g. ~/.config/takedown]
    #[arg(
        long,
        global = true,
        env = "TAKEDOWN_CONFIG",
        hide_env_values = true,
        value_name = "FILE"
    )]
    pub(crate) config: Option<PathBuf>,
    /// Print data as JSON (JSON Lines for lists)
    #[arg(long, global = true)]
    pub(crate) json: bool,
    /// More detail on stderr (-vv for trace); logs carry ids, never URLs or notes
    #[arg(short, long, global = true, action = clap::ArgAction::Count, conflicts_with = "quiet")]
    pub(crate) verbose: u8,
    /// Only data and errors; no notes or progress
    #[arg(short, long, global = true)]
    pub(crate) quiet: bool,
    /// When to colour stderr
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub(crate) color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    Init(cmd::init::InitArgs),
    #[command(subcommand)]
    Key(cmd::key::KeyCommand),
    #[command(subcommand)]
    Case(cmd::case::CaseCommand),
    #[command(subcommand)]
    Link(cmd::link::LinkCommand),
    #[command(subcommand)]
    Platforms(cmd::platforms::PlatformsCommand),
    Report(cmd::report::ReportArgs),
    Escalate(cmd::escalate::EscalateArgs),
    #[command(subcommand)]
    Outbox(cmd::outbox::OutboxCommand),
    #[command(subcommand)]
    Mail(cmd::mail::MailCommand),
    Guide(cmd::guide::GuideArgs),
    Recheck(cmd::recheck::RecheckArgs),
    #[command(subcommand)]
    Schedule(cmd::schedule::ScheduleCommand),
    Stats(cmd::stats::StatsArgs),
    Hash(cmd::hash::HashArgs),
    #[command(subcommand)]
    Wipe(cmd::wipe::WipeCommand),
    #[command(subcommand)]
    Evidence(cmd::evidence::EvidenceCommand),
    Completions(cmd::generate::CompletionsArgs),
    Man(cmd::generate::ManArgs),
}

/// A moment: RFC 3339 with an offset (`2026-11-20T14:30:00Z`), or a local date and time
/// (`2026-11-20 14:30`, `2026-11-20`) in the system time zone.
pub(crate) fn parse_time(text: &str) -> Result<jiff::Timestamp, String> {
    let bad =
        || format!("`{text}` is not a time such as `2026-11-20T14:30:00Z` or `2026-11-20 14:30`");
    if let Ok(t) = text.parse::<jiff::Timestamp>() {
        return Ok(t);
    }
    let civil = text
        .parse::<jiff::civil::DateTime>()
        .or_else(|_| {
            text.parse::<jiff::civil::Date>()
                .map(|d| d.to_datetime(jiff::civil::Time::midnight()))
        })
        .map_err(|_| bad())?;
    jiff::tz::TimeZone::system()
        .to_timestamp(civil)
        .map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory as _;

    #[test]
    fn the_command_line_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }

    #[test]
    fn times_take_an_offset_or_are_local() {
        let utc = super::parse_time("2026-11-20T14:30:00Z").unwrap();
        assert_eq!(utc.as_second(), 1_795_185_000);
        assert!(super::parse_time("2026-11-20 14:30").is_ok());
        assert!(super::parse_time("2026-11-20").is_ok());
        assert!(super::parse_time("yesterday").is_err());
    }
}
