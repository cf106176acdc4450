//! The global flags and the value parsers commands share: flag names, help texts, and parsing
//! into checked values. No I/O. A leaf: the top-level parser and each command's own arguments
//! live in `cmd/`, and `render` and `config` get plain settings resolved from these flags.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

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
    /// Your staff handle (initials such as `AK`), recorded with every action [default: `handle`
    /// in config.yaml]
    #[arg(
        long = "as",
        global = true,
        env = "TAKEDOWN_STAFF",
        hide_env_values = true,
        value_name = "HANDLE"
    )]
    pub(crate) staff: Option<String>,
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
    #[test]
    fn times_take_an_offset_or_are_local() {
        let utc = super::parse_time("2026-11-20T14:30:00Z").unwrap();
        assert_eq!(utc.as_second(), 1_795_185_000);
        assert!(super::parse_time("2026-11-20 14:30").is_ok());
        assert!(super::parse_time("2026-11-20").is_ok());
        assert!(super::parse_time("yesterday").is_err());
    }
}
