//! The outbox: e-mails queued in the encrypted store, their attempts, and what an accepted
//! message changes on its case and links.

use jiff::Timestamp;
use rusqlite::{OptionalExtension as _, params};
use serde::Serialize;

use super::{Error, Store, corrupt, is_key_collision, timestamp, with_fresh_id};
use crate::domain::ids::{CaseId, LinkId, MailId};
use crate::domain::staff::StaffHandle;
use crate::domain::string_enum;

string_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    #[serde(rename_all = "snake_case")]
    pub(crate) enum MailKind {
        Escalation = "escalation",
        Followup = "followup",
        Alert = "alert",
    }
}

string_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    #[serde(rename_all = "snake_case")]
    pub(crate) enum MailState {
        Queued = "queued",
        Sent = "sent",
        Dropped = "dropped",
    }
}

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

/// A queued message as the sender needs it.
pub(crate) struct QueuedMail {
    pub(crate) id: MailId,
    pub(crate) envelope_from: String,
    pub(crate) envelope_to: Vec<String>,
    pub(crate) message: Vec<u8>,
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
    /// The last follow-up queued in this thread, sent or not.
    pub(crate) last_followup: Option<Timestamp>,
    /// The thread's Message-IDs, the escalation's first.
    pub(crate) message_ids: Vec<String>,
}

/// What `drop_mail` found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Dropped {
    Dropped,
    NotQueued(MailState),
}

const SUMMARY_SELECT: &str = "SELECT id, kind, case_id, partner, state, subject, message_id, \
     queued_at, attempts, last_error, accepted_at, staff FROM outbox";

fn summary_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Result<MailSummary, Error>> {
    let id: String = row.get(0)?;
    let kind: String = row.get(1)?;
    let case: Option<String> = row.get(2)?;
    let state: String = row.get(4)?;
    let queued_at: i64 = row.get(7)?;
    let accepted_at: Option<i64> = row.get(10)?;
    let staff: Option<String> = row.get(11)?;
    let (partner, subject, message_id, attempts, last_error) = (
        row.get(3)?,
        row.get(5)?,
        row.get(6)?,
        row.get(8)?,
        row.get(9)?,
    );
    Ok((|| {
        Ok(MailSummary {
            id: id.parse().map_err(|_| corrupt("message id", &id))?,
            kind: MailKind::parse(&kind).ok_or_else(|| corrupt("message kind", &kind))?,
            case: case
                .map(|c| c.parse().map_err(|_| corrupt("case id", &c)))
                .transpose()?,
            partner,
            state: MailState::parse(&state).ok_or_else(|| corrupt("message state", &state))?,
            subject,
            message_id,
            queued_at: timestamp(queued_at)?,
            attempts,
            last_error,
            accepted_at: accepted_at.map(timestamp).transpose()?,
            staff,
        })
    })())
}

impl Store {
    /// Queues a message and the links it is about, in one transaction.
    pub(crate) fn queue_mail(&self, mail: &NewMail, now: Timestamp) -> Result<MailId, Error> {
        let tx = self.conn.unchecked_transaction()?;
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
        let mut link =
            tx.prepare("INSERT INTO outbox_links (outbox_id, link_id) VALUES (?1, ?2)")?;
        for l in &mail.links {
            link.execute(params![id.as_str(), l.as_str()])?;
        }
        drop(link);
        tx.commit()?;
        tracing::debug!(mail = %id, kind = mail.kind.as_str(), "queued a message");
        Ok(id)
    }

