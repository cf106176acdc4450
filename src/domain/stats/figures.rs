//! The figures of one `stats` question: rows of links per group, cases opened, and a total.

use std::collections::BTreeMap;

use super::outcome::{
    CaseOutcome, DeadlineOutcome, GroupKey, Grouping, LinkOutcome, Month, Period,
    mark_representatives,
};
use super::percentile::percentile;
use super::{Dim, suppress};
use crate::domain::category::Category;

/// What was asked: a span of months, a breakdown, and the smallest publishable cell.
#[derive(Debug, Clone)]
pub(crate) struct Query {
    pub(crate) since: Month,
    pub(crate) until: Month,
    pub(crate) by: Vec<Dim>,
    /// The step of the series when `by` has [`Dim::Period`].
    pub(crate) period: Period,
    /// Cells resting on fewer cases than this are suppressed (and percentiles need this many
    /// removed, or answered, links).
    pub(crate) min_count: u64,
    /// Exact small numbers for staff: nothing is suppressed, and every output says so.
    pub(crate) internal: bool,
}

impl Query {
    fn grouping(&self) -> Grouping {
        Grouping {
            platform: self.by.contains(&Dim::Platform),
            category: self.by.contains(&Dim::Category),
            route: self.by.contains(&Dim::Route),
            period: self.by.contains(&Dim::Period).then_some(self.period),
        }
    }

    /// Minors' cases are counted but never broken down below category: their links fall in one
    /// row per category (or one row) instead of the asked breakdown.
    fn minors_grouping(&self) -> Grouping {
        Grouping {
            category: self.by.contains(&Dim::Category),
            ..Grouping::default()
        }
    }

    fn breaks_down_minors(&self) -> bool {
        self.by.iter().any(|d| *d != Dim::Category)
    }

    fn covers(&self, month: Month) -> bool {
        (self.since..=self.until).contains(&month)
    }
}

/// The figures of one cell; all of them rest on `cases` cases.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Figures {
    pub(crate) cases: u64,
    pub(crate) links: u64,
    pub(crate) removed: u64,
    pub(crate) removal_rate: f64,
    /// Hours to removal at the 25th, 50th, 75th and 90th percentile; `None` with fewer removed
    /// links than the minimum count.
    pub(crate) hours: Option<[f64; 4]>,
    /// Links with a first platform response (see [`first_response`](super::first_response)).
    pub(crate) responded: u64,
    /// Hours to the first response at the same percentiles; `None` with fewer `responded` links
    /// than the minimum count.
    pub(crate) response_hours: Option<[f64; 4]>,
    /// Links whose deadline has passed or that were removed (in time or late).
    pub(crate) with_deadline: u64,
    pub(crate) within_deadline: u64,
    pub(crate) live_past_deadline: u64,
    pub(crate) resurfaced: u64,
}

impl Figures {
    pub(crate) fn within_deadline_rate(&self) -> Option<f64> {
        (self.with_deadline > 0).then(|| self.within_deadline as f64 / self.with_deadline as f64)
    }

    pub(crate) fn resurfacing_rate(&self) -> Option<f64> {
        (self.removed > 0).then(|| self.resurfaced as f64 / self.removed as f64)
    }
}

/// One row of the links table; `figures` is `None` when the cell is suppressed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LinkRow {
    pub(crate) key: GroupKey,
    /// The row of minors' cases, which is never broken down further.
    pub(crate) minors: bool,
    pub(crate) figures: Option<Figures>,
}

/// Cases opened in one category (and jurisdiction, and period when a series was asked).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CaseRow {
    pub(crate) period: Option<String>,
    pub(crate) category: Category,
    pub(crate) jurisdiction: Option<String>,
    pub(crate) minors: bool,
    /// `None` when suppressed.
    pub(crate) cases: Option<u64>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Report {
    pub(crate) links: Vec<LinkRow>,
    pub(crate) total: LinkRow,
    pub(crate) cases: Vec<CaseRow>,
    /// Cases opened in the span, and how many were minors' (`None` when suppressed).
    pub(crate) cases_opened: Option<u64>,
    pub(crate) minor_cases: Option<u64>,
}

impl Report {
    pub(crate) fn is_empty(&self) -> bool {
        self.links.is_empty() && self.cases.is_empty()
    }
}

