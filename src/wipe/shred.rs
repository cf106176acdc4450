//! Destroys files and directory trees: overwrite with random bytes (synced after each pass),
//! truncate, rename to a random name, unlink. Everything below a named path is reached through
//! directory file descriptors with `O_NOFOLLOW`, so a symlink, even one swapped in during the
//! walk, is removed itself and never followed out of the tree. Mount points are not crossed.
//!
//! It prints nothing: callers get a tally and the items that could not be destroyed, which are
//! left in place. [`super::media`] says how much an overwrite is worth on the storage underneath.

use std::ffi::{CStr, CString, OsStr};
use std::io;
use std::os::fd::{AsFd as _, BorrowedFd, OwnedFd};
use std::os::unix::ffi::OsStrExt as _;
use std::os::unix::fs::FileExt as _;
use std::path::{Path, PathBuf};

use chacha20::ChaCha8Rng;
use rand_core::{Rng as _, SeedableRng as _};
use rustix::fs::{AtFlags, FileType, Mode, OFlags, RenameFlags};
use serde::Serialize;

/// Writes this large keep a disk streaming with few system calls; the buffer is refilled with
/// fresh random bytes for every write.
const CHUNK: usize = 4 << 20;
/// Overwrites run to the end of the last block: the slack after the end of a file can still hold
/// what an earlier, longer version of it held.
const BLOCK: u64 = 4096;

/// `wipe:` in `config.yaml`. The `--passes` flag wins.
#[derive(Debug, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct WipeConfig {
    /// Random overwrite passes: one is enough wherever overwriting works at all (shred's manual
    /// says the same of modern disks); more only costs time.
    pub(crate) passes: u32,
}

impl Default for WipeConfig {
    fn default() -> WipeConfig {
        WipeConfig { passes: 1 }
    }
}

/// The most passes anyone can ask for (Gutmann's 35), so a typo cannot keep a disk busy for days.
pub(crate) const MAX_PASSES: u32 = 35;

impl WipeConfig {
    /// What is wrong with the section, by field.
    pub(crate) fn problems(&self) -> Vec<(&'static str, String)> {
        if (1..=MAX_PASSES).contains(&self.passes) {
            return Vec::new();
        }
        vec![("passes", format!("give 1 to {MAX_PASSES} passes"))]
    }
}

/// What was destroyed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub(crate) struct Tally {
    pub(crate) files: u64,
    pub(crate) directories: u64,
    /// Symlinks, FIFOs and sockets: removed, with no contents to overwrite.
    pub(crate) other: u64,
    /// Bytes of file contents overwritten (each pass writes them again).
    pub(crate) bytes: u64,
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("`{}` has {links} hard links: its contents live on under the other names; remove those first", .path.display())]
    HardLinked { path: PathBuf, links: u64 },
    #[error("`{}` is a device; only files, folders and links are destroyed", .path.display())]
    Device { path: PathBuf },
    #[error("`{}` is a mount point of another filesystem; it is not crossed", .path.display())]
    MountPoint { path: PathBuf },
    #[error("`{}` was replaced while it was being destroyed; left as it is", .path.display())]
    Replaced { path: PathBuf },
    #[error("`{}` names no file or folder", .path.display())]
    NoName { path: PathBuf },
    #[error("cannot destroy `{}`", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

/// Destroys paths one after another with one random stream and one buffer.
pub(crate) struct Shredder<'a> {
    passes: u32,
    rng: ChaCha8Rng,
    buf: Vec<u8>,
    progress: &'a indicatif::ProgressBar,
    tally: Tally,
    failures: Vec<Error>,
}

