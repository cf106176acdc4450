use std::os::unix::fs::PermissionsExt as _;
use std::path::PathBuf;

use anyhow::Context as _;

use crate::config;
use crate::ctx::Ctx;
use crate::domain::recovery;
use crate::error::ExitStatus;
use crate::home::HomeFile;
use crate::secrets::{self, KeyringStore, SecretLocation, StoreKey};
use crate::store::Store;
use crate::wipe::media;

const KEYRING_SERVICE: &str = "takedown";

/// Create the encrypted case store and choose where its key lives
///
/// The store key is 256 random bits kept in the OS keyring where one answers, otherwise in the
/// key file you name with --key-file (created 0600; keep it outside the data directory and out of
/// backups of it). A key file on a filesystem that keeps old blocks (btrfs, ZFS, bcachefs, ext4
/// data=journal) is warned about: `wipe case` replaces the key, and the old one could survive
/// there. A recovery code is printed once: write it down and keep it offline.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Examples:
  takedown init                                  key in the OS keyring (desktops)
  takedown init --key-file /etc/takedown/key     key in a file (servers, cron)
  takedown --home /srv/helpline init --yes --key-file /etc/takedown/key")]
pub(crate) struct InitArgs {
    /// Keep the key in this file instead of the OS keyring (servers and cron)
    #[arg(long, value_name = "PATH")]
    key_file: Option<PathBuf>,
    /// Go ahead without asking (needed when there is no terminal)
    #[arg(short = 'y', long)]
    yes: bool,
}

pub(crate) fn run(args: InitArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let home = &settings.home;
    if settings.store_exists() {
        anyhow::bail!(
            "a case store already exists at `{}`; refusing to overwrite it",
            home.display()
        );
    }
    let location = match &args.key_file {
        Some(path) => {
            let path = config::absolute(path)?;
            if path.starts_with(home) {
                ctx.printer().warn(&"the key file is inside the data directory: anyone who copies the directory gets the key with it");
            }
            SecretLocation::KeyFile { path }
        }
        None => {
            KeyringStore::probe(KEYRING_SERVICE)
                .context("cannot keep the key in the OS keyring")?;
            let tag: [u8; 8] = secrets::random_bytes()?;
            SecretLocation::Keyring {
                service: KEYRING_SERVICE.to_owned(),
                account: format!(
                    "store-{}",
                    tag.iter().map(|b| format!("{b:02x}")).collect::<String>()
                ),
            }
        }
    };
    let backend = secrets::backend(&location);
    let question = format!(
        "Create an encrypted case store in `{}` with its key in {}?",
        home.display(),
        location
    );
    if !args.yes && !super::confirm(&question)? {
        anyhow::bail!("nothing was created");
    }

    secrets::create_private_dir(home)
        .and_then(|()| fs_err::set_permissions(home, std::fs::Permissions::from_mode(0o700)))
        .with_context(|| format!("cannot create the data directory `{}`", home.display()))?;
    let key = StoreKey::generate()?;
    // The key is saved before the store exists, so a store is never left without its key.
    backend.save(&key).context("cannot save the store key")?;
    if let SecretLocation::KeyFile { path } = &location {
        let medium = media::of(path)
            .with_context(|| format!("cannot look at the filesystem of `{}`", path.display()))?;
        if let Some(why) = medium.keeps_old_copies() {
            crate::render::init::key_file_keeps_copies(ctx.printer(), path, &medium, why);
        }
    }
    drop(Store::create(&settings.store_path(), &key)?);
    HomeFile {
        format: HomeFile::FORMAT,
        secret: location.clone(),
    }
    .write(&settings.home_file_path())?;

    let code = recovery::encode(key.expose());
    crate::render::init::created(
        ctx.printer(),
        home,
        backend.kind(),
        &location,
        code.as_str(),
    )?;
    Ok(ExitStatus::Success)
}