#[derive(Default)]
struct Cell {
    cases: u64,
    links: u64,
    hours: Vec<u32>,
    response_hours: Vec<u32>,
    with_deadline: u64,
    within_deadline: u64,
    live_past_deadline: u64,
    resurfaced: u64,
}

impl Cell {
    fn add(&mut self, link: &LinkOutcome, grouping: Grouping) {
        self.cases += u64::from(link.case_mask >> grouping.index() & 1);
        self.links += 1;
        self.hours.extend(link.hours_to_removal);
        self.response_hours.extend(link.hours_to_response);
        if let Some(d) = link.deadline {
            self.with_deadline += 1;
            self.within_deadline += u64::from(d == DeadlineOutcome::Met);
            self.live_past_deadline += u64::from(d == DeadlineOutcome::Overdue);
        }
        self.resurfaced += u64::from(link.resurfaced);
    }

    fn figures(self, query: &Query) -> Figures {
        let removed = self.hours.len() as u64;
        Figures {
            cases: self.cases,
            links: self.links,
            removed,
            removal_rate: removed as f64 / self.links.max(1) as f64,
            hours: percentiles(self.hours, query),
            responded: self.response_hours.len() as u64,
            response_hours: percentiles(self.response_hours, query),
            with_deadline: self.with_deadline,
            within_deadline: self.within_deadline,
            live_past_deadline: self.live_past_deadline,
            resurfaced: self.resurfaced,
        }
    }
}

/// The 25th, 50th, 75th and 90th percentile of `hours`, if there are enough to publish them
/// (internal figures: if there are any).
fn percentiles(mut hours: Vec<u32>, query: &Query) -> Option<[f64; 4]> {
    let k = if query.internal {
        1
    } else {
        query.min_count.max(1)
    };
    hours.sort_unstable();
    let at = |p| percentile(&hours, p).expect("not empty: k is at least 1");
    (hours.len() as u64 >= k).then(|| [25, 50, 75, 90].map(at))
}

/// Computes the figures. `live` holds each live case's reported links (all of them, whatever the
/// span: which link stands for a case is decided over all of them, as when the case is folded
/// into the ledger); `ledger` holds folded links with their case masks.
pub(crate) fn compute(
    query: &Query,
    mut live: Vec<Vec<LinkOutcome>>,
    ledger: &[LinkOutcome],
    cases: &[CaseOutcome],
) -> Report {
    let grouping = query.grouping();
    let minors_grouping = query.minors_grouping();
    let total_grouping = Grouping::default();
    for case in &mut live {
        for g in [grouping, minors_grouping, total_grouping] {
            mark_representatives(case, g);
        }
    }
    let mut cells: BTreeMap<(bool, GroupKey), Cell> = BTreeMap::new();
    let mut total = Cell::default();
    let in_span = live
        .iter()
        .flatten()
        .chain(ledger)
        .filter(|l| query.covers(l.month));
    for link in in_span {
        let g = if link.minor && query.breaks_down_minors() {
            minors_grouping
        } else {
            grouping
        };
        let minors = g != grouping;
        cells.entry((minors, g.key(link))).or_default().add(link, g);
        total.add(link, total_grouping);
    }
    let mut links: Vec<LinkRow> = cells
        .into_iter()
        .map(|((minors, key), cell)| LinkRow {
            key,
            minors,
            figures: Some(cell.figures(query)),
        })
        .collect();
    let mut total = LinkRow {
        key: GroupKey::default(),
        minors: false,
        figures: Some(total.figures(query)),
    };
    let (case_rows, opened, minor_cases) = case_rows(query, cases);
    let mut report = Report {
        links: Vec::new(),
        total: total.clone(),
        cases: case_rows,
        cases_opened: Some(opened),
        minor_cases: Some(minor_cases),
    };
    if !query.internal {
        suppress::links(&mut links, &mut total, query.min_count);
        suppress::cases(&mut report, query.min_count);
        report.total = total;
    }
    report.links = links;
    report
}

