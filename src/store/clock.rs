//! What the one removal clock (`domain::deadline`) needs to know of a link: its report's facts,
//! its first report and escalation, and every removal recorded or observed. `recheck` reads it
//! here for all its due links at once (their rows' part with its choice), `escalate followup`
//! for all its candidate links at once;
//! `stats` reads the same rows in one scan (`ledger.rs`). The rules that turn them into a
//! deadline are the domain's.

use std::collections::HashMap;

use jiff::Timestamp;
use rusqlite::Connection;

use super::{Error, Store, parse, timestamp};
use crate::domain::catalog::PlatformId;
use crate::domain::category::Category;
use crate::domain::deadline::LinkClock;
use crate::domain::ids::{CaseId, LinkId};
use crate::domain::link::Route;

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

/// The columns of a link's clock found in its own row and its case's (`l` and `c` in the query);
/// [`row_clock`] reads them back and [`Histories`] gives the rest. A query that has these rows in
/// hand (the re-check's choice) selects them beside its own columns instead of looking every link
/// up again.
pub(super) const CLOCK_COLUMNS: &str = "l.platform, l.category, l.route, c.jurisdiction";

/// What a link's row and its case's give of its clock.
pub(super) struct RowClock {
    platform: PlatformId,
    category: Option<Category>,
    route: Option<Route>,
    jurisdiction: Option<String>,
}

/// The [`CLOCK_COLUMNS`] of a row, from column `first` on.
pub(super) fn row_clock(
    r: &rusqlite::Row<'_>,
    first: usize,
) -> rusqlite::Result<Result<RowClock, Error>> {
    let platform: String = r.get(first)?;
    let category: Option<String> = r.get(first + 1)?;
    let route: Option<String> = r.get(first + 2)?;
    let jurisdiction: Option<String> = r.get(first + 3)?;
    Ok((|| {
        Ok(RowClock {
            platform: PlatformId::from(platform),
            category: category.map(|c| parse("category", &c)).transpose()?,
            route: route.map(|r| parse("route", &r)).transpose()?,
            jurisdiction,
        })
    })())
}

/// The ids in `ids`, each once, as the JSON array `json_each` walks: a link named twice (one
/// link in two escalations) would have its removals joined twice.
fn id_array<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    let unique: std::collections::BTreeSet<&str> = ids.into_iter().collect();
    serde_json::Value::from(unique.into_iter().collect::<Vec<_>>()).to_string()
}

/// The categories of the cases in `?1`, a JSON array of ids.
const CASE_CATEGORIES: &str = "SELECT j.value, group_concat(k.category) FROM json_each(?1) j
        JOIN case_categories k ON k.case_id = j.value
    GROUP BY j.value";

/// The reports, escalations and removals of the links in `?1`, a JSON array of ids.
const LINK_HISTORIES: &str = "SELECT e.link_id, e.status, e.at FROM json_each(?1) j
        JOIN link_events e ON e.link_id = j.value
            AND e.status IN ('reported', 'escalated', 'removed')
    UNION ALL
    SELECT o.link_id, 'removed', o.at FROM json_each(?1) j
        JOIN observations o ON o.link_id = j.value AND o.status = 'removed'
            AND o.unconfirmed = 0";

/// What links' clocks need beyond their rows: their cases' categories, and each link's first
/// report, first escalation and every removal recorded (`link set --status removed`) or
/// confirmed by a re-check. Read for any number of links in two statements, from indexes alone
/// (`case_categories`' key, `link_events_by_link_status`, `observations_removed`): a link
/// checked hourly for a year has thousands of observations, and only its removals are read.
#[derive(Default)]
pub(super) struct Histories {
    categories: HashMap<String, Vec<Category>>,
    events: HashMap<String, Events>,
}

#[derive(Default)]
struct Events {
    reported_at: Option<Timestamp>,
    escalated_at: Option<Timestamp>,
    removals: Vec<Timestamp>,
}

impl Histories {
    pub(super) fn read<'a>(
        conn: &Connection,
        links: impl IntoIterator<Item = (&'a LinkId, &'a CaseId)> + Clone,
    ) -> Result<Histories, Error> {
        let mut histories = Histories::default();
        let cases = id_array(links.clone().into_iter().map(|(_, c)| c.as_str()));
        let mut stmt = conn.prepare_cached(CASE_CATEGORIES)?;
        let rows = stmt.query_map([&cases], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?;
        for row in rows {
            let (case, names): (String, Option<String>) = row?;
            histories
                .categories
                .insert(case, categories(names.as_deref())?);
        }
        let ids = id_array(links.into_iter().map(|(l, _)| l.as_str()));
        let mut stmt = conn.prepare_cached(LINK_HISTORIES)?;
        let rows = stmt.query_map([&ids], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?))
        })?;
        for row in rows {
            let (link, status, at) = row?;
            let at = timestamp(at)?;
            let events = histories.events.entry(link).or_default();
            let first = match status.as_str() {
                "reported" => &mut events.reported_at,
                "escalated" => &mut events.escalated_at,
                _ => {
                    events.removals.push(at);
                    continue;
                }
            };
            *first = Some(first.map_or(at, |t| t.min(at)));
        }
        Ok(histories)
    }

    /// The clock facts of one of the links read, from what its row gave.
    pub(super) fn facts(&mut self, link: &LinkId, case: &CaseId, row: RowClock) -> ClockFacts {
        let events = self.events.remove(link.as_str()).unwrap_or_default();
        ClockFacts {
            clock: LinkClock {
                platform: row.platform,
                category: row.category,
                case_categories: self
                    .categories
                    .get(case.as_str())
                    .cloned()
                    .unwrap_or_default(),
                jurisdiction: row.jurisdiction,
                route: row.route,
                reported_at: events.reported_at,
                escalated_at: events.escalated_at,
            },
            removals: events.removals,
        }
    }
}

