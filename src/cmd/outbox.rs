//! `takedown outbox list|send|drop`: the queued e-mails. Glue only: delivery is `mail::deliver`,
//! SQL is in `store`, the states and their rules are `domain::outbox`.

use anyhow::Context as _;
use clap::builder::{PossibleValuesParser, TypedValueParser};

use crate::ctx::Ctx;
use crate::domain::ids::{CaseId, MailId};
use crate::domain::states::CaseOp;
use crate::error::ExitStatus;
use crate::mail::{self, Delivered, transport::Smtp};
use crate::process;
use crate::render::outbox::{self as render, MailRow};
use crate::secrets;
use crate::store::{self, Dropped, MailState, MailSummary};

/// Queued e-mails: nothing is lost while the SMTP server is down, nothing is sent twice
///
/// Every escalation, follow-up and alert is stored in the encrypted case store before it is
/// sent, with a Message-ID fixed at that moment. A sender claims a message before it connects,
/// so two senders never send the same one; the server's acceptance is recorded before the
/// connection is closed. A message whose body went out without an answer is `uncertain`: the
/// server may have it, so it is sent again only with --resend-uncertain. One whose case's
/// consent to share with partners was withdrawn is `withheld` and never sent.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum OutboxCommand {
    /// List messages: id, kind, case, partner, state, attempts and the last error or reason
    #[command(after_long_help = "States:
  queued     waiting to be sent (again)          sending    claimed by a running sender
  sent       the server accepted it              uncertain  its body went out unanswered
  failed     the server refused it for good      withheld   consent to share was withdrawn
  dropped    dropped by staff, its text deleted

Examples:
  takedown outbox list
  takedown outbox list --state uncertain --json")]
    List {
        /// Only messages in this state
        #[arg(long, value_parser = state_parser())]
        state: Option<MailState>,
        /// Only messages of this case
        #[arg(long, value_name = "CASE")]
        case: Option<CaseId>,
    },
    /// Send queued messages now; exit 1 when some are left waiting or need a decision
    #[command(after_long_help = "Examples:
  takedown outbox send                               every queued message, oldest first
  takedown outbox send M-7KQ2X                       one message
  takedown outbox send --resend-uncertain M-7KQ2X    send an uncertain message again")]
    Send {
        /// Only this message
        #[arg(conflicts_with = "resend_uncertain")]
        id: Option<MailId>,
        /// Send this `uncertain` message again: its body went out and no answer came, so the
        /// partner may receive it twice
        #[arg(long, value_name = "MAIL")]
        resend_uncertain: Option<MailId>,
    },
    /// Drop a message that waits (queued, withheld, uncertain, failed): it is never sent, and
    /// its text is deleted
    #[command(after_long_help = "Examples:
  takedown outbox drop M-7KQ2X --yes")]
    Drop {
        id: MailId,
        /// Drop without asking (needed without a terminal)
        #[arg(long)]
        yes: bool,
    },
}

fn state_parser() -> impl TypedValueParser<Value = MailState> {
    PossibleValuesParser::new(MailState::ALL.map(MailState::as_str))
        .map(|s| MailState::parse(&s).expect("every listed value parses"))
}

pub(crate) fn run(command: OutboxCommand, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let store = ctx.store()?;
    // Messages whose sender died show where they really are: queued again, or uncertain.
    store.settle_abandoned(ctx.now(), &process::holder)?;
    match command {
        OutboxCommand::List { state, case } => {
            if let Some(case) = &case {
                super::gate(ctx, case, CaseOp::OutboxList)?;
            }
            let mail = store.outbox(state, case.as_ref())?;
            let rows: Vec<MailRow<'_>> = mail.iter().map(row).collect();
            render::list(ctx.printer(), &rows)?;
            Ok(ExitStatus::Success)
        }
        OutboxCommand::Send {
            id,
            resend_uncertain: Some(again),
        } => {
            debug_assert!(id.is_none(), "clap keeps them apart");
            if let Some(state) = store.resend_uncertain(&again)? {
                return Err(not(&again, state, "uncertain").into());
            }
            send(ctx, vec![again])
        }
        OutboxCommand::Send { id, .. } => {
            let ids = store.sendable(id.as_ref())?;
            if ids.is_empty() {
                if let Some(id) = id {
                    return Err(not(&id, store.mail_state(&id)?, "queued").into());
                }
                ctx.printer().note(&"nothing is queued");
                return Ok(ExitStatus::Success);
            }
            send(ctx, ids)
        }
        OutboxCommand::Drop { id, yes } => {
            let by = ctx.staff()?;
            if !yes && !super::confirm(&format!("Drop message `{id}` without sending it?"))? {
                ctx.printer().note(&"nothing dropped");
                return Ok(ExitStatus::Success);
            }
            match store.drop_mail(&id, by, ctx.now())? {
                Dropped::Dropped => {
                    ctx.printer().note(&format!("dropped `{id}`"));
                    Ok(ExitStatus::Success)
                }
                Dropped::NotDroppable(state) => Err(not(&id, state, "droppable").into()),
            }
        }
    }
}

