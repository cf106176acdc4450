//! Writing a note in the user's editor without the note touching a disk: the draft lives in a
//! private folder on memory-backed storage (`crate::drafts`) and is overwritten before it is
//! removed, or by the next command if this one is killed.

use anyhow::Context as _;
use zeroize::Zeroizing;

use crate::drafts::Draft;

/// Notes are prose; a megabyte is far beyond any real one and keeps a stray pipe harmless.
pub(super) const MAX_NOTE: u64 = 1024 * 1024;

pub(super) fn from_editor() -> anyhow::Result<String> {
    let draft = Draft::new().context("cannot make a draft for the editor")?;
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| "vi".into());
    // `code --wait` and the like: split on spaces ourselves rather than hand the line to a shell.
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi");
    // The editor is run directly, never through a shell, and is given only the draft's path.
    let status = std::process::Command::new(program)
        .args(words)
        .arg(draft.path())
        .status()
        .with_context(|| format!("cannot start the editor `{program}`"))?;
    let text = read_bounded(draft.path());
    draft
        .destroy()
        .context("the note's draft could not be destroyed")?;
    if !status.success() {
        anyhow::bail!("the editor exited with {status}; nothing was saved");
    }
    Ok(text?.to_string())
}

/// The draft's text, refused beyond [`MAX_NOTE`].
fn read_bounded(path: &std::path::Path) -> anyhow::Result<Zeroizing<String>> {
    let mut text = Zeroizing::new(String::new());
    std::io::Read::read_to_string(
        &mut std::io::Read::take(
            crate::input::open(path).context("cannot read the note draft")?,
            MAX_NOTE + 1,
        ),
        &mut text,
    )
    .context("cannot read the note draft as UTF-8 text")?;
    if text.len() as u64 > MAX_NOTE {
        anyhow::bail!("the note is larger than {MAX_NOTE} bytes; nothing was saved");
    }
    Ok(text)
}
