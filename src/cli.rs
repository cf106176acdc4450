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
    /// Template overrides: files at the built-in templates' paths, e.g. `mail/alert.txt.j2`
    /// [default: templates/ in the config dir, e.g. ~/.config/takedown/templates]
    #[arg(
        long,
        global = true,
        env = "TAKEDOWN_TEMPLATES",
        hide_env_values = true,
        value_name = "DIR"
    )]
    pub(crate) templates: Option<PathBuf>,
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
/// (`2026-11-20 14:30`, `2026-11-20`) in the system time zone. Offsets beyond ±14:00 (no time
/// zone is further from UTC) and times before 2000 (before any of the platforms the tool knows)
/// are typing mistakes, refused here; whether it is in the future is the command's to check,
/// against its clock.
pub(crate) fn parse_time(text: &str) -> Result<jiff::Timestamp, String> {
    let bad =
        || format!("`{text}` is not a time such as `2026-11-20T14:30:00Z` or `2026-11-20 14:30`");
    let at = if let Ok(t) = text.parse::<jiff::Timestamp>() {
        let offset = jiff::fmt::temporal::Pieces::parse(text)
            .ok()
            .and_then(|p| p.offset())
            .map_or(0, |o| o.to_numeric_offset().seconds());
        if offset.abs() > MAX_OFFSET_SECONDS {
            return Err(format!(
                "`{text}` has an offset beyond ±14:00, further from UTC than any time zone"
            ));
        }
        t
    } else {
        let civil = text
            .parse::<jiff::civil::DateTime>()
            .or_else(|_| {
                text.parse::<jiff::civil::Date>()
                    .map(|d| d.to_datetime(jiff::civil::Time::midnight()))
            })
            .map_err(|_| bad())?;
        jiff::tz::TimeZone::system()
            .to_timestamp(civil)
            .map_err(|_| bad())?
    };
    if at < EARLIEST {
        return Err(format!("`{text}` is before the year 2000"));
    }
    Ok(at)
}

/// UTC+14:00 (Kiribati) and UTC-12:00 are the furthest time zones from UTC.
const MAX_OFFSET_SECONDS: i32 = 14 * 3600;

/// 2000-01-01T00:00:00Z: nothing the tool records happened before it.
const EARLIEST: jiff::Timestamp = jiff::Timestamp::constant(946_684_800, 0);

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

    #[test]
    fn times_before_2000_and_offsets_beyond_14_hours_are_refused() {
        for (text, says) in [
            ("0000-01-01", "before the year 2000"),
            ("1999-12-31T23:59:59Z", "before the year 2000"),
            ("2000-01-01T05:00:00+06:00", "before the year 2000"),
            ("2026-01-01T00:00:00+25:00", "beyond ±14:00"),
            ("2026-01-01T00:00:00-14:01", "beyond ±14:00"),
            ("2026-01-01T00:00:00+14:30", "beyond ±14:00"),
        ] {
            let err = super::parse_time(text).expect_err(text);
            assert!(err.contains(says), "{text}: {err}");
        }
        for text in [
            "2000-01-01T00:00:00Z",
            "2026-01-01T00:00:00+14:00",
            "2026-01-01T00:00:00-12:00",
            "2026-01-01T00:00:00+05:45",
        ] {
            assert!(super::parse_time(text).is_ok(), "{text}");
        }
    }
}
