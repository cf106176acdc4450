//! Re-check observations and where each link stands after them.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use rusqlite::{OptionalExtension as _, params};

use super::clock::{CLOCK_COLUMNS, ClockFacts, Histories, row_clock};
use super::{Error, Store, corrupt, parse, timestamp};
use crate::domain::case::CaseStatus;
use crate::domain::catalog::PlatformId;
use crate::domain::ids::{CaseId, LinkId};
use crate::domain::observation::Observed;
use crate::domain::pdq::PdqOutput;
use crate::domain::recheck::{Outcome, Seen, Standing, Via};
use crate::domain::schedule::Clock;
use crate::domain::staff::StaffHandle;
use crate::domain::states::{self, CaseOp};
use crate::domain::url::NormalizedUrl;

/// A link as the re-check needs it: where to fetch, and where it stood. `Debug` never shows
/// the URL.
#[derive(Debug, Clone)]
pub(crate) struct CheckTarget {
    pub(crate) link: LinkId,
    pub(crate) case: CaseId,
    pub(crate) platform: PlatformId,
    pub(crate) url: NormalizedUrl,
    pub(crate) clock: Clock,
    pub(crate) standing: Standing,
    /// What the removal deadline of the link's report depends on.
    pub(crate) deadline: ClockFacts,
}

/// Which links [`Store::check_targets`] reads. Each bound is left out of the query when it is
/// `None`, so that the query that remains can use its index.
#[derive(Debug, Default)]
pub(crate) struct CheckFilter {
    pub(crate) case: Option<CaseId>,
    pub(crate) platform: Option<PlatformId>,
    /// Only links of cases in one of these statuses (what the domain's table lets a re-check
    /// touch): through `cases_by_status`, the links of other cases are never read.
    pub(crate) case_in: Option<Vec<CaseStatus>>,
    /// Only links never checked, or last checked at or before this time (the schedule's
    /// `schedule::due_if_checked_by`): those checked since cannot be due.
    pub(crate) checked_by: Option<Timestamp>,
}

/// Where [`CLOCK_COLUMNS`] start in the rows of [`CheckFilter::query`].
const CLOCK_FIRST: usize = 10;

impl CheckFilter {
    /// The query and its parameters.
    fn query(&self) -> (String, Vec<rusqlite::types::Value>) {
        use rusqlite::types::Value;
        let mut sql = format!(
            "SELECT l.id, l.case_id, l.url, l.first_seen, c.status,
                    k.checked_at, k.last, k.settled, k.removed_since, k.live_sha256, {CLOCK_COLUMNS}
             FROM links l JOIN cases c ON c.id = l.case_id
             LEFT JOIN link_checks k ON k.link_id = l.id
             WHERE 1",
        );
        let mut values = Vec::new();
        if let Some(case) = &self.case {
            sql += " AND l.case_id = ?";
            values.push(Value::Text(case.as_str().to_owned()));
        }
        if let Some(platform) = &self.platform {
            sql += " AND l.platform = ?";
            values.push(Value::Text(platform.as_str().to_owned()));
        }
        if let Some(statuses) = &self.case_in {
            let marks = vec!["?"; statuses.len()].join(", ");
            sql += &format!(" AND c.status IN ({marks})");
            values.extend(statuses.iter().map(|s| Value::Text(s.as_str().to_owned())));
        }
        if let Some(at) = self.checked_by {
            sql += " AND (k.checked_at IS NULL OR k.checked_at <= ?)";
            values.push(Value::Integer(at.as_second()));
        }
        sql += " ORDER BY l.case_id, l.first_seen, l.rowid";
        (sql, values)
    }
}