impl<'a> Shredder<'a> {
    pub(crate) fn new(
        passes: u32,
        progress: &'a indicatif::ProgressBar,
    ) -> Result<Shredder<'a>, crate::secrets::Error> {
        Ok(Shredder {
            passes,
            rng: ChaCha8Rng::from_seed(crate::secrets::random_bytes()?),
            buf: vec![0; CHUNK],
            progress,
            tally: Tally::default(),
            failures: Vec::new(),
        })
    }

    /// Destroys `path`: a file, a link (the link itself), or a folder and everything in it.
    /// Whatever cannot be destroyed is left in place and reported by [`Shredder::finish`].
    pub(crate) fn destroy(&mut self, path: &Path) {
        let Some(name) = path.file_name() else {
            self.failures.push(Error::NoName {
                path: path.to_owned(),
            });
            return;
        };
        let parent = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let opened = rustix::fs::open(parent, dir_flags(), Mode::empty());
        match opened.and_then(|dir| c_name(name).map(|n| (dir, n))) {
            Ok((dir, name)) => {
                self.entry(dir.as_fd(), &name, path, None);
                // The parent's entry for `path` is gone only once the parent is on disk.
                if let Err(e) = rustix::fs::fsync(&dir) {
                    self.fail(path, e.into());
                }
            }
            Err(e) => self.fail(path, e.into()),
        }
    }

    /// How many items could not be destroyed so far.
    pub(crate) fn failed(&self) -> usize {
        self.failures.len()
    }

    pub(crate) fn finish(self) -> (Tally, Vec<Error>) {
        (self.tally, self.failures)
    }

    fn fail(&mut self, path: &Path, source: io::Error) {
        self.failures.push(Error::Io {
            path: path.to_owned(),
            source,
        });
    }

    fn entry(&mut self, dir: BorrowedFd<'_>, name: &CStr, shown: &Path, device: Option<u64>) {
        let stat = match rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW) {
            Ok(stat) => stat,
            Err(e) => return self.fail(shown, e.into()),
        };
        if device.is_some_and(|d| d != stat.st_dev) {
            self.failures.push(Error::MountPoint {
                path: shown.to_owned(),
            });
            return;
        }
        let done = match FileType::from_raw_mode(stat.st_mode) {
            FileType::Directory => self.directory(dir, name, shown, &stat),
            FileType::RegularFile => self.file(dir, name, shown, &stat),
            FileType::CharacterDevice | FileType::BlockDevice => {
                return self.failures.push(Error::Device {
                    path: shown.to_owned(),
                });
            }
            // Links, FIFOs and sockets have no contents of their own: the name is all there is.
            _ => self
                .remove(dir, name, false)
                .map(|()| self.tally.other += 1),
        };
        match done {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {} // already gone: nothing to destroy
            Err(e) => self.fail(shown, e),
        }
    }

    fn directory(
        &mut self,
        parent: BorrowedFd<'_>,
        name: &CStr,
        shown: &Path,
        stat: &rustix::fs::Stat,
    ) -> io::Result<()> {
        let Some(dir) = self.open_same(parent, name, dir_flags(), shown, stat)? else {
            return Ok(());
        };
        let names = rustix::fs::Dir::read_from(&dir)?
            .map(|entry| entry.map(|e| e.file_name().to_owned()))
            .filter(|n| !matches!(n, Ok(n) if n.as_bytes() == b"." || n.as_bytes() == b".."))
            .collect::<Result<Vec<CString>, _>>()?;
        let failed_before = self.failures.len();
        for child in &names {
            let child_shown = shown.join(OsStr::from_bytes(child.to_bytes()));
            self.entry(dir.as_fd(), child, &child_shown, Some(stat.st_dev));
        }
        rustix::fs::fsync(&dir)?;
        drop(dir);
        if self.failures.len() > failed_before {
            return Ok(()); // not empty: what is left inside was reported already
        }
        self.remove(parent, name, true)?;
        self.tally.directories += 1;
        Ok(())
    }

    fn file(
        &mut self,
        dir: BorrowedFd<'_>,
        name: &CStr,
        shown: &Path,
        stat: &rustix::fs::Stat,
    ) -> io::Result<()> {
        let flags = OFlags::WRONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC | OFlags::NOCTTY;
        let Some(fd) = self.open_same(dir, name, flags, shown, stat)? else {
            return Ok(());
        };
        if stat.st_nlink > 1 {
            self.failures.push(Error::HardLinked {
                path: shown.to_owned(),
                links: links(stat),
            });
            return Ok(());
        }
        let len = u64::try_from(stat.st_size).unwrap_or(0);
        self.overwrite(&std::fs::File::from(fd))?;
        self.remove(dir, name, false)?;
        self.tally.files += 1;
        self.tally.bytes += len;
        Ok(())
    }

    /// Opens the entry that was looked at, or reports that someone swapped it in between.
    fn open_same(
        &mut self,
        dir: BorrowedFd<'_>,
        name: &CStr,
        flags: OFlags,
        shown: &Path,
        stat: &rustix::fs::Stat,
    ) -> io::Result<Option<OwnedFd>> {
        let fd = rustix::fs::openat(dir, name, flags, Mode::empty())?;
        let now = rustix::fs::fstat(&fd)?;
        if now.st_dev == stat.st_dev && now.st_ino == stat.st_ino {
            return Ok(Some(fd));
        }
        self.failures.push(Error::Replaced {
            path: shown.to_owned(),
        });
        Ok(None)
    }

    /// Every pass writes fresh random bytes over the whole file and waits for the disk; then the
    /// file is cut to nothing, so no block of it is left allocated. Also for a file that is
    /// already unlinked but still open (an old store file replaced by a rename).
    pub(crate) fn overwrite(&mut self, file: &std::fs::File) -> io::Result<()> {
        let end = file.metadata()?.len().div_ceil(BLOCK) * BLOCK;
        for _ in 0..self.passes {
            let mut at = 0;
            while at < end {
                let n = usize::try_from(end - at).map_or(CHUNK, |left| left.min(CHUNK));
                self.rng.fill_bytes(&mut self.buf[..n]);
                file.write_all_at(&self.buf[..n], at)?;
                at += n as u64;
                self.progress.inc(n as u64);
            }
            file.sync_data()?;
        }
        file.set_len(0)?;
        file.sync_all()
    }

    /// Renames the entry to a random name of the same length (so the old name's bytes in the
    /// directory are overwritten where the filesystem rewrites entries in place), then unlinks it.
    fn remove(&mut self, dir: BorrowedFd<'_>, name: &CStr, is_dir: bool) -> io::Result<()> {
        let flags = if is_dir {
            AtFlags::REMOVEDIR
        } else {
            AtFlags::empty()
        };
        for _ in 0..16 {
            let random = self.random_name(name.to_bytes().len());
            match rustix::fs::renameat_with(dir, name, dir, &random, RenameFlags::NOREPLACE) {
                Ok(()) => return Ok(rustix::fs::unlinkat(dir, &random, flags)?),
                Err(rustix::io::Errno::EXIST) => continue,
                // Filesystems without RENAME_NOREPLACE: unlink under the old name.
                Err(rustix::io::Errno::INVAL) => break,
                Err(e) => return Err(e.into()),
            }
        }
        Ok(rustix::fs::unlinkat(dir, name, flags)?)
    }

    fn random_name(&mut self, len: usize) -> CString {
        const ALPHABET: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
        let mut bytes = vec![0u8; len.max(1)];
        self.rng.fill_bytes(&mut bytes);
        for b in &mut bytes {
            *b = ALPHABET[usize::from(*b) % ALPHABET.len()];
        }
        CString::new(bytes).expect("the alphabet has no NUL byte")
    }
}

