//! The store key and where it lives: the OS keyring where one answers, otherwise a key file the
//! user names (0600, ideally outside the data directory). The key never travels in an argument or
//! an environment variable, and is zeroed when dropped.

use std::io::{self, Write as _};
use std::os::unix::fs::{DirBuilderExt as _, PermissionsExt as _};

use fs_err::os::unix::fs::OpenOptionsExt as _;
use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret as _, SecretBox, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// Where the store key is kept: what `init` chose, written to `home.json`. Never the key itself.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "backend", rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) enum SecretLocation {
    KeyFile { path: PathBuf },
    Keyring { service: String, account: String },
}

impl SecretLocation {
    /// Every file that holds, or for a moment may hold, a secret of this store: the key file, a
    /// next key during a re-key (and the file it is written to first), and the SMTP password
    /// beside it. None for the keyring.
    pub(crate) fn files(&self) -> Vec<PathBuf> {
        match self {
            SecretLocation::KeyFile { path } => [NEXT, ASIDE, SMTP]
                .iter()
                .map(|suffix| with_suffix(path, suffix))
                .chain([path.clone()])
                .collect(),
            SecretLocation::Keyring { .. } => Vec::new(),
        }
    }
}

/// What `path` holds by its looks, wherever it is and whatever its name: a store key (64 hex
/// digits: a key file, a next key, a copy) or the SMTP password kept beside a key file.
pub(crate) fn secret_file_kind(path: &Path) -> Option<&'static str> {
    if holds_key(path) {
        return Some("a store key");
    }
    let text = path.as_os_str().to_str()?;
    let key = text.strip_suffix(SMTP)?;
    holds_key(Path::new(key)).then_some("the SMTP password of a store")
}

/// Whether `path` is a small regular file whose text is a store key; never follows a link. Read
/// through `input`, so a FIFO swapped in after the look is refused rather than waited on.
fn holds_key(path: &Path) -> bool {
    let small_file = fs_err::symlink_metadata(path).is_ok_and(|m| m.is_file() && m.len() <= 128);
    small_file
        && crate::input::read_text(path, 128)
            .ok()
            .map(Zeroizing::new)
            .is_some_and(|text| StoreKey::from_hex(&text).is_some())
}

const NEXT: &str = ".next";
const ASIDE: &str = ".next.tmp";
const SMTP: &str = ".smtp";

/// `path` with `suffix` added to its name (`key` → `key.smtp`).
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

impl std::fmt::Display for SecretLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SecretLocation::KeyFile { path } => write!(f, "the key file `{}`", path.display()),
            SecretLocation::Keyring { .. } => f.write_str("the OS keyring"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("the key file `{}` does not exist", .path.display())]
    KeyFileMissing { path: PathBuf },
    #[error("the key file `{}` can be read by other users (mode {mode:03o})", .path.display())]
    KeyFileTooOpen { path: PathBuf, mode: u32 },
    #[error("the key file `{}` already exists; refusing to overwrite a key", .path.display())]
    KeyFileExists { path: PathBuf },
    #[error("the key file `{}` does not hold a takedown key", .path.display())]
    KeyFileDamaged { path: PathBuf },
    #[error("cannot use the key file `{}`", .path.display())]
    KeyFileIo {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("the OS keyring is not available: {0}")]
    KeyringUnavailable(String),
    #[error("the OS keyring holds no key for this store")]
    KeyringEntryMissing,
    #[error("the OS keyring holds a damaged key for this store")]
    KeyringEntryDamaged,
    #[error("no SMTP password is stored")]
    MailPasswordMissing,
    #[error("the operating system gave no random bytes")]
    Random(#[source] getrandom::Error),
}

impl crate::error::Hint for Error {
    fn hint(&self) -> Option<&'static str> {
        match self {
            Error::KeyFileTooOpen { .. } => {
                Some("make it private with `chmod 600` on the key file")
            }
            Error::KeyFileMissing { .. } | Error::KeyringEntryMissing => Some(
                "restore the key with `takedown key restore` and the recovery code shown by `takedown init`",
            ),
            Error::MailPasswordMissing => {
                Some("store it with `takedown mail password`, which reads it from standard input")
            }
            Error::KeyringUnavailable(_) => Some(
                "no OS keyring answers here (usual on servers and under cron): use `--key-file PATH`",
            ),
            _ => None,
        }
    }
}

