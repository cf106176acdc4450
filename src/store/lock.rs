//! The advisory lock beside the store file (`takedown.lock`): every open store holds it shared,
//! and `wipe case` holds it alone while it swaps the store file for its re-keyed copy.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fs_err::os::unix::fs::OpenOptionsExt as _;

use super::Error;

/// The advisory lock beside the store file (`takedown.lock`).
pub(crate) struct StoreLock(std::fs::File);

impl StoreLock {
    fn file(store: &Path) -> Result<std::fs::File, Error> {
        let path = store.with_extension("lock");
        let file = fs_err::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(&path)
            .map_err(|source| Error::Lock { path, source })?;
        Ok(file.into_parts().0)
    }

    /// Shared: any number of commands use the store side by side. Waits while a wipe swaps the
    /// store file (seconds at most).
    pub(crate) fn shared(store: &Path) -> Result<StoreLock, Error> {
        let file = StoreLock::file(store)?;
        file.lock_shared().map_err(|source| Error::Lock {
            path: store.with_extension("lock"),
            source,
        })?;
        Ok(StoreLock(file))
    }

    /// Exclusive: nobody else has the store open. Waits up to `patience` for other commands (a
    /// re-check run by cron) to finish.
    pub(crate) fn exclusive(store: &Path, patience: Duration) -> Result<StoreLock, Error> {
        let file = StoreLock::file(store)?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(StoreLock(file)),
                Err(std::fs::TryLockError::WouldBlock) if started.elapsed() < patience => {
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(std::fs::TryLockError::WouldBlock) => return Err(Error::Busy),
                Err(std::fs::TryLockError::Error(source)) => {
                    return Err(Error::Lock {
                        path: store.with_extension("lock"),
                        source,
                    });
                }
            }
        }
    }

    /// Lets other commands in again, without a moment in which a wipe could slip in.
    pub(crate) fn into_shared(self) -> Result<StoreLock, Error> {
        // flock converts an exclusive lock held through this descriptor into a shared one.
        self.0.lock_shared().map_err(|source| Error::Lock {
            path: PathBuf::from("takedown.lock"),
            source,
        })?;
        Ok(self)
    }
}