#[allow(
    clippy::useless_conversion,
    reason = "st_nlink is u64 on some targets and u32 on others"
)]
fn links(stat: &rustix::fs::Stat) -> u64 {
    stat.st_nlink.into()
}

fn dir_flags() -> OFlags {
    OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC
}

fn c_name(name: &OsStr) -> rustix::io::Result<CString> {
    CString::new(name.as_bytes()).map_err(|_| rustix::io::Errno::INVAL)
}

/// Counts what `path` holds, without following links, for the question and the progress bar.
pub(crate) fn survey(path: &Path) -> io::Result<Tally> {
    let mut tally = Tally::default();
    let mut todo = vec![path.to_owned()];
    while let Some(p) = todo.pop() {
        let meta = fs_err::symlink_metadata(&p)?;
        if meta.is_dir() {
            tally.directories += 1;
            for entry in fs_err::read_dir(&p)? {
                todo.push(entry?.path());
            }
        } else if meta.is_file() {
            tally.files += 1;
            tally.bytes += meta.len();
        } else {
            tally.other += 1;
        }
    }
    Ok(tally)
}

#[cfg(test)]
mod tests {
    use std::io::Read as _;
    use std::os::unix::fs::symlink;

    use super::*;

    fn shred(passes: u32, paths: &[&Path]) -> (Tally, Vec<Error>) {
        let bar = indicatif::ProgressBar::hidden();
        let mut shredder = Shredder::new(passes, &bar).unwrap();
        for p in paths {
            shredder.destroy(p);
        }
        shredder.finish()
    }

