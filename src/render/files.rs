//! Writing rendered reports and guides to files only the user can read: they name a case's
//! links, so they get the same care as the store.

use std::io::{self, Write};
use std::os::unix::fs::DirBuilderExt as _;
use std::path::Path;

use anyhow::Context as _;

/// Creates `dir` (0700) when missing; an existing directory is used as it is.
pub(crate) fn private_dir(dir: &Path) -> anyhow::Result<()> {
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("cannot create the directory `{}`", dir.display()))
}

/// Writes `contents` to `path` through a 0600 temporary file in the same directory, then renames
/// it: a reader never sees half a file, and a symlink planted at `path` is replaced, not
/// followed.
pub(crate) fn write_private(path: &Path, contents: impl AsRef<[u8]>) -> anyhow::Result<()> {
    let fail = || format!("cannot write `{}`", path.display());
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).with_context(fail)?;
    tmp.write_all(contents.as_ref()).with_context(fail)?;
    tmp.as_file().sync_all().with_context(fail)?;
    tmp.persist(path).map_err(|e| e.error).with_context(fail)?;
    Ok(())
}

/// Writes a new file at `out` through `write`: a 0600 temporary file in the same directory,
/// synced, then renamed into place only if `write` succeeded. An existing file is never
/// replaced, and a failure leaves nothing behind.
pub(crate) fn write_new<T>(
    out: &Path,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    if out.symlink_metadata().is_ok() {
        anyhow::bail!(
            "`{}` exists; evidence is never written over a file",
            out.display()
        );
    }
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = tempfile::NamedTempFile::new_in(parent)
        .with_context(|| format!("cannot write in `{}`", parent.display()))?;
    let mut writer = io::BufWriter::new(tmp.as_file());
    let value = write(&mut writer)?;
    writer.flush()?;
    drop(writer);
    tmp.as_file().sync_all()?;
    tmp.persist_noclobber(out)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write `{}`", out.display()))?;
    Ok(value)
}
