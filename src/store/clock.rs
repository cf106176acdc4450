//! What the one removal clock (`domain::deadline`) needs to know of a link: its report's facts,
//! its first report and escalation, and every removal recorded or observed. `recheck` reads it
//! here for all its due links at once, `escalate followup` for all its candidate links at once;
//! `stats` reads the same rows in one scan (`ledger.rs`). The rules that turn them into a
//! deadline are the domain's.

use std::collections::HashMap;

use jiff::Timestamp;
use rusqlite::Connection;

use super::{Error, Store, parse, timestamp};
use crate::domain::catalog::PlatformId;
use crate::domain::category::Category;
use crate::domain::deadline::LinkClock;
use crate::domain::ids::LinkId;

/// A link's clock and its removals.
#[derive(Debug, Clone)]
pub(crate) struct ClockFacts {
    pub(crate) clock: LinkClock,
    /// Every record (`link set --status removed`) or re-check observation of removal.
    pub(crate) removals: Vec<Timestamp>,
}

/// A case's categories as `group_concat` gives them, in the enum's order.
pub(super) fn categories(text: Option<&str>) -> Result<Vec<Category>, Error> {
    let mut categories = text
        .unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| parse::<Category>("category", s))
        .collect::<Result<Vec<_>, _>>()?;
    categories.sort();
    Ok(categories)
}

/// Reads the clock facts of every link in `links` that exists, in three statements whatever
/// their number: a re-check's 5,000 due links took 10,000 queries one by one (issue 19 part 9).
/// The ids go in as one JSON array, which `json_each` walks to each link's index entries; each
/// goes in once, since a link named twice (one link in two escalations) would have its removals
/// joined twice.
pub(super) fn clock_facts_of(
    conn: &Connection,
    links: &[LinkId],
) -> Result<HashMap<LinkId, ClockFacts>, Error> {
    let unique: std::collections::BTreeSet<&str> = links.iter().map(LinkId::as_str).collect();
    let ids = serde_json::Value::from(unique.into_iter().collect::<Vec<_>>()).to_string();
    let mut stmt = conn.prepare_cached(
        "SELECT l.id, l.platform, l.category, l.route, c.jurisdiction,
                (SELECT group_concat(category) FROM case_categories WHERE case_id = l.case_id),
                (SELECT min(at) FROM link_events WHERE link_id = l.id AND status = 'reported'),
                (SELECT min(at) FROM link_events WHERE link_id = l.id AND status = 'escalated')
         FROM json_each(?1) j JOIN links l ON l.id = j.value JOIN cases c ON c.id = l.case_id",
    )?;
    let rows = stmt.query_map([&ids], |r| {
        Ok((
            [r.get::<_, String>(0)?, r.get(1)?],
            [
                r.get::<_, Option<String>>(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ],
            [r.get::<_, Option<i64>>(6)?, r.get(7)?],
        ))
    })?;
    let mut facts = HashMap::with_capacity(links.len());
    for row in rows {
        let ([link, platform], [own, route, jurisdiction, case_categories], times) = row?;
        let [reported_at, escalated_at] = times.map(|t| t.map(timestamp).transpose());
        let clock = LinkClock {
            platform: PlatformId::from(platform),
            category: own.map(|c| parse("category", &c)).transpose()?,
            case_categories: categories(case_categories.as_deref())?,
            jurisdiction,
            route: route.map(|r| parse("route", &r)).transpose()?,
            reported_at: reported_at?,
            escalated_at: escalated_at?,
        };
        let removals = Vec::new();
        facts.insert(
            parse::<LinkId>("link id", &link)?,
            ClockFacts { clock, removals },
        );
    }
    let mut removals = conn.prepare_cached(
        "SELECT e.link_id, e.at FROM json_each(?1) j
             JOIN link_events e ON e.link_id = j.value AND e.status = 'removed'
         UNION ALL
         SELECT o.link_id, o.at FROM json_each(?1) j
             JOIN observations o ON o.link_id = j.value AND o.status = 'removed'
                 AND o.unconfirmed = 0",
    )?;
    let rows = removals.query_map([&ids], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
    })?;
    for row in rows {
        let (link, at) = row?;
        let link: LinkId = parse("link id", &link)?;
        if let Some(facts) = facts.get_mut(&link) {
            facts.removals.push(timestamp(at)?);
        }
    }
    Ok(facts)
}

