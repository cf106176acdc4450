//! Wiping a case, as far as the store goes: one transaction that deletes every row of the case
//! and journals the wipe, so a wipe cut short is finished by the next run; and a copy of the whole
//! store, vacuumed, under a new key, which replaces the old file.

use std::path::{Path, PathBuf};

use fs_err::os::unix::fs::OpenOptionsExt as _;
use jiff::Timestamp;
use rusqlite::{OptionalExtension as _, params};
use zeroize::Zeroizing;

use super::{Error, Store, StoreLock, corrupt, raw_key};
use crate::domain::case::CaseStatus;
use crate::domain::ids::CaseId;
use crate::domain::staff::StaffHandle;
use crate::domain::states::{self, CaseOp};
use crate::secrets::StoreKey;

/// What a wipe destroyed, counted before the rows went.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WipeCounts {
    pub(crate) links: i64,
    pub(crate) notes: i64,
    pub(crate) observations: i64,
    pub(crate) events: i64,
    /// Evidence items and hash-only records.
    pub(crate) evidence: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WipeStage {
    /// The rows are gone; files and the old key may not be.
    Destroying,
    /// All done under a new key, whose recovery code has not been shown yet.
    ShowCode,
}

#[derive(Debug)]
pub(crate) struct PendingWipe {
    pub(crate) case: CaseId,
    pub(crate) stage: WipeStage,
    pub(crate) counts: WipeCounts,
    /// What the case's files held, counted before the first of them was destroyed; `None` until
    /// then.
    pub(crate) files: Option<Survey>,
    /// Seconds every run has spent on this wipe so far.
    pub(crate) seconds: f64,
    /// Files and folders of the case still to destroy.
    pub(crate) paths: Vec<PathBuf>,
}

/// The files of a case and their bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Survey {
    pub(crate) files: u64,
    pub(crate) bytes: u64,
}

impl Store {
    /// Deletes every row of the case in one transaction (its links, notes, history, evidence and
    /// its key: everything hanging off the case goes by `ON DELETE CASCADE`), leaves only its id
    /// with status `wiped` (the tombstone), and journals the wipe with the case's vault directory (`vault_dir`
    /// makes its path) still to destroy, after folding it into the anonymous outcome ledger.
    /// Refuses a held or wiped case.
    pub(crate) fn begin_wipe(
        &self,
        case: &CaseId,
        vault_dir: impl Fn(&str) -> PathBuf,
        deadline: super::ledger::DeadlineOf<'_>,
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<WipeCounts, Error> {
        let tx = self.write()?;
        let status: String = tx
            .query_row(
                "SELECT status FROM cases WHERE id = ?1",
                [case.as_str()],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::CaseNotFound(case.clone()))?;
        let status = CaseStatus::parse(&status).ok_or_else(|| corrupt("case status", &status))?;
        // Asked again here, in the transaction that deletes: a hold placed since the command
        // looked still stops the wipe.
        states::permit(CaseOp::Wipe, case, status)?;
        let count = |sql: &str| tx.query_row(sql, [case.as_str()], |r| r.get::<_, i64>(0));
        let counts = WipeCounts {
            links: count("SELECT count(*) FROM links WHERE case_id = ?1")?,
            notes: count("SELECT count(*) FROM notes WHERE case_id = ?1")?,
            observations: count(
                "SELECT count(*) FROM observations o JOIN links l ON l.id = o.link_id
                 WHERE l.case_id = ?1",
            )?,
            events: count(
                "SELECT (SELECT count(*) FROM case_events WHERE case_id = ?1)
                      + (SELECT count(*) FROM link_events e JOIN links l ON l.id = e.link_id
                         WHERE l.case_id = ?1)
                      + (SELECT count(*) FROM custody WHERE case_id = ?1)",
            )?,
            evidence: count(
                "SELECT (SELECT count(*) FROM evidence WHERE case_id = ?1)
                      + (SELECT count(*) FROM hash_records WHERE case_id = ?1)",
            )?,
        };
        // Read in the transaction, so evidence added meanwhile cannot escape the wipe.
        let paths: Vec<PathBuf> = tx
            .query_row(
                "SELECT vault_dir FROM evidence_keys WHERE case_id = ?1",
                [case.as_str()],
                |r| r.get::<_, String>(0),
            )
            .optional()?
            .map(|dir| vault_dir(&dir))
            .into_iter()
            .collect();
        // The anonymous figures of the case outlive it; in this transaction, so they are counted
        // exactly once.
        super::ledger::fold_case(&tx, case, deadline, now)?;
        tx.execute("DELETE FROM cases WHERE id = ?1", [case.as_str()])?;
        // The tombstone: its id, `wiped`, and when (not even when it was opened), and who
        // wiped it.
        tx.execute(
            "INSERT INTO cases (id, status, created_at, updated_at) VALUES (?1, 'wiped', ?2, ?2)",
            params![case.as_str(), now.as_second()],
        )?;
        super::cases::event(&tx, case, now.as_second(), "wiped", by)?;
        tx.execute(
            "INSERT INTO wipe_journal
                 (case_id, started_at, stage, links, notes, observations, events, evidence)
             VALUES (?1, ?2, 'destroying', ?3, ?4, ?5, ?6, ?7)",
            params![
                case.as_str(),
                now.as_second(),
                counts.links,
                counts.notes,
                counts.observations,
                counts.events,
                counts.evidence
            ],
        )?;
        for path in &paths {
            tx.execute(
                "INSERT OR IGNORE INTO wipe_paths (case_id, path) VALUES (?1, ?2)",
                params![case.as_str(), path.to_string_lossy()],
            )?;
        }
        tx.commit()?;
        tracing::debug!(case = %case, "case rows deleted; wipe journalled");
        Ok(counts)
    }

    /// Wipes started and not finished, oldest first.
    pub(crate) fn pending_wipes(&self) -> Result<Vec<PendingWipe>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT case_id, stage, links, notes, observations, events, evidence, files, bytes,
                    seconds
             FROM wipe_journal ORDER BY started_at, case_id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    WipeCounts {
                        links: r.get(2)?,
                        notes: r.get(3)?,
                        observations: r.get(4)?,
                        events: r.get(5)?,
                        evidence: r.get(6)?,
                    },
                    (r.get::<_, Option<i64>>(7)?, r.get::<_, Option<i64>>(8)?),
                    r.get::<_, f64>(9)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut paths = self
            .conn
            .prepare("SELECT path FROM wipe_paths WHERE case_id = ?1 ORDER BY path")?;
        rows.into_iter()
            .map(|(case, stage, counts, survey, seconds)| {
                let stage = match stage.as_str() {
                    "destroying" => WipeStage::Destroying,
                    "code" => WipeStage::ShowCode,
                    other => return Err(corrupt("wipe stage", other)),
                };
                Ok(PendingWipe {
                    paths: paths
                        .query_map([&case], |r| r.get::<_, String>(0))?
                        .map(|p| p.map(PathBuf::from))
                        .collect::<Result<_, _>>()?,
                    case: case.parse().map_err(|_| corrupt("case id", &case))?,
                    stage,
                    counts,
                    files: match survey {
                        (Some(files), Some(bytes)) => Some(Survey {
                            files: u64::try_from(files).unwrap_or_default(),
                            bytes: u64::try_from(bytes).unwrap_or_default(),
                        }),
                        _ => None,
                    },
                    seconds,
                })
            })
            .collect()
    }

