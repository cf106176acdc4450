//! What `evidence add` checks of its inputs before anything is stored, so that `--move` and
//! `--strip` are all or nothing: the file `--move` would destroy (never a symlink in place of
//! the file it names, unless asked), that file still being the one read, and no working copy
//! that would duplicate evidence; and the first bytes each input is judged by
//! (`domain::protection`). Inputs are named by position, never by path.

use std::io::{Read as _, Seek as _, SeekFrom};
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use sha2::{Digest as _, Sha256};

use crate::domain::ids::CaseId;
use crate::domain::{media, strip};
use crate::store::Store;

/// Sniffed before anything is stored: enough for every signature `media::sniff` knows, and for
/// an SVG behind an XML prologue and a doctype.
const SNIFF_LEN: u64 = 4096;

/// Opens input #`n` for reading. Errors name its position, never its path: evidence names are
/// sensitive (ARCHITECTURE §5).
pub(super) fn open(path: &Path, n: usize) -> anyhow::Result<std::fs::File> {
    crate::input::open(path).with_context(|| format!("cannot read file #{}", n + 1))
}

/// The first bytes of input #`n`, read before anything is stored; the file is rewound after.
pub(super) fn head(file: &mut std::fs::File, n: usize) -> anyhow::Result<Vec<u8>> {
    let mut head = Vec::new();
    (&mut *file)
        .take(SNIFF_LEN)
        .read_to_end(&mut head)
        .and_then(|_| file.seek(SeekFrom::Start(0)))
        .with_context(|| format!("cannot read file #{}", n + 1))?;
    Ok(head)
}

/// What `--move` destroys for one input once its vault copy is verified.
pub(super) struct Original {
    /// The file itself: the input, or the file a symlink given as the input names.
    pub(super) file: PathBuf,
    /// The symlink given as the input, removed after the file (`--follow-symlinks`).
    pub(super) link: Option<PathBuf>,
}

/// The original of input #`n`. A symlink is refused without `follow`: removing the link would
/// report the evidence moved while the file, with all its metadata, stays where it was.
pub(super) fn original(path: &Path, n: usize, follow: bool) -> anyhow::Result<Original> {
    let label = format!("file #{}", n + 1);
    let meta = std::fs::symlink_metadata(path).with_context(|| format!("cannot read {label}"))?;
    if !meta.is_symlink() {
        return Ok(Original {
            file: path.to_owned(),
            link: None,
        });
    }
    if !follow {
        anyhow::bail!(
            "{label} is a symbolic link: `--move` would remove the link and keep the file it names; name that file, or pass `--follow-symlinks` to destroy it too; nothing was added"
        );
    }
    let file = std::fs::canonicalize(path).with_context(|| format!("cannot follow {label}"))?;
    Ok(Original {
        file,
        link: Some(path.to_owned()),
    })
}

/// Refuses to destroy `original` unless it is still the file that was read (`read`): a file
/// swapped in since is left alone.
pub(super) fn check_same(original: &Path, read: &std::fs::File, label: &str) -> anyhow::Result<()> {
    let was = read.metadata()?;
    let now = std::fs::symlink_metadata(original)
        .with_context(|| format!("cannot look at {label} again; the original is kept"))?;
    if (was.dev(), was.ino()) != (now.dev(), now.ino()) {
        anyhow::bail!("{label} was replaced since it was read; the original is kept");
    }
    Ok(())
}

/// Refuses the whole `--strip` add when a working copy it would make is already evidence of
/// `case`, or equals another input or its working copy: storing it would fail halfway. Each
/// picture is read once, bounded as `evidence strip` is, and rewound for sealing.
pub(super) fn check_copies(
    store: &Store,
    case: &CaseId,
    inputs: &mut [std::fs::File],
) -> anyhow::Result<()> {
    // The SHA-256 of every input and working copy so far, with the input it came from.
    let mut seen: Vec<(String, usize)> = Vec::new();
    for (n, file) in inputs.iter_mut().enumerate() {
        let Some((original, copy)) =
            planned_copy(file).with_context(|| format!("cannot read file #{}", n + 1))?
        else {
            continue;
        };
        if store.evidence_by_sha256(case, &original)?.is_some() {
            continue; // the original is in the case already: no copy is made
        }
        if let Some(existing) = store.evidence_by_sha256(case, &copy)? {
            anyhow::bail!(
                "the working copy of file #{} without its metadata is already in the case as {existing}; add the file without `--strip`; nothing was added",
                n + 1
            );
        }
        // An input equal to another's original or copy is simply already there when its turn
        // comes; a copy equal to either would be a second item with the same bytes.
        if let Some((_, other)) = seen.iter().find(|(sha, _)| *sha == copy) {
            anyhow::bail!(
                "file #{} and file #{} are the same picture once their metadata is stripped: one working copy serves both; add one of them without `--strip`; nothing was added",
                other + 1,
                n + 1
            );
        }
        seen.extend([(original, n), (copy, n)]);
    }
    Ok(())
}

/// The SHA-256 of a picture and of the working copy `--strip` would make of it; `None` when it
/// would make none (not a picture it cleans, or nothing to remove).
fn planned_copy(file: &mut std::fs::File) -> anyhow::Result<Option<(String, String)>> {
    let mut head = [0u8; 64];
    let n = file.read(&mut head)?;
    let media_type = media::sniff(&head[..n]);
    file.rewind()?;
    if !media::is_hashable_image(media_type) || file.metadata()?.len() > super::strip::MAX_BYTES {
        return Ok(None);
    }
    let mut bytes = Vec::new();
    file.take(super::strip::MAX_BYTES).read_to_end(&mut bytes)?;
    file.rewind()?;
    let planned = match strip::strip(&bytes, media_type) {
        Ok(cleaned) if !cleaned.removed.is_empty() => Some((
            format!("{:x}", Sha256::digest(&bytes)),
            format!("{:x}", Sha256::digest(&cleaned.bytes)),
        )),
        _ => None,
    };
    Ok(planned)
}
