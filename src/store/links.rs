use jiff::Timestamp;
use rusqlite::{OptionalExtension as _, params};
use serde::Serialize;

use super::cases::require_case;
use super::{Error, Store, corrupt, is_key_collision, timestamp, with_fresh_id};
use crate::domain::catalog::PlatformId;
use crate::domain::category::Category;
use crate::domain::ids::{CaseId, LinkId};
use crate::domain::link::{LinkStatus, Route};
use crate::domain::staff::StaffHandle;
use crate::domain::url::{NormalizedUrl, UrlHash};

/// A link to add; it is stored under its URL's own `url_hash`. `Debug` shows that hash, never
/// the URL.
#[derive(Debug, Clone)]
pub(crate) struct NewLink {
    pub(crate) url: NormalizedUrl,
    pub(crate) platform: PlatformId,
    pub(crate) category: Option<Category>,
}

/// What adding one URL did: a new link, or the one the case already had.
#[derive(Debug)]
pub(crate) struct AddedLink {
    pub(crate) id: LinkId,
    pub(crate) already_tracked: bool,
    /// Other cases that track the same URL: staff should know the content is shared.
    pub(crate) other_cases: Vec<CaseId>,
}

/// A stored link. `Debug` shows its `url_hash`, never the URL.
#[derive(Debug, Serialize)]
pub(crate) struct LinkRecord {
    pub(crate) id: LinkId,
    pub(crate) case: CaseId,
    pub(crate) url: NormalizedUrl,
    pub(crate) url_hash: UrlHash,
    pub(crate) platform: PlatformId,
    pub(crate) category: Option<Category>,
    pub(crate) status: LinkStatus,
    pub(crate) route: Option<Route>,
    pub(crate) reference: Option<String>,
    pub(crate) first_seen: Timestamp,
    pub(crate) updated_at: Timestamp,
}

#[derive(Debug, Serialize)]
pub(crate) struct LinkEvent {
    pub(crate) at: Timestamp,
    pub(crate) status: LinkStatus,
    pub(crate) route: Option<Route>,
    pub(crate) reference: Option<String>,
    /// The partner an `escalated` event went to.
    pub(crate) partner: Option<String>,
    /// Who recorded it; `null` for events recorded before handles were.
    pub(crate) staff: Option<String>,
}

#[derive(Debug, Default)]
pub(crate) struct LinkFilter {
    pub(crate) case: Option<CaseId>,
    pub(crate) status: Option<LinkStatus>,
    pub(crate) platform: Option<PlatformId>,
}

impl LinkFilter {
    /// The query with only the conditions given. One query for every filter, with
    /// `(?1 IS NULL OR case_id = ?1)`, cannot use an index: SQLite read every link of the store
    /// to list one case's.
    fn query(&self) -> (String, Vec<&str>) {
        let mut sql = format!("{LINK_SELECT} WHERE 1");
        let mut values = Vec::new();
        let given = [
            ("case_id", self.case.as_ref().map(CaseId::as_str)),
            ("status", self.status.map(LinkStatus::as_str)),
            ("platform", self.platform.as_ref().map(PlatformId::as_str)),
        ];
        for (column, value) in given {
            if let Some(value) = value {
                sql += &format!(" AND {column} = ?");
                values.push(value);
            }
        }
        sql += " ORDER BY case_id, first_seen, rowid";
        (sql, values)
    }
}

/// A change to a link; `None` keeps what is there.
pub(crate) struct LinkUpdate {
    pub(crate) status: Option<LinkStatus>,
    pub(crate) route: Option<Route>,
    pub(crate) reference: Option<String>,
}

const LINK_SELECT: &str = "SELECT id, case_id, url, url_hash, platform, category, status, route, reference, first_seen, updated_at FROM links";

fn link_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Result<LinkRecord, Error>> {
    // Names and the hash are read in place; only what the record keeps is copied (`link list`
    // reads 10,000 rows).
    let text = |i| row.get_ref(i).and_then(|v| Ok(v.as_str()?));
    let opt_text = |i| row.get_ref(i).and_then(|v| Ok(v.as_str_or_null()?));
    let [id, case, url_hash, status] = [text(0)?, text(1)?, text(3)?, text(6)?];
    let (url, platform): (String, String) = (row.get(2)?, row.get(4)?);
    let [category, route] = [opt_text(5)?, opt_text(7)?];
    let reference: Option<String> = row.get(8)?;
    let times: [i64; 2] = [row.get(9)?, row.get(10)?];
    Ok((|| {
        let id: LinkId = id.parse().map_err(|_| corrupt("link id", id))?;
        Ok(LinkRecord {
            case: case.parse().map_err(|_| corrupt("case id", case))?,
            // The link's id, not the text: a URL never goes into an error.
            url: NormalizedUrl::from_stored(url)
                .ok_or_else(|| corrupt("url of link", id.as_str()))?,
            url_hash: url_hash
                .parse()
                .map_err(|_| corrupt("url hash", url_hash))?,
            platform: PlatformId::from(platform),
            id,
            // Stored names are read back exactly, as they were written (`as_str`).
            category: category
                .map(|c| Category::parse(c).ok_or_else(|| corrupt("category", c)))
                .transpose()?,
            status: LinkStatus::parse(status).ok_or_else(|| corrupt("link status", status))?,
            route: route
                .map(|r| Route::parse(r).ok_or_else(|| corrupt("route", r)))
                .transpose()?,
            reference,
            first_seen: timestamp(times[0])?,
            updated_at: timestamp(times[1])?,
        })
    })())
}

