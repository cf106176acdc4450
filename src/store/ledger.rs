//! What `stats` reads: live cases' links and the anonymous outcome ledger, and the fold that moves
//! a case into the ledger just before `wipe case` destroys it.

use std::collections::HashMap;

use jiff::Timestamp;
use rusqlite::{Connection, params};

use super::clock::categories;
use super::{Error, Store, corrupt, parse, timestamp};
use crate::domain::catalog::PlatformId;
use crate::domain::deadline::{self, LinkClock};
use crate::domain::ids::CaseId;
use crate::domain::link::Route;
use crate::domain::stats::{
    CaseOutcome, DeadlineOutcome, EventFacts, LinkFacts, LinkOutcome, Month, all_case_masks,
    first_response, link_outcome,
};
use crate::secrets;

/// The removal deadline of a reported link, decided by the caller's rules (`deadline::of_link`).
pub(crate) type DeadlineOf<'a> = &'a dyn Fn(&LinkClock) -> Option<Timestamp>;

/// Everything `stats` needs, without an id, URL or note in it.
#[derive(Debug, Clone)]
pub(crate) struct StatsInput {
    /// Live cases' reported links, one vector per case.
    pub(crate) live: Vec<Vec<LinkOutcome>>,
    pub(crate) ledger: Vec<LinkOutcome>,
    pub(crate) cases: Vec<CaseOutcome>,
}

/// Links of cases not yet wiped (or of one case), ordered by case.
const LIVE_LINKS: &str = "
    SELECT l.id, l.case_id, l.platform, l.route, c.minor, c.jurisdiction, l.category, cat.categories
    FROM links l JOIN cases c ON c.id = l.case_id
    LEFT JOIN (SELECT case_id, group_concat(category) AS categories FROM case_categories
               GROUP BY case_id) cat
           ON cat.case_id = l.case_id
    WHERE c.status != 'wiped' AND (?1 IS NULL OR c.id = ?1)
    ORDER BY l.case_id";

/// Every row that matters to the figures, read in two sequential scans rather than a lookup per
/// link (ten times faster on 100,000 links). Events come with their id (the order of rows entered
/// at the same time) and reference; observations with neither.
const LINK_TIMES: &str = "
    SELECT link_id, status, at, id, reference FROM link_events
    WHERE status IN ('reported', 'escalated', 'removed', 'rejected') OR reference IS NOT NULL
    UNION ALL
    SELECT link_id, CASE WHEN resurfaced = 1 THEN 'resurfaced' ELSE status END, at, NULL, NULL
    FROM observations WHERE (status = 'removed' AND unconfirmed = 0) OR resurfaced = 1";

#[derive(Default)]
struct Times {
    /// The link's number, in the order first seen: its replies' key in [`LinkTimes::replies`].
    slot: usize,
    reported: Option<i64>,
    escalated: Option<i64>,
    removals: Vec<i64>,
    resurfaced: bool,
}

/// What the scans found, by link id.
struct LinkTimes {
    by_link: HashMap<String, Times>,
    /// Events that may be a platform's reply, as (the link's slot, event id, facts), sorted by
    /// link and then in the order they happened: one vector for all links takes 15 MiB less than
    /// one per link over 100,000 links. Removals without a reference stay out: the first removal
    /// caps the response anyway.
    replies: Vec<(usize, i64, EventFacts)>,
}

impl LinkTimes {
    fn replies(&self, times: &Times) -> impl Iterator<Item = &EventFacts> {
        let from = self.replies.partition_point(|r| r.0 < times.slot);
        let to = self.replies.partition_point(|r| r.0 <= times.slot);
        self.replies[from..to].iter().map(|(_, _, facts)| facts)
    }
}

