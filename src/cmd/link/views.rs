//! What `render` is given of stored links: views that borrow from the store's records, so that
//! `render` never depends on `store`.

use crate::render::link::{EventView, LinkView};
use crate::store::{LinkEvent, LinkRecord};

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
