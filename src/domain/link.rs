//! Link rules: the lifecycle `new → reported → escalated → removed | rejected`, and the routes a
//! report can take (the route changes the outcome, so it is recorded for every report).

use std::fmt;
use std::str::FromStr;

use jiff::Timestamp;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum LinkStatus {
    New,
    Reported,
    Escalated,
    Removed,
    Rejected,
}

impl LinkStatus {
    pub(crate) const ALL: [LinkStatus; 5] = [
        LinkStatus::New,
        LinkStatus::Reported,
        LinkStatus::Escalated,
        LinkStatus::Removed,
        LinkStatus::Rejected,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            LinkStatus::New => "new",
            LinkStatus::Reported => "reported",
            LinkStatus::Escalated => "escalated",
            LinkStatus::Removed => "removed",
            LinkStatus::Rejected => "rejected",
        }
    }

    /// Whether a link may move from `self` to `to`. Almost every move is real life (a removed
    /// link resurfaces and is reported again; a rejection is appealed), but nothing goes back
    /// to `new`: that would erase the fact that it was reported.
    pub(crate) fn can_become(self, to: LinkStatus) -> bool {
        to != LinkStatus::New || self == LinkStatus::New
    }
}

impl fmt::Display for LinkStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for LinkStatus {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        LinkStatus::ALL
            .into_iter()
            .find(|v| v.as_str() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| format!("unknown link status `{s}`"))
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

/// Checks that a change recorded at `at` fits the link's history (times and statuses of its
/// events): nothing in the future, and no removal or rejection before the link was reported.
pub(crate) fn check_when(
    history: &[(Timestamp, LinkStatus)],
    status: Option<LinkStatus>,
    at: Timestamp,
    now: Timestamp,
) -> Result<(), WhenError> {
    if at > now {
        return Err(WhenError::Future { at });
    }
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

/// How a link was (or will be) reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Route {
    /// The platform's in-app report button.
    InApp,
    WebForm,
    Email,
    /// A partner or trusted-flagger contact at the platform.
    Partner,
    /// A copyright notice.
    Dmca,
    /// A legal demand: a court order, a regulator's notice, a statutory request.
    Legal,
    /// A hotline such as StopNCII, Take It Down, NCMEC or the IWF.
    Hotline,
}

impl Route {
    pub(crate) const ALL: [Route; 7] = [
        Route::InApp,
        Route::WebForm,
        Route::Email,
        Route::Partner,
        Route::Dmca,
        Route::Legal,
        Route::Hotline,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Route::InApp => "in_app",
            Route::WebForm => "web_form",
            Route::Email => "email",
            Route::Partner => "partner",
            Route::Dmca => "dmca",
            Route::Legal => "legal",
            Route::Hotline => "hotline",
        }
    }
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Route {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace('-', "_");
        Route::ALL
            .into_iter()
            .find(|v| v.as_str() == wanted)
            .ok_or_else(|| format!("unknown route `{s}`"))
    }
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
}
