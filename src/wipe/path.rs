//! Destroying the files and folders a user names: each is checked against the places never to
//! destroy, then surveyed (what is there, on which storage) before anyone is asked, then
//! shredded. It prints nothing.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use super::media::{self, Medium};
use super::shred::{self, Shredder, Tally};
use crate::secrets;

/// The file that marks a folder as a takedown home, whichever home it is.
const HOME_FILE: &str = "home.json";

/// Places `wipe path` refuses: the root, the home directory and whatever holds it; unless the
/// caller says that is meant, every secret and store it can find: this home's data directory
/// and secret files, any folder that holds a takedown home (or lies inside one), and any file
/// that holds a store key or the SMTP password beside one.
pub(crate) struct Guarded {
    home: Option<PathBuf>,
    store: Vec<PathBuf>,
}

impl Guarded {
    /// `data_dir` holds this home's case store; `secret_files` are its key and password files.
    pub(crate) fn new(data_dir: &Path, secret_files: &[PathBuf]) -> Guarded {
        let canonical = |p: &Path| fs_err::canonicalize(p).ok();
        let home = etcetera::home_dir().ok().and_then(|h| canonical(&h));
        let mut store: Vec<PathBuf> = canonical(data_dir).into_iter().collect();
        store.extend(secret_files.iter().filter_map(|f| canonical(f)));
        Guarded { home, store }
    }

    fn check(&self, target: &Path, allow_store: bool) -> anyhow::Result<()> {
        let shown = target.display();
        if target.parent().is_none() {
            anyhow::bail!("refusing to destroy `{shown}`, the root of the filesystem");
        }
        if self.home.as_ref().is_some_and(|h| h.starts_with(target)) {
            anyhow::bail!("refusing to destroy `{shown}`: it is or holds your home directory");
        }
        if allow_store {
            return Ok(());
        }
        let what = if self
            .store
            .iter()
            .any(|s| s.starts_with(target) || target.starts_with(s))
        {
            Some(
                "part of the case store (the data directory, the key file or the SMTP password)"
                    .to_owned(),
            )
        } else if let Some(home) = target
            .ancestors()
            .skip(1)
            .find(|a| a.join(HOME_FILE).exists())
        {
            Some(format!("part of the takedown home `{}`", home.display()))
        } else {
            secret_below(target)?.map(|(path, what)| match path == target {
                true => what,
                false => format!("{what} (`{}`)", path.display()),
            })
        };
        if let Some(what) = what {
            anyhow::bail!(
                "refusing to destroy `{shown}`: it is or holds {what}; use `takedown wipe case` for one case, or pass `--allow-store` to destroy every case for good"
            );
        }
        Ok(())
    }
}

/// The first takedown home or secret file at or below `target`, and what it is; never follows
/// a link.
fn secret_below(target: &Path) -> anyhow::Result<Option<(PathBuf, String)>> {
    let mut todo = vec![target.to_owned()];
    while let Some(path) = todo.pop() {
        let Ok(meta) = fs_err::symlink_metadata(&path) else {
            continue; // a missing path is reported by the survey
        };
        if meta.is_dir() {
            if path.join(HOME_FILE).symlink_metadata().is_ok() {
                return Ok(Some((path, "a takedown home".to_owned())));
            }
            for entry in fs_err::read_dir(&path)? {
                todo.push(entry?.path());
            }
        } else if let Some(kind) = secrets::secret_file_kind(&path) {
            return Ok(Some((path, kind.to_owned())));
        }
    }
    Ok(None)
}

/// What a wipe of paths is about to destroy, known before anyone is asked.
#[derive(Debug)]
pub(crate) struct Plan {
    targets: Vec<PathBuf>,
    /// Everything under the targets.
    pub(crate) planned: Tally,
    /// The storage under the targets, each kind once.
    pub(crate) media: Vec<Medium>,
}

/// Resolves, checks and surveys `paths`; `allow_store` lets the case store itself go.
pub(crate) fn plan(
    paths: &[PathBuf],
    guarded: &Guarded,
    allow_store: bool,
) -> anyhow::Result<Plan> {
    let mut targets = Vec::with_capacity(paths.len());
    let mut planned = Tally::default();
    for path in paths {
        let target = resolve(path)?;
        guarded.check(&target, allow_store)?;
        let found =
            shred::survey(&target).with_context(|| format!("cannot read `{}`", path.display()))?;
        planned.files += found.files;
        planned.directories += found.directories;
        planned.other += found.other;
        planned.bytes += found.bytes;
        targets.push(target);
    }
    let mut media: Vec<Medium> = Vec::new();
    for target in &targets {
        let parent = target.parent().unwrap_or(target);
        let medium = media::of(parent)
            .with_context(|| format!("cannot inspect the filesystem of `{}`", parent.display()))?;
        if !media
            .iter()
            .any(|m| m.filesystem == medium.filesystem && m.storage == medium.storage)
        {
            media.push(medium);
        }
    }
    Ok(Plan {
        targets,
        planned,
        media,
    })
}

impl Plan {
    /// Destroys every target with `passes` overwrite passes: what was destroyed, and the items
    /// that could not be (left in place).
    pub(crate) fn destroy(
        &self,
        passes: u32,
        bar: &indicatif::ProgressBar,
    ) -> anyhow::Result<(Tally, Vec<shred::Error>)> {
        let mut shredder = Shredder::new(passes, bar)?;
        for target in &self.targets {
            shredder.destroy(target);
        }
        Ok(shredder.finish())
    }
}

/// An absolute path whose folders are resolved but whose last part is kept as it is, so a
/// symlink names the link (which is what gets removed), not its target.
fn resolve(path: &Path) -> anyhow::Result<PathBuf> {
    let absolute = std::path::absolute(path)
        .with_context(|| format!("cannot make `{}` absolute", path.display()))?;
    let resolved = match (absolute.parent(), absolute.file_name()) {
        (Some(parent), Some(name)) => fs_err::canonicalize(parent).map(|p| p.join(name)),
        _ => fs_err::canonicalize(&absolute), // `/`, or a path ending in `..`
    };
    resolved.with_context(|| format!("cannot find `{}`", path.display()))
}
