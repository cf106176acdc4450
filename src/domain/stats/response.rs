//! When a platform first answered a report: the figure behind "the data request to Facebook took
//! up to four months", for replies and tickets as much as for removals.

use jiff::Timestamp;

use crate::domain::link::LinkStatus;

/// What the first-response rule reads of one `link_events` row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EventFacts {
    pub(crate) at: Timestamp,
    pub(crate) status: LinkStatus,
    /// The reference number entered with the row (`link set --ref`), or copied into it.
    pub(crate) reference: Option<String>,
}

/// A link's first platform response: the first `link_events` row strictly after the clock
/// `start` that records a reply from the platform, capped by the removal.
///
/// A reply is a reference number different from the one in force before the row (a ticket or
/// reply entered with `link set ID --ref REF --at TIME`), or a platform decision (`rejected` or
/// `removed`). A reference merely carried over does not count: recheck copies the link's route
/// and reference into the `removed` row it writes, and into the row that puts a resurfaced link
/// back, and staff may enter a ticket number twice. Rows at or before `start` do not count
/// either: a ticket number shown on submitting the report, or one from the report that came
/// before a partner escalation, is no answer to this report.
///
/// A removal is always a response, observed by recheck or recorded: whoever took the content
/// down, the platform acted on it (or cannot show that it did not), and time to removal already
/// counts it the same way. So `removed_at` (the first removal at or after `start`) caps the
/// response, and hours to response never exceed hours to removal.
///
/// `events` holds the link's rows that carry a reference or a decision, in the order they
/// happened; rows with neither change nothing here.
pub(crate) fn first_response<'a>(
    start: Timestamp,
    removed_at: Option<Timestamp>,
    events: impl IntoIterator<Item = &'a EventFacts>,
) -> Option<Timestamp> {
    let mut in_force: Option<&str> = None;
    let mut reply = None;
    for event in events {
        let reference = event.reference.as_deref();
        let new_reference = reference.is_some() && reference != in_force;
        let decision = matches!(event.status, LinkStatus::Rejected | LinkStatus::Removed);
        if event.at > start && (new_reference || decision) {
            reply = Some(event.at);
            break;
        }
        in_force = reference.or(in_force);
    }
    reply.into_iter().chain(removed_at).min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use LinkStatus::{Escalated, Rejected, Removed, Reported};

    /// `hours` after the report, with a status and an optional reference.
    fn event(hours: i64, status: LinkStatus, reference: Option<&str>) -> EventFacts {
        EventFacts {
            at: at(hours),
            status,
            reference: reference.map(str::to_owned),
        }
    }

    fn at(hours: i64) -> Timestamp {
        Timestamp::from_second(1_772_445_600 + hours * 3600).unwrap()
    }

    fn response(removed: Option<i64>, events: &[EventFacts]) -> Option<Timestamp> {
        first_response(at(0), removed.map(at), events)
    }

    #[test]
    fn a_new_reference_after_the_report_is_a_response() {
        let events = [
            event(0, Reported, None),
            event(30, Reported, Some("ticket 1")),
            event(50, Reported, Some("ticket 2")),
        ];
        assert_eq!(response(None, &events), Some(at(30)));
        // A reference other than the one given on submitting the report is a reply too.
        let events = [
            event(0, Reported, Some("form")),
            event(7, Reported, Some("T-9")),
        ];
        assert_eq!(response(None, &events), Some(at(7)));
    }

    #[test]
    fn a_reference_carried_over_is_not_a_response_but_the_removal_it_came_with_is() {
        // Reported with a ticket, the same ticket entered again, then recheck sees the link gone
        // and copies the ticket into its `removed` row.
        let events = [
            event(0, Reported, Some("T-1")),
            event(20, Reported, Some("T-1")),
            event(40, Removed, Some("T-1")),
        ];
        assert_eq!(response(Some(40), &events), Some(at(40)));
        // A link seen removed before it was reported, then back: recheck puts it back with the
        // ticket copied again, which answers nothing.
        let events = [
            event(-5, Removed, None),
            event(0, Reported, Some("T-1")),
            event(9, Reported, Some("T-1")),
        ];
        assert_eq!(response(None, &events), None);
    }

    #[test]
    fn a_rejection_is_a_response() {
        let events = [event(0, Reported, Some("T-1")), event(12, Rejected, None)];
        assert_eq!(response(None, &events), Some(at(12)));
    }

    #[test]
    fn nothing_at_or_before_the_start_counts() {
        // The ticket of the platform's own report, then the partner escalation starts the clock.
        let events = [
            event(-48, Reported, Some("T-1")),
            event(0, Escalated, Some("T-1")),
        ];
        assert_eq!(response(None, &events), None);
        let events = [event(0, Reported, Some("T-1")), event(0, Rejected, None)];
        assert_eq!(response(None, &events), None);
        // The reference in force is the one from before the clock started.
        let events = [
            event(-48, Reported, Some("T-1")),
            event(0, Escalated, None),
            event(5, Escalated, Some("T-1")),
            event(6, Escalated, Some("P-3")),
        ];
        assert_eq!(response(None, &events), Some(at(6)));
    }

    #[test]
    fn the_removal_caps_the_response() {
        // The platform's e-mail confirming the removal was entered after recheck saw it.
        let events = [event(0, Reported, None), event(30, Reported, Some("T-1"))];
        assert_eq!(response(Some(20), &events), Some(at(20)));
        // Removed the moment it was reported: a response after 0 hours.
        assert_eq!(response(Some(0), &[event(0, Removed, None)]), Some(at(0)));
        assert_eq!(response(None, &[]), None);
    }
}
