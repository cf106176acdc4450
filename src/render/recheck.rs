//! What `recheck` prints: one JSON line per link (ARCHITECTURE §2), or one summary line.

use serde::Serialize;

use crate::domain::catalog::PlatformId;
use crate::domain::ids::{CaseId, LinkId};
use crate::domain::matching::{Found, Known};
use crate::domain::pdq::Dihedral;
use crate::domain::recheck::Seen;

/// One line of `recheck --json`: ARCHITECTURE §2's fields in its order, then whether the link's
/// removal deadline ran out since its last check, and the known picture a live picture resembles.
#[derive(Debug, Serialize)]
pub(crate) struct Row<'a> {
    pub(crate) link: &'a LinkId,
    pub(crate) case: &'a CaseId,
    pub(crate) platform: &'a PlatformId,
    pub(crate) status: Seen,
    pub(crate) previous: Option<Seen>,
    pub(crate) http_status: Option<u16>,
    pub(crate) changed: bool,
    pub(crate) resurfaced: bool,
    pub(crate) deadline_passed: bool,
    pub(crate) pdq_match: Option<PdqMatch<'a>>,
}

/// A live picture within the threshold of a known one: `{"case", "source", "id", "distance"}`.
#[derive(Debug, Serialize)]
pub(crate) struct PdqMatch<'a> {
    #[serde(flatten)]
    pub(crate) known: &'a Known,
    pub(crate) distance: u32,
}

impl<'a> From<&Found<'a>> for PdqMatch<'a> {
    fn from(found: &Found<'a>) -> Self {
        PdqMatch {
            known: found.known,
            distance: found.distance,
        }
    }
}

/// What a near-duplicate picture on a live link is called in the warning: a lead for a person
/// to confirm by looking, with the distance and what it resembles.
pub(crate) fn similar(found: &Found<'_>) -> String {
    let turned = if found.variant == Dihedral::Original {
        ""
    } else {
        ", mirrored or rotated"
    };
    format!(
        "a picture like one removed before is live (PDQ distance {}{turned} from {} of case `{}`; \
         confirm by looking)",
        found.distance, found.known.source, found.known.case
    )
}

/// `counts` is indexed by [`Seen`] in declaration order.
pub(crate) fn summary(
    total: usize,
    counts: &[usize; Seen::ALL.len()],
    resurfaced: usize,
    past_deadline: usize,
) -> String {
    if total == 0 {
        return "nothing to check".to_owned();
    }
    let [live, removed, unavailable, blocked, login_wall, error] = *counts;
    let links = if total == 1 { "link" } else { "links" };
    let errors = if error == 1 { "error" } else { "errors" };
    let mut line = format!(
        "checked {total} {links}: {live} live, {removed} removed, {unavailable} unavailable, \
         {blocked} blocked, {login_wall} behind a login, {error} {errors}; {resurfaced} resurfaced"
    );
    if past_deadline > 0 {
        line += &format!(", {past_deadline} past the removal deadline");
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_reads_as_a_sentence() {
        assert_eq!(summary(0, &[0; 6], 0, 0), "nothing to check");
        assert_eq!(
            summary(4, &[1, 1, 1, 0, 0, 1], 1, 0),
            "checked 4 links: 1 live, 1 removed, 1 unavailable, 0 blocked, 0 behind a login, \
             1 error; 1 resurfaced"
        );
        assert_eq!(
            summary(1, &[1, 0, 0, 0, 0, 0], 0, 1),
            "checked 1 link: 1 live, 0 removed, 0 unavailable, 0 blocked, 0 behind a login, \
             0 errors; 0 resurfaced, 1 past the removal deadline"
        );
    }
}
