//! One escalation run's messages, one per platform and partner: each group's links past the
//! cover check (`cover`), then composed and either written as an .eml file (`--dry-run`) or,
//! once confirmed, queued with the custody record of its attachments.

use std::io::IsTerminal as _;
use std::path::PathBuf;

use jiff::Timestamp;

use super::{EscalateArgs, compose, cover};
use crate::config::partners::{Partner, Partners};
use crate::ctx::Ctx;
use crate::domain::catalog::{Catalog, PlatformId};
use crate::domain::custody::CustodyAction;
use crate::domain::escalation::Groups;
use crate::domain::ids::{CaseId, MailId};
use crate::domain::link::LinkStatus;
use crate::domain::staff::StaffHandle;
use crate::mail::message::File;
use crate::render::files;
use crate::render::mail::{CaseView, Escalation};
use crate::render::report::PlatformView;
use crate::store::{CaseSummary, LinkRecord, MailKind, NewMail, Store};

/// What the messages of one run are made from.
pub(super) struct Batch<'a> {
    pub(super) args: &'a EscalateArgs,
    pub(super) id: &'a CaseId,
    pub(super) case: &'a CaseSummary,
    pub(super) by: &'a StaffHandle,
    pub(super) store: &'a Store,
    pub(super) catalog: &'a Catalog,
    pub(super) partners: &'a Partners,
    pub(super) files: &'a [File<'a>],
    pub(super) now: Timestamp,
}

/// What a run did with its links.
#[derive(Debug, Default)]
pub(super) struct Tally {
    pub(super) queued: Vec<MailId>,
    /// Links an earlier escalation to the same partner still covers.
    pub(super) covered: usize,
    /// Links escalated before and no longer covered: reminding the partner is
    /// `escalate followup`'s.
    pub(super) earlier: usize,
    /// .eml files written by `--dry-run`.
    pub(super) written: usize,
}

impl Batch<'_> {
    pub(super) fn run(
        &self,
        ctx: &Ctx<'_>,
        groups: Groups<'_, LinkRecord, &str>,
    ) -> anyhow::Result<Tally> {
        let composer = compose::Composer::new(ctx)?;
        let mut tally = Tally::default();
        for ((platform, partner), links) in groups {
            let partner = self.partners.named(partner)?;
            let count = links.len();
            let links = cover::uncovered(ctx, partner, links, self.now)?;
            tally.covered += count - links.len();
            let (before, links): (Vec<&LinkRecord>, Vec<&LinkRecord>) = links
                .into_iter()
                .partition(|l| l.status == LinkStatus::Escalated);
            tally.earlier += before.len();
            if links.is_empty() {
                continue;
            }
            let message = self.compose(&composer, platform, partner, &links)?;
            if self.args.dry_run {
                let dir = self.args.out.clone().unwrap_or_else(|| PathBuf::from("."));
                files::private_dir(&dir)?;
                let path = dir.join(format!(
                    "{}-{platform}-{}.eml",
                    self.id,
                    compose::slug(&partner.name)
                ));
                files::write_private(&path, &message.built.bytes)?;
                ctx.printer().line(&path.display())?;
                tally.written += 1;
                continue;
            }
            if !self.args.yes {
                // Shown only to the person at the terminal who confirms: it names URLs, and under
                // `--yes` (cron, scripts) stderr can end up in a log or a cron mail.
                if std::io::stdin().is_terminal() {
                    ctx.printer().note(&message.preview);
                }
                if !super::super::confirm(&format!("Queue this message to {}?", partner.name))? {
                    ctx.printer().note(&"not queued");
                    continue;
                }
            }
            if let Some(mail) = self.queue(ctx, partner, message, &links)? {
                ctx.printer().created(&mail)?;
                tally.queued.push(mail);
            }
        }
        Ok(tally)
    }

    fn compose(
        &self,
        composer: &compose::Composer,
        platform: &PlatformId,
        partner: &Partner,
        links: &[&LinkRecord],
    ) -> anyhow::Result<compose::Composed> {
        let catalog = self.catalog;
        let lang = self.args.lang.unwrap_or(compose::lang(partner));
        let reported = compose::with_reported(self.store, links)?;
        let data = Escalation {
            tag: compose::tag(self.id),
            case: CaseView {
                id: self.id,
                minor: self.case.minor,
            },
            partner: &partner.name,
            sender: &composer.signature(),
            platform: PlatformView {
                id: platform.as_str(),
                name: catalog
                    .get(platform.as_str())
                    .map_or(platform.as_str(), |p| p.name.as_str()),
            },
            count: links.len(),
            sections: crate::render::mail::sections(
                catalog,
                &crate::cmd::case::view(self.case),
                &reported,
            ),
            followup: None,
        };
        composer.compose(partner, lang, &data, &[], self.files, self.now)
    }

    /// Queues the message unless another escalation has come to cover one of its links, and
    /// records each attachment's export in the custody log.
    fn queue(
        &self,
        ctx: &Ctx<'_>,
        partner: &Partner,
        message: compose::Composed,
        links: &[&LinkRecord],
    ) -> anyhow::Result<Option<MailId>> {
        let by = self.by;
        let new = NewMail {
            kind: MailKind::Escalation,
            case: Some(self.id.clone()),
            partner: Some(partner.name.clone()),
            thread: None,
            message_id: message.built.message_id.clone(),
            subject: message.subject.clone(),
            envelope_from: message.built.envelope_from.clone(),
            envelope_to: message.built.envelope_to.clone(),
            message: message.built.bytes,
            links: links.iter().map(|l| l.id.clone()).collect(),
            staff: by.clone(),
        };
        let Some(mail) = cover::queue(ctx, partner, &new, self.now)? else {
            return Ok(None);
        };
        for evidence in &self.args.attach {
            let detail = format!("attached to {mail}, metadata stripped");
            self.store.log_custody(
                self.id,
                CustodyAction::Exported,
                Some(evidence),
                &detail,
                by,
                self.now,
            )?;
        }
        Ok(Some(mail))
    }
}
