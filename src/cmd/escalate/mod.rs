//! `takedown escalate`: e-mail a case's links to the helpline's partner contacts, and
//! `escalate followup`. Glue only: the consent and follow-up rules are `domain::escalation`,
//! the message `mail::message`, its words `templates/mail/`.

mod batch;
mod compose;
mod cover;
mod followup;
mod handoff;

use std::path::PathBuf;

use crate::config::partners::Partners;
use crate::ctx::Ctx;
use crate::domain::catalog::PlatformId;
use crate::domain::category::Category;
use crate::domain::escalation;
use crate::domain::ids::{CaseId, EvidenceId};
use crate::domain::link::LinkStatus;
use crate::domain::protection::CaseFacts;
use crate::domain::states::CaseOp;
use crate::error::ExitStatus;
use crate::mail::message::File;
use crate::render::templates::Lang;
use crate::store::{LinkFilter, LinkRecord};

/// E-mail a case's links to the helpline's partner contact at each platform
///
/// Picks the partner from partners.yaml beside config.yaml (the first one that takes the
/// platform and category, or --partner), renders the message from templates/mail/ in the
/// partner's language, shows it on the terminal and queues it in the outbox after
/// confirmation, then tries to send it. The links become `escalated` when the server accepts
/// the message. Links an earlier escalation to the same partner still covers (queued, being
/// sent, uncertain, or sent within the partner's response time) get no second message: the
/// command names the message that covers them and exits 0. A case without partner-sharing
/// consent is refused; child sexual abuse material
/// is never e-mailed (the hotlines take it). Nothing is attached unless --attach names vault
/// evidence, which goes stripped of its metadata under its evidence id, never for a minor.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
#[command(after_long_help = "Examples:
  takedown escalate --case C-7KQ2                     show, ask, queue and send
  takedown escalate --case C-7KQ2 --platform instagram --yes
  takedown escalate --case C-7KQ2 --platform x --attach E-4M2QX   one stripped screenshot
  takedown escalate --case C-7KQ2 --dry-run --out drafts/   write .eml files, queue nothing
  takedown escalate followup                          remind partners of links still up")]
pub(crate) struct EscalateArgs {
    #[command(subcommand)]
    command: Option<EscalateCommand>,
    /// The case whose links to escalate
    #[arg(long, value_name = "CASE", required = true)]
    case: Option<CaseId>,
    /// Only links on this platform
    #[arg(long, value_name = "P")]
    platform: Option<String>,
    /// This partner (a `name` in partners.yaml) instead of the first that fits
    #[arg(long, value_name = "NAME")]
    partner: Option<String>,
    /// Attach this evidence, stripped of its metadata (JPEG, PNG, WebP; repeatable). Never for
    /// a minor's case
    #[arg(long, value_name = "EVIDENCE")]
    attach: Vec<EvidenceId>,
    /// Language of the message [default: the partner's `language`]
    #[arg(long, value_enum)]
    lang: Option<Lang>,
    /// Queue without asking (needed without a terminal)
    #[arg(long)]
    yes: bool,
    /// Write each message as an .eml file (0600) and queue nothing
    #[arg(long)]
    dry_run: bool,
    /// Where --dry-run writes its files [default: the current directory]
    #[arg(long, value_name = "DIR", requires = "dry_run")]
    out: Option<PathBuf>,
}

#[derive(Debug, clap::Subcommand)]
enum EscalateCommand {
    Followup(followup::FollowupArgs),
}

/// The refusal is a domain rule; what to do about it is in this command's words, so its hint
/// lives here, beside the one place that raises it.
impl crate::error::Hint for escalation::Refusal {
    fn hint(&self) -> Option<&'static str> {
        Some(match self {
            escalation::Refusal::NoConsent(_) => {
                "record it with `takedown case consent CASE --give partners`, then escalate again"
            }
            escalation::Refusal::ChildAbuse(..) => {
                "`takedown report --case CASE` prepares the hotline report, with URLs only"
            }
        })
    }
}

/// The follow-ups that are due, queued and sent: one of `takedown cron`'s jobs.
pub(crate) fn followups_due(ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    followup::run(followup::FollowupArgs::default(), ctx)
}

pub(crate) fn run(args: EscalateArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    if let Some(EscalateCommand::Followup(followup)) = args.command {
        return followup::run(followup, ctx);
    }
    let id = args
        .case
        .clone()
        .expect("clap requires --case without a subcommand");
    let (case, _) = super::gate(ctx, &id, CaseOp::Escalate)?;
    let by = ctx.staff()?;
    let store = ctx.store()?;
    let catalog = ctx.catalog()?;
    let links: Vec<LinkRecord> = store
        .links(&LinkFilter {
            case: Some(id.clone()),
            platform: args.platform.clone().map(PlatformId::from),
            ..LinkFilter::default()
        })?
        .into_iter()
        // Escalated links stay in until the cover check: another run may have just sent them, and
        // then this one says which message covers them and exits 0.
        .filter(|l| l.status != LinkStatus::Removed)
        .collect();
    let categories = super::all_categories(ctx, &case)?;
    let facts = CaseFacts {
        categories: &categories,
        minor: case.minor,
    };
    if let Err(refusal) = escalation::gate(id.as_str(), &facts, case.consent.partners.is_some()) {
        if matches!(refusal, escalation::Refusal::ChildAbuse(..)) {
            handoff::point_to_hotlines(ctx, &case)?;
        }
        return Err(refusal.into());
    }
    let nothing = || {
        anyhow::anyhow!(
            "case `{id}` has no link to escalate: each is removed or already escalated (`takedown escalate followup` reminds partners)"
        )
    };
    if links.is_empty() {
        return Err(nothing());
    }
    let partners = Partners::load(&compose::partners_path(ctx)?, ctx.catalog()?)?;
    let (groups, misses) = escalation::group_by_partner(
        &links,
        |link| &link.platform,
        |link| {
            match &args.partner {
                Some(name) => partners.named(name),
                None => partners.pick(
                    &link.platform,
                    Category::of_link(link.category, &case.categories),
                ),
            }
            .map(|p| p.name.as_str())
        },
    );
    for (link, e) in &misses {
        ctx.printer()
            .warn(&format!("link `{}` is not escalated: {e}", link.id));
    }
    if groups.is_empty() {
        let (_, first) = misses
            .into_iter()
            .next()
            .expect("every link missed a partner");
        return Err(first.into());
    }
    if !args.attach.is_empty() && groups.len() > 1 {
        anyhow::bail!("attachments go to one partner: choose the platform with `--platform`");
    }
    let shared = compose::attachments(ctx, &case, &args.attach)?;
    let files: Vec<File<'_>> = shared
        .iter()
        .map(|s| File {
            name: &s.name,
            media_type: s.media_type,
            bytes: &s.bytes,
        })
        .collect();
    let batch = batch::Batch {
        args: &args,
        id: &id,
        case: &case,
        by,
        store,
        catalog,
        partners: &partners,
        files: &files,
        now: ctx.now(),
    };
    let tally = batch.run(ctx, groups)?;
    if tally.written == 0 && tally.queued.is_empty() && tally.covered == 0 && tally.earlier > 0 {
        return Err(nothing());
    }
    handoff::send_queued(ctx, &tally.queued)
}
