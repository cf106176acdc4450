//! The data a guide template receives: one abuse category on one or more platforms, seen from
//! the victim's side. It reuses the report's route plan, so a guide never sends a victim
//! somewhere a report would not, and adds what a frightened person needs around it: numbers to
//! call now, the country's helplines and authorities, and the hash-matching services.
//!
//! Confirmed routes come first; unconfirmed ones follow in their own part, each with a caveat.
//! Numbers and authorities carry their source and the date they were checked, and an
//! unconfirmed number is never offered alone when a confirmed one exists.
//! It holds no answer the victim gave beyond the choices that shape it, and nothing is kept.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::domain::catalog::{
    Authority, Catalog, Channel, Hotline, HotlineKind, Jurisdiction, Platform, SourceKind,
};
use crate::domain::category::Category;
use crate::domain::route::{self, Choice, Situation};
use crate::render::report::PlatformView;

#[derive(Debug, Serialize)]
pub(crate) struct Guide<'a> {
    /// The platforms the guide covers, in the order they were chosen.
    pub(crate) platforms: Vec<PlatformView<'a>>,
    pub(crate) category: Category,
    pub(crate) minor: bool,
    /// Shown page by page on a terminal: the safety questions were already asked, and the
    /// template marks where one page ends.
    pub(crate) interactive: bool,
    /// Minors' cases and CSAM: the child-protection services only, once for all platforms.
    pub(crate) hotlines_only: bool,
    /// Whether screenshots may be kept as proof at all.
    pub(crate) media_allowed: bool,
    /// A minor's sexual images or CSAM: the law on child abuse material is spelled out.
    pub(crate) child_abuse: bool,
    /// One per platform, or a single one without a platform when `hotlines_only`.
    pub(crate) sections: Vec<Section<'a>>,
    /// For its name in the page's language (`tr(jurisdiction, "name")`).
    pub(crate) jurisdiction: Option<&'a Jurisdiction>,
    /// Numbers for someone in danger now, confirmed ones first.
    pub(crate) contacts: Vec<Contact<'a>>,
    /// Whether any of `contacts` is confirmed; if none is, the guide says so.
    pub(crate) confirmed_number: bool,
    /// State bodies that take this category, confirmed ones first; none for minors' cases and
    /// CSAM, which stay with the hotlines.
    pub(crate) authorities: Vec<AuthorityView<'a>>,
    /// Helplines of the country that advise people themselves.
    pub(crate) helplines: Vec<&'a Hotline>,
    /// StopNCII and Take It Down, for intimate images and threats to share them.
    pub(crate) hashing: Vec<&'a Hotline>,
    /// Every hotline by id, so a platform channel that says `hotline: stopncii` can be shown
    /// with the service's own name and address.
    pub(crate) hotlines: BTreeMap<&'a str, &'a Hotline>,
}

/// One platform's steps: those a source confirms, then the others.
#[derive(Debug, Serialize)]
pub(crate) struct Section<'a> {
    pub(crate) platform: Option<PlatformView<'a>>,
    pub(crate) confirmed: Vec<Choice<'a>>,
    pub(crate) unconfirmed: Vec<Choice<'a>>,
}

/// A number to call, with where it comes from.
#[derive(Debug, Serialize)]
pub(crate) struct Contact<'a> {
    pub(crate) name: &'a str,
    /// The name in Urdu, where the catalogue has it (read through `tr`).
    pub(crate) ur: Option<UrName<'a>>,
    pub(crate) phone: &'a str,
    pub(crate) unverified: bool,
    pub(crate) checked: &'a str,
    pub(crate) source: Option<SourceView>,
}

#[derive(Debug, Serialize)]
pub(crate) struct UrName<'a> {
    pub(crate) name: &'a str,
}

/// Where a fact comes from, as a victim can judge it: the site and the kind of source.
#[derive(Debug, Serialize)]
pub(crate) struct SourceView {
    /// The host of the source's address (`nr3c.gov.pk`), when it has one.
    pub(crate) site: Option<String>,
    pub(crate) kind: SourceKind,
}

#[derive(Debug, Serialize)]
pub(crate) struct AuthorityView<'a> {
    pub(crate) authority: &'a Authority,
    pub(crate) source: Option<SourceView>,
    /// Its channels, confirmed ones first, each with its source.
    pub(crate) ways: Vec<Way<'a>>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Way<'a> {
    pub(crate) channel: &'a Channel,
    pub(crate) source: Option<SourceView>,
}

/// What the guide is about: everything else comes from the catalogue.
#[derive(Debug, Clone)]
pub(crate) struct Topic<'a> {
    /// At least one.
    pub(crate) platforms: Vec<&'a Platform>,
    pub(crate) category: Category,
    pub(crate) minor: bool,
    pub(crate) jurisdiction: Option<&'a Jurisdiction>,
}

