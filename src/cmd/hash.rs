use std::io::{self, Read as _};
use std::path::{Path, PathBuf};

use serde::Serialize;
use sha2::{Digest as _, Sha256};

use crate::ctx::Ctx;
use crate::domain::ids::CaseId;
use crate::domain::matching::MAX_THRESHOLD;
use crate::domain::pdq::{self, PdqOutput};
use crate::error::ExitStatus;
use crate::render::Table;

mod export;
mod matching;

/// Images larger than this are hashed with SHA-256 only: decoding them needs their whole bytes in
/// memory, and no photo a victim sends comes near it.
const MAX_IMAGE_BYTES: u64 = 256 * 1024 * 1024;

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

/// One hashed file.
#[derive(Debug)]
struct Hashed {
    path: String,
    sha256: String,
    size: u64,
    pdq: Option<PdqOutput>,
}

/// One line of `hash --json`: exactly the DESIGN §2 fields.
#[derive(Debug, Serialize)]
struct HashLine<'a> {
    path: &'a str,
    sha256: &'a str,
    size: u64,
    pdq: Option<String>,
    quality: Option<u8>,
    pdq_dihedral: Option<Vec<String>>,
}

impl Hashed {
    fn line(&self) -> HashLine<'_> {
        HashLine {
            path: &self.path,
            sha256: &self.sha256,
            size: self.size,
            pdq: self.pdq.as_ref().map(|p| p.hash.to_string()),
            quality: self.pdq.as_ref().map(|p| p.quality),
            pdq_dihedral: self
                .pdq
                .as_ref()
                .map(|p| p.dihedral.iter().map(ToString::to_string).collect()),
        }
    }
}

pub(crate) fn run(args: HashArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
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

fn table(hashed: &[Hashed]) -> Table {
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

/// Files in the order given, directories walked in name order. Inside a directory symlinks are
/// never followed, so a link in the tree cannot pull in files from outside it.
fn walk(path: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    if path != Path::new("-") && fs_err::metadata(path)?.is_dir() {
        walk_dir(path, out)
    } else {
        out.push(path.to_owned());
        Ok(())
    }
}

fn walk_dir(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let mut entries = fs_err::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()?;
    entries.sort();
    for entry in entries {
        let kind = fs_err::symlink_metadata(&entry)?.file_type();
        if kind.is_dir() {
            walk_dir(&entry, out)?;
        } else if kind.is_file() {
            out.push(entry);
        }
    }
    Ok(())
}

fn hash_file(path: &Path, max_pixels: u64) -> anyhow::Result<Hashed> {
    let mut reader: Box<dyn io::Read> = if path == Path::new("-") {
        Box::new(io::stdin().lock())
    } else {
        Box::new(fs_err::File::open(path)?)
    };
    // Enough to read the image's first bytes and decide; everything else streams through SHA-256.
    let mut bytes = Vec::new();
    (&mut reader)
        .take(MAX_IMAGE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    let mut sha = Sha256::new();
    sha.update(&bytes);
    let mut size = bytes.len() as u64;
    let whole = size <= MAX_IMAGE_BYTES;
    if !whole {
        size += io::copy(&mut reader, &mut HashWriter(&mut sha))?;
    }
    let looks_like_image = image::guess_format(&bytes).is_ok();
    let pdq = if whole && looks_like_image {
        let img = pdq::decode(&bytes, max_pixels)?;
        Some(pdq::hash_image(&img))
    } else {
        None
    };
    Ok(Hashed {
        path: path.display().to_string(),
        sha256: format!("{:x}", sha.finalize()),
        size,
        pdq,
    })
}

struct HashWriter<'a>(&'a mut Sha256);

impl io::Write for HashWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
