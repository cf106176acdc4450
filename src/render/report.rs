//! The data a report template receives: one platform's links of one case, grouped by category,
//! each group with its route plan, legal basis and the placeholders the victim fills in.
//! URLs, hashes and dates only: never evidence bytes, never a victim's details.

use serde::Serialize;

use crate::domain::catalog::Catalog;
use crate::domain::category::Category;
use crate::domain::link::LinkStatus;
use crate::domain::route::{self, LegalBasis, Placeholder, Plan, Situation};
use crate::domain::url::{NormalizedUrl, UrlHash};
use crate::render::case::CaseView;
use crate::render::link::LinkView;

#[derive(Debug, Serialize)]
pub(crate) struct Report<'a> {
    pub(crate) case: ReportCase<'a>,
    pub(crate) platform: PlatformView<'a>,
    /// The day the report was made (YYYY-MM-DD).
    pub(crate) generated: String,
    pub(crate) sections: Vec<Section<'a>>,
}

#[derive(Debug, Serialize)]
pub(crate) struct ReportCase<'a> {
    pub(crate) id: String,
    pub(crate) categories: &'a [Category],
    pub(crate) minor: bool,
    pub(crate) jurisdiction: Option<&'a str>,
    /// Whether the victim's consent to share with platforms is on record; without it the report
    /// still prints (staff submit it themselves), marked as such.
    pub(crate) platform_consent: bool,
}

#[derive(Debug, Serialize)]
pub(crate) struct PlatformView<'a> {
    pub(crate) id: &'a str,
    pub(crate) name: &'a str,
}

#[derive(Debug, Serialize)]
pub(crate) struct Section<'a> {
    pub(crate) category: Category,
    pub(crate) plan: Plan<'a>,
    pub(crate) legal: LegalBasis<'a>,
    pub(crate) placeholders: Vec<Placeholder>,
    pub(crate) links: Vec<ReportLink<'a>>,
}

#[derive(Debug, Serialize)]
pub(crate) struct ReportLink<'a> {
    pub(crate) id: String,
    pub(crate) url: &'a NormalizedUrl,
    pub(crate) url_hash: &'a UrlHash,
    /// YYYY-MM-DD, UTC.
    pub(crate) first_seen: String,
    pub(crate) status: LinkStatus,
    pub(crate) reference: Option<&'a str>,
}

/// One platform's report. `links` are that platform's links of `case`, each under its category
/// (`Category::of_link`).
pub(crate) fn build<'a>(
    catalog: &'a Catalog,
    case: &CaseView<'a>,
    platform: &'a str,
    links: &[LinkView<'a>],
    today: jiff::Timestamp,
) -> Report<'a> {
    let known = catalog.get(platform);
    let category_of = |l: &LinkView<'_>| Category::of_link(l.category, case.categories);
    let mut categories: Vec<Category> = links.iter().map(category_of).collect();
    categories.sort();
    categories.dedup();
    let jurisdiction = case.jurisdiction;
    let sections = categories
        .into_iter()
        .map(|category| {
            let plan = route::plan(
                catalog,
                Situation {
                    platform: known,
                    category,
                    minor: case.minor,
                    jurisdiction,
                },
            );
            let legal = route::legal_basis(catalog, jurisdiction, plan.law_category);
            let placeholders = route::placeholders(&plan, &legal);
            let links = links
                .iter()
                .filter(|l| category_of(l) == category)
                .map(|l| ReportLink {
                    id: l.id.to_string(),
                    url: l.url,
                    url_hash: l.url_hash,
                    first_seen: day(l.first_seen),
                    status: l.status,
                    reference: l.reference,
                })
                .collect();
            Section {
                category,
                plan,
                legal,
                placeholders,
                links,
            }
        })
        .collect();
    Report {
        case: ReportCase {
            id: case.id.to_string(),
            categories: case.categories,
            minor: case.minor,
            jurisdiction,
            platform_consent: case
                .consent
                .iter()
                .any(|(c, at)| *c == crate::domain::case::Consent::Platforms && at.is_some()),
        },
        platform: PlatformView {
            id: platform,
            name: known.map_or(platform, |p| p.name.as_str()),
        },
        generated: day(today),
        sections,
    }
}

pub(crate) fn day(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%d").to_string()
}