/// 256 random bits that open the case store.
pub(crate) struct StoreKey(SecretBox<[u8; 32]>);

impl StoreKey {
    pub(crate) fn generate() -> Result<StoreKey, Error> {
        let mut bytes = Box::new([0u8; 32]);
        getrandom::fill(bytes.as_mut()).map_err(Error::Random)?;
        Ok(StoreKey(SecretBox::new(bytes)))
    }

    pub(crate) fn from_bytes(bytes: [u8; 32]) -> StoreKey {
        StoreKey(SecretBox::new(Box::new(bytes)))
    }

    pub(crate) fn expose(&self) -> &[u8; 32] {
        self.0.expose_secret()
    }

    fn to_hex(&self) -> Zeroizing<String> {
        let mut hex = Zeroizing::new(String::with_capacity(64));
        for b in self.expose() {
            hex.push_str(&format!("{b:02x}"));
        }
        hex
    }

    fn from_hex(text: &str) -> Option<StoreKey> {
        let text = text.trim();
        if text.len() != 64 || !text.is_ascii() {
            return None;
        }
        let mut bytes = Zeroizing::new([0u8; 32]);
        for (i, byte) in bytes.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
        }
        Some(StoreKey::from_bytes(*bytes))
    }
}

impl std::fmt::Debug for StoreKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StoreKey([redacted])")
    }
}

/// Random bytes for ids and keys.
pub(crate) fn random_bytes<const N: usize>() -> Result<[u8; N], Error> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(Error::Random)?;
    Ok(bytes)
}

pub(crate) trait SecretStore {
    /// Shown to the user; the key never is.
    fn kind(&self) -> &'static str;
    fn load(&self) -> Result<StoreKey, Error>;
    /// Saves a new key; never overwrites one that is there.
    fn save(&self, key: &StoreKey) -> Result<(), Error>;

    // Replacing the key (`wipe case` re-keys the store) is done in steps so that whichever step a
    // crash stops at, one of the two keys kept opens the store: the next key is saved beside the
    // current one before the store is re-keyed, and becomes the key only once the re-keyed store
    // is in place. The store decides which one opens it (see `home::Home::open_store`).

    /// Saves the key the store is about to be re-keyed to, beside the current one.
    fn save_next(&self, key: &StoreKey) -> Result<(), Error>;
    /// The next key, if a re-key was started.
    fn load_next(&self) -> Result<Option<StoreKey>, Error>;
    /// Makes the next key the key and destroys the old one. Nothing to do without a next key.
    fn promote_next(&self) -> Result<(), Error>;
    /// Destroys the next key of a re-key that never reached the store.
    fn discard_next(&self) -> Result<(), Error>;
}

pub(crate) fn backend(location: &SecretLocation) -> Box<dyn SecretStore> {
    match location {
        SecretLocation::KeyFile { path } => Box::new(KeyFileStore { path: path.clone() }),
        SecretLocation::Keyring { service, account } => Box::new(KeyringStore {
            service: service.clone(),
            account: account.clone(),
        }),
    }
}

/// A key file for headless servers and cron: hex text, mode 0600, refused when others can read it.
pub(crate) struct KeyFileStore {
    pub(crate) path: PathBuf,
}

impl KeyFileStore {
    fn io(&self, source: io::Error) -> Error {
        file_io(&self.path, source)
    }
}

fn file_io(path: &Path, source: io::Error) -> Error {
    Error::KeyFileIo {
        path: path.to_owned(),
        source,
    }
}

/// A key file holds one hex key; anything much larger is not one.
const MAX_KEY_FILE_BYTES: u64 = 64 * 1024;

