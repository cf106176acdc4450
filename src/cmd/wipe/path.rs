use std::path::PathBuf;
use std::time::Instant;

use crate::ctx::Ctx;
use crate::error::ExitStatus;
use crate::home::HomeFile;
use crate::render::wipe::{self as render, PathReport};
use crate::wipe::path::{self, Guarded};
use crate::wipe::shred::MAX_PASSES;

#[derive(Debug, clap::Args)]
pub(crate) struct PathArgs {
    /// Files and folders to destroy; a symlink is removed itself, never followed
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Overwrite passes with random bytes [default: `wipe.passes` in config.yaml, or 1]
    #[arg(long, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_PASSES)))]
    passes: Option<u32>,
    /// Allow destroying a takedown home (any folder with a home.json), a store key file or the
    /// SMTP password file beside it (every case of that home, for good)
    #[arg(long)]
    allow_store: bool,
    /// Go ahead without asking (needed when there is no terminal)
    #[arg(short = 'y', long)]
    yes: bool,
}

pub(super) fn run(args: PathArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let printer = ctx.printer();
    let passes = match args.passes {
        Some(n) => n,
        None => ctx.wipe_passes()?,
    };
    // Read without opening the store, so a damaged store still has its key file guarded. No
    // home file, or a damaged one: other secrets are still found by their contents.
    let settings = ctx.settings()?;
    let secret_files = match HomeFile::read(&settings.home_file_path()) {
        Ok(Some(file)) => file.secret.files(),
        _ => Vec::new(),
    };
    let guarded = Guarded::new(&settings.home, &secret_files);
    let plan = path::plan(&args.paths, &guarded, args.allow_store)?;
    if !args.yes && !crate::cmd::confirm(&render::path_question(&plan.planned))? {
        anyhow::bail!("nothing was destroyed");
    }

    let bar = printer.byte_progress(plan.planned.bytes * u64::from(passes));
    let started = Instant::now();
    let (destroyed, failures) = plan.destroy(passes, &bar)?;
    bar.finish_and_clear();
    render::path_failures(printer, &failures);
    let report = PathReport {
        destroyed,
        passes,
        seconds: started.elapsed().as_secs_f64(),
        failed: failures.len(),
        media: &plan.media,
    };
    render::path_report(printer, &report)?;
    Ok(if failures.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}
