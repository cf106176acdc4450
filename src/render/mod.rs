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
/// The zone is looked up once a process and the digits written directly, not through `strftime`
/// or `format!`: a list of 10,000 links shows 10,000 times (issue 19 part 9).
pub(crate) fn show_time(t: jiff::Timestamp) -> String {
    static LOCAL: std::sync::LazyLock<jiff::tz::TimeZone> =
        std::sync::LazyLock::new(jiff::tz::TimeZone::system);
    let local = LOCAL.to_datetime(t);
    let Ok(year) = u16::try_from(local.year()) else {
        // Before the year 0: never a link's time, shown the slow way all the same.
        return local.strftime("%Y-%m-%d %H:%M").to_string();
    };
    let mut out = String::with_capacity(16);
    let fields = [
        (year, 4, '-'),
        (local.month().unsigned_abs().into(), 2, '-'),
        (local.day().unsigned_abs().into(), 2, ' '),
        (local.hour().unsigned_abs().into(), 2, ':'),
        (local.minute().unsigned_abs().into(), 2, '\0'),
    ];
    for (value, width, then) in fields {
        for place in (0..width).rev() {
            let digit = value / 10u16.pow(place) % 10;
            out.push(char::from(b'0' + digit as u8));
        }
        if then != '\0' {
            out.push(then);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::show_time;

    /// The fields written by hand are what `strftime` gives in the same zone, from the first
    /// minute jiff knows to the last, across leap days, year ends and the year 0.
    #[test]
    fn a_time_shows_as_strftime_would() {
        let zone = jiff::tz::TimeZone::system();
        let last = jiff::Timestamp::MAX.as_second();
        let seconds = [
            0,
            59,
            951_782_400,
            1_796_686_019,
            1_798_761_599,
            last - 86_400,
            last,
        ]
        .into_iter()
        .chain((0..2_000).map(|i| i * 1_234_567_891 % last));
        for s in seconds {
            let t = jiff::Timestamp::from_second(s).unwrap();
            let expected = t
                .to_zoned_datetime(zone.clone())
                .strftime("%Y-%m-%d %H:%M")
                .to_string();
            assert_eq!(show_time(t), expected, "{s}");
        }
    }
}