/// Reads a secret file, refusing one that group or others can read.
fn read_private(path: &Path) -> Result<Zeroizing<String>, Error> {
    let meta = match fs_err::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(Error::KeyFileMissing {
                path: path.to_owned(),
            });
        }
        Err(e) => return Err(file_io(path, e)),
    };
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(Error::KeyFileTooOpen {
            path: path.to_owned(),
            mode,
        });
    }
    // A FIFO or a device with mode 0600 would block or never end; a key file is a few bytes.
    let bytes =
        Zeroizing::new(crate::input::read(path, MAX_KEY_FILE_BYTES).map_err(|e| file_io(path, e))?);
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        file_io(
            path,
            io::Error::new(io::ErrorKind::InvalidData, "not UTF-8 text"),
        )
    })?;
    Ok(Zeroizing::new(text.to_owned()))
}

impl SecretStore for KeyFileStore {
    fn kind(&self) -> &'static str {
        "key-file"
    }

    fn load(&self) -> Result<StoreKey, Error> {
        self.read(&self.path)
    }

    fn save(&self, key: &StoreKey) -> Result<(), Error> {
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            create_private_dir(dir).map_err(|e| self.io(e))?;
        }
        self.write(&self.path, key)
    }

    fn save_next(&self, key: &StoreKey) -> Result<(), Error> {
        self.discard_next()?;
        // Written aside and renamed into place: a kill mid-write must never leave a `.next`
        // that is half a key, which would stop every later command.
        let aside = self.aside_path();
        let mut file = fs_err::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&aside)
            .map_err(|e| self.io(e))?;
        let mut text = key.to_hex();
        text.push('\n');
        file.write_all(text.as_bytes()).map_err(|e| self.io(e))?;
        file.sync_all().map_err(|e| self.io(e))?;
        fs_err::rename(&aside, self.next_path()).map_err(|e| self.io(e))?;
        self.sync_dir()
    }

    fn load_next(&self) -> Result<Option<StoreKey>, Error> {
        match self.read(&self.next_path()) {
            Ok(key) => Ok(Some(key)),
            Err(Error::KeyFileMissing { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn promote_next(&self) -> Result<(), Error> {
        // Opened before the rename, so the old key's own blocks can be overwritten after it.
        let old = fs_err::OpenOptions::new().write(true).open(&self.path).ok();
        match fs_err::rename(self.next_path(), &self.path) {
            Ok(()) => {}
            // Another command promoted it first; `old` may already be the new key: keep it.
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(self.io(e)),
        }
        self.sync_dir()?;
        if let Some(old) = old {
            overwrite_key_file(old.file()).map_err(|e| self.io(e))?;
        }
        Ok(())
    }

    fn discard_next(&self) -> Result<(), Error> {
        // Moved aside first, so that a kill while its bytes are overwritten leaves no `.next`
        // at all rather than a damaged one; a key left aside by such a kill goes now.
        match fs_err::rename(self.next_path(), self.aside_path()) {
            Ok(()) => self.sync_dir()?,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(self.io(e)),
        }
        let aside = self.aside_path();
        match fs_err::OpenOptions::new().write(true).open(&aside) {
            Ok(file) => {
                overwrite_key_file(file.file()).map_err(|e| self.io(e))?;
                fs_err::remove_file(&aside).map_err(|e| self.io(e))?;
                self.sync_dir()
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(self.io(e)),
        }
    }
}

impl KeyFileStore {
    /// `<key file>.next`, in the same directory so that promoting it is one atomic rename.
    fn next_path(&self) -> PathBuf {
        with_suffix(&self.path, NEXT)
    }

    /// Where a next key is written before it is renamed into place, and moved before it is
    /// destroyed: never read as a key.
    fn aside_path(&self) -> PathBuf {
        with_suffix(&self.path, ASIDE)
    }

    fn read(&self, path: &Path) -> Result<StoreKey, Error> {
        let text = read_private(path)?;
        StoreKey::from_hex(&text).ok_or_else(|| Error::KeyFileDamaged {
            path: path.to_owned(),
        })
    }

    fn write(&self, path: &Path, key: &StoreKey) -> Result<(), Error> {
        let mut file = match fs_err::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
        {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                return Err(Error::KeyFileExists {
                    path: path.to_owned(),
                });
            }
            Err(e) => return Err(self.io(e)),
        };
        let mut text = key.to_hex();
        text.push('\n');
        file.write_all(text.as_bytes()).map_err(|e| self.io(e))?;
        file.sync_all().map_err(|e| self.io(e))
    }

    /// A rename or unlink is on disk only once its directory is.
    fn sync_dir(&self) -> Result<(), Error> {
        let dir = self
            .path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs_err::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| self.io(e))
    }
}

/// Overwrites a key file's bytes with random ones where they lie, then empties it: the file is
/// about to be unlinked (or already was), and a key left in freed blocks would outlive it.
fn overwrite_key_file(file: &std::fs::File) -> io::Result<()> {
    use std::os::unix::fs::FileExt as _;
    let len = usize::try_from(file.metadata()?.len()).unwrap_or(0);
    let mut noise = Zeroizing::new(vec![0u8; len]);
    getrandom::fill(&mut noise).map_err(io::Error::other)?;
    file.write_all_at(&noise, 0)?;
    file.sync_data()?;
    file.set_len(0)?;
    file.sync_all()
}

/// Creates a directory (and missing parents) readable by its owner only.
pub(crate) fn create_private_dir(dir: &Path) -> io::Result<()> {
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| {
                io::Error::new(e.kind(), format!("cannot create `{}`: {e}", dir.display()))
            })?;
    }
    Ok(())
}