/// Names, as warnings, the messages a person must decide on (uncertain, failed, withheld), for
/// an unattended run's summary; returns how many there are.
/// Under `cron --quiet` a message is named once per state it reaches, not every hour.
pub(crate) fn name_needing_attention(ctx: &Ctx<'_>) -> anyhow::Result<usize> {
    let store = ctx.store()?;
    store.settle_abandoned(ctx.now(), &process::holder)?;
    let mail = store.mail_needing_attention()?;
    let mut rows = Vec::new();
    for m in &mail {
        if is_news(ctx, &m.id, m.state.as_str())? {
            rows.push(row(m));
        }
    }
    render::needing_attention(ctx.printer(), &rows);
    Ok(rows.len())
}

/// Whether `mail` in `state` is worth telling: always, except to `cron --quiet`, which hears of
/// it the first time it is in that state.
fn is_news(ctx: &Ctx<'_>, mail: &MailId, state: &str) -> anyhow::Result<bool> {
    Ok(!ctx.news_only() || ctx.store()?.tell_once(mail, state, ctx.now())?)
}

fn not(id: &MailId, state: MailState, wanted: &'static str) -> store::Error {
    store::Error::MailNot {
        id: id.clone(),
        state,
        wanted,
    }
}

/// Sends `ids` through the configured relay and tells what happened to each message: exit 0
/// when every one was sent (or another sender has it), 1 when some wait for a later send or for
/// a decision (failed, uncertain, withheld).
pub(crate) fn send(ctx: &Ctx<'_>, ids: Vec<MailId>) -> anyhow::Result<ExitStatus> {
    // Each message sent leaves who sent it in its case's history and link events.
    let by = ctx.staff()?;
    let config = &ctx.config()?.mail;
    let relay = config
        .relay()
        .context("cannot send e-mail: the relay is not set up")?;
    let password = match &relay.username {
        Some(_) => Some(
            secrets::load_mail_password(ctx.home()?.secret())
                .context("cannot log in to the mail server")?,
        ),
        None => None,
    };
    let transport = Smtp::new(&relay, password)?;
    let total = ids.len();
    let sender = mail::Sender {
        me: process::me(),
        by,
        holder: &process::holder,
    };
    let mut done = mail::deliver(ctx.store()?, &transport, ids, &sender, || ctx.now())?;
    let untried = total - done.len();
    // A message the server keeps deferring is retried by every run; cron hears of it once.
    let mut news = Vec::with_capacity(done.len());
    for d in done.drain(..) {
        let state = match &d.result {
            Delivered::Deferred(_) => "deferred",
            Delivered::Failed(_) => "failed",
            Delivered::Uncertain(_) => "uncertain",
            Delivered::Withheld(_) => "withheld",
            Delivered::Sent | Delivered::Busy { .. } | Delivered::NotQueued(_) => "",
        };
        if state.is_empty() || is_news(ctx, &d.id, state)? {
            news.push(d);
        }
    }
    render::deliveries(ctx.printer(), &news, news.len() + untried);
    let waiting = untried > 0 || news.iter().any(|d| d.result.left_over());
    Ok(if waiting {
        ExitStatus::Attention
    } else {
        ExitStatus::Success
    })
}

pub(crate) fn row(m: &MailSummary) -> MailRow<'_> {
    MailRow {
        id: &m.id,
        kind: m.kind,
        case: m.case.as_ref(),
        partner: m.partner.as_deref(),
        state: m.state,
        subject: &m.subject,
        message_id: &m.message_id,
        queued_at: m.queued_at,
        attempts: m.attempts,
        last_error: m.last_error.as_deref(),
        accepted_at: m.accepted_at,
        body_started_at: m.body_started_at,
        sender_pid: m.sender_pid,
        withheld_reason: m.withheld_reason.as_deref(),
        staff: m.staff.as_deref(),
    }
}
