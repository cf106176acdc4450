//! The one clock: when a reported link should be down, and whether it came down in time. The
//! removal times a platform's channel promises and the statutory clocks of ARCHITECTURE §3 (48
//! hours under the TAKE IT DOWN Act, 24 hours under India's IT Rules) start at the link's report;
//! a link still up when its deadline passes is overdue and due for a follow-up.
//!
//! `recheck` (past its deadline), `escalate followup` (when the first reminder is due) and
//! `stats` (met, late, overdue; and the ledger row `wipe case` leaves) all ask [`of_link`] and
//! [`standing`], so they cannot disagree about a link.
//!
//! Pure: the facts and the time are arguments, and the rules are the catalogue's data.

use jiff::{SignedDuration, Timestamp};
use serde::Serialize;

use crate::domain::catalog::{Catalog, Platform, PlatformId};
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
struct Report<'a, 'j> {
    /// `None` for a host the catalogue does not know.
    platform: Option<&'a Platform>,
    category: Category,
    /// The case's jurisdiction code (`pk`), when known.
    jurisdiction: Option<&'j str>,
    route: Route,
    at: Timestamp,
}

/// The deadline of a report: its earliest clock.
fn of<'a>(catalog: &'a Catalog, report: &Report<'a, '_>) -> Option<Deadline<'a>> {
    earliest(&rules(catalog, report), report.at)
}

/// What a link's clock depends on, as the store keeps it.
#[derive(Debug, Clone)]
pub(crate) struct LinkClock {
    pub(crate) platform: PlatformId,
    /// The link's own category, if it has one.
    pub(crate) category: Option<Category>,
    /// Its case's categories, for a link without its own.
    pub(crate) case_categories: Vec<Category>,
    /// The case's jurisdiction code (`pk`), when known.
    pub(crate) jurisdiction: Option<String>,
    /// The route the link was reported by.
    pub(crate) route: Option<Route>,
    /// Its first `reported` event.
    pub(crate) reported_at: Option<Timestamp>,
    /// Its first `escalated` event.
    pub(crate) escalated_at: Option<Timestamp>,
}

impl LinkClock {
    /// The category the link's clocks are those of (`Category::of_link`).
    pub(crate) fn category(&self) -> Category {
        Category::of_link(self.category, &self.case_categories)
    }

    /// When the clock starts: the first report, or the first escalation for a link reported
    /// through a partner (the escalation is the report the partner answers).
    pub(crate) fn start(&self) -> Option<Timestamp> {
        if self.route == Some(Route::Partner) {
            self.escalated_at.or(self.reported_at)
        } else {
            self.reported_at.or(self.escalated_at)
        }
    }
}

/// A link's removal deadline: the earliest clock of its report. `None` while it has no route or
/// was never reported, and where no clock applies.
pub(crate) fn of_link<'c>(catalog: &'c Catalog, link: &LinkClock) -> Option<Deadline<'c>> {
    let report = Report {
        platform: catalog.get(link.platform.as_str()),
        category: link.category(),
        jurisdiction: link.jurisdiction.as_deref(),
        route: link.route?,
        at: link.start()?,
    };
    of(catalog, &report)
}

/// The removal that counts against a clock started at `start`: the first record or observation
/// of removal at or after it (one before it was undone by the report that started the clock).
pub(crate) fn removed_since(
    start: Timestamp,
    removals: impl IntoIterator<Item = Timestamp>,
) -> Option<Timestamp> {
    removals.into_iter().filter(|&at| at >= start).min()
}

/// Where a link stands against its deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Standing {
    /// Not removed, and the deadline has not passed.
    Running,
    /// Removed at or before the deadline.
    Met,
    /// Removed, after the deadline.
    Late,
    /// Not removed, and the deadline has passed.
    Overdue,
}

/// Whether a link with deadline `deadline`, removed at `removed_at` (the first removal recorded
/// or observed since its clock started), came down in time, as of `now`. A removal exactly at
/// the deadline is in time; the deadline has passed once `now` is after it.
pub(crate) fn standing(
    deadline: Timestamp,
    removed_at: Option<Timestamp>,
    now: Timestamp,
) -> Standing {
    match removed_at {
        Some(at) if at <= deadline => Standing::Met,
        Some(_) => Standing::Late,
        None if now > deadline => Standing::Overdue,
        None => Standing::Running,
    }
}