/// The OS keyring. Locked or absent keyrings fail in many ways across platforms, so `init` probes
/// it with a throwaway entry first and falls back to a key file when it does not answer.
pub(crate) struct KeyringStore {
    pub(crate) service: String,
    pub(crate) account: String,
}

#[cfg(feature = "keyring")]
impl KeyringStore {
    fn entry(&self) -> Result<keyring::Entry, Error> {
        keyring::Entry::new(&self.service, &self.account)
            .map_err(|e| Error::KeyringUnavailable(e.to_string()))
    }

    fn next(&self) -> KeyringStore {
        KeyringStore {
            service: self.service.clone(),
            account: format!("{}-next", self.account),
        }
    }

    /// Writes, reads back and deletes a throwaway entry.
    pub(crate) fn probe(service: &str) -> Result<(), Error> {
        let probe = KeyringStore {
            service: service.to_owned(),
            account: "probe".to_owned(),
        };
        let entry = probe.entry()?;
        let unavailable = |e: keyring::Error| Error::KeyringUnavailable(e.to_string());
        entry.set_password("probe").map_err(unavailable)?;
        let read = entry.get_password().map_err(unavailable)?;
        entry.delete_credential().map_err(unavailable)?;
        if read == "probe" {
            Ok(())
        } else {
            Err(Error::KeyringUnavailable(
                "it returned something else than was stored".into(),
            ))
        }
    }
}

#[cfg(not(feature = "keyring"))]
impl KeyringStore {
    pub(crate) fn probe(_service: &str) -> Result<(), Error> {
        Err(Error::KeyringUnavailable(
            "this build has no keyring support".into(),
        ))
    }
}

