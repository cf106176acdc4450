//! Settings, resolved once: flag, then environment (clap's `env =`), then the home file, then
//! defaults. All YAML parsing lives below this module.

pub(crate) mod file;
mod markers;
pub(crate) mod partners;
pub(crate) mod platforms;
pub(crate) mod templates;
mod yaml;

pub(crate) use yaml::to_string as yaml_text;

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("no case store at `{}`", .home.display())]
    NoStore { home: PathBuf },
    #[error("cannot find a data directory for this user")]
    NoDataDir(#[source] etcetera::HomeDirError),
    #[error("cannot make `{}` an absolute path", .path.display())]
    Absolute {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("cannot read the home file `{}`", .path.display())]
    ReadHome {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("the home file `{}` is damaged", .path.display())]
    BadHome {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error("cannot write the home file `{}`", .path.display())]
    WriteHome {
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
        tracing::debug!(home = %home.display(), "resolved settings");
        Ok(Settings {
            home,
            platforms_file,
            config_file,
            config_named,
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

    pub(crate) fn home_file(&self) -> Result<HomeFile, Error> {
        let path = self.home_file_path();
        let text = match fs_err::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(Error::NoStore {
                    home: self.home.clone(),
                });
            }
            Err(source) => return Err(Error::ReadHome { path, source }),
        };
        serde_json::from_str(&text).map_err(|source| Error::BadHome { path, source })
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

pub(crate) fn absolute(path: &Path) -> Result<PathBuf, Error> {
    std::path::absolute(path).map_err(|source| Error::Absolute {
        path: path.to_owned(),
        source,
    })
}

/// What `init` chose, kept beside the store so every later command finds the key the same way.
/// It holds where the key is, never the key.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HomeFile {
    pub(crate) format: u32,
    pub(crate) secret: SecretLocation,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "backend", rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) enum SecretLocation {
    KeyFile { path: PathBuf },
    Keyring { service: String, account: String },
}

impl std::fmt::Display for SecretLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SecretLocation::KeyFile { path } => write!(f, "the key file `{}`", path.display()),
            SecretLocation::Keyring { .. } => f.write_str("the OS keyring"),
        }
    }
}

impl HomeFile {
    pub(crate) const FORMAT: u32 = 1;

    /// Written last by `init`, through a temporary file, so a half-done `init` never looks like a
    /// finished store.
    pub(crate) fn write(&self, path: &Path) -> Result<(), Error> {
        let fail = |source| Error::WriteHome {
            path: path.to_owned(),
            source,
        };
        let dir = path.parent().unwrap_or(Path::new("."));
        let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
        let text = serde_json::to_string_pretty(self).expect("a home file always serialises");
        io::Write::write_all(&mut tmp, format!("{text}\n").as_bytes()).map_err(fail)?;
        tmp.as_file().sync_all().map_err(fail)?;
        tmp.persist(path).map_err(|e| fail(e.error))?;
        Ok(())
    }
}
