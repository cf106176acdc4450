//! `evidence capture`: links fetched with recheck's client and kept as gzipped WARC files in
//! their case's vault, one item per link, with the page's main picture hashed. Glue only: HTTP in
//! `net`, the WARC file and what goes into it in `warc::capture` (by `domain::protection`'s
//! rules), SQL in `store`.

use std::collections::BTreeMap;

use anyhow::Context as _;

use crate::cmd::recheck::settings::settings;
use crate::ctx::Ctx;
use crate::domain::category::Category;
use crate::domain::ids::{CaseId, EvidenceId, LinkId};
use crate::domain::link::LinkStatus;
use crate::domain::protection::{self, CaseFacts};
use crate::domain::staff::StaffHandle;
use crate::domain::states::CaseOp;
use crate::domain::url::SourceUrl;
use crate::error::ExitStatus;
use crate::net::{self, Capture};
use crate::store::{CaptureRecord, LinkFilter, LinkRecord, NewEvidence};
use crate::warc::{self, capture::Capturing};

/// Stored as the item's media type; the file is gzipped record by record (`.warc.gz`).
pub(super) const WARC_TYPE: &str = "application/warc";

/// Capture links as evidence: what the server sent, kept as a WARC file in the vault
///
/// Each link is fetched as `recheck` fetches it (same politeness, proxy, byte caps, redirects
/// and `recheck.ca_file`) and kept as one encrypted item: a gzipped WARC/1.1 file with every
/// hop's request and response, the server's TLS certificate (PEM) and a metadata record (capture
/// time, tool version, link id). The page's main picture (`og:image`, or the link itself when it
/// is a picture) is hashed (SHA-256, PDQ); its bytes go in only with `--with-media`. No browser
/// runs: the page's scripts never run here. A page that is not there (dead link, an answer
/// other than 2xx, over the byte cap, a certificate that does not verify) stores nothing.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Examples:
  takedown evidence capture L-7KQ2X
  takedown evidence capture --case C-7KQ2
  takedown evidence capture --with-media L-7KQ2X L-9PW3M")]
pub(crate) struct CaptureArgs {
    /// Links to capture
    #[arg(
        value_name = "LINK",
        required_unless_present = "case",
        conflicts_with = "case"
    )]
    links: Vec<LinkId>,
    /// Capture every link of this case that is not removed
    #[arg(long, value_name = "CASE")]
    case: Option<CaseId>,
    /// Keep the main picture's bytes in the WARC too (refused in a `csam` case and in a minor's
    /// case of a sexual category, as `evidence add` refuses pictures there)
    #[arg(long)]
    with_media: bool,
}

