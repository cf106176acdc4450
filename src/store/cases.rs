use jiff::Timestamp;
use rusqlite::{OptionalExtension as _, params};
use serde::Serialize;

use super::{Error, Store, is_key_collision, timestamp, with_fresh_id};
use crate::domain::case::{CaseStatus, Consent, Jurisdiction};
use crate::domain::category::Category;
use crate::domain::ids::CaseId;
use crate::domain::staff::StaffHandle;
use crate::domain::states;

pub(crate) struct NewCase {
    pub(crate) categories: Vec<Category>,
    pub(crate) minor: bool,
    pub(crate) jurisdiction: Option<Jurisdiction>,
    pub(crate) consents: Vec<Consent>,
}

/// Consents given, each with when it was given; `null` where none was.
#[derive(Debug, Serialize)]
pub(crate) struct Consents {
    pub(crate) platforms: Option<Timestamp>,
    pub(crate) partners: Option<Timestamp>,
    pub(crate) law_enforcement: Option<Timestamp>,
}

impl Consents {
    pub(crate) fn get(&self, consent: Consent) -> Option<Timestamp> {
        match consent {
            Consent::Platforms => self.platforms,
            Consent::Partners => self.partners,
            Consent::LawEnforcement => self.law_enforcement,
        }
    }
}

#[derive(Debug, Serialize)]
pub(crate) struct CaseSummary {
    pub(crate) id: CaseId,
    pub(crate) status: CaseStatus,
    pub(crate) categories: Vec<Category>,
    pub(crate) minor: bool,
    pub(crate) jurisdiction: Option<String>,
    pub(crate) created_at: Timestamp,
    pub(crate) updated_at: Timestamp,
    pub(crate) consent: Consents,
    pub(crate) links: i64,
}