pub(crate) fn build<'a>(catalog: &'a Catalog, topic: Topic<'a>, interactive: bool) -> Guide<'a> {
    let Topic {
        platforms,
        category,
        minor,
        jurisdiction,
    } = topic;
    let code = jurisdiction.map(|j| j.id.as_str());
    let situation = |platform| Situation {
        platform,
        category,
        minor,
        jurisdiction: code,
    };
    let first = route::plan(catalog, situation(platforms.first().copied()));
    let hotlines_only = first.hotlines_only;
    let media_allowed = first.media_allowed;
    let sections = if hotlines_only {
        // The same child-protection services whatever the platform: listed once.
        vec![section(None, first.choices)]
    } else {
        platforms
            .iter()
            .map(|&p| {
                let plan = route::plan(catalog, situation(Some(p)));
                section(Some(p), plan.choices)
            })
            .collect()
    };
    let mut authorities: Vec<AuthorityView<'a>> = if hotlines_only {
        Vec::new()
    } else {
        route::legal_basis(catalog, code, category)
            .authorities
            .into_iter()
            .map(|a| authority_view(catalog, a))
            .collect()
    };
    authorities.sort_by_key(|a| a.authority.unverified);
    let ours = |h: &&Hotline| h.jurisdiction.is_none() || h.jurisdiction.as_deref() == code;
    let helplines = helplines(catalog, code);
    // A minor's images are CSAM in law: only the service built for them, never StopNCII's
    // adult flow. Threatened pictures can be hashed before anyone shares them.
    let wanted = match category {
        _ if first.child_abuse => Some(Category::Csam),
        Category::Sextortion => Some(Category::Ncii),
        c if c.is_sexual() => Some(c),
        _ => None,
    };
    let hashing = catalog
        .hotlines()
        .iter()
        .filter(|h| h.kind == HotlineKind::Hashing)
        .filter(|h| wanted.is_some_and(|c| h.categories.contains(&c)))
        .filter(ours)
        .collect();
    let contacts = contacts(catalog, jurisdiction);
    Guide {
        platforms: platforms
            .iter()
            .map(|p| PlatformView {
                id: p.id.as_str(),
                name: &p.name,
            })
            .collect(),
        category,
        minor,
        interactive,
        hotlines_only,
        media_allowed,
        child_abuse: first.child_abuse,
        sections,
        jurisdiction,
        confirmed_number: contacts.iter().any(|c| !c.unverified),
        contacts,
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

fn section<'a>(platform: Option<&'a Platform>, choices: Vec<Choice<'a>>) -> Section<'a> {
    let (confirmed, unconfirmed) = choices.into_iter().partition(|c| !c.unverified);
    Section {
        platform: platform.map(|p| PlatformView {
            id: p.id.as_str(),
            name: &p.name,
        }),
        confirmed,
        unconfirmed,
    }
}

/// The country's own helplines, which advise people themselves.
fn helplines<'a>(catalog: &'a Catalog, code: Option<&str>) -> Vec<&'a Hotline> {
    catalog
        .hotlines()
        .iter()
        .filter(|h| h.kind == HotlineKind::Helpline && h.jurisdiction.is_some())
        .filter(|h| h.jurisdiction.as_deref() == code)
        .collect()
}

/// Emergency numbers, then the country's helplines that answer the phone: confirmed ones first,
/// so an unconfirmed number is never the only one a frightened person sees first.
pub(crate) fn contacts<'a>(
    catalog: &'a Catalog,
    jurisdiction: Option<&'a Jurisdiction>,
) -> Vec<Contact<'a>> {
    let emergency = jurisdiction.map_or(&[][..], |j| j.emergency.as_slice());
    let helplines = helplines(catalog, jurisdiction.map(|j| j.id.as_str()));
    let mut contacts: Vec<Contact<'a>> = emergency
        .iter()
        .filter_map(|ch| {
            Some(Contact {
                name: ch.title.as_deref().unwrap_or_default(),
                ur: ch
                    .ur
                    .as_ref()
                    .and_then(|t| t.title.as_deref())
                    .map(|name| UrName { name }),
                phone: ch.phone.as_deref()?,
                unverified: ch.unverified,
                checked: &ch.checked,
                source: source_view(catalog, &ch.sources),
            })
        })
        .collect();
    contacts.extend(helplines.iter().filter_map(|h| {
        Some(Contact {
            name: &h.name,
            ur: None,
            phone: h.phone.as_deref()?,
            unverified: h.unverified,
            checked: &h.checked,
            source: source_view(catalog, &h.sources),
        })
    }));
    contacts.sort_by_key(|c| c.unverified);
    contacts
}