impl Store {
    /// Adds URLs to a case in one transaction (an import of thousands is one fsync, and a crash
    /// leaves none of them half-added). The same link twice in a case is one link.
    ///
    /// "The same link" is the same `url_hash`, or a stored link whose URL `rehash` turns into
    /// this one's hash. Stored rows keep the hash they were written with (ARCHITECTURE §3):
    /// when the catalogue learns a new tracking parameter, a link stored before still carries
    /// it, and only normalising the stored URL again under today's rules shows that a new paste
    /// without it is the same link. Such parameters sit in the query, so only stored URLs with
    /// the new one's scheme, host and path are normalised again.
    pub(crate) fn add_links(
        &self,
        case: &CaseId,
        links: &[NewLink],
        by: &StaffHandle,
        now: Timestamp,
        rehash: &dyn Fn(&str) -> Option<UrlHash>,
    ) -> Result<Vec<AddedLink>, Error> {
        let tx = self.write()?;
        require_case(&tx, case)?;
        let t = now.as_second();
        let mut same = tx.prepare(
            "SELECT id, case_id, url, url_hash FROM links
             WHERE url_hash = ?1 OR url = ?2 OR (url >= ?3 AND url < ?4)
             ORDER BY url_hash != ?1, first_seen, rowid",
        )?;
        let mut insert = tx.prepare(
            "INSERT INTO links (id, case_id, url, url_hash, platform, category, status, first_seen, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'new', ?7, ?7)",
        )?;
        let mut event = tx.prepare(
            "INSERT INTO link_events (link_id, at, status, staff) VALUES (?1, ?2, 'new', ?3)",
        )?;
        let mut added = Vec::with_capacity(links.len());
        for link in links {
            let url_hash = link.url.url_hash();
            let hash_text = url_hash.to_string();
            let base = link
                .url
                .as_str()
                .split_once('?')
                .map_or(link.url.as_str(), |(b, _)| b);
            let rows: Vec<(String, String, String, String)> = same
                // `?` is 0x3F and `@` 0x40: the range holds exactly the URLs `base?…`.
                .query_map(
                    params![hash_text, base, format!("{base}?"), format!("{base}@")],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )?
                .collect::<Result<_, _>>()?;
            let mut existing = None;
            let mut other_cases = std::collections::BTreeSet::new();
            for (id, owner, url, stored_hash) in rows {
                if stored_hash != hash_text && rehash(&url) != Some(url_hash) {
                    continue;
                }
                if owner == case.as_str() {
                    existing.get_or_insert(id);
                } else {
                    other_cases.insert(owner);
                }
            }
            let other_cases = other_cases
                .into_iter()
                .map(|id| id.parse().map_err(|_| corrupt("case id", &id)))
                .collect::<Result<Vec<CaseId>, Error>>()?;
            if let Some(id) = existing {
                added.push(AddedLink {
                    id: id.parse().map_err(|_| corrupt("link id", &id))?,
                    already_tracked: true,
                    other_cases,
                });
                continue;
            }
            let url_hash = hash_text;
            let id = with_fresh_id(LinkId::from_random, |id: &LinkId| {
                match insert.execute(params![
                    id.as_str(),
                    case.as_str(),
                    link.url.as_str(),
                    url_hash,
                    link.platform.as_str(),
                    link.category.map(Category::as_str),
                    t
                ]) {
                    Ok(_) => Ok(true),
                    Err(e) if is_key_collision(&e) => Ok(false),
                    Err(e) => Err(e.into()),
                }
            })?;
            event.execute(params![id.as_str(), t, by.as_str()])?;
            tracing::debug!(case = %case, link = %id, platform = %link.platform, "added link");
            added.push(AddedLink {
                id,
                already_tracked: false,
                other_cases,
            });
        }
        drop((same, insert, event));
        tx.execute(
            "UPDATE cases SET updated_at = ?2 WHERE id = ?1",
            params![case.as_str(), t],
        )?;
        tx.commit()?;
        Ok(added)
    }

