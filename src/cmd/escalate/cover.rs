//! Idempotent escalation: a link that an earlier escalation to the same partner still covers
//! (`domain::outbox::covers`) gets no second message, and the command says which message covers
//! it. The last look happens in the same write transaction as the insert, so two `escalate` runs
//! at once, or a re-run after a crash at any point, never add a message.

use std::collections::BTreeMap;

use jiff::Timestamp;

use crate::config::partners::Partner;
use crate::ctx::Ctx;
use crate::domain::ids::{LinkId, MailId};
use crate::domain::outbox;
use crate::store::{Cover, LinkRecord, NewMail, Queued};

fn rule(partner: &Partner, now: Timestamp) -> impl Fn(&Cover) -> bool {
    let hours = partner.response_hours;
    move |c: &Cover| outbox::covers(c.state, c.accepted_at, hours, now)
}

/// The links no earlier escalation to `partner` covers; the covered ones are named, with the
/// message that covers them.
pub(super) fn uncovered<'a>(
    ctx: &Ctx<'_>,
    partner: &Partner,
    links: Vec<&'a LinkRecord>,
    now: Timestamp,
) -> anyhow::Result<Vec<&'a LinkRecord>> {
    let ids: Vec<LinkId> = links.iter().map(|l| l.id.clone()).collect();
    let covers = rule(partner, now);
    let covered: Vec<Cover> = ctx
        .store()?
        .escalations_of(&ids, &partner.name)?
        .into_iter()
        .filter(|c| covers(c))
        .collect();
    tell(ctx, &covered);
    Ok(links
        .into_iter()
        .filter(|l| !covered.iter().any(|c| c.link == l.id))
        .collect())
}

/// Queues `mail` unless another escalation has come to cover one of its links meanwhile.
pub(super) fn queue(
    ctx: &Ctx<'_>,
    partner: &Partner,
    mail: &NewMail,
    now: Timestamp,
) -> anyhow::Result<Option<MailId>> {
    match ctx
        .store()?
        .queue_escalation(mail, now, &rule(partner, now))?
    {
        Queued::New(id) => Ok(Some(id)),
        Queued::Covered(covered) => {
            tell(ctx, &covered);
            Ok(None)
        }
    }
}

/// One note per covering message: its links, its id and its state.
fn tell(ctx: &Ctx<'_>, covered: &[Cover]) {
    let mut by_mail: BTreeMap<&MailId, (Vec<&LinkId>, &Cover)> = BTreeMap::new();
    for c in covered {
        by_mail
            .entry(&c.mail)
            .or_insert((Vec::new(), c))
            .0
            .push(&c.link);
    }
    for (mail, (links, cover)) in by_mail {
        let links: Vec<String> = links.iter().map(|l| format!("`{l}`")).collect();
        ctx.printer().note(&format!(
            "{} already covered by `{mail}` ({}): no second message",
            links.join(", "),
            cover.state.as_str()
        ));
    }
}
