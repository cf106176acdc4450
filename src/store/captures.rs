//! Captured pages (`evidence capture`): the evidence row of the WARC, what it holds, and its
//! `captured` custody entry, written in one transaction.

use jiff::Timestamp;
use rusqlite::{OptionalExtension as _, params};

use super::evidence::{append_custody, insert_evidence};
use super::{Error, NewEvidence, Store, corrupt};
use crate::domain::custody::CustodyAction;
use crate::domain::ids::{EvidenceId, LinkId};
use crate::domain::staff::StaffHandle;

/// What one capture holds, beside its WARC's evidence row.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(crate) struct CaptureRecord {
    pub(crate) link: LinkId,
    /// Request/response pairs: redirects, then the page.
    pub(crate) hops: u32,
    /// The final answer's HTTP status.
    pub(crate) status: u16,
    /// SHA-256 of the server's leaf certificate (DER); `None` over plain http.
    pub(crate) certificate_sha256: Option<String>,
    pub(crate) picture_sha256: Option<String>,
    pub(crate) picture_pdq: Option<(String, u8)>,
    /// Whether the picture's bytes are in the WARC.
    pub(crate) with_media: bool,
}

impl Store {
    /// Records a capture whose WARC is sealed in the vault, with its `captured` custody entry.
    pub(crate) fn add_capture(
        &self,
        item: &NewEvidence,
        capture: &CaptureRecord,
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<EvidenceId, Error> {
        let tx = self.write()?;
        let id = insert_evidence(&tx, item, now)?;
        tx.execute(
            "INSERT INTO captures (evidence_id, link_id, hops, status, certificate_sha256,
                 picture_sha256, picture_pdq, picture_quality, with_media)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                id.as_str(),
                capture.link.as_str(),
                capture.hops,
                capture.status,
                capture.certificate_sha256,
                capture.picture_sha256,
                capture.picture_pdq.as_ref().map(|p| &p.0),
                capture.picture_pdq.as_ref().map(|p| p.1),
                capture.with_media,
            ],
        )?;
        let detail = format!("{} sha256 {}", capture.link, item.sha256);
        append_custody(
            &tx,
            &item.case,
            CustodyAction::Captured,
            Some(&id),
            &detail,
            by,
            now,
        )?;
        tx.commit()?;
        tracing::debug!(case = %item.case, evidence = %id, "captured a link");
        Ok(id)
    }

    /// What a capture item holds; `None` for an item that is not a capture.
    pub(crate) fn capture(&self, id: &EvidenceId) -> Result<Option<CaptureRecord>, Error> {
        let row = self
            .conn
            .query_row(
                "SELECT link_id, hops, status, certificate_sha256, picture_sha256, picture_pdq,
                        picture_quality, with_media
                 FROM captures WHERE evidence_id = ?1",
                [id.as_str()],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, u32>(1)?,
                        r.get::<_, u16>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, Option<String>>(4)?,
                        r.get::<_, Option<String>>(5)?,
                        r.get::<_, Option<u8>>(6)?,
                        r.get::<_, bool>(7)?,
                    ))
                },
            )
            .optional()?;
        let Some((link, hops, status, certificate_sha256, picture_sha256, pdq, quality, media)) =
            row
        else {
            return Ok(None);
        };
        Ok(Some(CaptureRecord {
            link: link.parse().map_err(|_| corrupt("link id", &link))?,
            hops,
            status,
            certificate_sha256,
            picture_sha256,
            picture_pdq: pdq.zip(quality),
            with_media: media,
        }))
    }
}
