//! `evidence capture`: links fetched with recheck's client and kept as gzipped WARC files in
//! their case's vault, one item per link, with the page's main picture hashed. Glue only: HTTP in
//! `net`, the WARC format in `warc`, what may be kept in `domain::protection`, SQL in `store`.

use std::collections::BTreeMap;

use anyhow::Context as _;
use sha2::{Digest as _, Sha256};

use crate::cmd::recheck::settings::settings;
use crate::ctx::Ctx;
use crate::domain::category::Category;
use crate::domain::ids::{CaseId, EvidenceId, LinkId};
use crate::domain::link::LinkStatus;
use crate::domain::media;
use crate::domain::protection::{self, CaseFacts};
use crate::domain::staff::StaffHandle;
use crate::domain::states::CaseOp;
use crate::domain::url::SourceUrl;
use crate::error::ExitStatus;
use crate::net::{self, Capture, Exchange};
use crate::store::{CaptureRecord, LinkFilter, LinkRecord, NewEvidence};
use crate::warc;

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
    let software = concat!("takedown/", env!("CARGO_PKG_VERSION"));
    let description = format!("takedown evidence capture of link {}", link.id);
    let mut file = warc::Writer::new(now, software, &description);
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
    let mut first = None;
    let mut certificate = None;
    for hop in capture.hops.iter().chain(picture_hops) {
        let sniffed = media::sniff(&hop.body);
        let keeps = protection::capture_keeps_body(
            facts,
            with_media,
            sniffed,
            hop.content_type.as_deref(),
            &hop.body,
        );
        let id = file.exchange(
            &hop.url,
            &hop.request_head,
            &hop.response_head,
            keeps.then_some(hop.body.as_slice()),
        );
        if let Some(der) = &hop.certificate {
            let pem = warc::pem_certificate(der);
            file.metadata(&hop.url, &id, "application/x-pem-file", pem.as_bytes());
            certificate = Some(warc::sha256_hex(der));
        }
        first.get_or_insert(id);
    }
    let page = capture.hops.last().expect("a capture has its page");
    let picture = main_picture(page, picture_hops);
    let picture_sha256 = picture.map(|p| format!("{:x}", Sha256::digest(p)));
    let picture_pdq = picture.and_then(super::item::image_pdq);
    let mut fields = format!(
        "capture-time: {now}\r\nsoftware: {software}\r\nlink-id: {}\r\nhops: {}\r\nstatus: {}\r\n",
        link.id,
        capture.hops.len(),
        page.status
    );
    if let Some(sha) = &certificate {
        fields.push_str(&format!("tls-certificate-sha256: {sha}\r\n"));
    }
    if let Some(sha) = &picture_sha256 {
        fields.push_str(&format!("main-picture-sha256: {sha}\r\n"));
        let kept = if with_media { "included" } else { "withheld" };
        fields.push_str(&format!("main-picture-bytes: {kept}\r\n"));
    }
    if let Some((pdq, quality)) = &picture_pdq {
        fields.push_str(&format!(
            "main-picture-pdq: {pdq}\r\nmain-picture-pdq-quality: {quality}\r\n"
        ));
    }
    let about = first.expect("a capture has at least one hop");
    file.metadata(
        page.url.as_str(),
        &about,
        "application/warc-fields",
        fields.as_bytes(),
    );
    let bytes = file.finish();
    let store = ctx.store()?;
    let case = super::key_for_new_evidence(ctx, store, &link.case)?;
    let sealed = case
        .vault
        .seal(&case.key, &case.dir, &mut bytes.as_slice(), &|_| {})
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
    let record = CaptureRecord {
        link: link.id.clone(),
        hops: u32::try_from(capture.hops.len()).unwrap_or(u32::MAX),
        status: page.status,
        certificate_sha256: certificate,
        picture_sha256,
        picture_pdq,
        with_media,
    };
    store.add_capture(&item, &record, by, now).or_else(|err| {
        fs_err::remove_file(case.vault.case_dir(&case.dir).join(&sealed.file))?;
        Err(err.into())
    })
}

/// The page's main picture: the link itself when it is one, else its `og:image`.
fn main_picture<'a>(page: &'a Exchange, og_image: &'a [Exchange]) -> Option<&'a [u8]> {
    let is_picture =
        |hop: &Exchange| protection::Kind::of(media::sniff(&hop.body)) == protection::Kind::Picture;
    if is_picture(page) {
        return Some(&page.body);
    }
    og_image
        .last()
        .filter(|h| is_picture(h))
        .map(|h| h.body.as_slice())
}