#[derive(Debug, Serialize)]
pub(crate) struct Note {
    pub(crate) created_at: Timestamp,
    pub(crate) body: String,
    /// Who wrote it; `null` for notes written before handles were recorded.
    pub(crate) staff: Option<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct CaseEvent {
    pub(crate) at: Timestamp,
    pub(crate) event: String,
    /// Who did it; `null` for events recorded before handles were.
    pub(crate) staff: Option<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct CaseRecord {
    #[serde(flatten)]
    pub(crate) summary: CaseSummary,
    pub(crate) history: Vec<CaseEvent>,
    pub(crate) notes: Vec<Note>,
}

const SUMMARY_SELECT: &str = "
    SELECT c.id, c.status, c.minor, c.jurisdiction, c.created_at, c.updated_at,
           c.consent_platforms_at, c.consent_partners_at, c.consent_law_enforcement_at,
           (SELECT group_concat(category, ',') FROM case_categories WHERE case_id = c.id),
           (SELECT count(*) FROM links WHERE case_id = c.id)
    FROM cases c";

fn summary_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Result<CaseSummary, Error>> {
    let id: String = row.get(0)?;
    let status: String = row.get(1)?;
    let times: [i64; 2] = [row.get(4)?, row.get(5)?];
    let consents: [Option<i64>; 3] = [row.get(6)?, row.get(7)?, row.get(8)?];
    let categories: Option<String> = row.get(9)?;
    let (minor, jurisdiction, links) = (row.get(2)?, row.get(3)?, row.get(10)?);
    Ok((|| {
        let consent_at = |t: Option<i64>| t.map(timestamp).transpose();
        let mut categories = categories
            .unwrap_or_default()
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<Category>().map_err(|_| Error::Corrupt {
                    what: "category",
                    value: s.to_owned(),
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        categories.sort();
        Ok(CaseSummary {
            id: id.parse().map_err(|_| Error::Corrupt {
                what: "case id",
                value: id.clone(),
            })?,
            status: CaseStatus::parse(&status).ok_or_else(|| Error::Corrupt {
                what: "case status",
                value: status.clone(),
            })?,
            categories,
            minor,
            jurisdiction,
            created_at: timestamp(times[0])?,
            updated_at: timestamp(times[1])?,
            consent: Consents {
                platforms: consent_at(consents[0])?,
                partners: consent_at(consents[1])?,
                law_enforcement: consent_at(consents[2])?,
            },
            links,
        })
    })())
}

fn consent_column(consent: Consent) -> &'static str {
    match consent {
        Consent::Platforms => "consent_platforms_at",
        Consent::Partners => "consent_partners_at",
        Consent::LawEnforcement => "consent_law_enforcement_at",
    }
}

impl Store {
    pub(crate) fn new_case(
        &self,
        case: &NewCase,
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<CaseId, Error> {
        let tx = self.write()?;
        let t = now.as_second();
        let id = with_fresh_id(CaseId::from_random, |id: &CaseId| {
            match tx.execute(
                "INSERT INTO cases (id, status, minor, jurisdiction, created_at, updated_at)
                 VALUES (?1, 'open', ?2, ?3, ?4, ?4)",
                params![
                    id.as_str(),
                    case.minor,
                    case.jurisdiction.as_ref().map(Jurisdiction::as_str),
                    t
                ],
            ) {
                Ok(_) => Ok(true),
                Err(e) if is_key_collision(&e) => Ok(false),
                Err(e) => Err(e.into()),
            }
        })?;
        for category in &case.categories {
            tx.execute(
                "INSERT OR IGNORE INTO case_categories (case_id, category) VALUES (?1, ?2)",
                params![id.as_str(), category.as_str()],
            )?;
        }
        event(&tx, &id, t, "opened", by)?;
        for &consent in &case.consents {
            set_consent(&tx, &id, consent, true, t, by)?;
        }
        tx.commit()?;
        tracing::debug!(case = %id, "opened case");
        Ok(id)
    }

    pub(crate) fn cases(&self, status: Option<CaseStatus>) -> Result<Vec<CaseSummary>, Error> {
        let sql = format!(
            "{SUMMARY_SELECT} WHERE ?1 IS NULL OR c.status = ?1 ORDER BY c.created_at, c.rowid"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([status.map(CaseStatus::as_str)], summary_from_row)?;
        rows.map(|r| r?).collect()
    }

    pub(crate) fn case_summary(&self, id: &CaseId) -> Result<CaseSummary, Error> {
        let sql = format!("{SUMMARY_SELECT} WHERE c.id = ?1");
        self.conn
            .query_row(&sql, [id.as_str()], summary_from_row)
            .optional()?
            .ok_or_else(|| Error::CaseNotFound(id.clone()))?
    }

    pub(crate) fn case(&self, id: &CaseId) -> Result<CaseRecord, Error> {
        let summary = self.case_summary(id)?;
        let mut stmt = self.conn.prepare(
            "SELECT at, event, staff FROM case_events WHERE case_id = ?1 ORDER BY at, id",
        )?;
        let history = stmt
            .query_map([id.as_str()], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get(2)?))
            })?
            .map(|r| {
                let (at, event, staff) = r?;
                Ok(CaseEvent {
                    at: timestamp(at)?,
                    event,
                    staff,
                })
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let mut stmt = self.conn.prepare(
            "SELECT created_at, body, staff FROM notes WHERE case_id = ?1 ORDER BY created_at, id",
        )?;
        let notes = stmt
            .query_map([id.as_str()], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get(2)?))
            })?
            .map(|r| {
                let (at, body, staff) = r?;
                Ok(Note {
                    created_at: timestamp(at)?,
                    body,
                    staff,
                })
            })
            .collect::<Result<Vec<_>, Error>>()?;
        Ok(CaseRecord {
            summary,
            history,
            notes,
        })
    }

    /// Moves a case to `to` and records who did it; the caller has checked the move with the
    /// state table.
    pub(crate) fn set_case_status(
        &self,
        id: &CaseId,
        to: CaseStatus,
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<(), Error> {
        let tx = self.write()?;
        let changed = tx.execute(
            "UPDATE cases SET status = ?2, updated_at = ?3 WHERE id = ?1",
            params![id.as_str(), to.as_str(), now.as_second()],
        )?;
        if changed == 0 {
            return Err(Error::CaseNotFound(id.clone()));
        }
        event(&tx, id, now.as_second(), states::history_word(to), by)?;
        tx.commit()?;
        tracing::debug!(case = %id, status = %to, "case status changed");
        Ok(())
    }

    pub(crate) fn set_consent(
        &self,
        id: &CaseId,
        consent: Consent,
        given: bool,
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<(), Error> {
        let tx = self.write()?;
        set_consent(&tx, id, consent, given, now.as_second(), by)?;
        tx.commit()?;
        Ok(())
    }

    /// Adds and removes categories of a case in one transaction, each change in its history. A
    /// case keeps at least one category.
    pub(crate) fn change_categories(
        &self,
        id: &CaseId,
        add: &[Category],
        remove: &[Category],
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<(), Error> {
        let tx = self.write()?;
        let t = now.as_second();
        for category in add {
            let added = tx.execute(
                "INSERT OR IGNORE INTO case_categories (case_id, category) VALUES (?1, ?2)",
                params![id.as_str(), category.as_str()],
            )?;
            if added > 0 {
                event(&tx, id, t, &format!("category added: {category}"), by)?;
            }
        }
        for category in remove {
            let removed = tx.execute(
                "DELETE FROM case_categories WHERE case_id = ?1 AND category = ?2",
                params![id.as_str(), category.as_str()],
            )?;
            if removed > 0 {
                event(&tx, id, t, &format!("category removed: {category}"), by)?;
            }
        }
        let left: i64 = tx.query_row(
            "SELECT count(*) FROM case_categories WHERE case_id = ?1",
            [id.as_str()],
            |r| r.get(0),
        )?;
        if left == 0 {
            return Err(Error::NoCategory(id.clone()));
        }
        tx.execute(
            "UPDATE cases SET updated_at = ?2 WHERE id = ?1",
            params![id.as_str(), t],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn add_note(
        &self,
        id: &CaseId,
        body: &str,
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<(), Error> {
        let tx = self.write()?;
        require_case(&tx, id)?;
        tx.execute(
            "INSERT INTO notes (case_id, created_at, body, staff) VALUES (?1, ?2, ?3, ?4)",
            params![id.as_str(), now.as_second(), body, by.as_str()],
        )?;
        tx.execute(
            "UPDATE cases SET updated_at = ?2 WHERE id = ?1",
            params![id.as_str(), now.as_second()],
        )?;
        tx.commit()?;
        tracing::debug!(case = %id, "added a note");
        Ok(())
    }
}

/// Records one line of a case's history, with who did it.
pub(super) fn event(
    tx: &rusqlite::Connection,
    id: &CaseId,
    t: i64,
    what: &str,
    by: &StaffHandle,
) -> Result<(), Error> {
    tx.execute(
        "INSERT INTO case_events (case_id, at, event, staff) VALUES (?1, ?2, ?3, ?4)",
        params![id.as_str(), t, what, by.as_str()],
    )?;
    Ok(())
}

fn set_consent(
    tx: &rusqlite::Transaction<'_>,
    id: &CaseId,
    consent: Consent,
    given: bool,
    t: i64,
    by: &StaffHandle,
) -> Result<(), Error> {
    let column = consent_column(consent);
    // Giving a consent that is already given keeps its original time: that is when it was given.
    let sql = if given {
        format!("UPDATE cases SET {column} = coalesce({column}, ?2), updated_at = ?2 WHERE id = ?1")
    } else {
        format!("UPDATE cases SET {column} = NULL, updated_at = ?2 WHERE id = ?1")
    };
    if tx.execute(&sql, params![id.as_str(), t])? == 0 {
        return Err(Error::CaseNotFound(id.clone()));
    }
    if !given && consent == Consent::Partners {
        // Consent is checked when sharing happens: what waits in the outbox stops here.
        super::outbox::withhold_case(tx, id, super::outbox::CONSENT_WITHDRAWN)?;
    }
    let what = format!(
        "consent {} {consent}",
        if given { "given:" } else { "withdrawn:" }
    );
    event(tx, id, t, &what, by)
}

/// Fails with [`Error::CaseNotFound`] unless `case` exists.
pub(super) fn require_case(conn: &rusqlite::Connection, case: &CaseId) -> Result<(), Error> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM cases WHERE id = ?1)",
        [case.as_str()],
        |r| r.get(0),
    )?;
    if exists {
        Ok(())
    } else {
        Err(Error::CaseNotFound(case.clone()))
    }
}
