//! Wiping a case end to end, and finishing one that was cut short. Every command opens the store
//! through [`crate::home::Home::open_store`], so a wipe stopped at any point (a crash, `kill -9`,
//! a power cut) is finished by whatever runs next, and the case is never half there:
//!
//! 1. one transaction deletes the case's rows and journals the wipe (before it: the case is
//!    whole; after it: the case is gone from the store, whatever happens next);
//! 2. the case's files are overwritten and unlinked, each crossed off the journal;
//! 3. a fresh random key is saved *beside* the current one in the secret store;
//! 4. the store is copied, vacuumed, into a new file under the new key, journalled there as done;
//! 5. the copy is renamed over the store (atomic: the store is the old file under the old key, or
//!    the new file under the new key, never anything in between);
//! 6. the new key replaces the old one, which is overwritten; the old store file is overwritten.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context as _;

use crate::secrets::{SecretStore, StoreKey};
use crate::store::{Store, StoreLock};
use crate::wipe::shred::{Shredder, Tally};

/// How long a wipe waits for other commands (a cron re-check) to let go of the store.
const PATIENCE: Duration = Duration::from_secs(60);

/// Steps 2-6 for every wipe the journal holds, for the store at `store_path` whose keys `backend`
/// keeps: returns the store under its new key and what was destroyed of the case's files.
pub(crate) fn finish(
    store: Store,
    store_path: &Path,
    backend: &dyn SecretStore,
    passes: u32,
    bar: &indicatif::ProgressBar,
) -> anyhow::Result<(Store, Tally)> {
    let mut shredder = Shredder::new(passes, bar)?;
    let mut failed = 0;
    for wipe in store.pending_wipes()? {
        for path in &wipe.paths {
            if path.symlink_metadata().is_ok() {
                shredder.destroy(path);
            }
            if shredder.failed() > failed {
                failed = shredder.failed();
            } else {
                store.wipe_path_done(&wipe.case, path)?;
            }
        }
    }
    let (tally, failures) = shredder.finish();
    if let Some(first) = failures.into_iter().next() {
        return Err(anyhow::Error::new(first).context(format!(
            "the case's records are gone, but {failed} of its files could not be destroyed; the next command tries again"
        )));
    }

    drop(store);
    let lock = StoreLock::exclusive(store_path, PATIENCE)?;
    let old_key = backend.load().context("cannot unlock the case store")?;
    let store = Store::open_locked(store_path, &old_key, lock)?;
    drop(old_key);
    backend.discard_next()?;
    discard_copy(store_path, bar)?;
    let new_key = StoreKey::generate()?;
    backend
        .save_next(&new_key)
        .context("cannot save the new store key")?;
    let copy = copy_path(store_path);
    let lock = store.export_rekeyed(&copy, &new_key)?;
    let old_file = fs_err::OpenOptions::new().write(true).open(store_path)?;
    fs_err::rename(&copy, store_path)?;
    sync_dir(store_path)?;
    backend
        .promote_next()
        .context("cannot replace the store key with the new one")?;
    // The old file is unlinked now but still open here: its blocks can still be overwritten.
    Shredder::new(passes, bar)?
        .overwrite(old_file.file())
        .context("cannot overwrite the old store file")?;
    let store = Store::open_locked(store_path, &new_key, lock.into_shared()?)?;
    tracing::debug!("the store is re-keyed");
    Ok((store, tally))
}

/// Bytes of files the journalled wipes have still to destroy, for a progress bar.
pub(crate) fn bytes_left(store: &Store) -> anyhow::Result<u64> {
    Ok(store
        .pending_wipes()?
        .iter()
        .flat_map(|w| &w.paths)
        .filter_map(|p| super::shred::survey(p).ok())
        .map(|t| t.bytes)
        .sum())
}

/// Where the re-keyed copy is written before it replaces the store.
fn copy_path(store: &Path) -> PathBuf {
    store.with_extension("db.rekey")
}

/// A copy left by a re-key cut short before the rename: its key is being destroyed, and so is it.
pub(crate) fn discard_copy(store: &Path, bar: &indicatif::ProgressBar) -> anyhow::Result<()> {
    let copy = copy_path(store);
    if copy.symlink_metadata().is_ok() {
        let mut shredder = Shredder::new(1, bar)?;
        shredder.destroy(&copy);
        if let Some(first) = shredder.finish().1.into_iter().next() {
            return Err(first.into());
        }
    }
    Ok(())
}

fn sync_dir(file: &Path) -> std::io::Result<()> {
    let dir = file.parent().unwrap_or(Path::new("."));
    fs_err::File::open(dir)?.sync_all()
}
