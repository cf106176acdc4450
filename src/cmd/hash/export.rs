//! `hash --export`: the hash list a victim can make on their own computer and hand to a
//! helpline instead of the pictures.

use std::io::{self, Write as _};
use std::path::Path;

use anyhow::Context as _;

use super::Hashed;
use crate::domain::hash_list::{self, HashListRow};
use crate::render::Printer;

/// Writes the list to `to` (`-`: stdout). A file is written whole or not at all: a temporary
/// file beside it is renamed over it once complete, so an interrupted run never leaves half a
/// list that looks whole.
pub(super) fn write(
    to: &Path,
    hashed: &[Hashed],
    with_paths: bool,
    printer: &Printer,
) -> anyhow::Result<()> {
    let mut text = hash_list::header(with_paths);
    text.push('\n');
    for h in hashed {
        let row = HashListRow {
            sha256: h.sha256.clone(),
            pdq: h.pdq.as_ref().map(|p| p.hash),
            quality: h.pdq.as_ref().map(|p| p.quality),
            path: Some(h.path.clone()),
        };
        text.push_str(&hash_list::format_row(&row, with_paths));
        text.push('\n');
    }
    if to == Path::new("-") {
        io::stdout().lock().write_all(text.as_bytes())?;
        return Ok(());
    }
    let dir = match to.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let context = || format!("cannot write the hash list `{}`", to.display());
    let mut file = tempfile::NamedTempFile::new_in(dir).with_context(context)?;
    file.write_all(text.as_bytes()).with_context(context)?;
    file.as_file().sync_all().with_context(context)?;
    file.persist(to)
        .map_err(|e| e.error)
        .with_context(context)?;
    let images = hashed.iter().filter(|h| h.pdq.is_some()).count();
    let names = if with_paths {
        "with file names"
    } else {
        "without file names"
    };
    printer.note(&format!(
        "wrote {} hashes ({images} with PDQ) to `{}`, {names}",
        hashed.len(),
        to.display()
    ));
    Ok(())
}
