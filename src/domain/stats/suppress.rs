//! Small-cell suppression, as statistical offices do it: a cell resting on fewer than `k` cases
//! is not published (primary), and where a published total would let one suppressed cell be
//! worked out by subtraction, the next smallest cell goes too (secondary).

use super::figures::{CaseRow, LinkRow, Report};

pub(super) fn links(rows: &mut [LinkRow], total: &mut LinkRow, k: u64) {
    let cases = |row: &LinkRow| row.figures.as_ref().map(|f| f.cases);
    for row in rows.iter_mut().chain(std::iter::once(&mut *total)) {
        if cases(row).is_some_and(|n| n < k) {
            row.figures = None;
        }
    }
    if total.figures.is_some() {
        secondary(rows, cases, |row| row.figures = None);
    }
}

pub(super) fn cases(report: &mut Report, k: u64) {
    let small = |n: Option<u64>| n.filter(|&n| n == 0 || n >= k);
    report.cases_opened = small(report.cases_opened);
    report.minor_cases = small(report.minor_cases);
    for row in &mut report.cases {
        row.cases = row.cases.filter(|&n| n >= k);
    }
    let count = |row: &CaseRow| row.cases;
    let hide = |row: &mut CaseRow| row.cases = None;
    let (mut minors, mut adults): (Vec<&mut CaseRow>, Vec<&mut CaseRow>) =
        report.cases.iter_mut().partition(|row| row.minors);
    if report.cases_opened.is_some() {
        secondary_refs(&mut adults, count, hide);
    }
    if report.minor_cases.is_some() {
        secondary_refs(&mut minors, count, hide);
    }
}

/// A series of counts under a published total: empty periods stay 0 (they reveal nobody).
pub(super) fn series(cells: &mut [(String, Option<u64>)], k: u64) {
    for (_, n) in cells.iter_mut() {
        *n = n.filter(|&n| n == 0 || n >= k);
    }
    // An empty period is the last choice for the second cell: hiding a zero protects little.
    let count = |c: &(String, Option<u64>)| c.1.map(|n| if n == 0 { u64::MAX } else { n });
    secondary(cells, count, |c| c.1 = None);
}

/// Where exactly one cell of a table under a published total is suppressed, suppresses the
/// smallest published one as well.
fn secondary<T>(cells: &mut [T], count: impl Fn(&T) -> Option<u64>, hide: impl Fn(&mut T)) {
    let mut refs: Vec<&mut T> = cells.iter_mut().collect();
    secondary_refs(&mut refs, count, hide);
}

fn secondary_refs<T>(
    cells: &mut [&mut T],
    count: impl Fn(&T) -> Option<u64>,
    hide: impl Fn(&mut T),
) {
    if cells.iter().filter(|c| count(c).is_none()).count() != 1 {
        return;
    }
    if let Some(smallest) = cells
        .iter_mut()
        .filter(|c| count(c).is_some())
        .min_by_key(|c| count(c))
    {
        hide(smallest);
    }
}
