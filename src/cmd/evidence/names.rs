//! File names for `evidence add --files LIST`: read from stdin (`-`) or a file instead of the
//! command line, where every user of the machine can read them in the process list (`ps`) and
//! they stay in shell history. Names can say who is in a picture.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

/// A list of names is text: a megabyte holds thousands of paths.
const MAX_LIST_BYTES: u64 = 1024 * 1024;

/// The names in `list`: NUL-separated when the list holds a NUL (`find -print0`, for names with
/// line breaks in them), one per line otherwise. Empty entries are skipped; a name is taken as
/// bytes, as the file system has it.
pub(super) fn read(list: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let bytes = if list == Path::new("-") {
        crate::cmd::read_stdin_bytes(MAX_LIST_BYTES)?
    } else {
        crate::input::read(list, MAX_LIST_BYTES).context("cannot read the list of file names")?
    };
    let names = split(&bytes);
    if names.is_empty() {
        anyhow::bail!("the list of file names is empty");
    }
    Ok(names)
}

fn split(bytes: &[u8]) -> Vec<PathBuf> {
    let separator = if bytes.contains(&0) { 0 } else { b'\n' };
    bytes
        .split(|&b| b == separator)
        .map(|name| match separator {
            b'\n' => name.strip_suffix(b"\r").unwrap_or(name),
            _ => name,
        })
        .filter(|name| !name.is_empty())
        .map(|name| PathBuf::from(OsStr::from_bytes(name)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_one_per_line_or_nul_separated() {
        assert_eq!(
            split(b"a.jpg\r\nb c.png\n\nd\n"),
            [Path::new("a.jpg"), Path::new("b c.png"), Path::new("d")]
        );
        // With a NUL anywhere, line breaks are part of names.
        assert_eq!(
            split(b"line\nbreak.jpg\0e.jpg\0"),
            [Path::new("line\nbreak.jpg"), Path::new("e.jpg")]
        );
        assert_eq!(
            split(b"\xff\xfe.jpg\n")[0].as_os_str().as_bytes(),
            b"\xff\xfe.jpg"
        );
        assert!(split(b"\n\n").is_empty());
    }
}
