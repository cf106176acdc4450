//! What `outbox list` and `outbox send` print, and the messages that need a person, as the
//! unattended job's summary names them. Messages are named by id; their text and recipients
//! never appear here.

use jiff::Timestamp;
use serde::Serialize;

use crate::domain::ids::{CaseId, MailId};
use crate::domain::outbox::{MailKind, MailState};
use crate::mail::{Delivered, Delivery};
use crate::render::{Printer, Table, show_time};

/// One message as `outbox list` shows it (`--json` keeps these names).
#[derive(Debug, Serialize)]
pub(crate) struct MailRow<'a> {
    pub(crate) id: &'a MailId,
    pub(crate) kind: MailKind,
    pub(crate) case: Option<&'a CaseId>,
    pub(crate) partner: Option<&'a str>,
    pub(crate) state: MailState,
    pub(crate) subject: &'a str,
    pub(crate) message_id: &'a str,
    pub(crate) queued_at: Timestamp,
    pub(crate) attempts: i64,
    pub(crate) last_error: Option<&'a str>,
    pub(crate) accepted_at: Option<Timestamp>,
    pub(crate) body_started_at: Option<Timestamp>,
    /// The process sending it, while `sending`.
    pub(crate) sender_pid: Option<u32>,
    pub(crate) withheld_reason: Option<&'a str>,
    /// Who queued it; `None` for messages queued before handles were recorded.
    pub(crate) staff: Option<&'a str>,
}

impl MailRow<'_> {
    /// What a person should know beside the state.
    fn note(&self) -> String {
        match (self.state, self.sender_pid) {
            (MailState::Withheld, _) => self.withheld_reason.unwrap_or_default().to_owned(),
            (MailState::Sending, Some(pid)) => format!("being sent by process {pid}"),
            _ => self.last_error.unwrap_or_default().to_owned(),
        }
    }
}

pub(crate) fn list(printer: &Printer, rows: &[MailRow<'_>]) -> std::io::Result<()> {
    printer.rows(rows, || {
        let mut table = Table::new(&[
            "ID", "KIND", "CASE", "PARTNER", "STATE", "TRIES", "QUEUED", "SENT", "STAFF", "NOTE",
        ]);
        for m in rows {
            table.push(vec![
                m.id.to_string(),
                m.kind.as_str().to_owned(),
                m.case.map(ToString::to_string).unwrap_or_default(),
                m.partner.unwrap_or_default().to_owned(),
                m.state.as_str().to_owned(),
                m.attempts.to_string(),
                show_time(m.queued_at),
                m.accepted_at.map(show_time).unwrap_or_default(),
                m.staff.unwrap_or("-").to_owned(),
                m.note(),
            ]);
        }
        table
    })
}

/// One line per message tried, then, when `total` were asked for and fewer were tried, how many
/// were not tried at all, and that a later send tries again.
pub(crate) fn deliveries(printer: &Printer, done: &[Delivery], total: usize) {
    for d in done {
        let id = &d.id;
        match &d.result {
            Delivered::Sent => printer.note(&format!("sent `{id}`")),
            Delivered::Deferred(e) => printer.warn(&format!("`{id}` stays queued: {e}")),
            Delivered::Failed(e) => {
                printer.warn(&format!("`{id}` failed: {e}; it is not sent again"));
            }
            Delivered::Uncertain(e) => printer.warn(&uncertain(id, &e.text)),
            Delivered::Withheld(reason) => {
                printer.warn(&format!("`{id}` is withheld, never sent: {reason}"));
            }
            Delivered::Busy { pid } => {
                printer.note(&format!("`{id}` is being sent by process {pid}"));
            }
            Delivered::NotQueued(state) => {
                printer.note(&format!("`{id}` is {} now", state.as_str()));
            }
        }
    }
    let untried = total - done.len();
    if untried > 0 {
        printer.warn(&format!(
            "{untried} more stay queued untried while the server fails"
        ));
    }
    if untried > 0
        || done
            .iter()
            .any(|d| matches!(d.result, Delivered::Deferred(_)))
    {
        printer.note(&"`takedown outbox send` tries again");
    }
}

fn uncertain(id: &MailId, why: &str) -> String {
    format!(
        "`{id}` is uncertain: {why}; it is not sent again unless you say so: `takedown outbox send --resend-uncertain {id}` (or `takedown outbox drop {id}`)"
    )
}

/// The messages a person must decide on, one warning each: what an unattended run names in its
/// summary.
pub(crate) fn needing_attention(printer: &Printer, rows: &[MailRow<'_>]) {
    for m in rows {
        let id = m.id;
        match m.state {
            MailState::Uncertain => printer.warn(&uncertain(id, m.last_error.unwrap_or_default())),
            MailState::Failed => printer.warn(&format!(
                "`{id}` failed: {}; `takedown outbox drop {id}` once dealt with",
                m.last_error.unwrap_or_default()
            )),
            MailState::Withheld => printer.warn(&format!(
                "`{id}` is withheld, never sent: {}; `takedown outbox drop {id}` removes it",
                m.withheld_reason.unwrap_or_default()
            )),
            _ => {}
        }
    }
}
