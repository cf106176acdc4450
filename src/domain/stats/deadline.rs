//! Which removal deadline a reported link ran against: the shortest of what its platform
//! promises for the route taken and what the law of the case's country (and the US, where most
//! platforms are) sets for its category, counted from the report.

use crate::config::platforms::{Catalog, ChannelKind};
use crate::domain::link::Route;
use crate::domain::route::legal_basis;

use super::LinkFacts;

pub(crate) fn deadline_hours(catalog: &Catalog, facts: &LinkFacts) -> Option<u32> {
    let route = facts.route?;
    let promised = catalog
        .get(&facts.platform)
        .and_then(|p| p.channels.get(&facts.category))
        .into_iter()
        .flatten()
        .filter(|c| same_route(c.kind, route))
        .filter_map(|c| c.deadline.as_ref().map(|d| d.hours));
    // A law's clock starts with a removal request to the platform, not with an in-app flag or a
    // hotline submission, and only once the law is in force.
    let day = facts
        .start
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
        .to_string();
    let legal = matches!(
        route,
        Route::WebForm | Route::Email | Route::Partner | Route::Legal | Route::Dmca
    )
    .then(|| legal_basis(catalog, facts.jurisdiction.as_deref(), facts.category).deadlines)
    .into_iter()
    .flatten()
    .filter(|d| {
        d.in_force
            .as_deref()
            .is_none_or(|from| from <= day.as_str())
    })
    .map(|d| d.hours);
    promised.chain(legal).min()
}

fn same_route(kind: ChannelKind, route: Route) -> bool {
    matches!(
        (kind, route),
        (ChannelKind::InApp, Route::InApp)
            | (ChannelKind::WebForm, Route::WebForm)
            | (ChannelKind::Email, Route::Email)
            | (ChannelKind::Partner, Route::Partner)
            | (ChannelKind::Hotline, Route::Hotline)
    )
}
