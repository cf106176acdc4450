//! `wipe path`: destroy files and folders; `wipe case`: destroy one case.

mod path;

use crate::ctx::Ctx;
use crate::error::ExitStatus;

/// Destroy files, folders or a whole case, beyond what deleting does
///
/// Overwriting erases old contents only where the filesystem writes in place and the disk keeps
/// no old copies: copy-on-write filesystems (btrfs, ZFS) and solid-state disks keep old blocks.
/// Every wipe ends with a report that says what was destroyed, how, and how sure that is here.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum WipeCommand {
    /// Destroy files and folders: overwrite, sync, rename at random, unlink
    ///
    /// Each file is overwritten with random bytes (one pass unless --passes says more), synced to
    /// disk, truncated, renamed to a random name and unlinked; folders are emptied the same way,
    /// then removed. Symlinks are removed themselves and never followed; other filesystems
    /// mounted inside a folder are not entered. `/`, your home directory and the case store are
    /// refused.
    #[command(after_long_help = "\
Examples:
  takedown wipe path screenshot.png                asks first on a terminal
  takedown wipe path --yes exports/C-7KQ2/         a folder and everything in it
  takedown wipe path --passes 3 --yes old-backup.tar")]
    Path(path::PathArgs),
}

pub(crate) fn run(command: WipeCommand, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    match command {
        WipeCommand::Path(args) => path::run(args, ctx),
    }
}

/// `wipe.passes` from config.yaml, checked like the flag.
pub(crate) fn configured_passes(ctx: &Ctx<'_>) -> anyhow::Result<u32> {
    let passes = ctx.config()?.wipe.passes;
    if !(1..=crate::shred::MAX_PASSES).contains(&passes) {
        anyhow::bail!(
            "`wipe.passes` in the settings file is {passes}; it must be 1 to {}",
            crate::shred::MAX_PASSES
        );
    }
    Ok(passes)
}
