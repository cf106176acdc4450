//! Evidence rows, the per-case vault keys, the custody log and hash-only records. Every write to
//! evidence appends its custody entry in the same transaction: an action is logged exactly when
//! it happened.

use age::secrecy::{ExposeSecret as _, SecretString};
use jiff::Timestamp;
use rusqlite::{OptionalExtension as _, Transaction, params};
use serde::Serialize;

use super::cases::require_case;
use super::{Error, Store, corrupt, is_key_collision, timestamp, with_fresh_id};
use crate::domain::custody::{self, CustodyAction, Entry};
use crate::domain::hash_list::HashListRow;
use crate::domain::ids::{CaseId, EvidenceId};
use crate::domain::staff::StaffHandle;
use crate::domain::url::SourceUrl;

/// Where a case's evidence lives and the key that opens it.
pub(crate) struct CaseVault {
    pub(crate) identity: SecretString,
    pub(crate) dir: String,
}

pub(crate) struct NewEvidence {
    pub(crate) case: CaseId,
    pub(crate) sha256: String,
    /// Videos only.
    pub(crate) md5: Option<String>,
    pub(crate) size: u64,
    pub(crate) media_type: &'static str,
    pub(crate) original_name: Option<String>,
    pub(crate) source_url: Option<SourceUrl>,
    pub(crate) captured_at: Option<Timestamp>,
    pub(crate) vault_file: String,
    pub(crate) pdq: Option<(String, u8)>,
    pub(crate) derived_from: Option<EvidenceId>,
}

#[derive(Debug, Serialize)]
pub(crate) struct EvidenceRecord {
    pub(crate) id: EvidenceId,
    pub(crate) case: CaseId,
    pub(crate) sha256: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) md5: Option<String>,
    pub(crate) size: u64,
    pub(crate) media_type: String,
    pub(crate) original_name: Option<String>,
    pub(crate) source_url: Option<SourceUrl>,
    pub(crate) captured_at: Option<Timestamp>,
    pub(crate) added_at: Timestamp,
    pub(crate) pdq: Option<String>,
    pub(crate) quality: Option<u8>,
    pub(crate) derived_from: Option<EvidenceId>,
    #[serde(skip)]
    pub(crate) vault_file: String,
}

const EVIDENCE_SELECT: &str = "
    SELECT id, case_id, sha256, size, media_type, original_name, source_url, captured_at,
           added_at, pdq, pdq_quality, derived_from, vault_file, md5
    FROM evidence";

fn record_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Result<EvidenceRecord, Error>> {
    let ids: [String; 2] = [row.get(0)?, row.get(1)?];
    let derived: Option<String> = row.get(11)?;
    let (captured, added): (Option<i64>, i64) = (row.get(7)?, row.get(8)?);
    let size: i64 = row.get(3)?;
    let quality: Option<i64> = row.get(10)?;
    let source_url: Option<String> = row.get(6)?;
    let (sha256, media_type, original_name, pdq, vault_file) = (
        row.get(2)?,
        row.get(4)?,
        row.get(5)?,
        row.get(9)?,
        row.get(12)?,
    );
    let md5: Option<String> = row.get(13)?;
    Ok((|| {
        let evidence_id = |s: &str| s.parse().map_err(|_| corrupt("evidence id", s));
        Ok(EvidenceRecord {
            id: evidence_id(&ids[0])?,
            case: ids[1].parse().map_err(|_| corrupt("case id", &ids[1]))?,
            sha256,
            md5,
            size: u64::try_from(size).map_err(|_| corrupt("size", &size.to_string()))?,
            media_type,
            original_name,
            source_url: source_url.map(SourceUrl::from_stored),
            captured_at: captured.map(timestamp).transpose()?,
            added_at: timestamp(added)?,
            pdq,
            quality: quality
                .map(|q| u8::try_from(q).map_err(|_| corrupt("quality", &q.to_string())))
                .transpose()?,
            derived_from: derived.as_deref().map(evidence_id).transpose()?,
            vault_file,
        })
    })())
}