pub(crate) fn run(args: CaptureArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let store = ctx.store()?;
    let links: Vec<LinkRecord> = match &args.case {
        Some(case) => store
            .links(&LinkFilter {
                case: Some(case.clone()),
                ..LinkFilter::default()
            })?
            .into_iter()
            .filter(|l| l.status != LinkStatus::Removed)
            .collect(),
        None => args
            .links
            .iter()
            .map(|id| store.link(id))
            .collect::<Result<_, _>>()?,
    };
    if links.is_empty() {
        anyhow::bail!("there is no link to capture (removed links are not captured)");
    }
    // Every case is asked before anything is fetched: a refusal fetches nothing.
    let mut categories: BTreeMap<CaseId, (Vec<Category>, bool)> = BTreeMap::new();
    for link in &links {
        if !categories.contains_key(&link.case) {
            let (summary, _) = crate::cmd::gate(ctx, &link.case, CaseOp::EvidenceAdd)?;
            let all = crate::cmd::all_categories(ctx, &summary)?;
            categories.insert(link.case.clone(), (all, summary.minor));
        }
    }
    let facts = |case: &CaseId| {
        let (categories, minor) = &categories[case];
        CaseFacts {
            categories,
            minor: *minor,
        }
    };
    if args.with_media {
        for case in categories.keys() {
            protection::vault_admits(&facts(case), "image/*").with_context(|| {
                format!("cannot capture with `--with-media` in case `{case}`; nothing was fetched")
            })?;
        }
    }
    let by = ctx.staff()?;
    let urls: Vec<_> = links.iter().map(|l| l.url.clone()).collect();
    // The address rule as for recheck: only public hosts, and those the platforms file names.
    let allowed = ctx.catalog()?.allowed_hosts();
    let captures = net::capture_all(&settings(None, &ctx.config()?.recheck, allowed)?, &urls)?;
    let mut failed = Vec::new();
    let mut stored = Vec::new();
    for (link, captured) in links.iter().zip(captures) {
        let facts = facts(&link.case);
        let kept = captured
            .map_err(anyhow::Error::new)
            .and_then(|c| keep(ctx, link, &c, &facts, args.with_media, by));
        match kept {
            Ok(id) => {
                ctx.printer().created(&id)?;
                stored.push(id);
            }
            Err(err) if links.len() == 1 => {
                return Err(err.context(format!(
                    "cannot capture link `{}`; nothing was stored",
                    link.id
                )));
            }
            Err(err) => {
                ctx.printer()
                    .warn(&format!("cannot capture link `{}`: {err:#}", link.id));
                failed.push(link.id.to_string());
            }
        }
    }
    super::timestamp::stamp_new(ctx, &stored);
    if !failed.is_empty() {
        anyhow::bail!(
            "{} of {} links could not be captured and nothing was stored for them: {}",
            failed.len(),
            links.len(),
            failed.join(", ")
        );
    }
    Ok(ExitStatus::Success)
}

/// Writes one capture's WARC, seals it in the vault and records it; a vault file whose record
/// could not be written is removed (it is ciphertext under the case key).
fn keep(
    ctx: &Ctx<'_>,
    link: &LinkRecord,
    capture: &Capture,
    facts: &CaseFacts<'_>,
    with_media: bool,
    by: &StaffHandle,
) -> anyhow::Result<EvidenceId> {
    let now = ctx.now();
    let picture_hops = match &capture.og_image {
        Some(Ok(hops)) => hops.as_slice(),
        Some(Err(err)) => {
            ctx.printer().note(&format!(
                "link `{}`: its main picture was not captured: {err}",
                link.id
            ));
            &[]
        }
        None => &[],
    };
    let about = Capturing {
        link: &link.id,
        now,
        facts: *facts,
        with_media,
    };
    let captured = warc::capture::write(&about, &capture.hops, picture_hops);
    let store = ctx.store()?;
    let case = super::key_for_new_evidence(ctx, store, &link.case)?;
    let sealed = case
        .vault
        .seal(&case.key, &case.dir, &mut captured.warc.as_slice(), &|_| {})
        .with_context(|| format!("cannot store the capture of link `{}`", link.id))?;
    let item = NewEvidence {
        case: link.case.clone(),
        sha256: sealed.sha256,
        md5: None,
        size: sealed.size,
        media_type: WARC_TYPE,
        original_name: Some(format!("{}.warc.gz", link.id)),
        source_url: url::Url::parse(link.url.as_str()).ok().map(SourceUrl::from),
        captured_at: Some(now),
        vault_file: sealed.file.clone(),
        pdq: None,
        derived_from: None,
    };
    let page = capture.hops.last().expect("a capture has its page");
    let record = CaptureRecord {
        link: link.id.clone(),
        hops: u32::try_from(capture.hops.len()).unwrap_or(u32::MAX),
        status: page.status,
        certificate_sha256: captured.certificate_sha256,
        picture_sha256: captured.picture_sha256,
        picture_pdq: captured.picture_pdq,
        with_media,
    };
    store.add_capture(&item, &record, by, now).or_else(|err| {
        fs_err::remove_file(case.vault.case_dir(&case.dir).join(&sealed.file))?;
        Err(err.into())
    })
}
