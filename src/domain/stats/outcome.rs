//! One link's outcome in the coarse form the outcome ledger keeps: no id, no URL, no exact time.

use std::collections::HashSet;
use std::fmt;
use std::str::FromStr;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::domain::catalog::PlatformId;
use crate::domain::category::Category;
use crate::domain::deadline::{self, Standing};
use crate::domain::link::Route;
use crate::domain::string_enum;

/// A calendar month (UTC): the finest time the ledger keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Month {
    pub(crate) year: i16,
    /// 1 to 12.
    pub(crate) month: i8,
}

impl Month {
    pub(crate) fn of(t: Timestamp) -> Month {
        let date = t.to_zoned_datetime(TimeZone::UTC).date();
        Month {
            year: date.year(),
            month: date.month(),
        }
    }

    /// The month `n` months before this one.
    pub(crate) fn minus(self, n: i32) -> Month {
        let index = i32::from(self.year) * 12 + i32::from(self.month) - 1 - n;
        Month {
            year: i16::try_from(index.div_euclid(12)).unwrap_or(i16::MIN),
            month: i8::try_from(index.rem_euclid(12) + 1).expect("1 to 12"),
        }
    }

    /// The label of the month, quarter or half-year this month falls in.
    pub(crate) fn bucket(self, period: Period) -> String {
        match period {
            Period::Month => self.to_string(),
            Period::Quarter => format!("{}-Q{}", self.year, (self.month - 1) / 3 + 1),
            Period::Half => format!("{}-H{}", self.year, (self.month - 1) / 6 + 1),
        }
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl FromStr for Month {
    type Err = String;

    /// `2026-05`; a full date (`2026-05-17`) or time names its month, because the ledger keeps
    /// months only.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let text = s.trim();
        if let Ok(date) = text.parse::<jiff::civil::Date>() {
            return Ok(Month {
                year: date.year(),
                month: date.month(),
            });
        }
        if let Ok(t) = text.parse::<Timestamp>() {
            return Ok(Month::of(t));
        }
        let bad =
            || format!("`{s}` is not a month such as `2026-05` or a date such as `2026-05-17`");
        let (year, month) = text.split_once('-').ok_or_else(bad)?;
        if year.len() != 4 || month.len() != 2 {
            return Err(bad());
        }
        let year: i16 = year.parse().map_err(|_| bad())?;
        let month: i8 = month.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(Month { year, month })
    }
}

/// The length of one step of a series (`--period`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Period {
    Month,
    Quarter,
    Half,
}

string_enum! {
    /// Whether a link with a deadline was removed in time.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(crate) enum DeadlineOutcome {
        Met = "met",
        /// Removed, but after the deadline.
        Late = "late",
        /// Still up after the deadline passed.
        Overdue = "overdue",
    }
}

/// What the store knows about one reported link of a live case.
#[derive(Debug, Clone)]
pub(crate) struct LinkFacts {
    pub(crate) platform: PlatformId,
    pub(crate) category: Category,
    pub(crate) route: Option<Route>,
    pub(crate) minor: bool,
    /// When the clock started: first reported, or first escalated for the partner route.
    pub(crate) start: Timestamp,
    /// The first record or observation of removal at or after `start`.
    pub(crate) removed_at: Option<Timestamp>,
    /// The first platform response, as [`first_response`](super::first_response) defines it:
    /// never after `removed_at`.
    pub(crate) responded_at: Option<Timestamp>,
    pub(crate) resurfaced: bool,
}

/// One link's outcome, coarse enough to keep after its case is destroyed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LinkOutcome {
    pub(crate) platform: PlatformId,
    pub(crate) category: Category,
    pub(crate) route: Option<Route>,
    pub(crate) minor: bool,
    pub(crate) month: Month,
    /// Whole hours from report to removal (rounded down); `None` while not removed.
    pub(crate) hours_to_removal: Option<u32>,
    /// Whole hours from report to the first platform response (rounded down); `None` while the
    /// platform has not answered, and for ledger rows written before responses were kept.
    pub(crate) hours_to_response: Option<u32>,
    pub(crate) resurfaced: bool,
    /// `None` when no deadline applies or it has not passed yet.
    pub(crate) deadline: Option<DeadlineOutcome>,
    /// Bit `g` is set when this link stands for its case in its group under grouping `g` (see
    /// [`Grouping::index`]): counting set bits counts cases without keeping which links shared
    /// one.
    pub(crate) case_mask: u32,
}

