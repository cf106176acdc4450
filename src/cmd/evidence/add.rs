//! `evidence add`: each file is streamed once through SHA-256 and into the vault, so a large
//! video never sits in memory; images are then read back from the vault for their PDQ hash.

use std::io;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use jiff::Timestamp;

use crate::ctx::Ctx;
use crate::domain::ids::CaseId;
use crate::domain::protection::{self, CaseFacts};
use crate::domain::states::CaseOp;
use crate::domain::url::SourceUrl;
use crate::domain::{link, media};
use crate::error::ExitStatus;
use crate::store::NewEvidence;
use crate::wipe::shred::Shredder;

use super::{input, item, names};

/// A URL is short; anything longer is not one.
const MAX_URL_BYTES: u64 = 64 * 1024;

/// Copy files into a case's encrypted vault and print each one's id
///
/// Each file's SHA-256 (of the original bytes), size and media type (sniffed from the bytes) are
/// recorded, with PDQ for images so re-uploads can be matched. The original name and the source
/// URL are kept only in the encrypted store. The same bytes twice in a case are one item.
///
/// File names on the command line show in the process list and shell history, and a name can
/// say who is in a picture: prefer `--files -`, which reads the names from stdin.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Examples:
  printf '%s\\n' ~/case-photos/* | takedown evidence add --case C-7KQ2 --files -
  find ~/case-photos -type f -print0 | takedown evidence add --case C-7KQ2 --files -
  takedown evidence add --case C-7KQ2 screenshot.png chat.pdf
  takedown evidence add --case C-7KQ2 --source-url-file url.txt video.mp4
  takedown evidence add --case C-7KQ2 --captured-at '2026-11-20 14:30' photo.jpg
  takedown evidence add --case C-7KQ2 --move --strip ~/Downloads/photo.jpg
  takedown evidence add --case C-7KQ2 --move --follow-symlinks ~/Desktop/latest.jpg")]
pub(crate) struct AddArgs {
    /// The case the evidence belongs to
    #[arg(long, value_name = "CASE")]
    case: CaseId,
    /// Files to add (their names show in the process list; `--files -` does not)
    #[arg(value_name = "FILE", required_unless_present = "file_list")]
    files: Vec<PathBuf>,
    /// Read the names of the files to add from LIST (`-`: stdin), one per line or NUL-separated
    /// (`find -print0`)
    #[arg(long = "files", value_name = "LIST", conflicts_with = "files")]
    file_list: Option<PathBuf>,
    /// Where the files were found; `-` reads it from stdin, keeping it out of the process list
    #[arg(long, value_name = "URL")]
    source_url: Option<String>,
    /// Read the source URL from this file instead
    #[arg(long, value_name = "FILE", conflicts_with = "source_url")]
    source_url_file: Option<PathBuf>,
    /// When it was captured: RFC 3339 (`2026-11-20T14:30:00Z`) or local `2026-11-20 14:30`
    #[arg(long, value_name = "TIME", value_parser = crate::cli::parse_time)]
    captured_at: Option<Timestamp>,
    /// Securely remove each original once its vault copy is verified (read back, decrypted,
    /// compared by SHA-256); overwrite passes from `wipe.passes`
    #[arg(long = "move")]
    r#move: bool,
    /// With --move, a symlink given as a file: destroy the file it names, then the link
    /// (without this flag such a link is refused)
    #[arg(long, requires = "move")]
    follow_symlinks: bool,
    /// Also store a working copy of each JPEG, PNG or WebP with its metadata stripped, linked to
    /// the untouched original
    #[arg(long)]
    strip: bool,
}

/// What to do instead of storing a picture of child sexual abuse material; said here, beside the
/// one command that refuses one.
impl crate::error::Hint for protection::VaultRefusal {
    fn hint(&self) -> Option<&'static str> {
        Some(
            "keep hashes instead: the victim runs `takedown hash --export hashes.csv FILE...` on their own device, and you record the list with `takedown evidence add-hash --case CASE hashes.csv`; text and PDF evidence is still taken",
        )
    }
}

pub(crate) fn run(args: AddArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    if let Some(at) = args.captured_at {
        link::check_past(at, ctx.now()).context("cannot record the capture time")?;
    }
    let stdin = Some(Path::new("-"));
    if args.file_list.as_deref() == stdin && args.source_url.as_deref() == Some("-") {
        anyhow::bail!(
            "`--files -` and `--source-url -` cannot both read stdin; give the URL with `--source-url-file`"
        );
    }
    let files = match &args.file_list {
        Some(list) => names::read(list)?,
        None => args.files.clone(),
    };
    let (summary, _) = crate::cmd::gate(ctx, &args.case, CaseOp::EvidenceAdd)?;
    let by = ctx.staff()?;
    // Said once the command may go ahead, so a refused case or handle stays a one-line error.
    if args.file_list.is_none() {
        ctx.printer().note(
            &"note: file names given on the command line show in the process list; `--files -` reads them from stdin",
        );
    }
    let source_url = source_url(&args, ctx)?;
    let printer = ctx.printer();
    let store = ctx.store()?;
    let categories = crate::cmd::all_categories(ctx, &summary)?;
    let facts = CaseFacts {
        categories: &categories,
        minor: summary.minor,
    };
    // Every input is checked before anything is stored, so a typo in the last name does not
    // leave the first files added and the rest not; and a picture the case must never hold is
    // refused before a byte of any file is copied or an original destroyed.
    let mut inputs = Vec::with_capacity(files.len());
    let mut originals = Vec::with_capacity(files.len());
    let mut total = 0;
    for (n, path) in files.iter().enumerate() {
        if args.r#move {
            originals.push(input::original(path, n, args.follow_symlinks)?);
        }
        let mut file = input::open(path, n)?;
        protection::vault_admits_file(&facts, &input::head(&mut file, n)?)
            .with_context(|| format!("cannot add file #{}; nothing was stored", n + 1))?;
        total += file.metadata().map(|m| m.len()).unwrap_or(0);
        inputs.push(file);
    }
    if args.strip {
        input::check_copies(store, &args.case, &mut inputs)?;
    }
    let case = super::key_for_new_evidence(ctx, store, &args.case)?;
    // What this add stores (originals and working copies) is stamped at its end.
    let before = store.evidence_list(Some(&args.case))?;
    let bar = printer.byte_progress(total);
    let hidden = indicatif::ProgressBar::hidden();
    let mut shredder = match args.r#move {
        true => Some(Shredder::new(ctx.wipe_passes()?, &hidden)?),
        false => None,
    };
    for (n, (path, mut file)) in files.iter().zip(inputs).enumerate() {
        let label = format!("file #{}", n + 1);
        let sealed = case
            .vault
            .seal(&case.key, &case.dir, &mut file, &|bytes| bar.inc(bytes))
            .with_context(|| format!("cannot add {label}"))?;
        let media_type = media::sniff(&sealed.head);
        // The file may have been swapped since it was looked at: what was sealed is asked again,
        // and a refused copy is overwritten, not merely unlinked.
        if let Err(refusal) = protection::vault_admits_file(&facts, &sealed.head) {
            let mut shred = Shredder::new(ctx.wipe_passes()?, &hidden)?;
            shred.destroy(&case.vault.case_dir(&case.dir).join(&sealed.file));
            drop(shred.finish());
            return Err(anyhow::Error::new(refusal)
                .context(format!("cannot add {label}; its copy was destroyed")));
        }
        let (id, vault_file) = match store.evidence_by_sha256(&args.case, &sealed.sha256)? {
            Some(id) => {
                // The copy just written is ciphertext under the case key; the key goes at
                // `wipe case`.
                fs_err::remove_file(case.vault.case_dir(&case.dir).join(&sealed.file))?;
                bar.suspend(|| printer.note(&format!("{label} is already in the case as {id}")));
                let existing = store.evidence(&id)?.vault_file;
                bar.suspend(|| printer.created(&id))?;
                (id, existing)
            }
            None => {
                let original_name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                let item = NewEvidence {
                    case: args.case.clone(),
                    sha256: sealed.sha256.clone(),
                    md5: sealed.md5.clone(),
                    size: sealed.size,
                    media_type,
                    original_name,
                    source_url: source_url.clone(),
                    captured_at: args.captured_at,
                    vault_file: sealed.file.clone(),
                    pdq: None,
                    derived_from: None,
                };
                let id = item::add(ctx, &case, item, args.strip, by, &bar)
                    .with_context(|| format!("cannot add {label}"))?;
                (id, sealed.file)
            }
        };
        if let Some(shredder) = shredder.as_mut() {
            // The original goes only once the vault copy decrypts to the same bytes.
            let copy = case
                .vault
                .copy_out(&case.key, &case.dir, &vault_file, &mut io::sink())?;
            if copy.sha256 != sealed.sha256 || copy.size != sealed.size {
                anyhow::bail!(
                    "the vault copy of {label} ({id}) does not match; the original is kept"
                );
            }
            let original = &originals[n];
            input::check_same(&original.file, &file, &label)?;
            drop(file);
            shredder.destroy(&original.file);
            if let Some(link) = &original.link {
                shredder.destroy(link);
            }
        }
    }
    bar.finish_and_clear();
    let new: Vec<_> = store
        .evidence_list(Some(&args.case))?
        .into_iter()
        .map(|item| item.id)
        .filter(|id| !before.iter().any(|old| &old.id == id))
        .collect();
    super::timestamp::stamp_new(ctx, &new);
    let failures = shredder.map_or(0, |s| s.finish().1.len());
    if failures > 0 {
        // Named by count only: the messages carry the evidence's path.
        anyhow::bail!(
            "{failures} of the originals could not be destroyed after they were stored; remove them with `takedown wipe path`"
        );
    }
    Ok(ExitStatus::Success)
}

/// The source URL from the flag, stdin (`-`) or a file; checked to be a URL, never echoed.
fn source_url(args: &AddArgs, ctx: &Ctx<'_>) -> anyhow::Result<Option<SourceUrl>> {
    let text = match (&args.source_url, &args.source_url_file) {
        (Some(dash), _) if dash == "-" => super::super::read_stdin(MAX_URL_BYTES)?,
        (Some(url), _) => {
            ctx.printer().note(
                &"note: a URL given on the command line shows in the process list; `--source-url -` reads it from stdin",
            );
            url.clone()
        }
        (None, Some(file)) => crate::input::read_text(file, MAX_URL_BYTES)
            .context("cannot read the source URL file")?,
        (None, None) => return Ok(None),
    };
    // Kept as the URL parser writes it: no stray whitespace or line breaks, which the exports'
    // line-based files could not hold.
    match url::Url::parse(text.trim()) {
        Ok(url) if text.len() as u64 <= MAX_URL_BYTES => Ok(Some(url.into())),
        _ => anyhow::bail!("the source URL is not a valid absolute URL"),
    }
}
