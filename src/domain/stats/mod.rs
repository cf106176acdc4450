//! Anonymous figures for the helpline's public reports: what one link's outcome was, how many
//! cases and links fall in each group, removal rates and times, and which cells must not be
//! published. Pure: the store hands in outcomes (from live cases and from the outcome ledger
//! alike), so the same question gives the same figures before and after a case is wiped.

mod figures;
mod outcome;
pub(crate) mod percentile;
mod response;
mod suppress;

pub(crate) use figures::{Figures, LinkRow, Query, Report, cases_per_period, compute};
pub(crate) use outcome::{
    CaseOutcome, DeadlineOutcome, LinkFacts, LinkOutcome, Month, Period, all_case_masks,
    link_outcome,
};
pub(crate) use response::{EventFacts, first_response};

use std::str::FromStr;

use super::string_enum;

string_enum! {
    /// What a table of links can be broken down by (`--by`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub(crate) enum Dim {
        Platform = "platform",
        Category = "category",
        Route = "route",
        /// The month, quarter or half-year the link was reported in (`--by month`, `--period`).
        Period = "period",
    }
}

impl Dim {
    /// The names `--by` offers: `month` is what people ask for; `period` is accepted as well.
    pub(crate) const NAMES: [&'static str; 4] = ["platform", "category", "route", "month"];
}

impl FromStr for Dim {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "month" => Ok(Dim::Period),
            _ => Dim::parse(s).ok_or_else(|| {
                format!(
                    "unknown grouping `{s}` (expected one of: platform, category, route, month)"
                )
            }),
        }
    }
}
