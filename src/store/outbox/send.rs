//! Sending, as far as the store goes: one sender claims a message under a lease before it
//! connects, the moment the body starts is written down (after checking, at that last moment,
//! that consent still holds), and each answer of the server is recorded the moment it arrives.
//! A message whose sender is gone is put back (`queued`) or, if its body had begun, marked
//! `uncertain`. Every step is one short write transaction: with several senders at once SQLite
//! serialises them, and a sender that loses a race sees it in the row it reads.

use jiff::Timestamp;
use rusqlite::{OptionalExtension as _, params};

use super::{CONSENT_WITHDRAWN, QueuedMail, mail_state};
use crate::domain::ids::MailId;
use crate::domain::outbox::{self, Holder, Lease, MailKind, MailState};
use crate::domain::staff::StaffHandle;
use crate::store::{Error, Store, corrupt};

/// What `claim` found.
#[derive(Debug)]
pub(crate) enum Claim {
    /// This process holds it now: send it.
    Claimed(QueuedMail),
    /// Another sender that still runs holds it.
    Busy { pid: u32 },
    /// The case's consent to share with partners is gone: withheld now, never sent.
    Withheld(String),
    /// Not waiting to be sent (sent, uncertain, failed, withheld, dropped; perhaps just now,
    /// by another sender).
    NotQueued(MailState),
}

/// What `body_starts` found at the last moment before the body.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum BodyStart {
    /// Recorded: send the body.
    Go,
    /// Consent was withdrawn meanwhile: the message is withheld; send nothing.
    Withheld(String),
}

/// A definite end of one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// A temporary failure (4xx, or no connection) before or after the body: try again later.
    Deferred,
    /// Refused for good (5xx).
    Failed,
    /// The body went out and no answer came: only staff may resend it.
    Uncertain,
}

type Row = (
    String,
    Option<u32>,
    Option<String>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
);

fn lease_of(row: &Row) -> Lease {
    Lease {
        pid: row.1.unwrap_or_default(),
        boot: row.2.clone(),
        start: row.3.and_then(|s| u64::try_from(s).ok()),
    }
}

/// The consent a message needs at the moment it would go out, if it is gone: escalations and
/// follow-ups share a case's links with a partner; alerts name no URL and go to staff.
fn consent_missing(tx: &rusqlite::Transaction<'_>, id: &MailId) -> Result<bool, Error> {
    let (kind, partners): (String, Option<i64>) = tx.query_row(
        "SELECT o.kind, c.consent_partners_at FROM outbox o LEFT JOIN cases c ON c.id = o.case_id
         WHERE o.id = ?1",
        [id.as_str()],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let kind = MailKind::parse(&kind).ok_or_else(|| corrupt("message kind", &kind))?;
    Ok(kind != MailKind::Alert && partners.is_none())
}

fn withhold(tx: &rusqlite::Transaction<'_>, id: &MailId) -> Result<(), Error> {
    tx.execute(
        "UPDATE outbox SET state = 'withheld', withheld_reason = ?2, lease_pid = NULL,
             lease_boot = NULL, lease_start = NULL, lease_expires_at = NULL,
             body_started_at = NULL
         WHERE id = ?1",
        params![id.as_str(), CONSENT_WITHDRAWN],
    )?;
    tracing::debug!(mail = %id, "withheld: consent withdrawn");
    Ok(())
}

/// Puts a message whose sender is gone where it belongs; `row` is its (state, lease…) read in
/// the same transaction.
fn settle_abandoned(
    tx: &rusqlite::Transaction<'_>,
    id: &MailId,
    body_started: bool,
) -> Result<MailState, Error> {
    let state = outbox::after_abandoned(body_started);
    let error = if body_started {
        "interrupted after the message body began: the server may have accepted it"
    } else {
        "interrupted before the message body began"
    };
    release(tx, id, state, error)?;
    tracing::debug!(mail = %id, state = state.as_str(), "the sender is gone");
    Ok(state)
}

/// Ends a claim: the message goes to `state` with `error`, its lease cleared; back in the queue
/// it forgets its body start, so only a new attempt's start counts.
fn release(
    conn: &rusqlite::Connection,
    id: &MailId,
    state: MailState,
    error: &str,
) -> Result<(), Error> {
    conn.execute(
        "UPDATE outbox SET state = ?2, last_error = ?3, lease_pid = NULL, lease_boot = NULL,
             lease_start = NULL, lease_expires_at = NULL,
             body_started_at = CASE WHEN ?2 = 'queued' THEN NULL ELSE body_started_at END
         WHERE id = ?1 AND state = 'sending'",
        params![id.as_str(), state.as_str(), error],
    )?;
    Ok(())
}

fn read(tx: &rusqlite::Transaction<'_>, id: &MailId) -> Result<Row, Error> {
    tx.query_row(
        "SELECT state, lease_pid, lease_boot, lease_start, lease_expires_at, body_started_at
         FROM outbox WHERE id = ?1",
        [id.as_str()],
        |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        },
    )
    .optional()?
    .ok_or_else(|| Error::MailNotFound(id.clone()))
}

