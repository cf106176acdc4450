//! `takedown escalate followup`: a reminder in the same thread for escalated links that are
//! still live past the partner's response time or a legal deadline.

use jiff::SignedDuration;

use super::compose::{self, Composer};
use super::handoff;
use crate::config::partners::Partners;
use crate::ctx::Ctx;
use crate::domain::deadline;
use crate::domain::escalation;
use crate::domain::ids::LinkId;
use crate::domain::protection::CaseFacts;
use crate::error::ExitStatus;
use crate::render::mail::{CaseView, Escalation, Followup};
use crate::render::report::{PlatformView, day};
use crate::store::{self, LinkRecord, MailKind, NewMail};

/// Remind partners of escalated links still live past their response time or a legal deadline
///
/// For each escalation the server accepted, the links still `escalated` (or `unavailable`: not
/// a removal) whose latest re-check saw them live or unavailable are due for a follow-up once the partner's `response_hours` (or a legal
/// removal deadline, if sooner) have passed; another follows only after another such period.
/// The follow-up answers the first message (In-Reply-To, References), so it lands in the same
/// thread. A case whose partner-sharing consent was withdrawn gets none. Run it after
/// `takedown recheck`: `takedown cron` runs both.
#[derive(Debug, Default, clap::Args)]
#[command(after_long_help = "Examples:
  takedown cron -q                            re-checks, follow-ups and the outbox
  takedown escalate followup --dry-run        list what is due, queue nothing")]
pub(crate) struct FollowupArgs {
    /// List the follow-ups that are due and queue nothing
    #[arg(long)]
    dry_run: bool,
}

pub(super) fn run(args: FollowupArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let by = ctx.staff()?;
    let store = ctx.store()?;
    let catalog = ctx.catalog()?;
    let printer = ctx.printer();
    let sent = store.sent_escalations()?;
    if sent.is_empty() {
        printer.note(&"no escalation is waiting on a partner");
        return Ok(ExitStatus::Success);
    }
    let partners = Partners::load(&compose::partners_path(ctx)?, ctx.catalog()?)?;
    let composer = Composer::new(ctx)?;
    let now = ctx.now();
    let mut queued = Vec::new();
    let mut due = 0;
    let waiting = sent
        .into_iter()
        .map(|esc| {
            let live = store
                .still_live(&esc.id)?
                .into_iter()
                .map(|l| store.link(&l));
            Ok((esc, live.collect::<Result<Vec<LinkRecord>, _>>()?))
        })
        .collect::<Result<Vec<_>, store::Error>>()?;
    // The removal clocks of every waiting link at once, not two queries per link.
    let ids: Vec<LinkId> = waiting
        .iter()
        .flat_map(|(_, live)| live.iter().map(|l| l.id.clone()))
        .collect();
    let clocks = store.clock_facts_of(&ids)?;
    for (esc, live) in waiting {
        let Ok(partner) = partners.named(&esc.partner) else {
            printer.warn(&format!(
                "partner `{}` of `{}` is no longer in partners.yaml: no follow-up",
                esc.partner, esc.id
            ));
            continue;
        };
        let Some(first) = live.first() else { continue };
        let case = store.case_summary(&esc.case)?;
        if case.consent.partners.is_none() {
            // Consent is checked when sharing happens: a reminder shares the links again.
            printer.warn(&format!(
                "case `{}` no longer has consent to share with partners: no follow-up to `{}`",
                esc.case, esc.id
            ));
            continue;
        }
        let categories = crate::cmd::all_categories(ctx, &case)?;
        let facts = CaseFacts {
            categories: &categories,
            minor: case.minor,
        };
        // A case recorded as child sexual abuse material since it was escalated is never
        // mailed again.
        if let Err(refusal) = escalation::gate(esc.case.as_str(), &facts, true) {
            printer.warn(&format!("no follow-up for `{}`: {refusal}", esc.id));
            continue;
        }
        let promised = esc
            .accepted_at
            .checked_add(SignedDuration::from_hours(partner.response_hours.into()))?;
        // The one clock, as `recheck` and `stats` see it: each link's own deadline.
        let legal = live
            .iter()
            .map(|l| {
                clocks
                    .get(&l.id)
                    .ok_or_else(|| store::Error::LinkNotFound(l.id.clone()))
            })
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .filter_map(|f| deadline::of_link(catalog, &f.clock))
            .map(|d| d.at)
            .min();
        let first_due = legal.map_or(promised, |l| l.min(promised));
        if !escalation::followup_due(first_due, esc.last_followup, partner.response_hours, now) {
            continue;
        }
        due += 1;
        if args.dry_run {
            printer.line(&format!(
                "{}\t{}\t{}\t{} links",
                esc.id,
                esc.case,
                partner.name,
                live.len()
            ))?;
            continue;
        }
        let refs: Vec<&LinkRecord> = live.iter().collect();
        let reported = compose::with_reported(store, &refs)?;
        let data = Escalation {
            tag: compose::tag(&esc.case),
            case: CaseView {
                id: &esc.case,
                minor: case.minor,
            },
            partner: &partner.name,
            sender: &composer.signature(),
            platform: PlatformView {
                id: first.platform.as_str(),
                name: catalog
                    .get(first.platform.as_str())
                    .map_or(first.platform.as_str(), |p| p.name.as_str()),
            },
            count: live.len(),
            sections: crate::render::mail::sections(
                catalog,
                &crate::cmd::case::view(&case),
                &reported,
            ),
            followup: Some(Followup {
                date: day(esc.accepted_at),
                subject: esc.subject.clone(),
                hours: u32::try_from(now.duration_since(esc.accepted_at).as_hours())
                    .unwrap_or(u32::MAX),
            }),
        };
        let lang = compose::lang(partner);
        let message = composer.compose(partner, lang, &data, &esc.message_ids, &[], now)?;
        let mail = store.queue_mail(
            &NewMail {
                kind: MailKind::Followup,
                case: Some(esc.case.clone()),
                partner: Some(partner.name.clone()),
                thread: Some(esc.id.clone()),
                message_id: message.built.message_id.clone(),
                subject: message.subject,
                envelope_from: message.built.envelope_from.clone(),
                envelope_to: message.built.envelope_to.clone(),
                message: message.built.bytes,
                links: live.iter().map(|l| l.id.clone()).collect(),
                staff: by.clone(),
            },
            now,
        )?;
        // Under `-q` (cron) a follow-up on its way is no news; one that cannot go is.
        if !printer.quiet() {
            printer.created(&mail)?;
        }
        queued.push(mail);
    }
    if due == 0 {
        printer.note(&"no follow-up is due");
    }
    handoff::send_queued(ctx, &queued)
}
