//! Wiping a case end to end, and finishing one that was cut short. Every command opens the store
//! through [`crate::home::Home::open_store`], so a wipe stopped at any point (a crash, `kill -9`,
//! a power cut) is finished by whatever runs next, and the case is never half there:
//!
//! 1. one transaction deletes the case's rows and journals the wipe (before it: the case is
//!    whole; after it: the case is gone from the store, whatever happens next);
//! 2. the case's files are overwritten and unlinked, and its folder removed under its own name,
//!    each crossed off the journal;
//! 3. a fresh random key is saved *beside* the current one in the secret store;
//! 4. the store is copied, vacuumed, into a new file under the new key, journalled there as done;
//! 5. the copy is renamed over the store (atomic: the store is the old file under the old key, or
//!    the new file under the new key, never anything in between);
//! 6. the new key replaces the old one, which is overwritten; the old store file is overwritten.
//!
//! The report outlives the run too: before the first file goes, the journal records what the
//! case's files hold, and every run adds the time it spends as it goes, so the report printed by
//! whichever command finishes the wipe counts what the first run destroyed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context as _;

use crate::domain::ids::CaseId;
use crate::secrets::{SecretStore, StoreKey};
use crate::store::{PendingWipe, Store, StoreLock, Survey};
use crate::wipe::shred::Shredder;

/// How long a wipe waits for other commands (a cron re-check) to let go of the store.
const PATIENCE: Duration = Duration::from_secs(60);

/// How often the time spent is written down while files are destroyed.
const CLOCK_EVERY: Duration = Duration::from_millis(250);

/// Steps 2-6 for every wipe the journal holds, for the store at `store_path` whose keys `backend`
/// keeps; `started` is when this run began working on them. Returns the store under its new key;
/// the journal holds what the report needs.
pub(crate) fn finish(
    store: Store,
    store_path: &Path,
    backend: &dyn SecretStore,
    passes: u32,
    bar: &indicatif::ProgressBar,
    started: Instant,
) -> anyhow::Result<Store> {
    let pending = store.pending_wipes()?;
    let mut clock = Clock::new(&pending, started);
    let mut shredder = Shredder::new(passes, bar)?;
    let mut failed = 0;
    for wipe in &pending {
        if wipe.files.is_none() {
            store.wipe_surveyed(&wipe.case, survey(&wipe.paths))?;
        }
        for path in &wipe.paths {
            let folder = path.symlink_metadata().is_ok_and(|m| m.is_dir());
            for piece in pieces(path) {
                if piece.symlink_metadata().is_ok() {
                    shredder.destroy(&piece);
                }
                clock.save(&store, false)?;
            }
            if shredder.failed() > failed {
                failed = shredder.failed();
                continue;
            }
            if folder {
                remove_folder(path)?;
            }
            store.wipe_path_done(&wipe.case, path)?;
        }
    }
    clock.save(&store, true)?;
    let (_, failures) = shredder.finish();
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
    clock.save(&store, true)?;
    tracing::debug!("the store is re-keyed");
    Ok(store)
}

/// The seconds each wipe being finished has taken: what earlier runs recorded, plus this run's.
struct Clock {
    started: Instant,
    before: HashMap<CaseId, f64>,
    saved: Instant,
}

impl Clock {
    fn new(pending: &[PendingWipe], started: Instant) -> Clock {
        Clock {
            started,
            before: pending
                .iter()
                .map(|w| (w.case.clone(), w.seconds))
                .collect(),
            saved: Instant::now(),
        }
    }

    /// Writes the time down: always when `now`, otherwise at most every [`CLOCK_EVERY`].
    fn save(&mut self, store: &Store, now: bool) -> anyhow::Result<()> {
        if !now && self.saved.elapsed() < CLOCK_EVERY {
            return Ok(());
        }
        let spent = self.started.elapsed().as_secs_f64();
        for (case, before) in &self.before {
            store.wipe_seconds(case, before + spent)?;
        }
        self.saved = Instant::now();
        Ok(())
    }
}

/// What the files of a wipe hold, before any is destroyed. A path already gone holds nothing.
fn survey(paths: &[PathBuf]) -> Survey {
    paths
        .iter()
        .filter_map(|p| super::shred::survey(p).ok())
        .fold(Survey::default(), |sum, t| Survey {
            files: sum.files + t.files,
            bytes: sum.bytes + t.bytes,
        })
}

/// A case's vault folder one entry at a time, so the time spent is written down as it goes
/// (the emptied folder is [`remove_folder`]'s); anything but a plain folder is one piece. (A
/// folder swapped for a link meanwhile lists another folder's entries, but the shredder opens
/// each entry's parent without following links, so it destroys nothing there.)
fn pieces(path: &Path) -> Vec<PathBuf> {
    if !path.symlink_metadata().is_ok_and(|m| m.is_dir()) {
        return vec![path.to_owned()];
    }
    fs_err::read_dir(path).map_or_else(
        |_| Vec::new(),
        |entries| entries.flatten().map(|e| e.path()).collect(),
    )
}

/// Removes a case's emptied vault folder under the name the journal holds, in one step. The
/// shredder would first rename it to a random name, and a run killed between the rename and the
/// removal left a folder that no journal names and no later run found (ARCHITECTURE §7). Its
/// name is the case's random vault id, which nothing else holds once the rows are gone.
fn remove_folder(path: &Path) -> anyhow::Result<()> {
    match fs_err::remove_dir(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            return Err(anyhow::Error::new(e).context(
                "the case's records and files are gone, but its vault folder could not be removed; the next command tries again",
            ));
        }
        _ => {}
    }
    sync_dir(path)?;
    Ok(())
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