    pub(crate) fn links(&self, filter: &LinkFilter) -> Result<Vec<LinkRecord>, Error> {
        let (sql, values) = filter.query();
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(values), link_from_row)?;
        rows.map(|r| r?).collect()
    }

    /// The categories a case's links carry of their own, each once.
    pub(crate) fn link_categories(&self, case: &CaseId) -> Result<Vec<Category>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT DISTINCT category FROM links WHERE case_id = ?1 AND category IS NOT NULL",
        )?;
        let rows = stmt.query_map([case.as_str()], |r| r.get::<_, String>(0))?;
        rows.map(|r| {
            let c = r?;
            c.parse().map_err(|_| corrupt("category", &c))
        })
        .collect()
    }

    pub(crate) fn link(&self, id: &LinkId) -> Result<LinkRecord, Error> {
        let sql = format!("{LINK_SELECT} WHERE id = ?1");
        self.conn
            .query_row(&sql, [id.as_str()], link_from_row)
            .optional()?
            .ok_or_else(|| Error::LinkNotFound(id.clone()))?
    }

    pub(crate) fn link_events(&self, id: &LinkId) -> Result<Vec<LinkEvent>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT at, status, route, reference, partner, staff FROM link_events
             WHERE link_id = ?1 ORDER BY at, id",
        )?;
        let rows = stmt.query_map([id.as_str()], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, Option<String>>(5)?,
            ))
        })?;
        rows.map(|r| {
            let (at, status, route, reference, partner, staff) = r?;
            Ok(LinkEvent {
                at: timestamp(at)?,
                status: status
                    .parse()
                    .map_err(|_| corrupt("link status", &status))?,
                route: route
                    .map(|r| r.parse().map_err(|_| corrupt("route", &r)))
                    .transpose()?,
                reference,
                partner,
                staff,
            })
        })
        .collect()
    }

    /// Applies a change and records it as having happened `at`; the caller has checked it with
    /// the rules. Without a new status the event carries the status in effect at `at`, and the
    /// link's status is always that of its latest event (nothing goes back to `new`, so the
    /// `new` event of a link added after the fact does not count), so a change entered after
    /// the fact never overrides what happened since.
    pub(crate) fn update_link(
        &self,
        id: &LinkId,
        update: &LinkUpdate,
        at: Timestamp,
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<(), Error> {
        let tx = self.write()?;
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM links WHERE id = ?1)",
            [id.as_str()],
            |r| r.get(0),
        )?;
        if !exists {
            return Err(Error::LinkNotFound(id.clone()));
        }
        tx.execute(
            "INSERT INTO link_events (link_id, at, status, route, reference, staff)
             VALUES (?1, ?2,
                     coalesce(?3, (SELECT status FROM link_events
                                   WHERE link_id = ?1 AND at <= ?2 ORDER BY at DESC, id DESC LIMIT 1),
                              'new'),
                     ?4, ?5, ?6)",
            params![
                id.as_str(),
                at.as_second(),
                update.status.map(LinkStatus::as_str),
                update.route.map(Route::as_str),
                update.reference,
                by.as_str()
            ],
        )?;
        tx.execute(
            "UPDATE links SET
                 status = coalesce((SELECT status FROM link_events
                                    WHERE link_id = ?1 AND status != 'new'
                                    ORDER BY at DESC, id DESC LIMIT 1), 'new'),
                 route = coalesce(?2, route), reference = coalesce(?3, reference), updated_at = ?4
             WHERE id = ?1",
            params![
                id.as_str(),
                update.route.map(Route::as_str),
                update.reference,
                now.as_second()
            ],
        )?;
        tx.commit()?;
        tracing::debug!(link = %id, "link updated");
        Ok(())
    }

    /// Deletes a link and its history (`secure_delete` zeroes the freed pages), leaving who
    /// removed it in its case's history.
    pub(crate) fn remove_link(
        &self,
        id: &LinkId,
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<(), Error> {
        let tx = self.write()?;
        let case: String = tx
            .query_row(
                "DELETE FROM links WHERE id = ?1 RETURNING case_id",
                [id.as_str()],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::LinkNotFound(id.clone()))?;
        let case: CaseId = case.parse().map_err(|_| corrupt("case id", &case))?;
        super::cases::event(
            &tx,
            &case,
            now.as_second(),
            &format!("link {id} removed"),
            by,
        )?;
        tx.commit()?;
        tracing::debug!(link = %id, "link removed");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::StoreKey;
    use crate::store::query_plan;

    /// `link list` reads a store of years (issue 19 part 9): one case's links come through
    /// `links_by_case` and the whole list in that index's order, never a scan of every link
    /// and never a sort of them all in a temporary tree.
    #[test]
    fn the_list_query_reads_links_in_index_order() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            Store::create(&dir.path().join("s.db"), &StoreKey::from_bytes([5; 32])).unwrap();
        let plan = |filter: &LinkFilter| {
            let (sql, values) = filter.query();
            query_plan(&store.conn, &sql, rusqlite::params_from_iter(values))
        };
        let one_case = LinkFilter {
            case: Some("C-AAAA".parse().unwrap()),
            status: Some(LinkStatus::Reported),
            platform: Some(PlatformId::from("x".to_owned())),
        };
        let plan_case = plan(&one_case);
        assert!(
            plan_case.starts_with("SEARCH links USING INDEX links_by_case (case_id=?)"),
            "{plan_case}"
        );
        for filter in [&one_case, &LinkFilter::default()] {
            let plan = plan(filter);
            assert!(!plan.contains("TEMP B-TREE"), "{plan}");
            assert!(
                !plan.contains("SCAN links\n") && plan != "SCAN links",
                "{plan}"
            );
        }
    }
}
