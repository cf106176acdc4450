//! When a reported link should be down: the removal times a platform's channel promises and
//! the statutory clocks of ARCHITECTURE §3 (48 hours under the TAKE IT DOWN Act, 24 hours under
//! India's IT Rules). A link still up when its deadline passes is due for a follow-up.
//!
//! Pure: the clock start is an argument, and the rules are the catalogue's data.

use jiff::{SignedDuration, Timestamp};
use serde::Serialize;

use crate::domain::catalog::{Catalog, Platform};
use crate::domain::category::Category;
use crate::domain::link::Route;
use crate::domain::route;

/// Where a deadline comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Source {
    /// The platform's own promise for this channel.
    Promised,
    /// A law's removal clock.
    Legal,
}

/// One clock that applies to a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Rule<'a> {
    pub(crate) hours: u32,
    pub(crate) source: Source,
    /// Who promises it or which law sets it, as the catalogue says it.
    pub(crate) basis: &'a str,
    /// The catalogue marks the fact unverified.
    pub(crate) unverified: bool,
    /// The date the clock is enforced from (`YYYY-MM-DD`), for statutory clocks.
    in_force: Option<&'a str>,
}

/// The earliest clock of a report, and when it runs out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Deadline<'a> {
    pub(crate) at: Timestamp,
    pub(crate) rule: Rule<'a>,
}

/// A report made: what its clocks depend on.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Report<'a> {
    /// `None` for a host the catalogue does not know.
    pub(crate) platform: Option<&'a Platform>,
    pub(crate) category: Category,
    /// The case's jurisdiction code (`pk`), when known.
    pub(crate) jurisdiction: Option<&'a str>,
    pub(crate) route: Route,
    pub(crate) at: Timestamp,
}

/// The deadline of a report: its earliest clock.
pub(crate) fn of<'a>(catalog: &'a Catalog, report: &Report<'a>) -> Option<Deadline<'a>> {
    earliest(&rules(catalog, report), report.at)
}

/// The clocks that apply to a report. Hotline reports have none: hotlines forward content,
/// they do not promise removal times. Statutory clocks are the case country's and the US
/// ones, as in the report's legal basis.
fn rules<'a>(catalog: &'a Catalog, report: &Report<'a>) -> Vec<Rule<'a>> {
    if report.route == Route::Hotline {
        return Vec::new();
    }
    let promised = report
        .platform
        .and_then(|p| p.channels.get(&report.category))
        .into_iter()
        .flatten()
        .filter(|c| route::route_of(c, report.category) == report.route)
        .filter_map(|c| {
            c.deadline.as_ref().map(|d| Rule {
                hours: d.hours,
                source: Source::Promised,
                basis: &d.basis,
                unverified: c.unverified,
                in_force: None,
            })
        });
    let legal = route::legal_basis(catalog, report.jurisdiction, report.category)
        .deadlines
        .into_iter()
        .map(|d| Rule {
            hours: d.hours,
            source: Source::Legal,
            basis: &d.law,
            unverified: d.unverified,
            in_force: d.in_force.as_deref(),
        });
    promised.chain(legal).collect()
}

/// The earliest deadline of a report made at `reported`, among clocks in force that day.
fn earliest<'a>(rules: &[Rule<'a>], reported: Timestamp) -> Option<Deadline<'a>> {
    let day = reported.strftime("%Y-%m-%d").to_string();
    rules
        .iter()
        // ISO dates compare as text; a clock not yet in force on the report's day does not run.
        .filter(|r| r.in_force.is_none_or(|from| from <= day.as_str()))
        .filter_map(|r| {
            let at = reported
                .checked_add(SignedDuration::from_hours(r.hours.into()))
                .ok()?;
            Some(Deadline {
                at,
                rule: r.clone(),
            })
        })
        .min_by_key(|d| d.at)
}