fn link_times(conn: &Connection) -> Result<LinkTimes, Error> {
    let mut stmt = conn.prepare_cached(LINK_TIMES)?;
    let mut rows = stmt.query([])?;
    let mut by_link: HashMap<String, Times> = HashMap::new();
    let mut replies = Vec::new();
    while let Some(row) = rows.next()? {
        let at: i64 = row.get(2)?;
        let slot = by_link.len();
        let entry = by_link.entry(row.get(0)?).or_insert_with(|| Times {
            slot,
            ..Times::default()
        });
        let earliest = |t: Option<i64>| Some(t.map_or(at, |t| t.min(at)));
        let status: String = row.get(1)?;
        match status.as_str() {
            "reported" => entry.reported = earliest(entry.reported),
            "escalated" => entry.escalated = earliest(entry.escalated),
            "removed" => entry.removals.push(at),
            "resurfaced" => entry.resurfaced = true,
            _ => {}
        }
        let event: Option<i64> = row.get(3)?;
        let reference: Option<String> = row.get(4)?;
        if let Some(id) = event
            && (reference.is_some() || status == "rejected")
        {
            let facts = EventFacts {
                at: timestamp(at)?,
                status: parse("link status", &status)?,
                reference,
            };
            replies.push((entry.slot, id, facts));
        }
    }
    replies.sort_unstable_by_key(|(slot, id, facts)| (*slot, facts.at, *id));
    Ok(LinkTimes { by_link, replies })
}

/// Each live case's reported links as outcomes, grouped by case.
fn live_links(
    conn: &Connection,
    case: Option<&CaseId>,
    deadline: DeadlineOf<'_>,
    now: Timestamp,
) -> Result<Vec<Vec<LinkOutcome>>, Error> {
    let times = link_times(conn)?;
    let mut stmt = conn.prepare_cached(LIVE_LINKS)?;
    let mut rows = stmt.query([case.map(CaseId::as_str)])?;
    let mut out: Vec<Vec<LinkOutcome>> = Vec::new();
    let mut current: Option<String> = None;
    while let Some(row) = rows.next()? {
        let route: Option<String> = row.get(3)?;
        let route = route.map(|r| parse::<Route>("route", &r)).transpose()?;
        let id: String = row.get(0)?;
        let Some(link_times) = times.by_link.get(&id) else {
            continue;
        };
        let own: Option<String> = row.get(6)?;
        let case_categories: Option<String> = row.get(7)?;
        let clock = LinkClock {
            platform: PlatformId::from(row.get::<_, String>(2)?),
            category: own.map(|c| parse("category", &c)).transpose()?,
            case_categories: categories(case_categories.as_deref())?,
            jurisdiction: row.get(5)?,
            route,
            reported_at: link_times.reported.map(timestamp).transpose()?,
            escalated_at: link_times.escalated.map(timestamp).transpose()?,
        };
        let Some(start) = clock.start() else {
            continue;
        };
        let removals = link_times.removals.iter().map(|&at| timestamp(at));
        let removed_at = deadline::removed_since(start, removals.collect::<Result<Vec<_>, _>>()?);
        let case_id: String = row.get(1)?;
        let facts = LinkFacts {
            platform: clock.platform.clone(),
            category: clock.category(),
            route,
            minor: row.get(4)?,
            start,
            removed_at,
            responded_at: first_response(start, removed_at, times.replies(link_times)),
            resurfaced: link_times.resurfaced,
        };
        let outcome = link_outcome(&facts, deadline(&clock), now);
        if current.as_deref() != Some(case_id.as_str()) {
            out.push(Vec::new());
            current = Some(case_id);
        }
        out.last_mut().expect("pushed above").push(outcome);
    }
    Ok(out)
}

fn case_outcome(
    created_at: i64,
    jurisdiction: Option<String>,
    minor: bool,
    names: Option<String>,
) -> Result<CaseOutcome, Error> {
    Ok(CaseOutcome {
        month: Month::of(timestamp(created_at)?),
        jurisdiction,
        minor,
        categories: categories(names.as_deref())?,
    })
}