/// Appends one entry to a case's custody log, linked to the entry before it.
pub(super) fn append_custody(
    tx: &Transaction<'_>,
    case: &CaseId,
    action: CustodyAction,
    evidence: Option<&EvidenceId>,
    detail: &str,
    by: &StaffHandle,
    now: Timestamp,
) -> Result<(), Error> {
    let last: Option<(i64, String)> = tx
        .query_row(
            "SELECT seq, hash FROM custody WHERE case_id = ?1 ORDER BY seq DESC LIMIT 1",
            [case.as_str()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (seq, prev_hash) = last.map_or((1, custody::GENESIS.to_owned()), |(s, h)| (s + 1, h));
    let mut entry = Entry {
        case: case.to_string(),
        seq,
        at: now.as_second(),
        action: action.as_str().to_owned(),
        evidence: evidence.map(ToString::to_string),
        detail: detail.to_owned(),
        staff: Some(by.to_string()),
        prev_hash,
        hash: String::new(),
    };
    entry.hash = entry.expected_hash();
    tx.execute(
        "INSERT INTO custody (case_id, seq, at, action, evidence_id, detail, staff, prev_hash,
                              hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            entry.case,
            entry.seq,
            entry.at,
            entry.action,
            entry.evidence,
            entry.detail,
            entry.staff,
            entry.prev_hash,
            entry.hash
        ],
    )?;
    Ok(())
}

/// Inserts an item's row under a fresh id; the caller appends its custody entry and commits.
pub(super) fn insert_evidence(
    tx: &Transaction<'_>,
    item: &NewEvidence,
    now: Timestamp,
) -> Result<EvidenceId, Error> {
    require_case(tx, &item.case)?;
    let t = now.as_second();
    let size = i64::try_from(item.size).map_err(|_| corrupt("size", &item.size.to_string()))?;
    let id = with_fresh_id(EvidenceId::from_random, |id| {
        match tx.execute(
            "INSERT INTO evidence (id, case_id, sha256, size, media_type, original_name,
                 source_url, captured_at, added_at, vault_file, pdq, pdq_quality, derived_from,
                 md5)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            params![
                id.as_str(),
                item.case.as_str(),
                item.sha256,
                size,
                item.media_type,
                item.original_name,
                item.source_url.as_ref().map(SourceUrl::as_str),
                item.captured_at.map(Timestamp::as_second),
                t,
                item.vault_file,
                item.pdq.as_ref().map(|p| &p.0),
                item.pdq.as_ref().map(|p| p.1),
                item.derived_from.as_ref().map(EvidenceId::as_str),
                item.md5,
            ],
        ) {
            Ok(_) => Ok(true),
            Err(e) if is_key_collision(&e) => Ok(false),
            Err(e) => Err(e.into()),
        }
    })?;
    Ok(id)
}

impl Store {
    /// The case's vault key and directory, `None` before its first evidence.
    pub(crate) fn case_vault(&self, case: &CaseId) -> Result<Option<CaseVault>, Error> {
        let tx = self.write()?;
        require_case(&tx, case)?;
        let found = tx
            .query_row(
                "SELECT identity, vault_dir FROM evidence_keys WHERE case_id = ?1",
                [case.as_str()],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
            )
            .optional()?;
        Ok(found.map(|(identity, dir)| CaseVault {
            identity: identity.into(),
            dir,
        }))
    }

    /// Records a new case's vault key, unless the case has one already (which stays).
    pub(crate) fn create_case_vault(
        &self,
        case: &CaseId,
        vault: &CaseVault,
        now: Timestamp,
    ) -> Result<(), Error> {
        self.conn.execute(
            "INSERT INTO evidence_keys (case_id, identity, vault_dir, created_at)
             VALUES (?1, ?2, ?3, ?4) ON CONFLICT (case_id) DO NOTHING",
            params![
                case.as_str(),
                vault.identity.expose_secret(),
                vault.dir,
                now.as_second()
            ],
        )?;
        Ok(())
    }