/// Cases opened per period of the span (every period, empty ones as 0), for a chart; a period
/// resting on fewer than `min_count` cases is `None` unless the query is internal.
pub(crate) fn cases_per_period(query: &Query, cases: &[CaseOutcome]) -> Vec<(String, Option<u64>)> {
    let mut counts: BTreeMap<String, Option<u64>> = BTreeMap::new();
    let mut month = query.since;
    while month <= query.until {
        counts.insert(month.bucket(query.period), Some(0));
        month = month.minus(-1);
    }
    for case in cases.iter().filter(|c| query.covers(c.month)) {
        if let Some(Some(n)) = counts.get_mut(&case.month.bucket(query.period)) {
            *n += 1;
        }
    }
    let mut series: Vec<(String, Option<u64>)> = counts.into_iter().collect();
    if !query.internal {
        suppress::series(&mut series, query.min_count);
    }
    series
}

fn case_rows(query: &Query, cases: &[CaseOutcome]) -> (Vec<CaseRow>, u64, u64) {
    let period = query.by.contains(&Dim::Period).then_some(query.period);
    let mut counts: BTreeMap<(bool, Option<String>, Category, Option<String>), u64> =
        BTreeMap::new();
    let (mut opened, mut minors) = (0, 0);
    for case in cases.iter().filter(|c| query.covers(c.month)) {
        opened += 1;
        minors += u64::from(case.minor);
        for &category in &case.categories {
            let key = if case.minor {
                (true, None, category, None)
            } else {
                (
                    false,
                    period.map(|p| case.month.bucket(p)),
                    category,
                    case.jurisdiction.clone(),
                )
            };
            *counts.entry(key).or_default() += 1;
        }
    }
    let rows = counts
        .into_iter()
        .map(|((minors, period, category, jurisdiction), n)| CaseRow {
            period,
            category,
            jurisdiction,
            minors,
            cases: Some(n),
        })
        .collect();
    (rows, opened, minors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::PlatformId;
    use crate::domain::link::Route;
    use crate::domain::stats::outcome::all_case_masks;

    fn link(platform: &str, hours: Option<u32>, month: i8) -> LinkOutcome {
        LinkOutcome {
            platform: PlatformId::from(platform.to_owned()),
            category: Category::Ncii,
            route: Some(Route::WebForm),
            minor: false,
            month: Month { year: 2026, month },
            hours_to_removal: hours,
            hours_to_response: hours,
            resurfaced: false,
            deadline: None,
            case_mask: 0,
        }
    }

    fn query(by: Vec<Dim>, internal: bool) -> Query {
        Query {
            since: Month {
                year: 2026,
                month: 1,
            },
            until: Month {
                year: 2026,
                month: 12,
            },
            by,
            period: Period::Month,
            min_count: 5,
            internal,
        }
    }

    #[test]
    fn a_case_counts_once_in_each_group_and_minors_are_not_broken_down() {
        let mut adult = vec![link("facebook", Some(1), 3), link("facebook", None, 3)];
        adult.extend([link("facebook", None, 4), link("youtube", Some(2), 4)]);
        let mut minor = vec![link("facebook", Some(3), 3)];
        minor[0].minor = true;
        let by = vec![Dim::Platform, Dim::Period];
        let report = compute(
            &query(by.clone(), true),
            vec![adult.clone(), minor.clone()],
            &[],
            &[],
        );
        type Cell = (Option<String>, Option<String>, bool, u64, u64);
        let cells: Vec<Cell> = report
            .links
            .iter()
            .map(|r| {
                let f = r.figures.as_ref().unwrap();
                (
                    r.key.period.clone(),
                    r.key.platform.as_ref().map(PlatformId::to_string),
                    r.minors,
                    f.cases,
                    f.links,
                )
            })
            .collect();
        assert_eq!(
            cells,
            [
                (Some("2026-03".into()), Some("facebook".into()), false, 1, 2),
                (Some("2026-04".into()), Some("facebook".into()), false, 1, 1),
                (Some("2026-04".into()), Some("youtube".into()), false, 1, 1),
                (None, None, true, 1, 1),
            ]
        );
        assert_eq!(report.total.figures.as_ref().unwrap().cases, 2);

        // The same links from the ledger, with the masks folded in, give the same figures.
        for case in [&mut adult, &mut minor] {
            all_case_masks(case);
        }
        let ledger: Vec<LinkOutcome> = adult.into_iter().chain(minor).collect();
        assert_eq!(compute(&query(by, true), vec![], &ledger, &[]), report);
    }
}
