//! Upcoming re-checks, as `schedule show` lists them and `recheck --dry-run` names the due ones:
//! one JSON line per link, or a table, soonest first. Ids only, never a URL.

use serde::Serialize;

use super::Table;
use crate::domain::catalog::PlatformId;
use crate::domain::ids::{CaseId, LinkId};
use crate::domain::recheck::Seen;

/// One link's next check.
#[derive(Debug, Serialize)]
pub(crate) struct Upcoming<'a> {
    pub(crate) link: &'a LinkId,
    pub(crate) case: &'a CaseId,
    pub(crate) platform: &'a PlatformId,
    pub(crate) status: Option<Seen>,
    pub(crate) next_check: jiff::Timestamp,
}

pub(crate) fn table(rows: &[Upcoming<'_>]) -> Table<'static> {
    let mut table = Table::new(&["NEXT CHECK", "LINK", "CASE", "PLATFORM", "LAST SEEN"]);
    for r in rows {
        table.push(vec![
            super::show_time(r.next_check),
            r.link.to_string(),
            r.case.to_string(),
            r.platform.to_string(),
            r.status
                .map_or("never checked".to_owned(), |s| s.to_string()),
        ]);
    }
    table
}
