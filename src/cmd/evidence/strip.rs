//! `evidence strip`: a clean copy of a picture to share, without where and with what it was taken.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Context as _;
use serde::Serialize;
use sha2::{Digest as _, Sha256};

use crate::ctx::Ctx;
use crate::domain::{media, strip};
use crate::error::ExitStatus;

/// Pictures larger than this are refused: stripping holds the whole file in memory.
pub(super) const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// Remove EXIF (GPS, camera, times), XMP, IPTC and comments from a JPEG, PNG or WebP picture
///
/// The picture data is copied as it is, never re-encoded, so the picture stays identical; only
/// the metadata around it goes. A sideways photo keeps its EXIF orientation, alone, so it still
/// shows upright. The clean copy is written to `--out` (never over an existing
/// file) and the original is left untouched, with no backup copy beside it. Other formats (PDF,
/// video, HEIC…) are refused rather than passed through half-clean.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Examples:
  takedown evidence strip photo.jpg --out photo-clean.jpg
  takedown evidence strip screenshot.png --out clean.png --json")]
pub(crate) struct StripArgs {
    /// The picture to clean
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Where to write the clean copy
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

#[derive(Debug, Serialize)]
struct Report<'a> {
    out: String,
    sha256: String,
    removed: &'a BTreeMap<&'static str, usize>,
    /// The EXIF orientation kept so a sideways photo still shows upright; nothing else of EXIF.
    orientation_kept: Option<u16>,
}

pub(crate) fn run(args: StripArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let bytes = read_picture(&args.file)?;
    let cleaned = strip::strip(&bytes, media::sniff(&bytes))?;
    crate::render::files::write_new(&args.out, |w| Ok(w.write_all(&cleaned.bytes)?))?;
    let report = Report {
        out: args.out.display().to_string(),
        sha256: format!("{:x}", Sha256::digest(&cleaned.bytes)),
        removed: &cleaned.removed,
        orientation_kept: cleaned.orientation,
    };
    let printer = ctx.printer();
    if printer.json() {
        printer.json_line(&report)?;
    } else {
        printer.line(&format!("removed: {}", describe(&cleaned.removed)))?;
        if cleaned.orientation.is_some() {
            printer.line(
                &"kept: the orientation (so the photo still shows upright), nothing else of EXIF",
            )?;
        }
    }
    Ok(ExitStatus::Success)
}

/// `EXIF, XMP, comment ×2`, or `nothing (no metadata found)`.
pub(super) fn describe(removed: &BTreeMap<&'static str, usize>) -> String {
    if removed.is_empty() {
        return "nothing (no metadata found)".to_owned();
    }
    let parts: Vec<String> = removed
        .iter()
        .map(|(kind, n)| {
            if *n == 1 {
                (*kind).to_owned()
            } else {
                format!("{kind} ×{n}")
            }
        })
        .collect();
    parts.join(", ")
}

/// Reads a whole picture, bounded. Errors do not name the file: it may be evidence.
fn read_picture(path: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    crate::input::read(path, MAX_BYTES).context("cannot read the picture")
}