/// What the fetch itself gave, beside the judgement: what `link show` lists per observation.
/// A new fact is a field here, a column in `observations` and a line in `record_batch`.
#[derive(Debug, Clone, Default)]
pub(crate) struct FetchFacts {
    pub(crate) http_status: Option<u16>,
    pub(crate) sha256: Option<String>,
    pub(crate) complete: Option<bool>,
    pub(crate) redirected: bool,
    /// The host the last redirect ended on (no path), redirects followed, bytes read.
    pub(crate) final_host: Option<String>,
    pub(crate) redirects: u32,
    pub(crate) bytes: Option<i64>,
    /// Why it was judged so (`recheck::Reason`), and the marker that fitted with its sources.
    pub(crate) reason: Option<&'static str>,
    pub(crate) marker: Option<String>,
    pub(crate) marker_source: Option<String>,
    /// The kind of failure for an `error` observation; never a URL.
    pub(crate) error: Option<&'static str>,
    /// PDQ of the picture a live link showed: its body, or its page's `og:image`.
    pub(crate) image: Option<PdqOutput>,
    /// Whether the platform's probe or the link's page gave the verdict.
    pub(crate) via: Via,
}

#[derive(Debug, Clone)]
pub(crate) struct NewObservation {
    pub(crate) link: LinkId,
    pub(crate) outcome: Outcome,
    pub(crate) facts: FetchFacts,
    /// The known picture the link's picture matched (its owner's id) and the distance.
    pub(crate) image_match: Option<(String, u32)>,
}

fn seen(text: Option<String>) -> Result<Option<Seen>, Error> {
    text.map(|s| parse("observation status", &s)).transpose()
}

/// Observations wait here and are stored in batches, each in one transaction: a killed run
/// keeps every batch but the one in flight, and one fsync serves many links.
pub(crate) struct ObservationLog<'s> {
    store: &'s Store,
    /// Who runs the re-check (`cron` under the schedule): recorded with each status it moves.
    by: &'s StaffHandle,
    batch: Vec<NewObservation>,
    saved: Instant,
    every: Duration,
}

impl ObservationLog<'_> {
    /// A commit encrypts and writes every page the batch touched, and observations of random
    /// links touch pages all over the indexes, so small batches write the same pages again and
    /// again (1,024 instead of 64 cut a 5,000-link re-check's CPU time by a third). A kill
    /// still loses one batch at most, and never more than `every` of work.
    const BATCH: usize = 1024;

    pub(crate) fn push(&mut self, observation: NewObservation) {
        self.batch.push(observation);
    }

    /// Stores the waiting observations when there are `BATCH` of them, when the oldest has
    /// waited `every`, or `now`.
    pub(crate) fn save(&mut self, now: bool) -> Result<(), Error> {
        let due = self.batch.len() >= Self::BATCH || self.saved.elapsed() >= self.every;
        if !self.batch.is_empty() && (now || due) {
            // In key order each index page is read, decrypted and re-encrypted once per batch,
            // not once per observation that lands on it.
            self.batch.sort_by(|a, b| a.link.cmp(&b.link));
            self.store.record_observations(&self.batch, self.by)?;
            self.batch.clear();
            self.saved = Instant::now();
        }
        Ok(())
    }
}

/// The last re-check of a link, as `link show` tells it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(crate) struct LastCheck {
    pub(crate) at: Timestamp,
    pub(crate) status: Seen,
    pub(crate) http_status: Option<u16>,
    /// `None` for an observation stored before the store recorded it.
    pub(crate) via: Option<Via>,
}

impl Store {
    pub(crate) fn last_check(&self, link: &LinkId) -> Result<Option<LastCheck>, Error> {
        let row: Option<(i64, String, Option<u16>, Option<String>)> = self
            .conn
            .query_row(
                "SELECT at, status, http_status, via FROM observations WHERE link_id = ?1
                 ORDER BY at DESC, id DESC LIMIT 1",
                [link.as_str()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        row.map(|(at, status, http_status, via)| {
            let via = match via.as_deref() {
                None => None,
                Some("page") => Some(Via::Page),
                Some("probe") => Some(Via::Probe),
                Some(other) => return Err(corrupt("observation source", other)),
            };
            Ok(LastCheck {
                at: timestamp(at)?,
                status: parse("observation status", &status)?,
                http_status,
                via,
            })
        })
        .transpose()
    }

    pub(crate) fn observation_log<'s>(
        &'s self,
        every: Duration,
        by: &'s StaffHandle,
    ) -> ObservationLog<'s> {
        ObservationLog {
            store: self,
            by,
            batch: Vec::new(),
            saved: Instant::now(),
            every,
        }
    }

