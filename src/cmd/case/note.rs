//! Writing a note in the user's editor without the note touching a disk: the draft lives in
//! memory-backed storage ($XDG_RUNTIME_DIR or /dev/shm) and is overwritten before it is removed.

use std::io::{Seek as _, Write as _};
use std::path::PathBuf;

use anyhow::Context as _;
use zeroize::Zeroizing;

/// Notes are prose; a megabyte is far beyond any real one and keeps a stray pipe harmless.
pub(super) const MAX_NOTE: u64 = 1024 * 1024;

pub(super) fn from_editor() -> anyhow::Result<String> {
    let dir = memory_dir().context(
        "no memory-backed directory ($XDG_RUNTIME_DIR or /dev/shm) for the editor's draft; pipe the note on stdin instead",
    )?;
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| "vi".into());
    // `code --wait` and the like: split on spaces ourselves rather than hand the line to a shell.
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi");
    let mut draft = tempfile::Builder::new()
        .prefix(".takedown-note-")
        .tempfile_in(&dir)
        .context("cannot create the note draft")?;
    // The editor is run directly, never through a shell, and is given only the draft's path.
    let status = std::process::Command::new(program)
        .args(words)
        .arg(draft.path())
        .status()
        .with_context(|| format!("cannot start the editor `{program}`"))?;
    let text =
        Zeroizing::new(fs_err::read_to_string(draft.path()).context("cannot read the note draft")?);
    let len = draft.as_file().metadata()?.len();
    draft.as_file_mut().rewind()?;
    draft.as_file_mut().write_all(&vec![0u8; len as usize])?;
    draft.as_file_mut().sync_all()?;
    drop(draft);
    if !status.success() {
        anyhow::bail!("the editor exited with {status}; nothing was saved");
    }
    Ok(text.to_string())
}

fn memory_dir() -> Option<PathBuf> {
    let runtime = std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from);
    runtime
        .into_iter()
        .chain([PathBuf::from("/dev/shm")])
        .find(|d| d.is_dir())
}
