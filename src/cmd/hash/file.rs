//! Reading what `hash` is given: files and walked directories, each hashed with SHA-256 as it
//! streams, and with PDQ when it is a picture small enough to decode.

use std::io::{self, Read as _};
use std::path::{Path, PathBuf};

use serde::Serialize;
use sha2::{Digest as _, Sha256};

use crate::domain::pdq::{self, PdqOutput};

/// Images larger than this are hashed with SHA-256 only: decoding them needs their whole bytes in
/// memory, and no photo a victim sends comes near it.
const MAX_IMAGE_BYTES: u64 = 256 * 1024 * 1024;

/// One hashed file.
#[derive(Debug)]
pub(super) struct Hashed {
    pub(super) path: String,
    pub(super) sha256: String,
    pub(super) size: u64,
    pub(super) pdq: Option<PdqOutput>,
}

/// One line of `hash --json`: exactly the ARCHITECTURE §2 fields.
#[derive(Debug, Serialize)]
pub(super) struct HashLine<'a> {
    path: &'a str,
    sha256: &'a str,
    size: u64,
    pdq: Option<String>,
    quality: Option<u8>,
    pdq_dihedral: Option<Vec<String>>,
}

impl Hashed {
    pub(super) fn line(&self) -> HashLine<'_> {
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

/// Files in the order given, directories walked in name order. Inside a directory symlinks are
/// never followed, so a link in the tree cannot pull in files from outside it.
pub(super) fn walk(path: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
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

pub(super) fn hash_file(path: &Path, max_pixels: u64) -> anyhow::Result<Hashed> {
    let stdin = path == Path::new("-");
    let mut reader: Box<dyn io::Read> = if stdin {
        Box::new(io::stdin().lock())
    } else {
        // A FIFO, `/dev/zero` or a terminal is refused at once: it would block or never end.
        Box::new(crate::input::open(path)?)
    };
    // Enough to read the image's first bytes and decide; everything else streams through SHA-256.
    let mut bytes = Vec::new();
    (&mut reader)
        .take(MAX_IMAGE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    let mut size = bytes.len() as u64;
    let whole = size <= MAX_IMAGE_BYTES;
    // A file's size is known and finite; a pipe's is not (`yes | takedown hash -`).
    if !whole && stdin {
        anyhow::bail!(
            "standard input is larger than {MAX_IMAGE_BYTES} bytes; give a larger file by its path"
        );
    }
    let mut sha = Sha256::new();
    sha.update(&bytes);
    if !whole {
        size += io::copy(&mut reader, &mut sha)?;
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
