//! Note drafts: the one place a note is plaintext outside the store, while the user's editor has
//! it. Drafts live in a private (0700) folder on memory-backed storage (`$XDG_RUNTIME_DIR`, else
//! `/dev/shm`), each in a folder of its own, so the swap and backup files an editor writes beside
//! the draft go with it.
//!
//! The process that makes a draft holds an exclusive lock on the draft's folder until it has
//! destroyed it. The kernel drops that lock when the process ends, however it ends (`kill -9`
//! while the editor is open included), so a draft folder whose lock anyone can take belongs to
//! nobody alive: every command [`sweep`]s such leftovers (overwritten, renamed, unlinked) before it
//! does anything else. The private folder's own lock keeps a sweep from taking a draft made a
//! moment ago whose maker has not locked it yet.

use std::fs::File;
use std::io;
use std::os::unix::fs::{DirBuilderExt as _, MetadataExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};

use fs_err::os::unix::fs::OpenOptionsExt as _;
use rustix::fs::{Mode, OFlags};

use crate::wipe::{media, shred::Shredder};

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error(
        "no memory-backed folder for the note's draft (`$XDG_RUNTIME_DIR` or `/dev/shm` on tmpfs)"
    )]
    NoMemory,
    #[error("`{}` belongs to another user or others can enter it; no draft is written there", .path.display())]
    NotPrivate { path: PathBuf },
    #[error("cannot use the drafts folder `{}`", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("cannot destroy the note draft in `{}`", .path.display())]
    Destroy {
        path: PathBuf,
        #[source]
        source: crate::wipe::shred::Error,
    },
}

impl crate::error::Hint for Error {
    fn hint(&self) -> Option<&'static str> {
        match self {
            Error::NoMemory | Error::NotPrivate { .. } => Some(
                "give the note on standard input instead: `takedown case note ID - < note.txt`",
            ),
            _ => None,
        }
    }
}

fn io_err(path: &Path) -> impl Fn(io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_owned(),
        source,
    }
}

/// A draft file in a locked folder of its own; destroyed on [`Draft::destroy`] or drop.
pub(crate) struct Draft {
    folder: PathBuf,
    file: PathBuf,
    /// Held until the folder is destroyed: while it is, no sweep touches the draft.
    _lock: File,
}

impl Draft {
    /// A new, empty draft file (0600) in a new folder (0700) in the private drafts folder.
    pub(crate) fn new() -> Result<Draft, Error> {
        let root = private_root()?;
        let guard = lock_dir(&root)?;
        guard.lock().map_err(io_err(&root))?;
        let name: [u8; 16] = crate::secrets::random_bytes().map_err(|e| Error::Io {
            path: root.clone(),
            source: io::Error::other(e),
        })?;
        let folder = root.join(name.iter().map(|b| format!("{b:02x}")).collect::<String>());
        std::fs::DirBuilder::new()
            .mode(0o700)
            .create(&folder)
            .map_err(io_err(&folder))?;
        let lock = lock_dir(&folder)?;
        lock.lock().map_err(io_err(&folder))?;
        drop(guard);
        let file = folder.join("note.txt");
        fs_err::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&file)
            .map_err(io_err(&file))?;
        Ok(Draft {
            folder,
            file,
            _lock: lock,
        })
    }

    pub(crate) fn path(&self) -> &Path {
        &self.file
    }

    /// Overwrites and removes the draft and everything the editor left beside it.
    pub(crate) fn destroy(mut self) -> Result<(), Error> {
        self.shred()
    }

    fn shred(&mut self) -> Result<(), Error> {
        let bar = indicatif::ProgressBar::hidden();
        let mut shredder = Shredder::new(1, &bar).map_err(|e| Error::Io {
            path: self.folder.clone(),
            source: io::Error::other(e),
        })?;
        if self.folder.symlink_metadata().is_ok() {
            shredder.destroy(&self.folder);
        }
        match shredder.finish().1.into_iter().next() {
            Some(source) => Err(Error::Destroy {
                path: self.folder.clone(),
                source,
            }),
            None => Ok(()),
        }
    }
}

impl Drop for Draft {
    /// An early return or a panic must not leave the draft behind; `destroy` reports failures.
    fn drop(&mut self) {
        let _ = self.shred();
    }
}