const LIVE_CASES: &str = "
    SELECT created_at, jurisdiction, minor,
           (SELECT group_concat(category, ',') FROM case_categories WHERE case_id = c.id)
    FROM cases c WHERE status != 'wiped' AND (?1 IS NULL OR id = ?1)";

fn live_cases(conn: &Connection, case: Option<&CaseId>) -> Result<Vec<CaseOutcome>, Error> {
    let mut stmt = conn.prepare_cached(LIVE_CASES)?;
    let rows = stmt.query_map([case.map(CaseId::as_str)], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?;
    rows.map(|r| {
        let (created_at, jurisdiction, minor, categories) = r?;
        case_outcome(created_at, jurisdiction, minor, categories)
    })
    .collect()
}

/// Folds a case into the outcome ledger: one coarse row per reported link and one for the case.
/// Call it inside the transaction that wipes the case, just before its rows are deleted, so the
/// figures neither drop nor count twice. Returns how many link rows were written.
pub(crate) fn fold_case(
    conn: &Connection,
    case: &CaseId,
    deadline: DeadlineOf<'_>,
    now: Timestamp,
) -> Result<usize, Error> {
    let mut cases = live_cases(conn, Some(case))?;
    let Some(outcome) = cases.pop() else {
        return Err(Error::CaseNotFound(case.clone()));
    };
    let mut links: Vec<LinkOutcome> = live_links(conn, Some(case), deadline, now)?
        .into_iter()
        .flatten()
        .collect();
    all_case_masks(&mut links);
    // Inserted in the order of their random keys, so the file's pages keep no trace of which
    // rows were written together.
    let mut keyed = links
        .into_iter()
        .map(|l| Ok((secrets::random_bytes::<16>().map_err(Error::Random)?, l)))
        .collect::<Result<Vec<_>, Error>>()?;
    keyed.sort_by_key(|(key, _)| *key);
    let mut insert = conn.prepare_cached(
        "INSERT INTO ledger_links (id, platform, category, route, minor, month, hours_to_removal,
                                   hours_to_response, resurfaced, deadline, case_mask)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for (key, l) in &keyed {
        insert.execute(params![
            key,
            l.platform.as_str(),
            l.category.as_str(),
            l.route.map(Route::as_str),
            l.minor,
            l.month.to_string(),
            l.hours_to_removal,
            l.hours_to_response,
            l.resurfaced,
            l.deadline.map(DeadlineOutcome::as_str),
            l.case_mask
        ])?;
    }
    let categories: Vec<&str> = outcome.categories.iter().map(|c| c.as_str()).collect();
    conn.execute(
        "INSERT INTO ledger_cases (id, month, jurisdiction, minor, categories)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            secrets::random_bytes::<16>().map_err(Error::Random)?,
            outcome.month.to_string(),
            outcome.jurisdiction,
            outcome.minor,
            categories.join(",")
        ],
    )?;
    tracing::debug!(case = %case, links = keyed.len(), "folded into the outcome ledger");
    Ok(keyed.len())
}

fn ledger_links(conn: &Connection) -> Result<Vec<LinkOutcome>, Error> {
    let mut stmt = conn.prepare(
        "SELECT platform, category, route, minor, month, hours_to_removal, hours_to_response,
                resurfaced, deadline, case_mask
         FROM ledger_links",
    )?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let category: String = row.get(1)?;
        let route: Option<String> = row.get(2)?;
        let month: String = row.get(4)?;
        let deadline: Option<String> = row.get(8)?;
        out.push(LinkOutcome {
            platform: PlatformId::from(row.get::<_, String>(0)?),
            category: parse("category", &category)?,
            route: route.map(|r| parse("route", &r)).transpose()?,
            minor: row.get(3)?,
            month: parse("month", &month)?,
            hours_to_removal: row.get(5)?,
            hours_to_response: row.get(6)?,
            resurfaced: row.get(7)?,
            deadline: deadline
                .map(|d| DeadlineOutcome::parse(&d).ok_or_else(|| corrupt("deadline", &d)))
                .transpose()?,
            case_mask: row.get(9)?,
        });
    }
    Ok(out)
}

