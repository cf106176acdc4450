use std::path::PathBuf;

use anyhow::Context as _;

use crate::config;
use crate::ctx::Ctx;
use crate::domain::recovery;
use crate::error::ExitStatus;
use crate::home::HomeFile;
use crate::secrets::{self, SecretLocation, StoreKey};

/// Manage the store key
#[derive(Debug, clap::Subcommand)]
pub(crate) enum KeyCommand {
    /// Put the key back from the recovery code `takedown init` printed (read from stdin)
    ///
    /// The code is checked against the store before it is saved. An existing key file is never
    /// overwritten: move a damaged one aside first.
    #[command(after_long_help = "\
Examples:
  takedown key restore                                the key goes back where init put it
  takedown key restore --key-file /etc/takedown/key   into a new key file")]
    Restore {
        /// Save the key to this (new) file and use it from now on
        #[arg(long, value_name = "PATH")]
        key_file: Option<PathBuf>,
    },
}

pub(crate) fn run(command: KeyCommand, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let KeyCommand::Restore { key_file } = command;
    let settings = ctx.settings()?;
    let home = ctx.home()?;
    if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        ctx.printer().note(&"Type the recovery code, then Enter:");
    }
    let code = zeroize::Zeroizing::new(super::read_stdin(4096)?);
    let key = StoreKey::from_bytes(*recovery::decode(&code)?);
    home.check_key(&key)
        .context("the recovery code does not open this store")?;
    let location = match key_file {
        Some(path) => SecretLocation::KeyFile {
            path: config::absolute(&path)?,
        },
        None => home.secret().clone(),
    };
    secrets::backend(&location)
        .save(&key)
        .context("cannot save the restored key")?;
    ctx.printer()
        .note(&format_args!("Restored the store key into {location}."));
    HomeFile {
        format: HomeFile::FORMAT,
        secret: location,
    }
    .write(&settings.home_file_path())?;
    Ok(ExitStatus::Success)
}