impl SecretStore for KeyringStore {
    fn kind(&self) -> &'static str {
        "keyring"
    }

    #[cfg(feature = "keyring")]
    fn load(&self) -> Result<StoreKey, Error> {
        let text = match self.entry()?.get_password() {
            Ok(text) => Zeroizing::new(text),
            Err(keyring::Error::NoEntry) => return Err(Error::KeyringEntryMissing),
            Err(e) => return Err(Error::KeyringUnavailable(e.to_string())),
        };
        StoreKey::from_hex(&text).ok_or(Error::KeyringEntryDamaged)
    }

    #[cfg(feature = "keyring")]
    fn save(&self, key: &StoreKey) -> Result<(), Error> {
        let entry = self.entry()?;
        if entry.get_password().is_ok() {
            return Err(Error::KeyringUnavailable(
                "it already holds a key for this store".into(),
            ));
        }
        entry
            .set_password(&key.to_hex())
            .map_err(|e| Error::KeyringUnavailable(e.to_string()))
    }

    #[cfg(feature = "keyring")]
    fn save_next(&self, key: &StoreKey) -> Result<(), Error> {
        self.next()
            .entry()?
            .set_password(&key.to_hex())
            .map_err(|e| Error::KeyringUnavailable(e.to_string()))
    }

    #[cfg(feature = "keyring")]
    fn load_next(&self) -> Result<Option<StoreKey>, Error> {
        match self.next().load() {
            Ok(key) => Ok(Some(key)),
            Err(Error::KeyringEntryMissing) => Ok(None),
            Err(e) => Err(e),
        }
    }

    #[cfg(feature = "keyring")]
    fn promote_next(&self) -> Result<(), Error> {
        let Some(next) = self.load_next()? else {
            return Ok(());
        };
        // Overwriting the entry is all a keyring offers; it may keep its own history.
        self.entry()?
            .set_password(&next.to_hex())
            .map_err(|e| Error::KeyringUnavailable(e.to_string()))?;
        self.discard_next()
    }

    #[cfg(feature = "keyring")]
    fn discard_next(&self) -> Result<(), Error> {
        match self.next().entry()?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(Error::KeyringUnavailable(e.to_string())),
        }
    }

    #[cfg(not(feature = "keyring"))]
    fn save_next(&self, _key: &StoreKey) -> Result<(), Error> {
        Err(Error::KeyringUnavailable(
            "this build has no keyring support".into(),
        ))
    }

    #[cfg(not(feature = "keyring"))]
    fn load_next(&self) -> Result<Option<StoreKey>, Error> {
        Err(Error::KeyringUnavailable(
            "this build has no keyring support".into(),
        ))
    }

    #[cfg(not(feature = "keyring"))]
    fn promote_next(&self) -> Result<(), Error> {
        Err(Error::KeyringUnavailable(
            "this build has no keyring support".into(),
        ))
    }

    #[cfg(not(feature = "keyring"))]
    fn discard_next(&self) -> Result<(), Error> {
        Err(Error::KeyringUnavailable(
            "this build has no keyring support".into(),
        ))
    }

    #[cfg(not(feature = "keyring"))]
    fn load(&self) -> Result<StoreKey, Error> {
        Err(Error::KeyringUnavailable(
            "this build has no keyring support".into(),
        ))
    }

    #[cfg(not(feature = "keyring"))]
    fn save(&self, _key: &StoreKey) -> Result<(), Error> {
        Err(Error::KeyringUnavailable(
            "this build has no keyring support".into(),
        ))
    }
}

/// The SMTP password lives beside the store key, never in the settings file or an argument:
/// in the keyring under the store's service, or in a file next to the key file (`KEY.smtp`,
/// 0600) for headless servers.
pub(crate) fn load_mail_password(location: &SecretLocation) -> Result<SecretString, Error> {
    match location {
        SecretLocation::KeyFile { path } => match read_private(&mail_password_path(path)) {
            Ok(text) => Ok(SecretString::from(text.trim_end_matches(['\r', '\n']))),
            Err(Error::KeyFileMissing { .. }) => Err(Error::MailPasswordMissing),
            Err(e) => Err(e),
        },
        SecretLocation::Keyring { service, .. } => keyring_mail_password(service),
    }
}

/// Stores (or replaces: passwords are rotated) the SMTP password.
pub(crate) fn save_mail_password(location: &SecretLocation, password: &str) -> Result<(), Error> {
    match location {
        SecretLocation::KeyFile { path } => {
            let path = mail_password_path(path);
            let dir = path.parent().unwrap_or(Path::new("."));
            // A temporary file is 0600 from the start; the rename replaces a planted symlink.
            let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| file_io(&path, e))?;
            tmp.write_all(format!("{password}\n").as_bytes())
                .and_then(|()| tmp.as_file().sync_all())
                .map_err(|e| file_io(&path, e))?;
            tmp.persist(&path).map_err(|e| file_io(&path, e.error))?;
            Ok(())
        }
        SecretLocation::Keyring { service, .. } => keyring_save_mail_password(service, password),
    }
}

fn mail_password_path(key_file: &Path) -> PathBuf {
    with_suffix(key_file, SMTP)
}

const MAIL_ACCOUNT: &str = "smtp-password";

#[cfg(feature = "keyring")]
fn keyring_mail_password(service: &str) -> Result<SecretString, Error> {
    let entry = keyring::Entry::new(service, MAIL_ACCOUNT)
        .map_err(|e| Error::KeyringUnavailable(e.to_string()))?;
    match entry.get_password() {
        Ok(text) => Ok(SecretString::from(text)),
        Err(keyring::Error::NoEntry) => Err(Error::MailPasswordMissing),
        Err(e) => Err(Error::KeyringUnavailable(e.to_string())),
    }
}

