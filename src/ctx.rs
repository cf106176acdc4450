//! The lazily built context of one command: settings, the platform catalogue and the store are
//! made only when a command asks, so `completions`, `man` and `platforms check` work before
//! `init` and with a broken home.

use std::cell::{Cell, OnceCell};

use anyhow::Context as _;
use fs_err::os::unix::fs::OpenOptionsExt as _;

use crate::config::file::ConfigFile;
use crate::config::templates::Templates;
use crate::config::{Locations, Settings, staff};
use crate::domain::catalog::Catalog;
use crate::domain::staff::StaffHandle;
use crate::home::Home;
use crate::render::Printer;
use crate::store::Store;

pub(crate) struct Ctx<'p> {
    locations: Locations,
    /// `--as` or `TAKEDOWN_STAFF`, unchecked.
    staff_named: Option<String>,
    staff: OnceCell<StaffHandle>,
    printer: &'p Printer,
    settings: OnceCell<Settings>,
    config: OnceCell<ConfigFile>,
    catalog: OnceCell<Catalog>,
    home: OnceCell<Home>,
    store: OnceCell<Store>,
    /// Set by `takedown cron`: what was told is recorded, and told once.
    unattended: Cell<bool>,
}

impl<'p> Ctx<'p> {
    pub(crate) fn new(
        locations: Locations,
        staff_named: Option<String>,
        printer: &'p Printer,
    ) -> Ctx<'p> {
        Ctx {
            locations,
            staff_named,
            staff: OnceCell::new(),
            printer,
            settings: OnceCell::new(),
            config: OnceCell::new(),
            catalog: OnceCell::new(),
            home: OnceCell::new(),
            store: OnceCell::new(),
            unattended: Cell::new(false),
        }
    }

    /// Marks this run as cron's: from now on, under `--quiet`, only news is told.
    pub(crate) fn run_unattended(&self) {
        self.unattended.set(true);
    }

    /// Whether only news is told: `takedown cron --quiet`, whose output cron mails to staff
    /// every hour. A person running a command hears everything, every time.
    pub(crate) fn news_only(&self) -> bool {
        self.unattended.get() && self.printer.quiet()
    }

    pub(crate) fn printer(&self) -> &Printer {
        self.printer
    }

    pub(crate) fn settings(&self) -> anyhow::Result<&Settings> {
        if self.settings.get().is_none() {
            let settings = Settings::resolve(&self.locations)?;
            let _ = self.settings.set(settings);
        }
        Ok(self.settings.get().expect("initialised just above"))
    }

    /// `config.yaml`, or the defaults when there is none.
    pub(crate) fn config(&self) -> anyhow::Result<&ConfigFile> {
        if self.config.get().is_none() {
            let settings = self.settings()?;
            let config = match &settings.config_file {
                Some(path) => ConfigFile::load(path, settings.config_named)?,
                None => ConfigFile::default(),
            };
            let _ = self.config.set(config);
        }
        Ok(self.config.get().expect("initialised just above"))
    }

    /// Where the user's template overrides are looked for.
    pub(crate) fn templates(&self) -> anyhow::Result<Templates> {
        Ok(Templates::locate(self.settings()?)?)
    }

    pub(crate) fn catalog(&self) -> anyhow::Result<&Catalog> {
        if self.catalog.get().is_none() {
            let settings = self.settings()?;
            let catalog = Catalog::load(settings.platforms_file.as_deref())
                .context("cannot load the platform catalogue")?;
            let _ = self.catalog.set(catalog);
        }
        Ok(self.catalog.get().expect("initialised just above"))
    }

    /// Who is acting: the staff handle recorded with every action. Commands that record one ask
    /// for it before they change anything, so a missing handle refuses cleanly.
    pub(crate) fn staff(&self) -> anyhow::Result<&StaffHandle> {
        if self.staff.get().is_none() {
            let file = match self.staff_named {
                Some(_) => None,
                None => self.config()?.handle.as_deref(),
            };
            let handle = staff::resolve(self.staff_named.as_deref(), file)?;
            let _ = self.staff.set(handle);
        }
        Ok(self.staff.get().expect("initialised just above"))
    }

    /// The data directory `init` made: `home.json` is read and the key's backend built once.
    pub(crate) fn home(&self) -> anyhow::Result<&Home> {
        if self.home.get().is_none() {
            let home = Home::load(self.settings()?)?;
            let _ = self.home.set(home);
        }
        Ok(self.home.get().expect("initialised just above"))
    }

    /// Opens the existing store with the key from the backend `init` chose. It never creates a
    /// store: a missing one is an error that points to `takedown init`.
    ///
    /// A wipe that was cut short is finished first (`Home::open_store`); if one finished since
    /// the last `wipe case`, the user hears that the store has a new recovery code.
    pub(crate) fn store(&self) -> anyhow::Result<&Store> {
        if self.store.get().is_none() {
            let store = self
                .home()?
                .open_store(&|| self.wipe_passes(), &indicatif::ProgressBar::hidden())?;
            for wipe in store.pending_wipes()? {
                crate::render::wipe::code_not_shown(self.printer, &wipe.case);
            }
            let _ = self.store.set(store);
        }
        Ok(self.store.get().expect("initialised just above"))
    }

    /// Overwrite passes for wiping: `wipe.passes` from config.yaml, checked where it is loaded.
    pub(crate) fn wipe_passes(&self) -> anyhow::Result<u32> {
        Ok(self.config()?.wipe.passes)
    }

    /// The clock, read in one place so rules in `domain` take time as an argument.
    pub(crate) fn now(&self) -> jiff::Timestamp {
        jiff::Timestamp::now()
    }

    /// Takes the run lock in the data directory; `None` when another re-check holds it. The OS
    /// drops the lock when the process ends, however it ends, so a killed run never leaves it stuck.
    pub(crate) fn run_lock(&self) -> anyhow::Result<Option<fs_err::File>> {
        let file = fs_err::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(self.settings()?.home.join("recheck.lock"))?;
        match file.try_lock() {
            Ok(()) => Ok(Some(file)),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => {
                Err(e).context("cannot lock the re-check lock file")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Locations;
    use crate::home::HomeFile;
    use crate::render::{OutputSettings, Verbosity};
    use crate::secrets::{self, SecretLocation, StoreKey};

    /// `home.json` and the key's backend are read once a run: after the first look, the store
    /// opens even with `home.json` gone (before, each of `wipe case`'s three steps read it anew).
    #[test]
    fn a_run_reads_the_home_file_once() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        fs_err::create_dir(&data).unwrap();
        let secret = SecretLocation::KeyFile {
            path: dir.path().join("key"),
        };
        let key = StoreKey::generate().unwrap();
        secrets::backend(&secret).save(&key).unwrap();
        drop(Store::create(&data.join("takedown.db"), &key).unwrap());
        HomeFile {
            format: HomeFile::FORMAT,
            secret,
        }
        .write(&data.join("home.json"))
        .unwrap();
        let printer = Printer::new(&OutputSettings {
            json: false,
            verbosity: Verbosity::Quiet,
            color: Some(false),
        });
        let ctx = Ctx::new(
            Locations {
                home: Some(data.clone()),
                platforms: None,
                config: Some(dir.path().join("config.yaml")),
                templates: None,
            },
            None,
            &printer,
        );
        assert!(ctx.home().is_ok());
        fs_err::remove_file(data.join("home.json")).unwrap();
        ctx.store().expect("the home file was read before it went");
        assert!(ctx.home().is_ok());
        let fresh = Ctx::new(
            Locations {
                home: Some(data),
                platforms: None,
                config: None,
                templates: None,
            },
            None,
            &printer,
        );
        assert!(fresh.home().is_err(), "a new run reads the home file again");
    }
}
