//! The outbox's states and the rules that keep an e-mail to a partner from going out twice or
//! going out without consent. Pure: the store keeps the states, the sender asks these rules.
//!
//! ```text
//!             claim (lease: pid, boot, expiry)          the server's 250 to the end of DATA
//!   queued ─────────────────────────────► sending ─────────────────────────────────► sent
//!     ▲  ▲                                 │  │ │
//!     │  └── 4xx, no connection, or the ───┘  │ └── 5xx ─────────────────────────────► failed
//!     │      holder gone before the body      │
//!     │                                       └── no answer after the body began,
//!     └── `outbox send --resend-uncertain` ◄──────  or its holder gone then ──────────► uncertain
//!
//!   queued, or sending before the body ── consent withdrawn ──► withheld
//!   queued, withheld, uncertain, failed ── `outbox drop` ──────► dropped (its text deleted)
//! ```

use jiff::{SignedDuration, Timestamp};
use serde::Serialize;

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
    /// Where a message is. Only `queued` is ever picked up by a sender on its own.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    #[serde(rename_all = "snake_case")]
    pub(crate) enum MailState {
        /// Waiting to be sent: new, or back after a temporary failure.
        Queued = "queued",
        /// Claimed by one sender, whose lease (process, boot, expiry) is on the row.
        Sending = "sending",
        /// The server answered 250 to the end of the message.
        Sent = "sent",
        /// The body went out and no answer was recorded: the server may or may not have it.
        /// Resent only when staff say so.
        Uncertain = "uncertain",
        /// The server refused it for good (5xx); the reason is kept.
        Failed = "failed",
        /// Consent to share was withdrawn before it went: never sent, whatever happens next.
        Withheld = "withheld",
        /// Dropped by staff; its text is deleted.
        Dropped = "dropped",
    }
}

impl MailState {
    /// Whether `outbox drop` may take it: everything that is not being sent and never reached
    /// the server for certain.
    pub(crate) fn droppable(self) -> bool {
        matches!(
            self,
            MailState::Queued | MailState::Withheld | MailState::Uncertain | MailState::Failed
        )
    }
}

/// The process that holds a message: its id, and where the machine can say so, the boot it
/// runs in and when it started (a process id alone is reused; the three together name one
/// process).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Lease {
    pub(crate) pid: u32,
    pub(crate) boot: Option<String>,
    pub(crate) start: Option<u64>,
}

/// What the sender who holds a lease on a message is, as far as this machine can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holder {
    /// Its process is still running: nobody else may touch the message.
    Running,
    /// Its process is gone (ended, or the machine restarted since).
    Gone,
    /// This machine cannot tell (no process table to look in).
    Unknown,
}

/// Whether another sender may take over a message claimed by `holder` whose lease runs out at
/// `expires`. A running holder is never overtaken, even past its expiry: two senders of one
/// message is the thing this exists to prevent, and a slow one is bounded by its own timeouts.
/// The expiry decides only when nobody can tell whether the holder still runs.
pub(crate) fn may_take_over(holder: Holder, expires: Timestamp, now: Timestamp) -> bool {
    match holder {
        Holder::Running => false,
        Holder::Gone => true,
        Holder::Unknown => now >= expires,
    }
}

/// Where a message whose sender is gone ends up: before its body began, resending is safe;
/// after, only staff can decide.
pub(crate) fn after_abandoned(body_started: bool) -> MailState {
    if body_started {
        MailState::Uncertain
    } else {
        MailState::Queued
    }
}

/// Whether an earlier escalation to the same partner still covers a link, so a new `escalate`
/// must not queue a second message for it: one waiting to go (or whose fate is uncertain)
/// always does; a sent one does within the partner's response period (after it, the link is
/// `escalated` and `escalate followup` reminds the partner). Withheld, failed and dropped
/// messages never reached the partner, and cover nothing.
pub(crate) fn covers(
    state: MailState,
    accepted_at: Option<Timestamp>,
    response_hours: u32,
    now: Timestamp,
) -> bool {
    match state {
        MailState::Queued | MailState::Sending | MailState::Uncertain => true,
        MailState::Sent => accepted_at.is_some_and(|at| {
            now.duration_since(at) < SignedDuration::from_hours(i64::from(response_hours))
        }),
        MailState::Failed | MailState::Withheld | MailState::Dropped => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hours: i64) -> Timestamp {
        Timestamp::from_second(1_764_000_000 + hours * 3600).unwrap()
    }

    #[test]
    fn a_running_holder_is_never_overtaken_and_an_unknown_one_only_past_its_expiry() {
        assert!(!may_take_over(Holder::Running, at(0), at(100)));
        assert!(may_take_over(Holder::Gone, at(100), at(0)));
        assert!(!may_take_over(Holder::Unknown, at(1), at(0)));
        assert!(may_take_over(Holder::Unknown, at(1), at(1)));
    }

    #[test]
    fn an_abandoned_message_is_resent_only_if_its_body_never_began() {
        assert_eq!(after_abandoned(false), MailState::Queued);
        assert_eq!(after_abandoned(true), MailState::Uncertain);
    }

    #[test]
    fn coverage_by_state_and_response_period() {
        for state in [MailState::Queued, MailState::Sending, MailState::Uncertain] {
            assert!(covers(state, None, 48, at(1000)), "{state}");
        }
        for state in [MailState::Failed, MailState::Withheld, MailState::Dropped] {
            assert!(!covers(state, Some(at(0)), 48, at(1)), "{state}");
        }
        assert!(covers(MailState::Sent, Some(at(0)), 48, at(47)));
        assert!(!covers(MailState::Sent, Some(at(0)), 48, at(48)));
        assert!(!covers(MailState::Sent, None, 48, at(0)), "sent has a time");
    }

    #[test]
    fn only_what_never_surely_reached_the_server_can_be_dropped() {
        let droppable: Vec<&str> = MailState::ALL
            .iter()
            .filter(|s| s.droppable())
            .map(|s| s.as_str())
            .collect();
        assert_eq!(droppable, ["queued", "uncertain", "failed", "withheld"]);
    }
}