    /// Queued messages, oldest first; `only` picks one.
    pub(crate) fn queued_mail(&self, only: Option<&MailId>) -> Result<Vec<QueuedMail>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT id, envelope_from, envelope_to, message FROM outbox
             WHERE state = 'queued' AND (?1 IS NULL OR id = ?1) ORDER BY queued_at, rowid",
        )?;
        let rows = stmt.query_map([only.map(MailId::as_str)], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Vec<u8>>(3)?,
            ))
        })?;
        rows.map(|r| {
            let (id, envelope_from, to, message) = r?;
            Ok(QueuedMail {
                id: id.parse().map_err(|_| corrupt("message id", &id))?,
                envelope_from,
                envelope_to: to.lines().map(str::to_owned).collect(),
                message,
            })
        })
        .collect()
    }

    /// Counts an attempt before the connection opens. The error it leaves says `interrupted`:
    /// a process killed mid-send leaves exactly that, and the message stays queued.
    pub(crate) fn begin_attempt(&self, id: &MailId, now: Timestamp) -> Result<(), Error> {
        self.conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?2,
                 last_error = 'interrupted before the server answered'
             WHERE id = ?1 AND state = 'queued'",
            params![id.as_str(), now.as_second()],
        )?;
        Ok(())
    }

    pub(crate) fn mail_failed(&self, id: &MailId, error: &str) -> Result<(), Error> {
        self.conn.execute(
            "UPDATE outbox SET last_error = ?2 WHERE id = ?1",
            params![id.as_str(), error],
        )?;
        Ok(())
    }

    /// Marks a message sent the moment the server accepted it, and records the send on its case
    /// and links in the same transaction, with who sent it (the outbox row keeps who queued
    /// it): an escalation makes its links `escalated` (route `partner`, with the partner's
    /// name); every message leaves a line in the case's history.
    pub(crate) fn mail_accepted(
        &self,
        id: &MailId,
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<(), Error> {
        let tx = self.conn.unchecked_transaction()?;
        let t = now.as_second();
        tx.execute(
            "UPDATE outbox SET state = 'sent', accepted_at = ?2, last_error = NULL
             WHERE id = ?1 AND state = 'queued'",
            params![id.as_str(), t],
        )?;
        let (kind, case, partner): (String, Option<String>, Option<String>) = tx.query_row(
            "SELECT kind, case_id, partner FROM outbox WHERE id = ?1",
            [id.as_str()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        if kind == MailKind::Escalation.as_str() {
            tx.execute(
                "UPDATE links SET status = 'escalated', route = 'partner', updated_at = ?2
                 WHERE id IN (SELECT link_id FROM outbox_links WHERE outbox_id = ?1)",
                params![id.as_str(), t],
            )?;
            tx.execute(
                "INSERT INTO link_events (link_id, at, status, route, partner, staff)
                 SELECT link_id, ?2, 'escalated', 'partner', ?3, ?4 FROM outbox_links
                 WHERE outbox_id = ?1",
                params![id.as_str(), t, partner, by.as_str()],
            )?;
        }
        if let Some(case) = case {
            let event = format!(
                "{} {id} sent to {}",
                if kind == MailKind::Followup.as_str() {
                    "follow-up"
                } else {
                    "escalation"
                },
                partner.as_deref().unwrap_or("staff")
            );
            tx.execute(
                "INSERT INTO case_events (case_id, at, event, staff) VALUES (?1, ?2, ?3, ?4)",
                params![case, t, event, by.as_str()],
            )?;
            tx.execute(
                "UPDATE cases SET updated_at = ?2 WHERE id = ?1",
                params![case, t],
            )?;
        }
        tx.commit()?;
        tracing::debug!(mail = %id, "the server accepted the message");
        Ok(())
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

    /// Drops a queued message: it will never be sent, and its text (which names URLs) is
    /// deleted; the row stays so the outbox shows what was dropped, and its case's history
    /// says who dropped it.
    pub(crate) fn drop_mail(
        &self,
        id: &MailId,
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<Dropped, Error> {
        let state = self.mail_state(id)?;
        if state != MailState::Queued {
            return Ok(Dropped::NotQueued(state));
        }
        let tx = self.conn.unchecked_transaction()?;
        let case: Option<String> = tx.query_row(
            "UPDATE outbox SET state = 'dropped', message = NULL WHERE id = ?1 RETURNING case_id",
            [id.as_str()],
            |r| r.get(0),
        )?;
        if let Some(case) = case {
            let case: CaseId = case.parse().map_err(|_| corrupt("case id", &case))?;
            super::cases::event(
                &tx,
                &case,
                now.as_second(),
                &format!("message {id} dropped"),
                by,
            )?;
        }
        tx.commit()?;
        tracing::debug!(mail = %id, "dropped a message");
        Ok(Dropped::Dropped)
    }

    pub(crate) fn mail_state(&self, id: &MailId) -> Result<MailState, Error> {
        let state: Option<String> = self
            .conn
            .query_row(
                "SELECT state FROM outbox WHERE id = ?1",
                [id.as_str()],
                |r| r.get(0),
            )
            .optional()?;
        let state = state.ok_or_else(|| Error::MailNotFound(id.clone()))?;
        MailState::parse(&state).ok_or_else(|| corrupt("message state", &state))
    }

    /// Sent escalations that still have links in `escalated`, with their thread's Message-IDs.
    pub(crate) fn sent_escalations(&self) -> Result<Vec<SentEscalation>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT o.id, o.case_id, o.partner, o.message_id, o.subject, o.accepted_at,
                    (SELECT max(f.queued_at) FROM outbox f
                     WHERE f.thread = o.id AND f.state != 'dropped'),
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
                id: id.parse().map_err(|_| corrupt("message id", &id))?,
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
             WHERE ol.outbox_id = ?1 AND l.status = 'escalated' AND c.last = 'live'
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
