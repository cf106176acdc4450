//! All output. stdout carries data only (ids, tables, JSON Lines); notes, warnings, errors and
//! progress go to stderr, so `c=$(takedown case new …)` captures just the id.

pub(crate) mod bag;
pub(crate) mod bidi;
pub(crate) mod case;
pub(crate) mod chart;
pub(crate) mod evidence;
pub(crate) mod files;
pub(crate) mod fonts;
pub(crate) mod guide;
pub(crate) mod init;
pub(crate) mod link;
pub(crate) mod logging;
pub(crate) mod mail;
pub(crate) mod outbox;
mod printer;
pub(crate) mod recheck;
pub(crate) mod report;
pub(crate) mod schedule;
pub(crate) mod states;
pub(crate) mod stats;
mod table;
pub(crate) mod templates;
#[cfg(test)]
mod urdu_share;
pub(crate) mod whois;
pub(crate) mod wipe;

pub(crate) use printer::{OutputSettings, Printer, Verbosity};
pub(crate) use table::Table;

/// How a time is shown to people: local time to the minute. JSON carries the exact RFC 3339 form.
pub(crate) fn show_time(t: jiff::Timestamp) -> String {
    t.to_zoned_datetime(jiff::tz::TimeZone::system())
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}