fn authority_view<'a>(catalog: &'a Catalog, authority: &'a Authority) -> AuthorityView<'a> {
    let mut ways: Vec<Way<'a>> = authority
        .channels
        .iter()
        .map(|channel| Way {
            channel,
            source: source_view(catalog, &channel.sources),
        })
        .collect();
    ways.sort_by_key(|w| w.channel.unverified);
    AuthorityView {
        authority,
        source: source_view(catalog, &authority.sources),
        ways,
    }
}

/// The first of `keys` the catalogue knows, shown by its site; one with an address first.
fn source_view(catalog: &Catalog, keys: &[String]) -> Option<SourceView> {
    let known: Vec<_> = keys.iter().filter_map(|k| catalog.source(k)).collect();
    let best = known
        .iter()
        .find(|s| s.url.is_some())
        .or_else(|| known.first())?;
    let site = best
        .url
        .as_deref()
        .and_then(|u| url::Url::parse(u).ok())
        .and_then(|u| {
            u.host_str()
                .map(|h| h.trim_start_matches("www.").to_owned())
        });
    Some(SourceView {
        site,
        kind: best.kind,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topic<'a>(catalog: &'a Catalog, ids: &[&str], category: Category, minor: bool) -> Topic<'a> {
        Topic {
            platforms: ids.iter().map(|id| catalog.get(id).unwrap()).collect(),
            category,
            minor,
            jurisdiction: catalog.jurisdiction("pk"),
        }
    }

    fn guide_ids(category: Category, minor: bool) -> (Vec<String>, Vec<String>, bool) {
        let catalog = Catalog::builtin().unwrap();
        let guide = build(
            &catalog,
            topic(&catalog, &["instagram"], category, minor),
            false,
        );
        let ids = |v: &[&Hotline]| v.iter().map(|h| h.id.clone()).collect();
        (
            ids(&guide.hashing),
            guide
                .authorities
                .iter()
                .map(|a| a.authority.id.clone())
                .collect(),
            guide.contacts.iter().any(|c| c.phone == "15"),
        )
    }

    #[test]
    fn adults_get_both_hash_services_and_the_authorities_minors_only_take_it_down() {
        let (hashing, authorities, police) = guide_ids(Category::Ncii, false);
        assert_eq!(hashing, ["stopncii", "take_it_down"]);
        assert_eq!(authorities, ["pta", "nccia"], "confirmed first");
        assert!(police);
        let (hashing, authorities, police) = guide_ids(Category::Ncii, true);
        assert_eq!(hashing, ["take_it_down"]);
        assert!(authorities.is_empty());
        assert!(police, "a child in danger still sees the police number");
        let (hashing, _, _) = guide_ids(Category::Impersonation, false);
        assert!(hashing.is_empty());
        let (hashing, authorities, _) = guide_ids(Category::Sextortion, false);
        assert_eq!(
            hashing,
            ["stopncii", "take_it_down"],
            "hash before it is shared"
        );
        assert!(authorities.contains(&"nccia".to_owned()), "{authorities:?}");
    }

    #[test]
    fn an_unconfirmed_number_never_comes_first_and_numbers_carry_source_and_date() {
        let catalog = Catalog::builtin().unwrap();
        let guide = build(
            &catalog,
            topic(&catalog, &["whatsapp"], Category::Harassment, false),
            false,
        );
        assert!(guide.confirmed_number);
        let flags: Vec<bool> = guide.contacts.iter().map(|c| c.unverified).collect();
        assert!(flags.is_sorted() && !flags[0], "{flags:?}");
        for c in &guide.contacts {
            assert!(!c.checked.is_empty(), "{}", c.name);
            // Police 15 rests on no source at all, which is why it is marked unconfirmed.
            assert!(c.source.is_some() || c.unverified, "{}", c.name);
        }
    }

    #[test]
    fn several_platforms_get_a_section_each_with_confirmed_steps_before_unconfirmed_ones() {
        let catalog = Catalog::builtin().unwrap();
        let guide = build(
            &catalog,
            topic(&catalog, &["facebook", "whatsapp"], Category::Ncii, false),
            false,
        );
        let names: Vec<&str> = guide
            .sections
            .iter()
            .map(|s| s.platform.as_ref().unwrap().id)
            .collect();
        assert_eq!(names, ["facebook", "whatsapp"]);
        for s in &guide.sections {
            assert!(s.confirmed.iter().all(|c| !c.unverified));
            assert!(s.unconfirmed.iter().all(|c| c.unverified));
            assert!(!s.confirmed.is_empty(), "{:?}", s.platform);
        }
        let minor = build(
            &catalog,
            topic(&catalog, &["facebook", "whatsapp"], Category::Ncii, true),
            false,
        );
        assert_eq!(
            minor.sections.len(),
            1,
            "the hotlines once for all platforms"
        );
        assert!(minor.sections[0].platform.is_none());
    }
}
