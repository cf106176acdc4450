//! `wipe path`: destroy files and folders; `wipe case`: destroy one case.

mod case;
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
    /// mounted inside a folder are not entered. `/` and your home directory are refused; so,
    /// without --allow-store, are any takedown home (a folder with a home.json, this one or
    /// another, and anything in or above it), store key files and the SMTP password file.
    #[command(after_long_help = "\
Examples:
  takedown wipe path screenshot.png                asks first on a terminal
  takedown wipe path --yes exports/C-7KQ2/         a folder and everything in it
  takedown wipe path --passes 3 --yes old-backup.tar")]
    Path(path::PathArgs),
    /// Destroy a case: its records, its evidence files and its key; then re-key the store
    ///
    /// In one transaction every record of the case (links, observations, notes, history,
    /// evidence and its key) is deleted with secure_delete, leaving only its id marked `wiped`;
    /// its files are overwritten and unlinked; the whole store is copied afresh (vacuumed) under
    /// a new random key and the old key destroyed, so leftovers on disk are under a key that no
    /// longer exists. That holds only where no copy of the old key survives: the report names the
    /// filesystems of the store, the vault and the key file, and says crypto-erase is not assured
    /// where one keeps old blocks (copy-on-write btrfs, ZFS, bcachefs; ext4 data=journal) or the
    /// disk may (SSDs). A held case is refused. The new recovery code is printed: the old one no
    /// longer opens the store. A wipe cut short (a crash, a kill) is finished by the next command.
    #[command(after_long_help = "\
Examples:
  takedown wipe case C-7KQ2                        asks first on a terminal
  takedown wipe case --yes C-7KQ2 > code.txt       the new recovery code is the last line")]
    Case(case::CaseArgs),
}

pub(crate) fn run(command: WipeCommand, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    match command {
        WipeCommand::Path(args) => path::run(args, ctx),
        WipeCommand::Case(args) => case::run(args, ctx),
    }
}
