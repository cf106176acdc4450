//! What the one removal clock (`domain::deadline`) needs to know of a link: its report's facts,
//! its first report and escalation, and every removal recorded or observed. `recheck` and
//! `escalate followup` read it here, link by link; `stats` reads the same rows in one scan
//! (`ledger.rs`). The rules that turn them into a deadline are the domain's.

use jiff::Timestamp;
use rusqlite::{Connection, OptionalExtension as _};

use super::{Error, Store, parse, timestamp};
use crate::domain::catalog::PlatformId;
use crate::domain::category::Category;
use crate::domain::deadline::LinkClock;
use crate::domain::ids::LinkId;

/// A link's clock and its removals.
#[derive(Debug, Clone)]
pub(crate) struct ClockFacts {
    pub(crate) clock: LinkClock,
    /// Every record (`link set --status removed`) or re-check observation of removal.
    pub(crate) removals: Vec<Timestamp>,
}

/// A case's categories as `group_concat` gives them, in the enum's order.
pub(super) fn categories(text: Option<&str>) -> Result<Vec<Category>, Error> {
    let mut categories = text
        .unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| parse::<Category>("category", s))
        .collect::<Result<Vec<_>, _>>()?;
    categories.sort();
    Ok(categories)
}

/// Reads one link's clock facts.
pub(super) fn clock_facts(conn: &Connection, link: &LinkId) -> Result<ClockFacts, Error> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.platform, l.category, l.route, c.jurisdiction,
                (SELECT group_concat(category) FROM case_categories WHERE case_id = l.case_id),
                (SELECT min(at) FROM link_events WHERE link_id = l.id AND status = 'reported'),
                (SELECT min(at) FROM link_events WHERE link_id = l.id AND status = 'escalated')
         FROM links l JOIN cases c ON c.id = l.case_id WHERE l.id = ?1",
    )?;
    let row = stmt
        .query_row([link.as_str()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                [
                    r.get::<_, Option<String>>(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                ],
                [r.get::<_, Option<i64>>(5)?, r.get(6)?],
            ))
        })
        .optional()?
        .ok_or_else(|| Error::LinkNotFound(link.clone()))?;
    let (platform, [own, route, jurisdiction, case_categories], [reported, escalated]) = row;
    let mut removals = conn.prepare_cached(
        "SELECT at FROM link_events WHERE link_id = ?1 AND status = 'removed'
         UNION ALL
         SELECT at FROM observations WHERE link_id = ?1 AND status = 'removed'
             AND unconfirmed = 0",
    )?;
    let removals = removals
        .query_map([link.as_str()], |r| r.get::<_, i64>(0))?
        .map(|at| timestamp(at?))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ClockFacts {
        clock: LinkClock {
            platform: PlatformId::from(platform),
            category: own.map(|c| parse("category", &c)).transpose()?,
            case_categories: categories(case_categories.as_deref())?,
            jurisdiction,
            route: route.map(|r| parse("route", &r)).transpose()?,
            reported_at: reported.map(timestamp).transpose()?,
            escalated_at: escalated.map(timestamp).transpose()?,
        },
        removals,
    })
}

impl Store {
    /// What the removal clock needs of `link`.
    pub(crate) fn clock_facts(&self, link: &LinkId) -> Result<ClockFacts, Error> {
        clock_facts(&self.conn, link)
    }
}