    /// The item of `case` with these bytes, if the case already has it.
    pub(crate) fn evidence_by_sha256(
        &self,
        case: &CaseId,
        sha256: &str,
    ) -> Result<Option<EvidenceId>, Error> {
        let id: Option<String> = self
            .conn
            .query_row(
                "SELECT id FROM evidence WHERE case_id = ?1 AND sha256 = ?2",
                [case.as_str(), sha256],
                |r| r.get(0),
            )
            .optional()?;
        id.map(|id| id.parse().map_err(|_| corrupt("evidence id", &id)))
            .transpose()
    }

    /// Records an item whose vault file is written, with its `added` (or `stripped`, for a
    /// working copy) custody entry.
    pub(crate) fn add_evidence(
        &self,
        item: &NewEvidence,
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<EvidenceId, Error> {
        let tx = self.write()?;
        let id = insert_evidence(&tx, item, now)?;
        let (action, detail) = match &item.derived_from {
            Some(original) => (CustodyAction::Stripped, format!("from {original}")),
            None => (CustodyAction::Added, format!("sha256 {}", item.sha256)),
        };
        append_custody(&tx, &item.case, action, Some(&id), &detail, by, now)?;
        tx.commit()?;
        tracing::debug!(case = %item.case, evidence = %id, "added evidence");
        Ok(id)
    }

    pub(crate) fn evidence(&self, id: &EvidenceId) -> Result<EvidenceRecord, Error> {
        let sql = format!("{EVIDENCE_SELECT} WHERE id = ?1");
        self.conn
            .query_row(&sql, [id.as_str()], record_from_row)
            .optional()?
            .ok_or_else(|| Error::EvidenceNotFound(id.clone()))?
    }

    /// A case's evidence (or everyone's), oldest first.
    pub(crate) fn evidence_list(
        &self,
        case: Option<&CaseId>,
    ) -> Result<Vec<EvidenceRecord>, Error> {
        if let Some(case) = case {
            require_case(&self.conn, case)?;
        }
        let sql = format!(
            "{EVIDENCE_SELECT} WHERE ?1 IS NULL OR case_id = ?1 ORDER BY case_id, added_at, rowid"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([case.map(CaseId::as_str)], record_from_row)?;
        rows.map(|r| r?).collect()
    }

    /// Appends a custody entry on its own (viewed, opened, exported, verified).
    pub(crate) fn log_custody(
        &self,
        case: &CaseId,
        action: CustodyAction,
        evidence: Option<&EvidenceId>,
        detail: &str,
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<(), Error> {
        let tx = self.write()?;
        require_case(&tx, case)?;
        append_custody(&tx, case, action, evidence, detail, by, now)?;
        Ok(tx.commit()?)
    }

    /// A case's custody log in order.
    pub(crate) fn custody(&self, case: &CaseId) -> Result<Vec<Entry>, Error> {
        require_case(&self.conn, case)?;
        let mut stmt = self.conn.prepare(
            "SELECT case_id, seq, at, action, evidence_id, detail, staff, prev_hash, hash
             FROM custody WHERE case_id = ?1 ORDER BY seq",
        )?;
        let rows = stmt.query_map([case.as_str()], |r| {
            Ok(Entry {
                case: r.get(0)?,
                seq: r.get(1)?,
                at: r.get(2)?,
                action: r.get(3)?,
                evidence: r.get(4)?,
                detail: r.get(5)?,
                staff: r.get(6)?,
                prev_hash: r.get(7)?,
                hash: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every case that has a custody log, evidence or a vault, for `evidence verify` without
    /// `--case`.
    pub(crate) fn cases_with_evidence(&self) -> Result<Vec<CaseId>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT case_id FROM evidence UNION SELECT case_id FROM custody
             UNION SELECT case_id FROM evidence_keys ORDER BY 1",
        )?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        rows.map(|r| {
            let id = r?;
            id.parse().map_err(|_| corrupt("case id", &id))
        })
        .collect()
    }

    /// Records hash-only rows on a case in one transaction, with one custody entry; a SHA-256 the
    /// case already has is skipped. Returns how many were new.
    pub(crate) fn add_hash_records(
        &self,
        case: &CaseId,
        rows: &[HashListRow],
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<usize, Error> {
        let tx = self.write()?;
        require_case(&tx, case)?;
        let mut added = 0;
        {
            let mut insert = tx.prepare(
                "INSERT INTO hash_records (case_id, sha256, pdq, quality, added_at)
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (case_id, sha256) DO NOTHING",
            )?;
            for row in rows {
                added += insert.execute(params![
                    case.as_str(),
                    row.sha256,
                    row.pdq.map(|p| p.to_string()),
                    row.quality,
                    now.as_second()
                ])?;
            }
        }
        let detail = format!("{added} new of {} hashes", rows.len());
        append_custody(
            &tx,
            case,
            CustodyAction::HashesAdded,
            None,
            &detail,
            by,
            now,
        )?;
        tx.commit()?;
        Ok(added)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::staff::tester;
    use crate::secrets::StoreKey;
    use crate::store::NewCase;

    fn store_with_case() -> (tempfile::TempDir, Store, CaseId) {
        let dir = tempfile::tempdir().unwrap();
        let store =
            Store::create(&dir.path().join("t.db"), &StoreKey::from_bytes([1; 32])).unwrap();
        let case = store
            .new_case(
                &NewCase {
                    categories: vec![],
                    minor: false,
                    jurisdiction: None,
                    consents: vec![],
                },
                &tester(),
                Timestamp::UNIX_EPOCH,
            )
            .unwrap();
        (dir, store, case)
    }

    fn item(case: &CaseId, sha: &str, file: &str) -> NewEvidence {
        NewEvidence {
            case: case.clone(),
            sha256: sha.into(),
            md5: None,
            size: 3,
            media_type: "text/plain",
            original_name: Some("a.txt".into()),
            source_url: None,
            captured_at: None,
            vault_file: file.into(),
            pdq: None,
            derived_from: None,
        }
    }

    #[test]
    fn adding_evidence_logs_custody_in_a_valid_chain() {
        let (_dir, store, case) = store_with_case();
        let now = Timestamp::from_second(1_700_000_000).unwrap();
        let a = store
            .add_evidence(&item(&case, "aa", "f1"), &tester(), now)
            .unwrap();
        store
            .log_custody(&case, CustodyAction::Opened, Some(&a), "", &tester(), now)
            .unwrap();
        let log = store.custody(&case).unwrap();
        assert_eq!(log.len(), 2);
        assert_eq!(log[0].action, "added");
        assert_eq!(log[1].prev_hash, log[0].hash);
        assert_eq!(custody::check(&log), Ok(()));
        assert_eq!(store.evidence_by_sha256(&case, "aa").unwrap(), Some(a));
    }

    #[test]
    fn deleting_a_case_deletes_its_key_evidence_log_and_hash_records() {
        let (_dir, store, case) = store_with_case();
        let now = Timestamp::UNIX_EPOCH;
        let vault = CaseVault {
            identity: "AGE-SECRET-KEY-1X".to_owned().into(),
            dir: "d".into(),
        };
        store.create_case_vault(&case, &vault, now).unwrap();
        store
            .add_evidence(&item(&case, "aa", "f1"), &tester(), now)
            .unwrap();
        let rows = [HashListRow {
            sha256: "bb".into(),
            pdq: None,
            quality: None,
            path: None,
        }];
        assert_eq!(
            store
                .add_hash_records(&case, &rows, &tester(), now)
                .unwrap(),
            1
        );
        assert_eq!(
            store
                .add_hash_records(&case, &rows, &tester(), now)
                .unwrap(),
            0
        );
        store
            .conn
            .execute("DELETE FROM cases WHERE id = ?1", [case.as_str()])
            .unwrap();
        for table in ["evidence_keys", "evidence", "custody", "hash_records"] {
            let n: i64 = store
                .conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .unwrap();
            assert_eq!(n, 0, "{table}");
        }
    }
}
