use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context as _;
use indicatif::HumanBytes;
use serde::Serialize;

use crate::config::SecretLocation;
use crate::ctx::Ctx;
use crate::error::ExitStatus;
use crate::wipe::media::{self, Medium};
use crate::wipe::shred::{self, Shredder, Tally};

#[derive(Debug, clap::Args)]
pub(crate) struct PathArgs {
    /// Files and folders to destroy; a symlink is removed itself, never followed
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Overwrite passes with random bytes [default: `wipe.passes` in config.yaml, or 1]
    #[arg(long, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=i64::from(shred::MAX_PASSES)))]
    passes: Option<u32>,
    /// Allow destroying the case store's directory or key file (every case, for good)
    #[arg(long)]
    allow_store: bool,
    /// Go ahead without asking (needed when there is no terminal)
    #[arg(short = 'y', long)]
    yes: bool,
}

/// What `wipe path` did, for people (a few lines) and scripts (`--json`).
#[derive(Debug, Serialize)]
struct PathReport {
    #[serde(flatten)]
    destroyed: Tally,
    passes: u32,
    seconds: f64,
    /// Items that could not be destroyed (left in place, named on stderr).
    failed: usize,
    media: Vec<Medium>,
}

pub(super) fn run(args: PathArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let printer = ctx.printer();
    let passes = match args.passes {
        Some(n) => n,
        None => ctx.wipe_passes()?,
    };
    let guarded = Guarded::find(ctx)?;
    let mut targets = Vec::with_capacity(args.paths.len());
    let mut planned = Tally::default();
    for path in &args.paths {
        let target = resolve(path)?;
        guarded.check(&target, args.allow_store)?;
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
    let question = format!(
        "Destroy {} file(s) ({}), {} folder(s) and {} link(s) or other entries for good? This cannot be undone.",
        planned.files,
        HumanBytes(planned.bytes),
        planned.directories,
        planned.other
    );
    if !args.yes && !crate::cmd::confirm(&question)? {
        anyhow::bail!("nothing was destroyed");
    }

    let bar = printer.byte_progress(planned.bytes * u64::from(passes));
    let started = Instant::now();
    let mut shredder = Shredder::new(passes, &bar)?;
    for target in &targets {
        shredder.destroy(target);
    }
    let (destroyed, failures) = shredder.finish();
    bar.finish_and_clear();
    for failure in &failures {
        let mut lines = vec![failure.to_string()];
        if let shred::Error::Io { source, .. } = failure {
            lines.push(format!("caused by: {source}"));
        }
        printer.error(&lines, None);
    }
    let report = PathReport {
        destroyed,
        passes,
        seconds: started.elapsed().as_secs_f64(),
        failed: failures.len(),
        media,
    };
    render(ctx, &report)?;
    Ok(if failures.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}

fn render(ctx: &Ctx<'_>, report: &PathReport) -> std::io::Result<()> {
    let printer = ctx.printer();
    if printer.json() {
        return printer.json_line(report);
    }
    let d = &report.destroyed;
    printer.line(&format_args!(
        "destroyed   {} file(s) ({}), {} folder(s), {} link(s) or other entries",
        d.files,
        HumanBytes(d.bytes),
        d.directories,
        d.other
    ))?;
    printer.line(&format_args!(
        "method      {} random overwrite pass(es), each synced to disk; then truncated, renamed at random, unlinked",
        report.passes
    ))?;
    let rate = d.bytes as f64 * f64::from(report.passes) / report.seconds.max(1e-6);
    printer.line(&format_args!(
        "time        {:.2} s ({}/s)",
        report.seconds,
        HumanBytes(rate as u64)
    ))?;
    for m in &report.media {
        printer.line(&format_args!("erasure     {}", m.assessment))?;
    }
    if report.failed > 0 {
        printer.line(&format_args!(
            "not done    {} item(s) could not be destroyed and are still there (see above)",
            report.failed
        ))?;
    }
    Ok(())
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

/// Places `wipe path` refuses: the root, the home directory and whatever holds it; the case
/// store's directory and key file unless `--allow-store` says that is meant.
struct Guarded {
    home: Option<PathBuf>,
    store: Vec<PathBuf>,
}

impl Guarded {
    fn find(ctx: &Ctx<'_>) -> anyhow::Result<Guarded> {
        let canonical = |p: &Path| fs_err::canonicalize(p).ok();
        let home = etcetera::home_dir().ok().and_then(|h| canonical(&h));
        let settings = ctx.settings()?;
        let mut store: Vec<PathBuf> = canonical(&settings.home).into_iter().collect();
        if let Ok(home_file) = settings.home_file()
            && let SecretLocation::KeyFile { path } = home_file.secret
        {
            store.extend(canonical(&path));
        }
        Ok(Guarded { home, store })
    }

    fn check(&self, target: &Path, allow_store: bool) -> anyhow::Result<()> {
        let shown = target.display();
        if target.parent().is_none() {
            anyhow::bail!("refusing to destroy `{shown}`, the root of the filesystem");
        }
        if self.home.as_ref().is_some_and(|h| h.starts_with(target)) {
            anyhow::bail!("refusing to destroy `{shown}`: it is or holds your home directory");
        }
        let store = self
            .store
            .iter()
            .any(|s| s.starts_with(target) || target.starts_with(s));
        if store && !allow_store {
            anyhow::bail!(
                "refusing to destroy `{shown}`: it is or holds part of the case store (the data directory or the key file); use `takedown wipe case` for one case, or pass `--allow-store` to destroy every case for good"
            );
        }
        Ok(())
    }
}