fn ledger_cases(conn: &Connection) -> Result<Vec<CaseOutcome>, Error> {
    let mut stmt =
        conn.prepare("SELECT month, jurisdiction, minor, categories FROM ledger_cases")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<String>>(1)?,
            r.get::<_, bool>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    rows.map(|r| {
        let (month, jurisdiction, minor, categories) = r?;
        Ok(CaseOutcome {
            month: parse("month", &month)?,
            jurisdiction,
            minor,
            categories: categories
                .split(',')
                .filter(|s| !s.is_empty())
                .map(|s| parse("category", s))
                .collect::<Result<_, _>>()?,
        })
    })
    .collect()
}

impl Store {
    /// Live cases and the ledger, read in one transaction so a wipe cannot land in between.
    pub(crate) fn stats_input(
        &self,
        deadline: DeadlineOf<'_>,
        now: Timestamp,
    ) -> Result<StatsInput, Error> {
        // The read jumps between links, events and observations: with SQLite's small default
        // cache every page would be read and decrypted again and again.
        self.conn.pragma_update(None, "cache_size", -65_536)?;
        let tx = self.write()?;
        let live = live_links(&tx, None, deadline, now)?;
        let ledger = ledger_links(&tx)?;
        let mut cases = live_cases(&tx, None)?;
        cases.extend(ledger_cases(&tx)?);
        tx.finish()?;
        Ok(StatsInput {
            live,
            ledger,
            cases,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::Jurisdiction;
    use crate::domain::catalog::PlatformId;
    use crate::domain::category::Category;
    use crate::domain::link::LinkStatus;
    use crate::domain::staff::tester;
    use crate::domain::stats::{Dim, Period, Query, compute};
    use crate::domain::url;
    use crate::secrets::StoreKey;
    use crate::store::{LinkUpdate, NewCase, NewLink};

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    /// A case with a link on `platform` per `hours`, reported on 2026-03-02 and removed
    /// `hours[i]` hours and a half later; the platform replies after an hour to those it keeps.
    fn case(store: &Store, platform: &str, minor: bool, hours: &[Option<i64>]) -> CaseId {
        let opened = t("2026-03-01T08:00:00Z");
        let id = store
            .new_case(
                &NewCase {
                    categories: vec![Category::Ncii],
                    minor,
                    jurisdiction: Some("pk".parse::<Jurisdiction>().unwrap()),
                    consents: vec![],
                },
                &tester(),
                opened,
            )
            .unwrap();
        store
            .add_note(&id, "the victim's cousin posted it", &tester(), opened)
            .unwrap();
        let links: Vec<NewLink> = (0..hours.len())
            .map(|i| NewLink {
                url: url::normalize(
                    &format!("https://{platform}.example/{id}/{i}"),
                    &|_: &str| None::<String>,
                )
                .unwrap(),
                platform: PlatformId::from(platform.to_owned()),
                category: None,
            })
            .collect();
        let added = store
            .add_links(&id, &links, &tester(), opened, &|_| None)
            .unwrap();
        for (link, h) in added.iter().zip(hours) {
            let reported = t("2026-03-02T10:00:00Z");
            let set = |status, route, reference: &str, at| {
                let update = LinkUpdate {
                    status,
                    route,
                    reference: Some(reference.to_owned()),
                };
                store
                    .update_link(&link.id, &update, at, &tester(), at)
                    .unwrap();
            };
            set(
                Some(LinkStatus::Reported),
                Some(Route::WebForm),
                "TICKET-42",
                reported,
            );
            let later = |seconds| Timestamp::from_second(reported.as_second() + seconds).unwrap();
            match h {
                Some(h) => set(
                    Some(LinkStatus::Removed),
                    None,
                    "TICKET-42",
                    later(h * 3600 + 1800),
                ),
                None => set(None, None, "REPLY-7", later(3600)),
            }
        }
        id
    }

    /// Every reported link's deadline: 48 hours after its clock starts.
    fn in_48_hours(link: &LinkClock) -> Option<Timestamp> {
        link.start()
            .map(|s| s + jiff::SignedDuration::from_hours(48))
    }

    fn query(min_count: u64, by: Vec<Dim>) -> Query {
        Query {
            since: "2026-01".parse().unwrap(),
            until: "2026-12".parse().unwrap(),
            by,
            period: Period::Month,
            min_count,
            internal: false,
        }
    }

    fn figures(store: &Store, query: &Query) -> crate::domain::stats::Report {
        let now = t("2026-06-01T00:00:00Z");
        let input = store.stats_input(&in_48_hours, now).unwrap();
        compute(query, input.live, &input.ledger, &input.cases)
    }

    #[test]
    fn wiping_a_case_keeps_its_figures_and_leaves_nothing_that_points_back_to_it() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            Store::create(&dir.path().join("s.db"), &StoreKey::from_bytes([3; 32])).unwrap();
        let mut cases = Vec::new();
        for n in 0..6 {
            cases.push(case(
                &store,
                "facebook",
                false,
                &[Some(n * 10), Some(100), None],
            ));
        }
        cases.push(case(&store, "youtube", true, &[Some(5)]));
        let queries = [
            query(5, vec![Dim::Platform]),
            query(1, vec![Dim::Platform, Dim::Route, Dim::Period]),
            query(2, vec![Dim::Category]),
        ];
        let before: Vec<_> = queries.iter().map(|q| figures(&store, q)).collect();
        let folded = cases[..4].to_vec();
        for id in &folded {
            let tx = store.conn.unchecked_transaction().unwrap();
            let n = fold_case(&tx, id, &in_48_hours, t("2026-06-01T00:00:00Z")).unwrap();
            assert_eq!(n, 3);
            tx.execute("DELETE FROM cases WHERE id = ?1", [id.as_str()])
                .unwrap();
            tx.commit().unwrap();
        }
        let after: Vec<_> = queries.iter().map(|q| figures(&store, q)).collect();
        assert_eq!(before, after);
        let removed = after[0].total.figures.as_ref().unwrap();
        assert_eq!((removed.cases, removed.links, removed.removed), (7, 19, 13));
        // Removed links answered when removed, the others after an hour.
        assert_eq!(removed.responded, 19);
        assert_eq!(removed.response_hours.unwrap()[0], 1.0);

        // Every value in the ledger, decrypted: no case or link id, URL, hash, note or ticket.
        let mut secrets: Vec<String> = folded.iter().map(|c| c.to_string()).collect();
        secrets.extend(["example/", "TICKET-42", "REPLY-7", "cousin"].map(String::from));
        secrets.extend((0..3).map(|i| format!("{:064x}", i + 7)));
        for table in ["ledger_links", "ledger_cases"] {
            let mut stmt = store
                .conn
                .prepare(&format!("SELECT * FROM {table}"))
                .unwrap();
            let columns = stmt.column_count();
            let mut rows = stmt.query([]).unwrap();
            let mut seen = 0;
            while let Some(row) = rows.next().unwrap() {
                seen += 1;
                for c in 1..columns {
                    let value: rusqlite::types::Value = row.get(c).unwrap();
                    let text = format!("{value:?}");
                    assert!(
                        !secrets.iter().any(|s| text.contains(s.as_str())),
                        "{table} column {c} holds {text}"
                    );
                    assert!(
                        !text.contains("2026-03-0"),
                        "an exact date in {table}: {text}"
                    );
                }
            }
            assert!(seen > 0, "{table} is empty");
        }
        // No rowid to betray insertion order: the tables are ordered by their random keys.
        for table in ["ledger_links", "ledger_cases"] {
            let rowid = store.conn.prepare(&format!("SELECT rowid FROM {table}"));
            assert!(rowid.is_err(), "{table} has a rowid");
        }
    }

    #[test]
    fn ledger_rows_from_before_responses_were_kept_count_in_no_response_figure() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            Store::create(&dir.path().join("s.db"), &StoreKey::from_bytes([3; 32])).unwrap();
        // As migration 0009 leaves a row folded by an older build.
        store
            .conn
            .execute(
                "INSERT INTO ledger_links (id, platform, category, route, minor, month,
                                           hours_to_removal, resurfaced, deadline, case_mask)
                 VALUES (zeroblob(16), 'x', 'ncii', 'web_form', 0, '2026-03', 30, 0, 'met', 1)",
                [],
            )
            .unwrap();
        let mut internal = query(1, vec![Dim::Platform]);
        internal.internal = true;
        let total = figures(&store, &internal).total.figures.unwrap();
        assert_eq!((total.links, total.removed, total.responded), (1, 1, 0));
        assert_eq!(total.response_hours, None);
    }

