//! What escalations and follow-ups share: the partners file, the sender, and rendering a message
//! from the templates.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::ValueEnum as _;
use lettre::message::Mailbox;

use crate::cmd::evidence::share::Shared;
use crate::config::partners::Partner;
use crate::config::templates::Templates;
use crate::ctx::Ctx;
use crate::domain::ids::{CaseId, EvidenceId};
use crate::domain::link::LinkStatus;
use crate::mail::config::{Sender, mailbox};
use crate::mail::message::{self, Built, Draft, File};
use crate::render::mail::{Escalated, Escalation};
use crate::render::templates::{Lang, render_file};
use crate::secrets;
use crate::store::{CaseSummary, LinkRecord, Store};

/// `partners.yaml` beside `config.yaml`.
pub(super) fn partners_path(ctx: &Ctx<'_>) -> anyhow::Result<PathBuf> {
    let settings = ctx.settings()?;
    settings
        .config_file
        .as_deref()
        .and_then(|f| f.parent())
        .map(|dir| dir.join("partners.yaml"))
        .context("there is no config directory for partners.yaml")
}

pub(super) fn lang(partner: &Partner) -> Lang {
    Lang::from_str(&partner.language, true).unwrap_or(Lang::En)
}

/// The tag every subject carries, so replies and follow-ups find their case.
pub(super) fn tag(case: &CaseId) -> String {
    format!("[takedown {case}]")
}

/// A file-name-safe form of a partner's name.
pub(super) fn slug(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Each link with the time it was first reported to the platform.
pub(super) fn with_reported<'a>(
    store: &Store,
    links: &[&'a LinkRecord],
) -> anyhow::Result<Vec<Escalated<'a>>> {
    links
        .iter()
        .map(|link| {
            let reported = store
                .link_events(&link.id)?
                .into_iter()
                .find(|e| e.status == LinkStatus::Reported)
                .map(|e| e.at);
            Ok(Escalated {
                link: crate::cmd::link::view(link),
                reported,
            })
        })
        .collect()
}

pub(super) struct Composer {
    templates: Templates,
    sender: Sender,
}

/// A rendered, formatted message.
pub(super) struct Composed {
    pub(super) subject: String,
    pub(super) preview: String,
    pub(super) built: Built,
}

impl Composer {
    pub(super) fn new(ctx: &Ctx<'_>) -> anyhow::Result<Composer> {
        let sender = ctx
            .config()?
            .mail
            .sender()
            .context("cannot write e-mail: the sender is not set up")?;
        Ok(Composer {
            templates: ctx.templates()?,
            sender,
        })
    }

    /// How messages are signed: the sender's display name, or its address.
    pub(super) fn signature(&self) -> String {
        self.sender
            .from
            .name
            .clone()
            .unwrap_or_else(|| self.sender.from.email.to_string())
    }

    /// Renders `data` for `partner` and formats the message; `thread` holds the Message-IDs a
    /// follow-up answers, `files` the stripped pictures staff chose to attach.
    pub(super) fn compose(
        &self,
        partner: &Partner,
        lang: Lang,
        data: &Escalation<'_>,
        thread: &[String],
        files: &[File<'_>],
        now: jiff::Timestamp,
    ) -> anyhow::Result<Composed> {
        let strings = self.templates.strings("mail", lang.as_str())?;
        let subject = match &data.followup {
            Some(f) => format!("Re: {}", f.subject),
            None => render_file(&self.templates, "mail/subject.txt.j2", lang, &strings, data)?
                .trim()
                .to_owned(),
        };
        let body = render_file(
            &self.templates,
            "mail/escalation.txt.j2",
            lang,
            &strings,
            data,
        )?;
        let to = partner
            .addresses
            .iter()
            .map(|a| mailbox("partners.addresses", a))
            .collect::<Result<Vec<Mailbox>, _>>()
            .with_context(|| format!("partner `{}` in partners.yaml", partner.name))?;
        let id = message::new_message_id(secrets::random_bytes()?, &self.sender.message_id_domain);
        let built = message::build(
            &self.sender,
            &Draft {
                to: &to,
                subject: &subject,
                body: &body,
                thread,
                files,
            },
            id,
            now,
        )?;
        let recipients: Vec<String> = to.iter().map(ToString::to_string).collect();
        let preview = format!(
            "To: {}\nSubject: {subject}\n\n{}",
            recipients.join(", "),
            body.trim_end()
        );
        Ok(Composed {
            subject,
            preview,
            built,
        })
    }
}

/// The evidence staff named, each stripped of its metadata. A minor's case sends no media at all.
pub(super) fn attachments(
    ctx: &Ctx<'_>,
    case: &CaseSummary,
    ids: &[EvidenceId],
) -> anyhow::Result<Vec<Shared>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    if case.minor {
        anyhow::bail!(
            "case `{}` concerns a minor: no picture or file is ever sent for it",
            case.id
        );
    }
    ids.iter()
        .map(|id| crate::cmd::evidence::share::stripped(ctx, &case.id, id))
        .collect()
}
