//! The outbox: e-mails queued in the encrypted store, what covers a link already, and what an
//! accepted message changes on its case and links. Sending (claims, leases, the moment the body
//! starts, each outcome) is in [`send`]; the states and rules are `domain::outbox`.

mod send;

use jiff::Timestamp;
use rusqlite::{OptionalExtension as _, params};
use serde::Serialize;

use super::{Error, Store, corrupt, is_key_collision, timestamp, with_fresh_id};
use crate::domain::ids::{CaseId, LinkId, MailId};
pub(crate) use crate::domain::outbox::{MailKind, MailState};
use crate::domain::staff::StaffHandle;
pub(crate) use send::{BodyStart, Claim, Outcome};

/// Why queued messages of a case are withheld when its partner consent is withdrawn.
pub(crate) const CONSENT_WITHDRAWN: &str = "consent to share with partners was withdrawn";

/// A message ready to queue: built, formatted, with its envelope.
pub(crate) struct NewMail {
    pub(crate) kind: MailKind,
    pub(crate) case: Option<CaseId>,
    pub(crate) partner: Option<String>,
    pub(crate) thread: Option<MailId>,
    pub(crate) message_id: String,
    pub(crate) subject: String,
    pub(crate) envelope_from: String,
    pub(crate) envelope_to: Vec<String>,
    pub(crate) message: Vec<u8>,
    pub(crate) links: Vec<LinkId>,
    /// Who queued it.
    pub(crate) staff: StaffHandle,
}

/// A claimed message as the sender needs it.
pub(crate) struct QueuedMail {
    pub(crate) id: MailId,
    pub(crate) envelope_from: String,
    pub(crate) envelope_to: Vec<String>,
    pub(crate) message: Vec<u8>,
}

/// Its id only: the message names URLs, and `{:?}` reaches logs (DESIGN §5).
impl std::fmt::Debug for QueuedMail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QueuedMail")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// One outbox row for `outbox list`: never the message or its recipients' links.
#[derive(Debug, Serialize)]
pub(crate) struct MailSummary {
    pub(crate) id: MailId,
    pub(crate) kind: MailKind,
    pub(crate) case: Option<CaseId>,
    pub(crate) partner: Option<String>,
    pub(crate) state: MailState,
    pub(crate) subject: String,
    pub(crate) message_id: String,
    pub(crate) queued_at: Timestamp,
    pub(crate) attempts: i64,
    pub(crate) last_error: Option<String>,
    pub(crate) accepted_at: Option<Timestamp>,
    /// When the body last began to go to the server.
    pub(crate) body_started_at: Option<Timestamp>,
    /// The process sending it, while `sending`.
    pub(crate) sender_pid: Option<u32>,
    pub(crate) withheld_reason: Option<String>,
    /// Who queued it; `null` for messages queued before handles were recorded.
    pub(crate) staff: Option<String>,
}

/// A sent escalation, for follow-ups: when it was accepted, and its links still escalated.
#[derive(Debug)]
pub(crate) struct SentEscalation {
    pub(crate) id: MailId,
    pub(crate) case: CaseId,
    pub(crate) partner: String,
    pub(crate) subject: String,
    pub(crate) accepted_at: Timestamp,
    /// The last follow-up queued in this thread that was not dropped or withheld.
    pub(crate) last_followup: Option<Timestamp>,
    /// The thread's Message-IDs, the escalation's first.
    pub(crate) message_ids: Vec<String>,
}

/// An earlier escalation of a link to the same partner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cover {
    pub(crate) link: LinkId,
    pub(crate) mail: MailId,
    pub(crate) state: MailState,
    pub(crate) accepted_at: Option<Timestamp>,
}

/// What `queue_escalation` did.
#[derive(Debug)]
pub(crate) enum Queued {
    New(MailId),
    /// Another escalation covers some of the links (queued meanwhile by another process):
    /// nothing was queued.
    Covered(Vec<Cover>),
}

/// What `drop_mail` found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Dropped {
    Dropped,
    NotDroppable(MailState),
}