/// The clocks that apply to a report. Hotline reports have none: hotlines forward content,
/// they do not promise removal times. Statutory clocks are the case country's and the US
/// ones, as in the report's legal basis.
fn rules<'a>(catalog: &'a Catalog, report: &Report<'a, '_>) -> Vec<Rule<'a>> {
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

/// Whether a link removed at `removed_at` (if at all) became overdue between the check at
/// `since` and `now`: each passing is told once, on the first check after it, not on every run
/// until the link comes down.
pub(crate) fn became_overdue(
    deadline: Timestamp,
    removed_at: Option<Timestamp>,
    since: Option<Timestamp>,
    now: Timestamp,
) -> bool {
    let overdue = |at| standing(deadline, removed_at, at) == Standing::Overdue;
    overdue(now) && !since.is_some_and(overdue)
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
    ) -> Report<'a, 'a> {
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
    fn becoming_overdue_is_told_once_on_the_first_check_after_it() {
        let deadline = at("2026-06-03T10:00:00Z");
        let now = at("2026-06-03T12:00:00Z");
        let passed = |since: Option<&str>, now| became_overdue(deadline, None, since.map(at), now);
        assert!(passed(None, now));
        assert!(passed(Some("2026-06-03T04:00:00Z"), now));
        assert!(
            passed(Some("2026-06-03T10:00:00Z"), now),
            "at the deadline it was still running"
        );
        assert!(!passed(Some("2026-06-03T11:00:00Z"), now));
        assert!(!passed(None, at("2026-06-03T09:59:59Z")));
        assert!(!passed(None, deadline), "a removal now would be in time");
        let removed = Some(at("2026-06-03T11:00:00Z"));
        assert!(
            !became_overdue(deadline, removed, None, now),
            "removed, if late"
        );
    }

    #[test]
    fn only_a_removal_since_the_clock_started_counts() {
        let start = at("2026-06-01T10:00:00Z");
        let removals = [
            at("2026-05-30T10:00:00Z"),
            at("2026-06-04T10:00:00Z"),
            at("2026-06-02T10:00:00Z"),
        ];
        assert_eq!(
            removed_since(start, removals),
            Some(at("2026-06-02T10:00:00Z"))
        );
        assert_eq!(removed_since(start, [at("2026-05-30T10:00:00Z")]), None);
        assert_eq!(removed_since(start, [start]), Some(start));
    }

    #[test]
    fn a_removal_at_the_deadline_is_in_time_and_one_after_it_is_late() {
        let deadline = at("2026-06-03T10:00:00Z");
        let now = at("2026-06-10T00:00:00Z");
        assert_eq!(standing(deadline, Some(deadline), now), Standing::Met);
        assert_eq!(
            standing(deadline, Some(at("2026-06-03T10:00:01Z")), now),
            Standing::Late
        );
        assert_eq!(standing(deadline, None, now), Standing::Overdue);
        assert_eq!(standing(deadline, None, deadline), Standing::Running);
    }

    fn clock(route: Option<Route>, reported: Option<&str>, escalated: Option<&str>) -> LinkClock {
        LinkClock {
            platform: PlatformId::from("facebook".to_owned()),
            category: None,
            case_categories: vec![Category::Harassment, Category::Ncii],
            jurisdiction: Some("pk".into()),
            route,
            reported_at: reported.map(at),
            escalated_at: escalated.map(at),
        }
    }

    #[test]
    fn a_links_clock_starts_at_its_report_or_for_a_partner_at_its_escalation() {
        let catalog = catalog();
        let reported = "2026-06-01T10:00:00Z";
        let escalated = "2026-06-02T10:00:00Z";
        let web = clock(Some(Route::WebForm), Some(reported), Some(escalated));
        assert_eq!(web.start(), Some(at(reported)));
        let partner = clock(Some(Route::Partner), Some(reported), Some(escalated));
        assert_eq!(partner.start(), Some(at(escalated)));
        assert_eq!(
            clock(Some(Route::Partner), Some(reported), None).start(),
            Some(at(reported))
        );
        // The case's most serious category, `ncii`, runs the 48-hour clock.
        let deadline = of_link(&catalog, &web).unwrap();
        assert_eq!(deadline.at, at("2026-06-03T10:00:00Z"));
        assert_eq!(of_link(&catalog, &clock(None, Some(reported), None)), None);
        assert_eq!(
            of_link(&catalog, &clock(Some(Route::WebForm), None, None)),
            None
        );
    }
}