    /// Every link the filter names whose schedule clock `wanted` accepts, with its standing and
    /// removal clock, in a stable order. The clock is judged first, so a link that is not due
    /// costs no URL parse and no history lookup (issue 19: 5,000 due of 100,000); the removal
    /// clock's facts that its row and its case's hold come with the choice, and the histories
    /// of the links chosen in one set-based read.
    pub(crate) fn check_targets(
        &self,
        filter: &CheckFilter,
        wanted: impl Fn(&Clock) -> bool,
    ) -> Result<Vec<CheckTarget>, Error> {
        let (sql, values) = filter.query();
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(values), |r| {
            let text = |i| r.get::<_, String>(i);
            let opt_text = |i| r.get::<_, Option<String>>(i);
            let opt_time = |i| r.get::<_, Option<i64>>(i);
            Ok((
                [text(0)?, text(1)?, text(2)?, text(4)?],
                r.get::<_, i64>(3)?,
                [opt_time(5)?, opt_time(8)?],
                [opt_text(6)?, opt_text(7)?, opt_text(9)?],
                row_clock(r, CLOCK_FIRST)?,
            ))
        })?;
        let mut due = Vec::new();
        for row in rows {
            let (texts, added, times, standing, deadline) = row?;
            let [link, case, url, case_status] = texts;
            let [checked, removed] = times.map(|t| t.map(timestamp).transpose());
            let (checked_at, removed_since) = (checked?, removed?);
            let case_status: CaseStatus = CaseStatus::parse(&case_status)
                .ok_or_else(|| corrupt("case status", &case_status))?;
            let clock = Clock {
                case_active: states::permits(CaseOp::Recheck, case_status),
                added: timestamp(added)?,
                checked_at,
                removed_since,
            };
            if !wanted(&clock) {
                continue;
            }
            let [last, settled, live_sha256] = standing;
            let link: LinkId = parse("link id", &link)?;
            // The link's id, not the text: a URL never goes into an error.
            let url = NormalizedUrl::from_stored(url)
                .ok_or_else(|| corrupt("url of link", link.as_str()))?;
            let standing = Standing {
                checked_at,
                last: seen(last)?,
                settled: seen(settled)?,
                removed_since,
                live_sha256,
            };
            let case: CaseId = parse("case id", &case)?;
            due.push((link, case, url, clock, standing, deadline?));
        }
        // The rest of the removal clocks of all the chosen links at once, not a query per link.
        let mut histories = Histories::read(&self.conn, due.iter().map(|d| (&d.0, &d.1)))?;
        Ok(due
            .into_iter()
            .map(|(link, case, url, clock, standing, row)| {
                let deadline = histories.facts(&link, &case, row);
                CheckTarget {
                    platform: deadline.clock.platform.clone(),
                    link,
                    case,
                    url,
                    clock,
                    standing,
                    deadline,
                }
            })
            .collect())
    }

    /// The link's last `limit` observations, newest first.
    pub(crate) fn last_observations(
        &self,
        link: &LinkId,
        limit: u32,
    ) -> Result<Vec<Observed>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT at, status, unconfirmed, http_status, final_host, redirects, reason, marker,
                    marker_source, sha256, bytes, error
             FROM observations WHERE link_id = ?1 ORDER BY at DESC, id DESC LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![link.as_str(), limit], |r| {
            let text = |i| r.get::<_, Option<String>>(i);
            Ok((
                (r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get(2)?),
                (r.get(3)?, r.get(5)?, r.get::<_, Option<i64>>(10)?),
                [text(4)?, text(6)?, text(7)?, text(8)?, text(9)?, text(11)?],
            ))
        })?;
        rows.map(|row| {
            let ((at, status, unconfirmed), (http_status, redirects, bytes), texts) = row?;
            let [final_host, reason, marker, marker_source, sha256, error] = texts;
            Ok(Observed {
                at: timestamp(at)?,
                status: parse("observation status", &status)?,
                unconfirmed,
                http_status,
                final_host,
                redirects,
                reason,
                marker,
                marker_source,
                sha256,
                bytes: bytes.and_then(|b| u64::try_from(b).ok()),
                error,
            })
        })
        .collect()
    }

    /// The content hashes of links that are removed now: the same content live under another
    /// link is resurfaced content.
    pub(crate) fn removed_content(&self) -> Result<HashSet<String>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT DISTINCT live_sha256 FROM link_checks
             WHERE settled = 'removed' AND live_sha256 IS NOT NULL",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Stores a batch of observations and the standings they lead to in one transaction, so a
    /// killed run keeps whole batches and loses at most the one in flight.
    fn record_observations(&self, batch: &[NewObservation], by: &StaffHandle) -> Result<(), Error> {
        // A batch lost to a power cut is observed again on the next run, so its commit need not
        // wait for the disk (WAL keeps the store consistent, and a killed process loses nothing
        // committed); every other write keeps waiting for it.
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        let recorded = self.record_batch(batch, by);
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        recorded
    }

    fn record_batch(&self, batch: &[NewObservation], by: &StaffHandle) -> Result<(), Error> {
        let tx = self.write()?;
        let mut insert = tx.prepare(
            "INSERT INTO observations (link_id, at, status, http_status, sha256,
                 complete, redirected, error, changed, resurfaced, resurfaced_content,
                 pdq, pdq_quality, pdq_match, pdq_distance, final_host, redirects, bytes,
                 reason, marker, marker_source, unconfirmed, via)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                 ?17, ?18, ?19, ?20, ?21, ?22, ?23)",
        )?;
        // Updated in place: a REPLACE would delete the row first, and under `secure_delete`
        // each delete overwrites it too. A live picture replaces the last one; anything else
        // keeps it.
        let mut standing = tx.prepare(
            "INSERT INTO link_checks
                 (link_id, checked_at, last, settled, removed_since, live_sha256,
                  live_pdq, live_pdq_quality)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, iif(?7 IS NULL, NULL, ?8))
             ON CONFLICT (link_id) DO UPDATE SET
                 checked_at = excluded.checked_at,
                 last = excluded.last,
                 settled = excluded.settled,
                 removed_since = excluded.removed_since,
                 live_sha256 = excluded.live_sha256,
                 live_pdq = coalesce(excluded.live_pdq, live_pdq),
                 live_pdq_quality = iif(excluded.live_pdq IS NULL,
                     live_pdq_quality, excluded.live_pdq_quality)",
        )?;
        // What recheck sees moves the link's own status, with the time it was seen, so that
        // `link list` and time to removal follow the observations; a resurfaced (or visible
        // again) link goes back to where it stood before (its report is still pending). A
        // removal staff recorded is never turned into `unavailable`.
        let mut removed = tx.prepare(
            "UPDATE links SET status = 'removed', updated_at = ?2
             WHERE id = ?1 AND status <> 'removed'
             RETURNING route, reference",
        )?;
        let mut unavailable = tx.prepare(
            "UPDATE links SET status = 'unavailable', updated_at = ?2
             WHERE id = ?1 AND status NOT IN ('removed', 'unavailable')
             RETURNING route, reference",
        )?;
        let mut back = tx.prepare(
            "UPDATE links SET updated_at = ?2, status = coalesce(
                 (SELECT status FROM link_events
                  WHERE link_id = ?1 AND status NOT IN ('removed', 'unavailable') AND id < (
                      SELECT max(id) FROM link_events
                      WHERE link_id = ?1 AND status IN ('removed', 'unavailable'))
                  ORDER BY id DESC LIMIT 1),
                 'reported')
             WHERE id = ?1 AND status IN ('removed', 'unavailable')
             RETURNING status, route, reference",
        )?;
        let mut event = tx.prepare(
            "INSERT INTO link_events (link_id, at, status, route, reference, staff)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for obs in batch {
            let (o, f, s) = (&obs.outcome, &obs.facts, &obs.outcome.standing);
            let at = s.checked_at.unwrap_or_default().as_second();
            let pdq = f.image.as_ref().map(|i| i.hash.to_string());
            let quality = f.image.as_ref().map(|i| i.quality);
            let live_pdq = pdq.as_ref().filter(|_| o.seen == Seen::Live);
            let (matched, distance) = obs.image_match.clone().unzip();
            insert.execute(params![
                obs.link.as_str(),
                at,
                o.seen.as_str(),
                f.http_status,
                f.sha256,
                f.complete,
                f.redirected,
                f.error,
                o.changed,
                o.resurfaced,
                o.resurfaced_content,
                pdq,
                quality,
                matched,
                distance,
                f.final_host,
                f.redirects,
                f.bytes,
                f.reason,
                f.marker,
                f.marker_source,
                o.unconfirmed,
                f.via.as_str()
            ])?;
            standing.execute(params![
                obs.link.as_str(),
                at,
                o.seen.as_str(),
                s.settled.map(Seen::as_str),
                s.removed_since.map(Timestamp::as_second),
                s.live_sha256,
                live_pdq,
                quality
            ])?;
            let moved = if o.newly_removed || o.newly_unavailable {
                let (stmt, status) = if o.newly_removed {
                    (&mut removed, "removed")
                } else {
                    (&mut unavailable, "unavailable")
                };
                stmt.query_row(params![obs.link.as_str(), at], |r| {
                    Ok((status.to_owned(), r.get(0)?, r.get(1)?))
                })
                .optional()?
            } else if o.resurfaced || o.visible_again {
                back.query_row(params![obs.link.as_str(), at], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })
                .optional()?
            } else {
                None
            };
            if let Some((status, route, reference)) = moved {
                let (route, reference): (Option<String>, Option<String>) = (route, reference);
                event.execute(params![
                    obs.link.as_str(),
                    at,
                    status,
                    route,
                    reference,
                    by.as_str()
                ])?;
            }
        }
        drop((insert, standing, removed, unavailable, back, event));
        tx.commit()?;
        tracing::debug!(count = batch.len(), "recorded observations");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::StoreKey;
    use crate::store::query_plan;

    /// `recheck --due` over a store of 100,000 links must not read them all (issue 19 part 9):
    /// the query starts from the cases a re-check may touch, through `cases_by_status`, and
    /// reaches their links through `links_by_case`. A plan that scans `links` fails here.
    #[test]
    fn the_due_query_starts_from_the_cases_a_recheck_may_touch() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            Store::create(&dir.path().join("s.db"), &StoreKey::from_bytes([3; 32])).unwrap();
        let filter = CheckFilter {
            case_in: Some(states::permitting(CaseOp::Recheck)),
            checked_by: Some(Timestamp::UNIX_EPOCH),
            ..CheckFilter::default()
        };
        let (sql, values) = filter.query();
        let plan = query_plan(&store.conn, &sql, rusqlite::params_from_iter(values));
        assert!(
            plan.lines()
                .any(|l| l.starts_with("SEARCH c USING") && l.contains("INDEX cases_by_status")),
            "{plan}"
        );
        assert!(
            plan.lines()
                .any(|l| l.starts_with("SEARCH l USING INDEX links_by_case")),
            "{plan}"
        );
        assert!(!plan.lines().any(|l| l.starts_with("SCAN")), "{plan}");
    }
}
