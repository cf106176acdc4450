//! Opening the files a user names (inputs to hash or add, settings, platforms, partners,
//! templates, the key file, a CA file): regular files only, opened so that nothing can block the
//! open, and read with a size bound. A FIFO nobody writes to, `/dev/zero`, a terminal or a
//! directory where a file is expected is refused at once (exit 2) instead of hanging the command
//! or reading forever.
//!
//! Errors from [`open`] and [`read`] do not name the file: evidence names are sensitive, so the
//! caller decides whether a path (settings, templates) or a position (`file #2`) is shown.

use std::fmt;
use std::fs::File;
use std::io::{self, Read as _};
use std::path::Path;

use rustix::fs::{FileType, Mode, OFlags};

/// What a named file turned out to be, when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NotRegular(&'static str);

impl fmt::Display for NotRegular {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a regular file but {}", self.0)
    }
}

impl std::error::Error for NotRegular {}

/// More bytes than the reader takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("larger than {cap} bytes")]
pub(crate) struct TooLarge {
    pub(crate) cap: u64,
}

fn regular(kind: FileType) -> io::Result<()> {
    let what = match kind {
        FileType::RegularFile => return Ok(()),
        FileType::Directory => "a directory",
        FileType::Fifo => "a FIFO (named pipe)",
        FileType::Socket => "a socket",
        FileType::CharacterDevice => "a character device",
        FileType::BlockDevice => "a block device",
        FileType::Symlink | FileType::Unknown => "a special file",
    };
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        NotRegular(what),
    ))
}

/// Opens `path` for reading when it is (or links to) a regular file.
///
/// It looks before it opens, since opening some devices does something (a tape rewinds, a
/// terminal can become the controlling one); opens without blocking, since opening a FIFO
/// waits for a writer; and looks again at what it opened, since the path may have been swapped
/// in between. `O_NONBLOCK` changes nothing for reads of a regular file, so it stays set.
pub(crate) fn open(path: &Path) -> io::Result<File> {
    regular(FileType::from_raw_mode(rustix::fs::stat(path)?.st_mode))?;
    let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::NOCTTY | OFlags::CLOEXEC;
    let file = File::from(rustix::fs::open(path, flags, Mode::empty())?);
    regular(FileType::from_raw_mode(rustix::fs::fstat(&file)?.st_mode))?;
    Ok(file)
}

/// Reads all of `reader`, refusing more than `cap` bytes (it reads one byte past the cap to
/// know, never more).
pub(crate) fn read_capped(reader: impl io::Read, cap: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.take(cap.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(io::Error::new(
            io::ErrorKind::FileTooLarge,
            TooLarge { cap },
        ));
    }
    Ok(bytes)
}

/// The whole of a regular file of at most `cap` bytes.
pub(crate) fn read(path: &Path, cap: u64) -> io::Result<Vec<u8>> {
    read_capped(open(path)?, cap)
}

/// The whole of a regular file of at most `cap` bytes, as UTF-8 text.
pub(crate) fn read_text(path: &Path, cap: u64) -> io::Result<String> {
    String::from_utf8(read(path, cap)?)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "not UTF-8 text"))
}

/// The same error, naming the file: for settings, platforms, partners, templates and key files,
/// whose paths say nothing about a victim. The kind is kept, so a missing file is still
/// `NotFound`.
pub(crate) fn named(path: &Path, err: io::Error) -> io::Error {
    io::Error::new(
        err.kind(),
        format!("cannot read `{}`: {err}", path.display()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn refused(path: &Path) -> String {
        let started = Instant::now();
        let err = open(path).expect_err("refused");
        assert!(started.elapsed() < Duration::from_secs(1));
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        err.to_string()
    }

    #[test]
    fn only_regular_files_are_opened_and_nothing_blocks() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let fifo = dir.path().join("fifo");
        rustix::fs::mkfifoat(rustix::fs::CWD, &fifo, Mode::RUSR | Mode::WUSR).expect("a FIFO");
        assert_eq!(refused(&fifo), "not a regular file but a FIFO (named pipe)");
        assert_eq!(refused(dir.path()), "not a regular file but a directory");
        assert_eq!(
            refused(Path::new("/dev/zero")),
            "not a regular file but a character device"
        );
        let file = dir.path().join("file");
        fs_err::write(&file, "hello").expect("written");
        assert_eq!(read_text(&file, 5).expect("fits"), "hello");
        let err = read(&file, 4).expect_err("too large");
        assert_eq!(err.to_string(), "larger than 4 bytes");
        // A link to a regular file is that file.
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&file, &link).expect("a symlink");
        assert_eq!(read(&link, 5).expect("followed"), b"hello");
        let missing = open(&dir.path().join("missing")).expect_err("missing");
        assert_eq!(missing.kind(), io::ErrorKind::NotFound);
        let shown = named(&file, err).to_string();
        assert!(shown.starts_with("cannot read `") && shown.ends_with("`: larger than 4 bytes"));
    }
}
