//! The data e-mail templates receive. An escalation carries links, their hashes, dates and the
//! legal basis; never evidence bytes, notes or anything about the victim. An alert carries
//! ids, platforms and what happened: no URL at all, since staff mail may sit on any server.

use serde::Serialize;

use crate::domain::catalog::Catalog;
use crate::domain::category::Category;
use crate::domain::ids::{CaseId, LinkId};
use crate::domain::route::{self, LegalBasis};
use crate::domain::url::{NormalizedUrl, UrlHash};
use crate::render::case;
use crate::render::link::LinkView;
use crate::render::report::{PlatformView, day};

#[derive(Debug, Serialize)]
pub(crate) struct Escalation<'a> {
    /// `[takedown C-7KQ2]`: in every subject, so replies find their case.
    pub(crate) tag: String,
    pub(crate) case: CaseView<'a>,
    pub(crate) partner: &'a str,
    pub(crate) sender: &'a str,
    pub(crate) platform: PlatformView<'a>,
    pub(crate) count: usize,
    pub(crate) sections: Vec<Section<'a>>,
    pub(crate) followup: Option<Followup>,
}

#[derive(Debug, Serialize)]
pub(crate) struct CaseView<'a> {
    pub(crate) id: &'a CaseId,
    pub(crate) minor: bool,
}

#[derive(Debug, Serialize)]
pub(crate) struct Section<'a> {
    pub(crate) category: Category,
    pub(crate) legal: LegalBasis<'a>,
    pub(crate) links: Vec<MailLink<'a>>,
}

#[derive(Debug, Serialize)]
pub(crate) struct MailLink<'a> {
    pub(crate) id: &'a LinkId,
    pub(crate) url: &'a NormalizedUrl,
    pub(crate) url_hash: &'a UrlHash,
    /// YYYY-MM-DD, UTC.
    pub(crate) first_seen: String,
    pub(crate) reported: Option<String>,
    pub(crate) reference: Option<&'a str>,
}

/// What a follow-up says about the first message.
#[derive(Debug, Serialize)]
pub(crate) struct Followup {
    pub(crate) date: String,
    pub(crate) subject: String,
    pub(crate) hours: u32,
}

/// A link with the time it was first reported to the platform, if it was.
pub(crate) struct Escalated<'a> {
    pub(crate) link: LinkView<'a>,
    pub(crate) reported: Option<jiff::Timestamp>,
}

/// Groups one platform's links by category, each group with its legal basis.
pub(crate) fn sections<'a>(
    catalog: &'a Catalog,
    case: &case::CaseView<'_>,
    links: &[Escalated<'a>],
) -> Vec<Section<'a>> {
    let category_of = |l: &LinkView<'_>| Category::of_link(l.category, case.categories);
    let mut categories: Vec<Category> = links.iter().map(|e| category_of(&e.link)).collect();
    categories.sort();
    categories.dedup();
    categories
        .into_iter()
        .map(|category| Section {
            category,
            legal: route::legal_basis(catalog, case.jurisdiction, category),
            links: links
                .iter()
                .filter(|e| category_of(&e.link) == category)
                .map(|e| MailLink {
                    id: e.link.id,
                    url: e.link.url,
                    url_hash: e.link.url_hash,
                    first_seen: day(e.link.first_seen),
                    reported: e.reported.map(day),
                    reference: e.link.reference,
                })
                .collect(),
        })
        .collect()
}
