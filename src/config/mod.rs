//! Settings, resolved once: flag, then environment (clap's `env =`), then the home file, then
//! defaults. All YAML parsing lives below this module.

pub(crate) mod file;
pub(crate) mod partners;
pub(crate) mod platforms;
pub(crate) mod rdap;
pub(crate) mod staff;
pub(crate) mod templates;
mod yaml;

pub(crate) use yaml::to_string as yaml_text;

use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("cannot find a data directory for this user")]
    NoDataDir(#[source] etcetera::HomeDirError),
    #[error("cannot make `{}` an absolute path", .path.display())]
    Absolute {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

/// The paths the user named (flags or environment), before defaults fill the gaps.
#[derive(Debug)]
pub(crate) struct Locations {
    /// The data directory.
    pub(crate) home: Option<PathBuf>,
    /// A user platforms file.
    pub(crate) platforms: Option<PathBuf>,
    /// A settings file.
    pub(crate) config: Option<PathBuf>,
    /// A directory of template overrides.
    pub(crate) templates: Option<PathBuf>,
}

#[derive(Debug)]
pub(crate) struct Settings {
    /// The data directory: the encrypted store and the home file.
    pub(crate) home: PathBuf,
    /// A user platforms file to merge over the built-in one.
    pub(crate) platforms_file: Option<PathBuf>,
    /// `config.yaml`: the one named with `--config`, else the one in the config directory.
    pub(crate) config_file: Option<PathBuf>,
    /// Whether the user named `config_file`; a named file must exist.
    pub(crate) config_named: bool,
    /// Template overrides: the directory named with `--templates`, else `templates/` in the
    /// config directory.
    pub(crate) templates_dir: Option<PathBuf>,
    /// Whether the user named `templates_dir`; a named directory must exist.
    pub(crate) templates_named: bool,
}

impl Settings {
    pub(crate) fn resolve(named: &Locations) -> Result<Settings, Error> {
        let home = match &named.home {
            Some(dir) => absolute(dir)?,
            None => {
                use etcetera::BaseStrategy as _;
                etcetera::choose_base_strategy()
                    .map_err(Error::NoDataDir)?
                    .data_dir()
                    .join("takedown")
            }
        };
        let platforms_file = named.platforms.as_deref().map(absolute).transpose()?;
        let config_named = named.config.is_some();
        let config_file = match &named.config {
            Some(file) => Some(absolute(file)?),
            None => config_dir().map(|dir| dir.join("config.yaml")),
        };
        let templates_named = named.templates.is_some();
        let templates_dir = match &named.templates {
            Some(dir) => Some(absolute(dir)?),
            None => config_dir().map(|dir| dir.join("templates")),
        };
        tracing::debug!(home = %home.display(), "resolved settings");
        Ok(Settings {
            home,
            platforms_file,
            config_file,
            config_named,
            templates_dir,
            templates_named,
        })
    }

    pub(crate) fn store_path(&self) -> PathBuf {
        self.home.join("takedown.db")
    }

    pub(crate) fn home_file_path(&self) -> PathBuf {
        self.home.join("home.json")
    }

    /// Whether anything of a store is already here: `init` refuses to overwrite either part.
    pub(crate) fn store_exists(&self) -> bool {
        self.home_file_path().exists() || self.store_path().exists()
    }
}

/// `$XDG_CONFIG_HOME/takedown` (or the platform's equivalent): settings, partners and template
/// overrides; `None` when the user has no config directory at all.
pub(crate) fn config_dir() -> Option<PathBuf> {
    use etcetera::BaseStrategy as _;
    etcetera::choose_base_strategy()
        .ok()
        .map(|s| s.config_dir().join("takedown"))
}

/// A CA file (`mail.ca_file`, `recheck.ca_file`) is a few kilobytes; the cap keeps a wrong path
/// from reading a disk image.
const MAX_CA_BYTES: u64 = 1024 * 1024;

/// The PEM bytes of a CA file (a regular file, within the cap: `input`); the caller parses them
/// for its TLS library.
pub(crate) fn read_ca_file(path: &Path) -> io::Result<Vec<u8>> {
    crate::input::read(path, MAX_CA_BYTES)
}

pub(crate) fn absolute(path: &Path) -> Result<PathBuf, Error> {
    std::path::absolute(path).map_err(|source| Error::Absolute {
        path: path.to_owned(),
        source,
    })
}
