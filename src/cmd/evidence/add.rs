//! `evidence add`: each file is streamed once through SHA-256 and into the vault, so a large
//! video never sits in memory; images are then read back from the vault for their PDQ hash.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use jiff::Timestamp;

use crate::ctx::Ctx;
use crate::domain::ids::CaseId;
use crate::domain::{media, pdq};
use crate::error::ExitStatus;
use crate::store::NewEvidence;
use crate::vault::{CaseKey, Vault};

/// Images larger than this get no PDQ hash: decoding needs the whole file in memory.
const MAX_IMAGE_BYTES: u64 = 256 * 1024 * 1024;
/// Largest image, in pixels, decoded for PDQ (a guard against decompression bombs).
const MAX_PIXELS: u64 = 100_000_000;
/// A URL is short; anything longer is not one.
const MAX_URL_BYTES: u64 = 64 * 1024;

/// Copy files into a case's encrypted vault and print each one's id
///
/// Each file's SHA-256 (of the original bytes), size and media type (sniffed from the bytes) are
/// recorded, with PDQ for images so re-uploads can be matched. The original name and the source
/// URL are kept only in the encrypted store. The same bytes twice in a case are one item.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Examples:
  takedown evidence add --case C-7KQ2 screenshot.png chat.pdf
  takedown evidence add --case C-7KQ2 --source-url - video.mp4 < url.txt
  takedown evidence add --case C-7KQ2 --captured-at '2026-11-20 14:30' photo.jpg")]
pub(crate) struct AddArgs {
    /// The case the evidence belongs to
    #[arg(long, value_name = "CASE")]
    case: CaseId,
    /// Files to add
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Where the files were found; `-` reads it from stdin, keeping it out of the process list
    #[arg(long, value_name = "URL")]
    source_url: Option<String>,
    /// Read the source URL from this file instead
    #[arg(long, value_name = "FILE", conflicts_with = "source_url")]
    source_url_file: Option<PathBuf>,
    /// When it was captured: RFC 3339 (`2026-11-20T14:30:00Z`) or local `2026-11-20 14:30`
    #[arg(long, value_name = "TIME", value_parser = crate::cli::parse_time)]
    captured_at: Option<Timestamp>,
}

pub(crate) fn run(args: AddArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let source_url = source_url(&args, ctx)?;
    let printer = ctx.printer();
    let store = ctx.store()?;
    // Every input is checked before anything is stored, so a typo in the last name does not
    // leave the first files added and the rest not.
    let mut inputs = Vec::with_capacity(args.files.len());
    let mut total = 0;
    for (n, path) in args.files.iter().enumerate() {
        let file = open_input(path, n)?;
        total += file.metadata().map(|m| m.len()).unwrap_or(0);
        inputs.push(file);
    }
    let (vault, key, dir) = super::key_for_new_evidence(ctx, store, &args.case)?;
    let bar = printer.byte_progress(total);
    for (n, (path, mut file)) in args.files.iter().zip(inputs).enumerate() {
        let sealed = vault
            .seal(&key, &dir, &mut file, &|bytes| bar.inc(bytes))
            .with_context(|| format!("cannot add file #{}", n + 1))?;
        if let Some(id) = store.evidence_by_sha256(&args.case, &sealed.sha256)? {
            // The copy just written is ciphertext under the case key; the key goes at `wipe case`.
            fs_err::remove_file(vault.case_dir(&dir).join(&sealed.file))?;
            bar.suspend(|| {
                printer.note(&format!("file #{} is already in the case as {id}", n + 1));
            });
            bar.suspend(|| printer.created(&id))?;
            continue;
        }
        let media_type = media::sniff(&sealed.head);
        let pdq = if media::is_hashable_image(media_type) && sealed.size <= MAX_IMAGE_BYTES {
            image_pdq(&vault, &key, &dir, &sealed.file, &sealed.sha256)
                .with_context(|| format!("cannot read back file #{}", n + 1))?
        } else {
            None
        };
        let id = store.add_evidence(
            &NewEvidence {
                case: args.case.clone(),
                sha256: sealed.sha256,
                size: sealed.size,
                media_type,
                original_name: path.file_name().map(|n| n.to_string_lossy().into_owned()),
                source_url: source_url.clone(),
                captured_at: args.captured_at,
                vault_file: sealed.file,
                pdq: pdq.clone(),
                derived_from: None,
            },
            ctx.now(),
        )?;
        if media::is_hashable_image(media_type) && pdq.is_none() {
            bar.suspend(|| printer.warn(&format!("{id}: the image does not decode; no PDQ hash")));
        }
        bar.suspend(|| printer.created(&id))?;
    }
    bar.finish_and_clear();
    Ok(ExitStatus::Success)
}

/// Opens an input file for reading. Errors name its position, never its path: evidence names are
/// sensitive (DESIGN §5).
fn open_input(path: &Path, n: usize) -> anyhow::Result<std::fs::File> {
    let fail = || format!("cannot read file #{}", n + 1);
    let file = std::fs::File::open(path).with_context(fail)?;
    if !file.metadata().with_context(fail)?.is_file() {
        anyhow::bail!("file #{} is not a regular file", n + 1);
    }
    Ok(file)
}

/// The source URL from the flag, stdin (`-`) or a file; checked to be a URL, never echoed.
fn source_url(args: &AddArgs, ctx: &Ctx<'_>) -> anyhow::Result<Option<String>> {
    let text = match (&args.source_url, &args.source_url_file) {
        (Some(dash), _) if dash == "-" => super::super::read_stdin(MAX_URL_BYTES)?,
        (Some(url), _) => {
            ctx.printer().note(
                &"note: a URL given on the command line shows in the process list; `--source-url -` reads it from stdin",
            );
            url.clone()
        }
        (None, Some(file)) => {
            let mut text = String::new();
            fs_err::File::open(file)?
                .take(MAX_URL_BYTES + 1)
                .read_to_string(&mut text)?;
            text
        }
        (None, None) => return Ok(None),
    };
    let text = text.trim();
    if text.len() as u64 > MAX_URL_BYTES || url::Url::parse(text).is_err() {
        anyhow::bail!("the source URL is not a valid absolute URL");
    }
    Ok(Some(text.to_owned()))
}

/// PDQ and quality of an image, decoded from the vault copy itself (after checking it is the
/// same bytes); `None` when the bytes do not decode as an image.
fn image_pdq(
    vault: &Vault,
    key: &CaseKey,
    dir: &str,
    file: &str,
    sha256: &str,
) -> anyhow::Result<Option<(String, u8)>> {
    let mut bytes = Vec::new();
    let digest = vault.copy_out(key, dir, file, &mut bytes)?;
    if digest.sha256 != sha256 {
        anyhow::bail!("the vault copy does not match the original");
    }
    Ok(pdq::decode(&bytes, MAX_PIXELS)
        .ok()
        .map(|img| pdq::hash_image(&img))
        .map(|p| (p.hash.to_string(), p.quality)))
}