/// Whether the deadline ran out in `(since, now]`: each passing is told once, on the first
/// check after it, not on every run until the link comes down.
pub(crate) fn passed_between(
    deadline: Timestamp,
    since: Option<Timestamp>,
    now: Timestamp,
) -> bool {
    deadline <= now && since.is_none_or(|since| deadline > since)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::builtin().expect("the built-in catalogue loads")
    }

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn report<'a>(
        catalog: &'a Catalog,
        platform: &str,
        category: Category,
        jurisdiction: Option<&'a str>,
        route: Route,
    ) -> Report<'a> {
        Report {
            platform: catalog.get(platform),
            category,
            jurisdiction,
            route,
            at: at("2026-06-01T10:00:00Z"),
        }
    }

    #[test]
    fn ncii_reported_to_a_platform_runs_the_48_hour_take_it_down_clock() {
        let catalog = catalog();
        let r = report(
            &catalog,
            "facebook",
            Category::Ncii,
            Some("pk"),
            Route::WebForm,
        );
        let deadline = of(&catalog, &r).unwrap();
        assert_eq!(deadline.at, at("2026-06-03T10:00:00Z"));
        assert_eq!(deadline.rule.source, Source::Legal);
        assert!(deadline.rule.basis.contains("TAKE IT DOWN"), "{deadline:?}");
    }

    #[test]
    fn a_clock_runs_only_for_reports_made_once_it_is_in_force() {
        let catalog = catalog();
        let mut r = report(
            &catalog,
            "facebook",
            Category::Ncii,
            Some("pk"),
            Route::WebForm,
        );
        r.at = at("2026-05-18T10:00:00Z");
        assert_eq!(of(&catalog, &r), None);
        r.at = at("2026-05-19T00:00:00Z");
        assert!(of(&catalog, &r).is_some());
    }

    #[test]
    fn the_earliest_clock_wins_when_several_apply() {
        let catalog = catalog();
        let r = report(
            &catalog,
            "facebook",
            Category::Ncii,
            Some("in"),
            Route::WebForm,
        );
        assert!(rules(&catalog, &r).iter().any(|r| r.hours == 48));
        let deadline = of(&catalog, &r).unwrap();
        assert_eq!(deadline.rule.hours, 24);
        assert_eq!(deadline.at, at("2026-06-02T10:00:00Z"));
    }

    #[test]
    fn a_channel_promise_counts_for_reports_made_through_that_channel_only() {
        let catalog = catalog();
        let promised = |route| {
            let r = report(&catalog, "youtube", Category::Ncii, None, route);
            rules(&catalog, &r)
                .into_iter()
                .filter(|r| r.source == Source::Promised)
                .count()
        };
        assert!(
            promised(Route::WebForm) > 0,
            "YouTube's NCII form promises 48 h"
        );
        assert_eq!(promised(Route::Email), 0);
    }

    #[test]
    fn hotline_reports_and_harms_without_a_clock_have_no_deadline() {
        let catalog = catalog();
        let r = report(
            &catalog,
            "facebook",
            Category::Ncii,
            Some("pk"),
            Route::Hotline,
        );
        assert_eq!(of(&catalog, &r), None);
        let r = report(
            &catalog,
            "facebook",
            Category::Impersonation,
            Some("pk"),
            Route::WebForm,
        );
        assert_eq!(of(&catalog, &r), None);
    }

    #[test]
    fn a_passing_is_told_once_on_the_first_check_after_it() {
        let deadline = at("2026-06-03T10:00:00Z");
        let now = at("2026-06-03T12:00:00Z");
        assert!(passed_between(deadline, None, now));
        assert!(passed_between(
            deadline,
            Some(at("2026-06-03T04:00:00Z")),
            now
        ));
        assert!(!passed_between(
            deadline,
            Some(at("2026-06-03T11:00:00Z")),
            now
        ));
        assert!(!passed_between(deadline, None, at("2026-06-03T09:59:59Z")));
    }
}