/// A case's contribution to "cases opened".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CaseOutcome {
    pub(crate) month: Month,
    pub(crate) jurisdiction: Option<String>,
    pub(crate) minor: bool,
    pub(crate) categories: Vec<Category>,
}

/// A link's outcome as of `now`, against its `deadline` (from `deadline::of_link`, the one
/// clock); its case mask is filled in by [`all_case_masks`] or by the figures for the grouping
/// asked.
pub(crate) fn link_outcome(
    facts: &LinkFacts,
    deadline: Option<Timestamp>,
    now: Timestamp,
) -> LinkOutcome {
    let seconds = |at: Timestamp| {
        at.as_second()
            .saturating_sub(facts.start.as_second())
            .max(0)
    };
    let hours = |s: i64| u32::try_from(s / 3600).unwrap_or(u32::MAX);
    let deadline = deadline.and_then(|at| match deadline::standing(at, facts.removed_at, now) {
        Standing::Met => Some(DeadlineOutcome::Met),
        Standing::Late => Some(DeadlineOutcome::Late),
        Standing::Overdue => Some(DeadlineOutcome::Overdue),
        Standing::Running => None,
    });
    LinkOutcome {
        platform: facts.platform.clone(),
        category: facts.category,
        route: facts.route,
        minor: facts.minor,
        month: Month::of(facts.start),
        hours_to_removal: facts.removed_at.map(seconds).map(hours),
        hours_to_response: facts.responded_at.map(seconds).map(hours),
        resurfaced: facts.resurfaced,
        deadline,
        case_mask: 0,
    }
}

/// Which keys a table groups by; 32 of them, numbered by [`Grouping::index`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Grouping {
    pub(crate) platform: bool,
    pub(crate) category: bool,
    pub(crate) route: bool,
    pub(crate) period: Option<Period>,
}

impl Grouping {
    pub(crate) fn index(self) -> u32 {
        let time = match self.period {
            None => 0,
            Some(Period::Month) => 1,
            Some(Period::Quarter) => 2,
            Some(Period::Half) => 3,
        };
        u32::from(self.platform)
            | u32::from(self.category) << 1
            | u32::from(self.route) << 2
            | time << 3
    }

    fn all() -> impl Iterator<Item = Grouping> {
        (0..32u32).map(|i| Grouping {
            platform: i & 1 != 0,
            category: i & 2 != 0,
            route: i & 4 != 0,
            period: match i >> 3 {
                0 => None,
                1 => Some(Period::Month),
                2 => Some(Period::Quarter),
                _ => Some(Period::Half),
            },
        })
    }

    pub(crate) fn key(self, link: &LinkOutcome) -> GroupKey {
        GroupKey {
            platform: self.platform.then(|| link.platform.clone()),
            category: self.category.then_some(link.category),
            route: self.route.then_some(link.route),
            period: self.period.map(|p| link.month.bucket(p)),
        }
    }
}

/// A group's keys; `None` where the grouping does not split.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct GroupKey {
    pub(crate) period: Option<String>,
    pub(crate) platform: Option<PlatformId>,
    pub(crate) category: Option<Category>,
    pub(crate) route: Option<Option<Route>>,
}

/// Marks, for one case's links, which link stands for the case in each of its groups: one of
/// those reported first (by month), so a case counts in the period it was first reported in,
/// whether its links are read live or from the ledger.
pub(crate) fn mark_representatives(links: &mut [LinkOutcome], grouping: Grouping) {
    links.sort_by_key(|l| l.month);
    let bit = 1u32 << grouping.index();
    let mut seen: HashSet<GroupKey> = HashSet::new();
    for link in links.iter_mut() {
        if seen.insert(grouping.key(link)) {
            link.case_mask |= bit;
        } else {
            link.case_mask &= !bit;
        }
    }
}

/// Fills in every grouping's bit for one case's links, as the ledger stores them.
pub(crate) fn all_case_masks(links: &mut [LinkOutcome]) {
    for grouping in Grouping::all() {
        mark_representatives(links, grouping);
    }
}
