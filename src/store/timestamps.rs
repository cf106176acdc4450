//! RFC 3161 timestamps of evidence items: the queue of requests and the tokens kept, each
//! stored token with its `timestamped` custody entry in the same transaction.

use std::collections::HashMap;

use jiff::Timestamp;
use rusqlite::params;

use super::evidence::append_custody;
use super::{Error, Store, corrupt, timestamp};
use crate::domain::custody::CustodyAction;
use crate::domain::ids::{CaseId, EvidenceId};
use crate::domain::staff::StaffHandle;

/// An item's timestamp request: queued while `token` is `None`.
#[derive(Debug, Clone)]
pub(crate) struct StampRecord {
    pub(crate) tries: u32,
    pub(crate) last_error: Option<String>,
    /// The authority's whole TimeStampResp (DER).
    pub(crate) token: Option<Vec<u8>>,
    pub(crate) authority: Option<String>,
    pub(crate) stamped_at: Option<Timestamp>,
}

/// A queued request: the item and what is stamped.
#[derive(Debug, Clone)]
pub(crate) struct QueuedStamp {
    pub(crate) evidence: EvidenceId,
    pub(crate) case: CaseId,
    pub(crate) sha256: String,
}

impl Store {
    /// Queues a request for every item that has none: new items, and those added before
    /// `timestamp.tsa` was set. Returns how many were queued.
    pub(crate) fn queue_unstamped(&self, now: Timestamp) -> Result<usize, Error> {
        let tx = self.write()?;
        let queued = tx.execute(
            "INSERT INTO timestamps (evidence_id, queued_at)
             SELECT id, ?1 FROM evidence
             WHERE id NOT IN (SELECT evidence_id FROM timestamps)",
            [now.as_second()],
        )?;
        tx.commit()?;
        Ok(queued)
    }

    /// The requests still waiting for a token, oldest first.
    pub(crate) fn queued_stamps(&self) -> Result<Vec<QueuedStamp>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT e.id, e.case_id, e.sha256 FROM timestamps t JOIN evidence e ON e.id = t.evidence_id
             WHERE t.token IS NULL ORDER BY t.queued_at, e.rowid",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?))
        })?;
        rows.map(|row| {
            let (id, case, sha256) = row?;
            Ok(QueuedStamp {
                evidence: id.parse().map_err(|_| corrupt("evidence id", &id))?,
                case: case.parse().map_err(|_| corrupt("case id", &case))?,
                sha256,
            })
        })
        .collect()
    }

    /// Keeps a token that passed its checks, with its custody entry. `false` when another run
    /// stamped the item first (its token stays).
    pub(crate) fn save_stamp(
        &self,
        queued: &QueuedStamp,
        token: &[u8],
        authority: &str,
        stamped_at: Timestamp,
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<bool, Error> {
        let tx = self.write()?;
        let changed = tx.execute(
            "UPDATE timestamps SET token = ?2, authority = ?3, stamped_at = ?4, last_error = NULL
             WHERE evidence_id = ?1 AND token IS NULL",
            params![
                queued.evidence.as_str(),
                token,
                authority,
                stamped_at.as_second()
            ],
        )?;
        if changed == 0 {
            return Ok(false);
        }
        let detail = format!("by {authority} at {stamped_at}");
        append_custody(
            &tx,
            &queued.case,
            CustodyAction::Timestamped,
            Some(&queued.evidence),
            &detail,
            by,
            now,
        )?;
        tx.commit()?;
        Ok(true)
    }

    /// Records an attempt that got no token; the request stays queued.
    pub(crate) fn stamp_failed(&self, id: &EvidenceId, reason: &str) -> Result<(), Error> {
        let tx = self.write()?;
        tx.execute(
            "UPDATE timestamps SET tries = tries + 1, last_error = ?2
             WHERE evidence_id = ?1 AND token IS NULL",
            params![id.as_str(), reason],
        )?;
        Ok(tx.commit()?)
    }

    /// The timestamp requests of a case's items (all cases with `None`); an item without one
    /// was never queued (no authority was configured).
    pub(crate) fn stamps(
        &self,
        case: Option<&CaseId>,
    ) -> Result<HashMap<EvidenceId, StampRecord>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT t.evidence_id, t.tries, t.last_error, t.token, t.authority, t.stamped_at
             FROM timestamps t JOIN evidence e ON e.id = t.evidence_id
             WHERE ?1 IS NULL OR e.case_id = ?1",
        )?;
        let rows = stmt.query_map([case.map(CaseId::as_str)], |r| {
            Ok((
                r.get::<_, String>(0)?,
                StampRecord {
                    tries: r.get(1)?,
                    last_error: r.get(2)?,
                    token: r.get(3)?,
                    authority: r.get(4)?,
                    stamped_at: None,
                },
                r.get::<_, Option<i64>>(5)?,
            ))
        })?;
        rows.map(|row| {
            let (id, mut record, stamped_at) = row?;
            record.stamped_at = stamped_at.map(timestamp).transpose()?;
            let id = id.parse().map_err(|_| corrupt("evidence id", &id))?;
            Ok((id, record))
        })
        .collect()
    }
}
