//! The staff alert after a re-check: one e-mail to `mail.staff` listing what needs attention by
//! case id, link id and platform. No URL anywhere in it: staff mail sits on servers the helpline
//! does not control. It goes through the outbox like every other message.

use serde::Serialize;

use crate::ctx::Ctx;
use crate::domain::catalog::PlatformId;
use crate::domain::deadline::Deadline;
use crate::domain::ids::{CaseId, LinkId};
use crate::domain::matching::Found;
use crate::domain::recheck::Outcome;
use crate::mail::message::{self, Draft};
use crate::render;
use crate::render::templates::{Lang, render_file};
use crate::secrets;
use crate::store::{CheckTarget, MailKind, NewMail};

/// What a re-check found about one link.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum Finding {
    /// Seen removed before, live again.
    Resurfaced,
    /// Live with content that was removed as another link.
    RemovedElsewhere,
    /// Live with a picture within the PDQ threshold of one removed before, or of a hash record.
    SimilarPicture,
    /// Still up when its removal deadline passed.
    DeadlinePassed,
}

/// What a run found that staff must hear of: the alerts to send, and the counts behind the
/// summary and the exit status.
#[derive(Debug, Default)]
pub(super) struct Attention {
    pub(super) resurfaced: usize,
    pub(super) past_deadline: usize,
    pub(super) alerts: Vec<Alert>,
}

impl Attention {
    /// Notes what one observation needs attention for (a deadline that passed, content back, a
    /// similar picture) and returns a warning for each.
    pub(super) fn note(
        &mut self,
        target: &CheckTarget,
        deadline: Option<&Deadline<'_>>,
        outcome: &Outcome,
        similar: Option<&Found<'_>>,
    ) -> Vec<String> {
        let alert = |finding| Alert {
            case: target.case.clone(),
            link: target.link.clone(),
            platform: target.platform.clone(),
            finding,
            resembles: None,
            pdq_distance: None,
        };
        let mut warnings = Vec::new();
        if let Some(d) = deadline {
            self.past_deadline += 1;
            self.alerts.push(alert(Finding::DeadlinePassed));
            warnings.push(format!(
                "past the removal deadline: link `{}` of case `{}` on `{}` ({} h, {}) is not seen \
                 removed; time for a follow-up",
                target.link, target.case, target.platform, d.rule.hours, d.rule.basis
            ));
        }
        if outcome.needs_attention() {
            self.resurfaced += 1;
            let (finding, what) = match similar {
                _ if outcome.resurfaced => (alert(Finding::Resurfaced), "resurfaced".to_owned()),
                Some(found) => (
                    Alert {
                        resembles: Some(found.known.source.id()),
                        pdq_distance: Some(found.distance),
                        ..alert(Finding::SimilarPicture)
                    },
                    render::recheck::similar(found),
                ),
                None => (
                    alert(Finding::RemovedElsewhere),
                    "content removed elsewhere is live".to_owned(),
                ),
            };
            self.alerts.push(finding);
            warnings.push(format!(
                "{what}: link `{}` of case `{}` on `{}`",
                target.link, target.case, target.platform
            ));
        }
        warnings
    }
}

#[derive(Debug, Serialize)]
pub(super) struct Alert {
    pub(super) case: CaseId,
    pub(super) link: LinkId,
    pub(super) platform: PlatformId,
    pub(super) finding: Finding,
    /// For a similar picture: what it resembles (an id, or a hash record's SHA-256) and the
    /// distance in bits.
    pub(super) resembles: Option<String>,
    pub(super) pdq_distance: Option<u32>,
}

#[derive(Serialize)]
struct AlertMail<'a> {
    day: String,
    count: usize,
    alerts: &'a [Alert],
    failing: Option<Failing>,
}

/// Re-check runs in a row that could not fetch: staff must hear that links are not watched.
#[derive(Debug, Serialize)]
pub(super) struct Failing {
    pub(super) runs: u32,
    /// The day the first of them ran.
    pub(super) since: String,
    /// What the errors say: network down, proxy refused, DNS.
    pub(super) why: String,
}

/// Queues the alert and tries to send it. A problem here never fails the re-check, whose
/// observations are already stored: it is told as a warning, and exit 1 already calls for a look.
pub(super) fn send(ctx: &Ctx<'_>, alerts: &[Alert]) {
    if alerts.is_empty() {
        return;
    }
    if let Err(err) = queue_and_send(ctx, alerts, None) {
        warn_unsent(ctx, &err);
    }
}

/// Queues the alert that re-checks keep failing and tries to send it; true once it is queued.
pub(super) fn send_failing(ctx: &Ctx<'_>, failing: Failing) -> bool {
    match queue_and_send(ctx, &[], Some(failing)) {
        Ok(queued) => queued,
        Err(err) => {
            warn_unsent(ctx, &err);
            false
        }
    }
}

fn warn_unsent(ctx: &Ctx<'_>, err: &anyhow::Error) {
    let causes: Vec<String> = err.chain().map(ToString::to_string).collect();
    ctx.printer()
        .warn(&format!("no alert e-mail: {}", causes.join(": ")));
}

/// Queues the alert (true) unless no staff address is set, then tries to send it; a message
/// that cannot go now waits in the outbox, which every cron run retries.
fn queue_and_send(
    ctx: &Ctx<'_>,
    alerts: &[Alert],
    failing: Option<Failing>,
) -> anyhow::Result<bool> {
    let mail = &ctx.config()?.mail;
    let Some(staff) = &mail.staff else {
        // Alerts are opt-in: without a staff address the exit code is the only signal.
        tracing::debug!("no `mail.staff` in config.yaml: no alert e-mail");
        return Ok(false);
    };
    let to = [crate::mail::config::mailbox("staff", staff)?];
    let sender = mail.sender()?;
    let now = ctx.now();
    let templates = ctx.templates()?;
    let strings = templates.strings("mail", Lang::En.as_str())?;
    let data = AlertMail {
        day: crate::render::report::day(now),
        count: alerts.len(),
        alerts,
        failing,
    };
    let subject = render_file(
        &templates,
        "mail/alert-subject.txt.j2",
        Lang::En,
        &strings,
        &data,
    )?
    .trim()
    .to_owned();
    let body = render_file(&templates, "mail/alert.txt.j2", Lang::En, &strings, &data)?;
    let id = message::new_message_id(secrets::random_bytes()?, &sender.message_id_domain);
    let built = message::build(
        &sender,
        &Draft {
            to: &to,
            subject: &subject,
            body: &body,
            thread: &[],
            files: &[],
        },
        id,
        now,
    )?;
    let mut links: Vec<LinkId> = alerts.iter().map(|a| a.link.clone()).collect();
    links.sort();
    links.dedup();
    let store = ctx.store()?;
    let queued = store.queue_mail(
        &NewMail {
            kind: MailKind::Alert,
            case: None,
            partner: None,
            thread: None,
            message_id: built.message_id,
            subject,
            envelope_from: built.envelope_from,
            envelope_to: built.envelope_to,
            message: built.bytes,
            links,
            staff: ctx.staff()?.clone(),
        },
        now,
    )?;
    ctx.printer()
        .note(&format!("alert e-mail `{queued}` queued"));
    if mail.host.is_none() {
        ctx.printer().warn(&format!(
            "no alert e-mail: no mail relay is set up (`mail.host`); `{queued}` waits in the outbox"
        ));
        return Ok(true);
    }
    crate::cmd::outbox::send(ctx, vec![queued])?;
    Ok(true)
}
