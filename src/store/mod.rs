//! The case store: one SQLCipher-encrypted SQLite file. The only module with SQL; it decides no
//! rules and prints nothing.
//!
//! Everything in it is encrypted at rest, including the write-ahead log; temporary tables stay in
//! memory so no plaintext spills to a temporary file, and `secure_delete` zeroes deleted content.

mod captures;
mod cases;
mod clock;
mod error;
mod evidence;
mod images;
pub(crate) mod ledger;
mod links;
mod lock;
mod migrate;
mod observations;
mod outbox;
mod timestamps;
mod unattended;
mod wipe;

use fs_err::os::unix::fs::OpenOptionsExt as _;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags};
use zeroize::Zeroizing;

pub(crate) use captures::CaptureRecord;
pub(crate) use cases::{CaseRecord, CaseSummary, NewCase};
pub(crate) use error::Error;
pub(crate) use evidence::{CaseVault, EvidenceRecord, NewEvidence};
pub(crate) use links::{LinkEvent, LinkFilter, LinkRecord, LinkUpdate, NewLink};
pub(crate) use lock::StoreLock;
pub(crate) use observations::{
    CheckFilter, CheckTarget, FetchFacts, LastCheck, NewObservation, ObservationLog,
};
pub(crate) use outbox::{
    BodyStart, Claim, Cover, Dropped, MailKind, MailState, MailSummary, NewMail, Outcome, Queued,
    QueuedMail,
};
pub(crate) use timestamps::{QueuedStamp, StampRecord};
pub(crate) use wipe::{PendingWipe, Survey, WipeStage};

use crate::secrets::{self, StoreKey};

pub(crate) struct Store {
    conn: Connection,
    /// Held as long as the store is open: shared by every command, exclusive while `wipe case`
    /// replaces the file, so nobody writes to a store that is being swapped out.
    lock: StoreLock,
}

impl Store {
    /// Creates a new store at `path`, which must not exist yet. The file is made 0600 before
    /// SQLite touches it; SQLite gives its journal and WAL the same mode.
    pub(crate) fn create(path: &Path, key: &StoreKey) -> Result<Store, Error> {
        fs_err::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
            .map_err(|source| Error::Create {
                path: path.to_owned(),
                source,
            })?;
        Store::connect(path, key, StoreLock::shared(path)?)
    }

    /// Opens an existing store. It never creates one: a missing, empty or foreign file is an
    /// error (see [`check_file`]), so a lost or damaged store is never silently replaced by an
    /// empty one.
    pub(crate) fn open(path: &Path, key: &StoreKey) -> Result<Store, Error> {
        check_file(path)?;
        Store::connect(path, key, StoreLock::shared(path)?)
    }

    /// Opens the store under a lock the caller already holds.
    pub(crate) fn open_locked(
        path: &Path,
        key: &StoreKey,
        lock: StoreLock,
    ) -> Result<Store, Error> {
        check_file(path)?;
        Store::connect(path, key, lock)
    }

    fn connect(path: &Path, key: &StoreKey, lock: StoreLock) -> Result<Store, Error> {
        let open_err = |source| Error::Open {
            path: PathBuf::from(path),
            source,
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(open_err)?;
        apply_key(&conn, key).map_err(open_err)?;
        // The first read is where a wrong key shows: SQLCipher cannot decrypt page 1.
        match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        }) {
            Ok(_) => {}
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == ErrorCode::NotADatabase => {
                return Err(Error::WrongKey);
            }
            Err(e) => return Err(open_err(e)),
        }
        // Every page read is decrypted and its HMAC checked; with SQLite's default cache (2 MiB)
        // a read that walks several tables (the re-check's choice over 100,000 links) evicts
        // and decrypts the same index pages again and again. 16 MiB holds what such reads touch
        // (`benches/scale.sh`); pages are taken only as read, so small commands stay small.
        conn.execute_batch(
            "PRAGMA secure_delete = ON;
             PRAGMA foreign_keys = ON;
             PRAGMA temp_store = MEMORY;
             PRAGMA journal_mode = WAL;
             PRAGMA busy_timeout = 5000;
             PRAGMA cache_size = -16384;",
        )?;
        migrate::migrate(&mut conn)?;
        tracing::debug!("opened the case store");
        Ok(Store { conn, lock })
    }
}