    #[test]
    fn folding_an_unknown_case_is_an_error_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            Store::create(&dir.path().join("s.db"), &StoreKey::from_bytes([3; 32])).unwrap();
        let err = fold_case(
            &store.conn,
            &"C-AAAA".parse().unwrap(),
            &|_| None,
            t("2026-06-01T00:00:00Z"),
        );
        assert!(matches!(err, Err(Error::CaseNotFound(_))), "{err:?}");
        let rows: i64 = store
            .conn
            .query_row("SELECT count(*) FROM ledger_links", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 0);
    }

    fn fresh(inserted: rusqlite::Result<usize>) -> Result<bool, Error> {
        match inserted {
            Ok(_) => Ok(true),
            Err(e) if crate::store::is_key_collision(&e) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Fills a store with generated cases, folds some into the ledger exactly as `wipe case`
    /// does, and checks that the statistics read back every link and ledger row. In CI it runs
    /// small, in a store of its own. `benches/stats.sh` runs it at full size (10,000 live cases
    /// and 2,000 folded ones, ten links each: 100,000 links and 20,000 ledger rows) into a store
    /// that `takedown init` made, and has each removed link's platform and hours written as CSV
    /// for the Python peer.
    #[test]
    fn a_generated_store_reads_back_every_link_and_ledger_row() {
        use crate::domain::ids::LinkId;
        use crate::secrets::{KeyFileStore, SecretStore as _};
        use crate::store::with_fresh_id;
        let var = |name: &str| std::env::var_os(name);
        let scale: usize = var("TAKEDOWN_BENCH_SCALE")
            .map_or(Some(1), |s| s.to_str().and_then(|s| s.parse().ok()))
            .expect("TAKEDOWN_BENCH_SCALE is a whole number");
        let (live_cases, folded_cases) = (100 * scale, 20 * scale);
        let dir = tempfile::tempdir().unwrap();
        let store = match (var("TAKEDOWN_BENCH_STORE"), var("TAKEDOWN_BENCH_KEY")) {
            (Some(path), Some(key)) => {
                let key = KeyFileStore { path: key.into() }.load().unwrap();
                Store::open(std::path::Path::new(&path), &key).unwrap()
            }
            _ => Store::create(&dir.path().join("s.db"), &StoreKey::from_bytes([5; 32])).unwrap(),
        };
        let platforms = [
            "facebook",
            "instagram",
            "youtube",
            "tiktok",
            "x",
            "telegram",
            "reddit",
        ];
        let routes = ["web_form", "in_app", "email", "partner"];
        let xorshift = |state: &mut u64| {
            *state ^= *state << 13;
            *state ^= *state >> 7;
            *state ^= *state << 17;
            *state
        };
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || xorshift(&mut state);
        // Replies draw from a stream of their own, so the rest of the store (and the removal
        // figures of doc/stats-sample.md) stays what it was before replies were filled in.
        let mut replies: u64 = 0x2545_F491_4F6C_DD1D;
        let mut reply = move || xorshift(&mut replies);
        let mut csv = String::from("platform,hours\n");
        let base = t("2025-06-01T00:00:00Z").as_second();
        let mut add_case = |store: &Store, links: usize| -> CaseId {
            let tx = store.conn.unchecked_transaction().unwrap();
            let opened = base + (next() % (530 * 86_400)) as i64;
            let minor = next() % 20 == 0;
            let id = with_fresh_id(CaseId::from_random, |id: &CaseId| {
                fresh(tx.execute(
                    "INSERT INTO cases (id, status, minor, jurisdiction, created_at, updated_at)
                     VALUES (?1, 'open', ?2, 'pk', ?3, ?3)",
                    params![id.as_str(), minor, opened],
                ))
            })
            .unwrap();
            let category =
                ["ncii", "harassment", "impersonation", "privacy_doxxing"][(next() % 4) as usize];
            tx.execute(
                "INSERT INTO case_categories (case_id, category) VALUES (?1, ?2)",
                params![id.as_str(), category],
            )
            .unwrap();
            for n in 0..links {
                let platform = platforms[(next() % 7) as usize];
                let route = routes[(next() % 4) as usize];
                let url = format!("https://{platform}.example/{id}/{n}");
                let hash = format!("{:064x}", next());
                let link =
                    with_fresh_id(LinkId::from_random, |link: &LinkId| {
                        fresh(tx.execute(
                        "INSERT INTO links (id, case_id, url, url_hash, platform, status, route,
                                            first_seen, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, 'reported', ?6, ?7, ?7)",
                        params![link.as_str(), id.as_str(), url, hash, platform, route, opened],
                    ))
                    })
                    .unwrap();
                let reported = opened + (next() % (3 * 86_400)) as i64;
                let mut events = vec![(opened, "new", None), (reported, "reported", None)];
                let removed = next() % 4 != 0;
                if removed {
                    let hours = (next() % 2_000) as i64;
                    events.push((reported + hours * 3600 + 60, "removed", None));
                    csv.push_str(&format!("{platform},{hours}\n"));
                }
                // Three links in five get a ticket within 1,000 hours of the report (some after
                // the removal); one in ten of those never removed, a rejection instead.
                let r = reply();
                let after = reported + ((r >> 8) % 1_000 * 3600 + 120) as i64;
                match r % 10 {
                    0..6 => events.push((after, "reported", Some(format!("T-{}", r >> 40)))),
                    6 if !removed => events.push((after, "rejected", None)),
                    _ => {}
                }
                for (at, status, reference) in events {
                    tx.execute(
                        "INSERT INTO link_events (link_id, at, status, reference)
                         VALUES (?1, ?2, ?3, ?4)",
                        params![link.as_str(), at, status, reference],
                    )
                    .unwrap();
                }
            }
            tx.commit().unwrap();
            id
        };
        let now = t("2026-11-24T00:00:00Z");
        for _ in 0..folded_cases {
            let id = add_case(&store, 10);
            let tx = store.conn.unchecked_transaction().unwrap();
            fold_case(&tx, &id, &in_48_hours, now).unwrap();
            tx.execute("DELETE FROM cases WHERE id = ?1", [id.as_str()])
                .unwrap();
            tx.commit().unwrap();
        }
        for _ in 0..live_cases {
            add_case(&store, 10);
        }
        let input = store.stats_input(&in_48_hours, now).unwrap();
        assert_eq!(input.live.len(), live_cases);
        assert!(input.live.iter().all(|links| links.len() == 10));
        assert_eq!(input.ledger.len(), folded_cases * 10);
        let removed = input
            .live
            .iter()
            .flatten()
            .chain(&input.ledger)
            .filter(|o| o.hours_to_removal.is_some())
            .count();
        assert_eq!(
            removed,
            csv.lines().count() - 1,
            "every removal written is read back"
        );
        if let Some(path) = var("TAKEDOWN_BENCH_CSV") {
            fs_err::write(path, csv).unwrap();
        }
    }
}