    #[test]
    fn files_of_awkward_sizes_are_destroyed_and_counted() {
        let dir = tempfile::tempdir().unwrap();
        let tree = dir.path().join("tree");
        fs_err::create_dir_all(tree.join("a/b")).unwrap();
        let sizes = [0usize, 1, 4095, 4096, 4097, CHUNK + 1];
        for (i, size) in sizes.iter().enumerate() {
            fs_err::write(tree.join(format!("a/b/f{i}")), vec![b'x'; *size]).unwrap();
        }
        let (tally, failures) = shred(2, &[&tree]);
        assert!(failures.is_empty(), "{failures:?}");
        assert_eq!(
            tally,
            Tally {
                files: 6,
                directories: 3,
                other: 0,
                bytes: sizes.iter().sum::<usize>() as u64,
            }
        );
        assert!(!tree.exists());
        assert_eq!(fs_err::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_symlink_is_removed_and_its_target_kept() {
        let dir = tempfile::tempdir().unwrap();
        let outside = dir.path().join("outside");
        fs_err::create_dir(&outside).unwrap();
        fs_err::write(outside.join("keep"), b"precious").unwrap();
        let tree = dir.path().join("tree");
        fs_err::create_dir(&tree).unwrap();
        symlink(&outside, tree.join("dir-link")).unwrap();
        symlink(outside.join("keep"), tree.join("file-link")).unwrap();
        let top_link = dir.path().join("top-link");
        symlink(&outside, &top_link).unwrap();
        let (tally, failures) = shred(1, &[&tree, &top_link]);
        assert!(failures.is_empty(), "{failures:?}");
        assert_eq!(tally.other, 3);
        assert!(!tree.exists() && top_link.symlink_metadata().is_err());
        let mut kept = String::new();
        fs_err::File::open(outside.join("keep"))
            .unwrap()
            .read_to_string(&mut kept)
            .unwrap();
        assert_eq!(kept, "precious");
    }

    #[test]
    fn a_hard_linked_file_is_left_alone_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f");
        fs_err::write(&file, b"shared").unwrap();
        fs_err::hard_link(&file, dir.path().join("other-name")).unwrap();
        let (tally, failures) = shred(1, &[&file]);
        assert_eq!(tally.files, 0);
        assert!(
            matches!(failures.as_slice(), [Error::HardLinked { links: 2, .. }]),
            "{failures:?}"
        );
        assert_eq!(fs_err::read(&file).unwrap(), b"shared");
    }

    #[test]
    fn a_missing_path_is_a_failure_not_a_success() {
        let dir = tempfile::tempdir().unwrap();
        let (tally, failures) = shred(1, &[&dir.path().join("nothing")]);
        assert_eq!(tally, Tally::default());
        assert!(
            matches!(failures.as_slice(), [Error::Io { source, .. }] if source.kind() == io::ErrorKind::NotFound),
            "{failures:?}"
        );
    }

    #[test]
    fn random_names_keep_the_length_and_stay_plain() {
        let bar = indicatif::ProgressBar::hidden();
        let mut shredder = Shredder::new(1, &bar).unwrap();
        for len in [1, 5, 255] {
            let name = shredder.random_name(len);
            assert_eq!(name.as_bytes().len(), len);
            assert!(name.as_bytes().iter().all(u8::is_ascii_alphanumeric));
        }
    }
}
