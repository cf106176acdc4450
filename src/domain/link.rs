//! Link rules: the lifecycle `new → reported → escalated → removed | unavailable | rejected`,
//! and the routes a report can take (the route changes the outcome, so it is recorded for every
//! report).
//!
//! Everything a link can show, in one place (README "Link statuses" says the same):
//!
//! | status | set by | means |
//! |---|---|---|
//! | `new` | `link add` | not reported yet |
//! | `reported` | staff | reported to the platform |
//! | `escalated` | an accepted escalation | sent to a partner contact |
//! | `removed` | staff, or two re-check looks that agree | the platform removed it: a removal in `stats` |
//! | `unavailable` | two re-check looks that agree | the platform says it cannot be seen (private, restricted, age-gated, region-blocked), not that it was removed: not a removal, follow-ups go on; staff confirm a removal with `link set --status removed` |
//! | `rejected` | staff | the platform refused to remove it |
//! | `live` | a re-check | the content is up |
//! | `blocked` | a re-check | withheld (HTTP 451), or a bot wall stood in the way (a 403 or 503 challenge page, a firewall's 202, a CAPTCHA page): says nothing of the content and moves no status |
//! | `login_wall` | a re-check | a login page stood in the way |
//! | `error` | a re-check | no answer worth judging |
//! | `resurfaced` | two re-check looks that agree | seen removed, now live again: the loudest event |
//!
//! The first six are [`LinkStatus`] (`link list`, `link set`); the next four are what one
//! re-check saw ([`super::recheck::Seen`], which has `removed` and `unavailable` too), shown
//! by `recheck` and `link show`; `resurfaced` is an event of both.

use jiff::Timestamp;
use serde::Serialize;

use super::string_enum;

string_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    #[serde(rename_all = "snake_case")]
    pub(crate) enum LinkStatus {
        New = "new",
        Reported = "reported",
        Escalated = "escalated",
        Removed = "removed",
        /// Re-checks saw the platform show it to nobody, without saying it was removed.
        Unavailable = "unavailable",
        Rejected = "rejected",
    }
    from_str(lenient) |s| -> String { format!("unknown link status `{s}`") }
}

impl LinkStatus {
    /// Whether a link may move from `self` to `to`. Almost every move is real life (a removed
    /// link resurfaces and is reported again; a rejection is appealed), but nothing goes back
    /// to `new`: that would erase the fact that it was reported.
    pub(crate) fn can_become(self, to: LinkStatus) -> bool {
        to != LinkStatus::New || self == LinkStatus::New
    }
}

/// Why a status change cannot be recorded at the time given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum WhenError {
    #[error("`{at}` is in the future; record what has happened, when it happened")]
    Future { at: Timestamp },
    #[error("the link was first reported at `{reported}`; it cannot be {status} before that")]
    BeforeReport {
        status: LinkStatus,
        reported: Timestamp,
    },
}

/// Checks that something recorded as done at `at` has happened: a time in the future is a
/// mistake (or a wrong time zone). Work done before the case was opened is allowed: staff
/// enter what a victim did alone, before calling the helpline.
pub(crate) fn check_past(at: Timestamp, now: Timestamp) -> Result<(), WhenError> {
    if at > now {
        return Err(WhenError::Future { at });
    }
    Ok(())
}

/// Checks that a change recorded at `at` fits the link's history (times and statuses of its
/// events): nothing in the future, and no removal or rejection before the link was reported.
pub(crate) fn check_when(
    history: &[(Timestamp, LinkStatus)],
    status: Option<LinkStatus>,
    at: Timestamp,
    now: Timestamp,
) -> Result<(), WhenError> {
    check_past(at, now)?;
    let Some(status @ (LinkStatus::Removed | LinkStatus::Rejected)) = status else {
        return Ok(());
    };
    let reported = history
        .iter()
        .filter(|(_, s)| matches!(s, LinkStatus::Reported | LinkStatus::Escalated))
        .map(|(t, _)| *t)
        .min();
    match reported {
        Some(reported) if reported > at => Err(WhenError::BeforeReport { status, reported }),
        _ => Ok(()),
    }
}

string_enum! {
    /// How a link was (or will be) reported.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
    #[serde(rename_all = "snake_case")]
    pub(crate) enum Route {
        /// The platform's in-app report button.
        InApp = "in_app",
        WebForm = "web_form",
        Email = "email",
        /// A partner or trusted-flagger contact at the platform.
        Partner = "partner",
        /// A copyright notice.
        Dmca = "dmca",
        /// A legal demand: a court order, a regulator's notice, a statutory request.
        Legal = "legal",
        /// A hotline such as StopNCII, Take It Down, NCMEC or the IWF.
        Hotline = "hotline",
    }
    from_str(lenient) |s| -> String { format!("unknown route `{s}`") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_goes_back_to_new() {
        for from in LinkStatus::ALL {
            assert_eq!(from.can_become(LinkStatus::New), from == LinkStatus::New);
        }
        assert!(LinkStatus::Removed.can_become(LinkStatus::Reported));
        assert!(LinkStatus::Rejected.can_become(LinkStatus::Escalated));
    }

    #[test]
    fn a_change_must_not_be_in_the_future_nor_removed_before_reported() {
        let t = |s: &str| s.parse::<Timestamp>().unwrap();
        let now = t("2026-06-10T00:00:00Z");
        let history = [
            (t("2026-06-01T00:00:00Z"), LinkStatus::New),
            (t("2026-06-02T00:00:00Z"), LinkStatus::Reported),
        ];
        let removed = Some(LinkStatus::Removed);
        assert_eq!(
            check_when(&history, removed, t("2026-06-11T00:00:00Z"), now),
            Err(WhenError::Future {
                at: t("2026-06-11T00:00:00Z")
            })
        );
        assert_eq!(
            check_when(&history, removed, t("2026-06-01T12:00:00Z"), now),
            Err(WhenError::BeforeReport {
                status: LinkStatus::Removed,
                reported: t("2026-06-02T00:00:00Z")
            })
        );
        assert_eq!(
            check_when(&history, removed, t("2026-06-03T00:00:00Z"), now),
            Ok(())
        );
        // A report entered after the fact may be earlier than anything recorded so far.
        let reported = Some(LinkStatus::Reported);
        assert_eq!(
            check_when(&history, reported, t("2026-05-01T00:00:00Z"), now),
            Ok(())
        );
        // Content can go before anyone reports it.
        assert_eq!(
            check_when(&history[..1], removed, t("2026-06-01T00:00:00Z"), now),
            Ok(())
        );
    }

    #[test]
    fn names_round_trip() {
        for s in LinkStatus::ALL {
            assert_eq!(s.as_str().parse(), Ok(s));
        }
        for r in Route::ALL {
            assert_eq!(r.as_str().parse(), Ok(r));
        }
        assert_eq!("in-app".parse(), Ok(Route::InApp));
    }

    #[test]
    fn names_are_forgiven_space_and_case_but_unknown_ones_are_refused_as_typed() {
        assert_eq!(" Removed ".parse(), Ok(LinkStatus::Removed));
        assert_eq!(
            "gone".parse::<LinkStatus>(),
            Err("unknown link status `gone`".to_owned())
        );
        assert_eq!(" Web-Form".parse(), Ok(Route::WebForm));
        assert_eq!(
            "Fax".parse::<Route>(),
            Err("unknown route `Fax`".to_owned())
        );
    }
}