const SUMMARY_SELECT: &str = "SELECT id, kind, case_id, partner, state, subject, message_id, \
     queued_at, attempts, last_error, accepted_at, body_started_at, lease_pid, withheld_reason, \
     staff FROM outbox";

fn summary_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Result<MailSummary, Error>> {
    let id: String = row.get(0)?;
    let kind: String = row.get(1)?;
    let case: Option<String> = row.get(2)?;
    let state: String = row.get(4)?;
    let queued_at: i64 = row.get(7)?;
    let accepted_at: Option<i64> = row.get(10)?;
    let body_started_at: Option<i64> = row.get(11)?;
    let (partner, subject, message_id, attempts, last_error, sender_pid, withheld_reason) = (
        row.get(3)?,
        row.get(5)?,
        row.get(6)?,
        row.get(8)?,
        row.get(9)?,
        row.get(12)?,
        row.get(13)?,
    );
    let staff: Option<String> = row.get(14)?;
    Ok((|| {
        Ok(MailSummary {
            id: mail_id(&id)?,
            kind: MailKind::parse(&kind).ok_or_else(|| corrupt("message kind", &kind))?,
            case: case
                .map(|c| c.parse().map_err(|_| corrupt("case id", &c)))
                .transpose()?,
            partner,
            state: mail_state(&state)?,
            subject,
            message_id,
            queued_at: timestamp(queued_at)?,
            attempts,
            last_error,
            accepted_at: accepted_at.map(timestamp).transpose()?,
            body_started_at: body_started_at.map(timestamp).transpose()?,
            sender_pid,
            withheld_reason,
            staff,
        })
    })())
}

fn mail_id(text: &str) -> Result<MailId, Error> {
    text.parse().map_err(|_| corrupt("message id", text))
}

fn mail_state(text: &str) -> Result<MailState, Error> {
    MailState::parse(text).ok_or_else(|| corrupt("message state", text))
}

fn insert(tx: &rusqlite::Transaction<'_>, mail: &NewMail, now: Timestamp) -> Result<MailId, Error> {
    let id = with_fresh_id(MailId::from_random, |id: &MailId| {
        match tx.execute(
            "INSERT INTO outbox (id, kind, case_id, partner, thread, message_id, subject,
                 envelope_from, envelope_to, message, state, queued_at, staff)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'queued', ?11, ?12)",
            params![
                id.as_str(),
                mail.kind.as_str(),
                mail.case.as_ref().map(CaseId::as_str),
                mail.partner,
                mail.thread.as_ref().map(MailId::as_str),
                mail.message_id,
                mail.subject,
                mail.envelope_from,
                mail.envelope_to.join("\n"),
                mail.message,
                now.as_second(),
                mail.staff.as_str()
            ],
        ) {
            Ok(_) => Ok(true),
            Err(e) if is_key_collision(&e) => Ok(false),
            Err(e) => Err(e.into()),
        }
    })?;
    let mut link = tx.prepare("INSERT INTO outbox_links (outbox_id, link_id) VALUES (?1, ?2)")?;
    for l in &mail.links {
        link.execute(params![id.as_str(), l.as_str()])?;
    }
    tracing::debug!(mail = %id, kind = mail.kind.as_str(), "queued a message");
    Ok(id)
}

fn covering(
    conn: &rusqlite::Connection,
    links: &[LinkId],
    partner: &str,
) -> Result<Vec<Cover>, Error> {
    let mut stmt = conn.prepare_cached(
        "SELECT ol.link_id, o.id, o.state, o.accepted_at FROM outbox_links ol
         JOIN outbox o ON o.id = ol.outbox_id
         WHERE ol.link_id = ?1 AND o.kind = 'escalation' AND o.partner = ?2
         ORDER BY o.queued_at, o.rowid",
    )?;
    let mut found = Vec::new();
    for link in links {
        let rows = stmt.query_map(params![link.as_str(), partner], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<i64>>(3)?,
            ))
        })?;
        for row in rows {
            let (link, mail, state, accepted_at) = row?;
            found.push(Cover {
                link: link.parse().map_err(|_| corrupt("link id", &link))?,
                mail: mail_id(&mail)?,
                state: mail_state(&state)?,
                accepted_at: accepted_at.map(timestamp).transpose()?,
            });
        }
    }
    Ok(found)
}