/// Reads the clock facts of every link in `links` that exists, in three statements whatever
/// their number: a re-check's 5,000 due links took 10,000 queries one by one (issue 19 part 9).
/// The ids go in as one JSON array, which `json_each` walks to each link's index entries.
pub(super) fn clock_facts_of(
    conn: &Connection,
    links: &[LinkId],
) -> Result<HashMap<LinkId, ClockFacts>, Error> {
    let ids = id_array(links.iter().map(LinkId::as_str));
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT l.id, l.case_id, {CLOCK_COLUMNS}
         FROM json_each(?1) j JOIN links l ON l.id = j.value JOIN cases c ON c.id = l.case_id"
    ))?;
    let rows = stmt.query_map([&ids], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            row_clock(r, 2)?,
        ))
    })?;
    let mut found = Vec::with_capacity(links.len());
    for row in rows {
        let (link, case, clock) = row?;
        let link: LinkId = parse("link id", &link)?;
        let case: CaseId = parse("case id", &case)?;
        found.push((link, case, clock?));
    }
    let mut histories = Histories::read(conn, found.iter().map(|(l, c, _)| (l, c)))?;
    Ok(found
        .into_iter()
        .map(|(link, case, row)| {
            let facts = histories.facts(&link, &case, row);
            (link, facts)
        })
        .collect())
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
    use crate::store::{LinkUpdate, NewCase, NewLink, query_plan};

    fn t(second: i64) -> Timestamp {
        Timestamp::from_second(1_780_000_000 + second).unwrap()
    }

    /// The set-based read gives each link exactly what the one-link read gives it, on links that
    /// differ in every fact the clock reads: two cases (one without jurisdiction, one with two
    /// categories), own categories, routes, reports, escalations, removals recorded by staff,
    /// removals observed (confirmed or not), and a link with none of them. A join that mixed one
    /// link's rows into another's, or lost a row, fails here; an unknown id is left out, and a
    /// link asked for more than once (as `escalate followup` may) is read once. The re-check's
    /// choice, which reads part of them from its own rows, gives each link the same.
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
        // Reported again after its removal: its clock still starts at its first report.
        set(&links[7], LinkStatus::Reported, None, 9_500);
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
        // The re-check's choice reads the same facts with its rows in hand: the same for each.
        let targets = store
            .check_targets(&crate::store::CheckFilter::default(), |_| true)
            .unwrap();
        assert_eq!(targets.len(), links.len());
        for target in &targets {
            assert_eq!(
                format!("{:?}", target.deadline),
                format!("{:?}", batched[&target.link]),
                "{:?}",
                target.link
            );
        }
        let clock = |i: usize| &batched[&links[i]].clock;
        assert_eq!(clock(0).reported_at, None);
        assert_eq!(clock(7).reported_at, Some(t(700)));
        assert_eq!(clock(2).escalated_at, Some(t(5_000)));
        assert_eq!(clock(7).escalated_at, Some(t(5_500)));
        assert_eq!(clock(1).category, Some(Category::PrivacyDoxxing));
        assert_eq!(clock(0).case_categories.len(), 2);
        assert_eq!(clock(5).case_categories, [Category::Impersonation]);
        assert!(clock(5).jurisdiction.is_none() && clock(0).jurisdiction.is_some());
    }

    /// The histories are read from indexes alone: `link_events_by_link_status` and
    /// `observations_removed` cover their queries, so a link's thousands of observations and
    /// its other events are never read (issue 19 part 9).
    #[test]
    fn histories_are_read_from_indexes_alone() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            Store::create(&dir.path().join("s.db"), &StoreKey::from_bytes([6; 32])).unwrap();
        let plan = query_plan(&store.conn, LINK_HISTORIES, ["[]"]);
        assert!(
            plan.lines()
                .any(|l| l.starts_with("SEARCH e USING COVERING INDEX link_events_by_link_status")),
            "{plan}"
        );
        assert!(
            plan.lines()
                .any(|l| l.contains(" o USING COVERING INDEX observations_removed")),
            "{plan}"
        );
        let plan = query_plan(&store.conn, CASE_CATEGORIES, ["[]"]);
        assert!(
            plan.lines()
                .any(|l| l.starts_with("SEARCH k USING PRIMARY KEY (case_id=?)")),
            "{plan}"
        );
    }
}