impl Store {
    /// A write transaction that takes the write lock when it begins. A deferred one that reads
    /// first and writes later cannot wait for the lock in WAL mode: SQLite fails it at once
    /// with `SQLITE_BUSY` whenever another process wrote in between (two staff, or cron, at the
    /// same time), whatever the busy timeout.
    pub(super) fn write(&self) -> Result<rusqlite::Transaction<'_>, Error> {
        Ok(rusqlite::Transaction::new_unchecked(
            &self.conn,
            rusqlite::TransactionBehavior::Immediate,
        )?)
    }
}

/// The first bytes of a plaintext SQLite database; a store never starts with them, since
/// SQLCipher encrypts page 1 too.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Refuses what SQLite would take for a new, empty database (no file, or an empty one) and what
/// cannot be a store at all: a plaintext SQLite file, or one that is not made of whole pages (of
/// at least 512 bytes, SQLite's smallest). Anything else is tried with the key.
pub(crate) fn check_file(path: &Path) -> Result<(), Error> {
    let not_a_store = || Error::NotAStore {
        path: path.to_owned(),
    };
    let read_err = |source| Error::Read {
        path: path.to_owned(),
        source,
    };
    let meta = match fs_err::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::Missing {
                path: path.to_owned(),
            });
        }
        Err(e) => return Err(read_err(e)),
    };
    if !meta.is_file() {
        return Err(not_a_store());
    }
    if meta.len() == 0 {
        return Err(Error::Empty {
            path: path.to_owned(),
        });
    }
    if meta.len() % 512 != 0 {
        return Err(not_a_store());
    }
    let mut head = [0u8; 16];
    // Opened through `input`: a FIFO swapped in after the look above is refused, not waited on.
    std::io::Read::read_exact(&mut crate::input::open(path).map_err(read_err)?, &mut head)
        .map_err(read_err)?;
    if &head == SQLITE_HEADER {
        return Err(not_a_store());
    }
    Ok(())
}

/// SQLCipher's raw-key form (`x'…'`) skips its password-based key derivation: the key is already
/// 256 random bits.
fn apply_key(conn: &Connection, key: &StoreKey) -> Result<(), rusqlite::Error> {
    // SQLCipher logs a failed decryption to stderr itself; we report a wrong key our own way.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    let pragma = Zeroizing::new(format!("PRAGMA key = \"{}\";", raw_key(key).as_str()));
    conn.execute_batch(&pragma)
}

/// The key as SQLCipher's raw-key literal, `x'…'`.
fn raw_key(key: &StoreKey) -> Zeroizing<String> {
    let mut text = Zeroizing::new(String::with_capacity(70));
    text.push_str("x'");
    for b in key.expose() {
        text.push_str(&format!("{b:02x}"));
    }
    text.push('\'');
    text
}

/// Draws random ids until one is free. Short ids collide now and then; the table's primary key is
/// the judge, and `insert` reports a collision as `Ok(false)`.
fn with_fresh_id<const N: usize, T>(
    make: impl Fn([u8; N]) -> T,
    mut insert: impl FnMut(&T) -> Result<bool, Error>,
) -> Result<T, Error> {
    for _ in 0..64 {
        let id = make(secrets::random_bytes().map_err(Error::Random)?);
        if insert(&id)? {
            return Ok(id);
        }
    }
    Err(Error::IdsExhausted)
}

/// Whether an insert failed only because the primary key was taken.
fn is_key_collision(err: &rusqlite::Error) -> bool {
    matches!(err, rusqlite::Error::SqliteFailure(e, _)
        if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY)
}

fn timestamp(seconds: i64) -> Result<jiff::Timestamp, Error> {
    jiff::Timestamp::from_second(seconds).map_err(|_| corrupt("time", &seconds.to_string()))
}

/// A stored value this build cannot read: a damaged store, or one written by a newer build.
fn corrupt(what: &'static str, value: &str) -> Error {
    Error::Corrupt {
        what,
        value: value.to_owned(),
    }
}

/// Reads a stored name (a status, a category) back into its type.
fn parse<T: std::str::FromStr>(what: &'static str, text: &str) -> Result<T, Error> {
    text.parse().map_err(|_| corrupt(what, text))
}