/// Destroys the drafts no live process holds, in every drafts folder of this user; returns how
/// many. Skips a drafts folder another command is sweeping or making a draft in right now.
pub(crate) fn sweep() -> Result<usize, Error> {
    let mut swept = 0;
    for (_, root) in candidates() {
        if !is_ours(&root)? {
            continue;
        }
        let guard = lock_dir(&root)?;
        if guard.try_lock().is_err() {
            continue;
        }
        let bar = indicatif::ProgressBar::hidden();
        let mut shredder = Shredder::new(1, &bar).map_err(|e| Error::Io {
            path: root.clone(),
            source: io::Error::other(e),
        })?;
        for entry in fs_err::read_dir(&root).map_err(io_err(&root))? {
            let path = entry.map_err(io_err(&root))?.path();
            // Held by a live process: its editor is open. A symlink cannot be opened here and
            // is removed like any other leftover, never followed; nor can a FIFO hold up every
            // command's sweep, since the open does not wait for a writer.
            let open = rustix::fs::open(
                &path,
                OFlags::RDONLY
                    | OFlags::NOFOLLOW
                    | OFlags::NONBLOCK
                    | OFlags::NOCTTY
                    | OFlags::CLOEXEC,
                Mode::empty(),
            );
            let held = open.is_ok_and(|fd| File::from(fd).try_lock().is_err());
            if !held {
                shredder.destroy(&path);
                swept += 1;
            }
        }
        if let Some(source) = shredder.finish().1.into_iter().next() {
            return Err(Error::Destroy { path: root, source });
        }
    }
    Ok(swept)
}

/// The memory-backed folders drafts may go under, each with the private drafts folder in it:
/// `$XDG_RUNTIME_DIR` is already this user's own; `/dev/shm` is shared, so the folder there
/// carries the user id.
fn candidates() -> Vec<(PathBuf, PathBuf)> {
    let runtime = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .map(|base| (base.clone(), base.join("takedown-drafts")));
    let uid = rustix::process::geteuid().as_raw();
    let shm = PathBuf::from("/dev/shm");
    let shared = (shm.clone(), shm.join(format!("takedown-drafts-{uid}")));
    runtime.into_iter().chain([shared]).collect()
}

/// The private drafts folder, made 0700 if it is not there yet, under the first candidate that
/// is memory-backed.
fn private_root() -> Result<PathBuf, Error> {
    for (base, root) in candidates() {
        let in_memory = base.is_dir() && media::of(&base).is_ok_and(|m| m.in_memory());
        if !in_memory {
            continue;
        }
        match std::fs::DirBuilder::new().mode(0o700).create(&root) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(io_err(&root)(e)),
        }
        if !is_ours(&root)? {
            return Err(Error::NotPrivate { path: root });
        }
        return Ok(root);
    }
    Err(Error::NoMemory)
}

/// Whether `root` is a real folder (not a link) of this user that nobody else may enter; `false`
/// when there is nothing there.
fn is_ours(root: &Path) -> Result<bool, Error> {
    let meta = match fs_err::symlink_metadata(root) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(io_err(root)(e)),
    };
    let ours = meta.is_dir()
        && meta.uid() == rustix::process::geteuid().as_raw()
        && meta.permissions().mode() & 0o077 == 0;
    if meta.is_dir() && !ours {
        return Err(Error::NotPrivate {
            path: root.to_owned(),
        });
    }
    Ok(ours)
}

/// A folder opened to hold an advisory lock on it (never following a link).
fn lock_dir(dir: &Path) -> Result<File, Error> {
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    rustix::fs::open(dir, flags, Mode::empty())
        .map(File::from)
        .map_err(|e| io_err(dir)(e.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_is_private_and_gone_once_destroyed_even_with_an_editors_swap_file() {
        let draft = Draft::new().unwrap();
        let folder = draft.folder.clone();
        let mode = |p: &Path| fs_err::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(folder.parent().unwrap()), 0o700);
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(draft.path()), 0o600);
        fs_err::write(folder.join(".note.txt.swp"), b"swap").unwrap();
        draft.destroy().unwrap();
        assert!(!folder.exists());
    }

    #[test]
    fn a_sweep_spares_a_draft_whose_maker_is_alive() {
        let draft = Draft::new().unwrap();
        fs_err::write(draft.path(), b"being written").unwrap();
        sweep().unwrap();
        assert_eq!(fs_err::read(draft.path()).unwrap(), b"being written");
        let folder = draft.folder.clone();
        drop(draft);
        assert!(!folder.exists(), "dropped is destroyed too");
    }
}
