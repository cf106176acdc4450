//! The data a guide template receives: one platform and abuse category, seen from the victim's
//! side. It reuses the report's route plan, so a guide never sends a victim somewhere a report
//! would not, and adds what a frightened person needs around it: emergency numbers, the
//! country's helplines and authorities, and the hash-matching services.
//! It holds no answer the victim gave beyond the choices that shape it, and nothing is kept.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::domain::catalog::{
    Authority, Catalog, Channel, Hotline, HotlineKind, Jurisdiction, Platform,
};
use crate::domain::category::Category;
use crate::domain::route::{self, Plan, Situation};
use crate::render::report::PlatformView;

#[derive(Debug, Serialize)]
pub(crate) struct Guide<'a> {
    pub(crate) platform: PlatformView<'a>,
    pub(crate) category: Category,
    pub(crate) minor: bool,
    /// Shown page by page on a terminal: the safety questions were already asked, and the
    /// template marks where one page ends.
    pub(crate) interactive: bool,
    pub(crate) plan: Plan<'a>,
    pub(crate) country: Option<&'a str>,
    pub(crate) emergency: &'a [Channel],
    /// State bodies that take this category; none for minors' cases and CSAM, which stay with
    /// the hotlines.
    pub(crate) authorities: Vec<&'a Authority>,
    /// Helplines of the country that advise people themselves.
    pub(crate) helplines: Vec<&'a Hotline>,
    /// StopNCII and Take It Down, for intimate images.
    pub(crate) hashing: Vec<&'a Hotline>,
    /// Every hotline by id, so a platform channel that says `hotline: stopncii` can be shown
    /// with the service's own name and address.
    pub(crate) hotlines: BTreeMap<&'a str, &'a Hotline>,
}

/// What the guide is about: everything else comes from the catalogue.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Topic<'a> {
    pub(crate) platform: &'a Platform,
    pub(crate) category: Category,
    pub(crate) minor: bool,
    pub(crate) jurisdiction: Option<&'a Jurisdiction>,
}

pub(crate) fn build<'a>(catalog: &'a Catalog, topic: Topic<'a>, interactive: bool) -> Guide<'a> {
    let Topic {
        platform,
        category,
        minor,
        jurisdiction,
    } = topic;
    let code = jurisdiction.map(|j| j.id.as_str());
    let plan = route::plan(
        catalog,
        Situation {
            platform: Some(platform),
            category,
            minor,
            jurisdiction: code,
        },
    );
    let authorities = if plan.hotlines_only {
        Vec::new()
    } else {
        route::legal_basis(catalog, code, category).authorities
    };
    let ours = |h: &&Hotline| h.jurisdiction.is_none() || h.jurisdiction.as_deref() == code;
    let helplines = catalog
        .hotlines()
        .iter()
        .filter(|h| h.kind == HotlineKind::Helpline && h.jurisdiction.is_some())
        .filter(ours)
        .collect();
    // A minor's images are CSAM in law: only the service built for them, never StopNCII's
    // adult flow.
    let wanted = if plan.hotlines_only && matches!(category, Category::Ncii | Category::Csam) {
        Some(Category::Csam)
    } else {
        matches!(category, Category::Ncii | Category::Csam).then_some(category)
    };
    let hashing = catalog
        .hotlines()
        .iter()
        .filter(|h| h.kind == HotlineKind::Hashing)
        .filter(|h| wanted.is_some_and(|c| h.categories.contains(&c)))
        .filter(ours)
        .collect();
    Guide {
        platform: PlatformView {
            id: platform.id.as_str(),
            name: &platform.name,
        },
        category,
        minor,
        interactive,
        plan,
        country: jurisdiction.map(|j| j.name.as_str()),
        emergency: jurisdiction.map_or(&[][..], |j| j.emergency.as_slice()),
        authorities,
        helplines,
        hashing,
        hotlines: catalog
            .hotlines()
            .iter()
            .map(|h| (h.id.as_str(), h))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guide_ids(category: Category, minor: bool) -> (Vec<String>, Vec<String>, bool) {
        let catalog = Catalog::builtin().unwrap();
        let topic = Topic {
            platform: catalog.get("instagram").unwrap(),
            category,
            minor,
            jurisdiction: catalog.jurisdiction("pk"),
        };
        let guide = build(&catalog, topic, false);
        let ids = |v: &[&Hotline]| v.iter().map(|h| h.id.clone()).collect();
        (
            ids(&guide.hashing),
            guide.authorities.iter().map(|a| a.id.clone()).collect(),
            guide
                .emergency
                .iter()
                .any(|c| c.phone.as_deref() == Some("15")),
        )
    }

    #[test]
    fn adults_get_both_hash_services_and_the_authorities_minors_only_take_it_down() {
        let (hashing, authorities, police) = guide_ids(Category::Ncii, false);
        assert_eq!(hashing, ["stopncii", "take_it_down"]);
        assert_eq!(authorities, ["pta"]);
        assert!(police);
        let (hashing, authorities, police) = guide_ids(Category::Ncii, true);
        assert_eq!(hashing, ["take_it_down"]);
        assert!(authorities.is_empty());
        assert!(police, "a child in danger still sees the police number");
        let (hashing, _, _) = guide_ids(Category::Impersonation, false);
        assert!(hashing.is_empty());
    }
}
