//! What `render` is given of stored cases: views that borrow from the store's records, so that
//! `render` never depends on `store`.

use crate::domain::case::Consent;
use crate::render::case::{CasePage, CaseView};
use crate::store::{CaseRecord, CaseSummary};

/// What `render` shows of a stored case.
pub(crate) fn view(case: &CaseSummary) -> CaseView<'_> {
    CaseView {
        id: &case.id,
        status: case.status,
        categories: &case.categories,
        minor: case.minor,
        jurisdiction: case.jurisdiction.as_deref(),
        created_at: case.created_at,
        links: case.links,
        consent: Consent::ALL.map(|c| (c, case.consent.get(c))),
    }
}

/// `case show`: the case with its history and notes.
pub(super) fn page(case: &CaseRecord) -> CasePage<'_> {
    CasePage {
        case: view(&case.summary),
        history: case
            .history
            .iter()
            .map(|e| (e.at, e.event.as_str()))
            .collect(),
        notes: case
            .notes
            .iter()
            .map(|n| (n.created_at, n.body.as_str()))
            .collect(),
    }
}
