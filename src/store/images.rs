//! The pictures the store knows as PDQ hashes, for near-duplicate matching: what each link
//! showed when it was last seen live, evidence items, and the hash records victims gave.

use std::collections::HashMap;

use rusqlite::params;

use super::{Error, Store, parse};
use crate::domain::ids::{CaseId, LinkId};
use crate::domain::matching::{Index, Known, Source};
use crate::domain::pdq::PdqHash;

/// Each row: kind, case, owner id, PDQ hex, quality.
const LINKS: &str = "SELECT 'link', l.case_id, l.id, k.live_pdq, k.live_pdq_quality
    FROM link_checks k JOIN links l ON l.id = k.link_id WHERE k.live_pdq IS NOT NULL";
const REMOVED_LINKS: &str = " AND k.settled = 'removed'";
const EVIDENCE: &str = "SELECT 'evidence', case_id, id, pdq, pdq_quality
    FROM evidence WHERE pdq IS NOT NULL AND pdq_quality IS NOT NULL";
const HASH_RECORDS: &str = "SELECT 'hash_record', case_id, sha256, pdq, quality
    FROM hash_records WHERE pdq IS NOT NULL AND quality IS NOT NULL";

impl Store {
    /// The picture each link showed when it was last seen live, by link.
    pub(crate) fn live_images(&self) -> Result<HashMap<LinkId, PdqHash>, Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT link_id, live_pdq FROM link_checks WHERE live_pdq IS NOT NULL")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        rows.map(|row| {
            let (link, pdq) = row?;
            Ok((parse("link id", &link)?, parse("PDQ hash", &pdq)?))
        })
        .collect()
    }

    /// What a re-check compares live pictures with: pictures of links that are removed now, and
    /// every case's hash records.
    pub(crate) fn removed_images(&self) -> Result<Index, Error> {
        self.images(
            &format!("{LINKS}{REMOVED_LINKS} UNION ALL {HASH_RECORDS}"),
            None,
        )
    }

    /// Every picture the store knows, or those of one case.
    pub(crate) fn known_images(&self, case: Option<&CaseId>) -> Result<Index, Error> {
        self.images(
            &format!("{LINKS} UNION ALL {EVIDENCE} UNION ALL {HASH_RECORDS}"),
            case,
        )
    }

    /// The SHA-256 of every file the store knows (evidence items, hash records), or of one
    /// case's: identical bytes match whatever the file is, a video included.
    pub(crate) fn known_files(
        &self,
        case: Option<&CaseId>,
    ) -> Result<HashMap<String, Vec<Known>>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT * FROM (
                 SELECT 'evidence' AS kind, case_id, id, sha256 FROM evidence
                 UNION ALL SELECT 'hash_record', case_id, sha256, sha256 FROM hash_records)
             WHERE ?1 IS NULL OR case_id = ?1",
        )?;
        let rows = stmt.query_map(params![case.map(CaseId::as_str)], |r| {
            Ok([r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?])
        })?;
        let mut files: HashMap<String, Vec<Known>> = HashMap::new();
        for row in rows {
            let [kind, case, id, sha256] = row?;
            files
                .entry(sha256)
                .or_default()
                .push(known(&kind, &case, id)?);
        }
        Ok(files)
    }

    /// `sources` is a union of the selects above; `case` keeps one case's rows.
    fn images(&self, sources: &str, case: Option<&CaseId>) -> Result<Index, Error> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT * FROM ({sources}) WHERE ?1 IS NULL OR case_id = ?1"
        ))?;
        let rows = stmt.query_map(params![case.map(CaseId::as_str)], |r| {
            Ok((
                [r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?],
                r.get::<_, u8>(4)?,
            ))
        })?;
        let entries = rows
            .map(|row| {
                let ([kind, case, id, pdq], quality) = row?;
                Ok((parse("PDQ hash", &pdq)?, quality, known(&kind, &case, id)?))
            })
            .collect::<Result<Vec<_>, Error>>()?;
        Ok(Index::new(entries))
    }
}

/// A stored row's owner from its kind (`link`, `evidence`, `hash_record`), case and id.
fn known(kind: &str, case: &str, id: String) -> Result<Known, Error> {
    let source = match kind {
        "link" => Source::Link(parse("link id", &id)?),
        "evidence" => Source::Evidence(parse("evidence id", &id)?),
        _ => Source::HashRecord(id),
    };
    Ok(Known {
        case: parse("case id", case)?,
        source,
    })
}
