//! When a link is next re-checked (ARCHITECTURE §3). Pure: the clock is an argument.

use jiff::{SignedDuration, Timestamp};

/// How often links are re-checked. The defaults are ARCHITECTURE §3's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Policy {
    /// Until it is removed, a link is checked this often…
    pub(crate) pending_every: SignedDuration,
    /// …for this long after it was added…
    pub(crate) pending_for: SignedDuration,
    /// …and then this often.
    pub(crate) pending_then: SignedDuration,
    /// Once removed, this often…
    pub(crate) removed_every: SignedDuration,
    /// …for this long after the removal was first seen…
    pub(crate) removed_for: SignedDuration,
    /// …and then this often, for good: platforms restore content on appeal, and resurfacing is
    /// what staff most need to hear of.
    pub(crate) removed_then: SignedDuration,
}

impl Default for Policy {
    fn default() -> Policy {
        const HOUR: i64 = 3600;
        const DAY: i64 = 24 * HOUR;
        Policy {
            pending_every: SignedDuration::from_secs(6 * HOUR),
            pending_for: SignedDuration::from_secs(3 * DAY),
            pending_then: SignedDuration::from_secs(DAY),
            removed_every: SignedDuration::from_secs(DAY),
            removed_for: SignedDuration::from_secs(14 * DAY),
            removed_then: SignedDuration::from_secs(7 * DAY),
        }
    }
}

/// What the schedule needs to know about one link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Clock {
    /// Resolved and wiped cases are done with: their links are never checked again.
    pub(crate) case_active: bool,
    pub(crate) added: Timestamp,
    pub(crate) checked_at: Option<Timestamp>,
    pub(crate) removed_since: Option<Timestamp>,
}

/// The time of the next check, or `None` when the link is not checked any more.
pub(crate) fn next_check(policy: &Policy, clock: &Clock) -> Option<Timestamp> {
    if !clock.case_active {
        return None;
    }
    let Some(last) = clock.checked_at else {
        return Some(clock.added);
    };
    let (since, every, window, then) = match clock.removed_since {
        Some(removed) => (
            removed,
            policy.removed_every,
            policy.removed_for,
            policy.removed_then,
        ),
        None => (
            clock.added,
            policy.pending_every,
            policy.pending_for,
            policy.pending_then,
        ),
    };
    let interval = if last.duration_since(since) < window {
        every
    } else {
        then
    };
    last.checked_add(interval).ok()
}

/// A time such that no link last checked after it is due at `now`: the shortest interval the
/// policy has has not passed since. `None` when it lies before any time there is.
pub(crate) fn due_if_checked_by(policy: &Policy, now: Timestamp) -> Option<Timestamp> {
    let shortest = [
        policy.pending_every,
        policy.pending_then,
        policy.removed_every,
        policy.removed_then,
    ]
    .into_iter()
    .min()
    .expect("a policy has intervals");
    now.checked_sub(shortest).ok()
}

/// Whether the link is due at `now`.
pub(crate) fn is_due(policy: &Policy, clock: &Clock, now: Timestamp) -> bool {
    next_check(policy, clock).is_some_and(|next| next <= now)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hours: i64) -> Timestamp {
        Timestamp::from_second(1_700_000_000 + hours * 3600).unwrap()
    }

    fn clock(checked: Option<i64>, removed: Option<i64>) -> Clock {
        Clock {
            case_active: true,
            added: at(0),
            checked_at: checked.map(at),
            removed_since: removed.map(at),
        }
    }

    #[test]
    fn a_new_link_is_due_at_once() {
        let p = Policy::default();
        assert_eq!(next_check(&p, &clock(None, None)), Some(at(0)));
        assert!(is_due(&p, &clock(None, None), at(0)));
    }

    #[test]
    fn not_removed_every_six_hours_for_three_days_then_daily() {
        let p = Policy::default();
        assert_eq!(next_check(&p, &clock(Some(0), None)), Some(at(6)));
        assert_eq!(next_check(&p, &clock(Some(71), None)), Some(at(77)));
        assert_eq!(next_check(&p, &clock(Some(72), None)), Some(at(96)));
        assert!(!is_due(&p, &clock(Some(72), None), at(95)));
        assert!(is_due(&p, &clock(Some(72), None), at(96)));
    }

    #[test]
    fn removed_daily_for_two_weeks_then_weekly() {
        let p = Policy::default();
        let removed = 100;
        assert_eq!(
            next_check(&p, &clock(Some(removed), Some(removed))),
            Some(at(removed + 24))
        );
        let late = removed + 14 * 24;
        assert_eq!(
            next_check(&p, &clock(Some(late - 1), Some(removed))),
            Some(at(late + 23))
        );
        assert_eq!(
            next_check(&p, &clock(Some(late), Some(removed))),
            Some(at(late + 7 * 24))
        );
    }

    /// The bound `recheck` reads links by never leaves out a due link: every link checked
    /// after it is not due, whatever its history, and one checked at it can be.
    #[test]
    fn no_link_checked_after_the_bound_is_due() {
        let p = Policy {
            removed_then: SignedDuration::from_secs(3600),
            ..Policy::default()
        };
        let now = at(1000);
        let by = due_if_checked_by(&p, now).unwrap();
        assert_eq!(by, at(999), "the shortest interval is removed_then's hour");
        for removed in [None, Some(0), Some(990)] {
            for checked in 990..=1000 {
                let c = clock(Some(checked), removed);
                if at(checked) > by {
                    assert!(!is_due(&p, &c, now), "{c:?}");
                }
            }
        }
        assert!(is_due(&p, &clock(Some(999), Some(0)), now));
        assert_eq!(due_if_checked_by(&p, Timestamp::MIN), None);
    }

    #[test]
    fn nothing_once_the_case_is_done() {
        let done = Clock {
            case_active: false,
            ..clock(None, None)
        };
        assert_eq!(next_check(&Policy::default(), &done), None);
        assert!(!is_due(&Policy::default(), &done, at(1000)));
    }

    #[test]
    fn the_policy_is_configurable() {
        let p = Policy {
            pending_every: SignedDuration::from_secs(60),
            ..Policy::default()
        };
        assert_eq!(
            next_check(&p, &clock(Some(1), None)),
            Some(at(1).checked_add(SignedDuration::from_secs(60)).unwrap())
        );
    }
}
