//! What unattended runs remember between them: which messages they already named to staff, and
//! how many re-check runs in a row failed to fetch (ARCHITECTURE §7: cron tells what is new,
//! once, and never stays silent about a failure).

use jiff::Timestamp;
use rusqlite::params;

use super::{Error, Store};
use crate::domain::ids::MailId;

/// Re-check runs in a row that failed to fetch, and whether staff were alerted about them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FailedRuns {
    pub(crate) runs: u32,
    /// When the first of them ran.
    pub(crate) since: Timestamp,
    pub(crate) alerted: bool,
}

impl Store {
    /// Records that `mail` was named to staff in `state` (`deferred`, `uncertain`, …); true
    /// when it had not been named in that state before, so it is news.
    pub(crate) fn tell_once(
        &self,
        mail: &MailId,
        state: &str,
        now: Timestamp,
    ) -> Result<bool, Error> {
        let changed = self.conn.execute(
            "INSERT INTO mail_told (outbox_id, state, at) VALUES (?1, ?2, ?3)
             ON CONFLICT (outbox_id) DO UPDATE SET state = excluded.state, at = excluded.at
             WHERE state <> excluded.state",
            params![mail.as_str(), state, now.as_second()],
        )?;
        Ok(changed > 0)
    }

    /// Counts one more failed re-check run; returns the count with this one.
    pub(crate) fn recheck_failed(&self, now: Timestamp) -> Result<FailedRuns, Error> {
        self.conn
            .query_row(
                "INSERT INTO recheck_failures (id, runs, since) VALUES (1, 1, ?1)
             ON CONFLICT (id) DO UPDATE SET runs = runs + 1
             RETURNING runs, since, alerted",
                [now.as_second()],
                |r| Ok((r.get(0)?, r.get::<_, i64>(1)?, r.get(2)?)),
            )
            .map_err(Error::from)
            .and_then(|(runs, since, alerted)| {
                Ok(FailedRuns {
                    runs,
                    since: super::timestamp(since)?,
                    alerted,
                })
            })
    }

    /// Notes that staff were alerted about the failed runs, so the alert goes once per streak.
    pub(crate) fn failed_runs_alerted(&self) -> Result<(), Error> {
        self.conn
            .execute("UPDATE recheck_failures SET alerted = 1 WHERE id = 1", [])?;
        Ok(())
    }

    /// A run that fetched ends the streak.
    pub(crate) fn recheck_worked(&self) -> Result<(), Error> {
        self.conn.execute("DELETE FROM recheck_failures", [])?;
        Ok(())
    }
}