impl Store {
    /// Queues a message and the links it is about, in one transaction.
    pub(crate) fn queue_mail(&self, mail: &NewMail, now: Timestamp) -> Result<MailId, Error> {
        let tx = self.write()?;
        let id = insert(&tx, mail, now)?;
        tx.commit()?;
        Ok(id)
    }

    /// Every escalation of any of `links` to `partner`, whatever its state; the caller keeps
    /// those that still cover their link (`domain::outbox::covers`).
    pub(crate) fn escalations_of(
        &self,
        links: &[LinkId],
        partner: &str,
    ) -> Result<Vec<Cover>, Error> {
        covering(&self.conn, links, partner)
    }

    /// Queues an escalation unless, by now, an escalation that `covers` says still covers one of
    /// its links exists (another `escalate` may have queued one since the caller looked). The
    /// look and the insert are one write transaction, so two runs cannot both miss each other.
    pub(crate) fn queue_escalation(
        &self,
        mail: &NewMail,
        now: Timestamp,
        covers: &dyn Fn(&Cover) -> bool,
    ) -> Result<Queued, Error> {
        let tx = self.write()?;
        let partner = mail.partner.as_deref().unwrap_or_default();
        let covered: Vec<Cover> = covering(&tx, &mail.links, partner)?
            .into_iter()
            .filter(|c| covers(c))
            .collect();
        if !covered.is_empty() {
            return Ok(Queued::Covered(covered));
        }
        let id = insert(&tx, mail, now)?;
        tx.commit()?;
        Ok(Queued::New(id))
    }

    pub(crate) fn outbox(
        &self,
        state: Option<MailState>,
        case: Option<&CaseId>,
    ) -> Result<Vec<MailSummary>, Error> {
        let sql = format!(
            "{SUMMARY_SELECT} WHERE (?1 IS NULL OR state = ?1) AND (?2 IS NULL OR case_id = ?2)
             ORDER BY queued_at, rowid"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(
            params![state.map(MailState::as_str), case.map(CaseId::as_str)],
            summary_from_row,
        )?;
        rows.map(|r| r?).collect()
    }

