//! The data directory `init` made, and the one way into the store in it: `home.json` says where
//! the key is kept, the secret backend it names holds the key, and [`Home::open_store`] opens the
//! store with it, first finishing whatever a wipe cut short left undone. A run reads `home.json`
//! and builds the backend once (`Ctx` keeps its `Home`).
//!
//! On opening, the current key is tried first; if it no longer opens the store, a wipe's re-key
//! renamed the new store into place but did not replace the key yet, so the next key must, and is
//! promoted. If the current key opens the store, any next key is a leftover of a re-key that never
//! reached the store and is destroyed, and the wipe journal says whether a wipe still needs to run
//! (see [`crate::wipe::case`]).

use std::io;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde::{Deserialize, Serialize};

use crate::config::Settings;
use crate::secrets::{self, SecretLocation, SecretStore, StoreKey};
use crate::store::{self, Store, WipeStage};
use crate::wipe::case;

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("no case store at `{}`", .home.display())]
    NoStore { home: PathBuf },
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
    #[error(transparent)]
    Store(#[from] store::Error),
}

impl crate::error::Hint for Error {
    fn hint(&self) -> Option<&'static str> {
        match self {
            Error::NoStore { .. } => Some(
                "run `takedown init` to create one, or point `--home`/`TAKEDOWN_HOME` at an existing one",
            ),
            Error::Store(e) => crate::error::Hint::hint(e),
            _ => None,
        }
    }
}

/// An initialised data directory: where its store is and the backend that keeps the store's key.
pub(crate) struct Home {
    store_path: PathBuf,
    file: HomeFile,
    backend: Box<dyn SecretStore>,
}

/// `home.json` names a backend and a path: a few hundred bytes.
const MAX_HOME_FILE_BYTES: u64 = 64 * 1024;

impl Home {
    /// Reads `home.json`; a missing one means there is no store here yet. Once `home.json` says
    /// a store was made, the store file must be there and look like one: a missing, empty or
    /// foreign file stops every command before it creates or changes anything.
    pub(crate) fn load(settings: &Settings) -> Result<Home, Error> {
        let file = HomeFile::read(&settings.home_file_path())?.ok_or_else(|| Error::NoStore {
            home: settings.home.clone(),
        })?;
        store::check_file(&settings.store_path())?;
        Ok(Home {
            store_path: settings.store_path(),
            backend: secrets::backend(&file.secret),
            file,
        })
    }

    /// Where the store key is kept.
    pub(crate) fn secret(&self) -> &SecretLocation {
        &self.file.secret
    }

    pub(crate) fn backend(&self) -> &dyn SecretStore {
        self.backend.as_ref()
    }

    pub(crate) fn store_path(&self) -> &Path {
        &self.store_path
    }

    /// Opens the store with the key from the backend, first finishing whatever an interrupted
    /// wipe left undone (with `passes()` overwrite passes, asked only then).
    pub(crate) fn open_store(
        &self,
        passes: &dyn Fn() -> anyhow::Result<u32>,
        bar: &indicatif::ProgressBar,
    ) -> anyhow::Result<Store> {
        let backend = self.backend();
        let path = self.store_path();
        let key = backend.load().context("cannot unlock the case store")?;
        let store = match Store::open(path, &key) {
            Ok(store) => {
                if backend.load_next()?.is_some() {
                    tracing::debug!("destroying the key of a re-key that never reached the store");
                    backend.discard_next()?;
                }
                case::discard_copy(path, bar)?;
                store
            }
            Err(store::Error::WrongKey) => {
                let Some(next) = backend.load_next()? else {
                    return Err(store::Error::WrongKey.into());
                };
                let store = Store::open(path, &next)?;
                tracing::debug!(
                    "the store was re-keyed but the key not replaced; replacing it now"
                );
                backend.promote_next()?;
                store
            }
            Err(e) => return Err(e.into()),
        };
        if store
            .pending_wipes()?
            .iter()
            .any(|w| w.stage == WipeStage::Destroying)
        {
            let passes = passes()?;
            return case::finish(store, path, backend, passes, bar, std::time::Instant::now());
        }
        Ok(store)
    }

    /// Whether `key` opens the store (a restored key is checked before it is saved).
    pub(crate) fn check_key(&self, key: &StoreKey) -> Result<(), store::Error> {
        Store::open(&self.store_path, key).map(drop)
    }

    /// The key that opens the store now (after a wipe: the new one, for its recovery code).
    pub(crate) fn current_key(&self) -> anyhow::Result<StoreKey> {
        Ok(self.backend.load()?)
    }
}

/// What `init` chose, kept beside the store so every later command finds the key the same way.
/// It holds where the key is, never the key.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HomeFile {
    pub(crate) format: u32,
    pub(crate) secret: SecretLocation,
}

impl HomeFile {
    pub(crate) const FORMAT: u32 = 1;

    /// The home file at `path`, or `None` when there is none.
    pub(crate) fn read(path: &Path) -> Result<Option<HomeFile>, Error> {
        let text = match crate::input::read_text(path, MAX_HOME_FILE_BYTES) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(Error::ReadHome {
                    path: path.to_owned(),
                    source,
                });
            }
        };
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|source| Error::BadHome {
                path: path.to_owned(),
                source,
            })
    }

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