impl Store {
    /// What the removal clock needs of each of `links` that exists, in one set-based read.
    pub(crate) fn clock_facts_of(
        &self,
        links: &[LinkId],
    ) -> Result<HashMap<LinkId, ClockFacts>, Error> {
        clock_facts_of(&self.conn, links)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::Jurisdiction;
    use crate::domain::link::{LinkStatus, Route};
    use crate::domain::staff::tester;
    use crate::domain::url;
    use crate::secrets::StoreKey;
    use crate::store::{LinkUpdate, NewCase, NewLink};

    fn t(second: i64) -> Timestamp {
        Timestamp::from_second(1_780_000_000 + second).unwrap()
    }

    /// The set-based read gives each link exactly what the one-link read gives it, on links that
    /// differ in every fact the clock reads: two cases (one without jurisdiction, one with two
    /// categories), own categories, routes, reports, escalations, removals recorded by staff,
    /// removals observed (confirmed or not), and a link with none of them. A join that mixed one
    /// link's rows into another's, or lost a row, fails here; an unknown id is left out, and a
    /// link asked for more than once (as `escalate followup` may) is read once.
    #[test]
    fn the_batched_clock_facts_are_each_links_own() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            Store::create(&dir.path().join("s.db"), &StoreKey::from_bytes([4; 32])).unwrap();
        let cases = [
            (vec![Category::Ncii, Category::Harassment], Some("pk")),
            (vec![Category::Impersonation], None),
        ];
        let mut links = Vec::new();
        for (n, (categories, jurisdiction)) in cases.into_iter().enumerate() {
            let case = store
                .new_case(
                    &NewCase {
                        categories,
                        minor: false,
                        jurisdiction: jurisdiction.map(|j| j.parse::<Jurisdiction>().unwrap()),
                        consents: vec![],
                    },
                    &tester(),
                    t(0),
                )
                .unwrap();
            let new: Vec<NewLink> = (0..5)
                .map(|i| NewLink {
                    url: url::normalize(&format!("https://x.example/{n}/{i}"), &|_: &str| {
                        None::<String>
                    })
                    .unwrap(),
                    platform: PlatformId::from(["x", "facebook"][i % 2].to_owned()),
                    category: (i == 1).then_some(Category::PrivacyDoxxing),
                })
                .collect();
            let added = store
                .add_links(&case, &new, &tester(), t(0), &|_| None)
                .unwrap();
            links.extend(added.into_iter().map(|l| l.id));
        }
        let set = |link: &LinkId, status, route, at| {
            let update = LinkUpdate {
                status: Some(status),
                route,
                reference: None,
            };
            store
                .update_link(link, &update, t(at), &tester(), t(at))
                .unwrap();
        };
        // Link 0 stays new; the others are reported at different times.
        for (i, link) in links.iter().enumerate().skip(1) {
            let route = [Some(Route::WebForm), Some(Route::Email), None][i % 3];
            set(link, LinkStatus::Reported, route, 100 * i as i64);
        }
        set(&links[2], LinkStatus::Escalated, None, 5_000);
        set(&links[3], LinkStatus::Removed, None, 6_000);
        set(&links[7], LinkStatus::Escalated, None, 5_500);
        set(&links[7], LinkStatus::Removed, None, 7_000);
        let observe = |link: &LinkId, at: i64, unconfirmed: bool| {
            store
                .conn
                .execute(
                    "INSERT INTO observations (link_id, at, status, unconfirmed)
                     VALUES (?1, ?2, 'removed', ?3)",
                    rusqlite::params![link.as_str(), t(at).as_second(), unconfirmed],
                )
                .unwrap();
        };
        observe(&links[3], 5_900, false);
        observe(&links[4], 8_000, false);
        observe(&links[4], 7_000, true);
        observe(&links[8], 9_000, true);

        let mut asked = links.clone();
        let unknown: LinkId = "L-ZZZZZ".parse().unwrap();
        assert!(!links.contains(&unknown));
        asked.push(unknown);
        // `escalate followup` asks for one link once per escalation it is in.
        asked.extend([links[3].clone(), links[4].clone(), links[3].clone()]);
        let batched = store.clock_facts_of(&asked).unwrap();
        assert_eq!(
            batched.len(),
            links.len(),
            "every known link, and only those"
        );
        for link in &links {
            let one = clock_facts_of(&store.conn, std::slice::from_ref(link))
                .unwrap()
                .remove(link)
                .unwrap();
            assert_eq!(
                format!("{:?}", batched[link]),
                format!("{one:?}"),
                "{link:?}"
            );
        }
        let removals = |i: usize| batched[&links[i]].removals.len();
        assert_eq!(
            (0..links.len()).map(removals).collect::<Vec<_>>(),
            [0, 0, 0, 2, 1, 0, 0, 1, 0, 0],
            "staff's and confirmed observed removals count, unconfirmed ones do not, and a link \
             asked for twice has each of its removals once"
        );
        let clock = |i: usize| &batched[&links[i]].clock;
        assert_eq!(clock(0).reported_at, None);
        assert_eq!(clock(2).escalated_at, Some(t(5_000)));
        assert_eq!(clock(7).escalated_at, Some(t(5_500)));
        assert_eq!(clock(1).category, Some(Category::PrivacyDoxxing));
        assert_eq!(clock(0).case_categories.len(), 2);
        assert_eq!(clock(5).case_categories, [Category::Impersonation]);
        assert!(clock(5).jurisdiction.is_none() && clock(0).jurisdiction.is_some());
    }
}