    /// Messages staff must decide on: `uncertain` ones (the server may have them: resend, or
    /// drop), `failed` ones (refused for good) and `withheld` ones (consent was withdrawn).
    /// What the unattended job names in its summary.
    pub(crate) fn mail_needing_attention(&self) -> Result<Vec<MailSummary>, Error> {
        let sql = format!(
            "{SUMMARY_SELECT} WHERE state IN ('uncertain', 'failed', 'withheld')
             ORDER BY queued_at, rowid"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], summary_from_row)?;
        rows.map(|r| r?).collect()
    }

    /// Drops a message that is not being sent and never surely reached the server: it will
    /// never be sent, and its text (which names URLs) is deleted; the row stays so the outbox
    /// shows what was dropped, and its case's history says who dropped it.
    pub(crate) fn drop_mail(
        &self,
        id: &MailId,
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<Dropped, Error> {
        let tx = self.write()?;
        let state = state_of(&tx, id)?;
        if !state.droppable() {
            return Ok(Dropped::NotDroppable(state));
        }
        let case: Option<String> = tx.query_row(
            "UPDATE outbox SET state = 'dropped', message = NULL, withheld_reason = NULL
             WHERE id = ?1 RETURNING case_id",
            [id.as_str()],
            |r| r.get(0),
        )?;
        if let Some(case) = case {
            let case: CaseId = case.parse().map_err(|_| corrupt("case id", &case))?;
            let what = format!("message {id} dropped");
            super::cases::event(&tx, &case, now.as_second(), &what, by)?;
        }
        tx.commit()?;
        tracing::debug!(mail = %id, "dropped a message");
        Ok(Dropped::Dropped)
    }

    pub(crate) fn mail_state(&self, id: &MailId) -> Result<MailState, Error> {
        state_of(&self.conn, id)
    }

    /// Sent escalations that still have links in `escalated`, with their thread's Message-IDs.
    pub(crate) fn sent_escalations(&self) -> Result<Vec<SentEscalation>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT o.id, o.case_id, o.partner, o.message_id, o.subject, o.accepted_at,
                    (SELECT max(f.queued_at) FROM outbox f
                     WHERE f.thread = o.id AND f.state NOT IN ('dropped', 'withheld')),
                    (SELECT group_concat(f.message_id, char(10)) FROM outbox f
                     WHERE f.thread = o.id AND f.state = 'sent')
             FROM outbox o JOIN cases c ON c.id = o.case_id
             WHERE o.kind = 'escalation' AND o.state = 'sent' AND c.status = 'open'
               AND EXISTS (SELECT 1 FROM outbox_links ol JOIN links l ON l.id = ol.link_id
                           WHERE ol.outbox_id = o.id AND l.status = 'escalated')
             ORDER BY o.accepted_at, o.rowid",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                [
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                ],
                r.get::<_, i64>(5)?,
                r.get::<_, Option<i64>>(6)?,
                r.get::<_, Option<String>>(7)?,
            ))
        })?;
        rows.map(|r| {
            let ([id, case, partner, message_id, subject], accepted, last, later) = r?;
            let mut message_ids = vec![message_id];
            message_ids.extend(later.iter().flat_map(|s| s.lines().map(str::to_owned)));
            Ok(SentEscalation {
                id: mail_id(&id)?,
                case: case.parse().map_err(|_| corrupt("case id", &case))?,
                partner,
                subject,
                accepted_at: timestamp(accepted)?,
                last_followup: last.map(timestamp).transpose()?,
                message_ids,
            })
        })
        .collect()
    }

    /// The links of a message still `escalated` whose latest re-check saw them live.
    pub(crate) fn still_live(&self, id: &MailId) -> Result<Vec<LinkId>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT ol.link_id FROM outbox_links ol
             JOIN links l ON l.id = ol.link_id
             JOIN link_checks c ON c.link_id = ol.link_id
             WHERE ol.outbox_id = ?1 AND l.status IN ('escalated', 'unavailable')
                   AND c.last IN ('live', 'unavailable')
             ORDER BY ol.link_id",
        )?;
        let rows = stmt.query_map([id.as_str()], |r| r.get::<_, String>(0))?;
        rows.map(|r| {
            let id = r?;
            id.parse().map_err(|_| corrupt("link id", &id))
        })
        .collect()
    }
}

fn state_of(conn: &rusqlite::Connection, id: &MailId) -> Result<MailState, Error> {
    let state: Option<String> = conn
        .query_row(
            "SELECT state FROM outbox WHERE id = ?1",
            [id.as_str()],
            |r| r.get(0),
        )
        .optional()?;
    mail_state(&state.ok_or_else(|| Error::MailNotFound(id.clone()))?)
}

/// Withholds, inside the transaction that withdraws a case's partner consent, every message of
/// the case that shares with partners and has not begun to go out: queued ones, and ones a
/// sender has claimed but whose body has not started (that sender finds it withheld at the
/// last moment before the body, and stops).
pub(super) fn withhold_case(
    tx: &rusqlite::Transaction<'_>,
    case: &CaseId,
    reason: &str,
) -> Result<usize, Error> {
    Ok(tx.execute(
        "UPDATE outbox SET state = 'withheld', withheld_reason = ?2, lease_pid = NULL,
             lease_boot = NULL, lease_start = NULL, lease_expires_at = NULL
         WHERE case_id = ?1 AND kind IN ('escalation', 'followup')
           AND (state = 'queued' OR (state = 'sending' AND body_started_at IS NULL))",
        params![case.as_str(), reason],
    )?)
}