impl Store {
    /// Messages a sender may try, oldest first: queued ones, and ones being sent (whose sender
    /// may be gone; `claim` tells). `only` picks one.
    pub(crate) fn sendable(&self, only: Option<&MailId>) -> Result<Vec<MailId>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT id FROM outbox WHERE state IN ('queued', 'sending')
               AND (?1 IS NULL OR id = ?1) ORDER BY queued_at, rowid",
        )?;
        let rows = stmt.query_map([only.map(MailId::as_str)], |r| r.get::<_, String>(0))?;
        rows.map(|r| super::mail_id(&r?)).collect()
    }

    /// Claims a message for this process (`lease`, until `expires`) before anything is sent,
    /// counting the attempt. A message held by a sender that still runs is left alone; one
    /// whose sender is gone (`holder` tells) is taken over if its body never began, and marked
    /// `uncertain` if it had. The case's consent is checked here too.
    pub(crate) fn claim(
        &self,
        id: &MailId,
        lease: &Lease,
        expires: Timestamp,
        now: Timestamp,
        holder: &dyn Fn(&Lease) -> Holder,
    ) -> Result<Claim, Error> {
        let tx = self.write()?;
        let row = read(&tx, id)?;
        let mut state = mail_state(&row.0)?;
        if state == MailState::Sending {
            let held_until = super::timestamp(row.4.unwrap_or_default())?;
            if !outbox::may_take_over(holder(&lease_of(&row)), held_until, now) {
                return Ok(Claim::Busy {
                    pid: row.1.unwrap_or_default(),
                });
            }
            state = settle_abandoned(&tx, id, row.5.is_some())?;
        }
        if state != MailState::Queued {
            tx.commit()?;
            return Ok(Claim::NotQueued(state));
        }
        if consent_missing(&tx, id)? {
            withhold(&tx, id)?;
            tx.commit()?;
            return Ok(Claim::Withheld(CONSENT_WITHDRAWN.to_owned()));
        }
        tx.execute(
            "UPDATE outbox SET state = 'sending', lease_pid = ?2, lease_boot = ?3,
                 lease_start = ?4, lease_expires_at = ?5, attempts = attempts + 1,
                 last_attempt_at = ?6, body_started_at = NULL
             WHERE id = ?1",
            params![
                id.as_str(),
                lease.pid,
                lease.boot,
                lease.start.and_then(|s| i64::try_from(s).ok()),
                expires.as_second(),
                now.as_second()
            ],
        )?;
        let (from, to, message): (String, String, Vec<u8>) = tx.query_row(
            "SELECT envelope_from, envelope_to, message FROM outbox WHERE id = ?1",
            [id.as_str()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        tx.commit()?;
        tracing::debug!(mail = %id, "claimed");
        Ok(Claim::Claimed(QueuedMail {
            id: id.clone(),
            envelope_from: from,
            envelope_to: to.lines().map(str::to_owned).collect(),
            message,
        }))
    }

    /// The last moment before the body goes out: the consent in force now is checked, and the
    /// start is written down, so a sender found gone after this point leaves the message
    /// `uncertain` rather than sending it again.
    pub(crate) fn body_starts(&self, id: &MailId, now: Timestamp) -> Result<BodyStart, Error> {
        let tx = self.write()?;
        let state = mail_state(&read(&tx, id)?.0)?;
        if state == MailState::Withheld {
            return Ok(BodyStart::Withheld(CONSENT_WITHDRAWN.to_owned()));
        }
        if state != MailState::Sending {
            return Err(corrupt(
                "message state at the start of its body",
                state.as_str(),
            ));
        }
        if consent_missing(&tx, id)? {
            withhold(&tx, id)?;
            tx.commit()?;
            return Ok(BodyStart::Withheld(CONSENT_WITHDRAWN.to_owned()));
        }
        tx.execute(
            "UPDATE outbox SET body_started_at = ?2 WHERE id = ?1",
            params![id.as_str(), now.as_second()],
        )?;
        tx.commit()?;
        Ok(BodyStart::Go)
    }

    /// The body was never sent after all (a signal came just before it): back to `queued`.
    pub(crate) fn body_not_sent(&self, id: &MailId, why: &str) -> Result<(), Error> {
        self.record(id, Outcome::Deferred, why)
    }

    /// Records how an attempt ended, releasing the lease.
    pub(crate) fn record(&self, id: &MailId, outcome: Outcome, error: &str) -> Result<(), Error> {
        let state = match outcome {
            Outcome::Deferred => MailState::Queued,
            Outcome::Failed => MailState::Failed,
            Outcome::Uncertain => MailState::Uncertain,
        };
        release(&self.conn, id, state, error)
    }

    /// Marks a message sent the moment the server accepted it (whatever became of the lease
    /// meanwhile: the server's 250 is the truth), and records the send on its case and links
    /// in the same transaction: an escalation makes its links `escalated` (route `partner`,
    /// with the partner's name); every message leaves a line in the case's history, with who
    /// sent it (the outbox row keeps who queued it).
    pub(crate) fn mail_accepted(
        &self,
        id: &MailId,
        by: &StaffHandle,
        now: Timestamp,
    ) -> Result<(), Error> {
        let tx = self.write()?;
        let t = now.as_second();
        let changed = tx.execute(
            "UPDATE outbox SET state = 'sent', accepted_at = ?2, last_error = NULL,
                 lease_pid = NULL, lease_boot = NULL, lease_start = NULL, lease_expires_at = NULL
             WHERE id = ?1 AND state IN ('sending', 'queued', 'uncertain')",
            params![id.as_str(), t],
        )?;
        if changed == 0 {
            return Ok(()); // already recorded
        }
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

    /// Settles every message whose sender is gone (see `claim`), so lists and summaries show
    /// where each really is. Returns how many moved.
    pub(crate) fn settle_abandoned(
        &self,
        now: Timestamp,
        holder: &dyn Fn(&Lease) -> Holder,
    ) -> Result<usize, Error> {
        let sending: Vec<MailId> = {
            let mut stmt = self
                .conn
                .prepare("SELECT id FROM outbox WHERE state = 'sending'")?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            rows.map(|r| super::mail_id(&r?))
                .collect::<Result<_, _>>()?
        };
        let mut moved = 0;
        for id in sending {
            let tx = self.write()?;
            let row = read(&tx, &id)?;
            if mail_state(&row.0)? != MailState::Sending {
                continue;
            }
            let held_until = super::timestamp(row.4.unwrap_or_default())?;
            if outbox::may_take_over(holder(&lease_of(&row)), held_until, now) {
                settle_abandoned(&tx, &id, row.5.is_some())?;
                tx.commit()?;
                moved += 1;
            }
        }
        Ok(moved)
    }

    /// Puts an `uncertain` message back in the queue because staff decided to send it again.
    /// Returns its state instead when it is not uncertain.
    pub(crate) fn resend_uncertain(&self, id: &MailId) -> Result<Option<MailState>, Error> {
        let tx = self.write()?;
        let state = mail_state(&read(&tx, id)?.0)?;
        if state != MailState::Uncertain {
            return Ok(Some(state));
        }
        tx.execute(
            "UPDATE outbox SET state = 'queued', body_started_at = NULL,
                 last_error = 'uncertain; resent by staff'
             WHERE id = ?1",
            [id.as_str()],
        )?;
        tx.commit()?;
        tracing::debug!(mail = %id, "an uncertain message is queued again by staff");
        Ok(None)
    }
}