/// The plan SQLite makes for `sql`, one step a line (`EXPLAIN QUERY PLAN`'s detail column): what
/// the tests that keep a query on its index read.
#[cfg(test)]
fn query_plan(conn: &Connection, sql: &str, values: impl rusqlite::Params) -> String {
    let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
    stmt.query_map(values, |r| r.get::<_, String>(3))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::staff::tester;

    #[test]
    fn a_store_opens_only_with_its_own_key_and_is_never_created_by_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let key = StoreKey::from_bytes([1; 32]);
        assert!(matches!(
            Store::open(&path, &key),
            Err(Error::Missing { .. })
        ));
        assert!(!path.exists());
        drop(Store::create(&path, &key).unwrap());
        Store::open(&path, &key).unwrap();
        let wrong = StoreKey::from_bytes([2; 32]);
        assert!(matches!(Store::open(&path, &wrong), Err(Error::WrongKey)));
    }

    /// `{:?}` reaches logs and panic messages, so no record that holds a link may show it
    /// there (ARCHITECTURE §5): they show the `url_hash` instead.
    #[test]
    fn records_in_debug_never_show_a_url() {
        use crate::domain::catalog::PlatformId;
        use crate::domain::url;

        let dir = tempfile::tempdir().unwrap();
        let store =
            Store::create(&dir.path().join("t.db"), &StoreKey::from_bytes([1; 32])).unwrap();
        let now = jiff::Timestamp::from_second(1_780_000_000).unwrap();
        let case = store
            .new_case(
                &NewCase {
                    categories: vec![crate::domain::category::Category::Ncii],
                    minor: false,
                    jurisdiction: None,
                    consents: vec![],
                },
                &tester(),
                now,
            )
            .unwrap();
        let raw = "https://secret-host.example/victim-name/photo?id=12345";
        let new = NewLink {
            url: url::normalize(raw, &|_: &str| None::<String>).unwrap(),
            platform: PlatformId::other(),
            category: None,
        };
        let hash = new.url.url_hash().to_string();
        let added = store
            .add_links(&case, std::slice::from_ref(&new), &tester(), now, &|_| None)
            .unwrap();
        let link = store.link(&added[0].id).unwrap();
        let listed = store.links(&LinkFilter::default()).unwrap();
        let targets = store
            .check_targets(&CheckFilter::default(), |_| true)
            .unwrap();
        assert_eq!((listed.len(), targets.len()), (1, 1));
        assert_eq!(
            link.url.as_str(),
            new.url.as_str(),
            "the URL itself is kept"
        );
        let source = ::url::Url::parse(raw).unwrap();
        let evidence = store
            .add_evidence(
                &NewEvidence {
                    case: case.clone(),
                    sha256: "aa".into(),
                    md5: None,
                    size: 3,
                    media_type: "text/plain",
                    original_name: None,
                    source_url: Some(source.into()),
                    captured_at: None,
                    vault_file: "f1".into(),
                    pdq: None,
                    derived_from: None,
                },
                &tester(),
                now,
            )
            .unwrap();
        let evidence = store.evidence(&evidence).unwrap();
        let kept = evidence.source_url.as_ref().map(url::SourceUrl::as_str);
        assert_eq!(kept, Some(raw), "the source URL itself is kept");
        let links = [
            format!("{new:?}"),
            format!("{link:?}"),
            format!("{listed:?}"),
            format!("{targets:?}"),
        ];
        for debug in links.iter().chain([&format!("{evidence:?}")]) {
            for part in ["secret-host", "victim-name", "photo", "12345"] {
                assert!(!debug.contains(part), "`{part}` in {debug}");
            }
        }
        // What they show instead, so a log line still tells links apart.
        for debug in &links {
            assert!(debug.contains(&hash), "{debug}");
        }
    }

    #[test]
    fn an_empty_or_plaintext_file_is_never_opened_as_a_store() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let key = StoreKey::from_bytes([1; 32]);
        fs_err::write(&path, b"").unwrap();
        assert!(matches!(Store::open(&path, &key), Err(Error::Empty { .. })));
        assert_eq!(fs_err::metadata(&path).unwrap().len(), 0, "still empty");
        let plain = dir.path().join("plain.db");
        Connection::open(&plain)
            .unwrap()
            .execute_batch("CREATE TABLE t (x);")
            .unwrap();
        assert!(matches!(
            Store::open(&plain, &key),
            Err(Error::NotAStore { .. })
        ));
        fs_err::write(&path, vec![7u8; 1000]).unwrap();
        assert!(matches!(
            Store::open(&path, &key),
            Err(Error::NotAStore { .. })
        ));
    }

    #[test]
    fn create_refuses_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let key = StoreKey::from_bytes([1; 32]);
        drop(Store::create(&path, &key).unwrap());
        assert!(matches!(
            Store::create(&path, &key),
            Err(Error::Create { .. })
        ));
    }
}