    /// Records what the case's files hold, before the first is destroyed: the report counts them
    /// whichever run destroys them.
    pub(crate) fn wipe_surveyed(&self, case: &CaseId, survey: Survey) -> Result<(), Error> {
        self.conn.execute(
            "UPDATE wipe_journal SET files = ?2, bytes = ?3 WHERE case_id = ?1",
            params![
                case.as_str(),
                i64::try_from(survey.files).unwrap_or(i64::MAX),
                i64::try_from(survey.bytes).unwrap_or(i64::MAX)
            ],
        )?;
        Ok(())
    }

    /// Records the seconds spent on a wipe so far, so a run cut short still counts.
    pub(crate) fn wipe_seconds(&self, case: &CaseId, seconds: f64) -> Result<(), Error> {
        self.conn.execute(
            "UPDATE wipe_journal SET seconds = ?2 WHERE case_id = ?1",
            params![case.as_str(), seconds],
        )?;
        Ok(())
    }

    /// One path of a wipe is destroyed: a retry need not look for it again.
    pub(crate) fn wipe_path_done(&self, case: &CaseId, path: &Path) -> Result<(), Error> {
        self.conn.execute(
            "DELETE FROM wipe_paths WHERE case_id = ?1 AND path = ?2",
            params![case.as_str(), path.to_string_lossy()],
        )?;
        Ok(())
    }

    /// The new recovery code has been shown: the wipes are over.
    pub(crate) fn wipe_codes_shown(&self) -> Result<(), Error> {
        self.conn
            .execute("DELETE FROM wipe_journal WHERE stage = 'code'", [])?;
        Ok(())
    }

    /// Writes the whole store into the new file `to` under `key` (SQLCipher's export, which
    /// copies row by row into fresh pages: a vacuum), records there that the wipes in progress
    /// are done but for showing the new recovery code, and closes this store. Nothing of the
    /// freed pages, and nothing under the old key, goes into the copy.
    pub(crate) fn export_rekeyed(self, to: &Path, key: &StoreKey) -> Result<StoreLock, Error> {
        let fail = |source| Error::Create {
            path: to.to_owned(),
            source,
        };
        fs_err::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(to)
            .map_err(fail)?;
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        let key_text = raw_key(key);
        self.conn.execute(
            "ATTACH DATABASE ?1 AS rekeyed KEY ?2",
            params![to.to_string_lossy(), key_text.as_str()],
        )?;
        let export = Zeroizing::new(format!(
            "SELECT sqlcipher_export('rekeyed');
             PRAGMA rekeyed.user_version = {version};
             UPDATE rekeyed.wipe_journal SET stage = 'code';
             DELETE FROM rekeyed.wipe_paths;"
        ));
        self.conn.execute_batch(&export)?;
        self.conn.execute_batch("DETACH DATABASE rekeyed;")?;
        let Store { conn, lock } = self;
        // Closing the last connection checkpoints the write-ahead log into the old file and
        // deletes it, so no log of the old store is left to be replayed onto the new one.
        conn.close().map_err(|(_, e)| e)?;
        fs_err::File::open(to)
            .and_then(|f| f.sync_all())
            .map_err(fail)?;
        Ok(lock)
    }
}
