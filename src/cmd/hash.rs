use std::io;
use std::path::PathBuf;

use crate::ctx::Ctx;
use crate::domain::ids::CaseId;
use crate::domain::matching::MAX_THRESHOLD;
use crate::domain::pdq;
use crate::domain::states::CaseOp;
use crate::error::ExitStatus;
use crate::render::Table;

mod export;
mod file;
mod matching;

use file::{Hashed, hash_file, walk};

/// Hash files (SHA-256, and PDQ for images); export a hash list, or match pictures with the store
///
/// PDQ is Meta's 256-bit perceptual hash, the one StopNCII uses for images: a re-encoded,
/// resized or mirrored copy of a picture stays within a few bits of the original, where SHA-256
/// changes completely. Hashes are computed locally; nothing is stored or sent. A quality below
/// 50 means the hash is too weak to match on.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Examples:
  takedown hash photo.jpg
  takedown hash --json evidence/         directories are walked; symlinks are not followed
  takedown hash - < photo.png            one file from stdin
  takedown hash --match new-upload.jpg    is it a picture the store knows, even mirrored?
  takedown hash --against C-7KQ2 --threshold 40 photo.jpg
  takedown hash --export hashes.csv photos/
                                         a hash list to give a helpline instead of the photos")]
#[command(group = clap::ArgGroup::new("matcher").args(["match_", "against"]).multiple(true))]
pub(crate) struct HashArgs {
    /// Files or directories; `-` reads one file from stdin
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Largest image, in pixels, that is decoded (a guard against decompression bombs)
    #[arg(long, value_name = "PIXELS", default_value_t = pdq::DEFAULT_MAX_PIXELS)]
    max_pixels: u64,
    /// Write a hash list (CSV: sha256,pdq,quality) to FILE (`-`: stdout) instead of the table.
    /// It holds no file names unless `--with-paths` is given, and no picture: it can be made on
    /// the victim's own computer and given to a helpline (`evidence add-hash` reads it)
    #[arg(long, value_name = "FILE")]
    export: Option<PathBuf>,
    /// Add each file's path to the hash list (names can say who is in a picture)
    #[arg(long, requires = "export")]
    with_paths: bool,
    /// Compare each picture (and its mirrored and rotated variants) with every picture in the
    /// store: links' last live pictures, evidence and hash records. Exit 1 when something is
    /// within the threshold
    #[arg(long = "match", conflicts_with = "export")]
    match_: bool,
    /// Like `--match`, against one case's pictures only
    #[arg(long, value_name = "CASE", conflicts_with = "export")]
    against: Option<CaseId>,
    /// Largest Hamming distance (of 256 bits) that counts as a match [default: 31, Meta's
    /// recommendation, or `matching.threshold` in config.yaml]
    #[arg(long, value_name = "N", requires = "matcher", value_parser = clap::value_parser!(u32).range(0..=i64::from(MAX_THRESHOLD)))]
    threshold: Option<u32>,
}

pub(crate) fn run(args: HashArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    if let Some(case) = &args.against {
        super::gate(ctx, case, CaseOp::HashAgainst)?;
    }
    let printer = ctx.printer();
    let mut files = Vec::new();
    for path in &args.paths {
        walk(path, &mut files)?;
    }
    let matching = args.match_ || args.against.is_some();
    let streaming = printer.json() && args.export.is_none() && !matching;
    let bar = printer.progress(files.len());
    let mut hashed = Vec::with_capacity(files.len());
    let mut failed = 0;
    for file in &files {
        match hash_file(file, args.max_pixels) {
            Ok(h) => {
                if streaming {
                    bar.suspend(|| printer.json_line(&h.line()))?;
                }
                hashed.push(h);
            }
            Err(err) => {
                failed += 1;
                bar.suspend(|| printer.error(&[format!("`{}`: {err}", file.display())], None));
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    if matching {
        let threshold = match args.threshold {
            Some(t) => t,
            None => ctx.config()?.matching.threshold,
        };
        let found = matching::run(&hashed, args.against.as_ref(), threshold, ctx)?;
        return Ok(if failed > 0 {
            ExitStatus::Failure
        } else {
            found
        });
    }
    if let Some(to) = &args.export {
        export::write(to, &hashed, args.with_paths, printer)?;
    } else if !printer.json() {
        table(&hashed).write(&mut io::stdout().lock())?;
    }
    Ok(if failed > 0 {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}

fn table(hashed: &[Hashed]) -> Table<'static> {
    let mut table = Table::new(&["PATH", "SIZE", "SHA256", "PDQ", "QUALITY"]);
    for h in hashed {
        let (pdq, quality) = h.pdq.as_ref().map_or_else(
            || ("-".into(), String::new()),
            |p| {
                let quality = if p.is_matchable() {
                    p.quality.to_string()
                } else {
                    format!("{} (too low to match)", p.quality)
                };
                (p.hash.to_string(), quality)
            },
        );
        table.push(vec![
            h.path.clone(),
            h.size.to_string(),
            h.sha256.clone(),
            pdq,
            quality,
        ]);
    }
    table
}
