//! What `render` is given of stored cases: views that borrow from the store's records, so that
//! `render` never depends on `store`.

use serde::Serialize;

use crate::domain::case::{CaseStatus, Consent};
use crate::domain::ids::CaseId;
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
        wiped_at: (case.status == CaseStatus::Wiped).then_some(case.updated_at),
        links: case.links,
        consent: Consent::ALL.map(|c| (c, case.consent.get(c))),
    }
}

/// A case as `--json` lists it: a wiped one shows only its id, `wiped` and when.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub(super) enum Listed<'a> {
    Case(&'a CaseSummary),
    Tombstone {
        id: &'a CaseId,
        status: CaseStatus,
        wiped_at: jiff::Timestamp,
    },
}

pub(super) fn listed(case: &CaseSummary) -> Listed<'_> {
    match case.status {
        CaseStatus::Wiped => Listed::Tombstone {
            id: &case.id,
            status: case.status,
            wiped_at: case.updated_at,
        },
        _ => Listed::Case(case),
    }
}

/// `case show`: the case with its history and notes, each with who did it.
pub(super) fn page(case: &CaseRecord) -> CasePage<'_> {
    CasePage {
        case: view(&case.summary),
        history: case
            .history
            .iter()
            .map(|e| (e.at, e.staff.as_deref(), e.event.as_str()))
            .collect(),
        notes: case
            .notes
            .iter()
            .map(|n| (n.created_at, n.staff.as_deref(), n.body.as_str()))
            .collect(),
    }
}
