//! Wiping a case end to end, and finishing one that was cut short. Every command opens the store
//! through [`open`], so a wipe stopped at any point (a crash, `kill -9`, a power cut) is finished
//! by whatever runs next, and the case is never half there:
//!
//! 1. one transaction deletes the case's rows and journals the wipe (before it: the case is
//!    whole; after it: the case is gone from the store, whatever happens next);
//! 2. the case's files are overwritten and unlinked, each crossed off the journal;
//! 3. a fresh random key is saved *beside* the current one in the secret store;
//! 4. the store is copied, vacuumed, into a new file under the new key, journalled there as done;
//! 5. the copy is renamed over the store (atomic: the store is the old file under the old key, or
//!    the new file under the new key, never anything in between);
//! 6. the new key replaces the old one, which is overwritten; the old store file is overwritten.
//!
//! On opening, the current key is tried first; if it no longer opens the store, step 5 happened
//! and step 6 did not, so the next key must, and is promoted. If the current key opens the store,
//! any next key is a leftover of steps 3-4 and is destroyed, and the journal says whether steps
//! 2-6 still need to run.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context as _;

use crate::config::Settings;
use crate::secrets::{self, StoreKey};
use crate::store::{self, Store, StoreLock, WipeStage};
use crate::wipe::shred::{Shredder, Tally};

/// How long a wipe waits for other commands (a cron re-check) to let go of the store.
const PATIENCE: Duration = Duration::from_secs(60);

/// Opens the store with the key from the secret store, first finishing whatever an interrupted
/// wipe left undone (with `passes()` overwrite passes, asked only then).
pub(crate) fn open(
    settings: &Settings,
    passes: &dyn Fn() -> anyhow::Result<u32>,
    bar: &indicatif::ProgressBar,
) -> anyhow::Result<Store> {
    let backend = secrets::backend(&settings.home_file()?.secret);
    let path = settings.store_path();
    let key = backend.load().context("cannot unlock the case store")?;
    let store = match Store::open(&path, &key) {
        Ok(store) => {
            if backend.load_next()?.is_some() {
                tracing::debug!("destroying the key of a re-key that never reached the store");
                backend.discard_next()?;
            }
            discard_copy(&path, bar)?;
            store
        }
        Err(store::Error::WrongKey) => {
            let Some(next) = backend.load_next()? else {
                return Err(store::Error::WrongKey.into());
            };
            let store = Store::open(&path, &next)?;
            tracing::debug!("the store was re-keyed but the key not replaced; replacing it now");
            backend.promote_next()?;
            store
        }
        Err(e) => return Err(e.into()),
    };
    if store
        .pending_wipes()?
        .iter()
        .any(|w| w.stage == WipeStage::Destroying)
    {
        return Ok(finish(store, settings, passes()?, bar)?.0);
    }
    Ok(store)
}

/// Steps 2-6 for every wipe the journal holds: returns the store under its new key and what was
/// destroyed of the case's files.
pub(crate) fn finish(
    store: Store,
    settings: &Settings,
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

    let backend = secrets::backend(&settings.home_file()?.secret);
    let path = settings.store_path();
    drop(store);
    let lock = StoreLock::exclusive(&path, PATIENCE)?;
    let old_key = backend.load().context("cannot unlock the case store")?;
    let store = Store::open_locked(&path, &old_key, lock)?;
    drop(old_key);
    backend.discard_next()?;
    discard_copy(&path, bar)?;
    let new_key = StoreKey::generate()?;
    backend
        .save_next(&new_key)
        .context("cannot save the new store key")?;
    let copy = copy_path(&path);
    let lock = store.export_rekeyed(&copy, &new_key)?;
    let old_file = fs_err::OpenOptions::new().write(true).open(&path)?;
    fs_err::rename(&copy, &path)?;
    sync_dir(&path)?;
    backend
        .promote_next()
        .context("cannot replace the store key with the new one")?;
    // The old file is unlinked now but still open here: its blocks can still be overwritten.
    Shredder::new(passes, bar)?
        .overwrite(old_file.file())
        .context("cannot overwrite the old store file")?;
    let store = Store::open_locked(&path, &new_key, lock.into_shared()?)?;
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

/// The key that opens the store now (after a wipe: the new one, for its recovery code).
pub(crate) fn current_key(settings: &Settings) -> anyhow::Result<StoreKey> {
    Ok(secrets::backend(&settings.home_file()?.secret).load()?)
}

/// Where the re-keyed copy is written before it replaces the store.
fn copy_path(store: &Path) -> PathBuf {
    store.with_extension("db.rekey")
}

/// A copy left by a re-key cut short before the rename: its key is being destroyed, and so is it.
fn discard_copy(store: &Path, bar: &indicatif::ProgressBar) -> anyhow::Result<()> {
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
