//! What `render` is given of stored links: views that borrow from the store's records, so that
//! `render` never depends on `store`.

use crate::domain::catalog::Catalog;
use crate::render::link::{CheckView, EventView, LinkView};
use crate::store::{LastCheck, LinkEvent, LinkRecord};

/// What `render` shows of a stored link.
pub(crate) fn view(link: &LinkRecord) -> LinkView<'_> {
    LinkView {
        id: &link.id,
        case: &link.case,
        url: &link.url,
        url_hash: &link.url_hash,
        platform: &link.platform,
        category: link.category,
        status: link.status,
        route: link.route,
        reference: link.reference.as_deref(),
        first_seen: link.first_seen,
    }
}

pub(super) fn event(event: &LinkEvent) -> EventView<'_> {
    EventView {
        at: event.at,
        status: event.status,
        route: event.route,
        reference: event.reference.as_deref(),
        partner: event.partner.as_deref(),
        staff: event.staff.as_deref(),
    }
}

/// The last re-check, with the name of the probe its platform has now.
pub(super) fn check<'a>(
    last: &LastCheck,
    catalog: &'a Catalog,
    link: &LinkRecord,
) -> CheckView<'a> {
    CheckView {
        at: last.at,
        status: last.status,
        http_status: last.http_status,
        via: last.via,
        probe: catalog
            .get(link.platform.as_str())
            .and_then(|p| p.probe.as_ref())
            .map(|p| p.name.as_str()),
    }
}
