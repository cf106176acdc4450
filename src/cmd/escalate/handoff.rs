//! Where things go once composed: queued messages to the relay, and child sexual abuse
//! material to the hotlines, never to a partner.

use crate::ctx::Ctx;
use crate::domain::category::Category;
use crate::domain::ids::MailId;
use crate::domain::route::{self, Situation, Target};
use crate::error::ExitStatus;
use crate::store::CaseSummary;

/// Tries to send what was just queued, when a relay is set up; otherwise says where it waits.
pub(super) fn send_queued(ctx: &Ctx<'_>, ids: &[MailId]) -> anyhow::Result<ExitStatus> {
    if ids.is_empty() {
        return Ok(ExitStatus::Success);
    }
    if ctx.config()?.mail.host.is_none() {
        ctx.printer().warn(
            &"no mail relay is set up (`mail.host` in config.yaml): the messages wait in the outbox",
        );
        return Ok(ExitStatus::Attention);
    }
    crate::cmd::outbox::send(ctx, ids.to_vec())
}

/// Tells where child sexual abuse material goes instead: the hotlines the route rules pick.
pub(super) fn point_to_hotlines(ctx: &Ctx<'_>, case: &CaseSummary) -> anyhow::Result<()> {
    let catalog = ctx.catalog()?;
    let plan = route::plan(
        catalog,
        Situation {
            platform: None,
            category: Category::Csam,
            minor: case.minor,
            jurisdiction: case.jurisdiction.as_deref(),
        },
    );
    for choice in &plan.choices {
        if let Target::Hotline(h) = choice.target {
            let place = h.url.as_deref().or(h.email.as_deref()).unwrap_or_default();
            ctx.printer()
                .note(&format!("report it to {}: {place}", h.name));
        }
    }
    Ok(())
}
