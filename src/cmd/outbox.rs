//! `takedown outbox list|send|drop`: the queued e-mails. Glue only: delivery is `mail::deliver`,
//! SQL is in `store`.

use anyhow::Context as _;

use crate::ctx::Ctx;
use crate::domain::ids::{CaseId, MailId};
use crate::domain::states::CaseOp;
use crate::error::ExitStatus;
use crate::mail::{self, transport::Smtp};
use crate::render::outbox as render;
use crate::render::{Table, show_time};
use crate::secrets;
use crate::store::{Dropped, MailState, MailSummary};

/// Queued e-mails: nothing is lost while the SMTP server is down
///
/// Every escalation, follow-up and alert is stored in the encrypted case store before it is
/// sent, with a Message-ID fixed at that moment. `send` retries what is queued; a message the
/// server accepted is marked sent at once and never sent again.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum OutboxCommand {
    /// List messages: id, kind, case, partner, state, attempts and the last error
    #[command(after_long_help = "Examples:
  takedown outbox list
  takedown outbox list --state queued --json")]
    List {
        /// Only messages in this state
        #[arg(long, value_parser = ["queued", "sent", "dropped"])]
        state: Option<String>,
        /// Only messages of this case
        #[arg(long, value_name = "CASE")]
        case: Option<CaseId>,
    },
    /// Send queued messages now; exit 1 when some stay queued
    #[command(after_long_help = "Examples:
  takedown outbox send              every queued message, oldest first
  takedown outbox send M-7KQ2X      one message")]
    Send {
        /// Only this message
        id: Option<MailId>,
    },
    /// Drop a queued message: it is never sent, and its text is deleted
    #[command(after_long_help = "Examples:
  takedown outbox drop M-7KQ2X --yes")]
    Drop {
        id: MailId,
        /// Drop without asking (needed without a terminal)
        #[arg(long)]
        yes: bool,
    },
}

pub(crate) fn run(command: OutboxCommand, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    match command {
        OutboxCommand::List { state, case } => {
            if let Some(case) = &case {
                super::gate(ctx, case, CaseOp::OutboxList)?;
            }
            let state = state.as_deref().map(|s| match s {
                "queued" => MailState::Queued,
                "sent" => MailState::Sent,
                _ => MailState::Dropped,
            });
            let mail = ctx.store()?.outbox(state, case.as_ref())?;
            ctx.printer().rows(&mail, || table(&mail))?;
            Ok(ExitStatus::Success)
        }
        OutboxCommand::Send { id } => {
            // Each message sent leaves who sent it in its case's history and link events.
            ctx.staff()?;
            let queued = ctx.store()?.queued_mail(id.as_ref())?;
            if queued.is_empty() {
                if let Some(id) = id {
                    let state = ctx.store()?.mail_state(&id)?;
                    anyhow::bail!("message `{id}` is {}, not queued", state.as_str());
                }
                ctx.printer().note(&"nothing is queued");
                return Ok(ExitStatus::Success);
            }
            send(ctx, queued)
        }
        OutboxCommand::Drop { id, yes } => {
            let by = ctx.staff()?;
            if !yes && !super::confirm(&format!("Drop message `{id}` without sending it?"))? {
                ctx.printer().note(&"nothing dropped");
                return Ok(ExitStatus::Success);
            }
            match ctx.store()?.drop_mail(&id, by, ctx.now())? {
                Dropped::Dropped => {
                    ctx.printer().note(&format!("dropped `{id}`"));
                    Ok(ExitStatus::Success)
                }
                Dropped::NotQueued(state) => {
                    anyhow::bail!("message `{id}` is {}, not queued", state.as_str())
                }
            }
        }
    }
}

/// Sends `queued` through the configured relay and tells what happened to each message:
/// exit 0 when all were accepted, 1 when some stay queued (the relay is down, or refused one).
pub(crate) fn send(
    ctx: &Ctx<'_>,
    queued: Vec<crate::store::QueuedMail>,
) -> anyhow::Result<ExitStatus> {
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
    let total = queued.len();
    let done = mail::deliver(ctx.store()?, &transport, queued, ctx.staff()?, || ctx.now())?;
    let left = total - done.iter().filter(|d| d.result.is_ok()).count();
    render::deliveries(ctx.printer(), &done, total, left);
    Ok(if left == 0 {
        ExitStatus::Success
    } else {
        ExitStatus::Attention
    })
}

// The table reads store records, which render/ never takes; it moves there once render gets
// view values for the outbox (issue 23, part 4).
fn table(mail: &[MailSummary]) -> Table {
    let mut table = Table::new(&[
        "ID",
        "KIND",
        "CASE",
        "PARTNER",
        "STATE",
        "TRIES",
        "QUEUED",
        "SENT",
        "STAFF",
        "LAST ERROR",
    ]);
    for m in mail {
        table.push(vec![
            m.id.to_string(),
            m.kind.as_str().to_owned(),
            m.case.as_ref().map(ToString::to_string).unwrap_or_default(),
            m.partner.clone().unwrap_or_default(),
            m.state.as_str().to_owned(),
            m.attempts.to_string(),
            show_time(m.queued_at),
            m.accepted_at.map(show_time).unwrap_or_default(),
            m.staff.clone().unwrap_or_else(|| "-".to_owned()),
            m.last_error.clone().unwrap_or_default(),
        ]);
    }
    table
}