#[cfg(feature = "keyring")]
fn keyring_save_mail_password(service: &str, password: &str) -> Result<(), Error> {
    keyring::Entry::new(service, MAIL_ACCOUNT)
        .and_then(|entry| entry.set_password(password))
        .map_err(|e| Error::KeyringUnavailable(e.to_string()))
}

#[cfg(not(feature = "keyring"))]
fn keyring_mail_password(_service: &str) -> Result<SecretString, Error> {
    Err(Error::KeyringUnavailable(
        "this build has no keyring support".into(),
    ))
}

#[cfg(not(feature = "keyring"))]
fn keyring_save_mail_password(_service: &str, _password: &str) -> Result<(), Error> {
    Err(Error::KeyringUnavailable(
        "this build has no keyring support".into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_file_is_private_and_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let store = KeyFileStore {
            path: dir.path().join("sub/key"),
        };
        let key = StoreKey::generate().unwrap();
        store.save(&key).unwrap();
        let mode = fs_err::metadata(&store.path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(store.load().unwrap().expose(), key.expose());
    }

    #[test]
    fn a_key_file_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let store = KeyFileStore {
            path: dir.path().join("key"),
        };
        store.save(&StoreKey::generate().unwrap()).unwrap();
        let err = store.save(&StoreKey::generate().unwrap()).unwrap_err();
        assert!(matches!(err, Error::KeyFileExists { .. }), "{err:?}");
    }

    #[test]
    fn a_key_file_others_can_read_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let store = KeyFileStore {
            path: dir.path().join("key"),
        };
        store.save(&StoreKey::generate().unwrap()).unwrap();
        fs_err::set_permissions(&store.path, std::fs::Permissions::from_mode(0o640)).unwrap();
        let err = store.load().unwrap_err();
        assert!(
            matches!(err, Error::KeyFileTooOpen { mode: 0o640, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn a_damaged_key_file_is_reported_not_used() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key");
        fs_err::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
            .unwrap()
            .write_all(b"not hex\n")
            .unwrap();
        let err = KeyFileStore { path }.load().unwrap_err();
        assert!(matches!(err, Error::KeyFileDamaged { .. }), "{err:?}");
    }

    #[test]
    fn the_smtp_password_sits_beside_the_key_file_private_and_replaceable() {
        let dir = tempfile::tempdir().unwrap();
        let location = SecretLocation::KeyFile {
            path: dir.path().join("key"),
        };
        assert!(matches!(
            load_mail_password(&location),
            Err(Error::MailPasswordMissing)
        ));
        save_mail_password(&location, "first").unwrap();
        save_mail_password(&location, "sec ret").unwrap();
        let path = dir.path().join("key.smtp");
        assert_eq!(
            fs_err::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(
            load_mail_password(&location).unwrap().expose_secret(),
            "sec ret"
        );
    }

    #[test]
    fn a_next_key_is_whole_or_absent_whatever_a_kill_left_aside() {
        let dir = tempfile::tempdir().unwrap();
        let store = KeyFileStore {
            path: dir.path().join("key"),
        };
        store.save(&StoreKey::generate().unwrap()).unwrap();
        // What a kill in the middle of writing, or of destroying, a next key leaves behind.
        let aside = dir.path().join("key.next.tmp");
        fs_err::write(&aside, b"3f9a").unwrap();
        assert!(store.load_next().unwrap().is_none());

        let next = StoreKey::generate().unwrap();
        store.save_next(&next).unwrap();
        assert_eq!(store.load_next().unwrap().unwrap().expose(), next.expose());
        assert!(!aside.exists());

        fs_err::write(&aside, b"3f9a").unwrap();
        store.discard_next().unwrap();
        assert!(store.load_next().unwrap().is_none());
        let mut left: Vec<_> = fs_err::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        left.sort();
        assert_eq!(left, ["key"], "nothing of a next key is left");
    }

    #[test]
    fn the_key_never_shows_in_debug_output() {
        let key = StoreKey::from_bytes([0xab; 32]);
        assert_eq!(format!("{key:?}"), "StoreKey([redacted])");
    }
}
